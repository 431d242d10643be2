import { useEffect, useState, type ReactNode } from 'react';
import type { ContactPhotoView } from '../../../../shared/contract/index.ts';
import { useClient } from '../../../app/client-context.ts';
import { forgetPhotos, photoOf } from './contact-photo-cache.ts';
import { cardStrings as s } from './strings.ts';
import './cards.css';

/**
 * A contact's photo (from a vCard or a card scan) where the app shows an avatar; the `fallback`
 * (the initials avatar) when there is none. A photo kept as a URL is never loaded: the detail view
 * shows the link as text instead, so no request leaves the computer.
 */
export function ContactPhoto({ id, size = 'small', fallback }: { id: string; size?: 'small' | 'large'; fallback: ReactNode }) {
  const client = useClient();
  const [photo, setPhoto] = useState<ContactPhotoView | null>(null);
  const [version, setVersion] = useState(0);
  const [broken, setBroken] = useState(false);

  useEffect(
    () =>
      client.onEvent((event) => {
        // An empty id list means any contact may have changed (a restore, a big import).
        if (event.type === 'contacts.changed' && (event.ids.length === 0 || event.ids.includes(id))) {
          forgetPhotos([id]);
          setVersion((v) => v + 1);
        }
      }),
    [client, id],
  );

  useEffect(() => {
    let live = true;
    setPhoto(null);
    setBroken(false);
    void photoOf(client, id).then((found) => live && setPhoto(found));
    return () => {
      live = false;
    };
  }, [client, id, version]);

  // A photo the browser cannot decode (a damaged vCard PHOTO) falls back to the initials.
  if (photo?.kind === 'data' && !broken) return <img className={`avatar avatar-${size} avatar-photo`} src={photo.dataUrl} alt="" data-testid="contact-photo" onError={() => setBroken(true)} />;
  if (photo?.kind === 'url' && size === 'large') {
    return (
      <span className="contact-photo-with-link">
        {fallback}
        <span className="contact-photo-link" title={photo.url}>
          {s.photoLink}
        </span>
      </span>
    );
  }
  return <>{fallback}</>;
}
