import type en from './en.ts';

export default {
  appName: 'Carnet',
  'getStarted.addFirst': 'Добавить первый контакт',
  'getStarted.importCsv': 'Импортировать CSV',
  'getStarted.importCards': 'Импортировать визитки',
  navLabel: 'Главное',
  'places.today': 'Сегодня',
  'places.contacts': 'Контакты',
  'places.companies': 'Компании',
  'places.import': 'Импорт',
  'places.backup': 'Резервные копии',
  'places.settings': 'Настройки',
  helpButton: 'Сочетания клавиш',
  helpTitle: 'Сочетания клавиш',
  helpClose: 'Закрыть',
  keysOr: 'или',
  connectionTitle: 'Carnet не может получить доступ к вашим данным',
  connectionRetry: 'Повторить',
  loadingApp: 'Открываем Carnet…',
} satisfies Record<keyof typeof en, string>;
