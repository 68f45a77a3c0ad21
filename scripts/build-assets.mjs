// After tsc: copy what the built code reads by path beside it (the SQL migrations, the word
// vectors, translation table, first names and lexicon words in models/), so the output
// folder (dist/, or the one named) keeps the source layout. Plain JavaScript: it runs at
// `npm install`, before anything is built.
import { cpSync, existsSync } from 'node:fs';

const out = process.argv[2] ?? 'dist';
for (const folder of ['src/storage/migrations', 'models']) {
  if (existsSync(folder)) cpSync(folder, `${out}/${folder}`, { recursive: true });
}
