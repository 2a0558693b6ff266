/**
 * Tells whether text is an absolute `http:` or `https:` URL: the only schemes a rule's doc link may have
 * (a `javascript:` or `mailto:` base would land in every SARIF `helpUri`, and some bases cannot resolve a
 * relative path at all).
 *
 * @param text The candidate base URL.
 *
 * @returns Whether it parses as an http or https URL.
 */
export function isHttpUrl(text: string): boolean {
  if (!URL.canParse(text)) return false;
  const { protocol } = new URL(text);
  return protocol === 'http:' || protocol === 'https:';
}
