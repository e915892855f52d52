/**
 * Small helpers that make plain classes behave like WebIDL interfaces: enumerable accessors
 * on the prototype, a `toStringTag`, `on…` event handler attributes, and the argument
 * conversions (`DOMString`, `float`) browsers apply.
 */

/** Marks the named prototype accessors enumerable, as WebIDL attributes are. */
export function webidlInterface(prototype: object, name: string, attributes: readonly string[]): void {
  for (const attribute of attributes) {
    const descriptor = Object.getOwnPropertyDescriptor(prototype, attribute);
    if (descriptor) Object.defineProperty(prototype, attribute, { ...descriptor, enumerable: true });
  }
  Object.defineProperty(prototype, Symbol.toStringTag, { value: name, configurable: true });
}

/** WebIDL `DOMString`: a template literal throws a TypeError for symbols, as browsers do. */
export function toDOMString(value: unknown): string {
  return `${value as string}`;
}

/** WebIDL `float`: non-finite values throw a TypeError. */
export function toFloat(value: unknown, attribute: string): number {
  const number = Number(value);
  if (!Number.isFinite(number)) throw new TypeError(`Failed to set '${attribute}': the provided float value is non-finite.`);
  return Math.fround(number);
}

type Handler = ((this: EventTarget, event: Event) => unknown) | null;
const handlers = new WeakMap<EventTarget, Map<string, { handler: Handler }>>();

/**
 * Defines `on<type>` attributes. As in HTML, the listener is added when a handler is first
 * set, so it keeps its place among `addEventListener` listeners; setting `null` clears it.
 */
export function defineEventHandlers(prototype: object, types: readonly string[]): void {
  for (const type of types) {
    Object.defineProperty(prototype, `on${type}`, {
      enumerable: true,
      configurable: true,
      get(this: EventTarget): Handler {
        return handlers.get(this)?.get(type)?.handler ?? null;
      },
      set(this: EventTarget, value: unknown) {
        const handler = typeof value === 'function' || (typeof value === 'object' && value !== null) ? (value as Handler) : null;
        let map = handlers.get(this);
        if (!map) handlers.set(this, (map = new Map()));
        const slot = map.get(type);
        if (slot) {
          slot.handler = handler;
          return;
        }
        if (!handler) return;
        const entry = { handler };
        map.set(type, entry);
        this.addEventListener(type, (event) => {
          const current = entry.handler;
          if (typeof current === 'function') current.call(this, event);
        });
      },
    });
  }
}

/** A token only this package holds, so constructors that WebIDL does not expose stay private. */
export const internal = Symbol('qulay.speech.internal');
