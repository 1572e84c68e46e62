/**
 * Forward-only schema migrations: migration N (1-based) takes `PRAGMA user_version` from N-1 to N.
 * Never edit a released migration; append a new one.
 *
 * Article text is stored once, inside the compressed Article document (`articles.doc`). The FTS5 index
 * uses `article_text`, a view that inflates it through the `article_body` SQL function the store registers
 * on every connection, as its external content table.
 */
export const migrations: readonly string[] = [
  `
  CREATE TABLE articles (
    rowid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    slug TEXT NOT NULL UNIQUE,
    title TEXT NOT NULL,
    section TEXT,
    published_at TEXT,
    indexed_at TEXT NOT NULL,
    sort_key TEXT NOT NULL,
    word_count INTEGER NOT NULL,
    card TEXT NOT NULL,
    doc BLOB NOT NULL
  );
  CREATE INDEX articles_by_time ON articles (sort_key);
  CREATE INDEX articles_by_section ON articles (section, sort_key);

  CREATE TABLE files (
    path TEXT PRIMARY KEY,
    sha256 TEXT NOT NULL,
    size INTEGER NOT NULL,
    mtime_ms REAL NOT NULL,
    article INTEGER NOT NULL REFERENCES articles (rowid),
    first_seen TEXT NOT NULL
  ) WITHOUT ROWID;
  CREATE INDEX files_by_article ON files (article);

  CREATE TABLE entities (
    rowid INTEGER PRIMARY KEY,
    slug TEXT NOT NULL UNIQUE,
    type TEXT NOT NULL,
    name TEXT NOT NULL,
    name_key TEXT NOT NULL,
    aliases TEXT NOT NULL DEFAULT '[]',
    article_count INTEGER NOT NULL DEFAULT 0,
    mention_count INTEGER NOT NULL DEFAULT 0,
    UNIQUE (type, name_key)
  );
  CREATE INDEX entities_by_count ON entities (article_count);
  CREATE INDEX entities_by_type_count ON entities (type, article_count);

  CREATE TABLE article_entities (
    entity INTEGER NOT NULL REFERENCES entities (rowid),
    sort_key TEXT NOT NULL,
    article INTEGER NOT NULL REFERENCES articles (rowid) ON DELETE CASCADE,
    mentions INTEGER NOT NULL,
    PRIMARY KEY (entity, sort_key, article)
  ) WITHOUT ROWID;
  CREATE INDEX article_entities_by_article ON article_entities (article, entity);

  CREATE TABLE quotes (
    rowid INTEGER PRIMARY KEY,
    article INTEGER NOT NULL REFERENCES articles (rowid) ON DELETE CASCADE,
    sort_key TEXT NOT NULL,
    text TEXT NOT NULL,
    speaker TEXT,
    speaker_type TEXT,
    speaker_entity INTEGER REFERENCES entities (rowid) ON DELETE SET NULL,
    channel TEXT,
    kind TEXT NOT NULL
  );
  CREATE INDEX quotes_by_article ON quotes (article);
  CREATE INDEX quotes_by_time ON quotes (sort_key);
  CREATE INDEX quotes_by_speaker ON quotes (speaker_entity, sort_key);

  CREATE TABLE figures (
    article INTEGER NOT NULL REFERENCES articles (rowid) ON DELETE CASCADE,
    ord INTEGER NOT NULL,
    kind TEXT NOT NULL,
    value REAL NOT NULL,
    unit TEXT,
    currency TEXT,
    PRIMARY KEY (article, ord)
  ) WITHOUT ROWID;

  CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;

  CREATE VIEW article_text AS SELECT rowid, title, article_body(doc) AS body FROM articles;
  CREATE VIRTUAL TABLE articles_fts USING fts5 (
    title, body,
    content = 'article_text', content_rowid = 'rowid',
    tokenize = 'porter unicode61 remove_diacritics 2'
  );
  INSERT INTO articles_fts (articles_fts, rank) VALUES ('rank', 'bm25(4.0, 1.0)');
  `,
];
