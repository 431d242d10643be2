import { useEffect, useState } from 'react';
import type { MethodOutput } from '../../../shared/contract/index.ts';
import type { ColumnMapping } from '../../../shared/contract/import.ts';
import { useClient } from '../../app/client-context.ts';
import { errorMessage } from '../../app/error-message.ts';
import { useToasts } from '../../stores/toast-store.ts';
import { importStrings as s } from './strings.ts';

type Saved = MethodOutput<'import.mappings.list'>;

/**
 * Saved column mappings: pick one to apply it, save the current one under a name, or delete the
 * one in use (with Undo, which saves it again).
 */
export function SavedMappings({ mapping, onApply }: { mapping: ColumnMapping; onApply(mapping: ColumnMapping): void }) {
  const client = useClient();
  const [saved, setSaved] = useState<Saved>([]);
  const [applied, setApplied] = useState<Saved[number] | null>(null);
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [deleting, setDeleting] = useState(false);

  const reload = async () => setSaved(await client.call('import.mappings.list', {}));

  useEffect(() => {
    void client.call('import.mappings.list', {}).then(setSaved).catch(() => undefined);
  }, [client]);

  async function save() {
    try {
      const result = await client.call('import.mappings.save', { name, mapping });
      await reload();
      setName('');
      setError(null);
      useToasts.getState().show(s.saved(result.name));
    } catch (failure) {
      setError(errorMessage(failure));
    }
  }

  async function remove(entry: Saved[number]) {
    setDeleting(true);
    try {
      await client.call('import.mappings.delete', { id: entry.id });
    } catch (failure) {
      setError(errorMessage(failure));
      return;
    } finally {
      setDeleting(false);
    }
    setApplied(null);
    setError(null);
    setSaved((list) => list.filter((other) => other.id !== entry.id));
    const toasts = useToasts.getState();
    toasts.show(s.mappingDeleted(entry.name), {
      action: {
        label: s.undoDelete,
        run: async () => {
          try {
            await client.call('import.mappings.save', { name: entry.name, mapping: entry.mapping });
            await reload();
          } catch (failure) {
            toasts.show(errorMessage(failure), { tone: 'error' });
          }
        },
      },
    });
  }

  return (
    <div className="import-saved">
      {saved.length > 0 && (
        <select className="select" aria-label={s.savedMappings} value="" onChange={(event) => {
          const chosen = saved.find((entry) => entry.id === event.target.value);
          if (!chosen) return;
          onApply(chosen.mapping);
          setApplied(chosen);
        }}>
          <option value="">{s.useSaved}</option>
          {saved.map((entry) => (
            <option key={entry.id} value={entry.id}>
              {entry.name}
            </option>
          ))}
        </select>
      )}
      {applied && (
        <span className="small">
          {s.usingMapping(applied.name)}{' '}
          <button type="button" className="button" disabled={deleting} onClick={() => void remove(applied)}>
            {s.deleteMapping(applied.name)}
          </button>
        </span>
      )}
      <input className="input" aria-label={s.saveAs} placeholder={s.saveAs} value={name} onChange={(event) => setName(event.target.value)} />
      <button type="button" className="button" disabled={name.trim() === ''} onClick={() => void save()}>
        {s.save}
      </button>
      {error && <span className="field-error" role="alert">{error}</span>}
    </div>
  );
}
