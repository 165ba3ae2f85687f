/**
 * Random ids for proposals. crypto.randomUUID only exists in secure contexts (https, localhost),
 * and the built app may be opened from a plain-http file share, so fall back to getRandomValues.
 */
export function newId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
