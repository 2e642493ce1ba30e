import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Fastify from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import type { App } from './deps.js';
import { registerWebApp } from './web-app.js';

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) fs.rmSync(folder, { recursive: true, force: true });
});

async function serve(distDir: string) {
  const app = Fastify() as unknown as App;
  await registerWebApp(app, distDir);
  return app;
}

describe('the officer app under /app', () => {
  it('says how to build it while it is not built, then serves it once built, without a restart', async () => {
    const dist = fs.mkdtempSync(path.join(os.tmpdir(), 'motcua-web-'));
    folders.push(dist);
    const app = await serve(dist);
    for (const url of ['/app', '/app/', '/app/dossiers/123']) {
      const before = await app.inject({ url });
      expect(before.statusCode, url).toBe(503);
      expect(before.headers['content-type']).toContain('text/html');
      expect(before.body).toContain('npm run build');
      expect(before.body).toContain('Ứng dụng cán bộ chưa được dựng');
    }

    fs.mkdirSync(path.join(dist, 'assets'));
    fs.writeFileSync(path.join(dist, 'index.html'), '<!doctype html><div id="root"></div>');
    fs.writeFileSync(path.join(dist, 'assets', 'main-abc123.js'), 'console.log(1)');
    for (const url of ['/app', '/app/', '/app/dossiers/123']) {
      const page = await app.inject({ url });
      expect(page.statusCode, url).toBe(200);
      expect(page.body).toContain('id="root"');
      expect(page.headers['cache-control']).toBe('no-cache');
    }
    const asset = await app.inject({ url: '/app/assets/main-abc123.js' });
    expect(asset.statusCode).toBe(200);
    expect(asset.headers['cache-control']).toContain('immutable');
    await app.close();
  });

  it('never serves a file outside the built app', async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'motcua-web-'));
    folders.push(root);
    const dist = path.join(root, 'web');
    fs.mkdirSync(dist);
    fs.writeFileSync(path.join(dist, 'index.html'), 'INDEX');
    fs.writeFileSync(path.join(root, 'secret.txt'), 'SECRET');
    fs.writeFileSync(path.join(dist, '.env'), 'SECRET');
    const app = await serve(dist);
    for (const url of ['/app/../secret.txt', '/app/%2e%2e/secret.txt', '/app/.env', '/app/..%2fsecret.txt']) {
      const response = await app.inject({ url });
      expect(response.body, url).not.toContain('SECRET');
    }
    await app.close();
  });
});
