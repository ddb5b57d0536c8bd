import type { ReactNode } from "react";
import { HelpAside } from "@/components/content/help-aside";
import { CallToAction } from "@/components/mdx/call-to-action";

/** The article, index and person pages' frame: the text, the call to action under it, and help beside it. */
export function ReadingFrame({ children }: { children: ReactNode }) {
  return (
    <div className="mx-auto max-w-6xl px-4 pb-8 pt-6 sm:pt-10 lg:grid lg:grid-cols-[minmax(0,1fr)_17rem] lg:gap-12">
      <div className="min-w-0">
        {children}
        <div className="mt-12 max-w-[68ch]">
          <CallToAction />
        </div>
      </div>
      <div className="lg:pb-12 lg:pt-12">
        <HelpAside />
      </div>
    </div>
  );
}
