<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>AudienceListModel</name>
    <message>
        <source>Consent terms stated by the broker: %1</source>
        <translation>Consent terms stated by the broker: %1</translation>
    </message>
    <message>
        <source>Collected by the party</source>
        <translation>Collected by the party</translation>
    </message>
    <message>
        <source>Rented</source>
        <translation>Rented</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Audience</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origin</translation>
    </message>
    <message>
        <source>Broker / source</source>
        <translation>Broker / source</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Imported</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Keep until</source>
        <translation>Keep until</translation>
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
        <translation>Rented files and party lists, with where each came from and the consent terms the broker stated. Contacts from rented files only get a consent request until they say yes.</translation>
    </message>
    <message>
        <source>No audience in this database yet.</source>
        <translation>No audience in this database yet.</translation>
    </message>
    <message>
        <source>Load the demo audience</source>
        <translation>Load the demo audience</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Origin: %2 · Broker: %3&lt;br&gt;File: %4 · Imported: %5 · %6 contacts&lt;br&gt;Consent terms stated by the broker: &lt;i&gt;%7&lt;/i&gt;&lt;br&gt;Keep contacts until: %8</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Origin: %2 · Broker: %3&lt;br&gt;File: %4 · Imported: %5 · %6 contacts&lt;br&gt;Consent terms stated by the broker: &lt;i&gt;%7&lt;/i&gt;&lt;br&gt;Keep contacts until: %8</translation>
    </message>
    <message>
        <source>none stated</source>
        <translation>none stated</translation>
    </message>
</context>
<context>
    <name>CampaignListModel</name>
    <message>
        <source>Consent request</source>
        <translation>Consent request</translation>
    </message>
    <message>
        <source>Campaign message</source>
        <translation>Campaign message</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Sending</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Paused</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campaign</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Audience</translation>
    </message>
    <message>
        <source>Election</source>
        <translation>Election</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Provider</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Last change</translation>
    </message>
</context>
<context>
    <name>CampaignsPage</name>
    <message>
        <source>Campaigns</source>
        <translation>Campaigns</translation>
    </message>
    <message>
        <source>Every campaign of this database: consent requests to rented contacts and campaign messages to those who agreed.</source>
        <translation>Every campaign of this database: consent requests to rented contacts and campaign messages to those who agreed.</translation>
    </message>
    <message>
        <source>No campaign in this database yet.</source>
        <translation>No campaign in this database yet.</translation>
    </message>
    <message>
        <source>Message and mandatory footer of the selected campaign:</source>
        <translation>Message and mandatory footer of the selected campaign:</translation>
    </message>
