// A passage's term ids and sentence ends are small arrays, two per passage: as typed arrays of
// their own, each would carry an ArrayBuffer and a separate allocation (at 100k passages, some
// 30 MB of bookkeeping for 50 MB of ids). They are cut instead from shared 1 MB blocks. A block
// lives while any passage in it does; a removed passage's slots are not reused.
const BLOCK = 1 << 18; // ids per block
const OWN = BLOCK >> 4; // an array this long gets a buffer of its own

let block = new Uint32Array(BLOCK);
let used = 0;

/** `values` as a Uint32Array, cut from a shared block where it fits. */
export function packIds(values: ArrayLike<number>): Uint32Array {
  if (values.length > OWN) return Uint32Array.from(values);
  if (used + values.length > BLOCK) {
    block = new Uint32Array(BLOCK);
    used = 0;
  }
  const out = block.subarray(used, used + values.length);
  out.set(values);
  used += values.length;
  return out;
}
