import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '@qulay/elements/define/qulay-rating.js';
import type { QulayRating } from '@qulay/elements';

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

/** Required, before any answer: no error shown yet (the kit does not nag before the user answers). */
export const Required: Story = { args: { required: true } };

/**
 * Required, after a submit attempt without a choice: `:state(user-invalid)`, an outline in
 * the danger colour and `aria-invalid` on the group; it clears as soon as a star is chosen.
 */
export const UserInvalid: Story = {
  args: { required: true },
  render: (a, context) => html`<form @submit=${(event: Event) => event.preventDefault()}>${meta.render!(a, context)}</form>`,
  play: async ({ canvasElement }) => {
    const rating = canvasElement.querySelector<QulayRating>('qulay-rating')!;
    await rating.updateComplete;
    // What a submit attempt does: the browser checks the control and fires `invalid`.
    rating.form?.checkValidity();
    await rating.updateComplete;
  },
};

/** Disabled. */
export const Disabled: Story = { args: { value: 3, disabled: true } };

/** Ten points instead of five stars. */
export const OutOfTen: Story = { args: { max: 10, value: 7, label: 'Qanchalik tavsiya qilasiz?' } };

/** Display only: an average as one image, "Rated 4.6 out of 5, 12 480 reviews". */
export const DisplayOnly: Story = { args: { readonly: true, value: 4.6, count: 12480, label: '' } };
