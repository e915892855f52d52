import { html, nothing, type TemplateResult } from 'lit';
import { ref } from 'lit/directives/ref.js';
import { msg, str } from '@lit/localize';
import { formatDuration, formatNumber, formatSum } from '@qulay/core';
import { ratedText, ratingText } from '../shared/rating-words.js';
import { starPath } from '../shared/icons.js';

/** The facts a card shows, already validated. */
export interface CardFacts {
  category?: 'g2c' | 'g2b' | 'g2f';
  feeIndividual?: Fee;
  feeLegal?: Fee;
  term?: { instant: true } | { instant: false; iso: string; workingDays: boolean };
  channels: Channel[];
  proactive: boolean;
  composite: boolean;
  rating?: number;
  ratingCount?: number;
  unavailable: boolean;
}

export type Channel = 'web' | 'mobile' | 'office';

/** A fee in soʻm, or as a multiple of the base calculation amount (BHM). */
export type Fee = { sum: number } | { bhm: number; sum: number };

export function categoryText(category: CardFacts['category']): string {
  switch (category) {
    case 'g2c':
      return msg('For citizens');
    case 'g2b':
      return msg('For business');
    case 'g2f':
      return msg('For foreigners');
    default:
      return '';
  }
}

export function feeText(fee: Fee): string {
  if (fee.sum === 0) return msg('Free', { desc: 'A service with no fee.' });
  const sum = formatSum(fee.sum);
  if (!('bhm' in fee)) return sum;
  const multiple = formatNumber(fee.bhm);
  return msg(str`${multiple} BHM · ${sum}`, { desc: 'A fee as a multiple of the base calculation amount (BHM), then in soʻm.' });
}

export function termText(term: NonNullable<CardFacts['term']>): string {
  return term.instant ? msg('Ready instantly') : formatDuration(term.iso, undefined, { workingDays: term.workingDays });
}

function channelText(channel: Channel): string {
  switch (channel) {
    case 'web':
      return msg('Online');
    case 'mobile':
      return msg('In the mobile app');
    case 'office':
      return msg('At a public service centre');
  }
}

function channelPhrase(channel: Channel): string {
  switch (channel) {
    case 'web':
      return msg('online', { desc: 'Inside a sentence: "Apply online and in the mobile app."' });
    case 'mobile':
      return msg('in the mobile app', { desc: 'Inside a sentence: "Apply online and in the mobile app."' });
    case 'office':
      return msg('at a public service centre', { desc: 'Inside a sentence: "Apply online and at a public service centre."' });
  }
}

function joinList(items: string[]): string {
  if (items.length < 2) return items[0] ?? '';
  const first = items.slice(0, -1).join(', ');
  const last = items[items.length - 1];
  return msg(str`${first} and ${last}`, { desc: 'The end of a list: "online, in the mobile app and at a public service centre".' });
}

/** The one-sentence summary screen-reader mode adds: "Free. Ready instantly. Apply online and in the mobile app." */
export function summaryText(facts: CardFacts): string {
  const parts: string[] = [];
  const fee = facts.feeIndividual ?? facts.feeLegal;
  if (fee) parts.push(fee.sum === 0 ? msg('Free.', { desc: 'Summary sentence: the service costs nothing.' }) : msg(str`Fee: ${feeText(fee)}.`));
  if (facts.term) {
    parts.push(
      facts.term.instant
        ? msg('Ready instantly.', { desc: 'Summary sentence.' })
        : msg(str`Ready in ${termText(facts.term)}.`, { desc: 'Summary sentence: "Ready in 5 working days."' }),
    );
  }
  if (facts.channels.length) {
    const list = joinList(facts.channels.map(channelPhrase));
    parts.push(msg(str`Apply ${list}.`, { desc: 'Summary sentence: "Apply online and in the mobile app."' }));
  }
  if (facts.unavailable) parts.push(msg('Temporarily unavailable.', { desc: 'Summary sentence.' }));
  return parts.join(' ');
}

const stars = (className: string) =>
  html`<span class=${className}>${[0, 1, 2, 3, 4].map(
    () => html`<svg viewBox="0 0 24 24" width="1em" height="1em" aria-hidden="true" focusable="false">${starPath}</svg>`,
  )}</span>`;

/**
 * Sets the filled part of the stars through the CSSOM: a style attribute in the markup would
 * be blocked by a strict Content-Security-Policy, a CSSOM write is not.
 */
function fillTo(percent: number) {
  return (element?: Element) => {
    if (element instanceof HTMLElement) element.style.width = `${percent}%`;
  };
}

/** Badges: category, proactive, composite and availability, all as text. */
export function badgesTemplate(facts: CardFacts): TemplateResult {
  const badges = [
    facts.unavailable ? msg('Temporarily unavailable') : '',
    categoryText(facts.category),
    facts.proactive ? msg('Proactive: no application needed') : '',
    facts.composite ? msg('Several agencies, one application') : '',
  ].filter(Boolean);
  return html`${badges.map((text, i) => html`<span class=${i === 0 && facts.unavailable ? 'badge unavailable' : 'badge'}>${text}</span>`)}`;
}

/** Fee and term: the facts even the simplified layout keeps. */
export function keyFactsTemplate(facts: CardFacts): TemplateResult | typeof nothing {
  const rows: Array<[string, string]> = [];
  if (facts.feeIndividual) rows.push([msg('Fee for individuals'), feeText(facts.feeIndividual)]);
  if (facts.feeLegal) rows.push([msg('Fee for legal entities'), feeText(facts.feeLegal)]);
  if (facts.term) rows.push([msg('Processing time'), termText(facts.term)]);
  if (!rows.length) return nothing;
  return html`<dl>${rows.map(([term, value]) => html`<div><dt>${term}</dt><dd>${value}</dd></div>`)}</dl>`;
}

/** Channels and rating. */
export function moreFactsTemplate(facts: CardFacts): TemplateResult | typeof nothing {
  const hasChannels = facts.channels.length > 0;
  const hasRating = facts.rating !== undefined;
  if (!hasChannels && !hasRating) return nothing;
  const rating = facts.rating ?? 0;
  const label = hasRating ? ratedText(rating, facts.ratingCount) : '';
  return html`<dl>
    ${hasChannels
      ? html`<div>
          <dt>${msg('How to apply')}</dt>
          <dd>${facts.channels.map(channelText).join(', ')}</dd>
        </div>`
      : nothing}
    ${hasRating
      ? html`<div>
          <dt>${msg('Rating')}</dt>
          <dd>
            <span class="stars" role="img" aria-label=${label}
              >${stars('stars-empty')}<span class="stars-filled" ${ref(fillTo((rating / 5) * 100))}>${stars('stars-row')}</span></span
            >
            <span aria-hidden="true">${ratingText(rating, facts.ratingCount)}</span>
          </dd>
        </div>`
      : nothing}
  </dl>`;
}
