import "server-only";
export { signOut } from "./auth";
export { currentMember, homeFor, requireClientViewer, requireOrganisationAccess, requireRole, requireUser } from "./guards";
export { signInWithPassword } from "./sign-in";
export type { Role, SessionMember } from "./guards";
