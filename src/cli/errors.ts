/**
 * Exit codes, the same for every command (the README's table is this one):
 * 0 done; 1 the command ran but failed at its job; 2 the command line cannot be carried out as
 * given (a mistake in it, or an input it names that is missing or of the wrong kind), refused
 * before anything is written; 3 Neo4j could not be reached or refused us, nothing was written.
 */
export const EXIT = {
  ok: 0,
  failed: 1,
  usage: 2,
  neo4j: 3,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** The one error type the CLI turns into a message and an exit code (no stack trace for the user). */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: ExitCode = EXIT.failed,
  ) {
    super(message);
    this.name = "CliError";
  }
}
