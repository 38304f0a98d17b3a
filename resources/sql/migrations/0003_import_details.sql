-- SPDX-License-Identifier: GPL-3.0-or-later
-- Import details: rows with bad encoding and numbers that are valid but cannot receive SMS
-- (VoIP, premium rate, toll free...) get their own counts and reject reason; an audience may
-- be tied to an election, whose last round sets the default retention deadline.

-- @all
ALTER TABLE imports ADD COLUMN bad_encoding BIGINT NOT NULL DEFAULT 0;
ALTER TABLE imports ADD COLUMN not_mobile BIGINT NOT NULL DEFAULT 0;
ALTER TABLE imports ADD COLUMN error_text TEXT;
ALTER TABLE audiences ADD COLUMN election_id BIGINT REFERENCES elections (id);

-- @sqlite
CREATE TABLE import_rejects_new (
    import_id BIGINT NOT NULL REFERENCES imports (id) ON DELETE CASCADE,
    row_number BIGINT NOT NULL,
    raw_value TEXT,
    reason TEXT NOT NULL CHECK (reason IN ('invalid_number', 'fixed_line', 'not_mobile', 'duplicate',
                                           'suppressed', 'malformed_row', 'bad_encoding')),
    detail TEXT,
    PRIMARY KEY (import_id, row_number)
);
INSERT INTO import_rejects_new (import_id, row_number, raw_value, reason, detail)
    SELECT import_id, row_number, raw_value, reason, detail FROM import_rejects;
DROP TABLE import_rejects;
ALTER TABLE import_rejects_new RENAME TO import_rejects;

-- @postgresql
ALTER TABLE import_rejects DROP CONSTRAINT import_rejects_reason_check;
ALTER TABLE import_rejects ADD CONSTRAINT import_rejects_reason_check
    CHECK (reason IN ('invalid_number', 'fixed_line', 'not_mobile', 'duplicate', 'suppressed',
                      'malformed_row', 'bad_encoding'));
