import { analyze, termKey, termKeys } from './analyzer';

describe('analyze', () => {
  it('indexes CJK runs as overlapping bigrams and single characters', () => {
    expect(analyze('华为手机', 'index')).toEqual(['华为', '为手', '手机', '华', '为', '手', '机']);
  });

  it('covers a CJK keyword with consecutive bigrams, the odd last character alone', () => {
    expect(analyze('华为手机', 'search')).toEqual(['华为', '手机']);
    expect(analyze('小米电视机', 'search')).toEqual(['小米', '电视', '机']);
    expect(analyze('机', 'search')).toEqual(['机']);
  });

  it('finds every search token of a keyword among the index tokens of a text containing it', () => {
    const indexed = new Set(analyze('格力 云佳 新一级能效 变频冷暖壁挂式空调', 'index'));
    for (const keyword of ['一级能效', '新一级能效', '冷暖壁挂式', '空调', '变']) {
      expect(analyze(keyword, 'search').every((token) => indexed.has(token))).toBe(true);
    }
  });

  it('keeps letter-digit words whole and adds their letter and digit parts', () => {
    expect(analyze('Apple iPhone15 Pro', 'search')).toEqual([
      'apple',
      'iphone15',
      'iphone',
      '15',
      'pro',
    ]);
    expect(analyze('Mate 60', 'index')).toEqual(['mate', '60']);
  });

  it('normalises full-width characters and case, and splits on punctuation', () => {
    expect(analyze('ＮＩＫＥ，Dri-FIT（速干）', 'search')).toEqual(['nike', 'dri', 'fit', '速干']);
  });

  it('separates scripts: a CJK run next to letters is its own run', () => {
    expect(analyze('小米14', 'search')).toEqual(['小米', '14']);
    expect(analyze('5G全网通', 'search')).toEqual(['5g', '5', 'g', '全网', '通']);
  });

  it('gives no tokens for empty text or punctuation only', () => {
    expect(analyze(null, 'index')).toEqual([]);
    expect(analyze('', 'search')).toEqual([]);
    expect(analyze(' ,.!? ', 'search')).toEqual([]);
  });
});

describe('termKey', () => {
  it('is a deterministic, non-negative 63-bit key per token', () => {
    expect(termKey('华为')).toBe(termKey('华为'));
    expect(termKey('华为')).not.toBe(termKey('为华'));
    for (const token of ['a', '华', 'x'.repeat(200), '𠀀']) {
      const key = termKey(token);
      expect(key >= 0n && key < 2n ** 63n).toBe(true);
    }
  });
});

describe('termKeys', () => {
  it('keys the distinct analysed tokens', () => {
    expect(termKeys('华为 华为', 'search')).toEqual([termKey('华为')]);
    expect(termKeys(undefined, 'index')).toEqual([]);
  });
});
