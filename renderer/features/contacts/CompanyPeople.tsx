import { useEffect, useState } from 'react';
import type { ContactSummary } from '../../../shared/contract/contacts.ts';
import { useClient } from '../../app/client-context.ts';
import { useNavigation } from '../../stores/navigation-store.ts';
import { contactPanelStores } from '../../stores/contact-panel-store.ts';
import { Avatar } from '../../components/Avatar.tsx';
import { contactStrings as s } from './strings.ts';

/** At most this many people are listed under a company card. */
const PEOPLE_LIMIT = 50;

/** The people who work at a company (linked to its card), sorted by name. */
export function CompanyPeople({ companyId, name }: { companyId: string; name: string }) {
  const client = useClient();
  const go = useNavigation((state) => state.go);
  const [people, setPeople] = useState<ContactSummary[]>([]);

  useEffect(() => {
    let current = true;
    client
      .call('contacts.list', { companyId, kind: 'person', limit: PEOPLE_LIMIT })
      .then((result) => current && setPeople(result.items))
      .catch(() => current && setPeople([]));
    return () => {
      current = false;
    };
  }, [client, companyId, name]);

  if (people.length === 0) return null;
  return (
    <section className="company-people" aria-labelledby="company-people-title">
      <h3 id="company-people-title">{s.peopleHere}</h3>
      <ul>
        {people.map((person) => (
          <li key={person.id}>
            <button
              type="button"
              className="person-link"
              onClick={() => {
                contactPanelStores.person.getState().open(person.id);
                go('contacts');
              }}
            >
              <Avatar name={person.displayName} />
              <span className="row-text">
                <span className="row-name">{person.displayName}</span>
                {person.title && <span className="row-secondary">{person.title}</span>}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
