import { DataError } from './data-error';

/** RFC 4180 CSV: quoted fields may hold commas, quotes ("") and newlines. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i += 1;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += char;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows.filter((r) => r.length > 1 || r[0] !== '');
}

/** Rows as records keyed by the header; a row with the wrong number of fields is an error. */
export function parseCsvRecords(text: string, file: string): Record<string, string>[] {
  const [header, ...rows] = parseCsv(text.replace(/^\uFEFF/, ''));
  if (!header) throw new DataError(file, 'empty CSV file');
  return rows.map((row, index) => {
    if (row.length !== header.length) {
      throw new DataError(file, `has ${row.length} fields, the header has ${header.length}`, `row ${index + 2}`);
    }
    return Object.fromEntries(header.map((name, column) => [name.trim(), row[column] ?? '']));
  });
}

/** A numeric CSV field; blanks and text are errors naming the row. */
export function csvNumber(record: Record<string, string>, column: string, file: string, rowLabel: string): number {
  const raw = record[column];
  if (raw === undefined) throw new DataError(file, `has no column "${column}"`);
  const value = Number(raw.replace(/,/g, ''));
  if (raw.trim() === '' || !Number.isFinite(value)) throw new DataError(file, `"${column}" is not a number: "${raw}"`, rowLabel);
  return value;
}
