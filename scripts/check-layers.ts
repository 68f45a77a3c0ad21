// npm run check:layers — the import graph of src/ and commands/ has no cycle and no arrow against
// the data flow. Each file belongs to a layer (docs/DESIGN.md lists them, lowest first) and may
// import its own layer or lower; type-only imports count, since they tie files together too.
// Exit 1 with one line per problem.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

/** Layers, lowest first: a path prefix (relative to the repository) and the layer's name. */
export const LAYERS: { name: string; paths: string[] }[] = [
  {
    name: 'errors, config and modules',
    paths: ['src/errors.ts', 'src/config.ts', 'src/modules.ts'],
  },
  { name: 'text', paths: ['src/text/'] },
  { name: 'corpus and net', paths: ['src/corpus/', 'src/net/'] },
  { name: 'search and quotes', paths: ['src/search/', 'src/quotes/'] },
  { name: 'answers', paths: ['src/answers/'] },
  {
    name: 'engine, additions and storage',
    paths: ['src/engine/', 'src/additions/', 'src/storage/'],
  },
  {
    name: 'doors (discord, cli, web)',
    paths: [
      'src/discord/',
      'src/cli/',
      'src/web/',
      'src/main.ts',
      'src/shard.ts',
      'src/shard-processes.ts',
    ],
  },
  { name: 'commands', paths: ['commands/'] },
];

const ROOT = resolve(dirname(new URL(import.meta.url).pathname), '..');
const IMPORT =
  /(?:^|\n)\s*(?:import|export)\s+(?:type\s+)?(?:[^'"`;]*?\s+from\s+)?['"]([^'"]+)['"]/g;
const DYNAMIC = /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g;

function layerOf(file: string): number {
  return LAYERS.findIndex((l) =>
    l.paths.some((p) => (p.endsWith('/') ? file.startsWith(p) : file === p)),
  );
}

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(join(ROOT, dir))) {
    const path = join(dir, name);
    if (statSync(join(ROOT, path)).isDirectory()) out.push(...sourceFiles(path));
    else if (name.endsWith('.ts') && !name.endsWith('.d.ts')) out.push(path);
  }
  return out;
}

/** The repository-relative files `file` imports (relative imports only; packages are outside). */
function importsOf(file: string): string[] {
  const text = readFileSync(join(ROOT, file), 'utf8');
  const out: string[] = [];
  for (const pattern of [IMPORT, DYNAMIC]) {
    for (const match of text.matchAll(pattern)) {
      const spec = match[1]!;
      if (!spec.startsWith('.')) continue;
      const target = relative(ROOT, resolve(ROOT, dirname(file), spec)).replace(/\.js$/, '.ts');
      out.push(target);
    }
  }
  return out;
}

/** Every problem with the graph: unplaced files, arrows against the flow, cycles. */
export function checkLayers(): string[] {
  const files = [...sourceFiles('src'), ...sourceFiles('commands')].sort();
  const graph = new Map(files.map((f) => [f, importsOf(f)]));
  const problems: string[] = [];
  for (const file of files) {
    const from = layerOf(file);
    if (from < 0) {
      problems.push(`${file}: in no layer (add its folder to LAYERS in scripts/check-layers.ts)`);
      continue;
    }
    for (const target of graph.get(file)!) {
      const to = layerOf(target);
      if (to > from) {
        problems.push(
          `${file} (${LAYERS[from]!.name}) imports ${target} (${LAYERS[to]!.name}): a higher layer`,
        );
      }
    }
  }
  problems.push(...cycles(graph).map((c) => `import cycle: ${c.join(' → ')}`));
  return problems;
}

// Depth-first search; each back edge closes a cycle, reported once by its smallest member.
function cycles(graph: Map<string, string[]>): string[][] {
  const found = new Map<string, string[]>();
  const state = new Map<string, 'open' | 'done'>();
  const path: string[] = [];
  const visit = (node: string): void => {
    state.set(node, 'open');
    path.push(node);
    for (const next of graph.get(node) ?? []) {
      if (!graph.has(next)) continue;
      if (state.get(next) === 'open') {
        const cycle = path.slice(path.indexOf(next));
        const key = [...cycle].sort().join('|');
        if (!found.has(key)) found.set(key, [...cycle, next]);
      } else if (!state.has(next)) visit(next);
    }
    path.pop();
    state.set(node, 'done');
  };
  for (const node of graph.keys()) if (!state.has(node)) visit(node);
  return [...found.values()];
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(ROOT, 'scripts/check-layers.ts')) {
  const problems = checkLayers();
  for (const p of problems) console.error(p);
  if (problems.length > 0) {
    console.error(`${problems.length} import problem(s); the layers are listed in docs/DESIGN.md.`);
    process.exit(1);
  }
  console.log(`import graph: no cycle, no arrow against the data flow (${LAYERS.length} layers)`);
}
