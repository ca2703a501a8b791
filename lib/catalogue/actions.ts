"use server";
import { defineAction } from "@/lib/actions/define-action";
import { serviceItemSchema } from "./schema";
import { updateServiceItem as updateServiceItemFor } from "./update-service-item";

export const updateServiceItem = defineAction(
  { name: "catalogue.update", access: ["ADMIN"], schema: serviceItemSchema },
  (input, { user, client }) => updateServiceItemFor({ id: user.id, role: user.role, ip: client.ip }, input),
);
