-- SPDX-License-Identifier: GPL-3.0-or-later
-- Campaigns Tribune keeps by itself, not written by a person: 'stop_confirmation' holds the one
-- message confirming a STOP (Consent::StopConfirmation), one campaign per provider. NULL for
-- every campaign a person writes. The outbox lets a stop_confirmation message through only to a
-- suppressed number, the inverse of the consent gate.

-- @all
ALTER TABLE campaigns ADD COLUMN system_kind TEXT;
