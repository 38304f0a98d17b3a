-- SPDX-License-Identifier: GPL-3.0-or-later
-- Tribune schema, version 1.
-- Conventions: timestamps are BIGINT milliseconds since the epoch (UTC); calendar dates are
-- ISO 'YYYY-MM-DD' text; money is BIGINT millicents (1/100000 euro) so that no float ever
-- touches a price; phone numbers are E.164 text ('+33612345678'); flags are INTEGER 0/1.
-- Sized for tens of millions of contacts: every lookup on a hot path has an index, per-audience
-- counts are maintained rather than computed with COUNT(*).

-- @all

CREATE TABLE users (
    id ${ID},
    login TEXT NOT NULL UNIQUE,
    display_name TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('composer', 'approver', 'administrator')),
    password_hash TEXT,
    is_disabled INTEGER NOT NULL DEFAULT 0,
    created_at BIGINT NOT NULL
);

-- Who did what, when. Append-only (enforced by triggers below).
CREATE TABLE audit_log (
    id ${ID},
    at BIGINT NOT NULL,
    user_id BIGINT REFERENCES users (id),
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    object_type TEXT,
    object_id BIGINT,
    details TEXT
);
CREATE INDEX audit_log_at ON audit_log (at);
CREATE INDEX audit_log_object ON audit_log (object_type, object_id);

-- A rented or party-collected list of contacts, with its provenance.
CREATE TABLE audiences (
    id ${ID},
    name TEXT NOT NULL UNIQUE,
    origin TEXT NOT NULL DEFAULT 'rented' CHECK (origin IN ('rented', 'own')),
    broker TEXT,
    consent_terms TEXT,
    own_consent_proof TEXT,
    default_region TEXT NOT NULL DEFAULT 'FR',
    is_demo INTEGER NOT NULL DEFAULT 0,
    contact_count BIGINT NOT NULL DEFAULT 0,
    retention_until BIGINT,
    purged_at BIGINT,
    created_at BIGINT NOT NULL,
    created_by BIGINT REFERENCES users (id)
);

