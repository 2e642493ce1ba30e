import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';
import houseRules from './house-rules.js';

/** The house rules, run on snippets placed where they would sit in the tree. */
const eslint = new ESLint({
  overrideConfigFile: true,
  overrideConfig: [
    {
      files: ['**/*.ts'],
      languageOptions: { parser: tseslint.parser },
      plugins: { house: houseRules },
      rules: { 'house/module-boundaries': 'error', 'house/no-swallowed-errors': 'error' },
    },
  ],
});
const problems = async (code: string, filePath: string) =>
  (await eslint.lintText(code, { filePath }))[0]!.messages.map((message) => message.message);

describe('module boundaries', () => {
  it('refuse a module importing another module’s internals, and allow its public entry', async () => {
    expect((await problems("import { dossiers } from '../dossiers/dossiers.tables.js';", 'src/modules/ratings/x.ts'))[0]).toMatch(
      /public entry/,
    );
    expect(await problems("import { registerDossierRoutes } from '../dossiers/index.js';", 'src/modules/ratings/x.ts')).toEqual([]);
    expect(await problems("import { helper } from './inside.js';", 'src/modules/ratings/x.ts')).toEqual([]);
  });

  it('refuse platform importing a module, contracts importing anything but contracts, and the app importing tests', async () => {
    expect((await problems("import { getUnit } from '../../modules/org/index.js';", 'src/platform/http/x.ts'))[0]).toMatch(/platform/);
    expect((await problems("import { units } from '../modules/org/org.tables.js';", 'src/contracts/x.ts'))[0]).toMatch(/contract/);
    expect(
      (await problems("import { buildProcedure } from '../../../test/support/procedures.js';", 'src/modules/catalog/x.ts'))[0],
    ).toMatch(/never imports test/);
    expect(
      await problems("import { buildProcedure } from '../../../test/support/procedures.js';", 'src/modules/catalog/x.test.ts'),
    ).toEqual([]);
  });
});

describe('swallowed errors', () => {
  it('refuse a .catch that turns every failure into nothing', async () => {
    expect(await problems('load().catch(() => undefined);', 'src/modules/catalog/x.ts')).toHaveLength(1);
    expect(await problems('load().catch(() => {});', 'src/modules/catalog/x.ts')).toHaveLength(1);
    expect(await problems('load().catch((error) => log(error));', 'src/modules/catalog/x.ts')).toEqual([]);
  });
});
