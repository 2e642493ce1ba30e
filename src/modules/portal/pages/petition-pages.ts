import { html, type Html } from '../../../platform/html/html.js';
import type { CitizenStage, CitizenTracking } from '../../petitions/index.js';
import { placeOptions, provinceStep, type PlaceChoice } from './place-choice.js';
import { vietnamTime } from './tracking.js';

export const PETITION_PATH = '/phan-anh-kien-nghi';

const stageLabels: Record<CitizenStage, string> = {
  received: 'Đã tiếp nhận, chờ phân loại',
  in_review: 'Đang xem xét',
  in_settlement: 'Đang giải quyết',
  answered: 'Đã trả lời',
  sent_elsewhere: 'Đã chuyển hoặc hướng dẫn đến cơ quan có thẩm quyền',
  closed: 'Đã kết thúc, không giải quyết tiếp',
};
const kindLabels: Record<string, string> = { recommendation: 'Kiến nghị', reflection: 'Phản ánh' };

/**
 * A recommendation or reflection sent on the portal: plain HTML, multipart, no JavaScript. The
 * form token and the text fields come before the files, so they are checked before any file.
 */
export function petitionForm(options: {
  places: PlaceChoice;
  formToken: string;
  errors?: Record<string, string>;
  values?: Record<string, string>;
}): Html {
  const { places } = options;
  const errors = options.errors ?? {};
  const values = options.values ?? {};
  const errorId = (field: string) => `loi-${field}`;
  const error = (field: string) =>
    errors[field] ? html`<div class="error" id="${errorId(field)}" role="alert">${errors[field]}</div>` : '';
  const described = (field: string) => (errors[field] ? html`aria-invalid="true" aria-describedby="${errorId(field)}"` : '');
  const input = (name: string, label: Html | string, attributes: Html = html``) =>
    html`<div class="field"><label for="${name}">${label}</label><input id="${name}" name="${name}" class="wide" value="${values[name] ?? ''}" ${attributes} ${described(name)}>${error(name)}</div>`;
  const heading = html`<h1>Gửi phản ánh, kiến nghị</h1>
<p>Phản ánh, kiến nghị về quy định, thủ tục, việc giải quyết của cơ quan, hoặc một vấn đề ở nơi quý khách sống. Khiếu nại, tố cáo xin gửi đơn có chữ ký hoặc đến nơi tiếp công dân.</p>`;
  if (places.isByProvince && !places.province)
    return html`${heading}${provinceStep({ action: PETITION_PATH, provinces: places.provinces })}`;
  const kind = values.kind ?? 'reflection';
  return html`
${heading}
${Object.keys(errors).length > 0 ? html`<p class="note" role="alert">Chưa gửi được: vui lòng sửa các mục được đánh dấu.</p>` : ''}
<form method="post" action="${PETITION_PATH}" enctype="multipart/form-data">
  <input type="hidden" name="_form" value="${options.formToken}">
  ${places.province ? html`<input type="hidden" name="tinh" value="${places.province.id}"><p>${places.province.name} · <a href="${PETITION_PATH}">Chọn tỉnh, thành phố khác</a></p>` : ''}
  <div class="field"><label for="unit">Gửi đến <span class="hint">Xã, phường có thẩm quyền</span></label>
  <select id="unit" name="unit" class="wide" required ${described('unit')}>${placeOptions(places, values.unit)}</select>${error('unit')}</div>
  <fieldset class="field"><legend>Loại</legend>
    <label><input type="radio" name="kind" value="reflection" ${kind === 'reflection' ? html`checked` : ''}> Phản ánh (báo một việc, một vấn đề)</label>
    <label><input type="radio" name="kind" value="recommendation" ${kind === 'recommendation' ? html`checked` : ''}> Kiến nghị (đề xuất cách giải quyết)</label>
    ${error('kind')}
  </fieldset>
  <div class="field"><label for="content">Nội dung <span class="hint">Việc gì, ở đâu, từ khi nào; tối đa 4.000 ký tự</span></label>
  <textarea id="content" name="content" class="wide" rows="8" required maxlength="4000" ${described('content')}>${values.content ?? ''}</textarea>${error('content')}</div>
  ${input('place', html`Địa điểm <span class="hint">Không bắt buộc: thôn, tổ, đường, số nhà</span>`, html`maxlength="300"`)}
  <h2>Người gửi</h2>
  <p class="muted">Thông tin người gửi chỉ cán bộ xử lý được xem, không công khai.</p>
  ${input('name', 'Họ và tên', html`required maxlength="200" autocomplete="name"`)}
  ${input('phone', html`Số điện thoại <span class="hint">hoặc thư điện tử, để cơ quan liên hệ khi cần</span>`, html`type="tel" inputmode="tel" autocomplete="tel"`)}
  ${input('email', 'Thư điện tử', html`type="email" autocomplete="email"`)}
  ${input('address', 'Địa chỉ (không bắt buộc)', html`maxlength="300" autocomplete="street-address"`)}
  <h2>Tài liệu, hình ảnh kèm theo</h2>
  <p class="muted">Không bắt buộc. PDF, JPEG hoặc PNG, tối đa 3 tệp, mỗi tệp 20 MB.</p>
  ${[1, 2, 3].map(
    (n) =>
      html`<div class="field"><label for="tep${n}">Tệp ${n}</label><input id="tep${n}" name="tep${n}" type="file" accept="application/pdf,image/jpeg,image/png" ${described(`tep${n}`)}>${error(`tep${n}`)}</div>`,
  )}
  <p><button type="submit">Gửi phản ánh, kiến nghị</button></p>
</form>`;
}

