import { vietnamClock } from '../../../platform/time/vietnam-time.js';
import { html, type Html } from '../../../platform/html/html.js';
import { publicEventLabels, publicStatusLabels, type DossierEventType, type DossierStatus } from '../../../contracts/dossiers.js';

export const vietnamTime = (iso: string): string => vietnamClock(iso, ' ngày ');

export function trackingForm(options: { code?: string; message?: string }): Html {
  return html`
<h1>Tra cứu hồ sơ</h1>
<p>Nhập mã hồ sơ trên giấy tiếp nhận và 4 số cuối số điện thoại đã đăng ký.</p>
${options.message ? html`<p class="note" role="alert">${options.message}</p>` : ''}
<form class="search" method="get" action="/tra-cuu">
  <div class="field"><label for="ma">Mã hồ sơ <span class="hint">ví dụ 00991-260205-0001</span></label><input id="ma" name="ma" required value="${options.code ?? ''}" autocomplete="off"></div>
  <div class="field short"><label for="sdt">4 số cuối điện thoại</label><input id="sdt" name="sdt" inputmode="numeric" pattern="[0-9]{4}" maxlength="4" required autocomplete="off"></div>
  <button type="submit">Tra cứu</button>
</form>`;
}

/**
 * What a citizen reads of a dossier: the procedure, the status and the dates in words, and the
 * history without the officers' internal steps. Labels come from tables typed by the status and
 * event enums, so a new status or event cannot reach this page without its Vietnamese words.
 */
export function trackingResult(view: {
  code: string | null;
  procedureName: string;
  status: DossierStatus;
  receivedAt: string | null;
  dueAt: string | null;
  events: { type: DossierEventType; at: string }[];
  /** Where to rate the latest transaction; absent when nothing is left to rate. */
  ratePath?: string | undefined;
}): Html {
  return html`
<h1>${view.code ? html`Hồ sơ ${view.code}` : 'Hồ sơ nộp trực tuyến'}</h1>
<table class="facts">
  ${view.code ? '' : html`<tr><th scope="row">Mã hồ sơ</th><td>Chưa cấp: mã hồ sơ được cấp khi cán bộ một cửa tiếp nhận</td></tr>`}
  <tr><th scope="row">Thủ tục</th><td>${view.procedureName}</td></tr>
  <tr><th scope="row">Trạng thái</th><td><strong data-status="${view.status}">${publicStatusLabels[view.status]}</strong></td></tr>
  ${view.receivedAt ? html`<tr><th scope="row">Ngày tiếp nhận</th><td>${vietnamTime(view.receivedAt)}</td></tr>` : ''}
  ${view.dueAt ? html`<tr><th scope="row">Ngày hẹn trả kết quả</th><td>${vietnamTime(view.dueAt)}</td></tr>` : ''}
</table>
<h2>Quá trình giải quyết</h2>
<ol class="timeline">${view.events.flatMap((event) => {
    // Internal steps (a hand-over between officers) are not shown to citizens.
    const label = publicEventLabels[event.type];
    return label === null ? [] : [html`<li><strong>${label}</strong> — ${vietnamTime(event.at)}</li>`];
  })}</ol>
${view.ratePath ? html`<p><a class="button" href="${view.ratePath}">Đánh giá mức độ hài lòng</a></p>` : ''}
<p><a href="/tra-cuu">Tra cứu hồ sơ khác</a></p>`;
}
