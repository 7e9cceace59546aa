/// SafeFiles — reading and writing whole files so that no file a user names can hang, exhaust or
/// crash nns, and no write can leave a half-written or misplaced file.
///
/// Owns: reading only regular files (checked with `fstat` after a non-blocking open, so a FIFO
/// never blocks and `/dev/zero` is refused) up to a size cap (`RegularFile`); atomic replacement
/// of a file through a locked temporary sibling that refuses targets that are not regular files,
/// follows symbolic links (keeping them), refuses read-only files, cleans stale temporaries of the
/// same target and reports "file too large" (`AtomicWriter`); the list of temporary files a
/// fatal signal must remove (`TemporaryFiles`), readable from a signal handler.
///
/// Must not know: any file format, the language, the terminal, or how signals are handled (the
/// CLI owns that; it only asks `TemporaryFiles` to clean up).
enum SafeFilesDocumentation {}
