import "server-only";
import { headers } from "next/headers";
import { sessionInSetup } from "@/lib/staff/access/gate";
import { logEvent } from "@/lib/staff/access/log";
import { staffAuth } from "@/lib/staff/auth/auth";

/** Ends this session, or every session of the account, and logs which; a stale cookie just goes. */
export async function signOut(everywhere: boolean): Promise<void> {
  const requestHeaders = await headers();
  const found = await sessionInSetup(false);
  const auth = await staffAuth();
  if (found.status !== "none") {
    const { staff, client } = found.actor;
    if (everywhere) await (await auth.$context).internalAdapter.deleteUserSessions(staff.id);
    await logEvent({ actor: staff, action: everywhere ? "sign-out-everywhere" : "sign-out", client });
  }
  await auth.api.signOut({ headers: requestHeaders });
}