/** After sending (reached by a redirect, so a refresh sends nothing again): the code to follow it by. */
export function petitionSentPage(options: { code: string; trackingAddress: string }): Html {
  return html`
<h1>Đã gửi phản ánh, kiến nghị</h1>
<table class="facts">
  <tr><th scope="row">Mã tra cứu</th><td><strong class="code">${options.code}</strong></td></tr>
  <tr><th scope="row">Địa chỉ tra cứu</th><td><a class="address" href="${options.trackingAddress}">${options.trackingAddress}</a></td></tr>
</table>
<p>Giữ lại mã này để theo dõi việc xử lý và đọc câu trả lời của cơ quan.</p>
<p><a class="button" href="${options.trackingAddress}">Xem tình trạng</a></p>`;
}

export function petitionTrackingForm(options: { code?: string; message?: string }): Html {
  return html`
<h1>Tra cứu phản ánh, kiến nghị</h1>
${options.message ? html`<p class="note" role="alert">${options.message}</p>` : ''}
<form class="search" method="get" action="${PETITION_PATH}/tra-cuu">
  <div class="field"><label for="ma">Mã tra cứu <span class="hint">10 ký tự, nhận khi gửi</span></label><input id="ma" name="ma" required maxlength="20" value="${options.code ?? ''}" autocomplete="off"></div>
  <button type="submit">Tra cứu</button>
</form>`;
}

/** What a citizen reads of it: the stage in words, the dates and, once given, the answer. */
export function petitionTrackingResult(view: CitizenTracking): Html {
  return html`
<h1>${kindLabels[view.kind] ?? 'Đơn'} ${view.code}</h1>
<table class="facts">
  <tr><th scope="row">Nơi nhận</th><td>${view.unitName}</td></tr>
  <tr><th scope="row">Ngày nhận</th><td>${vietnamTime(view.receivedAt)}</td></tr>
  <tr><th scope="row">Tình trạng</th><td><strong data-stage="${view.stage}">${stageLabels[view.stage]}</strong></td></tr>
  ${view.sentTo ? html`<tr><th scope="row">Cơ quan có thẩm quyền</th><td>${view.sentTo}</td></tr>` : ''}
  ${view.dueAt && view.stage !== 'answered' && view.stage !== 'closed' ? html`<tr><th scope="row">Hạn xử lý</th><td>${vietnamTime(view.dueAt)}</td></tr>` : ''}
  ${view.answeredAt ? html`<tr><th scope="row">Ngày trả lời</th><td>${vietnamTime(view.answeredAt)}</td></tr>` : ''}
</table>
${view.answer ? html`<h2>Trả lời của cơ quan</h2><blockquote class="answer">${view.answer}</blockquote>` : ''}
<p><a href="${PETITION_PATH}/tra-cuu">Tra cứu mã khác</a> · <a href="${PETITION_PATH}">Gửi phản ánh, kiến nghị khác</a></p>`;
}
