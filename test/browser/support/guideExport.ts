import { afterAll, beforeAll } from 'vitest';
import { loadGuideBlock } from './guideBlock.ts';

/** Guide export interface: one export of a guide's code block, loaded for the test file. */
export interface GuideExport<Value> {
  /** The export; set once the file's `beforeAll` has run. */
  readonly current: Value;
}

/**
 * Creates a guide export for one test file: registers a `beforeAll` that loads the guide's block (see
 * {@link loadGuideBlock}) and an `afterAll` that removes its written file, so a test renders the documented
 * component itself.
 *
 * @param doc The guide, relative to the repository root.
 * @param marker Text only the wanted block contains, e.g. `'@tanstack/react-form'`.
 * @param name The export's name, e.g. `'ResetForm'`.
 *
 * @returns The export, read through `current`.
 */
export function guideExport<Value>(doc: string, marker: string, name: string): GuideExport<Value> {
  let block: Awaited<ReturnType<typeof loadGuideBlock>> | undefined;
  beforeAll(async () => {
    block = await loadGuideBlock(doc, marker);
  });
  afterAll(() => block?.remove());
  return {
    get current() {
      if (block === undefined) throw new Error(`${doc}: the block with "${marker}" is used before its beforeAll ran.`);
      return block.exports[name] as Value;
    },
  };
}
