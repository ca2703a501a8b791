"use server";
/**
 * Server actions of the certificate domain (D1–D5): defineAction checks the session and role
 * and parses the input; the domain functions build content from the caller's own data.
 */
import { defineAction } from "@/lib/actions/define-action";
import { areaPath } from "@/lib/auth/roles";
import { revokeCertificate } from "./certificates";
import { issueCertificate } from "./issue-certificate";
import { issueCertificateSchema, revokeCertificateSchema } from "./schema";

/** Issues (or finds the same valid) certificate; the button then opens its page. */
export const issueCertificateAction = defineAction(
  { name: "certificate.issue", access: ["PERSON", "UNIT"], schema: issueCertificateSchema },
  async (input, { actor, now }) => {
    const issued = await issueCertificate(actor, input, now);
    return { ...issued, href: `${areaPath(actor.role, `certificates/${issued.id}`)}?${issued.reused ? "same=1" : "issued=1"}` };
  },
);

export const revokeCertificateAction = defineAction(
  { name: "certificate.revoke", access: ["STAFF"], schema: revokeCertificateSchema },
  (input, { actor, now }) => revokeCertificate(actor, input, now),
);
