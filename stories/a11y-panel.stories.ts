import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@qulay/elements/define/qulay-a11y-panel.js';
import type { PanelLanguage } from '@qulay/elements';

interface PanelArgs {
  open: boolean;
  placement: 'inline' | 'top-bar';
  languages: PanelLanguage[];
}

const siteLanguages: PanelLanguage[] = [
  { lang: 'uz-Latn', href: '?lang=uz-Latn', label: 'Oʻzbekcha' },
  { lang: 'uz-Cyrl', href: '?lang=uz-Cyrl', label: 'Ўзбекча' },
  { lang: 'kaa-Latn', href: '?lang=kaa-Latn', label: 'Qaraqalpaqsha' },
  { lang: 'ru', href: '?lang=ru', label: 'Русский' },
  { lang: 'en', href: '?lang=en', label: 'English' },
];

const meta: Meta<PanelArgs> = {
  title: 'Components/Accessibility panel',
  component: 'qulay-a11y-panel',
  args: { open: false, placement: 'inline', languages: [] },
  argTypes: {
    placement: { control: 'inline-radio', options: ['inline', 'top-bar'] },
    languages: { control: 'object', description: 'An array of { lang, href, label } (the attribute takes the same array as JSON).' },
  },
  render: (args) => html`
    <qulay-a11y-panel ?open=${args.open} placement=${args.placement} .languages=${args.languages}></qulay-a11y-panel>
    <main><p>Davlat xizmatlari: maʼlumotnomalar va arizalar onlayn.</p></main>
  `,
};
export default meta;

type Story = StoryObj<PanelArgs>;

/** Closed: the one button a citizen looks for. */
export const Closed: Story = {};

/** Open, with every setting. */
export const Open: Story = { args: { open: true } };

/** A full-width bar at the top of the page, with the language switch. */
export const TopBar: Story = { args: { placement: 'top-bar', languages: siteLanguages } };

/** The top bar, open. */
export const TopBarOpen: Story = { args: { placement: 'top-bar', languages: siteLanguages, open: true } };
