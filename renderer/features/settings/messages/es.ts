import type en from './en.ts';

export default {
  title: 'Ajustes',
  phoneTitle: 'Números de teléfono',
  defaultCountry: 'País predeterminado de los teléfonos',
  defaultCountryHint: 'Los números escritos sin + ni prefijo se leen como números de este país. Elegir otro vuelve a leer también los números guardados que no existían en el anterior.',
  saved: 'Ajustes guardados',
  dataTitle: 'Tus datos',
  dataFolder: 'Carpeta de datos',
  databaseFile: 'Archivo de la base de datos',
  version: 'Versión de Carnet',
  schema: 'Esquema de la base de datos',
  contacts: 'Contactos y empresas',
  shortcutsTitle: 'Atajos de teclado',
  themeTitle: 'Apariencia',
  themeBody: 'Carnet sigue a tu sistema: claro u oscuro.',
  loading: 'Cargando…',
  languageTitle: 'Idioma',
  language: 'Idioma de la interfaz',
  languageSystem: 'El del sistema ({name})',
  languageHint: 'Las fechas y los números mantienen el formato de tu región.',
} satisfies Record<keyof typeof en, string>;
