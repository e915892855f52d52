import { warnOnce } from './warn.js';

/**
 * The kit is 0.x, so an attribute may be renamed; the old name keeps working for one minor
 * version. Call this when the element connects: when only the old attribute is present, it
 * warns once (naming the element, both names and the version that drops it) and copies the
 * value to the new attribute, so the component reads one name.
 */
export function adoptRenamedAttribute(element: Element, oldName: string, newName: string, removedIn: string): void {
  if (!element.hasAttribute(oldName)) return;
  warnOnce(element, `the attribute ${oldName} is renamed ${newName}; the old name stops working in ${removedIn}.`);
  if (!element.hasAttribute(newName)) element.setAttribute(newName, element.getAttribute(oldName)!);
}
