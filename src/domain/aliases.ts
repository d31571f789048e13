/**
 * Which advisory each CVE or GHSA identifier leads to, for `/cve/<ID>/` and `/ghsa/<ID>/`. An
 * alias shared by a withdrawn duplicate and the advisory that replaced it leads to the one still
 * in force; otherwise to the newest (advisories arrive newest first).
 */
export type AliasKind = 'cve' | 'ghsa';

export interface Aliased {
  id: string;
  withdrawn: boolean;
  data: { cve: string[]; ghsa: string[] };
}

export function aliasTargets<A extends Aliased>(kind: AliasKind, advisories: readonly A[]): Map<string, A> {
  const targets = new Map<string, A>();
  for (const a of advisories) {
    for (const alias of a.data[kind]) {
      const current = targets.get(alias);
      if (!current || (current.withdrawn && !a.withdrawn)) targets.set(alias, a);
    }
  }
  return targets;
}
