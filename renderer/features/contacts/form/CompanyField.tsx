import { useEffect, useState } from 'react';
import { useClient } from '../../../app/client-context.ts';
import { TextField } from './TextField.tsx';

/** Pause after typing before asking for company suggestions. */
const SUGGEST_DEBOUNCE_MS = 150;

interface CompanyFieldProps {
  id: string;
  label: string;
  value: string;
  error?: string | undefined;
  onChange(value: string): void;
  /** A company card edits its own name: suggesting other companies would only get in the way. */
  suggest: boolean;
}

/** The company input, with existing companies offered as the user types (a native datalist). */
export function CompanyField({ id, label, value, error, onChange, suggest }: CompanyFieldProps) {
  const client = useClient();
  const [names, setNames] = useState<string[]>([]);

  useEffect(() => {
    if (!suggest) return;
    let current = true;
    const timer = setTimeout(() => {
      client
        .call('companies.suggest', { search: value, limit: 8 })
        .then((found) => current && setNames(found.map((company) => company.name).filter((name) => name !== value)))
        .catch(() => current && setNames([]));
    }, SUGGEST_DEBOUNCE_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [client, value, suggest]);

  return (
    <>
      <TextField id={id} label={label} value={value} error={error} onChange={onChange} autoComplete="off" list={suggest ? `${id}-suggestions` : undefined} />
      {suggest && (
        <datalist id={`${id}-suggestions`}>
          {names.map((name) => (
            <option key={name} value={name} />
          ))}
        </datalist>
      )}
    </>
  );
}
