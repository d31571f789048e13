/**
 * CSAF 2.0 `csaf_security_advisory` documents (https://docs.oasis-open.org/csaf/csaf/v2.0/),
 * one per public advisory. CSAF 2.0 scores only CVSS v2 and v3; a CVSS 4.0 vector and the
 * NIST IR 7864 risk go into notes, as does any CWE beyond the one a vulnerability may carry.
 */
import { weaknesses } from '@secvisogram/csaf-validator-lib/cwe.js';
import { isoInstant } from '../../domain/dates.ts';
import { absolute, paths } from '../../domain/urls.ts';
import type { Site } from '../../domain/model.ts';
import type { Cvss } from '../../domain/cvss.ts';
import { csafProducts } from './csaf-products.ts';
import { type ExportAdvisory, lastModified, requireOne } from './record.ts';

const CWE_NAMES = new Map(weaknesses.map((w) => [w.id, w.name]));

interface Note {
  category: 'summary' | 'description' | 'general' | 'other';
  title: string;
  text: string;
}

export function csafPublisher(site: Site) {
  return { category: 'vendor', name: site.project, namespace: site.url, contact_details: site.contact.replace(/^mailto:/, '') };
}

/** The year folder a document lives in: the year of its id, which is its year of publication. */
export const csafYear = (a: ExportAdvisory) => a.data.published.getUTCFullYear();
export const csafUrl = (a: ExportAdvisory, site: Site) => absolute(site.url, paths.csafDocument(a.id, csafYear(a)));

/** Revisions in date order: the first release, the dated notes, the withdrawal, and a last update. */
function revisionHistory(a: ExportAdvisory) {
  const { data } = a;
  const entries = [
    { date: data.published, summary: 'Initial release.' },
    ...data.revisions.map((r) => ({ date: r.date < data.published ? data.published : r.date, summary: r.summary })),
    ...(data.withdrawn ? [{ date: data.withdrawn, summary: 'Withdrawn.' }] : []),
  ].sort((x, y) => x.date.getTime() - y.date.getTime());
  const modified = lastModified(data);
  if (modified > entries[entries.length - 1]!.date) entries.push({ date: modified, summary: 'Updated.' });
  return entries.map((e, i) => ({ date: isoInstant(e.date), number: String(i + 1), summary: e.summary }));
}

function cvssV3(cvss: readonly Cvss[]) {
  const v3 = cvss.filter((c) => c.version !== '4.0').sort((x, y) => (x.version < y.version ? 1 : -1))[0];
  return v3 && { version: v3.version, vectorString: v3.vector, baseScore: v3.score, baseSeverity: v3.rating.toUpperCase() };
}

function scoreNotes(a: ExportAdvisory, inScores: string | undefined): Note[] {
  const notes: Note[] = [];
  if (a.data.risk) {
    notes.push({ category: 'other', title: 'NIST IR 7864 risk', text: `${a.data.risk.level} ${a.data.risk.score}/25 (${a.data.risk.vector})` });
  }
  for (const c of a.data.cvss) {
    if (c.vector === inScores) continue;
    notes.push({ category: 'other', title: `CVSS ${c.version}`, text: `${c.score.toFixed(1)} ${c.rating} (${c.vector})` });
  }
  if (!a.data.risk && a.data.cvss.length === 0) notes.push({ category: 'other', title: 'Severity', text: a.headline.label });
  return notes;
}

export function toCsaf(advisory: ExportAdvisory, site: Site) {
  const a = requireOne(advisory, 'CSAF document');
  const { id, data } = a;
  const page = absolute(site.url, paths.advisory(id));
  const ecosystems = new Map(site.packages.map((p) => [p.name, p.ecosystem]));
  const products = csafProducts(site.project, data.affected, (pkg) => ecosystems.get(pkg) ?? 'generic', {
    advisory: page,
    supportedVersions: absolute(site.url, paths.supportedVersions()),
  });
  const revisions = revisionHistory(a);
  const v3 = cvssV3(data.cvss);
  const [cwe, ...moreCwes] = data.cwe.filter((c) => CWE_NAMES.has(c));
  const otherCwes = [...data.cwe.filter((c) => !CWE_NAMES.has(c)), ...moreCwes];
  const [cve, ...moreCves] = data.cve;
  const vulnerabilityNotes: Note[] = [
    { category: 'summary', title: 'Summary', text: data.summary },
    ...scoreNotes(a, v3?.vectorString),
    ...(otherCwes.length > 0 ? [{ category: 'other' as const, title: 'Further weaknesses', text: otherCwes.join(', ') }] : []),
    ...(data.withdrawn ? [{ category: 'general' as const, title: 'Withdrawn', text: `This advisory was withdrawn on ${isoInstant(data.withdrawn)}.` }] : []),
  ];
  return {
    document: {
      category: 'csaf_security_advisory',
      csaf_version: '2.0',
      distribution: { tlp: { label: 'WHITE', url: 'https://www.first.org/tlp/' } },
      lang: 'en',
      notes: [
        { category: 'summary', title: 'Summary', text: data.summary },
        ...(a.body.trim() ? [{ category: 'description', title: 'Details', text: a.body.trim() }] : []),
      ],
      publisher: csafPublisher(site),
      references: [
        { category: 'self', summary: 'This CSAF document', url: csafUrl(a, site) },
        { category: 'external', summary: 'The advisory page', url: page },
        ...data.references.map((r) => ({ category: 'external', summary: `Reference (${r.type})`, url: r.url })),
      ],
      title: `${id}: ${data.title}`,
      tracking: {
        current_release_date: revisions[revisions.length - 1]!.date,
        id,
        initial_release_date: isoInstant(data.published),
        revision_history: revisions,
        status: 'final',
        version: String(revisions.length),
      },
    },
    product_tree: products.product_tree,
    vulnerabilities: [
      {
        ...(cve ? { cve } : {}),
        ...(cwe ? { cwe: { id: cwe, name: CWE_NAMES.get(cwe)! } } : {}),
        ids: [
          ...moreCves.map((text) => ({ system_name: 'CVE', text })),
          ...data.ghsa.map((text) => ({ system_name: 'GitHub Security Advisory', text })),
          { system_name: site.name, text: id },
        ],
        notes: vulnerabilityNotes,
        product_status: products.product_status,
        release_date: isoInstant(data.published),
        remediations: products.remediations,
        ...(v3 ? { scores: [{ cvss_v3: v3, products: products.product_status.known_affected }] } : {}),
        title: data.title,
      },
    ],
  };
}

export type CsafDocument = ReturnType<typeof toCsaf>;
