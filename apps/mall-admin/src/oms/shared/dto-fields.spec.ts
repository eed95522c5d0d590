import {
  localDateToInstant,
  localTimeToInstant,
  toDateValue,
  toLocalDateText,
  toLocalTimeText,
  toNumberValue,
} from './dto-fields';
import { allColumns, nullFilled, presentColumns } from './rows';
import { escapeLike, likeContains, likePrefix, presentText } from './sql-text';

describe('request value conversions', () => {
  it('reads numbers from JSON numbers or text, an empty value as absent', () => {
    expect(toNumberValue('12')).toBe(12);
    expect(toNumberValue(' 7.5 ')).toBe(7.5);
    expect(toNumberValue('')).toBeUndefined();
    expect(toNumberValue('  ')).toBeUndefined();
    expect(toNumberValue(null)).toBeNull();
    expect(toNumberValue(3)).toBe(3);
    expect(toNumberValue('abc')).toBeNaN();
  });

  it('reads date-times from ISO text or epoch milliseconds', () => {
    expect(toDateValue('2030-01-02T03:04:05.000Z')).toEqual(new Date('2030-01-02T03:04:05.000Z'));
    expect(toDateValue(1924905600000)).toEqual(new Date(1924905600000));
    expect(toDateValue('1924905600000')).toEqual(new Date(1924905600000));
    expect(toDateValue('')).toBeUndefined();
    expect(toDateValue(null)).toBeNull();
  });

  it('keeps the local calendar day of a DATE value', () => {
    expect(toLocalDateText('2030-07-01')).toBe('2030-07-01');
    expect(toLocalDateText(new Date(2030, 6, 31).getTime())).toBe('2030-07-31');
    expect(toLocalDateText(new Date(2030, 0, 5, 23, 59).toISOString())).toBe('2030-01-05');
    expect(toLocalDateText('tomorrow')).toBe('tomorrow');
    expect(toLocalDateText('')).toBeUndefined();
  });

  it('keeps the local time of day of a TIME value', () => {
    expect(toLocalTimeText('8:05')).toBe('08:05:00');
    expect(toLocalTimeText('21:30:15')).toBe('21:30:15');
    expect(toLocalTimeText(new Date(2024, 4, 5, 22, 30, 1).toISOString())).toBe('22:30:01');
    expect(toLocalTimeText('noon')).toBe('noon');
  });

  it('answers DATE and TIME columns as local instants', () => {
    expect(localDateToInstant('2030-07-01')).toEqual(new Date(2030, 6, 1));
    expect(localTimeToInstant('08:00:30')).toEqual(new Date(1970, 0, 1, 8, 0, 30));
    expect(localDateToInstant(null)).toBeNull();
    expect(localTimeToInstant(null)).toBeNull();
  });
});

describe('row helpers', () => {
  it('writes every listed column, absent ones as null', () => {
    expect(allColumns({ a: 1, b: undefined as number | undefined, c: 'x' }, ['a', 'b'])).toEqual({
      a: 1,
      b: null,
    });
  });

  it('keeps only the present columns for a selective update', () => {
    expect(presentColumns({ a: 0, b: null as number | null, c: '' }, ['a', 'b', 'c'])).toEqual({
      a: 0,
      c: '',
    });
  });

  it('lists every field, unselected ones as null', () => {
    expect(nullFilled(['id', 'name', 'note'], { id: 1, name: undefined })).toEqual({
      id: 1,
      name: null,
      note: null,
    });
  });
});

describe('LIKE patterns', () => {
  it('escapes wildcards so they match themselves', () => {
    expect(escapeLike('50%_off\\')).toBe('50\\%\\_off\\\\');
    expect(likeContains('a%')).toBe('%a\\%%');
    expect(likePrefix('2030-01')).toBe('2030-01%');
  });

  it('treats null and empty text as no filter', () => {
    expect(presentText('')).toBeUndefined();
    expect(presentText(null)).toBeUndefined();
    expect(presentText('x')).toBe('x');
  });
});
