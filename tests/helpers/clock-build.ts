/**
 * Builds a content folder through Astro's programmatic API with a clock that moves an hour on
 * every reading, then prints how often it was read. Run by tests/build/clock.test.ts as
 * `node tests/helpers/clock-build.ts <start instant> <outDir>` with DISCLOSE_CONTENT set and
 * DISCLOSE_NOW unset, so the build instant comes from this clock.
 */
import path from 'node:path';
import { build } from 'astro';
import { discloseConfig } from '../../astro.config.mjs';

const [start, outDir] = process.argv.slice(2);
const HOUR = 3_600_000;
let reads = 0;
const clock = () => new Date(Date.parse(start!) + reads++ * HOUR);

await build({ ...discloseConfig({ clock }), configFile: false, root: path.resolve(import.meta.dirname, '../..'), outDir, logLevel: 'info' });
console.log(`clock reads: ${reads}`);
