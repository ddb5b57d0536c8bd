import type { KnipConfig } from "knip";

const config: KnipConfig = {
  // Found by Next's, Vitest's and Playwright's plugins: app/, proxy.ts, instrumentation.ts,
  // mdx-components.tsx, the tests. These are the rest.
  entry: [
    // Loaded by slug: import(`@/content/${slug}.mdx`).
    "content/*.mdx",
    "content/es/*.mdx",
    "content/articles/*.mdx",
    "content/es/articulos/*.mdx",
    // Run by hand or by shell scripts: `npx tsx …`.
    "bench/run.ts",
    "lib/seo/make-icons.ts",
    // Spawned as a server stand-in by tests/unit/leads/faults.test.ts.
    "tests/support/lead-worker.ts",
    // Run with tsx by tests/support/staff-server.ts to seed a request.
    "tests/support/staff-seed.ts",
    // Run with tsx by tests/e2e/pipeline.spec.ts to seed requests.
    "tests/support/pipeline-seed.ts",
    // Run with tsx by tests/e2e/undo.spec.ts, its clock moved back past the undo window.
    "tests/support/undo-seed.ts",
    // Loaded with node --import into a staff test server by tests/e2e/staff-reviews.spec.ts.
    "tests/support/fake-clock.mjs",
  ],
  // Test inputs read from disk (tests/unit/safety/sections.test.ts), never imported.
  ignore: ["tests/fixtures/**"],
  ignoreDependencies: [
    // Read as font files by path (lib/fonts.ts, lib/seo/card-assets.ts), never imported.
    "@fontsource-variable/source-sans-3",
    "@fontsource/source-sans-3",
    // Resolved with createRequire in tests/e2e/html-validity.spec.ts.
    "vnu-jar",
    // Run through `npx prettier`.
    "prettier",
  ],
  // From Debian: Java runs the Nu HTML Checker (scripts/install-test-deps.sh), nginx the shipped
  // proxy config (scripts/nginx.ts), wrk the benchmark (bench/run.sh).
  ignoreBinaries: ["java", "nginx", "wrk"],
};

export default config;
