import crypto from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A minimal OpenID Connect provider on loopback for tests: discovery, JWKS, and a token
 * endpoint that checks PKCE and issues an RS256-signed ID token for the user it was told to.
 */
export async function startOidcProvider(options: { clientId: string; subject: string; username: string }) {
  const { privateKey, publicKey } = crypto.generateKeyPairSync('rsa', { modulusLength: 2048 });
  const jwk = { ...publicKey.export({ format: 'jwk' }), kid: 'test-key', use: 'sig', alg: 'RS256' };
  const challenges = new Map<string, string>();
  let issuer = '';
  const server = http.createServer((request, response) => {
    const url = new URL(request.url ?? '/', issuer);
    const send = (status: number, body: unknown) => {
      response.writeHead(status, { 'content-type': 'application/json' });
      response.end(JSON.stringify(body));
    };
    if (url.pathname === '/.well-known/openid-configuration') {
      return send(200, {
        issuer,
        authorization_endpoint: `${issuer}/authorize`,
        token_endpoint: `${issuer}/token`,
        jwks_uri: `${issuer}/jwks`,
        response_types_supported: ['code'],
        subject_types_supported: ['public'],
        id_token_signing_alg_values_supported: ['RS256'],
        code_challenge_methods_supported: ['S256'],
        token_endpoint_auth_methods_supported: ['client_secret_basic', 'client_secret_post'],
      });
    }
    if (url.pathname === '/jwks') return send(200, { keys: [jwk] });
    if (url.pathname === '/token' && request.method === 'POST') {
      let raw = '';
      request.on('data', (chunk) => (raw += chunk));
      request.on('end', () => {
        const form = new URLSearchParams(raw);
        const code = form.get('code') ?? '';
        const verifier = form.get('code_verifier') ?? '';
        const expected = challenges.get(code);
        const actual = crypto.createHash('sha256').update(verifier).digest('base64url');
        if (!expected || expected !== actual) return send(400, { error: 'invalid_grant' });
        const now = Math.floor(Date.now() / 1000);
        const idToken = signJwt(privateKey, {
          iss: issuer,
          aud: options.clientId,
          sub: options.subject,
          preferred_username: options.username,
          iat: now,
          exp: now + 300,
        });
        send(200, { access_token: 'test-access-token', token_type: 'Bearer', expires_in: 300, id_token: idToken });
      });
      return undefined;
    }
    return send(404, { error: 'not_found' });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    issuer,
    /** What the provider does when the person signs in: remembers the challenge, answers with a code. */
    authorize(authorizationUrl: string): { code: string; state: string } {
      const url = new URL(authorizationUrl);
      const code = crypto.randomBytes(12).toString('hex');
      challenges.set(code, url.searchParams.get('code_challenge') ?? '');
      return { code, state: url.searchParams.get('state') ?? '' };
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

function signJwt(key: crypto.KeyObject, payload: Record<string, unknown>): string {
  const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const input = `${encode({ alg: 'RS256', typ: 'JWT', kid: 'test-key' })}.${encode(payload)}`;
  return `${input}.${crypto.sign('sha256', Buffer.from(input), key).toString('base64url')}`;
}
