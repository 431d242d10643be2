import type { ContactInput } from '../shared/contract/contacts.ts';

/** A birthday `daysFromNow` days away, as `--MM-DD` or with a birth year. */
function birthdayIn(daysFromNow: number, year: number | null): string {
  const date = new Date();
  date.setDate(date.getDate() + daysFromNow);
  const mmdd = `${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
  return year === null ? `--${mmdd}` : `${year}-${mmdd}`;
}

/**
 * About thirty believable contacts (accents, several countries, companies, tags, birthdays near
 * today) for screenshots and demos. Shared by scripts/screenshots.ts.
 */
export function seedContacts(): ContactInput[] {
  const people: [string, string, string, string, string[], Partial<ContactInput>?][] = [
    ['François', 'Lefèvre', 'Atelier Lefèvre', 'Cabinetmaker', ['client', 'paris'], { birthday: birthdayIn(0, 1978), notes: 'Prefers calls after 10am. Ordered the oak table in March.' }],
    ['Zoë', 'Martín', 'Estudio Norte', 'Art director', ['supplier'], { birthday: birthdayIn(3, null) }],
    ['Søren', 'Kierkegaard', 'Nordlys ApS', 'Founder', ['client'], {}],
    ['Amélie', 'Dubois', 'Boulangerie Dubois', 'Owner', ['client', 'local'], { birthday: birthdayIn(9, 1985) }],
    ['Hiroshi', 'Tanaka', 'Kaizen Tools', 'Sales manager', ['supplier'], {}],
    ['Olga', 'Ivanova', 'Volga Trade OOO', 'Buyer', ['lead'], { birthday: birthdayIn(12, 1990) }],
    ['Marta', 'Nowak', 'Nowak & Syn', 'Accountant', ['accounting'], {}],
    ['Lukas', 'Müller', 'Müller GmbH', 'Managing director', ['client', 'germany'], {}],
    ['Chiara', 'Rossi', 'Rossi Design SRL', 'Designer', ['partner'], {}],
    ['Noah', 'Williams', '', 'Photographer', ['freelance'], {}],
    ['Ana', 'Silva', 'Café Lisboa', 'Manager', ['client', 'local'], {}],
    ['Ethan', 'Brown', 'Brown & Co', 'Lawyer', ['legal'], {}],
    ['Élodie', 'Garnier', 'Atelier Lefèvre', 'Upholsterer', ['client'], {}],
    ['Javier', 'Hernández', 'Estudio Norte', 'Copywriter', ['supplier'], {}],
    ['Ingrid', 'Johansson', 'Nordlys ApS', 'Office manager', [], {}],
    ['Priya', 'Patel', 'Patel Imports Ltd', 'Director', ['lead', 'wholesale'], {}],
    ['Mei', 'Chen', 'Lotus Tea House', 'Owner', ['client'], {}],
    ['Kofi', 'Mensah', 'Accra Crafts', 'Exporter', ['supplier'], {}],
    ['Fatima', 'Zahra', '', 'Translator', ['freelance'], {}],
    ['Pierre', 'Moreau', 'Moreau Transports', 'Dispatcher', ['logistics'], {}],
    ['Dmitri', 'Sokolov', 'Volga Trade OOO', 'CEO', ['lead'], {}],
    ['Grace', "O'Neill", 'Harbour Books', 'Bookseller', ['client'], {}],
    ['Tomás', 'Novák', 'Praha Print', 'Printer', ['supplier'], {}],
    ['Laura', 'Bianchi', 'Rossi Design SRL', 'Intern', [], {}],
    ['Yusuf', 'Demir', 'Bosphorus Textiles', 'Sales', ['supplier', 'textiles'], {}],
    ['Claire', 'Fontaine', '', 'Neighbour', ['personal'], {}],
    ['Ben', 'Cohen', 'Cohen Consulting', 'Consultant', ['partner'], {}],
  ];
  const domain = (company: string, last: string) => (company ? company.toLowerCase().normalize('NFKD').replace(/[^a-z]+/g, '') : last.toLowerCase().normalize('NFKD').replace(/[^a-z]+/g, '')) + '.example';
  return people.map(([firstName, lastName, company, title, tags, extra], index) => ({
    firstName,
    lastName,
    company,
    title,
    tags,
    emails: [{ label: 'work', value: `${firstName.toLowerCase().normalize('NFKD').replace(/[^a-z]/g, '')}@${domain(company, lastName)}` }],
    phones: index % 3 === 2 ? [] : [{ label: 'mobile', value: `+33 6 ${String(10 + index).padStart(2, '0')} 45 67 ${String(20 + index).padStart(2, '0')}` }],
    addresses: index % 4 === 0 ? [{ label: 'work', street: `${12 + index} rue des Lilas`, city: 'Paris', postalCode: '75011', country: 'France', region: '' }] : [],
    ...extra,
  }));
}
