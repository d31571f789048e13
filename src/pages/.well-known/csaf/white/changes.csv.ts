/** `/.well-known/csaf/white/changes.csv`: path and last change of every document, newest first. */
import type { APIRoute } from 'astro';
import { csafData, text } from '../../../../site/data/csaf.ts';
import { changesCsv } from '../../../../outputs/exports/csaf-distribution.ts';

export const GET: APIRoute = async () => text(changesCsv(await csafData()), 'text/csv');
