-- The order in which each matching question's left-hand items are shown, drawn at random for the attempt and kept
-- with it, like the options' order: an order derived from the attempt's public id could be recomputed.
ALTER TABLE attempt ADD COLUMN item_orders JSONB;
