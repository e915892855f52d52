import { msg, str } from '@lit/localize';
import { formatNumber, pluralCategory } from '@qulay/core';

/** "12 480 reviews", with the plural forms each language needs. */
export function reviewsText(count: number): string {
  const n = formatNumber(count);
  switch (pluralCategory(count)) {
    case 'one':
      return msg(str`${n} review`, { id: 'reviews.one', desc: 'Number of reviews, plural category "one".' });
    case 'few':
      return msg(str`${n} reviews`, { id: 'reviews.few', desc: 'Number of reviews, plural category "few" (Russian 2–4).' });
    case 'many':
      return msg(str`${n} reviews`, { id: 'reviews.many', desc: 'Number of reviews, plural category "many" (Russian 5–20).' });
    default:
      return msg(str`${n} reviews`, { id: 'reviews.other', desc: 'Number of reviews, plural category "other".' });
  }
}

/** "4.6 out of 5, 12 480 reviews": a rating's text alternative and visible text. */
export function ratingText(rating: number, count?: number, max = 5): string {
  const value = formatNumber(rating, undefined, { maximumFractionDigits: 1 });
  const base =
    max === 5
      ? msg(str`${value} out of 5`, { desc: 'A service rating, for example "4.6 out of 5".' })
      : msg(str`${value} out of ${formatNumber(max)}`, { desc: 'A rating on another scale, for example "7 out of 10".' });
  return count === undefined ? base : `${base}, ${reviewsText(count)}`;
}

/** The text alternative of a display-only rating: "Rated 4.6 out of 5, 12 480 reviews". */
export function ratedText(rating: number, count?: number, max = 5): string {
  return msg(str`Rated ${ratingText(rating, count, max)}`, { desc: 'Text alternative of the rating stars.' });
}

/** An option's accessible name: "3 stars of 5". */
export function starsOf(n: number, max: number): string {
  const value = formatNumber(n);
  const total = formatNumber(max);
  switch (pluralCategory(n)) {
    case 'one':
      return msg(str`${value} star of ${total}`, { id: 'stars-of.one', desc: 'Name of a rating option: "1 star of 5".' });
    case 'few':
      return msg(str`${value} stars of ${total}`, { id: 'stars-of.few', desc: 'Name of a rating option, Russian 2–4.' });
    case 'many':
      return msg(str`${value} stars of ${total}`, { id: 'stars-of.many', desc: 'Name of a rating option, Russian 5–20.' });
    default:
      return msg(str`${value} stars of ${total}`, { id: 'stars-of.other', desc: 'Name of a rating option: "3 stars of 5".' });
  }
}
