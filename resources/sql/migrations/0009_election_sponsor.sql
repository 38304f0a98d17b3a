-- SPDX-License-Identifier: GPL-3.0-or-later
-- Who pays for and answers for an election's messages: the candidate or list and their
-- mandataire financier (sponsor), and how to reach them by post or e-mail (sponsor_contact).
-- The transparency record of political messages (Regulation (EU) 2024/900) names them. NULL for
-- an election recorded before this version or without a sponsor yet.

-- @all
ALTER TABLE elections ADD COLUMN sponsor TEXT;
ALTER TABLE elections ADD COLUMN sponsor_contact TEXT;
