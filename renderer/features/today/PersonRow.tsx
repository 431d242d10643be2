import type { ReactNode } from 'react';
import { Avatar } from '../../components/Avatar.tsx';
import { openContact } from './open-contact.ts';
import { todayStrings as s } from './strings.ts';

/**
 * One person on Today (a birthday, someone to get in touch with): avatar, name, a line about them,
 * and what follows (when, Log call). Part of the screen's keyboard list: Enter or a click opens them.
 */
export function PersonRow({ contactId, name, detail, when, after }: { contactId: string; name: string; detail: ReactNode; when?: ReactNode; after?: ReactNode }) {
  return (
    <li
      className="today-row"
      tabIndex={0}
      data-list-row=""
      data-contact-id={contactId}
      aria-label={name}
      onKeyDown={(event) => {
        if (event.target === event.currentTarget && event.key === 'Enter') {
          event.preventDefault();
          openContact(contactId);
        }
      }}
    >
      <button type="button" className="person-link" tabIndex={-1} aria-label={s.open(name)} onClick={() => openContact(contactId)}>
        <Avatar name={name} />
        <span className="row-text">
          <span className="row-name">{name}</span>
          <span className="row-secondary">{detail}</span>
        </span>
        {when}
      </button>
      {after}
    </li>
  );
}
