import type { QulayElement } from '@qulay/core';
import { readServiceEntry, type ServiceEntry } from './service-entry.js';

/** Where the reading of a list reports what it skipped: the catalog, whose warnings name it. */
type Reporter = Pick<QulayElement, 'warn' | 'warnInvalid'>;

/**
 * The showable entries of a services list. One bad entry (not an object, no id or name, an id
 * used twice) is skipped with its own warning, so an agency's typo hides one service, not all.
 * `hrefFallback` names what a card links to when its own `href` is refused.
 */
export function readServiceList(list: unknown, reporter: Reporter, hrefFallback: string): ServiceEntry[] {
  if (!Array.isArray(list)) {
    reporter.warnInvalid('services', typeof list, 'an array of services', 'no services');
    return [];
  }
  const seen = new Set<string>();
  const entries: ServiceEntry[] = [];
  list.forEach((raw, index) => {
    const entry = readServiceEntry(raw);
    if (typeof entry === 'string') {
      reporter.warn(`services[${index}] is skipped: ${entry}.`);
    } else if (seen.has(entry.id)) {
      reporter.warn(`services[${index}] is skipped: the id "${entry.id}" is used twice.`);
    } else {
      seen.add(entry.id);
      entries.push(entry);
      const href = (raw as { href?: unknown }).href;
      if (href !== undefined && href !== null && href !== '' && !entry.href) {
        reporter.warnInvalid(`services[${index}].href`, href, 'an http(s) or relative URL', hrefFallback);
      }
    }
  });
  return entries;
}

/**
 * Fetches a services list from a checked URL: the JSON array itself, or its `services` field.
 * Rejects on a network error, an HTTP error status, JSON that does not parse, or `signal`
 * aborting it.
 */
export async function fetchServiceList(src: string, signal?: AbortSignal): Promise<unknown> {
  const response = await fetch(src, { headers: { accept: 'application/json' }, signal });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  const json = (await response.json()) as unknown;
  return Array.isArray(json) ? json : (json as { services?: unknown })?.services;
}
