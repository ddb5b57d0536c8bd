import type { Page } from "@playwright/test";
import { center } from "@/lib/center/schema";
import { stampFormToken } from "@/tests/support/form-token";
import { waitForValidationCode } from "./validation-code";

/** A plan the center takes: the check then goes to admissions rather than being declined. */
export const acceptedCarrier = center.insurance.accepted[0];

/** A real 1×1 PNG, so the server's check of the content (not the name) passes. */
export const tinyPng = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==",
  "base64",
);

export class VerifyInsurancePage {
  constructor(readonly page: Page) {}

  async open() {
    await this.page.goto("/verify-insurance");
  }

  async fillValid(phone: string, memberId: string) {
    const { page } = this;
    await waitForValidationCode(page);
    await page.getByLabel("Your name").fill("Nguyễn Thị Lan");
    await page.getByLabel("Phone number").fill(phone);
    await page.getByRole("group", { name: "Whose coverage are we checking?" }).getByLabel("Mine").check();
    await page.getByLabel("Date of birth of the person who needs care").fill("1988-03-14");
    await page.getByLabel("Insurance company", { exact: true }).selectOption({ label: acceptedCarrier.name });
    await page.getByLabel("Member ID", { exact: true }).fill(memberId);
    await page.getByRole("group", { name: "Who is the policyholder?" }).getByLabel("The person who needs care").check();
    await page.getByRole("group", { name: "Best time to call" }).getByLabel("Morning").check();
    await page.getByRole("group", { name: "May we leave a voicemail?" }).getByLabel("Yes").check();
    await page.getByLabel(/may check these benefits/).check();
  }

  /** A token issued seconds ago, so the fill-time guard passes without waiting (see RequestCallPage). */
  async stampToken() {
    await stampFormToken(this.page, "insurance-check");
  }

  async submit() {
    await this.stampToken();
    await this.page.getByRole("button", { name: "Check my insurance" }).click();
  }
}
