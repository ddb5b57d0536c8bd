import type { StaffRole } from "@/lib/db/schema";

/**
 * Who may do what. Admissions staff work requests (assigning included) and read the reports;
 * managers also reassign a colleague's request (coordinators keep their own work), read the
 * access log and correct a request's record after the undo window, without account
 * administration, export or deletion; admins also manage staff, export or purge a request, and
 * see which articles are due a clinical review. Anything not granted here is refused, including
 * to a role this code doesn't know.
 */
export const STAFF_ROLES = ["admissions", "manager", "admin"] as const satisfies readonly StaffRole[];

export type Permission =
  | "work-requests"
  | "reassign-requests"
  | "read-reports"
  | "manage-staff"
  | "read-access-log"
  | "correct-records"
  | "export-request"
  | "purge-request"
  | "read-content-reviews";

const GRANTS: Record<StaffRole, readonly Permission[]> = {
  admissions: ["work-requests", "read-reports"],
  manager: ["work-requests", "reassign-requests", "read-reports", "read-access-log", "correct-records"],
  admin: [
    "work-requests",
    "reassign-requests",
    "read-reports",
    "manage-staff",
    "read-access-log",
    "correct-records",
    "export-request",
    "purge-request",
    "read-content-reviews",
  ],
};

export function isStaffRole(value: unknown): value is StaffRole {
  return typeof value === "string" && (STAFF_ROLES as readonly string[]).includes(value);
}

export function can(role: unknown, permission: Permission): boolean {
  return isStaffRole(role) && GRANTS[role].includes(permission);
}
