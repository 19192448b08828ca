import "server-only";
import { z } from "zod";
import { requireClientViewer, requireRole, requireUser, type Role } from "@/lib/auth";
import type { WorkspaceScope } from "@/lib/server/scope";
import type { SessionMember } from "@/lib/server/accounts";
import { fieldErrorsOf, idOf, nextSubmission, submittedFile, submittedValues } from "./form-data";
import type { FormState } from "./form-state";

// The one way to write a server action. Server actions are public endpoints: every one is
// authorized first, then reads its arguments as untrusted (anything at all may arrive), parses
// them with its zod schema, and only then reaches its handler, which calls lib/server.
//
//   action.form   a form with useActionState: (…ids, previous state, FormData) → FormState
//   action.submit a plain form post:           (FormData) → nothing (the page revalidates)
//   action.call   a call from client code:     (input) → the handler's result

/**
 * Who may call it. "public": anyone, for actions that are how one gets in (sign-in, a link's
 * token: its handler checks the token through lib/server). "member": anyone signed in, for
 * their own account. Otherwise the roles, checked by lib/auth; ["CLIENT"] is a client viewer
 * with their one organisation.
 */
type Access = "public" | "member" | readonly ["CLIENT"] | readonly Exclude<Role, "CLIENT">[];

/** The roles that work in a workspace: owners and consultants. */
export const CONSULTANTS = ["OWNER", "CONSULTANT"] as const;

/** Anything: for actions that take no input. */
export const NO_INPUT = z.unknown();

type Member = SessionMember & WorkspaceScope;
type Caller<A extends Access> = A extends "public" ? null : A extends readonly ["CLIENT"] ? Member & { organisationId: string } : Member;

async function authorize<A extends Access>(access: A): Promise<Caller<A>> {
  if (access === "public") return null as Caller<A>;
  if (access === "member") return (await requireUser()) as Caller<A>;
  if (access[0] === "CLIENT") return (await requireClientViewer()) as Caller<A>;
  return (await requireRole(...(access as Role[]))) as Caller<A>;
}

/** What a form's handler answers. The wrapper adds the submission number and what was typed. */
type FormReply =
  | { fieldErrors: Record<string, string> }
  | { formError: string }
  /** `values`: what the form shows after success; what was typed when left out. */
  | { success: string; values?: Record<string, string> };

type Ids<Names extends readonly string[]> = { [Name in Names[number]]: string };
type IdArgs<Names extends readonly string[]> = { [Index in keyof Names]: string };

function form<A extends Access, S extends z.ZodType, const IdNames extends readonly string[] = []>(config: {
  access: A;
  /** Record ids bound to the action before the form's state (`action.bind(null, id)`). */
  ids?: IdNames;
  /** The fields read from the form and sent back with the state, so nothing typed is lost. */
  fields: readonly string[];
  /** Fields read but never sent back (passwords). */
  secretFields?: readonly string[];
  /** File fields, handed to the handler as they came (null when none was chosen) for it to check. */
  files?: readonly string[];
  /** A schema, or a function making one per call when it depends on the day. */
  schema: S | (() => S);
  handler: (
    input: z.output<S>,
    context: { caller: Caller<A>; ids: Ids<IdNames>; values: Record<string, string>; files: Record<string, File | null> },
  ) => Promise<FormReply>;
}): (...args: [...IdArgs<IdNames>, FormState, FormData]) => Promise<FormState> {
  const idNames = config.ids ?? [];
  return async (...args: unknown[]) => {
    const caller = await authorize(config.access);
    const ids = Object.fromEntries(idNames.map((name, index) => [name, idOf(args[index])])) as Ids<IdNames>;
    const previous = args[idNames.length];
    const formData = args[idNames.length + 1];
    const submission = nextSubmission(previous);
    const values = submittedValues(formData, config.fields);
    const schema = typeof config.schema === "function" ? config.schema() : config.schema;
    const parsed = schema.safeParse({ ...values, ...submittedValues(formData, config.secretFields ?? []) });
    if (!parsed.success) return { submission, values, fieldErrors: fieldErrorsOf(parsed.error) };
    const files = Object.fromEntries((config.files ?? []).map((field) => [field, submittedFile(formData, field)]));
    const reply = await config.handler(parsed.data, { caller, ids, values, files });
    if ("success" in reply) return { submission, values: reply.values ?? values, fieldErrors: {}, success: reply.success };
    if ("formError" in reply) return { submission, values, fieldErrors: {}, formError: reply.formError };
    return { submission, values, fieldErrors: reply.fieldErrors };
  };
}

function submit<A extends Access, S extends z.ZodType>(config: {
  access: A;
  fields: readonly string[];
  schema: S | (() => S);
  handler: (input: z.output<S>, context: { caller: Caller<A> }) => Promise<void>;
}): (formData: FormData) => Promise<void> {
  return async (formData: unknown) => {
    const caller = await authorize(config.access);
    const schema = typeof config.schema === "function" ? config.schema() : config.schema;
    const parsed = schema.safeParse(submittedValues(formData, config.fields));
    // A plain post has no form state to answer with: what the page offers always parses, so
    // anything else is not a user's mistake and changes nothing.
    if (!parsed.success) return;
    await config.handler(parsed.data, { caller });
  };
}

type InvalidInput = { ok: false; reason: "invalid_input"; fieldErrors: Record<string, string> };

function call<A extends Access, S extends z.ZodType, Result>(config: {
  access: A;
  schema: S;
  handler: (input: z.output<S>, context: { caller: Caller<A> }) => Promise<Result>;
}): (input?: unknown) => Promise<Result | InvalidInput> {
  return async (input?: unknown) => {
    const caller = await authorize(config.access);
    const parsed = config.schema.safeParse(input);
    if (!parsed.success) return { ok: false, reason: "invalid_input", fieldErrors: fieldErrorsOf(parsed.error) };
    return config.handler(parsed.data, { caller });
  };
}

export const action = { form, submit, call };
