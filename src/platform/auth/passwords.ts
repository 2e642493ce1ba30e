import { hash, verify } from '@node-rs/argon2';
import { DomainError } from '../errors/errors.js';
import { AuthError } from './auth.errors.js';

// Argon2id (the library's default algorithm) with OWASP's recommended memory and passes.
const options = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, options);
}

export async function verifyPassword(passwordHash: string | null, password: string): Promise<boolean> {
  if (!passwordHash) {
    // Same cost as a real check, so timing does not tell which usernames exist.
    await hash(password, options);
    return false;
  }
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/** At least 10 characters, letters and digits, not the username. */
export function assertPasswordStrength(password: string, username: string, field = 'password'): void {
  const isStrong =
    password.length >= 10 &&
    password.length <= 256 &&
    /\p{L}/u.test(password) &&
    /\d/.test(password) &&
    password.toLowerCase() !== username.toLowerCase();
  if (!isStrong) {
    throw new DomainError(AuthError.PASSWORD_TOO_WEAK, {}, [
      {
        field,
        code: 'password_too_weak',
        message: {
          vi: 'Ít nhất 10 ký tự, gồm chữ và số, khác tên đăng nhập.',
          en: 'At least 10 characters, letters and digits, not the username.',
        },
      },
    ]);
  }
}
