import { CarnetError } from '../../../shared/errors.ts';
import { coreMessage } from '../../../shared/messages/core-text.ts';
import { newId } from '../clock.ts';
import { IdleStore } from './idle-store.ts';
import type { ParsedSource } from './import-record.ts';
import type { ImportReader, OpenedSource } from './reader-types.ts';
import type { ImportKind } from '../../../shared/contract/import.ts';
import type { SalesSource } from './sales/sales-source.ts';

export interface ImportSession {
  id: string;
  fileName: string;
  /** Kept so the user can re-read the file with another encoding or delimiter without sending it again. */
  bytes: Uint8Array;
  reader: ImportReader;
  source: OpenedSource;
  /** How the file is read (contacts, or sales: orders with their lines), and what its columns suggest. */
  kind: ImportKind;
  detectedKind: ImportKind;
  /** The file read as sales, when `kind` is 'purchases'. */
  sales: SalesSource | null;
  /** The records and failed rows of the last preview or commit: the "failed rows" download. */
  last: { parsed: ParsedSource; errors: { line: number; message: string }[] } | null;
}

/** Analyzed files live this long without use; two at most: a big CSV read into rows takes hundreds of MB or more. */
const IDLE_MS = 30 * 60_000;
const MAX_SESSIONS = 2;

/** Files the wizard is working on, kept in memory between analyze, preview and commit. */
export class ImportSessions {
  private readonly sessions = new IdleStore<ImportSession>({ idleMs: IDLE_MS, max: MAX_SESSIONS });

  create(fileName: string, bytes: Uint8Array, reader: ImportReader, source: OpenedSource): ImportSession {
    const session: ImportSession = { id: newId(), fileName, bytes, reader, source, kind: 'contacts', detectedKind: 'contacts', sales: null, last: null };
    this.sessions.add(session.id, session);
    return session;
  }

  get(id: string): ImportSession {
    const session = this.sessions.get(id);
    if (!session) throw new CarnetError('not_found', coreMessage('error.importSessionGone'));
    return session;
  }

  discard(id: string): boolean {
    return this.sessions.delete(id);
  }
}
