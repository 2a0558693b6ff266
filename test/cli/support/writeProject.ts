import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Creates a project directory under `work` with the given files (objects are written as pretty JSON).
 *
 * @param work The directory to create it in (a CLI session's scratch directory).
 * @param name The project directory's name.
 * @param files The files by path inside the project.
 *
 * @returns The project directory.
 */
export function writeProject(work: string, name: string, files: Readonly<Record<string, string | object>>): string {
  const dir = join(work, name);
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), typeof content === 'string' ? content : JSON.stringify(content, null, 2));
  }
  return dir;
}
