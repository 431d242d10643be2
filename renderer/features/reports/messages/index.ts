import type { Catalogs } from '../../../i18n/translate.ts';
import de from './de.ts';
import en from './en.ts';
import es from './es.ts';
import fr from './fr.ts';
import ru from './ru.ts';

export const reportCatalogs: Catalogs<typeof en> = { en, fr, es, ru, de };
