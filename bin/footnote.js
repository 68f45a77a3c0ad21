#!/usr/bin/env node
// `footnote`: the command line as built at install (`npm install` runs `npm run build`), bundled
// into one file, which loads in a fraction of the time of the modules one by one; in a checkout
// that has not been built, the TypeScript sources through tsx.
import { existsSync } from 'node:fs';
import { URL } from 'node:url';

const bundled = new URL('../dist/src/cli/bin.bundle.js', import.meta.url);
const built = new URL('../dist/src/cli/bin.js', import.meta.url);
if (existsSync(bundled)) {
  await import(bundled.href);
} else if (existsSync(built)) {
  await import(built.href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../src/cli/bin.ts');
}
