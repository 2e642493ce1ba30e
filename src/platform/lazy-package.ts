import { createRequire } from 'node:module';

const requireHere = createRequire(import.meta.url);

/**
 * A package loaded on its first use rather than when the server starts: the PDF and DOCX
 * engines, QR codes and the SMTP client cost hundreds of milliseconds to load, and most starts
 * serve for a while before anyone prints a form. Loaded once, then kept.
 */
export function lazyPackage<T>(name: string): () => T {
  let loaded: T | undefined;
  return () => (loaded ??= requireHere(name) as T);
}
