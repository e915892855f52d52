/**
 * What the agency put in `slot="title"`. Agencies often slot their own heading (`<h3
 * slot="title">`, from a CMS template) or their own link (`<a slot="title" href>`). Wrapping
 * those in the card's heading and link would nest a heading in a heading and a link in a link:
 * a screen reader would hear two headings and two links for one service. The card uses the
 * agency's own heading or link instead of its own.
 */
export interface SlottedTitle {
  /** The slotted title is a heading (or holds one): the card renders no heading of its own. */
  heading: boolean;
  /** The agency's own link in the title: the card renders no link of its own and uses this one. */
  link?: HTMLAnchorElement;
}

const headingSelector = 'h1, h2, h3, h4, h5, h6, [role="heading"]';

export function readSlottedTitle(host: HTMLElement): SlottedTitle {
  const title = host.querySelector<HTMLElement>(':scope > [slot="title"]');
  if (!title) return { heading: false };
  const heading = title.matches(headingSelector) || title.querySelector(headingSelector) !== null;
  const link = title.matches('a[href]') ? (title as HTMLAnchorElement) : (title.querySelector<HTMLAnchorElement>('a[href]') ?? undefined);
  return { heading, link };
}

export function sameTitle(a: SlottedTitle, b: SlottedTitle): boolean {
  return a.heading === b.heading && a.link === b.link;
}
