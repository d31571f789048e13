/**
 * What a Content Security Policy of 'self' would block in a built page, read from its HTML: an
 * inline script, a <style> element, a style attribute, an event-handler attribute, a
 * javascript: URL, or a script or stylesheet from elsewhere. Also checks that the page states
 * the policy before anything it governs.
 */
import { parse, type HTMLElement } from 'node-html-parser';

/** Script types a browser does not run, so no policy applies to them. */
const DATA_SCRIPT = /^application\/(ld\+)?json$/i;
const URL_ATTRIBUTES = ['href', 'src', 'action', 'formaction', 'data'];

export function inlineCode(html: string, policy: string): string[] {
  const problems: string[] = [];
  const root = parse(html, { comment: false });
  const describe = (el: HTMLElement) => `<${el.rawTagName}${el.id ? `#${el.id}` : ''}>`;

  const head = root.querySelector('head');
  const meta = head?.querySelector('meta[http-equiv="Content-Security-Policy"]');
  if (!meta) problems.push('no <meta http-equiv="Content-Security-Policy"> in the head');
  else {
    if (meta.getAttribute('content') !== policy) problems.push(`the policy is "${meta.getAttribute('content')}", want "${policy}"`);
    const elements = head!.childNodes.filter((n) => n.nodeType === 1) as HTMLElement[];
    const early = elements.slice(0, elements.indexOf(meta)).find((e) => ['script', 'link', 'style'].includes(e.rawTagName.toLowerCase()));
    if (early) problems.push(`${describe(early)} comes before the policy in the head`);
  }

  for (const el of root.querySelectorAll('*')) {
    const tag = el.rawTagName.toLowerCase();
    if (tag === 'script') {
      const src = el.getAttribute('src');
      if (src === undefined && !DATA_SCRIPT.test(el.getAttribute('type') ?? '')) problems.push(`inline script ${el.text.slice(0, 40)}`);
      if (src !== undefined && !src.startsWith('/')) problems.push(`script from elsewhere: ${src}`);
    }
    if (tag === 'style') problems.push(`<style> element ${el.text.slice(0, 40)}`);
    if (tag === 'link' && /\bstylesheet\b/i.test(el.getAttribute('rel') ?? '') && !(el.getAttribute('href') ?? '').startsWith('/')) {
      problems.push(`stylesheet from elsewhere: ${el.getAttribute('href')}`);
    }
    for (const [name, value] of Object.entries(el.attributes)) {
      const attribute = name.toLowerCase();
      if (attribute === 'style') problems.push(`style attribute on ${describe(el)}: ${value}`);
      if (attribute.startsWith('on')) problems.push(`event handler ${attribute} on ${describe(el)}`);
      if (URL_ATTRIBUTES.includes(attribute) && /^\s*javascript:/i.test(value)) problems.push(`javascript: URL in ${attribute} on ${describe(el)}`);
    }
  }
  return problems;
}
