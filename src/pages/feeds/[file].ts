/** The site-wide feeds: `/feeds/rss.xml`, `/feeds/atom.xml`, `/feeds/feed.json`. */
import type { APIRoute } from 'astro';
import { type FeedProps, feedPaths, feedResponse } from '../../site/data/feeds.ts';

export const getStaticPaths = () => feedPaths('site');
export const GET: APIRoute<FeedProps> = ({ props }) => feedResponse(props);
