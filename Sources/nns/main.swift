// nns — the command-line entry point. Everything happens in Launcher; this only exits with
// its status (0 success, 1 a command failed, 2 bad usage).
import Glibc

exit(Launcher.run(arguments: Array(CommandLine.arguments.dropFirst())))
