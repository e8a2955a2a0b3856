// Errors a user can act on: printed as one line (what was wrong and what to do), exit code non-zero.
// Anything else is a bug and shows its stack only with --debug.

export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
    this.name = 'CliError';
  }
}
