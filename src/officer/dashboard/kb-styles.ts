/** Styles of the kb pages, appended to the dashboard stylesheet (no inline styles: the CSP forbids them). */
export const KB_CSS = ``;
