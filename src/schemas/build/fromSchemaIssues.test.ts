import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { en } from '../../errors/messages/en.ts';
import { validate } from '../../validate.ts';
import { TENCENT_RESET_INSTANCE } from '../tencent/api.ts';
import { RESET_INSTANCE } from '../tencent/resetInstance.ts';
import { createSchema } from './createSchema.ts';
import { fromSchemaIssues } from './fromSchemaIssues.ts';

describe('fromSchemaIssues', () => {
  it('gives the same issues as validate(), vendor codes included', () => {
    const payload = { InstanceId: 'ins-1122', HostName: 'web..01', SystemDisk: { DiskSize: '60' }, Extra: true };
    const result = v.safeParse(createSchema(RESET_INSTANCE, { os: 'linux', warnings: true, messages: [en] }), payload);
    const byPath = (a: { path: unknown[] }, b: { path: unknown[] }) => JSON.stringify(a.path).localeCompare(JSON.stringify(b.path));
    expect(fromSchemaIssues(TENCENT_RESET_INSTANCE, result.issues ?? []).sort(byPath)).toEqual(
      validate('tencent.cvm.ResetInstance', payload, { os: 'linux' }).issues.sort(byPath),
    );
  });
});
