-- A teacher's request to draft questions for several articles, worked through in the background. The state lives
-- here rather than in memory so that any replica can show the progress and pick up queued work after a restart.
CREATE TABLE generation_batch (
    id          BIGSERIAL PRIMARY KEY,
    owner_id    BIGINT      NOT NULL REFERENCES teacher (id),
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX generation_batch_owner_idx ON generation_batch (owner_id);

CREATE TABLE generation_item (
    id             BIGSERIAL PRIMARY KEY,
    batch_id       BIGINT      NOT NULL REFERENCES generation_batch (id) ON DELETE CASCADE,
    article_id     BIGINT      NOT NULL REFERENCES article (id),
    position       INT         NOT NULL,
    status         VARCHAR(10) NOT NULL CHECK (status IN ('QUEUED', 'RUNNING', 'DONE', 'FAILED')),
    question_count INT         NOT NULL DEFAULT 0,
    error          TEXT,
    started_at     TIMESTAMPTZ,
    finished_at    TIMESTAMPTZ,
    UNIQUE (batch_id, position)
);
-- Workers look for the queued items of a batch; the partial index stays small as items finish.
CREATE INDEX generation_item_queued_idx ON generation_item (batch_id, position) WHERE status IN ('QUEUED', 'RUNNING');
