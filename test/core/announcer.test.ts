import { expect } from '@open-wc/testing';
import { announce, announcements } from '@qulay/core';
import { accessibilityTree } from '../helpers.js';

const settle = () => new Promise((resolve) => setTimeout(resolve, 150));

describe('announce()', () => {
  it('writes to one shared polite live region, created once', async () => {
    expect(announce('12 services found')).to.equal(true);
    await settle();
    announce('Step 2 of 4');
    await settle();
    const regions = document.querySelectorAll('[data-qulay-announcer]');
    expect(regions).to.have.length(2);
    expect(announcements().polite).to.equal('Step 2 of 4');
    const polite = document.querySelector('[data-qulay-announcer="polite"]')!;
    expect(polite.getAttribute('aria-live')).to.equal('polite');
    expect(polite.getAttribute('role')).to.equal('status');
    const nodes = await accessibilityTree();
    expect(nodes.some((n) => n.role === 'status' && n.name === '' )).to.equal(true);
  });

  it('uses the assertive region on request and clears the other', async () => {
    announce('Something polite');
    await settle();
    announce('There is a problem', { assertive: true });
    await settle();
    expect(announcements()).to.deep.equal({ polite: '', assertive: 'There is a problem' });
  });

  it('drops the same message repeated at once, so a loop is heard once', async () => {
    expect(announce('Saved')).to.equal(true);
    expect(announce('Saved')).to.equal(false);
    expect(announce('  Saved ')).to.equal(false);
    await settle();
    expect(announcements().polite).to.equal('Saved');
  });

  it('ignores empty messages', () => {
    expect(announce('')).to.equal(false);
    expect(announce('   ')).to.equal(false);
  });

  it('stays invisible while still read by screen readers', async () => {
    announce('Hidden but heard');
    await settle();
    const region = document.querySelector<HTMLElement>('[data-qulay-announcer="polite"]')!;
    expect(region.getBoundingClientRect().width).to.be.at.most(1);
    expect(getComputedStyle(region).display).to.not.equal('none');
  });
});
