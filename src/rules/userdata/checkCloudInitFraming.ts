import type { Finding } from '../finding.ts';

/**
 * The first lines by which Cloud-Init recognizes a user-data format
 * (<https://cloudinit.readthedocs.io/en/latest/explanation/format.html>): a script (`#!`), cloud-config, an
 * include list, a boothook, a part handler, a cloud-config archive, a Jinja template, or a MIME multi-part
 * message (its `Content-Type:` header).
 */
export const CLOUD_INIT_MARKERS = [
  '#!',
  '#cloud-config',
  '#include',
  '#cloud-boothook',
  '#part-handler',
  '#cloud-config-archive',
  '## template: jinja',
  'Content-Type:',
] as const;

/** Whether a text starts with a Cloud-Init marker. */
function isMarked(text: string | undefined): boolean {
  return text !== undefined && CLOUD_INIT_MARKERS.some((marker) => text.startsWith(marker));
}

/** gzip's magic bytes: Cloud-Init decompresses gzip user data before it looks for a marker. */
const GZIP = '\x1f\x8b';

/**
 * Checks that decoded Linux user data starts with a Cloud-Init format marker. Cloud-Init ignores what it does
 * not recognize, so every finding is a warning; gzip content is accepted unread (its markers are inside).
 *
 * @param text The decoded user data, as text or as a binary (latin1) string.
 *
 * @returns At most one `userdata/framing` warning (os `linux`; reason `bom`, `blank-line` or `missing`), `[]`
 * when the first line is a marker.
 */
export function checkCloudInitFraming(text: string): Finding[] {
  if (text.startsWith(GZIP) || isMarked(text)) return [];
  const expected = [...CLOUD_INIT_MARKERS];
  // Only the head is read: a marker hidden behind a BOM or leading blank space sits within its first bytes.
  const head = text.slice(0, 256);
  const bom = head.startsWith('\uFEFF') ? head.slice(1) : head.startsWith('\xEF\xBB\xBF') ? head.slice(3) : undefined;
  const trimmed = head.trimStart();
  const reason = isMarked(bom) ? 'bom' : trimmed !== head && isMarked(trimmed) ? 'blank-line' : 'missing';
  return [{ rule: 'userdata/framing', severity: 'warning', params: { os: 'linux', reason, expected } }];
}
