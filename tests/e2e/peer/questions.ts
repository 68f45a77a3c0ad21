/** Questions the shipped seeds answer, for the load benchmarks that drive the bot through the peer. */
export const SEED_QUESTIONS = [
  'Why did Putin visit Harbin?',
  'What did Xi Jinping and Putin talk about?',
  'Which university did Putin visit?',
  'How does China help Russia’s war economy?',
  'What is the Lowy Institute?',
  'trade between China and Russia',
];
