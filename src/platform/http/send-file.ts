import type { FastifyReply } from 'fastify';

/** Answers with a file to save (a letter, an export): its type, an ASCII file name, never stored by a cache. */
export function sendFile(
  reply: FastifyReply,
  file: { body: Buffer; contentType: string; filename: string },
  extraHeaders: Record<string, string> = {},
) {
  return reply
    .type(file.contentType)
    .header('content-disposition', `attachment; filename="${encodeURIComponent(file.filename)}"`)
    .header('cache-control', 'no-store')
    .headers(extraHeaders)
    .send(file.body);
}
