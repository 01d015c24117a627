-- The browser (device cookie) that started an attempt: students have no accounts, so attempts are counted per device.
ALTER TABLE attempt ADD COLUMN device_id VARCHAR(64);
CREATE INDEX attempt_quiz_device_idx ON attempt (quiz_id, device_id);
