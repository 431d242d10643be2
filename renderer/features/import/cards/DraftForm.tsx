import type { CardDraftFields } from '../../../../shared/contract/index.ts';
import { UNSURE_BELOW } from './review-model.ts';
import { cardStrings as s } from './strings.ts';

interface DraftFormProps {
  idPrefix: string;
  draft: CardDraftFields;
  confidence: Record<string, number>;
  onChange(draft: CardDraftFields): void;
}

/** One input; fields OCR was unsure about are marked and say how sure it was. */
function DraftInput({ id, label, value, confidence, onChange, type = 'text' }: { id: string; label: string; value: string; confidence: number | undefined; onChange(value: string): void; type?: string }) {
  const unsure = confidence !== undefined && confidence < UNSURE_BELOW;
  const hintId = `${id}-hint`;
  return (
    <div className={`field${unsure ? ' unsure' : ''}`}>
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      <input id={id} className="input" type={type} value={value} onChange={(event) => onChange(event.target.value)} aria-describedby={unsure ? hintId : undefined} />
      {unsure && (
        <p id={hintId} className="field-hint">
          {s.unsure(Math.round(confidence * 100))}
        </p>
      )}
    </div>
  );
}

/** The editable draft of one card: names, company, title, emails, phones, website, address. */
export function DraftForm({ idPrefix, draft, confidence, onChange }: DraftFormProps) {
  const set = <K extends keyof CardDraftFields>(key: K, value: CardDraftFields[K]) => onChange({ ...draft, [key]: value });
  const listItem = (key: 'emails' | 'phones' | 'websites', index: number, value: string) => {
    const list = [...draft[key]];
    list[index] = { label: list[index]?.label ?? 'work', value };
    set(key, list);
  };
  // Always offer one empty row, so a missed email or phone can be typed in.
  const rows = (key: 'emails' | 'phones' | 'websites') => (draft[key].length ? draft[key] : [{ label: 'work', value: '' }]);
  const address = draft.addresses[0] ?? { label: 'work', street: '', city: '', region: '', postalCode: '', country: '' };
  const setAddress = (part: 'street' | 'city' | 'postalCode' | 'country', value: string) => set('addresses', [{ ...address, [part]: value }, ...draft.addresses.slice(1)]);
  const f = s.fields;
  return (
    <div className="form-grid cards-draft">
      <DraftInput id={`${idPrefix}-first`} label={f.firstName} value={draft.firstName} confidence={confidence.firstName} onChange={(v) => set('firstName', v)} />
      <DraftInput id={`${idPrefix}-last`} label={f.lastName} value={draft.lastName} confidence={confidence.lastName} onChange={(v) => set('lastName', v)} />
      <DraftInput id={`${idPrefix}-company`} label={f.company} value={draft.company} confidence={confidence.company} onChange={(v) => set('company', v)} />
      <DraftInput id={`${idPrefix}-title`} label={f.title} value={draft.title} confidence={confidence.title} onChange={(v) => set('title', v)} />
      {rows('emails').map((item, i) => (
        <DraftInput key={`e${i}`} id={`${idPrefix}-email-${i}`} type="email" label={i ? `${f.email} ${i + 1}` : f.email} value={item.value} confidence={confidence[`emails.${i}`]} onChange={(v) => listItem('emails', i, v)} />
      ))}
      {rows('phones').map((item, i) => (
        <DraftInput key={`p${i}`} id={`${idPrefix}-phone-${i}`} type="tel" label={`${f.phone}${item.label ? ` (${item.label})` : ''}`} value={item.value} confidence={confidence[`phones.${i}`]} onChange={(v) => listItem('phones', i, v)} />
      ))}
      {rows('websites').map((item, i) => (
        <DraftInput key={`w${i}`} id={`${idPrefix}-web-${i}`} label={i ? `${f.website} ${i + 1}` : f.website} value={item.value} confidence={confidence[`websites.${i}`]} onChange={(v) => listItem('websites', i, v)} />
      ))}
      <DraftInput id={`${idPrefix}-street`} label={f.street} value={address.street} confidence={confidence['addresses.0']} onChange={(v) => setAddress('street', v)} />
      <DraftInput id={`${idPrefix}-postal`} label={f.postalCode} value={address.postalCode} confidence={confidence['addresses.0']} onChange={(v) => setAddress('postalCode', v)} />
      <DraftInput id={`${idPrefix}-city`} label={f.city} value={address.city} confidence={confidence['addresses.0']} onChange={(v) => setAddress('city', v)} />
      <DraftInput id={`${idPrefix}-country`} label={f.country} value={address.country} confidence={undefined} onChange={(v) => setAddress('country', v)} />
    </div>
  );
}
