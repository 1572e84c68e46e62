import type { EntityType } from "@news/schema";

export const entityTypePlural: Record<EntityType, string> = {
  person: "People",
  organization: "Organizations",
  place: "Places",
  event: "Events",
  product: "Products",
  other: "Other names",
};

export const entityTypeSingular: Record<EntityType, string> = {
  person: "Person",
  organization: "Organization",
  place: "Place",
  event: "Event",
  product: "Product",
  other: "Name",
};
