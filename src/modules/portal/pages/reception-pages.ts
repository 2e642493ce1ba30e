import { hostRoleLabels, type ReceptionForm, type ReceptionKind } from '../../../contracts/reception.js';
import { html, type Html } from '../../../platform/html/html.js';
import type { PublishedSession } from '../../petitions/index.js';
import { formFields } from './form-fields.js';
import { unitViewForm, type PlaceChoice, type UnitChoice } from './place-choice.js';
import { addMonths, dateWithWeekday, monthDays, monthTitle, shortDate } from './vietnamese-dates.js';

export const RECEPTION_PATH = '/tiep-cong-dan';
export const bookingPath = (session: { id: string; unitId: string }) =>
  `${RECEPTION_PATH}/dang-ky/${session.id}?don-vi=${encodeURIComponent(session.unitId)}`;

const kindLabels: Record<ReceptionKind, string> = { periodic: 'Tiếp định kỳ', ad_hoc: 'Tiếp đột xuất', regular: 'Tiếp thường xuyên' };
const formLabels: Record<ReceptionForm, string> = { direct: 'Trực tiếp', online: 'Trực tuyến' };
const label = <K extends string>(labels: Record<K, string>, key: string) => (labels as Record<string, string>)[key] ?? key;

const hours = (session: PublishedSession) => `${session.startsAt}–${session.endsAt}`;
/** The host as announced, with the office unless the announced name already says it, and the kind of reception. */
function hostLine(session: PublishedSession): Html {
  const office = (hostRoleLabels as Record<string, { vi: string }>)[session.hostRole]?.vi ?? session.hostRole;
  const isNamed = session.hostName.toLocaleLowerCase('vi').includes(office.toLocaleLowerCase('vi'));
  return html`${session.hostName}<div class="muted">${isNamed ? '' : `${office} · `}${label(kindLabels, session.kind)}</div>`;
}

/** What a citizen may do with a session: book it ahead while it is open, or read that it is over. */
function bookingCell(session: PublishedSession, today: string): Html {
  if (session.bookable)
    return html`<td><a class="button" style="white-space:nowrap" href="${bookingPath(session)}" aria-label="Đăng ký trước buổi tiếp ${dateWithWeekday(session.date)}, ${hours(session)}">Đăng ký trước</a></td>`;
  const state = session.status === 'held' ? 'Đã tiếp' : session.date < today ? 'Đã qua' : 'Không nhận đăng ký';
  return html`<td data-label="Đăng ký">${state}</td>`;
}

function monthTable(month: string, sessions: PublishedSession[], view: { today: string; unitName: string | undefined }): Html {
  const heading = html`<h2 id="thang-${month}">${monthTitle(month)}</h2>`;
  if (sessions.length === 0) return html`${heading}<p class="muted">Chưa có lịch tiếp công dân được công bố.</p>`;
  return html`${heading}
<table class="grid stack" aria-labelledby="thang-${month}"><thead><tr><th scope="col">Ngày</th><th scope="col">Giờ</th><th scope="col">Người chủ trì</th><th scope="col">Địa điểm</th><th scope="col">Hình thức</th><th scope="col">Đăng ký</th></tr></thead><tbody>
${sessions.map(
  (session) => html`<tr><td class="lead">${dateWithWeekday(session.date)}</td><td style="white-space:nowrap">${hours(session)}</td>
<td data-label="Người chủ trì">${hostLine(session)}</td>
<td data-label="Địa điểm">${session.place}${session.unitName && session.unitName !== view.unitName ? html`<div class="muted">${session.unitName}</div>` : ''}</td>
<td data-label="Hình thức">${label(formLabels, session.form)}</td>
${bookingCell(session, view.today)}</tr>`,
)}
</tbody></table>`;
}

/**
 * The reception calendar of a unit: the coming sessions (this month and the next), or one month
 * chosen, each a table on a wide screen and a card per session on a phone; a month before and
 * after one link away.
 */
export function calendarPage(view: {
  places: PlaceChoice;
  unit: UnitChoice | undefined;
  today: string;
  /** One month chosen (YYYY-MM); otherwise the coming sessions. */
  month: string | undefined;
  sessions: PublishedSession[];
  /** More sessions than a page shows: the first ones only. */
  isCut: boolean;
  message?: string | undefined;
}): Html {
  const { unit, today } = view;
  const current = today.slice(0, 7);
  const months = view.month ? [view.month] : [current, addMonths(current, 1)];
  const link = (month?: string) =>
    `${RECEPTION_PATH}?${new URLSearchParams({ ...(unit ? { 'don-vi': unit.id } : {}), ...(month ? { thang: month } : {}) }).toString()}`;
  const before = addMonths(months[0]!, -1);
  const after = addMonths(months.at(-1)!, 1);
  const shown = view.month ? monthDays(view.month) : { from: today, to: monthDays(months[1]!).to };
  return html`
<h1>Lịch tiếp công dân</h1>
<p>Lịch người đứng đầu cơ quan, chính quyền tiếp công dân định kỳ và đột xuất. Quý khách có thể đăng ký trước để được xếp số thứ tự và trình bày nội dung cần giải quyết.</p>
${view.message ? html`<p class="note" role="alert">${view.message}</p>` : ''}
${view.places.units.length === 1 && unit ? '' : unitViewForm({ action: RECEPTION_PATH, places: view.places, chosen: unit?.id, label: 'Xã, phường hoặc cơ quan' })}
${
  unit
    ? html`<p><strong>${unit.name}</strong>${unit.provinceName ? html`, ${unit.provinceName}` : ''} · ${view.month ? monthTitle(view.month) : `từ ${shortDate(shown.from)} đến ${shortDate(shown.to)}`}</p>
${months.map((month) =>
  monthTable(
    month,
    view.sessions.filter((session) => session.date.startsWith(month) && (view.month || session.date >= today)),
    { today, unitName: unit.name },
  ),
)}
${view.isCut ? html`<p class="note">Chỉ hiện một phần lịch: vui lòng chọn từng xã, phường hoặc cơ quan để xem đủ.</p>` : ''}
<nav class="pager" aria-label="Xem tháng khác"><a href="${link(before)}">← ${monthTitle(before)}</a>${view.month ? html` <a href="${link()}">Lịch sắp tới</a>` : ''} <a href="${link(after)}">${monthTitle(after)} →</a></nav>`
    : ''
}
<p class="muted">Ngoài lịch trên, công dân có thể đến Trụ sở tiếp công dân vào giờ hành chính các ngày làm việc (tiếp thường xuyên).</p>`;
}

