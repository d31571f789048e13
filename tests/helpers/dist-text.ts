/**
 * A built site as text to search, read independently of the embargo guard's own reader: every
 * file (gzip undone, detected by its magic bytes, since Pagefind fragments carry no .gz suffix),
 * once as written and once as a reader would see it, so markup between words hides nothing.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

export interface OutputFile {
  /** The file's text, lower-cased. */
  raw: string;
  /** Lower-cased, with escapes, tags and entities undone and whitespace collapsed. */
  text: string;
}

const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', eacute: 'é', copy: '©', hellip: '…',
  mdash: '—', ndash: '–', laquo: '«', raquo: '»', rsquo: '’', lsquo: '‘', rdquo: '”', ldquo: '“',
};

function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, code: string) => {
    if (code[0] !== '#') return NAMED[code.toLowerCase()] ?? whole;
    const n = code[1] === 'x' || code[1] === 'X' ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10);
    return n > 0 && n <= 0x10ffff ? String.fromCodePoint(n) : whole;
  });
}

/** What a reader sees. Twice over, because feeds and JSON carry HTML escaped inside text. */
export function visible(source: string): string {
  let s = source
    .replace(/\\u([0-9a-f]{4})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
    .replace(/\\[nrt]/g, ' ')
    .replace(/\\(["\\/])/g, '$1');
  for (let i = 0; i < 2; i++) s = decodeEntities(s.replace(/<[^<>]*>/g, ' '));
  return s.replace(/<[^<>]*>/g, ' ').replace(/\s+/g, ' ').toLowerCase();
}

/** Every file under dir, keyed by its path relative to dir with `/` separators. */
export function readOutput(dir: string): Map<string, OutputFile> {
  const out = new Map<string, OutputFile>();
  for (const e of fs.readdirSync(dir, { recursive: true, withFileTypes: true }) as fs.Dirent[]) {
    if (!e.isFile()) continue;
    const abs = path.join(e.parentPath, e.name);
    let data = fs.readFileSync(abs);
    if (data[0] === 0x1f && data[1] === 0x8b) data = zlib.gunzipSync(data);
    const source = data.toString('utf8');
    out.set(path.relative(dir, abs).split(path.sep).join('/'), { raw: source.toLowerCase(), text: visible(source) });
  }
  return out;
}

/** Files whose path, text or visible text contains the needle (compared lower-case). */
export function filesWith(files: Map<string, OutputFile>, needle: string): string[] {
  const n = needle.toLowerCase();
  const nv = n.replace(/\s+/g, ' ');
  return [...files].filter(([file, f]) => file.toLowerCase().includes(n) || f.raw.includes(n) || f.text.includes(nv)).map(([file]) => file);
}
