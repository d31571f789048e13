/** Hand-made public advisories for converter unit tests, parsed by the real frontmatter schema. */
import { advisorySchema } from '../../src/corpus/schemas/advisory.ts';
import { siteSchema } from '../../src/corpus/schemas/site.ts';
import { headline } from '../../src/domain/severity.ts';
import type { ExportAdvisory } from '../../src/outputs/exports/record.ts';

export const SITE = siteSchema.parse({
  name: 'Acme Security Advisories',
  project: 'Acme',
  url: 'https://security.acme.test',
  id_prefix: 'ACME-SA',
  contact: 'mailto:security@acme.test',
  packages: [{ name: 'acme/app', ecosystem: 'Packagist' }],
  components: ['core', 'api'],
  targets: { acknowledge: 'PT24H', respond: 'P7D', resolve: 'P21D' },
});

export function advisory(id: string, frontmatter: Record<string, unknown> = {}, body = 'Body text.'): ExportAdvisory {
  const data = advisorySchema.parse({
    title: `Title of ${id}`,
    summary: `Summary of ${id}.`,
    status: 'published',
    published: '2025-05-20T14:00:00Z',
    severity: 'high',
    components: ['core'],
    affected: [{ package: 'acme/app', ranges: [{ introduced: '0', fixed: '1.0.3' }] }],
    ...frontmatter,
  });
  return { id, data, headline: headline(data), body };
}
