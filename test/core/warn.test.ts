import { expect } from '@open-wc/testing';
import { invalidAttributeMessage, quotedValue } from '@qulay/core';

// The one wording for a bad attribute value, and how much of the value it quotes.

describe('invalidAttributeMessage()', () => {
  it('quotes a short value in full', () => {
    expect(invalidAttributeMessage('size', 'huge', 'small, large', 'small')).to.equal(
      'size="huge" is not valid; accepted: small, large. Using small.',
    );
  });

  it('cuts a 10,000-character value, so the console stays readable', () => {
    const message = invalidAttributeMessage('label', 'x'.repeat(10_000), 'text', 'the default');
    expect(message).to.equal(`label="${'x'.repeat(40)}…" is not valid; accepted: text. Using the default.`);
  });

  it('quotedValue() cuts once: a cut value is not cut again', () => {
    const once = quotedValue('y'.repeat(500));
    expect(once).to.have.length(41);
    expect(quotedValue(once)).to.equal(once);
    expect(quotedValue(12.5)).to.equal('12.5');
  });
});
