import type { Generated } from 'kysely';

/** Kysely's view of the tables created by migrations/. Keep in step with them. */
export interface ContactsTable {
  num: Generated<number>;
  id: string;
  kind: 'person' | 'company';
  first_name: string;
  last_name: string;
  company_name: string;
  display_name: string;
  sort_key: string;
  name_key: string;
  company_id: string | null;
  title: string;
  birthday: string | null;
  notes: string;
  source: string;
  import_batch_id: string | null;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
}

export interface ContactEmailsTable {
  contact_id: string;
  position: number;
  label: string;
  value: string;
  value_key: string;
}

export interface ContactPhonesTable {
  contact_id: string;
  position: number;
  label: string;
  value: string;
  e164: string | null;
}

export interface ContactAddressesTable {
  contact_id: string;
  position: number;
  label: string;
  street: string;
  city: string;
  region: string;
  postal_code: string;
  country: string;
}

export interface ContactWebsitesTable {
  contact_id: string;
  position: number;
  label: string;
  value: string;
}

export interface TagsTable {
  id: string;
  name: string;
  created_at: string;
}

export interface ContactTagsTable {
  contact_id: string;
  tag_id: string;
  position: number;
}

export interface SettingsTable {
  key: string;
  value: string;
}

export interface ImportBatchesTable {
  id: string;
  source: string;
  file_name: string;
  created_at: string;
  undone_at: string | null;
  counts: string;
}

export interface ContactsFtsTable {
  rowid: number;
  names: string;
  company: string;
  emails: string;
  phones: string;
  notes: string;
}

export interface ContactPhotosTable {
  contact_id: string;
  mime: string;
  data: Uint8Array | null;
  url: string | null;
  updated_at: string;
}

/** Added by migration 0003: values a source had that Carnet has no field for (label + value). */
export interface ContactCustomFieldsTable {
  contact_id: string;
  position: number;
  label: string;
  value: string;
}

export interface Database {
  contact_custom_fields: ContactCustomFieldsTable;
  contact_photos: ContactPhotosTable;
  contacts: ContactsTable;
  contact_emails: ContactEmailsTable;
  contact_phones: ContactPhonesTable;
  contact_addresses: ContactAddressesTable;
  contact_websites: ContactWebsitesTable;
  tags: TagsTable;
  contact_tags: ContactTagsTable;
  settings: SettingsTable;
  import_batches: ImportBatchesTable;
  contacts_fts: ContactsFtsTable;
}
