-- Spam removal marks events deleted instead of removing them, the way replication tools carry
-- deletes (Fivetran's _fivetran_deleted, Airbyte's _ab_cdc_deleted_at): received_at moves to the
-- time the deletion landed, so a model sees the event as a changed row and recomputes what it
-- touched. The models read `deleted_at IS NULL`.
ALTER TABLE raw.tracks ADD COLUMN deleted_at timestamptz;

-- Models recompute the rows of the users whose events changed: their events, by user and time.
CREATE INDEX tracks_user_time ON raw.tracks (user_id, event_time);
