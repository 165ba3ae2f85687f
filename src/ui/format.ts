/** Number formatting for the UI, British English. */
const whole = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });
const oneDecimal = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });

export function formatCount(n: number): string {
  return whole.format(n);
}

export function formatDecimal(n: number): string {
  return oneDecimal.format(n);
}
