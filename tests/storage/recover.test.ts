import { createHash } from 'node:crypto';
import { watch } from 'node:fs';
import { appendFile, mkdir, mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { renderAddition } from '../../src/additions/store.js';
import { removeOrphans } from '../../src/engine/orphans.js';
import { FileStorage } from '../../src/storage/files.js';
import type { ChangeBy, NewAddition } from '../../src/storage/types.js';

/*
 * What a process killed in the middle of a change (SIGKILL, power loss: no drain) leaves in the
 * file store, and what the next start makes of it (FileStorage.recover, removeOrphans).
 */

const GUILD = '123456789012345678';
const BY: ChangeBy = { by: { id: '42', name: 'mod' }, via: 'discord' };
let dir: string;
let storage: FileStorage;
let folder: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'footnote-recover-'));
  storage = new FileStorage({ guildsDir: join(dir, 'guilds'), dataDir: dir });
  folder = join(dir, 'guilds', GUILD);
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

function addition(name: string, title: string): NewAddition {
  const markdown = renderAddition({
    id: name,
    file: name,
    title,
    source: 'file',
    story: 0,
    paragraphs: [`The ${title} was opened on Monday by the harbour trust, which paid for it.`],
  });
  const fingerprint = createHash('sha256').update(title).digest('hex');
  return { guild: GUILD, name, title, fingerprint, urls: [], markdown };
}

const exists = (path: string): Promise<boolean> =>
  stat(path).then(
    () => true,
    () => false,
  );

describe('FileStorage.recover', () => {
  it('leaves a completed add and remove alone, with no marker left', async () => {
    await storage.add(addition('kept.md', 'Kept pier'), BY);
    await storage.add(addition('gone.md', 'Gone pier'), BY);
    await storage.remove(GUILD, 'gone.md', BY);
    expect(await storage.recover()).toEqual([]);
    expect(await readdir(folder)).toEqual(['kept.md']);
    expect((await storage.readAudit()).map((a) => a.action)).toEqual(['add', 'add', 'remove']);
  });

  it('writes a marker while an add writes its file, and leaves none once it is done', async () => {
    await mkdir(folder, { recursive: true });
    const seen: string[] = [];
    const watcher = watch(folder, (_, name) => void (name && seen.push(name)));
    await storage.add(addition('kept.md', 'Kept pier'), BY);
    await new Promise((resolve) => setTimeout(resolve, 100));
    watcher.close();
    expect(seen).toContain('.pending-kept.md.json');
    expect(await readdir(folder)).toEqual(['kept.md']);
  });

  it('takes out a file whose add stopped before its audit line, and says so', async () => {
    await storage.add(addition('kept.md', 'Kept pier'), BY);
    // What a process killed between writing the file and appending its audit line leaves.
    const half = addition('half.md', 'Half pier');
    await writeFile(
      join(folder, '.pending-half.md.json'),
      JSON.stringify({ action: 'add', change: BY }),
    );
    await writeFile(join(folder, 'half.md'), half.markdown);
    expect(await storage.recover()).toEqual([
      `removed ${GUILD}/half.md: its add was stopped before its audit line`,
    ]);
    expect(await readdir(folder)).toEqual(['kept.md']);
    expect((await storage.additions(GUILD)).map((a) => a.name)).toEqual(['kept.md']);
    expect(await storage.recover()).toEqual([]);
  });

  it('keeps a file whose audit line was written before the stop (only the marker was left)', async () => {
    await storage.add(addition('done.md', 'Done pier'), BY);
    await writeFile(
      join(folder, '.pending-done.md.json'),
      JSON.stringify({ action: 'add', change: BY }),
    );
    expect(await storage.recover()).toEqual([]);
    expect(await readdir(folder)).toEqual(['done.md']);
  });

  it('records a removal whose audit line a stop prevented', async () => {
    await storage.add(addition('old.md', 'Old pier'), BY);
    await writeFile(
      join(folder, '.pending-old.md.json'),
      JSON.stringify({ action: 'remove', change: BY }),
    );
    await rm(join(folder, 'old.md'));
    expect(await storage.recover()).toEqual([
      `recorded the removal of ${GUILD}/old.md: it was stopped before its audit line`,
    ]);
    const audit = await storage.readAudit();
    expect(audit.map((a) => a.action)).toEqual(['add', 'remove']);
    expect(audit[1]!.by).toEqual(BY.by);
    expect(await readdir(folder)).toEqual([]);
  });
});

describe('the audit log after a stop in the middle of its append', () => {
  it('keeps the next add readable: only the torn line is lost (user test)', async () => {
    await storage.add(addition('first.md', 'First pier'), BY);
    await appendFile(
      join(dir, 'audit.jsonl'),
      '{"at":"2026-12-07T01:57:00.000Z","action":"add","gui',
    );
    await storage.add(addition('second.md', 'Second pier'), {
      ...BY,
      by: { id: '43', name: 'other' },
    });
    const owners = await storage.additionOwners();
    // Glued to the torn line, the second add's entry was unreadable: "added by unknown".
    expect(owners.map((o) => [o.name, o.addedBy.id])).toEqual([
      ['first.md', '42'],
      ['second.md', '43'],
    ]);
    expect((await storage.readAudit()).map((a) => a.article?.name)).toEqual([
      'first.md',
      'second.md',
    ]);
  });
});

describe('removeOrphans', () => {
  it("removes an addition's temp file once its writer is gone, at once, but not a live writer's", async () => {
    await storage.add(addition('kept.md', 'Kept pier'), BY);
    // A pid far past pid_max is no process; this process's own is alive.
    await writeFile(join(folder, '.adding-99999999-0123456789ab.tmp'), 'half a file');
    await writeFile(join(folder, `.adding-${process.pid}-0123456789ab.tmp`), 'being written');
    const freed = await removeOrphans(join(dir, 'snapshot.json'), join(dir, 'guilds'));
    expect(freed).toBe('half a file'.length);
    expect((await readdir(folder)).sort()).toEqual([
      `.adding-${process.pid}-0123456789ab.tmp`,
      'kept.md',
    ]);
    expect(await exists(join(folder, 'kept.md'))).toBe(true);
  });
});
