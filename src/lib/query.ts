/**
 * Query preparation for full-text search (pure; runs in the browser).
 * Old and new product names find the same pages; pasted noise (timestamps, addresses) is dropped.
 */
export const SYNONYMS: readonly (readonly string[])[] = [
  ['XDR', 'SecureX', 'Threat Response', 'CTR'],
  ['Secure Email', 'ESA', 'CES', 'Email Security Appliance'],
  ['Firepower', 'Secure Firewall', 'FMC', 'FTD'],
];

/** Every name, old and new, under which users look for a product's pages (the XDR names apply to both). */
export function productTerms(product: 'secure-email' | 'firepower'): string[] {
  const [xdr, email, firewall] = SYNONYMS;
  return [...xdr!, ...(product === 'secure-email' ? email! : firewall!)];
}

/** The canonical name of a synonym group, which every page of that product carries in its keywords. */
export function canonicalTerms(query: string): string {
  let text = ` ${query.toLowerCase()} `;
  for (const group of SYNONYMS) {
    const [canonical, ...others] = group.map((name) => name.toLowerCase());
    for (const name of others) text = text.replace(new RegExp(`(?<![\\w-])${name}(?![\\w-])`, 'g'), canonical!);
  }
  return text.trim().replace(/\s+/g, ' ');
}

/** Removes what never matches an indexed word: timestamps, IP addresses, process ids, prompts. */
export function stripNoise(query: string): string {
  return query
    .replace(/(?:^|\s)[\w.-]+@[\w.-]+:\S*[#$](?=\s|$)/g, ' ')
    .replace(/\d{4}-\d{2}-\d{2}[T ][\d:.,]+(?:Z|[+-]\d{2}:?\d{2})?/g, ' ')
    .replace(/\b\d{1,2}:\d{2}:\d{2}(?:\.\d+)?\b/g, ' ')
    .replace(/\b(?:\d{1,3}\.){3}\d{1,3}(?::\d+)?\b/g, ' ')
    .replace(/\[\d+\]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export const prepareQuery = (query: string): string => canonicalTerms(stripNoise(query));
