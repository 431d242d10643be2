import { describe, expect, it } from 'vitest';
import { parseRequestTarget } from '../../../electron/web/request-target.ts';

describe('parseRequestTarget', () => {
  it('reads the path and query of a plain path', () => {
    const url = parseRequestTarget('/events?token=abc');
    expect(url?.pathname).toBe('/events');
    expect(url?.searchParams.get('token')).toBe('abc');
  });

  it('keeps a path that starts with two slashes a path, never a host name', () => {
    expect(parseRequestTarget('//a%20b/')?.pathname).toBe('//a%20b/');
    expect(parseRequestTarget('//[')?.pathname).toBe('//[');
    expect(parseRequestTarget('//rpc')?.pathname).toBe('//rpc');
  });

  it('refuses what is not a path instead of throwing', () => {
    for (const target of ['http://[::1', 'http://:80/', 'http://127.0.0.1/rpc', '*', 'a:b', '127.0.0.1:80', '', undefined]) {
      expect(parseRequestTarget(target)).toBeNull();
    }
  });
});
