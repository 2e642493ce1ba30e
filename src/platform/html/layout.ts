import { html, type Html } from './html.js';

/** Styles inline: one request per page, small enough for a slow mobile line. */
const styles = `
*{box-sizing:border-box}body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;color:#1f2328;background:#f6f7f9}
a{color:#0b57d0}header{background:#a50e0e;color:#fff}header .in,main,footer .in{max-width:960px;margin:0 auto;padding:12px 16px}
header a{color:#fff;text-decoration:none}header .brand{font-weight:700;font-size:1.15rem}header .unit{opacity:.9;font-size:.95rem}
nav ul{list-style:none;margin:8px 0 0;padding:0;display:flex;flex-wrap:wrap;gap:4px 16px}nav a{text-decoration:underline}
main{background:#fff;margin:16px auto;border-radius:6px;box-shadow:0 1px 2px rgba(0,0,0,.08)}h1{font-size:1.4rem;margin:.4em 0}
.cards{display:grid;grid-template-columns:repeat(auto-fit,minmax(220px,1fr));gap:12px}.card{border:1px solid #e3e6ea;border-radius:6px;padding:12px}
.card h2{font-size:1.05rem;margin:0 0 4px}.muted{color:#5b636d;font-size:.9rem}footer{color:#5b636d;font-size:.85rem}
form.search{display:flex;gap:8px;flex-wrap:wrap;align-items:center}form.search label{flex-basis:100%}
.results li{margin:0 0 12px}.note{background:#fff8e1;border-left:4px solid #f2a900;padding:8px 12px}.pager{display:flex;gap:16px;margin:12px 0}
table{border-collapse:collapse;width:100%}th,td{text-align:left;vertical-align:top;padding:6px 8px;border-bottom:1px solid #e3e6ea}
.error{color:#b3261e;font-size:.9rem}a.button{display:inline-block;background:#0b57d0;color:#fff;padding:8px 14px;border-radius:4px;text-decoration:none}
.facts th{width:32%;color:#5b636d;font-weight:600}.grid thead th{background:#f1f3f5}h2{font-size:1.15rem;margin:1.2em 0 .4em}input,button{font:inherit;padding:8px 10px;border:1px solid #b8bec6;border-radius:4px}button{background:#0b57d0;color:#fff;border-color:#0b57d0}
`;

export type PageOptions = { title: string; deploymentName: string; unitName?: string | undefined; body: Html };

export function renderPage(options: PageOptions): string {
  return `<!doctype html>${
    html`<html lang="vi"><head><meta charset="utf-8"><link rel="icon" href="data:,"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${options.title} — ${options.deploymentName}</title><style>${{ __html: styles }}</style></head>
<body><header><div class="in"><a class="brand" href="/">${options.deploymentName}</a>
${options.unitName ? html`<div class="unit">${options.unitName}</div>` : ''}
<nav aria-label="Chính"><ul><li><a href="/">Trang chủ</a></li><li><a href="/thu-tuc">Thủ tục hành chính</a></li><li><a href="/app/">Dành cho cán bộ</a></li></ul></nav></div></header>
<main>${options.body}</main>
<footer><div class="in">motcua — phần mềm một cửa mã nguồn mở. Trang này dùng được không cần JavaScript.</div></footer></body></html>`
      .__html
  }`;
}
