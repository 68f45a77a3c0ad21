// `footnote …` and `npm run footnote -- …`: run the command line and exit with its code.
import { runCli } from './main.js';

process.exitCode = await runCli(process.argv.slice(2));
