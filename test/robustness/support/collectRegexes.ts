import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import ts from 'typescript';
import { globSync } from 'tinyglobby';

/** Found regex interface: one regular expression in the source, with where it is. */
export interface FoundRegex {
  /** `file:line`, relative to the project root. */
  readonly at: string;
  /** The pattern source, or `undefined` when it is computed at run time and cannot be checked statically. */
  readonly source: string | undefined;
  /** The flags. */
  readonly flags: string;
}

function literalText(node: ts.Expression | undefined): string | undefined {
  if (node === undefined) return '';
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  return undefined;
}

function collectFrom(file: string, root: string): FoundRegex[] {
  const text = readFileSync(file, 'utf8');
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const found: FoundRegex[] = [];
  const at = (node: ts.Node): string =>
    `${relative(root, file)}:${source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1}`;
  const visit = (node: ts.Node): void => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const literal = node.getText(source);
      const end = literal.lastIndexOf('/');
      found.push({ at: at(node), source: literal.slice(1, end), flags: literal.slice(end + 1) });
    } else if (
      (ts.isNewExpression(node) || ts.isCallExpression(node)) &&
      ts.isIdentifier(node.expression) &&
      node.expression.text === 'RegExp'
    ) {
      const [pattern, flags] = node.arguments ?? [];
      found.push({ at: at(node), source: literalText(pattern), flags: literalText(flags) ?? '' });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/**
 * Collects every regular expression in the source text of the library: regex literals and
 * `new RegExp(...)` / `RegExp(...)` calls, found by the TypeScript parser (so a `/` in a string or
 * a comment is never mistaken for one). Test files are left out: they never run on user input.
 *
 * @param root The project root.
 *
 * @returns The regexes, in file order.
 */
export function collectRegexes(root: string): FoundRegex[] {
  const files = globSync(['src/**/*.ts'], { cwd: root, absolute: true, ignore: ['**/*.test.ts'] }).sort();
  return files.flatMap((file) => collectFrom(file, root));
}
