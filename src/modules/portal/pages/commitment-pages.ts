import type { CommitmentStatus } from '../../../contracts/dialogues.js';
import { formatNumber } from '../../../platform/html/format.js';
import { html, type Html } from '../../../platform/html/html.js';
import { todayInVietnam } from '../../../platform/time/vietnam-time.js';
import type { BoardItem, ConfirmationQuestion } from '../../petitions/index.js';
import { formFields } from './form-fields.js';
import { unitViewForm, type PlaceChoice, type UnitChoice } from './place-choice.js';
import { shortDate } from './vietnamese-dates.js';

export const COMMITMENT_PATH = '/cam-ket';
export const confirmationPath = (token: string) => `${COMMITMENT_PATH}/xac-nhan/${encodeURIComponent(token)}`;

const statusLabels: Record<CommitmentStatus, string> = {
  open: 'Chưa thực hiện',
  in_progress: 'Đang thực hiện',
  done: 'Đã thực hiện',
  cancelled: 'Đã hủy',
};

function statusCell(item: BoardItem): Html {
  const status = (statusLabels as Record<string, string>)[item.status] ?? item.status;
  return html`<strong data-status="${item.status}">${status}</strong>${item.isOverdue ? html` <strong class="error" style="white-space:nowrap" data-overdue="true">· Quá hạn</strong>` : ''}${
    item.reopenedCount > 0
      ? html`<div class="muted">Người dân báo chưa thực hiện, đã mở lại ${item.reopenedCount > 1 ? `${formatNumber(item.reopenedCount)} lần` : ''}</div>`
      : ''
  }`;
}

const evidenceList = (evidence: BoardItem['evidence']) =>
  evidence.length === 0
    ? html`<span class="muted">Chưa có</span>`
    : html`<ul style="margin:0;padding-left:1.2em">${evidence.map((entry) => html`<li>${entry.text} <span class="muted">(${shortDate(todayInVietnam(new Date(entry.at)))})</span></li>`)}</ul>`;

/**
 * A unit's public commitments: what was promised to the people in dialogues and reception sessions,
 * who carries it out, by when, how far and with what evidence — never a person's name.
 */
export function boardPage(view: {
  places: PlaceChoice;
  unit: UnitChoice | undefined;
  items: BoardItem[];
  total: number;
  page: number;
  pageSize: number;
  message?: string | undefined;
}): Html {
  const { unit, page, pageSize, total } = view;
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const link = (target: number) =>
    `${COMMITMENT_PATH}?${new URLSearchParams({ ...(unit ? { 'don-vi': unit.id } : {}), trang: String(target) }).toString()}`;
  return html`
<h1>Cam kết với người dân</h1>
<p>Những việc chính quyền, cơ quan đã hứa thực hiện sau các buổi đối thoại và tiếp công dân: đơn vị thực hiện, thời hạn, tiến độ và kết quả. Người dân liên quan được hỏi lại khi cơ quan báo đã xong.</p>
${view.message ? html`<p class="note" role="alert">${view.message}</p>` : ''}
${view.places.units.length === 1 && unit ? '' : unitViewForm({ action: COMMITMENT_PATH, places: view.places, chosen: unit?.id, label: 'Xã, phường hoặc cơ quan' })}
${
  unit
    ? html`<p><strong>${unit.name}</strong>${unit.provinceName ? html`, ${unit.provinceName}` : ''} · ${total === 0 ? 'Chưa có cam kết nào được công khai.' : `${formatNumber(total)} cam kết, việc đến hạn trước ở trên.`}</p>
${
  view.items.length > 0
    ? html`<table class="grid stack"><thead><tr><th scope="col">Việc đã cam kết</th><th scope="col">Đơn vị thực hiện</th><th scope="col">Hạn</th><th scope="col">Tình trạng</th><th scope="col">Tiến độ</th><th scope="col">Kết quả, minh chứng</th></tr></thead><tbody>
${view.items.map(
  (item) => html`<tr><td><strong>${item.publicText}</strong></td><td data-label="Đơn vị thực hiện">${item.ownerUnitName}</td>
<td data-label="Hạn">${shortDate(item.dueOn)}</td><td data-label="Tình trạng">${statusCell(item)}</td>
<td data-label="Tiến độ" class="num">${formatNumber(item.progressPct)}&nbsp;%</td><td data-label="Kết quả, minh chứng">${evidenceList(item.evidence)}</td></tr>`,
)}
</tbody></table>`
    : ''
}
${
  pages > 1
    ? html`<nav class="pager" aria-label="Trang">${page > 1 ? html`<a href="${link(page - 1)}">← Trang trước</a>` : ''} <span>Trang ${formatNumber(page)}/${formatNumber(pages)}</span> ${page < pages ? html`<a href="${link(page + 1)}">Trang sau →</a>` : ''}</nav>`
    : ''
}`
    : ''
}`;
}

