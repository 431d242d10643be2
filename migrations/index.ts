import type { Migration } from './migration.ts';
import { migration0001 } from './0001_init.ts';
import { migration0002 } from './0002_contact_photos.ts';
import { migration0003 } from './0003_import_mappings.ts';
import { migration0004 } from './0004_phone_digit_search.ts';
import { migration0005 } from './0005_trash_indexes.ts';
import { migration0006 } from './0006_interactions_tasks.ts';
import { migration0007 } from './0007_purchases.ts';
import { migration0008 } from './0008_keep_in_touch_due.ts';
import { migration0009 } from './0009_purchase_amount_indexes.ts';
import { migration0010 } from './0010_customer_summary.ts';

/**
 * Every migration, in order. Static imports (no folder scanning) so the list survives bundling
 * into the Electron app and the CLI alike. Append new steps; never edit a released one.
 */
export const migrations: readonly Migration[] = [migration0001, migration0002, migration0003, migration0004, migration0005, migration0006, migration0007, migration0008, migration0009, migration0010];

export const LATEST_SCHEMA_VERSION = migrations.length === 0 ? 0 : migrations[migrations.length - 1]!.version;

export type { Migration } from './migration.ts';
