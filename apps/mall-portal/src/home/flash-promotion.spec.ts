import {
  localDate,
  localTimeOfDay,
  secondsUntilMidnight,
  secondsUntilTimeOfDay,
  timeOfDayToDate,
} from './flash-promotion';

describe('flash promotion time helpers (process time zone)', () => {
  const now = new Date(2026, 2, 5, 9, 7, 3, 450);

  it('formats the local date and time of day like DATE and TIME columns', () => {
    expect(localDate(now)).toBe('2026-03-05');
    expect(localTimeOfDay(now)).toBe('09:07:03');
  });

  it('turns a TIME value into that time on 1970-01-01, as the original returned it', () => {
    const date = timeOfDayToDate('20:00:05');
    expect([date.getFullYear(), date.getMonth(), date.getDate()]).toEqual([1970, 0, 1]);
    expect([date.getHours(), date.getMinutes(), date.getSeconds()]).toEqual([20, 0, 5]);
  });

  it('counts whole seconds until a time of day and until midnight', () => {
    // 09:07:03.450 → 09:59:59 is 3175.55 s, rounded up.
    expect(secondsUntilTimeOfDay(now, '09:59:59')).toBe(3176);
    expect(secondsUntilTimeOfDay(now, '09:00:00')).toBeLessThan(0);
    const lateEvening = new Date(2026, 2, 5, 23, 59, 30);
    expect(secondsUntilMidnight(lateEvening)).toBe(30);
  });
});
