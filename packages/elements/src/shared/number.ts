import type { ComplexAttributeConverter } from 'lit';

/**
 * The attribute converter of the kit's optional `type: Number` properties. Lit's own Number
 * converter turns an empty attribute into 0, and `fee-individual=""` would then read as
 * "Free"; here an absent or empty attribute is `undefined`, anything else is `Number(text)`
 * (NaN included, so the component can warn about it with the attribute's own text).
 */
export const optionalNumber: ComplexAttributeConverter<number | undefined> = {
  fromAttribute: (value: string | null) => (value === null || value.trim() === '' ? undefined : Number(value)),
  toAttribute: (value: number | undefined) => (value === undefined || value === null ? null : String(value)),
};

/**
 * What a warning shows for a numeric property: the attribute's own text when the attribute
 * holds the value (`rating="abc"`, not `rating="NaN"`), else the property value.
 */
export function shownValue(element: Element, attribute: string, value: unknown): unknown {
  const text = element.getAttribute(attribute);
  return text !== null && (Number(text) === value || Number.isNaN(value)) ? text : value;
}
