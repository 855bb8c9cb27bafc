/** Styles of the report pages, appended to the dashboard stylesheet (no inline styles: the CSP forbids them). */
export const REPORT_CSS = ``;
