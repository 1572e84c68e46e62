export * from "./article.js";
export * from "./views.js";
