import { useEffect, useId, useState, type KeyboardEvent } from 'react';
import type { ContactSummary } from '../../../shared/contract/contacts.ts';
import { MAX_INTERACTION_CONTACTS } from '../../../shared/contract/interactions.ts';
import { useClient } from '../../app/client-context.ts';
import { Icon } from '../../components/Icon.tsx';
import { interactionStrings as s } from './strings.ts';

export interface PickedPerson {
  id: string;
  displayName: string;
}

/** Suggestions shown under the field. */
const SUGGESTIONS = 8;

/**
 * The people an interaction involves: chips with a Remove button each, and a field that suggests
 * contacts and companies from the main search as you type (↓/↑ to choose, Enter to add). Enter
 * with no suggestion open is left to the form (it saves).
 */
export function PeoplePicker({ people, onChange, error }: { people: PickedPerson[]; onChange(people: PickedPerson[]): void; error?: string | undefined }) {
  const client = useClient();
  const inputId = useId();
  const listId = useId();
  const errorId = useId();
  const [text, setText] = useState('');
  const [suggestions, setSuggestions] = useState<ContactSummary[]>([]);
  const [active, setActive] = useState(0);

  useEffect(() => {
    if (text.trim() === '') {
      setSuggestions([]);
      return;
    }
    let current = true;
    const timer = setTimeout(() => {
      client
        .call('contacts.list', { search: text, limit: SUGGESTIONS })
        .then((result) => {
          if (!current) return;
          setSuggestions(result.items.filter((item) => !people.some((person) => person.id === item.id)));
          setActive(0);
        })
        .catch(() => current && setSuggestions([]));
    }, 120);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [client, text, people]);

  const add = (item: ContactSummary) => {
    if (people.length < MAX_INTERACTION_CONTACTS) onChange([...people, { id: item.id, displayName: item.displayName }]);
    setText('');
    setSuggestions([]);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (suggestions.length === 0) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((index) => (index + (event.key === 'ArrowDown' ? 1 : suggestions.length - 1)) % suggestions.length);
    } else if (event.key === 'Enter' && !event.ctrlKey && !event.metaKey) {
      event.preventDefault();
      event.stopPropagation();
      add(suggestions[active]!);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      setSuggestions([]);
    }
  };

  return (
    <div className="field people-picker">
      <span className="field-label" id={`${inputId}-label`}>
        {s.fieldPeople}
      </span>
      <ul className="people-chips" aria-labelledby={`${inputId}-label`}>
        {people.map((person) => (
          <li key={person.id} className="chip">
            <span>{person.displayName}</span>
            <button type="button" className="chip-remove" aria-label={s.removePerson(person.displayName)} title={s.removePerson(person.displayName)} onClick={() => onChange(people.filter((other) => other.id !== person.id))}>
              <Icon name="close" className="icon small" />
            </button>
          </li>
        ))}
      </ul>
      <label htmlFor={inputId} className="visually-hidden">
        {s.addPerson}
      </label>
      <input
        id={inputId}
        className="input"
        role="combobox"
        aria-expanded={suggestions.length > 0}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={suggestions.length > 0 ? `${listId}-${active}` : undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        placeholder={s.addPerson}
        title={s.addPersonHint}
        value={text}
        autoComplete="off"
        onChange={(event) => setText(event.target.value)}
        onKeyDown={onKeyDown}
      />
      {suggestions.length > 0 && (
        <ul id={listId} className="suggestions" role="listbox" aria-label={s.suggestions}>
          {suggestions.map((item, index) => (
            <li
              key={item.id}
              id={`${listId}-${index}`}
              role="option"
              aria-selected={index === active}
              className={index === active ? 'active' : ''}
              onMouseDown={(event) => {
                event.preventDefault(); // keep focus in the field
                add(item);
              }}
            >
              {item.displayName}
              {item.company && <span className="row-secondary"> · {item.company}</span>}
            </li>
          ))}
        </ul>
      )}
      {error && (
        <p id={errorId} className="field-error">
          {error}
        </p>
      )}
    </div>
  );
}
