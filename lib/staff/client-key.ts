import "server-only";
import { clientKey as forwardedClientKey } from "@/lib/leads/guard";

/** The client address the staff throttles and the access log use, as the lead pipeline reads it. */
export function clientKey(headers: Headers): string {
  return forwardedClientKey(headers.get("x-forwarded-for"));
}
