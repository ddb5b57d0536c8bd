import createMDX from "@next/mdx";
import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  pageExtensions: ["ts", "tsx"],
  experimental: {
    // Two card photos of up to 10 MB each, plus the form's text.
    serverActions: { bodySizeLimit: "21mb" },
  },
};

// Under Turbopack, MDX plugins must be named by string so the options stay serializable.
const withMDX = createMDX({
  options: {
    remarkPlugins: ["remark-gfm", "remark-frontmatter", ["remark-mdx-frontmatter", { name: "frontmatter" }]],
  },
});

export default withMDX(nextConfig);
