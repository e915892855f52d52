/**
 * One clear console warning per element and message. Components call this for bad input,
 * so an agency developer sees what is wrong without the page breaking or the console
 * filling up on every re-render.
 */
const seen = new WeakMap<object, Set<string>>();
const seenGlobal = new Set<string>();

function describe(owner: object): string {
  return owner instanceof Element ? `<${owner.localName}>` : 'Qulay';
}

/**
 * Warns once per owner and message.
 * @param owner the element (or any object) the problem belongs to
 * @param message what is wrong and what is accepted
 * @returns true when the warning was printed now, false when it was a repeat
 */
export function warnOnce(owner: object | undefined, message: string): boolean {
  const text = `${owner ? describe(owner) : 'Qulay'}: ${message}`;
  if (owner) {
    let messages = seen.get(owner);
    if (!messages) seen.set(owner, (messages = new Set()));
    if (messages.has(text)) return false;
    messages.add(text);
  } else {
    if (seenGlobal.has(text)) return false;
    seenGlobal.add(text);
  }
  console.warn(text);
  return true;
}

/** How much of a bad value a warning quotes. */
const quotedLength = 40;

/**
 * A bad value as a warning quotes it: long text (a 10,000-character attribute, a pasted
 * document) is cut, so the console stays readable and the warning still names the value.
 * Cutting an already cut value changes nothing.
 */
export function quotedValue(value: unknown): string {
  const text = String(value);
  return text.length > quotedLength ? `${text.slice(0, quotedLength)}…` : text;
}

/**
 * The standard wording for an invalid attribute: names the attribute, the value received
 * (shortened by `quotedValue`), what is accepted and what the component does instead.
 */
export function invalidAttributeMessage(
  attribute: string,
  value: unknown,
  accepted: string,
  fallback: string,
): string {
  return `${attribute}="${quotedValue(value)}" is not valid; accepted: ${accepted}. Using ${fallback}.`;
}
