import "server-only";
import { parentPort } from "node:worker_threads";
import { requestEligibilityPass } from "@/lib/eligibility/worker";
import { requestDelivery, startLeadDelivery, stopLeadDelivery } from "@/lib/leads/delivery";

/**
 * A server's delivery loop on a worker thread (started by delivery.ts), with its own database
 * connection and SMTP connection, so its round trips never wait behind the server's requests;
 * the eligibility checks run here too. "deliver" from the server's main thread means a lead was
 * just stored; "stop" ends the thread once the emails and checks in flight are recorded.
 */
parentPort?.on("message", (message: unknown) => {
  if (message === "stop") {
    void stopLeadDelivery().finally(() => process.exit(0));
  } else {
    requestDelivery();
    requestEligibilityPass();
  }
});
startLeadDelivery();
