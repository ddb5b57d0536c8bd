"use server";
import { setupStep } from "@/lib/staff/auth/setup";
import type { SetupState } from "@/lib/staff/auth/forms";

/**
 * First visit from the set-up link: choose a password, then add the authenticator app and
 * confirm it with a code (lib/staff/auth/setup.ts). Until that code is confirmed the account
 * reaches nothing else.
 */
export async function setupAction(prev: SetupState, formData: FormData): Promise<SetupState> {
  return setupStep(prev, formData);
}
