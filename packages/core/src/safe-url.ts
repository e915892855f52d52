/**
 * The one place the kit decides whether a value may become a link, a fetch target or a
 * module URL. It parses the value the way the browser will (`new URL` against the document's
 * base), so what is checked is exactly what is followed: browsers strip tabs, newlines and
 * leading control characters from URLs, which turns `java\tscript:` into a live
 * `javascript:` link past any regex. Only what resolves to `http:` or `https:` is allowed.
 */

const allowedProtocols = new Set(['http:', 'https:']);

/** Longer than any link a service page needs; a bigger value is a mistake or an attack. */
const maxLength = 8192;

/**
 * Resolves `value` against the document's base (or `base`) and returns the absolute
 * `http(s)` URL, or `undefined` for anything else: other schemes (`javascript:`, `data:`,
 * `vbscript:`, `blob:`, `file:`, …), values that do not parse, non-strings and values over
 * 8,192 characters. Relative values resolve to the page's own scheme.
 */
export function safeUrl(value: unknown, base?: string): string | undefined {
  if (typeof value !== 'string' || value.length > maxLength) return undefined;
  if (!value.trim()) return undefined;
  let url: URL;
  try {
    url = new URL(value, base ?? globalThis.document?.baseURI);
  } catch {
    return undefined;
  }
  return allowedProtocols.has(url.protocol) ? url.href : undefined;
}
