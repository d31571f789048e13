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
import { validateContent } from '../src/corpus/validate.ts';
import { formatProblem } from '../src/corpus/problems.ts';
import { buildInstant } from '../src/corpus/clock.ts';
import { indexReleases } from '../src/domain/releases.ts';
import { describeHold, visibility } from '../src/domain/visibility.ts';
import { isoInstant } from '../src/domain/dates.ts';
import { announce } from '../src/outputs/announce.ts';

const { values, positionals } = parseArgs({ options: { out: { type: 'string' } }, allowPositionals: true });
if (positionals.length === 0) {
  console.error('usage: npm run announce -- <ID> [<ID>…] [--out <dir>]');
  process.exit(2);
}

const now = buildInstant();
const { corpus, problems } = await validateContent(contentDir(), { mdx: false });
if (problems.length > 0 || !corpus.site) {
  for (const p of problems) console.error(formatProblem(p));
  console.error('the content has problems; fix them first (npm run check)');
  process.exit(1);
}
const releases = indexReleases(corpus.branches);
const refused: string[] = [];
const chosen = positionals.flatMap((id) => {
  const entry = corpus.advisories.find((a) => a.id === id);
  if (!entry) {
    refused.push(`${id}: no such advisory`);
    return [];
  }
  const v = visibility(entry.data, releases, now);
  if (!v.public) {
    refused.push(`${id}: not public at ${isoInstant(now)} (${describeHold(v.reason)})`);
    return [];
  }
  return [entry];
});
if (refused.length > 0) {
  for (const line of refused) console.error(`announce: ${line}`);
  console.error('announce: nothing written; announce only advisories that are public');
  process.exit(1);
}

const texts = announce(corpus.site, chosen);
const files = { 'email.txt': texts.email, 'post.md': texts.markdown, 'social.txt': `${texts.social}\n` };
if (values.out) {
  fs.mkdirSync(values.out, { recursive: true });
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(values.out, name), text);
  console.log(`wrote ${Object.keys(files).map((f) => path.join(values.out!, f)).join(', ')}`);
} else {
  for (const [name, text] of Object.entries(files)) console.log(`===== ${name} =====\n${text}`);
}
