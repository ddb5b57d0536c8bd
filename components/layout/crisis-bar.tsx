import Link from "next/link";

export function CrisisBar() {
  return (
    <aside aria-label="Crisis help" className="no-print bg-brand-900 text-white [&_a:focus-visible]:outline-white">
      <p className="mx-auto max-w-6xl px-4 py-2 text-center text-sm sm:text-base">
        In crisis? Call or text{" "}
        <a href="tel:988" className="font-bold underline">
          988
        </a>
        , or call{" "}
        <a href="tel:911" className="font-bold underline">
          911
        </a>
        .{" "}
        <Link href="/crisis-help" className="underline">
          More crisis help
        </Link>
      </p>
    </aside>
  );
}
