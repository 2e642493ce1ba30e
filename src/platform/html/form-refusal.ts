import type { FormCheck } from '../http/form-token.js';
import { html, type Html } from './html.js';

/** What a citizen sees when a form post is refused as a possible forgery: how to send it again. */
export function formRefusal(check: Exclude<FormCheck, 'ok'>, retryPath: string): Html {
  const why =
    check === 'cross_site'
      ? 'Biểu mẫu này được gửi từ một trang web khác, không phải từ Cổng dịch vụ công, nên không được ghi nhận.'
      : 'Biểu mẫu đã hết hạn hoặc trình duyệt đã chặn cookie của trang, nên chưa được ghi nhận.';
  return html`<h1>Chưa gửi được biểu mẫu</h1>
<p class="note" role="alert">${why}</p>
<p>Vui lòng mở lại biểu mẫu từ Cổng dịch vụ công và gửi lại. Không có dữ liệu nào được lưu.</p>
<p><a class="button" href="${retryPath}">Mở lại biểu mẫu</a></p>`;
}
