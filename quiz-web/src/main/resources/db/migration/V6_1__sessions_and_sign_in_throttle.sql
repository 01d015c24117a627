-- Sign-in sessions kept in the database, so every replica sees a sign-out or a password change at once, and
-- failed sign-ins counted per account and per client address, so replicas share one throttle.
ALTER TABLE teacher ADD COLUMN disabled BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE teacher ADD COLUMN must_change_password BOOLEAN NOT NULL DEFAULT false;

-- The cookie holds a random secret; only its SHA-256 is stored, so a copy of this table signs no one in.
CREATE TABLE teacher_session (
    secret_hash  BYTEA       PRIMARY KEY,
    teacher_id   BIGINT      NOT NULL REFERENCES teacher (id) ON DELETE CASCADE,
    csrf_token   VARCHAR(64) NOT NULL,
    notice       TEXT,
    created_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    last_seen_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX teacher_session_teacher ON teacher_session (teacher_id);

-- One row per account ('account:<email>') or address ('address:<ip>') with recent failures.
CREATE TABLE sign_in_throttle (
    key              VARCHAR(400) PRIMARY KEY,
    failures         INTEGER      NOT NULL,
    first_failure_at TIMESTAMPTZ  NOT NULL,
    last_failure_at  TIMESTAMPTZ  NOT NULL,
    locked_until     TIMESTAMPTZ
);