-- Columns of an audience beyond the standard ones, usable in filters and merge fields.
CREATE TABLE audience_columns (
    audience_id BIGINT NOT NULL REFERENCES audiences (id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    label TEXT NOT NULL,
    position INTEGER NOT NULL,
    is_sensitive INTEGER NOT NULL DEFAULT 0,
    sensitivity_reviewed_by BIGINT REFERENCES users (id),
    sensitivity_reviewed_at BIGINT,
    PRIMARY KEY (audience_id, name)
);

-- One run of the importer over one broker file.
CREATE TABLE imports (
    id ${ID},
    audience_id BIGINT NOT NULL REFERENCES audiences (id) ON DELETE CASCADE,
    file_name TEXT NOT NULL,
    file_sha256 TEXT,
    file_size BIGINT,
    encoding TEXT,
    delimiter TEXT,
    state TEXT NOT NULL CHECK (state IN ('running', 'done', 'cancelled', 'failed')),
    started_at BIGINT NOT NULL,
    finished_at BIGINT,
    rows_total BIGINT NOT NULL DEFAULT 0,
    rows_imported BIGINT NOT NULL DEFAULT 0,
    rows_updated BIGINT NOT NULL DEFAULT 0,
    duplicates BIGINT NOT NULL DEFAULT 0,
    invalid BIGINT NOT NULL DEFAULT 0,
    fixed_line BIGINT NOT NULL DEFAULT 0,
    suppressed BIGINT NOT NULL DEFAULT 0,
    malformed BIGINT NOT NULL DEFAULT 0,
    user_id BIGINT REFERENCES users (id)
);
CREATE INDEX imports_audience ON imports (audience_id);

CREATE TABLE import_rejects (
    import_id BIGINT NOT NULL REFERENCES imports (id) ON DELETE CASCADE,
    row_number BIGINT NOT NULL,
    raw_value TEXT,
    reason TEXT NOT NULL CHECK (reason IN ('invalid_number', 'fixed_line', 'duplicate',
                                           'suppressed', 'malformed_row', 'bad_encoding')),
    detail TEXT,
    PRIMARY KEY (import_id, row_number)
);

CREATE TABLE contacts (
    id ${ID},
    audience_id BIGINT NOT NULL REFERENCES audiences (id) ON DELETE CASCADE,
    phone TEXT NOT NULL,
    line_type TEXT NOT NULL DEFAULT 'mobile',
    first_name TEXT,
    last_name TEXT,
    postal_code TEXT,
    commune TEXT,
    department TEXT,
    age_bracket TEXT,
    opt_in_date TEXT,
    attributes TEXT,
    import_id BIGINT REFERENCES imports (id) ON DELETE SET NULL,
    source_row BIGINT,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    UNIQUE (audience_id, phone)
);
CREATE INDEX contacts_phone ON contacts (phone);
CREATE INDEX contacts_audience_department ON contacts (audience_id, department);
CREATE INDEX contacts_audience_postal ON contacts (audience_id, postal_code);

-- Numbers that must never be messaged again (STOP, objections, opposition lists).
-- Global across audiences and re-imports; rows are never deleted (trigger below).
CREATE TABLE suppressions (
    phone TEXT PRIMARY KEY,
    reason TEXT NOT NULL CHECK (reason IN ('stop_reply', 'provider_stop', 'manual',
                                           'opposition_list', 'consent_refused')),
    source TEXT,
    note TEXT,
    added_at BIGINT NOT NULL,
    added_by BIGINT REFERENCES users (id)
);
CREATE INDEX suppressions_added_at ON suppressions (added_at);

-- Current consent state per number, derived from consent_events (the ledger is the proof).
CREATE TABLE consent_states (
    phone TEXT PRIMARY KEY,
    state TEXT NOT NULL CHECK (state IN ('unknown', 'requested', 'granted', 'refused',
                                         'opted_out', 'expired')),
    changed_at BIGINT NOT NULL,
    last_event_id BIGINT
);
CREATE INDEX consent_states_state ON consent_states (state);

-- The consent ledger: every consent event, never updated in place (triggers below).
-- No foreign keys, so that purging an audience keeps the proof.
CREATE TABLE consent_events (
    id ${ID},
    at BIGINT NOT NULL,
    phone TEXT NOT NULL,
    audience_id BIGINT,
    audience_name TEXT,
    event TEXT NOT NULL CHECK (event IN ('requested', 'granted', 'refused', 'opted_out',
                                         'expired', 'own_proof', 'override', 'correction')),
    text_sent TEXT,
    text_received TEXT,
    message_id BIGINT,
    provider_message_id TEXT,
    user_id BIGINT,
    actor TEXT,
    note TEXT
);
CREATE INDEX consent_events_phone ON consent_events (phone, at);
CREATE INDEX consent_events_audience ON consent_events (audience_id, event);

-- An election: budgets (L52-11) and the electoral silence (L49) hang on it.
CREATE TABLE elections (
    id ${ID},
    name TEXT NOT NULL UNIQUE,
    first_round_date TEXT,
    second_round_date TEXT,
    polls_close_time TEXT NOT NULL DEFAULT '20:00',
    spending_cap_mc BIGINT,
    created_at BIGINT NOT NULL
);

-- What a provider contract costs per SMS part. NULL exact prices mean "unknown: show the range".
CREATE TABLE price_plans (
    id ${ID},
    name TEXT NOT NULL UNIQUE,
    currency TEXT NOT NULL DEFAULT 'EUR',
    gsm7_part_mc BIGINT,
    ucs2_part_mc BIGINT,
    min_part_mc BIGINT NOT NULL,
    max_part_mc BIGINT NOT NULL,
    vat_basis_points INTEGER NOT NULL DEFAULT 2000,
    tiers TEXT,
    created_at BIGINT NOT NULL
);

-- A configured SMS provider. Credentials live in the OS keychain under credential_ref; never here.
CREATE TABLE providers (
    id ${ID},
    name TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL CHECK (kind IN ('sandbox', 'kannel', 'twilio', 'vonage', 'octopush',
                                       'smsfactor')),
    endpoint TEXT,
    sender_id TEXT,
    rate_limit_per_second ${REAL} NOT NULL DEFAULT 10,
    max_parts INTEGER NOT NULL DEFAULT 6,
    price_plan_id BIGINT REFERENCES price_plans (id),
    credential_ref TEXT,
    options TEXT,
    is_active INTEGER NOT NULL DEFAULT 0,
    created_at BIGINT NOT NULL
);

CREATE TABLE templates (
    id ${ID},
    name TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL CHECK (kind IN ('consent_request', 'campaign')),
    language TEXT NOT NULL DEFAULT 'fr',
    body TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);

CREATE TABLE campaigns (
    id ${ID},
    name TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL CHECK (kind IN ('consent_request', 'campaign')),
    state TEXT NOT NULL DEFAULT 'draft' CHECK (state IN ('draft', 'approved', 'sending', 'paused',
                                                         'done', 'cancelled')),
    election_id BIGINT REFERENCES elections (id),
    audience_id BIGINT REFERENCES audiences (id),
    segment TEXT,
    message TEXT NOT NULL DEFAULT '',
    footer TEXT NOT NULL DEFAULT '',
    sender_id TEXT,
    provider_id BIGINT REFERENCES providers (id),
    scheduled_at BIGINT,
    budget_cap_mc BIGINT,
    revision INTEGER NOT NULL DEFAULT 1,
    created_by BIGINT REFERENCES users (id),
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    approved_by BIGINT REFERENCES users (id),
    approved_revision INTEGER,
    approved_at BIGINT
);
CREATE INDEX campaigns_election ON campaigns (election_id);

-- The outbox: one row per message to one recipient. UNIQUE (campaign_id, phone) makes a
-- second copy of a campaign message to the same number impossible, whatever crashes.
CREATE TABLE messages (
    id ${ID},
    campaign_id BIGINT NOT NULL REFERENCES campaigns (id),
    contact_id BIGINT REFERENCES contacts (id) ON DELETE SET NULL,
    phone TEXT NOT NULL,
    body TEXT NOT NULL,
    encoding TEXT NOT NULL CHECK (encoding IN ('GSM-7', 'UCS-2')),
    parts INTEGER NOT NULL,
    state TEXT NOT NULL DEFAULT 'queued' CHECK (state IN ('queued', 'submitting', 'accepted',
                                                          'delivered', 'failed', 'expired',
                                                          'cancelled', 'unknown')),
    client_ref TEXT NOT NULL UNIQUE,
    provider_message_id TEXT,
    attempts INTEGER NOT NULL DEFAULT 0,
    claimed_by TEXT,
    claimed_at BIGINT,
    next_attempt_at BIGINT,
    queued_at BIGINT NOT NULL,
    submitted_at BIGINT,
    accepted_at BIGINT,
    final_at BIGINT,
    error_code TEXT,
    error_text TEXT,
    cost_mc BIGINT NOT NULL DEFAULT 0,
    UNIQUE (campaign_id, phone)
);
CREATE INDEX messages_campaign_state ON messages (campaign_id, state);
CREATE INDEX messages_provider_message ON messages (provider_message_id);
CREATE INDEX messages_phone ON messages (phone);

CREATE TABLE delivery_reports (
    id ${ID},
    message_id BIGINT REFERENCES messages (id),
    provider_message_id TEXT,
    status TEXT NOT NULL,
    error_code TEXT,
    raw TEXT,
    received_at BIGINT NOT NULL
);
CREATE INDEX delivery_reports_message ON delivery_reports (message_id);

-- Replies and other messages received from recipients.
CREATE TABLE inbound_messages (
    id ${ID},
    provider_id BIGINT REFERENCES providers (id),
    phone TEXT NOT NULL,
    recipient TEXT,
    body TEXT NOT NULL,
    provider_message_id TEXT,
    received_at BIGINT NOT NULL,
    interpretation TEXT,
    in_reply_to BIGINT REFERENCES messages (id),
    handled_at BIGINT
);
CREATE INDEX inbound_messages_phone ON inbound_messages (phone, received_at);

-- Settings shared by every Tribune client of this database (team mode).
CREATE TABLE app_settings (
    key TEXT PRIMARY KEY,
    value TEXT
);

-- Append-only guards for the proof tables.
-- @sqlite

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;

CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;

CREATE TRIGGER consent_events_no_update BEFORE UPDATE ON consent_events
BEGIN
    SELECT RAISE(ABORT, 'consent_events is append-only');
END;

CREATE TRIGGER consent_events_no_delete BEFORE DELETE ON consent_events
BEGIN
    SELECT RAISE(ABORT, 'consent_events is append-only');
END;

CREATE TRIGGER suppressions_no_delete BEFORE DELETE ON suppressions
BEGIN
    SELECT RAISE(ABORT, 'a suppressed number stays suppressed');
END;

-- @postgresql

CREATE FUNCTION tribune_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '% is append-only', TG_TABLE_NAME;
END;
$$;

CREATE FUNCTION tribune_keep_suppressed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'a suppressed number stays suppressed';
END;
$$;

CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION tribune_append_only();

CREATE TRIGGER consent_events_append_only BEFORE UPDATE OR DELETE ON consent_events
    FOR EACH ROW EXECUTE FUNCTION tribune_append_only();

CREATE TRIGGER suppressions_keep BEFORE DELETE ON suppressions
    FOR EACH ROW EXECUTE FUNCTION tribune_keep_suppressed();
