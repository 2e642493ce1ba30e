import type { ESLint } from 'eslint';

declare const houseRules: ESLint.Plugin;
export default houseRules;
