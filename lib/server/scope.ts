import "server-only";

/** Who is acting, and in which workspace: every query below is scoped by it. */
export type WorkspaceScope = { workspaceId: string; userId: string };

type FieldErrors = Record<string, string>;
export type MutationResult<T> = { ok: true; value: T } | { ok: false; fieldErrors: FieldErrors };

export function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2002";
}
