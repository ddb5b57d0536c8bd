"use client";

import dynamic from "next/dynamic";

/**
 * The content route imports every MDX file, and with them every component mdx-components.tsx
 * names, so Turbopack would ship the guide's code to every content page, not only those that
 * show it. Through next/dynamic it is fetched only where it renders; it is still rendered on
 * the server, so it works without JavaScript. No `loading` option: that would stream the
 * guide in with a script, which never runs without JavaScript.
 */
export const SelfCheckGuideLazy = dynamic(() =>
  import("@/components/self-check/self-check-guide").then((module) => module.SelfCheckGuide),
);
