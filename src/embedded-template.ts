import { embeddedTemplateFile, writeEmbeddedTemplate } from './platform/db/embedded-template.js';

/**
 * Writes the template a new embedded data folder starts from (dist/embedded/template.tar); run by
 * scripts/build-if-needed.mjs when the migrations or the packages changed.
 */
const started = performance.now();
const { bytes } = await writeEmbeddedTemplate();
process.stdout.write(
  `embedded database template: ${embeddedTemplateFile} (${(bytes / 1e6).toFixed(1)} MB, ${((performance.now() - started) / 1000).toFixed(1)} s)\n`,
);
