/**
 * Disclose's build steps as Astro integrations, in order: validate the content before anything is
 * built; once the pages are generated, write the per-advisory exports and build the search index
 * (both run in the background); then any extra steps; and last the embargo guard, which waits
 * for the background work and scans everything. They share what validation read, so the exports
 * and the guard see the same content and build instant as the pages did.
 */
import type { AstroIntegration } from 'astro';
import type { BuildState } from './build-state.ts';
import validateContent from './validate-content.ts';
import advisoryExports from './advisory-exports.ts';
import searchIndex from './search-index.ts';
import embargoGuard from './embargo-guard.ts';

/** `extra` run after the exports and the search index start and before the guard (the leak tests plant files this way). */
export default function disclose(extra: AstroIntegration[] = []): AstroIntegration[] {
  const state: BuildState = {};
  return [validateContent(state), advisoryExports(state), searchIndex(state), ...extra, embargoGuard(state)];
}
