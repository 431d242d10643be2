import { useEffect, useId, useState } from 'react';
import type { ContactRfm } from '../../../shared/contract/reports.ts';
import { useClient } from '../../app/client-context.ts';
import { reportStrings as s } from './strings.ts';

/**
 * A contact's RFM segment and scores ("Loyal · R4 F5 M3"), explained in one line on hover and on
 * keyboard focus (a tooltip the badge is described by). Nothing for a contact without purchases.
 */
export function RfmBadge({ contactId }: { contactId: string }) {
  const client = useClient();
  const tipId = useId();
  const [rfm, setRfm] = useState<ContactRfm | null>(null);
  const [shown, setShown] = useState(false);

  useEffect(() => {
    let current = true;
    setRfm(null);
    client
      .call('reports.rfmOf', { id: contactId })
      .then((answer) => current && setRfm(answer))
      .catch(() => undefined); // no badge is better than an error over a contact
    return () => {
      current = false;
    };
  }, [client, contactId]);

  if (!rfm) return null;
  const segment = s.segments[rfm.segment];
  const explain = s.rfmExplain(rfm.recency, rfm.frequency, rfm.monetary, segment);
  return (
    <p className="rfm-line">
      <span
        className="rfm-badge"
        tabIndex={0}
        aria-describedby={tipId}
        title={explain}
        onMouseEnter={() => setShown(true)}
        onMouseLeave={() => setShown(false)}
        onFocus={() => setShown(true)}
        onBlur={() => setShown(false)}
      >
        <span>{s.rfmTitle}</span>
        <strong>{segment}</strong>
        <span>{s.rfmScores(rfm.recency, rfm.frequency, rfm.monetary)}</span>
      </span>
      <span id={tipId} role="tooltip" className={shown ? 'rfm-tip' : 'rfm-tip visually-hidden'}>
        {explain}
      </span>
    </p>
  );
}
