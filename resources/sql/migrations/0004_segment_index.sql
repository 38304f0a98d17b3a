-- SPDX-License-Identifier: GPL-3.0-or-later
-- Segment counts at interactive speed (SegmentIndex): per audience, column and value, the ids
-- of the contacts holding that value as a compressed bitmap (CRoaring portable format, ids
-- relative to the audience's base id), with its cardinality so that value pickers need no
-- decoding. Reserved column names start with '#': '#all' (every contact), '#unsendable'
-- (suppressed or consent refused/withdrawn at build time). One meta row per audience says what
-- the bitmaps were built from, so that a later import or purge is noticed.
-- Values compare byte-wise on both backends (PostgreSQL: COLLATE "C"), as segment ranges do.

-- @sqlite
CREATE TABLE segment_index (
    audience_id BIGINT NOT NULL REFERENCES audiences (id) ON DELETE CASCADE,
    column_name TEXT NOT NULL,
    value TEXT NOT NULL,
    generation BIGINT NOT NULL,
    contacts BIGINT NOT NULL,
    bitmap BLOB NOT NULL,
    PRIMARY KEY (audience_id, column_name, value)
);

-- @postgresql
CREATE TABLE segment_index (
    audience_id BIGINT NOT NULL REFERENCES audiences (id) ON DELETE CASCADE,
    column_name TEXT COLLATE "C" NOT NULL,
    value TEXT COLLATE "C" NOT NULL,
    generation BIGINT NOT NULL,
    contacts BIGINT NOT NULL,
    bitmap BYTEA NOT NULL,
    PRIMARY KEY (audience_id, column_name, value)
);

-- @all
CREATE TABLE segment_index_meta (
    audience_id BIGINT PRIMARY KEY REFERENCES audiences (id) ON DELETE CASCADE,
    -- Random per build: keys the in-memory cache of loaded bitmaps.
    generation BIGINT NOT NULL,
    -- What the bitmaps reflect: the audience's last finished import, its contact count and
    -- purge time when the build started.
    last_import_id BIGINT NOT NULL,
    audience_contact_count BIGINT NOT NULL,
    purged_at BIGINT,
    -- Contact ids are stored as id - base_id (32 bits).
    base_id BIGINT NOT NULL,
    contacts BIGINT NOT NULL,
    -- Suppressions and consent changes from this time on (minus a margin for clock skew between
    -- clients) are applied at count time.
    unsendable_since BIGINT NOT NULL,
    built_at BIGINT NOT NULL,
    build_milliseconds BIGINT NOT NULL,
    -- JSON: [{"name": "departement", "values": 96, "indexed": true}, ...]
    columns TEXT NOT NULL
);

-- Consent changes since the last build, read at every count.
CREATE INDEX consent_states_changed_at ON consent_states (changed_at);

-- A purge deletes the audience's contacts: the values and ids kept here go with them.
-- @sqlite
CREATE TRIGGER segment_index_purge AFTER UPDATE OF purged_at ON audiences
WHEN NEW.purged_at IS NOT NULL
BEGIN
    DELETE FROM segment_index WHERE audience_id = NEW.id;
    DELETE FROM segment_index_meta WHERE audience_id = NEW.id;
END;

-- @postgresql
CREATE FUNCTION tribune_segment_index_purge() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM segment_index WHERE audience_id = NEW.id;
    DELETE FROM segment_index_meta WHERE audience_id = NEW.id;
    RETURN NULL;
END;
$$;
CREATE TRIGGER segment_index_purge AFTER UPDATE OF purged_at ON audiences
    FOR EACH ROW WHEN (NEW.purged_at IS NOT NULL) EXECUTE FUNCTION tribune_segment_index_purge();
