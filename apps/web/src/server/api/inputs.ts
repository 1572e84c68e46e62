import { EntityType } from "@news/schema";
import { z } from "zod";

export const slugInput = z.object({ slug: z.string().trim().min(1).max(200) });
export const cursor = z.string().min(1).max(500).optional();
export const limit = (max: number, fallback: number) =>
  z.number().int().min(1).max(max).default(fallback);
export const optionalName = z.string().trim().min(1).max(200).optional();
export const entityType = EntityType.optional();
