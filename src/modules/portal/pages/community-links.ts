import { formatNumber } from '../../../platform/html/format.js';
import { html, type Html } from '../../../platform/html/html.js';
import { unitViewForm, type PlaceChoice, type UnitChoice } from './place-choice.js';

/** The public pages of grassroots democracy and community work of a commune. */
export const DISCLOSURE_PATH = '/thong-tin-cong-khai';
export const MATTER_PATH = '/nhan-dan-quyet-dinh';
export const MODEL_PATH = '/dan-van-kheo';
export const CONTACT_PATH = '/hoa-giai-tro-giup-phap-ly';

export const communityPages = [
  { path: DISCLOSURE_PATH, label: 'Công khai' },
  { path: MATTER_PATH, label: 'Nhân dân quyết định' },
  { path: MODEL_PATH, label: 'Dân vận khéo' },
  { path: CONTACT_PATH, label: 'Hòa giải, trợ giúp pháp lý' },
] as const;

/** A page's address for a unit, with more of its query (`trang`, `xem`). */
export function unitPagePath(path: string, unitId: string | undefined, extra: Record<string, string> = {}): string {
  const query = new URLSearchParams({ ...(unitId ? { 'don-vi': unitId } : {}), ...extra }).toString();
  return query ? `${path}?${query}` : path;
}

/** The four pages of the same unit, one link each, the page shown marked. */
export function communityNav(current: string, unitId: string | undefined): Html {
  return html`<nav aria-label="Dân chủ ở cơ sở"><ul style="padding-left:0">${communityPages.map((page) =>
    page.path === current
      ? html`<li><a href="${unitPagePath(page.path, unitId)}" aria-current="page"><strong>${page.label}</strong></a></li>`
      : html`<li><a href="${unitPagePath(page.path, unitId)}">${page.label}</a></li>`,
  )}</ul></nav>`;
}

/** "Xã Tân Thành, Tỉnh Lạng Sơn". */
export const unitLine = (unit: UnitChoice): Html =>
  html`<strong>${unit.name}</strong>${unit.provinceName ? html`, ${unit.provinceName}` : ''}`;

/** The links to the page before and after, when there are several. */
export function pager(view: { page: number; pageSize: number; total: number; link: (page: number) => string }): Html {
  const pages = Math.max(1, Math.ceil(view.total / view.pageSize));
  if (pages <= 1) return html``;
  const { page, link } = view;
  return html`<nav class="pager" aria-label="Trang">${page > 1 ? html`<a href="${link(page - 1)}">← Trang trước</a>` : ''} <span>Trang ${formatNumber(page)}/${formatNumber(pages)}</span> ${page < pages ? html`<a href="${link(page + 1)}">Trang sau →</a>` : ''}</nav>`;
}

/** The unit a page shows, the choice of units, and a message when the unit asked is unknown. */
export type UnitView = { places: PlaceChoice; unit: UnitChoice | undefined; message?: string | undefined };

/** The heading, the unit chooser, the unit and the links to its other pages: the same on each page. */
export function unitHeading(view: UnitView & { action: string; title: string; intro: Html; chooserLabel?: string }): Html {
  const { unit, places } = view;
  return html`<h1>${view.title}</h1>
<p>${view.intro}</p>
${view.message ? html`<p class="note" role="alert">${view.message}</p>` : ''}
${places.units.length === 1 && unit ? '' : unitViewForm({ action: view.action, places, chosen: unit?.id, label: view.chooserLabel ?? 'Xã, phường' })}
${unit ? html`<p>${unitLine(unit)}</p>${communityNav(view.action, unit.id)}` : ''}`;
}
