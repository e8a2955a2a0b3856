// The password of the local server's `neo4j` user: generated once, kept in run/ readable by its owner only, and read
// by every command that talks to the server (the CLI, the viewer server, the tests, CI).
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import { passwordFile, type LocalNeo4jLayout } from './local-neo4j-layout.js';
import { errorCode } from '../util/errors.js';

/** The stored password, or undefined when none was generated yet (a server from before auth was turned on). */
export function readLocalPassword(layout: LocalNeo4jLayout): string | undefined {
  try {
    const text = fs.readFileSync(passwordFile(layout), 'utf8').trim();
    return text === '' ? undefined : text;
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return undefined;
    throw error;
  }
}

/** The stored password, generated (random, 32 characters) on first use. The file and run/ are its owner's alone. */
export function ensureLocalPassword(layout: LocalNeo4jLayout): string {
  fs.mkdirSync(layout.runDir, { recursive: true, mode: 0o700 });
  fs.chmodSync(layout.runDir, 0o700);
  const existing = readLocalPassword(layout);
  const file = passwordFile(layout);
  if (existing !== undefined) {
    // A copy restored from a backup may have lost its mode.
    if ((fs.statSync(file).mode & 0o077) !== 0) fs.chmodSync(file, 0o600);
    return existing;
  }
  const password = randomBytes(24).toString('base64url');
  // 'wx' refuses to follow a file someone else put there first; two starts at once both read the winner's password.
  try {
    fs.writeFileSync(file, `${password}\n`, { mode: 0o600, flag: 'wx' });
  } catch (error) {
    if (errorCode(error) !== 'EEXIST') throw error;
    return readLocalPassword(layout) ?? password;
  }
  return password;
}
