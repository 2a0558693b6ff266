import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { en } from '../../src/errors/messages/en.ts';
import { validate } from '../../src/validate.ts';
import { TENCENT_RESET_INSTANCE } from '../../src/schemas/tencent/api.ts';
import { RESET_INSTANCE } from '../../src/schemas/tencent/resetInstance.ts';
import { createSchema } from '../../src/engine/createSchema.ts';
import { fromSchemaIssues } from '../../src/engine/fromSchemaIssues.ts';

describe('fromSchemaIssues', () => {
  it('gives the same issues as validate(), vendor codes included', () => {
    const payload = { InstanceId: 'ins-1122', HostName: 'web..01', SystemDisk: { DiskSize: '60' }, Extra: true };
    const result = v.safeParse(createSchema(RESET_INSTANCE, { os: 'linux', warnings: true, messages: [en] }), payload);
    const byPath = (a: { path: unknown[] }, b: { path: unknown[] }) => JSON.stringify(a.path).localeCompare(JSON.stringify(b.path));
    expect(fromSchemaIssues(TENCENT_RESET_INSTANCE, result.issues ?? []).sort(byPath)).toEqual(
      validate('tencent.cvm.ResetInstance', payload, { os: 'linux' }).issues.sort(byPath),
    );
  });

  it('keeps the vendor code of an error for one OS of two, and drops it from other warnings, as validate() does', () => {
    const payload = { InstanceId: 'ins-r8hr2upy', HostName: 'web.example', UserData: 'IyEvYmluL2Jhc2gKZWNobyAnMTIzJw' };
    const result = v.safeParse(createSchema(RESET_INSTANCE, { warnings: true, messages: [en] }), payload);
    const issues = fromSchemaIssues(TENCENT_RESET_INSTANCE, result.issues ?? []);
    expect(issues).toEqual(validate('tencent.cvm.ResetInstance', payload).issues);
    expect(issues.map((issue) => [issue.rule, issue.severity, issue.vendor?.code])).toEqual([
      ['hostname/dot', 'warning', 'InvalidParameter.HostNameIllegal'],
      ['userdata/padding', 'warning', undefined],
    ]);
  });
});
