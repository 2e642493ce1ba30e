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
  <label for="ma">Mã hồ sơ</label><input id="ma" name="ma" required value="${options.code ?? ''}" placeholder="ví dụ 00991-260205-0001" style="flex:2;min-width:220px">
  <label for="sdt">4 số cuối điện thoại</label><input id="sdt" name="sdt" inputmode="numeric" pattern="[0-9]{4}" maxlength="4" required style="width:8em">
  <button type="submit">Tra cứu</button>
</form>`;
}

export function trackingResult(view: {
  code: string;
  procedureName: string;
  status: DossierStatus;
  nationalStatus: number;
  receivedAt: string | null;
  dueAt: string | null;
  events: { type: DossierEventType; at: string }[];
  ratePath?: string | undefined;
}): Html {
  return html`
<h1>Hồ sơ ${view.code}</h1>
<table class="facts">
  <tr><th>Thủ tục</th><td>${view.procedureName}</td></tr>
  <tr><th>Trạng thái</th><td><strong data-status="${view.status}">${publicStatusLabels[view.status]}</strong> (mã ${view.nationalStatus})</td></tr>
  ${view.receivedAt ? html`<tr><th>Ngày tiếp nhận</th><td>${vietnamTime(view.receivedAt)}</td></tr>` : ''}
  ${view.dueAt ? html`<tr><th>Ngày hẹn trả kết quả</th><td>${vietnamTime(view.dueAt)}</td></tr>` : ''}
</table>
<h2>Quá trình giải quyết</h2>
<ol class="timeline">${view.events.flatMap((event) => {
    // Internal steps (a hand-over between officers) are not shown to citizens.
    const label = publicEventLabels[event.type];
    return label === null ? [] : [html`<li><strong>${label}</strong> — ${vietnamTime(event.at)}</li>`];
  })}</ol>
${view.ratePath && view.receivedAt ? html`<p><a class="button" href="${view.ratePath}">Đánh giá mức độ hài lòng</a></p>` : ''}
<p><a href="/tra-cuu">Tra cứu hồ sơ khác</a></p>`;
}
