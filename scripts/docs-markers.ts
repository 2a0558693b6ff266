/** Generated-region marker pair for one region name. */
const markers = (name: string): readonly [string, string] => [`<!-- generated:${name}:start -->`, `<!-- generated:${name}:end -->`];

/**
 * Wraps generated text in its region markers, so a later run can find and replace it.
 *
 * @param name The region name, e.g. `header`.
 * @param body The generated Markdown.
 *
 * @returns The marked region.
 */
export function region(name: string, body: string): string {
  const [start, end] = markers(name);
  return `${start}\n<!-- Do not edit: \`npm run docs:rules\` / \`npm run docs:apis\` rewrite this region. -->\n\n${body.trim()}\n\n${end}`;
}

/**
 * Replaces one generated region of a page, keeping the hand-written text around it.
 *
 * @param page The page text.
 * @param name The region name.
 * @param body The new generated Markdown.
 *
 * @returns The page with the region replaced, or `undefined` when the page lacks that region.
 */
export function replaceRegion(page: string, name: string, body: string): string | undefined {
  const [start, end] = markers(name);
  const from = page.indexOf(start);
  const to = page.indexOf(end, from);
  if (from < 0 || to < 0) return undefined;
  return page.slice(0, from) + region(name, body) + page.slice(to + end.length);
}
