import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '@qulay/elements/define/qulay-skip-link.js';

interface SkipLinkArgs {
  for: string;
  text: string;
}

/** A page header and main content around the link, as on an agency site. */
function pageAround(args: SkipLinkArgs, mainId = 'main') {
  return html`
    <qulay-skip-link for=${ifDefined(args.for || undefined)}>${args.text || ''}</qulay-skip-link>
    <header class="story-header">
      <nav aria-label="Site"><a href="#services">Services</a> · <a href="#news">News</a> · <a href="#contact">Contact</a></nav>
    </header>
    <main id=${mainId}>
      <h1>Certificate of no criminal record</h1>
      <p>Press Tab to reach the skip link, then Enter to jump here.</p>
    </main>
  `;
}

const meta: Meta<SkipLinkArgs> = {
  title: 'Components/Skip link',
  component: 'qulay-skip-link',
  args: { for: 'main', text: '' },
  argTypes: {
    text: { control: 'text', description: 'Replaces the built-in text (default slot).' },
  },
  render: (args) => pageAround(args),
};
export default meta;

type Story = StoryObj<SkipLinkArgs>;

/** Hidden until a keyboard user presses Tab. */
export const Default: Story = {};

/** Focused: how it looks when a keyboard user reaches it. */
export const Focused: Story = {
  play: async ({ canvasElement }) => {
    const link = canvasElement.querySelector('qulay-skip-link');
    await link?.updateComplete;
    link?.shadowRoot?.querySelector('a')?.focus();
  },
};

/** Skips to an element chosen by id. */
export const CustomTarget: Story = {
  args: { for: 'application-form' },
  render: (args) => pageAround(args, 'application-form'),
};

/** The agency's own wording in the default slot. */
export const CustomText: Story = {
  args: { text: 'Skip to the application form' },
  play: Focused.play,
};

/** A target that does not exist: one console warning, and the link falls back to `<main>`. */
export const MissingTarget: Story = {
  args: { for: 'no-such-id' },
  play: Focused.play,
};
