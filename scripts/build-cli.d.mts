// Types of build-cli.mjs, for the TypeScript that imports it (the test set-up).
/** True when dist/ was built after every source last changed. */
export function buildIsCurrent(): boolean;
/** Compiles every module of src/ into dist/; the number of files written. */
export function buildCli(): Promise<number>;
/** Builds dist/ unless it is current; a failed build ends the process with its reason. */
export function ensureCurrentBuild(): Promise<void>;
