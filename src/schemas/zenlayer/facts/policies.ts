import type { Os } from '../../../rules/finding.ts';

/**
 * ZEC image `osType` values with the OS each is. The DescribeImages page
 * (https://docs.console.zenlayer.com/api-reference/zec/image/describeimages)
 * lists `windows`, `linux`, `bsd`, `android`, `any`; the last three are neither
 * reading for sure, so they map to no OS.
 */
export const ZENLAYER_OS_TYPES: Readonly<Record<string, Os>> = { windows: 'windows', linux: 'linux' };

/** ZEC `imageType` values with the image source they are (the same page). */
export const ZENLAYER_IMAGE_TYPE_SOURCE = { PUBLIC_IMAGE: 'public', CUSTOM_IMAGE: 'custom' } as const;
