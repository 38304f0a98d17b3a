-- SPDX-License-Identifier: GPL-3.0-or-later
-- Import speed: every index on contacts costs an insert per imported row. Segment counts now
-- come from per-value bitmaps (segment_index), so the (audience, department) and (audience,
-- postal code) indexes no longer serve a hot path. UNIQUE (audience_id, phone) stays (no number
-- twice in an audience, and the audience's own lookups), so does contacts_phone (STOP lookups).

-- @all
DROP INDEX contacts_audience_department;
DROP INDEX contacts_audience_postal;
