"use client";
import { useRouter } from "next/navigation";
import { useEffect } from "react";

const EVERY_MS = 2_000;
/** A payer answers within a minute or the check waits for a retry minutes later: no point polling past that. */
const FOR_MS = 90_000;

/** Refreshes the request page while its check is running, so the payer's answer shows within seconds. */
export function RefreshWhilePending() {
  const router = useRouter();
  useEffect(() => {
    const started = Date.now();
    const timer = setInterval(() => {
      if (Date.now() - started > FOR_MS) clearInterval(timer);
      else router.refresh();
    }, EVERY_MS);
    return () => clearInterval(timer);
  }, [router]);
  return null;
}
