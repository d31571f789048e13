/**
 * Disclose's build steps as Astro integrations: validate the content before anything is built,
 * and guard the output after. They share what validation read, so the guard sees the same
 * content and build instant as the pages did.
 */
import type { AstroIntegration } from 'astro';
import type { BuildState } from './build-state.ts';
import validateContent from './validate-content.ts';
import embargoGuard from './embargo-guard.ts';

export default function disclose(): AstroIntegration[] {
  const state: BuildState = {};
  return [validateContent(state), embargoGuard(state)];
}
