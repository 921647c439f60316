import { AccountLimits, type AccountNoticeKind } from '@roundtable/shared';

const RESET_MINUTES = Math.round(AccountLimits.passwordResetLifetimeMs / 60_000);

/** The email with a link to choose a new password, asked for on the sign-in page. */
export function passwordResetEmail(link: string): { subject: string; text: string } {
  return {
    subject: 'Reset your Roundtable password',
    text: [
      'Someone asked to reset the password of the Roundtable account that uses this email address.',
      '',
      `If it was you, choose a new password here within ${RESET_MINUTES} minutes:`,
      '',
      link,
      '',
      'The link works once. Using it signs you out on every device.',
      '',
      'If it was not you, ignore this email: your password has not changed.',
      '',
    ].join('\n'),
  };
}

/** What a notice about an account says, in the inbox and by email. */
export function accountNoticeText(kind: AccountNoticeKind, byName: string | null): string {
  switch (kind) {
    case 'password-changed':
      return 'Your password was changed, and you were signed out on your other devices.';
    case 'password-reset-by-administrator':
      return `Your password was reset with a link made by ${byName ?? 'an administrator'}, and you were signed out on every device.`;
    case 'password-reset-by-email':
      return 'Your password was reset with a link sent to your email address, and you were signed out on every device.';
  }
}

export function accountNoticeEmail(kind: AccountNoticeKind, byName: string | null): { subject: string; text: string } {
  return {
    subject: 'Your Roundtable password was changed',
    text: [
      accountNoticeText(kind, byName),
      '',
      'If this was not you, contact an administrator of your Roundtable straight away.',
      '',
    ].join('\n'),
  };
}
