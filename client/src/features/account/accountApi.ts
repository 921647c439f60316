import type {
  AccountNoticesResponse,
  AccountResponse,
  AdminAccountResponse,
  AdminAccountsResponse,
  ChangePasswordBody,
  ForgotPasswordBody,
  ForgotPasswordResponse,
  MarkAccountNoticesReadBody,
  PasswordResetCheckResponse,
  PasswordResetLinkResponse,
  ResetPasswordBody,
} from '@roundtable/shared';
import { apiRequest } from '../../api/apiRequest.ts';

const accountPath = (userId: string) => `/api/admin/accounts/${encodeURIComponent(userId)}`;

/** The account, password reset and administration endpoints of the JSON API. */
export const accountApi = {
  account: () => apiRequest<AccountResponse>('GET', '/api/account'),
  changePassword: (body: ChangePasswordBody) => apiRequest<undefined>('POST', '/api/account/password', body),
  signOutDevice: (deviceId: string) =>
    apiRequest<undefined>('DELETE', `/api/account/devices/${encodeURIComponent(deviceId)}`),
  signOutEverywhere: () => apiRequest<undefined>('POST', '/api/account/sign-out-everywhere'),
  notices: () => apiRequest<AccountNoticesResponse>('GET', '/api/account/notices'),
  markNoticesRead: (body: MarkAccountNoticesReadBody) =>
    apiRequest<AccountNoticesResponse>('POST', '/api/account/notices/read', body),

  forgotPassword: (body: ForgotPasswordBody) =>
    apiRequest<ForgotPasswordResponse>('POST', '/api/auth/forgot-password', body),
  checkResetLink: (token: string) =>
    apiRequest<PasswordResetCheckResponse>('POST', '/api/password-reset/check', { token }),
  resetPassword: (body: ResetPasswordBody) => apiRequest<undefined>('POST', '/api/password-reset', body),

  adminAccounts: (search: string) =>
    apiRequest<AdminAccountsResponse>('GET', `/api/admin/accounts?search=${encodeURIComponent(search)}`),
  setAdministrator: (userId: string, administrator: boolean) =>
    apiRequest<AdminAccountResponse>('PATCH', accountPath(userId), { administrator }),
  createResetLink: (userId: string) =>
    apiRequest<PasswordResetLinkResponse>('POST', `${accountPath(userId)}/password-reset-link`),
};

/** Cache keys of what this feature fetches. */
export const accountKeys = {
  account: ['account'] as const,
  notices: ['account-notices'] as const,
  adminAccounts: (search: string) => ['admin-accounts', search] as const,
};
