// Escaping for every output format. Values from the target (chat contents, error
// messages, ids) reach reports; each format gets them as inert text.

/**
 * Characters a terminal or a Markdown viewer acts on rather than shows: C0 controls (ESC
 * starts a terminal escape sequence, CR and BS overwrite a line, BEL rings), DEL, C1
 * controls (U+009B is a one-byte CSI for some terminals), the line and paragraph
 * separators and the bidirectional overrides and isolates (they reorder what is shown).
 */
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/**
 * `text` with every control character made visible as an escape (`\u001b`, `\n`, `\u009b`):
 * a target's event names, keys, values, messages and headers cannot clear the screen, set
 * the window title, colour a fake verdict or overwrite a line. The console writer and the
 * Markdown report pass every such string through it (docs/reports.md).
 */
export function visible(text: string): string {
  return text.replace(INVISIBLE, (ch) => NAMED[ch] ?? `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

const HTML: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text or attribute value for HTML: `<>&"'` become entities. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => HTML[ch]!);
}

// XML 1.0 allows only these characters; anything else (NUL, most C0 controls, lone
// surrogates, U+FFFE/U+FFFF) makes the whole file unreadable to a CI server.
const XML_INVALID = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

function visibleInvalid(text: string): string {
  return text.replace(XML_INVALID, (ch) => `\\u${ch.codePointAt(0)!.toString(16).padStart(4, '0')}`);
}

/** Character data of an XML element. */
export function escapeXmlText(text: string): string {
  return visibleInvalid(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** An XML attribute value (double-quoted); line breaks survive attribute normalisation. */
export function escapeXmlAttr(text: string): string {
  return escapeXmlText(text).replace(/"/g, '&quot;').replace(/'/g, '&apos;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;').replace(/\t/g, '&#9;');
}

/**
 * Message text of a Mermaid sequence diagram. Mermaid ends a message at `;`, `#` or a
 * line break, reads `#name;` as an entity, renders `<br>` and other HTML, and (before
 * parsing) rewrites lines matching `style…:…#…;`. Everything that could matter becomes a
 * numeric entity (`#60;`), which Mermaid shows as the character itself.
 */
export function escapeMermaid(text: string): string {
  return text
    .replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ')
    .replace(/[#;<>&`%]/g, (ch) => `#${ch.charCodeAt(0)};`)
    // Defuse Mermaid's pre-parse rewrite of `style…:…#…;` and `classDef…:…#…;`.
    .replace(/style/g, 'styl#101;')
    .replace(/classDef/g, 'classDe#102;')
    .trim();
}

/** Plain text inside Markdown prose: no markup, no HTML, one line. */
export function escapeMarkdown(text: string): string {
  return visible(text.replace(/[\r\n\u2028\u2029]+/g, ' '))
    .replace(/[\r\n\u2028\u2029]+/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([\\`*_[\]|~#])/g, '\\$1');
}

/**
 * Kit-authored prose (requirements, titles) that may use `code spans`: spans stay as
 * written, the rest gets no HTML; one line.
 */
export function markdownProse(text: string): string {
  return visible(text.replace(/[\r\n\u2028\u2029]+/g, ' '))
    .split(/(`[^`]*`)/)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\|/g, '\\|')))
    .join('');
}

/** A fenced code block that no content can close early. */
export function fence(source: string, lang = ''): string {
  // Line breaks stay (a block has lines); every other control character is made visible.
  const text = source.split('\n').map(visible).join('\n');
  const runs = text.match(/`{3,}/g) ?? [];
  const width = Math.max(3, ...runs.map((r) => r.length + 1));
  const f = '`'.repeat(width);
  return `${f}${lang}\n${text}\n${f}`;
}

/** An inline code span that holds any text (one line). */
export function codeSpan(text: string): string {
  const line = visible(text.replace(/[\r\n]+/g, ' '));
  const runs = line.match(/`+/g) ?? [];
  const width = Math.max(0, ...runs.map((r) => r.length)) + 1;
  const f = '`'.repeat(width);
  const pad = line.startsWith('`') || line.endsWith('`') ? ' ' : '';
  return `${f}${pad}${line}${pad}${f}`;
}
