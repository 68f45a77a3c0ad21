// Preloaded by `npm run bench:load -- --cpu-prof DIR` (node --import): profiles the main thread of
// the process from start to exit and writes DIR/<pid>.cpuprofile. Node refuses --cpu-prof itself
// in NODE_OPTIONS, which is the only way the bench can reach the bot's command line.
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';
import { join } from 'node:path';

const dir = process.env.FOOTNOTE_CPU_PROF_DIR;
if (dir) {
  const session = new Session();
  session.connect();
  session.post('Profiler.enable');
  session.post('Profiler.setSamplingInterval', { interval: 500 });
  session.post('Profiler.start');
  // A session on its own thread answers synchronously, so this works in an exit handler.
  process.on('exit', () => {
    session.post('Profiler.stop', (err, result) => {
      if (!err)
        writeFileSync(join(dir, `${process.pid}.cpuprofile`), JSON.stringify(result.profile));
    });
  });
}
