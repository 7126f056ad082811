/**
 * Starts Relais as the README says, as a separate process on an empty data folder, and checks
 * what a newcomer sees: the address, the demo logins, a healthy API; then a restart keeps the data.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROLES } from '../src/core/roles.js';

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'relais-start-'));
const running: ChildProcess[] = [];

/** Starts the server and resolves with its output once it says where it listens. */
function start(): Promise<{ child: ChildProcess; output: string; url: string }> {
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, PORT: '0', LOG_LEVEL: 'warn' };
  // The README's default is the embedded SQLite database.
  delete env.DATABASE_URL;
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], { env, cwd: process.cwd() });
  running.push(child);
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`no start within 90 s:\n${output}`)), 90_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Relais is running on (http:\/\/\S+)/.exec(output);
      // The logins come after the address: wait for the last role's line.
      if (match?.[1] && output.includes('analyst')) {
        clearTimeout(timer);
        resolve({ child, output, url: match[1] });
      }
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.on('exit', (code) => reject(new Error(`exited with ${code}:\n${output}`)));
  });
}

function stop(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => {
    child.removeAllListeners('exit');
    child.on('exit', (code) => resolve(code));
    child.kill('SIGTERM');
  });
}

afterAll(() => {
  for (const child of running) if (child.exitCode === null) child.kill('SIGKILL');
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe('npm start on an empty data folder', () => {
  it('creates the database, loads the demo data, prints the logins of every role, and keeps the data on restart', async () => {
    const first = await start();
    expect(first.output).toContain('Loaded the demo data set');
    for (const role of ROLES) expect(first.output).toMatch(new RegExp(`^\\s+${role}\\s+\\S+@\\S+\\s+\\S+$`, 'm'));
    expect(fs.existsSync(path.join(dataDir, 'relais.db'))).toBe(true);

    const health = await fetch(`${first.url}/api/health`);
    expect(await health.json()).toEqual({ status: 'ok', database: 'sqlite' });

    const line = /^\s+dispatcher\s+(\S+)\s+(\S+)$/m.exec(first.output);
    const login = await fetch(`${first.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: line?.[1], password: line?.[2] }),
    });
    expect(login.status).toBe(200);
    const cookie = login.headers.get('set-cookie')?.split(';')[0] ?? '';
    const page = await (await fetch(`${first.url}/api/requests?limit=200`, { headers: { cookie } })).json();
    expect(page.items.length).toBeGreaterThanOrEqual(150);
    expect(await stop(first.child)).toBe(0);

    const second = await start();
    expect(second.output).not.toContain('Loaded the demo data set');
    const again = await fetch(`${second.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: line?.[1], password: line?.[2] }),
    });
    expect(again.status).toBe(200);
    expect(await stop(second.child)).toBe(0);
  }, 180_000);
});
