"use server";
/** Server actions of information disclosure (K3): ADMIN keep the dishonesty blacklist and the credit grades. */
import { defineAction } from "@/lib/actions/define-action";
import { addDishonestyListing, removeDishonestyListing, setCreditRating } from "./credit";
import { addDishonestyListingSchema, removeDishonestyListingSchema, setCreditRatingSchema } from "./schema";

export const addDishonestyListingAction = defineAction(
  { name: "disclosure.add-listing", access: ["ADMIN"], schema: addDishonestyListingSchema, publicPages: true },
  (input, { actor, now }) => addDishonestyListing(actor, input, now),
);

export const removeDishonestyListingAction = defineAction(
  { name: "disclosure.remove-listing", access: ["ADMIN"], schema: removeDishonestyListingSchema, publicPages: true },
  (input, { actor, now }) => removeDishonestyListing(actor, input.id, now),
);

export const setCreditRatingAction = defineAction(
  { name: "disclosure.set-rating", access: ["ADMIN"], schema: setCreditRatingSchema, publicPages: true },
  (input, { actor, now }) => setCreditRating(actor, input, now),
);
