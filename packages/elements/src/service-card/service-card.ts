import { html, nothing, render, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { html as staticHtml } from 'lit/static-html.js';
import { msg } from '@lit/localize';
import { ModeController, QulayElement, baseStyles, parseDuration, safeUrl } from '@qulay/core';
import { badgesTemplate, keyFactsTemplate, moreFactsTemplate, summaryText, type CardFacts, type Channel, type Fee } from './service-card-facts.js';
import { serviceCardLightStyles, serviceCardStyles } from './service-card.styles.js';
import { QulayListen } from '../listen/listen.js';
import { headingTag, readHeadingLevel, type HeadingLevel } from '../shared/heading.js';
import { optionalNumber, shownValue } from '../shared/number.js';
import { readSlottedTitle, sameTitle, type SlottedTitle } from './service-card-title.js';
const channelAliases: Record<string, Channel> = { web: 'web', online: 'web', mobile: 'mobile', office: 'office', psc: 'office' };

/** The light-DOM containers the card renders its own facts into, so native read-aloud and innerText see them. */
type LightPart = 'badges' | 'key-facts' | 'more-facts' | 'summary';

/**
 * The card's text (title, description, agency, actions) is the agency's light DOM. The facts
 * the card formats itself (category, fee, term, channels, rating, and the screen-reader
 * summary) are rendered into light DOM too, in elements marked `data-qulay-card`, so
 * `innerText` and native read-aloud tools see them.
 *
 * @summary A service card: the service's name as the one link, its agency, fee, processing
 * time, channels and rating, adapting to every mode.
 *
 * @tagname qulay-service-card
 *
 * @slot title - The service name (plain text or inline elements; the card makes the heading and the link). When it is the agency's own heading or link, the card uses that heading or link instead of nesting its own around it.
 * @slot - A short description.
 * @slot agency - The responsible agency.
 * @slot actions - Extra links (kept out of the card-wide click target).
 * @slot icon - A decorative icon.
 * @slot reason - Why the service is unavailable, shown with `status="unavailable"`.
 *
 * @csspart card - The `<article>`.
 * @csspart title - The heading.
 * @csspart link - The title link.
 * @csspart primary-action - The "Get the service" link of the simplified layout.
 * @csspart more - The "More details" disclosure of the simplified layout.
 *
 * @cssprop --qulay-service-card-background - Card background. Default: the surface colour.
 * @cssprop --qulay-service-card-border - Card border colour. Default: the border colour.
 * @cssprop --qulay-service-card-rating-color - Colour of the rating stars.
 *
 * @fires qulay-read-aloud-change - From the card's listen button in read-aloud mode, when reading starts, pauses, resumes, stops or cannot start; `detail` as on `<qulay-listen>`: `{ state, lang }`.
 * @fires qulay-read-aloud - Deprecated: the old name of `qulay-read-aloud-change`, still fired until 0.3.
 */
export class QulayServiceCard extends QulayElement {
  static override styles = [baseStyles, serviceCardStyles];
  static override lightStyles = serviceCardLightStyles;
  static override dependencies = { 'qulay-listen': QulayListen };

  /** The service page. The title becomes the card's one link; `javascript:` and `data:` are refused. */
  @property() href?: string;
  /** Heading level of the title, 2 to 6 (default 3). */
  @property({ type: Number, attribute: 'heading-level', converter: optionalNumber }) headingLevel?: number;
  /** `g2c` (for citizens), `g2b` (for business) or `g2f` (for foreigners). */
  @property() category?: string;
  /** Fee for individuals in soʻm; `0` shows "Free". */
  @property({ type: Number, attribute: 'fee-individual', converter: optionalNumber }) feeIndividual?: number;
  /** Fee for legal entities in soʻm. */
  @property({ type: Number, attribute: 'fee-legal', converter: optionalNumber }) feeLegal?: number;
  /** Fee for individuals as a multiple of the base calculation amount (BHM); wins over `fee-individual`. */
  @property({ type: Number, attribute: 'fee-bhm-individual', converter: optionalNumber }) feeBhmIndividual?: number;
  /** Fee for legal entities as a multiple of the BHM; wins over `fee-legal`. */
  @property({ type: Number, attribute: 'fee-bhm-legal', converter: optionalNumber }) feeBhmLegal?: number;
  /** The base calculation amount in soʻm (default 412 000). */
  @property({ type: Number, attribute: 'bhm-amount', converter: optionalNumber }) bhmAmount?: number;
  /** Processing time: `instant`, or an ISO 8601 duration such as `P5D`. */
  @property() term?: string;
  /** The term's days are working days. */
  @property({ type: Boolean, attribute: 'term-working-days' }) termWorkingDays = false;
  /** Where to apply: `web`, `mobile`, `office`, separated by spaces. */
  @property() channels?: string;
  /** Offered without an application, from data the state holds. */
  @property({ type: Boolean }) proactive = false;
  /** Several agencies behind one application. */
  @property({ type: Boolean }) composite = false;
  /** Average rating, 0 to 5. */
  @property({ type: Number, converter: optionalNumber }) rating?: number;
  /** Number of ratings. */
  @property({ type: Number, attribute: 'rating-count', converter: optionalNumber }) ratingCount?: number;
  /** `available` or `unavailable`. */
  @property() status?: string;

  private readonly modes = new ModeController(this);
  private facts: CardFacts = { channels: [], proactive: false, composite: false, unavailable: false };
  private safeHref?: string;
  private slotted: SlottedTitle = { heading: false };
  private level: HeadingLevel = 3;

  constructor() {
    super();
    // A pointer convenience only: keyboard and screen-reader users reach the card through its
    // one link, so the card itself is no extra tab stop and needs no key handler.
    this.addEventListener('click', (event) => this.onCardClick(event));
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('href')) this.safeHref = this.readHref();
    this.slotted = readSlottedTitle(this);
    if (changed.has('headingLevel')) this.level = readHeadingLevel(this, this.headingLevel, 3);
    this.facts = this.readFacts();
  }

  private readHref(): string | undefined {
    if (!this.href?.trim()) return undefined;
    const href = safeUrl(this.href);
    if (!href) this.warnInvalid('href', this.href, 'an http(s) or relative URL', 'no link');
    return href;
  }

  /** Checks one numeric property; a bad value warns with the attribute's own text. */
  private readNumber(attribute: string, value: number | undefined, { min = 0, max = Infinity } = {}): number | undefined {
    if (value === undefined || value === null) return undefined;
    // A framework may set a numeric text as the property; it means the same number, and an
    // empty text means no value, as the empty attribute does.
    if (typeof value === 'string' && !(value as string).trim()) return undefined;
    const number = typeof value === 'string' ? Number(value) : value;
    const shown = shownValue(this, attribute, value);
    if (typeof number !== 'number' || !Number.isFinite(number)) {
      this.warnInvalid(attribute, shown, max === Infinity ? `a number, ${min} or more` : `a number from ${min} to ${max}`, 'nothing (the line is left out)');
      return undefined;
    }
    if (number < min || number > max) {
      const clamped = Math.min(max, Math.max(min, number));
      if (max === Infinity) {
        this.warnInvalid(attribute, shown, `a number, ${min} or more`, 'nothing (the line is left out)');
        return undefined;
      }
      this.warnInvalid(attribute, shown, `a number from ${min} to ${max}`, String(clamped));
      return clamped;
    }
    return number;
  }

  private readFee(sumAttribute: string, sumValue: number | undefined, bhmAttribute: string, bhmValue: number | undefined): Fee | undefined {
    const bhm = this.readNumber(bhmAttribute, bhmValue);
    if (bhm !== undefined) {
      const amount = this.readNumber('bhm-amount', this.bhmAmount) ?? 412000;
      return { bhm, sum: Math.round(bhm * amount) };
    }
    const sum = this.readNumber(sumAttribute, sumValue);
    return sum === undefined ? undefined : { sum };
  }

  private readFacts(): CardFacts {
    let category: CardFacts['category'];
    if (this.category) {
      const value = this.category.trim().toLowerCase();
      if (value === 'g2c' || value === 'g2b' || value === 'g2f') category = value;
      else this.warnInvalid('category', this.category, 'g2c, g2b, g2f', 'no category');
    }
    let term: CardFacts['term'];
    if (this.term) {
      const value = this.term.trim();
      if (value.toLowerCase() === 'instant') term = { instant: true };
      else if (parseDuration(value)) term = { instant: false, iso: value.toUpperCase(), workingDays: this.termWorkingDays };
      else this.warnInvalid('term', this.term, '"instant" or an ISO 8601 duration such as P5D', 'no processing time');
    }
    const channels: Channel[] = [];
    const unknown: string[] = [];
    for (const token of (this.channels ?? '').split(/[\s,]+/).filter(Boolean)) {
      const channel = channelAliases[token.toLowerCase()];
      if (!channel) unknown.push(token);
      else if (!channels.includes(channel)) channels.push(channel);
    }
    // One warning for all the unknown words, not one each: the console stays readable.
    if (unknown.length) this.warnInvalid('channels', unknown.join(' '), 'web, mobile, office', 'the others');
    let unavailable = false;
    if (this.status) {
      const value = this.status.trim().toLowerCase();
      if (value === 'unavailable') unavailable = true;
      else if (value !== 'available') this.warnInvalid('status', this.status, 'available, unavailable', 'available');
    }
    const rating = this.readNumber('rating', this.rating, { min: 0, max: 5 });
    const ratingCount = this.readNumber('rating-count', this.ratingCount);
    return {
      category,
      feeIndividual: this.readFee('fee-individual', this.feeIndividual, 'fee-bhm-individual', this.feeBhmIndividual),
      feeLegal: this.readFee('fee-legal', this.feeLegal, 'fee-bhm-legal', this.feeBhmLegal),
      term,
      channels,
      proactive: this.proactive,
      composite: this.composite,
      rating,
      ratingCount: rating === undefined || ratingCount === undefined ? undefined : Math.round(ratingCount),
      unavailable,
    };
  }

  /** The light-DOM container for one group of facts, created on first use. */
  private lightContainer(part: LightPart): HTMLElement {
    let container = this.querySelector<HTMLElement>(`:scope > [data-qulay-card="${part}"]`);
    if (!container) {
      container = document.createElement('div');
      container.setAttribute('data-qulay-card', part);
      container.slot = `qulay-${part}`;
      this.append(container);
    }
    return container;
  }

  protected override updated(): void {
    const { reader } = this.modes.modes;
    render(badgesTemplate(this.facts), this.lightContainer('badges'));
    render(keyFactsTemplate(this.facts), this.lightContainer('key-facts'));
    render(moreFactsTemplate(this.facts), this.lightContainer('more-facts'));
    render(reader ? html`<p>${summaryText(this.facts)}</p>` : nothing, this.lightContainer('summary'));
  }

  /** The card's title text, for the listen button's name. */
  private titleText(): string {
    return this.querySelector('[slot="title"]')?.textContent?.trim() ?? '';
  }

  /**
   * The title's link: the card's own, or the agency's link in the title slot when its URL
   * passes safeUrl(). A refused agency link (`javascript:`, `data:`) is no click target: a
   * click on the card must not run what the kit refused to link to.
   */
  private titleLink(): HTMLAnchorElement | null {
    const own = this.slotted.link;
    if (own) return safeUrl(own.getAttribute('href')) ? own : null;
    return this.renderRoot.querySelector<HTMLAnchorElement>('[part="link"]');
  }

  /** A title swapped by a CMS (text for a heading or a link) changes what the card wraps around it. */
  private onTitleChange(): void {
    if (!sameTitle(readSlottedTitle(this), this.slotted)) this.requestUpdate();
  }

  private onCardClick(event: MouseEvent): void {
    const link = this.titleLink();
    if (!link || event.defaultPrevented || event.button !== 0) return;
    const path = event.composedPath();
    const interactive = path.find(
      (node) => node instanceof HTMLElement && (node.matches('a, button, input, select, textarea, summary, label, [tabindex]') || node === this),
    );
    if (interactive !== this) return;
    // Only clicks on the card's own surface, not on a listen button or other component inside it.
    if (path.some((node) => node instanceof HTMLElement && node !== this && node.localName.startsWith('qulay-'))) return;
    // Selecting text must stay possible.
    if (getSelection()?.toString()) return;
    link.click();
  }

  override render() {
    const { simplified, readAloud } = this.modes.modes;
    const tag = headingTag(this.level);
    const titleSlot = html`<slot name="title" @slotchange=${this.onTitleChange}></slot>`;
    const linked = this.safeHref && !this.slotted.link ? html`<a part="link" href=${this.safeHref}>${titleSlot}</a>` : titleSlot;
    const title = this.slotted.heading
      ? html`<div part="title" class="title" id="title">${linked}</div>`
      : staticHtml`<${tag} part="title" class="title" id="title">${linked}</${tag}>`;
    const href = this.safeHref ?? (this.slotted.link ? safeUrl(this.slotted.link.getAttribute('href')) : undefined);
    const listen = readAloud ? html`<qulay-listen class="listen" .forElement=${this} label=${this.titleText()}></qulay-listen>` : nothing;
    const reason = this.facts.unavailable ? html`<div class="reason"><slot name="reason"></slot></div>` : nothing;
    const rest = html`
      <div class="description"><slot></slot></div>
      <div class="agency"><slot name="agency"></slot></div>
      <slot name="qulay-more-facts"></slot>
      <div class="actions"><slot name="actions"></slot></div>
    `;
    return html`
      <article part="card" class=${href ? 'card linked' : 'card'} aria-labelledby="title">
        <div class="icon"><slot name="icon"></slot></div>
        <div class="body">
          ${simplified ? nothing : html`<slot name="qulay-badges"></slot>`} ${title} ${reason}
          <slot name="qulay-key-facts"></slot>
          <slot name="qulay-summary"></slot>
          ${simplified
            ? html`${href && !this.facts.unavailable
                  ? html`<a part="primary-action" class="primary-action" href=${href}>${msg('Get the service')}</a>`
                  : nothing}
                <details part="more" class="more">
                  <summary>${msg('More details')}</summary>
                  <slot name="qulay-badges"></slot>
                  ${rest}
                </details>`
            : rest}
          ${listen}
        </div>
      </article>
    `;
  }
}
