-- Teachers and administrators (accounts arrive with the teacher features; owners are referenced from the start).
CREATE TABLE teacher (
    id            BIGSERIAL PRIMARY KEY,
    email         VARCHAR(320) NOT NULL UNIQUE,
    display_name  VARCHAR(200) NOT NULL,
    password_hash VARCHAR(200) NOT NULL,
    role          VARCHAR(20)  NOT NULL CHECK (role IN ('admin', 'teacher')),
    created_at    TIMESTAMPTZ  NOT NULL DEFAULT now()
);

CREATE TABLE article (
    id           BIGSERIAL PRIMARY KEY,
    owner_id     BIGINT REFERENCES teacher (id),
    library_key  VARCHAR(200) UNIQUE,          -- file name in the content library; null for teachers' own articles
    title        VARCHAR(500) NOT NULL,
    body         TEXT         NOT NULL,
    source       VARCHAR(500),
    published    VARCHAR(50),
    language     VARCHAR(20),
    licence      VARCHAR(200),
    created_at   TIMESTAMPTZ  NOT NULL DEFAULT now()
);

-- A question in a teacher's bank: generated from an article (with evidence) or written by hand.
CREATE TABLE question (
    id           BIGSERIAL PRIMARY KEY,
    owner_id     BIGINT REFERENCES teacher (id),
    article_id   BIGINT REFERENCES article (id),
    external_id  VARCHAR(100) NOT NULL,
    type         VARCHAR(30)  NOT NULL,
    status       VARCHAR(20)  NOT NULL CHECK (status IN ('DRAFT', 'APPROVED', 'REJECTED')),
    prompt       TEXT         NOT NULL,
    options      JSONB        NOT NULL,
    answers      JSONB        NOT NULL,
    explanation  TEXT         NOT NULL,
    evidence     JSONB        NOT NULL,
    difficulty   DOUBLE PRECISION NOT NULL,
    tags         JSONB        NOT NULL,
    tolerance    DOUBLE PRECISION NOT NULL DEFAULT 0,
    position     INT          NOT NULL DEFAULT 0,
    created_at   TIMESTAMPTZ  NOT NULL DEFAULT now()
);
CREATE INDEX question_article_idx ON question (article_id);

CREATE TABLE question_set (
    id          BIGSERIAL PRIMARY KEY,
    owner_id    BIGINT REFERENCES teacher (id),
    title       VARCHAR(500) NOT NULL,
    created_at  TIMESTAMPTZ  NOT NULL DEFAULT now()
);

CREATE TABLE question_set_item (
    question_set_id BIGINT NOT NULL REFERENCES question_set (id) ON DELETE CASCADE,
    question_id     BIGINT NOT NULL REFERENCES question (id),
    position        INT    NOT NULL,
    PRIMARY KEY (question_set_id, question_id)
);

CREATE TABLE quiz (
    id                 BIGSERIAL PRIMARY KEY,
    owner_id           BIGINT REFERENCES teacher (id),
    question_set_id    BIGINT       NOT NULL REFERENCES question_set (id),
    library_key        VARCHAR(200) UNIQUE,     -- set for the quizzes published from the content library
    title              VARCHAR(500) NOT NULL,
    code               VARCHAR(12)  NOT NULL UNIQUE,
    listed             BOOLEAN      NOT NULL DEFAULT TRUE,
    status             VARCHAR(20)  NOT NULL CHECK (status IN ('OPEN', 'CLOSED')),
    time_limit_seconds INT CHECK (time_limit_seconds > 0),
    max_attempts       INT CHECK (max_attempts > 0),
    opens_at           TIMESTAMPTZ,
    closes_at          TIMESTAMPTZ,
    one_per_page       BOOLEAN      NOT NULL DEFAULT FALSE,
    shuffle            BOOLEAN      NOT NULL DEFAULT TRUE,
    feedback_mode      VARCHAR(20)  NOT NULL CHECK (feedback_mode IN ('IMMEDIATE', 'AFTER_SUBMIT', 'AFTER_CLOSE')),
    created_at         TIMESTAMPTZ  NOT NULL DEFAULT now()
);

CREATE TABLE attempt (
    id             UUID PRIMARY KEY,
    quiz_id        BIGINT       NOT NULL REFERENCES quiz (id),
    token_hash     VARCHAR(64)  NOT NULL,
    student_name   VARCHAR(100) NOT NULL,
    state          VARCHAR(20)  NOT NULL CHECK (state IN ('IN_PROGRESS', 'SUBMITTED', 'EXPIRED')),
    question_order JSONB        NOT NULL,     -- question ids in the order this student sees them
    option_orders  JSONB        NOT NULL,     -- per question id, its options in this student's order
    started_at     TIMESTAMPTZ  NOT NULL,
    deadline       TIMESTAMPTZ,
    submitted_at   TIMESTAMPTZ,
    score          DOUBLE PRECISION,
    max_score      DOUBLE PRECISION
);
CREATE INDEX attempt_quiz_idx ON attempt (quiz_id);

CREATE TABLE attempt_answer (
    attempt_id   UUID   NOT NULL REFERENCES attempt (id) ON DELETE CASCADE,
    question_id  BIGINT NOT NULL REFERENCES question (id),
    response     JSONB  NOT NULL,
    saved_at     TIMESTAMPTZ NOT NULL,
    score        DOUBLE PRECISION,
    PRIMARY KEY (attempt_id, question_id)
);
