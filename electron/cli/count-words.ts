/** "1 contact", "3 contacts": an English count for the CLI's own sentences. */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** "3 contacts", "1 company", "2 contacts and 1 company": people and company cards counted apart, never "3 contacts" for both. */
export function peopleAndCompanies(people: number, companies: number): string {
  const parts = [];
  if (people > 0 || companies === 0) parts.push(plural(people, 'contact'));
  if (companies > 0) parts.push(plural(companies, 'company', 'companies'));
  return parts.join(' and ');
}
