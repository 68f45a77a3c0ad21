/** One story as the engine sees it: cleaned paragraphs plus what a citation needs. */
export interface Article {
  /** Stable id: the file path relative to the corpus root, plus `#n` for the n-th story (n ≥ 2). */
  id: string;
  /** Path of the source file relative to the corpus root, with forward slashes. */
  file: string;
  /** 0-based position of this story within its file (files may hold several stories). */
  story: number;
  title: string;
  /** Canonical URL when the file says one (front matter, HTML canonical link). */
  url?: string;
  /**
   * What a citation shows as the source: the publication front matter names, else the URL when
   * known, else the site an HTML page names, else the file path.
   */
  source: string;
  /** Who wrote it, as the file states (front matter, a page's author meta or byline). */
  author?: string;
  /** When it was published: YYYY-MM-DD when the stated date reads as one, else as written. */
  date?: string;
  /** Cleaned answer text, one entry per paragraph, in article order. */
  paragraphs: string[];
}

/** A corpus file that could not be read as articles, and why (one line for the report). */
export interface SkippedFile {
  file: string;
  reason: string;
}

/** What identifies one version of a corpus file, for snapshots and incremental reindex. */
export interface FileFingerprint {
  file: string;
  size: number;
  /** sha256 of the raw bytes, hex. */
  hash: string;
  /**
   * The file's inode, size and modification and change times when it was hashed, kept only when
   * it had not changed for a while before: a later scan that finds the same stamp reuses the hash
   * instead of reading the file again.
   */
  stamp?: string;
}
