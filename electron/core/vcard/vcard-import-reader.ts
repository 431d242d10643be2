import { simpleReader } from '../import/reader-types.ts';
import { looksLikeVCard, readVCardFile } from './vcard-reader.ts';

/** vCard files (.vcf, .vcard) in the import registry: any version, any number of cards. */
export const vcardReader = simpleReader({
  format: 'vcard',
  label: 'vCard (.vcf: Apple, Google, Android, Outlook)',
  extensions: ['.vcf', '.vcard'],
  detect(fileName, head) {
    // By content first: a vCard saved as .txt still reads as one; a .vcf that is not one goes to CSV's error.
    if (looksLikeVCard(head)) return 50;
    return /\.(vcf|vcard)$/i.test(fileName) ? 20 : 0;
  },
  read: (bytes, fileName) => readVCardFile(bytes, fileName),
});
