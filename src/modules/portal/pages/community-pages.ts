import { legalAidGroups } from '../../../contracts/legal-aid.js';
import { formatNumber } from '../../../platform/html/format.js';
import { html, type Html } from '../../../platform/html/html.js';
import type { PublicModel, PublicVillageContacts } from '../../community/index.js';
import { CONTACT_PATH, MODEL_PATH, pager, unitHeading, unitPagePath, type UnitView } from './community-links.js';
import { shortDate } from './vietnamese-dates.js';

type Paged<T> = { items: T[]; total: number; page: number; pageSize: number };

const categoryLabels: Record<PublicModel['category'], string> = { model: 'Mô hình', exemplar: 'Điển hình' };
const statusLabels: Record<PublicModel['status'], string> = {
  registered: 'Đã đăng ký',
  launched: 'Đang triển khai',
  recognised: 'Đã được công nhận',
  discontinued: 'Dừng thực hiện',
};
const levelLabels: Record<NonNullable<PublicModel['level']>, string> = {
  grassroots: 'Cấp cơ sở',
  district: 'Cấp huyện',
  province: 'Cấp tỉnh',
};

function recognitionList(model: PublicModel): Html {
  if (model.recognitions.length === 0) return html`<span class="muted">Chưa được công nhận</span>`;
  return html`<ul style="margin:0;padding-left:1.2em">${model.recognitions.map(
    (recognition) =>
      html`<li>${levelLabels[recognition.level]} <span class="muted">(Quyết định số ${recognition.decisionRef}, ngày ${shortDate(recognition.on)})</span></li>`,
  )}</ul>`;
}

function modelCard(model: PublicModel, unitName: string): Html {
  return html`<section class="card" aria-labelledby="mo-hinh-${model.id}">
<h2 id="mo-hinh-${model.id}">${model.name}</h2>
<p class="muted">${categoryLabels[model.category]} · ${model.field}${model.unitName && model.unitName !== unitName ? html` · ${model.unitName}` : ''}</p>
${model.objectives ? html`<p>${model.objectives}</p>` : ''}
<table class="facts">
  <tr><th scope="row">Đơn vị thực hiện</th><td>${model.ownerOrganisation}</td></tr>
  <tr><th scope="row">Tình trạng</th><td><strong data-status="${model.status}">${statusLabels[model.status]}</strong>${model.level ? html` · ${levelLabels[model.level]}` : ''}</td></tr>
  <tr><th scope="row">Công nhận</th><td>${recognitionList(model)}</td></tr>
  <tr><th scope="row">Nhân rộng</th><td>${model.replications > 0 ? `${formatNumber(model.replications)} nơi` : html`<span class="muted">Chưa có</span>`}</td></tr>
  <tr><th scope="row">Ngày đăng ký</th><td>${shortDate(model.registeredOn)}</td></tr>
</table>
</section>`;
}

/** The "Dân vận khéo" models and exemplars of a unit and the units under it, newest first, a card each. */
export function modelsPage(view: UnitView & Paged<PublicModel>): Html {
  const { unit } = view;
  return html`
${unitHeading({
  ...view,
  action: MODEL_PATH,
  title: 'Mô hình “Dân vận khéo”',
  chooserLabel: 'Xã, phường hoặc cơ quan',
  intro: html`Những cách làm hay của chính quyền, Mặt trận, đoàn thể và Nhân dân được đăng ký, công nhận và nhân rộng: ai thực hiện, trong lĩnh vực nào, được cấp nào công nhận.`,
})}
${
  unit
    ? html`${
        view.items.length === 0
          ? html`<p class="muted">Chưa có mô hình nào được đăng ký.</p>`
          : html`<p>${formatNumber(view.total)} mô hình, điển hình; đăng ký gần nhất ở trên.</p>
<div class="cards">${view.items.map((model) => modelCard(model, unit.name))}</div>`
      }
${pager({ ...view, link: (page) => unitPagePath(MODEL_PATH, unit.id, { trang: String(page) }) })}`
    : ''
}`;
}

