import fs from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { App } from './deps.js';
import { projectRoot } from '../project-root.js';

export const webDistDir = path.join(projectRoot, 'dist/web');

/** What /app answers while the officer app is not built: a page saying how, in both languages. */
const notBuiltPage = `<!doctype html><html lang="vi"><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>motcua — ứng dụng cán bộ chưa sẵn sàng</title>
<body style="font: 18px/1.5 system-ui, sans-serif; max-width: 40rem; margin: 2rem auto; padding: 0 1rem">
<h1>Ứng dụng cán bộ chưa được dựng</h1>
<p>Chạy <code>npm run build</code> (hoặc <code>npm start</code>, lệnh này tự dựng) rồi tải lại trang này; không cần khởi động lại máy chủ.</p>
<p lang="en">The officer app is not built yet. Run <code>npm run build</code> (or <code>npm start</code>, which builds it) and reload this page; the server need not restart.</p>
</body></html>`;

/**
 * Serves the built officer app under /app, its client-side routes falling back to index.html.
 * Files are looked up when asked for, so an app built while the server runs is served at once.
 */
export async function registerWebApp(app: App, distDir = webDistDir): Promise<void> {
  await app.register(fastifyStatic, {
    root: distDir,
    serve: false,
    index: false,
    cacheControl: false,
    setHeaders: (res, filePath) => {
      res.setHeader(
        'cache-control',
        filePath.includes(`${path.sep}assets${path.sep}`) ? 'public, max-age=31536000, immutable' : 'public, max-age=3600',
      );
    },
  });
  const handler = async (request: FastifyRequest, reply: FastifyReply) => {
    const rest = (request.params as { '*'?: string })['*'] ?? '';
    const file = builtFile(distDir, rest);
    if (file) return reply.sendFile(file);
    const indexPath = path.join(distDir, 'index.html');
    if (!fs.existsSync(indexPath)) return reply.status(503).type('text/html; charset=utf-8').header('retry-after', '30').send(notBuiltPage);
    return reply.type('text/html; charset=utf-8').header('cache-control', 'no-cache').send(fs.readFileSync(indexPath, 'utf8'));
  };
  app.get('/app', { schema: { hide: true } }, handler);
  app.get('/app/*', { schema: { hide: true } }, handler);
}

/** A file of the built app named by the rest of the path (never outside it, never index.html, which routes answer). */
function builtFile(distDir: string, rest: string): string | null {
  if (rest === '' || !/^[\w.\-/]+$/.test(rest) || rest.split('/').some((part) => part === '..' || part.startsWith('.'))) return null;
  const full = path.join(distDir, rest);
  if (!full.startsWith(distDir + path.sep) || rest === 'index.html') return null;
  try {
    return fs.statSync(full).isFile() ? rest : null;
  } catch {
    return null;
  }
}
