"use server";
import { headers } from "next/headers";
import { z } from "zod";
import { recordAccess } from "@/lib/staff/data/access-log";
import { addStaff, removeStaff, resetStaff, StaffExists } from "@/lib/staff/auth/accounts";
import { clientKey } from "@/lib/leads/guard";
import { requireStaff } from "@/lib/staff/access/session";
import { STAFF_ROLES } from "@/lib/staff/access/roles";

export type TeamState = { message?: string; link?: string; error?: string };

const addSchema = z.object({ email: z.email().max(254), name: z.string().trim().max(80), role: z.enum(STAFF_ROLES) });

/** Admins manage accounts in the browser as the command does; a set-up link is shown once. */
export async function teamAction(_prev: TeamState, formData: FormData): Promise<TeamState> {
  const staff = await requireStaff({ permission: "manage-staff", next: "/staff/team" });
  const client = clientKey(await headers());
  const intent = formData.get("intent");
  const email = String(formData.get("email") ?? "")
    .trim()
    .toLowerCase();
  if (intent === "add") {
    const parsed = addSchema.safeParse({ email, name: formData.get("name") ?? "", role: formData.get("role") });
    if (!parsed.success) return { error: "Enter an email address and choose a role." };
    try {
      const link = await addStaff(parsed.data);
      await recordAccess({ actor: staff, action: "staff-added", target: email, detail: parsed.data.role, client });
      return { message: `Added ${email}. Send them this set-up link; it works once, for 24 hours.`, link: link.url };
    } catch (error) {
      if (error instanceof StaffExists)
        return { error: `${email} already has an account. Use "New set-up link" instead.` };
      throw error;
    }
  }
  if (email === staff.email) return { error: "Ask another admin to reset or remove your own account." };
  if (intent === "reset") {
    const link = await resetStaff(email);
    if (!link) return { error: `No account for ${email}.` };
    await recordAccess({ actor: staff, action: "staff-reset", target: email, client });
    return {
      message: `${email} is signed out everywhere and must set up again with this link (24 hours).`,
      link: link.url,
    };
  }
  if (intent === "remove") {
    const removed = await removeStaff(email);
    if (!removed) return { error: `No account for ${email}.` };
    await recordAccess({ actor: staff, action: "staff-removed", target: email, detail: removed.role, client });
    return { message: `Removed ${email}.` };
  }
  return {};
}
