import packageJson from '../../package.json' with { type: 'json' };

/** Written into every .tandem file as "app": "Tandem <version>". */
export const APP_VERSION: string = packageJson.version;
