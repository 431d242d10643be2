import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCore } from '../../electron/core/core.ts';
import type { Interaction } from '../../shared/contract/interactions.ts';
import { makeTempDir } from '../helpers/temp-core.ts';
import { runCarnet } from '../helpers/run-cli.ts';

let dir: string;
let cleanup: () => void;
let ada: { id: string };
beforeEach(async () => {
  ({ dir, cleanup } = makeTempDir());
  const core = await createCore({ dataDir: dir, locale: 'fr-FR', autoBackup: { enabled: false } });
  ada = await core.call('contacts.create', { firstName: 'Ada', lastName: 'Lovelace', emails: [{ value: 'ada@engines.example' }] });
  await core.call('contacts.create', { firstName: 'Ada', lastName: 'Byron' });
  await core.close();
});
afterEach(() => cleanup());

async function timelineOfAda() {
  const core = await createCore({ dataDir: dir, locale: 'fr-FR', autoBackup: { enabled: false } });
  try {
    return { page: await core.call('timeline.page', { contactId: ada.id }), contact: await core.call('contacts.get', { id: ada.id }) };
  } finally {
    await core.close();
  }
}

describe('carnet log', () => {
  it('logs a call on the person an email names, with every option, and prints JSON', async () => {
    const result = await runCarnet(['log', 'ada@engines.example', '--type', 'call', '--when', '2026-02-03T10:00:00+01:00', '--minutes', '25', '--subject', 'Plans', '--body', 'Two pages', '--json', '--data', dir]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const logged = JSON.parse(result.stdout) as Interaction;
    expect(logged).toMatchObject({ type: 'call', occurredAt: '2026-02-03T09:00:00.000Z', minutes: 25, subject: 'Plans', body: 'Two pages', contacts: [{ id: ada.id }] });
    const { page, contact } = await timelineOfAda();
    expect(page.entries.map((entry) => entry.source === 'interaction' && entry.interaction.id)).toEqual([logged.id]);
    expect(contact.lastContactedAt).toBe('2026-02-03T09:00:00.000Z');
  });

  it('says what was logged in words, the time defaulting to now', async () => {
    const result = await runCarnet(['log', ada.id, '--type', 'note', '--data', dir]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Logged a note with Ada Lovelace at \d{4}-\d{2}-\d{2}T[\d:.]+Z\.\n$/);
  });

  it('refuses a bad type, time or duration with a clear message, and writes nothing', async () => {
    const cases: [string[], RegExp][] = [
      [['--type', 'fax'], /--type must be one of call, meeting, email, visit, message, note/],
      [[], /--type must be one of/],
      [['--type', 'call', '--when', 'tomorrow'], /--when: Use an ISO 8601 date and time/],
      [['--type', 'call', '--minutes', '1.5'], /--minutes takes a whole number/],
      [['--type', 'call', '--subject', 'x'.repeat(400)], /subject: At most 300 characters/],
    ];
    for (const [flags, message] of cases) {
      const result = await runCarnet(['log', ada.id, ...flags, '--data', dir]);
      expect(result.code, flags.join(' ')).toBe(1);
      expect(result.stderr, flags.join(' ')).toMatch(message);
    }
    expect((await timelineOfAda()).page.entries).toEqual([]);
  });

  it('exits with 2 and lists the candidates when PERSON matches several contacts', async () => {
    const result = await runCarnet(['log', 'Ada', '--type', 'call', '--data', dir]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(ada.id);
    expect((await timelineOfAda()).page.entries).toEqual([]);
  });
});
