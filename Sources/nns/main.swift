// nns — command-line entry point (thin: argument parsing, REPL, script runner).
print("nns: under construction")
