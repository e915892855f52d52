import { LitElement, defaultConverter, type CSSResult, type PropertyDeclaration } from 'lit';
import { state } from 'lit/decorators.js';
import { updateWhenLocaleChanges } from '@lit/localize';
import { startLocalization } from './localization.js';
import { getPreferences } from './preferences.js';
import { installTokens } from './tokens.js';
import { VERSION } from './version.js';
import { invalidAttributeMessage, warnOnce } from './warn.js';

/** Detail type of a `qulay-*` event, read from `GlobalEventHandlersEventMap`. */
type EventDetail<K extends keyof GlobalEventHandlersEventMap> =
  GlobalEventHandlersEventMap[K] extends CustomEvent<infer D> ? D : never;

type VersionedConstructor = CustomElementConstructor & { version?: string };

/**
 * Every Qulay element tracks the language and direction of its content, so that numbers,
 * dates and speech follow a Russian quote inside an Uzbek page. One observer serves all
 * elements; a change of `lang` or `dir` anywhere re-reads it for each connected element.
 */
const tracked = new Set<QulayElement>();
let langObserver: MutationObserver | undefined;

function trackLanguage(element: QulayElement): void {
  tracked.add(element);
  if (!langObserver && typeof MutationObserver !== 'undefined') {
    langObserver = new MutationObserver(() => tracked.forEach((el) => el.refreshLanguage()));
    langObserver.observe(document.documentElement, {
      attributes: true,
      subtree: true,
      attributeFilter: ['lang', 'dir'],
    });
  }
}

/** The nearest ancestor-or-self carrying `attribute`, crossing shadow roots to their hosts. */
function closestWithAttribute(start: Element, attribute: string): Element | null {
  let node: Element | null = start;
  while (node) {
    const found: Element | null = node.closest(`[${attribute}]`);
    if (found) return found;
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return null;
}

let duplicateWarned = false;

/** Which light-DOM stylesheets each document or shadow root has adopted already. */
const adoptedLightStyles = new WeakMap<Document | ShadowRoot, Set<CSSResult>>();

function adoptLightStyles(root: Node, styles: CSSResult): void {
  if (!(root instanceof Document || root instanceof ShadowRoot)) return;
  let adopted = adoptedLightStyles.get(root);
  if (!adopted) adoptedLightStyles.set(root, (adopted = new Set()));
  if (adopted.has(styles) || !styles.styleSheet) return;
  adopted.add(styles);
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, styles.styleSheet];
}

/**
 * The base class of every Qulay component.
 *
 * It gives: the content language and direction (`contentLang`, `contentDir`), re-rendering
 * when the kit's language changes, the design tokens installed once, a typed `emit()`, a
 * deduplicated `warn()` for bad input, and a `define()` that tolerates a second copy of the
 * kit on the page.
 */
export class QulayElement extends LitElement {
  /**
   * Styles for the light-DOM nodes a component renders itself (facts a screen reader and
   * native read-aloud must see). Adopted once into the element's document or shadow root;
   * every selector must start with the component's tag.
   */
  static lightStyles?: CSSResult;

  /**
   * The kit's elements this component renders or creates, by tag. `define()` registers them
   * first, so a component works when only its own `define/` file is imported; a component
   * never imports another's `define/` file (importing `@qulay/elements` registers nothing).
   */
  static dependencies: Record<string, typeof QulayElement> = {};

