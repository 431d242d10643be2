/**
 * What a backup check says about a file (the verification result, or why a backup cannot be
 * used) and the progress labels of long jobs, in English: the source of the other languages and
 * what the CLI prints.
 */
export default {
  'backup.intact':
    'The backup is intact: {contacts, plural, one {# contact} other {# contacts}}, {companies, plural, one {# company} other {# companies}}, {interactions, plural, one {# interaction} other {# interactions}}, {tasks, plural, one {# task} other {# tasks}}, made {createdAt} UTC by Carnet {appVersion}.{restorable, select, no { It was made by a newer version of Carnet (schema {schema}); update Carnet to restore it.} other {}}{authenticated, select, no { Manifest not authenticated: this encrypted backup is in format 1 (made by an older Carnet), so its date, version and kind are not protected against changes; its data is checked.} other {}}',
  'backup.isFolder': '{path} is a folder. Choose a backup file inside it.',
  'backup.cannotRead': 'Cannot read the backup {path}: {reason, select, missing {it does not exist} permission {permission denied} other {{detail}}}.',
  'backup.cannotReadFile': 'Cannot read {fileName}: {detail}',
  'backup.empty': '{fileName} is empty: the backup was never written (the copy was interrupted).',
  'backup.bareSqlite': '{fileName} is a bare SQLite database, not a Carnet backup file. Only files made by "Back up now" or `carnet backup create` can be verified and restored.',
  'backup.notBackup': '{fileName} is not a Carnet backup file (it does not start with the Carnet backup header).',
  'backup.incomplete': '{fileName} is incomplete: it ends before the end marker ({bytes} bytes). The copy was interrupted (a pulled USB stick, a full disk, a killed process) or the file was cut short.',
  'backup.manifestLength': '{fileName} is damaged: its manifest length is wrong.',
  'backup.manifestChecksum': '{fileName} is damaged: its manifest does not match its checksum.',
  'backup.manifestUnreadable': '{fileName} is damaged: its manifest is not readable.',
  'backup.formatTooNew': '{fileName} was made by a newer version of Carnet (backup format {format}). Update Carnet to read it.',
  'backup.manifestMalformed': '{fileName} is damaged: its manifest is incomplete or malformed{where, select, none {} other { ({where})}}.',
  'backup.payloadSize': '{fileName} is damaged: it holds {bytes} bytes of data where its manifest says {expected}.',
  'backup.needsPassphrase': '{fileName} is encrypted. Enter the passphrase it was made with.',
  'backup.keyRefused': '{fileName} was not opened: {reason}. The file is damaged or was altered.',
  'backup.encryptionUnreadable': '{fileName} is damaged: its encryption settings are unreadable.',
  'backup.wrongPassphrase': 'The passphrase is wrong for {fileName}. Check it and try again (passphrases are case-sensitive).',
  'backup.manifestAltered': '{fileName} is damaged or was altered: its manifest (dates, versions, kind, counts, checksums) does not match its authentication code, so it was changed after the backup was made.',
  'backup.endedWhileReading': '{fileName} ended while it was being read.',
  'backup.checksum': '{fileName} is damaged: its contents do not match their SHA-256 checksum (bytes were changed or lost on the disk). Use another backup.',
  'backup.decryptFailed': '{fileName} is damaged: it passed its checksum but failed to decrypt (the encryption tag does not match).',
  'backup.databaseUnopenable': '{fileName} is damaged: the database inside cannot be opened ({detail}).',
  'backup.databaseUnreadable': '{fileName} is damaged: the database inside is not readable ({detail}).',
  'backup.integrity': "{fileName} is damaged: SQLite's integrity check failed ({detail}).",
  'backup.schemaMismatch': '{fileName} is damaged: the database inside has schema {schema}, its manifest says {expected}.',
  'backup.countMismatch': '{fileName} is damaged: it holds {count} contacts where its manifest says {expected}.',
  'backup.notCarnetDatabase': '{fileName} does not hold a Carnet database of schema {schema}: {differences}.',
  // Progress labels
  'progress.backingUp': 'Backing up',
  'progress.checkingBackup': 'Checking the backup',
  'progress.checkingDatabase': 'Checking the database',
  'progress.restoring': 'Restoring',
  'progress.importing': 'Importing {fileName}',
  'progress.readingCard': 'Reading {fileName}',
  'progress.restoringContacts': 'Restoring contacts',
  'progress.exporting': 'Exporting',
  'progress.emptyingTrash': 'Emptying the trash',
} as const;
