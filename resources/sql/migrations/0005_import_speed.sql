-- SPDX-License-Identifier: GPL-3.0-or-later
-- Import speed: every index on contacts costs an insert per imported row. Segment counts now
-- come from per-value bitmaps (segment_index), so the (audience, department) and (audience,
-- postal code) indexes no longer serve a hot path. UNIQUE (audience_id, phone) stays (no number
-- twice in an audience, and every lookup of contacts by number, STOPs included, which names the
-- audience too); contacts_phone, kept here, serves no query either (dropped by migration 7).

-- @all
DROP INDEX contacts_audience_department;
DROP INDEX contacts_audience_postal;
