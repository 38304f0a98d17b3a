-- SPDX-License-Identifier: GPL-3.0-or-later
-- The French first-contact consent request every installation starts with (CNIL: a first message
-- to numbers from a rented file asks for consent to political messages; GDPR art. 14: say who
-- writes, why, where the number comes from, and how to object). The bracketed parts are for the
-- team to fill in; the mandatory footer (identity and STOP) is added per campaign.

-- @sqlite
INSERT INTO templates (name, kind, language, body, created_at, updated_at)
VALUES ('Demande de consentement — modèle', 'consent_request', 'fr',
        'Bonjour {prenom|Madame, Monsieur}, [candidat ou parti] souhaite vous écrire pendant la campagne [élection]. Votre numéro nous a été loué par [courtier]. Acceptez-vous de recevoir nos messages ? Répondez OUI ou NON. Sans réponse, nous ne vous écrirons plus.',
        CAST(strftime('%s', 'now') AS INTEGER) * 1000, CAST(strftime('%s', 'now') AS INTEGER) * 1000)
ON CONFLICT (name) DO NOTHING;

-- @postgresql
INSERT INTO templates (name, kind, language, body, created_at, updated_at)
VALUES ('Demande de consentement — modèle', 'consent_request', 'fr',
        'Bonjour {prenom|Madame, Monsieur}, [candidat ou parti] souhaite vous écrire pendant la campagne [élection]. Votre numéro nous a été loué par [courtier]. Acceptez-vous de recevoir nos messages ? Répondez OUI ou NON. Sans réponse, nous ne vous écrirons plus.',
        (EXTRACT(EPOCH FROM now()) * 1000)::BIGINT, (EXTRACT(EPOCH FROM now()) * 1000)::BIGINT)
ON CONFLICT (name) DO NOTHING;
