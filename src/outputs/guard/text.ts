/**
 * The guard's text model (ARCHITECTURE.md, "One text model"): every built file, every advisory
 * and every page is reduced to the same stream of lower-case word tokens, so text is compared
 * whatever the markup, escaping or spacing around it (HTML tags, entities, JSON strings, JS
 * escapes). Advisories and pages get here through reader-text.ts, which renders them first, so
 * what is compared is what a reader sees.
 */
import { decodeHTML } from 'entities';

const TOKEN = /[\p{L}\p{N}]+/gu;

const NON_ASCII = /[^\u0000-\u007f]/;

export function tokens(text: string): string[] {
  // NFKC only matters beyond ASCII, and most output is ASCII: skip the copy when it is.
  const normal = NON_ASCII.test(text) ? text.normalize('NFKC') : text;
  return normal.toLowerCase().match(TOKEN) ?? [];
}

/** Undoes JavaScript/JSON string escapes such as \u003c and \n that would glue words together. */
function decodeEscapes(text: string): string {
  return text
    .replace(/\\u([0-9a-fA-F]{4})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
    .replace(/\\[nrtfbv]/g, ' ');
}

const TAG = /<[^<>]*>/g;

/**
 * The words of a piece of markup. Every tag becomes a space, so words on either side of an
 * element boundary stay apart the same way wherever the markup came from. Markup is removed
 * twice, because feeds and JSON carry HTML escaped inside text.
 */
export function visibleText(text: string): string {
  let out = text.includes('\\') ? decodeEscapes(text) : text;
  for (let i = 0; i < 2; i++) out = out.includes('&') ? decodeHTML(out.replace(TAG, ' ')) : out.replace(TAG, ' ');
  return out.replace(TAG, ' ');
}

/** What a reader sees of a piece of text or markup, as tokens: the one normalisation. */
export const readerWords = (text: string): string[] => tokens(visibleText(text));

/** All strings (and keys) of a JSON document, so escapes and structure do not split words. */
export function jsonText(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const v of value) jsonText(v, out);
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      out.push(k);
      jsonText(v, out);
    }
  }
  return out;
}
