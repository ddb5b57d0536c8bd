import type { Page } from "@playwright/test";
import { stampFormToken } from "@/tests/support/form-token";
import { waitForValidationCode } from "./validation-code";

export type CallRequest = { name: string; phone: string; email?: string; note?: string };

export class RequestCallPage {
  constructor(readonly page: Page) {}

  async open() {
    await this.page.goto("/request-a-call");
  }

  /** `validationCode: false` when a test keeps the validation code from loading. */
  async fill(request: CallRequest, { validationCode = true } = {}) {
    const { page } = this;
    if (validationCode) await waitForValidationCode(page);
    await page.getByLabel("Your name").fill(request.name);
    await page.getByLabel("Phone number").fill(request.phone);
    if (request.email) await page.getByLabel("Email").fill(request.email);
    await page.getByRole("group", { name: "Who is this call about?" }).getByLabel("Someone I care about").check();
    await page.getByLabel("How do you know them?").selectOption("parent");
    await page.getByRole("group", { name: "Best time to call" }).getByLabel("Evening").check();
    if (request.note) await page.getByLabel("Anything you would like us to know?").fill(request.note);
    await page.getByRole("group", { name: "May we leave a voicemail?" }).getByLabel("No").check();
    await page.getByRole("group", { name: "May we send a text to this number?" }).getByLabel("Yes").check();
    await page.getByLabel(/may call me at this number/).check();
  }

  /**
   * The server refuses a form sent within 3 s of rendering, as bots do; a token issued
   * seconds ago stands in for a person's pace, so no test waits for it.
   */
  async stampToken() {
    await stampFormToken(this.page, "call-request");
  }

  async submit() {
    await this.stampToken();
    await this.page.getByRole("button", { name: "Request a call" }).click();
  }
}
