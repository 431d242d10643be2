import type { Product } from '../../../shared/contract/purchases.ts';
import { formatMoney } from '../../app/money.ts';
import { Icon } from '../../components/Icon.tsx';
import { isEmptyLine, type LineDraft, type LineErrors } from './form-model.ts';
import { ItemField } from './ItemField.tsx';
import { purchaseStrings as s } from './strings.ts';

interface LinesEditorProps {
  idPrefix: string;
  lines: LineDraft[];
  currency: string;
  lineTotals: (number | null)[];
  errors: Record<number, LineErrors> | undefined;
  onChange(index: number, patch: Partial<Omit<LineDraft, 'key'>>): void;
  onPick(index: number, product: Product): void;
  onRemove(index: number): void;
}

/**
 * The purchase's lines as a grid of inputs, Tab going item -> quantity -> price -> next line. The
 * last line is always the empty one (the form model keeps it there); it has no remove button.
 */
export function LinesEditor({ idPrefix, lines, currency, lineTotals, errors, onChange, onPick, onRemove }: LinesEditorProps) {
  return (
    <div className="purchase-lines" role="group" aria-label={s.linesTitle}>
      <div className="purchase-line purchase-line-head" aria-hidden="true">
        <span>{s.columnItem}</span>
        <span>{s.columnQuantity}</span>
        <span>{s.columnUnitPrice}</span>
        <span className="amount">{s.columnLineTotal}</span>
        <span />
      </div>
      {lines.map((line, index) => {
        const number = index + 1;
        const problems = errors?.[index];
        const errorId = problems ? `${idPrefix}-line-${index}-error` : undefined;
        const total = lineTotals[index];
        const last = index === lines.length - 1 && isEmptyLine(line);
        return (
          <div key={line.key} className="purchase-line">
            <ItemField
              id={`${idPrefix}-item-${index}`}
              label={s.fieldItem(number)}
              value={line.item}
              invalid={Boolean(problems?.item)}
              describedBy={errorId}
              onChange={(item) => onChange(index, { item })}
              onPick={(product) => onPick(index, product)}
            />
            <input
              className="input"
              aria-label={s.fieldQuantity(number)}
              inputMode="decimal"
              autoComplete="off"
              placeholder={last ? '' : '1'}
              value={line.quantity}
              aria-invalid={problems?.quantity ? true : undefined}
              aria-describedby={errorId}
              onChange={(event) => onChange(index, { quantity: event.target.value })}
            />
            <input
              className="input"
              aria-label={s.fieldUnitPrice(number)}
              inputMode="decimal"
              autoComplete="off"
              value={line.unitPrice}
              aria-invalid={problems?.unitPrice ? true : undefined}
              aria-describedby={errorId}
              onChange={(event) => onChange(index, { unitPrice: event.target.value })}
            />
            <output className="amount" aria-label={s.lineTotal(number)} aria-live="off">
              {total === null || total === undefined ? '' : formatMoney(total, currency)}
            </output>
            {last ? (
              <span />
            ) : (
              // Out of the Tab order: Tab goes item -> quantity -> price -> next item, as a counter types.
              <button type="button" tabIndex={-1} className="button ghost icon-only" aria-label={s.removeLine(number)} title={s.removeLine(number)} onClick={() => onRemove(index)}>
                <Icon name="close" />
              </button>
            )}
            {problems && (
              <p id={errorId} className="field-error purchase-line-error">
                {[problems.item, problems.quantity, problems.unitPrice].filter(Boolean).join(' ')}
              </p>
            )}
          </div>
        );
      })}
    </div>
  );
}
