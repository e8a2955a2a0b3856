// The shape every `kg` subcommand has, so main.ts can list, document and dispatch them uniformly.

export interface Command {
  name: string;
  /** Full text for `kg <name> --help`. */
  usage: string;
  run(argv: string[]): Promise<void>;
}

/**
 * A subcommand as `kg --help` lists it. Its module is imported only when it runs, so that `kg --help` and
 * `kg extract` do not load what other subcommands need (neo4j-driver alone takes a quarter of a second).
 */
export interface CommandEntry {
  name: string;
  /** One line for `kg --help`. */
  summary: string;
  load(): Promise<Command>;
}
