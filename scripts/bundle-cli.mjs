// After tsc: the command line as one file, dist/src/cli/bin.bundle.js (or in the folder named),
// which bin/footnote.js runs.
// Loading ~150 modules one by one (our 110 files, zod's, natural's) was most of a cold
// `footnote ask`; one bundle is parsed at once. Packages loaded on first use (src/modules.ts) stay
// outside. Each module's `import.meta.url` is rewritten to the URL its own built file has, so
// paths resolved from it (models, migrations, the worker thread) point where they did.
// Plain JavaScript: it runs at `npm install`.
import { build } from 'esbuild';
import { readFile } from 'node:fs/promises';
import { dirname, relative, resolve, sep } from 'node:path';

const DIST = process.argv[2] ?? 'dist';
const OUT = `${DIST}/src/cli/bin.bundle.js`;
const SOURCES = resolve('src') + sep;

const moduleUrls = {
  name: 'module-urls',
  setup(bundle) {
    bundle.onLoad({ filter: /\.ts$/ }, async ({ path }) => {
      let contents = await readFile(path, 'utf8');
      if (path.startsWith(SOURCES) && contents.includes('import.meta.url')) {
        const built = resolve(DIST, relative(process.cwd(), path)).replace(/\.ts$/, '.js');
        const from = relative(dirname(resolve(OUT)), built)
          .split(sep)
          .join('/');
        contents = contents.replaceAll(
          'import.meta.url',
          `new URL(${JSON.stringify(from)}, import.meta.url).href`,
        );
      }
      return { contents, loader: 'ts' };
    });
  },
};

await build({
  entryPoints: ['src/cli/bin.ts'],
  outfile: OUT,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  logLevel: 'warning',
  plugins: [moduleUrls],
  // CommonJS packages inside an ES module bundle still call require().
  banner: {
    js: "import { createRequire as createRequireForBundle } from 'node:module';\nconst require = createRequireForBundle(import.meta.url);",
  },
});
