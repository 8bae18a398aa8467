import { describe, expect, it } from 'vitest';
import { describeJsonSyntaxError } from './jsonSyntax';

/** What the user reads about `text`: the parser's own complaint, described. */
function complaint(text: string): string {
  try {
    JSON.parse(text);
  } catch (error) {
    return describeJsonSyntaxError(error, text);
  }
  throw new Error('the text is valid JSON');
}

describe('describeJsonSyntaxError', () => {
  it.each([
    ['a missing colon', '{"a" 1}', "Expected ':' after property name (line 1, column 6)"],
    ['a missing colon on a later line', '{\n  "format": "tandem",\n  "kind" "playbook"}', 'Unexpected string (line 3, column 10)'],
    ['a trailing comma', '{"format":"tandem",}', 'Expected double-quoted property name (line 1, column 20)'],
    // The engine says "after JSON at position 8" here; the position is given once, as line and column.
    ['text after the object', '{"a":1} x', 'Unexpected non-whitespace character after JSON (line 1, column 9)'],
    // A raw line break inside a string: the position is the line break itself, still on line 1.
    ['a line break inside a string', '{"a":"\n"}', 'Bad control character in string literal (line 1, column 7)'],
  ])('says what is wrong and where for %s', (_name, text, expected) => {
    expect(complaint(text)).toBe(expected);
  });

  it.each([
    ['a bare word', '{"x": NaN}', "Unexpected token 'N'"],
    ['a missing value', '{\n  "kind": }', "Unexpected token '}'"],
    ['a long bare word', `{"a": ${'x'.repeat(200)}}`, "Unexpected token 'x'"],
    // A character the reader cannot see is named, not quoted invisibly.
    ['a second byte order mark', '\uFEFF{}', "Unexpected token 'U+FEFF'"],
    ['a zero-width space', '{"a":\u200b1}', "Unexpected token 'U+200B'"],
    ['a no-break space', '{"a":\u00a01}', "Unexpected token 'U+00A0'"],
  ])('drops the quote of the file from %s', (_name, text, expected) => {
    expect(complaint(text)).toBe(expected);
  });

  it.each([
    ['after a comma', '{"format": "tandem", "steps": [1, 2,'],
    ['inside a text', '{"format": "tand'],
    ['after a value', '{"format": "tandem"'],
    ['after a value and blank lines', '{"format": "tandem",\n \r\n\t'],
    ['inside a list', '{"steps": [1, 2'],
    // Inside a text the parser stops at the first line break, before the blank lines that follow it.
    ['inside a text followed by blank lines', '{"format": "tand \n \n'],
  ])('says a file that stops %s may be cut off', (_name, text) => {
    expect(complaint(text)).toBe('it ends too early (is the file cut off?)');
  });

  it('places an error on the last character before the end', () => {
    expect(complaint('{"a": 1 x')).toBe("Expected ',' or '}' after property value (line 1, column 9)");
  });

  it.each([
    ['an older engine', 'Unexpected token } in JSON at position 4', 'Unexpected token } (line 2, column 3)'],
    ['a newer engine', "Expected ',' or '}' after property value in JSON at position 4 (line 2 column 3)", "Expected ',' or '}' after property value (line 2, column 3)"],
    ['Firefox', 'JSON.parse: unexpected character at line 2 column 3 of the JSON data', 'unexpected character at line 2 column 3 of the JSON data'],
    ['a message with only the position', 'in JSON at position 4', 'unexpected text (line 2, column 3)'],
    ['no message at all', '', 'unexpected text'],
  ])('reads the wording of %s', (_name, message, expected) => {
    expect(describeJsonSyntaxError(new SyntaxError(message), '{\n"abcdefghi": 1}')).toBe(expected);
  });

  it('counts lines and columns from the start of the text', () => {
    const text = 'line one\nline two\nline three';
    const at = (position: number) => describeJsonSyntaxError(new SyntaxError(`Bad in JSON at position ${position}`), text);
    expect(at(0)).toBe('Bad (line 1, column 1)');
    expect(at(8)).toBe('Bad (line 1, column 9)');
    expect(at(9)).toBe('Bad (line 2, column 1)');
    expect(at(18)).toBe('Bad (line 3, column 1)');
    expect(at(27)).toBe('Bad (line 3, column 10)');
    expect(at(28)).toBe('it ends too early (is the file cut off?)');
    expect(at(1_000)).toBe('it ends too early (is the file cut off?)');
  });
});
