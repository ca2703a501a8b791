"use server";
import { defineAction } from "@/lib/actions/define-action";
import { serviceItemSchema } from "./schema";
import { updateServiceItem } from "./update-service-item";

export const updateServiceItemAction = defineAction(
  { name: "catalogue.update", access: ["ADMIN"], schema: serviceItemSchema, publicPages: true },
  (input, { actor }) => updateServiceItem(actor, input),
);
