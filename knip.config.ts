import type { KnipConfig } from "knip";

const config: KnipConfig = {
  // Found by Next's, Vitest's and Playwright's plugins: app/, proxy.ts, instrumentation.ts,
  // mdx-components.tsx, the tests. These are the rest.
  entry: [
    // Loaded by slug: import(`@/content/${slug}.mdx`).
    "content/*.mdx",
    // Run by hand or by shell scripts: `npx tsx …`.
    "bench/run.ts",
    "lib/seo/make-icons.ts",
  ],
  ignoreDependencies: [
    // Read as font files by path (lib/fonts.ts, lib/seo/card-assets.ts), never imported.
    "@fontsource-variable/source-sans-3",
    "@fontsource/source-sans-3",
    // Resolved with createRequire in tests/e2e/html-validity.spec.ts.
    "vnu-jar",
    // Run through `npx prettier`.
    "prettier",
    // TEMPORARY, until the database layer (lib/db) lands with the code that uses them; delete
    // these lines then (knip reports a stale entry as a hint).
    "@next/env",
    "better-auth",
    "better-sqlite3",
    "kysely",
    "pg",
    "qrcode",
    "otpauth",
    "@types/better-sqlite3",
    "@types/pg",
    "@types/qrcode",
  ],
  // From Debian: Java runs the Nu HTML Checker (scripts/install-test-deps.sh), wrk the benchmark (bench/run.sh).
  ignoreBinaries: ["java", "wrk"],
  ignoreIssues: {
    // TEMPORARY: lib/leads is being replaced by the database layer and tests/ are being
    // rewritten alongside it. Their unused exports are listed in the lint issue; delete these
    // lines when that work lands.
    "lib/leads/**": ["exports", "types"],
    "tests/**": ["exports", "types"],
    // TEMPORARY as well: bench/ is being changed too (its chrome-launcher import is lighthouse's dependency, unlisted).
    "bench/**": ["exports", "types", "unlisted"],
  },
};

export default config;
