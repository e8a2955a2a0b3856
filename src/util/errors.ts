// What a thrown value says, whatever was thrown: JavaScript lets code throw anything, so a catch block holds
// `unknown`. These read the message, code and stack of an Error (or of anything carrying them) without a cast.

/** The message of a thrown value: an Error's message, or the value as text. */
export function errorMessage(error: unknown): string {
  if (typeof error === 'object' && error !== null && 'message' in error && typeof error.message === 'string') return error.message;
  return String(error);
}

/** The code a thrown value carries (a Node system error's "ENOENT", a Neo4j error's "Neo.ClientError…"), if any. */
export function errorCode(error: unknown): string | undefined {
  if (typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string') return error.code;
  return undefined;
}

/** The stack of a thrown value, or its message when it has none. */
export function errorStack(error: unknown): string {
  if (typeof error === 'object' && error !== null && 'stack' in error && typeof error.stack === 'string') return error.stack;
  return errorMessage(error);
}
