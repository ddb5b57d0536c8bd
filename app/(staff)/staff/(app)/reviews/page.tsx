import type { Metadata } from "next";
import { ReviewTable } from "@/components/staff/review-table";
import { loadEveryArticle } from "@/lib/articles/load";
import { dateIn, reviewSchedule } from "@/lib/articles/review-due";
import { center } from "@/lib/center/schema";
import { reviewsView } from "@/lib/staff/access/views";

export const metadata: Metadata = { title: "Article reviews" };

export default async function ReviewsPage() {
  await reviewsView();
  const today = dateIn(center.timeZone, new Date());
  const schedule = reviewSchedule(loadEveryArticle(), center.articleReviewMonths, today);
  const due = schedule.filter((entry) => entry.isDue);
  return (
    <div className="space-y-4">
      <h1 className="text-3xl font-bold">Article reviews</h1>
      <p className="max-w-prose">
        Every article is clinically reviewed again {center.articleReviewMonths} months after its last review; a Spanish
        twin on its own date. The same list is on the server: <code>npm run content -- review-due</code> (it exits 1
        while any are due).
      </p>
      <p role="status" className="text-lg font-semibold">
        {due.length
          ? `${due.length} ${due.length === 1 ? "review is" : "reviews are"} due as of ${today}.`
          : `No reviews are due as of ${today}.`}
      </p>
      <ReviewTable entries={schedule} />
    </div>
  );
}
