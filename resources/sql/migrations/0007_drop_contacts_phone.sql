-- SPDX-License-Identifier: GPL-3.0-or-later
-- Import speed: contacts_phone (contacts by phone alone) serves no query. Every lookup of
-- contacts by number also names the audience (STOPs and consent changes applied to an
-- audience's segment index, the import's own audience check), which UNIQUE (audience_id, phone)
-- answers; the suppression and consent checks of campaigns go from the contact to the
-- suppressions and consent_states tables, keyed by phone. Each imported row paid an insert into
-- this index, in the transaction's WAL and again at the checkpoint.

-- @all
DROP INDEX contacts_phone;
