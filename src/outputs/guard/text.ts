/**
 * Text as the guard compares it: every file and every advisory is reduced to a stream of
 * lower-case word tokens, so a leak is found whatever the markup, escaping or spacing around it
 * (HTML tags, entities, JSON strings, JS escapes, Markdown syntax).
 */

const TOKEN = /[\p{L}\p{N}]+/gu;

const NON_ASCII = /[^\u0000-\u007f]/;

export function tokens(text: string): string[] {
  // NFKC only matters beyond ASCII, and most output is ASCII: skip the copy when it is.
  const normal = NON_ASCII.test(text) ? text.normalize('NFKC') : text;
  return normal.toLowerCase().match(TOKEN) ?? [];
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, code: string) => {
    if (code[0] === '#') {
      const n = code[1] === 'x' || code[1] === 'X' ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10);
      return Number.isFinite(n) && n <= 0x10ffff ? String.fromCodePoint(n) : ' ';
    }
    return NAMED[code.toLowerCase()] ?? whole;
  });
}

/** Undoes JavaScript/JSON string escapes such as \u003c and \n that would glue words together. */
function decodeEscapes(text: string): string {
  return text
    .replace(/\\u([0-9a-fA-F]{4})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
    .replace(/\\[nrtfbv]/g, ' ');
}

const TAG = /<[^<>]*>/g;

/** Markup removed twice, because feeds and JSON carry HTML escaped inside text. */
export function visibleText(text: string): string {
  let out = decodeEscapes(text);
  for (let i = 0; i < 2; i++) out = decodeEntities(out.replace(TAG, ' '));
  return out.replace(TAG, ' ');
}

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

/** Markdown/MDX source reduced to the words a reader sees (link targets and code fences dropped). */
export function markdownText(source: string): string {
  return source
    .replace(/^(import|export)\s.*$/gm, ' ')
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/\]\([^)]*\)/g, '] ')
    .replace(/^```.*$/gm, ' ');
}
