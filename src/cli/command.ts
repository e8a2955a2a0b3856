// The shape every `kg` subcommand has, so main.ts can list, document and dispatch them uniformly.

export interface Command {
  name: string;
  /** One line for `kg --help`. */
  summary: string;
  /** Full text for `kg <name> --help`. */
  usage: string;
  run(argv: string[]): Promise<void>;
}
