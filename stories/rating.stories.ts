import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '@qulay/elements/define/qulay-rating.js';

interface RatingArgs {
  label: string;
  value: number;
  max: number;
  required: boolean;
  disabled: boolean;
  readonly: boolean;
  count?: number;
}

const meta: Meta<RatingArgs> = {
  title: 'Components/Rating',
  component: 'qulay-rating',
  args: { label: 'Xizmatni baholang', value: 0, max: 5, required: false, disabled: false, readonly: false },
  argTypes: { max: { control: { type: 'number', min: 1, max: 10 } } },
  render: (a) => html`<qulay-rating
    name="rating"
    label=${a.label}
    value=${a.value}
    max=${a.max}
    count=${a.count ?? nothing}
    ?required=${a.required}
    ?disabled=${a.disabled}
    ?readonly=${a.readonly}
  ></qulay-rating>`,
};
export default meta;

type Story = StoryObj<RatingArgs>;

/** Nothing chosen yet: one tab stop on the first star. */
export const Empty: Story = {};

/** Four stars chosen. */
export const Chosen: Story = { args: { value: 4 } };

/** Required, in a form that was submitted without a choice. */
export const Required: Story = { args: { required: true } };

/** Disabled. */
export const Disabled: Story = { args: { value: 3, disabled: true } };

/** Ten points instead of five stars. */
export const OutOfTen: Story = { args: { max: 10, value: 7, label: 'Qanchalik tavsiya qilasiz?' } };

/** Display only: an average as one image, "Rated 4.6 out of 5, 12 480 reviews". */
export const DisplayOnly: Story = { args: { readonly: true, value: 4.6, count: 12480, label: '' } };
