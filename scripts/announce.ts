/**
 * `npm run announce -- <ID> [<ID>…] [--out <dir>]`: ready-to-send texts for one security
 * release. Prints the email, the Markdown post and the social post, or writes them to
 * <dir>/email.txt, post.md and social.txt. Refuses any advisory that is not public at
 * DISCLOSE_NOW, saying which and why.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { contentDir } from '../src/corpus/content-dir.ts';
import { printProblems } from '../src/corpus/annotations.ts';
import { openContent } from '../src/corpus/snapshot.ts';
import { describeHold } from '../src/domain/visibility.ts';
import { isoInstant } from '../src/domain/dates.ts';
import { announce } from '../src/outputs/announce.ts';

const { values, positionals } = parseArgs({ options: { out: { type: 'string' } }, allowPositionals: true });
if (positionals.length === 0) {
  console.error('usage: npm run announce -- <ID> [<ID>…] [--out <dir>]');
  process.exit(2);
}

const { now, problems, snapshot } = openContent(contentDir());
if (problems.length > 0 || !snapshot) {
  printProblems(problems, 'error');
  console.error('the content has problems; fix them first (npm run check)');
  process.exit(1);
}
const refused: string[] = [];
const chosen = positionals.flatMap((id) => {
  const published = snapshot.public.find((a) => a.id === id);
  if (published) return [published];
  const held = snapshot.held.find((h) => h.entry.id === id);
  refused.push(held ? `${id}: not public at ${isoInstant(now)} (${describeHold(held.reason)})` : `${id}: no such advisory`);
  return [];
});
if (refused.length > 0) {
  for (const line of refused) console.error(`announce: ${line}`);
  console.error('announce: nothing written; announce only advisories that are public');
  process.exit(1);
}

const texts = announce(snapshot.site, chosen);
const files = { 'email.txt': texts.email, 'post.md': texts.markdown, 'social.txt': `${texts.social}\n` };
if (values.out) {
  fs.mkdirSync(values.out, { recursive: true });
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(values.out, name), text);
  console.log(`wrote ${Object.keys(files).map((f) => path.join(values.out!, f)).join(', ')}`);
} else {
  for (const [name, text] of Object.entries(files)) console.log(`===== ${name} =====\n${text}`);
}
