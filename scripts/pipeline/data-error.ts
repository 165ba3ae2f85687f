/**
 * A problem with an input file. The message always names the file, and the feature when there is one,
 * so whoever maintains the data folder can find and fix the record.
 */
export class DataError extends Error {
  constructor(
    readonly file: string,
    readonly problem: string,
    readonly feature?: string,
  ) {
    super(`${file}: ${feature ? `${feature}: ` : ''}${problem}`);
    this.name = 'DataError';
  }
}

/** "feature #12 (E09000003)": how messages point at one record. */
export function describeFeature(index: number, code?: unknown): string {
  return typeof code === 'string' && code ? `feature #${index + 1} (${code})` : `feature #${index + 1}`;
}
