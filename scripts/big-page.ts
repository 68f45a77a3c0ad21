/** Just under /add's 5 MiB limit: this much article text, the rest scripts and navigation. */
const PAGE_BYTES = 4_900_000;
const TEXT_BYTES = 1_000_000;

/**
 * A heavy news page: ~1 MB of varied paragraphs with attributed quotes (real work for /add), padded
 * to 4.9 MB with what large pages carry besides (inline scripts, navigation), which is stripped.
 * What `npm run bench:load` adds and `scripts/bench-handoff.ts` hands to the worker thread.
 */
export function bigPage(): string {
  const words =
    'harbor council ferry budget winter lighthouse grant island school harvest road'.split(' ');
  const parts = ['<html><head><title>Island council report</title></head><body><article>'];
  let size = parts[0]!.length;
  for (let i = 0; size < TEXT_BYTES; i++) {
    const w = (k: number): string => words[(i * 7 + k * 3) % words.length]!;
    const p = `<p>Paragraph ${i}: the ${w(1)} and the ${w(2)} were discussed at length by the ${w(3)} committee. "We will fund the ${w(4)} this year," said councillor Maren Holt ${i % 97}. The ${w(5)} plan was approved after ${i % 13} hours of debate on the ${w(6)}.</p>`;
    parts.push(p);
    size += p.length;
  }
  parts.push('</article><nav>');
  for (let i = 0; size < PAGE_BYTES - 40_000; i++) {
    const link = `<a href="/section/${i}">Section ${i}</a><script>var s${i}=${JSON.stringify(words)};</script>`;
    parts.push(link);
    size += link.length;
  }
  parts.push('</nav></body></html>');
  return parts.join('');
}
