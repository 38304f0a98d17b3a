<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AudienceCommands</name>
    <message>
        <source>Audience name.</source>
        <translation>Nom de l&apos;audience.</translation>
    </message>
    <message>
        <source>Import a broker&apos;s CSV/TSV file into an audience (a new one, or an update of an existing one).</source>
        <translation>Importer le fichier CSV/TSV d&apos;un courtier dans une audience (nouvelle, ou mise à jour d&apos;une audience existante).</translation>
    </message>
    <message>
        <source>Broker or source of the file.</source>
        <translation>Courtier ou source du fichier.</translation>
    </message>
    <message>
        <source>The consent terms the broker states.</source>
        <translation>Les conditions de consentement annoncées par le courtier.</translation>
    </message>
    <message>
        <source>The list was collected by the party itself (not rented).</source>
        <translation>La liste a été collectée par le parti lui-même (non louée).</translation>
    </message>
    <message>
        <source>Field delimiter: ; , tab or | (detected by default).</source>
        <translation>Séparateur de champs : ; , tab ou | (détecté par défaut).</translation>
    </message>
    <message>
        <source>UTF-8 or Windows-1252 (detected by default).</source>
        <translation>UTF-8 ou Windows-1252 (détecté par défaut).</translation>
    </message>
    <message>
        <source>Region of numbers without a country code (default FR).</source>
        <translation>Région des numéros sans indicatif de pays (FR par défaut).</translation>
    </message>
    <message>
        <source>Election the audience is for (sets the retention deadline).</source>
        <translation>Élection pour laquelle l&apos;audience est utilisée (fixe la date limite de conservation).</translation>
    </message>
    <message>
        <source>give one FILE and --audience</source>
        <translation>indiquez un FICHIER et --audience</translation>
    </message>
    <message>
        <source>no election named &quot;%1&quot;</source>
        <translation>aucune élection nommée « %1 »</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>impossible d&apos;ouvrir %1 : %2</translation>
    </message>
    <message>
        <source>unknown delimiter &quot;%1&quot;</source>
        <translation>séparateur inconnu « %1 »</translation>
    </message>
    <message>
        <source>unknown encoding &quot;%1&quot;</source>
        <translation>encodage inconnu « %1 »</translation>
    </message>
    <message>
        <source>Imported %1 in %2 s: %3 rows, %4 new contacts, %5 updated; rejected: %6 invalid, %7 fixed lines, %8 not mobile, %9 duplicates, %10 suppressed, %11 malformed, %12 bad encoding.
</source>
        <translation>%1 importé en %2 s : %3 lignes, %4 nouveaux contacts, %5 mis à jour ; rejetés : %6 invalides, %7 fixes, %8 non mobiles, %9 doublons, %10 opposés, %11 mal formés, %12 mal encodés.
</translation>
    </message>
    <message>
        <source>Write the reject report of an audience&apos;s imports to a CSV file.</source>
        <translation>Écrire le rapport des rejets des imports d&apos;une audience dans un fichier CSV.</translation>
    </message>
    <message>
        <source>CSV file to write.</source>
        <translation>Fichier CSV à écrire.</translation>
    </message>
    <message>
        <source>Excel (France): &apos;;&apos; separator, UTF-8 with BOM.</source>
        <translation>Excel (France) : séparateur « ; », UTF-8 avec BOM.</translation>
    </message>
    <message>
        <source>--audience and --out are required</source>
        <translation>--audience et --out sont obligatoires</translation>
    </message>
    <message>
        <source>no audience named &quot;%1&quot;</source>
        <translation>aucune audience nommée « %1 »</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>%1 rejected rows written to %2.
</source>
        <translation>%1 lignes rejetées écrites dans %2.
</translation>
    </message>
    <message>
        <source>--audience is required</source>
        <translation>--audience est obligatoire</translation>
    </message>
    <message>
        <source>%1 % (%2 rows)</source>
        <translation>%1 % (%2 lignes)</translation>
    </message>
    <message>
        <source>Delete the contacts of an audience (or of every audience past its retention deadline); the consent ledger, the suppression list and the audit log are kept.</source>
        <translation>Supprimer les contacts d&apos;une audience (ou de toutes celles dont la date limite de conservation est passée) ; le registre des consentements, la liste d&apos;opposition et le journal d&apos;audit sont conservés.</translation>
    </message>
    <message>
        <source>Purge every audience whose retention deadline has passed.</source>
        <translation>Purger toutes les audiences dont la date limite de conservation est passée.</translation>
    </message>
    <message>
        <source>give either --audience or --expired</source>
        <translation>indiquez soit --audience, soit --expired</translation>
    </message>
    <message>
        <source>Purged &quot;%1&quot;: %2 contacts deleted.
</source>
        <translation>« %1 » purgée : %2 contacts supprimés.
</translation>
    </message>
    <message>
        <source>No audience is past its retention deadline.
</source>
        <translation>Aucune audience n&apos;a dépassé sa date limite de conservation.
</translation>
    </message>
    <message>
        <source>Count the sendable contacts of an audience segment (suppressed numbers and refused consent excluded).</source>
        <translation>Compte les contacts joignables d&apos;un segment d&apos;audience (numéros en liste d&apos;opposition et consentements refusés exclus).</translation>
    </message>
    <message>
        <source>Count contacts matching any filter (OR) instead of all of them (AND).</source>
        <translation>Compte les contacts qui répondent à l&apos;un des filtres (OU) plutôt qu&apos;à tous (ET).</translation>
    </message>
    <message>
        <source>%1 of %2 sendable contacts (%3 ms)
</source>
        <translation>%1 contacts joignables sur %2 (%3 ms)
</translation>
    </message>
    <message>
        <source>Segment counts not prepared: %1
</source>
        <translation>Comptages de segments non préparés : %1
</translation>
    </message>
</context>
<context>
    <name>AudienceImporter</name>
    <message>
        <source>Invalid number</source>
        <translation>Numéro invalide</translation>
    </message>
    <message>
        <source>Fixed line (cannot receive SMS)</source>
        <translation>Ligne fixe (ne reçoit pas de SMS)</translation>
    </message>
    <message>
        <source>Not a mobile number</source>
        <translation>Pas un numéro mobile</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Doublon</translation>
    </message>
    <message>
        <source>On the suppression list</source>
        <translation>Sur la liste d&apos;opposition</translation>
    </message>
    <message>
        <source>Malformed row</source>
        <translation>Ligne mal formée</translation>
    </message>
    <message>
        <source>Bad encoding</source>
        <translation>Mauvais encodage</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Impossible d&apos;ouvrir %1 : %2</translation>
    </message>
    <message>
        <source>Give the audience a name.</source>
        <translation>Donnez un nom à l&apos;audience.</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>Impossible de lire %1.</translation>
    </message>
    <message>
        <source>Cannot start the import: %1</source>
        <translation>Impossible de démarrer l&apos;import : %1</translation>
    </message>
    <message>
        <source>Cannot create the audience: %1</source>
        <translation>Impossible de créer l&apos;audience : %1</translation>
    </message>
    <message>
        <source>The columns of this file cannot be used: %1</source>
        <translation>Les colonnes de ce fichier ne sont pas utilisables : %1</translation>
    </message>
    <message>
        <source>Reading %1 failed: %2</source>
        <translation>La lecture de %1 a échoué : %2</translation>
    </message>
    <message>
        <source>Saving the contacts failed: %1</source>
        <translation>L&apos;enregistrement des contacts a échoué : %1</translation>
    </message>
    <message>
        <source>The import was cancelled: nothing was saved.</source>
        <translation>L&apos;import a été annulé : rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>Saving the import failed: %1</source>
        <translation>L&apos;enregistrement de l&apos;import a échoué : %1</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
</context>
<context>
    <name>AudienceListModel</name>
    <message>
        <source>Consent terms stated by the broker: %1</source>
        <translation>Conditions de consentement annoncées par le courtier : %1</translation>
    </message>
    <message>
        <source>Collected by the party</source>
        <translation>Collecté par le parti</translation>
    </message>
    <message>
        <source>Rented</source>
        <translation>Loué</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Audience</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>Broker / source</source>
        <translation>Courtier / source</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importé le</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Keep until</source>
        <translation>Conserver jusqu&apos;au</translation>
    </message>
</context>
<context>
    <name>AudiencePurge</name>
    <message>
        <source>Purging the audience failed: %1</source>
        <translation>La purge de l&apos;audience a échoué : %1</translation>
    </message>
    <message>
        <source>This audience does not exist or was already purged.</source>
        <translation>Cette audience n&apos;existe pas ou a déjà été purgée.</translation>
    </message>
</context>
<context>
    <name>AudiencesPage</name>
    <message>
        <source>Audiences</source>
        <translation>Audiences</translation>
    </message>
    <message>
        <source>Rented files and party lists, with where each came from and the consent terms the broker stated. Contacts from rented files only get a consent request until they say yes.</source>
        <translation>Fichiers loués et listes du parti, avec leur provenance et les conditions de consentement annoncées par le courtier. Les contacts d&apos;un fichier loué ne reçoivent qu&apos;une demande de consentement tant qu&apos;ils n&apos;ont pas dit oui.</translation>
    </message>
    <message>
        <source>No audience in this database yet.</source>
        <translation>Aucune audience dans cette base pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Load the demo audience</source>
        <translation>Charger l&apos;audience de démonstration</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Origin: %2 · Broker: %3&lt;br&gt;File: %4 · Imported: %5 · %6 contacts&lt;br&gt;Consent terms stated by the broker: &lt;i&gt;%7&lt;/i&gt;&lt;br&gt;Keep contacts until: %8</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Origine : %2 · Courtier : %3&lt;br&gt;Fichier : %4 · Importé le : %5 · %6 contacts&lt;br&gt;Conditions de consentement annoncées par le courtier : &lt;i&gt;%7&lt;/i&gt;&lt;br&gt;Conserver les contacts jusqu&apos;au : %8</translation>
    </message>
    <message>
        <source>none stated</source>
        <translation>aucune indiquée</translation>
    </message>
    <message>
        <source>&amp;Import a broker file…</source>
        <translation>&amp;Importer un fichier de courtier…</translation>
    </message>
    <message>
        <source>Provenance</source>
        <translation>Provenance</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>&amp;Purge the contacts now</source>
        <translation>&amp;Purger les contacts maintenant</translation>
    </message>
    <message>
        <source>Deletes the contacts of this audience. The consent ledger, the suppression list and the audit log are kept.</source>
        <translation>Supprime les contacts de cette audience. Le registre des consentements, la liste d&apos;opposition et le journal d&apos;audit sont conservés.</translation>
    </message>
    <message>
        <source>Purge the audience</source>
        <translation>Purger l&apos;audience</translation>
    </message>
    <message>
        <source>The retention deadline of &quot;%1&quot; has passed. Delete its contacts now? The consent ledger, the suppression list and the audit log are kept.</source>
        <translation>La date limite de conservation de « %1 » est passée. Supprimer ses contacts maintenant ? Le registre des consentements, la liste d&apos;opposition et le journal d&apos;audit sont conservés.</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <source>&amp;Write a campaign to this segment…</source>
        <translation>&amp;Écrire une campagne pour ce segment…</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>Cannot read the audit log: %1</source>
        <translation>Impossible de lire le journal d’audit : %1</translation>
    </message>
</context>
<context>
    <name>AuditLogModel</name>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
</context>
<context>
    <name>AuditLogPanel</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>Write the whole audit log to a CSV file.</source>
        <translation>Écrire tout le journal d’audit dans un fichier CSV.</translation>
    </message>
    <message>
        <source>Nothing recorded yet.</source>
        <translation>Rien n’est encore enregistré.</translation>
    </message>
    <message numerus="yes">
        <source>The newest %n entries.</source>
        <translation>
            <numerusform>L’entrée la plus récente.</numerusform>
            <numerusform>Les %n entrées les plus récentes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>Exporter le journal d’audit</translation>
    </message>
    <message>
        <source>audit-log.csv</source>
        <translation>journal-audit.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exporting the audit log…</source>
        <translation>Export du journal d’audit…</translation>
    </message>
    <message numerus="yes">
        <source>%n entries saved to %1.</source>
        <translation>
            <numerusform>%n entrée enregistrée dans %1.</numerusform>
            <numerusform>%n entrées enregistrées dans %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BudgetCheck</name>
    <message>
        <source>This campaign may cost up to %1, %2 over its budget of %3 (%4 spent already). Narrow the segment, shorten the message or raise the budget.</source>
        <translation>Cette campagne peut coûter jusqu’à %1, soit %2 de plus que son budget de %3 (%4 déjà dépensés). Restreignez le segment, raccourcissez le message ou relevez le budget.</translation>
    </message>
    <message>
        <source>Cannot read the budgets: %1</source>
        <translation>Impossible de lire les budgets : %1</translation>
    </message>
    <message>
        <source>This campaign no longer exists.</source>
        <translation>Cette campagne n’existe plus.</translation>
    </message>
    <message>
        <source>With this campaign, spending for &quot;%1&quot; may reach %2 including VAT, %3 over its ceiling of %4 (Code électoral L52-11; %5 spent already by its campaigns). Narrow the segment or shorten the message.</source>
        <translation>Avec cette campagne, les dépenses pour « %1 » peuvent atteindre %2 TTC, soit %3 au-dessus de son plafond de %4 (Code électoral L52-11 ; %5 déjà dépensés par ses campagnes). Réduisez le segment ou raccourcissez le message.</translation>
    </message>
