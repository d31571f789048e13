/** Feeds for one component: `/feeds/component/<name>/{rss.xml,atom.xml,feed.json}`. */
import type { APIRoute } from 'astro';
import { type FeedProps, feedPaths, feedResponse } from '../../../../site/data/feeds.ts';

export const getStaticPaths = () => feedPaths('component');
export const GET: APIRoute<FeedProps> = ({ props }) => feedResponse(props);
