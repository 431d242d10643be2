import { initialsOf } from '../../shared/domain/text.ts';

/** Eight calm hues; a name always gets the same one, so people are recognisable at a glance. */
const HUES = 8;

function hueIndex(name: string): number {
  let hash = 0;
  for (const char of name) hash = (hash * 31 + char.codePointAt(0)!) >>> 0;
  return hash % HUES;
}

export function Avatar({ name, size = 'small', kind = 'person' }: { name: string; size?: 'small' | 'large'; kind?: 'person' | 'company' }) {
  return (
    <span className={`avatar avatar-${size} avatar-${kind} avatar-hue-${hueIndex(name)}`} aria-hidden="true">
      {initialsOf(name)}
    </span>
  );
}
