// The relation classifier's weights as classification reads them: by the pair's types (a group: "Person|Location",
// "*" for the type-free features) and the feature without its group prefix. An open-addressing hash table in typed
// arrays over one string holding every name, so a model of 125,000 features is a handful of arrays instead of
// 125,000 strings, arrays and map entries: loading it allocates next to nothing and garbage collection has nothing
// to walk. Names are written `T=Group` (the group's bias), `*|feature` or `Type|Type|feature`; the feature itself
// may contain "|".

/** 32-bit FNV-1a over the UTF-16 code units of text[start, end). */
function hashOf(text: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let k = start; k < end; k++) h = Math.imul(h ^ text.charCodeAt(k), 0x01000193);
  return h >>> 0;
}

/** A feature's hash, as `rowOf` takes it. */
export function featureHash(feature: string): number {
  return hashOf(feature, 0, feature.length);
}

/** Where a group's features start hashing, so equal features of two groups take different slots. */
const groupSalt = (group: number): number => Math.imul(group + 1, 0x9e3779b1);

export class WeightTable {
  /** Group key ("Person|Location", "*") → group number. */
  private readonly groups = new Map<string, number>();
  /** Row of each group's `T=` bias, -1 when it has none. */
  private readonly biasRows: number[] = [];
  /** Features per group. */
  private readonly sizes: number[] = [];
  private readonly slotHash: Uint32Array;
  private readonly slotGroup: Int32Array;
  private readonly slotStart: Uint32Array;
  private readonly slotLength: Uint32Array;
  /** Weight row per slot, -1 when empty. */
  private readonly slotRow: Int32Array;
  private readonly mask: number;

  /**
   * `text` holds the names one after another, name r being text[starts[r], starts[r] + lengths[r]); `weights` has
   * `classes` weights per name, in name order.
   */
  constructor(
    private readonly text: string,
    starts: Uint32Array,
    lengths: Uint32Array,
    readonly weights: Float64Array,
    readonly classes: number,
  ) {
    const rows = starts.length;
    let size = 1;
    while (size < rows * 2) size <<= 1;
    this.mask = size - 1;
    this.slotHash = new Uint32Array(size);
    this.slotGroup = new Int32Array(size);
    this.slotStart = new Uint32Array(size);
    this.slotLength = new Uint32Array(size);
    this.slotRow = new Int32Array(size).fill(-1);
    // Names sorted by training come grouped, so the last group's prefix usually matches the next name too.
    let prefix = '';
    let group = -1;
    for (let r = 0; r < rows; r++) {
      const start = starts[r]!;
      const end = start + lengths[r]!;
      if (text.startsWith('T=', start)) {
        this.biasRows[this.groupNumber(text.slice(start + 2, end))] = r;
        continue;
      }
      if (!(prefix && end > start + prefix.length && text.startsWith(prefix, start))) {
        const first = text.indexOf('|', start);
        const cut = text[start] === '*' && first === start + 1 ? first : text.indexOf('|', first + 1);
        if (first < 0 || cut < 0 || cut >= end) continue; // not a feature classification reads
        prefix = text.slice(start, cut + 1);
        group = this.groupNumber(prefix.slice(0, -1));
      }
      const from = start + prefix.length;
      this.sizes[group]!++;
      this.insert(group, from, end, r);
    }
  }

  private groupNumber(key: string): number {
    let group = this.groups.get(key);
    if (group === undefined) {
      group = this.groups.size;
      this.groups.set(key, group);
      this.biasRows[group] = -1;
      this.sizes[group] = 0;
    }
    return group;
  }

  private insert(group: number, from: number, end: number, row: number): void {
    const hash = hashOf(this.text, from, end);
    let s = (hash ^ groupSalt(group)) & this.mask;
    while (this.slotRow[s] !== -1) s = (s + 1) & this.mask;
    this.slotHash[s] = hash;
    this.slotGroup[s] = group;
    this.slotStart[s] = from;
    this.slotLength[s] = end - from;
    this.slotRow[s] = row;
  }

  /** The group's number, -1 when the model has no weights for it. */
  group(key: string): number {
    return this.groups.get(key) ?? -1;
  }

  /** Group numbers by the pair's two types, so classifying a pair builds no key string. */
  private readonly pairGroups = new Map<string, Map<string, number>>();

  /** The number of the group `left|right`, -1 when the model has no weights for it. */
  pairGroup(left: string, right: string): number {
    let byRight = this.pairGroups.get(left);
    if (!byRight) this.pairGroups.set(left, (byRight = new Map()));
    let group = byRight.get(right);
    if (group === undefined) byRight.set(right, (group = this.group(`${left}|${right}`)));
    return group;
  }

  /** Row of the group's bias, -1 when none. */
  biasRow(group: number): number {
    return group < 0 ? -1 : this.biasRows[group]!;
  }

  /** How many features the group has. */
  size(group: number): number {
    return group < 0 ? 0 : this.sizes[group]!;
  }

  /** Weight row of `feature` (whose featureHash is `hash`) in `group`, -1 when the model has none. */
  rowOf(group: number, feature: string, hash: number): number {
    if (group < 0) return -1;
    const mask = this.mask;
    for (let s = (hash ^ groupSalt(group)) & mask; ; s = (s + 1) & mask) {
      const row = this.slotRow[s]!;
      if (row < 0) return -1;
      if (this.slotHash[s] === hash && this.slotGroup[s] === group && this.slotLength[s] === feature.length && this.text.startsWith(feature, this.slotStart[s]))
        return row;
    }
  }
}
