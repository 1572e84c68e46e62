import { describe, expectTypeOf, it } from "vitest";
import type { z } from "zod";
import type * as schema from "./index.js";
import type {
  Article,
  ArticleSummary,
  Block,
  BlockType,
  Entity,
  EntityType,
  NewsArticleJsonLd,
  NinjsDocument,
  Page,
  Quote,
  TextSpan,
  ValidateArticleResult,
  ValidationIssue,
} from "./index.js";

type JsonValue =
  | string
  | number
  | boolean
  | null
  | JsonValue[]
  | { [key: string]: JsonValue | undefined };

describe("inferred types", () => {
  it("each schema has a type of the same name", () => {
    expectTypeOf<Article>().toEqualTypeOf<z.infer<typeof schema.Article>>();
    expectTypeOf<Quote>().toEqualTypeOf<z.infer<typeof schema.Quote>>();
    expectTypeOf<Entity>().toEqualTypeOf<z.infer<typeof schema.Entity>>();
    expectTypeOf<ArticleSummary>().toEqualTypeOf<z.infer<typeof schema.ArticleSummary>>();
  });

  it("is JSON-native: strings for dates, no Date, Map or class instances", () => {
    expectTypeOf<Article>().toExtend<JsonValue>();
    expectTypeOf<ArticleSummary>().toExtend<JsonValue>();
    expectTypeOf<NinjsDocument>().toExtend<JsonValue>();
    expectTypeOf<NewsArticleJsonLd>().toExtend<JsonValue>();
    expectTypeOf<Article["publishedAt"]>().toEqualTypeOf<string | undefined>();
    expectTypeOf<Date>().not.toExtend<JsonValue>();
  });

  it("keeps the contract's field types", () => {
    expectTypeOf<Article["schemaVersion"]>().toEqualTypeOf<1>();
    expectTypeOf<Block["type"]>().toEqualTypeOf<BlockType>();
    expectTypeOf<BlockType>().toEqualTypeOf<
      "paragraph" | "heading" | "related" | "credit" | "quote" | "list-item"
    >();
    expectTypeOf<EntityType>().toEqualTypeOf<
      "person" | "organization" | "place" | "event" | "product" | "other"
    >();
    expectTypeOf<Quote>().toExtend<TextSpan>();
    expectTypeOf<Quote["endBlockIndex"]>().toEqualTypeOf<number | undefined>();
    expectTypeOf<Page<ArticleSummary>>().toEqualTypeOf<{
      items: ArticleSummary[];
      nextCursor: string | null;
    }>();
  });
});

describe("function signatures", () => {
  it("validateArticle takes unknown and narrows on ok", () => {
    expectTypeOf<typeof schema.validateArticle>().parameter(0).toEqualTypeOf<unknown>();
    expectTypeOf<typeof schema.validateArticle>().returns.toEqualTypeOf<ValidateArticleResult>();
    const result = {} as ValidateArticleResult;
    if (result.ok) expectTypeOf(result.article).toEqualTypeOf<Article>();
    else expectTypeOf(result.errors).toEqualTypeOf<ValidationIssue[]>();
    expectTypeOf<ValidationIssue>().toEqualTypeOf<{ path: string; message: string }>();
  });

  it("assertArticle returns an Article", () => {
    expectTypeOf<typeof schema.assertArticle>().returns.toEqualTypeOf<Article>();
  });

  it("the converters take an Article", () => {
    expectTypeOf<typeof schema.toNinjs>().parameter(0).toEqualTypeOf<Article>();
    expectTypeOf<typeof schema.toNinjs>().returns.toEqualTypeOf<NinjsDocument>();
    expectTypeOf<typeof schema.toJsonLd>().parameter(1).toEqualTypeOf<schema.ToJsonLdOptions>();
    expectTypeOf<typeof schema.serializeJsonLd>().returns.toEqualTypeOf<string>();
  });
});
