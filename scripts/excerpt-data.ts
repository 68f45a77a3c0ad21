// The excerpt's signals, sentence by sentence, for tuning how its first sentence is chosen offline
// (issue 11), on the learn article half only: its evaluation questions (`evalLearn`) and 3,000 of
// its training questions the learn-half translation table was not learned from (`tune`). For each
// question whose first passage holds the answer: `cur`, whether today's excerpt shows it, and per
// sentence the question terms it holds (`m`, with weights), hits, the expected kind (`typed`), the
// translation LM score (`tlm`), each question term's Σ t(q | sentence term) (`acc`), capitalised
// words not asked (`caps`), digits, and whether the excerpt starting there (`ok`) or the sentence
// itself (`has`) holds the answer. Today's excerpt also credits translated terms; `cur` says so.
//   npx tsx scripts/excerpt-data.ts [OUT.json]   (default /tmp/excerpt-data.json)
import { writeFileSync } from 'node:fs';
import { useLearnHalfTable } from './eval-sets.js';
import { loadCorpus } from '../src/corpus/index.js';
import { PassageIndex } from '../src/search/index.js';
import { makeExcerpt, EXCERPT_CHARS } from '../src/search/excerpt.js';
import { meaningModels, relatedWeights, withRelated } from '../src/search/meaning/rescore.js';
import { parseQuery } from '../src/search/query.js';
import { rank } from '../src/search/ranking.js';
import { kindOfTerm } from '../src/search/vocabulary.js';
import { splitSentences } from '../src/text/sentences.js';
import { tokenSpans } from '../src/text/tokenize.js';
import {
  SQUAD_ARTICLES,
  articleHalf,
  containsAnswer,
  loadQuestions,
  tuneQuestions,
} from './squad.js';

useLearnHalfTable();
const table = meaningModels.translation()!;
const { articles } = await loadCorpus(SQUAD_ARTICLES);
const index = PassageIndex.build(articles);
const vocab = index.vocabulary;
const sets = {
  evalLearn: loadQuestions().filter((q) => articleHalf(q.file ?? '') === 'learn'),
  tune: tuneQuestions(3000),
};
const out: Record<string, unknown[]> = {};
for (const [name, qs] of Object.entries(sets)) {
  const rows: unknown[] = [];
  for (const q of qs) {
    const query = parseQuery(q.question, index);
    if (query.terms.length === 0) continue;
    const res = rank(index, query, { k: 1 });
    const top = res[0];
    if (!top || !containsAnswer(top.entry.passage.text, q.answers)) continue;
    const byTerm = new Map(query.terms.map((t) => [t.term, t.idf]));
    const byId = new Map(query.terms.filter((t) => t.id >= 0).map((t) => [t.id, t.idf]));
    const rel = relatedWeights(byTerm, top.reasons, vocab);
    const w = withRelated(byTerm, byId, rel).byTerm;
    const passage = top.entry.passage.text;
    const current = makeExcerpt(passage, w, { expects: query.expects });
    const sentences = passage.split('\n').flatMap((line, i, lines) => {
      const at = lines.slice(0, i).reduce((n, l) => n + l.length + 1, 0);
      return splitSentences(line).map((s) => ({ ...s, start: s.start + at, end: s.end + at }));
    });
    const total = query.totalIdf || 1;
    const share = query.terms.map((t) => t.idf / total);
    const bg = query.terms.map((t) => Math.max(vocab.frequency(t.id), 0.5) / (vocab.documents + 1));
    const src = query.terms.map((t) => {
      const s = table.sources(t.term);
      return new Map(s.terms.map((a, j) => [a, s.probs[j]!]));
    });
    const sents = sentences.map((s, i) => {
      const spans = tokenSpans(s.text).filter((x) => x.term !== null);
      const found = new Set<string>();
      let hits = 0;
      let typed = 0;
      const acc = new Float64Array(query.terms.length);
      for (const sp of spans) {
        const t = sp.term!;
        if (w.has(t)) {
          found.add(t);
          hits++;
        } else if (query.expects && kindOfTerm(t) & query.expects) typed = 1;
        src.forEach((m, k) => {
          acc[k]! += m.get(t) ?? 0;
        });
      }
      let lex = 0;
      for (const t of found) lex += w.get(t)!;
      let tlm = 0;
      for (let k = 0; k < acc.length; k++) {
        tlm += share[k]! * Math.log1p(acc[k]! / (spans.length || 1) / bg[k]!);
      }
      // The excerpt that would start here.
      let text: string;
      if (s.text.length > EXCERPT_CHARS) text = makeExcerpt(s.text, w).text;
      else {
        let end = i;
        while (end + 1 < sentences.length && sentences[end + 1]!.end - s.start <= EXCERPT_CHARS)
          end++;
        text = passage.slice(s.start, sentences[end]!.end).replace(/\s*\n\s*/g, ' ');
      }
      return {
        lex: lex + 0.01 * hits,
        m: [...found].map((t) => [t, Math.round(w.get(t)! * 1000) / 1000]),
        hits,
        // Σ t(q | sentence term) for each question term q, with q's weight.
        acc: [...acc].map((x, k) => [query.terms[k]!.term, x, query.terms[k]!.idf]),
        typed,
        tlm,
        len: s.text.length,
        start: s.start,
        end: s.end,
        caps: tokenSpans(s.text).filter(
          (x, j) =>
            j > 0 &&
            x.term !== null &&
            !w.has(x.term) &&
            /^\p{Lu}/u.test(s.text.slice(x.start, x.end)),
        ).length,
        digits: spans.filter((x) => /\d/.test(x.term!)).length,
        n: spans.length,
        ok: containsAnswer(text.slice(0, EXCERPT_CHARS), q.answers) ? 1 : 0,
        has: containsAnswer(s.text, q.answers) ? 1 : 0,
      };
    });
    rows.push({
      q: q.question,
      expects: query.expects,
      qw: (
        /\b(who|whom|whose|when|where|why|how many|how much|how|which|what)\b/i.exec(
          q.question,
        )?.[1] ?? ''
      ).toLowerCase(),
      cur: containsAnswer(current.text.slice(0, EXCERPT_CHARS), q.answers) ? 1 : 0,
      s: sents,
    });
  }
  out[name] = rows;
  console.log(name, qs.length, rows.length);
}
writeFileSync(process.argv[2] ?? '/tmp/excerpt-data.json', JSON.stringify(out));
