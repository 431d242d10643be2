import type { ColumnMapping } from '../../../shared/contract/import.ts';
import { columnMappingSchema } from '../../../shared/contract/import.ts';
import { CarnetError } from '../../../shared/errors.ts';
import { newId, nowIso } from '../clock.ts';
import type { Db } from '../db/schema.ts';

export interface SavedMapping {
  id: string;
  name: string;
  mapping: ColumnMapping;
  createdAt: string;
}

export async function listMappings(db: Db): Promise<SavedMapping[]> {
  const rows = await db.selectFrom('import_mappings').selectAll().orderBy('name').execute();
  return rows.flatMap((row) => {
    const parsed = columnMappingSchema.safeParse(safeJson(row.mapping));
    // A row that no longer parses (an older format) is left out rather than breaking the list.
    return parsed.success ? [{ id: row.id, name: row.name, mapping: parsed.data, createdAt: row.created_at }] : [];
  });
}

/** Saves a mapping under a name; the same name (any case) replaces the earlier one. */
export async function saveMapping(db: Db, name: string, mapping: ColumnMapping): Promise<SavedMapping> {
  const existing = await db.selectFrom('import_mappings').select('id').where('name', '=', name).executeTakeFirst();
  const saved: SavedMapping = { id: existing?.id ?? newId(), name, mapping, createdAt: nowIso() };
  if (existing) await db.updateTable('import_mappings').set({ name, mapping: JSON.stringify(mapping), created_at: saved.createdAt }).where('id', '=', existing.id).execute();
  else await db.insertInto('import_mappings').values({ id: saved.id, name, mapping: JSON.stringify(mapping), created_at: saved.createdAt }).execute();
  return saved;
}

export async function deleteMapping(db: Db, id: string): Promise<boolean> {
  const result = await db.deleteFrom('import_mappings').where('id', '=', id).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

/** Reads a mapping file for `carnet import --mapping FILE`: a saved mapping object or a bare column map. */
export function parseMappingFile(text: string, fileName: string): ColumnMapping {
  const json = safeJson(text);
  const candidate = json && typeof json === 'object' && 'mapping' in json ? (json as { mapping: unknown }).mapping : json;
  const parsed = columnMappingSchema.safeParse(candidate);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new CarnetError('invalid_input', `${fileName} is not a column mapping${issue ? ` (${issue.path.join('.')}: ${issue.message})` : ''}. Expected {"Column header": {"field": "email"}, ...}`);
  }
  return parsed.data;
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
