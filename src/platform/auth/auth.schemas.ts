/** The sign-in requests and responses live in the shared contract. */
export { ChangePasswordRequest, SessionResponse, SessionState, SignInRequest } from '../../contracts/auth.js';