</context>
<context>
    <name>CommandLineInterface</name>
    <message>
        <source>Database URL (sqlite:///path or postgresql://user@host:port/db).</source>
        <translation>Database URL (sqlite:///path or postgresql://user@host:port/db).</translation>
    </message>
    <message>
        <source>Print one JSON object instead of text.</source>
        <translation>Print one JSON object instead of text.</translation>
    </message>
    <message>
        <source>tribune-cli: %1</source>
        <translation>tribune-cli: %1</translation>
    </message>
    <message>
        <source>Usage: tribune-cli [--database URL] [--json] COMMAND [options]

Tribune&apos;s command-line tool: the same data and rules as the application.

Commands:
</source>
        <translation>Usage: tribune-cli [--database URL] [--json] COMMAND [options]

Tribune&apos;s command-line tool: the same data and rules as the application.

Commands:
</translation>
    </message>
    <message>
        <source>
Run &quot;tribune-cli COMMAND --help&quot; for the options of a command.
</source>
        <translation>
Run &quot;tribune-cli COMMAND --help&quot; for the options of a command.
</translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>no command given</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;; run tribune-cli --help</source>
        <translation>unknown command &quot;%1&quot;; run tribune-cli --help</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Show this help.</translation>
    </message>
    <message>
        <source>Usage: tribune-cli %1 [options]</source>
        <translation>Usage: tribune-cli %1 [options]</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>unexpected argument &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Show the version, the database in use and what it holds.</source>
        <translation>Show the version, the database in use and what it holds.</translation>
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
Database:        %2
Schema version:  %3
Audiences:       %4
Contacts:        %5
Campaigns:       %6
Suppressed:      %7
Active provider: %8
</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Load the demo data: a fictional rented audience, the offline Sandbox provider and a draft campaign.</source>
        <translation>Load the demo data: a fictional rented audience, the offline Sandbox provider and a draft campaign.</translation>
    </message>
    <message>
        <source>Number of demo contacts (1 to %1).</source>
        <translation>Number of demo contacts (1 to %1).</translation>
    </message>
    <message>
        <source>--contacts needs a whole number</source>
        <translation>--contacts needs a whole number</translation>
    </message>
    <message>
        <source>The demo data is already in this database.
</source>
        <translation>The demo data is already in this database.
</translation>
    </message>
    <message>
        <source>Loaded the demo data in %1 s: %2 contacts in &quot;%3&quot;, %4 numbers on the opposition list, provider &quot;%5&quot;, draft campaign &quot;%6&quot;.
</source>
        <translation>Loaded the demo data in %1 s: %2 contacts in &quot;%3&quot;, %4 numbers on the opposition list, provider &quot;%5&quot;, draft campaign &quot;%6&quot;.
</translation>
    </message>
</context>
<context>
    <name>ComposePage</name>
    <message>
        <source>Compose</source>
        <translation>Compose</translation>
    </message>
    <message>
        <source>Message templates, including the first-contact consent request that names the candidate, the source of the number and how to object.</source>
        <translation>Message templates, including the first-contact consent request that names the candidate, the source of the number and how to object.</translation>
    </message>
    <message>
        <source>Templates are shown read-only in this version: the message editor with the live SMS part counter is not part of it yet.</source>
        <translation>Templates are shown read-only in this version: the message editor with the live SMS part counter is not part of it yet.</translation>
    </message>
    <message>
        <source>Consent request template</source>
        <translation>Consent request template</translation>
    </message>
    <message>
        <source>Campaign message template</source>
        <translation>Campaign message template</translation>
    </message>
    <message>
        <source>No template in this database yet.</source>
        <translation>No template in this database yet.</translation>
    </message>
</context>
<context>
    <name>ConsentPage</name>
    <message>
        <source>Consent</source>
        <translation>Consent</translation>
    </message>
    <message>
        <source>STOP wins forever: a number on the suppression list is never messaged again, whatever the audience or the re-import.</source>
        <translation>STOP wins forever: a number on the suppression list is never messaged again, whatever the audience or the re-import.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln number(s) on the suppression list.</source>
        <translation>
            <numerusform>%Ln number on the suppression list.</numerusform>
            <numerusform>%Ln numbers on the suppression list.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s) in the consent ledger.</source>
        <translation>
            <numerusform>%Ln event in the consent ledger.</numerusform>
            <numerusform>%Ln events in the consent ledger.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Cannot create the data folder %1.</source>
        <translation>Cannot create the data folder %1.</translation>
    </message>
    <message>
        <source>Cannot create the database file %1: %2</source>
        <translation>Cannot create the database file %1: %2</translation>
    </message>
    <message>
        <source>No valid database URL is configured.</source>
        <translation>No valid database URL is configured.</translation>
    </message>
    <message>
        <source>Cannot open the SQLite database %1: %2</source>
        <translation>Cannot open the SQLite database %1: %2</translation>
    </message>
    <message>
        <source>Cannot configure the SQLite database: %1</source>
        <translation>Cannot configure the SQLite database: %1</translation>
    </message>
    <message>
        <source>Cannot connect to PostgreSQL at %1: %2</source>
        <translation>Cannot connect to PostgreSQL at %1: %2</translation>
    </message>
    <message>
        <source>The Qt SQLite driver (QSQLITE) is not installed.</source>
        <translation>The Qt SQLite driver (QSQLITE) is not installed.</translation>
    </message>
    <message>
        <source>The Qt PostgreSQL driver (QPSQL) is not installed; on Debian install the package libqt6sql6-psql.</source>
        <translation>The Qt PostgreSQL driver (QPSQL) is not installed; on Debian install the package libqt6sql6-psql.</translation>
    </message>
</context>
<context>
    <name>DatabaseUrl</name>
    <message>
        <source>The database URL is empty.</source>
        <translation>The database URL is empty.</translation>
    </message>
    <message>
        <source>The SQLite URL &quot;%1&quot; names no file.</source>
        <translation>The SQLite URL &quot;%1&quot; names no file.</translation>
    </message>
    <message>
        <source>The PostgreSQL URL is not valid: %1</source>
        <translation>The PostgreSQL URL is not valid: %1</translation>
    </message>
    <message>
        <source>The PostgreSQL port must be between 1 and 65535.</source>
        <translation>The PostgreSQL port must be between 1 and 65535.</translation>
    </message>
    <message>
        <source>The PostgreSQL URL must name one database, not &quot;%1&quot;.</source>
        <translation>The PostgreSQL URL must name one database, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The PostgreSQL URL names neither a database nor a user.</source>
        <translation>The PostgreSQL URL names neither a database nor a user.</translation>
    </message>
    <message>
        <source>Unknown PostgreSQL option &quot;%1&quot; in the database URL.</source>
        <translation>Unknown PostgreSQL option &quot;%1&quot; in the database URL.</translation>
    </message>
    <message>
        <source>The value of &quot;%1&quot; may not contain &apos;;&apos;.</source>
        <translation>The value of &quot;%1&quot; may not contain &apos;;&apos;.</translation>
    </message>
    <message>
        <source>Unsupported database URL scheme &quot;%1&quot;: use sqlite:// or postgresql://.</source>
        <translation>Unsupported database URL scheme &quot;%1&quot;: use sqlite:// or postgresql://.</translation>
    </message>
</context>
<context>
    <name>DemoDataLoader</name>
    <message>
        <source>The demo data definition is missing from this build.</source>
        <translation>The demo data definition is missing from this build.</translation>
    </message>
    <message>
        <source>The demo audience can hold between 1 and %1 contacts.</source>
        <translation>The demo audience can hold between 1 and %1 contacts.</translation>
    </message>
    <message>
        <source>Loading the demo data failed (%1): %2</source>
        <translation>Loading the demo data failed (%1): %2</translation>
    </message>
    <message>
        <source>Demo opposition list</source>
        <translation>Demo opposition list</translation>
    </message>
    <message>
        <source>Loading the demo contacts failed: %1</source>
        <translation>Loading the demo contacts failed: %1</translation>
    </message>
    <message>
        <source>Loading the demo data was cancelled.</source>
        <translation>Loading the demo data was cancelled.</translation>
    </message>
    <message>
        <source>Saving the demo data failed: %1</source>
        <translation>Saving the demo data failed: %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Tribune — campaign SMS</source>
        <translation>Tribune — campaign SMS</translation>
    </message>
    <message>
        <source>Embedded database (SQLite)</source>
        <translation>Embedded database (SQLite)</translation>
    </message>
    <message>
        <source>PostgreSQL server</source>
        <translation>PostgreSQL server</translation>
    </message>
    <message>
        <source>%1: %2 · schema v%3</source>
        <translation>%1: %2 · schema v%3</translation>
    </message>
    <message>
        <source>No SMS provider configured</source>
        <translation>No SMS provider configured</translation>
    </message>
    <message>
        <source>offline sandbox, nothing is sent</source>
        <translation>offline sandbox, nothing is sent</translation>
    </message>
    <message>
        <source>Provider: %1 (%2)</source>
        <translation>Provider: %1 (%2)</translation>
    </message>
    <message>
        <source>Loading the demo data…</source>
        <translation>Loading the demo data…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>Demo data</translation>
    </message>
    <message numerus="yes">
        <source>Demo data loaded: %Ln contacts.</source>
        <translation>
            <numerusform>Demo data loaded: %Ln contacts.</numerusform>
            <numerusform>Demo data loaded: %Ln contacts.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <source>The database is not open.</source>
        <translation>The database is not open.</translation>
    </message>
    <message>
        <source>Cannot start the schema migration: %1</source>
        <translation>Cannot start the schema migration: %1</translation>
    </message>
    <message>
        <source>Cannot create the schema version table: %1</source>
        <translation>Cannot create the schema version table: %1</translation>
    </message>
    <message>
        <source>The database schema (version %1) is newer than this Tribune understands (version %2): please update Tribune.</source>
        <translation>The database schema (version %1) is newer than this Tribune understands (version %2): please update Tribune.</translation>
    </message>
    <message>
        <source>Migration %1 (%2) failed: %3
Statement: %4</source>
        <translation>Migration %1 (%2) failed: %3
Statement: %4</translation>
    </message>
    <message>
        <source>Cannot commit the schema migration: %1</source>
        <translation>Cannot commit the schema migration: %1</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>What this database holds. Campaign results, spend for the campaign account and consent proof appear here once campaigns are sent.</source>
        <translation>What this database holds. Campaign results, spend for the campaign account and consent proof appear here once campaigns are sent.</translation>
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
        <translation>Campaigns</translation>
    </message>
    <message>
        <source>Suppressed numbers</source>
        <translation>Suppressed numbers</translation>
    </message>
    <message>
        <source>Counting contacts by département…</source>
        <translation>Counting contacts by département…</translation>
    </message>
    <message>
        <source>Contacts by département</source>
        <translation>Contacts by département</translation>
    </message>
    <message>
        <source>The breakdown could not be computed: %1</source>
        <translation>The breakdown could not be computed: %1</translation>
    </message>
    <message>
        <source>No contacts yet.</source>
        <translation>No contacts yet.</translation>
    </message>
    <message>
        <source>Other départements</source>
        <translation>Other départements</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
</context>
<context>
    <name>ScreenshotRunner</name>
    <message>
        <source>Cannot write %1</source>
        <translation>Cannot write %1</translation>
    </message>
    <message>
        <source>Cannot create the folder %1</source>
        <translation>Cannot create the folder %1</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Preferences of this computer and the database Tribune works on.</source>
        <translation>Preferences of this computer and the database Tribune works on.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>&amp;Interface language:</source>
        <translation>&amp;Interface language:</translation>
    </message>
    <message>
        <source>System language (%1)</source>
        <translation>System language (%1)</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>&amp;Connection URL:</source>
        <translation>&amp;Connection URL:</translation>
    </message>
    <message>
        <source>Empty: the embedded database. Team: postgresql://user@host:5432/tribune</source>
        <translation>Empty: the embedded database. Team: postgresql://user@host:5432/tribune</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Test connection</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>A saved URL is used the next time Tribune starts. Passwords are never written to the settings: PostgreSQL reads them from ~/.pgpass or the PGPASSWORD variable.</source>
        <translation>A saved URL is used the next time Tribune starts. Passwords are never written to the settings: PostgreSQL reads them from ~/.pgpass or the PGPASSWORD variable.</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Data folder</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>C&amp;hange…</source>
        <translation>C&amp;hange…</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Appearance</translation>
    </message>
    <message>
        <source>Tribune follows the light or dark theme and the fonts of your system.</source>
        <translation>Tribune follows the light or dark theme and the fonts of your system.</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>Demo data</translation>
    </message>
    <message>
        <source>A fictional rented audience (numbers from the block reserved for fiction), an opposition list, the offline Sandbox provider and a draft consent request.</source>
        <translation>A fictional rented audience (numbers from the block reserved for fiction), an opposition list, the offline Sandbox provider and a draft consent request.</translation>
    </message>
    <message>
        <source>&amp;Load demo data</source>
        <translation>&amp;Load demo data</translation>
    </message>
    <message>
        <source>In use: %1 — %2</source>
        <translation>In use: %1 — %2</translation>
    </message>
    <message>
        <source>embedded SQLite database</source>
        <translation>embedded SQLite database</translation>
    </message>
    <message>
        <source>PostgreSQL server</source>
        <translation>PostgreSQL server</translation>
    </message>
    <message>
        <source>The demo data is already in this database.</source>
        <translation>The demo data is already in this database.</translation>
    </message>
    <message>
        <source>Not valid: %1</source>
        <translation>Not valid: %1</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connecting to %1…</translation>
    </message>
    <message>
        <source>Connection to %1 works.</source>
        <translation>Connection to %1 works.</translation>
    </message>
    <message>
        <source>Connection failed: %1</source>
        <translation>Connection failed: %1</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Not saved: %1</translation>
    </message>
    <message>
        <source>Saved. Tribune will use %1 the next time it starts.</source>
        <translation>Saved. Tribune will use %1 the next time it starts.</translation>
    </message>
    <message>
        <source>Saved. Tribune will use the embedded database the next time it starts.</source>
        <translation>Saved. Tribune will use the embedded database the next time it starts.</translation>
    </message>
    <message>
        <source>Choose the data folder</source>
        <translation>Choose the data folder</translation>
    </message>
    <message>
        <source>From the next start, the embedded database lives in this folder. The current database file is not moved.</source>
        <translation>From the next start, the embedded database lives in this folder. The current database file is not moved.</translation>
    </message>
</context>
<context>
    <name>SuppressionListModel</name>
    <message>
        <source>STOP reply</source>
        <translation>STOP reply</translation>
    </message>
    <message>
        <source>STOP reported by the provider</source>
        <translation>STOP reported by the provider</translation>
    </message>
    <message>
        <source>Added by hand</source>
        <translation>Added by hand</translation>
    </message>
    <message>
        <source>Opposition list</source>
        <translation>Opposition list</translation>
    </message>
    <message>
        <source>Refused consent</source>
        <translation>Refused consent</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Added</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to Tribune</source>
        <translation>Welcome to Tribune</translation>
    </message>
    <message>
        <source>&lt;p&gt;Tribune prepares and sends campaign SMS the way the CNIL asks: contacts from a rented file first get one message asking for their consent, every message names the sender and offers STOP, and a STOP is honoured forever.&lt;/p&gt;&lt;p&gt;This database is empty. Load the demo data to look around: a fictional rented audience, an opposition list, the offline &lt;b&gt;Sandbox&lt;/b&gt; provider (nothing leaves this computer) and a draft consent request.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Tribune prepares and sends campaign SMS the way the CNIL asks: contacts from a rented file first get one message asking for their consent, every message names the sender and offers STOP, and a STOP is honoured forever.&lt;/p&gt;&lt;p&gt;This database is empty. Load the demo data to look around: a fictional rented audience, an opposition list, the offline &lt;b&gt;Sandbox&lt;/b&gt; provider (nothing leaves this computer) and a draft consent request.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Load demo data</source>
        <translation>&amp;Load demo data</translation>
    </message>
    <message>
        <source>Start &amp;empty</source>
        <translation>Start &amp;empty</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Campaign SMS manager.</source>
        <translation>Campaign SMS manager.</translation>
    </message>
    <message>
        <source>Database URL (sqlite:///path or postgresql://user@host:port/db).</source>
        <translation>Database URL (sqlite:///path or postgresql://user@host:port/db).</translation>
    </message>
    <message>
        <source>Load the demo data if the database is empty.</source>
        <translation>Load the demo data if the database is empty.</translation>
    </message>
    <message>
        <source>Interface language for this run (fr or en).</source>
        <translation>Interface language for this run (fr or en).</translation>
    </message>
    <message>
        <source>Save a PNG of every page into a folder, then quit.</source>
        <translation>Save a PNG of every page into a folder, then quit.</translation>
    </message>
    <message>
        <source>Tribune</source>
        <translation>Tribune</translation>
    </message>
    <message>
        <source>Tribune cannot open its database.

%1</source>
        <translation>Tribune cannot open its database.

%1</translation>
    </message>
</context>
</TS>
