import Link from "next/link";
import { center } from "@/lib/center/schema";
import { formLinks } from "@/lib/navigation";

export function InsuranceTeaser() {
  const { accepted, notAccepted } = center.insurance;
  return (
    <section aria-labelledby="insurance-title" className="mx-auto max-w-6xl px-4 py-12">
      <h2 id="insurance-title" className="text-3xl font-bold text-brand-900">
        Paying for care
      </h2>
      <p className="mt-3 max-w-prose text-lg">
        We work with most major private insurance plans, including {accepted.map((c) => c.name).join(", ")}.
        {notAccepted.length > 0
          ? ` We do not take ${notAccepted.map((p) => p.name).join(" or ")}, but we can help you find a program that does.`
          : null}
      </p>
      <p className="mt-3 max-w-prose">
        A free check tells you what your plan may cover. It is not a promise of coverage, and we never guess at a price
        on this website.
      </p>
      <div className="mt-6 flex flex-wrap gap-3">
        <Link href={formLinks.verifyInsurance.href} className="btn-primary">
          Verify your insurance
        </Link>
        <Link href="/insurance-and-cost" className="btn-secondary">
          Insurance and cost explained
        </Link>
      </div>
    </section>
  );
}
