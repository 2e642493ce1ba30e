import { z } from 'zod';

export const SignInRequest = z.object({
  username: z.string().trim().min(1).max(100),
  password: z.string().min(1).max(256),
});

export const SessionResponse = z.object({
  accountId: z.uuid(),
  username: z.string(),
  csrfToken: z.string(),
  mustChangePassword: z.boolean(),
});
export type SessionResponse = z.infer<typeof SessionResponse>;

export const ChangePasswordRequest = z.object({
  currentPassword: z.string().min(1).max(256),
  newPassword: z.string().min(1).max(256),
});
