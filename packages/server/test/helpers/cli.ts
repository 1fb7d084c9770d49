// The kim-server command run from source in a child process, as a Dinas' IT staff would run it.
import { execFile, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { expect } from 'chai';

export const CLI = fileURLToPath(new URL('../../src/cli.ts', import.meta.url));

/** Starts `kim-server serve` and resolves with its URL once it listens, and what it printed so far. */
export function serve(args: string[], env: Record<string, string>) {
  const child = spawn(process.execPath, ['--import', 'tsx', CLI, '--port', '0', '--host', '127.0.0.1', ...args], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stderr.on('data', (chunk: Buffer) => {
    output += chunk;
  });
  const listening = new Promise<string>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk;
      const match = /listening on (http:\/\/\S+)/.exec(output);
      if (match) resolve(match[1]!);
    });
    child.once('exit', () => reject(new Error(`exited early: ${output}`)));
  });
  return { child, listening, output: () => output };
}

/** Runs the CLI expecting it to fail; returns its exit code and what it printed. */
export async function fails(args: string[], env: Record<string, string> = {}) {
  const error = (await kim(args, env).catch((e: unknown) => e)) as { code: number; stdout: string; stderr: string };
  expect(error.code, 'the command should fail').to.be.a('number');
  return error;
}
const run = promisify(execFile);
export const kim = (args: string[], env: Record<string, string> = {}) =>
  run(process.execPath, ['--import', 'tsx', CLI, ...args], { env: { ...process.env, ...env } });
