import { companyKey } from '../../../../shared/domain/text.ts';

/**
 * companyKey per distinct company name: a customer list names each company many times (20
 * people at one firm), and the key's Unicode folding is a measurable part of a big import.
 */
export class CompanyKeys {
  private readonly keys = new Map<string, string>();

  of(name: string): string {
    let key = this.keys.get(name);
    if (key === undefined) {
      key = companyKey(name);
      if (this.keys.size > 100_000) this.keys.clear();
      this.keys.set(name, key);
    }
    return key;
  }
}
