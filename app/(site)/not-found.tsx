import type { Metadata } from "next";
import Link from "next/link";
import { CallLink } from "@/components/layout/call-link";
import { formLinks, primaryNav } from "@/lib/navigation";

export const metadata: Metadata = {
  title: "Page not found",
  robots: { index: false },
};

export default function NotFound() {
  return (
    <div className="mx-auto max-w-3xl px-4 py-12">
      <h1 className="text-3xl font-bold text-brand-900">We couldn’t find that page</h1>
      <p className="mt-4 text-lg">
        The link may be old, or the address may have a typo. You can still reach us any time, day or night.
      </p>
      <div className="mt-6 flex flex-wrap gap-3">
        <CallLink />
        <Link href={formLinks.requestCall.href} className="btn-secondary">
          {formLinks.requestCall.label}
        </Link>
      </div>
      <h2 className="mt-10 text-xl font-bold text-brand-900">Pages people often look for</h2>
      <ul className="mt-3 list-disc space-y-2 pl-6">
        <li>
          <Link href="/" className="text-brand-700 underline">
            Home page
          </Link>
        </li>
        {primaryNav.map((item) => (
          <li key={item.href}>
            <Link href={item.href} className="text-brand-700 underline">
              {item.label}
            </Link>
          </li>
        ))}
        <li>
          <Link href="/crisis-help" className="text-brand-700 underline">
            Crisis help
          </Link>
        </li>
      </ul>
    </div>
  );
}
