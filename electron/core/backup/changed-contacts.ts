import BetterSqlite3 from 'better-sqlite3';

/** Past this many, a restore reports "everything may have changed" (an empty list) instead. */
export const MAX_REPORTED_CHANGES = 1000;

/**
 * The ids of contacts that differ between two databases (added, removed, or saved at a different
 * time), so that screens showing one of them refresh after a restore or its undo. Returns null
 * when there are more than `limit` (or the comparison fails): the caller then says "all".
 */
export function changedContactIds(currentPath: string, otherPath: string, limit = MAX_REPORTED_CHANGES): string[] | null {
  let sqlite: BetterSqlite3.Database | null = null;
  try {
    sqlite = new BetterSqlite3(currentPath, { readonly: true, fileMustExist: true });
    sqlite.prepare('ATTACH DATABASE ? AS other').run(otherPath);
    const rows = sqlite
      .prepare(
        `SELECT a.id AS id FROM main.contacts a LEFT JOIN other.contacts b ON b.id = a.id
           WHERE b.id IS NULL OR a.updated_at IS NOT b.updated_at OR a.deleted_at IS NOT b.deleted_at
         UNION
         SELECT b.id FROM other.contacts b WHERE NOT EXISTS (SELECT 1 FROM main.contacts a WHERE a.id = b.id)
         LIMIT ?`,
      )
      .all(limit + 1) as { id: string }[];
    return rows.length > limit ? null : rows.map((row) => row.id);
  } catch {
    return null; // an older schema without these columns, say: report "all"
  } finally {
    sqlite?.close();
  }
}
