"use server";
import { z } from "zod";
import { addStaffMember, removeStaffMember, resetStaffMember } from "@/lib/staff/access/changes";
import { staffAction } from "@/lib/staff/access/gate";
import { STAFF_ROLES } from "@/lib/staff/access/roles";
import { StaffExists } from "@/lib/staff/auth/accounts";

export type TeamState = { message?: string; link?: string; error?: string };

const addSchema = z.object({ email: z.email().max(254), name: z.string().trim().max(80), role: z.enum(STAFF_ROLES) });

/** Admins manage accounts in the browser as the command does; a set-up link is shown once. */
export const teamAction = staffAction<[TeamState, FormData], TeamState>(
  () => ({ permission: "manage-staff", next: "/staff/team" }),
  async ({ staff, client }, _prev, formData): Promise<TeamState> => {
    const intent = formData.get("intent");
    const email = String(formData.get("email") ?? "")
      .trim()
      .toLowerCase();
    if (intent === "add") {
      const parsed = addSchema.safeParse({ email, name: formData.get("name") ?? "", role: formData.get("role") });
      if (!parsed.success) return { error: "Enter an email address and choose a role." };
      try {
        const link = await addStaffMember(staff, parsed.data, client);
        return { message: `Added ${email}. Send them this set-up link; it works once, for 24 hours.`, link: link.url };
      } catch (error) {
        if (error instanceof StaffExists)
          return { error: `${email} already has an account. Use "New set-up link" instead.` };
        throw error;
      }
    }
    if (email === staff.email) return { error: "Ask another admin to reset or remove your own account." };
    if (intent === "reset") {
      const link = await resetStaffMember(staff, email, client);
      if (!link) return { error: `No account for ${email}.` };
      return {
        message: `${email} is signed out everywhere and must set up again with this link (24 hours).`,
        link: link.url,
      };
    }
    if (intent === "remove") {
      const removed = await removeStaffMember(staff, email, client);
      if (!removed) return { error: `No account for ${email}.` };
      return { message: `Removed ${email}.` };
    }
    return {};
  },
);
