import Link from "next/link";
import { formatInCenterZone } from "@/lib/center/hours";
import { center } from "@/lib/center/schema";
import type { LeadRecord } from "@/lib/leads/store";
import type { Row } from "@/lib/leads/summary";
import type { RequestInFull } from "@/lib/staff/requests/request";
import { leadKindLabels } from "@/lib/leads/types";
import { statusLabels } from "@/lib/staff/requests/statuses";

const when = (date: Date) => formatInCenterZone(date, center);

/** Every field the visitor sent, with the email's labels (lib/leads/summary.ts). */
export function RequestFields({ rows }: { rows: Row[] }) {
  return (
    <section aria-labelledby="fields-heading" className="rounded-lg bg-white p-4 ring-1 ring-line">
      <h2 id="fields-heading" className="text-xl font-bold">
        What they sent
      </h2>
      <dl className="mt-3 grid gap-x-6 gap-y-2 sm:grid-cols-[14rem_1fr]">
        {rows.map((row) => (
          <div key={row.label} className="contents">
            <dt className="font-semibold text-muted">{row.label}</dt>
            <dd className={`break-words ${row.multiline ? "whitespace-pre-wrap" : ""}`}>
              {row.tel ? (
                <a href={`tel:${row.tel}`} className="font-semibold text-brand-800 underline">
                  {row.value}
                </a>
              ) : (
                row.value
              )}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

export function CardPhotos({ lead }: { lead: LeadRecord }) {
  if (lead.kind !== "insurance-check" || !lead.cardPhotos.length) return null;
  return (
    <section aria-labelledby="photos-heading" className="space-y-3 rounded-lg bg-white p-4 ring-1 ring-line">
      <h2 id="photos-heading" className="text-xl font-bold">
        Insurance card photos
      </h2>
      <ul className="grid gap-4 sm:grid-cols-2">
        {lead.cardPhotos.map((photo) => {
          const href = `/staff/requests/${lead.reference}/photos/${photo.side}`;
          const shown = photo.contentType === "image/jpeg" || photo.contentType === "image/png";
          const size = `${Math.max(1, Math.round(photo.size / 1024))} KB`;
          return (
            <li key={photo.side} className="space-y-2">
              <p className="font-semibold">Card {photo.side}</p>
              {shown ? (
                <a href={href} target="_blank" rel="noopener" className="block">
                  {/* eslint-disable-next-line @next/next/no-img-element -- an authenticated, uncached route */}
                  <img
                    src={href}
                    alt={`Insurance card, ${photo.side}`}
                    className="max-h-64 w-auto rounded ring-1 ring-line"
                  />
                  <span className="text-sm text-brand-800 underline">Open full size</span>
                </a>
              ) : (
                <a href={href} download className="btn-secondary">
                  Download card {photo.side} ({photo.contentType === "application/pdf" ? "PDF" : "HEIC photo"}, {size})
                </a>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

export function Delivery({ lead }: { lead: LeadRecord }) {
  const d = lead.delivery;
  return (
    <section aria-labelledby="delivery-heading" className="rounded-lg bg-white p-4 ring-1 ring-line">
      <h2 id="delivery-heading" className="text-xl font-bold">
        Email to admissions
      </h2>
      {d.status === "sent" ? (
        <p>
          Sent {d.sentAt ? when(d.sentAt) : ""}
          {d.photosOmitted ? " (without the card photos: too large for email)" : ""}.
        </p>
      ) : (
        <p>
          Not sent yet
          {d.attempts
            ? `: ${d.attempts} attempt${d.attempts === 1 ? "" : "s"}, last problem "${d.lastError ?? "unknown"}"`
            : ""}
          . Next try {when(d.nextAttemptAt)}.
        </p>
      )}
    </section>
  );
}

export function LinkedRequests({ linked }: { linked: RequestInFull["linked"] }) {
  return (
    <section aria-labelledby="linked-heading" className="rounded-lg bg-white p-4 ring-1 ring-line">
      <h2 id="linked-heading" className="text-xl font-bold">
        Other requests from this number
      </h2>
      {linked.length ? (
        <ul className="mt-2 space-y-1">
          {linked.map((l) => (
            <li key={l.reference}>
              <Link
                href={`/staff/requests/${l.reference}`}
                prefetch={false}
                className="font-semibold text-brand-800 underline"
              >
                {l.reference}
              </Link>{" "}
              · {leadKindLabels[l.kind]} · {when(l.receivedAt)} · {statusLabels[l.status]}
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-muted">None.</p>
      )}
    </section>
  );
}
