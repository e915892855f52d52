import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@qulay/elements/define/qulay-service-catalog.js';
import fixtures from '../test/fixtures/services.json';

interface CatalogArgs {
  pageSize: number;
  headingLevel: number;
  label: string;
}

const services = fixtures.services;

const meta: Meta<CatalogArgs> = {
  title: 'Components/Service catalog',
  component: 'qulay-service-catalog',
  args: { pageSize: 12, headingLevel: 3, label: '' },
  render: (args) => html`<qulay-service-catalog
    .services=${services}
    service-href="#/services/{id}"
    page-size=${args.pageSize}
    heading-level=${args.headingLevel}
    label=${args.label || ''}
  ></qulay-service-catalog>`,
};
export default meta;

type Story = StoryObj<CatalogArgs>;

/** The ten most used services. */
export const Default: Story = {};

/** Pages of four: "Show more services" adds the next four and moves focus to the first new card. */
export const Paged: Story = { args: { pageSize: 4 } };

/** A search already typed, with the Uzbek spelling the user chose. */
export const Searched: Story = {
  play: async ({ canvasElement }) => {
    const catalog = canvasElement.querySelector('qulay-service-catalog');
    const input = catalog?.querySelector<HTMLInputElement>('input[type="search"]');
    if (!catalog || !input) return;
    input.value = "o'qish";
    input.dispatchEvent(new Event('input'));
    await catalog.updateComplete;
  },
};

/** Nothing found: a helpful message and a way back. */
export const NoResults: Story = {
  play: async ({ canvasElement }) => {
    const catalog = canvasElement.querySelector('qulay-service-catalog');
    const input = catalog?.querySelector<HTMLInputElement>('input[type="search"]');
    if (!catalog || !input) return;
    input.value = 'zzzz';
    input.dispatchEvent(new Event('input'));
    await catalog.updateComplete;
  },
};

/** The list could not be loaded: a visible error with Retry. */
export const LoadError: Story = {
  render: () => html`<qulay-service-catalog src="/no-such-services.json"></qulay-service-catalog>`,
  play: async ({ canvasElement }) => {
    const catalog = canvasElement.querySelector('qulay-service-catalog');
    for (let i = 0; i < 50 && !catalog?.querySelector('[role="alert"]'); i++) await new Promise((r) => setTimeout(r, 20));
  },
};
