import { z } from 'zod';
import { signInBody, signUpBody } from '../api/apiSchemas.ts';
import { Limits } from '../limits.ts';
import { AccountLimits } from './accountLimits.ts';

/** Request bodies of the account, password reset and administration APIs. */

/** The same rule as when creating an account. */
const newPassword = signUpBody.shape.password;
const resetToken = z.string('This link is not complete.').min(1, 'This link is not complete.').max(200);

export const changePasswordBody = z
  .object({
    currentPassword: z.string().min(1, 'Enter your current password.').max(Limits.passwordMax),
    newPassword,
  })
  .refine((body) => body.currentPassword !== body.newPassword, {
    path: ['newPassword'],
    message: 'Choose a new password that is different from your current one.',
  });
export type ChangePasswordBody = z.infer<typeof changePasswordBody>;

/** Whoever holds a reset link asks whether it still works, before choosing a password. */
export const passwordResetTokenBody = z.object({ token: resetToken });
export type PasswordResetTokenBody = z.infer<typeof passwordResetTokenBody>;

export const resetPasswordBody = z.object({ token: resetToken, newPassword });
export type ResetPasswordBody = z.infer<typeof resetPasswordBody>;

export const forgotPasswordBody = z.object({ email: signInBody.shape.email });
export type ForgotPasswordBody = z.infer<typeof forgotPasswordBody>;

export const setAdministratorBody = z.object({ administrator: z.boolean('Say whether they are an administrator.') });
export type SetAdministratorBody = z.infer<typeof setAdministratorBody>;

export const accountSearchSchema = z
  .string()
  .trim()
  .max(AccountLimits.accountSearchMax, `Search for at most ${AccountLimits.accountSearchMax} characters.`)
  .default('');

export const markAccountNoticesReadBody = z
  .object({
    ids: z.array(z.string().max(100)).max(AccountLimits.accountNoticesShown).optional(),
    all: z.literal(true).optional(),
  })
  .refine((body) => body.all === true || (body.ids?.length ?? 0) > 0, 'Say which notices to mark as read.');
export type MarkAccountNoticesReadBody = z.infer<typeof markAccountNoticesReadBody>;
