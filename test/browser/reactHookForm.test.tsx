// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import type { ReactElement } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { validate } from '../../src/validate.ts';
import { zhCN as fullZhCN } from '../../src/errors/messages/zhCN.ts';
import type { JdcloudRebuildInstanceRequest } from '../../src/schemas/jdcloud/index.ts';
import { guideExport } from './support/guideExport.ts';
import { labelledInput as input } from './support/labelledInput.ts';

/**
 * The browser guide's React Hook Form block itself, loaded from the guide:
 * the form schema through `standardSchemaResolver`; `handleSubmit` hands over
 * the resolver's output, the coerced wire request.
 */
type Rebuild = (request: JdcloudRebuildInstanceRequest) => Promise<void>;
const RebuildForm = guideExport<(props: { rebuild: Rebuild }) => ReactElement>('docs/guides/browser-forms.md', 'react-hook-form', 'RebuildForm');
const errorOf = (label: string): string | undefined => input(label).parentElement?.querySelector('em')?.textContent ?? undefined;

describe('the guide’s React Hook Form block: standardSchemaResolver and the form schema', () => {
  afterEach(cleanup);

  it('shows each field its message and does not submit', async () => {
    const rebuild = vi.fn<Rebuild>(async () => undefined);
    render(<RebuildForm.current rebuild={rebuild} />);
    fireEvent.input(input('密码'), { target: { value: 'abc' } });
    fireEvent.input(input('主机名'), { target: { value: 'web..01' } });
    fireEvent.click(screen.getByRole('button'));
    await waitFor(() => expect(errorOf('主机名')).toBe(fullZhCN.rules['hostname/consecutive']({})));
    expect(errorOf('密码')).toBe(fullZhCN.rules['password/length']({ min: 8, max: 30 }));
    expect(rebuild).not.toHaveBeenCalled();
    expect(document.body.textContent).not.toContain('abc');
  });

  it('submits the resolver’s output: the coerced wire request, which validate() accepts', async () => {
    const rebuild = vi.fn<Rebuild>(async () => undefined);
    render(<RebuildForm.current rebuild={rebuild} />);
    fireEvent.input(input('密钥'), { target: { value: 'deploy_key' } });
    fireEvent.click(screen.getByRole('button'));
    await waitFor(() => expect(rebuild).toHaveBeenCalledTimes(1));
    const sent = rebuild.mock.calls[0]?.[0];
    // The empty password and hostname are absent; the lone key name is a one-element list, as the wire wants.
    expect(sent).toEqual({ regionId: 'cn-north-1', instanceId: 'i-eumm1x2yd6', keyNames: ['deploy_key'] });
    expect(validate('jdcloud.vm.rebuildInstance', sent, { os: 'linux' })).toMatchObject({ ok: true, issues: [] });
    const raw = { regionId: 'cn-north-1', instanceId: 'i-eumm1x2yd6', password: '', hostname: '', keyNames: 'deploy_key' };
    expect(validate('jdcloud.vm.rebuildInstance', raw, { os: 'linux' }).ok).toBe(false);
  });
});
