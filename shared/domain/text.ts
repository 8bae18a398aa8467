import { z } from 'zod';

// With the u flag a surrogate pair reads as one code point, so only an unpaired half matches.
const LONE_SURROGATE = /\p{Surrogate}/u;

/**
 * True when the text is well-formed Unicode. A lone surrogate (half of a UTF-16 pair) has no
 * UTF-8 form: SQLite and every UTF-8 file would store U+FFFD in its place, so the text would
 * change silently on its way through the database or a saved file.
 */
export const isWellFormedText = (text: string): boolean => !LONE_SURROGATE.test(text);

export const MALFORMED_TEXT_MESSAGE = 'Invalid text: it holds half of a character (a lone surrogate), which cannot be saved';

/** A string schema for text Tandem stores: refuses what would not come back unchanged. */
export const text = () => z.string().refine(isWellFormedText, MALFORMED_TEXT_MESSAGE);
