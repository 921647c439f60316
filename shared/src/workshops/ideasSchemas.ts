import { z } from 'zod';
import { isSectionId } from '../sections/newSectionId.ts';
import { IdeasLimits } from './ideasLimits.ts';

/**
 * Request bodies of ideas rounds: a lead or facilitator asks a question about one
 * section of the document, and everyone answers with short idea cards of their own.
 */

const prompt = z
  .string('Write the question people will answer with their ideas.')
  .trim()
  .min(1, 'Write the question people will answer with their ideas.')
  .max(IdeasLimits.promptMax, `The question can be at most ${IdeasLimits.promptMax} characters.`);

const sectionId = z
  .string('Choose the section of the document the ideas are for.')
  .refine(isSectionId, 'Choose the section of the document the ideas are for.');

const anonymous = z.boolean('Say whether cards show who wrote them (true for anonymous, false for named).');
const privateUntilRevealed = z.boolean(
  'Say whether cards stay hidden until they are revealed (true) or are seen as they are written (false).',
);

export const createIdeasRoundBody = z.object({
  sectionId,
  prompt,
  anonymous,
  privateUntilRevealed,
});
export type CreateIdeasRoundBody = z.input<typeof createIdeasRoundBody>;
export type NewIdeasRound = z.output<typeof createIdeasRoundBody>;

export const updateIdeasRoundBody = z
  .object({
    sectionId: sectionId.optional(),
    prompt: prompt.optional(),
    anonymous: anonymous.optional(),
    privateUntilRevealed: privateUntilRevealed.optional(),
  })
  .refine((body) => Object.values(body).some((value) => value !== undefined), 'Nothing to change.');
export type UpdateIdeasRoundBody = z.input<typeof updateIdeasRoundBody>;
export type IdeasRoundChanges = z.output<typeof updateIdeasRoundBody>;

/** Anything that would break a card into lines or hide in it: a card is one line of plain text. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what is refused
const hiddenCharacters = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/;

export const ideaCardBody = z.object({
  text: z
    .string('Write your idea as text.')
    .trim()
    .min(1, 'Write your idea before adding the card.')
    .max(IdeasLimits.cardTextMax, `An idea card can hold at most ${IdeasLimits.cardTextMax} characters.`)
    .refine(
      (text) => !hiddenCharacters.test(text),
      'Write your idea on one line, without tabs, line breaks or hidden characters.',
    ),
});
export type IdeaCardBody = z.input<typeof ideaCardBody>;

/**
 * A new card, with the settings the writer saw when they wrote it. When given, a round
 * whose settings differ by the time the card arrives refuses it, so nobody is named, or
 * seen early, on settings they did not see.
 */
export const newIdeaCardBody = ideaCardBody.extend({
  anonymous: anonymous.optional(),
  privateUntilRevealed: privateUntilRevealed.optional(),
});
export type NewIdeaCardBody = z.input<typeof newIdeaCardBody>;
export type NewIdeaCard = z.output<typeof newIdeaCardBody>;

/** Dot voting's rules, set as it opens; left out, each has its usual value. */
export const openVotingBody = z.object({
  /** Left out: a third of the cards, rounded up, and at least one. */
  votesPerPerson: z
    .number('Enter how many votes each person has, as a number.')
    .int('Enter a whole number of votes.')
    .min(1, 'Each person needs at least 1 vote.')
    .max(IdeasLimits.votesPerPersonMax, `Each person can have at most ${IdeasLimits.votesPerPersonMax} votes.`)
    .optional(),
  manyPerCard: z.boolean('Say whether one person may put more than one vote on a card (true or false).').default(false),
  ownCards: z.boolean('Say whether people may vote for their own cards (true or false).').default(true),
});
export type OpenVotingBody = z.input<typeof openVotingBody>;
export type VotingRules = z.output<typeof openVotingBody>;

/** All of a person's votes at once, one card id per vote; sending them again moves them. */
export const castVotesBody = z.object({
  cardIds: z
    .array(z.string('Say which cards you vote for.').min(1).max(100), 'Say which cards you vote for, as a list.')
    .max(IdeasLimits.votesPerPersonMax, `You can have at most ${IdeasLimits.votesPerPersonMax} votes.`),
});
export type CastVotesBody = z.infer<typeof castVotesBody>;

/**
 * The live message everyone with the workshop's document open hears when a round
 * changes. It carries no cards and no people: each person asks again for the view
 * that is theirs to see.
 */
export const ideasChangedEvent = z.object({
  event: z.literal('workshop-ideas-changed'),
  workshopId: z.string(),
  roundId: z.string(),
});
export type IdeasChangedEvent = z.infer<typeof ideasChangedEvent>;
