// The assembler step of scripts/build-dot-wasm.ts, shared with the test that checks the
// committed bytes against the source.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import wabt from 'wabt';

/** Where the module's source is. */
export const DOT_SOURCE = fileURLToPath(new URL('../src/search/meaning/dot.wat', import.meta.url));

/** dot.wat assembled (SIMD on, no names or debug sections, so the bytes depend on the code alone). */
export async function assembleDot(): Promise<Uint8Array> {
  const toolkit = await wabt();
  const module = toolkit.parseWat('dot.wat', readFileSync(DOT_SOURCE, 'utf8'), { simd: true });
  try {
    module.validate();
    return module.toBinary({ write_debug_names: false }).buffer;
  } finally {
    module.destroy();
  }
}
