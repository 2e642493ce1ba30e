import { formatNumber } from '../../../platform/html/format.js';
import { html, type Html } from '../../../platform/html/html.js';
import { matterItemTitles } from '../../../contracts/resident-matters.js';
import type { PublicDisclosure, PublicDisclosureChannel, PublicMatter, PublicMatterVote } from '../../community/index.js';
import { DISCLOSURE_PATH, MATTER_PATH, pager, unitHeading, unitPagePath, type UnitView } from './community-links.js';
import { shortDate } from './vietnamese-dates.js';

type Paged<T> = { items: T[]; total: number; page: number; pageSize: number };
export type DisclosureView = 'current' | 'archive';

const label = <K extends string>(labels: Record<K, string>, key: string) => (labels as Record<string, string>)[key] ?? key;

const channelLabels: Record<PublicDisclosureChannel['kind'], string> = {
  posting: 'Niêm yết',
  website: 'Trang thông tin điện tử',
  loudspeaker: 'Hệ thống truyền thanh',
  village_heads: 'Qua trưởng thôn, tổ trưởng tổ dân phố',
  letters: 'Gửi văn bản đến người dân',
  meeting: 'Hội nghị, cuộc họp',
  reception: 'Tại buổi tiếp công dân',
  mass_organisations: 'Qua Mặt trận và các đoàn thể',
  social_network: 'Mạng xã hội',
  other: 'Hình thức khác',
};

/** An evidence address as a short link text: its host. */
function linkText(address: string): string {
  try {
    return new URL(address).host;
  } catch {
    return address;
  }
}

function channelLine(channel: PublicDisclosureChannel): Html {
  const period = channel.endedOn
    ? `${shortDate(channel.startedOn)}–${shortDate(channel.endedOn)}`
    : `từ ${shortDate(channel.startedOn)}, đang công khai`;
  return html`<li>${label(channelLabels, channel.kind)}${channel.place ? html` (${channel.place})` : ''}: <strong>${formatNumber(channel.days)} ngày</strong> <span class="muted">${period}</span>${channel.links.map(
    (address) => html` · <a href="${address}" rel="nofollow noopener noreferrer">Xem trên ${linkText(address)}</a>`,
  )}</li>`;
}

function disclosureRow(item: PublicDisclosure): Html {
  const document = item.documentRef
    ? `Số ${item.documentRef}, ngày ${shortDate(item.documentDate)}`
    : `Ngày ${shortDate(item.documentDate)}`;
  return html`<tr><td><strong>${item.title}</strong><div class="muted">Nội dung ${item.item}: ${item.itemTitle}</div></td>
<td data-label="Văn bản">${document}</td>
<td data-label="Hình thức công khai"><ul style="margin:0;padding-left:1.2em">${item.channels.map(channelLine)}</ul></td>
<td data-label="Ngày công khai">${shortDate(item.disclosedOn)}${item.permanent ? html`<div class="muted">Công khai thường xuyên</div>` : ''}</td></tr>`;
}

/**
 * What a commune has made public under Law 10/2022 art. 11: the items still shown (and those posted
 * for good) or the archive, each with its document, the channels and their days, page by page.
 */
export function disclosuresPage(view: UnitView & Paged<PublicDisclosure> & { view: DisclosureView }): Html {
  const { unit } = view;
  const tab = (target: DisclosureView, text: string) => {
    const path = unitPagePath(DISCLOSURE_PATH, unit?.id, target === 'archive' ? { xem: 'luu-tru' } : {});
    return target === view.view
      ? html`<li><a href="${path}" aria-current="page"><strong>${text}</strong></a></li>`
      : html`<li><a href="${path}">${text}</a></li>`;
  };
  const link = (page: number) =>
    unitPagePath(DISCLOSURE_PATH, unit?.id, { ...(view.view === 'archive' ? { xem: 'luu-tru' } : {}), trang: String(page) });
  const empty = view.view === 'current' ? 'Hiện chưa có nội dung nào đang được công khai.' : 'Chưa có nội dung nào trong lưu trữ.';
  return html`
${unitHeading({
  ...view,
  action: DISCLOSURE_PATH,
  title: 'Thông tin công khai',
  intro: html`Những nội dung xã, phường phải công khai để Nhân dân biết (Luật Thực hiện dân chủ ở cơ sở 2022, Điều 11–13): văn bản, ngày công khai, hình thức và số ngày đã công khai.`,
})}
${
  unit
    ? html`<nav aria-label="Xem nội dung"><ul style="padding-left:0">${tab('current', 'Đang công khai')}${tab('archive', 'Lưu trữ (đã hết thời hạn công khai)')}</ul></nav>
${
  view.items.length === 0
    ? html`<p class="muted">${empty}</p>`
    : html`<p>${formatNumber(view.total)} nội dung, văn bản mới nhất ở trên.</p>
<table class="grid stack"><thead><tr><th scope="col">Nội dung công khai</th><th scope="col">Văn bản</th><th scope="col">Hình thức công khai</th><th scope="col">Ngày công khai</th></tr></thead><tbody>
${view.items.map(disclosureRow)}
</tbody></table>`
}
${pager({ ...view, link })}`
    : ''
}`;
}

