/** Where the content folder is: `DISCLOSE_CONTENT`, or `content/` under the working directory. */
import path from 'node:path';

export function contentDir(env: Record<string, string | undefined> = process.env, cwd = process.cwd()): string {
  const dir = env.DISCLOSE_CONTENT?.trim();
  return path.resolve(cwd, dir ? dir : 'content');
}

/** How a content file is named in messages: relative to the working directory. */
export function displayPath(file: string, cwd = process.cwd()): string {
  const rel = path.relative(cwd, file);
  return (rel.startsWith('..') || path.isAbsolute(rel) ? file : rel).split(path.sep).join('/');
}
