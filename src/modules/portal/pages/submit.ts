import type { ProcedureVersion } from '../../catalog/index.js';
import { html, type Html } from '../../../platform/html/html.js';
import type { Delivery } from '../../../contracts/dossiers.js';
import { documentFormLabels } from './procedure-labels.js';
import { placeOptions, provinceStep, type PlaceChoice } from './place-choice.js';

/** How the citizen receives the result, in the words of the submission form. */
const submitDeliveryLabels: Record<Delivery, string> = {
  counter: 'Tại Bộ phận Một cửa',
  post: 'Qua bưu chính',
  home: 'Tại nhà',
  electronic: 'Bản điện tử',
};

/**
 * The online submission form: plain HTML, multipart, works without JavaScript. The form token and
 * every text field come before the files, so the server checks them before accepting a file.
 */
export function submitForm(options: {
  version: ProcedureVersion;
  places: PlaceChoice;
  formToken: string;
  errors?: Record<string, string>;
  values?: Record<string, string>;
}): Html {
  const { version, places } = options;
  const errors = options.errors ?? {};
  const values = options.values ?? {};
  const errorId = (field: string) => `loi-${field.replace(/\W/g, '-')}`;
  const error = (field: string) =>
    errors[field] ? html`<div class="error" id="${errorId(field)}" role="alert">${errors[field]}</div>` : '';
  const described = (field: string) => (errors[field] ? html`aria-invalid="true" aria-describedby="${errorId(field)}"` : '');
  const input = (name: string, label: Html | string, attributes: Html = html``) =>
    html`<div class="field"><label for="${name}">${label}</label><input id="${name}" name="${name}" class="wide" value="${values[name] ?? ''}" ${attributes} ${described(name)}>${error(name)}</div>`;
  const heading = html`<p class="muted"><a href="/thu-tuc?truc-tuyen=1">Nộp hồ sơ trực tuyến</a> › ${version.data.fieldName}</p>
<h1>Nộp hồ sơ: ${version.data.name}</h1>`;
  const action = `/nop-ho-so/${version.code}`;
  if (places.isByProvince && !places.province) return html`${heading}${provinceStep({ action, provinces: places.provinces })}`;
  return html`
${heading}
${Object.keys(errors).length > 0 ? html`<p class="note" role="alert">Hồ sơ chưa gửi được: vui lòng sửa các mục được đánh dấu.</p>` : ''}
<form method="post" action="${action}" enctype="multipart/form-data">
  <input type="hidden" name="_form" value="${options.formToken}">
  <h2>Nơi tiếp nhận</h2>
  ${places.province ? html`<input type="hidden" name="tinh" value="${places.province.id}"><p>${places.province.name} · <a href="${action}">Chọn tỉnh, thành phố khác</a></p>` : ''}
  <div class="field"><label for="unit">Nộp tại <span class="hint">Xã, phường nơi giải quyết hồ sơ của quý khách</span></label>
  <select id="unit" name="unit" class="wide" required ${described('receivingUnitId')}>${placeOptions(places, values.unit)}</select>${error('receivingUnitId')}</div>
  <h2>Người nộp</h2>
  ${input('name', 'Họ và tên', html`required maxlength="200" autocomplete="name"`)}
  ${input('citizenId', html`Số định danh cá nhân <span class="hint">12 chữ số, in trên thẻ căn cước</span>`, html`required inputmode="numeric" pattern="[0-9]{12}" maxlength="12"`)}
  ${input('phone', html`Số điện thoại <span class="hint">Nhận tin nhắn về hồ sơ</span>`, html`type="tel" required inputmode="tel" autocomplete="tel"`)}
  ${input('email', 'Thư điện tử (không bắt buộc)', html`type="email" autocomplete="email"`)}
  ${input('address', 'Nơi cư trú', html`required maxlength="300" autocomplete="street-address"`)}
  <h2>Nhận kết quả</h2>
  <div class="field"><label for="delivery">Cách nhận kết quả</label><select id="delivery" name="delivery" class="wide">${version.data.deliveryOptions.map((option) => html`<option value="${option}" ${values.delivery === option ? html`selected` : ''}>${submitDeliveryLabels[option]}</option>`)}</select></div>
  <h2>Thành phần hồ sơ</h2>
  <p class="muted">Bản chụp hoặc bản quét dạng PDF, JPEG hoặc PNG, tối đa 20 MB mỗi tệp.</p>
  ${version.data.documents.map(
    (document, index) =>
      html`<div class="field"><label for="doc${index + 1}">${index + 1}. ${document.name} <span class="hint">${documentFormLabels[document.form]}${document.isRequired ? ', bắt buộc' : ', nếu có'}</span></label>
    <input id="doc${index + 1}" name="doc${index + 1}" type="file" accept="application/pdf,image/jpeg,image/png" ${document.isRequired ? html`required` : ''} ${described(`documents.${index + 1}`)}>${error(`documents.${index + 1}`)}</div>`,
  )}
  <p><button type="submit">Gửi hồ sơ</button></p>
</form>`;
}

/** The answer after a submission (reached by a redirect, so a refresh files nothing again): the code if given yet, and the full tracking address. */
export function submittedPage(options: { procedureName: string; code: string | null; trackingAddress: string }): Html {
  return html`
<h1>Đã gửi hồ sơ</h1>
<p>Hồ sơ <strong>${options.procedureName}</strong> đã được gửi. Cán bộ một cửa sẽ kiểm tra và thông báo kết quả tiếp nhận qua tin nhắn; hồ sơ gửi ngoài giờ làm việc được xử lý từ giờ làm việc tiếp theo.</p>
<table class="facts">
  <tr><th scope="row">Mã hồ sơ</th><td>${options.code ?? 'Chưa cấp: mã hồ sơ được cấp khi cán bộ một cửa tiếp nhận và gửi qua tin nhắn'}</td></tr>
  <tr><th scope="row">Địa chỉ tra cứu</th><td><a class="address" href="${options.trackingAddress}">${options.trackingAddress}</a></td></tr>
</table>
<p>Lưu lại địa chỉ này (hoặc chụp màn hình): đây là cách xem tiến độ hồ sơ của quý khách; không gửi cho người khác.</p>
<p><a class="button" href="${options.trackingAddress}">Xem tiến độ hồ sơ</a></p>`;
}
