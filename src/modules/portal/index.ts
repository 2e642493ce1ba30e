/** The citizen portal: server-rendered pages usable without JavaScript. */
import type { App, AppDeps } from '../../platform/http/deps.js';
import { findUnitByCode } from '../org/index.js';
import { html } from './html.js';
import { renderPage } from './layout.js';

export function registerPortalRoutes(app: App, deps: AppDeps): void {
  const { config, db } = deps;

  app.get('/', { schema: { hide: true } }, async (_request, reply) => {
    const unit = config.deploymentUnitCode ? await findUnitByCode(db, config.deploymentUnitCode) : undefined;
    const body = html`
<h1>Cổng dịch vụ công${unit ? html` — ${unit.name}` : ''}</h1>
<p>Nơi người dân, tổ chức tìm hiểu thủ tục hành chính, nộp hồ sơ, tra cứu tiến độ và đánh giá sự hài lòng.</p>
<div class="cards">
  <section class="card"><h2>Thủ tục hành chính</h2><p class="muted">Danh mục thủ tục, thành phần hồ sơ, phí, lệ phí và thời hạn giải quyết.</p></section>
  <section class="card"><h2>Tra cứu hồ sơ</h2><p class="muted">Tra cứu tiến độ bằng mã hồ sơ trên giấy tiếp nhận.</p></section>
  <section class="card"><h2>Công khai kết quả</h2><p class="muted">Số hồ sơ tiếp nhận, giải quyết đúng hạn và mức độ hài lòng của đơn vị.</p></section>
</div>`;
    return reply
      .type('text/html; charset=utf-8')
      .send(renderPage({ title: 'Trang chủ', deploymentName: config.deploymentName, unitName: unit?.name, body }));
  });
}
