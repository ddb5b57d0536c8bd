import createMDX from "@next/mdx";
import type { NextConfig } from "next";
import { UPLOAD_BODY_LIMIT_BYTES } from "@/lib/forms/body-limits";
import { contentSecurityPolicy } from "@/lib/security/content-security-policy";
import { securityHeaders } from "@/lib/security/headers";

const production = process.env.NODE_ENV === "production";

// The largest post any page takes (the insurance form's); proxy.ts holds every other path to 1 MB.
const formBodyLimit = UPLOAD_BODY_LIMIT_BYTES;

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // The test command type-checks everything with TypeScript 7 (`tsc --noEmit`) before it builds;
  // Next's own check would run the slower TypeScript 6 that the lint tools need, a second time.
  typescript: { ignoreBuildErrors: true },
  reactStrictMode: true,
  pageExtensions: ["ts", "tsx"],
  experimental: {
    // Each audience has its own root layout, so an unmatched address needs a page of its own.
    globalNotFound: true,
    serverActions: { bodySizeLimit: formBodyLimit },
    // proxy.ts sees every form post; a smaller buffer would cut a large upload short.
    proxyClientMaxBodySize: formBodyLimit,
  },
  async headers() {
    return [
      { source: "/:path*", headers: securityHeaders({ production }) },
      {
        // The one path proxy.ts skips (see its matcher), so it gets the policy here.
        source: "/_next/static/:path*",
        headers: [{ key: "Content-Security-Policy", value: contentSecurityPolicy({ development: !production }) }],
      },
    ];
  },
};

// Under Turbopack, MDX plugins must be named by string so the options stay serializable.
const withMDX = createMDX({
  options: {
    remarkPlugins: ["remark-gfm", "remark-frontmatter", ["remark-mdx-frontmatter", { name: "frontmatter" }]],
  },
});

export default withMDX(nextConfig);
