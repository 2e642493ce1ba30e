import type { FastifyReply } from 'fastify';
import { html, type Html } from './html.js';

/**
 * Styles inline: one request per page, small enough for a slow mobile line. Phone first: every
 * control is at least 44 px high with 16 px text, the focus is always visible, and under 640 px
 * the tables marked `stack` become one card per row (each cell with its `data-label`), the
 * `figures` table one card per indicator, and the `facts` table label over value.
 */
const styles = `
*{box-sizing:border-box}html{-webkit-text-size-adjust:100%}
body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;color:#1f2328;background:#f6f7f9;overflow-wrap:break-word}
a{color:#0b57d0}:focus-visible{outline:3px solid #0b57d0;outline-offset:2px}header :focus-visible{outline-color:#fff}
.skip{position:absolute;left:8px;top:-100px;background:#fff;color:#0b57d0;padding:10px 14px;border-radius:4px;z-index:10}.skip:focus{top:8px}
header{background:#a50e0e;color:#fff}header .in,main,footer .in{max-width:960px;margin:0 auto;padding:12px 16px}
header a{color:#fff}header .brand{display:inline-flex;align-items:center;min-height:44px;font-weight:700;font-size:1.15rem;text-decoration:none}
header .unit{opacity:.95;font-size:.95rem}
nav ul{list-style:none;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:0 20px}nav a{display:inline-flex;align-items:center;min-height:44px}
main{display:block;background:#fff;margin:16px auto;border-radius:6px;box-shadow:0 1px 2px rgba(0,0,0,.08)}
main ul,main ol{padding-left:1.4em}h1{font-size:1.4rem;line-height:1.3;margin:.4em 0}h2{font-size:1.15rem;margin:1.2em 0 .4em}
.cards{display:grid;grid-template-columns:repeat(auto-fit,minmax(min(100%,360px),1fr));gap:12px}.card{border:1px solid #d0d5db;border-radius:6px;padding:12px 16px}
.card h2{font-size:1.1rem;margin:0 0 4px}.card p{margin:.4em 0}.muted{color:#59616b;font-size:.9375rem}footer{color:#59616b;font-size:.9375rem}
.note{background:#fff8e1;border-left:4px solid #f2a900;padding:8px 12px}.error{color:#b3261e}
.results{padding-left:1.6em}.results li{margin:0 0 14px}.results a{font-weight:600}
.pager{display:flex;flex-wrap:wrap;align-items:center;gap:8px 16px;margin:12px 0}.pager a{display:inline-flex;align-items:center;min-height:44px}
table{border-collapse:collapse;width:100%}th,td{text-align:left;vertical-align:top;padding:8px;border-bottom:1px solid #e3e6ea}
.facts th{width:32%;color:#59616b;font-weight:600}.grid thead th{background:#f1f3f5}.num{text-align:right;font-variant-numeric:tabular-nums}
label{font-weight:600}.field{margin:0 0 14px}.field label{display:block;margin-bottom:4px}.hint{display:block;font-weight:400;color:#59616b;font-size:.9375rem}
input,select,textarea,button{font:inherit;font-size:1rem;color:inherit;min-height:44px;max-width:100%;padding:8px 10px;border:1px solid #6b737d;border-radius:4px;background:#fff}
input[type=file]{padding:6px;width:100%;max-width:40em}input[type=radio],input[type=checkbox]{min-height:0;width:22px;height:22px;margin:0;flex:none;accent-color:#0b57d0}
.wide{width:100%;max-width:32em}
button,a.button{display:inline-flex;align-items:center;justify-content:center;min-height:44px;padding:8px 18px;border:1px solid #0b57d0;border-radius:4px;background:#0b57d0;color:#fff;font-weight:600;text-decoration:none;cursor:pointer}
.opts{display:flex;flex-wrap:wrap;gap:0 24px}.links{padding-left:1.2em}.links a{display:inline-flex;align-items:center;min-height:44px}
.choice{display:flex;align-items:center;gap:10px;min-height:44px;font-weight:400}fieldset{border:1px solid #d0d5db;border-radius:6px;margin:0 0 14px;padding:4px 12px 8px}legend{font-weight:600;padding:0 4px}
form.search{display:flex;flex-wrap:wrap;align-items:flex-end;gap:8px 12px}form.search .field{margin:0;flex:1 1 12em}form.search .field input{width:100%}form.search .field.short{flex:0 1 11em}
.row{display:flex;gap:8px}.row input{flex:1 1 auto;min-width:0;width:100%}.row button{flex:none}
.address{font-family:ui-monospace,Consolas,monospace;overflow-wrap:anywhere}.periods{list-style:none;padding:0;margin:.4em 0 .8em;display:flex;flex-wrap:wrap;gap:2px 20px}
.figures th[scope=row]{min-width:14em}
@media (max-width:640px){
header .in,main,footer .in{padding:12px}main{margin:0;border-radius:0;box-shadow:none}h1{font-size:1.3rem}form.search .field{flex-basis:100%}form.search .field.short{flex:1 1 9em}
.facts th,.facts td{display:block;width:auto;border:0;padding:0}.facts th{padding-top:8px}.facts td{padding-bottom:8px;border-bottom:1px solid #e3e6ea}
table.stack thead,table.figures thead{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}
table.stack,table.stack tbody,table.stack tr,table.stack td{display:block;width:auto}
table.stack tr{border:1px solid #d0d5db;border-radius:6px;padding:8px 12px;margin:0 0 10px}table.stack td{border:0;padding:2px 0}
table.stack td[data-label]{display:inline-block;margin-right:1.2em}table.stack td.none{display:none}
table.stack td[data-label]::before{content:attr(data-label) ": ";color:#59616b;font-weight:600}
table.stack td.lead{display:inline;font-weight:600}table.stack td.lead::after{content:". "}table.stack td.lead+td{display:inline}
table.figures,table.figures tbody{display:block}table.figures tr{display:grid;grid-template-columns:repeat(var(--columns,3),minmax(0,1fr));gap:2px 8px;padding:10px 0;border-bottom:1px solid #e3e6ea}
table.figures th,table.figures td{border:0;padding:0;text-align:left}table.figures th[scope=row]{grid-column:1/-1;min-width:0}
table.figures td::before{content:attr(data-label);display:block;color:#59616b;font-size:.875rem}
}
`;

