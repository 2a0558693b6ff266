import type { Vendor } from '../../src/index.ts';
import { VENDOR_TEXTS } from './vendorTexts.ts';

/**
 * Returns a parameter's hint in a language: the about object's own English,
 * or its Simplified Chinese while the translation still matches that English
 * (a stale or missing translation shows the English, which is current).
 *
 * @param vendor The API's vendor.
 * @param key The about key.
 * @param english The about object's description.
 * @param lang The language.
 *
 * @returns The hint.
 */
export function hintFor(vendor: Vendor, key: string, english: string, lang: 'en' | 'zh-CN'): string {
  if (lang === 'en') return english;
  const hint = VENDOR_TEXTS[vendor].hintsZhCN[key];
  return hint && hint.en === english ? hint.zh : english;
}
