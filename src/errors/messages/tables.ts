import { EN_PLUS_HINT, en } from './en.ts';
import { ZH_CN_PLUS_HINT, zhCN } from './zhCN.ts';

/**
 * The full message tables by language, as `validate()` reads them. The Node bundles take
 * `nodeTables.ts` in this module's place (`scripts/bundle-lib.ts`), which loads each language on
 * its first message.
 */
export const TABLES = { en, 'zh-CN': zhCN } as const;

/** The hint a form request's message gets where a literal `+` may have turned into a space, by language. */
export const PLUS_HINTS = { en: EN_PLUS_HINT, 'zh-CN': ZH_CN_PLUS_HINT } as const;
