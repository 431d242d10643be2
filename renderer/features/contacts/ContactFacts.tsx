import type { ReactNode } from 'react';
import type { Contact } from '../../../shared/contract/contacts.ts';
import { formatPostalAddress } from '../../../shared/domain/postal-address.ts';
import { userLocale } from '../../app/locale.ts';
import { useDefaultCountry } from '../../stores/settings-store.ts';
import { formatBirthday } from './birthday.ts';
import { contactStrings as s, labelText } from './strings.ts';

/** A website as typed ("example.com") becomes a link only when it parses as http(s). */
function websiteHref(value: string): string | null {
  try {
    const url = new URL(/^[a-z][a-z0-9+.-]*:/i.test(value) ? value : `https://${value}`);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="fact">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** The record's facts as a definition list; sections without a value are not drawn at all. */
export function ContactFacts({ contact }: { contact: Contact }) {
  const locale = userLocale();
  // Addresses without a country (or with one Carnet cannot name) follow the default phone country's layout.
  const defaultCountry = useDefaultCountry();
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });
  return (
    <>
      <dl className="facts">
        {contact.emails.map((email, index) => (
          <Fact key={`e${index}`} label={email.label ? `${s.sectionEmail} · ${labelText(email.label)}` : s.sectionEmail}>
            <a href={`mailto:${email.value}`}>{email.value}</a>
          </Fact>
        ))}
        {contact.phones.map((phone, index) => (
          <Fact key={`p${index}`} label={phone.label ? `${s.sectionPhone} · ${labelText(phone.label)}` : s.sectionPhone}>
            <a href={`tel:${phone.e164 ?? phone.value}`}>{phone.value}</a>
          </Fact>
        ))}
        {contact.addresses.map((address, index) => (
          <Fact key={`a${index}`} label={address.label ? `${s.sectionAddress} · ${labelText(address.label)}` : s.sectionAddress}>
            <address>
              {formatPostalAddress(address, { defaultCountry }).map((line, i) => (
                <span key={i} className="address-line">
                  {line}
                </span>
              ))}
            </address>
          </Fact>
        ))}
        {contact.websites.map((website, index) => {
          const href = websiteHref(website.value);
          return (
            <Fact key={`w${index}`} label={s.sectionWebsite}>
              {href ? (
                <a href={href} target="_blank" rel="noreferrer noopener">
                  {website.value}
                </a>
              ) : (
                website.value
              )}
            </Fact>
          );
        })}
        {contact.birthday && <Fact label={s.sectionBirthday}>{formatBirthday(contact.birthday, locale)}</Fact>}
        {contact.tags.length > 0 && (
          <Fact label={s.sectionTags}>
            <span className="tag-list">
              {contact.tags.map((tag) => (
                <span key={tag} className="tag">
                  {tag}
                </span>
              ))}
            </span>
          </Fact>
        )}
        {contact.notes && (
          <Fact label={s.sectionNotes}>
            <p className="notes">{contact.notes}</p>
          </Fact>
        )}
        {contact.customFields.map((field, i) => (
          <Fact key={`custom-${i}`} label={field.label}>
            <span className="custom-field">{field.value}</span>
          </Fact>
        ))}
      </dl>
      <p className="detail-dates muted">
        {s.created(date.format(new Date(contact.createdAt)))}
        {contact.updatedAt !== contact.createdAt && ` · ${s.updated(date.format(new Date(contact.updatedAt)))}`}
      </p>
    </>
  );
}
