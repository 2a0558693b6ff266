import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { loadApis } from './loadApis.ts';

const dir = mkdtempSync(join(tmpdir(), 'instance-preflight-apis-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const SECRET = 'Load-Apis-Secret-9';

/** An API record's source text, as a module would export it. */
const record = (id: string, extra = ''): string =>
  `{ id: '${id}', vendor: 'acme', action: 'Start', endpoint: 'https://vm.acme.example/start', method: 'POST', wire: 'json', doc: 'https://docs.acme.example', source: 'Acme', formFactory: 'start', payload: { fields: { ServerId: { type: 'string', required: true } }, unknownSeverity: 'error', checks: [] }, about: { fields: {}, vendor: {} }${extra} }`;

const writeModule = (name: string, text: string): string => {
  writeFileSync(join(dir, name), text);
  return `./${name}`;
};

describe('loadApis', () => {
  test('takes every exported record and every record of an exported list, each once, in order', async () => {
    const one = writeModule('one.mjs', `const A = ${record('acme.vm.A')};\nexport { A };\nexport default A;\nexport const LIST = [${record('acme.vm.B')}, 1];\nexport const helper = () => 1;`);
    const loaded = await loadApis([one], dir);
    expect('records' in loaded && loaded.records.map((api) => api.id)).toEqual(['acme.vm.A', 'acme.vm.B']);
  });

  test('a module that cannot be loaded, exports no record or a malformed one is a problem at its entry, quoting no value', async () => {
    const entries = [
      './missing.mjs',
      writeModule('throws.mjs', `throw new Error('${SECRET}');`),
      writeModule('none.mjs', `export const password = '${SECRET}';`),
      writeModule('malformed.mjs', `export const API = ${record('acme.vm.C', `, wire: 'soap', note: '${SECRET}'`)};`),
    ];
    const loaded = await loadApis(entries, dir);
    expect('problems' in loaded && loaded.problems).toEqual([
      { index: 0, message: 'cannot load the module "./missing.mjs" (ERR_MODULE_NOT_FOUND).' },
      { index: 1, message: 'cannot load the module "./throws.mjs" (Error).' },
      { index: 2, message: expect.stringMatching(/^the module "\.\/none\.mjs" exports no API record/) },
      { index: 3, message: 'the export API of "./malformed.mjs" is not a valid API record: wire: Use "json", "query" or "json-or-query" (wire).' },
    ]);
    expect(JSON.stringify(loaded)).not.toContain(SECRET);
  });

  test('an id the package or an earlier module defines is refused', async () => {
    const taken = writeModule('taken.mjs', `export const A = ${record('tencent.cvm.ResetInstance')};`);
    const first = writeModule('first.mjs', `export const A = ${record('acme.vm.D')};`);
    const again = writeModule('again.mjs', `export const A = ${record('acme.vm.D')};`);
    const loaded = await loadApis([taken, first, again], dir);
    expect('problems' in loaded && loaded.problems.map((problem) => [problem.index, problem.message.replace(/^.* which /, '')])).toEqual([
      [0, 'the package defines already: give it an id of its own.'],
      [2, 'apis.1 defines already: give it an id of its own.'],
    ]);
  });
});
