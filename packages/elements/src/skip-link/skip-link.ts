import { html } from 'lit';
import { property } from 'lit/decorators.js';
import { msg } from '@lit/localize';
import { QulayElement, baseStyles, quotedValue, warnOnce } from '@qulay/core';
import { skipLinkStyles } from './skip-link.styles.js';

const focusableSelector =
  'a[href], area[href], button, input, select, textarea, iframe, summary, [tabindex], [contenteditable]:not([contenteditable="false"])';

/** The landmark a page's main content usually lives in, used when `for` finds nothing. */
const mainFallbackSelector = 'main, [role="main"]';

/**
 * Place it first inside `<body>`. On activation it moves focus to the element `for` names,
 * making it focusable with a temporary `tabindex="-1"` that is removed when focus leaves.
 * `for` was called `target` before 0.2; the old attribute warns once and works until 0.3.
 *
 * @summary A "Skip to main content" link: the first thing a keyboard user reaches on the
 * page, hidden until it receives focus, moving focus past the header to the main content.
 *
 * @tagname qulay-skip-link
 *
 * @slot - Replaces the built-in link text ("Skip to main content", translated into each kit language).
 *
 * @csspart link - The link.
 *
 * @cssprop --qulay-skip-link-background - Background of the visible link. Default: the primary colour.
 * @cssprop --qulay-skip-link-color - Text colour of the visible link. Default: the text colour on primary.
 * @cssprop --qulay-skip-link-z-index - Stacking order of the visible link. Default: 2147483647.
 *
 * @fires qulay-skip - Before focus moves; cancelable. `detail.target` is the element. Cancel it to move focus yourself (for example in a single-page app).
 */
export class QulaySkipLink extends QulayElement {
  static override styles = [baseStyles, skipLinkStyles];
  static override renamedAttributes = { target: { to: 'for', until: '0.3' } };

  /**
   * Where focus goes: the id of the main content, or a CSS selector. The default, `main`,
   * matches an element with `id="main"` or else the page's `<main>` element.
   */
  @property({ reflect: true }) for = 'main';

  /**
   * Deprecated: the old name of `for`; it warns once and works until 0.3. Internal to the
   * manifest: the documented rename is the attribute (CHANGELOG.md), and a bad value set
   * through the old name would warn twice (the rename, then the value).
   * @internal
   */
  get target(): string {
    return this.for;
  }

  /** @internal */
  set target(value: string) {
    warnOnce(this, 'the property target is renamed for; the old name stops working in 0.3.');
    this.for = value;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Check the page once it is parsed: the target usually comes after the link.
    if (document.readyState === 'loading') {
      document.addEventListener('DOMContentLoaded', () => this.checkPlacement(), { once: true });
    } else {
      queueMicrotask(() => this.checkPlacement());
    }
  }

  /** The element focus will move to, or null when the page has none. */
  resolveTarget(): HTMLElement | null {
    const root = this.getRootNode() as Document | ShadowRoot;
    const value = (this.for ?? '').trim() || 'main';
    const byId = root.getElementById?.(value) ?? document.getElementById(value);
    if (byId instanceof HTMLElement) return byId;
    let match: Element | null = null;
    try {
      match = root.querySelector(value);
    } catch {
      // Not a valid selector: treated as an id that does not exist.
    }
    if (match instanceof HTMLElement) return match;
    const fallback = root.querySelector(mainFallbackSelector);
    this.warn(
      `for="${quotedValue(value)}" matches no element; accepted: the id of the main content, or a CSS selector (default "main"). ` +
        (fallback ? 'Using the page\'s <main> instead.' : 'The page has no <main> either, so the link does nothing.'),
    );
    return fallback instanceof HTMLElement ? fallback : null;
  }

  /** Warns when the target is missing or when something focusable comes before the link. */
  private checkPlacement(): void {
    if (!this.isConnected) return;
    this.resolveTarget();
    const root = this.getRootNode() as Document | ShadowRoot;
    // Only elements a keyboard user can actually reach count: hidden ones are no tab stop.
    const first = [...root.querySelectorAll(focusableSelector)].find(
      (element) => element.getAttribute('tabindex') !== '-1' && element.checkVisibility(),
    );
    if (first && first.compareDocumentPosition(this) & Node.DOCUMENT_POSITION_FOLLOWING) {
      this.warn(
        `should be the first focusable element on the page, but <${first.localName}> comes before it. Place it first inside <body>.`,
      );
    }
  }

  private onClick(event: MouseEvent): void {
    event.preventDefault();
    const target = this.resolveTarget();
    if (!target || !this.emit('qulay-skip', { target }, { cancelable: true })) return;
    moveFocusTo(target);
  }

  override render() {
    return html`<a part="link" href=${fragmentFor(this.for)} @click=${this.onClick}
      ><slot>${msg('Skip to main content', { desc: 'Skip link: jumps past the page header to the main content.' })}</slot></a
    >`;
  }
}

/** A same-page link for the target, so the link still makes sense without a click handler. */
function fragmentFor(target: string): string {
  const id = (target ?? '').trim().replace(/^#/, '');
  return /^[A-Za-z][\w-]*$/.test(id) ? `#${id}` : '#';
}

/** Focuses `target`, giving it a temporary `tabindex="-1"` when it is not focusable. */
function moveFocusTo(target: HTMLElement): void {
  if (!target.hasAttribute('tabindex') && !target.matches(focusableSelector)) {
    target.setAttribute('tabindex', '-1');
    target.addEventListener('blur', () => target.removeAttribute('tabindex'), { once: true });
  }
  target.focus({ preventScroll: true });
  target.scrollIntoView({ block: 'start' });
}

declare global {
  interface GlobalEventHandlersEventMap {
    'qulay-skip': CustomEvent<{ target: HTMLElement }>;
  }
}
