import { msg } from '@lit/localize';

/** How the inner radiogroup is named: by the shadow label (`labelledby`), or by text (`label`). */
export interface GroupName {
  labelledby?: string;
  label?: string;
  /** No name was given: `label` is the kit's "Rating", and the element warns. */
  fallback?: true;
}

export const unnamedWarning =
  'has no name; accepted: a label attribute, a label slot, a <label for>, aria-label or aria-labelledby. Screen readers hear "Rating" until it has one.';

/**
 * The group's name: the `label` attribute or slot; else the page's `<label for>`, or the
 * host's `aria-label` / `aria-labelledby` (ARIA lives on the inner radiogroup, so it gets
 * their text). With none of them it is "Rating" (translated), never an unnamed radiogroup.
 */
export function groupNameOf(host: HTMLElement & { readonly labels: NodeList }, label: string): GroupName {
  if (label || host.querySelector(':scope > [slot="label"]')) return { labelledby: 'label' };
  const ids = (host.getAttribute('aria-labelledby') ?? '').split(/\s+/).filter(Boolean);
  // Ids resolve where the host lives: a shadow root's ids are not in the document.
  const root = host.getRootNode() as Document | DocumentFragment;
  const byIds = ids.map((id) => root.getElementById?.(id) ?? null);
  const texts = [...host.labels, ...byIds].map((el) => el?.textContent?.trim() ?? '');
  const text = [...texts, host.getAttribute('aria-label')?.trim() ?? ''].filter(Boolean).join(' ');
  return text ? { label: text } : { label: msg('Rating'), fallback: true };
}
