import { html, type Html } from '../../../platform/html/index.js';
import { levelLabels, ratingLevels, type RatingTransaction } from '../../../contracts/ratings.js';
import { aspectFieldset } from './kiosk-page.js';

export const transactionLabels: Record<RatingTransaction, string> = { intake: 'Tiếp nhận hồ sơ', return: 'Trả kết quả' };

/** The rating form reached from the receipt's QR code or after the result is returned; works without JavaScript. */
export function onlineRatingForm(view: {
  formToken: string;
  hidden: Record<string, string>;
  dossierCode: string | null;
  procedureName: string;
  transaction: RatingTransaction;
  officerName: string;
  errors?: Record<string, string>;
}): Html {
  const error = (field: string) => (view.errors?.[field] ? html`<p class="error" id="${field}-error">${view.errors[field]}</p>` : '');
  return html`
<h1>Đánh giá mức độ hài lòng</h1>
<table class="facts">
  <tr><th>Hồ sơ</th><td>${view.dossierCode ?? ''} — ${view.procedureName}</td></tr>
  <tr><th>Giao dịch</th><td>${transactionLabels[view.transaction]}</td></tr>
  <tr><th>Cán bộ phục vụ</th><td>${view.officerName}</td></tr>
</table>
<form method="post" action="/danh-gia" style="display:flex;flex-direction:column;gap:12px;margin-top:12px">
  <input type="hidden" name="_form" value="${view.formToken}">
  ${Object.entries(view.hidden).map(([name, value]) => html`<input type="hidden" name="${name}" value="${value}">`)}
  <fieldset><legend>Mức độ hài lòng (bắt buộc)</legend>
  ${ratingLevels.map((level) => html`<label class="choice"><input type="radio" name="level" value="${level}" required> ${levelLabels[level].vi}</label>`)}
  ${error('level')}</fieldset>
  ${aspectFieldset('attitude', 'Thái độ của cán bộ')}
  ${aspectFieldset('timeliness', 'Thời gian giải quyết')}
  <div class="field"><label for="comment">Ý kiến góp ý <span class="hint">Không bắt buộc, tối đa 1.000 ký tự</span></label><textarea id="comment" name="comment" rows="4" maxlength="1000" style="width:100%"></textarea>${error('comment')}</div>
  <p><button type="submit">Gửi đánh giá</button></p>
</form>
<p class="muted">Đánh giá được giữ kín; mỗi lần giao dịch được đánh giá một lần.</p>`;
}

export function onlineRatingMessage(title: string, message: string): Html {
  return html`<h1>${title}</h1><p>${message}</p><p><a href="/tra-cuu">Tra cứu hồ sơ</a> · <a href="/">Trang chủ</a></p>`;
}
