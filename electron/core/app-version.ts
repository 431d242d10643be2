import packageJson from '../../package.json' with { type: 'json' };

/** The app version, from package.json (bundled into the Electron build at build time). */
export const APP_VERSION: string = packageJson.version;
