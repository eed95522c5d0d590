import { splitSqlStatements, tableWrittenBy } from './sql-statements';

describe('splitSqlStatements', () => {
  it('splits on semicolons and drops empty statements', () => {
    expect(splitSqlStatements('SELECT 1;\n\n;SELECT 2 ;  ')).toEqual(['SELECT 1', 'SELECT 2']);
  });

  it('keeps semicolons inside single, double and backtick quotes', () => {
    const script = [
      "INSERT INTO t (a) VALUES ('x;y');",
      'INSERT INTO t (a) VALUES ("p;q");',
      'SELECT `odd;name` FROM t;',
    ].join('\n');
    expect(splitSqlStatements(script)).toEqual([
      "INSERT INTO t (a) VALUES ('x;y')",
      'INSERT INTO t (a) VALUES ("p;q")',
      'SELECT `odd;name` FROM t',
    ]);
  });

  it('handles doubled quotes and backslash escapes inside literals', () => {
    const script = "SELECT 'it''s; fine', 'back\\'slash; too', 'end\\\\';SELECT 2;";
    expect(splitSqlStatements(script)).toEqual([
      "SELECT 'it''s; fine', 'back\\'slash; too', 'end\\\\'",
      'SELECT 2',
    ]);
  });

  it('drops line and block comments, including semicolons inside them', () => {
    const script = [
      '-- header; not a statement',
      '# hash comment; too',
      'SELECT /* inline; comment */ 1; -- trailing; comment',
      '/* block',
      '   spanning; lines */',
      'SELECT 2;',
    ].join('\n');
    expect(splitSqlStatements(script).map((s) => s.replace(/\s+/g, ' '))).toEqual([
      'SELECT 1',
      'SELECT 2',
    ]);
  });

  it('treats a double dash without following whitespace as an operator, not a comment', () => {
    expect(splitSqlStatements('SELECT 5--1;')).toEqual(['SELECT 5--1']);
  });

  it('keeps comment markers inside string literals', () => {
    expect(splitSqlStatements("SELECT '-- no', '/* no */', '# no';")).toEqual([
      "SELECT '-- no', '/* no */', '# no'",
    ]);
  });

  it('rejects an unterminated literal or comment', () => {
    expect(() => splitSqlStatements("SELECT 'open;")).toThrow(/unterminated ' quote/);
    expect(() => splitSqlStatements('SELECT 1 /* open')).toThrow(/unterminated block comment/);
  });
});

describe('tableWrittenBy', () => {
  it.each([
    ['INSERT INTO ums_admin (id) VALUES (1)', 'ums_admin'],
    ['insert ignore into `pms_brand` (id) values (1)', 'pms_brand'],
    ['REPLACE INTO sms_coupon VALUES (1)', 'sms_coupon'],
    [
      'UPDATE pms_product p JOIN pms_brand b ON b.id = p.brand_id SET p.brand_name = b.name',
      'pms_product',
    ],
    ['DELETE FROM oms_cart_item WHERE id = 1', 'oms_cart_item'],
    [
      '  \n INSERT INTO ums_member (id) WITH RECURSIVE seq (n) AS (SELECT 1) SELECT n FROM seq',
      'ums_member',
    ],
  ])('%s writes %s', (statement, table) => {
    expect(tableWrittenBy(statement)).toBe(table);
  });

  it('returns undefined for statements that write no table', () => {
    expect(tableWrittenBy('SELECT COUNT(*) FROM ums_admin')).toBeUndefined();
    expect(tableWrittenBy("SET NAMES 'utf8mb4'")).toBeUndefined();
  });
});
