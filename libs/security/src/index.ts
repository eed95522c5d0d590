export {
  BCRYPT_COST,
  hashPassword,
  verifyPassword,
  verifyPasswordDetailed,
  type PasswordVerification,
} from './password';
export {
  USER_HEADER,
  encodeUserHeader,
  parseUserHeader,
  type CurrentUserClaims,
} from './current-user';
export { CurrentUser, OptionalUser, userFromRequest } from './current-user.decorator';
export * from './jwt-claims';
export * from './jwt-verify';
export * from './jwt-token-request';
