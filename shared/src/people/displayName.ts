import { z } from 'zod';
import { Limits } from '../limits.ts';

/*
 * The one rule for the name people show each other, used wherever a name is set (the
 * server checks it, forms check it before sending). A name is how the group knows who
 * wrote what, so it must be seen as it is: one line of visible text, which cannot hide,
 * reorder or disguise itself or the text around it where it is shown.
 */

/**
 * Half of a surrogate pair with no other half (not text at all, and never silently
 * replaced), or the replacement character that bytes which were not text became.
 */
const UNREADABLE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]|\uFFFD/;
/** NUL, tabs, line breaks and the other control characters, and the line and paragraph separators. */
const CONTROL_OR_LINE_BREAK = /[\p{Cc}\u2028\u2029]/u;
/**
 * Characters that reorder the text after them (embeddings, overrides, isolates) or mark
 * its direction: in a name they could make what follows it on screen read differently.
 */
const DIRECTION_CONTROL = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/;
/** Spaces and characters that show nothing, at the ends of a name, where they only hide. */
const INVISIBLE_AT_ENDS = /^[\s\p{Default_Ignorable_Code_Point}]+|[\s\p{Default_Ignorable_Code_Point}]+$/gu;
/**
 * A character that shows something: not a space, a control or format character, a
 * combining mark on its own, an unassigned code point, or a blank that draws nothing
 * (Hangul fillers are default-ignorable; the blank Braille pattern is not).
 */
const VISIBLE = /[^\s\p{Z}\p{C}\p{M}\p{Default_Ignorable_Code_Point}\u2800]/u;

export const displayNameMessages = {
  missing: 'Enter the name you would like others to see.',
  unreadable: 'Your name has a character that could not be read. Type it again, or choose another name.',
  controlCharacters: 'Your name must be on one line, without tabs or other hidden control characters.',
  directionControls: 'Your name cannot contain characters that change the direction of text. Type it without them.',
  invisible: 'Your name needs at least one letter, number or other character that people can see.',
  tooLong: `Names can be at most ${Limits.displayNameMax} characters.`,
} as const;

/** The name as it is kept: without spaces or invisible characters at either end. */
export function trimDisplayName(name: string): string {
  return name.replace(INVISIBLE_AT_ENDS, '');
}

/** What is wrong with a name, in words for the person choosing it, or null if it may be used. */
export function displayNameProblem(name: string): string | null {
  if (UNREADABLE.test(name)) return displayNameMessages.unreadable;
  if (CONTROL_OR_LINE_BREAK.test(name)) return displayNameMessages.controlCharacters;
  if (DIRECTION_CONTROL.test(name)) return displayNameMessages.directionControls;
  const trimmed = trimDisplayName(name);
  if (trimmed.length === 0 && name.trim().length === 0) return displayNameMessages.missing;
  if (!VISIBLE.test(trimmed)) return displayNameMessages.invisible;
  if (trimmed.length > Limits.displayNameMax) return displayNameMessages.tooLong;
  return null;
}

/** A display name in a request body: checked as it was sent, then kept trimmed. */
export const displayNameSchema = z
  .string(displayNameMessages.missing)
  .superRefine((name, context) => {
    const problem = displayNameProblem(name);
    if (problem) context.addIssue({ code: 'custom', message: problem });
  })
  .transform(trimDisplayName);