  /**
   * Attributes renamed in a 0.x version: old name → the new name and the version that drops
   * the old one. The old name keeps working, whether it is in the markup or set later, with
   * one warning; beside the new name in the markup, the new one wins.
   * @internal
   */
  static renamedAttributes: Record<string, { to: string; until: string }> = {};

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, ...Object.keys(this.renamedAttributes)];
  }

  /** The kit version this class belongs to. */
  static readonly version: string = VERSION;

  /**
   * The language of the element's content: the `lang` of the nearest ancestor (through
   * shadow roots), or `''` when the page declares none.
   */
  @state() contentLang = '';

  /** The direction of the element's content: the nearest `dir`, else `ltr`. */
  @state() contentDir: 'ltr' | 'rtl' = 'ltr';

  /**
   * A plain string property that mirrors an attribute takes any value the way a native one does
   * (`a.title = 5` gives "5"): React 19 and Vue 3 set properties, not attributes, and a
   * number there must not reach `.trim()` and throw inside the update. `null` and
   * `undefined` stay as they are (absent).
   */
  protected static override getPropertyDescriptor(
    name: PropertyKey,
    key: string | symbol,
    options: PropertyDeclaration,
  ): PropertyDescriptor | undefined {
    const descriptor = super.getPropertyDescriptor(name, key, options);
    // A custom converter (a JSON attribute) means the property holds something else: left alone.
    const stringAttribute =
      options.attribute !== false &&
      (options.converter ?? defaultConverter) === defaultConverter &&
      (options.type ?? String) === String;
    if (!descriptor?.set || !stringAttribute) return descriptor;
    const { set } = descriptor;
    return {
      ...descriptor,
      set(this: QulayElement, value: unknown) {
        set.call(this, value == null || typeof value === 'string' ? value : String(value));
      },
    };
  }

  private hasConnected = false;

  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    const renamed = (this.constructor as typeof QulayElement).renamedAttributes[name];
    if (!renamed) return super.attributeChangedCallback(name, old, value);
    if (value === null) return;
    warnOnce(this, `the attribute ${name} is renamed ${renamed.to}; the old name stops working in ${renamed.until}.`);
    // While the markup is first read, the new name written beside the old one wins; later, the last one set.
    if (this.hasConnected || !this.hasAttribute(renamed.to)) this.setAttribute(renamed.to, value);
  }

  override connectedCallback(): void {
    this.hasConnected = true;
    super.connectedCallback();
    installTokens();
    const { lightStyles } = this.constructor as typeof QulayElement;
    if (lightStyles) adoptLightStyles(this.getRootNode(), lightStyles);
    // The citizen's stored choices apply on every page that uses the kit, panel or not.
    getPreferences();
    void startLocalization();
    trackLanguage(this);
    this.refreshLanguage();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    tracked.delete(this);
  }

  /** Re-reads `contentLang` and `contentDir` from the element's ancestors. */
  refreshLanguage(): void {
    this.contentLang = closestWithAttribute(this, 'lang')?.getAttribute('lang') ?? '';
    const dir = closestWithAttribute(this, 'dir')?.getAttribute('dir')?.toLowerCase();
    this.contentDir = dir === 'rtl' ? 'rtl' : 'ltr';
  }

  /**
   * Dispatches a bubbling, composed event. For `qulay-*` events declared in
   * `GlobalEventHandlersEventMap` the detail is type-checked.
   * @returns false when a listener cancelled a cancelable event
   */
  emit<K extends keyof GlobalEventHandlersEventMap>(
    type: K,
    detail?: EventDetail<K>,
    options: { cancelable?: boolean } = {},
  ): boolean {
    return this.dispatchEvent(
      new CustomEvent(type, {
        detail,
        bubbles: true,
        composed: true,
        cancelable: options.cancelable ?? false,
      }),
    );
  }

  /** Logs one warning for this element and message; repeats are dropped. */
  warn(message: string): void {
    warnOnce(this, message);
  }

  /**
   * Warns about an invalid attribute value in the kit's standard wording:
   * `<qulay-x>: attr="value" is not valid; accepted: …. Using ….`
   */
  warnInvalid(attribute: string, value: unknown, accepted: string, fallback: string): void {
    warnOnce(this, invalidAttributeMessage(attribute, value, accepted, fallback));
  }

  /**
   * Registers the class under `tag`, after its `dependencies`. When the tag is already taken (a second copy of the
   * kit, perhaps another version), it keeps the first registration, logs one warning for
   * this copy naming both versions, and never throws.
   */
  static define(tag: string): void {
    const registry = globalThis.customElements;
    if (!registry) return;
    for (const [dependencyTag, dependency] of Object.entries(this.dependencies)) dependency.define(dependencyTag);
    const existing = registry.get(tag) as VersionedConstructor | undefined;
    if (!existing) {
      registry.define(tag, this);
      return;
    }
    if (existing === this || duplicateWarned) return;
    duplicateWarned = true;
    console.warn(
      `Qulay ${this.version}: <${tag}> is already defined by Qulay ${existing.version ?? '(unknown version)'}; ` +
        'this copy keeps the existing definitions. Load the kit once per page.',
    );
  }
}
