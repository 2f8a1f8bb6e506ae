/** The one error type the CLI turns into a message and an exit code (no stack trace for the user). */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
    this.name = "CliError";
  }
}
