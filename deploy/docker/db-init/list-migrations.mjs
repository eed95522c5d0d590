#!/usr/bin/env node
// Prints the migrations of libs/db (ALL_MIGRATIONS in libs/db/src/migrations/index.ts), one per line as
// "<timestamp>\t<name>": the rows TypeORM keeps in the `migrations` table once they have run. TypeORM
// takes the timestamp from the last 13 digits of the class name, and the migrations name themselves
// after their class (docs/adr/0002-schema-and-migrations.md).
import { readFileSync } from 'node:fs';

export function listMigrations(indexSource) {
  const list = /export const ALL_MIGRATIONS\b[^=]*=\s*\[([^\]]*)\]/.exec(indexSource);
  if (!list) throw new Error('ALL_MIGRATIONS = [...] not found');
  const names = list[1]
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\/\/.*$/gm, '')
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
  return names.map((name) => {
    const timestamp = /(\d{13})$/.exec(name);
    if (!/^[A-Za-z_$][\w$]*$/.test(name) || !timestamp) {
      throw new Error(`migration '${name}' does not end in a 13-digit timestamp`);
    }
    return { timestamp: Number(timestamp[1]), name };
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const file = process.argv[2];
  if (!file) {
    console.error('usage: list-migrations.mjs <libs/db/src/migrations/index.ts>');
    process.exit(2);
  }
  for (const { timestamp, name } of listMigrations(readFileSync(file, 'utf8'))) {
    process.stdout.write(`${timestamp}\t${name}\n`);
  }
}
