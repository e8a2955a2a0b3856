// graphology's CommonJS packages declare `export default` in their types: under NodeNext type-checking that reads as
// `module.exports.default`, while bundlers hand over `module.exports` itself. This picks whichever the runtime gave.
export function interop<T>(imported: T | { default: T }): T {
  const value = imported as { default?: T };
  return ((value && typeof value === 'object') || typeof value === 'function') && value.default !== undefined ? value.default : (imported as T);
}
