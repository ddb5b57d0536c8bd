import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypeScript from "eslint-config-next/typescript";
import jsxA11y from "eslint-plugin-jsx-a11y";

// Next.js (with React and React Hooks), typescript-eslint's recommended rules (syntax only,
// no type information: `npx tsc --noEmit` does the type checking) and jsx-a11y's recommended set.
export default defineConfig([
  ...nextVitals,
  ...nextTypeScript,
  {
    // eslint-config-next registers the jsx-a11y plugin with a handful of its rules; this turns on the rest.
    name: "jsx-a11y/recommended",
    rules: {
      ...jsxA11y.flatConfigs.recommended.rules,
      // Focus moves on purpose: to the heading of each new self-check step or result, and to the
      // error summary of a form posted without JavaScript. Nothing takes focus on a plain page load.
      "jsx-a11y/no-autofocus": "off",
      // Scrollable tables are regions that keyboard users must be able to focus (WCAG 2.1.1).
      "jsx-a11y/no-noninteractive-tabindex": ["error", { tags: [], roles: ["tabpanel", "region"] }],
      // Safari drops list semantics from a list styled list-none unless the role is given again.
      "jsx-a11y/no-redundant-roles": ["error", { nav: ["navigation"], ul: ["list"], ol: ["list"] }],
    },
  },
  {
    // Social cards and icons are drawn by Satori, which knows plain <img> only; the header's
    // logo is an SVG, which next/image would not optimize anyway.
    files: ["components/seo/social-card.tsx", "components/layout/site-header.tsx"],
    rules: { "@next/next/no-img-element": "off" },
  },
  {
    // Playwright's fixture callback `use` and the tests' use* helpers are not React hooks.
    files: ["tests/**"],
    rules: { "react-hooks/rules-of-hooks": "off" },
  },
  globalIgnores([
    ".next/**",
    "next-env.d.ts",
    ".data/**",
    ".data-e2e/**",
    ".build-check-*/**",
    "test-results/**",
    "playwright-report/**",
    "bench/results/**",
  ]),
]);