/** Who may have free legal aid (Law 11/2017 art. 7), as a resident would recognise themselves. */
const legalAidGroupLabels: Record<(typeof legalAidGroups)[number], string> = {
  revolutionary_merit: 'Người có công với cách mạng',
  poor_household: 'Người thuộc hộ nghèo',
  child: 'Trẻ em',
  ethnic_minority_difficult_area: 'Người dân tộc thiểu số cư trú ở vùng có điều kiện kinh tế - xã hội đặc biệt khó khăn',
  accused_16_to_18: 'Người bị buộc tội từ đủ 16 tuổi đến dưới 18 tuổi',
  accused_near_poor: 'Người bị buộc tội thuộc hộ cận nghèo',
  martyr_relative_in_difficulty:
    'Cha đẻ, mẹ đẻ, vợ, chồng, con của liệt sĩ và người có công nuôi dưỡng liệt sĩ khi còn nhỏ, có khó khăn về tài chính',
  agent_orange_in_difficulty: 'Người nhiễm chất độc da cam có khó khăn về tài chính',
  elderly_in_difficulty: 'Người cao tuổi có khó khăn về tài chính',
  disabled_in_difficulty: 'Người khuyết tật có khó khăn về tài chính',
  victim_16_to_18_in_difficulty: 'Người bị hại từ đủ 16 tuổi đến dưới 18 tuổi có khó khăn về tài chính',
  other_by_law: 'Các trường hợp khác theo quy định của pháp luật',
};

function villageContacts(village: PublicVillageContacts): Html {
  if (village.teams.length === 0)
    return html`<tr><td class="lead">${village.name}</td><td data-label="Tổ hòa giải" colspan="2"><span class="muted">Chưa có tổ hòa giải trên hệ thống</span></td></tr>`;
  return html`${village.teams.map(
    (team) => html`<tr><td class="lead">${village.name}</td><td data-label="Tổ hòa giải">${team.name}</td>
<td data-label="Hòa giải viên">${
      team.mediators.length === 0
        ? html`<span class="muted">Chưa có</span>`
        : html`<ul style="margin:0;padding-left:1.2em">${team.mediators.map(
            (mediator) => html`<li>${mediator.fullName}${mediator.isLeader ? html` <strong>(Tổ trưởng)</strong>` : ''}</li>`,
          )}</ul>`
    }</td></tr>`,
  )}`;
}

/**
 * Where a resident of a commune turns for help with a dispute or the law: each village's mediation
 * team and its mediators, and who may have free legal aid and how to ask for it.
 */
export function contactsPage(view: UnitView & { villages: PublicVillageContacts[] }): Html {
  const { unit } = view;
  return html`
${unitHeading({
  ...view,
  action: CONTACT_PATH,
  title: 'Hòa giải ở cơ sở và trợ giúp pháp lý',
  intro: html`Khi có mâu thuẫn, tranh chấp nhỏ trong thôn, tổ dân phố, quý khách có thể đề nghị tổ hòa giải giúp các bên tự thỏa thuận (Luật Hòa giải ở cơ sở 2013). Người thuộc các diện dưới đây được trợ giúp pháp lý miễn phí.`,
})}
${
  unit
    ? html`<h2 id="to-hoa-giai">Tổ hòa giải ở thôn, tổ dân phố</h2>
${
  view.villages.length === 0
    ? html`<p class="muted">Chưa có thôn, tổ dân phố nào trên hệ thống.</p>`
    : html`<table class="grid stack" aria-labelledby="to-hoa-giai"><thead><tr><th scope="col">Thôn, tổ dân phố</th><th scope="col">Tổ hòa giải</th><th scope="col">Hòa giải viên</th></tr></thead><tbody>
${view.villages.map(villageContacts)}
</tbody></table>`
}
<p class="muted">Quý khách có thể gặp trực tiếp tổ trưởng hoặc một hòa giải viên trong tổ, hoặc liên hệ Ủy ban nhân dân xã, phường để được giới thiệu. Hòa giải dựa trên sự tự nguyện của các bên; thông tin đời tư của các bên được giữ bí mật.</p>`
    : ''
}
<h2 id="tro-giup-phap-ly">Trợ giúp pháp lý miễn phí</h2>
<p>Nhà nước cung cấp dịch vụ pháp lý <strong>miễn phí</strong> (Luật Trợ giúp pháp lý 2017): tư vấn pháp luật, tham gia tố tụng (bào chữa, bảo vệ quyền lợi tại tòa án) và đại diện ngoài tố tụng. Người được trợ giúp pháp lý gồm:</p>
<ul>${legalAidGroups.map((group) => html`<li>${legalAidGroupLabels[group]}</li>`)}</ul>
<p>Quý khách gửi yêu cầu tại Trung tâm Trợ giúp pháp lý nhà nước của tỉnh, hoặc nhờ Ủy ban nhân dân xã, tổ hòa giải chuyển yêu cầu. Mang theo giấy tờ chứng minh thuộc diện được trợ giúp; nếu chưa có, có thể nộp bổ sung trong 5 ngày làm việc (10 ngày làm việc ở vùng đặc biệt khó khăn).</p>`;
}
