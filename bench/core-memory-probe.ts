// Opens the core on a data folder as the app ships it (this file is bundled with esbuild and run
// in plain Node: no tsx loader in memory), lists, searches and writes, then prints its memory.
// Usage: node dist/bench/core-memory-probe.mjs DATA_DIR
import { createCore } from '../electron/core/core.ts';

const dataDir = process.argv[2];
if (!dataDir) throw new Error('Usage: core-memory-probe DATA_DIR');
const core = await createCore({ dataDir, autoBackup: { enabled: false } });
const rssAfterOpen = process.memoryUsage().rss;
for (const search of ['a', 'ma', 'example.de', 'lyon', 'franc', 'jean dupont']) await core.call('contacts.list', { search, limit: 100 });
for (let offset = 0; offset < 100_000; offset += 5_000) await core.call('contacts.list', { offset, limit: 100 });
for (let i = 0; i < 200; i++) await core.call('contacts.create', { firstName: `Probe${i}`, emails: [{ value: `probe${i}@example.fr` }], phones: [{ value: '06 11 22 33 44' }] });
await core.close();
console.log(JSON.stringify({ rssAfterOpenMb: rssAfterOpen / 1024 / 1024, peakRssMb: process.resourceUsage().maxRSS / 1024 }));
