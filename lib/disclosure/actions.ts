"use server";
/** Server actions of information disclosure (K3): ADMIN keep the dishonesty blacklist. */
import { defineAction } from "@/lib/actions/define-action";
import { addDishonestyListing, removeDishonestyListing } from "./credit";
import { addDishonestyListingSchema, removeDishonestyListingSchema } from "./schema";

export const addDishonestyListingAction = defineAction(
  { name: "disclosure.add-listing", access: ["ADMIN"], schema: addDishonestyListingSchema },
  (input, { actor, now }) => addDishonestyListing(actor, input, now),
);

export const removeDishonestyListingAction = defineAction(
  { name: "disclosure.remove-listing", access: ["ADMIN"], schema: removeDishonestyListingSchema },
  (input, { actor, now }) => removeDishonestyListing(actor, input.id, now),
);
