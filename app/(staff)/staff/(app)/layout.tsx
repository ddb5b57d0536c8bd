import type { ReactNode } from "react";
import { StaffHeader } from "@/components/staff/staff-header";
import { signedInStaff } from "@/lib/staff/access/gate";

/** The inbox's frame, drawn once; each page still checks the session and role itself. */
export default async function SignedInLayout({ children }: { children: ReactNode }) {
  const staff = await signedInStaff();
  return (
    <>
      {staff ? <StaffHeader staff={staff} /> : null}
      {children}
    </>
  );
}
