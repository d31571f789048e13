/**
 * The last step of every build: the embargo guard over the whole output (src/outputs/guard/).
 * It waits for the export files, scans everything else while the search index is written, then
 * the index. A leak or an unreadable file fails the build closed with one line per hit.
 */
import type { AstroIntegrationLogger } from 'astro';
import { displayPath } from '../../corpus/content-dir.ts';
import { formatGuardReport, guard, guardInput } from '../../outputs/guard/guard.ts';
import { type BuildRun, awaitTask, failClosed } from '../run.ts';
import { SEARCH_BUNDLE } from './search-index.ts';

export async function runGuardStep(run: BuildRun, logger: AstroIntegrationLogger): Promise<void> {
  const exported = await awaitTask(run, run.tasks.exports);
  logger.info(`${exported.files} export files for ${exported.advisories} advisories in ${exported.seconds.toFixed(2)} s on a worker thread`);
  const set = awaitTask(run, run.tasks.fingerprints);
  const searchIndexed = awaitTask(run, run.tasks.searchIndex).then((line) => logger.info(line));
  const report = await guard(run.out, guardInput(run.snapshot), set, { folder: SEARCH_BUNDLE, ready: searchIndexed });
  const { lines, failed } = formatGuardReport(report, displayPath(run.out));
  if (!failed) {
    run.passed = true;
    logger.info(lines.join('\n'));
    return;
  }
  for (const line of lines.slice(0, -1)) console.error(line);
  failClosed(run.out, lines.at(-1)!);
}
