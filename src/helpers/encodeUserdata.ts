import type { Issue, Lang } from '../errors/issue.ts';
import type { Finding } from '../rules/finding.ts';
import type { HelperTarget } from './types.ts';
import { TABLES } from '../errors/messages/tables.ts';
import { toIssue } from '../errors/toIssue.ts';
import { findApi } from '../apis.ts';
import { checkBase64 } from '../rules/base64/index.ts';
import { checkFraming, checkTextSize } from '../rules/userdata/index.ts';
import { vendorCodeFor } from '../engine/spec/vendorCodeFor.ts';
import { profileOf } from './profiles.ts';
import { checkTarget } from './checkTarget.ts';
import { expectArgument } from './expectArgument.ts';
import { utf8ToBase64 } from './userdataText.ts';

/** How to frame a script that is not framed yet. */
export type UserdataFrame = 'bash' | 'python' | 'cmd' | 'powershell';

/** Encode userdata options interface. */
export interface EncodeUserdataOptions {
  /** Frame the script this way unless it already is framed so: a shebang line, or wrapping tags. */
  readonly frame?: UserdataFrame;
  /** The message language of the issues (default `en`). */
  readonly lang?: Lang;
}

/** Encoded userdata interface: the value to send and what the vendor would say about it. */
export interface EncodedUserdata {
  /** Whether no issue is an error. */
  readonly ok: boolean;
  /** The value for the user data parameter: Base64 (JD, Tencent) or the text itself (Zenlayer: opaque text). */
  readonly value: string;
  /** How `value` is encoded. */
  readonly encoding: 'base64' | 'text';
  /** The framing and size issues, at the wire path of the user data value. */
  readonly issues: readonly Issue[];
}

const FRAMES: Readonly<Record<UserdataFrame, (script: string) => string>> = {
  bash: (script) => (script.startsWith('#!') ? script : `#!/bin/bash\n${script}`),
  python: (script) => (script.startsWith('#!') ? script : `#!/usr/bin/env python\n${script}`),
  cmd: (script) => wrap(script, '<cmd>', '</cmd>'),
  powershell: (script) => wrap(script, '<powershell>', '</powershell>'),
};

function wrap(script: string, open: string, close: string): string {
  const trimmed = script.trim();
  return trimmed.startsWith(open) && trimmed.endsWith(close) ? script : `${open}\n${script}\n${close}`;
}

/**
 * Encodes a user data script for an API: frames it when asked (a shebang
 * line, or `<cmd>`/`<powershell>` tags, only where it is not framed yet),
 * checks the vendor's framing (JD), encodes UTF-8 Base64 (JD, Tencent; Zenlayer
 * takes opaque text and gets it as is) and checks the size against the vendor
 * cap (JD 16384 bytes before encoding, Tencent 16384 characters after,
 * Zenlayer a warning above 16384 bytes).
 *
 * @example
 * ```ts
 * import { encodeUserdata } from 'instance-preflight';
 *
 * const { ok, value } = encodeUserdata('Write-Output hi', { api: 'jdcloud.vm.rebuildInstance', os: 'windows' }, { frame: 'powershell' });
 * ```
 *
 * @param script The script text.
 * @param target The API and the target image's OS.
 * @param options The frame to add and the message language.
 *
 * @returns The value and its issues.
 *
 * @throws {TypeError} When `script` is not a string, `target.api` is not a known API id or has no user data
 * parameter, `target.os` is not `'linux'`, `'windows'` or absent, or `options.frame` / `options.lang` is not one
 * of its values.
 */
export function encodeUserdata(script: string, target: HelperTarget, options: EncodeUserdataOptions = {}): EncodedUserdata {
  expectArgument(typeof script === 'string', 'script', 'a string', script);
  const { api: id, os } = checkTarget(target);
  expectArgument(typeof options === 'object' && options !== null, 'options', 'an object { frame?, lang? }', options);
  const { frame, lang } = options;
  expectArgument(frame === undefined || (typeof frame === 'string' && Object.hasOwn(FRAMES, frame)), 'options.frame', `one of ${Object.keys(FRAMES).join(', ')} or undefined`, frame);
  expectArgument(lang === undefined || lang === 'en' || lang === 'zh-CN', 'options.lang', "'en', 'zh-CN' or undefined", lang);
  const profile = profileOf(id).userdata;
  const api = findApi(id);
  if (!profile || !api) throw new TypeError(`target.api "${id}" has no user data parameter.`);
  const text = frame ? FRAMES[frame](script) : script;
  const findings: Finding[] = profile.framing ? checkFraming(profile.framing, os, text) : [];
  let value = text;
  if (profile.base64) {
    value = utf8ToBase64(text);
    findings.push(...checkBase64(profile.base64, value));
  } else if (profile.textWarnBytes !== undefined) {
    findings.push(...checkTextSize(profile.textWarnBytes, text));
  }
  const table = TABLES[lang ?? 'en'];
  const issues = findings.map((finding) => toIssue(finding, profile.path, table, vendorCodeFor(api.about, finding.rule, profile.path)));
  return { ok: issues.every((issue) => issue.severity !== 'error'), value, encoding: profile.base64 ? 'base64' : 'text', issues };
}
