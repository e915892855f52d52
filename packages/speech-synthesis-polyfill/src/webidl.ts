/**
 * Small helpers that make plain classes behave like WebIDL interfaces: enumerable accessors
 * on the prototype, a `toStringTag`, `on…` event handler attributes, and the argument
 * conversions (`DOMString`, `float`) browsers apply.
 */

/**
 * Gives a class the shape of a WebIDL interface: every attribute and operation on the
 * prototype enumerable (class members are not), a `toStringTag`, and the interface object's
 * `length`: the number of required constructor arguments, 0 for an interface page code
 * cannot construct (the class's own `length` counts the private token and options).
 */
export function webidlInterface(constructor: abstract new (...args: never[]) => unknown, name: string, length = 0): void {
  const prototype = constructor.prototype as object;
  for (const key of Object.getOwnPropertyNames(prototype)) {
    if (key === 'constructor') continue;
    Object.defineProperty(prototype, key, { ...Object.getOwnPropertyDescriptor(prototype, key), enumerable: true });
  }
  Object.defineProperty(prototype, Symbol.toStringTag, { value: name, configurable: true });
  Object.defineProperty(constructor, 'length', { value: length, configurable: true });
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
 * Like every WebIDL attribute they check their receiver: `is` tells an instance (the
 * prototype itself, or any other object, gets a TypeError, as in browsers).
 */
export function defineEventHandlers(prototype: object, types: readonly string[], is: (value: unknown) => boolean): void {
  const check = (receiver: unknown) => {
    if (!is(receiver)) throw new TypeError('Illegal invocation');
  };
  for (const type of types) {
    const name = `on${type}`;
    // An object literal's accessors are named `get onstart`/`set onstart`, as the browser's are.
    const accessors = {
      get [name](): Handler {
        check(this);
        return handlers.get(this as unknown as EventTarget)?.get(type)?.handler ?? null;
      },
      set [name](value: unknown) {
        check(this);
        const target = this as unknown as EventTarget;
        const handler = typeof value === 'function' || (typeof value === 'object' && value !== null) ? (value as Handler) : null;
        let map = handlers.get(target);
        if (!map) handlers.set(target, (map = new Map()));
        const slot = map.get(type);
        if (slot) {
          slot.handler = handler;
          return;
        }
        if (!handler) return;
        const entry = { handler };
        map.set(type, entry);
        target.addEventListener(type, (event) => {
          const current = entry.handler;
          if (typeof current === 'function') current.call(target, event);
        });
      },
    };
    Object.defineProperty(prototype, name, { ...Object.getOwnPropertyDescriptor(accessors, name), enumerable: true, configurable: true });
  }
}

/** A token only this package holds, so constructors that WebIDL does not expose stay private. */
export const internal = Symbol('qulay.speech.internal');
