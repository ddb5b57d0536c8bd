"use client";
import { useSyncExternalStore } from "react";
import { VISIT_FIELDS } from "@/lib/leads/visit";
import { parseStoredVisit, storedVisitText } from "@/components/layout/visit-capture";

// The tab's note never changes while a page is open: nothing to subscribe to.
const subscribe = () => () => undefined;

/**
 * Where the visit came from, posted with the form (lib/leads/visit.ts): the server's reading
 * of this page's address and Referer, replaced in the browser by what the tab noted when the
 * visit began, when it has that. Controlled, so the form's re-renders never put the server's
 * reading back.
 */
export function VisitFields({ landing = "", referrer = "" }: { landing?: string; referrer?: string }) {
  const stored = parseStoredVisit(useSyncExternalStore(subscribe, storedVisitText, () => null));
  return (
    <>
      <input type="hidden" name={VISIT_FIELDS.landing} value={stored?.landing ?? landing} />
      <input type="hidden" name={VISIT_FIELDS.referrer} value={stored?.referrer ?? referrer} />
    </>
  );
}
