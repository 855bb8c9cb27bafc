/** Styles of the draft pages, appended to the dashboard stylesheet (no inline styles: the CSP forbids them). */
export const DRAFT_CSS = ``;
