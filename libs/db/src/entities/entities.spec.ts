import { getMetadataArgsStorage } from 'typeorm';
import { ALL_ENTITIES, ENTITIES_BY_DOMAIN, PmsFeightTemplate, PmsProduct } from '.';
import { ORIGINAL_TABLE_COUNT, SCHEMA_CHANGES } from '../schema-changes';

const storage = getMetadataArgsStorage();

function tableOf(entity: object): string {
  const table = storage.tables.find((t) => t.target === entity);
  if (!table?.name) throw new Error(`no @Entity name on ${String(entity)}`);
  return table.name;
}

const pascalCase = (name: string) =>
  name.replace(/(^|_)([a-z0-9])/g, (_match, _sep: string, c: string) => c.toUpperCase());
const camelCase = (name: string) =>
  name.replace(/_([a-z0-9])/g, (_match, c: string) => c.toUpperCase());

describe('entity catalogue', () => {
  it('has one entity per original table: 76 in all, cms 12, oms 8, pms 18, sms 13, ums 25', () => {
    const isOriginal = (entity: object) => !SCHEMA_CHANGES.addedTables.includes(tableOf(entity));
    expect(ALL_ENTITIES.filter(isOriginal)).toHaveLength(ORIGINAL_TABLE_COUNT);
    expect(new Set(ALL_ENTITIES.map(tableOf)).size).toBe(ALL_ENTITIES.length);
    const counts = Object.fromEntries(
      Object.entries(ENTITIES_BY_DOMAIN).map(([domain, list]) => [
        domain,
        list.filter(isOriginal).length,
      ]),
    );
    expect(counts).toEqual({ cms: 12, oms: 8, pms: 18, sms: 13, ums: 25 });
  });

  it('has an entity for every table the migrations add', () => {
    const tables = ALL_ENTITIES.map(tableOf);
    for (const table of SCHEMA_CHANGES.addedTables) expect(tables).toContain(table);
  });

  it('groups every entity under the domain of its table prefix', () => {
    for (const [domain, list] of Object.entries(ENTITIES_BY_DOMAIN)) {
      for (const entity of list) expect(tableOf(entity).startsWith(`${domain}_`)).toBe(true);
    }
  });

  it('names classes after tables and properties after columns, keeping original spellings', () => {
    for (const entity of ALL_ENTITIES) {
      const table = tableOf(entity);
      expect(entity.name).toBe(pascalCase(table));
      for (const column of storage.columns.filter((c) => c.target === entity)) {
        expect(column.propertyName).toBe(camelCase(String(column.options.name)));
      }
    }
    const propertiesOf = (entity: object) =>
      storage.columns.filter((c) => c.target === entity).map((c) => c.propertyName);
    expect(propertiesOf(PmsProduct)).toEqual(
      expect.arrayContaining(['recommandStatus', 'feightTemplateId']),
    );
    expect(propertiesOf(PmsFeightTemplate)).toContain('continmeFee');
  });

  it('declares an explicit type and name on every column', () => {
    const columns = storage.columns.filter((c) => ALL_ENTITIES.includes(c.target as never));
    expect(columns.length).toBeGreaterThan(600);
    for (const column of columns) {
      expect(typeof column.options.type).toBe('string');
      expect(typeof column.options.name).toBe('string');
    }
  });

  it('maps every bigint and decimal column through a transformer', () => {
    const numeric = storage.columns.filter(
      (c) =>
        ALL_ENTITIES.includes(c.target as never) &&
        (c.options.type === 'bigint' || c.options.type === 'decimal'),
    );
    // The original tables alone have 157 bigint and 43 decimal columns.
    const original = numeric.filter(
      (c) => !SCHEMA_CHANGES.addedTables.includes(tableOf(c.target as object)),
    );
    expect(original.length).toBe(157 + 43);
    for (const column of numeric) expect(column.options.transformer).toBeDefined();
  });
});