</context>
<context>
    <name>CallbackPanel</name>
    <message>
        <source>Kannel and the online providers report each message&apos;s delivery and pass on the replies (STOP among them) by calling Tribune back over HTTP. Tribune listens while it runs; the command tribune-cli listen does the same without the window.</source>
        <translation>Kannel et les fournisseurs en ligne signalent la remise de chaque message et transmettent les réponses (STOP compris) en rappelant Tribune en HTTP. Tribune écoute tant qu’il est ouvert ; la commande tribune-cli listen fait de même sans la fenêtre.</translation>
    </message>
    <message>
        <source>&amp;Receive delivery reports and replies</source>
        <translation>&amp;Recevoir les accusés de réception et les réponses</translation>
    </message>
    <message>
        <source>Listen on &amp;address:</source>
        <translation>É&amp;couter sur l’adresse :</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort :</translation>
    </message>
    <message>
        <source>&amp;Public address:</source>
        <translation>Adresse &amp;publique :</translation>
    </message>
    <message>
        <source>What providers are given to call, the same for the whole team. Leave it empty for a gateway on this computer; for an online provider, give the HTTPS address of a reverse proxy or a tunnel that leads to the port above.</source>
        <translation>L’adresse que les fournisseurs doivent appeler, la même pour toute l’équipe. Laissez-la vide pour une passerelle sur cet ordinateur ; pour un fournisseur en ligne, indiquez l’adresse HTTPS d’un proxy inverse ou d’un tunnel qui mène au port ci-dessus.</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Empty: %1</source>
        <translation>Vide : %1</translation>
    </message>
    <message>
        <source>The public address is not a valid address.</source>
        <translation>L’adresse publique n’est pas une adresse valide.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré : %1</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>Last refused call: %1 (HTTP %2): %3</source>
        <translation>Dernier appel refusé : %1 (HTTP %2) : %3</translation>
    </message>
    <message>
        <source>Not listening: providers are given no address to call back, so delivery reports and replies from Kannel and the online providers do not reach Tribune.</source>
        <translation>Pas d’écoute : les fournisseurs n’ont aucune adresse à rappeler, les accusés de réception et les réponses de Kannel et des fournisseurs en ligne n’arrivent donc pas à Tribune.</translation>
    </message>
    <message numerus="yes">
        <source>Listening on %1 for %n provider(s); providers call %2.</source>
        <translation>
            <numerusform>À l’écoute sur %1 pour %n fournisseur ; les fournisseurs appellent %2.</numerusform>
            <numerusform>À l’écoute sur %1 pour %n fournisseurs ; les fournisseurs appellent %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not listening: %1</source>
        <translation>Pas d’écoute : %1</translation>
    </message>
    <message>
        <source>Recorded since Tribune started: %1 and %2.</source>
        <translation>Enregistrés depuis le démarrage de Tribune : %1 et %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n delivery report(s)</source>
        <translation>
            <numerusform>%n accusé de réception</numerusform>
            <numerusform>%n accusés de réception</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n incoming message(s)</source>
        <translation>
            <numerusform>%n message reçu</numerusform>
            <numerusform>%n messages reçus</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CallbackSettings</name>
    <message>
        <source>Only an administrator can change where delivery reports and replies are received.</source>
        <translation>Seul un administrateur peut changer l’endroit où arrivent les accusés de réception et les réponses.</translation>
    </message>
    <message>
        <source>The listening address must be an IP address, such as 127.0.0.1 (this computer only) or 0.0.0.0 (every network interface): &quot;%1&quot;.</source>
        <translation>L’adresse d’écoute doit être une adresse IP, par exemple 127.0.0.1 (cet ordinateur seulement) ou 0.0.0.0 (toutes les interfaces réseau) : « %1 ».</translation>
    </message>
    <message>
        <source>The port must be between 1 and 65535 (not %1).</source>
        <translation>Le port doit être compris entre 1 et 65535 (et non %1).</translation>
    </message>
    <message>
        <source>The public address must start with https:// (or http://), for example https://tribune.example.org: &quot;%1&quot;.</source>
        <translation>L’adresse publique doit commencer par https:// (ou http://), par exemple https://tribune.example.org : « %1 ».</translation>
    </message>
    <message>
        <source>The public address names no host: &quot;%1&quot;.</source>
        <translation>L’adresse publique ne nomme aucun hôte : « %1 ».</translation>
    </message>
    <message>
        <source>The public address must not contain a user name, a password, a query (?…) or a fragment (#…): providers add their own.</source>
        <translation>L’adresse publique ne doit contenir ni nom d’utilisateur, ni mot de passe, ni requête (?…), ni fragment (#…) : les fournisseurs ajoutent les leurs.</translation>
    </message>
    <message>
        <source>Cannot save the settings: %1</source>
        <translation>Impossible d’enregistrer les réglages : %1</translation>
    </message>
</context>
<context>
    <name>Campaign</name>
    <message>
        <source>Consent request</source>
        <translation>Demande de consentement</translation>
    </message>
    <message>
        <source>Campaign message</source>
        <translation>Message de campagne</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approuvée</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>En cours d&apos;envoi</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
</context>
<context>
    <name>CampaignCommands</name>
    <message>
        <source>Campaign name.</source>
        <translation>Nom de la campagne.</translation>
    </message>
    <message>
        <source>Analyse an SMS text: encoding, parts, units and the characters that force UCS-2.</source>
        <translation>Analyser un texte de SMS : encodage, parties, unités et caractères qui imposent l&apos;UCS-2.</translation>
    </message>
    <message>
        <source>Mandatory footer appended on its own line.</source>
        <translation>Mention obligatoire ajoutée sur sa propre ligne.</translation>
    </message>
    <message>
        <source>give the text to analyse</source>
        <translation>indiquez le texte à analyser</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n part(s) · %2 characters, %3 units · %4 left in this part
</source>
        <translation>
            <numerusform>%1 · %n partie · %2 caractères, %3 unités · %4 restants dans cette partie
</numerusform>
            <numerusform>%1 · %n parties · %2 caractères, %3 unités · %4 restants dans cette partie
</numerusform>
        </translation>
    </message>
    <message>
        <source>Characters forcing UCS-2: %1
</source>
        <translation>Caractères qui imposent l&apos;UCS-2 : %1
</translation>
    </message>
    <message>
        <source>Create a draft campaign.</source>
        <translation>Créer un brouillon de campagne.</translation>
    </message>
    <message>
        <source>Audience name.</source>
        <translation>Nom de l&apos;audience.</translation>
    </message>
    <message>
        <source>Message text, merge fields allowed.</source>
        <translation>Texte du message, champs de fusion autorisés.</translation>
    </message>
    <message>
        <source>Mandatory footer: sender identity and STOP mention.</source>
        <translation>Mention obligatoire : identité de l&apos;expéditeur et mention STOP.</translation>
    </message>
    <message>
        <source>Alphanumeric sender id.</source>
        <translation>Nom d&apos;expéditeur alphanumérique.</translation>
    </message>
    <message>
        <source>Provider name.</source>
        <translation>Nom du fournisseur.</translation>
    </message>
    <message>
        <source>Election name.</source>
        <translation>Nom de l&apos;élection.</translation>
    </message>
    <message>
        <source>consent (first-contact consent request) or campaign.</source>
        <translation>consent (demande de consentement du premier contact) ou campaign.</translation>
    </message>
    <message>
        <source>--name, --audience and --message are required</source>
        <translation>--name, --audience et --message sont obligatoires</translation>
    </message>
    <message>
        <source>--kind must be consent or campaign</source>
        <translation>--kind doit valoir consent ou campaign</translation>
    </message>
    <message>
        <source>no audience named &quot;%1&quot;</source>
        <translation>aucune audience nommée « %1 »</translation>
    </message>
    <message>
        <source>no provider named &quot;%1&quot;</source>
        <translation>aucun fournisseur nommé « %1 »</translation>
    </message>
    <message>
        <source>no election named &quot;%1&quot;</source>
        <translation>aucune élection nommée « %1 »</translation>
    </message>
    <message>
        <source>Created draft campaign &quot;%1&quot;.
</source>
        <translation>Brouillon de campagne « %1 » créé.
</translation>
    </message>
    <message>
        <source>List the campaigns.</source>
        <translation>Lister les campagnes.</translation>
    </message>
    <message>
        <source>No campaign yet.
</source>
        <translation>Aucune campagne pour l&apos;instant.
</translation>
    </message>
    <message>
        <source>Show a campaign with its recipients and SMS parts per encoding (renders every message).</source>
        <translation>Afficher une campagne avec ses destinataires et ses parties SMS par encodage (calcule chaque message).</translation>
    </message>
    <message>
        <source>--name is required</source>
        <translation>--name est obligatoire</translation>
    </message>
    <message>
        <source>no campaign named &quot;%1&quot;</source>
        <translation>aucune campagne nommée « %1 »</translation>
    </message>
    <message>
        <source>%1 (%2, %3)
Audience: %4
Recipients: %5
SMS parts: %6 (GSM-7: %7 recipients, %8 parts; UCS-2: %9 recipients, %10 parts)
</source>
        <translation>%1 (%2, %3)
Audience : %4
Destinataires : %5
Parties SMS : %6 (GSM-7 : %7 destinataires, %8 parties ; UCS-2 : %9 destinataires, %10 parties)
</translation>
    </message>
    <message>
        <source>Message:
%1
</source>
        <translation>Message :
%1
</translation>
    </message>
    <message>
        <source>When to start sending, local time (e.g. 2027-03-01T10:00).</source>
        <translation>Quand commencer l&apos;envoi, heure locale (par ex. 2027-03-01T10:00).</translation>
    </message>
    <message>
        <source>--schedule needs a date and time such as 2027-03-01T10:00</source>
        <translation>--schedule attend une date et une heure comme 2027-03-01T10:00</translation>
    </message>
    <message>
        <source>Write to the contacts matching any filter (OR) instead of all of them (AND).</source>
        <translation>Écrire aux contacts qui répondent à l&apos;un des filtres (OU) plutôt qu&apos;à tous (ET).</translation>
    </message>
</context>
<context>
    <name>CampaignDashboard</name>
    <message>
        <source>French mobile numbers grouped by their first digits (06 12, 07 81…): the range an operator was given. Numbers move between operators, so this is a hint, not the operator.</source>
        <translation>Numéros mobiles français regroupés par leurs premiers chiffres (06 12, 07 81…) : la tranche attribuée à un opérateur. Les numéros changent d&apos;opérateur (portabilité) : c&apos;est une indication, pas l&apos;opérateur.</translation>
    </message>
    <message>
        <source>&amp;Campaign:</source>
        <translation>&amp;Campagne :</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>En file d&apos;attente</translation>
    </message>
    <message>
        <source>Submitting</source>
        <translation>En soumission</translation>
    </message>
    <message>
        <source>Awaiting report</source>
        <translation>Accusé attendu</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Distribués</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échoués</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expirés</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulés</translation>
    </message>
    <message>
        <source>To check</source>
        <translation>À vérifier</translation>
    </message>
    <message>
        <source>No campaign yet: write one in Compose, then send it.</source>
        <translation>Aucune campagne pour l&apos;instant : rédigez-en une dans Rédaction, puis envoyez-la.</translation>
    </message>
    <message>
        <source>Reading the figures…</source>
        <translation>Lecture des chiffres…</translation>
    </message>
    <message>
        <source>Not sent yet.</source>
        <translation>Pas encore envoyée.</translation>
    </message>
    <message>
        <source>First message sent %1; sending (last activity %2).</source>
        <translation>Premier message envoyé le %1 ; envoi en cours (dernière activité le %2).</translation>
    </message>
    <message>
        <source>First message sent %1; last activity %2.</source>
        <translation>Premier message envoyé le %1 ; dernière activité le %2.</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyés</translation>
    </message>
    <message>
        <source>%1 of those sent</source>
        <translation>%1 des envoyés</translation>
    </message>
    <message>
        <source>none sent yet</source>
        <translation>aucun envoyé pour l&apos;instant</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <source>none to read</source>
        <translation>aucune à lire</translation>
    </message>
    <message>
        <source>Opt-outs (STOP)</source>
        <translation>Désinscriptions (STOP)</translation>
    </message>
    <message>
        <source>Cost so far</source>
        <translation>Coût à ce jour</translation>
    </message>
    <message>
        <source>Messages over time (running totals)</source>
        <translation>Messages dans le temps (cumulés)</translation>
    </message>
    <message>
        <source>No campaign yet.</source>
        <translation>Aucune campagne pour l&apos;instant.</translation>
    </message>
    <message>
        <source>No message sent yet: the chart fills while the campaign sends.</source>
        <translation>Aucun message envoyé pour l&apos;instant : le graphique se remplit pendant l&apos;envoi de la campagne.</translation>
    </message>
    <message>
        <source>Time (per minute)</source>
        <translation>Heure (par minute)</translation>
    </message>
    <message>
        <source>Time (per 10 seconds)</source>
        <translation>Heure (par 10 secondes)</translation>
    </message>
    <message>
        <source>Time (per hour)</source>
        <translation>Heure (par heure)</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Messages by status</source>
        <translation>Messages par état</translation>
    </message>
    <message>
        <source>No message in the outbox yet: they appear once the campaign is approved and sent.</source>
        <translation>Aucun message dans la file d&apos;envoi pour l&apos;instant : ils apparaissent une fois la campagne approuvée et envoyée.</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1 : %2 (%3)</translation>
    </message>
    <message>
        <source>Awaiting report: accepted by the provider, no delivery report yet. To check: sending was interrupted and the provider cannot tell whether it took the message.</source>
        <translation>Accusé attendu : accepté par le fournisseur, sans accusé de réception pour l&apos;instant. À vérifier : l&apos;envoi a été interrompu et le fournisseur ne peut pas dire s&apos;il a pris le message.</translation>
    </message>
    <message>
        <source>Cost so far against the budget</source>
        <translation>Coût à ce jour par rapport au budget</translation>
    </message>
    <message>
        <source>No budget cap for this campaign or its election. Spent so far: %1 excl. VAT.</source>
        <translation>Aucun plafond de budget pour cette campagne ni pour son élection. Dépensé à ce jour : %1 HT.</translation>
    </message>
    <message>
        <source>% of the cap</source>
        <translation>% du plafond</translation>
    </message>
    <message>
        <source>Cap (100 %)</source>
        <translation>Plafond (100 %)</translation>
    </message>
    <message>
        <source>Delivery by number prefix</source>
        <translation>Distribution par préfixe de numéro</translation>
    </message>
    <message>
        <source>No message sent yet: delivery by prefix appears with the first reports.</source>
        <translation>Aucun message envoyé pour l&apos;instant : la distribution par préfixe apparaît avec les premiers accusés de réception.</translation>
    </message>
    <message>
        <source>%1: %2 delivered of %3</source>
        <translation>%1 : %2 distribués sur %3</translation>
    </message>
    <message>
        <source>% of the messages sent</source>
        <translation>% des messages envoyés</translation>
    </message>
    <message>
        <source>Consent of the numbers asked</source>
        <translation>Consentement des numéros sollicités</translation>
    </message>
    <message>
        <source>Nobody asked yet: the funnel fills as the requests leave and the answers come in.</source>
        <translation>Personne n&apos;a encore été sollicité : l&apos;entonnoir se remplit à mesure que les demandes partent et que les réponses arrivent.</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>Sollicités</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Ont répondu</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Ont accepté</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Ont refusé</translation>
    </message>
    <message>
        <source>STOP</source>
        <translation>STOP</translation>
    </message>
    <message>
        <source>No answer (expired)</source>
        <translation>Sans réponse (expiré)</translation>
    </message>
    <message>
        <source>Awaiting an answer</source>
        <translation>En attente de réponse</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Numéros</translation>
    </message>
    <message>
        <source>Replies by meaning</source>
        <translation>Réponses par sens</translation>
    </message>
    <message>
        <source>No message sent yet: no reply to count.</source>
        <translation>Aucun message envoyé pour l&apos;instant : aucune réponse à compter.</translation>
    </message>
    <message>
        <source>No reply yet.</source>
        <translation>Aucune réponse pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Opt-outs (all STOPs)</source>
        <translation>Désinscriptions (tous les STOP)</translation>
    </message>
    <message numerus="yes">
        <source>of %Ln message(s)</source>
        <translation>
            <numerusform>sur %Ln message</numerusform>
            <numerusform>sur %Ln messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln to read</source>
        <translation>
            <numerusform>%Ln à lire</numerusform>
            <numerusform>%Ln à lire</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>excl. VAT, %Ln SMS part(s)</source>
        <translation>
            <numerusform>HT, %Ln partie SMS</numerusform>
            <numerusform>HT, %Ln parties SMS</numerusform>
        </translation>
    </message>
    <message>
        <source>Campaign cap, excl. VAT: %1 of %2</source>
        <translation>Plafond de la campagne, HT : %1 sur %2</translation>
    </message>
    <message>
        <source>Campaign cap</source>
        <translation>Plafond de la campagne</translation>
    </message>
    <message>
        <source>Election ceiling, incl. VAT: %1 of %2</source>
        <translation>Plafond de l&apos;élection, TTC : %1 sur %2</translation>
    </message>
    <message>
        <source>Election ceiling</source>
        <translation>Plafond de l&apos;élection</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>Dépensé</translation>
    </message>
</context>
<context>
    <name>CampaignExports</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Submitting</source>
        <translation>En cours d’envoi</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepté</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Distribué</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échoué</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expiré</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Cannot read the campaign&apos;s messages: %1</source>
        <translation>Impossible de lire les messages de la campagne : %1</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Numéro de téléphone</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Soumis</translation>
    </message>
    <message>
        <source>Final status</source>
        <translation>Statut final</translation>
    </message>
    <message>
        <source>Parts</source>
        <translation>Parties</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Encodage</translation>
    </message>
    <message>
        <source>Cost excl. VAT (EUR)</source>
        <translation>Coût HT (EUR)</translation>
    </message>
    <message>
        <source>Provider message ID</source>
        <translation>Identifiant chez le fournisseur</translation>
    </message>
    <message>
        <source>Error code</source>
        <translation>Code d’erreur</translation>
    </message>
    <message>
        <source>Error text</source>
        <translation>Texte de l’erreur</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Election</source>
        <translation>Élection</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Audience</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créée</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approuvée</translation>
    </message>
    <message>
        <source>First sent</source>
        <translation>Premier envoi</translation>
    </message>
    <message>
        <source>Last final status</source>
        <translation>Dernier statut final</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Destinataires</translation>
    </message>
    <message>
        <source>Accepted by the provider</source>
        <translation>Acceptés par le fournisseur</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <source>Opt-outs</source>
        <translation>Désinscriptions</translation>
    </message>
    <message>
        <source>Spend excl. VAT (EUR)</source>
        <translation>Dépense HT (EUR)</translation>
    </message>
    <message>
        <source>VAT (EUR)</source>
        <translation>TVA (EUR)</translation>
    </message>
    <message>
        <source>Spend incl. VAT (EUR)</source>
        <translation>Dépense TTC (EUR)</translation>
    </message>
    <message>
        <source>Budget cap (EUR)</source>
        <translation>Plafond de budget (EUR)</translation>
    </message>
    <message>
        <source>Cannot read the campaigns: %1</source>
        <translation>Impossible de lire les campagnes : %1</translation>
    </message>
    <message>
        <source>The spend report needs an election or a campaign.</source>
        <translation>Le relevé des dépenses demande une élection ou une campagne.</translation>
    </message>
    <message>
        <source>Date (%1)</source>
        <translation>Date (%1)</translation>
    </message>
    <message>
        <source>Parts accepted</source>
        <translation>Parties acceptées</translation>
    </message>
    <message>
        <source>Amount excl. VAT (EUR)</source>
        <translation>Montant HT (EUR)</translation>
    </message>
    <message>
        <source>Amount incl. VAT (EUR)</source>
        <translation>Montant TTC (EUR)</translation>
    </message>
    <message>
        <source>Cannot read the spend: %1</source>
        <translation>Impossible de lire les dépenses : %1</translation>
    </message>
    <message>
        <source>TOTAL</source>
        <translation>TOTAL</translation>
    </message>
</context>
<context>
    <name>CampaignListModel</name>
    <message>
        <source>Campaign</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Audience</translation>
    </message>
    <message>
        <source>Election</source>
        <translation>Élection</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Dernière modification</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Destinataires</translation>
    </message>
    <message>
        <source>SMS parts</source>
        <translation>Parties SMS</translation>
    </message>
    <message>
        <source>Cost so far</source>
        <translation>Coût à ce jour</translation>
    </message>
</context>
<context>
    <name>CampaignOption</name>
    <message>
        <source>Campaign name.</source>
        <translation>Nom de la campagne.</translation>
    </message>
    <message>
        <source>give the campaign with --campaign</source>
        <translation>indiquez la campagne avec --campaign</translation>
    </message>
    <message>
        <source>no campaign named &quot;%1&quot;</source>
        <translation>aucune campagne nommée « %1 »</translation>
    </message>
</context>
<context>
    <name>CampaignPreview</name>
    <message>
        <source>The preview was cancelled.</source>
        <translation>L&apos;aperçu a été annulé.</translation>
    </message>
</context>
<context>
    <name>CampaignStats</name>
    <message>
        <source>Other numbers</source>
        <translation>Autres numéros</translation>
    </message>
    <message>
        <source>Other prefixes</source>
        <translation>Autres préfixes</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyés</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Acceptés</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Distribués</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échoués</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expirés</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>STOP</source>
        <translation>STOP</translation>
    </message>
    <message>
        <source>Empty</source>
        <translation>Vides</translation>
    </message>
    <message>
        <source>To read (unclear)</source>
        <translation>À lire (ambiguës)</translation>
    </message>
    <message>
        <source>Cannot read the figures of the campaign (%1): %2</source>
        <translation>Impossible de lire les chiffres de la campagne (%1) : %2</translation>
    </message>
    <message>
        <source>settings</source>
        <translation>réglages</translation>
    </message>
    <message>
        <source>This campaign no longer exists.</source>
        <translation>Cette campagne n&apos;existe plus.</translation>
    </message>
    <message>
        <source>messages</source>
        <translation>messages</translation>
    </message>
    <message>
        <source>replies</source>
        <translation>réponses</translation>
    </message>
    <message>
        <source>opt-outs</source>
        <translation>désinscriptions</translation>
    </message>
    <message>
        <source>consent funnel</source>
        <translation>entonnoir du consentement</translation>
    </message>
    <message>
        <source>Cannot read the spend of the campaigns: %1</source>
        <translation>Impossible de lire les dépenses des campagnes : %1</translation>
    </message>
    <message>
        <source>Cannot read the elections: %1</source>
        <translation>Impossible de lire les élections : %1</translation>
    </message>
</context>
<context>
    <name>CampaignStore</name>
    <message>
        <source>A campaign needs a name.</source>
        <translation>Une campagne doit avoir un nom.</translation>
    </message>
    <message>
        <source>Choose the audience the campaign writes to.</source>
        <translation>Choisissez l&apos;audience à laquelle la campagne s&apos;adresse.</translation>
    </message>
    <message>
        <source>The chosen election does not exist.</source>
        <translation>L&apos;élection choisie n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The chosen provider does not exist.</source>
        <translation>Le fournisseur choisi n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The filter column &quot;%1&quot; is not a column of this audience.</source>
        <translation>La colonne de filtre « %1 » n&apos;est pas une colonne de cette audience.</translation>
    </message>
    <message>
        <source>A campaign named &quot;%1&quot; already exists.</source>
        <translation>Une campagne nommée « %1 » existe déjà.</translation>
    </message>
    <message>
        <source>Cannot save the campaign: %1</source>
        <translation>Impossible d&apos;enregistrer la campagne : %1</translation>
    </message>
    <message>
        <source>This campaign no longer exists.</source>
        <translation>Cette campagne n&apos;existe plus.</translation>
    </message>
    <message>
        <source>A campaign that is %1 can no longer be edited.</source>
        <translation>Une campagne à l&apos;état « %1 » ne peut plus être modifiée.</translation>
    </message>
    <message>
        <source>The campaign changed state meanwhile and can no longer be edited.</source>
        <translation>La campagne a changé d&apos;état entre-temps et ne peut plus être modifiée.</translation>
    </message>
    <message>
        <source>A campaign cannot go from %1 to %2.</source>
        <translation>Une campagne ne peut pas passer de « %1 » à « %2 ».</translation>
    </message>
    <message>
        <source>The campaign changed state meanwhile.</source>
        <translation>La campagne a changé d&apos;état entre-temps.</translation>
    </message>
    <message>
        <source>The segment of this campaign cannot be read: %1</source>
        <translation>Le segment de cette campagne est illisible : %1</translation>
    </message>
    <message>
        <source>This consent request cannot be approved yet. %1</source>
        <translation>Cette demande de consentement ne peut pas encore être approuvée. %1</translation>
    </message>
    <message>
        <source>%1 has no active user account in this database: only approvers and administrators may approve a campaign.</source>
        <translation>%1 n&apos;a pas de compte utilisateur actif dans cette base : seuls les approbateurs et les administrateurs peuvent approuver une campagne.</translation>
    </message>
    <message>
        <source>%1 composes campaigns: only an approver or an administrator may approve one.</source>
        <translation>%1 rédige des campagnes : seul un approbateur ou un administrateur peut en approuver une.</translation>
    </message>
    <message>
        <source>Two-person rule: %1 wrote or edited this campaign, so another approver must approve it.</source>
        <translation>Règle des quatre yeux : %1 a rédigé ou modifié cette campagne, un autre approbateur doit donc l&apos;approuver.</translation>
    </message>
</context>
<context>
    <name>CampaignsPage</name>
    <message>
        <source>Campaigns</source>
        <translation>Campagnes</translation>
    </message>
    <message>
        <source>Every campaign of this database: consent requests to rented contacts and campaign messages to those who agreed.</source>
        <translation>Toutes les campagnes de cette base : demandes de consentement aux contacts loués et messages de campagne à ceux qui ont accepté.</translation>
    </message>
    <message>
        <source>No campaign in this database yet.</source>
        <translation>Aucune campagne dans cette base pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Message and mandatory footer of the selected campaign:</source>
        <translation>Message et mention obligatoire de la campagne sélectionnée :</translation>
    </message>
    <message>
        <source>&amp;Open in the composer</source>
        <translation>&amp;Ouvrir dans l&apos;éditeur</translation>
    </message>
</context>
<context>
    <name>ColumnMapping</name>
    <message>
        <source>Two columns are mapped to &quot;%1&quot;.</source>
        <translation>Deux colonnes sont associées à « %1 ».</translation>
    </message>
    <message>
        <source>No column is mapped to the phone number.</source>
        <translation>Aucune colonne n&apos;est associée au numéro de téléphone.</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Numéro de téléphone</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Département</source>
        <translation>Département</translation>
    </message>
    <message>
        <source>Age bracket</source>
        <translation>Tranche d&apos;âge</translation>
    </message>
    <message>
        <source>Opt-in date</source>
        <translation>Date d&apos;opt-in</translation>
    </message>
    <message>
        <source>Ignored</source>
        <translation>Ignorée</translation>
    </message>
    <message>
        <source>Other (kept as an attribute)</source>
        <translation>Autre (conservée comme attribut)</translation>
    </message>
</context>
<context>
    <name>ColumnReviewPanel</name>
    <message>
        <source>Columns of the broker&apos;s file beyond the standard fields. Segments cannot filter on a column whose name suggests religion, origin, political opinions, union membership, health, sex life or convictions (GDPR art. 9) until an administrator has checked its content and allowed it; every decision is kept in the audit log.</source>
        <translation>Colonnes du fichier du courtier en plus des champs standard. Un segment ne peut pas filtrer sur une colonne dont le nom évoque la religion, l&apos;origine, les opinions politiques, l&apos;appartenance syndicale, la santé, la vie sexuelle ou les condamnations (RGPD art. 9) tant qu&apos;un administrateur n&apos;a pas vérifié son contenu et ne l&apos;a pas autorisée ; chaque décision est conservée dans le journal d&apos;audit.</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Colonne du fichier</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Name suggests</source>
        <translation>Le nom évoque</translation>
    </message>
    <message>
        <source>In segments</source>
        <translation>Dans les segments</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Vérifiée</translation>
    </message>
    <message>
        <source>&amp;Allow in segments…</source>
        <translation>&amp;Autoriser dans les segments…</translation>
    </message>
    <message>
        <source>You checked the content: this column is not sensitive.</source>
        <translation>Vous avez vérifié le contenu : cette colonne n&apos;est pas sensible.</translation>
    </message>
    <message>
        <source>&amp;Block in segments…</source>
        <translation>&amp;Bloquer dans les segments…</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 par %2</translation>
    </message>
    <message>
        <source>not reviewed</source>
        <translation>non vérifiée</translation>
    </message>
    <message>
        <source>nothing sensitive</source>
        <translation>rien de sensible</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Bloquée</translation>
    </message>
    <message>
        <source>Allowed</source>
        <translation>Autorisée</translation>
    </message>
    <message>
        <source>Why should segments no longer filter on &quot;%1&quot;? The reason goes to the audit log.</source>
        <translation>Pourquoi les segments ne doivent-ils plus filtrer sur « %1 » ? Le motif est inscrit au journal d&apos;audit.</translation>
    </message>
    <message>
        <source>Allow segments on &quot;%1&quot; only if you checked its values: it must not reveal religion, origin, political opinions, union membership, health, sex life or convictions. What does it hold? The reason goes to the audit log.</source>
        <translation>N&apos;autorisez les segments sur « %1 » qu&apos;après avoir vérifié ses valeurs : elle ne doit révéler ni religion, ni origine, ni opinions politiques, ni appartenance syndicale, ni santé, ni vie sexuelle, ni condamnations. Que contient-elle ? Le motif est inscrit au journal d&apos;audit.</translation>
    </message>
    <message>
        <source>Block a column</source>
        <translation>Bloquer une colonne</translation>
    </message>
    <message>
        <source>Allow a column</source>
        <translation>Autoriser une colonne</translation>
    </message>
    <message>
        <source>Column review</source>
        <translation>Vérification de colonne</translation>
    </message>
</context>
<context>
    <name>CommandLineInterface</name>
    <message>
        <source>Database URL (sqlite:///path or postgresql://user@host:port/db).</source>
        <translation>URL de la base de données (sqlite:///chemin ou postgresql://utilisateur@hôte:port/base).</translation>
    </message>
    <message>
        <source>Print one JSON object instead of text.</source>
        <translation>Écrire un objet JSON au lieu de texte.</translation>
    </message>
    <message>
        <source>tribune-cli: %1</source>
        <translation>tribune-cli : %1</translation>
    </message>
    <message>
        <source>Usage: tribune-cli [--database URL] [--json] COMMAND [options]

Tribune&apos;s command-line tool: the same data and rules as the application.

Commands:
</source>
        <translation>Usage : tribune-cli [--database URL] [--json] COMMANDE [options]

L&apos;outil en ligne de commande de Tribune : les mêmes données et les mêmes règles que l&apos;application.

Commandes :
</translation>
    </message>
    <message>
        <source>
Run &quot;tribune-cli COMMAND --help&quot; for the options of a command.
</source>
        <translation>
Lancez « tribune-cli COMMANDE --help » pour les options d&apos;une commande.
</translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>aucune commande indiquée</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;; run tribune-cli --help</source>
        <translation>commande inconnue « %1 » ; lancez tribune-cli --help</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Afficher cette aide.</translation>
    </message>
    <message>
        <source>Usage: tribune-cli %1 [options]</source>
        <translation>Usage : tribune-cli %1 [options]</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>argument inattendu « %1 »</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs one of: %2</source>
        <translation>« %1 » attend l&apos;une de ces commandes : %2</translation>
    </message>
</context>
<context>
    <name>ComplianceCommands</name>
    <message>
        <source>Run the checks a campaign must pass before it is sent (sender identity, STOP, electoral silence, sending window, consent, sensitive filters, message length).</source>
        <translation>Lance les vérifications qu&apos;une campagne doit passer avant l&apos;envoi (identité de l&apos;expéditeur, STOP, silence électoral, plage d&apos;envoi, consentement, filtres sensibles, longueur des messages).</translation>
    </message>
    <message>
        <source>Ready to send.
</source>
        <translation>Prête à l&apos;envoi.
</translation>
    </message>
    <message>
        <source>Not ready: fix the failed checks above.
</source>
        <translation>Pas prête : corrigez les vérifications en échec ci-dessus.
</translation>
    </message>
    <message>
        <source>Approve a campaign as the current user (with user accounts: an approver or administrator who did not write or edit it).</source>
        <translation>Approuve une campagne au nom de l&apos;utilisateur courant (avec des comptes utilisateurs : un approbateur ou un administrateur qui ne l&apos;a ni rédigée ni modifiée).</translation>
    </message>
    <message>
        <source>%1 approved (revision %2) by %3.
</source>
        <translation>%1 approuvée (révision %2) par %3.
</translation>
    </message>
    <message>
        <source>Election name.</source>
        <translation>Nom de l&apos;élection.</translation>
    </message>
    <message>
        <source>Date of the first round.</source>
        <translation>Date du premier tour.</translation>
    </message>
    <message>
        <source>Date of the second round (&quot;&quot; for none).</source>
        <translation>Date du second tour (&quot;&quot; pour aucun).</translation>
    </message>
    <message>
        <source>When polls close (default 20:00).</source>
        <translation>Heure de clôture du scrutin (20:00 par défaut).</translation>
    </message>
    <message>
        <source>--%1 needs a date as YYYY-MM-DD, not &quot;%2&quot;</source>
        <translation>--%1 attend une date AAAA-MM-JJ, pas « %2 »</translation>
    </message>
    <message>
        <source>--polls-close needs a time as HH:MM</source>
        <translation>--polls-close attend une heure HH:MM</translation>
    </message>
    <message>
        <source>--cap needs an amount in euros, not &quot;%1&quot;</source>
        <translation>--cap attend un montant en euros, pas « %1 »</translation>
    </message>
    <message>
        <source>Add an election to the calendar: its rounds set the electoral silence (L49), its ceiling the spending cap shared by its campaigns (L52-11).</source>
        <translation>Ajoute une élection au calendrier : ses tours fixent le silence électoral (L49), son plafond la limite de dépenses partagée par ses campagnes (L52-11).</translation>
    </message>
    <message>
        <source>Election &quot;%1&quot; added.
</source>
        <translation>Élection « %1 » ajoutée.
</translation>
    </message>
    <message>
        <source>no election named &quot;%1&quot;</source>
        <translation>aucune élection nommée « %1 »</translation>
    </message>
    <message>
        <source>Election &quot;%1&quot; updated.
</source>
        <translation>Élection « %1 » modifiée.
</translation>
    </message>
    <message>
        <source>List the elections of the calendar.</source>
        <translation>Liste les élections du calendrier.</translation>
    </message>
    <message>
        <source>Who pays for and answers for the messages: candidate or list and their mandataire financier (&quot;&quot; to clear).</source>
        <translation>Qui paie et répond des messages : candidat ou liste et son mandataire financier (&quot;&quot; pour effacer).</translation>
    </message>
    <message>
        <source>How to reach the sponsor: postal or e-mail address (&quot;&quot; to clear).</source>
        <translation>Comment joindre le commanditaire : adresse postale ou électronique (&quot;&quot; pour effacer).</translation>
    </message>
    <message>
        <source>Change an election&apos;s dates, closing time, ceiling or sponsor; the options not given keep their values.</source>
        <translation>Modifie les dates, l&apos;heure de clôture, le plafond ou le commanditaire d&apos;une élection ; les options non indiquées gardent leur valeur.</translation>
    </message>
    <message>
        <source>Spending ceiling in euros including VAT, as the campaign account records expenses (Code électoral L52-11).</source>
        <translation>Plafond de dépenses en euros TTC, comme le compte de campagne enregistre les dépenses (Code électoral L52-11).</translation>
    </message>
</context>
<context>
    <name>ComposePage</name>
    <message>
        <source>Compose</source>
        <translation>Rédaction</translation>
    </message>
    <message>
        <source>Write the message, watch what it costs in SMS parts, and see it as each recipient&apos;s phone will show it.</source>
        <translation>Rédigez le message, suivez ce qu&apos;il coûte en parties SMS et voyez-le tel que le téléphone de chaque destinataire l&apos;affichera.</translation>
    </message>
    <message>
        <source>&amp;New campaign</source>
        <translation>&amp;Nouvelle campagne</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <source>&amp;Audience:</source>
        <translation>&amp;Audience :</translation>
    </message>
    <message>
        <source>Se&amp;gment:</source>
        <translation>Se&amp;gment :</translation>
    </message>
    <message>
        <source>&amp;Election:</source>
        <translation>Élect&amp;ion :</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>&amp;Fournisseur :</translation>
    </message>
    <message>
        <source>Sen&amp;der id:</source>
        <translation>E&amp;xpéditeur :</translation>
    </message>
    <message>
        <source>&amp;Footer:</source>
        <translation>&amp;Mention :</translation>
    </message>
    <message>
        <source>All contacts, or e.g. departement=67,68; tranche_age=25-34</source>
        <translation>Tous les contacts, ou par ex. departement=67,68; tranche_age=25-34</translation>
    </message>
    <message>
        <source>Sender identity and objection, e.g. Camille Martin 2027 - STOP au 36105</source>
        <translation>Identité de l&apos;expéditeur et opposition, par ex. Camille Martin 2027 - STOP au 36105</translation>
    </message>
    <message>
        <source>Up to 11 letters or digits</source>
        <translation>Jusqu&apos;à 11 lettres ou chiffres</translation>
    </message>
    <message>
        <source>&amp;Message (merge fields such as {prenom} or {prenom|Madame, Monsieur}):</source>
        <translation>Me&amp;ssage (champs de fusion comme {prenom} ou {prenom|Madame, Monsieur}) :</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <source>Make GSM-safe</source>
        <translation>Rendre compatible GSM</translation>
    </message>
    <message>
        <source>Replace every character that forces UCS-2 by its GSM-7 equivalent. The arrow offers the replacements one by one.</source>
        <translation>Remplacer chaque caractère qui impose l&apos;UCS-2 par son équivalent GSM-7. La flèche propose les remplacements un par un.</translation>
    </message>
    <message>
        <source>Preview on a recipient&apos;s phone</source>
        <translation>Aperçu sur le téléphone d&apos;un destinataire</translation>
    </message>
    <message>
        <source>◀ &amp;Previous</source>
        <translation>◀ &amp;Précédent</translation>
    </message>
    <message>
        <source>Ne&amp;xt ▶</source>
        <translation>S&amp;uivant ▶</translation>
    </message>
    <message>
        <source>&amp;Worst case</source>
        <translation>&amp;Pire cas</translation>
    </message>
    <message>
        <source>The recipient whose message takes the most SMS parts.</source>
        <translation>Le destinataire dont le message prend le plus de parties SMS.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>New campaign (not saved)</source>
        <translation>Nouvelle campagne (non enregistrée)</translation>
    </message>
    <message>
        <source>Use &quot;%1&quot;</source>
        <translation>Utiliser « %1 »</translation>
    </message>
    <message>
        <source>Save the message as a template…</source>
        <translation>Enregistrer le message comme modèle…</translation>
    </message>
    <message>
        <source>This campaign is %1: it can no longer be edited.</source>
        <translation>Cette campagne est à l&apos;état « %1 » : elle ne peut plus être modifiée.</translation>
    </message>
    <message>
        <source>Approved (revision %1). Saving a change returns it to draft for a new approval.</source>
        <translation>Approuvée (révision %1). Enregistrer une modification la repasse en brouillon pour une nouvelle approbation.</translation>
    </message>
    <message>
        <source>Draft, revision %1.</source>
        <translation>Brouillon, révision %1.</translation>
    </message>
    <message>
        <source>New campaign: not saved yet.</source>
        <translation>Nouvelle campagne : pas encore enregistrée.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré : %1</translation>
    </message>
    <message>
        <source>Saved as revision %1. The approval no longer applies: the campaign is a draft again.</source>
        <translation>Enregistrée en révision %1. L&apos;approbation ne s&apos;applique plus : la campagne est de nouveau un brouillon.</translation>
    </message>
    <message>
        <source>Saved (revision %1).</source>
        <translation>Enregistrée (révision %1).</translation>
    </message>
    <message numerus="yes">
        <source>%1 characters · %2 · %n SMS part(s) · %3 left in this part</source>
        <translation>
            <numerusform>%1 caractères · %2 · %n partie SMS · %3 restants dans cette partie</numerusform>
            <numerusform>%1 caractères · %2 · %n parties SMS · %3 restants dans cette partie</numerusform>
        </translation>
    </message>
    <message>
        <source>(for %1)</source>
        <translation>(pour %1)</translation>
    </message>
    <message>
        <source>(merge fields empty)</source>
        <translation>(champs de fusion vides)</translation>
    </message>
    <message numerus="yes">
        <source>Replace “%1” by “%2” (%Ln time(s))</source>
        <translation>
            <numerusform>Remplacer « %1 » par « %2 » (%Ln fois)</numerusform>
            <numerusform>Remplacer « %1 » par « %2 » (%Ln fois)</numerusform>
        </translation>
    </message>
    <message>
        <source>This recipient&apos;s own data forces UCS-2 (70 characters per part) for their message only.</source>
        <translation>Les données de ce destinataire imposent l&apos;UCS-2 (70 caractères par partie) pour son seul message.</translation>
    </message>
    <message>
        <source>GSM-7: 160 characters per SMS, 153 per part when split.</source>
        <translation>GSM-7 : 160 caractères par SMS, 153 par partie quand il est découpé.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln character(s) force UCS-2, which halves the part size (70, or 67 per part): %1</source>
        <translation>
            <numerusform>%Ln caractère impose l&apos;UCS-2, ce qui divise par deux la taille des parties (70, ou 67 par partie) : %1</numerusform>
            <numerusform>%Ln caractères imposent l&apos;UCS-2, ce qui divise par deux la taille des parties (70, ou 67 par partie) : %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Small “ç” counts as UCS-2: the GSM alphabet has only the capital Ç at that code and phones disagree on how to show it, so Tribune takes the cautious reading.</source>
        <translation>Le « ç » minuscule compte comme UCS-2 : l&apos;alphabet GSM n&apos;a que le Ç majuscule à ce code et les téléphones ne l&apos;affichent pas tous de la même façon, Tribune retient donc la lecture prudente.</translation>
    </message>
    <message>
        <source>Save as template</source>
        <translation>Enregistrer comme modèle</translation>
    </message>
    <message>
        <source>Template name:</source>
        <translation>Nom du modèle :</translation>
    </message>
    <message>
        <source>Template &quot;%1&quot; saved.</source>
        <translation>Modèle « %1 » enregistré.</translation>
    </message>
    <message>
        <source>Template not saved: %1</source>
        <translation>Modèle non enregistré : %1</translation>
    </message>
    <message>
        <source>No recipient in this segment.</source>
        <translation>Aucun destinataire dans ce segment.</translation>
    </message>
    <message>
        <source>Choose an audience to preview real recipients.</source>
        <translation>Choisissez une audience pour prévisualiser de vrais destinataires.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>For this recipient: %1, %n part(s)</source>
        <translation>
            <numerusform>Pour ce destinataire : %1, %n partie</numerusform>
            <numerusform>Pour ce destinataire : %1, %n parties</numerusform>
        </translation>
    </message>
    <message>
        <source>Rendering the message for every recipient…</source>
        <translation>Calcul du message pour chaque destinataire…</translation>
    </message>
    <message numerus="yes">
        <source>Whole segment: %1 recipients, %2 SMS parts (GSM-7: %3 recipients; UCS-2: %4). Longest message: %Ln part(s).</source>
        <translation>
            <numerusform>Segment entier : %1 destinataires, %2 parties SMS (GSM-7 : %3 destinataires ; UCS-2 : %4). Message le plus long : %Ln partie.</numerusform>
            <numerusform>Segment entier : %1 destinataires, %2 parties SMS (GSM-7 : %3 destinataires ; UCS-2 : %4). Message le plus long : %Ln parties.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete the invisible “%1” (%Ln time(s))</source>
        <translation>
            <numerusform>Supprimer le caractère invisible « %1 » (%Ln fois)</numerusform>
            <numerusform>Supprimer le caractère invisible « %1 » (%Ln fois)</numerusform>
        </translation>
    </message>
    <message>
        <source>Sc&amp;hedule:</source>
        <translation>&amp;Programmation :</translation>
    </message>
    <message>
        <source>Send at</source>
        <translation>Envoyer le</translation>
    </message>
    <message>
        <source>Without a time, sending starts when someone starts it.</source>
        <translation>Sans date, l&apos;envoi commence quand quelqu&apos;un le lance.</translation>
    </message>
    <message>
        <source>Join the filters with &quot;;&quot; (all must match) or &quot;|&quot; (any may match), not both.</source>
        <translation>Reliez les filtres par « ; » (tous doivent correspondre) ou par « | » (l&apos;un d&apos;eux suffit), pas les deux.</translation>
    </message>
    <message>
        <source>Filters joined by &quot;;&quot; must all match, joined by &quot;|&quot; any may match. column=a,b: one of the values; column!=a,b: none of them; column^=67: starts with; column=2025-01-01..2025-06-30: between.</source>
        <translation>Filtres reliés par « ; » : tous doivent correspondre ; par « | » : l&apos;un d&apos;eux suffit. colonne=a,b : l&apos;une des valeurs ; colonne!=a,b : aucune d&apos;elles ; colonne^=67 : commence par ; colonne=2025-01-01..2025-06-30 : entre.</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Build the segment with filters and a live count</source>
        <translation>Construire le segment avec des filtres et un comptage en direct</translation>
    </message>
    <message>
        <source>Segment of the campaign</source>
        <translation>Segment de la campagne</translation>
    </message>
</context>
<context>
    <name>ConsentCommands</name>
    <message>
        <source>Audience name.</source>
        <translation>Nom de l&apos;audience.</translation>
    </message>
    <message>
        <source>--audience is required</source>
        <translation>--audience est obligatoire</translation>
    </message>
    <message>
        <source>give either --template or --message</source>
        <translation>donnez soit --template, soit --message</translation>
    </message>
    <message>
        <source>no audience named &quot;%1&quot;</source>
        <translation>aucune audience nommée « %1 »</translation>
    </message>
    <message>
        <source>no template named &quot;%1&quot;</source>
        <translation>aucun modèle nommé « %1 »</translation>
    </message>
    <message>
        <source>there is no consent request template: give the text with --message</source>
        <translation>aucun modèle de demande de consentement : donnez le texte avec --message</translation>
    </message>
    <message>
        <source>no provider named &quot;%1&quot;</source>
        <translation>aucun fournisseur nommé « %1 »</translation>
    </message>
    <message>
        <source>Consent request — %1 — %2</source>
        <translation>Demande de consentement — %1 — %2</translation>
    </message>
    <message numerus="yes">
        <source>Created the draft consent request &quot;%1&quot; (id %2): %Ln contact(s) never asked.
</source>
        <translation>
            <numerusform>Brouillon de demande de consentement « %1 » créé (id %2) : %Ln contact jamais sollicité.
</numerusform>
            <numerusform>Brouillon de demande de consentement « %1 » créé (id %2) : %Ln contacts jamais sollicités.
</numerusform>
        </translation>
    </message>
    <message>
        <source>%1
Contacts:     %2
Asked:        %3
Awaiting:     %4
Agreed:       %5
Refused:      %6
STOP:         %7
Expired:      %8
Never asked:  %9
Suppressed:   %10
</source>
        <translation>%1
Contacts :          %2
Sollicités :        %3
Sans réponse :      %4
D&apos;accord :          %5
Refus :             %6
STOP :              %7
Expirés :           %8
Jamais sollicités : %9
Opposés :           %10
</translation>
    </message>
    <message>
        <source>--phone is required</source>
        <translation>--phone est obligatoire</translation>
    </message>
    <message>
        <source>%1: %2
</source>
        <translation>%1 : %2
</translation>
    </message>
    <message>
        <source>No consent event.
</source>
        <translation>Aucun événement de consentement.
</translation>
    </message>
    <message>
        <source>On the suppression list (%1).
</source>
        <translation>Sur la liste d&apos;opposition (%1).
</translation>
    </message>
    <message>
        <source>--from and --text are required</source>
        <translation>--from et --text sont obligatoires</translation>
    </message>
    <message>
        <source>%1: read as %2; consent now: %3
</source>
        <translation>%1 : lu comme %2 ; consentement désormais : %3
</translation>
    </message>
    <message>
        <source>give one NUMBER</source>
        <translation>donnez un NUMÉRO</translation>
    </message>
    <message>
        <source>%1 was already on the suppression list.
</source>
        <translation>%1 était déjà sur la liste d&apos;opposition.
</translation>
    </message>
    <message>
        <source>%1 added to the suppression list.
</source>
        <translation>%1 ajouté à la liste d&apos;opposition.
</translation>
    </message>
    <message>
        <source>--limit needs a positive number</source>
        <translation>--limit attend un nombre positif</translation>
    </message>
    <message>
        <source>No number.
</source>
        <translation>Aucun numéro.
</translation>
    </message>
    <message>
        <source>give one FILE</source>
        <translation>donnez un FICHIER</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Imported %1 in %2 s: %3 rows, %4 numbers added, %5 already listed, %6 repeated in the file, %7 not a phone number, %8 malformed.
</source>
        <translation>%1 importé en %2 s : %3 lignes, %4 numéros ajoutés, %5 déjà sur la liste, %6 répétés dans le fichier, %7 qui ne sont pas des numéros, %8 mal formées.
</translation>
    </message>
    <message>
        <source>%1 numbers written to %2.
</source>
        <translation>%1 numéros écrits dans %2.
</translation>
    </message>
    <message>
        <source>Create the draft consent request (the first message to a rented audience) for the contacts of an audience or segment never asked.</source>
        <translation>Crée le brouillon de la demande de consentement (le premier message à une audience louée) pour les contacts d&apos;une audience ou d&apos;un segment jamais sollicités.</translation>
    </message>
    <message>
        <source>Ask the contacts matching any filter (OR) instead of all of them (AND).</source>
        <translation>Solliciter les contacts qui répondent à l&apos;un des filtres (OU) plutôt qu&apos;à tous (ET).</translation>
    </message>
    <message>
        <source>Campaign name (default: &quot;Consent request — AUDIENCE — DATE&quot;).</source>
        <translation>Nom de la campagne (par défaut : « Demande de consentement — AUDIENCE — DATE »).</translation>
    </message>
    <message>
        <source>Message template (default: the installation&apos;s consent request template).</source>
        <translation>Modèle de message (par défaut : le modèle de demande de consentement de l&apos;installation).</translation>
    </message>
    <message>
        <source>Message text instead of a template.</source>
        <translation>Texte du message, au lieu d&apos;un modèle.</translation>
    </message>
    <message>
        <source>Mandatory footer: sender identity and STOP mention.</source>
        <translation>Mention obligatoire : identité de l&apos;expéditeur et mention STOP.</translation>
    </message>
    <message>
        <source>Provider name.</source>
        <translation>Nom du fournisseur.</translation>
    </message>
    <message>
        <source>Alphanumeric sender id.</source>
        <translation>Identifiant d&apos;expéditeur alphanumérique.</translation>
    </message>
    <message>
        <source>Consent figures of an audience: asked, awaiting an answer, agreed, refused, STOP, expired, never asked, suppressed.</source>
        <translation>Chiffres du consentement d&apos;une audience : sollicités, sans réponse, d&apos;accord, refus, STOP, expirés, jamais sollicités, opposés.</translation>
    </message>
    <message>
        <source>The consent ledger of a number: every request, answer and decision.</source>
        <translation>Le registre du consentement d&apos;un numéro : chaque demande, réponse et décision.</translation>
    </message>
    <message>
        <source>Phone number.</source>
        <translation>Numéro de téléphone.</translation>
    </message>
    <message>
        <source>Record a reply as if a provider had received it, and apply it to the number&apos;s consent (tests, or a reply received by other means).</source>
        <translation>Enregistre une réponse comme si un fournisseur l&apos;avait reçue, et l&apos;applique au consentement du numéro (tests, ou réponse reçue par un autre moyen).</translation>
    </message>
    <message>
        <source>Who replied.</source>
        <translation>Qui a répondu.</translation>
    </message>
    <message>
        <source>What they wrote.</source>
        <translation>Ce que la personne a écrit.</translation>
    </message>
    <message>
        <source>Provider that received it.</source>
        <translation>Fournisseur qui l&apos;a reçue.</translation>
    </message>
    <message>
        <source>Put a number on the suppression list: it is never messaged again.</source>
        <translation>Met un numéro sur la liste d&apos;opposition : il ne reçoit plus jamais de message.</translation>
    </message>
    <message>
        <source>Why, for the record.</source>
        <translation>Pourquoi, pour mémoire.</translation>
    </message>
    <message>
        <source>List the suppressed numbers, in number order.</source>
        <translation>Liste les numéros de la liste d&apos;opposition, dans l&apos;ordre des numéros.</translation>
    </message>
    <message>
        <source>Only numbers starting so (+336, 06 12...).</source>
        <translation>Seulement les numéros qui commencent ainsi (+336, 06 12…).</translation>
    </message>
    <message>
        <source>Start after this number (the next page).</source>
        <translation>Commencer après ce numéro (la page suivante).</translation>
    </message>
    <message>
        <source>At most this many numbers (default 100).</source>
        <translation>Au plus ce nombre de numéros (100 par défaut).</translation>
    </message>
    <message>
        <source>Add an opposition list (CSV, TSV or one number per line) to the suppression list.</source>
        <translation>Ajoute une liste de numéros opposés (CSV, TSV ou un numéro par ligne) à la liste d&apos;opposition.</translation>
    </message>
    <message>
        <source>Where the list comes from.</source>
        <translation>D&apos;où vient la liste.</translation>
    </message>
    <message>
        <source>Write the whole suppression list to a CSV file.</source>
        <translation>Écrire toute la liste d&apos;opposition dans un fichier CSV.</translation>
    </message>
    <message>
        <source>The provider&apos;s id of the reply: the same id is recorded once.</source>
        <translation>L&apos;identifiant de la réponse chez le fournisseur : une même réponse n&apos;est enregistrée qu&apos;une fois.</translation>
    </message>
</context>
<context>
    <name>ConsentGate</name>
    <message>
        <source>allowed</source>
        <translation>autorisé</translation>
    </message>
    <message>
        <source>on the suppression list (STOP or objection)</source>
        <translation>en liste d&apos;opposition (STOP ou opposition)</translation>
    </message>
    <message>
        <source>has not agreed to receive campaign messages</source>
        <translation>n&apos;a pas accepté de recevoir les messages de campagne</translation>
    </message>
    <message>
        <source>already asked for consent</source>
        <translation>consentement déjà demandé</translation>
    </message>
    <message>
        <source>refused consent</source>
        <translation>a refusé son consentement</translation>
    </message>
</context>
<context>
    <name>ConsentLedger</name>
    <message>
        <source>Consent requested</source>
        <translation>Consentement demandé</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Accepté</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>STOP (opted out)</source>
        <translation>STOP (opposition)</translation>
    </message>
    <message>
        <source>No answer (expired)</source>
        <translation>Sans réponse (expiré)</translation>
    </message>
    <message>
        <source>Audience collected by the party (own proof)</source>
        <translation>Audience collectée par le parti (preuve propre)</translation>
    </message>
    <message>
        <source>Decided by a person</source>
        <translation>Décidé par une personne</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Correction</translation>
    </message>
    <message>
        <source>never asked</source>
        <translation>jamais sollicité</translation>
    </message>
    <message>
        <source>awaiting an answer</source>
        <translation>en attente de réponse</translation>
    </message>
    <message>
        <source>agreed</source>
        <translation>a accepté</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>a refusé</translation>
    </message>
    <message>
        <source>opted out (STOP)</source>
        <translation>opposé (STOP)</translation>
    </message>
    <message>
        <source>no answer (expired)</source>
        <translation>sans réponse (expiré)</translation>
    </message>
    <message>
        <source>Cannot read the consent state: %1</source>
        <translation>Impossible de lire l&apos;état du consentement : %1</translation>
    </message>
    <message>
        <source>A consent event needs a phone number.</source>
        <translation>Un événement de consentement doit avoir un numéro de téléphone.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a consent state.</source>
        <translation>« %1 » n&apos;est pas un état de consentement.</translation>
    </message>
    <message>
        <source>Cannot write to the consent ledger: %1</source>
        <translation>Impossible d&apos;écrire dans le registre des consentements : %1</translation>
    </message>
    <message>
        <source>Cannot update the consent state: %1</source>
        <translation>Impossible de mettre à jour l&apos;état du consentement : %1</translation>
    </message>
    <message>
        <source>Cannot add %1 to the suppression list: %2</source>
        <translation>Impossible d&apos;ajouter %1 à la liste d&apos;opposition : %2</translation>
    </message>
    <message>
        <source>Cannot read the consent figures: %1</source>
        <translation>Impossible de lire les chiffres du consentement : %1</translation>
    </message>
    <message>
        <source>This audience no longer exists.</source>
        <translation>Cette audience n&apos;existe plus.</translation>
    </message>
</context>
<context>
    <name>ConsentPage</name>
    <message>
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
    <message numerus="yes">
        <source>%Ln number(s) on the suppression list.</source>
        <translation>
            <numerusform>%Ln numéro sur la liste d&apos;opposition.</numerusform>
            <numerusform>%Ln numéros sur la liste d&apos;opposition.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s) in the consent ledger.</source>
        <translation>
            <numerusform>%Ln événement dans le registre des consentements.</numerusform>
            <numerusform>%Ln événements dans le registre des consentements.</numerusform>
        </translation>
    </message>
    <message>
        <source>A rented number first receives one message asking for its consent; only a yes opens it to campaign messages. STOP wins forever: a number on the suppression list is never messaged again, whatever the audience or the re-import.</source>
        <translation>Un numéro loué reçoit d&apos;abord un seul message qui demande son consentement ; seul un oui l&apos;ouvre aux messages de campagne. Le STOP l&apos;emporte pour toujours : un numéro de la liste d&apos;opposition ne reçoit plus jamais de message, quels que soient l&apos;audience ou le réimport.</translation>
    </message>
    <message>
        <source>&amp;Funnel</source>
        <translation>&amp;Entonnoir</translation>
    </message>
    <message>
        <source>Each audience&apos;s way through the consent request, and the rules.</source>
        <translation>Le parcours de chaque audience dans la demande de consentement, et les règles.</translation>
    </message>
    <message>
        <source>S&amp;uppression list</source>
        <translation>&amp;Liste d&apos;opposition</translation>
    </message>
    <message>
        <source>&amp;History of a number</source>
        <translation>&amp;Historique d&apos;un numéro</translation>
    </message>
    <message>
        <source>Every consent event of one number: the proof.</source>
        <translation>Chaque événement de consentement d&apos;un numéro : la preuve.</translation>
    </message>
    <message>
        <source>&amp;Replies to review (%1)</source>
        <translation>&amp;Réponses à examiner (%1)</translation>
    </message>
    <message>
        <source>&amp;Replies to review</source>
        <translation>&amp;Réponses à examiner</translation>
    </message>
    <message>
        <source>Replies waiting for a decision: %1</source>
        <translation>Réponses en attente d&apos;une décision : %1</translation>
    </message>
    <message>
        <source>No reply is waiting for a decision.</source>
        <translation>Aucune réponse n&apos;attend de décision.</translation>
    </message>
</context>
<context>
    <name>ConsentProof</name>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Time (%1)</source>
        <translation>Heure (%1)</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Event code</source>
        <translation>Code de l&apos;événement</translation>
    </message>
    <message>
        <source>State after the event</source>
        <translation>État après l&apos;événement</translation>
    </message>
    <message>
        <source>State code</source>
        <translation>Code de l&apos;état</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Audience</translation>
    </message>
    <message>
        <source>Broker</source>
        <translation>Courtier</translation>
    </message>
    <message>
        <source>Source file</source>
        <translation>Fichier source</translation>
    </message>
    <message>
        <source>Source file SHA-256</source>
        <translation>SHA-256 du fichier source</translation>
    </message>
    <message>
        <source>Imported (%1)</source>
        <translation>Importé le (%1)</translation>
    </message>
    <message>
        <source>Text sent</source>
        <translation>Texte envoyé</translation>
    </message>
    <message>
        <source>Text received</source>
        <translation>Texte reçu</translation>
    </message>
    <message>
        <source>Provider message id</source>
        <translation>Identifiant du message chez le fournisseur</translation>
    </message>
    <message>
        <source>Tribune message id</source>
        <translation>Identifiant du message dans Tribune</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Enregistré par</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>A consent proof needs a phone number or an audience.</source>
        <translation>Une preuve de consentement porte sur un numéro ou sur une audience.</translation>
    </message>
    <message>
        <source>Cannot read the consent ledger: %1</source>
        <translation>Impossible de lire le registre des consentements : %1</translation>
    </message>
    <message>
        <source>There is no audience with id %1.</source>
        <translation>Aucune audience ne porte l&apos;identifiant %1.</translation>
    </message>
    <message>
        <source>* (every contact of the audience)</source>
        <translation>* (tous les contacts de l&apos;audience)</translation>
    </message>
</context>
<context>
    <name>ConsentRequestCheck</name>
    <message>
        <source>The footer names who writes.</source>
        <translation>La mention finale dit qui écrit.</translation>
    </message>
    <message>
        <source>Say who writes: put the party&apos;s or the candidate&apos;s name in the footer, e.g. &quot;Camille Martin 2027 - STOP au 36105&quot;.</source>
        <translation>Dites qui écrit : mettez le nom du parti ou du candidat dans la mention finale, p. ex. « Camille Martin 2027 - STOP au 36105 ».</translation>
    </message>
    <message>
        <source>The message says it is about political messages of a campaign.</source>
        <translation>Le message dit qu&apos;il s&apos;agit des messages politiques d&apos;une campagne.</translation>
    </message>
    <message>
        <source>Say why you write: the campaign or election your messages will be about (e.g. &quot;pendant la campagne des municipales&quot;).</source>
        <translation>Dites pourquoi vous écrivez : la campagne ou l&apos;élection dont parleront vos messages (p. ex. « pendant la campagne des municipales »).</translation>
    </message>
    <message>
        <source>The message names where the number comes from (%1).</source>
        <translation>Le message dit d&apos;où vient le numéro (%1).</translation>
    </message>
    <message>
        <source>Record the broker of this rented audience (Audiences page), then name it in the message: the person must learn where their number comes from (GDPR art. 14).</source>
        <translation>Indiquez le courtier de cette audience louée (page Audiences), puis nommez-le dans le message : la personne doit savoir d&apos;où vient son numéro (RGPD art. 14).</translation>
    </message>
    <message>
        <source>Name where the number comes from: the broker &quot;%1&quot; (GDPR art. 14), e.g. &quot;Votre numéro nous a été loué par %1&quot;.</source>
        <translation>Dites d&apos;où vient le numéro : le courtier « %1 » (RGPD art. 14), p. ex. « Votre numéro nous a été loué par %1 ».</translation>
    </message>
    <message>
        <source>The message says how to answer (OUI or NON).</source>
        <translation>Le message dit comment répondre (OUI ou NON).</translation>
    </message>
    <message>
        <source>Say how to answer: &quot;Répondez OUI ou NON&quot;.</source>
        <translation>Dites comment répondre : « Répondez OUI ou NON ».</translation>
    </message>
    <message>
        <source>The message says how to object (STOP).</source>
        <translation>Le message dit comment s&apos;opposer (STOP).</translation>
    </message>
    <message>
        <source>Say how to object: &quot;STOP au 36xxx&quot; in the footer (GDPR art. 21).</source>
        <translation>Dites comment s&apos;opposer : « STOP au 36xxx » dans la mention finale (RGPD art. 21).</translation>
    </message>
    <message>
        <source>Replace the template&apos;s placeholder %1 with your own words.</source>
        <translation>Remplacez l&apos;espace réservé %1 du modèle par vos propres mots.</translation>
    </message>
    <message>
        <source>No template placeholder is left.</source>
        <translation>Il ne reste aucun espace réservé du modèle.</translation>
    </message>
</context>
<context>
    <name>ConsentReviewQueue</name>
    <message>
        <source>Cannot read the replies to review: %1</source>
        <translation>Impossible de lire les réponses à examiner : %1</translation>
    </message>
    <message>
        <source>This reply was already decided, or no longer exists.</source>
        <translation>Cette réponse a déjà été tranchée, ou n&apos;existe plus.</translation>
    </message>
    <message>
        <source>decided after reading the reply</source>
        <translation>décidé après lecture de la réponse</translation>
    </message>
    <message>
        <source>%1 said STOP: nothing can make it a yes or a no again.</source>
        <translation>%1 a répondu STOP : plus rien ne peut en faire un oui ou un non.</translation>
    </message>
</context>
<context>
    <name>ConsentRulesPanel</name>
    <message>
        <source>Consent rules (administrators)</source>
        <translation>Règles de consentement (administrateurs)</translation>
    </message>
    <message>
        <source>&amp;Campaign messages to a rented audience only to the numbers that agreed</source>
        <translation>&amp;Messages de campagne à une audience louée uniquement aux numéros qui ont accepté</translation>
    </message>
    <message>
        <source>The CNIL asks that the numbers of a rented or bought file first receive one message asking for their consent to political messages. Keep this on.</source>
        <translation>La CNIL demande que les numéros d&apos;un fichier loué ou acheté reçoivent d&apos;abord un message qui recueille leur accord pour la communication politique. Laissez cette case cochée.</translation>
    </message>
    <message>
        <source>No answer af&amp;ter:</source>
        <translation>Sans réponse au &amp;bout de :</translation>
    </message>
    <message>
        <source>Sa&amp;ve the rules</source>
        <translation>Enre&amp;gistrer les règles</translation>
    </message>
    <message numerus="yes">
        <source>day(s)</source>
        <comment>after the number of days</comment>
        <translation>
            <numerusform>jour</numerusform>
            <numerusform>jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Only an administrator can change these rules.</source>
        <translation>Seul un administrateur peut modifier ces règles.</translation>
    </message>
    <message>
        <source>The consent gate is off: rented numbers that never agreed can receive campaign messages. Every change is kept in the audit log.</source>
        <translation>Le filtre de consentement est désactivé : des numéros loués qui n&apos;ont jamais accepté peuvent recevoir des messages de campagne. Chaque modification est inscrite au journal d&apos;audit.</translation>
    </message>
    <message>
        <source>Every change is kept in the audit log.</source>
        <translation>Chaque modification est inscrite au journal d&apos;audit.</translation>
    </message>
    <message>
        <source>Turn the consent gate off</source>
        <translation>Désactiver le filtre de consentement</translation>
    </message>
    <message>
        <source>Campaign messages will then reach the numbers of rented files that never agreed to political messages. The CNIL asks for their consent first, and the candidate must be able to prove it, number by number. Turn the gate off anyway?</source>
        <translation>Les messages de campagne atteindront alors les numéros de fichiers loués qui n&apos;ont jamais accepté la communication politique. La CNIL demande d&apos;abord leur consentement, et le candidat doit pouvoir le prouver, numéro par numéro. Désactiver le filtre malgré tout ?</translation>
    </message>
    <message>
        <source>Turn it off</source>
        <translation>Le désactiver</translation>
    </message>
    <message>
        <source>Consent rules</source>
        <translation>Règles de consentement</translation>
    </message>
    <message>
        <source>Confirm a &amp;STOP with one message:</source>
        <translation>Confirmer un &amp;STOP par un message :</translation>
    </message>
    <message>
        <source>A number that answers STOP is put on the suppression list at once either way. When this is on, it also receives this one message, once, through the provider it wrote to, without a STOP footer.</source>
        <translation>Un numéro qui répond STOP est de toute façon ajouté aussitôt à la liste d’opposition. Si cette option est cochée, il reçoit aussi ce seul message, une seule fois, par le fournisseur auquel il a écrit, sans mention STOP.</translation>
    </message>
    <message>
        <source>The confirmation sent after a STOP</source>
        <translation>La confirmation envoyée après un STOP</translation>
    </message>
</context>
<context>
    <name>ConsentSettings</name>
    <message>
        <source>Only an administrator can change the consent rules.</source>
        <translation>Seul un administrateur peut modifier les règles de consentement.</translation>
    </message>
    <message>
        <source>Cannot write to the audit log: %1</source>
        <translation>Impossible d&apos;écrire dans le journal d&apos;audit : %1</translation>
    </message>
</context>
<context>
    <name>ContactListModel</name>
    <message>
        <source>STOP / opposed</source>
        <translation>STOP / opposé</translation>
    </message>
    <message>
        <source>On the suppression list: never messaged.</source>
        <translation>Sur la liste d&apos;opposition : ne reçoit jamais de message.</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Département</source>
        <translation>Département</translation>
    </message>
    <message>
        <source>Age bracket</source>
        <translation>Tranche d&apos;âge</translation>
    </message>
    <message>
        <source>Suppressed</source>
        <translation>Opposé</translation>
    </message>
</context>
<context>
    <name>CoreCommands</name>
    <message>
        <source>Show the version, the database in use and what it holds.</source>
        <translation>Afficher la version, la base de données utilisée et son contenu.</translation>
    </message>
    <message>
        <source>Tribune %1
Database:        %2
Schema version:  %3
Audiences:       %4
Contacts:        %5
Campaigns:       %6
Suppressed:      %7
Active provider: %8
</source>
        <translation>Tribune %1
Base de données :     %2
Version du schéma :   %3
Audiences :           %4
Contacts :            %5
Campagnes :           %6
Numéros opposés :     %7
Fournisseur actif :   %8
</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Load the demo data: a fictional rented audience, the offline Sandbox provider and a draft campaign.</source>
        <translation>Charger les données de démonstration : une audience louée fictive, le fournisseur hors ligne Sandbox et un brouillon de campagne.</translation>
    </message>
    <message>
        <source>Number of demo contacts (1 to %1).</source>
        <translation>Nombre de contacts de démonstration (de 1 à %1).</translation>
    </message>
    <message>
        <source>--contacts needs a whole number</source>
        <translation>--contacts attend un nombre entier</translation>
    </message>
    <message>
        <source>The demo data is already in this database.
</source>
        <translation>Les données de démonstration sont déjà dans cette base.
</translation>
    </message>
    <message>
        <source>Loaded the demo data in %1 s: %2 contacts in &quot;%3&quot;, %4 numbers on the opposition list, provider &quot;%5&quot;, draft campaign &quot;%6&quot;.
</source>
        <translation>Données de démonstration chargées en %1 s : %2 contacts dans « %3 », %4 numéros sur la liste d&apos;opposition, fournisseur « %5 », brouillon de campagne « %6 ».
</translation>
    </message>
</context>
<context>
    <name>CostPanel</name>
    <message>
        <source>Pricing…</source>
        <translation>Calcul du coût…</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>price plan: %1</source>
        <translation>tarif : %1</translation>
    </message>
    <message>
        <source>%1 recipients (GSM-7: %2, UCS-2: %3), %4 SMS parts, up to %5 per message.</source>
        <translation>%1 destinataires (GSM-7 : %2, UCS-2 : %3), %4 parties SMS, jusqu’à %5 par message.</translation>
    </message>
    <message>
        <source>VAT %1 %</source>
        <translation>TVA %1 %</translation>
    </message>
    <message>
        <source>A GSM-safe rewrite saves %1 excl. VAT (%2 parts instead of %3).</source>
        <translation>Un texte compatible GSM économiserait %1 HT (%2 parties au lieu de %3).</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <source>No character to make GSM-safe in the text.</source>
        <translation>Aucun caractère à rendre compatible GSM dans le texte.</translation>
    </message>
    <message>
        <source>Budget: save the campaign to check its caps.</source>
        <translation>Budget : enregistrez la campagne pour vérifier ses plafonds.</translation>
    </message>
    <message>
        <source>Budget: %1</source>
        <translation>Budget : %1</translation>
    </message>
    <message>
        <source>%1 over the campaign&apos;s budget of %2</source>
        <translation>%1 de plus que le budget de la campagne (%2)</translation>
    </message>
    <message>
        <source>Budget: may go %1.</source>
        <translation>Budget : peut coûter %1.</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 et %2</translation>
    </message>
    <message>
        <source>Budget: within the caps.</source>
        <translation>Budget : dans les plafonds.</translation>
    </message>
    <message>
        <source>Budget: no cap set.</source>
        <translation>Budget : aucun plafond fixé.</translation>
    </message>
    <message>
        <source>this audience: %1 of %2 answers</source>
        <translation>cette audience : %1 sur %2 réponses</translation>
    </message>
    <message>
        <source>assumed: too few answers yet</source>
        <translation>supposé : encore trop peu de réponses</translation>
    </message>
    <message>
        <source>The consent request to %1 numbers never asked costs %2; %3 of them are expected to agree. The campaign message to %4 recipients then costs %5. Together: %6 excl. VAT, %7 incl. VAT.</source>
        <translation>La demande de consentement aux %1 numéros jamais sollicités coûte %2 ; %3 d’entre eux devraient accepter. Le message de campagne à %4 destinataires coûte ensuite %5. Au total : %6 HT, %7 TTC.</translation>
    </message>
    <message>
        <source>Campaign: %1</source>
        <translation>Campagne : %1</translation>
    </message>
    <message>
        <source>Agree at %1 %</source>
        <translation>Accord à %1 %</translation>
    </message>
    <message>
        <source>Asked: %1</source>
        <translation>Sollicités : %1</translation>
    </message>
    <message>
        <source>Never asked</source>
        <translation>Jamais sollicités</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Numéros</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Consent-first forecast</source>
        <translation>Prévision avec consentement préalable</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Stop pricing this version of the campaign</source>
        <translation>Arrêter le calcul du coût de cette version de la campagne</translation>
    </message>
    <message>
        <source>minimum</source>
        <translation>minimum</translation>
    </message>
    <message>
        <source>expected</source>
        <translation>attendu</translation>
    </message>
    <message>
        <source>maximum</source>
        <translation>maximum</translation>
    </message>
    <message>
        <source>Excl. VAT</source>
        <translation>HT</translation>
    </message>
    <message>
        <source>Incl. VAT</source>
        <translation>TTC</translation>
    </message>
    <message>
        <source>Without an exact price from the provider, parts are priced between the plan&apos;s minimum and maximum.</source>
        <translation>Sans prix exact du fournisseur, chaque partie est comptée entre le minimum et le maximum du tarif.</translation>
    </message>
    <message>
        <source>Make GSM-safe</source>
        <translation>Rendre compatible GSM</translation>
    </message>
    <message>
        <source>Replace the characters that force UCS-2 with GSM-7 equivalents</source>
        <translation>Remplacer les caractères qui imposent l’UCS-2 par leurs équivalents GSM-7</translation>
    </message>
    <message>
        <source>Consent first</source>
        <translation>Consentement d’abord</translation>
    </message>
    <message>
        <source>Expected to &amp;agree:</source>
        <translation>&amp;Accord attendu :</translation>
    </message>
    <message>
        <source>Share of the numbers asked expected to agree</source>
        <translation>Part des numéros sollicités qui devraient accepter</translation>
    </message>
    <message>
        <source>%1 over the ceiling of &quot;%2&quot; (%3 including VAT)</source>
        <translation>%1 au-dessus du plafond de « %2 » (%3 TTC)</translation>
    </message>
</context>
<context>
    <name>CostPreview</name>
    <message>
        <source>No forecast was asked for.</source>
        <translation>Aucune prévision n’a été demandée.</translation>
    </message>
    <message>
        <source>This message is the consent request itself.</source>
        <translation>Ce message est la demande de consentement elle-même.</translation>
    </message>
    <message>
        <source>Campaign messages to this audience need no consent request first.</source>
        <translation>Les messages de campagne à cette audience ne demandent pas de demande de consentement préalable.</translation>
    </message>
    <message>
        <source>There is no consent request to price: write one for this audience first.</source>
        <translation>Il n’y a aucune demande de consentement à chiffrer : rédigez-en d’abord une pour cette audience.</translation>
    </message>
    <message>
        <source>The segment of this campaign cannot be read: %1</source>
        <translation>Le segment de cette campagne est illisible : %1</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>Malformed row: unexpected text after a closing quote</source>
        <translation>Ligne mal formée : texte inattendu après un guillemet fermant</translation>
    </message>
    <message>
        <source>Malformed row: a quote is never closed</source>
        <translation>Ligne mal formée : un guillemet n&apos;est jamais fermé</translation>
    </message>
    <message>
        <source>Malformed row: a field is too long</source>
        <translation>Ligne mal formée : un champ est trop long</translation>
    </message>
    <message>
        <source>Malformed row: the row is too long</source>
        <translation>Ligne mal formée : la ligne est trop longue</translation>
    </message>
    <message>
        <source>Malformed row: too many fields</source>
        <translation>Ligne mal formée : trop de champs</translation>
    </message>
    <message>
        <source>Bad encoding: the row contains NUL bytes</source>
        <translation>Mauvais encodage : la ligne contient des octets nuls</translation>
    </message>
    <message>
        <source>Bad encoding: the row is not valid UTF-8</source>
        <translation>Mauvais encodage : la ligne n&apos;est pas de l&apos;UTF-8 valide</translation>
    </message>
    <message>
        <source>Wrong number of fields</source>
        <translation>Nombre de champs incorrect</translation>
    </message>
    <message>
        <source>Cannot read the file: %1</source>
        <translation>Impossible de lire le fichier : %1</translation>
    </message>
    <message>
        <source>Malformed row: a field is longer than %1 bytes</source>
        <translation>Ligne mal formée : un champ dépasse %1 octets</translation>
    </message>
    <message>
        <source>Malformed row: the row is longer than %1 bytes</source>
        <translation>Ligne mal formée : la ligne dépasse %1 octets</translation>
    </message>
    <message>
        <source>Malformed row: more than %1 fields</source>
        <translation>Ligne mal formée : plus de %1 champs</translation>
    </message>
    <message>
        <source>Wrong number of fields: %1 instead of %2</source>
        <translation>Nombre de champs incorrect : %1 au lieu de %2</translation>
    </message>
</context>
<context>
    <name>CsvWriter</name>
    <message>
        <source>Cannot write the CSV file: %1</source>
        <translation>Impossible d&apos;écrire le fichier CSV : %1</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Cannot create the data folder %1.</source>
        <translation>Impossible de créer le dossier de données %1.</translation>
    </message>
    <message>
        <source>Cannot create the database file %1: %2</source>
        <translation>Impossible de créer le fichier de base de données %1 : %2</translation>
    </message>
    <message>
        <source>No valid database URL is configured.</source>
        <translation>Aucune URL de base de données valide n&apos;est configurée.</translation>
    </message>
    <message>
        <source>Cannot open the SQLite database %1: %2</source>
        <translation>Impossible d&apos;ouvrir la base SQLite %1 : %2</translation>
    </message>
    <message>
        <source>Cannot configure the SQLite database: %1</source>
        <translation>Impossible de configurer la base SQLite : %1</translation>
    </message>
    <message>
        <source>Cannot connect to PostgreSQL at %1: %2</source>
        <translation>Impossible de se connecter à PostgreSQL sur %1 : %2</translation>
    </message>
    <message>
        <source>The Qt SQLite driver (QSQLITE) is not installed.</source>
        <translation>Le pilote SQLite de Qt (QSQLITE) n&apos;est pas installé.</translation>
    </message>
    <message>
        <source>The Qt PostgreSQL driver (QPSQL) is not installed; on Debian install the package libqt6sql6-psql.</source>
        <translation>Le pilote PostgreSQL de Qt (QPSQL) n&apos;est pas installé ; sous Debian, installez le paquet libqt6sql6-psql.</translation>
    </message>
</context>
<context>
    <name>DatabaseUrl</name>
    <message>
        <source>The database URL is empty.</source>
        <translation>L&apos;URL de la base de données est vide.</translation>
    </message>
    <message>
        <source>The SQLite URL &quot;%1&quot; names no file.</source>
        <translation>L&apos;URL SQLite « %1 » ne désigne aucun fichier.</translation>
    </message>
    <message>
        <source>The PostgreSQL URL is not valid: %1</source>
        <translation>L&apos;URL PostgreSQL n&apos;est pas valide : %1</translation>
    </message>
    <message>
        <source>The PostgreSQL port must be between 1 and 65535.</source>
        <translation>Le port PostgreSQL doit être compris entre 1 et 65535.</translation>
    </message>
    <message>
        <source>The PostgreSQL URL must name one database, not &quot;%1&quot;.</source>
        <translation>L&apos;URL PostgreSQL doit désigner une seule base, pas « %1 ».</translation>
    </message>
    <message>
        <source>The PostgreSQL URL names neither a database nor a user.</source>
        <translation>L&apos;URL PostgreSQL n&apos;indique ni base ni utilisateur.</translation>
    </message>
    <message>
        <source>Unknown PostgreSQL option &quot;%1&quot; in the database URL.</source>
        <translation>Option PostgreSQL inconnue « %1 » dans l&apos;URL de la base.</translation>
    </message>
    <message>
        <source>The value of &quot;%1&quot; may not contain &apos;;&apos;.</source>
        <translation>La valeur de « %1 » ne peut pas contenir « ; ».</translation>
    </message>
    <message>
        <source>Unsupported database URL scheme &quot;%1&quot;: use sqlite:// or postgresql://.</source>
        <translation>Schéma d&apos;URL non pris en charge « %1 » : utilisez sqlite:// ou postgresql://.</translation>
    </message>
</context>
<context>
    <name>DemoConsentRequest</name>
    <message>
        <source>The consent ledger is not empty: the demo consent request only plays on a fresh demo database.</source>
        <translation>Le registre des consentements n&apos;est pas vide : la demande de consentement de démonstration ne se joue que sur une base de démonstration neuve.</translation>
    </message>
    <message>
        <source>The demo data has no consent request &quot;%1&quot;.</source>
        <translation>Les données de démonstration n&apos;ont pas de demande de consentement « %1 ».</translation>
    </message>
</context>
<context>
    <name>DemoDataLoader</name>
    <message>
        <source>The demo data definition is missing from this build.</source>
        <translation>La définition des données de démonstration manque dans cette version.</translation>
    </message>
    <message>
        <source>The demo audience can hold between 1 and %1 contacts.</source>
        <translation>L&apos;audience de démonstration peut contenir de 1 à %1 contacts.</translation>
    </message>
    <message>
        <source>Loading the demo data failed (%1): %2</source>
        <translation>Le chargement des données de démonstration a échoué (%1) : %2</translation>
    </message>
    <message>
        <source>Demo opposition list</source>
        <translation>Liste d&apos;opposition de démonstration</translation>
    </message>
    <message>
        <source>Loading the demo contacts failed: %1</source>
        <translation>Le chargement des contacts de démonstration a échoué : %1</translation>
    </message>
    <message>
        <source>Loading the demo data was cancelled.</source>
        <translation>Le chargement des données de démonstration a été annulé.</translation>
    </message>
    <message>
        <source>Saving the demo data failed: %1</source>
        <translation>L&apos;enregistrement des données de démonstration a échoué : %1</translation>
    </message>
</context>
<context>
    <name>ElectionDialog</name>
    <message>
        <source>Edit the election</source>
        <translation>Modifier l&apos;élection</translation>
    </message>
    <message>
        <source>New election</source>
        <translation>Nouvelle élection</translation>
    </message>
    <message>
        <source>None recorded</source>
        <translation>Aucun plafond enregistré</translation>
    </message>
    <message>
        <source>e.g. Camille Martin; mandataire financier: Jean Dupont</source>
        <translation>p. ex. Camille Martin ; mandataire financier : Jean Dupont</translation>
    </message>
    <message>
        <source>Postal or e-mail address</source>
        <translation>Adresse postale ou électronique</translation>
    </message>
    <message>
        <source>&amp;Single round</source>
        <translation>Tour &amp;unique</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;First round:</source>
        <translation>&amp;Premier tour :</translation>
    </message>
    <message>
        <source>S&amp;econd round:</source>
        <translation>S&amp;econd tour :</translation>
    </message>
    <message>
        <source>&amp;Polls close at:</source>
        <translation>&amp;Clôture du scrutin à :</translation>
    </message>
    <message>
        <source>Spons&amp;or:</source>
        <translation>C&amp;ommanditaire :</translation>
    </message>
    <message>
        <source>Sponsor&apos;s con&amp;tact:</source>
        <translation>Con&amp;tact du commanditaire :</translation>
    </message>
    <message>
        <source>Who pays for and answers for the messages (the candidate or list and their mandataire financier), and how to reach them: the transparency record of political messages names them.</source>
        <translation>Qui paie et répond des messages (le candidat ou la liste et son mandataire financier), et comment les joindre : la fiche de transparence des messages politiques les nomme.</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Electoral silence (L49, Paris time), no campaign message:
%1</source>
        <translation>Silence électoral (L49, heure de Paris), aucun message de campagne :
%1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount in euros (e.g. 38000 or 38 000,50).</source>
        <translation>« %1 » n&apos;est pas un montant en euros (p. ex. 38000 ou 38 000,50).</translation>
    </message>
    <message>
        <source>Spending &amp;ceiling (€ incl. VAT, L52-11):</source>
        <translation>&amp;Plafond de dépenses (€ TTC, L52-11) :</translation>
    </message>
</context>
<context>
    <name>ElectionStore</name>
    <message>
        <source>An election needs a name.</source>
        <translation>Une élection doit avoir un nom.</translation>
    </message>
    <message>
        <source>Give the date of the first round (YYYY-MM-DD): the electoral silence starts at 00:00 the day before.</source>
        <translation>Indiquez la date du premier tour (AAAA-MM-JJ) : le silence électoral commence la veille à 00:00.</translation>
    </message>
    <message>
        <source>The second round (%1) must come after the first (%2).</source>
        <translation>Le second tour (%1) doit venir après le premier (%2).</translation>
    </message>
    <message>
        <source>Give the time polls close as HH:MM (e.g. 20:00).</source>
        <translation>Indiquez l&apos;heure de clôture du scrutin en HH:MM (p. ex. 20:00).</translation>
    </message>
    <message>
        <source>The spending ceiling cannot be negative.</source>
        <translation>Le plafond de dépenses ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>An election named &quot;%1&quot; already exists.</source>
        <translation>Une élection nommée « %1 » existe déjà.</translation>
    </message>
    <message>
        <source>Cannot save the election: %1</source>
        <translation>Impossible d&apos;enregistrer l&apos;élection : %1</translation>
    </message>
    <message>
        <source>This election no longer exists.</source>
        <translation>Cette élection n&apos;existe plus.</translation>
    </message>
    <message>
        <source>Only an administrator can change the election calendar.</source>
        <translation>Seul un administrateur peut modifier le calendrier électoral.</translation>
    </message>
</context>
<context>
    <name>ElectionsPanel</name>
    <message>
        <source>Election</source>
        <translation>Élection</translation>
    </message>
    <message>
        <source>Rounds</source>
        <translation>Tours</translation>
    </message>
    <message>
        <source>Electoral silence (no messages)</source>
        <translation>Silence électoral (aucun message)</translation>
    </message>
    <message>
        <source>Ceiling</source>
        <translation>Plafond</translation>
    </message>
    <message>
        <source>Sponsor</source>
        <translation>Commanditaire</translation>
    </message>
    <message>
        <source>New &amp;election…</source>
        <translation>Nouvelle &amp;élection…</translation>
    </message>
    <message>
        <source>Edit electio&amp;n…</source>
        <translation>Modifier l&apos;électio&amp;n…</translation>
    </message>
    <message>
        <source>(single round)</source>
        <translation>(tour unique)</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>non indiqué</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Read-only: %1</source>
        <translation>Lecture seule : %1</translation>
    </message>
    <message>
        <source>Election &quot;%1&quot; saved.</source>
        <translation>Élection « %1 » enregistrée.</translation>
    </message>
    <message>
        <source>Election &quot;%1&quot; added.</source>
        <translation>Élection « %1 » ajoutée.</translation>
    </message>
    <message>
        <source>The election calendar. No campaign message leaves from 00:00 the day before a round until polls close (Code électoral L49, Paris time); the ceiling, including VAT as the campaign account records it, is shared by the campaigns of the election (L52-11).</source>
        <translation>Le calendrier électoral. Aucun message de campagne ne part de 00:00 la veille d&apos;un tour jusqu&apos;à la fermeture des bureaux de vote (Code électoral L49, heure de Paris) ; le plafond, TTC comme le compte de campagne enregistre les dépenses, est partagé par les campagnes de l&apos;élection (L52-11).</translation>
    </message>
</context>
<context>
    <name>ExportCommands</name>
    <message>
        <source>Election name.</source>
        <translation>Nom de l&apos;élection.</translation>
    </message>
    <message>
        <source>Audience name.</source>
        <translation>Nom de l&apos;audience.</translation>
    </message>
    <message>
        <source>Phone number (E.164 or as written).</source>
        <translation>Numéro de téléphone (E.164 ou tel qu’écrit).</translation>
    </message>
    <message>
        <source>The CSV file to write.</source>
        <translation>Le fichier CSV à écrire.</translation>
    </message>
    <message>
        <source>Also write the record as a readable HTML page to this file.</source>
        <translation>Écrire aussi la fiche en page HTML lisible dans ce fichier.</translation>
    </message>
    <message>
        <source>Also write the record as a PDF page to this file.</source>
        <translation>Écrire aussi la fiche en PDF dans ce fichier.</translation>
    </message>
    <message>
        <source>Phone numbers in full instead of masked (administrators only; the export is audited).</source>
        <translation>Numéros en entier au lieu de masqués (administrateurs uniquement ; l’export est inscrit au journal d’audit).</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>argument inattendu « %1 »</translation>
    </message>
    <message>
        <source>give the file to write with --out</source>
        <translation>indiquez le fichier à écrire avec --out</translation>
    </message>
    <message>
        <source>give the campaign with --campaign</source>
        <translation>indiquez la campagne avec --campaign</translation>
    </message>
    <message>
        <source>give the audience with --audience</source>
        <translation>indiquez l’audience avec --audience</translation>
    </message>
    <message>
        <source>give the election with --election (or one campaign with --campaign)</source>
        <translation>indiquez l’élection avec --election (ou une campagne avec --campaign)</translation>
    </message>
    <message>
        <source>give either a number with --phone or an audience with --audience</source>
        <translation>indiquez soit un numéro avec --phone, soit une audience avec --audience</translation>
    </message>
    <message>
        <source>give --campaign or --election, not both</source>
        <translation>indiquez --campaign ou --election, pas les deux</translation>
    </message>
    <message>
        <source>no election named &quot;%1&quot;</source>
        <translation>aucune élection nommée « %1 »</translation>
    </message>
    <message>
        <source>no audience named &quot;%1&quot;</source>
        <translation>aucune audience nommée « %1 »</translation>
    </message>
    <message numerus="yes">
        <source>%n rows written to %1.
</source>
        <translation>
            <numerusform>%n ligne écrite dans %1.
</numerusform>
            <numerusform>%n lignes écrites dans %1.
</numerusform>
        </translation>
    </message>
    <message>
        <source>Write a campaign&apos;s report to CSV: one row per message (numbers masked unless --full-numbers), status, times, parts, cost, error.</source>
        <translation>Écrire le rapport d’une campagne en CSV : une ligne par message (numéros masqués sauf avec --full-numbers), statut, horaires, parties, coût, erreur.</translation>
    </message>
    <message>
        <source>Write one row per campaign (of --election, or all) to CSV: recipients, outcomes, replies, opt-outs, spend and budget.</source>
        <translation>Écrire une ligne par campagne (de --election, ou toutes) en CSV : destinataires, résultats, réponses, désinscriptions, dépenses et budget.</translation>
    </message>
    <message>
        <source>Write the spend of an election&apos;s campaigns (or of one campaign) to CSV for the campaign account: per day, provider and campaign, excl. and incl. VAT, with a total.</source>
        <translation>Écrire les dépenses des campagnes d’une élection (ou d’une campagne) en CSV pour le compte de campagne : par jour, fournisseur et campagne, HT et TTC, avec un total.</translation>
    </message>
    <message>
        <source>Write the consent proof of a number or an audience to CSV, from the ledger (administrators only: numbers in full).</source>
        <translation>Écrire la preuve de consentement d’un numéro ou d’une audience en CSV, depuis le registre (administrateurs uniquement : numéros en entier).</translation>
    </message>
    <message>
        <source>Write the suppression list to CSV (numbers masked unless --full-numbers).</source>
        <translation>Écrire la liste d’opposition en CSV (numéros masqués sauf avec --full-numbers).</translation>
    </message>
    <message>
        <source>Write the whole audit log to CSV.</source>
        <translation>Écrire tout le journal d’audit en CSV.</translation>
    </message>
    <message>
        <source>Write a campaign&apos;s transparency record (EU regulation 2024/900) to CSV, and with --html or --pdf as a readable page.</source>
        <translation>Écrire la fiche de transparence d’une campagne (règlement UE 2024/900) en CSV et, avec --html ou --pdf, en page lisible.</translation>
    </message>
    <message>
        <source>Write the rows rejected by the imports of an audience to CSV.</source>
        <translation>Écrire en CSV les lignes rejetées par les imports d’une audience.</translation>
    </message>
    <message>
        <source>The export is audited.</source>
        <translation>L’export est inscrit au journal d’audit.</translation>
    </message>
    <message>
        <source>Excel (France): &apos;;&apos; separator, decimal comma, UTF-8 with BOM (the default when Tribune&apos;s language is French).</source>
        <translation>Excel (France) : séparateur « ; », virgule décimale, UTF-8 avec BOM (par défaut quand Tribune est en français).</translation>
    </message>
    <message>
        <source>Standard CSV (RFC 4180): &apos;,&apos; separator, decimal point, no BOM (the default in other languages).</source>
        <translation>CSV standard (RFC 4180) : séparateur « , », point décimal, sans BOM (par défaut dans les autres langues).</translation>
    </message>
    <message>
        <source>give --excel-fr or --standard, not both</source>
        <translation>indiquez --excel-fr ou --standard, pas les deux</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>&amp;What to export:</source>
        <translation>&amp;Type d&apos;export :</translation>
    </message>
    <message>
        <source>&amp;Campaign:</source>
        <translation>&amp;Campagne :</translation>
    </message>
    <message>
        <source>&amp;Election:</source>
        <translation>&amp;Élection :</translation>
    </message>
    <message>
        <source>&amp;Audience:</source>
        <translation>&amp;Audience :</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>&amp;Numéro :</translation>
    </message>
    <message>
        <source>e.g. 06 12 34 56 78</source>
        <translation>ex. 06 12 34 56 78</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format :</translation>
    </message>
    <message>
        <source>Excel (France): “;” separator, decimal comma, UTF-8 with BOM</source>
        <translation>Excel (France) : séparateur « ; », virgule décimale, UTF-8 avec BOM</translation>
    </message>
    <message>
        <source>Standard CSV (RFC 4180): “,” separator, decimal point</source>
        <translation>CSV standard (RFC 4180) : séparateur « , », point décimal</translation>
    </message>
    <message>
        <source>Show full phone numbers (administrators; recorded in the audit log)</source>
        <translation>Afficher les numéros complets (administrateurs ; consigné dans le journal d&apos;audit)</translation>
    </message>
    <message>
        <source>Also save the readable page (HTML) next to the CSV file</source>
        <translation>Enregistrer aussi la page lisible (HTML) à côté du fichier CSV</translation>
    </message>
    <message>
        <source>Also save it as PDF, ready to print or publish</source>
        <translation>L&apos;enregistrer aussi en PDF, prêt à imprimer ou à publier</translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation>&amp;Enregistrer sous :</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;xporter</translation>
    </message>
    <message>
        <source>&amp;Cancel export</source>
        <translation>&amp;Annuler l&apos;export</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>All campaigns</source>
        <translation>Toutes les campagnes</translation>
    </message>
    <message>
        <source>All elections</source>
        <translation>Toutes les élections</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>Loading campaigns, elections and audiences…</source>
        <translation>Chargement des campagnes, élections et audiences…</translation>
    </message>
    <message>
        <source>Numbers are masked (+33 6 12 ** ** 78) unless you tick this; the export is recorded in the audit log either way.</source>
        <translation>Les numéros sont masqués (+33 6 12 ** ** 78) sauf si vous cochez cette case ; l&apos;export est consigné dans le journal d&apos;audit dans tous les cas.</translation>
    </message>
    <message>
        <source>Only an administrator may export full phone numbers.</source>
        <translation>Seul un administrateur peut exporter les numéros complets.</translation>
    </message>
    <message>
        <source>One row per message of the campaign: number, status, times, parts, cost, provider reference and error.</source>
        <translation>Une ligne par message de la campagne : numéro, statut, horodatages, parties, coût, référence du fournisseur et erreur.</translation>
    </message>
    <message>
        <source>One row per campaign: recipients, parts, deliveries, failures, replies, opt-outs and spend against its budget.</source>
        <translation>Une ligne par campagne : destinataires, parties, remises, échecs, réponses, oppositions et dépenses au regard de son budget.</translation>
    </message>
    <message>
        <source>The campaign account (Code électoral L52-12): per day, provider and campaign, the parts paid for and the amounts excluding and including VAT, with the total.</source>
        <translation>Le compte de campagne (Code électoral L52-12) : par jour, fournisseur et campagne, les parties payées et les montants HT et TTC, avec le total.</translation>
    </message>
    <message>
        <source>The proof of consent from the ledger, for one number or for an audience: every request, answer and objection with its text and time. Numbers appear in full: administrators only, recorded in the audit log.</source>
        <translation>La preuve du consentement tirée du registre, pour un numéro ou pour une audience : chaque demande, réponse et opposition avec son texte et son horodatage. Les numéros y figurent en entier : réservé aux administrateurs, consigné dans le journal d&apos;audit.</translation>
    </message>
    <message>
        <source>Every number that must never be messaged again, with why and when.</source>
        <translation>Tous les numéros à ne plus jamais contacter, avec le motif et la date.</translation>
    </message>
    <message>
        <source>Who did what and when: imports, edits, approvals, sends, exports, purges.</source>
        <translation>Qui a fait quoi et quand : imports, modifications, approbations, envois, exports, purges.</translation>
    </message>
    <message>
        <source>The transparency record of a political message campaign (EU regulation 2024/900): sponsor, election, period, amount spent, targeting and the audience&apos;s provenance.</source>
        <translation>La fiche de transparence d&apos;une campagne de messages politiques (règlement UE 2024/900) : commanditaire, élection, période, montant dépensé, ciblage et provenance de l&apos;audience.</translation>
    </message>
    <message>
        <source>The rows of an audience&apos;s imports that were not kept, and why.</source>
        <translation>Les lignes des imports d&apos;une audience qui n&apos;ont pas été retenues, et pourquoi.</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exporter vers</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>“%1” is not a phone number.</source>
        <translation>« %1 » n&apos;est pas un numéro de téléphone.</translation>
    </message>
    <message>
        <source>Choose where to save the file.</source>
        <translation>Choisissez où enregistrer le fichier.</translation>
    </message>
    <message>
        <source>Choose a campaign.</source>
        <translation>Choisissez une campagne.</translation>
    </message>
    <message>
        <source>Choose an audience.</source>
        <translation>Choisissez une audience.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Export en cours…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>%1 of %2 rows</source>
        <translation>%1 lignes sur %2</translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation>%1 lignes</translation>
    </message>
    <message>
        <source>Export cancelled: no file was written.</source>
        <translation>Export annulé : aucun fichier n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>L&apos;export a échoué : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n rows saved to %1.</source>
        <translation>
            <numerusform>%n ligne enregistrée dans %1.</numerusform>
            <numerusform>%n lignes enregistrées dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 enregistré.</translation>
    </message>
</context>
<context>
    <name>ExportFormat</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>ExportKinds</name>
    <message>
        <source>Campaign report (one row per message)</source>
        <translation>Rapport de campagne (une ligne par message)</translation>
    </message>
    <message>
        <source>Campaign summary (one row per campaign)</source>
        <translation>Synthèse des campagnes (une ligne par campagne)</translation>
    </message>
    <message>
        <source>Spend for the campaign account</source>
        <translation>Dépenses pour le compte de campagne</translation>
    </message>
    <message>
        <source>Consent proof</source>
        <translation>Preuve de consentement</translation>
    </message>
    <message>
        <source>Suppression list</source>
        <translation>Liste d’opposition</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Journal d’audit</translation>
    </message>
    <message>
        <source>Transparency record</source>
        <translation>Fiche de transparence</translation>
    </message>
    <message>
        <source>Import reject report</source>
        <translation>Rapport des lignes rejetées à l’import</translation>
    </message>
    <message>
        <source>campaign-report.csv</source>
        <translation>rapport-campagne.csv</translation>
    </message>
    <message>
        <source>campaign-summary.csv</source>
        <translation>synthese-campagnes.csv</translation>
    </message>
    <message>
        <source>campaign-spend.csv</source>
        <translation>depenses-campagne.csv</translation>
    </message>
    <message>
        <source>consent-proof.csv</source>
        <translation>preuve-consentement.csv</translation>
    </message>
    <message>
        <source>suppression-list.csv</source>
        <translation>liste-opposition.csv</translation>
    </message>
    <message>
        <source>audit-log.csv</source>
        <translation>journal-audit.csv</translation>
    </message>
    <message>
        <source>transparency-record.csv</source>
        <translation>fiche-transparence.csv</translation>
    </message>
    <message>
        <source>import-rejects.csv</source>
        <translation>rejets-import.csv</translation>
    </message>
    <message>
        <source>%1: no file to write.</source>
        <translation>%1 : aucun fichier à écrire.</translation>
    </message>
    <message>
        <source>%1: choose a campaign.</source>
        <translation>%1 : choisissez une campagne.</translation>
    </message>
    <message>
        <source>%1: choose an audience.</source>
        <translation>%1 : choisissez une audience.</translation>
    </message>
    <message>
        <source>%1: choose an election or a campaign.</source>
        <translation>%1 : choisissez une élection ou une campagne.</translation>
    </message>
    <message>
        <source>%1: give a phone number or an audience.</source>
        <translation>%1 : indiquez un numéro de téléphone ou une audience.</translation>
    </message>
    <message>
        <source>%1 is not made for one campaign.</source>
        <translation>%1 ne porte pas sur une campagne.</translation>
    </message>
    <message>
        <source>%1 is not made for one election.</source>
        <translation>%1 ne porte pas sur une élection.</translation>
    </message>
    <message>
        <source>%1 is not made for one audience.</source>
        <translation>%1 ne porte pas sur une audience.</translation>
    </message>
    <message>
        <source>%1 is not made for one phone number.</source>
        <translation>%1 ne porte pas sur un numéro de téléphone.</translation>
    </message>
    <message>
        <source>%1 cannot be exported by this version of Tribune.</source>
        <translation>%1 ne peut pas être exporté par cette version de Tribune.</translation>
    </message>
    <message>
        <source>Only an administrator may export a consent proof, which holds phone numbers in full; %1 is not one.</source>
        <translation>Seul un administrateur peut exporter une preuve de consentement, qui contient les numéros en entier ; %1 n’est pas administrateur.</translation>
    </message>
    <message>
        <source>Only an administrator may export full phone numbers; %1 is not one. Export them masked instead.</source>
        <translation>Seul un administrateur peut exporter les numéros en entier ; %1 n’est pas administrateur. Exportez-les masqués.</translation>
    </message>
    <message>
        <source>The file was written but the export could not be recorded in the audit log: %1</source>
        <translation>Le fichier a été écrit, mais l’export n’a pas pu être inscrit au journal d’audit : %1</translation>
    </message>
</context>
<context>
    <name>FunnelPanel</name>
    <message>
        <source>&amp;Audience:</source>
        <translation>&amp;Audience :</translation>
    </message>
    <message>
        <source>Record own &amp;proof of consent…</source>
        <translation>Enregistrer une &amp;preuve de consentement propre…</translation>
    </message>
    <message>
        <source>The party collected these numbers itself, with a consent it can prove (a sign-up form, a membership register): campaign messages then need no consent request. Administrators only.</source>
        <translation>Le parti a recueilli lui-même ces numéros, avec un consentement qu&apos;il peut prouver (un formulaire d&apos;inscription, un registre d&apos;adhérents) : les messages de campagne n&apos;ont alors pas besoin de demande de consentement. Réservé aux administrateurs.</translation>
    </message>
    <message>
        <source>Remove the proof…</source>
        <translation>Retirer la preuve…</translation>
    </message>
    <message>
        <source>Put the audience back under the consent gate: campaign messages only to the numbers that agreed.</source>
        <translation>Remettre l&apos;audience sous le filtre de consentement : messages de campagne uniquement aux numéros qui ont accepté.</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Chiffres</translation>
    </message>
    <message>
        <source>Contacts in the audience</source>
        <translation>Contacts de l&apos;audience</translation>
    </message>
    <message>
        <source>Never asked</source>
        <translation>Jamais sollicités</translation>
    </message>
    <message>
        <source>Consent requested</source>
        <translation>Consentement demandé</translation>
    </message>
    <message>
        <source>Awaiting an answer</source>
        <translation>En attente de réponse</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Ont accepté</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Ont refusé</translation>
    </message>
    <message>
        <source>STOP</source>
        <translation>STOP</translation>
    </message>
    <message>
        <source>No answer (expired)</source>
        <translation>Sans réponse (expiré)</translation>
    </message>
    <message>
        <source>On the suppression list</source>
        <translation>Sur la liste d&apos;opposition</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Calcul en cours…</translation>
    </message>
    <message>
        <source>&lt; %1 %</source>
        <comment>percentage</comment>
        <translation>&lt; %1 %</translation>
    </message>
    <message>
        <source>%1 %</source>
        <comment>percentage</comment>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 of the contacts</source>
        <translation>%1 des contacts</translation>
    </message>
    <message>
        <source>%1 of those asked</source>
        <translation>%1 des sollicités</translation>
    </message>
    <message>
        <source>No audience yet: import a broker file or load the demo data on the Audiences page.</source>
        <translation>Aucune audience pour l&apos;instant : importez un fichier de courtier ou chargez les données de démonstration depuis la page Audiences.</translation>
    </message>
    <message>
        <source>The consent figures could not be computed: %1</source>
        <translation>Les chiffres du consentement n&apos;ont pas pu être calculés : %1</translation>
    </message>
    <message numerus="yes">
        <source>A consent request left unanswered for %n day(s) counts as &quot;no answer&quot;: the number is not asked again and receives no campaign message.</source>
        <translation>
            <numerusform>Une demande de consentement restée sans réponse pendant %n jour compte comme « sans réponse » : le numéro n&apos;est pas sollicité de nouveau et ne reçoit aucun message de campagne.</numerusform>
            <numerusform>Une demande de consentement restée sans réponse pendant %n jours compte comme « sans réponse » : le numéro n&apos;est pas sollicité de nouveau et ne reçoit aucun message de campagne.</numerusform>
        </translation>
    </message>
    <message>
        <source>The consent gate is off (see the rules below): campaign messages go to every number of this audience that has not refused or said STOP, even if it was never asked.</source>
        <translation>Le filtre de consentement est désactivé (voir les règles ci-dessous) : les messages de campagne partent vers tous les numéros de cette audience qui n&apos;ont ni refusé ni répondu STOP, même jamais sollicités.</translation>
    </message>
    <message>
        <source>Collected by the party, with its own proof of consent: &quot;%1&quot;. Campaign messages go to every number that has not refused or said STOP.</source>
        <translation>Recueillie par le parti, avec sa propre preuve de consentement : « %1 ». Les messages de campagne partent vers tous les numéros qui n&apos;ont ni refusé ni répondu STOP.</translation>
    </message>
    <message>
        <source>The party&apos;s own list, but no proof of consent is recorded: as for a rented file, campaign messages go only to the numbers that agreed.</source>
        <translation>Liste propre du parti, mais aucune preuve de consentement n&apos;est enregistrée : comme pour un fichier loué, les messages de campagne ne partent que vers les numéros qui ont accepté.</translation>
    </message>
    <message>
        <source>Rented file: campaign messages go only to the numbers that agreed. The others first receive the consent request, once.</source>
        <translation>Fichier loué : les messages de campagne ne partent que vers les numéros qui ont accepté. Les autres reçoivent d&apos;abord la demande de consentement, une seule fois.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Consent of &quot;%1&quot;</source>
        <translation>Consentement de « %1 »</translation>
    </message>
    <message>
        <source>Consent funnel</source>
        <translation>Entonnoir du consentement</translation>
    </message>
    <message>
        <source>Change the &amp;proof…</source>
        <translation>Modifier la &amp;preuve…</translation>
    </message>
    <message>
        <source>Only an administrator can record that the party collected an audience itself.</source>
        <translation>Seul un administrateur peut enregistrer que le parti a recueilli lui-même une audience.</translation>
    </message>
    <message>
        <source>Own proof of consent</source>
        <translation>Preuve de consentement propre</translation>
    </message>
    <message>
        <source>Record that the party collected &quot;%1&quot; itself, with a consent it can prove. Describe the proof (what the people signed or ticked, when, where it is kept): it is kept in the consent ledger and the audit log, and campaign messages to this audience will no longer wait for a yes.</source>
        <translation>Enregistrer que le parti a recueilli lui-même « %1 », avec un consentement qu&apos;il peut prouver. Décrivez la preuve (ce que les personnes ont signé ou coché, quand, où elle est conservée) : elle est inscrite au registre des consentements et au journal d&apos;audit, et les messages de campagne à cette audience n&apos;attendront plus de oui.</translation>
    </message>
    <message>
        <source>Describe the proof: without it, the audience stays under the consent gate.</source>
        <translation>Décrivez la preuve : sans elle, l&apos;audience reste sous le filtre de consentement.</translation>
    </message>
    <message>
        <source>Remove the proof of consent</source>
        <translation>Retirer la preuve de consentement</translation>
    </message>
    <message>
        <source>Put &quot;%1&quot; back under the consent gate? Campaign messages will go only to the numbers that agreed to a consent request.</source>
        <translation>Remettre « %1 » sous le filtre de consentement ? Les messages de campagne ne partiront que vers les numéros qui ont accepté une demande de consentement.</translation>
    </message>
    <message>
        <source>Only an administrator can record or remove a proof of consent.</source>
        <translation>Seul un administrateur peut enregistrer ou retirer une preuve de consentement.</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>the person, by reply</source>
        <translation>la personne, par réponse</translation>
    </message>
    <message>
        <source>the SMS provider</source>
        <translation>le fournisseur SMS</translation>
    </message>
    <message>
        <source>Tribune</source>
        <translation>Tribune</translation>
    </message>
    <message>
        <source>STOP reported by the provider</source>
        <translation>STOP signalé par le fournisseur</translation>
    </message>
    <message>
        <source>read as a yes</source>
        <translation>lu comme un oui</translation>
    </message>
    <message>
        <source>read as a no</source>
        <translation>lu comme un non</translation>
    </message>
    <message>
        <source>read as a STOP</source>
        <translation>lu comme un STOP</translation>
    </message>
    <message>
        <source>%1 (&quot;%2&quot;)</source>
        <translation>%1 (« %2 »)</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>&amp;Numéro :</translation>
    </message>
    <message>
        <source>06 12 34 56 78 or +33 6 12 34 56 78</source>
        <translation>06 12 34 56 78 ou +33 6 12 34 56 78</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Afficher</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Audience</translation>
    </message>
    <message>
        <source>Text sent</source>
        <translation>Texte envoyé</translation>
    </message>
    <message>
        <source>Reply received</source>
        <translation>Réponse reçue</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number.</source>
        <translation>« %1 » n&apos;est pas un numéro de téléphone.</translation>
    </message>
    <message>
        <source>Type a number, or choose one in the replies to review or on the suppression list, to see every consent event of that number: the proof the CNIL can ask for.</source>
        <translation>Saisissez un numéro, ou choisissez-en un dans les réponses à examiner ou sur la liste d&apos;opposition, pour voir chaque événement de consentement de ce numéro : la preuve que la CNIL peut demander.</translation>
    </message>
    <message>
        <source>The history of %1 could not be read: %2</source>
        <translation>L&apos;historique de %1 n&apos;a pas pu être lu : %2</translation>
    </message>
    <message>
        <source>%1 — consent now: %2.</source>
        <translation>%1 — consentement actuel : %2.</translation>
    </message>
    <message>
        <source>On the suppression list since %1 (%2): never messaged again.</source>
        <translation>Sur la liste d&apos;opposition depuis le %1 (%2) : ne reçoit plus jamais de message.</translation>
    </message>
    <message>
        <source>On the suppression list since %1 (%2, by %3): never messaged again.</source>
        <translation>Sur la liste d&apos;opposition depuis le %1 (%2, par %3) : ne reçoit plus jamais de message.</translation>
    </message>
    <message>
        <source>Not on the suppression list.</source>
        <translation>Absent de la liste d&apos;opposition.</translation>
    </message>
    <message>
        <source>No consent event: this number was never asked.</source>
        <translation>Aucun événement de consentement : ce numéro n&apos;a jamais été sollicité.</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) in the consent ledger, oldest first.</source>
        <translation>
            <numerusform>%n événement au registre des consentements, du plus ancien au plus récent.</numerusform>
            <numerusform>%n événements au registre des consentements, du plus ancien au plus récent.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Text sent:</source>
        <translation>Texte envoyé :</translation>
    </message>
    <message>
        <source>Reply received:</source>
        <translation>Réponse reçue :</translation>
    </message>
    <message>
        <source>Audience:</source>
        <translation>Audience :</translation>
    </message>
    <message>
        <source>By:</source>
        <translation>Par :</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Note :</translation>
    </message>
    <message>
        <source>Provider&apos;s message id:</source>
        <translation>Identifiant du message chez le fournisseur :</translation>
    </message>
</context>
<context>
    <name>ImportContactSorter</name>
    <message>
        <source>Cannot create a temporary file: %1</source>
        <translation>Impossible de créer un fichier temporaire : %1</translation>
    </message>
    <message>
        <source>Cannot write a temporary file: %1</source>
        <translation>Impossible d&apos;écrire dans un fichier temporaire : %1</translation>
    </message>
    <message>
        <source>A temporary file was cut short.</source>
        <translation>Un fichier temporaire a été tronqué.</translation>
    </message>
    <message>
        <source>Cannot read a temporary file: %1</source>
        <translation>Impossible de lire un fichier temporaire : %1</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>Point-virgule ( ; )</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>Virgule ( , )</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulation</translation>
    </message>
    <message>
        <source>Vertical bar ( | )</source>
        <translation>Barre verticale ( | )</translation>
    </message>
    <message>
        <source>Import a broker file</source>
        <translation>Importer un fichier de courtier</translation>
    </message>
    <message>
        <source>Which file, and where does it come from?</source>
        <translation>Quel fichier, et d&apos;où vient-il ?</translation>
    </message>
    <message>
        <source>Tribune keeps the provenance of every rented file: the CNIL may ask where a number came from and under which terms.</source>
        <translation>Tribune conserve la provenance de chaque fichier loué : la CNIL peut demander d&apos;où vient un numéro et à quelles conditions.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>A new name creates an audience; an existing one imports an updated file of it.</source>
        <translation>Un nouveau nom crée une audience ; un nom existant importe une mise à jour de son fichier.</translation>
    </message>
    <message>
        <source>e.g. partner opt-in collected through contests, 2024–2025</source>
        <translation>par ex. opt-in partenaires recueilli par des jeux-concours, 2024–2025</translation>
    </message>
    <message>
        <source>Collected by the party itself, with its own proof of consent</source>
        <translation>Collecté par le parti lui-même, avec sa propre preuve de consentement</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier :</translation>
    </message>
    <message>
        <source>&amp;Audience:</source>
        <translation>&amp;Audience :</translation>
    </message>
    <message>
        <source>&amp;Broker or source:</source>
        <translation>&amp;Courtier ou source :</translation>
    </message>
    <message>
        <source>Consent &amp;terms stated:</source>
        <translation>Conditions de conse&amp;ntement annoncées :</translation>
    </message>
    <message>
        <source>&amp;Election:</source>
        <translation>Élect&amp;ion :</translation>
    </message>
    <message>
        <source>Choose the broker file</source>
        <translation>Choisir le fichier du courtier</translation>
    </message>
    <message>
        <source>CSV and text files (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>Fichiers CSV et texte (*.csv *.tsv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Check how the file reads</source>
        <translation>Vérifier la lecture du fichier</translation>
    </message>
    <message>
        <source>Tribune detected the encoding, the delimiter and whether the first row names the columns. Accents must read correctly below; change a setting if not.</source>
        <translation>Tribune a détecté l&apos;encodage, le séparateur et si la première ligne nomme les colonnes. Les accents doivent s&apos;afficher correctement ci-dessous ; sinon, changez un réglage.</translation>
    </message>
    <message>
        <source>The first row holds column names</source>
        <translation>La première ligne contient les noms des colonnes</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>Encodage :</translation>
    </message>
    <message>
        <source>Delimiter:</source>
        <translation>Séparateur :</translation>
    </message>
    <message>
        <source>Which column is what?</source>
        <translation>Quelle colonne contient quoi ?</translation>
    </message>
    <message>
        <source>Columns Tribune does not recognise are kept as attributes: usable in segments and merge fields under their name.</source>
        <translation>Les colonnes que Tribune ne reconnaît pas sont conservées comme attributs : utilisables sous leur nom dans les segments et les champs de fusion.</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>First values</source>
        <translation>Premières valeurs</translation>
    </message>
    <message>
        <source>Use as</source>
        <translation>Utiliser comme</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Import en cours</translation>
    </message>
    <message>
        <source>Numbers are checked one by one. Cancelling leaves the database exactly as it was.</source>
        <translation>Les numéros sont vérifiés un par un. Annuler laisse la base exactement comme elle était.</translation>
    </message>
    <message>
        <source>Import summary</source>
        <translation>Bilan de l&apos;import</translation>
    </message>
    <message>
        <source>E&amp;xport the rejected rows…</source>
        <translation>E&amp;xporter les lignes rejetées…</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 — the first %n row(s):</source>
        <translation>
            <numerusform>%1 · %2 — la première ligne :</numerusform>
            <numerusform>%1 · %2 — les %n premières lignes :</numerusform>
        </translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Colonne %1</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; rows read in %2 s.&lt;/p&gt;&lt;p&gt;&lt;b&gt;%3&lt;/b&gt; new contacts, &lt;b&gt;%4&lt;/b&gt; updated.&lt;/p&gt;&lt;p&gt;Rejected: %5 invalid numbers, %6 fixed lines, %7 other non-mobile numbers, %8 duplicates, %9 on the suppression list, %10 malformed rows, %11 rows with bad encoding.&lt;/p&gt;&lt;p&gt;File checksum (SHA-256): &lt;tt&gt;%12&lt;/tt&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; lignes lues en %2 s.&lt;/p&gt;&lt;p&gt;&lt;b&gt;%3&lt;/b&gt; nouveaux contacts, &lt;b&gt;%4&lt;/b&gt; mis à jour.&lt;/p&gt;&lt;p&gt;Rejetées : %5 numéros invalides, %6 lignes fixes, %7 autres numéros non mobiles, %8 doublons, %9 sur la liste d&apos;opposition, %10 lignes mal formées, %11 lignes mal encodées.&lt;/p&gt;&lt;p&gt;Empreinte du fichier (SHA-256) : &lt;tt&gt;%12&lt;/tt&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Choose a file to import.</source>
        <translation>Choisissez un fichier à importer.</translation>
    </message>
    <message>
        <source>Give the audience a name.</source>
        <translation>Donnez un nom à l&apos;audience.</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <source>%1 rows · %2 rows/s</source>
        <translation>%1 lignes · %2 lignes/s</translation>
    </message>
    <message>
        <source>%1 rows · %2 rows/s · about %3 s left</source>
        <translation>%1 lignes · %2 lignes/s · environ %3 s restantes</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Terminé.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>Export the rejected rows</source>
        <translation>Exporter les lignes rejetées</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>⚠ %1: sensitive data (GDPR art. 9). Such columns can never be used to build segments; unless you need them, choose &quot;Ignored&quot; so they are not stored.</source>
        <translation>⚠ %1 : données sensibles (RGPD art. 9). Ces colonnes ne peuvent jamais servir à construire des segments ; sauf besoin, choisissez « Ignorée » pour ne pas les conserver.</translation>
    </message>
    <message>
        <source>Metropolitan France</source>
        <translation>France métropolitaine</translation>
    </message>
    <message>
        <source>Réunion</source>
        <translation>La Réunion</translation>
    </message>
    <message>
        <source>Guadeloupe</source>
        <translation>Guadeloupe</translation>
    </message>
    <message>
        <source>Martinique</source>
        <translation>Martinique</translation>
    </message>
    <message>
        <source>French Guiana</source>
        <translation>Guyane</translation>
    </message>
    <message>
        <source>Mayotte</source>
        <translation>Mayotte</translation>
    </message>
    <message>
        <source>Saint-Pierre-et-Miquelon</source>
        <translation>Saint-Pierre-et-Miquelon</translation>
    </message>
    <message>
        <source>New Caledonia</source>
        <translation>Nouvelle-Calédonie</translation>
    </message>
    <message>
        <source>French Polynesia</source>
        <translation>Polynésie française</translation>
    </message>
    <message>
        <source>Belgium</source>
        <translation>Belgique</translation>
    </message>
    <message>
        <source>Switzerland</source>
        <translation>Suisse</translation>
    </message>
    <message>
        <source>Luxembourg</source>
        <translation>Luxembourg</translation>
    </message>
    <message>
        <source>Numbers without a country code are from:</source>
        <translation>Numéros sans indicatif de pays :</translation>
    </message>
    <message>
        <source>Imported. Preparing instant segment counts… %1 %</source>
        <translation>Importé. Préparation des comptages instantanés de segments… %1 %</translation>
    </message>
</context>
<context>
    <name>ListenCommands</name>
    <message>
        <source>Receive delivery reports and replies from the providers (callback listener) until interrupted.</source>
        <translation>Recevoir les accusés de réception et les réponses des fournisseurs (écoute des rappels) jusqu’à interruption.</translation>
    </message>
    <message>
        <source>--port needs a port number (0 picks a free one)</source>
        <translation>--port attend un numéro de port (0 en choisit un libre)</translation>
    </message>
    <message>
        <source>--address needs an IP address</source>
        <translation>--address attend une adresse IP</translation>
    </message>
    <message>
        <source>cannot watch for interruptions</source>
        <translation>impossible de surveiller les interruptions</translation>
    </message>
    <message numerus="yes">
        <source>Listening on %1 for %n provider(s); Ctrl+C stops.</source>
        <translation>
            <numerusform>À l’écoute sur %1 pour %n fournisseur(s) ; Ctrl+C pour arrêter.</numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Port to listen on (default: the one in the settings).</source>
        <translation>Port d’écoute (par défaut : celui des réglages).</translation>
    </message>
    <message>
        <source>Address to listen on (default: the one in the settings, 127.0.0.1 unless changed).</source>
        <translation>Adresse d’écoute (par défaut : celle des réglages, 127.0.0.1 sauf changement).</translation>
    </message>
    <message>
        <source>Refused %1 (HTTP %2): %3</source>
        <translation>Refusé %1 (HTTP %2) : %3</translation>
    </message>
    <message>
        <source>Stopped: %1 delivery reports, %2 replies recorded, %3 STOP confirmations sent.
</source>
        <translation>Arrêté : %1 accusés de réception, %2 réponses enregistrés, %3 confirmations de STOP envoyées.
</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Tribune — campaign SMS</source>
        <translation>Tribune — SMS de campagne</translation>
    </message>
    <message>
        <source>Embedded database (SQLite)</source>
        <translation>Base intégrée (SQLite)</translation>
    </message>
    <message>
        <source>PostgreSQL server</source>
        <translation>Serveur PostgreSQL</translation>
    </message>
    <message>
        <source>%1: %2 · schema v%3</source>
        <translation>%1 : %2 · schéma v%3</translation>
    </message>
    <message>
        <source>No SMS provider configured</source>
        <translation>Aucun fournisseur SMS configuré</translation>
    </message>
    <message>
        <source>offline sandbox, nothing is sent</source>
        <translation>bac à sable hors ligne, rien n&apos;est envoyé</translation>
    </message>
    <message>
        <source>Provider: %1 (%2)</source>
        <translation>Fournisseur : %1 (%2)</translation>
    </message>
    <message>
        <source>Loading the demo data…</source>
        <translation>Chargement des données de démonstration…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>Données de démonstration</translation>
    </message>
    <message numerus="yes">
        <source>Demo data loaded: %Ln contacts.</source>
        <translation>
            <numerusform>Données de démonstration chargées : %Ln contact.</numerusform>
            <numerusform>Données de démonstration chargées : %Ln contacts.</numerusform>
        </translation>
    </message>
    <message>
        <source>Quit Tribune</source>
        <translation>Quitter Tribune</translation>
    </message>
    <message>
        <source>Sending is in progress: stop after the messages in flight and quit? It resumes where it stopped the next time you press Send.</source>
        <translation>Un envoi est en cours : arrêter après les messages en vol et quitter ? Il reprendra là où il s&apos;est arrêté la prochaine fois que vous appuierez sur « Envoyer ».</translation>
    </message>
    <message>
        <source>Stop and quit</source>
        <translation>Arrêter et quitter</translation>
    </message>
    <message>
        <source>Keep sending</source>
        <translation>Continuer l&apos;envoi</translation>
    </message>
    <message>
        <source>Stopping after the messages in flight…</source>
        <translation>Arrêt après les messages en cours d&apos;envoi…</translation>
    </message>
</context>
<context>
    <name>MessageTemplate</name>
    <message>
        <source>This &quot;{&quot; is not closed: end the field with &quot;}&quot;, or write &quot;{{&quot; for a literal brace.</source>
        <translation>Cette « { » n’est pas fermée : terminez le champ par « } », ou écrivez « {{ » pour obtenir une accolade.</translation>
    </message>
    <message>
        <source>A field has no name: write one between the braces, e.g. {prenom}, or &quot;{{&quot; for a literal brace.</source>
        <translation>Un champ n’a pas de nom : écrivez-en un entre les accolades, par exemple {prenom}, ou « {{ » pour obtenir une accolade.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid field name: use letters, digits, spaces, &quot;-&quot; or &quot;_&quot;.</source>
        <translation>« %1 » n’est pas un nom de champ valide : utilisez des lettres, des chiffres, des espaces, « - » ou « _ ».</translation>
    </message>
    <message>
        <source>Unknown field &quot;%1&quot;: this audience has no fields.</source>
        <translation>Champ inconnu « %1 » : cette audience n’a aucun champ.</translation>
    </message>
    <message>
        <source>Unknown field &quot;%1&quot;. Available fields: %2.</source>
        <translation>Champ inconnu « %1 ». Champs disponibles : %2.</translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <source>The database is not open.</source>
        <translation>La base de données n&apos;est pas ouverte.</translation>
    </message>
    <message>
        <source>Cannot start the schema migration: %1</source>
        <translation>Impossible de démarrer la migration du schéma : %1</translation>
    </message>
    <message>
        <source>Cannot create the schema version table: %1</source>
        <translation>Impossible de créer la table de version du schéma : %1</translation>
    </message>
    <message>
        <source>The database schema (version %1) is newer than this Tribune understands (version %2): please update Tribune.</source>
        <translation>Le schéma de la base (version %1) est plus récent que ce que comprend cette version de Tribune (version %2) : mettez Tribune à jour.</translation>
    </message>
    <message>
        <source>Migration %1 (%2) failed: %3
Statement: %4</source>
        <translation>La migration %1 (%2) a échoué : %3
Instruction : %4</translation>
    </message>
    <message>
        <source>Cannot commit the schema migration: %1</source>
        <translation>Impossible de valider la migration du schéma : %1</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <source>The segment of this campaign cannot be read: %1</source>
        <translation>Le segment de cette campagne est illisible : %1</translation>
    </message>
    <message>
        <source>The message to %1 takes %2 parts; the provider accepts at most %3.</source>
        <translation>Le message pour %1 fait %2 parties ; le fournisseur en accepte au plus %3.</translation>
    </message>
    <message>
        <source>The message to %1 is empty.</source>
        <translation>Le message pour %1 est vide.</translation>
    </message>
    <message>
        <source>This campaign no longer exists.</source>
        <translation>Cette campagne n&apos;existe plus.</translation>
    </message>
    <message>
        <source>A message was claimed by another sender meanwhile.</source>
        <translation>Un message a été pris entre-temps par un autre expéditeur.</translation>
    </message>
    <message>
        <source>Sending was interrupted; the provider cannot tell whether it took this message.</source>
        <translation>L&apos;envoi a été interrompu ; le fournisseur ne peut pas dire s&apos;il a pris ce message.</translation>
    </message>
    <message>
        <source>Give the opening and closing hours as HH:MM, between 00:00 and 24:00.</source>
        <translation>Indiquez les heures d&apos;ouverture et de fermeture au format HH:MM, entre 00:00 et 24:00.</translation>
    </message>
    <message>
        <source>The window must open before it closes (opens %1, closes %2).</source>
        <translation>La plage doit s&apos;ouvrir avant de se fermer (ouverture %1, fermeture %2).</translation>
    </message>
    <message>
        <source>Choose at least one day of the week on which messages may be sent.</source>
        <translation>Choisissez au moins un jour de la semaine où les messages peuvent partir.</translation>
    </message>
    <message>
        <source>The days are digits from 1 (Monday) to 7 (Sunday), each once, e.g. 123456; not &quot;%1&quot;.</source>
        <translation>Les jours sont des chiffres de 1 (lundi) à 7 (dimanche), chacun une fois, p. ex. 123456 ; pas « %1 ».</translation>
    </message>
    <message>
        <source>Unknown time zone &quot;%1&quot;.</source>
        <translation>Fuseau horaire inconnu « %1 ».</translation>
    </message>
    <message>
        <source>Only an administrator can change the sending window.</source>
        <translation>Seul un administrateur peut modifier la plage d&apos;envoi.</translation>
    </message>
    <message>
        <source>Cannot save the sending window: %1</source>
        <translation>Impossible d&apos;enregistrer la plage d&apos;envoi : %1</translation>
    </message>
    <message>
        <source>New Year&apos;s Day</source>
        <translation>Jour de l&apos;an</translation>
    </message>
    <message>
        <source>Easter Monday</source>
        <translation>Lundi de Pâques</translation>
    </message>
    <message>
        <source>Labour Day</source>
        <translation>Fête du Travail</translation>
    </message>
    <message>
        <source>Victory in Europe Day</source>
        <translation>Victoire 1945</translation>
    </message>
    <message>
        <source>Ascension Day</source>
        <translation>Ascension</translation>
    </message>
    <message>
        <source>Whit Monday</source>
        <translation>Lundi de Pentecôte</translation>
    </message>
    <message>
        <source>Bastille Day</source>
        <translation>Fête nationale</translation>
    </message>
    <message>
        <source>Assumption Day</source>
        <translation>Assomption</translation>
    </message>
    <message>
        <source>All Saints&apos; Day</source>
        <translation>Toussaint</translation>
    </message>
    <message>
        <source>Armistice Day</source>
        <translation>Armistice 1918</translation>
    </message>
    <message>
        <source>Christmas Day</source>
        <translation>Noël</translation>
    </message>
    <message>
        <source>Good Friday (Alsace-Moselle)</source>
        <translation>Vendredi saint (Alsace-Moselle)</translation>
    </message>
    <message>
        <source>St Stephen&apos;s Day (Alsace-Moselle)</source>
        <translation>Saint-Étienne (Alsace-Moselle)</translation>
    </message>
</context>
<context>
    <name>PhoneNormalizer</name>
    <message>
        <source>Invalid phone number</source>
        <translation>Numéro de téléphone invalide</translation>
    </message>
    <message>
        <source>Fixed line: cannot receive SMS</source>
        <translation>Ligne fixe : ne peut pas recevoir de SMS</translation>
    </message>
    <message>
        <source>Not a mobile number (%1): cannot receive SMS</source>
        <translation>Pas un numéro mobile (%1) : ne peut pas recevoir de SMS</translation>
    </message>
    <message>
        <source>fixed line</source>
        <translation>ligne fixe</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>mobile</translation>
    </message>
    <message>
        <source>fixed line or mobile</source>
        <translation>fixe ou mobile</translation>
    </message>
    <message>
        <source>toll-free</source>
        <translation>numéro gratuit</translation>
    </message>
    <message>
        <source>premium rate</source>
        <translation>numéro surtaxé</translation>
    </message>
    <message>
        <source>shared cost</source>
        <translation>coût partagé</translation>
    </message>
    <message>
        <source>VoIP</source>
        <translation>VoIP</translation>
    </message>
    <message>
        <source>personal number</source>
        <translation>numéro personnel</translation>
    </message>
    <message>
        <source>pager</source>
        <translation>radiomessagerie</translation>
    </message>
    <message>
        <source>universal access number</source>
        <translation>numéro d’accès universel</translation>
    </message>
    <message>
        <source>voicemail</source>
        <translation>messagerie vocale</translation>
    </message>
    <message>
        <source>unknown type</source>
        <translation>type inconnu</translation>
    </message>
</context>
<context>
    <name>Preflight</name>
    <message>
        <source>The segment can be read.</source>
        <translation>Le segment est lisible.</translation>
    </message>
    <message>
        <source>The segment cannot be read (%1): set it again in the composer.</source>
        <translation>Le segment est illisible (%1) : redéfinissez-le dans l&apos;éditeur.</translation>
    </message>
    <message>
        <source>Approved for this version of the text.</source>
        <translation>Approuvée pour cette version du texte.</translation>
    </message>
    <message>
        <source>Not approved: an approver must approve this version of the campaign (any edit after an approval needs a new one).</source>
        <translation>Non approuvée : un approbateur doit approuver cette version de la campagne (toute modification après une approbation en demande une nouvelle).</translation>
    </message>
    <message>
        <source>Choose the SMS provider that will send this campaign.</source>
        <translation>Choisissez le fournisseur SMS qui enverra cette campagne.</translation>
    </message>
    <message>
        <source>Sent through %1.</source>
        <translation>Envoyée par %1.</translation>
    </message>
    <message>
        <source>Sender id %1.</source>
        <translation>Expéditeur %1.</translation>
    </message>
    <message>
        <source>Enter a sender id: up to 11 letters and digits (e.g. CMartin2027) or a short code. Since 2023, automated campaigns may not use 06/07 numbers.</source>
        <translation>Saisissez un expéditeur : jusqu&apos;à 11 lettres et chiffres (p. ex. CMartin2027) ou un numéro court. Depuis 2023, les campagnes automatisées ne peuvent pas utiliser de numéros en 06/07.</translation>
    </message>
    <message>
        <source>The consent request says who writes, why, where the number comes from and how to answer.</source>
        <translation>La demande de consentement dit qui écrit, pourquoi, d&apos;où vient le numéro et comment répondre.</translation>
    </message>
    <message>
        <source>Electoral silence (Code électoral L49) until %1: no campaign message may be sent. This cannot be overridden.</source>
        <translation>Silence électoral (Code électoral L49) jusqu&apos;au %1 : aucun message de campagne ne peut partir. Aucune dérogation possible.</translation>
    </message>
    <message>
        <source>Not in an electoral silence.</source>
        <translation>Hors silence électoral.</translation>
    </message>
    <message>
        <source>Inside the sending window.</source>
        <translation>Dans la plage d&apos;envoi.</translation>
    </message>
    <message>
        <source>Outside the sending window: sending will start at %1.</source>
        <translation>Hors de la plage d&apos;envoi : l&apos;envoi commencera le %1.</translation>
    </message>
    <message>
        <source>The sending window never opens in the next two weeks: check it in Settings.</source>
        <translation>La plage d&apos;envoi ne s&apos;ouvre pas dans les deux semaines : vérifiez-la dans les Réglages.</translation>
    </message>
    <message>
        <source>No filter reveals sensitive data.</source>
        <translation>Aucun filtre ne révèle de donnée sensible.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln on the suppression list</source>
        <translation>
            <numerusform>%Ln en liste d&apos;opposition</numerusform>
            <numerusform>%Ln en liste d&apos;opposition</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln refused consent</source>
        <translation>
            <numerusform>%Ln a refusé son consentement</numerusform>
            <numerusform>%Ln ont refusé leur consentement</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln have not agreed yet (send a consent request first)</source>
        <translation>
            <numerusform>%Ln n&apos;a pas encore accepté (envoyez d&apos;abord une demande de consentement)</numerusform>
            <numerusform>%Ln n&apos;ont pas encore accepté (envoyez d&apos;abord une demande de consentement)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln already asked</source>
        <translation>
            <numerusform>%Ln déjà sollicité</numerusform>
            <numerusform>%Ln déjà sollicités</numerusform>
        </translation>
    </message>
    <message>
        <source>nobody excluded</source>
        <translation>personne n&apos;est exclu</translation>
    </message>
    <message>
        <source>excluded: %1</source>
        <translation>exclus : %1</translation>
    </message>
    <message>
        <source>%1 recipients of %2 in the segment (%3).</source>
        <translation>%1 destinataires sur %2 dans le segment (%3).</translation>
    </message>
    <message>
        <source>Nobody to send to: %1 contacts in the segment, %2.</source>
        <translation>Personne à qui envoyer : %1 contacts dans le segment, %2.</translation>
    </message>
    <message numerus="yes">
        <source>The longest message takes %Ln part(s).</source>
        <translation>
            <numerusform>Le message le plus long fait %Ln partie.</numerusform>
            <numerusform>Le message le plus long fait %Ln parties.</numerusform>
        </translation>
    </message>
    <message>
        <source>A message takes %1 parts but the provider takes at most %2: shorten the text or the merge fields that grow it.</source>
        <translation>Un message fait %1 parties mais le fournisseur en accepte au plus %2 : raccourcissez le texte ou les champs de fusion qui l&apos;allongent.</translation>
    </message>
    <message>
        <source>No one new to write to (%1): the messages already queued go on.</source>
        <translation>Personne de nouveau à qui écrire (%1) : les messages déjà en file continuent.</translation>
    </message>
    <message>
        <source>Written by Tribune from the consent rules: no approval needed.</source>
        <translation>Écrite par Tribune d’après les règles de consentement : aucune approbation nécessaire.</translation>
    </message>
    <message>
        <source>Sent with the provider&apos;s own sender.</source>
        <translation>Envoyée avec l’expéditeur propre du fournisseur.</translation>
    </message>
    <message>
        <source>At most %1 excluding VAT (%2 including VAT), within the campaign&apos;s budget and the election&apos;s ceiling.</source>
        <translation>Au plus %1 HT (%2 TTC), dans le budget de la campagne et le plafond de l&apos;élection.</translation>
    </message>
</context>
<context>
    <name>PricePlan</name>
    <message>
        <source>The price plan needs a name.</source>
        <translation>Le tarif doit avoir un nom.</translation>
    </message>
    <message>
        <source>The lowest price per part cannot be negative.</source>
        <translation>Le prix le plus bas par partie SMS ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>The highest price per part (%1) is below the lowest (%2).</source>
        <translation>Le prix le plus haut par partie SMS (%1) est inférieur au plus bas (%2).</translation>
    </message>
    <message>
        <source>The price of a GSM-7 part cannot be negative.</source>
        <translation>Le prix d’une partie GSM-7 ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>The price of a UCS-2 part cannot be negative.</source>
        <translation>Le prix d’une partie UCS-2 ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>The VAT rate must be between 0 % and 100 %.</source>
        <translation>Le taux de TVA doit être compris entre 0 % et 100 %.</translation>
    </message>
    <message>
        <source>Tier %1 starts at %2 parts: each tier must start after the one before it, at 1 part or more.</source>
        <translation>Le palier %1 commence à %2 parties : chaque palier doit commencer après le précédent, à 1 partie ou plus.</translation>
    </message>
    <message>
        <source>Tier %1 gives no price.</source>
        <translation>Le palier %1 ne donne aucun prix.</translation>
    </message>
    <message>
        <source>Tier %1 has a negative price.</source>
        <translation>Le palier %1 a un prix négatif.</translation>
    </message>
    <message>
        <source>The tiers must be a JSON array such as [{&quot;from_parts&quot;:100000,&quot;gsm7_part_mc&quot;:12000}].</source>
        <translation>Les paliers doivent être un tableau JSON tel que [{&quot;from_parts&quot;:100000,&quot;gsm7_part_mc&quot;:12000}].</translation>
    </message>
    <message>
        <source>Tier %1 is not a JSON object.</source>
        <translation>Le palier %1 n’est pas un objet JSON.</translation>
    </message>
    <message>
        <source>Tier %1: unknown key &quot;%2&quot; (known: from_parts, gsm7_part_mc, ucs2_part_mc).</source>
        <translation>Palier %1 : clé « %2 » inconnue (clés connues : from_parts, gsm7_part_mc, ucs2_part_mc).</translation>
    </message>
    <message>
        <source>Tier %1: %2 must be a whole number (prices in millicents, 1/100,000 €).</source>
        <translation>Palier %1 : %2 doit être un nombre entier (prix en millicentimes, 1/100 000 €).</translation>
    </message>
    <message>
        <source>Tier %1 needs from_parts.</source>
        <translation>Le palier %1 doit indiquer from_parts.</translation>
    </message>
    <message>
        <source>Default range (no price plan)</source>
        <translation>Fourchette par défaut (aucun tarif)</translation>
    </message>
</context>
<context>
    <name>PricePlanDialog</name>
    <message>
        <source>Edit the price plan</source>
        <translation>Modifier le tarif</translation>
    </message>
    <message>
        <source>New price plan</source>
        <translation>Nouveau tarif</translation>
    </message>
    <message>
        <source>Unknown: priced over the range below</source>
        <translation>Inconnu : chiffré sur la fourchette ci-dessous</translation>
    </message>
    <message>
        <source>From (parts)</source>
        <translation>À partir de (parties)</translation>
    </message>
    <message>
        <source>GSM-7 part (€)</source>
        <translation>Partie GSM-7 (€)</translation>
    </message>
    <message>
        <source>UCS-2 part (€)</source>
        <translation>Partie UCS-2 (€)</translation>
    </message>
    <message>
        <source>Add a &amp;tier</source>
        <translation>Ajouter un &amp;palier</translation>
    </message>
    <message>
        <source>&amp;Remove the tier</source>
        <translation>&amp;Retirer le palier</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>Price per &amp;GSM-7 part (€):</source>
        <translation>Prix par partie &amp;GSM-7 (€) :</translation>
    </message>
    <message>
        <source>Price per &amp;UCS-2 part (€):</source>
        <translation>Prix par partie &amp;UCS-2 (€) :</translation>
    </message>
    <message>
        <source>Range, &amp;lowest (€):</source>
        <translation>Fourchette, prix &amp;bas (€) :</translation>
    </message>
    <message>
        <source>Range, &amp;highest (€):</source>
        <translation>Fourchette, prix &amp;haut (€) :</translation>
    </message>
    <message>
        <source>&amp;VAT (%):</source>
        <translation>&amp;TVA (%) :</translation>
    </message>
    <message>
        <source>Type euros with a comma or a point (0,155). Leave a price empty when the contract does not state it: the plan is then priced between the lowest and the highest price.</source>
        <translation>Saisissez les euros avec une virgule ou un point (0,155). Laissez un prix vide quand le contrat ne l&apos;indique pas : le tarif est alors chiffré entre le prix le plus bas et le plus haut.</translation>
    </message>
    <message>
        <source>Volume tiers: from a campaign&apos;s total number of parts, its price applies to every part. A price left empty is the one of the tier below.</source>
        <translation>Paliers de volume : à partir du nombre total de parties d&apos;une campagne, leur prix s&apos;applique à chaque partie. Un prix laissé vide est celui du palier inférieur.</translation>
    </message>
    <message>
        <source>Give an amount in euros.</source>
        <translation>Indiquez un montant en euros.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount in euros (e.g. 0,155).</source>
        <translation>« %1 » n&apos;est pas un montant en euros (p. ex. 0,155).</translation>
    </message>
    <message>
        <source>Give the VAT rate in percent, e.g. 20 or 5,5.</source>
        <translation>Indiquez le taux de TVA en pourcentage, p. ex. 20 ou 5,5.</translation>
    </message>
    <message>
        <source>The VAT rate must be between 0 % and 100 %.</source>
        <translation>Le taux de TVA doit être compris entre 0 % et 100 %.</translation>
    </message>
    <message>
        <source>Tier %1: give the number of parts it starts from, a whole number (e.g. 100000).</source>
        <translation>Palier %1 : indiquez le nombre de parties à partir duquel il s&apos;applique, un nombre entier (p. ex. 100000).</translation>
    </message>
    <message>
        <source>Tier %1: &quot;%2&quot; is not an amount in euros.</source>
        <translation>Palier %1 : « %2 » n&apos;est pas un montant en euros.</translation>
    </message>
</context>
<context>
    <name>PricePlanStore</name>
    <message>
        <source>Cannot read the price plans: %1</source>
        <translation>Impossible de lire les tarifs : %1</translation>
    </message>
    <message>
        <source>A price plan named &quot;%1&quot; already exists.</source>
        <translation>Un tarif nommé « %1 » existe déjà.</translation>
    </message>
    <message>
        <source>Cannot save the price plan: %1</source>
        <translation>Impossible d’enregistrer le tarif : %1</translation>
    </message>
    <message>
        <source>This price plan no longer exists.</source>
        <translation>Ce tarif n’existe plus.</translation>
    </message>
    <message>
        <source>Only an administrator can change price plans.</source>
        <translation>Seul un administrateur peut modifier les tarifs.</translation>
    </message>
</context>
<context>
    <name>PricePlansPanel</name>
    <message>
        <source>What each provider contract charges per SMS part, excluding VAT. When the exact price is not known, costs are shown over the range from the lowest to the highest price. A provider is given its plan in SMS providers.</source>
        <translation>Ce que facture chaque contrat de fournisseur par partie SMS, hors TVA. Quand le prix exact n&apos;est pas connu, les coûts sont affichés sur la fourchette du prix le plus bas au plus haut. Un fournisseur reçoit son tarif dans Fournisseurs SMS.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Price per part</source>
        <translation>Prix par partie</translation>
    </message>
    <message>
        <source>UCS-2 part</source>
        <translation>Partie UCS-2</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>TVA</translation>
    </message>
    <message>
        <source>Volume tiers</source>
        <translation>Paliers de volume</translation>
    </message>
    <message>
        <source>Used by</source>
        <translation>Utilisé par</translation>
    </message>
    <message>
        <source>&amp;New plan…</source>
        <translation>&amp;Nouveau tarif…</translation>
    </message>
    <message>
        <source>&amp;Edit plan…</source>
        <translation>&amp;Modifier le tarif…</translation>
    </message>
    <message>
        <source>%1 – %2 (not known)</source>
        <translation>%1 – %2 (non connu)</translation>
    </message>
    <message>
        <source>UCS-2 %1</source>
        <translation>UCS-2 %1</translation>
    </message>
    <message>
        <source>from %1 parts: %2</source>
        <translation>dès %1 parties : %2</translation>
    </message>
    <message>
        <source>same</source>
        <translation>identique</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>no provider</source>
        <translation>aucun fournisseur</translation>
    </message>
    <message>
        <source>Read-only: only an administrator can add or change price plans.</source>
        <translation>Lecture seule : seul un administrateur peut ajouter ou modifier des tarifs.</translation>
    </message>
    <message>
        <source>Plan &quot;%1&quot; saved.</source>
        <translation>Tarif « %1 » enregistré.</translation>
    </message>
    <message>
        <source>Plan &quot;%1&quot; added.</source>
        <translation>Tarif « %1 » ajouté.</translation>
    </message>
</context>
<context>
    <name>PricingCommands</name>
    <message>
        <source>%1 to %2 (expected %3)</source>
        <translation>de %1 à %2 (attendu : %3)</translation>
    </message>
    <message>
        <source>unknown (%1 to %2)</source>
        <translation>inconnu (de %1 à %2)</translation>
    </message>
    <message>
        <source>%1: GSM-7 part %2, UCS-2 part %3, VAT %4 %</source>
        <translation>%1 : partie GSM-7 %2, partie UCS-2 %3, TVA %4 %</translation>
    </message>
    <message>
        <source>, tiers %1</source>
        <translation>, paliers %1</translation>
    </message>
    <message>
        <source>Price plan name.</source>
        <translation>Nom du tarif.</translation>
    </message>
    <message>
        <source>Exact price of a GSM-7 part in euros (e.g. 0.045); &quot;unknown&quot; prices it over the range.</source>
        <translation>Prix exact d’une partie GSM-7 en euros (par ex. 0.045) ; « unknown » le chiffre sur la fourchette.</translation>
    </message>
    <message>
        <source>Exact price of a UCS-2 part in euros; &quot;unknown&quot; prices it over the range.</source>
        <translation>Prix exact d’une partie UCS-2 en euros ; « unknown » le chiffre sur la fourchette.</translation>
    </message>
    <message>
        <source>Lowest price of a part when the exact one is unknown (default 0.15).</source>
        <translation>Prix le plus bas d’une partie quand le prix exact est inconnu (0.15 par défaut).</translation>
    </message>
    <message>
        <source>Highest price of a part when the exact one is unknown (default 0.30).</source>
        <translation>Prix le plus haut d’une partie quand le prix exact est inconnu (0.30 par défaut).</translation>
    </message>
    <message>
        <source>VAT rate in percent (default 20).</source>
        <translation>Taux de TVA en pourcentage (20 par défaut).</translation>
    </message>
    <message>
        <source>Volume tiers as JSON, prices in millicents (1/100,000 €), e.g. [{&quot;from_parts&quot;:100000,&quot;gsm7_part_mc&quot;:4000}]; &quot;&quot; for none.</source>
        <translation>Paliers de volume en JSON, prix en millicentimes (1/100 000 €), par ex. [{&quot;from_parts&quot;:100000,&quot;gsm7_part_mc&quot;:4000}] ; &quot;&quot; pour aucun.</translation>
    </message>
    <message>
        <source>--%1 needs an amount in euros such as 0.045, or unknown</source>
        <translation>--%1 attend un montant en euros tel que 0.045, ou unknown</translation>
    </message>
    <message>
        <source>--%1 needs an amount in euros such as 0.15</source>
        <translation>--%1 attend un montant en euros tel que 0.15</translation>
    </message>
    <message>
        <source>--vat needs a percentage from 0 to 100 such as 20</source>
        <translation>--vat attend un pourcentage de 0 à 100, par exemple 20</translation>
    </message>
    <message>
        <source>Recipients: %1 (GSM-7: %2, UCS-2: %3)
SMS parts: %4 (GSM-7: %5, UCS-2: %6)
Price plan: %7
</source>
        <translation>Destinataires : %1 (GSM-7 : %2, UCS-2 : %3)
Parties SMS : %4 (GSM-7 : %5, UCS-2 : %6)
Tarif : %7
</translation>
    </message>
    <message>
        <source>Cost excluding VAT: %1
VAT (%2 %): %3
Cost including VAT: %4
</source>
        <translation>Coût HT : %1
TVA (%2 %) : %3
Coût TTC : %4
</translation>
    </message>
    <message>
        <source>A GSM-safe rewrite of the text would take %1 parts and save %2 excluding VAT.
</source>
        <translation>Une réécriture compatible GSM du texte prendrait %1 parties et économiserait %2 HT.
</translation>
    </message>
    <message>
        <source>%1 % (this audience: %2 of %3 answers)</source>
        <translation>%1 % (cette audience : %2 sur %3 réponses)</translation>
    </message>
    <message>
        <source>%1 % (assumed)</source>
        <translation>%1 % (supposé)</translation>
    </message>
    <message>
        <source>Consent first: the consent request to %1 numbers never asked costs %2; at a consent rate of %3, the campaign message to %4 recipients costs %5; together %6 (excluding VAT).
</source>
        <translation>Consentement d’abord : la demande de consentement aux %1 numéros jamais sollicités coûte %2 ; avec un taux de consentement de %3, le message de campagne à %4 destinataires coûte %5 ; au total %6 (HT).
</translation>
    </message>
    <message>
        <source>no price plan named &quot;%1&quot;</source>
        <translation>aucun tarif nommé « %1 »</translation>
    </message>
    <message>
        <source>give --campaign, or --audience with --message</source>
        <translation>indiquez --campaign, ou --audience avec --message</translation>
    </message>
    <message>
        <source>--audience needs --message</source>
        <translation>--audience demande --message</translation>
    </message>
    <message>
        <source>--consent-rate needs a percentage from 0 to 100 such as 15</source>
        <translation>--consent-rate attend un pourcentage de 0 à 100, par exemple 15</translation>
    </message>
    <message>
        <source>--kind must be consent or campaign</source>
        <translation>--kind doit valoir consent ou campaign</translation>
    </message>
    <message>
        <source>no campaign named &quot;%1&quot;</source>
        <translation>aucune campagne nommée « %1 »</translation>
    </message>
    <message>
        <source>no audience named &quot;%1&quot;</source>
        <translation>aucune audience nommée « %1 »</translation>
    </message>
    <message>
        <source>no provider named &quot;%1&quot;</source>
        <translation>aucun fournisseur nommé « %1 »</translation>
    </message>
    <message>
        <source>Within the budget caps.
</source>
        <translation>Dans les limites des budgets.
</translation>
    </message>
    <message>
        <source>What a campaign, or a message to an audience segment, will cost: every message rendered and priced with the provider&apos;s price plan, a GSM-safe rewrite&apos;s saving, the consent-first forecast and, for a campaign, its budget caps.</source>
        <translation>Ce que coûtera une campagne, ou un message à un segment d’audience : chaque message rendu et chiffré avec le tarif du fournisseur, l’économie d’une réécriture compatible GSM, la prévision « consentement d’abord » et, pour une campagne, ses plafonds de budget.</translation>
    </message>
    <message>
        <source>Campaign name.</source>
        <translation>Nom de la campagne.</translation>
    </message>
    <message>
        <source>Audience name (without a campaign).</source>
        <translation>Nom de l’audience (sans campagne).</translation>
    </message>
    <message>
        <source>Price for the contacts matching any filter (OR) instead of all of them (AND).</source>
        <translation>Chiffrer pour les contacts qui répondent à l’un des filtres (OU) plutôt qu’à tous (ET).</translation>
    </message>
    <message>
        <source>Message text, merge fields allowed.</source>
        <translation>Texte du message, champs de fusion admis.</translation>
    </message>
    <message>
        <source>Mandatory footer appended on its own line.</source>
        <translation>Mention obligatoire ajoutée sur sa propre ligne.</translation>
    </message>
    <message>
        <source>consent (first-contact consent request) or campaign.</source>
        <translation>consent (demande de consentement au premier contact) ou campaign.</translation>
    </message>
    <message>
        <source>Provider whose price plan applies.</source>
        <translation>Fournisseur dont le tarif s’applique.</translation>
    </message>
    <message>
        <source>Price plan to use instead of the provider&apos;s (see price-plan list).</source>
        <translation>Tarif à utiliser à la place de celui du fournisseur (voir price-plan list).</translation>
    </message>
    <message>
        <source>Consent request sent first (default: the audience&apos;s latest consent request, else the consent request template).</source>
        <translation>Demande de consentement envoyée d’abord (par défaut : la dernière demande de consentement de l’audience, sinon le modèle de demande de consentement).</translation>
    </message>
    <message>
        <source>Share of the numbers asked that agree, in percent (default: this audience&apos;s history, else 10).</source>
        <translation>Part des numéros sollicités qui acceptent, en pourcentage (par défaut : l’historique de cette audience, sinon 10).</translation>
    </message>
    <message>
        <source>Leave out the consent-first forecast.</source>
        <translation>Omettre la prévision « consentement d’abord ».</translation>
    </message>
    <message>
        <source>Add a price plan: exact prices per part when the contract states them, else a range.</source>
        <translation>Ajouter un tarif : prix exacts par partie quand le contrat les indique, sinon une fourchette.</translation>
    </message>
    <message>
        <source>Price plan &quot;%1&quot; added.
</source>
        <translation>Tarif « %1 » ajouté.
</translation>
    </message>
    <message>
        <source>Change a price plan; the options not given keep their values.</source>
        <translation>Modifier un tarif ; les options non indiquées gardent leur valeur.</translation>
    </message>
    <message>
        <source>New name.</source>
        <translation>Nouveau nom.</translation>
    </message>
    <message>
        <source>Price plan &quot;%1&quot; updated.
</source>
        <translation>Tarif « %1 » modifié.
</translation>
    </message>
    <message>
        <source>List the price plans.</source>
        <translation>Lister les tarifs.</translation>
    </message>
    <message>
        <source>No price plan yet.
</source>
        <translation>Aucun tarif pour l’instant.
</translation>
    </message>
</context>
<context>
    <name>ProviderCommands</name>
    <message>
        <source>cannot read the secret from standard input</source>
        <translation>impossible de lire le secret sur l&apos;entrée standard</translation>
    </message>
    <message>
        <source>--secret-stdin given but standard input is empty</source>
        <translation>--secret-stdin est donné mais l&apos;entrée standard est vide</translation>
    </message>
    <message>
        <source>Provider name.</source>
        <translation>Nom du fournisseur.</translation>
    </message>
    <message>
        <source>Configure an SMS provider; its secret goes to the system keychain.</source>
        <translation>Configure un fournisseur SMS ; son secret va dans le trousseau du système.</translation>
    </message>
    <message>
        <source>sandbox, kannel, twilio, vonage, octopush or smsfactor.</source>
        <translation>sandbox, kannel, twilio, vonage, octopush ou smsfactor.</translation>
    </message>
    <message>
        <source>Provider address (HTTPS; plain HTTP only on this computer).</source>
        <translation>Adresse du fournisseur (HTTPS ; HTTP simple seulement sur cet ordinateur).</translation>
    </message>
    <message>
        <source>Alphanumeric sender id.</source>
        <translation>Identifiant d&apos;expéditeur alphanumérique.</translation>
    </message>
    <message>
        <source>Messages per second (default 10).</source>
        <translation>Messages par seconde (10 par défaut).</translation>
    </message>
    <message>
        <source>Most parts per message, 1 to 10 (default 6).</source>
        <translation>Nombre maximal de parties par message, de 1 à 10 (6 par défaut).</translation>
    </message>
    <message>
        <source>Account name, Account SID or API key (not secret).</source>
        <translation>Nom de compte, Account SID ou clé d&apos;API (non secret).</translation>
    </message>
    <message>
        <source>Read the password, auth token or API secret from standard input.</source>
        <translation>Lit le mot de passe, le jeton d&apos;authentification ou le secret d&apos;API sur l&apos;entrée standard.</translation>
    </message>
    <message>
        <source>give --name and --kind</source>
        <translation>indiquez --name et --kind</translation>
    </message>
    <message>
        <source>--rate needs a number</source>
        <translation>--rate attend un nombre</translation>
    </message>
    <message>
        <source>--max-parts needs a whole number</source>
        <translation>--max-parts attend un nombre entier</translation>
    </message>
    <message>
        <source>--option needs key=value, not &quot;%1&quot;</source>
        <translation>--option attend clé=valeur, pas « %1 »</translation>
    </message>
    <message>
        <source>Provider &quot;%1&quot; (%2) added%3.
</source>
        <translation>Fournisseur « %1 » (%2) ajouté%3.
</translation>
    </message>
    <message>
        <source>, secret stored in the system keychain</source>
        <translation>, secret enregistré dans le trousseau du système</translation>
    </message>
    <message>
        <source>List the configured providers (never their secrets).</source>
        <translation>Liste les fournisseurs configurés (jamais leurs secrets).</translation>
    </message>
    <message>
        <source>active</source>
        <translation>actif</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>inactif</translation>
    </message>
    <message>
        <source>secret in keychain</source>
        <translation>secret dans le trousseau</translation>
    </message>
    <message>
        <source>no secret</source>
        <translation>pas de secret</translation>
    </message>
    <message>
        <source>No provider is configured.
</source>
        <translation>Aucun fournisseur n&apos;est configuré.
</translation>
    </message>
    <message>
        <source>Check a provider&apos;s address and credentials with a harmless call.</source>
        <translation>Vérifie l&apos;adresse et les identifiants d&apos;un fournisseur par un appel sans effet.</translation>
    </message>
    <message>
        <source>give --name</source>
        <translation>indiquez --name</translation>
    </message>
    <message>
        <source>no provider named &quot;%1&quot;</source>
        <translation>aucun fournisseur nommé « %1 »</translation>
    </message>
    <message>
        <source>never give a secret on the command line (other users can see it, and the shell history keeps it): pipe it to --secret-stdin</source>
        <translation>ne donnez jamais un secret sur la ligne de commande (les autres utilisateurs peuvent le voir et l&apos;historique du shell le garde) : passez-le par --secret-stdin</translation>
    </message>
    <message>
        <source>Kind-specific option, repeatable; key= removes the option.</source>
        <translation>Option propre au type de fournisseur, répétable ; clé= supprime l&apos;option.</translation>
    </message>
    <message>
        <source>Change a provider&apos;s settings; the options not given keep their values.</source>
        <translation>Modifie les réglages d&apos;un fournisseur ; les options non indiquées gardent leur valeur.</translation>
    </message>
    <message>
        <source>Make it an active provider.</source>
        <translation>En fait un fournisseur actif.</translation>
    </message>
    <message>
        <source>Make it an inactive provider.</source>
        <translation>En fait un fournisseur inactif.</translation>
    </message>
    <message>
        <source>Price plan its messages cost (see price-plan list); &quot;&quot; for none.</source>
        <translation>Tarif de ses messages (voir price-plan list) ; &quot;&quot; pour aucun.</translation>
    </message>
    <message>
        <source>give --activate or --deactivate, not both</source>
        <translation>indiquez --activate ou --deactivate, pas les deux</translation>
    </message>
    <message>
        <source>no price plan named &quot;%1&quot;</source>
        <translation>aucun tarif nommé « %1 »</translation>
    </message>
    <message>
        <source>Provider &quot;%1&quot; updated.
</source>
        <translation>Fournisseur « %1 » modifié.
</translation>
    </message>
    <message>
        <source>Replace a provider&apos;s secret in the system keychain, read from standard input.</source>
        <translation>Remplace le secret d&apos;un fournisseur dans le trousseau du système, lu sur l&apos;entrée standard.</translation>
    </message>
    <message>
        <source>give the secret on standard input with --secret-stdin</source>
        <translation>donnez le secret sur l&apos;entrée standard avec --secret-stdin</translation>
    </message>
    <message>
        <source>The secret of provider &quot;%1&quot; is stored in the system keychain.
</source>
        <translation>Le secret du fournisseur « %1 » est enregistré dans le trousseau du système.
</translation>
    </message>
    <message>
        <source>Remove a provider that no campaign uses, and its secret from the system keychain.</source>
        <translation>Supprime un fournisseur qu&apos;aucune campagne n&apos;utilise, et son secret du trousseau du système.</translation>
    </message>
    <message>
        <source>Provider &quot;%1&quot; removed.
</source>
        <translation>Fournisseur « %1 » supprimé.
</translation>
    </message>
</context>
<context>
    <name>ProviderDialog</name>
    <message>
        <source>Edit the provider</source>
        <translation>Modifier le fournisseur</translation>
    </message>
    <message>
        <source>Add a provider</source>
        <translation>Ajouter un fournisseur</translation>
    </message>
    <message>
        <source> messages/s</source>
        <translation> messages/s</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse :</translation>
    </message>
    <message>
        <source>&amp;Sender id:</source>
        <translation>&amp;Expéditeur :</translation>
    </message>
    <message>
        <source>&amp;Rate limit:</source>
        <translation>&amp;Débit maximal :</translation>
    </message>
    <message>
        <source>&amp;Parts per message at most:</source>
        <translation>&amp;Parties par message au plus :</translation>
    </message>
    <message>
        <source>A&amp;ccount:</source>
        <translation>&amp;Compte :</translation>
    </message>
    <message>
        <source>S&amp;ecret:</source>
        <translation>S&amp;ecret :</translation>
    </message>
    <message>
        <source>https://… (plain http only on this computer)</source>
        <translation>https://… (http simple seulement sur cet ordinateur)</translation>
    </message>
    <message>
        <source>Account SID</source>
        <translation>Account SID</translation>
    </message>
    <message>
        <source>sendsms user name</source>
        <translation>utilisateur sendsms</translation>
    </message>
    <message>
        <source>Login or API key</source>
        <translation>Identifiant ou clé d&apos;API</translation>
    </message>
    <message>
        <source>The sandbox needs no credentials.</source>
        <translation>Le bac à sable n&apos;a pas besoin d&apos;identifiants.</translation>
    </message>
    <message>
        <source>A secret is stored in the system keychain. Leave the field empty to keep it.</source>
        <translation>Un secret est conservé dans le trousseau du système. Laissez le champ vide pour le garder.</translation>
    </message>
    <message>
        <source>Stored in the system keychain only: never in the database, the settings or the logs.</source>
        <translation>Conservé uniquement dans le trousseau du système : jamais dans la base, les réglages ou les journaux.</translation>
    </message>
</context>
<context>
    <name>ProviderStore</name>
    <message>
        <source>Cannot record this database&apos;s identity: %1</source>
        <translation>Impossible d&apos;enregistrer l&apos;identité de cette base de données : %1</translation>
    </message>
    <message>
        <source>Give the provider a name.</source>
        <translation>Donnez un nom au fournisseur.</translation>
    </message>
    <message>
        <source>The provider&apos;s name is too long (100 characters at most).</source>
        <translation>Le nom du fournisseur est trop long (100 caractères au plus).</translation>
    </message>
    <message>
        <source>Unknown provider kind &quot;%1&quot; (expected one of: %2).</source>
        <translation>Type de fournisseur inconnu « %1 » (attendu : %2).</translation>
    </message>
    <message>
        <source>A %1 provider needs an address (endpoint).</source>
        <translation>Un fournisseur %1 a besoin d&apos;une adresse (endpoint).</translation>
    </message>
    <message>
        <source>The provider&apos;s address must use HTTPS (plain HTTP is accepted only on this computer): %1</source>
        <translation>L&apos;adresse du fournisseur doit utiliser HTTPS (le HTTP simple n&apos;est accepté que sur cet ordinateur) : %1</translation>
    </message>
    <message>
        <source>The sandbox provider runs inside Tribune and takes no address.</source>
        <translation>Le bac à sable fonctionne dans Tribune et ne prend pas d&apos;adresse.</translation>
    </message>
    <message>
        <source>The rate limit must be more than 0 messages per second.</source>
        <translation>Le débit doit être supérieur à 0 message par seconde.</translation>
    </message>
    <message>
        <source>The number of parts per message must be between 1 and 10.</source>
        <translation>Le nombre de parties par message doit être compris entre 1 et 10.</translation>
    </message>
    <message>
        <source>The price plan no longer exists.</source>
        <translation>La grille tarifaire n&apos;existe plus.</translation>
    </message>
    <message>
        <source>Give the account as the account, not as an option.</source>
        <translation>Indiquez le compte comme compte, pas comme option.</translation>
    </message>
    <message>
        <source>The option &quot;%1&quot; must be a text, a number or true/false.</source>
        <translation>L&apos;option « %1 » doit être un texte, un nombre ou true/false.</translation>
    </message>
    <message>
        <source>A Twilio account needs its Account SID (AC followed by 32 hexadecimal characters).</source>
        <translation>Un compte Twilio a besoin de son Account SID (AC suivi de 32 caractères hexadécimaux).</translation>
    </message>
    <message>
        <source>Unknown Twilio option &quot;%1&quot; (expected one of: %2).</source>
        <translation>Option Twilio inconnue « %1 » (attendu : %2).</translation>
    </message>
    <message>
        <source>A Messaging Service SID is MG followed by 32 hexadecimal characters.</source>
        <translation>Un Messaging Service SID est MG suivi de 32 caractères hexadécimaux.</translation>
    </message>
    <message>
        <source>A Twilio provider needs a sender id or a Messaging Service SID.</source>
        <translation>Un fournisseur Twilio a besoin d&apos;un identifiant d&apos;expéditeur ou d&apos;un Messaging Service SID.</translation>
    </message>
    <message>
        <source>The validity period must be a whole number of seconds between 1 and 36000.</source>
        <translation>La durée de validité doit être un nombre entier de secondes entre 1 et 36000.</translation>
    </message>
    <message>
        <source>The timeout must be between 100 and 600000 milliseconds.</source>
        <translation>Le délai d&apos;attente doit être compris entre 100 et 600000 millisecondes.</translation>
    </message>
    <message>
        <source>The secret is empty.</source>
        <translation>Le secret est vide.</translation>
    </message>
    <message>
        <source>A provider named &quot;%1&quot; already exists.</source>
        <translation>Un fournisseur nommé « %1 » existe déjà.</translation>
    </message>
    <message>
        <source>Cannot save the provider: %1</source>
        <translation>Impossible d&apos;enregistrer le fournisseur : %1</translation>
    </message>
    <message>
        <source>This provider no longer exists.</source>
        <translation>Ce fournisseur n&apos;existe plus.</translation>
    </message>
    <message>
        <source>The new secret was stored in the keychain although the other changes were not saved.</source>
        <translation>Le nouveau secret a été enregistré dans le trousseau bien que les autres modifications n&apos;aient pas été enregistrées.</translation>
    </message>
    <message>
        <source>Cannot check which campaigns use this provider.</source>
        <translation>Impossible de vérifier quelles campagnes utilisent ce fournisseur.</translation>
    </message>
    <message>
        <source>Cannot check the messages received through this provider.</source>
        <translation>Impossible de vérifier les messages reçus par ce fournisseur.</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) were received through this provider: it cannot be removed.</source>
        <translation>
            <numerusform>%n message a été reçu par ce fournisseur : il ne peut pas être supprimé.</numerusform>
            <numerusform>%n messages ont été reçus par ce fournisseur : il ne peut pas être supprimé.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot remove the provider: %1</source>
        <translation>Impossible de supprimer le fournisseur : %1</translation>
    </message>
    <message>
        <source>The provider was removed but its secret is still in the keychain: %1</source>
        <translation>Le fournisseur a été supprimé mais son secret est toujours dans le trousseau : %1</translation>
    </message>
    <message>
        <source>Cannot read the secret of provider &quot;%1&quot;: %2</source>
        <translation>Impossible de lire le secret du fournisseur « %1 » : %2</translation>
    </message>
    <message>
        <source>A Vonage account needs its API key (letters and digits).</source>
        <translation>Un compte Vonage a besoin de sa clé d’API (lettres et chiffres).</translation>
    </message>
    <message>
        <source>A Vonage provider needs a sender id.</source>
        <translation>Un fournisseur Vonage a besoin d’un expéditeur.</translation>
    </message>
    <message>
        <source>An Octopush account needs its login (the account&apos;s e-mail address).</source>
        <translation>Un compte Octopush a besoin de son identifiant (l’adresse e-mail du compte).</translation>
    </message>
    <message>
        <source>An Octopush provider needs a sender id (3 to 11 letters or digits), unless replies are on.</source>
        <translation>Un fournisseur Octopush a besoin d’un expéditeur (3 à 11 lettres ou chiffres), sauf si les réponses sont activées.</translation>
    </message>
    <message>
        <source>Octopush takes a sender id of 3 to 11 letters or digits.</source>
        <translation>Octopush accepte un expéditeur de 3 à 11 lettres ou chiffres.</translation>
    </message>
    <message>
        <source>Unknown %1 option &quot;%2&quot; (expected one of: %3).</source>
        <translation>Option %1 inconnue « %2 » (attendu : l’une de %3).</translation>
    </message>
    <message>
        <source>The option &quot;%1&quot; must be true or false.</source>
        <translation>L’option « %1 » doit valoir true ou false.</translation>
    </message>
    <message>
        <source>The option &quot;%1&quot; must be one of: %2.</source>
        <translation>L’option « %1 » doit être l’une de : %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n campaign(s) use this provider (%1): it cannot be removed while they refer to it.</source>
        <translation>
            <numerusform>%n campagne utilise ce fournisseur (%1) : il ne peut pas être supprimé tant qu&apos;elle s&apos;y réfère.</numerusform>
            <numerusform>%n campagnes utilisent ce fournisseur (%1) : il ne peut pas être supprimé tant qu&apos;elles s&apos;y réfèrent.</numerusform>
        </translation>
    </message>
    <message>
        <source>The share of &quot;%1&quot; replies must be between 0 and 1.</source>
        <translation>La part de réponses « %1 » doit être comprise entre 0 et 1.</translation>
    </message>
</context>
<context>
    <name>ProvidersPanel</name>
    <message>
        <source>Sandbox (offline, nothing is sent)</source>
        <translation>Bac à sable (hors ligne, rien n&apos;est envoyé)</translation>
    </message>
    <message>
        <source>Kannel gateway</source>
        <translation>Passerelle Kannel</translation>
    </message>
    <message>
        <source>Remove the provider</source>
        <translation>Supprimer le fournisseur</translation>
    </message>
    <message>
        <source>Remove this provider and its secret from the keychain? Providers that campaigns or received messages refer to cannot be removed.</source>
        <translation>Supprimer ce fournisseur et son secret du trousseau ? Un fournisseur auquel se rapportent des campagnes ou des messages reçus ne peut pas être supprimé.</translation>
    </message>
    <message>
        <source>The services that send the SMS. Passwords and API secrets are kept in the system keychain, never in the database; addresses must use HTTPS except for a gateway on this computer.</source>
        <translation>Les services qui envoient les SMS. Les mots de passe et secrets d&apos;API sont conservés dans le trousseau du système, jamais dans la base ; les adresses doivent utiliser HTTPS, sauf pour une passerelle sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Sender id</source>
        <translation>Expéditeur</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Débit</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Secret</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Use for &amp;new campaigns</source>
        <translation>Utiliser pour les &amp;nouvelles campagnes</translation>
    </message>
    <message>
        <source>&amp;Test the connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>in the keychain</source>
        <translation>dans le trousseau</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Saved &quot;%1&quot;.</source>
        <translation>« %1 » enregistré.</translation>
    </message>
    <message>
        <source>Removing…</source>
        <translation>Suppression…</translation>
    </message>
    <message>
        <source>Removed.</source>
        <translation>Supprimé.</translation>
    </message>
    <message>
        <source>New campaigns will use this provider.</source>
        <translation>Les nouvelles campagnes utiliseront ce fournisseur.</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Test de la connexion…</translation>
    </message>
    <message>
        <source>Connection works: %1</source>
        <translation>La connexion fonctionne : %1</translation>
    </message>
    <message>
        <source>Connection failed: %1</source>
        <translation>Échec de la connexion : %1</translation>
    </message>
    <message>
        <source>Connection failed: no answer within 30 s.</source>
        <translation>Échec de la connexion : pas de réponse en 30 s.</translation>
    </message>
</context>
<context>
    <name>RecipientQuery</name>
    <message>
        <source>Cannot read the recipients: %1</source>
        <translation>Impossible de lire les destinataires : %1</translation>
    </message>
    <message>
        <source>Cannot count the recipients: %1</source>
        <translation>Impossible de compter les destinataires : %1</translation>
    </message>
</context>
<context>
    <name>RecordExports</name>
    <message>
        <source>Cannot read the suppression list: %1</source>
        <translation>Impossible de lire la liste d’opposition : %1</translation>
    </message>
    <message>
        <source>Cannot read the audit log: %1</source>
        <translation>Impossible de lire le journal d’audit : %1</translation>
    </message>
</context>
<context>
    <name>ReportChartView</name>
    <message>
        <source>Save the chart as PNG</source>
        <translation>Enregistrer le graphique en PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <source>Save as PNG…</source>
        <translation>Enregistrer en PNG…</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <source>Audiences</source>
        <translation>Audiences</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Campagnes</translation>
    </message>
    <message>
        <source>Suppressed numbers</source>
        <translation>Numéros opposés</translation>
    </message>
    <message>
        <source>Counting contacts by département…</source>
        <translation>Décompte des contacts par département…</translation>
    </message>
    <message>
        <source>Contacts by département</source>
        <translation>Contacts par département</translation>
    </message>
    <message>
        <source>The breakdown could not be computed: %1</source>
        <translation>La répartition n&apos;a pas pu être calculée : %1</translation>
    </message>
    <message>
        <source>Other départements</source>
        <translation>Autres départements</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>What this database holds, what the campaigns spent against their caps, and the results of each campaign. Right-click a chart to save it as PNG.</source>
        <translation>Ce que contient cette base, ce que les campagnes ont dépensé par rapport à leurs plafonds, et les résultats de chaque campagne. Clic droit sur un graphique pour l&apos;enregistrer en PNG.</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Vue d&apos;ensemble</translation>
    </message>
    <message>
        <source>Campaign dashboard</source>
        <translation>Tableau de bord de campagne</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Export a campaign&apos;s messages, the campaign account, the consent proof and the other records as CSV files (the campaign shown by the dashboard is preselected).</source>
        <translation>Exporter en CSV les messages d&apos;une campagne, le compte de campagne, la preuve de consentement et les autres registres (la campagne affichée par le tableau de bord est présélectionnée).</translation>
    </message>
    <message>
        <source>No contacts yet: import a broker file (Audiences) or load the demo data.</source>
        <translation>Aucun contact pour l&apos;instant : importez un fichier de courtier (Audiences) ou chargez les données de démonstration.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>ReviewQueuePanel</name>
    <message>
        <source>Replies Tribune could not read for certain. Read each one and decide what it means; your decision is kept in the consent ledger under your name. Clear yes, no and STOP replies never come here: they are applied at once.</source>
        <translation>Les réponses que Tribune n&apos;a pas pu lire avec certitude. Lisez chacune et décidez de ce qu&apos;elle signifie ; votre décision est inscrite à votre nom au registre des consentements. Les oui, non et STOP clairs n&apos;arrivent jamais ici : ils sont appliqués aussitôt.</translation>
    </message>
    <message>
        <source>No reply is waiting for a decision.</source>
        <translation>Aucune réponse n&apos;attend de décision.</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>What it answers</source>
        <translation>Ce à quoi elle répond</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçue le</translation>
    </message>
    <message>
        <source>Consent now</source>
        <translation>Consentement actuel</translation>
    </message>
    <message>
        <source>&amp;Yes, agreed</source>
        <translation>&amp;Oui, accepte</translation>
    </message>
    <message>
        <source>The person agrees to receive campaign messages (Alt+Y).</source>
        <translation>La personne accepte de recevoir les messages de campagne (Alt+O).</translation>
    </message>
    <message>
        <source>&amp;No, refused</source>
        <translation>&amp;Non, refuse</translation>
    </message>
    <message>
        <source>The person refuses: no campaign message (Alt+N).</source>
        <translation>La personne refuse : aucun message de campagne (Alt+N).</translation>
    </message>
    <message>
        <source>&amp;STOP…</source>
        <translation>&amp;STOP…</translation>
    </message>
    <message>
        <source>The person objects to any message: the number goes on the suppression list for good. This cannot be undone.</source>
        <translation>La personne s&apos;oppose à tout message : le numéro entre définitivement dans la liste d&apos;opposition. C&apos;est irréversible.</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;Ignorer</translation>
    </message>
    <message>
        <source>The reply says nothing about consent: the number&apos;s consent does not change.</source>
        <translation>La réponse ne dit rien du consentement : celui du numéro ne change pas.</translation>
    </message>
    <message>
        <source>Show the his&amp;tory</source>
        <translation>Voir l&apos;his&amp;torique</translation>
    </message>
    <message>
        <source>(no message of ours found)</source>
        <translation>(aucun message de notre part retrouvé)</translation>
    </message>
    <message numerus="yes">
        <source>The %n oldest replies are shown; decide them to see the next ones.</source>
        <translation>
            <numerusform>La réponse la plus ancienne est affichée ; décidez-en pour voir les suivantes.</numerusform>
            <numerusform>Les %n réponses les plus anciennes sont affichées ; décidez-en pour voir les suivantes.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; replied on %2:</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; a répondu le %2 :</translation>
    </message>
    <message>
        <source>&lt;b&gt;To our message:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;À notre message :&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;To our message&lt;/b&gt; (%1): %2</source>
        <translation>&lt;b&gt;À notre message&lt;/b&gt; (%1) : %2</translation>
    </message>
    <message>
        <source>The replies to review could not be read: %1</source>
        <translation>Les réponses à examiner n&apos;ont pas pu être lues : %1</translation>
    </message>
    <message>
        <source>Record a STOP</source>
        <translation>Enregistrer un STOP</translation>
    </message>
    <message>
        <source>Record that %1 objects to any message? The number goes on the suppression list for good: it will never receive anything again, from any audience or re-import. This cannot be undone.</source>
        <translation>Enregistrer que %1 s&apos;oppose à tout message ? Le numéro entre définitivement dans la liste d&apos;opposition : il ne recevra plus jamais rien, quels que soient l&apos;audience ou le réimport. C&apos;est irréversible.</translation>
    </message>
    <message>
        <source>Record the STOP</source>
        <translation>Enregistrer le STOP</translation>
    </message>
    <message>
        <source>Replies to review</source>
        <translation>Réponses à examiner</translation>
    </message>
</context>
<context>
    <name>SandboxProvider</name>
    <message>
        <source>The sandbox is built in: nothing leaves this computer.</source>
        <translation>Le bac à sable est intégré : rien ne quitte cet ordinateur.</translation>
    </message>
</context>
<context>
    <name>ScreenshotRunner</name>
    <message>
        <source>Cannot write %1</source>
        <translation>Impossible d&apos;écrire %1</translation>
    </message>
    <message>
        <source>Cannot create the folder %1</source>
        <translation>Impossible de créer le dossier %1</translation>
    </message>
</context>
<context>
    <name>Segment</name>
    <message>
        <source>The filter &quot;%1&quot; must look like column=value1,value2.</source>
        <translation>Le filtre « %1 » doit avoir la forme colonne=valeur1,valeur2.</translation>
    </message>
    <message>
        <source>The filter &quot;%1&quot; names no valid column.</source>
        <translation>Le filtre « %1 » ne désigne aucune colonne valide.</translation>
    </message>
    <message>
        <source>The filter &quot;%1&quot; gives no value.</source>
        <translation>Le filtre « %1 » ne donne aucune valeur.</translation>
    </message>
    <message>
        <source>The filter &quot;%1&quot; must give a range as from..to (either may be left out).</source>
        <translation>Le filtre « %1 » doit donner une plage sous la forme début..fin (l&apos;une des bornes peut manquer).</translation>
    </message>
    <message>
        <source>Unknown segment combination &quot;%1&quot;.</source>
        <translation>Combinaison de segment inconnue « %1 ».</translation>
    </message>
    <message>
        <source>Unknown segment filter operator &quot;%1&quot;.</source>
        <translation>Opérateur de filtre de segment inconnu « %1 ».</translation>
    </message>
    <message>
        <source>%1 is %2</source>
        <translation>%1 est %2</translation>
    </message>
    <message>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <source>%1 is not %2</source>
        <translation>%1 n&apos;est pas %2</translation>
    </message>
    <message>
        <source>%1 is none of %2</source>
        <translation>%1 n&apos;est aucun de %2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>%1 starts with %2</source>
        <translation>%1 commence par %2</translation>
    </message>
    <message>
        <source>%1 up to %2</source>
        <translation>%1 jusqu&apos;à %2</translation>
    </message>
    <message>
        <source>%1 from %2 on</source>
        <translation>%1 à partir de %2</translation>
    </message>
    <message>
        <source>%1 from %2 to %3</source>
        <translation>%1 de %2 à %3</translation>
    </message>
    <message>
        <source> OR </source>
        <translation> OU </translation>
    </message>
</context>
<context>
    <name>SegmentBuilder</name>
    <message>
        <source>Contacts matching</source>
        <translation>Contacts répondant à</translation>
    </message>
    <message>
        <source>all</source>
        <translation>tous les filtres</translation>
    </message>
    <message>
        <source>any</source>
        <translation>l&apos;un des filtres</translation>
    </message>
    <message>
        <source>of these filters:</source>
        <translation>ci-dessous :</translation>
    </message>
    <message>
        <source>&amp;Add a filter</source>
        <translation>&amp;Ajouter un filtre</translation>
    </message>
    <message>
        <source>is one of</source>
        <translation>est l&apos;une de</translation>
    </message>
    <message>
        <source>is not one of</source>
        <translation>n&apos;est aucune de</translation>
    </message>
    <message>
        <source>starts with</source>
        <translation>commence par</translation>
    </message>
    <message>
        <source>is between</source>
        <translation>est entre</translation>
    </message>
    <message>
        <source>values separated by commas, e.g. 67, 68</source>
        <translation>valeurs séparées par des virgules, p. ex. 67, 68</translation>
    </message>
    <message>
        <source>from (e.g. 2025-01-01)</source>
        <translation>de (p. ex. 2025-01-01)</translation>
    </message>
    <message>
        <source>to (empty: no limit)</source>
        <translation>à (vide : sans limite)</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Valeurs</translation>
    </message>
    <message>
        <source>Pick among the most frequent values</source>
        <translation>Choisir parmi les valeurs les plus fréquentes</translation>
    </message>
    <message>
        <source>Remove this filter</source>
        <translation>Retirer ce filtre</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Département</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Age bracket</source>
        <translation>Tranche d&apos;âge</translation>
    </message>
    <message>
        <source>Opt-in date</source>
        <translation>Date d&apos;opt-in</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Choose a column</source>
        <translation>Choisir une colonne</translation>
    </message>
    <message>
        <source>No value known for this column</source>
        <translation>Aucune valeur connue pour cette colonne</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Preparing instant counts for this audience…</source>
        <translation>Préparation des comptages instantanés pour cette audience…</translation>
    </message>
    <message>
        <source>Preparing instant counts for this audience… %1 %</source>
        <translation>Préparation des comptages instantanés pour cette audience… %1 %</translation>
    </message>
    <message>
        <source>No audience selected</source>
        <translation>Aucune audience choisie</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Comptage…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln sendable contact(s)</source>
        <translation>
            <numerusform>%Ln contact joignable</numerusform>
            <numerusform>%Ln contacts joignables</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 % of the audience</source>
        <translation>%1 % de l&apos;audience</translation>
    </message>
    <message>
        <source>of %1 sendable in the audience · numbers on the suppression list and people who refused or opted out are not counted · counted in %2 ms</source>
        <translation>sur %1 joignables dans l&apos;audience · les numéros en liste d&apos;opposition et les personnes qui ont refusé ou se sont désinscrites ne sont pas comptés · compté en %2 ms</translation>
    </message>
    <message>
        <source>Consent first: %1 of them agreed to campaign messages; %2 were never asked and can get a consent request.</source>
        <translation>Consentement d&apos;abord : %1 d&apos;entre eux ont accepté les messages de campagne ; %2 n&apos;ont jamais été sollicités et peuvent recevoir une demande de consentement.</translation>
    </message>
    <message>
        <source>Campaign messages go to every sendable contact of this audience (its own proof of consent is recorded, or the consent gate is off).</source>
        <translation>Les messages de campagne vont à tous les contacts joignables de cette audience (sa preuve de consentement propre est enregistrée, ou le filtre de consentement est désactivé).</translation>
    </message>
</context>
<context>
    <name>SegmentIndex</name>
    <message>
        <source>Cannot read the segment index: %1</source>
        <translation>Impossible de lire l&apos;index des segments : %1</translation>
    </message>
    <message>
        <source>This audience does not exist.</source>
        <translation>Cette audience n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Cannot read the contacts: %1</source>
        <translation>Impossible de lire les contacts : %1</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>Cannot read the suppression list: %1</source>
        <translation>Impossible de lire la liste d&apos;opposition : %1</translation>
    </message>
    <message>
        <source>Cannot write the segment index: %1</source>
        <translation>Impossible d&apos;écrire l&apos;index des segments : %1</translation>
    </message>
    <message>
        <source>The filter column &quot;%1&quot; is not a column of this audience.</source>
        <translation>La colonne de filtre « %1 » n&apos;est pas une colonne de cette audience.</translation>
    </message>
    <message>
        <source>Cannot count the contacts: %1</source>
        <translation>Impossible de compter les contacts : %1</translation>
    </message>
    <message>
        <source>Cannot read the consent states: %1</source>
        <translation>Impossible de lire les états de consentement : %1</translation>
    </message>
    <message>
        <source>The contact ids of this audience are too far apart for the segment index: counts run as SQL.</source>
        <translation>Les identifiants de contacts de cette audience sont trop éloignés pour l&apos;index des segments : les comptages passent par SQL.</translation>
    </message>
</context>
<context>
    <name>SegmentOptions</name>
    <message>
        <source>Segment filter, repeatable: column=a,b (is), column!=a,b (is not), column^=67,68 (starts with), column=from..to (range, either end may be left out).</source>
        <translation>Filtre de segment, répétable : colonne=a,b (est), colonne!=a,b (n&apos;est pas), colonne^=67,68 (commence par), colonne=début..fin (plage, une borne peut manquer).</translation>
    </message>
</context>
<context>
    <name>SendEngine</name>
    <message>
        <source>This campaign no longer exists.</source>
        <translation>Cette campagne n&apos;existe plus.</translation>
    </message>
    <message>
        <source>Only an approved, sending or paused campaign can be sent (this one is %1).</source>
        <translation>Seule une campagne approuvée, en cours d&apos;envoi ou en pause peut être envoyée (celle-ci est %1).</translation>
    </message>
    <message>
        <source>The provider refused the credentials or the account (%1: %2). Sending is paused and the messages not sent stay queued: fix the account or its secret, then send again.</source>
        <translation>Le fournisseur a refusé les identifiants ou le compte (%1 : %2). L&apos;envoi est en pause et les messages non envoyés restent en file d&apos;attente : corrigez le compte ou son secret, puis relancez l&apos;envoi.</translation>
    </message>
</context>
<context>
    <name>SendPanel</name>
    <message>
        <source>&amp;Approve for sending…</source>
        <translation>&amp;Approuver pour l&apos;envoi…</translation>
    </message>
    <message>
        <source>&amp;Send now…</source>
        <translation>&amp;Envoyer maintenant…</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Reprendre</translation>
    </message>
    <message>
        <source>Cancel the &amp;rest…</source>
        <translation>Annuler le &amp;reste…</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Acceptés</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Distribués</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échoués</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnus</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulés</translation>
    </message>
    <message>
        <source>Unknown: may or may not have been sent; never resent automatically.</source>
        <translation>Inconnu : a peut-être été envoyé, peut-être pas ; jamais renvoyé automatiquement.</translation>
    </message>
    <message>
        <source>Accepted by the provider, delivery report not received yet.</source>
        <translation>Accepté par le prestataire, accusé de réception pas encore reçu.</translation>
    </message>
    <message>
        <source>Not sent yet (including messages waiting for a retry).</source>
        <translation>Pas encore envoyés (y compris les messages en attente d&apos;une nouvelle tentative).</translation>
    </message>
    <message>
        <source>Select a campaign to approve or send it.</source>
        <translation>Sélectionnez une campagne pour l&apos;approuver ou l&apos;envoyer.</translation>
    </message>
    <message>
        <source>Starting: reading the provider&apos;s settings…</source>
        <translation>Démarrage : lecture des réglages du prestataire…</translation>
    </message>
    <message>
        <source>Paused: nothing goes out until you resume.</source>
        <translation>En pause : rien ne part tant que vous ne reprenez pas.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Envoi en cours…</translation>
    </message>
    <message>
        <source>Draft: approve it before sending.</source>
        <translation>Brouillon : approuvez-la avant l&apos;envoi.</translation>
    </message>
    <message>
        <source>Approved: ready to send.</source>
        <translation>Approuvée : prête à partir.</translation>
    </message>
    <message>
        <source>Marked as sending, but not by this window (interrupted, or another Tribune is sending it). Send now resumes it; nothing is sent twice.</source>
        <translation>Marquée « en cours d&apos;envoi », mais pas par cette fenêtre (interrompue, ou un autre Tribune l&apos;envoie). « Envoyer maintenant » la reprend ; rien n&apos;est envoyé deux fois.</translation>
    </message>
    <message>
        <source>Paused: Send now resumes where it stopped.</source>
        <translation>En pause : « Envoyer maintenant » reprend là où l&apos;envoi s&apos;est arrêté.</translation>
    </message>
    <message>
        <source>Done: every message has been handed to the provider.</source>
        <translation>Terminée : chaque message a été remis au prestataire.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulée.</translation>
    </message>
    <message>
        <source>“%1” is sending; one campaign sends at a time.</source>
        <translation>« %1 » est en cours d&apos;envoi ; une seule campagne part à la fois.</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 / %2 messages settled</source>
        <translation>%1 / %2 messages traités</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <source>%1 messages/s · about %2 left</source>
        <translation>%1 messages/s · environ %2 restantes</translation>
    </message>
    <message>
        <source>This campaign no longer exists.</source>
        <translation>Cette campagne n&apos;existe plus.</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Envoi</translation>
    </message>
    <message>
        <source>Approve for sending</source>
        <translation>Approuver pour l&apos;envoi</translation>
    </message>
    <message>
        <source>Approve “%1” for sending?</source>
        <translation>Approuver « %1 » pour l&apos;envoi ?</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>Recipients: %1
SMS parts: %2
Provider: %3
Sender: %4
Footer: %5

Editing the campaign afterwards withdraws the approval.</source>
        <translation>Destinataires : %1
Parties SMS : %2
Prestataire : %3
Expéditeur : %4
Mention de pied : %5

Modifier la campagne ensuite retire l&apos;approbation.</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Approuver</translation>
    </message>
    <message>
        <source>Send now</source>
        <translation>Envoyer maintenant</translation>
    </message>
    <message>
        <source>Send “%1” now?</source>
        <translation>Envoyer « %1 » maintenant ?</translation>
    </message>
    <message>
        <source>(no provider)</source>
        <translation>(aucun prestataire)</translation>
    </message>
    <message>
        <source>%1 to %2 through %3; nothing is sent twice, STOPs are honoured until the last message.</source>
        <translation>%1 à %2 par %3 ; rien n&apos;est envoyé deux fois, les STOP sont respectés jusqu&apos;au dernier message.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln messages</source>
        <translation>
            <numerusform>%Ln message(s)</numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln recipients</source>
        <translation>
            <numerusform>%Ln destinataire(s)</numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 still to send through %3; nothing is sent twice, STOPs are honoured until the last message.</source>
        <translation>%1 sur %2 restent à envoyer par %3 ; rien n&apos;est envoyé deux fois, les STOP sont respectés jusqu&apos;au dernier message.</translation>
    </message>
    <message>
        <source>This provider is the offline sandbox: nothing leaves this computer.</source>
        <translation>Ce prestataire est le bac à sable hors ligne : rien ne quitte cet ordinateur.</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>Cancel the rest</source>
        <translation>Annuler le reste</translation>
    </message>
    <message>
        <source>Cancel the messages of “%1” not sent yet?</source>
        <translation>Annuler les messages de « %1 » pas encore envoyés ?</translation>
    </message>
    <message>
        <source>Messages already handed to the provider cannot be called back. A cancelled campaign cannot be sent again.</source>
        <translation>Les messages déjà remis au prestataire ne peuvent pas être rappelés. Une campagne annulée ne peut plus être envoyée.</translation>
    </message>
    <message>
        <source>Keep sending</source>
        <translation>Continuer l&apos;envoi</translation>
    </message>
    <message>
        <source>No campaign is selected.</source>
        <translation>Aucune campagne n&apos;est sélectionnée.</translation>
    </message>
    <message>
        <source>Only an approved, sending or paused campaign can be sent.</source>
        <translation>Seule une campagne approuvée, en cours d&apos;envoi ou en pause peut être envoyée.</translation>
    </message>
    <message>
        <source>This campaign has no SMS provider; choose one in the composer.</source>
        <translation>Cette campagne n&apos;a pas de prestataire SMS ; choisissez-en un dans l&apos;éditeur.</translation>
    </message>
    <message>
        <source>Sending stopped on an error: %1 Send now resumes where it stopped.</source>
        <translation>L&apos;envoi s&apos;est arrêté sur une erreur : %1 « Envoyer maintenant » reprend là où il s&apos;est arrêté.</translation>
    </message>
    <message>
        <source>Finished in %1: %2 handed to the provider by this run.</source>
        <translation>Terminé en %1 : %2 remis au prestataire par cet envoi.</translation>
    </message>
    <message>
        <source>Cancelled: the messages not sent yet were cancelled; those already handed to the provider cannot be called back.</source>
        <translation>Annulée : les messages pas encore envoyés ont été annulés ; ceux déjà remis au prestataire ne peuvent pas être rappelés.</translation>
    </message>
    <message>
        <source>Stopped after the messages in flight: the campaign is paused and resumes where it stopped when you press Send now.</source>
        <translation>Arrêt après les messages en cours : la campagne est en pause et reprend là où elle s&apos;est arrêtée quand vous appuyez sur « Envoyer maintenant ».</translation>
    </message>
    <message>
        <source>Paused for the electoral silence: no campaign message may be sent from the day before a round until the polls close (Code électoral, art. L49).</source>
        <translation>En pause pour la période de silence électoral : aucun message de campagne ne peut partir de la veille d&apos;un tour jusqu&apos;à la clôture du scrutin (Code électoral, art. L49).</translation>
    </message>
    <message>
        <source>Paused: it is outside the sending window (the hours and days set for sending).</source>
        <translation>En pause : hors de la plage d&apos;envoi (les heures et jours autorisés pour l&apos;envoi).</translation>
    </message>
    <message>
        <source>Sending ended (%1).</source>
        <translation>Envoi terminé (%1).</translation>
    </message>
    <message numerus="yes">
        <source>%Ln messages are in an unknown state: they may or may not have been sent and are never resent automatically.</source>
        <translation>
            <numerusform>%Ln message(s) dans un état inconnu : peut-être envoyé(s), peut-être pas, et jamais renvoyé(s) automatiquement.</numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <source>Paused for the electoral silence until %1: no campaign message may be sent from the day before a round until the polls close (Code électoral, art. L49). Press Send now after that.</source>
        <translation>En pause pour le silence électoral jusqu&apos;au %1 : aucun message de campagne ne peut partir de la veille d&apos;un tour jusqu&apos;à la clôture du scrutin (Code électoral, art. L49). Appuyez sur « Envoyer maintenant » ensuite.</translation>
    </message>
    <message>
        <source>Paused: it is outside the sending window (the hours and days set for sending). It opens again on %1; press Send now then.</source>
        <translation>En pause : hors de la plage d&apos;envoi (les heures et jours autorisés pour l&apos;envoi). Elle rouvre le %1 ; appuyez alors sur « Envoyer maintenant ».</translation>
    </message>
    <message>
        <source>To fix before it can be sent:</source>
        <translation>À corriger avant l&apos;envoi :</translation>
    </message>
    <message>
        <source>“%1” cannot be sent yet.</source>
        <translation>« %1 » ne peut pas encore être envoyée.</translation>
    </message>
</context>
<context>
    <name>Sending::CallbackListener</name>
    <message>
        <source>Cannot listen on %1 port %2: %3</source>
        <translation>Impossible d’écouter sur %1 port %2 : %3</translation>
    </message>
</context>
<context>
    <name>Sending::CallbackService</name>
    <message>
        <source>“%1”: %2</source>
        <translation>« %1 » : %2</translation>
    </message>
    <message>
        <source>Cannot read the providers: %1</source>
        <translation>Impossible de lire les fournisseurs : %1</translation>
    </message>
    <message>
        <source>%1 Its signed callbacks will be refused.</source>
        <translation>%1 Ses rappels signés seront refusés.</translation>
    </message>
</context>
<context>
    <name>Sending::CredentialStore</name>
    <message>
        <source>No secret is stored in the keychain for this provider.</source>
        <translation>Aucun secret n&apos;est enregistré dans le trousseau pour ce fournisseur.</translation>
    </message>
    <message>
        <source>The system keychain refused access (is it locked?): %1</source>
        <translation>Le trousseau du système a refusé l&apos;accès (est-il verrouillé ?) : %1</translation>
    </message>
    <message>
        <source>No system keychain is available to store provider secrets (on Linux: a Secret Service such as GNOME Keyring or KWallet on the session bus). Tribune never stores secrets elsewhere. Details: %1</source>
        <translation>Aucun trousseau système n&apos;est disponible pour enregistrer les secrets des fournisseurs (sous Linux : un Secret Service comme GNOME Keyring ou KWallet sur le bus de session). Tribune n&apos;enregistre jamais les secrets ailleurs. Détails : %1</translation>
    </message>
    <message>
        <source>The system keychain failed: %1</source>
        <translation>Le trousseau du système a échoué : %1</translation>
    </message>
</context>
<context>
    <name>Sending::KannelProvider</name>
    <message>
        <source>The message has %1 parts; this gateway sends at most %2 (it would cut the rest silently).</source>
        <translation>Le message compte %1 parties ; cette passerelle en envoie au plus %2 (elle couperait le reste sans prévenir).</translation>
    </message>
    <message>
        <source>The gateway refused the user name or password (%1).</source>
        <translation>La passerelle a refusé le nom d’utilisateur ou le mot de passe (%1).</translation>
    </message>
    <message>
        <source>The gateway cannot be reached: %1</source>
        <translation>La passerelle est injoignable : %1</translation>
    </message>
    <message>
        <source>The gateway refused the user name or password.</source>
        <translation>La passerelle a refusé le nom d’utilisateur ou le mot de passe.</translation>
    </message>
    <message>
        <source>Connected to the Kannel gateway; the credentials are accepted.</source>
        <translation>Connexion à la passerelle Kannel réussie ; les identifiants sont acceptés.</translation>
    </message>
    <message>
        <source>Unexpected answer from the gateway (HTTP %1): %2</source>
        <translation>Réponse inattendue de la passerelle (HTTP %1) : %2</translation>
    </message>
    <message>
        <source>Delivery report without a status.</source>
        <translation>Accusé de réception sans statut.</translation>
    </message>
    <message>
        <source>Delivery report that names no message.</source>
        <translation>Accusé de réception qui ne désigne aucun message.</translation>
    </message>
    <message>
        <source>Inbound message without a sender or a text.</source>
        <translation>Message reçu sans expéditeur ou sans texte.</translation>
    </message>
    <message>
        <source>The user name, password, sender or number holds a line break or another control character, which cannot be sent to the gateway.</source>
        <translation>Le nom d&apos;utilisateur, le mot de passe, l&apos;expéditeur ou le numéro contient un saut de ligne ou un autre caractère de contrôle, qui ne peut pas être envoyé à la passerelle.</translation>
    </message>
</context>
<context>
    <name>Sending::OctopushProvider</name>
    <message>
        <source>The Octopush provider &quot;%1&quot; needs its login (e-mail) and its API key (stored in the system keychain).</source>
        <translation>Le fournisseur Octopush « %1 » a besoin de son identifiant (e-mail) et de sa clé d’API (conservée dans le trousseau du système).</translation>
    </message>
    <message>
        <source>Octopush&apos;s answer could not be read (HTTP %1): %2</source>
        <translation>La réponse d’Octopush est illisible (HTTP %1) : %2</translation>
    </message>
    <message>
        <source>Octopush took %1 of the %2 numbers; it reports the others as undeliverable.</source>
        <translation>Octopush a pris %1 des %2 numéros ; il signale les autres comme non distribuables.</translation>
    </message>
    <message>
        <source>Octopush answered HTTP %1.</source>
        <translation>Octopush a répondu HTTP %1.</translation>
    </message>
    <message>
        <source>The login or the API key is missing.</source>
        <translation>L’identifiant ou la clé d’API manque.</translation>
    </message>
    <message>
        <source>Cannot reach Octopush: %1</source>
        <translation>Impossible de joindre Octopush : %1</translation>
    </message>
    <message>
        <source>Octopush refused the login or the API key (HTTP %1).</source>
        <translation>Octopush a refusé l’identifiant ou la clé d’API (HTTP %1).</translation>
    </message>
    <message>
        <source>Octopush answered HTTP %1: %2</source>
        <translation>Octopush a répondu HTTP %1 : %2</translation>
    </message>
    <message>
        <source>Connected to Octopush (simulation: one message would cost %1).</source>
        <translation>Connexion à Octopush réussie (simulation : un message coûterait %1).</translation>
    </message>
    <message>
        <source>Octopush callbacks are POST requests.</source>
        <translation>Les rappels d’Octopush sont des requêtes POST.</translation>
    </message>
    <message>
        <source>An Octopush delivery report without message_id, number or status.</source>
        <translation>Un accusé de réception Octopush sans message_id, number ou status.</translation>
    </message>
    <message>
        <source>An Octopush reply or STOP without number.</source>
        <translation>Une réponse ou un STOP Octopush sans numéro.</translation>
    </message>
</context>
<context>
    <name>Sending::Provider</name>
    <message>
        <source>The provider&apos;s address must use HTTPS (plain HTTP is accepted only on this computer): %1</source>
        <translation>L&apos;adresse du fournisseur doit utiliser HTTPS (le HTTP simple n&apos;est accepté que sur cet ordinateur) : %1</translation>
    </message>
    <message>
        <source>Unknown provider kind &quot;%1&quot;.</source>
        <translation>Type de fournisseur inconnu « %1 ».</translation>
    </message>
</context>
<context>
    <name>Sending::SmsFactorProvider</name>
    <message>
        <source>The SMSFactor provider &quot;%1&quot; needs its API token (stored in the system keychain).</source>
        <translation>Le fournisseur SMSFactor « %1 » a besoin de son jeton d’API (conservé dans le trousseau du système).</translation>
    </message>
    <message>
        <source>SMSFactor answered HTTP %1.</source>
        <translation>SMSFactor a répondu HTTP %1.</translation>
    </message>
    <message>
        <source>SMSFactor&apos;s answer could not be read (HTTP %1): %2</source>
        <translation>La réponse de SMSFactor est illisible (HTTP %1) : %2</translation>
    </message>
    <message>
        <source>SMSFactor refused the messages (HTTP %1).</source>
        <translation>SMSFactor a refusé les messages (HTTP %1).</translation>
    </message>
    <message>
        <source>SMSFactor refused the messages: %1</source>
        <translation>SMSFactor a refusé les messages : %1</translation>
    </message>
    <message>
        <source>%1 sent, %2 on the blacklist, %3 invalid, %4 undeliverable (NPAI)</source>
        <translation>%1 envoyés, %2 en liste noire, %3 invalides, %4 non distribuables (NPAI)</translation>
    </message>
    <message>
        <source>SMSFactor sent none of the messages: %1.</source>
        <translation>SMSFactor n’a envoyé aucun des messages : %1.</translation>
    </message>
    <message>
        <source>SMSFactor sent only some of the batch: %1.</source>
        <translation>SMSFactor n’a envoyé qu’une partie du lot : %1.</translation>
    </message>
    <message>
        <source>The API token is missing.</source>
        <translation>Le jeton d’API manque.</translation>
    </message>
    <message>
        <source>Cannot reach SMSFactor: %1</source>
        <translation>Impossible de joindre SMSFactor : %1</translation>
    </message>
    <message>
        <source>SMSFactor refused the API token (HTTP %1).</source>
        <translation>SMSFactor a refusé le jeton d’API (HTTP %1).</translation>
    </message>
    <message>
        <source>SMSFactor answered HTTP %1: %2</source>
        <translation>SMSFactor a répondu HTTP %1 : %2</translation>
    </message>
    <message>
        <source>Connected to SMSFactor (simulation accepted; %1 credits left).</source>
        <translation>Connexion à SMSFactor réussie (simulation acceptée ; %1 crédits restants).</translation>
    </message>
    <message>
        <source>SMSFactor webhooks are GET or POST requests.</source>
        <translation>Les webhooks de SMSFactor sont des requêtes GET ou POST.</translation>
    </message>
    <message>
        <source>An SMSFactor delivery report without message_id or status.</source>
        <translation>Un accusé de réception SMSFactor sans message_id ni status.</translation>
    </message>
    <message>
        <source>An SMSFactor reply or STOP without its sender number.</source>
        <translation>Une réponse ou un STOP SMSFactor sans le numéro de l’expéditeur.</translation>
    </message>
    <message>
        <source>SMSFactor holds the messages for moderation before sending them.</source>
        <translation>SMSFactor retient les messages pour modération avant de les envoyer.</translation>
    </message>
</context>
<context>
    <name>Sending::TwilioProvider</name>
    <message>
        <source>The Twilio provider &quot;%1&quot; needs its Account SID and its auth token (stored in the system keychain).</source>
        <translation>Le fournisseur Twilio « %1 » a besoin de son Account SID et de son jeton d&apos;authentification (enregistré dans le trousseau du système).</translation>
    </message>
    <message>
        <source>Twilio&apos;s answer could not be read (HTTP %1): %2</source>
        <translation>La réponse de Twilio est illisible (HTTP %1) : %2</translation>
    </message>
    <message>
        <source>Twilio answered HTTP %1.</source>
        <translation>Twilio a répondu HTTP %1.</translation>
    </message>
    <message>
        <source>The Account SID or the auth token is missing.</source>
        <translation>L&apos;Account SID ou le jeton d&apos;authentification manque.</translation>
    </message>
    <message>
        <source>Cannot reach Twilio: %1</source>
        <translation>Impossible de joindre Twilio : %1</translation>
    </message>
    <message>
        <source>Twilio refused the Account SID or the auth token (HTTP %1).</source>
        <translation>Twilio a refusé l&apos;Account SID ou le jeton d&apos;authentification (HTTP %1).</translation>
    </message>
    <message>
        <source>Twilio answered HTTP %1: %2</source>
        <translation>Twilio a répondu HTTP %1 : %2</translation>
    </message>
    <message>
        <source>The Twilio account &quot;%1&quot; is %2.</source>
        <translation>Le compte Twilio « %1 » est à l&apos;état %2.</translation>
    </message>
    <message>
        <source>Connected to the Twilio account &quot;%1&quot; (active).</source>
        <translation>Connecté au compte Twilio « %1 » (actif).</translation>
    </message>
    <message>
        <source>Twilio callbacks are POST requests.</source>
        <translation>Les rappels de Twilio sont des requêtes POST.</translation>
    </message>
    <message>
        <source>Refused a Twilio callback whose X-Twilio-Signature does not match (wrong auth token, or not sent by Twilio).</source>
        <translation>Rappel Twilio refusé : sa signature X-Twilio-Signature ne correspond pas (mauvais jeton d&apos;authentification, ou pas envoyé par Twilio).</translation>
    </message>
    <message>
        <source>A Twilio status callback without MessageSid or MessageStatus.</source>
        <translation>Un rappel de statut Twilio sans MessageSid ni MessageStatus.</translation>
    </message>
    <message>
        <source>A Twilio incoming message without From.</source>
        <translation>Un message entrant Twilio sans From.</translation>
    </message>
</context>
<context>
    <name>Sending::VonageProvider</name>
    <message>
        <source>The Vonage provider &quot;%1&quot; needs its API key and its API secret (stored in the system keychain).</source>
        <translation>Le fournisseur Vonage « %1 » a besoin de sa clé d’API et de son secret d’API (conservés dans le trousseau du système).</translation>
    </message>
    <message>
        <source>Vonage answered HTTP %1.</source>
        <translation>Vonage a répondu HTTP %1.</translation>
    </message>
    <message>
        <source>Vonage&apos;s answer could not be read: %1</source>
        <translation>La réponse de Vonage est illisible : %1</translation>
    </message>
    <message>
        <source>Vonage refused the message (status %1).</source>
        <translation>Vonage a refusé le message (statut %1).</translation>
    </message>
    <message>
        <source>Vonage took %1 of the %2 parts, then refused one: %3</source>
        <translation>Vonage a pris %1 des %2 parties, puis en a refusé une : %3</translation>
    </message>
    <message>
        <source>The API key or the API secret is missing.</source>
        <translation>La clé d’API ou le secret d’API manque.</translation>
    </message>
    <message>
        <source>Cannot reach Vonage: %1</source>
        <translation>Impossible de joindre Vonage : %1</translation>
    </message>
    <message>
        <source>Vonage refused the API key or the API secret (HTTP %1).</source>
        <translation>Vonage a refusé la clé d’API ou le secret d’API (HTTP %1).</translation>
    </message>
    <message>
        <source>Vonage answered HTTP %1 without a balance.</source>
        <translation>Vonage a répondu HTTP %1 sans indiquer de solde.</translation>
    </message>
    <message>
        <source>Connected to Vonage; balance %1.</source>
        <translation>Connexion à Vonage réussie ; solde %1.</translation>
    </message>
    <message>
        <source>Vonage webhooks are GET or POST requests.</source>
        <translation>Les webhooks de Vonage sont des requêtes GET ou POST.</translation>
    </message>
    <message>
        <source>A Vonage delivery receipt without messageId or status.</source>
        <translation>Un accusé de réception Vonage sans messageId ni status.</translation>
    </message>
    <message>
        <source>A Vonage inbound message without msisdn.</source>
        <translation>Un message entrant Vonage sans msisdn.</translation>
    </message>
</context>
<context>
    <name>SendingCommands</name>
    <message>
        <source>Send an approved campaign (or resume a paused one) until it is done or interrupted.</source>
        <translation>Envoyer une campagne approuvée (ou reprendre une campagne en pause) jusqu&apos;à la fin ou jusqu&apos;à interruption.</translation>
    </message>
    <message>
        <source>Provider name (default: the campaign&apos;s).</source>
        <translation>Nom du fournisseur (par défaut : celui de la campagne).</translation>
    </message>
    <message>
        <source>Sender instance id; a restart with the same id recovers its messages.</source>
        <translation>Identifiant de l&apos;instance d&apos;envoi ; un redémarrage avec le même identifiant reprend ses messages.</translation>
    </message>
    <message>
        <source>Requests in flight (default 4).</source>
        <translation>Requêtes simultanées (4 par défaut).</translation>
    </message>
    <message>
        <source>no provider for this campaign</source>
        <translation>aucun fournisseur pour cette campagne</translation>
    </message>
    <message>
        <source>%1: %2 submitted, %3 accepted, %4 failed in %5 s
</source>
        <translation>%1 : %2 soumis, %3 acceptés, %4 en échec en %5 s
</translation>
    </message>
    <message>
        <source>How long to wait for delivery reports after the last message (default 0, 20000 with --listen).</source>
        <translation>Durée d’attente des accusés de réception après le dernier message (0 par défaut, 20000 avec --listen).</translation>
    </message>
    <message>
        <source>Receive delivery reports and replies on 127.0.0.1:PORT while sending and draining (0 picks a free port); providers call this address unless --callback-url is given.</source>
        <translation>Recevoir les accusés de réception et les réponses sur 127.0.0.1:PORT pendant l’envoi et l’attente qui suit (0 choisit un port libre) ; les fournisseurs appellent cette adresse sauf si --callback-url est donné.</translation>
    </message>
    <message>
        <source>Public address providers call back with delivery reports and replies (a reverse proxy or a tunnel to the listener); overrides the setting.</source>
        <translation>Adresse publique que les fournisseurs rappellent avec les accusés de réception et les réponses (un proxy inverse ou un tunnel vers l’écoute) ; remplace le réglage.</translation>
    </message>
    <message>
        <source>--callback-url needs an address</source>
        <translation>--callback-url attend une adresse</translation>
    </message>
    <message>
        <source>--listen needs a port number (0 picks a free one)</source>
        <translation>--listen attend un numéro de port (0 en choisit un libre)</translation>
    </message>
    <message>
        <source>Received %1 and %2.
</source>
        <translation>Reçu : %1 et %2.
</translation>
    </message>
    <message numerus="yes">
        <source>%n delivery report(s)</source>
        <translation>
            <numerusform>%n accusé de réception</numerusform>
            <numerusform>%n accusés de réception</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n incoming message(s)</source>
        <translation>
            <numerusform>%n message reçu</numerusform>
            <numerusform>%n messages reçus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n STOP confirmation(s) sent.
</source>
        <translation>
            <numerusform>%n confirmation(s) de STOP envoyée(s).
</numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SendingWindowPanel</name>
    <message>
        <source>When campaign messages may go out, Paris time. A campaign still sending when the window closes pauses and resumes at the next opening. Consent requests and campaign messages alike wait for it.</source>
        <translation>Quand les messages de campagne peuvent partir, heure de Paris. Une campagne encore en cours d&apos;envoi à la fermeture de la plage se met en pause et reprend à l&apos;ouverture suivante. Demandes de consentement et messages de campagne l&apos;attendent de la même façon.</translation>
    </message>
    <message>
        <source>&amp;Hours:</source>
        <translation>&amp;Heures :</translation>
    </message>
    <message>
        <source>to</source>
        <translation>à</translation>
    </message>
    <message>
        <source>(closing at 00:00: midnight)</source>
        <translation>(fermeture à 00:00 : minuit)</translation>
    </message>
    <message>
        <source>Days:</source>
        <translation>Jours :</translation>
    </message>
    <message>
        <source>Closed on French &amp;public holidays</source>
        <translation>Fermée les jours &amp;fériés français</translation>
    </message>
    <message>
        <source>Also &amp;Good Friday and 26 December (Alsace-Moselle: departments 57, 67, 68)</source>
        <translation>Aussi le &amp;Vendredi saint et le 26 décembre (Alsace-Moselle : départements 57, 67, 68)</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>today at %1</source>
        <translation>aujourd&apos;hui à %1</translation>
    </message>
    <message>
        <source>Open now, until %1.</source>
        <translation>Ouverte maintenant, jusqu&apos;à %1.</translation>
    </message>
    <message>
        <source>Closed now. Next opening: %1.</source>
        <translation>Fermée maintenant. Prochaine ouverture : %1.</translation>
    </message>
    <message>
        <source>Closed now, and it does not open in the next two weeks.</source>
        <translation>Fermée maintenant, et elle ne s&apos;ouvre pas dans les deux semaines à venir.</translation>
    </message>
    <message>
        <source>Messages go out on public holidays too.</source>
        <translation>Les messages partent aussi les jours fériés.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Next public holidays: %1.</source>
        <translation>Prochains jours fériés : %1.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré : %1</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
</context>
<context>
    <name>SensitiveColumns</name>
    <message>
        <source>religious beliefs</source>
        <translation>des convictions religieuses</translation>
    </message>
    <message>
        <source>racial or ethnic origin</source>
        <translation>l&apos;origine raciale ou ethnique</translation>
    </message>
    <message>
        <source>political opinions</source>
        <translation>des opinions politiques</translation>
    </message>
    <message>
        <source>trade-union membership</source>
        <translation>l&apos;appartenance syndicale</translation>
    </message>
    <message>
        <source>health</source>
        <translation>la santé</translation>
    </message>
    <message>
        <source>sex life or sexual orientation</source>
        <translation>la vie sexuelle ou l&apos;orientation sexuelle</translation>
    </message>
    <message>
        <source>criminal convictions</source>
        <translation>des condamnations pénales</translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; reveals or suggests %2 (GDPR art. 9): segments cannot be built on it. An administrator can mark the column as not sensitive after checking its content.</source>
        <translation>La colonne « %1 » révèle ou suggère %2 (RGPD art. 9) : aucun segment ne peut être construit dessus. Un administrateur peut la marquer comme non sensible après avoir vérifié son contenu.</translation>
    </message>
    <message>
        <source>Recording the review failed: %1</source>
        <translation>L&apos;enregistrement de la vérification a échoué : %1</translation>
    </message>
    <message>
        <source>Say why the column is or is not sensitive: the reason is kept in the audit log.</source>
        <translation>Indiquez pourquoi la colonne est sensible ou non : le motif est conservé dans le journal d&apos;audit.</translation>
    </message>
    <message>
        <source>Only an administrator can change whether a column is sensitive.</source>
        <translation>Seul un administrateur peut décider si une colonne est sensible.</translation>
    </message>
    <message>
        <source>The audience has no column &quot;%1&quot;.</source>
        <translation>L&apos;audience n&apos;a pas de colonne « %1 ».</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Preferences of this computer and the database Tribune works on.</source>
        <translation>Préférences de cet ordinateur et base de données sur laquelle travaille Tribune.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>&amp;Interface language:</source>
        <translation>&amp;Langue de l&apos;interface :</translation>
    </message>
    <message>
        <source>System language (%1)</source>
        <translation>Langue du système (%1)</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <source>&amp;Connection URL:</source>
        <translation>URL de &amp;connexion :</translation>
    </message>
    <message>
        <source>Empty: the embedded database. Team: postgresql://user@host:5432/tribune</source>
        <translation>Vide : la base intégrée. En équipe : postgresql://utilisateur@hôte:5432/tribune</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>A saved URL is used the next time Tribune starts. Passwords are never written to the settings: PostgreSQL reads them from ~/.pgpass or the PGPASSWORD variable.</source>
        <translation>Une URL enregistrée est utilisée au prochain démarrage de Tribune. Les mots de passe ne sont jamais écrits dans les paramètres : PostgreSQL les lit dans ~/.pgpass ou la variable PGPASSWORD.</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Dossier de données</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>C&amp;hange…</source>
        <translation>C&amp;hanger…</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apparence</translation>
    </message>
    <message>
        <source>Tribune follows the light or dark theme and the fonts of your system.</source>
        <translation>Tribune suit le thème clair ou sombre et les polices de votre système.</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>Données de démonstration</translation>
    </message>
    <message>
        <source>A fictional rented audience (numbers from the block reserved for fiction), an opposition list, the offline Sandbox provider and a draft consent request.</source>
        <translation>Une audience louée fictive (numéros de la tranche réservée à la fiction), une liste d&apos;opposition, le fournisseur hors ligne Sandbox et un brouillon de demande de consentement.</translation>
    </message>
    <message>
        <source>&amp;Load demo data</source>
        <translation>&amp;Charger les données de démonstration</translation>
    </message>
    <message>
        <source>In use: %1 — %2</source>
        <translation>Utilisée : %1 — %2</translation>
    </message>
    <message>
        <source>embedded SQLite database</source>
        <translation>base SQLite intégrée</translation>
    </message>
    <message>
        <source>PostgreSQL server</source>
        <translation>serveur PostgreSQL</translation>
    </message>
    <message>
        <source>The demo data is already in this database.</source>
        <translation>Les données de démonstration sont déjà dans cette base.</translation>
    </message>
    <message>
        <source>Not valid: %1</source>
        <translation>Non valide : %1</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <source>Connection to %1 works.</source>
        <translation>La connexion à %1 fonctionne.</translation>
    </message>
    <message>
        <source>Connection failed: %1</source>
        <translation>Échec de la connexion : %1</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré : %1</translation>
    </message>
    <message>
        <source>Saved. Tribune will use %1 the next time it starts.</source>
        <translation>Enregistré. Tribune utilisera %1 au prochain démarrage.</translation>
    </message>
    <message>
        <source>Saved. Tribune will use the embedded database the next time it starts.</source>
        <translation>Enregistré. Tribune utilisera la base intégrée au prochain démarrage.</translation>
    </message>
    <message>
        <source>Choose the data folder</source>
        <translation>Choisir le dossier de données</translation>
    </message>
    <message>
        <source>From the next start, the embedded database lives in this folder. The current database file is not moved.</source>
        <translation>À partir du prochain démarrage, la base intégrée sera dans ce dossier. Le fichier de base actuel n&apos;est pas déplacé.</translation>
    </message>
    <message>
        <source>SMS providers</source>
        <translation>Fournisseurs SMS</translation>
    </message>
    <message>
        <source>Delivery reports and replies</source>
        <translation>Accusés de réception et réponses</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Journal d’audit</translation>
    </message>
    <message>
        <source>Price plans</source>
        <translation>Tarifs</translation>
    </message>
    <message>
        <source>Sending window</source>
        <translation>Plage d&apos;envoi</translation>
    </message>
    <message>
        <source>Elections</source>
        <translation>Élections</translation>
    </message>
</context>
<context>
    <name>Sms</name>
    <message>
        <source>The sender name is empty.</source>
        <translation>Le nom d’expéditeur est vide.</translation>
    </message>
    <message>
        <source>The sender name contains only spaces.</source>
        <translation>Le nom d’expéditeur ne contient que des espaces.</translation>
    </message>
    <message>
        <source>The sender name cannot contain &quot;%1&quot; (U+%2): use only A-Z, a-z, 0-9, space, &quot;.&quot;, &quot;-&quot;, &quot;_&quot; and &quot;&amp;&quot;.</source>
        <translation>Le nom d’expéditeur ne peut pas contenir « %1 » (U+%2) : utilisez uniquement A-Z, a-z, 0-9, l’espace, « . », « - », « _ » et « &amp; ».</translation>
    </message>
    <message>
        <source>The sender name is too long: %1 characters, at most %2 are allowed.</source>
        <translation>Le nom d’expéditeur est trop long : %1 caractères, %2 au maximum.</translation>
    </message>
    <message>
        <source>The sender name cannot start or end with a space.</source>
        <translation>Le nom d’expéditeur ne peut ni commencer ni finir par une espace.</translation>
    </message>
    <message>
        <source>The sender name cannot be only digits: numeric senders are not accepted here.</source>
        <translation>Le nom d’expéditeur ne peut pas être composé uniquement de chiffres : les expéditeurs numériques ne sont pas acceptés ici.</translation>
    </message>
    <message>
        <source>soft hyphen</source>
        <translation>trait d’union conditionnel</translation>
    </message>
    <message>
        <source>zero width space</source>
        <translation>espace sans chasse</translation>
    </message>
    <message>
        <source>word joiner</source>
        <translation>gluon de mots</translation>
    </message>
    <message>
        <source>zero width no-break space (byte order mark)</source>
        <translation>espace insécable sans chasse (indicateur d’ordre des octets)</translation>
    </message>
</context>
<context>
    <name>SpendOverview</name>
    <message>
        <source>Adding up what the campaigns spent…</source>
        <translation>Calcul des dépenses des campagnes…</translation>
    </message>
    <message>
        <source>Spent by all campaigns: %1 excl. VAT (what the provider charged for the messages it accepted).</source>
        <translation>Dépensé par l&apos;ensemble des campagnes : %1 HT (ce que le fournisseur a facturé pour les messages qu&apos;il a acceptés).</translation>
    </message>
    <message>
        <source>Spend per election against its ceiling (L52-11)</source>
        <translation>Dépenses par élection par rapport à son plafond (L52-11)</translation>
    </message>
    <message>
        <source>No election yet: add one (Settings or tribune-cli election add) to follow its spending ceiling.</source>
        <translation>Aucune élection pour l&apos;instant : ajoutez-en une (Paramètres ou tribune-cli election add) pour suivre son plafond de dépenses.</translation>
    </message>
    <message>
        <source>No spending ceiling recorded for the elections: %1</source>
        <translation>Aucun plafond de dépenses enregistré pour les élections : %1</translation>
    </message>
    <message>
        <source>Spent (excl. VAT)</source>
        <translation>Dépensé (HT)</translation>
    </message>
    <message>
        <source>% of the ceiling</source>
        <translation>% du plafond</translation>
    </message>
    <message>
        <source>Ceiling (100 %)</source>
        <translation>Plafond (100 %)</translation>
    </message>
    <message>
        <source>Spend per campaign</source>
        <translation>Dépenses par campagne</translation>
    </message>
    <message>
        <source>No campaign has spent anything yet: spend appears here as the provider accepts messages.</source>
        <translation>Aucune campagne n&apos;a encore rien dépensé : les dépenses apparaissent ici à mesure que le fournisseur accepte les messages.</translation>
    </message>
    <message>
        <source>%1: %2 (cap %3)</source>
        <translation>%1 : %2 (plafond %3)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>%n other campaign(s): %1</source>
        <translation>
            <numerusform>%n autre campagne : %1</numerusform>
            <numerusform>%n autres campagnes : %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other campaign(s)</source>
        <translation>
            <numerusform>%n autre campagne</numerusform>
            <numerusform>%n autres campagnes</numerusform>
        </translation>
    </message>
    <message>
        <source>€ excl. VAT</source>
        <translation>€ HT</translation>
    </message>
    <message>
        <source>%1: %2 incl. VAT, no ceiling recorded</source>
        <translation>%1 : %2 TTC, aucun plafond enregistré</translation>
    </message>
    <message>
        <source>%1: %2 incl. VAT of %3</source>
        <translation>%1 : %2 TTC sur %3</translation>
    </message>
    <message>
        <source>Spent (incl. VAT)</source>
        <translation>Dépensé (TTC)</translation>
    </message>
</context>
<context>
    <name>SuppressionList</name>
    <message>
        <source>Cannot look the numbers up: %1</source>
        <translation>Impossible de rechercher les numéros : %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number.</source>
        <translation>« %1 » n&apos;est pas un numéro de téléphone.</translation>
    </message>
    <message>
        <source>Cannot add %1 to the suppression list: %2</source>
        <translation>Impossible d&apos;ajouter %1 à la liste d&apos;opposition : %2</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Impossible d&apos;ouvrir %1 : %2</translation>
    </message>
    <message>
        <source>row %1: &quot;%2&quot; is not a phone number</source>
        <translation>ligne %1 : « %2 » n&apos;est pas un numéro de téléphone</translation>
    </message>
    <message>
        <source>row %1: no phone number</source>
        <translation>ligne %1 : aucun numéro de téléphone</translation>
    </message>
    <message>
        <source>Reading %1 failed: %2</source>
        <translation>La lecture de %1 a échoué : %2</translation>
    </message>
    <message>
        <source>The import was cancelled.</source>
        <translation>L&apos;import a été annulé.</translation>
    </message>
    <message>
        <source>row %1: %2</source>
        <translation>ligne %1 : %2</translation>
    </message>
    <message>
        <source>Cannot start the import: %1</source>
        <translation>Impossible de commencer l&apos;import : %1</translation>
    </message>
    <message>
        <source>Saving the numbers failed: %1</source>
        <translation>L&apos;enregistrement des numéros a échoué : %1</translation>
    </message>
    <message>
        <source>Only an administrator may export the suppression list with its numbers in full; %1 is not one. Reports → Export writes it with masked numbers.</source>
        <translation>Seul un administrateur peut exporter la liste d’opposition avec les numéros complets ; %1 n&apos;en est pas un. Rapports → Exporter l&apos;écrit avec des numéros masqués.</translation>
    </message>
</context>
<context>
    <name>SuppressionListModel</name>
    <message>
        <source>STOP reply</source>
        <translation>Réponse STOP</translation>
    </message>
    <message>
        <source>STOP reported by the provider</source>
        <translation>STOP signalé par le fournisseur</translation>
    </message>
    <message>
        <source>Added by hand</source>
        <translation>Ajouté à la main</translation>
    </message>
    <message>
        <source>Opposition list</source>
        <translation>Liste d&apos;opposition</translation>
    </message>
    <message>
        <source>Refused consent</source>
        <translation>Consentement refusé</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajouté le</translation>
    </message>
</context>
<context>
    <name>SuppressionPanel</name>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Chercher :</translation>
    </message>
    <message>
        <source>The start of a number: 06 12, +33 6 12…</source>
        <translation>Le début d&apos;un numéro : 06 12, +33 6 12…</translation>
    </message>
    <message>
        <source>Add a &amp;number:</source>
        <translation>Ajouter un &amp;numéro :</translation>
    </message>
    <message>
        <source>06 12 34 56 78</source>
        <translation>06 12 34 56 78</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>&amp;Motif :</translation>
    </message>
    <message>
        <source>Why (a call, a letter, a request at a meeting…)</source>
        <translation>Pourquoi (un appel, un courrier, une demande en réunion…)</translation>
    </message>
    <message>
        <source>&amp;Add to the list…</source>
        <translation>&amp;Ajouter à la liste…</translation>
    </message>
    <message>
        <source>&amp;Import an opposition list…</source>
        <translation>&amp;Importer une liste d&apos;opposition…</translation>
    </message>
    <message>
        <source>A CSV or text file of numbers (a broker&apos;s or the party&apos;s opposition list): its numbers are never messaged.</source>
        <translation>Un fichier CSV ou texte de numéros (la liste d&apos;opposition d&apos;un courtier ou du parti) : ses numéros ne reçoivent jamais de message.</translation>
    </message>
    <message>
        <source>&amp;Export to CSV…</source>
        <translation>E&amp;xporter en CSV…</translation>
    </message>
    <message>
        <source>Show the his&amp;tory</source>
        <translation>Voir l&apos;his&amp;torique</translation>
    </message>
    <message>
        <source>Add to the suppression list</source>
        <translation>Ajouter à la liste d&apos;opposition</translation>
    </message>
    <message>
        <source>Put %1 on the suppression list? It will never receive a message again, from any audience or re-import: this cannot be undone.</source>
        <translation>Inscrire %1 sur la liste d&apos;opposition ? Il ne recevra plus jamais de message, quels que soient l&apos;audience ou le réimport : c&apos;est irréversible.</translation>
    </message>
    <message>
        <source>Add to the list</source>
        <translation>Ajouter à la liste</translation>
    </message>
    <message>
        <source>%1 is on the suppression list.</source>
        <translation>%1 est sur la liste d&apos;opposition.</translation>
    </message>
    <message>
        <source>Not added: %1</source>
        <translation>Non ajouté : %1</translation>
    </message>
    <message>
        <source>Import an opposition list</source>
        <translation>Importer une liste d&apos;opposition</translation>
    </message>
    <message>
        <source>Lists of numbers (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>Listes de numéros (*.csv *.tsv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Import de %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Import cancelled: the list is as it was.</source>
        <translation>Import annulé : la liste est restée telle quelle.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln row(s) read.</source>
        <translation>
            <numerusform>%1 : %Ln ligne lue.</numerusform>
            <numerusform>%1 : %Ln lignes lues.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln number(s) added to the suppression list.</source>
        <translation>
            <numerusform>%Ln numéro ajouté à la liste d&apos;opposition.</numerusform>
            <numerusform>%Ln numéros ajoutés à la liste d&apos;opposition.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Already on it: %Ln number(s).</source>
        <translation>
            <numerusform>Déjà inscrits : %Ln numéro.</numerusform>
            <numerusform>Déjà inscrits : %Ln numéros.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) rejected: not a phone number.</source>
        <translation>
            <numerusform>%Ln ligne rejetée : pas un numéro de téléphone.</numerusform>
            <numerusform>%Ln lignes rejetées : pas un numéro de téléphone.</numerusform>
        </translation>
    </message>
    <message>
        <source>The rejected rows are listed in the details.</source>
        <translation>Les lignes rejetées sont listées dans les détails.</translation>
    </message>
    <message>
        <source>Export the suppression list</source>
        <translation>Exporter la liste d&apos;opposition</translation>
    </message>
    <message>
        <source>suppression-list.csv</source>
        <translation>liste-opposition.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exporting the suppression list…</source>
        <translation>Export de la liste d&apos;opposition…</translation>
    </message>
    <message>
        <source>Suppression list saved to %1.</source>
        <translation>Liste d&apos;opposition enregistrée dans %1.</translation>
    </message>
</context>
<context>
    <name>TemplateStore</name>
    <message>
        <source>A template needs a name.</source>
        <translation>Un modèle doit avoir un nom.</translation>
    </message>
    <message>
        <source>A template needs a text.</source>
        <translation>Un modèle doit avoir un texte.</translation>
    </message>
</context>
<context>
    <name>TransparencyRecord</name>
    <message>
        <source>Cannot read the transparency record: %1</source>
        <translation>Impossible de lire la fiche de transparence : %1</translation>
    </message>
    <message>
        <source>There is no campaign with id %1.</source>
        <translation>Aucune campagne ne porte l&apos;identifiant %1.</translation>
    </message>
    <message>
        <source>d MMMM yyyy, HH:mm</source>
        <translation>d MMMM yyyy &apos;à&apos; HH:mm</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <translation>d MMMM yyyy</translation>
    </message>
    <message>
        <source> (Europe/Paris)</source>
        <translation> (Europe/Paris)</translation>
    </message>
    <message>
        <source>, EUR</source>
        <translation>, EUR</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>non enregistré</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Sender id</source>
        <translation>Expéditeur</translation>
    </message>
    <message>
        <source>Record produced</source>
        <translation>Fiche établie le</translation>
    </message>
    <message>
        <source>Sponsor</source>
        <translation>Commanditaire</translation>
    </message>
    <message>
        <source>Record it in Settings → Elections (or tribune-cli election update --name &quot;%1&quot; --sponsor … --sponsor-contact …).</source>
        <translation>Renseignez-le dans Paramètres → Élections (ou tribune-cli election update --name &quot;%1&quot; --sponsor … --sponsor-contact …).</translation>
    </message>
    <message>
        <source>Link the campaign to an election and record the sponsor in Settings → Elections.</source>
        <translation>Rattachez la campagne à une élection et renseignez le commanditaire dans Paramètres → Élections.</translation>
    </message>
    <message>
        <source>NOT DECLARED. %1</source>
        <translation>NON DÉCLARÉ. %1</translation>
    </message>
    <message>
        <source>Sponsor contact</source>
        <translation>Coordonnées du commanditaire</translation>
    </message>
    <message>
        <source>NOT DECLARED.</source>
        <translation>NON DÉCLARÉ.</translation>
    </message>
    <message>
        <source>Election</source>
        <translation>Élection</translation>
    </message>
    <message>
        <source>First round</source>
        <translation>Premier tour</translation>
    </message>
    <message>
        <source>Second round</source>
        <translation>Second tour</translation>
    </message>
    <message>
        <source>NOT LINKED to an election: choose one in the composer.</source>
        <translation>NON RATTACHÉE à une élection : choisissez-en une dans l&apos;éditeur de campagne.</translation>
    </message>
    <message>
        <source>Period of dissemination</source>
        <translation>Période de diffusion</translation>
    </message>
    <message>
        <source>First message sent</source>
        <translation>Premier message envoyé</translation>
    </message>
    <message>
        <source>not sent yet</source>
        <translation>pas encore envoyé</translation>
    </message>
    <message>
        <source>Last message sent or delivered</source>
        <translation>Dernier message envoyé ou distribué</translation>
    </message>
    <message>
        <source>Dissemination</source>
        <translation>Diffusion</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>terminée</translation>
    </message>
    <message>
        <source>Amount spent</source>
        <translation>Montant dépensé</translation>
    </message>
    <message>
        <source>Amount excluding VAT</source>
        <translation>Montant HT</translation>
    </message>
    <message>
        <source>VAT (%1 %)</source>
        <translation>TVA (%1 %)</translation>
    </message>
    <message>
        <source>Amount including VAT</source>
        <translation>Montant TTC</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>Price plan</source>
        <translation>Grille tarifaire</translation>
    </message>
    <message>
        <source>default plan (VAT 20 %)</source>
        <translation>grille par défaut (TVA 20 %)</translation>
    </message>
    <message>
        <source>Messages sent</source>
        <translation>Messages envoyés</translation>
    </message>
    <message>
        <source>SMS parts sent</source>
        <translation>Parties SMS envoyées</translation>
    </message>
    <message>
        <source>Messages delivered</source>
        <translation>Messages distribués</translation>
    </message>
    <message>
        <source>Targeting criteria used</source>
        <translation>Critères de ciblage utilisés</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Audience</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>unreadable: %1</source>
        <translation>illisible : %1</translation>
    </message>
    <message>
        <source>the whole audience (no filter)</source>
        <translation>toute l&apos;audience (aucun filtre)</translation>
    </message>
    <message>
        <source>Always excluded</source>
        <translation>Toujours exclus</translation>
    </message>
    <message>
        <source>numbers on the suppression list (STOP, objections); refused or withdrawn consent</source>
        <translation>les numéros de la liste d&apos;opposition (STOP, oppositions) ; les consentements refusés ou retirés</translation>
    </message>
    <message>
        <source>Sensitive data (GDPR art. 9)</source>
        <translation>Données sensibles (RGPD art. 9)</translation>
    </message>
    <message>
        <source>none: no filter on a column that looks sensitive</source>
        <translation>aucune : aucun filtre sur une colonne qui semble sensible</translation>
    </message>
    <message>
        <source>filter on &quot;%1&quot; (looks like %2)</source>
        <translation>filtre sur « %1 » (semble relever de : %2)</translation>
    </message>
    <message>
        <source>; allowed by %1 on %2</source>
        <translation> ; autorisé par %1 le %2</translation>
    </message>
    <message>
        <source>Audience provenance</source>
        <translation>Provenance de l&apos;audience</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>collected by the party itself</source>
        <translation>collectée par le parti lui-même</translation>
    </message>
    <message>
        <source>rented or bought from a broker</source>
        <translation>louée ou achetée à un courtier</translation>
    </message>
    <message>
        <source>Broker</source>
        <translation>Courtier</translation>
    </message>
    <message>
        <source>Consent terms stated by the broker</source>
        <translation>Conditions de consentement indiquées par le courtier</translation>
    </message>
    <message>
        <source> (recorded by %1 on %2)</source>
        <translation> (enregistrée par %1 le %2)</translation>
    </message>
    <message>
        <source>Own proof of consent</source>
        <translation>Preuve de consentement propre</translation>
    </message>
    <message>
        <source>Imported files</source>
        <translation>Fichiers importés</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>aucun enregistré</translation>
    </message>
    <message>
        <source>Imported file</source>
        <translation>Fichier importé</translation>
    </message>
    <message>
        <source>File SHA-256</source>
        <translation>SHA-256 du fichier</translation>
    </message>
    <message>
        <source>Imported on</source>
        <translation>Importé le</translation>
    </message>
    <message>
        <source>Contacts imported</source>
        <translation>Contacts importés</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Conservation</translation>
    </message>
    <message>
        <source>the audience&apos;s contacts have been purged</source>
        <translation>les contacts de l&apos;audience ont été supprimés</translation>
    </message>
    <message>
        <source>Consent basis</source>
        <translation>Base du consentement</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Base</translation>
    </message>
    <message>
        <source>this message is the consent request itself: the one first message the CNIL asks for before political messages to a rented file</source>
        <translation>ce message est la demande de consentement elle-même : le premier et unique message que la CNIL demande avant tout message politique à un fichier loué</translation>
    </message>
    <message>
        <source>consent collected by the party with its own proof (see the audience provenance)</source>
        <translation>consentement recueilli par le parti, avec sa propre preuve (voir la provenance de l&apos;audience)</translation>
    </message>
    <message>
        <source>rented audience: consent asked first through Tribune; only those who agreed are written to</source>
        <translation>audience louée : consentement demandé d&apos;abord via Tribune ; seuls ceux qui ont accepté reçoivent les messages</translation>
    </message>
    <message>
        <source>Numbers of the audience asked for consent</source>
        <translation>Numéros de l&apos;audience sollicités pour leur consentement</translation>
    </message>
    <message>
        <source>Numbers that agreed (yes)</source>
        <translation>Numéros ayant accepté (oui)</translation>
    </message>
    <message>
        <source>Recipients whose yes was recorded before their message</source>
        <translation>Destinataires dont le oui était enregistré avant leur message</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>Approbation</translation>
    </message>
    <message>
        <source>Written by</source>
        <translation>Rédigée par</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Approuvée par</translation>
    </message>
    <message>
        <source>not approved</source>
        <translation>non approuvée</translation>
    </message>
    <message>
        <source>Approved on</source>
        <translation>Approuvée le</translation>
    </message>
    <message>
        <source>Revision approved</source>
        <translation>Révision approuvée</translation>
    </message>
    <message>
        <source>Two-person rule</source>
        <translation>Règle des quatre yeux</translation>
    </message>
    <message>
        <source>respected: the approver neither wrote nor edited the campaign</source>
        <translation>respectée : l&apos;approbateur n&apos;a ni rédigé ni modifié la campagne</translation>
    </message>
    <message>
        <source>not applied: the approver also wrote the campaign (a database without user accounts has a single user)</source>
        <translation>non appliquée : l&apos;approbateur a aussi rédigé la campagne (une base sans comptes utilisateurs n&apos;a qu&apos;un utilisateur)</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Text of the message</source>
        <translation>Texte du message</translation>
    </message>
    <message>
        <source>Mandatory footer</source>
        <translation>Mention obligatoire</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Transparency record: %1</source>
        <translation>Fiche de transparence : %1</translation>
    </message>
    <message>
        <source>Political advertising by SMS, Regulation (EU) 2024/900 (art. 11 and 12). Times in Europe/Paris.</source>
        <translation>Publicité politique par SMS, règlement (UE) 2024/900 (art. 11 et 12). Heures de Paris (Europe/Paris).</translation>
    </message>
    <message>
        <source>the sponsor</source>
        <translation>le commanditaire</translation>
    </message>
    <message>
        <source>the sponsor&apos;s contact</source>
        <translation>les coordonnées du commanditaire</translation>
    </message>
    <message>
        <source>the election</source>
        <translation>l&apos;élection</translation>
    </message>
    <message>
        <source>Incomplete record, not declared: %1. Record them in Settings → Elections before publishing this record.</source>
        <translation>Fiche incomplète, non déclarés : %1. Renseignez-les dans Paramètres → Élections avant de publier cette fiche.</translation>
    </message>
    <message>
        <source>Produced by Tribune from its database: the outbox for the period, messages and amounts, the consent ledger for the consent basis, the audit log for the approval.</source>
        <translation>Établi par Tribune à partir de sa base : la file d&apos;envoi pour la période, les messages et les montants, le registre des consentements pour la base du consentement, le journal d&apos;audit pour l&apos;approbation.</translation>
    </message>
    <message>
        <source>A PDF can only be written by the graphical application (it needs fonts); write the HTML page and print it instead.</source>
        <translation>Seule l&apos;application graphique peut écrire un PDF (il lui faut les polices) ; écrivez plutôt la page HTML et imprimez-la.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>%1 · page %2 of %3</source>
        <translation>%1 · page %2 sur %3</translation>
    </message>
    <message>
        <source>the PDF could not be drawn</source>
        <translation>le PDF n&apos;a pas pu être dessiné</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Section</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
</context>
<context>
    <name>UserAccount</name>
    <message>
        <source>Cannot read the user accounts: %1</source>
        <translation>Impossible de lire les comptes utilisateurs : %1</translation>
    </message>
</context>
<context>
    <name>UserCommands</name>
    <message>
        <source>Login of the account (on a team database, the user&apos;s PostgreSQL login).</source>
        <translation>Identifiant du compte (sur une base d’équipe, l’identifiant PostgreSQL de l’utilisateur).</translation>
    </message>
    <message>
        <source>Role: composer (drafts), approver (approves and sends) or administrator (settings, providers, accounts).</source>
        <translation>Rôle : composer (rédige), approver (approuve et envoie) ou administrator (réglages, fournisseurs, comptes).</translation>
    </message>
    <message>
        <source>%1 (%2): %3%4
</source>
        <translation>%1 (%2) : %3%4
</translation>
    </message>
    <message>
        <source>, disabled</source>
        <translation>, désactivé</translation>
    </message>
    <message>
        <source>--login, --name and --role are required</source>
        <translation>--login, --name et --role sont obligatoires</translation>
    </message>
    <message>
        <source>--role must be composer, approver or administrator</source>
        <translation>--role doit valoir composer, approver ou administrator</translation>
    </message>
    <message>
        <source>Added %1</source>
        <translation>Ajouté : %1</translation>
    </message>
    <message>
        <source>This is the first account: anyone could create it since nobody administered this database yet. From now on only an administrator manages the accounts, and only people with an account may approve campaigns.
</source>
        <translation>C’est le premier compte : n’importe qui pouvait le créer, puisque personne n’administrait encore cette base. Désormais, seul un administrateur gère les comptes, et seules les personnes ayant un compte peuvent approuver des campagnes.
</translation>
    </message>
    <message>
        <source>Tribune stores no password: %1 signs in with the PostgreSQL login of the same name, which the database administrator creates.
</source>
        <translation>Tribune n’enregistre aucun mot de passe : %1 se connecte avec l’identifiant PostgreSQL du même nom, que l’administrateur de la base crée.
</translation>
    </message>
    <message>
        <source>No user accounts: the one user of this database administers it. Add an administrator with &quot;tribune-cli user add&quot;.
</source>
        <translation>Aucun compte utilisateur : l’unique utilisateur de cette base l’administre. Ajoutez un administrateur avec « tribune-cli user add ».
</translation>
    </message>
    <message>
        <source>--login is required</source>
        <translation>--login est obligatoire</translation>
    </message>
    <message>
        <source>give --disable or --enable, not both</source>
        <translation>indiquez --disable ou --enable, pas les deux</translation>
    </message>
    <message>
        <source>nothing to change: give --role, --disable or --enable</source>
        <translation>rien à modifier : indiquez --role, --disable ou --enable</translation>
    </message>
    <message>
        <source>Changed %1</source>
        <translation>Modifié : %1</translation>
    </message>
    <message>
        <source>--since needs an ISO 8601 date or time such as 2027-03-01 or 2027-03-01T08:00:00Z</source>
        <translation>--since attend une date ou une heure ISO 8601, comme 2027-03-01 ou 2027-03-01T08:00:00Z</translation>
    </message>
    <message>
        <source>--limit needs a number (0: no limit)</source>
        <translation>--limit attend un nombre (0 : sans limite)</translation>
    </message>
    <message>
        <source>No audit entries.
</source>
        <translation>Aucune entrée dans le journal d’audit.
</translation>
    </message>
    <message>
        <source>give the CSV file to write</source>
        <translation>indiquez le fichier CSV à écrire</translation>
    </message>
    <message numerus="yes">
        <source>%n audit entries written to %1.
</source>
        <translation>
            <numerusform>%n entrée du journal d’audit écrite dans %1.
</numerusform>
            <numerusform>%n entrées du journal d’audit écrites dans %1.
</numerusform>
        </translation>
    </message>
    <message>
        <source>Add a user account (administrators only; the first account, which must be an administrator, may be added by anyone).</source>
        <translation>Ajouter un compte utilisateur (administrateurs seulement ; le premier compte, qui doit être administrateur, peut être ajouté par n’importe qui).</translation>
    </message>
    <message>
        <source>Name shown to the team.</source>
        <translation>Nom affiché à l’équipe.</translation>
    </message>
    <message>
        <source>List the user accounts and their roles.</source>
        <translation>Lister les comptes utilisateurs et leurs rôles.</translation>
    </message>
    <message>
        <source>Change the role of a user account, or disable or enable it (administrators only).</source>
        <translation>Changer le rôle d’un compte utilisateur, ou le désactiver ou le réactiver (administrateurs seulement).</translation>
    </message>
    <message>
        <source>Disable the account: it may no longer approve or administer.</source>
        <translation>Désactiver le compte : il ne peut plus approuver ni administrer.</translation>
    </message>
    <message>
        <source>Enable the account again.</source>
        <translation>Réactiver le compte.</translation>
    </message>
    <message>
        <source>Show the audit log, newest first: who did what, when.</source>
        <translation>Afficher le journal d’audit, du plus récent au plus ancien : qui a fait quoi, et quand.</translation>
    </message>
    <message>
        <source>Only entries at or after this ISO 8601 date or time.</source>
        <translation>Seulement les entrées à partir de cette date ou heure ISO 8601.</translation>
    </message>
    <message>
        <source>At most this many entries (default 100; 0: all).</source>
        <translation>Au plus ce nombre d’entrées (100 par défaut ; 0 : toutes).</translation>
    </message>
    <message>
        <source>Write the whole audit log to a CSV file (the export is audited too).</source>
        <translation>Écrire tout le journal d’audit dans un fichier CSV (l’export est lui aussi journalisé).</translation>
    </message>
    <message>
        <source>Excel (France): &apos;;&apos; separator, UTF-8 with BOM.</source>
        <translation>Excel (France) : séparateur « ; », UTF-8 avec BOM.</translation>
    </message>
</context>
<context>
    <name>UserListModel</name>
    <message>
        <source>Disabled</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
</context>
<context>
    <name>UserStore</name>
    <message>
        <source>Cannot read the user accounts: %1</source>
        <translation>Impossible de lire les comptes utilisateurs : %1</translation>
    </message>
    <message>
        <source>Composer</source>
        <translation>Rédacteur</translation>
    </message>
    <message>
        <source>Approver</source>
        <translation>Approbateur</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrateur</translation>
    </message>
    <message>
        <source>Only an administrator may manage the user accounts; %1 is not one.</source>
        <translation>Seul un administrateur peut gérer les comptes utilisateurs ; %1 n’en est pas un.</translation>
    </message>
    <message>
        <source>A user account needs a login and a name.</source>
        <translation>Un compte utilisateur demande un identifiant et un nom.</translation>
    </message>
    <message>
        <source>Unknown role &quot;%1&quot;: use composer, approver or administrator.</source>
        <translation>Rôle « %1 » inconnu : utilisez composer, approver ou administrator.</translation>
    </message>
    <message>
        <source>The first user account must be an administrator, or nobody could manage the others.</source>
        <translation>Le premier compte utilisateur doit être administrateur, sinon personne ne pourrait gérer les autres.</translation>
    </message>
    <message>
        <source>There is already a user account &quot;%1&quot;.</source>
        <translation>Il existe déjà un compte utilisateur « %1 ».</translation>
    </message>
    <message>
        <source>Cannot add the user account: %1</source>
        <translation>Impossible d’ajouter le compte utilisateur : %1</translation>
    </message>
    <message>
        <source>There is no user account &quot;%1&quot;.</source>
        <translation>Il n’existe aucun compte utilisateur « %1 ».</translation>
    </message>
    <message>
        <source>%1 is the last enabled administrator: make another user an administrator first.</source>
        <translation>%1 est le dernier administrateur actif : faites d’abord d’un autre utilisateur un administrateur.</translation>
    </message>
    <message>
        <source>Cannot change the user account: %1</source>
        <translation>Impossible de modifier le compte utilisateur : %1</translation>
    </message>
</context>
<context>
    <name>UsersPanel</name>
    <message>
        <source>Lo&amp;gin:</source>
        <translation>&amp;Identifiant :</translation>
    </message>
    <message>
        <source>Their PostgreSQL login on a team database</source>
        <translation>Son identifiant PostgreSQL sur une base d’équipe</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>No&amp;m :</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>R&amp;ôle :</translation>
    </message>
    <message>
        <source>&amp;Add account</source>
        <translation>&amp;Ajouter le compte</translation>
    </message>
    <message>
        <source>&amp;Give the selected account this role</source>
        <translation>&amp;Donner ce rôle au compte sélectionné</translation>
    </message>
    <message>
        <source>A composer drafts campaigns, an approver approves and sends them, an administrator also changes the settings and the accounts. Tribune stores no passwords: on a team database people sign in with their PostgreSQL login.</source>
        <translation>Un rédacteur prépare les campagnes, un approbateur les approuve et les envoie, un administrateur modifie aussi les réglages et les comptes. Tribune n’enregistre aucun mot de passe : sur une base d’équipe, chacun se connecte avec son identifiant PostgreSQL.</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>&amp;Réactiver</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>Désac&amp;tiver</translation>
    </message>
    <message>
        <source>Account %1 added.</source>
        <translation>Compte %1 ajouté.</translation>
    </message>
    <message>
        <source>%1 is now: %2.</source>
        <translation>%1 est désormais : %2.</translation>
    </message>
    <message>
        <source>Account %1 disabled.</source>
        <translation>Compte %1 désactivé.</translation>
    </message>
    <message>
        <source>Account %1 enabled.</source>
        <translation>Compte %1 réactivé.</translation>
    </message>
    <message>
        <source>No accounts yet: you administer this database alone. The first account you add must be an administrator.</source>
        <translation>Aucun compte pour l’instant : vous administrez seul cette base. Le premier compte que vous ajoutez doit être administrateur.</translation>
    </message>
    <message>
        <source>Only an administrator may change the accounts.</source>
        <translation>Seul un administrateur peut modifier les comptes.</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to Tribune</source>
        <translation>Bienvenue dans Tribune</translation>
    </message>
    <message>
        <source>&lt;p&gt;Tribune prepares and sends campaign SMS the way the CNIL asks: contacts from a rented file first get one message asking for their consent, every message names the sender and offers STOP, and a STOP is honoured forever.&lt;/p&gt;&lt;p&gt;This database is empty. Load the demo data to look around: a fictional rented audience, an opposition list, the offline &lt;b&gt;Sandbox&lt;/b&gt; provider (nothing leaves this computer) and a draft consent request.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Tribune prépare et envoie des SMS de campagne comme le demande la CNIL : les contacts d&apos;un fichier loué reçoivent d&apos;abord un seul message qui leur demande leur consentement, chaque message nomme l&apos;expéditeur et propose le STOP, et un STOP est respecté pour toujours.&lt;/p&gt;&lt;p&gt;Cette base est vide. Chargez les données de démonstration pour découvrir l&apos;application : une audience louée fictive, une liste d&apos;opposition, le fournisseur hors ligne &lt;b&gt;Sandbox&lt;/b&gt; (rien ne quitte cet ordinateur) et un brouillon de demande de consentement.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Load demo data</source>
        <translation>&amp;Charger les données de démonstration</translation>
    </message>
    <message>
        <source>Start &amp;empty</source>
        <translation>Commencer avec une base &amp;vide</translation>
    </message>
</context>
<context>
    <name>WindowCommands</name>
    <message>
        <source>Sending window: %1–%2, %3 (%4)
</source>
        <translation>Plage d&apos;envoi : %1–%2, %3 (%4)
</translation>
    </message>
    <message>
        <source>Closed on public holidays, Alsace-Moselle&apos;s included.
</source>
        <translation>Fermée les jours fériés, y compris ceux d&apos;Alsace-Moselle.
</translation>
    </message>
    <message>
        <source>Closed on public holidays.
</source>
        <translation>Fermée les jours fériés.
</translation>
    </message>
    <message>
        <source>Open on public holidays.
</source>
        <translation>Ouverte les jours fériés.
</translation>
    </message>
    <message>
        <source>Open now, until %1.
</source>
        <translation>Ouverte maintenant, jusqu&apos;à %1.
</translation>
    </message>
    <message>
        <source>Closed now; next opening %1.
</source>
        <translation>Fermée maintenant ; prochaine ouverture %1.
</translation>
    </message>
    <message>
        <source>Closed now, and it does not open in the next two weeks.
</source>
        <translation>Fermée maintenant, et elle ne s&apos;ouvre pas dans les deux semaines à venir.
</translation>
    </message>
    <message>
        <source>Next public holidays:
</source>
        <translation>Prochains jours fériés :
</translation>
    </message>
    <message>
        <source>Show the sending window (hours, days, public holidays), whether it is open now and the next public holidays.</source>
        <translation>Affiche la plage d&apos;envoi (heures, jours, jours fériés), si elle est ouverte maintenant et les prochains jours fériés.</translation>
    </message>
    <message>
        <source>Change the sending window (administrators only; audited). The options not given keep their values.</source>
        <translation>Modifie la plage d&apos;envoi (administrateurs seulement ; journalisé). Les options non indiquées gardent leur valeur.</translation>
    </message>
    <message>
        <source>Opening time (Europe/Paris).</source>
        <translation>Heure d&apos;ouverture (Europe/Paris).</translation>
    </message>
    <message>
        <source>Closing time, excluded (24:00: midnight).</source>
        <translation>Heure de fermeture, exclue (24:00 : minuit).</translation>
    </message>
    <message>
        <source>Days of the week messages may go out, 1 = Monday … 7 = Sunday.</source>
        <translation>Jours de la semaine où les messages peuvent partir, 1 = lundi … 7 = dimanche.</translation>
    </message>
    <message>
        <source>Closed on French public holidays.</source>
        <translation>Fermée les jours fériés français.</translation>
    </message>
    <message>
        <source>Also closed on Good Friday and 26 December (departments 57, 67, 68).</source>
        <translation>Fermée aussi le Vendredi saint et le 26 décembre (départements 57, 67, 68).</translation>
    </message>
    <message>
        <source>nothing to change: give --start, --end, --days, --holidays or --alsace-moselle</source>
        <translation>rien à modifier : indiquez --start, --end, --days, --holidays ou --alsace-moselle</translation>
    </message>
    <message>
        <source>--%1 needs a time as HH:MM (00:00 to 24:00), not &quot;%2&quot;</source>
        <translation>--%1 attend une heure au format HH:MM (00:00 à 24:00), pas « %2 »</translation>
    </message>
    <message>
        <source>--holidays needs on or off, not &quot;%1&quot;</source>
        <translation>--holidays attend on ou off, pas « %1 »</translation>
    </message>
    <message>
        <source>--alsace-moselle needs on or off, not &quot;%1&quot;</source>
        <translation>--alsace-moselle attend on ou off, pas « %1 »</translation>
    </message>
    <message>
        <source>Saved.
</source>
        <translation>Enregistré.
</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Campaign SMS manager.</source>
        <translation>Gestionnaire de SMS de campagne.</translation>
    </message>
    <message>
        <source>Database URL (sqlite:///path or postgresql://user@host:port/db).</source>
        <translation>URL de la base de données (sqlite:///chemin ou postgresql://utilisateur@hôte:port/base).</translation>
    </message>
    <message>
        <source>Load the demo data if the database is empty.</source>
        <translation>Charger les données de démonstration si la base est vide.</translation>
    </message>
    <message>
        <source>Interface language for this run (fr or en).</source>
        <translation>Langue de l&apos;interface pour cette exécution (fr ou en).</translation>
    </message>
    <message>
        <source>Save a PNG of every page into a folder, then quit.</source>
        <translation>Enregistrer une image PNG de chaque page dans un dossier, puis quitter.</translation>
    </message>
    <message>
        <source>Tribune</source>
        <translation>Tribune</translation>
    </message>
    <message>
        <source>Tribune cannot open its database.

%1</source>
        <translation>Tribune ne peut pas ouvrir sa base de données.

%1</translation>
    </message>
</context>
</TS>
