/**
 * A private Postgres cluster for the tests: `initdb` into a temporary folder and `pg_ctl` on a
 * free port on 127.0.0.1, never the system's cluster. Both refuse to run as root, so as root they
 * run as the `postgres` user. Where no Postgres can be started the caller fails with how to get one.
 */
import { execFile } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { chown, mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';

const run = promisify(execFile);

export const INSTALL_HINT =
  'These tests need a real PostgreSQL server (15 or newer) on this machine: install it with ' +
  '`apt-get install postgresql` (Debian/Ubuntu; `.ci/run` does this) or set PG_BIN to the folder ' +
  'holding initdb and pg_ctl. The tests start a private cluster; nothing needs to be running.';

export class PostgresCluster {
  private constructor(
    readonly dir: string,
    readonly port: number,
    private readonly bin: string,
    private readonly asUser: string[],
  ) {}

  /** Create and start a cluster; throws an error carrying INSTALL_HINT when that is impossible. */
  static async start(): Promise<PostgresCluster> {
    const bin = findBin();
    if (!bin) throw new Error(`No PostgreSQL binaries found. ${INSTALL_HINT}`);
    const root = process.getuid?.() === 0;
    const asUser = root ? ['runuser', '-u', 'postgres', '--'] : [];
    const dir = await mkdtemp(join(tmpdir(), 'footnote-pg-'));
    try {
      if (root) await chownToPostgres(dir);
      const cluster = new PostgresCluster(dir, await freePort(), bin, asUser);
      await cluster.pg('initdb', [
        '-D',
        cluster.data,
        '-U',
        'postgres',
        '-A',
        'trust',
        '-E',
        'UTF8',
        '--no-sync',
      ]);
      await cluster.startServer();
      return cluster;
    } catch (error) {
      await rm(dir, { recursive: true, force: true });
      throw new Error(
        `Could not start a private PostgreSQL: ${(error as Error).message}\n${INSTALL_HINT}`,
      );
    }
  }

  get data(): string {
    return join(this.dir, 'data');
  }

  /** A connection string to `database` on this cluster. */
  url(database = 'postgres'): string {
    return `postgres://postgres@127.0.0.1:${this.port}/${database}`;
  }

  /** A fresh, empty database for one test. */
  async createDatabase(name: string): Promise<string> {
    const client = new pg.Client({ connectionString: this.url() });
    await client.connect();
    try {
      await client.query(`CREATE DATABASE ${pg.escapeIdentifier(name)}`);
    } finally {
      await client.end();
    }
    return this.url(name);
  }

  /** Start the server (again, after stopServer): the outage tests bring it back this way. */
  async startServer(): Promise<void> {
    const settings = `-p ${this.port} -h 127.0.0.1 -k ${this.dir} -c fsync=off -c full_page_writes=off`;
    await this.pg('pg_ctl', [
      '-D',
      this.data,
      '-l',
      join(this.dir, 'log'),
      '-o',
      settings,
      '-w',
      '-t',
      '60',
      'start',
    ]);
  }

  /** Stop the server at once, as a crash or an operator would: clients are disconnected. */
  async stopServer(): Promise<void> {
    await this.pg('pg_ctl', ['-D', this.data, '-m', 'fast', '-w', '-t', '60', 'stop']);
  }

  /** Stop the server and delete the cluster. */
  async destroy(): Promise<void> {
    await this.stopServer().catch(() => undefined);
    await rm(this.dir, { recursive: true, force: true });
  }

  private async pg(tool: string, args: string[]): Promise<void> {
    const [command, ...rest] = [...this.asUser, join(this.bin, tool), ...args];
    await run(command!, rest, { cwd: this.dir, timeout: 120_000 });
  }
}

function findBin(): string | undefined {
  if (process.env.PG_BIN) return process.env.PG_BIN;
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return undefined;
  const versions = readdirSync(root)
    .filter((v) => /^\d+$/.test(v) && Number(v) >= 15)
    .sort((a, b) => Number(b) - Number(a));
  return versions.map((v) => join(root, v, 'bin')).find((bin) => existsSync(join(bin, 'initdb')));
}

async function chownToPostgres(dir: string): Promise<void> {
  const { stdout } = await run('id', ['-u', 'postgres']).catch(() => {
    throw new Error('there is no `postgres` user to run initdb as');
  });
  const { stdout: gid } = await run('id', ['-g', 'postgres']);
  await chown(dir, Number(stdout.trim()), Number(gid.trim()));
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}
