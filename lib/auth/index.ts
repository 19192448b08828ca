import "server-only";
export { auth, handlers, signIn, signOut, TooManySignInAttempts } from "./auth";
export { currentMember, homeFor, requireClientViewer, requireOrganisationAccess, requireRole, requireUser } from "./guards";
export { signInWithPassword } from "./sign-in";
export type { Role, SessionMember } from "./guards";
