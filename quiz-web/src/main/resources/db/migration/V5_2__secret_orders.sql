-- Each article's generation seed: drawn at random and kept secret, so the drafts' order cannot be recomputed from
-- their prompts, and the same seed drafts the same questions again. gen_random_uuid() uses a strong random source.
ALTER TABLE article ADD COLUMN generation_seed BIGINT;
UPDATE article SET generation_seed = ('x' || substr(replace(gen_random_uuid()::text, '-', ''), 1, 16))::bit(64)::bigint;
ALTER TABLE article ALTER COLUMN generation_seed SET NOT NULL;

-- Options stored before were in an order that could give the key away (drafted with a public seed, imported with the
-- right answer first, matching items beside their partners, orderings rotated by one). Questions a teacher wrote
-- by hand keep the order the teacher chose.
UPDATE question SET options = (SELECT jsonb_agg(o.value ORDER BY gen_random_uuid()) FROM jsonb_array_elements(options) o)
WHERE type IN ('MULTIPLE_CHOICE', 'MULTIPLE_RESPONSE', 'QUOTE_ATTRIBUTION', 'MATCHING', 'ORDERING')
  AND jsonb_array_length(options) > 1 AND external_id NOT LIKE 'q-own-%';
