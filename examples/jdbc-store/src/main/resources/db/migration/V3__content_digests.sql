-- The SHA-256 digest of each stored version's canonical JSON document (lower-case hex), written with the rows in
-- the same transaction and checked on every load: rows lost or changed outside the store (a deleted child row, a
-- cut text column) become a clear error naming the inspection, never a wrong answer. Versions saved before this
-- migration have none and load unchecked until they are saved again.

ALTER TABLE inspection ADD COLUMN content_digest VARCHAR(64);
