import crypto from 'node:crypto';
import type { Socket } from 'node:net';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { DomainError, findErrorDefinition, PlatformError, validationError } from '../errors/errors.js';
import { buildProblem, sendProblem } from './problem.js';
import { securityHeaders } from './security-headers.js';

/**
 * Errors the framework raises before a route runs — a URL that cannot be decoded, a path segment
 * too long for the router — answered like every other error: problem+json naming the field,
 * with the request id and the security headers.
 */
export function createFrameworkErrorHandler(options: { isBehindTls: boolean }) {
  return (error: FastifyError, request: FastifyRequest, reply: FastifyReply): void => {
    // The route's hooks (and so the onSend hook adding the headers) do not run for these.
    reply.headers({
      ...securityHeaders({ url: '/', requestId: request.id, isBehindTls: options.isBehindTls }),
      'cache-control': 'no-store',
    });
    void sendProblem(reply, buildProblem(request, frameworkProblem(error)));
  };
}

function frameworkProblem(error: FastifyError): DomainError {
  return error.code === 'FST_ERR_MAX_PARAM_LENGTH'
    ? new DomainError(PlatformError.URI_TOO_LONG, {}, [
        {
          field: 'path',
          in: 'path',
          code: 'too_big',
          message: { vi: 'Một phần của địa chỉ quá dài.', en: 'A part of the address is too long.' },
        },
      ])
    : validationError([
        {
          field: 'path',
          in: 'path',
          code: 'malformed',
          message: { vi: 'Địa chỉ có mã hóa ký tự không hợp lệ.', en: 'The address has invalid percent-encoding.' },
        },
      ]);
}

/**
 * Errors of Node's HTTP parser (headers too large, a malformed request line, a timeout): the
 * framework is never reached, so the answer is written on the socket here — still problem+json
 * with a request id and the security headers.
 */
export function createClientErrorHandler(options: { isBehindTls: boolean }) {
  return (error: NodeJS.ErrnoException, socket: Socket): void => {
    if (error.code === 'ECONNRESET' || socket.destroyed) return;
    if (!socket.writable) {
      socket.destroy(error);
      return;
    }
    const status = error.code === 'HPE_HEADER_OVERFLOW' ? 431 : error.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 408 : 400;
    const code =
      status === 431 ? PlatformError.HEADERS_TOO_LARGE : status === 408 ? PlatformError.REQUEST_TIMEOUT : PlatformError.MALFORMED_REQUEST;
    const definition = findErrorDefinition(code)!;
    const requestId = crypto.randomUUID();
    const body = JSON.stringify({
      type: `urn:motcua:problem:${code.toLowerCase().replaceAll('_', '-')}`,
      title: definition.title.vi,
      status,
      ...(definition.detail ? { detail: definition.detail.vi } : {}),
      code,
      requestId,
    });
    const headers = {
      ...securityHeaders({ url: '/', requestId, isBehindTls: options.isBehindTls }),
      'content-type': 'application/problem+json; charset=utf-8',
      'content-length': String(Buffer.byteLength(body)),
      'cache-control': 'no-store',
      connection: 'close',
    };
    const head = [`HTTP/1.1 ${status} ${statusTexts[status]}`, ...Object.entries(headers).map(([name, value]) => `${name}: ${value}`)].join(
      '\r\n',
    );
    socket.end(`${head}\r\n\r\n${body}`);
  };
}

const statusTexts: Record<number, string> = { 400: 'Bad Request', 408: 'Request Timeout', 431: 'Request Header Fields Too Large' };
