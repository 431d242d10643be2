import type en from './en.ts';

export default {
  'shortcut.search': 'Поиск',
  'shortcut.newContact': 'Новый контакт',
  'shortcut.moveInList': 'Перемещение по списку',
  'shortcut.firstOrLast': 'Первый или последний контакт',
  'shortcut.open': 'Открыть контакт',
  'shortcut.edit': 'Изменить открытый контакт',
  'shortcut.save': 'Сохранить',
  'shortcut.escape': 'Отменить правку, закрыть контакт, очистить поиск',
  'shortcut.delete': 'Удалить открытый контакт (можно отменить)',
  'shortcut.undo': 'Отменить удаление, пока видно сообщение о нём',
  'shortcut.places': 'Перейти: {places}',
  'shortcut.help': 'Показать эту справку',
  // Russian keyboards print these keys in English.
  'key.home': 'Home',
  'key.end': 'End',
  'key.enter': 'Enter',
  'key.escape': 'Esc',
  'key.delete': 'Delete',
  'error.withDetail': 'Что-то пошло не так: {detail}',
  'error.unknown': 'Что-то пошло не так. Попробуйте ещё раз.',
  'connection.needsToken': 'Этой странице нужен адрес, который Carnet показал при запуске (он заканчивается на #token=…). Откройте этот адрес.',
  'connection.stopped': 'Carnet больше не работает: запустите его снова и перезагрузите страницу.',
  'connection.unexpectedHttp': 'Неожиданный ответ от Carnet (HTTP {status})',
  'connection.unexpectedIpc': 'Неожиданный ответ от ядра Carnet',
} satisfies Record<keyof typeof en, string>;
