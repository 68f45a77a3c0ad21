// natural's package root loads database adapters (see the README's pitfall), so we import two
// of its modules directly; these declarations type just what we use of them.
declare module 'natural/lib/natural/stemmers/porter_stemmer.js' {
  const PorterStemmer: { stem(token: string): string };
  export default PorterStemmer;
}
declare module 'natural/lib/natural/util/stopwords.js' {
  export const words: string[];
}
