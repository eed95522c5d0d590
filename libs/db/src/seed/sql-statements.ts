/**
 * Splits a MySQL/MariaDB script into single statements, so that a seed file can run statement by
 * statement inside one transaction on a normal (non-multipleStatements) connection.
 *
 * Understood: '…', "…" and `…` quoting with backslash escapes and doubled quotes, `-- ` and `#` line
 * comments, and block comments. Comments are dropped from the output. Not understood: the client-side
 * `DELIMITER` command (stored-program bodies), which seed files do not use.
 */
export function splitSqlStatements(script: string): string[] {
  const statements: string[] = [];
  let current = '';
  let index = 0;

  const flush = (): void => {
    const statement = current.trim();
    if (statement.length > 0) statements.push(statement);
    current = '';
  };

  while (index < script.length) {
    const char = script[index];
    const next = script[index + 1];

    if (char === "'" || char === '"' || char === '`') {
      const end = endOfQuoted(script, index, char);
      current += script.slice(index, end);
      index = end;
    } else if (isLineCommentStart(script, index)) {
      const newline = script.indexOf('\n', index);
      index = newline === -1 ? script.length : newline;
      current += ' ';
    } else if (char === '/' && next === '*') {
      const close = script.indexOf('*/', index + 2);
      if (close === -1) throw new Error(`unterminated block comment at offset ${index}`);
      index = close + 2;
      current += ' ';
    } else if (char === ';') {
      flush();
      index += 1;
    } else {
      current += char;
      index += 1;
    }
  }
  flush();
  return statements;
}

/** Offset just past the quoted text that starts at `start` with `quote`. */
function endOfQuoted(script: string, start: number, quote: string): number {
  let index = start + 1;
  while (index < script.length) {
    const char = script[index];
    // Backslash escapes apply inside string literals, not inside `identifiers`.
    if (char === '\\' && quote !== '`') {
      index += 2;
    } else if (char === quote) {
      // A doubled quote is an escaped quote inside the same literal.
      if (script[index + 1] === quote) index += 2;
      else return index + 1;
    } else {
      index += 1;
    }
  }
  throw new Error(`unterminated ${quote} quote starting at offset ${start}`);
}

/** `# …` or `-- …` (MySQL needs whitespace or the end of line after the two dashes). */
function isLineCommentStart(script: string, index: number): boolean {
  if (script[index] === '#') return true;
  if (script[index] !== '-' || script[index + 1] !== '-') return false;
  const after = script[index + 2];
  return after === undefined || /\s/.test(after);
}

const WRITE_TARGET_PATTERNS: readonly RegExp[] = [
  /^(?:INSERT|REPLACE)\s+(?:(?:LOW_PRIORITY|DELAYED|HIGH_PRIORITY|IGNORE)\s+)*(?:INTO\s+)?`?(\w+)`?/i,
  /^UPDATE\s+(?:(?:LOW_PRIORITY|IGNORE)\s+)*`?(\w+)`?/i,
  /^DELETE\s+(?:(?:LOW_PRIORITY|QUICK|IGNORE)\s+)*FROM\s+`?(\w+)`?/i,
];

/**
 * The table a single statement writes to (the first one named after UPDATE for a multi-table
 * update), or undefined for statements that write no table (SET, SELECT, …).
 */
export function tableWrittenBy(statement: string): string | undefined {
  const text = statement.trimStart();
  for (const pattern of WRITE_TARGET_PATTERNS) {
    const match = pattern.exec(text);
    if (match) return match[1];
  }
  return undefined;
}
