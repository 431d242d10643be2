import type { Purchase } from '../../../shared/contract/purchases.ts';
import { minorToDecimal, minorToMajor } from '../../../shared/domain/money.ts';
import { CarnetError } from '../../../shared/errors.ts';
import type { CliCommand } from '../cli-types.ts';
import { resolvePerson } from '../person-argument.ts';
import { terminalJson, tty } from '../terminal-text.ts';

const PAGE = 500;

/**
 * What `purchases list --json` prints for one purchase: the shape the README documents. Amounts
 * twice: as numbers in major units (12.5, what a script sums for a chart) and exactly, in
 * integer minor units (1250, what adds up to the cent).
 */
export function purchaseJson(purchase: Purchase) {
  const major = (minor: number) => minorToMajor(minor, purchase.currency);
  return {
    id: purchase.id,
    contactId: purchase.contactId,
    date: purchase.purchasedOn,
    currency: purchase.currency,
    total: major(purchase.totalMinor),
    totalMinor: purchase.totalMinor,
    reference: purchase.reference,
    paymentStatus: purchase.paymentStatus,
    source: purchase.source,
    note: purchase.note,
    lines: purchase.lines.map((line) => ({
      item: line.item,
      quantity: Number(line.quantity),
      unitPrice: major(line.unitPriceMinor),
      lineTotal: major(line.lineTotalMinor),
      unitPriceMinor: line.unitPriceMinor,
      lineTotalMinor: line.lineTotalMinor,
      productId: line.productId,
    })),
  };
}

export const purchasesListCommand: CliCommand = {
  words: ['purchases', 'list'],
  usage: 'purchases list PERSON [--json]',
  summary: 'Lists the purchases of a person or company (by id, email or name), newest first, with their lines.',
  async run({ args, flags, io, openCore }) {
    if (args.length !== 1) throw new CarnetError('invalid_input', 'Say whose purchases: carnet purchases list PERSON (an id, an email or a name)');
    const core = await openCore();
    const contact = await resolvePerson(core, args[0]!);
    const purchases: Purchase[] = [];
    let cursor: string | null = null;
    do {
      const page: { purchases: Purchase[]; next: string | null } = await core.call('purchases.list', { contactId: contact.id, cursor, limit: PAGE });
      purchases.push(...page.purchases);
      cursor = page.next;
    } while (cursor !== null);
    if (flags.json) {
      io.stdout(terminalJson(purchases.map(purchaseJson)) + '\n');
      return 0;
    }
    if (purchases.length === 0) {
      io.stdout(tty`No purchases for ${contact.displayName}.\n`);
      return 0;
    }
    for (const purchase of purchases) {
      const items = purchase.lines.map((line) => (line.quantityMilli === 1000 ? line.item : `${line.item} x${line.quantity}`)).join(', ');
      const reference = purchase.reference ? tty`  ${purchase.reference}` : '';
      const unpaid = purchase.paymentStatus === 'unpaid' ? '  (unpaid)' : '';
      io.stdout(tty`${purchase.purchasedOn}  ${minorToDecimal(purchase.totalMinor, purchase.currency)} ${purchase.currency}` + reference + unpaid + tty`  ${items}\n`);
    }
    io.stdout(tty`${purchases.length} ${purchases.length === 1 ? 'purchase' : 'purchases'} for ${contact.displayName}.\n`);
    return 0;
  },
};
