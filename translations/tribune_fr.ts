<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
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
</context>
<context>
    <name>CampaignListModel</name>
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
    <name>ComposePage</name>
    <message>
        <source>Compose</source>
        <translation>Rédaction</translation>
    </message>
    <message>
        <source>Message templates, including the first-contact consent request that names the candidate, the source of the number and how to object.</source>
        <translation>Modèles de messages, dont la demande de consentement du premier contact, qui nomme le candidat, la source du numéro et le moyen de s&apos;opposer.</translation>
    </message>
    <message>
        <source>Templates are shown read-only in this version: the message editor with the live SMS part counter is not part of it yet.</source>
        <translation>Les modèles sont affichés en lecture seule dans cette version : l&apos;éditeur de messages avec le compteur de parties SMS en direct n&apos;en fait pas encore partie.</translation>
    </message>
    <message>
        <source>Consent request template</source>
        <translation>Modèle de demande de consentement</translation>
    </message>
    <message>
        <source>Campaign message template</source>
        <translation>Modèle de message de campagne</translation>
    </message>
    <message>
        <source>No template in this database yet.</source>
        <translation>Aucun modèle dans cette base pour l&apos;instant.</translation>
    </message>
</context>
<context>
    <name>ConsentPage</name>
    <message>
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
    <message>
        <source>STOP wins forever: a number on the suppression list is never messaged again, whatever the audience or the re-import.</source>
        <translation>Le STOP l&apos;emporte pour toujours : un numéro de la liste d&apos;opposition ne reçoit plus jamais de message, quels que soient l&apos;audience ou le réimport.</translation>
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
    <name>ReportsPage</name>
    <message>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <source>What this database holds. Campaign results, spend for the campaign account and consent proof appear here once campaigns are sent.</source>
        <translation>Le contenu de cette base. Les résultats des campagnes, les dépenses pour le compte de campagne et les preuves de consentement apparaîtront ici une fois des campagnes envoyées.</translation>
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
        <source>No contacts yet.</source>
        <translation>Aucun contact pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Other départements</source>
        <translation>Autres départements</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
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
