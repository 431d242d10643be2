import type { ContactInput } from '../shared/contract/contacts.ts';

/** A small deterministic PRNG (mulberry32) so every bench run seeds the same data. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST = ['François', 'Élodie', 'Camille', 'Jean', 'Marie', 'Hélène', 'Zoé', 'Lucas', 'Chloé', 'Noël', 'Jürgen', 'Anna', 'Lukas', 'Sofía', 'José', 'María', 'Lucía', 'Алексей', 'Мария', 'Ольга', 'Дмитрий', 'James', 'Emily', 'Oliver', 'Grace', 'Mohammed', 'Aisha', 'Wei', 'Yuki', 'Søren', 'Ingrid', 'Pedro', 'Giulia', 'Marco', 'Fatima', 'Léa', 'Théo', 'Manon', 'Hugo', 'Inès'];
const LAST = ['Lefèvre', 'Martin', 'Dubois', 'Bernard', 'Moreau', 'Laurent', 'Müller', 'Schmidt', 'Schäfer', 'García', 'Pérez', 'Rodríguez', 'Núñez', 'Иванов', 'Смирнова', 'Кузнецов', 'Smith', 'Johnson', 'Brown', 'Taylor', "O'Brien", 'Nguyen', 'Kowalski', 'Rossi', 'Bianchi', 'Jensen', 'Andersen', 'Silva', 'Santos', 'Fontaine', 'Roux', 'Girard', 'Bonnet', 'Dupont', 'Lambert', 'Fournier', 'Mercier', 'Blanc', 'Guérin', 'Faure'];
const COMPANY_WORDS = ['Boulangerie', 'Atelier', 'Garage', 'Cabinet', 'Studio', 'Café', 'Librairie', 'Pharmacie', 'Fleurs', 'Bäckerei', 'Werkstatt', 'Taller', 'Ferretería', 'Consulting', 'Design', 'Plomberie', 'Électricité', 'Transports', 'Imprimerie', 'Menuiserie'];
const COMPANY_SUFFIX = ['', ' SARL', ' SAS', ' GmbH', ' S.L.', ' Ltd', ' & Fils', ' Corp.', ''];
const TITLES = ['Gérant', 'Directrice', 'Comptable', 'Owner', 'Sales manager', 'Einkäufer', 'Geschäftsführer', 'Jefa de compras', 'Buyer', 'Assistant', 'Менеджер', ''];
const CITIES = [
  { city: 'Lyon', postalCode: '69002', country: 'France' },
  { city: 'Paris', postalCode: '75011', country: 'France' },
  { city: 'Berlin', postalCode: '10115', country: 'Germany' },
  { city: 'Madrid', postalCode: '28013', country: 'Spain' },
  { city: 'Москва', postalCode: '101000', country: 'Russia' },
  { city: 'Manchester', postalCode: 'M1 1AE', country: 'United Kingdom' },
  { city: 'Montréal', postalCode: 'H2X 1Y4', country: 'Canada' },
];
const TAGS = ['VIP', 'wholesale', 'retail', 'supplier', 'newsletter', 'late payer', 'Christmas card', 'prospect'];
const NOTES = ['Prefers calls in the morning.', 'Bought the oak table in March.', 'Met at the trade fair in Lyon.', 'Pays by bank transfer.', 'Allergic to nuts — no chocolates.', 'Ask about the new catalogue.', ''];

function pick<T>(random: () => number, list: readonly T[]): T {
  return list[Math.floor(random() * list.length)]!;
}

function asciiSlug(value: string): string {
  return value.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z0-9]+/g, '') || 'contact';
}

/** `count` realistic contacts: many languages, shared companies, phones in several countries. */
export function* generateContacts(count: number, seed = 42): Generator<ContactInput> {
  const random = seededRandom(seed);
  const companies = Array.from({ length: Math.max(1, Math.floor(count / 40)) }, (_, i) => `${pick(random, COMPANY_WORDS)} ${pick(random, LAST)}${pick(random, COMPANY_SUFFIX)}${i % 7 === 0 ? ` ${i}` : ''}`);
  for (let i = 0; i < count; i++) {
    const firstName = pick(random, FIRST);
    const lastName = pick(random, LAST);
    const place = pick(random, CITIES);
    const hasCompany = random() < 0.7;
    const phoneDigits = String(10_000_000 + Math.floor(random() * 89_999_999));
    const phone = place.country === 'France' ? `06 ${phoneDigits.slice(0, 2)} ${phoneDigits.slice(2, 4)} ${phoneDigits.slice(4, 6)} ${phoneDigits.slice(6, 8)}`
      : place.country === 'Germany' ? `+49 30 ${phoneDigits}`
      : place.country === 'Spain' ? `+34 6${phoneDigits}`
      : place.country === 'Russia' ? `+7 916 ${phoneDigits.slice(0, 7)}`
      : place.country === 'Canada' ? `+1 514 555 ${phoneDigits.slice(0, 4)}`
      : `+44 161 ${phoneDigits.slice(0, 7)}`;
    const month = 1 + Math.floor(random() * 12);
    const day = 1 + Math.floor(random() * 28);
    const birthday = random() < 0.4 ? (random() < 0.5 ? `${1950 + Math.floor(random() * 55)}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` : `--${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`) : null;
    yield {
      firstName,
      lastName,
      company: hasCompany ? pick(random, companies) : '',
      title: hasCompany ? pick(random, TITLES) : '',
      emails: random() < 0.85 ? [{ label: 'work', value: `${asciiSlug(firstName)}.${asciiSlug(lastName)}${i}@example.${pick(random, ['fr', 'de', 'es', 'com', 'ru'])}` }] : [],
      phones: random() < 0.9 ? [{ label: 'mobile', value: phone }] : [],
      addresses: random() < 0.5 ? [{ label: 'work', street: `${1 + Math.floor(random() * 120)} rue des Lilas`, ...place, region: '' }] : [],
      websites: random() < 0.1 ? [{ label: '', value: `https://www.example.com/${i}` }] : [],
      birthday,
      tags: random() < 0.4 ? [pick(random, TAGS)] : [],
      notes: pick(random, NOTES),
    };
  }
}
