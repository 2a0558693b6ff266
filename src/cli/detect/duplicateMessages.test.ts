import { describe, expect, test } from 'vitest';
import { en } from '../../errors/messages/en.ts';
import { zhCN } from '../../errors/messages/zhCN.ts';
import { duplicateMessages } from './duplicateMessages.ts';

const range = { line: 4, column: 3, endLine: 4, endColumn: 13 };

describe('duplicateMessages', () => {
  test('a repeated parameter name is a parameter/duplicate error at the second key, with its pointer', () => {
    expect(duplicateMessages([{ path: [1, 'LoginSettings', 'Password'], range }], en)).toEqual([
      {
        ruleId: 'parameter/duplicate',
        severity: 'error',
        message: 'Remove this repeated key: the object already has a key of this name, and servers differ in which value they keep.',
        ...range,
        pointer: '/1/LoginSettings/Password',
        vendorCode: null,
      },
    ]);
  });

  test('a key that is no parameter name is never shown: the pointer stops at its object', () => {
    const [message] = duplicateMessages([{ path: ['LoginSettings', 'Qc@ld&Secret', 'x'], range }], en);
    expect(message?.pointer).toBe('/LoginSettings');
    expect(message?.message).toContain('its name is not shown');
    expect(JSON.stringify(message)).not.toContain('Secret');
    const [chinese] = duplicateMessages([{ path: ['Qc@ld&Secret'], range }], zhCN);
    expect(chinese).toMatchObject({ pointer: '', message: expect.stringContaining('键名未显示') });
  });

  test('no duplicates, no messages', () => {
    expect(duplicateMessages([], en)).toEqual([]);
  });
});
