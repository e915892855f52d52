/**
 * Hides or shows a light-DOM node the kit controls (a step, a question, a no-JavaScript
 * fallback) so that no page stylesheet can undo it. The `hidden` attribute alone loses to a
 * global rule such as `[hidden] { display: block !important }`, which agency resets do
 * contain; an inline `display: none !important` wins over every author stylesheet, and
 * setting it through the CSSOM is allowed under a strict Content-Security-Policy.
 */
const hiddenByKit = new WeakSet<HTMLElement>();

export function setHidden(element: HTMLElement, hidden: boolean): void {
  element.hidden = hidden;
  if (hidden) {
    element.style.setProperty('display', 'none', 'important');
    hiddenByKit.add(element);
  } else if (hiddenByKit.has(element)) {
    // Only the kit's own declaration is removed: an agency's inline display stays.
    element.style.removeProperty('display');
    if (!element.getAttribute('style')) element.removeAttribute('style');
    hiddenByKit.delete(element);
  }
}
