import type { ProcedureVersion } from '../../catalog/index.js';
import { html, type Html } from '../../../platform/html/html.js';
import type { Delivery } from '../../../contracts/dossiers.js';
import { documentFormLabels } from './procedure-labels.js';

export type UnitChoice = { id: string; name: string };

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
  units: UnitChoice[];
  formToken: string;
  errors?: Record<string, string>;
  values?: Record<string, string>;
}): Html {
  const { version, units } = options;
  const errors = options.errors ?? {};
  const values = options.values ?? {};
  const error = (field: string) => (errors[field] ? html`<div class="error" role="alert">${errors[field]}</div>` : '');
  const input = (name: string, label: string, attributes: Html = html``) =>
    html`<p><label for="${name}">${label}</label><br><input id="${name}" name="${name}" value="${values[name] ?? ''}" ${attributes} style="width:100%;max-width:28em">${error(name)}</p>`;
  return html`
<p class="muted"><a href="/thu-tuc">Thủ tục hành chính</a> › Nộp hồ sơ trực tuyến</p>
<h1>Nộp hồ sơ: ${version.data.name}</h1>
${Object.keys(errors).length > 0 ? html`<p class="note" role="alert">Hồ sơ chưa gửi được: vui lòng sửa các mục được đánh dấu.</p>` : ''}
<form method="post" action="/nop-ho-so/${version.code}" enctype="multipart/form-data">
  <input type="hidden" name="_form" value="${options.formToken}">
  <h2>Nơi tiếp nhận</h2>
  <p><label for="unit">Nộp tại</label><br><select id="unit" name="unit" required>
    ${units.map((unit) => html`<option value="${unit.id}" ${values.unit === unit.id ? html`selected` : ''}>${unit.name}</option>`)}
  </select>${error('receivingUnitId')}</p>
  <h2>Người nộp</h2>
  ${input('name', 'Họ và tên', html`required maxlength="200" autocomplete="name"`)}
  ${input('citizenId', 'Số định danh cá nhân (12 số)', html`required inputmode="numeric" pattern="[0-9]{12}" maxlength="12"`)}
  ${input('phone', 'Số điện thoại', html`required inputmode="tel" autocomplete="tel"`)}
  ${input('email', 'Thư điện tử (không bắt buộc)', html`type="email" autocomplete="email"`)}
  ${input('address', 'Nơi cư trú', html`required maxlength="300" autocomplete="street-address"`)}
  <h2>Nhận kết quả</h2>
  <p><select name="delivery" aria-label="Cách nhận kết quả">${version.data.deliveryOptions.map((option) => html`<option value="${option}" ${values.delivery === option ? html`selected` : ''}>${submitDeliveryLabels[option]}</option>`)}</select></p>
  <h2>Thành phần hồ sơ (PDF, JPEG hoặc PNG, tối đa 20 MB mỗi tệp)</h2>
  ${version.data.documents.map(
    (
      document,
      index,
    ) => html`<p><label for="doc${index + 1}">${index + 1}. ${document.name} — ${documentFormLabels[document.form] ?? document.form}${document.isRequired ? ' (bắt buộc)' : ' (nếu có)'}</label><br>
    <input id="doc${index + 1}" name="doc${index + 1}" type="file" accept="application/pdf,image/jpeg,image/png" ${document.isRequired ? html`required` : ''}>${error(`documents.${index + 1}`)}</p>`,
  )}
  <p><button type="submit">Gửi hồ sơ</button></p>
</form>`;
}

export function submittedPage(options: { procedureName: string; trackingPath: string }): Html {
  return html`
<h1>Đã gửi hồ sơ</h1>
<p>Hồ sơ <strong>${options.procedureName}</strong> đã được gửi. Cán bộ một cửa sẽ kiểm tra và thông báo kết quả tiếp nhận qua tin nhắn; hồ sơ gửi ngoài giờ làm việc được xử lý từ giờ làm việc tiếp theo.</p>
<p>Lưu lại đường dẫn tra cứu này: <a href="${options.trackingPath}">${options.trackingPath}</a></p>`;
}
