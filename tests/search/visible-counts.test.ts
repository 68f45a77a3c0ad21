import { beforeAll, describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answers/ask.js';
import { loadCorpus } from '../../src/corpus/index.js';
import { visibleIn } from '../../src/corpus/ids.js';
import type { Article } from '../../src/corpus/types.js';
import { PassageIndex } from '../../src/search/index.js';
import { parseQuery } from '../../src/search/query.js';
import { Vocabulary } from '../../src/search/vocabulary.js';
import { terms } from '../../src/text/tokenize.js';
import { countsFor, serverFilter } from '../../src/search/visible-counts.js';
import { articleOf } from '../helpers/articles.js';

let seeds: Article[];
beforeAll(async () => {
  seeds = (await loadCorpus('seeds')).articles;
});

/** Server 9's many articles on Harbin, and server 7's one. */
const additions = (): Article[] => [
  ...Array.from({ length: 120 }, (_, i) =>
    articleOf(`guild:9/harbin-${i}`, `Harbin ice festival day ${i}`, [
      `Harbin welcomed visitors to the ice festival on day ${i}, and the university hosted a visit.`,
    ]),
  ),
  articleOf('guild:7/ferry', 'Ferry timetable', ['The Harbin ferry runs twice a day in summer.']),
];

const server = (guild: string | undefined) => serverFilter(guild, (id) => visibleIn(id, guild));

describe('countsFor', () => {
  it('weighs terms as a server sees the corpus: another server’s additions count for nothing', () => {
    const alone = PassageIndex.build([...seeds, additions().at(-1)!]);
    const wider = PassageIndex.build([...seeds, ...additions()]);
    const question = 'Which university did Putin visit in Harbin?';
    const seven = parseQuery(question, wider, server('7'));
    const asAlone = parseQuery(question, alone, server('7'));
    expect(seven.terms.map((t) => [t.term, t.idf])).toEqual(
      asAlone.terms.map((t) => [t.term, t.idf]),
    );
    // Before: server 9's articles made "harbin" common for everyone.
    const harbin = wider.vocabulary.lookup('harbin');
    expect(wider.vocabulary.idf(harbin)).toBeLessThan(countsFor(wider, server('7')).idf(harbin));
    // A server's own additions count, as the shared corpus does.
    expect(countsFor(wider, server('9')).frequency(harbin)).toBe(
      wider.vocabulary.frequency(harbin) - 1,
    );
    // Without a server, no addition counts.
    expect(countsFor(wider, server(undefined)).frequency(harbin)).toBe(
      countsFor(PassageIndex.build(seeds)).frequency(harbin),
    );
    // Server 7's answers are the ones it would get had server 9 added nothing.
    const answer = (index: PassageIndex) =>
      answerQuestion(index, question, { filter: server('7'), k: 3 }).results.map((r) => [
        r.passageId,
        r.score,
      ]);
    expect(answer(wider)).toEqual(answer(alone));
  });

  it('counts the additions of an index read from a snapshot as of one built', () => {
    const built = PassageIndex.build([...seeds, ...additions()]);
    const read = new PassageIndex(
      Vocabulary.fromJSON(built.vocabulary.toJSON()),
      built.passages,
      built.articles,
    );
    expect(read.vocabulary.additions()).toBeNull();
    for (const guild of ['7', '9', undefined]) {
      const [a, b] = [countsFor(built, server(guild)), countsFor(read, server(guild))];
      expect([b.documents, b.averageLength()]).toEqual([a.documents, a.averageLength()]);
      for (const word of ['harbin', 'ferry', 'putin', 'festival']) {
        const id = built.vocabulary.lookup(terms(word)[0]!);
        expect(id).toBeGreaterThanOrEqual(0);
        expect(b.frequency(id)).toBe(a.frequency(id));
      }
    }
    // Once counted, kept and followed by the vocabulary's clones.
    expect(read.vocabulary.additions()).not.toBeNull();
    const copy = read.clone();
    copy.remove(['guild:7/ferry']);
    const ferry = copy.vocabulary.lookup(terms('ferry')[0]!);
    expect(countsFor(copy, server('7')).frequency(ferry)).toBe(0);
    expect(countsFor(read, server('7')).frequency(ferry)).toBe(1);
  });

  it('follows the index as passages are added', () => {
    const index = PassageIndex.build(seeds);
    const harbin = index.vocabulary.lookup('harbin');
    const before = countsFor(index, server('9')).frequency(harbin);
    index.add(additions().slice(0, 3));
    expect(countsFor(index, server('9')).frequency(harbin)).toBe(before + 3);
    expect(countsFor(index, server('7')).frequency(harbin)).toBe(before);
  });
});
