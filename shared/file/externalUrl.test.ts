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
  ])('refuses %j', (url) => expect(isSafeExternalUrl(url)).toBe(false));
});
