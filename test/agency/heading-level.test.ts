// heading-level is read one way (readHeadingLevel): every component whose manifest lists the
// attribute quotes the agency's own text when it is not a level, not "NaN".
import { expect } from '@open-wc/testing';
import * as elements from '@qulay/elements';
import { QulayElement } from '@qulay/core';
import { readHeadingLevel } from '../../packages/elements/src/shared/heading.js';
import { captureWarnings, resetPage } from '../helpers.js';
import { fixtures } from './fuzz-fixtures.js';

interface Manifest {
  modules: { declarations?: { name: string; tagName?: string; attributes?: { name: string }[] }[] }[];
}
const manifest = (await (await fetch('/packages/elements/custom-elements.json')).json()) as Manifest;
const withHeadingLevel = manifest.modules
  .flatMap((module) => module.declarations ?? [])
  .filter((declaration) => declaration.tagName && declaration.attributes?.some((attribute) => attribute.name === 'heading-level'));

const exported = elements as unknown as Record<string, { define?: (tag: string) => void }>;
for (const { name, tagName } of withHeadingLevel) exported[name]?.define?.(tagName!);

class HeadingProbe extends QulayElement {}
HeadingProbe.define('test-heading-probe');

describe('heading-level', () => {
  afterEach(resetPage);

  it('readHeadingLevel() given NaN quotes the attribute as written, and falls back', async () => {
    const probe = document.createElement('test-heading-probe') as HeadingProbe;
    probe.setAttribute('heading-level', 'seven');
    const warnings = await captureWarnings(() => expect(readHeadingLevel(probe, Number.NaN, 3)).to.equal(3));
    expect(warnings).to.deep.equal(['<test-heading-probe>: heading-level="seven" is not valid; accepted: 2, 3, 4, 5 or 6. Using 3.']);
  });

  it('readHeadingLevel() given NaN with no attribute (a property set to NaN) says NaN', async () => {
    const probe = document.createElement('test-heading-probe') as HeadingProbe;
    const warnings = await captureWarnings(() => expect(readHeadingLevel(probe, Number.NaN, 2)).to.equal(2));
    expect(warnings).to.deep.equal(['<test-heading-probe>: heading-level="NaN" is not valid; accepted: 2, 3, 4, 5 or 6. Using 2.']);
  });

  it('is read by at least four components', () => {
    expect(withHeadingLevel.map((declaration) => declaration.tagName)).to.include.members([
      'qulay-service-card',
      'qulay-service-catalog',
      'qulay-feedback',
      'qulay-login-options',
    ]);
  });

  for (const { tagName } of withHeadingLevel) {
    it(`<${tagName} heading-level="seven">: one warning quoting "seven"`, async () => {
      const element = document.createElement(tagName!) as HTMLElement & { updateComplete: Promise<unknown> };
      element.setAttribute('heading-level', 'seven');
      // The content each component is written with (form steps need their form), as the fuzz test uses.
      const content = fixtures[tagName!]?.content;
      if (content) element.append(document.createRange().createContextualFragment(content));
      const warnings = await captureWarnings(async () => {
        document.body.append(element);
        await element.updateComplete;
      });
      element.remove();
      const about = warnings.filter((warning) => warning.includes('heading-level'));
      expect(about, warnings.join('\n')).to.have.length(1);
      expect(about[0]).to.match(new RegExp(`^<${tagName}>: heading-level="seven" is not valid; accepted: 2, 3, 4, 5 or 6\\. Using [2-6]\\.$`));
    });
  }
});
