import type en from './en.ts';

export default {
  title: 'Настройки',
  phoneTitle: 'Номера телефонов',
  defaultCountry: 'Страна телефонов по умолчанию',
  defaultCountryHint: 'Номера без + и кода страны считаются номерами этой страны. При выборе другой страны сохранённые номера, которые не существовали в прежней, будут прочитаны заново.',
  saved: 'Настройки сохранены',
  dataTitle: 'Ваши данные',
  dataFolder: 'Папка с данными',
  databaseFile: 'Файл базы данных',
  version: 'Версия Carnet',
  schema: 'Схема базы данных',
  contacts: 'Контакты и компании',
  shortcutsTitle: 'Сочетания клавиш',
  themeTitle: 'Оформление',
  themeBody: 'Carnet следует системе: светлая или тёмная тема.',
  loading: 'Загрузка…',
  languageTitle: 'Язык',
  language: 'Язык интерфейса',
  languageSystem: 'Как в системе ({name})',
  languageHint: 'Даты и числа сохраняют формат вашего региона.',
} satisfies Record<keyof typeof en, string>;
