/**
 * The CSAF product tree, product status and remediations, all derived from the affected ranges:
 * each range becomes a `product_version_range` (known affected), each fixed version a
 * `product_version` (fixed) with a vendor fix pointing to it, each listed version a
 * `product_version` (known affected). Product ids are numbered in order, so the output is stable.
 */
import type { AffectedPackage } from '../../domain/model.ts';
import type { VersionRange } from '../../domain/versions.ts';

export interface CsafProduct {
  product_id: string;
  name: string;
}

export interface CsafBranch {
  category: 'vendor' | 'product_name' | 'product_version' | 'product_version_range';
  name: string;
  branches?: CsafBranch[];
  product?: CsafProduct;
}

export interface CsafRemediation {
  category: 'vendor_fix' | 'none_available';
  details: string;
  product_ids: string[];
  url?: string;
}

export interface CsafProducts {
  product_tree: { branches: CsafBranch[] };
  product_status: { known_affected: string[]; fixed?: string[] };
  remediations: CsafRemediation[];
}

// vers (github.com/package-url/vers-spec) scheme per OSV ecosystem; others are `generic`.
const VERS_SCHEME: Record<string, string> = { Packagist: 'composer', npm: 'npm', PyPI: 'pypi', Go: 'golang', 'crates.io': 'cargo' };

export function versRange(ecosystem: string, r: VersionRange): string {
  const constraints = [
    ...(r.introduced === '0' ? [] : [`>=${r.introduced}`]),
    ...(r.fixed !== undefined ? [`<${r.fixed}`] : []),
    ...(r.last_affected !== undefined ? [`<=${r.last_affected}`] : []),
  ];
  return `vers:${VERS_SCHEME[ecosystem] ?? 'generic'}/${constraints.length > 0 ? constraints.join('|') : '*'}`;
}

function describeRange(r: VersionRange): string {
  const from = r.introduced === '0' ? '' : `from ${r.introduced} `;
  if (r.fixed !== undefined) return `${from}before ${r.fixed}`;
  if (r.last_affected !== undefined) return `${from}up to ${r.last_affected}`;
  return r.introduced === '0' ? 'all versions' : `from ${r.introduced} on`;
}

export function csafProducts(
  vendor: string,
  affected: readonly AffectedPackage[],
  ecosystemOf: (pkg: string) => string,
  links: { advisory: string; supportedVersions: string },
): CsafProducts {
  let next = 0;
  const newId = () => `CSAFPID-${String(++next).padStart(4, '0')}`;
  const knownAffected: string[] = [];
  const fixed: string[] = [];
  const remediations: CsafRemediation[] = [];
  const packages: CsafBranch[] = [];

  for (const pkg of affected) {
    const leaves: CsafBranch[] = [];
    const fixedIds = new Map<string, string>();
    for (const r of pkg.ranges) {
      const id = newId();
      knownAffected.push(id);
      leaves.push({
        category: 'product_version_range',
        name: versRange(ecosystemOf(pkg.package), r),
        product: { product_id: id, name: `${pkg.package} ${describeRange(r)}` },
      });
      if (r.fixed === undefined) {
        remediations.push({
          category: 'none_available',
          details: `No fixed release of ${pkg.package} ${describeRange(r)} is named in this advisory; upgrade to a supported release line.`,
          product_ids: [id],
          url: links.supportedVersions,
        });
        continue;
      }
      let fixedId = fixedIds.get(r.fixed);
      if (!fixedId) {
        fixedId = newId();
        fixedIds.set(r.fixed, fixedId);
        fixed.push(fixedId);
        leaves.push({ category: 'product_version', name: r.fixed, product: { product_id: fixedId, name: `${pkg.package} ${r.fixed}` } });
      }
      remediations.push({
        category: 'vendor_fix',
        details: `Upgrade ${pkg.package} to ${r.fixed} or later.`,
        product_ids: [id],
        url: links.advisory,
      });
    }
    const listed = pkg.versions.map((v) => {
      const id = newId();
      knownAffected.push(id);
      leaves.push({ category: 'product_version', name: v, product: { product_id: id, name: `${pkg.package} ${v}` } });
      return id;
    });
    if (listed.length > 0) {
      remediations.push({
        category: 'vendor_fix',
        details: `Upgrade ${pkg.package} to a supported release.`,
        product_ids: listed,
        url: links.supportedVersions,
      });
    }
    const existing = packages.find((b) => b.name === pkg.package);
    if (existing) existing.branches!.push(...leaves);
    else packages.push({ category: 'product_name', name: pkg.package, branches: leaves });
  }
  return {
    product_tree: { branches: [{ category: 'vendor', name: vendor, branches: packages }] },
    product_status: { known_affected: knownAffected, ...(fixed.length > 0 ? { fixed } : {}) },
    remediations,
  };
}
