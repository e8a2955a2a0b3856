// Reading what a thrown value says, whatever was thrown (src/util/errors.ts).
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { errorCode, errorMessage, errorStack } from '../../src/util/errors.js';

function thrownBy(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error('nothing was thrown');
}

describe('thrown values', () => {
  it("reads a Node system error's message and code", () => {
    const error = thrownBy(() => fs.readFileSync('/no/such/file/anywhere'));
    expect(errorCode(error)).toBe('ENOENT');
    expect(errorMessage(error)).toMatch(/^ENOENT: no such file or directory/);
    expect(errorStack(error)).toMatch(/^Error: ENOENT/);
  });

  it('gives the text of a value that is not an Error, and no code', () => {
    expect(errorMessage('plain text')).toBe('plain text');
    expect(errorMessage(42)).toBe('42');
    expect(errorMessage(undefined)).toBe('undefined');
    expect(errorCode('ENOENT')).toBeUndefined();
    expect(errorStack(null)).toBe('null');
  });

  it('reads a message and a code from an object that carries them, and only string codes', () => {
    expect(errorMessage({ message: 'refused', code: 'Neo.ClientError.Security.Unauthorized' })).toBe('refused');
    expect(errorCode({ message: 'refused', code: 'Neo.ClientError.Security.Unauthorized' })).toBe('Neo.ClientError.Security.Unauthorized');
    expect(errorCode({ code: 7 })).toBeUndefined();
  });
});
