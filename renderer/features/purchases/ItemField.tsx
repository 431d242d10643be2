import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import type { Product } from '../../../shared/contract/purchases.ts';
import { useClient } from '../../app/client-context.ts';
import { formatMoney } from '../../app/money.ts';
import { purchaseStrings as s } from './strings.ts';

interface ItemFieldProps {
  id: string;
  label: string;
  value: string;
  invalid: boolean;
  describedBy?: string;
  onChange(text: string): void;
  /** A product chosen from the suggestions: the form fills its name and last price. */
  onPick(product: Product): void;
}

/**
 * A line's item: free text with product suggestions (products.suggest) in a listbox under it.
 * Arrow keys move through them and Enter picks one; with none highlighted, Enter is the form's
 * (save), so a fast counter entry never has to dismiss a list first.
 */
export function ItemField({ id, label, value, invalid, describedBy, onChange, onPick }: ItemFieldProps) {
  const client = useClient();
  const listId = useId();
  const [suggestions, setSuggestions] = useState<Product[]>([]);
  const [active, setActive] = useState(-1);
  const [open, setOpen] = useState(false);
  const typed = useRef(false);

  useEffect(() => {
    const prefix = value.trim();
    if (!typed.current || prefix === '') {
      setSuggestions([]);
      return;
    }
    let current = true;
    const timer = setTimeout(() => {
      client
        .call('products.suggest', { prefix, limit: 8 })
        .then((found) => {
          if (!current) return;
          // The item typed in full is no suggestion to make.
          setSuggestions(found.filter((product) => product.name !== value));
          setActive(-1);
        })
        .catch(() => current && setSuggestions([]));
    }, 120);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [client, value]);

  const shown = open && suggestions.length > 0;
  const pick = (product: Product) => {
    typed.current = false;
    setSuggestions([]);
    setOpen(false);
    onPick(product);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (!shown) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      // -1 is the typed text itself: past the last suggestion, back to what was typed.
      setActive((index) => {
        const next = index + step;
        return next < -1 ? suggestions.length - 1 : next >= suggestions.length ? -1 : next;
      });
    } else if (event.key === 'Enter' && active >= 0 && active < suggestions.length) {
      event.preventDefault();
      event.stopPropagation();
      pick(suggestions[active]!);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      setOpen(false);
    }
  };

  return (
    <div className="purchase-item">
      <input
        id={id}
        className="input"
        role="combobox"
        aria-label={label}
        aria-autocomplete="list"
        aria-expanded={shown}
        aria-controls={listId}
        aria-activedescendant={shown && active >= 0 ? `${listId}-${active}` : undefined}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy}
        autoComplete="off"
        value={value}
        onChange={(event) => {
          typed.current = true;
          setOpen(true);
          onChange(event.target.value);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
      />
      <ul id={listId} role="listbox" aria-label={s.suggestions} className="purchase-suggestions" hidden={!shown}>
        {suggestions.map((product, index) => (
          <li
            key={product.id}
            id={`${listId}-${index}`}
            role="option"
            aria-selected={index === active}
            className={index === active ? 'active' : undefined}
            onMouseDown={(event) => {
              event.preventDefault();
              pick(product);
            }}
          >
            <span>{product.name}</span>
            {product.unitPriceMinor !== null && product.currency && <span className="muted small">{s.lastPrice(formatMoney(product.unitPriceMinor, product.currency))}</span>}
          </li>
        ))}
      </ul>
    </div>
  );
}
