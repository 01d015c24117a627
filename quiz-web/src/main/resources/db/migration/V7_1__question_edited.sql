-- The review page marks drafts a teacher has changed by hand; earlier questions count as unedited.
ALTER TABLE question ADD COLUMN edited BOOLEAN NOT NULL DEFAULT FALSE;
