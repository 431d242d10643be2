import { describe, expect, it } from 'vitest';
import { targetForHeader } from '../../../electron/core/import/csv/header-synonyms.ts';
import { suggestMapping } from '../../../electron/core/import/csv/mapping.ts';
import { detectPreset, presetById } from '../../../electron/core/import/csv/presets.ts';

describe('targetForHeader', () => {
  it.each([
    ['Prénom', 'firstName'], ['Nom', 'lastName'], ['Société', 'company'], ['Téléphone', 'phone'], ['Courriel', 'email'],
    ['Vorname', 'firstName'], ['Nachname', 'lastName'], ['Firma', 'company'], ['Straße', 'address'], ['Geburtstag', 'birthday'],
    ['Nombre', 'firstName'], ['Apellidos', 'lastName'], ['Empresa', 'company'], ['Correo electrónico', 'email'], ['Móvil', 'phone'],
    ['Имя', 'firstName'], ['Фамилия', 'lastName'], ['Компания', 'company'], ['Телефон', 'phone'], ['Эл. почта', 'email'], ['Отчество', 'middleName'],
    ['first_name', 'firstName'], ['E-mail Address', 'email'], ['Job Title', 'title'], ['Categories', 'tags'], ['Web Page', 'website'],
    ['Phonetic First Name', 'ignore'], ['E-mail Type', 'ignore'], ['Photo', 'photoUrl'],
  ])('%s -> %s', (header, field) => {
    expect(targetForHeader(header)?.field).toBe(field);
  });

  it('groups Google label/value pairs and Outlook address parts', () => {
    expect(targetForHeader('E-mail 2 - Value')).toEqual({ field: 'email', group: 'email2', part: 'value' });
    expect(targetForHeader('Phone 1 - Type')).toEqual({ field: 'phone', group: 'phone1', part: 'label' });
    expect(targetForHeader('Address 1 - Postal Code')).toEqual({ field: 'address', group: 'address1', part: 'postalCode' });
    expect(targetForHeader('Business Country/Region')).toEqual({ field: 'address', group: 'business', part: 'country', label: 'work' });
    expect(targetForHeader('Home Street 2')).toEqual({ field: 'address', group: 'home', part: 'street2', label: 'home' });
  });

  it('labels phones from their header', () => {
    expect(targetForHeader('Mobile Phone')).toEqual({ field: 'phone', label: 'mobile' });
    expect(targetForHeader('Business Fax')).toEqual({ field: 'phone', label: 'work fax' });
    expect(targetForHeader('Government ID Number')).toBeNull();
  });
});

describe('suggestMapping', () => {
  it('reads German "Name" next to "Vorname" as the family name', () => {
    const mapping = suggestMapping(['Vorname', 'Name'], presetById('generic')!, [], true);
    expect(mapping).toEqual({ Vorname: { field: 'firstName' }, Name: { field: 'lastName' } });
  });

  it('keeps unknown columns as custom fields, and reads a headerless file by content', () => {
    expect(suggestMapping(['Shoe size'], presetById('generic')!, [], true)).toEqual({ 'Shoe size': { field: 'custom', label: 'Shoe size' } });
    const headerless = suggestMapping(['Column 1', 'Column 2'], presetById('generic')!, [['Ann'], ['ann@example.com']], false);
    expect(headerless['Column 2']).toEqual({ field: 'email' });
  });

  it('"Title" beside "Job Title" is the name prefix', () => {
    const mapping = suggestMapping(['Title', 'Job Title'], presetById('generic')!, [], true);
    expect(mapping.Title).toEqual({ field: 'note', label: 'Name prefix' });
  });
});

describe('detectPreset', () => {
  const context = { encoding: 'utf-8', delimiter: ',' };
  it('recognises exporters from their header, not column positions', () => {
    expect(detectPreset(['First Name', 'Last Name', 'Labels', 'E-mail 1 - Value'], context).id).toBe('google');
    expect(detectPreset(['Name', 'Given Name', 'Family Name', 'Group Membership'], context).id).toBe('google-legacy');
    expect(detectPreset(['Title', 'First Name', 'E-mail Address', 'Business Street', 'Categories'], context).id).toBe('outlook');
    expect(detectPreset(['First Name', 'E-mail Address', 'Given Yomi'], context).id).toBe('outlook-com');
    expect(detectPreset(['First Name', 'Primary Email', 'Display Name'], context).id).toBe('thunderbird');
    expect(detectPreset(['Nom', 'Prénom'], { encoding: 'windows-1252', delimiter: ';' }).id).toBe('spreadsheet');
    expect(detectPreset(['Name', 'Email'], context).id).toBe('generic');
  });
});
