/** "3 contacts", "1 company", "2 contacts and 1 company": people and company cards counted apart, never "3 contacts" for both. */
export function peopleAndCompanies(people: number, companies: number): string {
  const parts = [];
  if (people > 0 || companies === 0) parts.push(`${people} contact${people === 1 ? '' : 's'}`);
  if (companies > 0) parts.push(`${companies} ${companies === 1 ? 'company' : 'companies'}`);
  return parts.join(' and ');
}
