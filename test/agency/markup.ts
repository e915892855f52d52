// Shared by the markup-variant tests (card, catalog): agency markup as the page's HTML parser
// builds it. Only for the tests' own constant text, never for user data: scripts and event
// handlers in the markup run once it is in the page.

/** Parses `markup` into a fragment ready to append. */
export const parse = (markup: string): DocumentFragment => document.createRange().createContextualFragment(markup);
