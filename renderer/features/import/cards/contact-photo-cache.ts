import type { ContactPhotoView } from '../../../../shared/contract/index.ts';
import type { CarnetClient } from '../../../transport/client.ts';

/**
 * Photos already fetched, by contact id (null = the contact has none), so list rows scrolling back
 * into view do not ask the core again. A `contacts.changed` event for an id forgets it.
 */
const cache = new Map<string, Promise<ContactPhotoView | null>>();

export function photoOf(client: CarnetClient, id: string): Promise<ContactPhotoView | null> {
  let entry = cache.get(id);
  if (!entry) {
    entry = client.call('contacts.photo', { id }).then((result) => result.photo, () => null);
    cache.set(id, entry);
    // Bounded: a long scroll through 100k contacts must not keep every photo in memory.
    if (cache.size > 500) cache.delete(cache.keys().next().value!);
  }
  return entry;
}

export function forgetPhotos(ids: string[]): void {
  for (const id of ids) cache.delete(id);
}
