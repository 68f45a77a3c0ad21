// `footnote …` and `npm run footnote -- …`: run the command line and exit with its code.
import { runCli } from './main.js';

// "footnote speakers | head": a reader that stops reading ends the output, not with a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(process.exitCode ?? 0);
});

process.exitCode = await runCli(process.argv.slice(2));
