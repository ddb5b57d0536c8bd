"use client";
import { useEffect } from "react";

/**
 * Notes, once per tab, the page a visit began on and the site that linked to it, in
 * sessionStorage: no cookie, nothing sent anywhere, gone when the tab closes. A form posts it
 * with a request (components/forms/visit-fields.tsx). Renders nothing.
 */
const KEY = "visit";

type StoredVisit = { landing: string; referrer: string };

/** The raw note, for useSyncExternalStore: a string is a stable snapshot. */
export function storedVisitText(): string | null {
  try {
    return sessionStorage.getItem(KEY);
  } catch {
    return null;
  }
}

export function parseStoredVisit(text: string | null): StoredVisit | undefined {
  try {
    const value: unknown = JSON.parse(text ?? "null");
    if (typeof value !== "object" || value === null) return undefined;
    const { landing, referrer } = value as Record<string, unknown>;
    return typeof landing === "string" && typeof referrer === "string" ? { landing, referrer } : undefined;
  } catch {
    return undefined;
  }
}

export function VisitCapture() {
  useEffect(() => {
    try {
      if (sessionStorage.getItem(KEY)) return;
      let referrer = "";
      if (document.referrer) {
        const from = new URL(document.referrer);
        if (from.host !== location.host) referrer = from.hostname;
      }
      const visit: StoredVisit = { landing: `${location.pathname}${location.search}`, referrer };
      sessionStorage.setItem(KEY, JSON.stringify(visit));
    } catch {
      // Storage off (some private modes): the form page's own reading stands.
    }
  }, []);
  return null;
}
