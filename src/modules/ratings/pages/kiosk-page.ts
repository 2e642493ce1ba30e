import { html, type Html } from '../../../platform/html/index.js';
import { aspectLabels, aspectLevels, levelLabels, ratingLevels } from '../../../contracts/ratings.js';

/**
 * The counter kiosk: a tablet facing the citizen, no sign-in, no JavaScript. It refreshes itself
 * to pick up the officer's next transaction and returns to the waiting screen after a while.
 */
const styles = `
*{box-sizing:border-box}html,body{height:100%}body{margin:0;font:20px/1.4 system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;color:#1f2328;background:#f3f5f8;display:flex;flex-direction:column}
header{background:#a50e0e;color:#fff;padding:14px 24px;font-size:1.1rem}header strong{display:block;font-size:1.3rem}
main{flex:1;padding:20px 24px;display:flex;flex-direction:column;gap:16px}h1{font-size:1.7rem;margin:0;text-align:center}
.who{text-align:center;color:#444;margin:0}.choices{flex:1;display:grid;grid-template-columns:1fr 1fr;gap:18px;min-height:360px}
.choices button{width:100%;height:100%;min-height:160px;border:0;border-radius:18px;font:700 1.9rem/1.2 system-ui,sans-serif;color:#fff;cursor:pointer;box-shadow:0 3px 8px rgba(0,0,0,.15)}
.very_satisfied{background:#137333}.satisfied{background:#1a73e8}.no_opinion{background:#5f6670}.unsatisfied{background:#c5221f}
.choices form{margin:0}.wait{flex:1;display:flex;flex-direction:column;align-items:center;justify-content:center;text-align:center;gap:12px}
.wait p{font-size:1.4rem;max-width:32em}fieldset{border:1px solid #c7ccd3;border-radius:12px;padding:10px 16px;margin:0}
legend{font-weight:700}.opts{display:flex;gap:12px;flex-wrap:wrap}.opts label{flex:1;min-width:8em;display:flex;align-items:center;gap:10px;padding:14px;border:1px solid #c7ccd3;border-radius:10px;background:#fff;font-size:1.2rem}
.opts input{width:28px;height:28px}textarea{width:100%;font:inherit;padding:10px;border-radius:10px;border:1px solid #c7ccd3}
.actions{display:flex;gap:16px}.actions button{flex:1;min-height:80px;font:700 1.4rem system-ui,sans-serif;border-radius:14px;border:0;background:#1a73e8;color:#fff}
.actions a{flex:1;min-height:80px;display:flex;align-items:center;justify-content:center;border-radius:14px;background:#e3e6ea;color:#1f2328;text-decoration:none;font-weight:700}
.note{background:#fff8e1;border-left:6px solid #f2a900;padding:12px 16px}
`;

export function kioskDocument(options: { title: string; unitName: string; refreshSeconds: number; refreshTo: string; body: Html }): string {
  return `<!doctype html>${
    html`<html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<meta http-equiv="refresh" content="${`${options.refreshSeconds};url=${options.refreshTo}`}"><link rel="icon" href="data:,">
<title>${options.title}</title><style>${{ __html: styles }}</style></head>
<body><header><strong>Đánh giá mức độ hài lòng</strong>${options.unitName}</header><main>${options.body}</main></body></html>`.__html
  }`;
}

export function kioskWaiting(officerName: string, message?: string): Html {
  return html`<div class="wait" data-kiosk="waiting">
  ${message ? html`<p class="note" role="status">${message}</p>` : ''}
  <h1>Xin kính chào quý khách</h1>
  <p>Sau khi cán bộ <strong>${officerName}</strong> hoàn thành giao dịch, quý khách vui lòng đánh giá mức độ hài lòng tại đây.</p>
</div>`;
}

export function kioskChoices(view: {
  action: string;
  formToken: string;
  dossierId: string;
  transaction: string;
  transactionLabel: string;
  procedureName: string;
  dossierCode: string | null;
  officerName: string;
}): Html {
  return html`<h1>Quý khách có hài lòng với việc giải quyết hồ sơ?</h1>
<p class="who">${view.transactionLabel}: ${view.procedureName}${view.dossierCode ? html` — mã hồ sơ ${view.dossierCode}` : ''}<br>Cán bộ phục vụ: <strong>${view.officerName}</strong></p>
<div class="choices">${ratingLevels.map(
    (level) =>
      html`<form method="post" action="${view.action}"><input type="hidden" name="_form" value="${view.formToken}"><input type="hidden" name="dossierId" value="${view.dossierId}"><input type="hidden" name="transaction" value="${view.transaction}"><button class="${level}" type="submit" name="level" value="${level}">${levelLabels[level].vi}</button></form>`,
  )}</div>`;
}

export const aspectFieldset = (name: string, legend: string) =>
  html`<fieldset><legend>${legend}</legend><div class="opts">${aspectLevels.map((value) => html`<label class="choice"><input type="radio" name="${name}" value="${value}"> ${aspectLabels[value]}</label>`)}</div></fieldset>`;

export function kioskThanks(view: { action: string; formToken: string; ratingId: string; levelLabel: string; waitingPath: string }): Html {
  return html`<h1>Cảm ơn quý khách đã đánh giá: ${view.levelLabel}</h1>
<p class="who">Quý khách có thể góp ý thêm (không bắt buộc).</p>
<form method="post" action="${view.action}" style="display:flex;flex-direction:column;gap:14px">
  <input type="hidden" name="_form" value="${view.formToken}">
  <input type="hidden" name="ratingId" value="${view.ratingId}">
  ${aspectFieldset('attitude', 'Thái độ của cán bộ')}
  ${aspectFieldset('timeliness', 'Thời gian giải quyết')}
  <label for="comment" style="font-weight:700">Ý kiến góp ý</label><textarea id="comment" name="comment" rows="3" maxlength="1000"></textarea>
  <div class="actions"><button type="submit">Gửi góp ý</button><a href="${view.waitingPath}">Bỏ qua</a></div>
</form>`;
}

export function kioskDone(): Html {
  return html`<div class="wait" data-kiosk="done"><h1>Xin trân trọng cảm ơn quý khách!</h1><p>Ý kiến của quý khách giúp chúng tôi phục vụ tốt hơn.</p></div>`;
}
