import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { installTokens } from '@qulay/core';
import { contrastRatio, setMode, token } from '../helpers.js';

/** Text colour tokens, each read against the surfaces it is used on. */
const textPairs: Array<[string, string]> = [
  ['--qulay-color-text', '--qulay-color-surface'],
  ['--qulay-color-text', '--qulay-color-surface-raised'],
  ['--qulay-color-text-muted', '--qulay-color-surface'],
  ['--qulay-color-text-muted', '--qulay-color-surface-raised'],
  ['--qulay-color-link', '--qulay-color-surface'],
  ['--qulay-color-link-visited', '--qulay-color-surface'],
  ['--qulay-color-on-primary', '--qulay-color-primary'],
  ['--qulay-color-on-primary', '--qulay-color-primary-hover'],
  ['--qulay-color-danger', '--qulay-color-surface'],
  ['--qulay-color-success', '--qulay-color-surface'],
  ['--qulay-color-warning', '--qulay-color-surface'],
];
/** Boundaries and indicators against the surface. */
const uiPairs: Array<[string, string]> = [
  ['--qulay-color-border', '--qulay-color-surface'],
  ['--qulay-color-border', '--qulay-color-surface-raised'],
  ['--qulay-color-focus', '--qulay-color-surface'],
  ['--qulay-color-focus', '--qulay-color-focus-halo'],
  ['--qulay-color-primary', '--qulay-color-surface'],
];

function ratio([fg, bg]: [string, string]): number {
  return contrastRatio(token(fg), token(bg));
}

describe('design tokens', () => {
  before(() => installTokens());
  afterEach(async () => {
    setMode({});
    await emulateMedia({ reducedMotion: 'no-preference' });
  });

  it('are installed once, as one adopted stylesheet', () => {
    const before = document.adoptedStyleSheets.length;
    installTokens();
    installTokens();
    expect(document.adoptedStyleSheets.length).to.equal(before);
    expect(token('--qulay-text-scale')).to.equal('1');
  });

  it('meet WCAG AA by default: 4.5:1 for text, 3:1 for UI', () => {
    for (const pair of textPairs) expect(ratio(pair), pair.join(' on ')).to.be.at.least(4.5);
    for (const pair of uiPairs) expect(ratio(pair), pair.join(' on ')).to.be.at.least(3);
  });

  it('meet AAA text (7:1) and 4.5:1 for UI in high contrast', () => {
    setMode({ 'data-qulay-contrast': 'high' });
    for (const pair of textPairs) expect(ratio(pair), pair.join(' on ')).to.be.at.least(7);
    for (const pair of uiPairs) expect(ratio(pair), pair.join(' on ')).to.be.at.least(4.5);
    expect(parseFloat(token('--qulay-focus-width'))).to.be.at.least(3);
  });

  it('switch to high contrast when the system prefers more contrast', async () => {
    expect(token('--qulay-color-text')).to.not.equal('#000000');
    await emulateMedia({ contrast: 'more' } as Parameters<typeof emulateMedia>[0]);
    expect(matchMedia('(prefers-contrast: more)').matches).to.equal(true);
    expect(token('--qulay-color-text')).to.equal('#000000');
    for (const pair of textPairs) expect(ratio(pair), pair.join(' on ')).to.be.at.least(7);
    await emulateMedia({ contrast: 'no-preference' } as Parameters<typeof emulateMedia>[0]);
    expect(token('--qulay-color-text')).to.not.equal('#000000');
  });

  it('scale type, spacing and targets together in large and x-large text', () => {
    const base = parseFloat(getComputedStyle(document.documentElement).fontSize);
    const probe = document.createElement('div');
    probe.style.cssText =
      'font-size: var(--qulay-font-size-md); padding: var(--qulay-space-4); min-height: var(--qulay-target-min)';
    document.body.append(probe);
    const measure = () => {
      const style = getComputedStyle(probe);
      return [parseFloat(style.fontSize), parseFloat(style.paddingTop), parseFloat(style.minHeight)];
    };
    expect(measure()).to.deep.equal([base, base, Math.max(44, 2.75 * base)]);
    setMode({ 'data-qulay-text': 'large' });
    expect(measure()).to.deep.equal([base * 1.25, base * 1.25, Math.max(44, 2.75 * base * 1.25)]);
    setMode({ 'data-qulay-text': 'x-large' });
    const [font, space, target] = measure();
    expect(font).to.be.closeTo(base * 1.6, 0.01);
    expect(space).to.be.closeTo(base * 1.6, 0.01);
    expect(target).to.be.closeTo(2.75 * base * 1.6, 0.01);
    probe.remove();
  });

  it('give larger targets in the simplified layout', () => {
    const probe = document.createElement('div');
    probe.style.minHeight = 'var(--qulay-target-min)';
    document.body.append(probe);
    const base = parseFloat(getComputedStyle(document.documentElement).fontSize);
    setMode({ 'data-qulay-simplified': 'on' });
    expect(parseFloat(getComputedStyle(probe).minHeight)).to.equal(Math.max(56, 3.5 * base));
    setMode({ 'data-qulay-simplified': 'on', 'data-qulay-text': 'large' });
    expect(parseFloat(getComputedStyle(probe).minHeight)).to.equal(Math.max(56, 3.5 * base * 1.25));
    probe.remove();
  });

  it('never change the root font size, so the browser setting stays in charge', () => {
    const before = getComputedStyle(document.documentElement).fontSize;
    setMode({ 'data-qulay-text': 'x-large', 'data-qulay-contrast': 'high' });
    expect(getComputedStyle(document.documentElement).fontSize).to.equal(before);
  });

  it('shorten motion to 0.01 ms by attribute and by system setting', async () => {
    expect(token('--qulay-duration')).to.equal('150ms');
    setMode({ 'data-qulay-motion': 'reduce' });
    expect(token('--qulay-duration')).to.equal('0.01ms');
    setMode({});
    await emulateMedia({ reducedMotion: 'reduce' });
    expect(token('--qulay-duration')).to.equal('0.01ms');
  });
});
