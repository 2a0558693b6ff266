import { join } from 'node:path';
import ts from 'typescript';
import type { CodeBlock } from './codeBlocks.ts';

/**
 * The compiler options every block is type-checked with, wherever it is installed (the module settings are the
 * caller's): strict TypeScript, and JavaScript blocks checked too.
 */
export const BLOCK_COMPILER_OPTIONS = {
  target: 'ES2022',
  lib: ['ES2023', 'DOM'],
  strict: true,
  jsx: 'react-jsx',
  allowJs: true,
  checkJs: true,
  noEmit: true,
  // As most project templates set it; the libraries' own .d.ts are not what the block tests are about.
  skipLibCheck: true,
  types: ['node'],
} as const;

/** The runner module: imports the block named on the command line and says it finished (a block may set process.exitCode or print to stderr on purpose). */
export const BLOCK_RUNNER = "await import(new URL(process.argv[2], import.meta.url).href);\nprocess.stdout.write('\\n<block finished>\\n');\n";

/**
 * Type-checks the blocks written into a folder and describes each diagnostic at its line in the document.
 *
 * @param blocks The blocks, each written to `join(dir, block.file)`.
 * @param dir The folder they are written in.
 * @param json The compiler options, as in a tsconfig.json.
 * @param onlyBlocks Whether to leave out diagnostics of files other than the blocks (the libraries they import).
 *
 * @returns `doc:line: TScode message` for each diagnostic (the file name or `options` when not in a block), led by any error in the options.
 */
export function checkBlocks(blocks: readonly CodeBlock[], dir: string, json: object, onlyBlocks: boolean): string[] {
  const { options, errors } = ts.convertCompilerOptionsFromJson(json, dir);
  const files = blocks.map((block) => join(dir, block.file));
  const inBlocks = new Set(files);
  return [...errors, ...ts.getPreEmitDiagnostics(ts.createProgram(files, options))]
    .filter((diagnostic) => !onlyBlocks || diagnostic.file === undefined || inBlocks.has(diagnostic.file.fileName))
    .map((diagnostic) => {
      const block = blocks.find((candidate) => join(dir, candidate.file) === diagnostic.file?.fileName);
      const where = diagnostic.file && diagnostic.start !== undefined ? diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start) : undefined;
      const at = block && where ? `${block.doc}:${block.line + 1 + where.line}` : (diagnostic.file?.fileName ?? 'options');
      return `${at}: TS${diagnostic.code} ${ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n')}`;
    });
}
