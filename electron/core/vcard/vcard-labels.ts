/**
 * Labels for emails, phones, addresses and websites from vCard TYPE parameters and Apple's
 * X-ABLabel. Carnet's own labels are lowercase words the UI translates (work, home, mobile, other,
 * main); anything else (a custom label) is kept as the user typed it.
 */

const APPLE_LABELS: Record<string, string> = {
  other: 'other',
  home: 'home',
  work: 'work',
  mobile: 'mobile',
  main: 'main',
  iphone: 'mobile',
  homepage: 'homepage',
  homefax: 'home fax',
  workfax: 'work fax',
  otherfax: 'fax',
  pager: 'pager',
  assistantphone: 'assistant',
  anniversary: 'anniversary',
};

/** `_$!<HomePage>!$_` → `homepage`; a custom label (`Shop`) stays as written. */
export function appleLabel(raw: string): string {
  const match = /^_\$!<(.*)>!\$_$/.exec(raw.trim());
  if (!match) return raw.trim().slice(0, 60);
  const key = match[1]!.toLowerCase();
  return APPLE_LABELS[key] ?? match[1]!.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

/** Types that say nothing a label should show. */
const NOISE = new Set(['pref', 'voice', 'internet', 'x400', 'msg', 'text', 'uri', 'postal', 'parcel', 'dom', 'intl', 'x-internet']);

/** A label from TYPE values: `cell` → mobile, `work`+`fax` → work fax. Empty when nothing useful. */
export function labelFromTypes(types: string[], kind: 'email' | 'phone' | 'address' | 'website'): string {
  const set = new Set(types.map((type) => type.toLowerCase()).filter((type) => !NOISE.has(type)));
  if (kind === 'phone') {
    if (set.has('fax')) return set.has('home') ? 'home fax' : set.has('work') ? 'work fax' : 'fax';
    if (set.has('cell') || set.has('mobile') || set.has('iphone')) return 'mobile';
    if (set.has('pager')) return 'pager';
    if (set.has('main')) return 'main';
  }
  if (set.has('work')) return 'work';
  if (set.has('home')) return 'home';
  if (set.has('other')) return 'other';
  // Anything left is a label of its own ("X-Assistant", a 2.1 "CAR"): keep it readable.
  const first = [...set][0];
  return first ? first.replace(/^x-/, '').slice(0, 60) : '';
}

/** Writer side: Carnet label → TYPE values for a given property. */
export function typesFromLabel(label: string, kind: 'email' | 'phone' | 'address' | 'website'): { types: string[]; custom: string | null } {
  const clean = label.trim().toLowerCase();
  if (!clean) return { types: kind === 'email' ? ['internet'] : [], custom: null };
  if (kind === 'phone') {
    if (clean === 'mobile') return { types: ['cell'], custom: null };
    if (clean === 'fax' || clean === 'work fax') return { types: ['work', 'fax'], custom: null };
    if (clean === 'home fax') return { types: ['home', 'fax'], custom: null };
    if (clean === 'pager' || clean === 'main') return { types: [clean], custom: null };
  }
  if (clean === 'work' || clean === 'home' || clean === 'other') return { types: kind === 'email' ? ['internet', clean] : [clean], custom: null };
  return { types: kind === 'email' ? ['internet'] : [], custom: label.trim() };
}
