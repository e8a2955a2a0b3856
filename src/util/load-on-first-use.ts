// Packages that only some inputs need, loaded the first time one of those inputs comes instead of with the module
// that uses them. linkedom, Readability, htmlparser2 and fast-xml-parser read web pages and feeds; loading them
// costs about a quarter of a CPU-second, which every `kg extract` of plain text used to pay at start-up (a third of
// its start-up, more than a small article's whole extraction). Node ≥ 20.19 (the engines field) requires ES modules
// as well as CommonJS ones, so any package can be loaded this way, synchronously.
import { createRequire } from 'node:module';

const requirePackage = createRequire(import.meta.url);

/** A function giving the exports of package `specifier` (typed as T), loading it on the first call. */
export function loadOnFirstUse<T>(specifier: string): () => T {
  let loaded: T | undefined;
  return () => (loaded ??= requirePackage(specifier) as T);
}
