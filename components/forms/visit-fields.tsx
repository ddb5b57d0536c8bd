"use client";
import { useEffect, useRef } from "react";
import { VISIT_FIELDS } from "@/lib/leads/visit";
import { readStoredVisit } from "@/components/layout/visit-capture";

/**
 * Where the visit came from, posted with the form (lib/leads/visit.ts): the server's reading
 * of this page's address and Referer, replaced in the browser by what the tab noted when the
 * visit began, when it has that.
 */
export function VisitFields({ landing = "", referrer = "" }: { landing?: string; referrer?: string }) {
  const landingRef = useRef<HTMLInputElement>(null);
  const referrerRef = useRef<HTMLInputElement>(null);
  useEffect(() => {
    const stored = readStoredVisit();
    if (!stored || !landingRef.current || !referrerRef.current) return;
    landingRef.current.value = stored.landing;
    referrerRef.current.value = stored.referrer;
  }, []);
  return (
    <>
      <input ref={landingRef} type="hidden" name={VISIT_FIELDS.landing} defaultValue={landing} />
      <input ref={referrerRef} type="hidden" name={VISIT_FIELDS.referrer} defaultValue={referrer} />
    </>
  );
}
