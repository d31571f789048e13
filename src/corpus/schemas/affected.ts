/**
 * `affected`: which versions of which packages are vulnerable. Each package gives `ranges`
 * (OSV ECOSYSTEM events), an explicit `versions` list, or both. Whether the versions belong to
 * the package's ecosystem, and in which order, is checked in src/corpus/version-rules.ts.
 */
import { z } from 'astro/zod';
import { always, strict } from './strict.ts';
import { introducedVersion, version } from './version.ts';
import type { Produces } from './strict.ts';
import type { AffectedPackage } from '../../domain/model.ts';

export type { AffectedPackage };

export const range = () =>
  strict({
    /** First affected version, or "0" for every version before the fix. */
    introduced: introducedVersion(),
    /** First version that is no longer affected. Omit when no fix exists yet. */
    fixed: version().optional(),
    /** Last affected version, for a line that ends without a fix. Not together with `fixed`. */
    last_affected: version().optional(),
  })
    .superRefine((r, ctx) => {
      if (r.fixed !== undefined && r.last_affected !== undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['last_affected'],
          message: 'is given together with fixed (a range ends with fixed or last_affected, not both; remove one)',
        });
      }
    }, always);

export const affectedPackage = () =>
  strict({
    /** Package name as its ecosystem spells it; must be one of `packages` in site.yaml. */
    package: z.string({ error: (i) => (i.input === undefined ? 'is required (add the package name, e.g. mautic/core)' : 'want a package name') }).min(1),
    /** Affected ranges, one per release line. */
    ranges: z.array(range()).default([]),
    /** Explicit affected versions, for records that name versions instead of ranges. */
    versions: z.array(version()).default([]),
  }).superRefine((p, ctx) => {
    if (Array.isArray(p.ranges) && p.ranges.length === 0 && Array.isArray(p.versions) && p.versions.length === 0) {
      ctx.addIssue({ code: 'custom', path: ['ranges'], message: 'is empty and so is versions (give at least one range or one version)' });
    }
  }, always);

export const affected = () =>
  z
    .array(affectedPackage(), { error: (i) => (i.input === undefined ? 'is required (list at least one package with its ranges)' : 'want a list of packages') })
    .min(1, { error: 'is empty (list at least one package with its ranges)' });

true satisfies Produces<ReturnType<typeof affectedPackage>, AffectedPackage>;
