// One figure of the evaluation table: the set it was measured on, what it measures, and its value (0–1).
export interface Row {
  readonly set: string;
  readonly measure: string;
  readonly value: number;
}

/** Rows for P, R and F1 of a score under one set name, with an optional prefix for the measure. */
export function prfRows(set: string, prefix: string, s: { precision: number; recall: number; f1: number }): Row[] {
  const p = prefix ? `${prefix} ` : '';
  return [
    { set, measure: `${p}P`, value: s.precision },
    { set, measure: `${p}R`, value: s.recall },
    { set, measure: `${p}F1`, value: s.f1 },
  ];
}
