/**
 * Order serial numbers (spec §B.8): `yyyyMMdd` + 2-digit source type + 2-digit pay type + a daily
 * sequence from Redis INCR on `<prefix><yyyyMMdd>` (no colon before the date, never expired),
 * zero-padded to 6 digits or written in full when longer, e.g. `202011160101000001`.
 */

// Building an Intl formatter costs far more than using one: one per time zone, kept.
const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** The calendar date of `now` in `timeZone` as `yyyyMMdd`. */
export function orderSnDate(now: Date, timeZone: string): string {
  let format = dateFormats.get(timeZone);
  if (!format) {
    // en-CA prints ISO order: 2020-11-16.
    format = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    dateFormats.set(timeZone, format);
  }
  const parts = format.formatToParts(now);
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}${part('month')}${part('day')}`;
}

/** Redis key of the daily sequence, e.g. `mall:oms:orderId20201116`. */
export function orderSequenceKey(prefix: string, date: string): string {
  return `${prefix}${date}`;
}

export function formatOrderSn(
  date: string,
  sourceType: number,
  payType: number,
  sequence: number,
): string {
  if (!Number.isSafeInteger(sequence) || sequence < 1) {
    throw new RangeError(`order sequence must be a positive integer, got ${sequence}`);
  }
  const two = (n: number) => String(n).padStart(2, '0');
  return `${date}${two(sourceType)}${two(payType)}${String(sequence).padStart(6, '0')}`;
}
