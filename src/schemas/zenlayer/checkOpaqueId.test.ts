import { expect, test } from 'vitest';
import { en } from '../../errors/messages/en.ts';
import { zhCN } from '../../errors/messages/zhCN.ts';
import { formatMessage } from '../../errors/formatMessage.ts';
import { checkOpaqueId } from './checkOpaqueId.ts';

test('only an empty id fails', () => {
  for (const id of ['1', '759357236395203627', 'ubuntu2404_20240712', 'image-xxxxxxxxx', ' ']) expect(checkOpaqueId(id)).toEqual([]);
  const [finding] = checkOpaqueId('');
  expect(finding?.rule).toBe('identifier/format');
  expect(formatMessage(finding!, en)).toBe('Give a non-empty id.');
  expect(formatMessage(finding!, zhCN)).toBe('请提供非空的 ID。');
});
