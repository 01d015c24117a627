-- How a quiz recognises a student, for its attempt limit and its results: by device (cookie), by name and device,
-- or by a class list whose entries each have a personal code.
ALTER TABLE quiz ADD COLUMN recognition VARCHAR(20) NOT NULL DEFAULT 'DEVICE';

CREATE TABLE roster_entry (
    id        BIGSERIAL PRIMARY KEY,
    quiz_id   BIGINT       NOT NULL REFERENCES quiz (id) ON DELETE CASCADE,
    name      VARCHAR(100) NOT NULL,
    code      VARCHAR(16)  NOT NULL,
    position  INT          NOT NULL,
    UNIQUE (quiz_id, code)
);
CREATE UNIQUE INDEX roster_entry_quiz_name_idx ON roster_entry (quiz_id, lower(name));

ALTER TABLE attempt ADD COLUMN roster_entry_id BIGINT REFERENCES roster_entry (id) ON DELETE SET NULL;
CREATE INDEX attempt_roster_entry_idx ON attempt (roster_entry_id);
CREATE INDEX attempt_quiz_name_idx ON attempt (quiz_id, lower(student_name));
