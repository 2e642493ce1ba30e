import type { FastifyInstance } from 'fastify';

/** One route as registered: its method(s), URL pattern and whether the OpenAPI description lists it. */
export type RegisteredRoute = { method: string; url: string; isDocumented: boolean };

const registries = new WeakMap<FastifyInstance, RegisteredRoute[]>();

/**
 * Records every route the application registers, documented or not, so that the generated
 * permission-matrix and fuzz tests can prove that no route escapes them.
 */
export function trackRoutes(app: FastifyInstance): void {
  const routes: RegisteredRoute[] = [];
  registries.set(app, routes);
  app.addHook('onRoute', (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    const schema = route.schema as { hide?: boolean } | undefined;
    for (const method of methods) {
      // HEAD mirrors GET (Fastify adds it to every GET route).
      if (method === 'HEAD') continue;
      routes.push({ method, url: route.url, isDocumented: schema?.hide !== true });
    }
  });
}

export function registeredRoutes(app: FastifyInstance): readonly RegisteredRoute[] {
  return registries.get(app) ?? [];
}
