import { purgeAction } from "@/lib/actions/staff/work";

export function AdminRequestActions({ reference }: { reference: string }) {
  return (
    <section aria-labelledby="admin-heading" className="space-y-3 rounded-lg bg-white p-4 ring-1 ring-line">
      <h2 id="admin-heading" className="text-xl font-bold">
        Admin
      </h2>
      <p>
        <a href={`/staff/requests/${reference}/export`} download className="btn-secondary">
          Export this request (JSON, with photos)
        </a>
      </p>
      <form action={purgeAction} className="space-y-2">
        <input type="hidden" name="reference" value={reference} />
        <label className="flex items-start gap-2">
          <input type="checkbox" name="confirm" value="yes" required className="mt-1 size-5" />
          <span>Delete this request, its photos and notes for good (the access log keeps that it happened).</span>
        </label>
        <button type="submit" className="btn min-h-11 bg-danger-700 text-white hover:bg-danger-700/90">
          Delete request
        </button>
      </form>
    </section>
  );
}
