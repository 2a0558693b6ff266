import type { Os } from '../../rules/finding.ts';
import { loadChunk } from '../../engine/nodeChunk.ts';
import type { MessageTable } from './types.ts';
import { tableOf } from './tableOf.ts';

/** A language this module loads: the languages of the full tables. */
type Lang = 'en' | 'zh-CN';

/** What a language's chunk exports: its language module's messages by name, `forOs` and the plus-sign hint of its own language. */
interface LanguageChunk {
  readonly [message: string]: unknown;
  readonly forOs: (os: Os, message: string) => string;
  readonly EN_PLUS_HINT: string;
  readonly ZH_CN_PLUS_HINT: string;
}

/** Each language module's chunk, as `scripts/bundle-lib.ts` names it (its list `LAZY_CHUNKS`). */
const CHUNKS: Readonly<Record<Lang, string>> = { en: 'messages-en', 'zh-CN': 'messages-zh-CN' };

const tables: Partial<Record<Lang, MessageTable>> = {};

/** The language's chunk, loaded on the first call (Node keeps it after). */
function chunkOf(lang: Lang): LanguageChunk {
  return loadChunk(CHUNKS[lang]) as LanguageChunk;
}

/** The language's table as `tableOf` builds it, over the module its chunk loaded. */
function tableFor(lang: Lang): MessageTable {
  if (tables[lang] !== undefined) return tables[lang];
  const chunk = chunkOf(lang);
  return (tables[lang] = tableOf(lang, chunk));
}

/** Creates the table a language module exports in the Node bundles: its parts are read from the module on first use. */
function lazyTable(lang: Lang): MessageTable {
  return {
    lang,
    get forOs() {
      return tableFor(lang).forOs;
    },
    get rules() {
      return tableFor(lang).rules;
    },
  };
}

/**
 * The English table as the Node bundles export it: the root entry's `en`, `instance-preflight/messages/en`'s
 * `en` and `validate()`'s are this one object, which loads the English messages on its first message, so
 * a valid payload never loads them (`test/package/lazyChunks.test.ts`).
 */
export const en: MessageTable = lazyTable('en');

/** The Chinese table as the Node bundles export it, loaded as {@link en} is. */
export const zhCN: MessageTable = lazyTable('zh-CN');

/** `validate()`'s tables by language, as `tables.ts` exports them. */
export const TABLES = { en, 'zh-CN': zhCN } as const;

/** The plus-sign hint by language, as `tables.ts` exports it, read from the language's module when first asked. */
export const PLUS_HINTS = {
  get en(): string {
    return chunkOf('en').EN_PLUS_HINT;
  },
  get 'zh-CN'(): string {
    return chunkOf('zh-CN').ZH_CN_PLUS_HINT;
  },
} as const;
