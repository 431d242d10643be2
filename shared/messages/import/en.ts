/**
 * What the import readers and pipeline say about a file and its rows (file notes, row warnings,
 * row errors), in English: the source of the other languages and what the CLI prints.
 */
export default {
  // File notes
  'import.note.encoding':
    '{reason, select, bom {Text encoding {encoding} (marked in the file)} utf8 {Text encoding UTF-8} detected {Text encoding {encoding} (detected, no byte order mark)} fallback {Text encoding Windows-1252 (not valid UTF-8: an Excel or Outlook export). Change it if letters look wrong} other {Text encoding {encoding} (your choice)}}',
  'import.note.delimiter': 'Columns separated by {delimiter, select, comma {commas} semicolon {semicolons} tab {tabs} pipe {pipes (|)} other {"{character}"}}',
  'import.note.blankLines': '{count, plural, one {# blank line skipped} other {# blank lines skipped}}',
  'import.note.titleRows': '{count, plural, one {# title row above the header skipped} other {# title rows above the header skipped}}',
  'import.note.carnetExport':
    'Carnet export (version {version}){exportedAt, select, none {} other { made {exportedAt} UTC}}: {people, plural, one {# person} other {# people}}, {companies, plural, one {# company} other {# companies}}{withRelated, select, yes {, {interactions, plural, one {# interaction} other {# interactions}}, {tasks, plural, one {# task} other {# tasks}}} other {}}.',
  'import.note.noHeader': 'No header row found: columns were named by position, check the mapping',
  'import.note.noCards': 'The file holds no BEGIN:VCARD … END:VCARD card.',
  'import.note.noVersion': 'Some cards have no VERSION line; they were read with the vCard 3.0 rules.',
  'import.note.decodedAs': '{bom, select, yes {Decoded as {encoding}.} other {Decoded as {encoding} (no byte-order mark).}}',
  'import.note.cardOcr': '{qr, select, none {Read by OCR} other {Read by OCR and a QR code ({qrFormat})}}{skew, select, none {} other {; straightened by {skew}°}}. Check the fields before importing.',
  'import.note.reviewedCards': '{count, plural, one {# reviewed card.} other {# reviewed cards.}}',
  // Row errors
  'import.error.unclosedQuote': 'A quoted value is never closed (a " is missing); this line was skipped',
  'import.error.unnamed': 'No name, company, email or phone in this row',
  'import.error.invalidField':
    '{field, select, firstName {First name} lastName {Last name} company {Company} title {Job title} emails {Email} phones {Phone} addresses {Address} websites {Website} birthday {Birthday} tags {Tags} notes {Notes} none {Row} other {{field}}}: {detail}',
  'import.error.strayLines': '{range, select, single {Line {first} is} other {Lines {first}-{last} are}} not inside BEGIN:VCARD … END:VCARD (starts with "{text}"); skipped.',
  'import.error.endWithoutBegin': 'Line {line}: END:VCARD without a BEGIN:VCARD; skipped.',
  'import.error.noEnd': 'The card that starts on line {line} has no END:VCARD (the file ends on line {lastLine}); it was not imported.',
  // Row warnings
  'import.warning.extraCells': '{count, plural, one {# cell beyond the last column ignored: {cells}} other {# cells beyond the last column ignored: {cells}}}',
  'import.warning.notEmail': '"{value}" is not an email address: kept in the notes',
  'import.warning.notPhone': '"{value}" is not a phone number: kept in the notes',
  'import.warning.birthdayNotReal': 'Birthday "{value}" is not a real date: kept in the notes',
  'import.warning.birthdayAmbiguous': 'Birthday "{value}" could be day/month or month/day: choose the date order',
  'import.warning.birthdayUnknown': 'Birthday "{value}" is not a date Carnet understands: kept in the notes',
  'import.warning.birthdayPartsNotReal': 'Birthday {value} is not a real date: left empty',
  'import.warning.vcardNotEmail': 'Line {line}: "{value}" is not an email address; skipped.',
  'import.warning.vcardPhoneNoDigits': 'Line {line}: phone "{value}" has no digits; skipped.',
  'import.warning.vcardBirthday': 'Line {line}: birthday "{value}" is not a date Carnet understands; skipped.',
  'import.warning.vcardPhoto': '{what, select, logo {Line {line} ({name}): the logo {reason}; logo skipped.} other {Line {line} ({name}): the photo {reason}; photo skipped.}}',
  'import.warning.vcardNotProperty': 'Line {line}: "{text}" is not a vCard property; ignored.',
  'import.warning.cardUnsure': 'Unsure about: {fields}',
  'import.warning.draftPhoto': '{fileName}: the photo {reason}; photo skipped.',
  // Why an image or photo cannot be used: said inside other sentences ("the photo {reason}").
  'image.cannotRead': 'cannot be read ({detail})',
  'image.headerCut': 'cannot be read (its {format} header is cut short or damaged)',
  'image.notImage': 'is not a JPEG, PNG, GIF, WebP or BMP image',
  'image.unknownFormat': 'is in {format} format, which Carnet does not show (JPEG, PNG, GIF, WebP and BMP only)',
  'image.noPixels': 'has no pixels ({width} × {height})',
  'image.tooManyPixels': 'is {width} × {height} pixels ({megapixels} MP), more than the {cap} MP Carnet reads',
  'image.notBase64Uri': 'is a data: URI that is not valid base64',
  'image.notBase64': 'is not valid base64',
  'image.photoTooBig': 'is {size}, more than the {cap} Carnet keeps for a photo',
} as const;
