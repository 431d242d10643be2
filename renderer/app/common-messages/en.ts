/**
 * Messages shared across the app (the shortcut list, error sentences, connection failures) in
 * English: the source the other languages are checked against.
 */
export default {
  'shortcut.search': 'Search',
  'shortcut.newContact': 'New contact',
  'shortcut.moveInList': 'Move through the list',
  'shortcut.firstOrLast': 'First or last contact',
  'shortcut.open': 'Open the contact',
  'shortcut.edit': 'Edit the open contact',
  'shortcut.save': 'Save',
  'shortcut.escape': 'Cancel editing, close the contact, clear the search',
  'shortcut.logInteraction': 'Log a call, meeting, email, visit, message or note on the open contact',
  'shortcut.recordPurchase': 'Record a purchase by the open contact',
  'shortcut.delete': 'Delete the open contact (with Undo)',
  'shortcut.undo': 'Undo the delete, while its message shows',
  'shortcut.checkTask': 'Today and task lists: check off the task',
  'shortcut.snoozeTask': 'Today and task lists: snooze the task',
  'shortcut.places': 'Go to {places}',
  'shortcut.help': 'Show this help',
  // Key names as printed on the keyboards of the language's countries.
  'key.home': 'Home',
  'key.end': 'End',
  'key.enter': 'Enter',
  'key.space': 'Space',
  'key.escape': 'Esc',
  'key.delete': 'Delete',
  'key.ctrl': 'Ctrl',
  'error.withDetail': 'Something went wrong: {detail}',
  'error.unknown': 'Something went wrong. Try again.',
  'connection.needsToken': 'This page needs the address Carnet printed when it started (it ends with #token=…). Open that address.',
  'connection.stopped': 'Carnet is not running any more: restart it and reload this page.',
  'connection.unexpectedHttp': 'Unexpected answer from Carnet (HTTP {status})',
  'connection.unexpectedIpc': 'Unexpected answer from the Carnet core',
} as const;
