import type { PmsProduct } from '@mall/db';

/** A product of the current flash-sale session, with the relation row's flash fields. */
export type FlashPromotionProduct = Partial<PmsProduct> & {
  flashPromotionPrice: number | null;
  flashPromotionCount: number | null;
  flashPromotionLimit: number | null;
};

/**
 * The home page's flash-sale block; `{}` when no promotion or session is running. Session times are
 * TIME columns, returned like the original as instants on 1970-01-01 in the server's time zone.
 */
export interface HomeFlashPromotion {
  startTime?: Date;
  endTime?: Date;
  nextStartTime?: Date;
  nextEndTime?: Date;
  productList?: FlashPromotionProduct[];
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** `YYYY-MM-DD` of `now` in the process time zone (the zone DATE/DATETIME columns are kept in). */
export function localDate(now: Date): string {
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** `HH:MM:SS` of `now` in the process time zone, comparable with TIME columns. */
export function localTimeOfDay(now: Date): string {
  return `${pad(now.getHours())}:${pad(now.getMinutes())}:${pad(now.getSeconds())}`;
}

/** A TIME value (`HH:MM:SS`) as the original returned it: that time on 1970-01-01, local zone. */
export function timeOfDayToDate(time: string): Date {
  const [hours, minutes, seconds] = time.split(':').map(Number);
  return new Date(1970, 0, 1, hours ?? 0, minutes ?? 0, seconds ?? 0);
}

/** Seconds from `now` until the time of day `time` today (negative when already past). */
export function secondsUntilTimeOfDay(now: Date, time: string): number {
  const [hours, minutes, seconds] = time.split(':').map(Number);
  const target = new Date(now);
  target.setHours(hours ?? 0, minutes ?? 0, seconds ?? 0, 0);
  return Math.ceil((target.getTime() - now.getTime()) / 1000);
}

/** Seconds from `now` until the next local midnight. */
export function secondsUntilMidnight(now: Date): number {
  const midnight = new Date(now);
  midnight.setHours(24, 0, 0, 0);
  return Math.ceil((midnight.getTime() - now.getTime()) / 1000);
}
