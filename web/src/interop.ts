// graphology's CommonJS packages declare `export default` in their types: under NodeNext type-checking that reads as
// `module.exports.default`, while bundlers hand over `module.exports` itself. This picks whichever the runtime gave.
export function interop<T>(imported: T | { default: T }): T {
  return hasDefault(imported) ? imported.default : imported;
}

/** True when the module object the runtime gave is the CommonJS wrapper whose `default` is the module. */
function hasDefault<T>(imported: T | { default: T }): imported is { default: T } {
  return ((typeof imported === 'object' && imported !== null) || typeof imported === 'function') && 'default' in imported && imported.default !== undefined;
}
