/**
 * Integer-cents helpers for money arithmetic. Entities carry DECIMAL(10,2) amounts as JS numbers;
 * sums, discounts and shares must be computed on integer cents to avoid binary floating-point
 * drift (0.1 + 0.2), then converted back with `fromCents` for storage or JSON.
 */

const PLAIN_DECIMAL = /^([+-])?(\d*)(?:\.(\d*))?$/;

/**
 * Converts an amount (number or decimal string such as a DECIMAL column value) to integer cents.
 * Digits beyond the second decimal are rounded half away from zero, the way MySQL rounds a value
 * stored into a DECIMAL(…,2) column. Parsing works on the decimal text, so 1.005 gives 101 and
 * 0.1 + 0.2 gives 30.
 */
export function toCents(value: number | string): number {
  const text = typeof value === 'number' ? numberToText(value) : value.trim();
  const match = PLAIN_DECIMAL.exec(text);
  if (!match || (match[2] === '' && (match[3] ?? '') === '')) {
    throw new TypeError(`not a decimal amount: ${JSON.stringify(value)}`);
  }
  const negative = match[1] === '-';
  const whole = match[2] === '' ? '0' : match[2];
  const fraction = (match[3] ?? '').padEnd(3, '0');
  let cents = Number(whole) * 100 + Number(fraction.slice(0, 2));
  if (Number(fraction[2]) >= 5) cents += 1;
  if (!Number.isSafeInteger(cents)) {
    throw new RangeError(`amount out of range: ${JSON.stringify(value)}`);
  }
  return negative && cents !== 0 ? -cents : cents;
}

/** Converts integer cents back to an amount with at most two decimals (199999 → 1999.99). */
export function fromCents(cents: number): number {
  if (!Number.isSafeInteger(cents)) {
    throw new RangeError(`cents must be a safe integer, got ${cents}`);
  }
  // Division by 100 yields the double closest to the two-decimal value; `+ 0` turns -0 into 0.
  return cents / 100 + 0;
}

/** Shortest round-trip decimal text of a finite number, without exponent notation. */
function numberToText(value: number): string {
  if (!Number.isFinite(value)) {
    throw new TypeError(`not a decimal amount: ${value}`);
  }
  const text = String(value);
  if (!/e/i.test(text)) return text;
  // Exponent notation only appears below 1e-6 (rounds to 0 cents) or at 1e21 and above (too big).
  if (Math.abs(value) < 1) return '0';
  throw new RangeError(`amount out of range: ${value}`);
}
