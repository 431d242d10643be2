import { createContext, useContext } from 'react';
import type { CarnetClient } from '../transport/client.ts';

/** The typed client every screen talks through; the transport behind it is never visible here. */
export const ClientContext = createContext<CarnetClient | null>(null);

export function useClient(): CarnetClient {
  const client = useContext(ClientContext);
  if (!client) throw new Error('useClient() needs a <ClientContext.Provider> above it');
  return client;
}
