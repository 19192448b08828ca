import { redirect } from "next/navigation";
import { homeFor, requireUser } from "@/lib/auth";

// Where sign-in lands: consultants go to their organisations, client viewers to the portal.
export default async function WorkspaceHome() {
  const member = await requireUser();
  redirect(homeFor(member));
}
