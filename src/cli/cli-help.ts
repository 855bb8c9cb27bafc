/**
 * `--help` (or `-h`) for every terminal command: prints how to use it and exits 0 before any
 * database is opened or anything is read or written.
 */

/** True when the arguments ask for help; the caller prints its usage and stops. */
export function wantsHelp(argv: readonly string[]): boolean {
  return argv.includes("--help") || argv.includes("-h");
}
