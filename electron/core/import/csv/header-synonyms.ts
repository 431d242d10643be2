/**
 * Header text -> Carnet field, for the exporters in FORMATS.md and for hand-made spreadsheets in
 * English, French, German, Spanish and Russian. Headers are compared folded (no case, no accents,
 * punctuation as spaces), so "E-mail 1 - Value", "Prénom" and "first_name" all normalize.
 */
import type { ColumnTarget } from '../../../../shared/contract/import.ts';
import { foldText } from '../../../../shared/domain/text.ts';

export function normalizeHeader(header: string): string {
  return foldText(header).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

const t = (field: ColumnTarget['field'], extra: Omit<ColumnTarget, 'field'> = {}): ColumnTarget => ({ field, ...extra });

/** Exact folded headers. Several languages' words for one field share a line. */
const SYNONYMS: [string[], ColumnTarget][] = [
  [['first name', 'firstname', 'given name', 'forename', 'prenom', 'vorname', 'nombre', 'nombre de pila', 'имя'], t('firstName')],
  [['middle name', 'additional name', 'second name', 'deuxieme prenom', 'zweiter vorname', 'segundo nombre', 'отчество'], t('middleName')],
  [['last name', 'lastname', 'surname', 'family name', 'nom', 'nom de famille', 'nachname', 'familienname', 'apellido', 'apellidos', 'primer apellido', 'фамилия'], t('lastName')],
  [['name', 'full name', 'fullname', 'display name', 'contact name', 'contact', 'nom complet', 'vollstandiger name', 'nombre completo', 'фио', 'полное имя', 'имя полностью'], t('fullName')],
  [['company', 'company name', 'organization', 'organisation', 'organization name', 'org', 'employer', 'account name', 'societe', 'entreprise', 'raison sociale', 'firma', 'unternehmen', 'arbeitgeber', 'empresa', 'compania', 'organizacion', 'компания', 'организация', 'место работы', 'фирма'], t('company')],
  [['job title', 'jobtitle', 'title', 'position', 'role', 'occupation', 'organization title', 'fonction', 'poste', 'titre', 'funktion', 'berufsbezeichnung', 'beruf', 'cargo', 'puesto', 'должность'], t('title')],
  [['email', 'e mail', 'email address', 'e mail address', 'mail', 'primary email', 'courriel', 'adresse e mail', 'adresse email', 'adresse electronique', 'e mail adresse', 'correo', 'correo electronico', 'эл почта', 'электронная почта', 'почта', 'адрес электронной почты'], t('email')],
  [['secondary email', 'email 2', 'other email', 'email home', 'email other'], t('email')],
  [['email work', 'work email', 'business email'], t('email', { label: 'work' })],
  [['phone', 'telephone', 'tel', 'phone number', 'telephone number', 'primary phone', 'telefon', 'telefonnummer', 'telefono', 'телефон', 'номер телефона'], t('phone')],
  [['mobile', 'mobile phone', 'cell', 'cell phone', 'mobile number', 'portable', 'telephone portable', 'tel portable', 'handy', 'mobil', 'mobiltelefon', 'mobilnummer', 'movil', 'telefono movil', 'celular', 'мобильный', 'мобильный телефон', 'сотовый'], t('phone', { label: 'mobile' })],
  [['address', 'street', 'street address', 'address line 1', 'address 1', 'adresse', 'rue', 'strasse', 'straße', 'str', 'anschrift', 'direccion', 'calle', 'адрес', 'улица'], t('address', { group: 'main', part: 'street' })],
  [['address line 2', 'address 2', 'complement d adresse', 'adresszusatz'], t('address', { group: 'main', part: 'street2' })],
  [['city', 'town', 'ville', 'ort', 'stadt', 'ciudad', 'localidad', 'poblacion', 'город', 'населенныи пункт'], t('address', { group: 'main', part: 'city' })],
  [['state', 'province', 'region', 'county', 'departement', 'bundesland', 'provincia', 'estado', 'регион', 'область'], t('address', { group: 'main', part: 'region' })],
  [['zip', 'zip code', 'zipcode', 'postal code', 'postcode', 'post code', 'code postal', 'cp', 'plz', 'postleitzahl', 'codigo postal', 'индекс', 'почтовыи индекс'], t('address', { group: 'main', part: 'postalCode' })],
  [['country', 'pays', 'land', 'pais', 'страна'], t('address', { group: 'main', part: 'country' })],
  [['website', 'web site', 'web page', 'webpage', 'url', 'web', 'homepage', 'site web', 'site internet', 'webseite', 'sitio web', 'pagina web', 'сайт', 'веб сайт'], t('website')],
  [['personal web page', 'web page 2'], t('website', { label: 'personal' })],
  [['linkedin', 'linkedin url', 'linkedin profile'], t('website', { label: 'linkedin' })],
  [['birthday', 'birth date', 'birthdate', 'date of birth', 'dob', 'anniversaire', 'date de naissance', 'geburtstag', 'geburtsdatum', 'cumpleanos', 'fecha de nacimiento', 'день рождения', 'дата рождения'], t('birthday')],
  [['photo', 'photo url', 'picture', 'avatar'], t('photoUrl')],
  [['birth year'], t('birthYear')],
  [['birth month'], t('birthMonth')],
  [['birth day'], t('birthDay')],
  [['notes', 'note', 'comments', 'comment', 'description', 'background', 'remarques', 'commentaires', 'commentaire', 'notizen', 'notiz', 'bemerkungen', 'anmerkungen', 'notas', 'comentarios', 'observaciones', 'заметки', 'примечания', 'примечание', 'комментарии', 'комментарий'], t('notes')],
  [['tags', 'tag', 'labels', 'categories', 'category', 'groups', 'group', 'group membership', 'etiquettes', 'categories', 'groupes', 'kategorien', 'gruppen', 'schlagworter', 'etiquetas', 'categorias', 'grupos', 'теги', 'метки', 'группы', 'категории'], t('tags')],
  [['name prefix', 'prefix', 'salutation', 'civilite', 'anrede', 'tratamiento'], t('note', { label: 'Name prefix' })],
  [['name suffix', 'suffix'], t('note', { label: 'Name suffix' })],
  [['nickname', 'surnom', 'spitzname', 'apodo', 'прозвище'], t('note', { label: 'Nickname' })],
  [['department', 'organization department', 'service', 'abteilung', 'departamento', 'отдел'], t('note', { label: 'Department' })],
  [['fax', 'fax number', 'telecopie', 'факс'], t('phone', { label: 'fax' })],
];

const EXACT = new Map<string, ColumnTarget>();
for (const [names, target] of SYNONYMS) for (const name of names) if (!EXACT.has(normalizeHeader(name))) EXACT.set(normalizeHeader(name), target);

/** Headers exporters write that hold nothing a contact needs (phonetic names, Outlook internals). */
const IGNORED = /^(id|uuid|.* id|.*yomi.*|phonetic .*|file as|initials|short name|maiden name|sensitivity|priority|mileage|billing information|directory server|e mail \d* ?(type|display name)|e mail \d+ (type|display name)|subject|location|internet free busy|user \d|nb tasks|sales|has newsletter|first seen|last seen|screen name|private)$/;

const ADDRESS_PART: Record<string, ColumnTarget['part']> = {
  street: 'street', 'street 2': 'street2', 'street 3': 'street3', city: 'city', state: 'region', region: 'region',
  'postal code': 'postalCode', 'zip code': 'postalCode', zipcode: 'postalCode', zip: 'postalCode', country: 'country',
  'country region': 'country', 'po box': 'poBox', 'address po box': 'poBox', formatted: 'formatted', 'extended address': 'street2',
  address: 'street', 'address 2': 'street2',
};

const ADDRESS_KINDS: Record<string, string> = { business: 'work', work: 'work', home: 'home', other: 'other' };

/** The target for one header, or null when nothing is known about it. */
export function targetForHeader(header: string): ColumnTarget | null {
  const h = normalizeHeader(header);
  if (h === '') return null;
  const exact = EXACT.get(h);
  if (exact) return { ...exact };
  // Google: "E-mail 1 - Label|Type|Value", "Phone 2 - Value", "Website 1 - Value". The " - " tells
  // them from Outlook's "E-mail 2 Type" (always "SMTP": ignored).
  let m = /^(e mail|phone|website) (\d+) (label|type|value)$/.exec(h);
  if (m && / - /.test(header)) {
    const field = m[1] === 'e mail' ? 'email' : (m[1] as 'phone' | 'website');
    return t(field, { group: `${field}${m[2]}`, part: m[3] === 'value' ? 'value' : 'label' });
  }
  if (IGNORED.test(h)) return t('ignore');
  // Google: "Address 1 - Street" ... "Address 1 - Label|Type".
  m = /^address (\d+) (.+)$/.exec(h);
  if (m) {
    const part = m[2] === 'label' || m[2] === 'type' ? 'label' : ADDRESS_PART[m[2]!];
    if (part) return t('address', { group: `address${m[1]}`, part });
  }
  // Google legacy: "Organization 1 - Name|Title|Department".
  m = /^organization (\d+) (.+)$/.exec(h);
  if (m) {
    if (m[1] !== '1') return t('custom', { label: header.trim() });
    if (m[2] === 'name') return t('company');
    if (m[2] === 'title') return t('title');
    if (m[2] === 'department') return t('note', { label: 'Department' });
    return t('ignore');
  }
  // Google: "Custom Field 1 - Label/Value", "Event 1", "Relation 1", "IM 1", "External ID 1".
  m = /^(custom field|event|relation|im|external id) (\d+) (label|type|value|service)$/.exec(h);
  if (m) {
    if (m[3] === 'service') return t('ignore');
    return t('custom', { group: `${m[1]!.replace(' ', '')}${m[2]}`, part: m[3] === 'value' ? 'value' : 'label', label: capitalize(m[1]!) });
  }
  // Outlook: "E-mail 2 Address". Thunderbird: "Primary Email", "Secondary Email".
  m = /^e mail (\d+) address$/.exec(h);
  if (m) return t('email');
  // Outlook / Thunderbird addresses: "Business Street 2", "Home Postal Code", "Work ZipCode", "Home Address 2".
  m = /^(business|work|home|other) (.+)$/.exec(h);
  if (m) {
    const part = ADDRESS_PART[m[2]!];
    if (part) return t('address', { group: m[1] === 'work' ? 'business' : m[1], part, label: ADDRESS_KINDS[m[1]!] });
  }
  if (/(phone|fax|pager|mobile|callback|isdn|telex|tty)\b/.test(h) || /^(handy|telefon|telephone|telefono|телефон)/.test(h)) {
    return t('phone', { label: phoneLabel(h) });
  }
  if (/\b(e ?mail|courriel|correo)\b/.test(h)) return t('email');
  if (/\b(web ?page|website|url)\b/.test(h)) return t('website');
  if (h === 'anniversary' || h === 'spouse' || h === 'children' || h === 'hobby' || h === 'gender') return t('custom', { label: header.trim() });
  return null;
}

/** A phone's label from its header: "Business Fax" -> "work fax", "Mobile Phone" -> "mobile". */
export function phoneLabel(normalized: string): string {
  const words: string[] = [];
  if (/(business|work|office|bureau|geschaft|trabajo|рабоч|company main)/.test(normalized)) words.push('work');
  else if (/(home|privat|domicile|casa|домашн)/.test(normalized)) words.push('home');
  else if (/(assistant)/.test(normalized)) words.push('assistant');
  else if (/(car)/.test(normalized)) words.push('car');
  if (/(mobile|cell|handy|portable|movil|celular|мобильн|сотов)/.test(normalized)) words.push('mobile');
  else if (/(fax|факс)/.test(normalized)) words.push('fax');
  else if (/(pager)/.test(normalized)) words.push('pager');
  else if (/(other)/.test(normalized) && words.length === 0) words.push('other');
  else if (/(primary)/.test(normalized) && words.length === 0) words.push('main');
  return words.join(' ');
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
