// kg db stop and kg load --bulk wait for the server's process to end. One that has exited while its parent is busy
// stays a zombie until collected; it must count as ended, or the wait never finishes.
import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { processAlive } from '../../src/db/local-neo4j-server.js';

describe('processAlive', () => {
  it('is true for a running process and false once it has exited, even before its parent collects it', async () => {
    const child = spawn('sleep', ['0.2']);
    expect(processAlive(child.pid!)).toBe(true);
    // Busy-wait without yielding to the event loop: the child exits but is not collected, so it is a zombie.
    const until = Date.now() + 1500;
    while (Date.now() < until) {
      /* keep the event loop from reaping the child */
    }
    expect(processAlive(child.pid!)).toBe(false);
    await new Promise((resolve) => child.once('exit', resolve));
    expect(processAlive(child.pid!)).toBe(false);
  });

  it('is true for this process', () => {
    expect(processAlive(process.pid)).toBe(true);
  });
});
