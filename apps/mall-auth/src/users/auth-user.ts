import type { PasswordVerification } from '@mall/security';

/** What the token endpoint needs to know about a user, whichever store it comes from. */
export interface AuthUser {
  /** ums_admin.id or ums_member.id: the token's `id` claim. */
  id: number;
  username: string;
  /** Stored hash: bcrypt, or for members possibly a legacy MD5 hex digest. */
  passwordHash: string | null;
  /** 1 = enabled; anything else is a disabled account. */
  status: number | null;
  /** The token's `authorities` claim; empty means the claim is left out. */
  authorities: string[];
}

/** A user store: admins (through mall-admin) or members (ums_member). */
export interface UserDirectory {
  findByUsername(username: string): Promise<AuthUser | null>;
  /** Checks a password against the user's stored hash (async bcrypt, off the event loop). */
  verifyPassword(user: AuthUser, password: string): Promise<PasswordVerification>;
  /**
   * Replaces a legacy or weak hash after a successful login with that password (stores that do not
   * own their table leave it out).
   */
  upgradePassword?(user: AuthUser, password: string): Promise<void>;
}

export const ENABLED_STATUS = 1;
