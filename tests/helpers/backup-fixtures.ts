import fs from 'node:fs';
import path from 'node:path';
import type { Core } from '../../electron/core/core.ts';
import { buildJsonExport } from '../../electron/core/export/json-export.ts';

/** A small but varied database: people, companies, tags, notes, several emails/phones/addresses. */
export async function seedContacts(core: Core): Promise<void> {
  await core.call('contacts.create', {
    firstName: 'François',
    lastName: 'Lefèvre',
    company: 'Boulangerie Lefèvre',
    title: 'Gérant',
    emails: [{ label: 'work', value: 'francois@lefevre.fr' }, { label: 'home', value: 'f.lefevre@example.fr' }],
    phones: [{ label: 'mobile', value: '06 12 34 56 78' }],
    addresses: [{ label: 'shop', street: '3 rue du Four', city: 'Lyon', postalCode: '69002', country: 'France' }],
    birthday: '--04-12',
    tags: ['VIP', 'bakery'],
    notes: 'Prefers calls in the morning.\nSecond line: croissants.',
  });
  await core.call('contacts.create', { firstName: 'Ana', lastName: 'Pérez', company: 'Acme', emails: [{ value: 'ana@acme.example' }], tags: ['VIP'] });
  await core.call('contacts.create', { kind: 'company', company: 'Initech', notes: 'Supplier since 2019', websites: [{ value: 'https://initech.example' }] });
  await core.call('contacts.create', { firstName: 'Юрий', lastName: 'Гагарин', phones: [{ value: '+7 495 123-45-67' }], tags: ['space'] });
}

/** The JSON export without its timestamp: equal for equal data. */
export async function exportedData(core: Core): Promise<unknown> {
  const { exportedAt: _exportedAt, ...rest } = await buildJsonExport(core.context);
  return rest;
}

export function filesIn(folder: string): string[] {
  return fs.existsSync(folder) ? fs.readdirSync(folder).sort() : [];
}

export function onlyBackup(folder: string): string {
  const names = filesIn(folder).filter((name) => name.endsWith('.carnetbackup'));
  if (names.length !== 1) throw new Error(`expected one backup in ${folder}, found ${names.join(', ') || 'none'}`);
  return path.join(folder, names[0]!);
}
