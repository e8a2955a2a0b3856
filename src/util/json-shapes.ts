// Type guards for parsed JSON and other values read at the edge (a file, a request body, a worker's data): each
// checks the shape before the value is used as a typed one, instead of a cast that would let another shape through.
// Larger shapes are written as data with the combinators below: a shape says what is wrong with a value (naming the
// field by the path it was given) or nothing when the value is what it describes. A shape is declared with the type
// it checks (`Shape<Entity>`), so the compiler holds it to every field of that type; fields a type marks optional may
// be absent, and fields a shape does not name are left as they are.
import type { JsonValue } from '../export/property-graph.js';

/** A JSON object (not a list, not null). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A list of strings. */
export function isStringList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

/** A finite number. */
export function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

/** A check of one JSON value: what is wrong with it (naming the field by `where`), or undefined when it is a T. */
export interface Shape<T> {
  problem(value: unknown, where: string): string | undefined;
  /** Never set: carries T so that a shape can be declared as the shape of a type. */
  readonly checks?: T;
}

type ShapeOf<S> = S extends Shape<infer T> ? T : never;

const kind = <T>(description: string, test: (value: unknown) => boolean): Shape<T> => ({
  problem: (value, where) => (test(value) ? undefined : `${where} is not ${description}`),
});

export const string = kind<string>('a string', (value) => typeof value === 'string');
export const number = kind<number>('a number', isFiniteNumber);
export const boolean = kind<boolean>('true or false', (value) => typeof value === 'boolean');
export const scalar = kind<string | number | boolean>('a string, number or boolean', (value) => ['string', 'number', 'boolean'].includes(typeof value));
/** A list of strings, named as one thing in an error ("aliases is not a list of strings"). */
export const strings = kind<string[]>('a list of strings', isStringList);

function isJson(value: unknown): boolean {
  if (value === null || ['string', 'number', 'boolean'].includes(typeof value)) return true;
  if (Array.isArray(value)) return value.every(isJson);
  return isRecord(value) && Object.values(value).every(isJson);
}
export const json = kind<JsonValue>('a JSON value', isJson);

export function oneOf<const T extends string>(...options: readonly T[]): Shape<T> {
  return kind<T>(`one of ${options.join(', ')}`, (value) => options.some((option) => option === value));
}

export function optional<T>(shape: Shape<T>): Shape<T | undefined> {
  return { problem: (value, where) => (value === undefined ? undefined : shape.problem(value, where)) };
}

export function nullable<T>(shape: Shape<T>): Shape<T | null> {
  return { problem: (value, where) => (value === null ? undefined : shape.problem(value, where)) };
}

export function list<T>(item: Shape<T>): Shape<T[]> {
  return {
    problem(value, where) {
      if (!Array.isArray(value)) return `${where} is not a list`;
      for (const [i, element] of value.entries()) {
        const problem = item.problem(element, `${where}[${i}]`);
        if (problem) return problem;
      }
      return undefined;
    },
  };
}

/** An object whose every value has one shape (counts by type, properties). */
export function recordOf<T>(item: Shape<T>): Shape<Record<string, T>> {
  return {
    problem(value, where) {
      if (!isRecord(value)) return `${where} is not an object`;
      for (const [key, element] of Object.entries(value)) {
        const problem = item.problem(element, `${where}.${key}`);
        if (problem) return problem;
      }
      return undefined;
    },
  };
}

/** An object with these fields (and perhaps others, which are kept as they are). */
export function object<S extends Record<string, Shape<unknown>>>(fields: S): Shape<{ [K in keyof S]: ShapeOf<S[K]> }> {
  return {
    problem(value, where) {
      if (!isRecord(value)) return `${where} is not an object`;
      for (const [key, field] of Object.entries(fields)) {
        const problem = field.problem(value[key], `${where}.${key}`);
        if (problem) return problem;
      }
      return undefined;
    },
  };
}

/** Narrows `value` to T when `shape` finds nothing wrong with it. */
export function hasShape<T>(value: unknown, shape: Shape<T>): value is T {
  return shape.problem(value, 'value') === undefined;
}

/** Asserts that `value` has `shape` (its fields named from `where`); otherwise throws the error `explain` makes of what is wrong. */
export function assertShape<T>(value: unknown, shape: Shape<T>, where: string, explain: (problem: string) => string): asserts value is T {
  const problem = shape.problem(value, where);
  if (problem !== undefined) throw new Error(explain(problem));
}
