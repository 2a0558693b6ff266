import { describe, expect, test } from 'vitest';
import type { LintRun } from '../types.ts';
import { HOSTILE_RUN } from '../../../test/cli/support/hostileRun.ts';
import { SAMPLE_RUN } from '../../../test/cli/support/sampleRun.ts';
import { ANNOTATIONS_PER_LEVEL, escapeData, escapeProperty, github } from './github.ts';

describe('github', () => {
  test('escapes %, CR and LF in data, and also : and , in properties', () => {
    expect(escapeData('100%\r\nnext')).toBe('100%25%0D%0Anext');
    expect(escapeProperty('a:b,c%')).toBe('a%3Ab%2Cc%25');
  });

  test('writes one workflow command per finding with level, position and rule title', () => {
    const lines = github(SAMPLE_RUN).trim().split('\n');
    expect(lines).toEqual([
      '::error file=payloads/a b%2Cc%3Ad%25.json,line=3,endLine=3,col=5,endColumn=24,title=password/length::Use 12-30 characters for the password.',
      '::warning file=payloads/a b%2Cc%3Ad%25.json,line=4,endLine=4,col=3,endColumn=20,title=hostname/dot::Line one,%0Aline two: 100%25 <sure> & "quoted"',
      '::notice file=payloads/a b%2Cc%3Ad%25.json,line=5,endLine=5,col=3,endColumn=9,title=metadata/ignored-key::Remove the trailing "-".',
    ]);
  });

  test('adds a summary line once a level passes the annotation limit', () => {
    const [result] = SAMPLE_RUN.results;
    const first = result?.messages[0];
    if (!result || !first) throw new Error('sample run changed');
    const many: LintRun = { ...SAMPLE_RUN, results: [{ ...result, messages: Array.from({ length: ANNOTATIONS_PER_LEVEL + 2 }, () => first) }] };
    const lines = github(many).trim().split('\n');
    expect(lines).toHaveLength(ANNOTATIONS_PER_LEVEL + 3);
    expect(lines.at(-1)).toMatch(/^instance-preflight: 12 errors.*2 error finding\(s\) are in this log only/);
    expect(github(SAMPLE_RUN)).not.toContain('instance-preflight:');
  });
  test('strips ESC and every other control, and writes no line of its own that begins with :: but its commands', () => {
    const text = github(HOSTILE_RUN);
    expect(text).not.toMatch(/[\u0000-\u0009\u000B-\u001F\u007F-\u009F]/);
    const lines = text.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^::error file=\\x3A%3Aerror file=x.json%3A%3Aforged\\x1B\[2J.json,line=1,/);
    expect(lines[0]).toContain('%0A\\x3A:error::forged');
  });
});
