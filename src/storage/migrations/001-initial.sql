-- Servers' added articles: the Markdown file the corpus reader reads back, and what identifies it.
CREATE TABLE additions (
  guild text NOT NULL CHECK (guild ~ '^[0-9]{17,20}$'),
  name text NOT NULL CHECK (name ~ '^[a-z0-9-]{1,200}\.md$'),
  title text NOT NULL,
  url text,
  fingerprint text NOT NULL,
  markdown text NOT NULL,
  added_by_id text NOT NULL,
  added_by_name text,
  via text NOT NULL CHECK (via IN ('discord', 'cli')),
  added_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (guild, name),
  -- The same text twice in one server: the second add is a duplicate, even from another machine.
  CONSTRAINT additions_same_text UNIQUE (guild, fingerprint)
);

-- Every normalised URL an addition is known by (as asked, after redirects, canonical).
CREATE TABLE addition_urls (
  guild text NOT NULL,
  url text NOT NULL,
  name text NOT NULL,
  CONSTRAINT addition_urls_same_url PRIMARY KEY (guild, url),
  FOREIGN KEY (guild, name) REFERENCES additions (guild, name) ON DELETE CASCADE
);

-- Who changed what, in commit order: a machine resumes after the last sequence it saw.
CREATE TABLE audit_log (
  sequence bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  at timestamptz NOT NULL DEFAULT now(),
  action text NOT NULL CHECK (action IN ('add', 'remove', 'shared-changed')),
  guild text,
  actor_id text NOT NULL,
  actor_name text,
  via text NOT NULL CHECK (via IN ('discord', 'cli')),
  article_name text,
  article_title text,
  article_url text,
  -- Where an entry copied from a file installation came from, so copying twice adds nothing.
  imported_from text UNIQUE
);
CREATE INDEX audit_log_guild ON audit_log (guild, sequence);

-- The reader issue's feedback: one vote per member and answer, changeable.
CREATE TABLE feedback_votes (
  answer_id text NOT NULL,
  member_hash text NOT NULL,
  guild text,
  question text NOT NULL,
  passages jsonb NOT NULL,
  vote smallint NOT NULL CHECK (vote IN (-1, 1)),
  at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (answer_id, member_hash)
);
CREATE INDEX feedback_votes_guild ON feedback_votes (guild);

-- The reader issue's question log.
CREATE TABLE question_log (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  guild text,
  question text NOT NULL,
  answered boolean NOT NULL,
  at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX question_log_guild_at ON question_log (guild, at);
