import { describe, expect, it } from 'vitest';
import { parseCsv, parseCsvRecords } from '../../../scripts/pipeline/csv';

describe('CSV parsing', () => {
  it('handles quoted commas, doubled quotes, CRLF and a BOM', () => {
    expect(parseCsv('a,"b, c","d ""e"""\r\n1,2,3\r\n')).toEqual([['a', 'b, c', 'd "e"'], ['1', '2', '3']]);
    expect(parseCsvRecords('\uFEFFname,n\nx,1\n', 'f.csv')).toEqual([{ name: 'x', n: '1' }]);
  });

  it('names the file and row of a short row', () => {
    expect(() => parseCsvRecords('a,b\n1\n', 'f.csv')).toThrow('f.csv: row 2: has 1 fields, the header has 2');
  });
});
