/**
 * Hides or shows a light-DOM node the kit controls (a step, a question, a no-JavaScript
 * fallback) so that no page stylesheet can undo it. The `hidden` attribute alone loses to a
 * global rule such as `[hidden] { display: block !important }`, which agency resets do
 * contain; an inline `display: none !important` wins over every author stylesheet, and
 * setting it through the CSSOM is allowed under a strict Content-Security-Policy.
 */

/** The inline `display` an element had before the kit hid it, given back when it is shown. */
interface SavedDisplay {
  value: string;
  priority: string;
  /** Whether the element had a `style` attribute at all (an empty one is not left behind). */
  hadStyle: boolean;
}

const savedDisplay = new WeakMap<HTMLElement, SavedDisplay>();

export function setHidden(element: HTMLElement, hidden: boolean): void {
  element.hidden = hidden;
  if (hidden) {
    // Saved once: hiding twice must not save the kit's own `none` as the agency's value.
    if (!savedDisplay.has(element)) {
      const { style } = element;
      savedDisplay.set(element, {
        value: style.getPropertyValue('display'),
        priority: style.getPropertyPriority('display'),
        hadStyle: element.hasAttribute('style'),
      });
    }
    element.style.setProperty('display', 'none', 'important');
    return;
  }
  const saved = savedDisplay.get(element);
  if (!saved) return;
  savedDisplay.delete(element);
  // Only the kit's own declaration goes: an agency's inline display (say `flex`) comes back.
  if (saved.value) element.style.setProperty('display', saved.value, saved.priority);
  else element.style.removeProperty('display');
  if (!saved.hadStyle && !element.getAttribute('style')) element.removeAttribute('style');
}

/**
 * Hides everything an agency wrote inside a component (its no-JavaScript fallback, however it
 * is written) and nothing of the kit's own (`isOwn`). Nothing is removed: the agency's nodes
 * stay in the page. Loose text, and an `<svg>` or `<math>` (which have no `hidden` property
 * and are not HTMLElements), go into a span marked `data-qulay-fallback` that is hidden
 * instead: left visible beside the kit's own content they would be seen and read twice.
 * @returns the elements it hid
 */
export function hideFallback(host: HTMLElement, isOwn: (node: Element) => boolean = () => false): HTMLElement[] {
  const hidden: HTMLElement[] = [];
  for (const node of [...host.childNodes]) {
    let target: HTMLElement | undefined;
    const loose = (node instanceof Text && node.data.trim()) || (node instanceof Element && !(node instanceof HTMLElement));
    if (loose) {
      target = document.createElement('span');
      target.setAttribute('data-qulay-fallback', '');
      node.replaceWith(target);
      target.append(node);
    } else if (node instanceof HTMLElement && !isOwn(node)) target = node;
    if (target) {
      setHidden(target, true);
      hidden.push(target);
    }
  }
  return hidden;
}
