import { formatNumber as number, formatPercent, html, type Html } from '../../../platform/html/index.js';
import type { Figures } from '../unit-figures.js';

const vnDate = (iso: string) => iso.split('-').reverse().join('/');

export type TransparencyColumn = { label: string; from: string; to: string; figures: Figures };

/**
 * The public figures of one unit: what the seed reports quote, from the records, no personal data.
 * A table on a wide screen; on a phone one card per indicator, its values side by side (layout.ts).
 */
export function transparencyPage(view: {
  unitName: string;
  unitCode: string;
  columns: TransparencyColumn[];
  from: string;
  to: string;
}): Html {
  const row = (label: string, cell: (f: Figures) => string, id: string) =>
    html`<tr data-figure="${id}"><th scope="row">${label}</th>${view.columns.map((column) => html`<td class="num" data-label="${column.label}">${cell(column.figures)}</td>`)}</tr>`;
  return html`
<h1>Công khai kết quả giải quyết thủ tục hành chính</h1>
<p><strong>${view.unitName}</strong>. Số liệu tự động từ hồ sơ và phiếu đánh giá được ghi nhận trên hệ thống.</p>
<ul class="periods">${view.columns.map((column) => html`<li><strong>${column.label}:</strong> ${vnDate(column.from)} – ${vnDate(column.to)}</li>`)}</ul>
<table class="grid figures" style="--columns:${view.columns.length}">
  <thead><tr><th scope="col">Chỉ tiêu</th>${view.columns.map((column) => html`<th scope="col" class="num">${column.label}</th>`)}</tr></thead>
  <tbody>
    ${row('Hồ sơ tiếp nhận', (f) => number(f.dossiers.received), 'received')}
    ${row('— trong đó nộp trực tuyến', (f) => number(f.dossiers.receivedOnline), 'received-online')}
    ${row('Hồ sơ đã giải quyết', (f) => number(f.dossiers.settled), 'settled')}
    ${row('— trước hạn', (f) => number(f.dossiers.early), 'early')}
    ${row('— đúng hạn', (f) => number(f.dossiers.onTime), 'on-time')}
    ${row('— quá hạn', (f) => number(f.dossiers.late), 'late')}
    ${row('Hồ sơ đang giải quyết cuối kỳ', (f) => number(f.dossiers.inProgress), 'in-progress')}
    ${row('— trong đó đã quá hạn', (f) => number(f.dossiers.inProgressOverdue), 'in-progress-overdue')}
    ${row('— trong đó chờ bổ sung, thực hiện nghĩa vụ tài chính', (f) => number(f.dossiers.inProgressPaused), 'in-progress-paused')}
    ${row('Tỷ lệ giải quyết trước và đúng hạn', (f) => formatPercent(f.dossiers.earlyOrOnTimePercent), 'on-time-percent')}
    ${row('Số lượt đánh giá', (f) => number(f.ratings.total), 'ratings')}
    ${row('Tỷ lệ hài lòng (rất hài lòng và hài lòng)', (f) => formatPercent(f.ratings.satisfiedPercent), 'satisfied-percent')}
    ${row('Tỷ lệ rất hài lòng', (f) => formatPercent(f.ratings.verySatisfiedPercent), 'very-satisfied-percent')}
  </tbody>
</table>
<h2>Chọn kỳ khác</h2>
<form class="search" method="get" action="/cong-khai">
  <input type="hidden" name="don-vi" value="${view.unitCode}">
  <div class="field short"><label for="tu">Từ ngày</label><input id="tu" name="tu" type="date" value="${view.from}" required></div>
  <div class="field short"><label for="den">Đến ngày</label><input id="den" name="den" type="date" value="${view.to}" required></div>
  <button type="submit">Xem</button>
</form>
<p class="muted">Hồ sơ đã giải quyết được tính theo ngày có kết quả. Hồ sơ đang giải quyết được xét tại thời điểm cuối kỳ (kỳ chưa kết thúc: tại thời điểm xem); hồ sơ chờ công dân bổ sung hoặc thực hiện nghĩa vụ tài chính không tính thời gian chờ. Tỷ lệ trước và đúng hạn = (hồ sơ giải quyết trước và đúng hạn + hồ sơ đang giải quyết chưa quá hạn) / (hồ sơ đã giải quyết + hồ sơ đang giải quyết cuối kỳ), theo Quyết định 766/QĐ-TTg. Tỷ lệ hài lòng tính trên tổng số lượt đánh giá.</p>`;
}

export function unitChooser(options: { units: { code: string; name: string }[]; message?: string }): Html {
  return html`
<h1>Công khai kết quả giải quyết thủ tục hành chính</h1>
${options.message ? html`<p class="note" role="alert">${options.message}</p>` : ''}
<h2>Đơn vị có số liệu</h2>
<ul class="links">${options.units.map((unit) => html`<li><a href="/cong-khai?don-vi=${encodeURIComponent(unit.code)}">${unit.name}</a></li>`)}</ul>
<h2>Tìm theo mã đơn vị</h2>
<form class="search" method="get" action="/cong-khai"><div class="field"><label for="don-vi">Mã đơn vị hành chính <span class="hint">ví dụ 00991</span></label><input id="don-vi" name="don-vi" required autocomplete="off"></div><button type="submit">Xem</button></form>`;
}
