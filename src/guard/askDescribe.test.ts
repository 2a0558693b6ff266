import { describe, expect, it } from 'vitest';
import { askDescribe } from './askDescribe.ts';
import type { DescribeFailure } from './types.ts';

const pick = (response: { readonly result?: { readonly instance?: { readonly id: string } } }) => response.result?.instance;

describe('askDescribe', () => {
  it('returns the resource the response holds and records nothing', async () => {
    const failures: DescribeFailure[] = [];
    await expect(askDescribe('describeInstance', async () => ({ result: { instance: { id: 'i-1' } } }), pick, failures)).resolves.toEqual({ id: 'i-1' });
    expect(failures).toEqual([]);
  });

  it('records an answer without the resource, or no object at all, as not found', async () => {
    const failures: DescribeFailure[] = [];
    await expect(askDescribe('describeInstance', async () => ({ result: {} }), pick, failures)).resolves.toBeUndefined();
    await expect(askDescribe('describeInstance', async () => null as unknown as object, pick, failures)).resolves.toBeUndefined();
    expect(failures).toEqual([
      { action: 'describeInstance', reason: 'not-found' },
      { action: 'describeInstance', reason: 'not-found' },
    ]);
  });

  it('records a rejection with the vendor code it carries, and without one when it carries none', async () => {
    const failures: DescribeFailure[] = [];
    const coded = Object.assign(new Error('denied'), { code: 'InvalidParameter' });
    await expect(askDescribe('describeImage', () => Promise.reject(coded), pick, failures)).resolves.toBeUndefined();
    await expect(askDescribe('describeImage', () => Promise.reject(new Error('socket hang up')), pick, failures)).resolves.toBeUndefined();
    expect(failures).toEqual([
      { action: 'describeImage', reason: 'error', code: 'InvalidParameter' },
      { action: 'describeImage', reason: 'error' },
    ]);
  });
});
