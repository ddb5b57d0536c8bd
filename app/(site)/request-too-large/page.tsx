import type { Metadata } from "next";
import Link from "next/link";
import { CallLink } from "@/components/layout/call-link";
import { MAX_CARD_PHOTO_MB } from "@/lib/forms/card-photo-limit";
import { formLinks } from "@/lib/navigation";

export const metadata: Metadata = {
  title: "That form was too large to send",
  robots: { index: false },
};

/** Where an oversized post lands (proxy.ts sends it here), with or without JavaScript. */
export default function RequestTooLargePage() {
  return (
    <div className="mx-auto max-w-3xl px-4 py-12">
      <h1 className="text-3xl font-bold text-brand-900">That was too large to send</h1>
      <p className="mt-4 text-lg">
        Nothing was sent. This usually means a photo was bigger than we can take. Each card photo can be up to{" "}
        {MAX_CARD_PHOTO_MB} MB, or you can leave the photos out: we can take the card details by phone.
      </p>
      <p className="mt-4 text-lg">You can always call us instead, any time, day or night.</p>
      <div className="mt-6 flex flex-wrap gap-3">
        <CallLink />
        <Link href={formLinks.verifyInsurance.href} className="btn-secondary">
          Try the insurance form again
        </Link>
      </div>
    </div>
  );
}
