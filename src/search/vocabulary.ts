/** Term ids and document frequencies, so ranking can weigh query terms by rarity (IDF). */
export class Vocabulary {
  private readonly ids = new Map<string, number>();
  private readonly termList: string[] = [];
  private df = new Int32Array(1024);
  documents = 0;
  /** Sum of passage lengths in terms, for BM25's length normalisation. */
  totalLength = 0;

  /** The id of `term`, added when new. */
  idOf(term: string): number {
    let id = this.ids.get(term);
    if (id === undefined) {
      id = this.termList.length;
      this.ids.set(term, id);
      this.termList.push(term);
      if (id >= this.df.length) {
        const grown = new Int32Array(this.df.length * 2);
        grown.set(this.df);
        this.df = grown;
      }
    }
    return id;
  }

  /** The term with this id. */
  termAt(id: number): string {
    return this.termList[id] ?? '';
  }

  /** The id of `term`, or -1 when no passage has it. */
  lookup(term: string): number {
    return this.ids.get(term) ?? -1;
  }

  /** Count one passage in or out (`sign` 1 or -1) of the frequencies. */
  count(termIds: ArrayLike<number>, sign: 1 | -1): void {
    for (const id of new Set(Array.from(termIds))) this.df[id]! += sign;
    this.documents += sign;
    this.totalLength += sign * termIds.length;
  }

  /** Average passage length in terms. */
  averageLength(): number {
    return this.documents ? this.totalLength / this.documents : 1;
  }

  /** How many passages contain the term with this id (0 for -1). */
  frequency(id: number): number {
    return id < 0 ? 0 : (this.df[id] ?? 0);
  }

  /** BM25's inverse document frequency: rare terms weigh more; unknown terms weigh most. */
  idf(id: number): number {
    const df = this.frequency(id);
    return Math.log(1 + (this.documents - df + 0.5) / (df + 0.5));
  }

  toJSON(): VocabularyJSON {
    return {
      totalLength: this.totalLength,
      terms: this.termList,
      df: Array.from(this.df.subarray(0, this.termList.length)),
      documents: this.documents,
    };
  }

  static fromJSON(data: VocabularyJSON): Vocabulary {
    const vocab = new Vocabulary();
    for (const term of data.terms) vocab.idOf(term);
    vocab.df.set(data.df);
    vocab.documents = data.documents;
    vocab.totalLength = data.totalLength;
    return vocab;
  }
}

/** The vocabulary as saved in a snapshot. */
export interface VocabularyJSON {
  terms: string[];
  df: number[];
  documents: number;
  totalLength: number;
}
