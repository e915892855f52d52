import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '@qulay/elements/define/qulay-service-card.js';

interface CardArgs {
  title: string;
  description: string;
  agency: string;
  href: string;
  headingLevel: number;
  category: string;
  feeIndividual: string;
  feeLegal: string;
  feeBhmIndividual: string;
  feeBhmLegal: string;
  term: string;
  termWorkingDays: boolean;
  channels: string;
  proactive: boolean;
  composite: boolean;
  rating: string;
  ratingCount: string;
  status: string;
  reason: string;
}

const meta: Meta<CardArgs> = {
  title: 'Components/Service card',
  component: 'qulay-service-card',
  args: {
    title: 'Sudlanganlik (sudlanmaganlik) toʻgʻrisida maʼlumotnoma',
    description: 'Sudlanganlik yoki sudlanmaganlik haqida rasmiy maʼlumotnoma.',
    agency: 'Ichki ishlar vazirligi Axborot markazi',
    href: '#service',
    headingLevel: 3,
    category: 'g2c',
    feeIndividual: '',
    feeLegal: '',
    feeBhmIndividual: '0.5',
    feeBhmLegal: '',
    term: 'P5D',
    termWorkingDays: true,
    channels: 'web mobile office',
    proactive: false,
    composite: false,
    rating: '4.4',
    ratingCount: '5930',
    status: 'available',
    reason: '',
  },
  argTypes: {
    category: { control: 'select', options: ['', 'g2c', 'g2b', 'g2f'] },
    status: { control: 'inline-radio', options: ['available', 'unavailable'] },
    headingLevel: { control: { type: 'number', min: 2, max: 6 } },
  },
  render: (a) => html`<div style="max-width: 32rem">
    <qulay-service-card
      href=${a.href || nothing}
      heading-level=${a.headingLevel}
      category=${a.category || nothing}
      fee-individual=${a.feeIndividual || nothing}
      fee-legal=${a.feeLegal || nothing}
      fee-bhm-individual=${a.feeBhmIndividual || nothing}
      fee-bhm-legal=${a.feeBhmLegal || nothing}
      term=${a.term || nothing}
      ?term-working-days=${a.termWorkingDays}
      channels=${a.channels || nothing}
      ?proactive=${a.proactive}
      ?composite=${a.composite}
      rating=${a.rating || nothing}
      rating-count=${a.ratingCount || nothing}
      status=${a.status || nothing}
    >
      <span slot="title">${a.title}</span>
      ${a.description}
      <span slot="agency">${a.agency}</span>
      ${a.reason ? html`<span slot="reason">${a.reason}</span>` : nothing}
    </qulay-service-card>
  </div>`,
};
export default meta;

type Story = StoryObj<CardArgs>;

/** A paid service with every fact. */
export const Default: Story = {};

/** Free and instant, like most certificates. */
export const FreeAndInstant: Story = {
  args: {
    title: 'Oʻqish joyidan maʼlumotnoma',
    description: 'Talabalar va oʻquvchilar uchun.',
    agency: 'Oliy taʼlim, fan va innovatsiyalar vazirligi',
    feeBhmIndividual: '',
    feeIndividual: '0',
    term: 'instant',
    termWorkingDays: false,
    channels: 'web mobile',
    rating: '4.5',
    ratingCount: '7025',
  },
};

/** For business, with fees for individuals and legal entities. */
export const ForBusiness: Story = {
  args: {
    title: 'Kredit tarixi boʻyicha hisobot',
    agency: 'Kredit-axborot tahliliy markazi',
    category: 'g2b',
    feeBhmIndividual: '',
    feeIndividual: '0',
    feeBhmLegal: '0.1',
    term: 'instant',
    termWorkingDays: false,
  },
};

/** Proactive and composite: badges in words, not colours. */
export const ProactiveComposite: Story = {
  args: {
    title: 'Yoshga doir pensiya tayinlash',
    agency: 'Budjetdan tashqari Pensiya jamgʻarmasi',
    proactive: true,
    composite: true,
    feeBhmIndividual: '',
    feeIndividual: '0',
    term: 'P10D',
    termWorkingDays: false,
    channels: 'web office',
  },
};

/** Temporarily unavailable, with the reason. */
export const Unavailable: Story = {
  args: { status: 'unavailable', reason: 'Texnik ishlar sababli 18:00 gacha ishlamaydi.' },
};

/** No link and the fewest facts: still a whole card. */
export const Minimal: Story = {
  args: {
    href: '',
    category: '',
    feeBhmIndividual: '',
    term: '',
    channels: '',
    rating: '',
    ratingCount: '',
    description: '',
  },
};

/** For foreigners, in a Russian-language block inside an Uzbek page. */
export const ForForeigners: Story = {
  args: { category: 'g2f', title: 'Временная прописка иностранных граждан', agency: 'Министерство внутренних дел', description: '' },
  render: (a, context) => html`<div lang="ru">${meta.render!(a, context)}</div>`,
};
