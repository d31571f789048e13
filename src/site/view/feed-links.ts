/** Names and media types for feed links, shared by the head's autodiscovery and the visible links. */
import { type FeedFormat, type FeedScope, branchLabel } from '../../domain/urls.ts';

export const FEED_TYPES: Record<FeedFormat, string> = { rss: 'application/rss+xml', atom: 'application/atom+xml', json: 'application/feed+json' };

export const FEED_NAMES: Record<FeedFormat, string> = { rss: 'RSS', atom: 'Atom', json: 'JSON Feed' };

/** "Mautic 5.2", "component tracking", or "every advisory". */
export function scopeLabel(project: string, scope: FeedScope): string {
  if (scope.kind === 'site') return 'every advisory';
  return scope.kind === 'branch' ? `${project} ${branchLabel(scope)}` : `component ${scope.name}`;
}
