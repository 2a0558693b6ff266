import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const built = existsSync(new URL('../../dist/index.js', import.meta.url));

describe('the package', () => {
  it('is importable by its own name after install (npm install builds dist/)', () => {
    expect(built, 'dist/ is missing: `npm install` runs the prepare script that builds it').toBe(true);
    const script = [
      "const { validate, apis } = await import('instance-preflight');",
      "const tencent = await import('instance-preflight/tencent');",
      "const define = await import('instance-preflight/define');",
      "const report = validate('tencent.cvm.ResetInstance', { InstanceId: 'ins-r8hr2upy' });",
      "console.log(JSON.stringify({ ok: report.ok, apis: apis.length, schema: typeof tencent.resetInstance, define: typeof define.createValidator }));",
    ].join('\n');
    const output = execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
    expect(JSON.parse(output)).toMatchObject({ ok: true, schema: 'function', define: 'function' });
  });
});
