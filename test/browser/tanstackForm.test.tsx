// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import type { ReactElement } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { validate } from '../../src/validate.ts';
import { zhCN as fullZhCN } from '../../src/errors/messages/zhCN.ts';
import type { TencentResetInstanceRequest } from '../../src/schemas/tencent/index.ts';
import { guideExport } from './support/guideExport.ts';
import { labelledInput as input } from './support/labelledInput.ts';

/**
 * The browser guide's TanStack Form block itself, loaded from the guide: the
 * form schema is the form-level validator (no adapter), and the submit
 * handler sends what `v.parse(schema, value)` outputs, the coerced wire request.
 */
type Send = (request: TencentResetInstanceRequest) => Promise<void>;
const ResetForm = guideExport<(props: { instanceId: string; send: Send }) => ReactElement>('docs/guides/browser-forms.md', '@tanstack/react-form', 'ResetForm');
const errorsOf = (label: string): string[] => Array.from(input(label).parentElement?.querySelectorAll('em') ?? [], (em) => em.textContent ?? '');

describe('the guide’s TanStack Form (@tanstack/react-form 1.x) block, the form schema as its validator', () => {
  afterEach(cleanup);

  it('shows each message under its field and clears it when the value is fixed', async () => {
    render(<ResetForm.current instanceId="ins-r8hr2upy" send={async () => undefined} />);
    fireEvent.change(input('主机名'), { target: { value: 'web..01' } });
    await waitFor(() => expect(errorsOf('主机名')).toEqual([fullZhCN.rules['hostname/consecutive']({})]));
    fireEvent.change(input('系统盘'), { target: { value: '60x' } });
    await waitFor(() => expect(errorsOf('系统盘')).toEqual([fullZhCN.rules['parameter/type']({ expected: 'integer' })]));
    fireEvent.change(input('主机名'), { target: { value: 'web-01' } });
    fireEvent.change(input('系统盘'), { target: { value: '60' } });
    await waitFor(() => expect([...errorsOf('主机名'), ...errorsOf('系统盘')]).toEqual([]));
  });

  it('sends the coerced wire request, which validate() accepts; the raw form state it would refuse', async () => {
    const send = vi.fn<Send>(async () => undefined);
    render(<ResetForm.current instanceId="ins-r8hr2upy" send={send} />);
    fireEvent.change(input('系统盘'), { target: { value: '60' } });
    fireEvent.change(input('密码'), { target: { value: 'Qcloud@TestApi123' } });
    fireEvent.click(screen.getByRole('button'));
    await waitFor(() => expect(send).toHaveBeenCalledTimes(1));
    const sent = send.mock.calls[0]?.[0];
    expect(sent).toEqual({ InstanceId: 'ins-r8hr2upy', SystemDisk: { DiskSize: 60 }, LoginSettings: { Password: 'Qcloud@TestApi123' } });
    expect(validate('tencent.cvm.ResetInstance', sent, { os: 'linux' })).toMatchObject({ ok: true, issues: [] });
    const raw = { InstanceId: 'ins-r8hr2upy', HostName: '', SystemDisk: { DiskSize: '60' }, LoginSettings: { Password: 'Qcloud@TestApi123' } };
    expect(validate('tencent.cvm.ResetInstance', raw, { os: 'linux' }).ok).toBe(false);
  });

  it('does not submit an invalid form, and keeps the password out of the page', async () => {
    const send = vi.fn<Send>(async () => undefined);
    render(<ResetForm.current instanceId="ins-r8hr2upy" send={send} />);
    fireEvent.change(input('密码'), { target: { value: 'Ab1!x' } });
    fireEvent.click(screen.getByRole('button'));
    await waitFor(() => expect(errorsOf('密码')).toEqual([fullZhCN.rules['password/length']({ min: 8, max: 30 })]));
    expect(send).not.toHaveBeenCalled();
    expect(document.body.textContent).not.toContain('Ab1!x');
  });
});
