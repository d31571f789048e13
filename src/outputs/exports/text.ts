/**
 * Text guards shared by the XML exports. XML 1.0 cannot carry most C0 control characters,
 * lone surrogates or U+FFFE/U+FFFF at all, not even as character references, so they are
 * removed; everything else passes through unchanged.
 */

// Char ::= #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF]
const XML_ILLEGAL = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

export function stripXmlIllegal(text: string): string {
  return text.replace(XML_ILLEGAL, '');
}

/** Plain text as HTML text: what feed readers decode back to the same characters. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/**
 * HTML that can sit in a CDATA section: `]]>` would end the section, and `&gt;` means the same
 * to an HTML reader. Every `>` that follows `]]` in HTML is text, since attributes are quoted.
 */
export function cdataSafeHtml(html: string): string {
  return html.replaceAll(']]>', ']]&gt;');
}

/** A date that would print as "Invalid Date" or throw deep inside a serialiser fails here. */
export function validDate(value: Date | undefined, what: string): Date {
  if (!(value instanceof Date) || Number.isNaN(value.getTime())) {
    throw new Error(`${what}: found ${String(value)}, want a valid date`);
  }
  return value;
}
