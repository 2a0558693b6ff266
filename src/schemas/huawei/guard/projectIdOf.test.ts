import { describe, expect, it } from 'vitest';
import { projectIdOf } from './projectIdOf.ts';

/** A client shaped as the SDK's at run time: its HcClient with a credential and, optionally, a region. */
const clientWith = (credential: object, region?: string): object => ({ hcClient: { credential, ...(region ? { region: { id: region } } : {}) } });

describe('projectIdOf', () => {
  it("reads the credential's project id", async () => {
    expect(await projectIdOf(clientWith({ projectId: '0123456789abcdef0123456789abcdef' }))).toBe('0123456789abcdef0123456789abcdef');
  });

  it('looks the project up for the region, as the SDK does before it sends, when the credential has none', async () => {
    const calls: (string | undefined)[] = [];
    const credential = {
      projectId: undefined as string | undefined,
      processAuthParams(_hc: unknown, region?: string): Promise<unknown> {
        calls.push(region);
        credential.projectId = 'fedcba9876543210fedcba9876543210';
        return Promise.resolve(credential);
      },
    };
    expect(await projectIdOf(clientWith(credential, 'cn-north-4'))).toBe('fedcba9876543210fedcba9876543210');
    expect(calls).toEqual(['cn-north-4']);
  });

  it('gives none without a project or a region, and passes a failed lookup on', async () => {
    expect(await projectIdOf(clientWith({}))).toBeUndefined();
    expect(await projectIdOf({})).toBeUndefined();
    const failing = { processAuthParams: () => Promise.reject(new Error('IAM unreachable')) };
    await expect(projectIdOf(clientWith(failing, 'cn-north-4'))).rejects.toThrow('IAM unreachable');
  });
});
