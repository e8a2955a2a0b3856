// The CSV that `neo4j-admin database import full` reads, written once for its two producers: `kg load --bulk`
// (bulk-import.ts, streaming rows to files) and `kg export --format csv` (src/export/render-csv-import.ts, the files of
// an export). Text is always quoted, so an empty string stays an empty string; numbers and booleans never are; a list
// is its elements joined by the import's array delimiter, in one quoted cell; an empty list or a missing value is an
// empty cell (neo4j-admin cannot store an empty list: github.com/neo4j/neo4j/issues/13566).
import fs from 'node:fs';

export type CsvCell = string | number | boolean | null | undefined | readonly (string | number)[];

/** A list element holds the array delimiter, so its list cannot be written with that delimiter. */
export class ArrayDelimiterError extends Error {
  constructor(readonly delimiter: string) {
    super(`a list value contains the array delimiter ${JSON.stringify(delimiter)}`);
    this.name = 'ArrayDelimiterError';
  }
}

/** One cell. Throws ArrayDelimiterError when a list element contains `arrayDelimiter`. */
export function csvCell(value: CsvCell, arrayDelimiter: string): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'string') return `"${value.includes('"') ? value.replace(/"/g, '""') : value}"`;
  if (value.length === 0) return '';
  let joined = '';
  for (let i = 0; i < value.length; i++) {
    const text = String(value[i]);
    if (text.includes(arrayDelimiter)) throw new ArrayDelimiterError(arrayDelimiter);
    joined += i === 0 ? text : `${arrayDelimiter}${text}`;
  }
  return csvCell(joined, arrayDelimiter);
}

/** One line (without its line break). */
export function csvLine(cells: readonly CsvCell[], arrayDelimiter: string): string {
  let line = '';
  for (let i = 0; i < cells.length; i++) line += i === 0 ? csvCell(cells[i], arrayDelimiter) : `,${csvCell(cells[i], arrayDelimiter)}`;
  return line;
}

/**
 * One CSV file, written as rows come. Rows are encoded straight into a buffer outside the heap and written when it
 * fills: a row's text then dies young, where text gathered into one long string would outlive collections and be
 * copied.
 */
export class CsvFile {
  private static readonly SIZE = 1 << 20;
  private readonly fd: number;
  private readonly buffer = Buffer.allocUnsafe(CsvFile.SIZE);
  private used = 0;
  private closed = false;
  rows = 0;

  constructor(
    readonly file: string,
    header: readonly string[],
    private readonly arrayDelimiter: string,
  ) {
    this.fd = fs.openSync(file, 'w');
    this.append(`${header.join(',')}\n`);
  }

  /** Appends one row; throws ArrayDelimiterError as csvCell does. */
  write(row: readonly CsvCell[]): void {
    this.append(`${csvLine(row, this.arrayDelimiter)}\n`);
    this.rows += 1;
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.flush();
    fs.closeSync(this.fd);
  }

  private append(text: string): void {
    // Three bytes per UTF-16 unit is the most UTF-8 can take; a longer text than the buffer goes straight to the file.
    if (this.used + text.length * 3 > CsvFile.SIZE) {
      this.flush();
      if (text.length * 3 > CsvFile.SIZE) {
        fs.writeSync(this.fd, text);
        return;
      }
    }
    this.used += this.buffer.write(text, this.used);
  }

  private flush(): void {
    let written = 0;
    while (written < this.used) written += fs.writeSync(this.fd, this.buffer, written, this.used - written);
    this.used = 0;
  }
}
