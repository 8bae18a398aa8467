import { describe, expect, it } from 'vitest';
import { isSafeExternalUrl } from './externalUrl';

describe('isSafeExternalUrl', () => {
  it.each(['https://example.com', 'http://example.com/path?q=1#x', 'HTTPS://EXAMPLE.COM/a', 'https://münchen.de/', 'https://127.0.0.1:8080/'])(
    'accepts %s',
    (url) => expect(isSafeExternalUrl(url)).toBe(true),
  );

  it.each([
    'javascript:alert(1)',
    'https://evil.example\\@bank.com/login',
    'JavaScript:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    '\u0000javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    'ftp://example.com',
    'mailto:a@example.com',
    '//example.com/x',
    '/relative/path',
    'example.com',
    'https:example.com',
    'https:/example.com',
    ' https://example.com',
    'https://example.com ',
    'https://exa mple.com',
    'https://\u200Bexample.com',
    'https://user:pass@example.com',
    'https://example.com@evil.com',
    'http://',
    '',
    `https://example.com/${'a'.repeat(2_000)}`,
    // Starts like a URL of another form; the http address comes only later, in the query.
    'https:example.com/?next=https://example.org',
    'https://:secret@example.com',
    'https://user@example.com',
  ])('refuses %j', (url) => expect(isSafeExternalUrl(url)).toBe(false));

  it('accepts a URL of up to 2,000 characters', () => {
    const upTo = (length: number) => `https://example.com/${'a'.repeat(length - 'https://example.com/'.length)}`;
    expect(upTo(2_000)).toHaveLength(2_000);
    expect(isSafeExternalUrl(upTo(2_000))).toBe(true);
    expect(isSafeExternalUrl(upTo(2_001))).toBe(false);
  });

  it('refuses a value that is not text, even one that reads as a URL', () => {
    // Values from an unchecked source (an old file, a plugin) may be anything.
    expect(isSafeExternalUrl(new String('https://example.com') as unknown as string)).toBe(false);
    expect(isSafeExternalUrl(null as unknown as string)).toBe(false);
  });
});
