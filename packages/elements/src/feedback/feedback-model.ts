import { msg } from '@lit/localize';

/** What a complaint can be about. */
export const complaintCategories = ['slow', 'wrong-information', 'technical', 'other'] as const;
export type ComplaintCategory = (typeof complaintCategories)[number];

/**
 * The JSON the block sends (and hands to `qulay-send-feedback` listeners), with an
 * `Idempotency-Key` header equal to `id`.
 */
export interface FeedbackSubmission {
  id: string;
  service: string;
  useful: boolean;
  rating: number | null;
  comment: string;
  complaint: { category: ComplaintCategory; contact: string } | null;
  lang: string;
  page: string;
  createdAt: string;
}

/** Why a submission was not sent: the server refused it, there is nowhere to send it, or it could not even be saved. */
export type Problem = { kind: 'rejected'; message: string } | { kind: 'not-sent-here' } | { kind: 'not-saved' };

/** What the citizen reads for a problem, in the current language (the server's own words as they came). */
export function problemText(problem: Problem): string {
  switch (problem.kind) {
    case 'rejected':
      return problem.message || msg('The server did not accept your feedback. Please check it and try again.');
    case 'not-sent-here':
      return msg('Your feedback could not be sent from this page. Your text is kept in the form, so you can copy it or contact the agency another way.');
    case 'not-saved':
      return msg('Your feedback could not be sent or saved. Your text is kept in the form; please try again later.');
  }
}

export function categoryLabel(category: ComplaintCategory): string {
  switch (category) {
    case 'slow':
      return msg('Processing took too long');
    case 'wrong-information':
      return msg('Wrong information');
    case 'technical':
      return msg('Technical problem');
    case 'other':
      return msg('Other');
  }
}

/** Counts what a person sees as characters: "oʻ" is two, a family emoji is one. */
export function graphemes(text: string): number {
  return [...new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text)].length;
}

/**
 * A submission id. `crypto.randomUUID()` exists only on secure (https:) pages; an agency's
 * plain-http page must still be able to send, so the same v4 shape is built from
 * `getRandomValues`, which every page has.
 */
export function newId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
