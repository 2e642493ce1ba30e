import type { ProcedureVersion } from '../../catalog/index.js';
import { html, type Html } from '../../../platform/html/html.js';
import { formatNumber } from '../../../platform/html/format.js';
import {
  deliveryLabels,
  documentFormLabels,
  formatVnd,
  levelLabels,
  onlineLevelLabels,
  processingTimeText,
  roleLabels,
  slugify,
  unitTypeLabels,
} from './procedure-labels.js';

/** "Lệ phí đăng ký khai sinh": the kind of charge before its name, unless the name already says it. */
const feeTitle = (fee: { kind: 'fee' | 'charge'; name: string }) =>
  /^(lệ phí|phí)\s/iu.test(fee.name) ? fee.name : `${fee.kind === 'fee' ? 'Phí' : 'Lệ phí'} ${fee.name}`;

export const procedurePath = (code: string, name: string) => `/thu-tuc/${code}/${slugify(name)}`;

export function procedureSearchPage(options: {
  q: string;
  /** Only the procedures offered online: the portal's way to online submission. */
  isOnlineOnly: boolean;
  items: ProcedureVersion[];
  total: number;
  page: number;
  pageSize: number;
}): Html {
  const { q, isOnlineOnly, items, total, page, pageSize } = options;
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const link = (target: number) =>
    `/thu-tuc?${new URLSearchParams({ ...(q ? { q } : {}), ...(isOnlineOnly ? { 'truc-tuyen': '1' } : {}), trang: String(target) }).toString()}`;
  return html`
<h1>${isOnlineOnly ? 'Nộp hồ sơ trực tuyến' : 'Thủ tục hành chính'}</h1>
${isOnlineOnly ? html`<p>Chọn thủ tục cần làm, xem thành phần hồ sơ rồi bấm <strong>Nộp hồ sơ trực tuyến</strong> để gửi bản chụp giấy tờ.</p>` : ''}
<form class="search" method="get" action="/thu-tuc" role="search">
  <div class="field"><label for="q">Tìm thủ tục <span class="hint">Gõ có dấu hoặc không dấu, ví dụ: khai sinh, đăng ký hộ kinh doanh</span></label>
  <input id="q" name="q" type="search" value="${q}"></div>
  <label class="choice"><input type="checkbox" name="truc-tuyen" value="1" ${isOnlineOnly ? html`checked` : ''}> Chỉ thủ tục nộp trực tuyến</label>
  <button type="submit">Tìm kiếm</button>
</form>
<p class="muted" role="status">${total === 0 ? 'Không tìm thấy thủ tục nào.' : `Tìm thấy ${formatNumber(total)} thủ tục.`}</p>
<ol class="results" start="${(page - 1) * pageSize + 1}">
${items.map(
  (item) => html`<li><a href="${procedurePath(item.code, item.data.name)}">${item.data.name}</a>
  <div class="muted">${item.data.fieldName} · ${item.data.levels.map((level) => levelLabels[level]).join(', ')} · ${processingTimeText(item.data.processingTime)} · ${onlineLevelLabels[item.data.onlineLevel]}</div></li>`,
)}
</ol>
${
  pages > 1
    ? html`<nav class="pager" aria-label="Trang kết quả">${page > 1 ? html`<a href="${link(page - 1)}">← Trang trước</a>` : ''} <span>Trang ${formatNumber(page)}/${formatNumber(pages)}</span> ${page < pages ? html`<a href="${link(page + 1)}">Trang sau →</a>` : ''}</nav>`
    : ''
}`;
}

/** A procedure's page; `unitNames` names the units its steps are given to by code (a department of the province). */
export function procedureDetailPage(item: ProcedureVersion, unitNames: ReadonlyMap<string, string> = new Map()): Html {
  const p = item.data;
  const handler = (step: (typeof p.steps)[number]) =>
    (step.handlerUnitCode ? unitNames.get(step.handlerUnitCode) : undefined) ??
    (step.handlerUnitType ? unitTypeLabels[step.handlerUnitType] : 'Cơ quan chuyên môn');
  return html`
<p class="muted"><a href="/thu-tuc">Thủ tục hành chính</a> › ${p.fieldName}</p>
<h1>${p.name}</h1>
${p.onlineLevel !== 'none' ? html`<p><a class="button" href="/nop-ho-so/${item.code}">Nộp hồ sơ trực tuyến</a></p>` : ''}
${p.isSample ? html`<p class="note">Dữ liệu mẫu, cần đối chiếu với Cơ sở dữ liệu quốc gia về thủ tục hành chính.</p>` : ''}
<table class="facts">
  <tr><th>Mã thủ tục</th><td>${item.code}</td></tr>
  <tr><th>Lĩnh vực</th><td>${p.sectorName} — ${p.fieldName}</td></tr>
  <tr><th>Cấp thực hiện</th><td>${p.levels.map((level) => levelLabels[level]).join(', ')}</td></tr>
  <tr><th>Thời hạn giải quyết</th><td>${processingTimeText(p.processingTime)}</td></tr>
  <tr><th>Mức độ dịch vụ công trực tuyến</th><td>${onlineLevelLabels[p.onlineLevel]}</td></tr>
  <tr><th>Nơi nộp hồ sơ</th><td>${p.whereToSubmit}</td></tr>
  <tr><th>Hình thức nhận kết quả</th><td>${p.deliveryOptions.map((option) => deliveryLabels[option]).join('; ')}</td></tr>
  <tr><th>Kết quả</th><td>${p.results.join('; ')}</td></tr>
  <tr><th>Hiệu lực từ</th><td>${item.effectiveFrom.split('-').reverse().join('/')} (phiên bản ${item.version})</td></tr>
</table>
<h2>Thành phần hồ sơ</h2>
<table class="grid stack"><thead><tr><th scope="col">STT</th><th scope="col">Giấy tờ</th><th scope="col">Loại</th><th scope="col">Số lượng</th><th scope="col">Mẫu</th></tr></thead><tbody>
${p.documents.map(
  (
    document,
    index,
  ) => html`<tr><td class="lead">${index + 1}</td><td>${document.name}${document.isRequired ? '' : html` <span class="muted">(nếu có)</span>`}${document.note ? html`<div class="muted">${document.note}</div>` : ''}</td>
  <td data-label="Loại">${documentFormLabels[document.form]}</td><td data-label="Số lượng">${formatNumber(document.count)}</td>
  ${document.templateName ? html`<td data-label="Mẫu"><a href="/thu-tuc/${item.code}/mau/${index + 1}" download>Tải mẫu (tệp Word)</a></td>` : html`<td data-label="Mẫu" class="none">Không có</td>`}</tr>`,
)}
</tbody></table>
<h2>Phí, lệ phí</h2>
${
  p.fees.length === 0
    ? html`<p>Không thu phí, lệ phí.</p>`
    : html`<ul>${p.fees.map((fee) => html`<li>${feeTitle(fee)}: <strong>${formatVnd(fee.amountVnd)}</strong>${fee.per ? ` (${fee.per})` : ''}${fee.exemptions ? html`<div class="muted">Miễn, giảm: ${fee.exemptions}</div>` : ''}</li>`)}</ul>`
}
<h2>Trình tự thực hiện</h2>
<ol>${p.steps.map((step) => html`<li>${step.name} <span class="muted">— ${handler(step)}, ${roleLabels[step.role]}${step.budgetHours > 0 ? `, ${formatNumber(step.budgetHours)} giờ làm việc` : ''}</span></li>`)}</ol>
<h2>Căn cứ pháp lý</h2>
<ul>${p.legalBasis.map((basis) => html`<li>${basis}</li>`)}</ul>`;
}