const statusLabels: Record<PublicMatter['status'], string> = {
  passed: 'Đã thông qua',
  not_passed: 'Không thông qua',
  ballot_required: 'Phải phát phiếu đến hộ',
  open: 'Đang lấy biểu quyết',
  collecting: 'Đang lấy ý kiến đồng ý của các hộ',
};
const proposerLabels: Record<PublicMatter['proposer'], string> = {
  chairman: 'Chủ tịch Ủy ban nhân dân xã đề xuất',
  village_head: 'Trưởng thôn, Tổ trưởng tổ dân phố đề xuất',
  citizen_initiative: 'Sáng kiến của công dân',
};
const formLabels: Record<PublicMatterVote['form'], string> = {
  meeting: 'Họp',
  household_ballot: 'Phát phiếu đến hộ',
  online: 'Trực tuyến',
};

function voteResult(vote: PublicMatterVote): Html {
  if (vote.passed) return html`<strong data-passed="true">Thông qua</strong>`;
  return vote.ballotRequired
    ? html`<strong data-passed="false">Chưa đạt</strong><div class="muted">Phải phát phiếu đến hộ</div>`
    : html`<strong data-passed="false">Không thông qua</strong>`;
}

function villageRows(matter: PublicMatter): Html[] {
  return matter.villages.flatMap((village) =>
    village.votes.length === 0
      ? [
          html`<tr><td class="lead">${village.name}</td><td data-label="Kết quả" colspan="6"><span class="muted">Chưa biểu quyết</span></td></tr>`,
        ]
      : village.votes.map(
          (
            vote,
          ) => html`<tr><td class="lead">${village.name}</td><td data-label="Hình thức">${label(formLabels, vote.form)}, ${shortDate(vote.heldOn)}</td>
<td data-label="Số hộ" class="num">${formatNumber(vote.households)}</td><td data-label="Có mặt" class="num">${formatNumber(vote.present)}</td>
<td data-label="Đồng ý" class="num">${formatNumber(vote.yes)}</td><td data-label="Cần" class="num">${formatNumber(vote.needed)}</td>
<td data-label="Kết quả">${voteResult(vote)}</td></tr>`,
        ),
  );
}

function matterCard(matter: PublicMatter): Html {
  const where =
    matter.scope === 'commune'
      ? html`Toàn xã${matter.villageCount ? html` · ${formatNumber(matter.villageCount.passed)}/${formatNumber(matter.villageCount.total)} thôn đã thông qua, cần ${formatNumber(matter.villageCount.needed)}` : ''}`
      : html`${matter.unitName}`;
  const consents =
    matter.status === 'collecting' && matter.consents
      ? html`<p class="muted">Đã có ${formatNumber(matter.consents.valid)} hộ đồng ý${matter.consents.needed !== null ? html`, cần ${formatNumber(matter.consents.needed)} (10% số hộ)` : ''} để đưa ra biểu quyết.</p>`
      : '';
  const hasVotes = matter.villages.some((village) => village.votes.length > 0);
  return html`<section class="card" style="margin:0 0 12px" aria-labelledby="viec-${matter.id}">
<h2 id="viec-${matter.id}">${matter.title}</h2>
<p><strong data-status="${matter.status}">${label(statusLabels, matter.status)}</strong> · ${where}</p>
<p class="muted">Nội dung ${matter.item}: ${matterItemTitles[matter.item] ?? ''} · ${label(proposerLabels, matter.proposer)}, ngày ${shortDate(matter.proposedOn)}</p>
${consents}
${
  hasVotes || matter.scope === 'commune'
    ? html`<table class="grid stack"><thead><tr><th scope="col">Thôn, tổ dân phố</th><th scope="col">Hình thức, ngày</th><th scope="col">Số hộ</th><th scope="col">Có mặt</th><th scope="col">Đồng ý</th><th scope="col">Cần</th><th scope="col">Kết quả</th></tr></thead><tbody>
${villageRows(matter)}
</tbody></table>`
    : html`<p class="muted">Chưa biểu quyết.</p>`
}
</section>`;
}

/**
 * The matters residents of a commune and its villages decide, newest first: each with its status
 * and every village's result judged on all its households; no household is named or numbered.
 */
export function mattersPage(view: UnitView & Paged<PublicMatter>): Html {
  const { unit } = view;
  return html`
${unitHeading({
  ...view,
  action: MATTER_PATH,
  title: 'Nhân dân bàn và quyết định',
  intro: html`Những việc Nhân dân ở thôn, tổ dân phố bàn và quyết định trực tiếp (Luật Thực hiện dân chủ ở cơ sở 2022, Điều 15–21). Kết quả tính trên <strong>tổng số hộ gia đình</strong> của thôn, không chỉ số hộ có mặt: nội dung 1 và 2 cần ít nhất hai phần ba số hộ đồng ý, các nội dung khác cần quá nửa. Việc chung của cả xã được thông qua khi hai phần ba số thôn đồng ý.`,
})}
${
  unit
    ? html`${view.items.length === 0 ? html`<p class="muted">Chưa có việc nào được đưa ra để Nhân dân quyết định.</p>` : html`<p>${formatNumber(view.total)} việc, mới nhất ở trên.</p>${view.items.map(matterCard)}`}
${pager({ ...view, link: (page) => unitPagePath(MATTER_PATH, unit.id, { trang: String(page) }) })}`
    : ''
}`;
}
