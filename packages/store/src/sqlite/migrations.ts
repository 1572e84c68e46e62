/**
 * Forward-only schema migrations: migration N (1-based) takes `PRAGMA user_version` from N-1 to N.
 * Never edit a released migration; append a new one.
 *
 * Article text is stored once, inside the compressed Article document (`documents.doc`, kept apart from
 * `articles` so that the small listing rows pack densely). The FTS5 index
 * uses `article_text`, a view that inflates it through the `article_body` SQL function the store registers
 * on every connection, as its external content table.
 *
 * `sort_key` is the publication time, else the first-indexed time, in milliseconds since the epoch; it is
 * copied into `article_entities` and `quotes` so their listings are index-ordered. `articles.entity_links`
 * holds the article's `[entity rowid, mentions]` pairs, so removing or relating an article needs no second
 * index on `article_entities` (whose rows the writer maintains; they carry no foreign keys). A quote row
 * points at `quotes[ord]` of its article's document rather than copying the words.
 *
 * Migration 2 rebuilds the store (the next index run reads every file again) with a smaller layout: a
 * quote's rowid is `article << 16 | ord`, so an article's quotes are one rowid range and need no index of
 * their own; `articles.file_count` counts the files that hold an article, so `files` needs no index by
 * article; cards are JSON arrays (see rows.ts) and documents keep entity mentions packed (doc-codec.ts).
 *
 * Migration 3 keeps the data and makes the store smaller: an article's figures are read from its
 * document, so the `figures` table (only ever counted) gives way to `articles.figure_count`; `quotes` is
 * kept in time order (`(sort_key, id)`, id being the former rowid), so it needs no time index. Rows written
 * from then on also hold `entity_links` as varints (see entity-links.ts), and a quote's `speaker` is NULL
 * when it is the name of its `speaker_entity` (readers take the entity's name); the older forms still read.
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
    sort_key INTEGER NOT NULL,
    word_count INTEGER NOT NULL,
    entity_links TEXT NOT NULL,
    card TEXT NOT NULL
  );
  CREATE TABLE documents (
    article INTEGER PRIMARY KEY REFERENCES articles (rowid) ON DELETE CASCADE,
    doc BLOB NOT NULL,
    text BLOB NOT NULL
  );
  CREATE INDEX articles_by_time ON articles (sort_key);
  CREATE INDEX articles_by_section ON articles (section, sort_key);

  CREATE TABLE files (
    path TEXT PRIMARY KEY,
    sha256 BLOB NOT NULL,
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

  CREATE TABLE article_entities (
    entity INTEGER NOT NULL,
    sort_key INTEGER NOT NULL,
    article INTEGER NOT NULL,
    PRIMARY KEY (entity, sort_key, article)
  ) WITHOUT ROWID;

  CREATE TABLE quotes (
    rowid INTEGER PRIMARY KEY,
    article INTEGER NOT NULL REFERENCES articles (rowid) ON DELETE CASCADE,
    ord INTEGER NOT NULL,
    sort_key INTEGER NOT NULL,
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

  CREATE VIEW article_text AS
    SELECT a.rowid AS rowid, a.title AS title, article_body(d.text) AS body
    FROM articles a JOIN documents d ON d.article = a.rowid;
  CREATE VIRTUAL TABLE articles_fts USING fts5 (
    title, body,
    content = 'article_text', content_rowid = 'rowid',
    tokenize = 'porter unicode61 remove_diacritics 2'
  );
  INSERT INTO articles_fts (articles_fts, rank) VALUES ('rank', 'bm25(4.0, 1.0)');
  `,
  `
  DROP TABLE articles_fts;
  DROP VIEW article_text;
  DROP TABLE figures;
  DROP TABLE quotes;
  DROP TABLE article_entities;
  DROP TABLE entities;
  DROP TABLE files;
  DROP TABLE documents;
  DROP TABLE articles;
  DELETE FROM meta;

  CREATE TABLE articles (
    rowid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    slug TEXT NOT NULL UNIQUE,
    title TEXT NOT NULL,
    section TEXT,
    published_at TEXT,
    indexed_at TEXT NOT NULL,
    sort_key INTEGER NOT NULL,
    word_count INTEGER NOT NULL,
    file_count INTEGER NOT NULL DEFAULT 0,
    entity_links TEXT NOT NULL,
    card TEXT NOT NULL
  );
  CREATE TABLE documents (
    article INTEGER PRIMARY KEY REFERENCES articles (rowid) ON DELETE CASCADE,
    doc BLOB NOT NULL,
    text BLOB NOT NULL
  );
  CREATE INDEX articles_by_time ON articles (sort_key);
  CREATE INDEX articles_by_section ON articles (section, sort_key);

  CREATE TABLE files (
    path TEXT PRIMARY KEY,
    sha256 BLOB NOT NULL,
    size INTEGER NOT NULL,
    mtime_ms REAL NOT NULL,
    article INTEGER NOT NULL,
    first_seen TEXT NOT NULL
  ) WITHOUT ROWID;

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

  CREATE TABLE article_entities (
    entity INTEGER NOT NULL,
    sort_key INTEGER NOT NULL,
    article INTEGER NOT NULL,
    PRIMARY KEY (entity, sort_key, article)
  ) WITHOUT ROWID;

  CREATE TABLE quotes (
    rowid INTEGER PRIMARY KEY,
    sort_key INTEGER NOT NULL,
    speaker TEXT,
    speaker_type TEXT,
    speaker_entity INTEGER REFERENCES entities (rowid) ON DELETE SET NULL,
    channel TEXT,
    kind TEXT NOT NULL
  );
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

  CREATE VIEW article_text AS
    SELECT a.rowid AS rowid, a.title AS title, article_body(d.text) AS body
    FROM articles a JOIN documents d ON d.article = a.rowid;
  CREATE VIRTUAL TABLE articles_fts USING fts5 (
    title, body,
    content = 'article_text', content_rowid = 'rowid',
    tokenize = 'porter unicode61 remove_diacritics 2'
  );
  INSERT INTO articles_fts (articles_fts, rank) VALUES ('rank', 'bm25(4.0, 1.0)');
  `,
  `
  ALTER TABLE articles ADD COLUMN figure_count INTEGER NOT NULL DEFAULT 0;
  UPDATE articles SET figure_count = (SELECT count(*) FROM figures f WHERE f.article = articles.rowid);
  DROP TABLE figures;

  CREATE TABLE quotes_v3 (
    sort_key INTEGER NOT NULL,
    id INTEGER NOT NULL,
    speaker TEXT,
    speaker_type TEXT,
    speaker_entity INTEGER REFERENCES entities (rowid) ON DELETE SET NULL,
    channel TEXT,
    kind TEXT NOT NULL,
    PRIMARY KEY (sort_key, id)
  ) WITHOUT ROWID;
  INSERT INTO quotes_v3 (sort_key, id, speaker, speaker_type, speaker_entity, channel, kind)
    SELECT sort_key, rowid, speaker, speaker_type, speaker_entity, channel, kind FROM quotes;
  DROP TABLE quotes;
  ALTER TABLE quotes_v3 RENAME TO quotes;
  CREATE INDEX quotes_by_speaker ON quotes (speaker_entity, sort_key);
  `,
];

/** A quote's id is its article's rowid shifted left by QUOTE_BITS, plus its place in the article. */
export const QUOTE_BITS = 16;
export const MAX_QUOTES_PER_ARTICLE = 2 ** QUOTE_BITS;
