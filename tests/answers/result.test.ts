import { describe, expect, it } from 'vitest';
import { useEngine } from '../helpers/engine.js';

// Excerpts as the engine shows them on the seeds, with the quotation rules' speakers.
describe('an excerpt opening inside a quotation', () => {
  const engineOf = useEngine();
  const first = (question: string): string => engineOf().ask(question).results[0]?.excerpt ?? '';

  it('ends with whose quotation it opens inside when it does not name them', () => {
    // "“China does not need…,” he added. “This visit, conducted so publicly, is a clear and
    // symbolic sign…”": the excerpt opens on the second quotation, after "he added".
    const excerpt = first('Who said the visit is a symbolic sign?');
    expect(excerpt).toMatch(/^“This visit, conducted so publicly/);
    expect(excerpt).toMatch(/” — Marcus Galauskas$/);
  });

  it('adds nothing where the excerpt names the speaker, by any word of the name', () => {
    const song = first(
      'Who said exchanges at university level are in line with national interests?',
    );
    expect(song).toMatch(/Mr\. Song said\.$/);
    expect(first('Who said we had a shot of vodka?')).toMatch(/Putin said\.$/);
  });

  it('says whose quotation it is for any question, not only "who said"', () => {
    expect(first('Is the visit a symbolic sign?')).toMatch(/” — Marcus Galauskas$/);
  });

  it('opens "what did X say?" on their words in marks before a report of them', () => {
    // One passage: "Song Zhongping, a Beijing commentator…, defended Putin’s visit…" and, in the
    // next paragraph, "“Exchanges at the university level…,” Mr. Song said."
    const song = engineOf().ask('What did Song Zhongping say?').results[0];
    expect(song?.excerpt).toMatch(/^“Exchanges at the university level/);
    expect(song?.citation.paragraph).toBe(14);
    // Only where they speak in marks: Putin's reported words still open his answer.
    expect(first('What did Putin say?')).toMatch(/^Putin said on Thursday/);
  });

  it('opens on a sentence after a closing mark typed for the opening one, whole', () => {
    // Seeds: "…said Richard McGregor, … Lowy Institute. ” There is also a defiance… way.”"
    const excerpt = first('who said there is a defiance directed at Washington');
    expect(excerpt).toMatch(/^” There is also a defiance/);
    expect(excerpt).toMatch(/in any substantive way\.” — Richard McGregor$/);
  });
});
