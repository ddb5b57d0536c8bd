import type { Metadata } from "next";
import { formatInCenterZone } from "@/lib/center/hours";
import { center } from "@/lib/center/schema";
import { accessLogView } from "@/lib/staff/access/views";

export const metadata: Metadata = { title: "Access log" };

export default async function AccessLogPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { reference, entries } = await accessLogView(await searchParams);
  return (
    <>
      <div className="space-y-4">
        <h1 className="text-3xl font-bold">Access log</h1>
        <p className="max-w-prose">
          Every sign-in, view, change, export and deletion, newest first
          {reference ? ` for ${reference}` : " (the latest 500)"}. It records who did what and when, never what anyone
          typed. Entries are kept six years.
        </p>
        <div
          className="overflow-x-auto rounded-lg bg-white ring-1 ring-line"
          tabIndex={0}
          role="region"
          aria-label="Access log entries"
        >
          <table className="w-full text-left text-sm">
            <thead className="bg-brand-50">
              <tr>
                {["When", "Who", "What", "Request or account", "Detail", "From"].map((h) => (
                  <th key={h} scope="col" className="px-3 py-2 font-semibold">
                    {h}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {entries.map((e) => (
                <tr key={e.id} className="border-t border-line">
                  <td className="px-3 py-1.5 whitespace-nowrap">{formatInCenterZone(e.at, center)}</td>
                  <td className="px-3 py-1.5">{e.actorEmail}</td>
                  <td className="px-3 py-1.5 font-mono">{e.action}</td>
                  <td className="px-3 py-1.5 font-mono">{e.reference ?? e.target ?? ""}</td>
                  <td className="px-3 py-1.5">{e.detail ?? ""}</td>
                  <td className="px-3 py-1.5">{e.client ?? ""}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {entries.length === 0 ? <p className="p-4 text-muted">No entries yet.</p> : null}
        </div>
      </div>
    </>
  );
}
