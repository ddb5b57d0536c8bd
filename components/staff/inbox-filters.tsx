import { INBOX_SORTS, type InboxFilter } from "@/lib/staff/requests/inbox";
import { leadKindLabels } from "@/lib/leads/types";
import { REQUEST_STATUSES, statusLabels } from "@/lib/staff/requests/statuses";
import { inputClass } from "@/components/forms/text-field";

/** A plain GET form: filters live in the address, so a view can be bookmarked or shared. */
export function InboxFilters({ filter }: { filter: InboxFilter }) {
  return (
    <form
      method="get"
      action="/staff"
      role="search"
      aria-label="Filter requests"
      className="grid gap-3 rounded-lg bg-white p-4 ring-1 ring-line sm:grid-cols-2 lg:grid-cols-[1fr_1fr_1fr_2fr_1fr_auto] sm:items-end"
    >
      {filter.view ? <input type="hidden" name="view" value={filter.view} /> : null}
      <div>
        <label htmlFor="filter-status" className="block font-semibold">
          Status
        </label>
        <select
          id="filter-status"
          name="status"
          defaultValue={filter.status === "open" ? "" : filter.status}
          className={inputClass}
        >
          <option value="">Open requests</option>
          <option value="all">Any status</option>
          {REQUEST_STATUSES.map((status) => (
            <option key={status} value={status}>
              {statusLabels[status]}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="filter-kind" className="block font-semibold">
          Kind
        </label>
        <select id="filter-kind" name="kind" defaultValue={filter.kind ?? ""} className={inputClass}>
          <option value="">Both kinds</option>
          {Object.entries(leadKindLabels).map(([kind, label]) => (
            <option key={kind} value={kind}>
              {label}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="filter-language" className="block font-semibold">
          Language
        </label>
        <select id="filter-language" name="language" defaultValue={filter.language ?? ""} className={inputClass}>
          <option value="">Any language</option>
          <option value="en">English</option>
          <option value="es" lang="es">
            Español
          </option>
        </select>
      </div>
      <div>
        <label htmlFor="filter-q" className="block font-semibold">
          Name, phone or reference
        </label>
        <input
          id="filter-q"
          name="q"
          type="search"
          defaultValue={filter.q ?? ""}
          placeholder="Maria, (503) 555-0142 or LR-4K7M-Q9PD"
          maxLength={40}
          className={inputClass}
        />
      </div>
      <div>
        <label htmlFor="filter-sort" className="block font-semibold">
          Order
        </label>
        <select id="filter-sort" name="sort" defaultValue={filter.sort ?? ""} className={inputClass}>
          {Object.entries(INBOX_SORTS).map(([value, label]) => (
            <option key={value} value={value === "priority" ? "" : value}>
              {label}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="btn-primary">
        Show
      </button>
    </form>
  );
}
