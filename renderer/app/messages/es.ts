import type en from './en.ts';

export default {
  appName: 'Carnet',
  'getStarted.addFirst': 'Añade tu primer contacto',
  'getStarted.importCsv': 'Importar un CSV',
  'getStarted.importCards': 'Importar tarjetas de visita',
  navLabel: 'Principal',
  'places.today': 'Hoy',
  'places.contacts': 'Contactos',
  'places.companies': 'Empresas',
  'places.import': 'Importar',
  'places.backup': 'Copia de seguridad',
  'places.settings': 'Ajustes',
  helpButton: 'Atajos',
  helpTitle: 'Atajos de teclado',
  helpClose: 'Cerrar',
  keysOr: 'o',
  connectionTitle: 'Carnet no puede acceder a tus datos',
  connectionRetry: 'Reintentar',
  loadingApp: 'Abriendo Carnet…',
} satisfies Record<keyof typeof en, string>;
