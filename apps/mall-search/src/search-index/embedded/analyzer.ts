import { createHash } from 'node:crypto';

/**
 * The embedded index's text analysis, standing in for IK's `ik_max_word` without a dictionary:
 *
 * - text is NFKC-normalised (full-width letters and digits become ASCII, as IK does) and lower-cased;
 * - at index time, runs of CJK characters become their overlapping bigrams and their characters
 *   (`华为手机` → 华为 为手 手机 华 为 手 机), the usual dictionary-free CJK tokenisation;
 * - at search time, a CJK run is covered by consecutive bigrams, plus its last character when the
 *   run is odd (`华为手机` → 华为 手机, `小米电视机` → 小米 电视 机): a keyword still matches every
 *   text containing it, and, as with IK's words, one whose two-character words appear apart;
 * - runs of other letters and digits are one token, plus their letter-only and digit-only parts
 *   when they mix both (`iphone15` → iphone15 iphone 15), as IK's letter segmenter emits them.
 *
 * Everything else separates tokens.
 */
export type AnalysisMode = 'index' | 'search';

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const WORD = /[\p{L}\p{N}]/u;
const LETTERS_OR_DIGITS = /\p{L}+|\p{N}+/gu;

type CharClass = 'cjk' | 'word' | 'other';

function classOf(char: string): CharClass {
  if (CJK.test(char)) return 'cjk';
  return WORD.test(char) ? 'word' : 'other';
}

function cjkTokens(chars: string[], mode: AnalysisMode, out: Set<string>): void {
  if (mode === 'search') {
    for (let i = 0; i < chars.length; i += 2) out.add(chars.slice(i, i + 2).join(''));
    return;
  }
  for (let i = 0; i + 1 < chars.length; i++) out.add(chars[i] + chars[i + 1]);
  for (const char of chars) out.add(char);
}

function wordTokens(word: string, out: Set<string>): void {
  out.add(word);
  const parts = word.match(LETTERS_OR_DIGITS) ?? [];
  if (parts.length > 1) for (const part of parts) out.add(part);
}

/** The distinct tokens of a text, in order of first appearance. */
export function analyze(text: string | null | undefined, mode: AnalysisMode): string[] {
  if (!text) return [];
  const out = new Set<string>();
  const chars = Array.from(text.normalize('NFKC').toLowerCase());
  let run: string[] = [];
  let runClass: CharClass = 'other';
  const flush = () => {
    if (runClass === 'cjk') cjkTokens(run, mode, out);
    else if (runClass === 'word') wordTokens(run.join(''), out);
    run = [];
  };
  for (const char of chars) {
    const charClass = classOf(char);
    if (charClass !== runClass) {
      flush();
      runClass = charClass;
    }
    if (charClass !== 'other') run.push(char);
  }
  flush();
  return [...out];
}

/**
 * The posting key of a token: the first 63 bits of its SHA-1, a fixed-size BIGINT whatever the
 * token's length or script (a collision needs ~2^31 distinct tokens to become likely).
 */
export function termKey(token: string): bigint {
  return BigInt.asIntN(64, createHash('sha1').update(token).digest().readBigUInt64BE(0) >> 1n);
}

/** The distinct posting keys of a text, for the index or for a query. */
export function termKeys(text: string | null | undefined, mode: AnalysisMode): bigint[] {
  return [...new Set(analyze(text, mode).map(termKey))];
}
