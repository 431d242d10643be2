import { findPhoneNumbersInText, type CountryCode } from 'libphonenumber-js';
import { foldText } from '../../../shared/domain/text.ts';

/**
 * Pattern-based pieces of a business card's text: emails, websites, phones, postal addresses,
 * and the word lists (titles, company forms) in English, French, German, Spanish and Russian.
 */

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;

/** Top-level domains a bare host ("acme.com", no www or scheme) may end with; any 2-letter ccTLD too. */
const KNOWN_TLDS = new Set([
  'com', 'org', 'net', 'edu', 'gov', 'mil', 'int', 'info', 'biz', 'io', 'app', 'dev', 'ai', 'tech', 'online', 'site', 'store', 'shop',
  'cloud', 'agency', 'design', 'studio', 'consulting', 'group', 'company', 'solutions', 'services', 'email', 'media', 'news', 'pro',
  'name', 'mobi', 'asia', 'global', 'world', 'law', 'legal', 'health', 'bank', 'finance', 'capital', 'partners', 'energy', 'systems',
  'software', 'digital', 'network', 'agency', 'travel', 'coop', 'museum', 'aero', 'jobs', 'example', 'test',
]);

export function isKnownTld(tld: string): boolean {
  const lower = tld.toLowerCase();
  return /^[a-z]{2}$/.test(lower) || KNOWN_TLDS.has(lower);
}

/**
 * OCR puts spaces around `@` and dots ("k.watanabe @pacific. example"), or reads a dot as a space
 * ("@pacificrim example"): close them up first.
 */
export function findEmails(line: string): string[] {
  const compact = line
    .replace(/\s*@\s*/g, '@')
    .replace(/(@[^\s]*?)\.\s+(?=[a-z])/gi, '$1.')
    .replace(/(@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*)\s+([A-Za-z]{2,})\b/g, (all, head: string, tld: string) => (isKnownTld(tld) ? `${head}.${tld}` : all));
  return [...compact.matchAll(EMAIL)].map((m) => m[0].replace(/^[._-]+/, '').toLowerCase());
}

/**
 * An email whose `@` was read as another glyph ("k.watanabe O pacificrim.example"): only tried
 * when the card yields no email at all, and reported with low confidence. A letter or digit taken
 * for the `@` must stand apart (a space on one side at least): inside a word it is just a letter
 * (the "e" of "www.pricedigital.example"). A website is never an email.
 */
export function findBrokenEmail(line: string): string | null {
  const text = line.trim();
  if (/^(?:www\s*[.,]|h\w*tps?\s*[:;])/i.test(text)) return null;
  const match = /^([A-Za-z0-9._%+-]{2,}?)(\s*[©®(]\s*|\s+[O0Qe]\s*|\s*[O0Qe]\s+)([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,})$/.exec(text);
  return match ? `${match[1]}@${match[3]}`.toLowerCase() : null;
}

const WEBSITE = /\b(?:(?:https?|hitps?|htps?|nttps?)\s*[:;.]?\s*[/|\\lIH]{1,3}\s*)?(?:www\s*[.,]\s*)?[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.[a-z]{2,}(?:\/[^\s]*)?/gi;

/** Website addresses (not the domain of an email), normalised: OCR'd `hitps:H` → `https://`. */
export function findWebsites(line: string): string[] {
  const withoutEmails = line.replace(EMAIL, ' ').replace(/\S*@\S*/g, ' ');
  const found: string[] = [];
  for (const match of withoutEmails.matchAll(WEBSITE)) {
    let value = match[0].replace(/[\]|)}>.,;:]+$/, '');
    const www = value.search(/www\s*[.,]/i);
    const secure = /^h\w*tps/i.test(value);
    if (www > 0) value = `${secure ? 'https://' : ''}${value.slice(www)}`;
    else if (/^h\w*tps?\s*[:;.]?\s*[/|\\lIH]/i.test(value)) value = `${secure ? 'https' : 'http'}://${value.replace(/^h\w*tps?\s*[:;.]?\s*[/|\\lIH]{1,3}\s*/i, '')}`;
    value = value.replace(/www\s*[.,]\s*/i, 'www.');
    const host = value.replace(/^https?:\/\//, '').split('/')[0]!;
    const labels = host.split('.');
    // "S.L.", "Inc.", "Tél." are not hosts: every label needs letters and the top label 2+.
    if (labels.length < 2 || labels.some((label) => !/[a-z]/i.test(label)) || labels[labels.length - 1]!.length < 2) continue;
    // A bare "k.watanabe" (an email's local part cut off) is not a host: without www or a scheme
    // the top-level domain must be a real one.
    if (!/^(https?:\/\/|www\.)/i.test(value) && !isKnownTld(labels[labels.length - 1]!)) continue;
    if (/^(?:inc|ltd|corp|co|dr|mr|mrs|ms|st|tel|fax)$/i.test(labels[0]!)) continue;
    found.push(value.toLowerCase());
  }
  return found;
}

