import fs from 'node:fs';
import path from 'node:path';

/**
 * A new file name in `folder` (base.ext, base-2.ext, …): an export never overwrites an earlier
 * one. `extension` with its dot ('.ics', '.csv', '.json').
 */
export function freeName(folder: string, base: string, extension: string): string {
  for (let attempt = 1; ; attempt++) {
    const candidate = path.join(folder, `${base}${attempt > 1 ? `-${attempt}` : ''}${extension}`);
    if (!fs.existsSync(candidate)) return candidate;
  }
}
