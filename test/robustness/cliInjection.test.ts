import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { builtCli, runBuilt } from './support/cliProcess.ts';
import { cliSession } from '../cli/support/cliSession.ts';

/**
 * Issue 13, "output that cannot be injected": a request file's name and keys carry terminal escapes, a lone CR
 * that forges a clean summary, and lines that begin with `::error`, which the GitHub Actions runner executes.
 * No human-readable format may pass a control character through, and no line may begin with `::` except the
 * github format's own workflow commands.
 */

const CONTROLS = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F]/;
const FORGED_NAME = 'evil\u001b[2J\u001b]0;pwned\u0007\r0 problems\n::error file=forged.json::forged\u009b.json';
const FORGED_KEY = '\u001b[2J\r\n::warning file=x::key\u007f';

const session = cliSession(builtCli, 'injection');

beforeAll(() => {
  mkdirSync(join(session.work, 'files'));
  writeFileSync(join(session.work, 'files', FORGED_NAME), JSON.stringify({ InstanceId: 'ins-r8hr2upy', [FORGED_KEY]: 1, HostName: 'a' }));
});

const lintAs = (format: string, args: readonly string[] = ['files']): string => {
  const run = runBuilt(session.cli.bin, ['lint', '--api', 'tencent.cvm.ResetInstance', '-f', format, ...args], { cwd: session.work });
  expect(run.timedOut).toBe(false);
  expect(run.code).toBe(1);
  return run.stdout;
};

describe.each(['pretty', 'parseable', 'junit'])('the %s format', (format) => {
  test('escapes every control character of file names and keys, and no line begins with ::', () => {
    const output = lintAs(format);
    expect(output).toContain('evil');
    expect(output).not.toMatch(CONTROLS);
    for (const line of output.split('\n')) expect(line.startsWith('::'), line).toBe(false);
  });
});

describe('the github format', () => {
  test('strips ESC and every other control; its only lines are its own workflow commands, one per finding', () => {
    const output = lintAs('github');
    expect(output).not.toMatch(CONTROLS);
    const lines = output.trimEnd().split('\n');
    for (const line of lines) expect(line).toMatch(/^::(error|warning|notice) file=files\/evil[^,\n]*,line=\d+,endLine=\d+,col=\d+,endColumn=\d+,title=[a-z-]+\/[a-z-]+::/);
  });
});

describe('echoed input is bounded', () => {
  test('one 9 MB key gives output of a bounded size in every format (18 MB before)', () => {
    for (const [name, key] of [['long', 'K'.repeat(9 * 1024 * 1024)], ['short', 'K']] as const) {
      mkdirSync(join(session.work, name));
      writeFileSync(join(session.work, name, `${name}.json`), JSON.stringify({ InstanceId: 'ins-r8hr2upy', [key]: 1 }));
    }
    // Against the same finding for a one-character key: SARIF's rule metadata grows with the catalog, not the input.
    for (const format of ['pretty', 'json', 'sarif', 'github', 'junit', 'parseable']) {
      expect(lintAs(format, ['long']).length - lintAs(format, ['short']).length, format).toBeLessThan(64 * 1024);
    }
  });
});
