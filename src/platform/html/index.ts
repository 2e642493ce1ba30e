/** The HTML kit of the server-rendered pages (portal, kiosk, public statistics): escaping templates, the page layout, form refusals. */
export { escapeHtml, html, type Html } from './html.js';
export { renderPage, sendPage, type PageOptions } from './layout.js';
export { formRefusal } from './form-refusal.js';
export { formatNumber, formatPercent } from './format.js';