export type PageOptions = { title: string; deploymentName: string; unitName?: string | undefined; body: Html };

export function renderPage(options: PageOptions): string {
  return `<!doctype html>${
    html`<html lang="vi"><head><meta charset="utf-8"><link rel="icon" href="data:,"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${options.title} — ${options.deploymentName}</title><style>${{ __html: styles }}</style></head>
<body><a class="skip" href="#noi-dung">Bỏ qua, đến nội dung chính</a>
<header><div class="in"><a class="brand" href="/">${options.deploymentName}</a>
${options.unitName ? html`<div class="unit">${options.unitName}</div>` : ''}
<nav aria-label="Chính"><ul><li><a href="/">Trang chủ</a></li><li><a href="/thu-tuc">Thủ tục hành chính</a></li><li><a href="/tra-cuu">Tra cứu hồ sơ</a></li><li><a href="/app/">Dành cho cán bộ</a></li></ul></nav></div></header>
<main id="noi-dung" tabindex="-1">${options.body}</main>
<footer><div class="in">motcua — phần mềm một cửa mã nguồn mở. Trang này dùng được không cần JavaScript.</div></footer></body></html>`
      .__html
  }`;
}

/** Answers with a page of the citizen side: HTML, never stored by a cache (it may hold a form token or a tracking answer). */
export function sendPage(reply: FastifyReply, page: { status: number; title: string; deploymentName: string; body: Html }) {
  return reply
    .status(page.status)
    .type('text/html; charset=utf-8')
    .header('cache-control', 'no-store')
    .send(renderPage({ title: page.title, deploymentName: page.deploymentName, body: page.body }));
}
