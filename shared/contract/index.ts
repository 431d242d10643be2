import type { z } from 'zod';
import { appContract } from './app.ts';
import { contactsContract } from './contacts.ts';
import { importContract } from './import.ts';
import { backupContract } from './backup.ts';
import { exportContract } from './export.ts';
import { cardsContract } from './cards.ts';
import { trashContract } from './trash.ts';
import { interactionsContract } from './interactions.ts';
import { tasksContract } from './tasks.ts';
import { calendarContract, todayContract } from './today.ts';
import { reportsContract } from './reports.ts';
import { purchasesContract } from './purchases.ts';

/**
 * The one contract between the renderer and the core: every method's name, input schema and output
 * schema. Each area keeps its methods in its own file; add an area by spreading it in here.
 */
export const contract = {
  ...appContract,
  ...contactsContract,
  ...importContract,
  ...backupContract,
  ...exportContract,
  ...cardsContract,
  ...trashContract,
  ...interactionsContract,
  ...tasksContract,
  ...todayContract,
  ...calendarContract,
  ...reportsContract,
  ...purchasesContract,
} as const;

export type Contract = typeof contract;
export type MethodName = keyof Contract;
/** What a caller may send (defaults not yet applied). */
export type MethodInput<M extends MethodName> = z.input<Contract[M]['input']>;
/** What a handler receives, after validation and defaults. */
export type ParsedInput<M extends MethodName> = z.output<Contract[M]['input']>;
export type MethodOutput<M extends MethodName> = z.output<Contract[M]['output']>;

export function isMethodName(name: unknown): name is MethodName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(contract, name);
}

export * from './app.ts';
export * from './contacts.ts';
export * from './import.ts';
export * from './events.ts';
export * from './backup.ts';
export * from './export.ts';
export * from './cards.ts';
export * from './trash.ts';
export * from './interactions.ts';
export * from './tasks.ts';
export * from './today.ts';
export * from './reports.ts';
export * from './purchases.ts';
