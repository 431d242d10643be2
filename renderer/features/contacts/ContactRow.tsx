import type { ContactSummary } from '../../../shared/contract/contacts.ts';
import { Avatar } from '../../components/Avatar.tsx';
import { Highlighted } from '../../components/Highlighted.tsx';
import { ContactPhoto } from '../import/cards/ContactPhoto.tsx';
import { contactStrings as s } from './strings.ts';
import { LastContacted } from '../interactions/LastContacted.tsx';
import { interactionStrings } from '../interactions/strings.ts';

/** Tags shown on a row; the rest are on the record. */
const ROW_TAGS = 2;

/**
 * One line of the contact list: avatar, name, where they work, a tag or two. In a list that mixes
 * people and companies (`mixed`), a company without email or phone says it is a company.
 */
export function ContactRow({ contact, query, mixed, byLastContact = false }: { contact: ContactSummary; query: string; mixed: boolean; byLastContact?: boolean }) {
  // Found through an interaction: the words around the match say where, instead of the job title.
  const matched = contact.matchedInteraction;
  const secondary = matched
    ? matched.snippet || matched.subject
    : contact.kind === 'person'
      ? [contact.title, contact.company].filter(Boolean).join(' · ')
      : contact.primaryEmail ?? contact.primaryPhone ?? (mixed ? s.companyRow : '');
  return (
    <>
      {contact.hasPhoto ? <ContactPhoto id={contact.id} fallback={<Avatar name={contact.displayName} kind={contact.kind} />} /> : <Avatar name={contact.displayName} kind={contact.kind} />}
      <span className="row-text">
        <span className="row-name">
          <Highlighted text={contact.displayName} query={query} />
        </span>
        {secondary && (
          <span className="row-secondary" title={matched ? interactionStrings.foundIn(matched.subject) : undefined}>
            {matched && <span className="visually-hidden">{interactionStrings.foundIn(matched.subject)}: </span>}
            <Highlighted text={secondary} query={query} />
          </span>
        )}
      </span>
      {/* "Never contacted" on every row would be noise in a list by name; sorted by last contact it marks the block. */}
      {(contact.lastContactedAt !== null || byLastContact) && <LastContacted at={contact.lastContactedAt} compact />}
      {contact.tags.length > 0 && (
        <span className="row-tags">
          {contact.tags.slice(0, ROW_TAGS).map((tag) => (
            <span key={tag} className="tag">
              {tag}
            </span>
          ))}
        </span>
      )}
    </>
  );
}