/** The session a citizen books, in words. */
function sessionFacts(session: PublishedSession): Html {
  return html`<table class="facts">
  <tr><th scope="row">Ngày</th><td>${dateWithWeekday(session.date)}</td></tr>
  <tr><th scope="row">Giờ</th><td>${hours(session)}</td></tr>
  <tr><th scope="row">Người chủ trì</th><td>${hostLine(session)}</td></tr>
  <tr><th scope="row">Địa điểm</th><td>${session.place}</td></tr>
  <tr><th scope="row">Hình thức</th><td>${label(formLabels, session.form)}</td></tr>
  <tr><th scope="row">Cơ quan</th><td>${session.unitName}</td></tr>
</table>`;
}

const calendarLink = (session: PublishedSession) =>
  html`<a href="${RECEPTION_PATH}?don-vi=${encodeURIComponent(session.unitId)}&amp;thang=${session.date.slice(0, 7)}">Lịch tiếp công dân</a>`;

/** The booking form of a session: plain HTML, form-encoded, no JavaScript. */
export function bookingForm(options: {
  session: PublishedSession;
  formToken: string;
  errors?: Record<string, string>;
  values?: Record<string, string>;
}): Html {
  const { session } = options;
  const fields = formFields(options.errors, options.values);
  return html`
<p class="muted">${calendarLink(session)} › Đăng ký</p>
<h1>Đăng ký tiếp công dân</h1>
${sessionFacts(session)}
${fields.summary()}
<form method="post" action="${RECEPTION_PATH}/dang-ky/${session.id}">
  <input type="hidden" name="_form" value="${options.formToken}">
  <input type="hidden" name="don-vi" value="${session.unitId}">
  <p class="muted">Thông tin dưới đây chỉ người chủ trì và cán bộ tiếp công dân được xem, để chuẩn bị trước buổi tiếp.</p>
  ${fields.input('name', 'Họ và tên', html`required maxlength="200" autocomplete="name"`)}
  ${fields.input('citizenId', html`Số định danh cá nhân <span class="hint">12 chữ số trên thẻ Căn cước</span>`, html`required inputmode="numeric" pattern="[0-9]{12}" maxlength="12" autocomplete="off"`)}
  ${fields.input('phone', html`Số điện thoại <span class="hint">Không bắt buộc, để cơ quan báo khi lịch thay đổi</span>`, html`type="tel" inputmode="tel" maxlength="20" autocomplete="tel"`)}
  ${fields.textarea('matter', html`Nội dung cần trình bày <span class="hint">Việc gì, đã gửi đơn hoặc được giải quyết ở đâu chưa; tối đa 2.000 ký tự</span>`, html`required maxlength="2000"`)}
  <p><button type="submit">Đăng ký</button></p>
</form>`;
}

/** After booking: the queue number, and when and where to come. */
export function bookedPage(options: { session: PublishedSession; queueNo: number }): Html {
  const { session } = options;
  return html`
<h1>Đã đăng ký tiếp công dân</h1>
<p class="note">Số thứ tự của quý khách: <strong class="code" style="font-size:2rem;line-height:1.2" data-queue-no="${options.queueNo}">${options.queueNo}</strong></p>
${sessionFacts(session)}
<p>Vui lòng đến trước giờ bắt đầu, mang theo thẻ Căn cước và giấy tờ, tài liệu liên quan (nếu có). Đăng ký lại cho buổi tiếp này vẫn giữ số thứ tự đã cấp.</p>
<p>${calendarLink(session)}</p>`;
}

/** A session that cannot be booked (not found, over, cancelled, full), with the way back to the calendar. */
export function bookingMessage(title: string, text: string, unitId?: string): Html {
  const back = unitId ? `${RECEPTION_PATH}?don-vi=${encodeURIComponent(unitId)}` : RECEPTION_PATH;
  return html`<h1>${title}</h1><p>${text}</p><p><a class="button" href="${back}">Xem lịch tiếp công dân</a></p>`;
}
