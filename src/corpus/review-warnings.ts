/**
 * A warning rule (warnings.ts) for a new site, as `npm run init` leaves it: what the maintainer
 * still has to fill in before the site says everything it should. A site with no release
 * branches is valid (nothing can be checked against them yet) but its supported-versions page
 * and version check have nothing to say, so it warns and never fails.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { WarningRule } from './warnings.ts';
import { displayPath } from './content-dir.ts';

export const reviewNewSite: WarningRule = (corpus, warnings) => {
  const releases = path.join(corpus.dir, 'releases.yaml');
  if (fs.existsSync(releases) && corpus.branchFacts.length === 0) {
    warnings.push({
      file: displayPath(releases),
      field: '',
      message: 'lists no release branches (add each branch with its support dates and releases, or import advisories with npm run import, which adds their fixed versions)',
    });
  }
};
