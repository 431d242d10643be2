import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeImage } from '../../electron/core/cards/image-pixels.ts';
import { findQrCode } from '../../electron/core/cards/qr-decode.ts';
import { contactFromQrText } from '../../electron/core/cards/qr-payload.ts';
import { parseBizcard, parseMecard } from '../../electron/core/vcard/mecard.ts';

const dir = path.resolve(import.meta.dirname, '../../../shared/corpora/zxing-qr-contacts');
const present = fs.existsSync(dir);
if (!present) console.warn(`QR corpus tests skipped: ${dir} is absent (it sits beside the repo in CI).`);
const images = present ? fs.readdirSync(dir).filter((f) => f.endsWith('.png')).sort() : [];

describe.skipIf(!present)('zxing QR images with contact payloads', () => {
  it('has the 15 images', () => expect(images).toHaveLength(15));

  it.each(images)('%s decodes to exactly its .txt', (image) => {
    const expected = fs.readFileSync(path.join(dir, image.replace(/\.png$/, '.txt')), 'utf8');
    const found = findQrCode(decodeImage(fs.readFileSync(path.join(dir, image)), image));
    expect(found?.text).toBe(expected);
    expect(found!.box.right).toBeGreaterThan(found!.box.left);
    // Every payload in the set is a contact Carnet understands.
    expect(contactFromQrText(expected)).not.toBeNull();
  });

  it('turns the three payload kinds into contacts', () => {
    const text = (name: string) => fs.readFileSync(path.join(dir, name), 'utf8');
    expect(contactFromQrText(text('qrcode-2_11.txt'))).toMatchObject({
      format: 'vcard',
      fields: { firstName: 'Steve', lastName: 'Kennedy', company: 'NetTek Ltd', title: 'Consultant', birthday: '1961-11-05', notes: 'Testing 1 2 3', websites: [{ value: 'www.nettek.co.uk' }], phones: [{ value: '+44 (0)7775 755503' }] },
    });
    // `EMAIL;IM:MSN:steve@gbnet.net`: the address inside a prefixed value is still found.
    expect(contactFromQrText(text('qrcode-2_11.txt'))!.fields.emails?.map((e) => e.value)).toEqual(['steve@nettek.co.uk', 'steve@gbnet.net']);
    expect(contactFromQrText(text('qrcode-3_26.txt'))).toMatchObject({ format: 'mecard', fields: { firstName: 'Sean', lastName: 'Owen', phones: [{ value: '+12125658770' }], emails: [{ value: 'srowen@google.com' }] } });
    expect(contactFromQrText(text('qrcode-3_10.txt'))).toMatchObject({ format: 'mecard', fields: { lastName: 'Google 411', firstName: '' } });
    expect(contactFromQrText(text('qrcode-2_30.txt'))!.fields.firstName).toBe('測試');
    expect(contactFromQrText(text('qrcode-2_7.txt'))).toMatchObject({ format: 'bizcard', fields: { firstName: 'Todd', lastName: 'Ogasawara', title: 'Tech Geek', company: 'MobileViews.com', emails: [{ value: 'editor@mobileviews.com' }] } });
  });
});

describe('MECARD and BIZCARD parsing', () => {
  it('honours escapes, Last,First names, structured addresses and birthdays', () => {
    expect(parseMecard('MECARD:N:Doe,John;ORG:Smith\\; Sons\\, Ltd;TEL:+15550100;ADR:,,1 Main St,Springfield,IL,62701,USA;BDAY:19800921;NOTE:a\\:b;;')).toMatchObject({
      firstName: 'John',
      lastName: 'Doe',
      company: 'Smith; Sons, Ltd',
      phones: [{ value: '+15550100' }],
      addresses: [{ street: '1 Main St', city: 'Springfield', region: 'IL', postalCode: '62701', country: 'USA' }],
      birthday: '1980-09-21',
      notes: 'a:b',
    });
  });

  it('skips what is not an email or a phone, and rejects other texts', () => {
    expect(parseMecard('MECARD:N:Ann;EMAIL:not-mail;TEL:none;;')).toMatchObject({ firstName: 'Ann', emails: [], phones: [] });
    expect(parseMecard('WIFI:S:home;T:WPA;P:secret;;')).toBeNull();
    expect(parseBizcard('BIZCARD:N:Ann;X:Lee;M:+33 6 12 34 56 78;F:+33 1 00 00 00 00;;')).toMatchObject({
      firstName: 'Ann',
      lastName: 'Lee',
      phones: [{ label: 'mobile', value: '+33 6 12 34 56 78' }, { label: 'fax', value: '+33 1 00 00 00 00' }],
    });
    expect(contactFromQrText('https://example.com/ann')).toMatchObject({ format: 'url', fields: { websites: [{ value: 'https://example.com/ann' }] } });
    expect(contactFromQrText('Hello world')).toBeNull();
  });
});
