/**
 * Vintages as people read them. Sidecars state them as the source does ('2014-02', '2018-02-08',
 * '2016', 'December 2022'); the UI says "February 2014", "8 February 2018".
 */
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const;

export function formatVintage(vintage: string): string {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(vintage.trim());
  const month = m ? MONTHS[Number(m[2]) - 1] : undefined;
  if (!m || !month) return vintage;
  return m[3] ? `${Number(m[3])} ${month} ${m[1]}` : `${month} ${m[1]}`;
}

/**
 * The publisher part of a long source line: up to the first bracket or comma ("NHS Choices data
 * extracts (GP.csv, …), February 2014, as copied in …" → "NHS Choices data extracts").
 */
export function shortSource(source: string): string {
  return source.split(/\s\(|,|;/)[0]?.trim() || source;
}
