import { z } from 'zod';

/** What a deleted account is called wherever its words or comments are credited. */
export const ERASED_ACCOUNT_NAME = 'A former member';

/** What a person without a password types to confirm deleting their account. */
export const ERASE_CONFIRMATION_PHRASE = 'delete my account';

/**
 * POST /api/account/delete. People with a password confirm with it; people who sign in
 * through their organisation type the confirmation phrase.
 */
export const eraseAccountBody = z.object({
  password: z.string().max(1000).optional(),
  confirmation: z.string().max(100).optional(),
});
export type EraseAccountBody = z.infer<typeof eraseAccountBody>;
