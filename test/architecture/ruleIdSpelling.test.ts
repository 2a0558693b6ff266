import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { RULE_IDENTITIES, type RuleId } from '../../src/rules/ruleId.ts';
import { ROOT, sourceFiles } from './support/files.ts';

/**
 * A rule's identity is declared once (RULE_IDENTITIES in src/rules/ruleId.ts); its id string is spelled only
 * where the rule is: the identity record, the message tables, the rule functions that emit it, the engine's
 * structural findings and the vendor folders that report it. Anywhere else, code reads it from one of
 * those. Comments and tests are not scanned: a doc example or an expected report names ids on purpose.
 */
const IDS = new Set<string>(Object.keys(RULE_IDENTITIES));

/** Where an id may be spelled: a file or folder prefix of src/, and which ids (all, when absent). */
interface Allowed {
  readonly prefix: string | RegExp;
  readonly ids?: (id: RuleId) => boolean;
  /** Why the literal belongs there. */
  readonly why: string;
}

const ALLOWED: readonly Allowed[] = [
  { prefix: 'src/rules/', why: 'the identity record (ruleId.ts) and the rule functions that emit each id' },
  { prefix: 'src/errors/messages/', why: 'the message tables, keyed by rule id' },
  { prefix: /^src\/schemas\/[^/]+\//, why: 'the vendor folders: their checks, about texts and message tables' },
  {
    prefix: 'src/engine/structuralFindings.ts',
    ids: (id) => id.startsWith('parameter/'),
    why: "the engine's structural findings (type, required, unknown, enum, count, flattening)",
  },
  {
    prefix: 'src/cli/',
    ids: (id) => id.startsWith('lint/') || id === 'parameter/parse' || id === 'parameter/duplicate',
    // No payload spec can see these: they are faults of the files and request text the lint command reads,
    // so the CLI is the rule function that emits them.
    why: 'the lint command: faults of the files and request text it reads',
  },
];

/** Whether one allowance covers an id spelled in a file. */
const covers = ({ prefix, ids }: Allowed, file: string, id: RuleId): boolean =>
  (typeof prefix === 'string' ? file.startsWith(prefix) : prefix.test(file)) && (ids?.(id) ?? true);

/** The rule ids a file spells as string literals (types included), with their lines. */
function spelledIds(file: string): { readonly id: RuleId; readonly line: number }[] {
  const source = ts.createSourceFile(file, readFileSync(join(ROOT, file), 'utf8'), ts.ScriptTarget.Latest, true);
  const found: { id: RuleId; line: number }[] = [];
  const visit = (node: ts.Node): void => {
    if ((ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) && IDS.has(node.text)) {
      found.push({ id: node.text as RuleId, line: source.getLineAndCharacterOfPosition(node.getStart()).line + 1 });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('rule id spelling', () => {
  const spelled = sourceFiles('src').flatMap((file) => spelledIds(file).map((hit) => ({ file, ...hit })));

  it('finds the ids where they are declared and emitted (the scan sees literals)', () => {
    const declared = new Set(spelled.filter((hit) => hit.file === 'src/rules/ruleId.ts').map((hit) => hit.id));
    expect(declared).toEqual(IDS);
    expect(spelled.some((hit) => hit.file === 'src/engine/structuralFindings.ts' && hit.id === 'parameter/required')).toBe(true);
  });

  it('spells no rule id outside its identity record, the message tables, its emitters and the vendor folders', () => {
    const offenders = spelled.filter((hit) => !ALLOWED.some((allowed) => covers(allowed, hit.file, hit.id))).map((hit) => `${hit.file}:${hit.line} ${hit.id}`);
    expect(offenders).toEqual([]);
  });

  it('allows nothing it does not need: every allowance is used', () => {
    const unused = ALLOWED.filter((allowed) => !spelled.some((hit) => covers(allowed, hit.file, hit.id)));
    expect(unused.map((allowed) => allowed.why)).toEqual([]);
  });
});
