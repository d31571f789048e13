/**
 * Collections, read from the content folder (DISCLOSE_CONTENT, default content/), for what only
 * Astro can render: advisory bodies, pages and announcements. What is public, and every field
 * the pages show, comes from the build's snapshot (src/corpus/snapshot.ts), not from here; the
 * schemas are still the same ones `npm run check` uses (src/corpus/schemas/).
 */
import path from 'node:path';
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { advisorySchema } from './corpus/schemas/advisory.ts';
import { pageSchema } from './corpus/schemas/page.ts';
import { announcementSchema } from './corpus/schemas/announcement.ts';
import { contentDir } from './corpus/content-dir.ts';
import { advisoriesLoader } from './build/loaders/advisories.ts';

const dir = contentDir();
// The file name is the id, exactly as written (the default would lower-case it).
const byFileName = ({ entry }: { entry: string }) => path.basename(entry).replace(/\.mdx$/, '');

export const collections = {
  advisories: defineCollection({
    loader: advisoriesLoader(path.join(dir, 'advisories')),
    schema: advisorySchema,
  }),
  pages: defineCollection({
    loader: glob({ base: path.join(dir, 'pages'), pattern: '[^_]*.mdx', generateId: byFileName }),
    schema: pageSchema,
  }),
  announcements: defineCollection({
    loader: glob({ base: path.join(dir, 'announcements'), pattern: '[^_]*.mdx', generateId: byFileName }),
    schema: announcementSchema,
  }),
};
