"use client";

import dynamic from "next/dynamic";

/**
 * The site footer loads every content page, so a client component named in MDX would ship on
 * every page. Through next/dynamic the guide's code is fetched only by pages that show it; it
 * is still rendered on the server, so it works without JavaScript. No `loading` option: that
 * would stream the guide in with a script, which never runs without JavaScript.
 */
export const SelfCheckGuideLazy = dynamic(() =>
  import("@/components/self-check/self-check-guide").then((module) => module.SelfCheckGuide),
);