export function hostOf(value: string): string {
  return value.replace(/^https?:\/\//, '').replace(/^www\./, '').split('/')[0]!.toLowerCase();
}

export interface FoundPhone {
  value: string;
  label: string;
}

const PHONE_LABELS: [RegExp, string][] = [
  [/\b(fax|télécopie|telefax)\b|(?<!\p{L})факс(?!\p{L})/iu, 'fax'],
  [/\b(mob|mobile?|cell|cellular|portable|port|handy|mobil|móvil|movil|celular|gsm)\b|(?<!\p{L})(моб|мобильный|сотовый)(?!\p{L})/iu, 'mobile'],
  [/\b(tel|tél|phone|téléphone|telefon|teléfono|telefono|office|direct|t)\b|(?<!\p{L})(тел|телефон)(?!\p{L})/iu, 'work'],
];

/**
 * Phone numbers on a line, in E.164 when libphonenumber understands them (the card's country, or
 * the `+` prefix), else as printed when they look like one (8+ digits with a `+`).
 */
export function findPhones(line: string, country: CountryCode): FoundPhone[] {
  const label = PHONE_LABELS.find(([pattern]) => pattern.test(line))?.[1] ?? '';
  const cleaned = line.replace(/\(0\)/g, ' ');
  const found = findPhoneNumbersInText(cleaned, { defaultCountry: country })
    .filter((match) => match.number.nationalNumber.length >= 6)
    .map((match) => ({ value: match.number.number as string, label }));
  if (found.length) return found;
  const loose = /\+\s*\d[\d\s().-]{7,}\d/.exec(cleaned);
  if (loose) return [{ value: `+${loose[0].replace(/\D/g, '')}`, label }];
  // A national number from another country than the default ("01 42 68 53 00" on a French card
  // read with US settings): kept as printed; the user's country setting turns it into E.164 later.
  // Also a grouped national number without a label ("04 78 12 34 56", "961 23 45 67"): the groups
  // tell it from a postal code or a street number.
  const national = /(?<![\d.+])\d{2,4}(?:[\s.-]\d{2,4}){2,4}(?![\d.])/.exec(cleaned);
  const digitCount = national ? national[0].replace(/\D/g, '').length : 0;
  if (national && digitCount >= 8 && digitCount <= 12 && (label || /^0/.test(national[0]) || national[0].split(/[\s.-]/).length >= 3)) return [{ value: national[0].trim(), label }];
  return [];
}

export interface ParsedAddress {
  street: string;
  city: string;
  region: string;
  postalCode: string;
  country: string;
}

const STREET_WORDS = /\b(street|st\.?|avenue|ave\.?|road|rd\.?|boulevard|blvd\.?|lane|drive|dr\.|way|place|square|suite|floor|rue|av\.|bd|allée|chemin|impasse|quai|straße|strasse|str\.|weg|platz|allee|gasse|calle|avda\.?|avenida|plaza|paseo|carrera|via|piazza)\b|\w+(straße|strasse|weg|platz|gasse)\b/i;
/** Russian street words ("ул. Тверская", "пр-т Мира"): Cyrillic, so bounded by letters rather than `\b`. */
const RUSSIAN_STREET_WORDS = /(?<![\p{L}])(?:ул|улица|пр-т|просп|проспект|пер|переулок|наб|набережная|шоссе|бульвар|б-р|пл|площадь|д|дом|стр|корп|офис)\.?(?![\p{L}])/iu;
const POSTAL_PATTERNS: RegExp[] = [
  /^(?<city>[^,\d]+?),?\s+(?<region>[A-Z]{2})\s+(?<postal>\d{5}(?:-\d{4})?)$/, // San Francisco, CA 94102
  /^(?<postal>\d{4,5})\s+(?<city>[^\d,]+)$/, // 75002 Paris, 10115 Berlin, 28013 Madrid
  /^(?<city>[^\d,]+?)\s+(?<postal>[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2})$/i, // London W2 6BD
  /^(?<city>[^\d,]+?),?\s+(?<postal>\d{6})$/, // Москва, 125009
  /^(?<postal>\d{6}),?\s+(?<city>[^\d,]+)$/, // 125009, Москва
];

/** True when a line looks like part of a postal address (a street, or a postal code and city). */
export function looksLikeAddress(line: string): boolean {
  if (/@|www\.|https?:/i.test(line)) return false;
  const hasDigits = /\d/.test(line);
  return (hasDigits && (STREET_WORDS.test(line) || RUSSIAN_STREET_WORDS.test(line))) || line.split(/,\s*/).some((part) => POSTAL_PATTERNS.some((pattern) => pattern.test(part.trim())));
}

/** Splits address lines into street / postal code / city / region, as far as the patterns go. */
export function parseAddress(lines: string[]): ParsedAddress {
  const address: ParsedAddress = { street: '', city: '', region: '', postalCode: '', country: '' };
  const street: string[] = [];
  for (const line of lines) {
    const parts = line.split(/,\s*/).map((part) => part.trim()).filter(Boolean);
    // "San Francisco, CA 94102" is one unit across a comma: try the last two parts together first.
    const tail = parts.length >= 2 ? `${parts[parts.length - 2]}, ${parts[parts.length - 1]}` : null;
    const candidates = [...(tail ? [{ text: tail, used: 2 }] : []), ...(parts.length ? [{ text: parts[parts.length - 1]!, used: 1 }] : [])];
    const hit = candidates.map((c) => ({ c, groups: POSTAL_PATTERNS.map((p) => p.exec(c.text)?.groups).find(Boolean) })).find((x) => x.groups);
    if (hit?.groups && !address.postalCode) {
      address.postalCode = hit.groups.postal ?? '';
      address.city = (hit.groups.city ?? '').trim();
      address.region = hit.groups.region ?? '';
      street.push(...parts.slice(0, parts.length - hit.c.used));
    } else street.push(...parts);
  }
  address.street = street.join(', ');
  return address;
}

/**
 * A whole-word alternation. JavaScript's `\b` only knows ASCII letters: "associé" or "директор"
 * would never end a word. Letters and digits of any script bound these instead.
 */
function wordsPattern(words: string[], flags = 'iu'): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${words.join('|')})(?![\\p{L}\\p{N}])`, flags);
}

/** Job-title words by the language of the card they are printed on (they also hint at that language). */
const TITLES = {
  eng: [
    'manager', 'director', 'head', 'chief', 'officer', 'engineer', 'architect', 'analyst', 'consultant', 'president', 'founder', 'co-founder',
    'ceo', 'cto', 'cfo', 'coo', 'cmo', 'vp', 'vice', 'lead', 'senior', 'junior', 'executive', 'specialist', 'developer', 'designer',
    'researcher', 'scientist', 'partner', 'associate', 'assistant', 'coordinator', 'administrator', 'representative', 'accountant',
    'attorney', 'lawyer', 'professor', 'owner', 'advisor', 'adviser', 'agent', 'editor', 'supervisor', 'intern', 'technician',
  ],
  fra: [
    'directeur', 'directrice', 'responsable', 'chef', 'gérant', 'gérante', 'ingénieur', 'ingénieure', 'chargé', 'chargée', 'président',
    'présidente', 'fondateur', 'fondatrice', 'commercial', 'commerciale', 'conseiller', 'conseillère', 'associé', 'associée', 'avocat', 'avocate',
    'consultante', 'architecte', 'comptable', 'assistante',
  ],
  deu: [
    'geschäftsführer', 'geschäftsführerin', 'leiter', 'leiterin', 'berater', 'beraterin', 'ingenieur', 'ingenieurin', 'inhaber', 'inhaberin',
    'vorstand', 'referent', 'referentin', 'entwickler', 'entwicklerin', 'vertrieb', 'prokurist', 'architektin', 'architekt',
  ],
  spa: [
    'directora', 'gerente', 'jefe', 'jefa', 'ingeniero', 'ingeniera', 'presidenta', 'fundador', 'fundadora', 'asesor', 'asesora',
    'consultor', 'consultora', 'coordinador', 'coordinadora', 'ventas', 'abogado', 'abogada', 'arquitecto', 'arquitecta', 'socio', 'socia',
  ],
  rus: [
    'директор', 'генеральный', 'руководитель', 'менеджер', 'начальник', 'заместитель', 'инженер', 'бухгалтер', 'специалист',
    'президент', 'основатель', 'консультант', 'юрист', 'дизайнер', 'разработчик', 'архитектор', 'главный', 'ведущий', 'старший',
  ],
};

export const TITLE_WORDS = wordsPattern(Object.values(TITLES).flat());

/**
 * Title words of one language only ("Chargée de communication" is French): a hint at the card's
 * language, matched with or without accents (a first reading in English may drop them).
 */
export const TITLE_WORDS_BY_LANGUAGE = Object.entries(TITLES).map(([language, words]) => [language, wordsPattern([...new Set([...words, ...words.map(foldText)])])] as const);

/**
 * Legal forms: a company name holds one. Two-letter forms that are also words ("as", "sa", "se",
 * "co") only count as the line's last word, where legal forms stand. Russian forms (ООО, АО) come
 * first on the line: any place counts.
 */
export const LEGAL_FORMS = new RegExp(
  [
    wordsPattern(['inc', 'llc', 'ltd', 'limited', 'plc', 'corp', 'corporation', 'gmbh', 'sarl', 'sas', 'sasu', 'eurl', 'slu', 'spa', 'srl', 'pty', 'pvt', 'llp', 'cie', 'ооо', 'оао', 'зао', 'пао', 'ао', 'ип', 'нко']).source,
    '(?<![\\p{L}\\p{N}])(?:sa|se|as|co|ag|ab|oy|kg|kk|ug|nv|bv|sl|lp|aps)\\.?$',
    '(?<![\\p{L}\\p{N}])[sS]\\.\\s?[aAlL]\\.',
    '&\\s*(?:söhne|sons|co\\.?|cie\\.?)(?![\\p{L}\\p{N}])',
  ].join('|'),
  'iu',
);

/** Words business names often carry; weaker than a legal form (a title can hold them too). */
export const BUSINESS_WORDS = wordsPattern([
  'company', 'group', 'groupe', 'holding', 'partners', 'labs', 'systems', 'services', 'solutions', 'technologies', 'technology',
  'consulting', 'studio', 'studios', 'traders', 'trading', 'logistics', 'energy', 'robotics', 'analytics', 'software', 'bank',
  'capital', 'industries', 'international', 'associates', 'agency', 'ventures', 'media', 'design', 'foods', 'pharma', 'networks',
  'digital', 'creative', 'architects', 'architecture', 'clinic', 'works',
  'university', 'université', 'universidad', 'universität', 'institute', 'institut', 'hospital', 'soluciones', 'sociedad', 'société',
  'conseil', 'agence', 'atelier', 'cabinet', 'numérique', 'beratung', 'werkstatt', 'gruppe', 'arquitectos', 'estudio', 'consultores', 'asesores', 'abogados',
  'партнёры', 'партнеры', 'групп', 'группа', 'консалтинг', 'студия', 'компания', 'холдинг', 'агентство', 'диджитал', 'бюро',
]);
