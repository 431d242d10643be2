import { useState } from 'react';
import { birthdayMessages, parseBirthday, formatBirthday } from '../birthday.ts';
import { TextField } from './TextField.tsx';
import { contactStrings as s } from '../strings.ts';

interface BirthdayFieldProps {
  id: string;
  value: string;
  locale: string;
  error?: string | undefined;
  onChange(value: string): void;
}

/**
 * One free-text field for a birthday, read the way people write dates in any of Carnet's languages
 * ("14/03/1985", "March 14", "14 mars", "14 марта"), numeric ones in the locale's order. Below it,
 * how Carnet understood it, or what is wrong.
 */
export function BirthdayField({ id, value, locale, error, onChange }: BirthdayFieldProps) {
  const [touched, setTouched] = useState(false);
  const parsed = parseBirthday(value, locale);
  const understood = parsed.ok && parsed.value ? formatBirthday(parsed.value, locale) : null;
  // While typing, a half-written date is not yet an error: show it once the user leaves the field.
  const message = error ?? (touched && !parsed.ok ? parsed.error : undefined);
  // A date only the other order makes real ("14/03/1985" where the month comes first) is read that
  // way and said so, rather than refused.
  const readAs = parsed.ok ? parsed.readAs : null;
  const hint = readAs ? birthdayMessages.readAs(readAs) : understood && understood !== value.trim() ? s.birthdayUnderstood(understood) : s.birthdayHint;
  return (
    <TextField
      id={id}
      label={s.birthday}
      value={value}
      error={message}
      hint={hint}
      autoComplete="off"
      onChange={(next) => {
        setTouched(false);
        onChange(next);
      }}
      onBlur={() => setTouched(true)}
    />
  );
}
