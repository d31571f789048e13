// The Content Security Policy and the hosting headers: public/_headers sends exactly what
// src/site/security-headers.ts states, the policy allows no inline code and no eval, and the
// static check that the built-pages test runs over every page finds each thing it looks for.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DENIED_FEATURES, HEADER_ONLY_POLICY, HEADER_POLICY, META_POLICY, POLICY, SECURITY_HEADERS } from '../../src/site/security-headers.ts';
import { ROOT } from '../helpers/build.ts';
import { headersFor, parseHeaders } from '../helpers/headers.ts';
import { inlineCode } from '../helpers/inline-code.ts';

const file = parseHeaders(fs.readFileSync(path.join(ROOT, 'public/_headers'), 'utf8'));

describe('public/_headers', () => {
  it('sends every security header, exactly as the site states them, with every file', () => {
    expect(file).toEqual([{ pattern: '/*', headers: SECURITY_HEADERS }]);
    for (const pathname of ['/', '/advisories/MAUTIC-SA-2025-001/', '/pagefind/pagefind-worker.js', '/osv/all.json']) {
      expect(headersFor(file, pathname)).toEqual(SECURITY_HEADERS);
    }
  });

  it('sends the policy the pages state, and also forbids framing, which only a header can', () => {
    expect(SECURITY_HEADERS['Content-Security-Policy']).toBe(HEADER_POLICY);
    expect(HEADER_POLICY).toBe(`${META_POLICY}; frame-ancestors 'none'`);
    expect(SECURITY_HEADERS['X-Frame-Options']).toBe('DENY');
  });

  it('denies each unused browser feature, in the Permissions-Policy syntax', () => {
    expect(SECURITY_HEADERS['Permissions-Policy']!.split(', ')).toEqual(DENIED_FEATURES.map((f) => `${f}=()`));
  });
});

describe('the policy', () => {
  it('runs only the site’s own script files and WebAssembly: no inline code and no eval', () => {
    expect(POLICY['script-src']).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(HEADER_POLICY).not.toMatch(/'unsafe-inline'|'unsafe-eval'|'unsafe-hashes'|data:|\*/);
    expect(POLICY['default-src']).toEqual(["'none'"]);
  });

  it('leaves out of the <meta> what browsers ignore there', () => {
    for (const directive of ['frame-ancestors', 'report-uri', 'sandbox']) expect(META_POLICY).not.toContain(directive);
    expect(Object.keys(HEADER_ONLY_POLICY)).toEqual(['frame-ancestors']);
  });
});

describe('the static check for inline code', () => {
  const page = (head: string, body: string) => `<!doctype html><html><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;
  const meta = `<meta http-equiv="Content-Security-Policy" content="${META_POLICY}">`;

  it('passes a page that states the policy first and loads only its own files', () => {
    expect(inlineCode(page(`${meta}<link rel="stylesheet" href="/_astro/a.css">`, '<script type="module" src="/_astro/a.js"></script><script type="application/ld+json">{}</script>'), META_POLICY)).toEqual([]);
  });

  it('finds everything the policy would block, and a missing or late policy', () => {
    const html = page(
      `<link rel="stylesheet" href="/a.css">${meta}<link rel="stylesheet" href="https://cdn.test/x.css"><style>p{}</style>`,
      '<script>alert(1)</script><script src="https://cdn.test/x.js"></script><p style="color:red" onclick="go()">x</p><a href="javascript:go()">y</a>',
    );
    expect(inlineCode(html, META_POLICY)).toEqual([
      '<link> comes before the policy in the head',
      'stylesheet from elsewhere: https://cdn.test/x.css',
      '<style> element p{}',
      'inline script alert(1)',
      'script from elsewhere: https://cdn.test/x.js',
      'style attribute on <p>: color:red',
      'event handler onclick on <p>',
      'javascript: URL in href on <a>',
    ]);
    expect(inlineCode(page('', ''), META_POLICY)).toEqual(['no <meta http-equiv="Content-Security-Policy"> in the head']);
    expect(inlineCode(page(meta.replace("'none'", "'self'"), ''), META_POLICY)[0]).toMatch(/^the policy is "default-src 'self'; /);
  });
});
