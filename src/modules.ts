import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/**
 * A CommonJS package loaded on first use instead of at start-up, `setUp` run once when it loads. For libraries only some runs
 * need, which cost a one-shot command most of its time to load: the HTML reader (linkedom with
 * Readability), the public-suffix list (tldts), the Postgres driver.
 */
export function lazyModule<T>(name: string, setUp?: (module: T) => void): () => T {
  let loaded: T | undefined;
  return () => {
    if (loaded === undefined) {
      loaded = require(name) as T;
      setUp?.(loaded);
    }
    return loaded;
  };
}
