/** `/.well-known/csaf/white/index.txt`: every document's path, one a line. */
import type { APIRoute } from 'astro';
import { csafData, text } from '../../../../site/data/csaf.ts';
import { indexTxt } from '../../../../outputs/exports/csaf-distribution.ts';

export const GET: APIRoute = async () => text(indexTxt(await csafData()), 'text/plain');
