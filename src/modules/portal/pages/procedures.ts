import type { ProcedureVersion } from '../../catalog/index.js';
import { html, type Html } from '../../../platform/html/html.js';
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

export const procedurePath = (code: string, name: string) => `/thu-tuc/${code}/${slugify(name)}`;

export function procedureSearchPage(options: {
  q: string;
  items: ProcedureVersion[];
  total: number;
  page: number;
  pageSize: number;
}): Html {
  const { q, items, total, page, pageSize } = options;
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const link = (target: number) => `/thu-tuc?${new URLSearchParams({ ...(q ? { q } : {}), trang: String(target) }).toString()}`;
  return html`
<h1>Thủ tục hành chính</h1>
<form class="search" method="get" action="/thu-tuc" role="search">
  <label for="q" class="muted">Tìm thủ tục (gõ có dấu hoặc không dấu)</label>
  <input id="q" name="q" type="search" value="${q}" placeholder="ví dụ: khai sinh, đăng ký hộ kinh doanh" style="flex:1;min-width:220px">
  <button type="submit">Tìm kiếm</button>
</form>
<p class="muted">${total === 0 ? 'Không tìm thấy thủ tục nào.' : `Tìm thấy ${total} thủ tục.`}</p>
<ol class="results" start="${(page - 1) * pageSize + 1}">
${items.map(
  (item) => html`<li><a href="${procedurePath(item.code, item.data.name)}">${item.data.name}</a>
  <div class="muted">Mã ${item.code} · ${item.data.fieldName} · ${item.data.levels.map((level) => levelLabels[level] ?? level).join(', ')} · ${processingTimeText(item.data.processingTime)} · ${onlineLevelLabels[item.data.onlineLevel] ?? ''}</div></li>`,
)}
</ol>
${
  pages > 1
    ? html`<nav class="pager" aria-label="Trang">${page > 1 ? html`<a href="${link(page - 1)}">← Trang trước</a>` : ''} <span>Trang ${page}/${pages}</span> ${page < pages ? html`<a href="${link(page + 1)}">Trang sau →</a>` : ''}</nav>`
    : ''
}`;
}

export function procedureDetailPage(item: ProcedureVersion): Html {
  const p = item.data;
  return html`
<p class="muted"><a href="/thu-tuc">Thủ tục hành chính</a> › ${p.fieldName}</p>
<h1>${p.name}</h1>
${p.onlineLevel !== 'none' ? html`<p><a class="button" href="/nop-ho-so/${item.code}">Nộp hồ sơ trực tuyến</a></p>` : ''}
${p.isSample ? html`<p class="note">Dữ liệu mẫu, cần đối chiếu với Cơ sở dữ liệu quốc gia về thủ tục hành chính.</p>` : ''}
<table class="facts">
  <tr><th>Mã thủ tục</th><td>${item.code}</td></tr>
  <tr><th>Lĩnh vực</th><td>${p.sectorName} — ${p.fieldName}</td></tr>
  <tr><th>Cấp thực hiện</th><td>${p.levels.map((level) => levelLabels[level] ?? level).join(', ')}</td></tr>
  <tr><th>Thời hạn giải quyết</th><td>${processingTimeText(p.processingTime)}</td></tr>
  <tr><th>Mức độ dịch vụ công trực tuyến</th><td>${onlineLevelLabels[p.onlineLevel] ?? p.onlineLevel}</td></tr>
  <tr><th>Nơi nộp hồ sơ</th><td>${p.whereToSubmit}</td></tr>
  <tr><th>Hình thức nhận kết quả</th><td>${p.deliveryOptions.map((option) => deliveryLabels[option] ?? option).join('; ')}</td></tr>
  <tr><th>Kết quả</th><td>${p.results.join('; ')}</td></tr>
  <tr><th>Hiệu lực từ</th><td>${item.effectiveFrom.split('-').reverse().join('/')} (phiên bản ${item.version})</td></tr>
</table>
<h2>Thành phần hồ sơ</h2>
<table class="grid"><thead><tr><th>#</th><th>Giấy tờ</th><th>Loại</th><th>Số lượng</th><th>Mẫu</th></tr></thead><tbody>
${p.documents.map(
  (
    document,
    index,
  ) => html`<tr><td>${index + 1}</td><td>${document.name}${document.isRequired ? '' : html` <span class="muted">(nếu có)</span>`}${document.note ? html`<div class="muted">${document.note}</div>` : ''}</td>
  <td>${documentFormLabels[document.form] ?? document.form}</td><td>${document.count}</td>
  <td>${document.templateName ? html`<a href="/thu-tuc/${item.code}/mau/${index + 1}" download>Tải mẫu (.docx)</a>` : '—'}</td></tr>`,
)}
</tbody></table>
<h2>Phí, lệ phí</h2>
${
  p.fees.length === 0
    ? html`<p>Không thu phí, lệ phí.</p>`
    : html`<ul>${p.fees.map((fee) => html`<li>${fee.kind === 'fee' ? 'Phí' : 'Lệ phí'} ${fee.name}: <strong>${formatVnd(fee.amountVnd)}</strong>${fee.per ? ` (${fee.per})` : ''}${fee.exemptions ? html`<div class="muted">Miễn, giảm: ${fee.exemptions}</div>` : ''}</li>`)}</ul>`
}
<h2>Trình tự thực hiện</h2>
<ol>${p.steps.map((step) => html`<li>${step.name} <span class="muted">— ${step.handlerUnitType ? (unitTypeLabels[step.handlerUnitType] ?? step.handlerUnitType) : step.handlerUnitCode}, ${roleLabels[step.role] ?? step.role}${step.budgetHours > 0 ? `, ${step.budgetHours} giờ làm việc` : ''}</span></li>`)}</ol>
<h2>Căn cứ pháp lý</h2>
<ul>${p.legalBasis.map((basis) => html`<li>${basis}</li>`)}</ul>`;
}
