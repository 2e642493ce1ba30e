import { defineErrors } from '../errors/errors.js';

export const AuthError = defineErrors({
  INVALID_CREDENTIALS: {
    status: 401,
    title: { vi: 'Sai tên đăng nhập hoặc mật khẩu', en: 'Wrong username or password' },
    detail: {
      vi: 'Tên đăng nhập hoặc mật khẩu không đúng. Tài khoản sẽ bị khóa tạm thời sau nhiều lần nhập sai.',
      en: 'The username or password is wrong. The account is locked for a while after repeated failures.',
    },
  },
  ACCOUNT_LOCKED: {
    status: 423,
    title: { vi: 'Tài khoản đang bị khóa tạm thời', en: 'Account temporarily locked' },
    detail: {
      vi: 'Tài khoản bị khóa do nhập sai mật khẩu nhiều lần. Thử lại sau {minutes} phút.',
      en: 'Too many failed sign-ins. Try again in {minutes} minute(s).',
    },
  },
  ACCOUNT_DISABLED: {
    status: 403,
    title: { vi: 'Tài khoản đã bị vô hiệu hóa', en: 'Account disabled' },
  },
  PASSWORD_CHANGE_REQUIRED: {
    status: 403,
    title: { vi: 'Cần đổi mật khẩu', en: 'Password change required' },
    detail: {
      vi: 'Tài khoản đang dùng mật khẩu tạm thời. Hãy đổi mật khẩu trước khi tiếp tục.',
      en: 'This account has a temporary password. Change it before going on.',
    },
  },
  PASSWORD_TOO_WEAK: {
    status: 400,
    title: { vi: 'Mật khẩu chưa đủ mạnh', en: 'Password too weak' },
    detail: {
      vi: 'Mật khẩu cần ít nhất 10 ký tự, gồm chữ và số, và khác tên đăng nhập.',
      en: 'A password needs at least 10 characters, letters and digits, and must differ from the username.',
    },
  },
  PASSWORD_UNCHANGED: {
    status: 400,
    title: { vi: 'Mật khẩu mới trùng mật khẩu cũ', en: 'Password unchanged' },
  },
  WRONG_CURRENT_PASSWORD: {
    status: 400,
    title: { vi: 'Mật khẩu hiện tại không đúng', en: 'Current password is wrong' },
  },
  USERNAME_TAKEN: {
    status: 409,
    title: { vi: 'Tên đăng nhập đã tồn tại', en: 'Username already taken' },
    detail: { vi: 'Tên đăng nhập "{username}" đã được dùng.', en: 'The username "{username}" is in use.' },
  },
  OIDC_NOT_CONFIGURED: {
    status: 404,
    title: { vi: 'Chưa cấu hình đăng nhập một lần (SSO)', en: 'Single sign-on is not configured' },
  },
  OIDC_FAILED: {
    status: 401,
    title: { vi: 'Đăng nhập một lần (SSO) không thành công', en: 'Single sign-on failed' },
    detail: { vi: '{reason}', en: '{reason}' },
  },
});
