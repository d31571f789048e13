/** Identifier lists: CVE, GHSA and CWE ids, and URLs. Each list defaults to empty. */
import { z } from 'astro/zod';
import { shown } from '../problems.ts';

function idList(pattern: RegExp, kind: string, example: string) {
  const one = z.string({ error: (i) => `found ${shown(i.input)}, want a ${kind} id such as ${example}` }).regex(pattern, {
    error: (i) => `found ${shown(i.input)}, want a ${kind} id such as ${example} (check the format)`,
  });
  return z
    .array(one, { error: (i) => `found ${shown(i.input)}, want a list such as [${example}]` })
    .default([])
    .superRefine((list, ctx) => {
      const seen = new Set<string>();
      list.forEach((id, index) => {
        if (seen.has(id)) ctx.addIssue({ code: 'custom', path: [index], message: `${id} is listed twice (remove the repeat)` });
        seen.add(id);
      });
    });
}

export const cveList = () => idList(/^CVE-\d{4}-\d{4,}$/, 'CVE', 'CVE-2025-12345');
export const ghsaList = () => idList(/^GHSA(-[23456789cfghjmpqrvwx]{4}){3}$/, 'GHSA', 'GHSA-xxxx-xxxx-xxxx');
/** Other advisory databases' ids: PYSEC-2021-19, GO-2022-0001, RUSTSEC-2021-0078, OSV-2020-111. */
export const aliasList = () => idList(/^[A-Z][A-Z0-9]*(-[A-Za-z0-9._]+)+$/, 'database', 'PYSEC-2021-19');
export const cweList = () => idList(/^CWE-[1-9]\d*$/, 'CWE', 'CWE-79');

/** An absolute http(s) URL. */
export const httpUrl = () =>
  z.string({ error: (i) => (i.input === undefined ? 'is required (add an https:// URL)' : `found ${shown(i.input)}, want an https:// URL`) }).refine(
    (value) => {
      try {
        const u = new URL(value);
        return u.protocol === 'https:' || u.protocol === 'http:';
      } catch {
        return false;
      }
    },
    { error: (i) => `found ${shown(i.input)}, want an absolute http(s) URL such as https://example.org/` },
  );