/** The question a citizen concerned is sent once the owner reports the commitment done: has it been done? */
export function confirmationForm(options: {
  token: string;
  question: ConfirmationQuestion;
  formToken: string;
  errors?: Record<string, string>;
  values?: Record<string, string>;
}): Html {
  const { question } = options;
  const fields = formFields(options.errors, options.values);
  const answer = options.values?.answer;
  return html`
<h1>Việc này đã được thực hiện chưa?</h1>
<table class="facts">
  <tr><th scope="row">Việc đã cam kết</th><td><strong>${question.publicText}</strong></td></tr>
  <tr><th scope="row">Đơn vị thực hiện</th><td>${question.ownerUnitName}</td></tr>
  <tr><th scope="row">Hạn</th><td>${shortDate(question.dueOn)}</td></tr>
  ${question.evidence ? html`<tr><th scope="row">Cơ quan báo kết quả</th><td>${question.evidence}</td></tr>` : ''}
</table>
${fields.summary()}
<form method="post" action="${confirmationPath(options.token)}">
  <input type="hidden" name="_form" value="${options.formToken}">
  <fieldset ${fields.described('answer')}><legend>Câu trả lời của quý khách</legend>
    <label class="choice"><input type="radio" name="answer" value="yes" required ${answer === 'yes' ? html`checked` : ''}> Có, đã thực hiện</label>
    <label class="choice"><input type="radio" name="answer" value="no" ${answer === 'no' ? html`checked` : ''}> Chưa thực hiện</label>
    ${fields.error('answer')}
  </fieldset>
  ${fields.textarea('comment', html`Ý kiến thêm <span class="hint">Không bắt buộc; tối đa 1.000 ký tự</span>`, html`maxlength="1000" rows="4"`)}
  <p><button type="submit">Gửi ý kiến</button></p>
</form>
<p class="muted">Mỗi đường dẫn chỉ trả lời được một lần. Ý kiến của quý khách không công khai kèm tên.</p>`;
}

export function confirmationThanks(options: { reopened: boolean }): Html {
  return html`
<h1>Xin cảm ơn quý khách!</h1>
${
  options.reopened
    ? html`<p>Ý kiến <strong>chưa thực hiện</strong> đã được ghi nhận. Cam kết được <strong>mở lại</strong>: đơn vị thực hiện phải tiếp tục và báo lại kết quả; quý khách sẽ được hỏi lại khi cơ quan báo đã xong.</p>`
    : html`<p>Ý kiến xác nhận <strong>đã thực hiện</strong> đã được ghi nhận.</p>`
}
<p><a href="${COMMITMENT_PATH}">Xem các cam kết với người dân</a></p>`;
}

export function confirmationGone(): Html {
  return html`
<h1>Đường dẫn xác nhận không còn hiệu lực</h1>
<p>Đường dẫn này đã được dùng để trả lời, hoặc không đúng, hoặc cam kết đã được mở lại. Mỗi đường dẫn chỉ trả lời được một lần; khi cơ quan báo đã thực hiện lại, quý khách sẽ nhận đường dẫn mới.</p>
<p><a href="${COMMITMENT_PATH}">Xem các cam kết với người dân</a></p>`;
}
