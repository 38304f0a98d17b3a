<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>AudienceCommands</name>
    <message>
        <source>Audience name.</source>
        <translation>Audience name.</translation>
    </message>
    <message>
        <source>Import a broker&apos;s CSV/TSV file into an audience (a new one, or an update of an existing one).</source>
        <translation>Import a broker&apos;s CSV/TSV file into an audience (a new one, or an update of an existing one).</translation>
    </message>
    <message>
        <source>Broker or source of the file.</source>
        <translation>Broker or source of the file.</translation>
    </message>
    <message>
        <source>The consent terms the broker states.</source>
        <translation>The consent terms the broker states.</translation>
    </message>
    <message>
        <source>The list was collected by the party itself (not rented).</source>
        <translation>The list was collected by the party itself (not rented).</translation>
    </message>
    <message>
        <source>Field delimiter: ; , tab or | (detected by default).</source>
        <translation>Field delimiter: ; , tab or | (detected by default).</translation>
    </message>
    <message>
        <source>UTF-8 or Windows-1252 (detected by default).</source>
        <translation>UTF-8 or Windows-1252 (detected by default).</translation>
    </message>
    <message>
        <source>Region of numbers without a country code (default FR).</source>
        <translation>Region of numbers without a country code (default FR).</translation>
    </message>
    <message>
        <source>Election the audience is for (sets the retention deadline).</source>
        <translation>Election the audience is for (sets the retention deadline).</translation>
    </message>
    <message>
        <source>give one FILE and --audience</source>
        <translation>give one FILE and --audience</translation>
    </message>
    <message>
        <source>no election named &quot;%1&quot;</source>
        <translation>no election named &quot;%1&quot;</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>cannot open %1: %2</translation>
    </message>
    <message>
        <source>unknown delimiter &quot;%1&quot;</source>
        <translation>unknown delimiter &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown encoding &quot;%1&quot;</source>
        <translation>unknown encoding &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Imported %1 in %2 s: %3 rows, %4 new contacts, %5 updated; rejected: %6 invalid, %7 fixed lines, %8 not mobile, %9 duplicates, %10 suppressed, %11 malformed, %12 bad encoding.
</source>
        <translation>Imported %1 in %2 s: %3 rows, %4 new contacts, %5 updated; rejected: %6 invalid, %7 fixed lines, %8 not mobile, %9 duplicates, %10 suppressed, %11 malformed, %12 bad encoding.
</translation>
    </message>
    <message>
        <source>Write the reject report of an audience&apos;s imports to a CSV file.</source>
        <translation>Write the reject report of an audience&apos;s imports to a CSV file.</translation>
    </message>
    <message>
        <source>CSV file to write.</source>
        <translation>CSV file to write.</translation>
    </message>
    <message>
        <source>Excel (France): &apos;;&apos; separator, UTF-8 with BOM.</source>
        <translation>Excel (France): &apos;;&apos; separator, UTF-8 with BOM.</translation>
    </message>
    <message>
        <source>--audience and --out are required</source>
        <translation>--audience and --out are required</translation>
    </message>
    <message>
        <source>no audience named &quot;%1&quot;</source>
        <translation>no audience named &quot;%1&quot;</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>cannot write %1: %2</translation>
    </message>
    <message>
        <source>%1 rejected rows written to %2.
</source>
        <translation>%1 rejected rows written to %2.
</translation>
    </message>
    <message>
        <source>--audience is required</source>
        <translation>--audience is required</translation>
    </message>
    <message>
        <source>%1 % (%2 rows)</source>
        <translation>%1 % (%2 rows)</translation>
    </message>
    <message>
        <source>Delete the contacts of an audience (or of every audience past its retention deadline); the consent ledger, the suppression list and the audit log are kept.</source>
        <translation>Delete the contacts of an audience (or of every audience past its retention deadline); the consent ledger, the suppression list and the audit log are kept.</translation>
    </message>
    <message>
        <source>Purge every audience whose retention deadline has passed.</source>
        <translation>Purge every audience whose retention deadline has passed.</translation>
    </message>
    <message>
        <source>give either --audience or --expired</source>
        <translation>give either --audience or --expired</translation>
    </message>
    <message>
        <source>Purged &quot;%1&quot;: %2 contacts deleted.
</source>
        <translation>Purged &quot;%1&quot;: %2 contacts deleted.
</translation>
    </message>
    <message>
        <source>No audience is past its retention deadline.
</source>
        <translation>No audience is past its retention deadline.
</translation>
    </message>
    <message>
        <source>Count the sendable contacts of an audience segment (suppressed numbers and refused consent excluded).</source>
        <translation>Count the sendable contacts of an audience segment (suppressed numbers and refused consent excluded).</translation>
    </message>
    <message>
        <source>Count contacts matching any filter (OR) instead of all of them (AND).</source>
        <translation>Count contacts matching any filter (OR) instead of all of them (AND).</translation>
    </message>
    <message>
        <source>%1 of %2 sendable contacts (%3 ms)
</source>
        <translation>%1 of %2 sendable contacts (%3 ms)
</translation>
    </message>
    <message>
        <source>Segment counts not prepared: %1
</source>
        <translation>Segment counts not prepared: %1
</translation>
    </message>
</context>
<context>
    <name>AudienceImporter</name>
    <message>
        <source>Invalid number</source>
        <translation>Invalid number</translation>
    </message>
    <message>
        <source>Fixed line (cannot receive SMS)</source>
        <translation>Fixed line (cannot receive SMS)</translation>
    </message>
    <message>
        <source>Not a mobile number</source>
        <translation>Not a mobile number</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <source>On the suppression list</source>
        <translation>On the suppression list</translation>
    </message>
    <message>
        <source>Malformed row</source>
        <translation>Malformed row</translation>
    </message>
    <message>
        <source>Bad encoding</source>
        <translation>Bad encoding</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Cannot open %1: %2</translation>
    </message>
    <message>
        <source>Give the audience a name.</source>
        <translation>Give the audience a name.</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>Cannot read %1.</translation>
    </message>
    <message>
        <source>Cannot start the import: %1</source>
        <translation>Cannot start the import: %1</translation>
    </message>
    <message>
        <source>Cannot create the audience: %1</source>
        <translation>Cannot create the audience: %1</translation>
    </message>
    <message>
        <source>The columns of this file cannot be used: %1</source>
        <translation>The columns of this file cannot be used: %1</translation>
    </message>
    <message>
        <source>Reading %1 failed: %2</source>
        <translation>Reading %1 failed: %2</translation>
    </message>
    <message>
        <source>Saving the contacts failed: %1</source>
        <translation>Saving the contacts failed: %1</translation>
    </message>
    <message>
        <source>The import was cancelled: nothing was saved.</source>
        <translation>The import was cancelled: nothing was saved.</translation>
    </message>
    <message>
        <source>Saving the import failed: %1</source>
        <translation>Saving the import failed: %1</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
</context>
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
    <name>AudiencePurge</name>
    <message>
        <source>Purging the audience failed: %1</source>
        <translation>Purging the audience failed: %1</translation>
    </message>
    <message>
        <source>This audience does not exist or was already purged.</source>
        <translation>This audience does not exist or was already purged.</translation>
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
    <message>
        <source>&amp;Import a broker file…</source>
        <translation>&amp;Import a broker file…</translation>
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
        <translation>&amp;Purge the contacts now</translation>
    </message>
    <message>
        <source>Deletes the contacts of this audience. The consent ledger, the suppression list and the audit log are kept.</source>
        <translation>Deletes the contacts of this audience. The consent ledger, the suppression list and the audit log are kept.</translation>
    </message>
    <message>
        <source>Purge the audience</source>
        <translation>Purge the audience</translation>
    </message>
    <message>
        <source>The retention deadline of &quot;%1&quot; has passed. Delete its contacts now? The consent ledger, the suppression list and the audit log are kept.</source>
        <translation>The retention deadline of &quot;%1&quot; has passed. Delete its contacts now? The consent ledger, the suppression list and the audit log are kept.</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Columns</translation>
    </message>
    <message>
        <source>&amp;Write a campaign to this segment…</source>
        <translation>&amp;Write a campaign to this segment…</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>Cannot read the audit log: %1</source>
        <translation>Cannot read the audit log: %1</translation>
    </message>
</context>
<context>
    <name>AuditLogModel</name>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Object</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>AuditLogPanel</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xport…</translation>
    </message>
    <message>
        <source>Write the whole audit log to a CSV file.</source>
        <translation>Write the whole audit log to a CSV file.</translation>
    </message>
    <message>
        <source>Nothing recorded yet.</source>
        <translation>Nothing recorded yet.</translation>
    </message>
    <message numerus="yes">
        <source>The newest %n entries.</source>
        <translation>
            <numerusform>The newest %n entries.</numerusform>
            <numerusform>The newest %n entries.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>Export the audit log</translation>
    </message>
    <message>
        <source>audit-log.csv</source>
        <translation>audit-log.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Exporting the audit log…</source>
        <translation>Exporting the audit log…</translation>
    </message>
    <message numerus="yes">
        <source>%n entries saved to %1.</source>
        <translation>
            <numerusform>%n entries saved to %1.</numerusform>
            <numerusform>%n entries saved to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BudgetCheck</name>
    <message>
        <source>This campaign may cost up to %1, %2 over its budget of %3 (%4 spent already). Narrow the segment, shorten the message or raise the budget.</source>
        <translation>This campaign may cost up to %1, %2 over its budget of %3 (%4 spent already). Narrow the segment, shorten the message or raise the budget.</translation>
    </message>
    <message>
        <source>Cannot read the budgets: %1</source>
        <translation>Cannot read the budgets: %1</translation>
    </message>
    <message>
        <source>This campaign no longer exists.</source>
        <translation>This campaign no longer exists.</translation>
    </message>
    <message>
        <source>With this campaign, spending for &quot;%1&quot; may reach %2 including VAT, %3 over its ceiling of %4 (Code électoral L52-11; %5 spent already by its campaigns). Narrow the segment or shorten the message.</source>
        <translation>With this campaign, spending for &quot;%1&quot; may reach %2 including VAT, %3 over its ceiling of %4 (Code électoral L52-11; %5 spent already by its campaigns). Narrow the segment or shorten the message.</translation>
    </message>
</context>
<context>
    <name>CallbackPanel</name>
    <message>
        <source>Kannel and the online providers report each message&apos;s delivery and pass on the replies (STOP among them) by calling Tribune back over HTTP. Tribune listens while it runs; the command tribune-cli listen does the same without the window.</source>
        <translation>Kannel and the online providers report each message&apos;s delivery and pass on the replies (STOP among them) by calling Tribune back over HTTP. Tribune listens while it runs; the command tribune-cli listen does the same without the window.</translation>
    </message>
    <message>
        <source>&amp;Receive delivery reports and replies</source>
        <translation>&amp;Receive delivery reports and replies</translation>
    </message>
    <message>
        <source>Listen on &amp;address:</source>
        <translation>Listen on &amp;address:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>&amp;Public address:</source>
        <translation>&amp;Public address:</translation>
    </message>
    <message>
        <source>What providers are given to call, the same for the whole team. Leave it empty for a gateway on this computer; for an online provider, give the HTTPS address of a reverse proxy or a tunnel that leads to the port above.</source>
        <translation>What providers are given to call, the same for the whole team. Leave it empty for a gateway on this computer; for an online provider, give the HTTPS address of a reverse proxy or a tunnel that leads to the port above.</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>Sa&amp;ve</translation>
    </message>
    <message>
        <source>Empty: %1</source>
        <translation>Empty: %1</translation>
    </message>
    <message>
        <source>The public address is not a valid address.</source>
        <translation>The public address is not a valid address.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Not saved: %1</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>Last refused call: %1 (HTTP %2): %3</source>
        <translation>Last refused call: %1 (HTTP %2): %3</translation>
    </message>
    <message>
        <source>Not listening: providers are given no address to call back, so delivery reports and replies from Kannel and the online providers do not reach Tribune.</source>
        <translation>Not listening: providers are given no address to call back, so delivery reports and replies from Kannel and the online providers do not reach Tribune.</translation>
    </message>
    <message numerus="yes">
        <source>Listening on %1 for %n provider(s); providers call %2.</source>
        <translation>
            <numerusform>Listening on %1 for %n provider; providers call %2.</numerusform>
            <numerusform>Listening on %1 for %n providers; providers call %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not listening: %1</source>
        <translation>Not listening: %1</translation>
    </message>
    <message>
        <source>Recorded since Tribune started: %1 and %2.</source>
        <translation>Recorded since Tribune started: %1 and %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n delivery report(s)</source>
        <translation>
            <numerusform>%n delivery report</numerusform>
            <numerusform>%n delivery reports</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n incoming message(s)</source>
        <translation>
            <numerusform>%n incoming message</numerusform>
            <numerusform>%n incoming messages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CallbackSettings</name>
    <message>
        <source>Only an administrator can change where delivery reports and replies are received.</source>
        <translation>Only an administrator can change where delivery reports and replies are received.</translation>
    </message>
    <message>
        <source>The listening address must be an IP address, such as 127.0.0.1 (this computer only) or 0.0.0.0 (every network interface): &quot;%1&quot;.</source>
        <translation>The listening address must be an IP address, such as 127.0.0.1 (this computer only) or 0.0.0.0 (every network interface): &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The port must be between 1 and 65535 (not %1).</source>
        <translation>The port must be between 1 and 65535 (not %1).</translation>
    </message>
    <message>
        <source>The public address must start with https:// (or http://), for example https://tribune.example.org: &quot;%1&quot;.</source>
        <translation>The public address must start with https:// (or http://), for example https://tribune.example.org: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The public address names no host: &quot;%1&quot;.</source>
        <translation>The public address names no host: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The public address must not contain a user name, a password, a query (?…) or a fragment (#…): providers add their own.</source>
        <translation>The public address must not contain a user name, a password, a query (?…) or a fragment (#…): providers add their own.</translation>
    </message>
    <message>
        <source>Cannot save the settings: %1</source>
        <translation>Cannot save the settings: %1</translation>
    </message>
</context>
<context>
    <name>Campaign</name>
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
</context>
<context>
    <name>CampaignCommands</name>
    <message>
        <source>Campaign name.</source>
        <translation>Campaign name.</translation>
    </message>
    <message>
        <source>Analyse an SMS text: encoding, parts, units and the characters that force UCS-2.</source>
        <translation>Analyse an SMS text: encoding, parts, units and the characters that force UCS-2.</translation>
    </message>
    <message>
        <source>Mandatory footer appended on its own line.</source>
        <translation>Mandatory footer appended on its own line.</translation>
    </message>
    <message>
        <source>give the text to analyse</source>
        <translation>give the text to analyse</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n part(s) · %2 characters, %3 units · %4 left in this part
</source>
        <translation>
            <numerusform>%1 · %n part · %2 characters, %3 units · %4 left in this part
</numerusform>
            <numerusform>%1 · %n parts · %2 characters, %3 units · %4 left in this part
</numerusform>
        </translation>
    </message>
    <message>
        <source>Characters forcing UCS-2: %1
</source>
        <translation>Characters forcing UCS-2: %1
</translation>
    </message>
    <message>
        <source>Create a draft campaign.</source>
        <translation>Create a draft campaign.</translation>
    </message>
    <message>
        <source>Audience name.</source>
        <translation>Audience name.</translation>
    </message>
    <message>
        <source>Message text, merge fields allowed.</source>
        <translation>Message text, merge fields allowed.</translation>
    </message>
    <message>
        <source>Mandatory footer: sender identity and STOP mention.</source>
        <translation>Mandatory footer: sender identity and STOP mention.</translation>
    </message>
    <message>
        <source>Alphanumeric sender id.</source>
        <translation>Alphanumeric sender id.</translation>
    </message>
    <message>
        <source>Provider name.</source>
        <translation>Provider name.</translation>
    </message>
    <message>
        <source>Election name.</source>
        <translation>Election name.</translation>
    </message>
    <message>
        <source>consent (first-contact consent request) or campaign.</source>
        <translation>consent (first-contact consent request) or campaign.</translation>
    </message>
    <message>
        <source>--name, --audience and --message are required</source>
        <translation>--name, --audience and --message are required</translation>
    </message>
    <message>
        <source>--kind must be consent or campaign</source>
        <translation>--kind must be consent or campaign</translation>
    </message>
    <message>
        <source>no audience named &quot;%1&quot;</source>
        <translation>no audience named &quot;%1&quot;</translation>
    </message>
    <message>
        <source>no provider named &quot;%1&quot;</source>
        <translation>no provider named &quot;%1&quot;</translation>
    </message>
    <message>
        <source>no election named &quot;%1&quot;</source>
        <translation>no election named &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Created draft campaign &quot;%1&quot;.
</source>
        <translation>Created draft campaign &quot;%1&quot;.
</translation>
    </message>
    <message>
        <source>List the campaigns.</source>
        <translation>List the campaigns.</translation>
    </message>
    <message>
        <source>No campaign yet.
</source>
        <translation>No campaign yet.
</translation>
    </message>
    <message>
        <source>Show a campaign with its recipients and SMS parts per encoding (renders every message).</source>
        <translation>Show a campaign with its recipients and SMS parts per encoding (renders every message).</translation>
    </message>
    <message>
        <source>--name is required</source>
        <translation>--name is required</translation>
    </message>
    <message>
        <source>no campaign named &quot;%1&quot;</source>
        <translation>no campaign named &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1 (%2, %3)
Audience: %4
Recipients: %5
SMS parts: %6 (GSM-7: %7 recipients, %8 parts; UCS-2: %9 recipients, %10 parts)
</source>
        <translation>%1 (%2, %3)
Audience: %4
Recipients: %5
SMS parts: %6 (GSM-7: %7 recipients, %8 parts; UCS-2: %9 recipients, %10 parts)
</translation>
    </message>
    <message>
        <source>Message:
%1
</source>
        <translation>Message:
%1
</translation>
    </message>
    <message>
        <source>When to start sending, local time (e.g. 2027-03-01T10:00).</source>
        <translation>When to start sending, local time (e.g. 2027-03-01T10:00).</translation>
    </message>
    <message>
        <source>--schedule needs a date and time such as 2027-03-01T10:00</source>
        <translation>--schedule needs a date and time such as 2027-03-01T10:00</translation>
    </message>
    <message>
        <source>Write to the contacts matching any filter (OR) instead of all of them (AND).</source>
        <translation>Write to the contacts matching any filter (OR) instead of all of them (AND).</translation>
    </message>
</context>
<context>
    <name>CampaignDashboard</name>
    <message>
        <source>French mobile numbers grouped by their first digits (06 12, 07 81…): the range an operator was given. Numbers move between operators, so this is a hint, not the operator.</source>
        <translation>French mobile numbers grouped by their first digits (06 12, 07 81…): the range an operator was given. Numbers move between operators, so this is a hint, not the operator.</translation>
    </message>
    <message>
        <source>&amp;Campaign:</source>
        <translation>&amp;Campaign:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>Queued</translation>
    </message>
    <message>
        <source>Submitting</source>
        <translation>Submitting</translation>
    </message>
    <message>
        <source>Awaiting report</source>
        <translation>Awaiting report</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Delivered</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expired</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>To check</source>
        <translation>To check</translation>
    </message>
    <message>
        <source>No campaign yet: write one in Compose, then send it.</source>
        <translation>No campaign yet: write one in Compose, then send it.</translation>
    </message>
    <message>
        <source>Reading the figures…</source>
        <translation>Reading the figures…</translation>
    </message>
    <message>
        <source>Not sent yet.</source>
        <translation>Not sent yet.</translation>
    </message>
    <message>
        <source>First message sent %1; sending (last activity %2).</source>
        <translation>First message sent %1; sending (last activity %2).</translation>
    </message>
    <message>
        <source>First message sent %1; last activity %2.</source>
        <translation>First message sent %1; last activity %2.</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>%1 of those sent</source>
        <translation>%1 of those sent</translation>
    </message>
    <message>
        <source>none sent yet</source>
        <translation>none sent yet</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>Replies</translation>
    </message>
    <message>
        <source>none to read</source>
        <translation>none to read</translation>
    </message>
    <message>
        <source>Opt-outs (STOP)</source>
        <translation>Opt-outs (STOP)</translation>
    </message>
    <message>
        <source>Cost so far</source>
        <translation>Cost so far</translation>
    </message>
    <message>
        <source>Messages over time (running totals)</source>
        <translation>Messages over time (running totals)</translation>
    </message>
    <message>
        <source>No campaign yet.</source>
        <translation>No campaign yet.</translation>
    </message>
    <message>
        <source>No message sent yet: the chart fills while the campaign sends.</source>
        <translation>No message sent yet: the chart fills while the campaign sends.</translation>
    </message>
    <message>
        <source>Time (per minute)</source>
        <translation>Time (per minute)</translation>
    </message>
    <message>
        <source>Time (per 10 seconds)</source>
        <translation>Time (per 10 seconds)</translation>
    </message>
    <message>
        <source>Time (per hour)</source>
        <translation>Time (per hour)</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Messages by status</source>
        <translation>Messages by status</translation>
    </message>
    <message>
        <source>No message in the outbox yet: they appear once the campaign is approved and sent.</source>
        <translation>No message in the outbox yet: they appear once the campaign is approved and sent.</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>Awaiting report: accepted by the provider, no delivery report yet. To check: sending was interrupted and the provider cannot tell whether it took the message.</source>
        <translation>Awaiting report: accepted by the provider, no delivery report yet. To check: sending was interrupted and the provider cannot tell whether it took the message.</translation>
    </message>
    <message>
        <source>Cost so far against the budget</source>
        <translation>Cost so far against the budget</translation>
    </message>
    <message>
        <source>No budget cap for this campaign or its election. Spent so far: %1 excl. VAT.</source>
        <translation>No budget cap for this campaign or its election. Spent so far: %1 excl. VAT.</translation>
    </message>
    <message>
        <source>% of the cap</source>
        <translation>% of the cap</translation>
    </message>
    <message>
        <source>Cap (100 %)</source>
        <translation>Cap (100 %)</translation>
    </message>
    <message>
        <source>Delivery by number prefix</source>
        <translation>Delivery by number prefix</translation>
    </message>
    <message>
        <source>No message sent yet: delivery by prefix appears with the first reports.</source>
        <translation>No message sent yet: delivery by prefix appears with the first reports.</translation>
    </message>
    <message>
        <source>%1: %2 delivered of %3</source>
        <translation>%1: %2 delivered of %3</translation>
    </message>
    <message>
        <source>% of the messages sent</source>
        <translation>% of the messages sent</translation>
    </message>
    <message>
        <source>Consent of the numbers asked</source>
        <translation>Consent of the numbers asked</translation>
    </message>
    <message>
        <source>Nobody asked yet: the funnel fills as the requests leave and the answers come in.</source>
        <translation>Nobody asked yet: the funnel fills as the requests leave and the answers come in.</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>Asked</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Answered</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Agreed</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>STOP</source>
        <translation>STOP</translation>
    </message>
    <message>
        <source>No answer (expired)</source>
        <translation>No answer (expired)</translation>
    </message>
    <message>
        <source>Awaiting an answer</source>
        <translation>Awaiting an answer</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Numbers</translation>
    </message>
    <message>
        <source>Replies by meaning</source>
        <translation>Replies by meaning</translation>
    </message>
    <message>
        <source>No message sent yet: no reply to count.</source>
        <translation>No message sent yet: no reply to count.</translation>
    </message>
    <message>
        <source>No reply yet.</source>
        <translation>No reply yet.</translation>
    </message>
    <message>
        <source>Opt-outs (all STOPs)</source>
        <translation>Opt-outs (all STOPs)</translation>
    </message>
    <message numerus="yes">
        <source>of %Ln message(s)</source>
        <translation>
            <numerusform>of %Ln message</numerusform>
            <numerusform>of %Ln messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln to read</source>
        <translation>
            <numerusform>%Ln to read</numerusform>
            <numerusform>%Ln to read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>excl. VAT, %Ln SMS part(s)</source>
        <translation>
            <numerusform>excl. VAT, %Ln SMS part</numerusform>
            <numerusform>excl. VAT, %Ln SMS parts</numerusform>
        </translation>
    </message>
    <message>
        <source>Campaign cap, excl. VAT: %1 of %2</source>
        <translation>Campaign cap, excl. VAT: %1 of %2</translation>
    </message>
    <message>
        <source>Campaign cap</source>
        <translation>Campaign cap</translation>
    </message>
    <message>
        <source>Election ceiling, incl. VAT: %1 of %2</source>
        <translation>Election ceiling, incl. VAT: %1 of %2</translation>
    </message>
    <message>
        <source>Election ceiling</source>
        <translation>Election ceiling</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>Spent</translation>
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
        <translation>Queued</translation>
    </message>
    <message>
        <source>Submitting</source>
        <translation>Submitting</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Delivered</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expired</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>Cannot read the campaign&apos;s messages: %1</source>
        <translation>Cannot read the campaign&apos;s messages: %1</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Phone number</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <source>Final status</source>
        <translation>Final status</translation>
    </message>
    <message>
        <source>Parts</source>
        <translation>Parts</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Encoding</translation>
    </message>
    <message>
        <source>Cost excl. VAT (EUR)</source>
        <translation>Cost excl. VAT (EUR)</translation>
    </message>
    <message>
        <source>Provider message ID</source>
        <translation>Provider message ID</translation>
    </message>
    <message>
        <source>Error code</source>
        <translation>Error code</translation>
    </message>
    <message>
        <source>Error text</source>
        <translation>Error text</translation>
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
        <source>Election</source>
        <translation>Election</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Audience</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Provider</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>First sent</source>
        <translation>First sent</translation>
    </message>
    <message>
        <source>Last final status</source>
        <translation>Last final status</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Recipients</translation>
    </message>
    <message>
        <source>Accepted by the provider</source>
        <translation>Accepted by the provider</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>Replies</translation>
    </message>
    <message>
        <source>Opt-outs</source>
        <translation>Opt-outs</translation>
    </message>
    <message>
        <source>Spend excl. VAT (EUR)</source>
        <translation>Spend excl. VAT (EUR)</translation>
    </message>
    <message>
        <source>VAT (EUR)</source>
        <translation>VAT (EUR)</translation>
    </message>
    <message>
        <source>Spend incl. VAT (EUR)</source>
        <translation>Spend incl. VAT (EUR)</translation>
    </message>
    <message>
        <source>Budget cap (EUR)</source>
        <translation>Budget cap (EUR)</translation>
    </message>
    <message>
        <source>Cannot read the campaigns: %1</source>
        <translation>Cannot read the campaigns: %1</translation>
    </message>
    <message>
        <source>The spend report needs an election or a campaign.</source>
        <translation>The spend report needs an election or a campaign.</translation>
    </message>
    <message>
        <source>Date (%1)</source>
        <translation>Date (%1)</translation>
    </message>
    <message>
        <source>Parts accepted</source>
        <translation>Parts accepted</translation>
    </message>
    <message>
        <source>Amount excl. VAT (EUR)</source>
        <translation>Amount excl. VAT (EUR)</translation>
    </message>
    <message>
        <source>Amount incl. VAT (EUR)</source>
        <translation>Amount incl. VAT (EUR)</translation>
    </message>
    <message>
        <source>Cannot read the spend: %1</source>
        <translation>Cannot read the spend: %1</translation>
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
    <message>
        <source>Recipients</source>
        <translation>Recipients</translation>
    </message>
    <message>
        <source>SMS parts</source>
        <translation>SMS parts</translation>
    </message>
    <message>
        <source>Cost so far</source>
        <translation>Cost so far</translation>
    </message>
</context>
<context>
    <name>CampaignOption</name>
    <message>
        <source>Campaign name.</source>
        <translation>Campaign name.</translation>
    </message>
    <message>
        <source>give the campaign with --campaign</source>
        <translation>give the campaign with --campaign</translation>
    </message>
    <message>
        <source>no campaign named &quot;%1&quot;</source>
        <translation>no campaign named &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>CampaignPreview</name>
    <message>
        <source>The preview was cancelled.</source>
        <translation>The preview was cancelled.</translation>
    </message>
</context>
<context>
    <name>CampaignStats</name>
    <message>
        <source>Other numbers</source>
        <translation>Other numbers</translation>
    </message>
    <message>
        <source>Other prefixes</source>
        <translation>Other prefixes</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Delivered</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expired</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>STOP</source>
        <translation>STOP</translation>
    </message>
    <message>
        <source>Empty</source>
        <translation>Empty</translation>
    </message>
    <message>
        <source>To read (unclear)</source>
        <translation>To read (unclear)</translation>
    </message>
    <message>
        <source>Cannot read the figures of the campaign (%1): %2</source>
        <translation>Cannot read the figures of the campaign (%1): %2</translation>
    </message>
    <message>
        <source>settings</source>
        <translation>settings</translation>
    </message>
    <message>
        <source>This campaign no longer exists.</source>
        <translation>This campaign no longer exists.</translation>
    </message>
    <message>
        <source>messages</source>
        <translation>messages</translation>
    </message>
    <message>
        <source>replies</source>
        <translation>replies</translation>
    </message>
    <message>
        <source>opt-outs</source>
        <translation>opt-outs</translation>
    </message>
    <message>
        <source>consent funnel</source>
        <translation>consent funnel</translation>
    </message>
    <message>
        <source>Cannot read the spend of the campaigns: %1</source>
        <translation>Cannot read the spend of the campaigns: %1</translation>
    </message>
    <message>
        <source>Cannot read the elections: %1</source>
        <translation>Cannot read the elections: %1</translation>
    </message>
</context>
<context>
    <name>CampaignStore</name>
    <message>
        <source>A campaign needs a name.</source>
        <translation>A campaign needs a name.</translation>
    </message>
    <message>
        <source>Choose the audience the campaign writes to.</source>
        <translation>Choose the audience the campaign writes to.</translation>
    </message>
    <message>
        <source>The chosen election does not exist.</source>
        <translation>The chosen election does not exist.</translation>
    </message>
    <message>
        <source>The chosen provider does not exist.</source>
        <translation>The chosen provider does not exist.</translation>
    </message>
    <message>
        <source>The filter column &quot;%1&quot; is not a column of this audience.</source>
        <translation>The filter column &quot;%1&quot; is not a column of this audience.</translation>
    </message>
    <message>
        <source>A campaign named &quot;%1&quot; already exists.</source>
        <translation>A campaign named &quot;%1&quot; already exists.</translation>
    </message>
    <message>
        <source>Cannot save the campaign: %1</source>
        <translation>Cannot save the campaign: %1</translation>
    </message>
    <message>
        <source>This campaign no longer exists.</source>
        <translation>This campaign no longer exists.</translation>
    </message>
    <message>
        <source>A campaign that is %1 can no longer be edited.</source>
        <translation>A campaign that is %1 can no longer be edited.</translation>
    </message>
    <message>
        <source>The campaign changed state meanwhile and can no longer be edited.</source>
        <translation>The campaign changed state meanwhile and can no longer be edited.</translation>
    </message>
    <message>
        <source>A campaign cannot go from %1 to %2.</source>
        <translation>A campaign cannot go from %1 to %2.</translation>
    </message>
    <message>
        <source>The campaign changed state meanwhile.</source>
        <translation>The campaign changed state meanwhile.</translation>
    </message>
    <message>
        <source>The segment of this campaign cannot be read: %1</source>
        <translation>The segment of this campaign cannot be read: %1</translation>
    </message>
    <message>
        <source>This consent request cannot be approved yet. %1</source>
        <translation>This consent request cannot be approved yet. %1</translation>
    </message>
    <message>
        <source>%1 has no active user account in this database: only approvers and administrators may approve a campaign.</source>
        <translation>%1 has no active user account in this database: only approvers and administrators may approve a campaign.</translation>
    </message>
    <message>
        <source>%1 composes campaigns: only an approver or an administrator may approve one.</source>
        <translation>%1 composes campaigns: only an approver or an administrator may approve one.</translation>
    </message>
    <message>
        <source>Two-person rule: %1 wrote or edited this campaign, so another approver must approve it.</source>
        <translation>Two-person rule: %1 wrote or edited this campaign, so another approver must approve it.</translation>
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
    <message>
        <source>&amp;Open in the composer</source>
        <translation>&amp;Open in the composer</translation>
    </message>
</context>
<context>
    <name>ColumnMapping</name>
    <message>
        <source>Two columns are mapped to &quot;%1&quot;.</source>
        <translation>Two columns are mapped to &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>No column is mapped to the phone number.</source>
        <translation>No column is mapped to the phone number.</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Phone number</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Last name</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postal code</translation>
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
        <translation>Age bracket</translation>
    </message>
    <message>
        <source>Opt-in date</source>
        <translation>Opt-in date</translation>
    </message>
    <message>
        <source>Ignored</source>
        <translation>Ignored</translation>
    </message>
    <message>
        <source>Other (kept as an attribute)</source>
        <translation>Other (kept as an attribute)</translation>
    </message>
</context>
<context>
    <name>ColumnReviewPanel</name>
    <message>
        <source>Columns of the broker&apos;s file beyond the standard fields. Segments cannot filter on a column whose name suggests religion, origin, political opinions, union membership, health, sex life or convictions (GDPR art. 9) until an administrator has checked its content and allowed it; every decision is kept in the audit log.</source>
        <translation>Columns of the broker&apos;s file beyond the standard fields. Segments cannot filter on a column whose name suggests religion, origin, political opinions, union membership, health, sex life or convictions (GDPR art. 9) until an administrator has checked its content and allowed it; every decision is kept in the audit log.</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Column in the file</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Name suggests</source>
        <translation>Name suggests</translation>
    </message>
    <message>
        <source>In segments</source>
        <translation>In segments</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Reviewed</translation>
    </message>
    <message>
        <source>&amp;Allow in segments…</source>
        <translation>&amp;Allow in segments…</translation>
    </message>
    <message>
        <source>You checked the content: this column is not sensitive.</source>
        <translation>You checked the content: this column is not sensitive.</translation>
    </message>
    <message>
        <source>&amp;Block in segments…</source>
        <translation>&amp;Block in segments…</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 by %2</translation>
    </message>
    <message>
        <source>not reviewed</source>
        <translation>not reviewed</translation>
    </message>
    <message>
        <source>nothing sensitive</source>
        <translation>nothing sensitive</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Blocked</translation>
    </message>
    <message>
        <source>Allowed</source>
        <translation>Allowed</translation>
    </message>
    <message>
        <source>Why should segments no longer filter on &quot;%1&quot;? The reason goes to the audit log.</source>
        <translation>Why should segments no longer filter on &quot;%1&quot;? The reason goes to the audit log.</translation>
    </message>
    <message>
        <source>Allow segments on &quot;%1&quot; only if you checked its values: it must not reveal religion, origin, political opinions, union membership, health, sex life or convictions. What does it hold? The reason goes to the audit log.</source>
        <translation>Allow segments on &quot;%1&quot; only if you checked its values: it must not reveal religion, origin, political opinions, union membership, health, sex life or convictions. What does it hold? The reason goes to the audit log.</translation>
    </message>
    <message>
        <source>Block a column</source>
        <translation>Block a column</translation>
    </message>
    <message>
        <source>Allow a column</source>
        <translation>Allow a column</translation>
    </message>
    <message>
        <source>Column review</source>
        <translation>Column review</translation>
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
        <source>&quot;%1&quot; needs one of: %2</source>
        <translation>&quot;%1&quot; needs one of: %2</translation>
    </message>
</context>
<context>
    <name>ComplianceCommands</name>
    <message>
        <source>Run the checks a campaign must pass before it is sent (sender identity, STOP, electoral silence, sending window, consent, sensitive filters, message length).</source>
        <translation>Run the checks a campaign must pass before it is sent (sender identity, STOP, electoral silence, sending window, consent, sensitive filters, message length).</translation>
    </message>
    <message>
        <source>Ready to send.
</source>
        <translation>Ready to send.
</translation>
    </message>
    <message>
        <source>Not ready: fix the failed checks above.
</source>
        <translation>Not ready: fix the failed checks above.
</translation>
    </message>
    <message>
        <source>Approve a campaign as the current user (with user accounts: an approver or administrator who did not write or edit it).</source>
        <translation>Approve a campaign as the current user (with user accounts: an approver or administrator who did not write or edit it).</translation>
    </message>
    <message>
        <source>%1 approved (revision %2) by %3.
</source>
        <translation>%1 approved (revision %2) by %3.
</translation>
    </message>
    <message>
        <source>Election name.</source>
        <translation>Election name.</translation>
    </message>
    <message>
        <source>Date of the first round.</source>
        <translation>Date of the first round.</translation>
    </message>
    <message>
        <source>Date of the second round (&quot;&quot; for none).</source>
        <translation>Date of the second round (&quot;&quot; for none).</translation>
    </message>
    <message>
        <source>When polls close (default 20:00).</source>
        <translation>When polls close (default 20:00).</translation>
    </message>
    <message>
        <source>--%1 needs a date as YYYY-MM-DD, not &quot;%2&quot;</source>
        <translation>--%1 needs a date as YYYY-MM-DD, not &quot;%2&quot;</translation>
    </message>
    <message>
        <source>--polls-close needs a time as HH:MM</source>
        <translation>--polls-close needs a time as HH:MM</translation>
    </message>
    <message>
        <source>--cap needs an amount in euros, not &quot;%1&quot;</source>
        <translation>--cap needs an amount in euros, not &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Add an election to the calendar: its rounds set the electoral silence (L49), its ceiling the spending cap shared by its campaigns (L52-11).</source>
        <translation>Add an election to the calendar: its rounds set the electoral silence (L49), its ceiling the spending cap shared by its campaigns (L52-11).</translation>
    </message>
    <message>
        <source>Election &quot;%1&quot; added.
</source>
        <translation>Election &quot;%1&quot; added.
</translation>
    </message>
    <message>
        <source>no election named &quot;%1&quot;</source>
        <translation>no election named &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Election &quot;%1&quot; updated.
</source>
        <translation>Election &quot;%1&quot; updated.
</translation>
    </message>
    <message>
        <source>List the elections of the calendar.</source>
        <translation>List the elections of the calendar.</translation>
    </message>
    <message>
        <source>Who pays for and answers for the messages: candidate or list and their mandataire financier (&quot;&quot; to clear).</source>
        <translation>Who pays for and answers for the messages: candidate or list and their mandataire financier (&quot;&quot; to clear).</translation>
    </message>
    <message>
        <source>How to reach the sponsor: postal or e-mail address (&quot;&quot; to clear).</source>
        <translation>How to reach the sponsor: postal or e-mail address (&quot;&quot; to clear).</translation>
    </message>
    <message>
        <source>Change an election&apos;s dates, closing time, ceiling or sponsor; the options not given keep their values.</source>
        <translation>Change an election&apos;s dates, closing time, ceiling or sponsor; the options not given keep their values.</translation>
    </message>
    <message>
        <source>Spending ceiling in euros including VAT, as the campaign account records expenses (Code électoral L52-11).</source>
        <translation>Spending ceiling in euros including VAT, as the campaign account records expenses (Code électoral L52-11).</translation>
    </message>
</context>
<context>
    <name>ComposePage</name>
    <message>
        <source>Compose</source>
        <translation>Compose</translation>
    </message>
    <message>
        <source>Write the message, watch what it costs in SMS parts, and see it as each recipient&apos;s phone will show it.</source>
        <translation>Write the message, watch what it costs in SMS parts, and see it as each recipient&apos;s phone will show it.</translation>
    </message>
    <message>
        <source>&amp;New campaign</source>
        <translation>&amp;New campaign</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>&amp;Audience:</source>
        <translation>&amp;Audience:</translation>
    </message>
    <message>
        <source>Se&amp;gment:</source>
        <translation>Se&amp;gment:</translation>
    </message>
    <message>
        <source>&amp;Election:</source>
        <translation>&amp;Election:</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>&amp;Provider:</translation>
    </message>
    <message>
        <source>Sen&amp;der id:</source>
        <translation>Sen&amp;der id:</translation>
    </message>
    <message>
        <source>&amp;Footer:</source>
        <translation>&amp;Footer:</translation>
    </message>
    <message>
        <source>All contacts, or e.g. departement=67,68; tranche_age=25-34</source>
        <translation>All contacts, or e.g. departement=67,68; tranche_age=25-34</translation>
    </message>
    <message>
        <source>Sender identity and objection, e.g. Camille Martin 2027 - STOP au 36105</source>
        <translation>Sender identity and objection, e.g. Camille Martin 2027 - STOP au 36105</translation>
    </message>
    <message>
        <source>Up to 11 letters or digits</source>
        <translation>Up to 11 letters or digits</translation>
    </message>
    <message>
        <source>&amp;Message (merge fields such as {prenom} or {prenom|Madame, Monsieur}):</source>
        <translation>&amp;Message (merge fields such as {prenom} or {prenom|Madame, Monsieur}):</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Templates</translation>
    </message>
    <message>
        <source>Make GSM-safe</source>
        <translation>Make GSM-safe</translation>
    </message>
    <message>
        <source>Replace every character that forces UCS-2 by its GSM-7 equivalent. The arrow offers the replacements one by one.</source>
        <translation>Replace every character that forces UCS-2 by its GSM-7 equivalent. The arrow offers the replacements one by one.</translation>
    </message>
    <message>
        <source>Preview on a recipient&apos;s phone</source>
        <translation>Preview on a recipient&apos;s phone</translation>
    </message>
    <message>
        <source>◀ &amp;Previous</source>
        <translation>◀ &amp;Previous</translation>
    </message>
    <message>
        <source>Ne&amp;xt ▶</source>
        <translation>Ne&amp;xt ▶</translation>
    </message>
    <message>
        <source>&amp;Worst case</source>
        <translation>&amp;Worst case</translation>
    </message>
    <message>
        <source>The recipient whose message takes the most SMS parts.</source>
        <translation>The recipient whose message takes the most SMS parts.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>New campaign (not saved)</source>
        <translation>New campaign (not saved)</translation>
    </message>
    <message>
        <source>Use &quot;%1&quot;</source>
        <translation>Use &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Save the message as a template…</source>
        <translation>Save the message as a template…</translation>
    </message>
    <message>
        <source>This campaign is %1: it can no longer be edited.</source>
        <translation>This campaign is %1: it can no longer be edited.</translation>
    </message>
    <message>
        <source>Approved (revision %1). Saving a change returns it to draft for a new approval.</source>
        <translation>Approved (revision %1). Saving a change returns it to draft for a new approval.</translation>
    </message>
    <message>
        <source>Draft, revision %1.</source>
        <translation>Draft, revision %1.</translation>
    </message>
    <message>
        <source>New campaign: not saved yet.</source>
        <translation>New campaign: not saved yet.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Not saved: %1</translation>
    </message>
    <message>
        <source>Saved as revision %1. The approval no longer applies: the campaign is a draft again.</source>
        <translation>Saved as revision %1. The approval no longer applies: the campaign is a draft again.</translation>
    </message>
    <message>
        <source>Saved (revision %1).</source>
        <translation>Saved (revision %1).</translation>
    </message>
    <message numerus="yes">
        <source>%1 characters · %2 · %n SMS part(s) · %3 left in this part</source>
        <translation>
            <numerusform>%1 characters · %2 · %n SMS part · %3 left in this part</numerusform>
            <numerusform>%1 characters · %2 · %n SMS parts · %3 left in this part</numerusform>
        </translation>
    </message>
    <message>
        <source>(for %1)</source>
        <translation>(for %1)</translation>
    </message>
    <message>
        <source>(merge fields empty)</source>
        <translation>(merge fields empty)</translation>
    </message>
    <message numerus="yes">
        <source>Replace “%1” by “%2” (%Ln time(s))</source>
        <translation>
            <numerusform>Replace “%1” by “%2” (%Ln time)</numerusform>
            <numerusform>Replace “%1” by “%2” (%Ln times)</numerusform>
        </translation>
    </message>
    <message>
        <source>This recipient&apos;s own data forces UCS-2 (70 characters per part) for their message only.</source>
        <translation>This recipient&apos;s own data forces UCS-2 (70 characters per part) for their message only.</translation>
    </message>
    <message>
        <source>GSM-7: 160 characters per SMS, 153 per part when split.</source>
        <translation>GSM-7: 160 characters per SMS, 153 per part when split.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln character(s) force UCS-2, which halves the part size (70, or 67 per part): %1</source>
        <translation>
            <numerusform>%Ln character force UCS-2, which halves the part size (70, or 67 per part): %1</numerusform>
            <numerusform>%Ln characters force UCS-2, which halves the part size (70, or 67 per part): %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Small “ç” counts as UCS-2: the GSM alphabet has only the capital Ç at that code and phones disagree on how to show it, so Tribune takes the cautious reading.</source>
        <translation>Small “ç” counts as UCS-2: the GSM alphabet has only the capital Ç at that code and phones disagree on how to show it, so Tribune takes the cautious reading.</translation>
    </message>
    <message>
        <source>Save as template</source>
        <translation>Save as template</translation>
    </message>
    <message>
        <source>Template name:</source>
        <translation>Template name:</translation>
    </message>
    <message>
        <source>Template &quot;%1&quot; saved.</source>
        <translation>Template &quot;%1&quot; saved.</translation>
    </message>
    <message>
        <source>Template not saved: %1</source>
        <translation>Template not saved: %1</translation>
    </message>
    <message>
        <source>No recipient in this segment.</source>
        <translation>No recipient in this segment.</translation>
    </message>
    <message>
        <source>Choose an audience to preview real recipients.</source>
        <translation>Choose an audience to preview real recipients.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>For this recipient: %1, %n part(s)</source>
        <translation>
            <numerusform>For this recipient: %1, %n part</numerusform>
            <numerusform>For this recipient: %1, %n parts</numerusform>
        </translation>
    </message>
    <message>
        <source>Rendering the message for every recipient…</source>
        <translation>Rendering the message for every recipient…</translation>
    </message>
    <message numerus="yes">
        <source>Whole segment: %1 recipients, %2 SMS parts (GSM-7: %3 recipients; UCS-2: %4). Longest message: %Ln part(s).</source>
        <translation>
            <numerusform>Whole segment: %1 recipients, %2 SMS parts (GSM-7: %3 recipients; UCS-2: %4). Longest message: %Ln part.</numerusform>
            <numerusform>Whole segment: %1 recipients, %2 SMS parts (GSM-7: %3 recipients; UCS-2: %4). Longest message: %Ln parts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete the invisible “%1” (%Ln time(s))</source>
        <translation>
            <numerusform>Delete the invisible “%1” (%Ln time)</numerusform>
            <numerusform>Delete the invisible “%1” (%Ln times)</numerusform>
        </translation>
    </message>
    <message>
        <source>Sc&amp;hedule:</source>
        <translation>Sc&amp;hedule:</translation>
    </message>
    <message>
        <source>Send at</source>
        <translation>Send at</translation>
    </message>
    <message>
        <source>Without a time, sending starts when someone starts it.</source>
        <translation>Without a time, sending starts when someone starts it.</translation>
    </message>
    <message>
        <source>Join the filters with &quot;;&quot; (all must match) or &quot;|&quot; (any may match), not both.</source>
        <translation>Join the filters with &quot;;&quot; (all must match) or &quot;|&quot; (any may match), not both.</translation>
    </message>
    <message>
        <source>Filters joined by &quot;;&quot; must all match, joined by &quot;|&quot; any may match. column=a,b: one of the values; column!=a,b: none of them; column^=67: starts with; column=2025-01-01..2025-06-30: between.</source>
        <translation>Filters joined by &quot;;&quot; must all match, joined by &quot;|&quot; any may match. column=a,b: one of the values; column!=a,b: none of them; column^=67: starts with; column=2025-01-01..2025-06-30: between.</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>Build the segment with filters and a live count</source>
        <translation>Build the segment with filters and a live count</translation>
    </message>
    <message>
        <source>Segment of the campaign</source>
        <translation>Segment of the campaign</translation>
    </message>
</context>
<context>
    <name>ConsentCommands</name>
    <message>
        <source>Audience name.</source>
        <translation>Audience name.</translation>
    </message>
    <message>
        <source>--audience is required</source>
        <translation>--audience is required</translation>
    </message>
    <message>
        <source>give either --template or --message</source>
        <translation>give either --template or --message</translation>
    </message>
    <message>
        <source>no audience named &quot;%1&quot;</source>
        <translation>no audience named &quot;%1&quot;</translation>
    </message>
    <message>
        <source>no template named &quot;%1&quot;</source>
        <translation>no template named &quot;%1&quot;</translation>
    </message>
    <message>
        <source>there is no consent request template: give the text with --message</source>
        <translation>there is no consent request template: give the text with --message</translation>
    </message>
    <message>
        <source>no provider named &quot;%1&quot;</source>
        <translation>no provider named &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Consent request — %1 — %2</source>
        <translation>Consent request — %1 — %2</translation>
    </message>
    <message numerus="yes">
        <source>Created the draft consent request &quot;%1&quot; (id %2): %Ln contact(s) never asked.
</source>
        <translation>
            <numerusform>Created the draft consent request &quot;%1&quot; (id %2): %Ln contact never asked.
</numerusform>
            <numerusform>Created the draft consent request &quot;%1&quot; (id %2): %Ln contacts never asked.
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
Contacts:     %2
Asked:        %3
Awaiting:     %4
Agreed:       %5
Refused:      %6
STOP:         %7
Expired:      %8
Never asked:  %9
Suppressed:   %10
</translation>
    </message>
    <message>
        <source>--phone is required</source>
        <translation>--phone is required</translation>
    </message>
    <message>
        <source>%1: %2
</source>
        <translation>%1: %2
</translation>
    </message>
    <message>
        <source>No consent event.
</source>
        <translation>No consent event.
</translation>
    </message>
    <message>
        <source>On the suppression list (%1).
</source>
        <translation>On the suppression list (%1).
</translation>
    </message>
    <message>
        <source>--from and --text are required</source>
        <translation>--from and --text are required</translation>
    </message>
    <message>
        <source>%1: read as %2; consent now: %3
</source>
        <translation>%1: read as %2; consent now: %3
</translation>
    </message>
    <message>
        <source>give one NUMBER</source>
        <translation>give one NUMBER</translation>
    </message>
    <message>
        <source>%1 was already on the suppression list.
</source>
        <translation>%1 was already on the suppression list.
</translation>
    </message>
    <message>
        <source>%1 added to the suppression list.
</source>
        <translation>%1 added to the suppression list.
</translation>
    </message>
    <message>
        <source>--limit needs a positive number</source>
        <translation>--limit needs a positive number</translation>
    </message>
    <message>
        <source>No number.
</source>
        <translation>No number.
</translation>
    </message>
    <message>
        <source>give one FILE</source>
        <translation>give one FILE</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Imported %1 in %2 s: %3 rows, %4 numbers added, %5 already listed, %6 repeated in the file, %7 not a phone number, %8 malformed.
</source>
        <translation>Imported %1 in %2 s: %3 rows, %4 numbers added, %5 already listed, %6 repeated in the file, %7 not a phone number, %8 malformed.
</translation>
    </message>
    <message>
        <source>%1 numbers written to %2.
</source>
        <translation>%1 numbers written to %2.
</translation>
    </message>
    <message>
        <source>Create the draft consent request (the first message to a rented audience) for the contacts of an audience or segment never asked.</source>
        <translation>Create the draft consent request (the first message to a rented audience) for the contacts of an audience or segment never asked.</translation>
    </message>
    <message>
        <source>Ask the contacts matching any filter (OR) instead of all of them (AND).</source>
        <translation>Ask the contacts matching any filter (OR) instead of all of them (AND).</translation>
    </message>
    <message>
        <source>Campaign name (default: &quot;Consent request — AUDIENCE — DATE&quot;).</source>
        <translation>Campaign name (default: &quot;Consent request — AUDIENCE — DATE&quot;).</translation>
    </message>
    <message>
        <source>Message template (default: the installation&apos;s consent request template).</source>
        <translation>Message template (default: the installation&apos;s consent request template).</translation>
    </message>
    <message>
        <source>Message text instead of a template.</source>
        <translation>Message text instead of a template.</translation>
    </message>
    <message>
        <source>Mandatory footer: sender identity and STOP mention.</source>
        <translation>Mandatory footer: sender identity and STOP mention.</translation>
    </message>
    <message>
        <source>Provider name.</source>
        <translation>Provider name.</translation>
    </message>
    <message>
        <source>Alphanumeric sender id.</source>
        <translation>Alphanumeric sender id.</translation>
    </message>
    <message>
        <source>Consent figures of an audience: asked, awaiting an answer, agreed, refused, STOP, expired, never asked, suppressed.</source>
        <translation>Consent figures of an audience: asked, awaiting an answer, agreed, refused, STOP, expired, never asked, suppressed.</translation>
    </message>
    <message>
        <source>The consent ledger of a number: every request, answer and decision.</source>
        <translation>The consent ledger of a number: every request, answer and decision.</translation>
    </message>
    <message>
        <source>Phone number.</source>
        <translation>Phone number.</translation>
    </message>
    <message>
        <source>Record a reply as if a provider had received it, and apply it to the number&apos;s consent (tests, or a reply received by other means).</source>
        <translation>Record a reply as if a provider had received it, and apply it to the number&apos;s consent (tests, or a reply received by other means).</translation>
    </message>
    <message>
        <source>Who replied.</source>
        <translation>Who replied.</translation>
    </message>
    <message>
        <source>What they wrote.</source>
        <translation>What they wrote.</translation>
    </message>
    <message>
        <source>Provider that received it.</source>
        <translation>Provider that received it.</translation>
    </message>
    <message>
        <source>Put a number on the suppression list: it is never messaged again.</source>
        <translation>Put a number on the suppression list: it is never messaged again.</translation>
    </message>
    <message>
        <source>Why, for the record.</source>
        <translation>Why, for the record.</translation>
    </message>
    <message>
        <source>List the suppressed numbers, in number order.</source>
        <translation>List the suppressed numbers, in number order.</translation>
    </message>
    <message>
        <source>Only numbers starting so (+336, 06 12...).</source>
        <translation>Only numbers starting so (+336, 06 12...).</translation>
    </message>
    <message>
        <source>Start after this number (the next page).</source>
        <translation>Start after this number (the next page).</translation>
    </message>
    <message>
        <source>At most this many numbers (default 100).</source>
        <translation>At most this many numbers (default 100).</translation>
    </message>
    <message>
        <source>Add an opposition list (CSV, TSV or one number per line) to the suppression list.</source>
        <translation>Add an opposition list (CSV, TSV or one number per line) to the suppression list.</translation>
    </message>
    <message>
        <source>Where the list comes from.</source>
        <translation>Where the list comes from.</translation>
    </message>
    <message>
        <source>Write the whole suppression list to a CSV file.</source>
        <translation>Write the whole suppression list to a CSV file.</translation>
    </message>
    <message>
        <source>The provider&apos;s id of the reply: the same id is recorded once.</source>
        <translation>The provider&apos;s id of the reply: the same id is recorded once.</translation>
    </message>
</context>
<context>
    <name>ConsentGate</name>
    <message>
        <source>allowed</source>
        <translation>allowed</translation>
    </message>
    <message>
        <source>on the suppression list (STOP or objection)</source>
        <translation>on the suppression list (STOP or objection)</translation>
    </message>
    <message>
        <source>has not agreed to receive campaign messages</source>
        <translation>has not agreed to receive campaign messages</translation>
    </message>
    <message>
        <source>already asked for consent</source>
        <translation>already asked for consent</translation>
    </message>
    <message>
        <source>refused consent</source>
        <translation>refused consent</translation>
    </message>
</context>
<context>
    <name>ConsentLedger</name>
    <message>
        <source>Consent requested</source>
        <translation>Consent requested</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Agreed</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>STOP (opted out)</source>
        <translation>STOP (opted out)</translation>
    </message>
    <message>
        <source>No answer (expired)</source>
        <translation>No answer (expired)</translation>
    </message>
    <message>
        <source>Audience collected by the party (own proof)</source>
        <translation>Audience collected by the party (own proof)</translation>
    </message>
    <message>
        <source>Decided by a person</source>
        <translation>Decided by a person</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Correction</translation>
    </message>
    <message>
        <source>never asked</source>
        <translation>never asked</translation>
    </message>
    <message>
        <source>awaiting an answer</source>
        <translation>awaiting an answer</translation>
    </message>
    <message>
        <source>agreed</source>
        <translation>agreed</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>refused</translation>
    </message>
    <message>
        <source>opted out (STOP)</source>
        <translation>opted out (STOP)</translation>
    </message>
    <message>
        <source>no answer (expired)</source>
        <translation>no answer (expired)</translation>
    </message>
    <message>
        <source>Cannot read the consent state: %1</source>
        <translation>Cannot read the consent state: %1</translation>
    </message>
    <message>
        <source>A consent event needs a phone number.</source>
        <translation>A consent event needs a phone number.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a consent state.</source>
        <translation>&quot;%1&quot; is not a consent state.</translation>
    </message>
    <message>
        <source>Cannot write to the consent ledger: %1</source>
        <translation>Cannot write to the consent ledger: %1</translation>
    </message>
    <message>
        <source>Cannot update the consent state: %1</source>
        <translation>Cannot update the consent state: %1</translation>
    </message>
    <message>
        <source>Cannot add %1 to the suppression list: %2</source>
        <translation>Cannot add %1 to the suppression list: %2</translation>
    </message>
    <message>
        <source>Cannot read the consent figures: %1</source>
        <translation>Cannot read the consent figures: %1</translation>
    </message>
    <message>
        <source>This audience no longer exists.</source>
        <translation>This audience no longer exists.</translation>
    </message>
</context>
<context>
    <name>ConsentPage</name>
    <message>
        <source>Consent</source>
        <translation>Consent</translation>
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
    <message>
        <source>A rented number first receives one message asking for its consent; only a yes opens it to campaign messages. STOP wins forever: a number on the suppression list is never messaged again, whatever the audience or the re-import.</source>
        <translation>A rented number first receives one message asking for its consent; only a yes opens it to campaign messages. STOP wins forever: a number on the suppression list is never messaged again, whatever the audience or the re-import.</translation>
    </message>
    <message>
        <source>&amp;Funnel</source>
        <translation>&amp;Funnel</translation>
    </message>
    <message>
        <source>Each audience&apos;s way through the consent request, and the rules.</source>
        <translation>Each audience&apos;s way through the consent request, and the rules.</translation>
    </message>
    <message>
        <source>S&amp;uppression list</source>
        <translation>S&amp;uppression list</translation>
    </message>
    <message>
        <source>&amp;History of a number</source>
        <translation>&amp;History of a number</translation>
    </message>
    <message>
        <source>Every consent event of one number: the proof.</source>
        <translation>Every consent event of one number: the proof.</translation>
    </message>
    <message>
        <source>&amp;Replies to review (%1)</source>
        <translation>&amp;Replies to review (%1)</translation>
    </message>
    <message>
        <source>&amp;Replies to review</source>
        <translation>&amp;Replies to review</translation>
    </message>
    <message>
        <source>Replies waiting for a decision: %1</source>
        <translation>Replies waiting for a decision: %1</translation>
    </message>
    <message>
        <source>No reply is waiting for a decision.</source>
        <translation>No reply is waiting for a decision.</translation>
    </message>
</context>
<context>
    <name>ConsentProof</name>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Time (%1)</source>
        <translation>Time (%1)</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Event code</source>
        <translation>Event code</translation>
    </message>
    <message>
        <source>State after the event</source>
        <translation>State after the event</translation>
    </message>
    <message>
        <source>State code</source>
        <translation>State code</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Audience</translation>
    </message>
    <message>
        <source>Broker</source>
        <translation>Broker</translation>
    </message>
    <message>
        <source>Source file</source>
        <translation>Source file</translation>
    </message>
    <message>
        <source>Source file SHA-256</source>
        <translation>Source file SHA-256</translation>
    </message>
    <message>
        <source>Imported (%1)</source>
        <translation>Imported (%1)</translation>
    </message>
    <message>
        <source>Text sent</source>
        <translation>Text sent</translation>
    </message>
    <message>
        <source>Text received</source>
        <translation>Text received</translation>
    </message>
    <message>
        <source>Provider message id</source>
        <translation>Provider message id</translation>
    </message>
    <message>
        <source>Tribune message id</source>
        <translation>Tribune message id</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Recorded by</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>A consent proof needs a phone number or an audience.</source>
        <translation>A consent proof needs a phone number or an audience.</translation>
    </message>
    <message>
        <source>Cannot read the consent ledger: %1</source>
        <translation>Cannot read the consent ledger: %1</translation>
    </message>
    <message>
        <source>There is no audience with id %1.</source>
        <translation>There is no audience with id %1.</translation>
    </message>
    <message>
        <source>* (every contact of the audience)</source>
        <translation>* (every contact of the audience)</translation>
    </message>
</context>
<context>
    <name>ConsentRequestCheck</name>
    <message>
        <source>The footer names who writes.</source>
        <translation>The footer names who writes.</translation>
    </message>
    <message>
        <source>Say who writes: put the party&apos;s or the candidate&apos;s name in the footer, e.g. &quot;Camille Martin 2027 - STOP au 36105&quot;.</source>
        <translation>Say who writes: put the party&apos;s or the candidate&apos;s name in the footer, e.g. &quot;Camille Martin 2027 - STOP au 36105&quot;.</translation>
    </message>
    <message>
        <source>The message says it is about political messages of a campaign.</source>
        <translation>The message says it is about political messages of a campaign.</translation>
    </message>
    <message>
        <source>Say why you write: the campaign or election your messages will be about (e.g. &quot;pendant la campagne des municipales&quot;).</source>
        <translation>Say why you write: the campaign or election your messages will be about (e.g. &quot;pendant la campagne des municipales&quot;).</translation>
    </message>
    <message>
        <source>The message names where the number comes from (%1).</source>
        <translation>The message names where the number comes from (%1).</translation>
    </message>
    <message>
        <source>Record the broker of this rented audience (Audiences page), then name it in the message: the person must learn where their number comes from (GDPR art. 14).</source>
        <translation>Record the broker of this rented audience (Audiences page), then name it in the message: the person must learn where their number comes from (GDPR art. 14).</translation>
    </message>
    <message>
        <source>Name where the number comes from: the broker &quot;%1&quot; (GDPR art. 14), e.g. &quot;Votre numéro nous a été loué par %1&quot;.</source>
        <translation>Name where the number comes from: the broker &quot;%1&quot; (GDPR art. 14), e.g. &quot;Votre numéro nous a été loué par %1&quot;.</translation>
    </message>
    <message>
        <source>The message says how to answer (OUI or NON).</source>
        <translation>The message says how to answer (OUI or NON).</translation>
    </message>
    <message>
        <source>Say how to answer: &quot;Répondez OUI ou NON&quot;.</source>
        <translation>Say how to answer: &quot;Répondez OUI ou NON&quot;.</translation>
    </message>
    <message>
        <source>The message says how to object (STOP).</source>
        <translation>The message says how to object (STOP).</translation>
    </message>
    <message>
        <source>Say how to object: &quot;STOP au 36xxx&quot; in the footer (GDPR art. 21).</source>
        <translation>Say how to object: &quot;STOP au 36xxx&quot; in the footer (GDPR art. 21).</translation>
    </message>
    <message>
        <source>Replace the template&apos;s placeholder %1 with your own words.</source>
        <translation>Replace the template&apos;s placeholder %1 with your own words.</translation>
    </message>
    <message>
        <source>No template placeholder is left.</source>
        <translation>No template placeholder is left.</translation>
    </message>
</context>
<context>
    <name>ConsentReviewQueue</name>
    <message>
        <source>Cannot read the replies to review: %1</source>
        <translation>Cannot read the replies to review: %1</translation>
    </message>
    <message>
        <source>This reply was already decided, or no longer exists.</source>
        <translation>This reply was already decided, or no longer exists.</translation>
    </message>
    <message>
        <source>decided after reading the reply</source>
        <translation>decided after reading the reply</translation>
    </message>
    <message>
        <source>%1 said STOP: nothing can make it a yes or a no again.</source>
        <translation>%1 said STOP: nothing can make it a yes or a no again.</translation>
    </message>
</context>
<context>
    <name>ConsentRulesPanel</name>
    <message>
        <source>Consent rules (administrators)</source>
        <translation>Consent rules (administrators)</translation>
    </message>
    <message>
        <source>&amp;Campaign messages to a rented audience only to the numbers that agreed</source>
        <translation>&amp;Campaign messages to a rented audience only to the numbers that agreed</translation>
    </message>
    <message>
        <source>The CNIL asks that the numbers of a rented or bought file first receive one message asking for their consent to political messages. Keep this on.</source>
        <translation>The CNIL asks that the numbers of a rented or bought file first receive one message asking for their consent to political messages. Keep this on.</translation>
    </message>
    <message>
        <source>No answer af&amp;ter:</source>
        <translation>No answer af&amp;ter:</translation>
    </message>
    <message>
        <source>Sa&amp;ve the rules</source>
        <translation>Sa&amp;ve the rules</translation>
    </message>
    <message numerus="yes">
        <source>day(s)</source>
        <comment>after the number of days</comment>
        <translation>
            <numerusform>day</numerusform>
            <numerusform>days</numerusform>
        </translation>
    </message>
    <message>
        <source>Only an administrator can change these rules.</source>
        <translation>Only an administrator can change these rules.</translation>
    </message>
    <message>
        <source>The consent gate is off: rented numbers that never agreed can receive campaign messages. Every change is kept in the audit log.</source>
        <translation>The consent gate is off: rented numbers that never agreed can receive campaign messages. Every change is kept in the audit log.</translation>
    </message>
    <message>
        <source>Every change is kept in the audit log.</source>
        <translation>Every change is kept in the audit log.</translation>
    </message>
    <message>
        <source>Turn the consent gate off</source>
        <translation>Turn the consent gate off</translation>
    </message>
    <message>
        <source>Campaign messages will then reach the numbers of rented files that never agreed to political messages. The CNIL asks for their consent first, and the candidate must be able to prove it, number by number. Turn the gate off anyway?</source>
        <translation>Campaign messages will then reach the numbers of rented files that never agreed to political messages. The CNIL asks for their consent first, and the candidate must be able to prove it, number by number. Turn the gate off anyway?</translation>
    </message>
    <message>
        <source>Turn it off</source>
        <translation>Turn it off</translation>
    </message>
    <message>
        <source>Consent rules</source>
        <translation>Consent rules</translation>
    </message>
    <message>
        <source>Confirm a &amp;STOP with one message:</source>
        <translation>Confirm a &amp;STOP with one message:</translation>
    </message>
    <message>
        <source>A number that answers STOP is put on the suppression list at once either way. When this is on, it also receives this one message, once, through the provider it wrote to, without a STOP footer.</source>
        <translation>A number that answers STOP is put on the suppression list at once either way. When this is on, it also receives this one message, once, through the provider it wrote to, without a STOP footer.</translation>
    </message>
    <message>
        <source>The confirmation sent after a STOP</source>
        <translation>The confirmation sent after a STOP</translation>
    </message>
</context>
<context>
    <name>ConsentSettings</name>
    <message>
        <source>Only an administrator can change the consent rules.</source>
        <translation>Only an administrator can change the consent rules.</translation>
    </message>
    <message>
        <source>Cannot write to the audit log: %1</source>
        <translation>Cannot write to the audit log: %1</translation>
    </message>
</context>
<context>
    <name>ContactListModel</name>
    <message>
        <source>STOP / opposed</source>
        <translation>STOP / opposed</translation>
    </message>
    <message>
        <source>On the suppression list: never messaged.</source>
        <translation>On the suppression list: never messaged.</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Last name</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postal code</translation>
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
        <translation>Age bracket</translation>
    </message>
    <message>
        <source>Suppressed</source>
        <translation>Suppressed</translation>
    </message>
</context>
<context>
    <name>CoreCommands</name>
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
    <name>CostPanel</name>
    <message>
        <source>Pricing…</source>
        <translation>Pricing…</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <source>price plan: %1</source>
        <translation>price plan: %1</translation>
    </message>
    <message>
        <source>%1 recipients (GSM-7: %2, UCS-2: %3), %4 SMS parts, up to %5 per message.</source>
        <translation>%1 recipients (GSM-7: %2, UCS-2: %3), %4 SMS parts, up to %5 per message.</translation>
    </message>
    <message>
        <source>VAT %1 %</source>
        <translation>VAT %1 %</translation>
    </message>
    <message>
        <source>A GSM-safe rewrite saves %1 excl. VAT (%2 parts instead of %3).</source>
        <translation>A GSM-safe rewrite saves %1 excl. VAT (%2 parts instead of %3).</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <source>No character to make GSM-safe in the text.</source>
        <translation>No character to make GSM-safe in the text.</translation>
    </message>
    <message>
        <source>Budget: save the campaign to check its caps.</source>
        <translation>Budget: save the campaign to check its caps.</translation>
    </message>
    <message>
        <source>Budget: %1</source>
        <translation>Budget: %1</translation>
    </message>
    <message>
        <source>%1 over the campaign&apos;s budget of %2</source>
        <translation>%1 over the campaign&apos;s budget of %2</translation>
    </message>
    <message>
        <source>Budget: may go %1.</source>
        <translation>Budget: may go %1.</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 and %2</translation>
    </message>
    <message>
        <source>Budget: within the caps.</source>
        <translation>Budget: within the caps.</translation>
    </message>
    <message>
        <source>Budget: no cap set.</source>
        <translation>Budget: no cap set.</translation>
    </message>
    <message>
        <source>this audience: %1 of %2 answers</source>
        <translation>this audience: %1 of %2 answers</translation>
    </message>
    <message>
        <source>assumed: too few answers yet</source>
        <translation>assumed: too few answers yet</translation>
    </message>
    <message>
        <source>The consent request to %1 numbers never asked costs %2; %3 of them are expected to agree. The campaign message to %4 recipients then costs %5. Together: %6 excl. VAT, %7 incl. VAT.</source>
        <translation>The consent request to %1 numbers never asked costs %2; %3 of them are expected to agree. The campaign message to %4 recipients then costs %5. Together: %6 excl. VAT, %7 incl. VAT.</translation>
    </message>
    <message>
        <source>Campaign: %1</source>
        <translation>Campaign: %1</translation>
    </message>
    <message>
        <source>Agree at %1 %</source>
        <translation>Agree at %1 %</translation>
    </message>
    <message>
        <source>Asked: %1</source>
        <translation>Asked: %1</translation>
    </message>
    <message>
        <source>Never asked</source>
        <translation>Never asked</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Numbers</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Consent-first forecast</source>
        <translation>Consent-first forecast</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Cost</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Stop pricing this version of the campaign</source>
        <translation>Stop pricing this version of the campaign</translation>
    </message>
    <message>
        <source>minimum</source>
        <translation>minimum</translation>
    </message>
    <message>
        <source>expected</source>
        <translation>expected</translation>
    </message>
    <message>
        <source>maximum</source>
        <translation>maximum</translation>
    </message>
    <message>
        <source>Excl. VAT</source>
        <translation>Excl. VAT</translation>
    </message>
    <message>
        <source>Incl. VAT</source>
        <translation>Incl. VAT</translation>
    </message>
    <message>
        <source>Without an exact price from the provider, parts are priced between the plan&apos;s minimum and maximum.</source>
        <translation>Without an exact price from the provider, parts are priced between the plan&apos;s minimum and maximum.</translation>
    </message>
    <message>
        <source>Make GSM-safe</source>
        <translation>Make GSM-safe</translation>
    </message>
    <message>
        <source>Replace the characters that force UCS-2 with GSM-7 equivalents</source>
        <translation>Replace the characters that force UCS-2 with GSM-7 equivalents</translation>
    </message>
    <message>
        <source>Consent first</source>
        <translation>Consent first</translation>
    </message>
    <message>
        <source>Expected to &amp;agree:</source>
        <translation>Expected to &amp;agree:</translation>
    </message>
    <message>
        <source>Share of the numbers asked expected to agree</source>
        <translation>Share of the numbers asked expected to agree</translation>
    </message>
    <message>
        <source>%1 over the ceiling of &quot;%2&quot; (%3 including VAT)</source>
        <translation>%1 over the ceiling of &quot;%2&quot; (%3 including VAT)</translation>
    </message>
</context>
<context>
    <name>CostPreview</name>
    <message>
        <source>No forecast was asked for.</source>
        <translation>No forecast was asked for.</translation>
    </message>
    <message>
        <source>This message is the consent request itself.</source>
        <translation>This message is the consent request itself.</translation>
    </message>
    <message>
        <source>Campaign messages to this audience need no consent request first.</source>
        <translation>Campaign messages to this audience need no consent request first.</translation>
    </message>
    <message>
        <source>There is no consent request to price: write one for this audience first.</source>
        <translation>There is no consent request to price: write one for this audience first.</translation>
    </message>
    <message>
        <source>The segment of this campaign cannot be read: %1</source>
        <translation>The segment of this campaign cannot be read: %1</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>Malformed row: unexpected text after a closing quote</source>
        <translation>Malformed row: unexpected text after a closing quote</translation>
    </message>
    <message>
        <source>Malformed row: a quote is never closed</source>
        <translation>Malformed row: a quote is never closed</translation>
    </message>
    <message>
        <source>Malformed row: a field is too long</source>
        <translation>Malformed row: a field is too long</translation>
    </message>
    <message>
        <source>Malformed row: the row is too long</source>
        <translation>Malformed row: the row is too long</translation>
    </message>
    <message>
        <source>Malformed row: too many fields</source>
        <translation>Malformed row: too many fields</translation>
    </message>
    <message>
        <source>Bad encoding: the row contains NUL bytes</source>
        <translation>Bad encoding: the row contains NUL bytes</translation>
    </message>
    <message>
        <source>Bad encoding: the row is not valid UTF-8</source>
        <translation>Bad encoding: the row is not valid UTF-8</translation>
    </message>
    <message>
        <source>Wrong number of fields</source>
        <translation>Wrong number of fields</translation>
    </message>
    <message>
        <source>Cannot read the file: %1</source>
        <translation>Cannot read the file: %1</translation>
    </message>
    <message>
        <source>Malformed row: a field is longer than %1 bytes</source>
        <translation>Malformed row: a field is longer than %1 bytes</translation>
    </message>
    <message>
        <source>Malformed row: the row is longer than %1 bytes</source>
        <translation>Malformed row: the row is longer than %1 bytes</translation>
    </message>
    <message>
        <source>Malformed row: more than %1 fields</source>
        <translation>Malformed row: more than %1 fields</translation>
    </message>
    <message>
        <source>Wrong number of fields: %1 instead of %2</source>
        <translation>Wrong number of fields: %1 instead of %2</translation>
    </message>
</context>
<context>
    <name>CsvWriter</name>
    <message>
        <source>Cannot write the CSV file: %1</source>
        <translation>Cannot write the CSV file: %1</translation>
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
    <name>DemoConsentRequest</name>
    <message>
        <source>The consent ledger is not empty: the demo consent request only plays on a fresh demo database.</source>
        <translation>The consent ledger is not empty: the demo consent request only plays on a fresh demo database.</translation>
    </message>
    <message>
        <source>The demo data has no consent request &quot;%1&quot;.</source>
        <translation>The demo data has no consent request &quot;%1&quot;.</translation>
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
    <name>ElectionDialog</name>
    <message>
        <source>Edit the election</source>
        <translation>Edit the election</translation>
    </message>
    <message>
        <source>New election</source>
        <translation>New election</translation>
    </message>
    <message>
        <source>None recorded</source>
        <translation>None recorded</translation>
    </message>
    <message>
        <source>e.g. Camille Martin; mandataire financier: Jean Dupont</source>
        <translation>e.g. Camille Martin; mandataire financier: Jean Dupont</translation>
    </message>
    <message>
        <source>Postal or e-mail address</source>
        <translation>Postal or e-mail address</translation>
    </message>
    <message>
        <source>&amp;Single round</source>
        <translation>&amp;Single round</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;First round:</source>
        <translation>&amp;First round:</translation>
    </message>
    <message>
        <source>S&amp;econd round:</source>
        <translation>S&amp;econd round:</translation>
    </message>
    <message>
        <source>&amp;Polls close at:</source>
        <translation>&amp;Polls close at:</translation>
    </message>
    <message>
        <source>Spons&amp;or:</source>
        <translation>Spons&amp;or:</translation>
    </message>
    <message>
        <source>Sponsor&apos;s con&amp;tact:</source>
        <translation>Sponsor&apos;s con&amp;tact:</translation>
    </message>
    <message>
        <source>Who pays for and answers for the messages (the candidate or list and their mandataire financier), and how to reach them: the transparency record of political messages names them.</source>
        <translation>Who pays for and answers for the messages (the candidate or list and their mandataire financier), and how to reach them: the transparency record of political messages names them.</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Electoral silence (L49, Paris time), no campaign message:
%1</source>
        <translation>Electoral silence (L49, Paris time), no campaign message:
%1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount in euros (e.g. 38000 or 38 000,50).</source>
        <translation>&quot;%1&quot; is not an amount in euros (e.g. 38000 or 38 000,50).</translation>
    </message>
    <message>
        <source>Spending &amp;ceiling (€ incl. VAT, L52-11):</source>
        <translation>Spending &amp;ceiling (€ incl. VAT, L52-11):</translation>
    </message>
</context>
<context>
    <name>ElectionStore</name>
    <message>
        <source>An election needs a name.</source>
        <translation>An election needs a name.</translation>
    </message>
    <message>
        <source>Give the date of the first round (YYYY-MM-DD): the electoral silence starts at 00:00 the day before.</source>
        <translation>Give the date of the first round (YYYY-MM-DD): the electoral silence starts at 00:00 the day before.</translation>
    </message>
    <message>
        <source>The second round (%1) must come after the first (%2).</source>
        <translation>The second round (%1) must come after the first (%2).</translation>
    </message>
    <message>
        <source>Give the time polls close as HH:MM (e.g. 20:00).</source>
        <translation>Give the time polls close as HH:MM (e.g. 20:00).</translation>
    </message>
    <message>
        <source>The spending ceiling cannot be negative.</source>
        <translation>The spending ceiling cannot be negative.</translation>
    </message>
    <message>
        <source>An election named &quot;%1&quot; already exists.</source>
        <translation>An election named &quot;%1&quot; already exists.</translation>
    </message>
    <message>
        <source>Cannot save the election: %1</source>
        <translation>Cannot save the election: %1</translation>
    </message>
    <message>
        <source>This election no longer exists.</source>
        <translation>This election no longer exists.</translation>
    </message>
    <message>
        <source>Only an administrator can change the election calendar.</source>
        <translation>Only an administrator can change the election calendar.</translation>
    </message>
</context>
<context>
    <name>ElectionsPanel</name>
    <message>
        <source>Election</source>
        <translation>Election</translation>
    </message>
    <message>
        <source>Rounds</source>
        <translation>Rounds</translation>
    </message>
    <message>
        <source>Electoral silence (no messages)</source>
        <translation>Electoral silence (no messages)</translation>
    </message>
    <message>
        <source>Ceiling</source>
        <translation>Ceiling</translation>
    </message>
    <message>
        <source>Sponsor</source>
        <translation>Sponsor</translation>
    </message>
    <message>
        <source>New &amp;election…</source>
        <translation>New &amp;election…</translation>
    </message>
    <message>
        <source>Edit electio&amp;n…</source>
        <translation>Edit electio&amp;n…</translation>
    </message>
    <message>
        <source>(single round)</source>
        <translation>(single round)</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>not given</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Read-only: %1</source>
        <translation>Read-only: %1</translation>
    </message>
    <message>
        <source>Election &quot;%1&quot; saved.</source>
        <translation>Election &quot;%1&quot; saved.</translation>
    </message>
    <message>
        <source>Election &quot;%1&quot; added.</source>
        <translation>Election &quot;%1&quot; added.</translation>
    </message>
    <message>
        <source>The election calendar. No campaign message leaves from 00:00 the day before a round until polls close (Code électoral L49, Paris time); the ceiling, including VAT as the campaign account records it, is shared by the campaigns of the election (L52-11).</source>
        <translation>The election calendar. No campaign message leaves from 00:00 the day before a round until polls close (Code électoral L49, Paris time); the ceiling, including VAT as the campaign account records it, is shared by the campaigns of the election (L52-11).</translation>
    </message>
</context>
<context>
    <name>ExportCommands</name>
    <message>
        <source>Election name.</source>
        <translation>Election name.</translation>
    </message>
    <message>
        <source>Audience name.</source>
        <translation>Audience name.</translation>
    </message>
    <message>
        <source>Phone number (E.164 or as written).</source>
        <translation>Phone number (E.164 or as written).</translation>
    </message>
    <message>
        <source>The CSV file to write.</source>
        <translation>The CSV file to write.</translation>
    </message>
    <message>
        <source>Also write the record as a readable HTML page to this file.</source>
        <translation>Also write the record as a readable HTML page to this file.</translation>
    </message>
    <message>
        <source>Also write the record as a PDF page to this file.</source>
        <translation>Also write the record as a PDF page to this file.</translation>
    </message>
    <message>
        <source>Phone numbers in full instead of masked (administrators only; the export is audited).</source>
        <translation>Phone numbers in full instead of masked (administrators only; the export is audited).</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>unexpected argument &quot;%1&quot;</translation>
    </message>
    <message>
        <source>give the file to write with --out</source>
        <translation>give the file to write with --out</translation>
    </message>
    <message>
        <source>give the campaign with --campaign</source>
        <translation>give the campaign with --campaign</translation>
    </message>
    <message>
        <source>give the audience with --audience</source>
        <translation>give the audience with --audience</translation>
    </message>
    <message>
        <source>give the election with --election (or one campaign with --campaign)</source>
        <translation>give the election with --election (or one campaign with --campaign)</translation>
    </message>
    <message>
        <source>give either a number with --phone or an audience with --audience</source>
        <translation>give either a number with --phone or an audience with --audience</translation>
    </message>
    <message>
        <source>give --campaign or --election, not both</source>
        <translation>give --campaign or --election, not both</translation>
    </message>
    <message>
        <source>no election named &quot;%1&quot;</source>
        <translation>no election named &quot;%1&quot;</translation>
    </message>
    <message>
        <source>no audience named &quot;%1&quot;</source>
        <translation>no audience named &quot;%1&quot;</translation>
    </message>
    <message numerus="yes">
        <source>%n rows written to %1.
</source>
        <translation>
            <numerusform>%n rows written to %1.
</numerusform>
            <numerusform>%n rows written to %1.
</numerusform>
        </translation>
    </message>
    <message>
        <source>Write a campaign&apos;s report to CSV: one row per message (numbers masked unless --full-numbers), status, times, parts, cost, error.</source>
        <translation>Write a campaign&apos;s report to CSV: one row per message (numbers masked unless --full-numbers), status, times, parts, cost, error.</translation>
    </message>
    <message>
        <source>Write one row per campaign (of --election, or all) to CSV: recipients, outcomes, replies, opt-outs, spend and budget.</source>
        <translation>Write one row per campaign (of --election, or all) to CSV: recipients, outcomes, replies, opt-outs, spend and budget.</translation>
    </message>
    <message>
        <source>Write the spend of an election&apos;s campaigns (or of one campaign) to CSV for the campaign account: per day, provider and campaign, excl. and incl. VAT, with a total.</source>
        <translation>Write the spend of an election&apos;s campaigns (or of one campaign) to CSV for the campaign account: per day, provider and campaign, excl. and incl. VAT, with a total.</translation>
    </message>
    <message>
        <source>Write the consent proof of a number or an audience to CSV, from the ledger (administrators only: numbers in full).</source>
        <translation>Write the consent proof of a number or an audience to CSV, from the ledger (administrators only: numbers in full).</translation>
    </message>
    <message>
        <source>Write the suppression list to CSV (numbers masked unless --full-numbers).</source>
        <translation>Write the suppression list to CSV (numbers masked unless --full-numbers).</translation>
    </message>
    <message>
        <source>Write the whole audit log to CSV.</source>
        <translation>Write the whole audit log to CSV.</translation>
    </message>
    <message>
        <source>Write a campaign&apos;s transparency record (EU regulation 2024/900) to CSV, and with --html or --pdf as a readable page.</source>
        <translation>Write a campaign&apos;s transparency record (EU regulation 2024/900) to CSV, and with --html or --pdf as a readable page.</translation>
    </message>
    <message>
        <source>Write the rows rejected by the imports of an audience to CSV.</source>
        <translation>Write the rows rejected by the imports of an audience to CSV.</translation>
    </message>
    <message>
        <source>The export is audited.</source>
        <translation>The export is audited.</translation>
    </message>
    <message>
        <source>Excel (France): &apos;;&apos; separator, decimal comma, UTF-8 with BOM (the default when Tribune&apos;s language is French).</source>
        <translation>Excel (France): &apos;;&apos; separator, decimal comma, UTF-8 with BOM (the default when Tribune&apos;s language is French).</translation>
    </message>
    <message>
        <source>Standard CSV (RFC 4180): &apos;,&apos; separator, decimal point, no BOM (the default in other languages).</source>
        <translation>Standard CSV (RFC 4180): &apos;,&apos; separator, decimal point, no BOM (the default in other languages).</translation>
    </message>
    <message>
        <source>give --excel-fr or --standard, not both</source>
        <translation>give --excel-fr or --standard, not both</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>&amp;What to export:</source>
        <translation>&amp;What to export:</translation>
    </message>
    <message>
        <source>&amp;Campaign:</source>
        <translation>&amp;Campaign:</translation>
    </message>
    <message>
        <source>&amp;Election:</source>
        <translation>&amp;Election:</translation>
    </message>
    <message>
        <source>&amp;Audience:</source>
        <translation>&amp;Audience:</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>&amp;Number:</translation>
    </message>
    <message>
        <source>e.g. 06 12 34 56 78</source>
        <translation>e.g. 06 12 34 56 78</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>Excel (France): “;” separator, decimal comma, UTF-8 with BOM</source>
        <translation>Excel (France): “;” separator, decimal comma, UTF-8 with BOM</translation>
    </message>
    <message>
        <source>Standard CSV (RFC 4180): “,” separator, decimal point</source>
        <translation>Standard CSV (RFC 4180): “,” separator, decimal point</translation>
    </message>
    <message>
        <source>Show full phone numbers (administrators; recorded in the audit log)</source>
        <translation>Show full phone numbers (administrators; recorded in the audit log)</translation>
    </message>
    <message>
        <source>Also save the readable page (HTML) next to the CSV file</source>
        <translation>Also save the readable page (HTML) next to the CSV file</translation>
    </message>
    <message>
        <source>Also save it as PDF, ready to print or publish</source>
        <translation>Also save it as PDF, ready to print or publish</translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation>&amp;Save to:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;xport</translation>
    </message>
    <message>
        <source>&amp;Cancel export</source>
        <translation>&amp;Cancel export</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>All campaigns</source>
        <translation>All campaigns</translation>
    </message>
    <message>
        <source>All elections</source>
        <translation>All elections</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>Loading campaigns, elections and audiences…</source>
        <translation>Loading campaigns, elections and audiences…</translation>
    </message>
    <message>
        <source>Numbers are masked (+33 6 12 ** ** 78) unless you tick this; the export is recorded in the audit log either way.</source>
        <translation>Numbers are masked (+33 6 12 ** ** 78) unless you tick this; the export is recorded in the audit log either way.</translation>
    </message>
    <message>
        <source>Only an administrator may export full phone numbers.</source>
        <translation>Only an administrator may export full phone numbers.</translation>
    </message>
    <message>
        <source>One row per message of the campaign: number, status, times, parts, cost, provider reference and error.</source>
        <translation>One row per message of the campaign: number, status, times, parts, cost, provider reference and error.</translation>
    </message>
    <message>
        <source>One row per campaign: recipients, parts, deliveries, failures, replies, opt-outs and spend against its budget.</source>
        <translation>One row per campaign: recipients, parts, deliveries, failures, replies, opt-outs and spend against its budget.</translation>
    </message>
    <message>
        <source>The campaign account (Code électoral L52-12): per day, provider and campaign, the parts paid for and the amounts excluding and including VAT, with the total.</source>
        <translation>The campaign account (Code électoral L52-12): per day, provider and campaign, the parts paid for and the amounts excluding and including VAT, with the total.</translation>
    </message>
    <message>
        <source>The proof of consent from the ledger, for one number or for an audience: every request, answer and objection with its text and time. Numbers appear in full: administrators only, recorded in the audit log.</source>
        <translation>The proof of consent from the ledger, for one number or for an audience: every request, answer and objection with its text and time. Numbers appear in full: administrators only, recorded in the audit log.</translation>
    </message>
    <message>
        <source>Every number that must never be messaged again, with why and when.</source>
        <translation>Every number that must never be messaged again, with why and when.</translation>
    </message>
    <message>
        <source>Who did what and when: imports, edits, approvals, sends, exports, purges.</source>
        <translation>Who did what and when: imports, edits, approvals, sends, exports, purges.</translation>
    </message>
    <message>
        <source>The transparency record of a political message campaign (EU regulation 2024/900): sponsor, election, period, amount spent, targeting and the audience&apos;s provenance.</source>
        <translation>The transparency record of a political message campaign (EU regulation 2024/900): sponsor, election, period, amount spent, targeting and the audience&apos;s provenance.</translation>
    </message>
    <message>
        <source>The rows of an audience&apos;s imports that were not kept, and why.</source>
        <translation>The rows of an audience&apos;s imports that were not kept, and why.</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Export to</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>“%1” is not a phone number.</source>
        <translation>“%1” is not a phone number.</translation>
    </message>
    <message>
        <source>Choose where to save the file.</source>
        <translation>Choose where to save the file.</translation>
    </message>
    <message>
        <source>Choose a campaign.</source>
        <translation>Choose a campaign.</translation>
    </message>
    <message>
        <source>Choose an audience.</source>
        <translation>Choose an audience.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <source>%1 of %2 rows</source>
        <translation>%1 of %2 rows</translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation>%1 rows</translation>
    </message>
    <message>
        <source>Export cancelled: no file was written.</source>
        <translation>Export cancelled: no file was written.</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Export failed: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n rows saved to %1.</source>
        <translation>
            <numerusform>%n rows saved to %1.</numerusform>
            <numerusform>%n rows saved to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Saved %1.</translation>
    </message>
</context>
<context>
    <name>ExportFormat</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
</context>
<context>
    <name>ExportKinds</name>
    <message>
        <source>Campaign report (one row per message)</source>
        <translation>Campaign report (one row per message)</translation>
    </message>
    <message>
        <source>Campaign summary (one row per campaign)</source>
        <translation>Campaign summary (one row per campaign)</translation>
    </message>
    <message>
        <source>Spend for the campaign account</source>
        <translation>Spend for the campaign account</translation>
    </message>
    <message>
        <source>Consent proof</source>
        <translation>Consent proof</translation>
    </message>
    <message>
        <source>Suppression list</source>
        <translation>Suppression list</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <source>Transparency record</source>
        <translation>Transparency record</translation>
    </message>
    <message>
        <source>Import reject report</source>
        <translation>Import reject report</translation>
    </message>
    <message>
        <source>campaign-report.csv</source>
        <translation>campaign-report.csv</translation>
    </message>
    <message>
        <source>campaign-summary.csv</source>
        <translation>campaign-summary.csv</translation>
    </message>
    <message>
        <source>campaign-spend.csv</source>
        <translation>campaign-spend.csv</translation>
    </message>
    <message>
        <source>consent-proof.csv</source>
        <translation>consent-proof.csv</translation>
    </message>
    <message>
        <source>suppression-list.csv</source>
        <translation>suppression-list.csv</translation>
    </message>
    <message>
        <source>audit-log.csv</source>
        <translation>audit-log.csv</translation>
    </message>
    <message>
        <source>transparency-record.csv</source>
        <translation>transparency-record.csv</translation>
    </message>
    <message>
        <source>import-rejects.csv</source>
        <translation>import-rejects.csv</translation>
    </message>
    <message>
        <source>%1: no file to write.</source>
        <translation>%1: no file to write.</translation>
    </message>
    <message>
        <source>%1: choose a campaign.</source>
        <translation>%1: choose a campaign.</translation>
    </message>
    <message>
        <source>%1: choose an audience.</source>
        <translation>%1: choose an audience.</translation>
    </message>
    <message>
        <source>%1: choose an election or a campaign.</source>
        <translation>%1: choose an election or a campaign.</translation>
    </message>
    <message>
        <source>%1: give a phone number or an audience.</source>
        <translation>%1: give a phone number or an audience.</translation>
    </message>
    <message>
        <source>%1 is not made for one campaign.</source>
        <translation>%1 is not made for one campaign.</translation>
    </message>
    <message>
        <source>%1 is not made for one election.</source>
        <translation>%1 is not made for one election.</translation>
    </message>
    <message>
        <source>%1 is not made for one audience.</source>
        <translation>%1 is not made for one audience.</translation>
    </message>
    <message>
        <source>%1 is not made for one phone number.</source>
        <translation>%1 is not made for one phone number.</translation>
    </message>
    <message>
        <source>%1 cannot be exported by this version of Tribune.</source>
        <translation>%1 cannot be exported by this version of Tribune.</translation>
    </message>
    <message>
        <source>Only an administrator may export a consent proof, which holds phone numbers in full; %1 is not one.</source>
        <translation>Only an administrator may export a consent proof, which holds phone numbers in full; %1 is not one.</translation>
    </message>
    <message>
        <source>Only an administrator may export full phone numbers; %1 is not one. Export them masked instead.</source>
        <translation>Only an administrator may export full phone numbers; %1 is not one. Export them masked instead.</translation>
    </message>
    <message>
        <source>The file was written but the export could not be recorded in the audit log: %1</source>
        <translation>The file was written but the export could not be recorded in the audit log: %1</translation>
    </message>
</context>
<context>
    <name>FunnelPanel</name>
    <message>
        <source>&amp;Audience:</source>
        <translation>&amp;Audience:</translation>
    </message>
    <message>
        <source>Record own &amp;proof of consent…</source>
        <translation>Record own &amp;proof of consent…</translation>
    </message>
    <message>
        <source>The party collected these numbers itself, with a consent it can prove (a sign-up form, a membership register): campaign messages then need no consent request. Administrators only.</source>
        <translation>The party collected these numbers itself, with a consent it can prove (a sign-up form, a membership register): campaign messages then need no consent request. Administrators only.</translation>
    </message>
    <message>
        <source>Remove the proof…</source>
        <translation>Remove the proof…</translation>
    </message>
    <message>
        <source>Put the audience back under the consent gate: campaign messages only to the numbers that agreed.</source>
        <translation>Put the audience back under the consent gate: campaign messages only to the numbers that agreed.</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Figures</translation>
    </message>
    <message>
        <source>Contacts in the audience</source>
        <translation>Contacts in the audience</translation>
    </message>
    <message>
        <source>Never asked</source>
        <translation>Never asked</translation>
    </message>
    <message>
        <source>Consent requested</source>
        <translation>Consent requested</translation>
    </message>
    <message>
        <source>Awaiting an answer</source>
        <translation>Awaiting an answer</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Agreed</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>STOP</source>
        <translation>STOP</translation>
    </message>
    <message>
        <source>No answer (expired)</source>
        <translation>No answer (expired)</translation>
    </message>
    <message>
        <source>On the suppression list</source>
        <translation>On the suppression list</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Counting…</translation>
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
        <translation>%1 of the contacts</translation>
    </message>
    <message>
        <source>%1 of those asked</source>
        <translation>%1 of those asked</translation>
    </message>
    <message>
        <source>No audience yet: import a broker file or load the demo data on the Audiences page.</source>
        <translation>No audience yet: import a broker file or load the demo data on the Audiences page.</translation>
    </message>
    <message>
        <source>The consent figures could not be computed: %1</source>
        <translation>The consent figures could not be computed: %1</translation>
    </message>
    <message numerus="yes">
        <source>A consent request left unanswered for %n day(s) counts as &quot;no answer&quot;: the number is not asked again and receives no campaign message.</source>
        <translation>
            <numerusform>A consent request left unanswered for %n day counts as &quot;no answer&quot;: the number is not asked again and receives no campaign message.</numerusform>
            <numerusform>A consent request left unanswered for %n days counts as &quot;no answer&quot;: the number is not asked again and receives no campaign message.</numerusform>
        </translation>
    </message>
    <message>
        <source>The consent gate is off (see the rules below): campaign messages go to every number of this audience that has not refused or said STOP, even if it was never asked.</source>
        <translation>The consent gate is off (see the rules below): campaign messages go to every number of this audience that has not refused or said STOP, even if it was never asked.</translation>
    </message>
    <message>
        <source>Collected by the party, with its own proof of consent: &quot;%1&quot;. Campaign messages go to every number that has not refused or said STOP.</source>
        <translation>Collected by the party, with its own proof of consent: &quot;%1&quot;. Campaign messages go to every number that has not refused or said STOP.</translation>
    </message>
    <message>
        <source>The party&apos;s own list, but no proof of consent is recorded: as for a rented file, campaign messages go only to the numbers that agreed.</source>
        <translation>The party&apos;s own list, but no proof of consent is recorded: as for a rented file, campaign messages go only to the numbers that agreed.</translation>
    </message>
    <message>
        <source>Rented file: campaign messages go only to the numbers that agreed. The others first receive the consent request, once.</source>
        <translation>Rented file: campaign messages go only to the numbers that agreed. The others first receive the consent request, once.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Consent of &quot;%1&quot;</source>
        <translation>Consent of &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Consent funnel</source>
        <translation>Consent funnel</translation>
    </message>
    <message>
        <source>Change the &amp;proof…</source>
        <translation>Change the &amp;proof…</translation>
    </message>
    <message>
        <source>Only an administrator can record that the party collected an audience itself.</source>
        <translation>Only an administrator can record that the party collected an audience itself.</translation>
    </message>
    <message>
        <source>Own proof of consent</source>
        <translation>Own proof of consent</translation>
    </message>
    <message>
        <source>Record that the party collected &quot;%1&quot; itself, with a consent it can prove. Describe the proof (what the people signed or ticked, when, where it is kept): it is kept in the consent ledger and the audit log, and campaign messages to this audience will no longer wait for a yes.</source>
        <translation>Record that the party collected &quot;%1&quot; itself, with a consent it can prove. Describe the proof (what the people signed or ticked, when, where it is kept): it is kept in the consent ledger and the audit log, and campaign messages to this audience will no longer wait for a yes.</translation>
    </message>
    <message>
        <source>Describe the proof: without it, the audience stays under the consent gate.</source>
        <translation>Describe the proof: without it, the audience stays under the consent gate.</translation>
    </message>
    <message>
        <source>Remove the proof of consent</source>
        <translation>Remove the proof of consent</translation>
    </message>
    <message>
        <source>Put &quot;%1&quot; back under the consent gate? Campaign messages will go only to the numbers that agreed to a consent request.</source>
        <translation>Put &quot;%1&quot; back under the consent gate? Campaign messages will go only to the numbers that agreed to a consent request.</translation>
    </message>
    <message>
        <source>Only an administrator can record or remove a proof of consent.</source>
        <translation>Only an administrator can record or remove a proof of consent.</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>the person, by reply</source>
        <translation>the person, by reply</translation>
    </message>
    <message>
        <source>the SMS provider</source>
        <translation>the SMS provider</translation>
    </message>
    <message>
        <source>Tribune</source>
        <translation>Tribune</translation>
    </message>
    <message>
        <source>STOP reported by the provider</source>
        <translation>STOP reported by the provider</translation>
    </message>
    <message>
        <source>read as a yes</source>
        <translation>read as a yes</translation>
    </message>
    <message>
        <source>read as a no</source>
        <translation>read as a no</translation>
    </message>
    <message>
        <source>read as a STOP</source>
        <translation>read as a STOP</translation>
    </message>
    <message>
        <source>%1 (&quot;%2&quot;)</source>
        <translation>%1 (&quot;%2&quot;)</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>&amp;Number:</translation>
    </message>
    <message>
        <source>06 12 34 56 78 or +33 6 12 34 56 78</source>
        <translation>06 12 34 56 78 or +33 6 12 34 56 78</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Show</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Audience</translation>
    </message>
    <message>
        <source>Text sent</source>
        <translation>Text sent</translation>
    </message>
    <message>
        <source>Reply received</source>
        <translation>Reply received</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number.</source>
        <translation>&quot;%1&quot; is not a phone number.</translation>
    </message>
    <message>
        <source>Type a number, or choose one in the replies to review or on the suppression list, to see every consent event of that number: the proof the CNIL can ask for.</source>
        <translation>Type a number, or choose one in the replies to review or on the suppression list, to see every consent event of that number: the proof the CNIL can ask for.</translation>
    </message>
    <message>
        <source>The history of %1 could not be read: %2</source>
        <translation>The history of %1 could not be read: %2</translation>
    </message>
    <message>
        <source>%1 — consent now: %2.</source>
        <translation>%1 — consent now: %2.</translation>
    </message>
    <message>
        <source>On the suppression list since %1 (%2): never messaged again.</source>
        <translation>On the suppression list since %1 (%2): never messaged again.</translation>
    </message>
    <message>
        <source>On the suppression list since %1 (%2, by %3): never messaged again.</source>
        <translation>On the suppression list since %1 (%2, by %3): never messaged again.</translation>
    </message>
    <message>
        <source>Not on the suppression list.</source>
        <translation>Not on the suppression list.</translation>
    </message>
    <message>
        <source>No consent event: this number was never asked.</source>
        <translation>No consent event: this number was never asked.</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) in the consent ledger, oldest first.</source>
        <translation>
            <numerusform>%n event in the consent ledger, oldest first.</numerusform>
            <numerusform>%n events in the consent ledger, oldest first.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Text sent:</source>
        <translation>Text sent:</translation>
    </message>
    <message>
        <source>Reply received:</source>
        <translation>Reply received:</translation>
    </message>
    <message>
        <source>Audience:</source>
        <translation>Audience:</translation>
    </message>
    <message>
        <source>By:</source>
        <translation>By:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <source>Provider&apos;s message id:</source>
        <translation>Provider&apos;s message id:</translation>
    </message>
</context>
<context>
    <name>ImportContactSorter</name>
    <message>
        <source>Cannot create a temporary file: %1</source>
        <translation>Cannot create a temporary file: %1</translation>
    </message>
    <message>
        <source>Cannot write a temporary file: %1</source>
        <translation>Cannot write a temporary file: %1</translation>
    </message>
    <message>
        <source>A temporary file was cut short.</source>
        <translation>A temporary file was cut short.</translation>
    </message>
    <message>
        <source>Cannot read a temporary file: %1</source>
        <translation>Cannot read a temporary file: %1</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>Semicolon ( ; )</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>Comma ( , )</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <source>Vertical bar ( | )</source>
        <translation>Vertical bar ( | )</translation>
    </message>
    <message>
        <source>Import a broker file</source>
        <translation>Import a broker file</translation>
    </message>
    <message>
        <source>Which file, and where does it come from?</source>
        <translation>Which file, and where does it come from?</translation>
    </message>
    <message>
        <source>Tribune keeps the provenance of every rented file: the CNIL may ask where a number came from and under which terms.</source>
        <translation>Tribune keeps the provenance of every rented file: the CNIL may ask where a number came from and under which terms.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>A new name creates an audience; an existing one imports an updated file of it.</source>
        <translation>A new name creates an audience; an existing one imports an updated file of it.</translation>
    </message>
    <message>
        <source>e.g. partner opt-in collected through contests, 2024–2025</source>
        <translation>e.g. partner opt-in collected through contests, 2024–2025</translation>
    </message>
    <message>
        <source>Collected by the party itself, with its own proof of consent</source>
        <translation>Collected by the party itself, with its own proof of consent</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <source>&amp;Audience:</source>
        <translation>&amp;Audience:</translation>
    </message>
    <message>
        <source>&amp;Broker or source:</source>
        <translation>&amp;Broker or source:</translation>
    </message>
    <message>
        <source>Consent &amp;terms stated:</source>
        <translation>Consent &amp;terms stated:</translation>
    </message>
    <message>
        <source>&amp;Election:</source>
        <translation>&amp;Election:</translation>
    </message>
    <message>
        <source>Choose the broker file</source>
        <translation>Choose the broker file</translation>
    </message>
    <message>
        <source>CSV and text files (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>CSV and text files (*.csv *.tsv *.txt);;All files (*)</translation>
    </message>
    <message>
        <source>Check how the file reads</source>
        <translation>Check how the file reads</translation>
    </message>
    <message>
        <source>Tribune detected the encoding, the delimiter and whether the first row names the columns. Accents must read correctly below; change a setting if not.</source>
        <translation>Tribune detected the encoding, the delimiter and whether the first row names the columns. Accents must read correctly below; change a setting if not.</translation>
    </message>
    <message>
        <source>The first row holds column names</source>
        <translation>The first row holds column names</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>Encoding:</translation>
    </message>
    <message>
        <source>Delimiter:</source>
        <translation>Delimiter:</translation>
    </message>
    <message>
        <source>Which column is what?</source>
        <translation>Which column is what?</translation>
    </message>
    <message>
        <source>Columns Tribune does not recognise are kept as attributes: usable in segments and merge fields under their name.</source>
        <translation>Columns Tribune does not recognise are kept as attributes: usable in segments and merge fields under their name.</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>First values</source>
        <translation>First values</translation>
    </message>
    <message>
        <source>Use as</source>
        <translation>Use as</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Importing</translation>
    </message>
    <message>
        <source>Numbers are checked one by one. Cancelling leaves the database exactly as it was.</source>
        <translation>Numbers are checked one by one. Cancelling leaves the database exactly as it was.</translation>
    </message>
    <message>
        <source>Import summary</source>
        <translation>Import summary</translation>
    </message>
    <message>
        <source>E&amp;xport the rejected rows…</source>
        <translation>E&amp;xport the rejected rows…</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 — the first %n row(s):</source>
        <translation>
            <numerusform>%1 · %2 — the first %n row:</numerusform>
            <numerusform>%1 · %2 — the first %n rows:</numerusform>
        </translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Column %1</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; rows read in %2 s.&lt;/p&gt;&lt;p&gt;&lt;b&gt;%3&lt;/b&gt; new contacts, &lt;b&gt;%4&lt;/b&gt; updated.&lt;/p&gt;&lt;p&gt;Rejected: %5 invalid numbers, %6 fixed lines, %7 other non-mobile numbers, %8 duplicates, %9 on the suppression list, %10 malformed rows, %11 rows with bad encoding.&lt;/p&gt;&lt;p&gt;File checksum (SHA-256): &lt;tt&gt;%12&lt;/tt&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; rows read in %2 s.&lt;/p&gt;&lt;p&gt;&lt;b&gt;%3&lt;/b&gt; new contacts, &lt;b&gt;%4&lt;/b&gt; updated.&lt;/p&gt;&lt;p&gt;Rejected: %5 invalid numbers, %6 fixed lines, %7 other non-mobile numbers, %8 duplicates, %9 on the suppression list, %10 malformed rows, %11 rows with bad encoding.&lt;/p&gt;&lt;p&gt;File checksum (SHA-256): &lt;tt&gt;%12&lt;/tt&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Choose a file to import.</source>
        <translation>Choose a file to import.</translation>
    </message>
    <message>
        <source>Give the audience a name.</source>
        <translation>Give the audience a name.</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Starting…</translation>
    </message>
    <message>
        <source>%1 rows · %2 rows/s</source>
        <translation>%1 rows · %2 rows/s</translation>
    </message>
    <message>
        <source>%1 rows · %2 rows/s · about %3 s left</source>
        <translation>%1 rows · %2 rows/s · about %3 s left</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Done.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <source>Export the rejected rows</source>
        <translation>Export the rejected rows</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>⚠ %1: sensitive data (GDPR art. 9). Such columns can never be used to build segments; unless you need them, choose &quot;Ignored&quot; so they are not stored.</source>
        <translation>⚠ %1: sensitive data (GDPR art. 9). Such columns can never be used to build segments; unless you need them, choose &quot;Ignored&quot; so they are not stored.</translation>
    </message>
    <message>
        <source>Metropolitan France</source>
        <translation>Metropolitan France</translation>
    </message>
    <message>
        <source>Réunion</source>
        <translation>Réunion</translation>
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
        <translation>French Guiana</translation>
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
        <translation>New Caledonia</translation>
    </message>
    <message>
        <source>French Polynesia</source>
        <translation>French Polynesia</translation>
    </message>
    <message>
        <source>Belgium</source>
        <translation>Belgium</translation>
    </message>
    <message>
        <source>Switzerland</source>
        <translation>Switzerland</translation>
    </message>
    <message>
        <source>Luxembourg</source>
        <translation>Luxembourg</translation>
    </message>
    <message>
        <source>Numbers without a country code are from:</source>
        <translation>Numbers without a country code are from:</translation>
    </message>
    <message>
        <source>Imported. Preparing instant segment counts… %1 %</source>
        <translation>Imported. Preparing instant segment counts… %1 %</translation>
    </message>
</context>
<context>
    <name>ListenCommands</name>
    <message>
        <source>Receive delivery reports and replies from the providers (callback listener) until interrupted.</source>
        <translation>Receive delivery reports and replies from the providers (callback listener) until interrupted.</translation>
    </message>
    <message>
        <source>--port needs a port number (0 picks a free one)</source>
        <translation>--port needs a port number (0 picks a free one)</translation>
    </message>
    <message>
        <source>--address needs an IP address</source>
        <translation>--address needs an IP address</translation>
    </message>
    <message>
        <source>cannot watch for interruptions</source>
        <translation>cannot watch for interruptions</translation>
    </message>
    <message numerus="yes">
        <source>Listening on %1 for %n provider(s); Ctrl+C stops.</source>
        <translation>
            <numerusform>Listening on %1 for %n provider; Ctrl+C stops.</numerusform>
            <numerusform>Listening on %1 for %n providers; Ctrl+C stops.</numerusform>
        </translation>
    </message>
    <message>
        <source>Port to listen on (default: the one in the settings).</source>
        <translation>Port to listen on (default: the one in the settings).</translation>
    </message>
    <message>
        <source>Address to listen on (default: the one in the settings, 127.0.0.1 unless changed).</source>
        <translation>Address to listen on (default: the one in the settings, 127.0.0.1 unless changed).</translation>
    </message>
    <message>
        <source>Refused %1 (HTTP %2): %3</source>
        <translation>Refused %1 (HTTP %2): %3</translation>
    </message>
    <message>
        <source>Stopped: %1 delivery reports, %2 replies recorded, %3 STOP confirmations sent.
</source>
        <translation>Stopped: %1 delivery reports, %2 replies recorded, %3 STOP confirmations sent.
</translation>
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
    <message>
        <source>Quit Tribune</source>
        <translation>Quit Tribune</translation>
    </message>
    <message>
        <source>Sending is in progress: stop after the messages in flight and quit? It resumes where it stopped the next time you press Send.</source>
        <translation>Sending is in progress: stop after the messages in flight and quit? It resumes where it stopped the next time you press Send.</translation>
    </message>
    <message>
        <source>Stop and quit</source>
        <translation>Stop and quit</translation>
    </message>
    <message>
        <source>Keep sending</source>
        <translation>Keep sending</translation>
    </message>
    <message>
        <source>Stopping after the messages in flight…</source>
        <translation>Stopping after the messages in flight…</translation>
    </message>
</context>
<context>
    <name>MessageTemplate</name>
    <message>
        <source>This &quot;{&quot; is not closed: end the field with &quot;}&quot;, or write &quot;{{&quot; for a literal brace.</source>
        <translation>This &quot;{&quot; is not closed: end the field with &quot;}&quot;, or write &quot;{{&quot; for a literal brace.</translation>
    </message>
    <message>
        <source>A field has no name: write one between the braces, e.g. {prenom}, or &quot;{{&quot; for a literal brace.</source>
        <translation>A field has no name: write one between the braces, e.g. {prenom}, or &quot;{{&quot; for a literal brace.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid field name: use letters, digits, spaces, &quot;-&quot; or &quot;_&quot;.</source>
        <translation>&quot;%1&quot; is not a valid field name: use letters, digits, spaces, &quot;-&quot; or &quot;_&quot;.</translation>
    </message>
    <message>
        <source>Unknown field &quot;%1&quot;: this audience has no fields.</source>
        <translation>Unknown field &quot;%1&quot;: this audience has no fields.</translation>
    </message>
    <message>
        <source>Unknown field &quot;%1&quot;. Available fields: %2.</source>
        <translation>Unknown field &quot;%1&quot;. Available fields: %2.</translation>
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
    <name>Outbox</name>
    <message>
        <source>The segment of this campaign cannot be read: %1</source>
        <translation>The segment of this campaign cannot be read: %1</translation>
    </message>
    <message>
        <source>The message to %1 takes %2 parts; the provider accepts at most %3.</source>
        <translation>The message to %1 takes %2 parts; the provider accepts at most %3.</translation>
    </message>
    <message>
        <source>The message to %1 is empty.</source>
        <translation>The message to %1 is empty.</translation>
    </message>
    <message>
        <source>This campaign no longer exists.</source>
        <translation>This campaign no longer exists.</translation>
    </message>
    <message>
        <source>A message was claimed by another sender meanwhile.</source>
        <translation>A message was claimed by another sender meanwhile.</translation>
    </message>
    <message>
        <source>Sending was interrupted; the provider cannot tell whether it took this message.</source>
        <translation>Sending was interrupted; the provider cannot tell whether it took this message.</translation>
    </message>
    <message>
        <source>Give the opening and closing hours as HH:MM, between 00:00 and 24:00.</source>
        <translation>Give the opening and closing hours as HH:MM, between 00:00 and 24:00.</translation>
    </message>
    <message>
        <source>The window must open before it closes (opens %1, closes %2).</source>
        <translation>The window must open before it closes (opens %1, closes %2).</translation>
    </message>
    <message>
        <source>Choose at least one day of the week on which messages may be sent.</source>
        <translation>Choose at least one day of the week on which messages may be sent.</translation>
    </message>
    <message>
        <source>The days are digits from 1 (Monday) to 7 (Sunday), each once, e.g. 123456; not &quot;%1&quot;.</source>
        <translation>The days are digits from 1 (Monday) to 7 (Sunday), each once, e.g. 123456; not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Unknown time zone &quot;%1&quot;.</source>
        <translation>Unknown time zone &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Only an administrator can change the sending window.</source>
        <translation>Only an administrator can change the sending window.</translation>
    </message>
    <message>
        <source>Cannot save the sending window: %1</source>
        <translation>Cannot save the sending window: %1</translation>
    </message>
    <message>
        <source>New Year&apos;s Day</source>
        <translation>New Year&apos;s Day</translation>
    </message>
    <message>
        <source>Easter Monday</source>
        <translation>Easter Monday</translation>
    </message>
    <message>
        <source>Labour Day</source>
        <translation>Labour Day</translation>
    </message>
    <message>
        <source>Victory in Europe Day</source>
        <translation>Victory in Europe Day</translation>
    </message>
    <message>
        <source>Ascension Day</source>
        <translation>Ascension Day</translation>
    </message>
    <message>
        <source>Whit Monday</source>
        <translation>Whit Monday</translation>
    </message>
    <message>
        <source>Bastille Day</source>
        <translation>Bastille Day</translation>
    </message>
    <message>
        <source>Assumption Day</source>
        <translation>Assumption Day</translation>
    </message>
    <message>
        <source>All Saints&apos; Day</source>
        <translation>All Saints&apos; Day</translation>
    </message>
    <message>
        <source>Armistice Day</source>
        <translation>Armistice Day</translation>
    </message>
    <message>
        <source>Christmas Day</source>
        <translation>Christmas Day</translation>
    </message>
    <message>
        <source>Good Friday (Alsace-Moselle)</source>
        <translation>Good Friday (Alsace-Moselle)</translation>
    </message>
    <message>
        <source>St Stephen&apos;s Day (Alsace-Moselle)</source>
        <translation>St Stephen&apos;s Day (Alsace-Moselle)</translation>
    </message>
</context>
<context>
    <name>PhoneNormalizer</name>
    <message>
        <source>Invalid phone number</source>
        <translation>Invalid phone number</translation>
    </message>
    <message>
        <source>Fixed line: cannot receive SMS</source>
        <translation>Fixed line: cannot receive SMS</translation>
    </message>
    <message>
        <source>Not a mobile number (%1): cannot receive SMS</source>
        <translation>Not a mobile number (%1): cannot receive SMS</translation>
    </message>
    <message>
        <source>fixed line</source>
        <translation>fixed line</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>mobile</translation>
    </message>
    <message>
        <source>fixed line or mobile</source>
        <translation>fixed line or mobile</translation>
    </message>
    <message>
        <source>toll-free</source>
        <translation>toll-free</translation>
    </message>
    <message>
        <source>premium rate</source>
        <translation>premium rate</translation>
    </message>
    <message>
        <source>shared cost</source>
        <translation>shared cost</translation>
    </message>
    <message>
        <source>VoIP</source>
        <translation>VoIP</translation>
    </message>
    <message>
        <source>personal number</source>
        <translation>personal number</translation>
    </message>
    <message>
        <source>pager</source>
        <translation>pager</translation>
    </message>
    <message>
        <source>universal access number</source>
        <translation>universal access number</translation>
    </message>
    <message>
        <source>voicemail</source>
        <translation>voicemail</translation>
    </message>
    <message>
        <source>unknown type</source>
        <translation>unknown type</translation>
    </message>
</context>
<context>
    <name>Preflight</name>
    <message>
        <source>The segment can be read.</source>
        <translation>The segment can be read.</translation>
    </message>
    <message>
        <source>The segment cannot be read (%1): set it again in the composer.</source>
        <translation>The segment cannot be read (%1): set it again in the composer.</translation>
    </message>
    <message>
        <source>Approved for this version of the text.</source>
        <translation>Approved for this version of the text.</translation>
    </message>
    <message>
        <source>Not approved: an approver must approve this version of the campaign (any edit after an approval needs a new one).</source>
        <translation>Not approved: an approver must approve this version of the campaign (any edit after an approval needs a new one).</translation>
    </message>
    <message>
        <source>Choose the SMS provider that will send this campaign.</source>
        <translation>Choose the SMS provider that will send this campaign.</translation>
    </message>
    <message>
        <source>Sent through %1.</source>
        <translation>Sent through %1.</translation>
    </message>
    <message>
        <source>Sender id %1.</source>
        <translation>Sender id %1.</translation>
    </message>
    <message>
        <source>Enter a sender id: up to 11 letters and digits (e.g. CMartin2027) or a short code. Since 2023, automated campaigns may not use 06/07 numbers.</source>
        <translation>Enter a sender id: up to 11 letters and digits (e.g. CMartin2027) or a short code. Since 2023, automated campaigns may not use 06/07 numbers.</translation>
    </message>
    <message>
        <source>The consent request says who writes, why, where the number comes from and how to answer.</source>
        <translation>The consent request says who writes, why, where the number comes from and how to answer.</translation>
    </message>
    <message>
        <source>Electoral silence (Code électoral L49) until %1: no campaign message may be sent. This cannot be overridden.</source>
        <translation>Electoral silence (Code électoral L49) until %1: no campaign message may be sent. This cannot be overridden.</translation>
    </message>
    <message>
        <source>Not in an electoral silence.</source>
        <translation>Not in an electoral silence.</translation>
    </message>
    <message>
        <source>Inside the sending window.</source>
        <translation>Inside the sending window.</translation>
    </message>
    <message>
        <source>Outside the sending window: sending will start at %1.</source>
        <translation>Outside the sending window: sending will start at %1.</translation>
    </message>
    <message>
        <source>The sending window never opens in the next two weeks: check it in Settings.</source>
        <translation>The sending window never opens in the next two weeks: check it in Settings.</translation>
    </message>
    <message>
        <source>No filter reveals sensitive data.</source>
        <translation>No filter reveals sensitive data.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln on the suppression list</source>
        <translation>
            <numerusform>%Ln on the suppression list</numerusform>
            <numerusform>%Ln on the suppression list</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln refused consent</source>
        <translation>
            <numerusform>%Ln refused consent</numerusform>
            <numerusform>%Ln refused consent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln have not agreed yet (send a consent request first)</source>
        <translation>
            <numerusform>%Ln have not agreed yet (send a consent request first)</numerusform>
            <numerusform>%Ln have not agreed yet (send a consent request first)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln already asked</source>
        <translation>
            <numerusform>%Ln already asked</numerusform>
            <numerusform>%Ln already asked</numerusform>
        </translation>
    </message>
    <message>
        <source>nobody excluded</source>
        <translation>nobody excluded</translation>
    </message>
    <message>
        <source>excluded: %1</source>
        <translation>excluded: %1</translation>
    </message>
    <message>
        <source>%1 recipients of %2 in the segment (%3).</source>
        <translation>%1 recipients of %2 in the segment (%3).</translation>
    </message>
    <message>
        <source>Nobody to send to: %1 contacts in the segment, %2.</source>
        <translation>Nobody to send to: %1 contacts in the segment, %2.</translation>
    </message>
    <message numerus="yes">
        <source>The longest message takes %Ln part(s).</source>
        <translation>
            <numerusform>The longest message takes %Ln part.</numerusform>
            <numerusform>The longest message takes %Ln parts.</numerusform>
        </translation>
    </message>
    <message>
        <source>A message takes %1 parts but the provider takes at most %2: shorten the text or the merge fields that grow it.</source>
        <translation>A message takes %1 parts but the provider takes at most %2: shorten the text or the merge fields that grow it.</translation>
    </message>
    <message>
        <source>No one new to write to (%1): the messages already queued go on.</source>
        <translation>No one new to write to (%1): the messages already queued go on.</translation>
    </message>
    <message>
        <source>Written by Tribune from the consent rules: no approval needed.</source>
        <translation>Written by Tribune from the consent rules: no approval needed.</translation>
    </message>
    <message>
        <source>Sent with the provider&apos;s own sender.</source>
        <translation>Sent with the provider&apos;s own sender.</translation>
    </message>
    <message>
        <source>At most %1 excluding VAT (%2 including VAT), within the campaign&apos;s budget and the election&apos;s ceiling.</source>
        <translation>At most %1 excluding VAT (%2 including VAT), within the campaign&apos;s budget and the election&apos;s ceiling.</translation>
    </message>
</context>
<context>
    <name>PricePlan</name>
    <message>
        <source>The price plan needs a name.</source>
        <translation>The price plan needs a name.</translation>
    </message>
    <message>
        <source>The lowest price per part cannot be negative.</source>
        <translation>The lowest price per part cannot be negative.</translation>
    </message>
    <message>
        <source>The highest price per part (%1) is below the lowest (%2).</source>
        <translation>The highest price per part (%1) is below the lowest (%2).</translation>
    </message>
    <message>
        <source>The price of a GSM-7 part cannot be negative.</source>
        <translation>The price of a GSM-7 part cannot be negative.</translation>
    </message>
    <message>
        <source>The price of a UCS-2 part cannot be negative.</source>
        <translation>The price of a UCS-2 part cannot be negative.</translation>
    </message>
    <message>
        <source>The VAT rate must be between 0 % and 100 %.</source>
        <translation>The VAT rate must be between 0 % and 100 %.</translation>
    </message>
    <message>
        <source>Tier %1 starts at %2 parts: each tier must start after the one before it, at 1 part or more.</source>
        <translation>Tier %1 starts at %2 parts: each tier must start after the one before it, at 1 part or more.</translation>
    </message>
    <message>
        <source>Tier %1 gives no price.</source>
        <translation>Tier %1 gives no price.</translation>
    </message>
    <message>
        <source>Tier %1 has a negative price.</source>
        <translation>Tier %1 has a negative price.</translation>
    </message>
    <message>
        <source>The tiers must be a JSON array such as [{&quot;from_parts&quot;:100000,&quot;gsm7_part_mc&quot;:12000}].</source>
        <translation>The tiers must be a JSON array such as [{&quot;from_parts&quot;:100000,&quot;gsm7_part_mc&quot;:12000}].</translation>
    </message>
    <message>
        <source>Tier %1 is not a JSON object.</source>
        <translation>Tier %1 is not a JSON object.</translation>
    </message>
    <message>
        <source>Tier %1: unknown key &quot;%2&quot; (known: from_parts, gsm7_part_mc, ucs2_part_mc).</source>
        <translation>Tier %1: unknown key &quot;%2&quot; (known: from_parts, gsm7_part_mc, ucs2_part_mc).</translation>
    </message>
    <message>
        <source>Tier %1: %2 must be a whole number (prices in millicents, 1/100,000 €).</source>
        <translation>Tier %1: %2 must be a whole number (prices in millicents, 1/100,000 €).</translation>
    </message>
    <message>
        <source>Tier %1 needs from_parts.</source>
        <translation>Tier %1 needs from_parts.</translation>
    </message>
    <message>
        <source>Default range (no price plan)</source>
        <translation>Default range (no price plan)</translation>
    </message>
</context>
<context>
    <name>PricePlanDialog</name>
    <message>
        <source>Edit the price plan</source>
        <translation>Edit the price plan</translation>
    </message>
    <message>
        <source>New price plan</source>
        <translation>New price plan</translation>
    </message>
    <message>
        <source>Unknown: priced over the range below</source>
        <translation>Unknown: priced over the range below</translation>
    </message>
    <message>
        <source>From (parts)</source>
        <translation>From (parts)</translation>
    </message>
    <message>
        <source>GSM-7 part (€)</source>
        <translation>GSM-7 part (€)</translation>
    </message>
    <message>
        <source>UCS-2 part (€)</source>
        <translation>UCS-2 part (€)</translation>
    </message>
    <message>
        <source>Add a &amp;tier</source>
        <translation>Add a &amp;tier</translation>
    </message>
    <message>
        <source>&amp;Remove the tier</source>
        <translation>&amp;Remove the tier</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Price per &amp;GSM-7 part (€):</source>
        <translation>Price per &amp;GSM-7 part (€):</translation>
    </message>
    <message>
        <source>Price per &amp;UCS-2 part (€):</source>
        <translation>Price per &amp;UCS-2 part (€):</translation>
    </message>
    <message>
        <source>Range, &amp;lowest (€):</source>
        <translation>Range, &amp;lowest (€):</translation>
    </message>
    <message>
        <source>Range, &amp;highest (€):</source>
        <translation>Range, &amp;highest (€):</translation>
    </message>
    <message>
        <source>&amp;VAT (%):</source>
        <translation>&amp;VAT (%):</translation>
    </message>
    <message>
        <source>Type euros with a comma or a point (0,155). Leave a price empty when the contract does not state it: the plan is then priced between the lowest and the highest price.</source>
        <translation>Type euros with a comma or a point (0,155). Leave a price empty when the contract does not state it: the plan is then priced between the lowest and the highest price.</translation>
    </message>
    <message>
        <source>Volume tiers: from a campaign&apos;s total number of parts, its price applies to every part. A price left empty is the one of the tier below.</source>
        <translation>Volume tiers: from a campaign&apos;s total number of parts, its price applies to every part. A price left empty is the one of the tier below.</translation>
    </message>
    <message>
        <source>Give an amount in euros.</source>
        <translation>Give an amount in euros.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount in euros (e.g. 0,155).</source>
        <translation>&quot;%1&quot; is not an amount in euros (e.g. 0,155).</translation>
    </message>
    <message>
        <source>Give the VAT rate in percent, e.g. 20 or 5,5.</source>
        <translation>Give the VAT rate in percent, e.g. 20 or 5,5.</translation>
    </message>
    <message>
        <source>The VAT rate must be between 0 % and 100 %.</source>
        <translation>The VAT rate must be between 0 % and 100 %.</translation>
    </message>
    <message>
        <source>Tier %1: give the number of parts it starts from, a whole number (e.g. 100000).</source>
        <translation>Tier %1: give the number of parts it starts from, a whole number (e.g. 100000).</translation>
    </message>
    <message>
        <source>Tier %1: &quot;%2&quot; is not an amount in euros.</source>
        <translation>Tier %1: &quot;%2&quot; is not an amount in euros.</translation>
    </message>
</context>
<context>
    <name>PricePlanStore</name>
    <message>
        <source>Cannot read the price plans: %1</source>
        <translation>Cannot read the price plans: %1</translation>
    </message>
    <message>
        <source>A price plan named &quot;%1&quot; already exists.</source>
        <translation>A price plan named &quot;%1&quot; already exists.</translation>
    </message>
    <message>
        <source>Cannot save the price plan: %1</source>
        <translation>Cannot save the price plan: %1</translation>
    </message>
    <message>
        <source>This price plan no longer exists.</source>
        <translation>This price plan no longer exists.</translation>
    </message>
    <message>
        <source>Only an administrator can change price plans.</source>
        <translation>Only an administrator can change price plans.</translation>
    </message>
</context>
<context>
    <name>PricePlansPanel</name>
    <message>
        <source>What each provider contract charges per SMS part, excluding VAT. When the exact price is not known, costs are shown over the range from the lowest to the highest price. A provider is given its plan in SMS providers.</source>
        <translation>What each provider contract charges per SMS part, excluding VAT. When the exact price is not known, costs are shown over the range from the lowest to the highest price. A provider is given its plan in SMS providers.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Price per part</source>
        <translation>Price per part</translation>
    </message>
    <message>
        <source>UCS-2 part</source>
        <translation>UCS-2 part</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>VAT</translation>
    </message>
    <message>
        <source>Volume tiers</source>
        <translation>Volume tiers</translation>
    </message>
    <message>
        <source>Used by</source>
        <translation>Used by</translation>
    </message>
    <message>
        <source>&amp;New plan…</source>
        <translation>&amp;New plan…</translation>
    </message>
    <message>
        <source>&amp;Edit plan…</source>
        <translation>&amp;Edit plan…</translation>
    </message>
    <message>
        <source>%1 – %2 (not known)</source>
        <translation>%1 – %2 (not known)</translation>
    </message>
    <message>
        <source>UCS-2 %1</source>
        <translation>UCS-2 %1</translation>
    </message>
    <message>
        <source>from %1 parts: %2</source>
        <translation>from %1 parts: %2</translation>
    </message>
    <message>
        <source>same</source>
        <translation>same</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>no provider</source>
        <translation>no provider</translation>
    </message>
    <message>
        <source>Read-only: only an administrator can add or change price plans.</source>
        <translation>Read-only: only an administrator can add or change price plans.</translation>
    </message>
    <message>
        <source>Plan &quot;%1&quot; saved.</source>
        <translation>Plan &quot;%1&quot; saved.</translation>
    </message>
    <message>
        <source>Plan &quot;%1&quot; added.</source>
        <translation>Plan &quot;%1&quot; added.</translation>
    </message>
</context>
<context>
    <name>PricingCommands</name>
    <message>
        <source>%1 to %2 (expected %3)</source>
        <translation>%1 to %2 (expected %3)</translation>
    </message>
    <message>
        <source>unknown (%1 to %2)</source>
        <translation>unknown (%1 to %2)</translation>
    </message>
    <message>
        <source>%1: GSM-7 part %2, UCS-2 part %3, VAT %4 %</source>
        <translation>%1: GSM-7 part %2, UCS-2 part %3, VAT %4 %</translation>
    </message>
    <message>
        <source>, tiers %1</source>
        <translation>, tiers %1</translation>
    </message>
    <message>
        <source>Price plan name.</source>
        <translation>Price plan name.</translation>
    </message>
    <message>
        <source>Exact price of a GSM-7 part in euros (e.g. 0.045); &quot;unknown&quot; prices it over the range.</source>
        <translation>Exact price of a GSM-7 part in euros (e.g. 0.045); &quot;unknown&quot; prices it over the range.</translation>
    </message>
    <message>
        <source>Exact price of a UCS-2 part in euros; &quot;unknown&quot; prices it over the range.</source>
        <translation>Exact price of a UCS-2 part in euros; &quot;unknown&quot; prices it over the range.</translation>
    </message>
    <message>
        <source>Lowest price of a part when the exact one is unknown (default 0.15).</source>
        <translation>Lowest price of a part when the exact one is unknown (default 0.15).</translation>
    </message>
    <message>
        <source>Highest price of a part when the exact one is unknown (default 0.30).</source>
        <translation>Highest price of a part when the exact one is unknown (default 0.30).</translation>
    </message>
    <message>
        <source>VAT rate in percent (default 20).</source>
        <translation>VAT rate in percent (default 20).</translation>
    </message>
    <message>
        <source>Volume tiers as JSON, prices in millicents (1/100,000 €), e.g. [{&quot;from_parts&quot;:100000,&quot;gsm7_part_mc&quot;:4000}]; &quot;&quot; for none.</source>
        <translation>Volume tiers as JSON, prices in millicents (1/100,000 €), e.g. [{&quot;from_parts&quot;:100000,&quot;gsm7_part_mc&quot;:4000}]; &quot;&quot; for none.</translation>
    </message>
    <message>
        <source>--%1 needs an amount in euros such as 0.045, or unknown</source>
        <translation>--%1 needs an amount in euros such as 0.045, or unknown</translation>
    </message>
    <message>
        <source>--%1 needs an amount in euros such as 0.15</source>
        <translation>--%1 needs an amount in euros such as 0.15</translation>
    </message>
    <message>
        <source>--vat needs a percentage from 0 to 100 such as 20</source>
        <translation>--vat needs a percentage from 0 to 100 such as 20</translation>
    </message>
    <message>
        <source>Recipients: %1 (GSM-7: %2, UCS-2: %3)
SMS parts: %4 (GSM-7: %5, UCS-2: %6)
Price plan: %7
</source>
        <translation>Recipients: %1 (GSM-7: %2, UCS-2: %3)
SMS parts: %4 (GSM-7: %5, UCS-2: %6)
Price plan: %7
</translation>
    </message>
    <message>
        <source>Cost excluding VAT: %1
VAT (%2 %): %3
Cost including VAT: %4
</source>
        <translation>Cost excluding VAT: %1
VAT (%2 %): %3
Cost including VAT: %4
</translation>
    </message>
    <message>
        <source>A GSM-safe rewrite of the text would take %1 parts and save %2 excluding VAT.
</source>
        <translation>A GSM-safe rewrite of the text would take %1 parts and save %2 excluding VAT.
</translation>
    </message>
    <message>
        <source>%1 % (this audience: %2 of %3 answers)</source>
        <translation>%1 % (this audience: %2 of %3 answers)</translation>
    </message>
    <message>
        <source>%1 % (assumed)</source>
        <translation>%1 % (assumed)</translation>
    </message>
    <message>
        <source>Consent first: the consent request to %1 numbers never asked costs %2; at a consent rate of %3, the campaign message to %4 recipients costs %5; together %6 (excluding VAT).
</source>
        <translation>Consent first: the consent request to %1 numbers never asked costs %2; at a consent rate of %3, the campaign message to %4 recipients costs %5; together %6 (excluding VAT).
</translation>
    </message>
    <message>
        <source>no price plan named &quot;%1&quot;</source>
        <translation>no price plan named &quot;%1&quot;</translation>
    </message>
    <message>
        <source>give --campaign, or --audience with --message</source>
        <translation>give --campaign, or --audience with --message</translation>
    </message>
    <message>
        <source>--audience needs --message</source>
        <translation>--audience needs --message</translation>
    </message>
    <message>
        <source>--consent-rate needs a percentage from 0 to 100 such as 15</source>
        <translation>--consent-rate needs a percentage from 0 to 100 such as 15</translation>
    </message>
    <message>
        <source>--kind must be consent or campaign</source>
        <translation>--kind must be consent or campaign</translation>
    </message>
    <message>
        <source>no campaign named &quot;%1&quot;</source>
        <translation>no campaign named &quot;%1&quot;</translation>
    </message>
    <message>
        <source>no audience named &quot;%1&quot;</source>
        <translation>no audience named &quot;%1&quot;</translation>
    </message>
    <message>
        <source>no provider named &quot;%1&quot;</source>
        <translation>no provider named &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Within the budget caps.
</source>
        <translation>Within the budget caps.
</translation>
    </message>
    <message>
        <source>What a campaign, or a message to an audience segment, will cost: every message rendered and priced with the provider&apos;s price plan, a GSM-safe rewrite&apos;s saving, the consent-first forecast and, for a campaign, its budget caps.</source>
        <translation>What a campaign, or a message to an audience segment, will cost: every message rendered and priced with the provider&apos;s price plan, a GSM-safe rewrite&apos;s saving, the consent-first forecast and, for a campaign, its budget caps.</translation>
    </message>
    <message>
        <source>Campaign name.</source>
        <translation>Campaign name.</translation>
    </message>
    <message>
        <source>Audience name (without a campaign).</source>
        <translation>Audience name (without a campaign).</translation>
    </message>
    <message>
        <source>Price for the contacts matching any filter (OR) instead of all of them (AND).</source>
        <translation>Price for the contacts matching any filter (OR) instead of all of them (AND).</translation>
    </message>
    <message>
        <source>Message text, merge fields allowed.</source>
        <translation>Message text, merge fields allowed.</translation>
    </message>
    <message>
        <source>Mandatory footer appended on its own line.</source>
        <translation>Mandatory footer appended on its own line.</translation>
    </message>
    <message>
        <source>consent (first-contact consent request) or campaign.</source>
        <translation>consent (first-contact consent request) or campaign.</translation>
    </message>
    <message>
        <source>Provider whose price plan applies.</source>
        <translation>Provider whose price plan applies.</translation>
    </message>
    <message>
        <source>Price plan to use instead of the provider&apos;s (see price-plan list).</source>
        <translation>Price plan to use instead of the provider&apos;s (see price-plan list).</translation>
    </message>
    <message>
        <source>Consent request sent first (default: the audience&apos;s latest consent request, else the consent request template).</source>
        <translation>Consent request sent first (default: the audience&apos;s latest consent request, else the consent request template).</translation>
    </message>
    <message>
        <source>Share of the numbers asked that agree, in percent (default: this audience&apos;s history, else 10).</source>
        <translation>Share of the numbers asked that agree, in percent (default: this audience&apos;s history, else 10).</translation>
    </message>
    <message>
        <source>Leave out the consent-first forecast.</source>
        <translation>Leave out the consent-first forecast.</translation>
    </message>
    <message>
        <source>Add a price plan: exact prices per part when the contract states them, else a range.</source>
        <translation>Add a price plan: exact prices per part when the contract states them, else a range.</translation>
    </message>
    <message>
        <source>Price plan &quot;%1&quot; added.
</source>
        <translation>Price plan &quot;%1&quot; added.
</translation>
    </message>
    <message>
        <source>Change a price plan; the options not given keep their values.</source>
        <translation>Change a price plan; the options not given keep their values.</translation>
    </message>
    <message>
        <source>New name.</source>
        <translation>New name.</translation>
    </message>
    <message>
        <source>Price plan &quot;%1&quot; updated.
</source>
        <translation>Price plan &quot;%1&quot; updated.
</translation>
    </message>
    <message>
        <source>List the price plans.</source>
        <translation>List the price plans.</translation>
    </message>
    <message>
        <source>No price plan yet.
</source>
        <translation>No price plan yet.
</translation>
    </message>
</context>
<context>
    <name>ProviderCommands</name>
    <message>
        <source>cannot read the secret from standard input</source>
        <translation>cannot read the secret from standard input</translation>
    </message>
    <message>
        <source>--secret-stdin given but standard input is empty</source>
        <translation>--secret-stdin given but standard input is empty</translation>
    </message>
    <message>
        <source>Provider name.</source>
        <translation>Provider name.</translation>
    </message>
    <message>
        <source>Configure an SMS provider; its secret goes to the system keychain.</source>
        <translation>Configure an SMS provider; its secret goes to the system keychain.</translation>
    </message>
    <message>
        <source>sandbox, kannel, twilio, vonage, octopush or smsfactor.</source>
        <translation>sandbox, kannel, twilio, vonage, octopush or smsfactor.</translation>
    </message>
    <message>
        <source>Provider address (HTTPS; plain HTTP only on this computer).</source>
        <translation>Provider address (HTTPS; plain HTTP only on this computer).</translation>
    </message>
    <message>
        <source>Alphanumeric sender id.</source>
        <translation>Alphanumeric sender id.</translation>
    </message>
    <message>
        <source>Messages per second (default 10).</source>
        <translation>Messages per second (default 10).</translation>
    </message>
    <message>
        <source>Most parts per message, 1 to 10 (default 6).</source>
        <translation>Most parts per message, 1 to 10 (default 6).</translation>
    </message>
    <message>
        <source>Account name, Account SID or API key (not secret).</source>
        <translation>Account name, Account SID or API key (not secret).</translation>
    </message>
    <message>
        <source>Read the password, auth token or API secret from standard input.</source>
        <translation>Read the password, auth token or API secret from standard input.</translation>
    </message>
    <message>
        <source>give --name and --kind</source>
        <translation>give --name and --kind</translation>
    </message>
    <message>
        <source>--rate needs a number</source>
        <translation>--rate needs a number</translation>
    </message>
    <message>
        <source>--max-parts needs a whole number</source>
        <translation>--max-parts needs a whole number</translation>
    </message>
    <message>
        <source>--option needs key=value, not &quot;%1&quot;</source>
        <translation>--option needs key=value, not &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Provider &quot;%1&quot; (%2) added%3.
</source>
        <translation>Provider &quot;%1&quot; (%2) added%3.
</translation>
    </message>
    <message>
        <source>, secret stored in the system keychain</source>
        <translation>, secret stored in the system keychain</translation>
    </message>
    <message>
        <source>List the configured providers (never their secrets).</source>
        <translation>List the configured providers (never their secrets).</translation>
    </message>
    <message>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>inactive</translation>
    </message>
    <message>
        <source>secret in keychain</source>
        <translation>secret in keychain</translation>
    </message>
    <message>
        <source>no secret</source>
        <translation>no secret</translation>
    </message>
    <message>
        <source>No provider is configured.
</source>
        <translation>No provider is configured.
</translation>
    </message>
    <message>
        <source>Check a provider&apos;s address and credentials with a harmless call.</source>
        <translation>Check a provider&apos;s address and credentials with a harmless call.</translation>
    </message>
    <message>
        <source>give --name</source>
        <translation>give --name</translation>
    </message>
    <message>
        <source>no provider named &quot;%1&quot;</source>
        <translation>no provider named &quot;%1&quot;</translation>
    </message>
    <message>
        <source>never give a secret on the command line (other users can see it, and the shell history keeps it): pipe it to --secret-stdin</source>
        <translation>never give a secret on the command line (other users can see it, and the shell history keeps it): pipe it to --secret-stdin</translation>
    </message>
    <message>
        <source>Kind-specific option, repeatable; key= removes the option.</source>
        <translation>Kind-specific option, repeatable; key= removes the option.</translation>
    </message>
    <message>
        <source>Change a provider&apos;s settings; the options not given keep their values.</source>
        <translation>Change a provider&apos;s settings; the options not given keep their values.</translation>
    </message>
    <message>
        <source>Make it an active provider.</source>
        <translation>Make it an active provider.</translation>
    </message>
    <message>
        <source>Make it an inactive provider.</source>
        <translation>Make it an inactive provider.</translation>
    </message>
    <message>
        <source>Price plan its messages cost (see price-plan list); &quot;&quot; for none.</source>
        <translation>Price plan its messages cost (see price-plan list); &quot;&quot; for none.</translation>
    </message>
    <message>
        <source>give --activate or --deactivate, not both</source>
        <translation>give --activate or --deactivate, not both</translation>
    </message>
    <message>
        <source>no price plan named &quot;%1&quot;</source>
        <translation>no price plan named &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Provider &quot;%1&quot; updated.
</source>
        <translation>Provider &quot;%1&quot; updated.
</translation>
    </message>
    <message>
        <source>Replace a provider&apos;s secret in the system keychain, read from standard input.</source>
        <translation>Replace a provider&apos;s secret in the system keychain, read from standard input.</translation>
    </message>
    <message>
        <source>give the secret on standard input with --secret-stdin</source>
        <translation>give the secret on standard input with --secret-stdin</translation>
    </message>
    <message>
        <source>The secret of provider &quot;%1&quot; is stored in the system keychain.
</source>
        <translation>The secret of provider &quot;%1&quot; is stored in the system keychain.
</translation>
    </message>
    <message>
        <source>Remove a provider that no campaign uses, and its secret from the system keychain.</source>
        <translation>Remove a provider that no campaign uses, and its secret from the system keychain.</translation>
    </message>
    <message>
        <source>Provider &quot;%1&quot; removed.
</source>
        <translation>Provider &quot;%1&quot; removed.
</translation>
    </message>
</context>
<context>
    <name>ProviderDialog</name>
    <message>
        <source>Edit the provider</source>
        <translation>Edit the provider</translation>
    </message>
    <message>
        <source>Add a provider</source>
        <translation>Add a provider</translation>
    </message>
    <message>
        <source> messages/s</source>
        <translation> messages/s</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <source>&amp;Sender id:</source>
        <translation>&amp;Sender id:</translation>
    </message>
    <message>
        <source>&amp;Rate limit:</source>
        <translation>&amp;Rate limit:</translation>
    </message>
    <message>
        <source>&amp;Parts per message at most:</source>
        <translation>&amp;Parts per message at most:</translation>
    </message>
    <message>
        <source>A&amp;ccount:</source>
        <translation>A&amp;ccount:</translation>
    </message>
    <message>
        <source>S&amp;ecret:</source>
        <translation>S&amp;ecret:</translation>
    </message>
    <message>
        <source>https://… (plain http only on this computer)</source>
        <translation>https://… (plain http only on this computer)</translation>
    </message>
    <message>
        <source>Account SID</source>
        <translation>Account SID</translation>
    </message>
    <message>
        <source>sendsms user name</source>
        <translation>sendsms user name</translation>
    </message>
    <message>
        <source>Login or API key</source>
        <translation>Login or API key</translation>
    </message>
    <message>
        <source>The sandbox needs no credentials.</source>
        <translation>The sandbox needs no credentials.</translation>
    </message>
    <message>
        <source>A secret is stored in the system keychain. Leave the field empty to keep it.</source>
        <translation>A secret is stored in the system keychain. Leave the field empty to keep it.</translation>
    </message>
    <message>
        <source>Stored in the system keychain only: never in the database, the settings or the logs.</source>
        <translation>Stored in the system keychain only: never in the database, the settings or the logs.</translation>
    </message>
</context>
<context>
    <name>ProviderStore</name>
    <message>
        <source>Cannot record this database&apos;s identity: %1</source>
        <translation>Cannot record this database&apos;s identity: %1</translation>
    </message>
    <message>
        <source>Give the provider a name.</source>
        <translation>Give the provider a name.</translation>
    </message>
    <message>
        <source>The provider&apos;s name is too long (100 characters at most).</source>
        <translation>The provider&apos;s name is too long (100 characters at most).</translation>
    </message>
    <message>
        <source>Unknown provider kind &quot;%1&quot; (expected one of: %2).</source>
        <translation>Unknown provider kind &quot;%1&quot; (expected one of: %2).</translation>
    </message>
    <message>
        <source>A %1 provider needs an address (endpoint).</source>
        <translation>A %1 provider needs an address (endpoint).</translation>
    </message>
    <message>
        <source>The provider&apos;s address must use HTTPS (plain HTTP is accepted only on this computer): %1</source>
        <translation>The provider&apos;s address must use HTTPS (plain HTTP is accepted only on this computer): %1</translation>
    </message>
    <message>
        <source>The sandbox provider runs inside Tribune and takes no address.</source>
        <translation>The sandbox provider runs inside Tribune and takes no address.</translation>
    </message>
    <message>
        <source>The rate limit must be more than 0 messages per second.</source>
        <translation>The rate limit must be more than 0 messages per second.</translation>
    </message>
    <message>
        <source>The number of parts per message must be between 1 and 10.</source>
        <translation>The number of parts per message must be between 1 and 10.</translation>
    </message>
    <message>
        <source>The price plan no longer exists.</source>
        <translation>The price plan no longer exists.</translation>
    </message>
    <message>
        <source>Give the account as the account, not as an option.</source>
        <translation>Give the account as the account, not as an option.</translation>
    </message>
    <message>
        <source>The option &quot;%1&quot; must be a text, a number or true/false.</source>
        <translation>The option &quot;%1&quot; must be a text, a number or true/false.</translation>
    </message>
    <message>
        <source>A Twilio account needs its Account SID (AC followed by 32 hexadecimal characters).</source>
        <translation>A Twilio account needs its Account SID (AC followed by 32 hexadecimal characters).</translation>
    </message>
    <message>
        <source>Unknown Twilio option &quot;%1&quot; (expected one of: %2).</source>
        <translation>Unknown Twilio option &quot;%1&quot; (expected one of: %2).</translation>
    </message>
    <message>
        <source>A Messaging Service SID is MG followed by 32 hexadecimal characters.</source>
        <translation>A Messaging Service SID is MG followed by 32 hexadecimal characters.</translation>
    </message>
    <message>
        <source>A Twilio provider needs a sender id or a Messaging Service SID.</source>
        <translation>A Twilio provider needs a sender id or a Messaging Service SID.</translation>
    </message>
    <message>
        <source>The validity period must be a whole number of seconds between 1 and 36000.</source>
        <translation>The validity period must be a whole number of seconds between 1 and 36000.</translation>
    </message>
    <message>
        <source>The timeout must be between 100 and 600000 milliseconds.</source>
        <translation>The timeout must be between 100 and 600000 milliseconds.</translation>
    </message>
    <message>
        <source>The secret is empty.</source>
        <translation>The secret is empty.</translation>
    </message>
    <message>
        <source>A provider named &quot;%1&quot; already exists.</source>
        <translation>A provider named &quot;%1&quot; already exists.</translation>
    </message>
    <message>
        <source>Cannot save the provider: %1</source>
        <translation>Cannot save the provider: %1</translation>
    </message>
    <message>
        <source>This provider no longer exists.</source>
        <translation>This provider no longer exists.</translation>
    </message>
    <message>
        <source>The new secret was stored in the keychain although the other changes were not saved.</source>
        <translation>The new secret was stored in the keychain although the other changes were not saved.</translation>
    </message>
    <message>
        <source>Cannot check which campaigns use this provider.</source>
        <translation>Cannot check which campaigns use this provider.</translation>
    </message>
    <message>
        <source>Cannot check the messages received through this provider.</source>
        <translation>Cannot check the messages received through this provider.</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) were received through this provider: it cannot be removed.</source>
        <translation>
            <numerusform>%n message were received through this provider: it cannot be removed.</numerusform>
            <numerusform>%n messages were received through this provider: it cannot be removed.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot remove the provider: %1</source>
        <translation>Cannot remove the provider: %1</translation>
    </message>
    <message>
        <source>The provider was removed but its secret is still in the keychain: %1</source>
        <translation>The provider was removed but its secret is still in the keychain: %1</translation>
    </message>
    <message>
        <source>Cannot read the secret of provider &quot;%1&quot;: %2</source>
        <translation>Cannot read the secret of provider &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>A Vonage account needs its API key (letters and digits).</source>
        <translation>A Vonage account needs its API key (letters and digits).</translation>
    </message>
    <message>
        <source>A Vonage provider needs a sender id.</source>
        <translation>A Vonage provider needs a sender id.</translation>
    </message>
    <message>
        <source>An Octopush account needs its login (the account&apos;s e-mail address).</source>
        <translation>An Octopush account needs its login (the account&apos;s e-mail address).</translation>
    </message>
    <message>
        <source>An Octopush provider needs a sender id (3 to 11 letters or digits), unless replies are on.</source>
        <translation>An Octopush provider needs a sender id (3 to 11 letters or digits), unless replies are on.</translation>
    </message>
    <message>
        <source>Octopush takes a sender id of 3 to 11 letters or digits.</source>
        <translation>Octopush takes a sender id of 3 to 11 letters or digits.</translation>
    </message>
    <message>
        <source>Unknown %1 option &quot;%2&quot; (expected one of: %3).</source>
        <translation>Unknown %1 option &quot;%2&quot; (expected one of: %3).</translation>
    </message>
    <message>
        <source>The option &quot;%1&quot; must be true or false.</source>
        <translation>The option &quot;%1&quot; must be true or false.</translation>
    </message>
    <message>
        <source>The option &quot;%1&quot; must be one of: %2.</source>
        <translation>The option &quot;%1&quot; must be one of: %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n campaign(s) use this provider (%1): it cannot be removed while they refer to it.</source>
        <translation>
            <numerusform>%n campaign use this provider (%1): it cannot be removed while they refer to it.</numerusform>
            <numerusform>%n campaigns use this provider (%1): it cannot be removed while they refer to it.</numerusform>
        </translation>
    </message>
    <message>
        <source>The share of &quot;%1&quot; replies must be between 0 and 1.</source>
        <translation>The share of &quot;%1&quot; replies must be between 0 and 1.</translation>
    </message>
</context>
<context>
    <name>ProvidersPanel</name>
    <message>
        <source>Sandbox (offline, nothing is sent)</source>
        <translation>Sandbox (offline, nothing is sent)</translation>
    </message>
    <message>
        <source>Kannel gateway</source>
        <translation>Kannel gateway</translation>
    </message>
    <message>
        <source>Remove the provider</source>
        <translation>Remove the provider</translation>
    </message>
    <message>
        <source>Remove this provider and its secret from the keychain? Providers that campaigns or received messages refer to cannot be removed.</source>
        <translation>Remove this provider and its secret from the keychain? Providers that campaigns or received messages refer to cannot be removed.</translation>
    </message>
    <message>
        <source>The services that send the SMS. Passwords and API secrets are kept in the system keychain, never in the database; addresses must use HTTPS except for a gateway on this computer.</source>
        <translation>The services that send the SMS. Passwords and API secrets are kept in the system keychain, never in the database; addresses must use HTTPS except for a gateway on this computer.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Sender id</source>
        <translation>Sender id</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Rate</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Secret</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Add…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>Use for &amp;new campaigns</source>
        <translation>Use for &amp;new campaigns</translation>
    </message>
    <message>
        <source>&amp;Test the connection</source>
        <translation>&amp;Test the connection</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>in the keychain</source>
        <translation>in the keychain</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Saved &quot;%1&quot;.</source>
        <translation>Saved &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Removing…</source>
        <translation>Removing…</translation>
    </message>
    <message>
        <source>Removed.</source>
        <translation>Removed.</translation>
    </message>
    <message>
        <source>New campaigns will use this provider.</source>
        <translation>New campaigns will use this provider.</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Testing the connection…</translation>
    </message>
    <message>
        <source>Connection works: %1</source>
        <translation>Connection works: %1</translation>
    </message>
    <message>
        <source>Connection failed: %1</source>
        <translation>Connection failed: %1</translation>
    </message>
    <message>
        <source>Connection failed: no answer within 30 s.</source>
        <translation>Connection failed: no answer within 30 s.</translation>
    </message>
</context>
<context>
    <name>RecipientQuery</name>
    <message>
        <source>Cannot read the recipients: %1</source>
        <translation>Cannot read the recipients: %1</translation>
    </message>
    <message>
        <source>Cannot count the recipients: %1</source>
        <translation>Cannot count the recipients: %1</translation>
    </message>
</context>
<context>
    <name>RecordExports</name>
    <message>
        <source>Cannot read the suppression list: %1</source>
        <translation>Cannot read the suppression list: %1</translation>
    </message>
    <message>
        <source>Cannot read the audit log: %1</source>
        <translation>Cannot read the audit log: %1</translation>
    </message>
</context>
<context>
    <name>ReportChartView</name>
    <message>
        <source>Save the chart as PNG</source>
        <translation>Save the chart as PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG images (*.png)</translation>
    </message>
    <message>
        <source>Save as PNG…</source>
        <translation>Save as PNG…</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Reports</source>
        <translation>Reports</translation>
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
        <source>Other départements</source>
        <translation>Other départements</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>What this database holds, what the campaigns spent against their caps, and the results of each campaign. Right-click a chart to save it as PNG.</source>
        <translation>What this database holds, what the campaigns spent against their caps, and the results of each campaign. Right-click a chart to save it as PNG.</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>Campaign dashboard</source>
        <translation>Campaign dashboard</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>Export a campaign&apos;s messages, the campaign account, the consent proof and the other records as CSV files (the campaign shown by the dashboard is preselected).</source>
        <translation>Export a campaign&apos;s messages, the campaign account, the consent proof and the other records as CSV files (the campaign shown by the dashboard is preselected).</translation>
    </message>
    <message>
        <source>No contacts yet: import a broker file (Audiences) or load the demo data.</source>
        <translation>No contacts yet: import a broker file (Audiences) or load the demo data.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>ReviewQueuePanel</name>
    <message>
        <source>Replies Tribune could not read for certain. Read each one and decide what it means; your decision is kept in the consent ledger under your name. Clear yes, no and STOP replies never come here: they are applied at once.</source>
        <translation>Replies Tribune could not read for certain. Read each one and decide what it means; your decision is kept in the consent ledger under your name. Clear yes, no and STOP replies never come here: they are applied at once.</translation>
    </message>
    <message>
        <source>No reply is waiting for a decision.</source>
        <translation>No reply is waiting for a decision.</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Reply</translation>
    </message>
    <message>
        <source>What it answers</source>
        <translation>What it answers</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Consent now</source>
        <translation>Consent now</translation>
    </message>
    <message>
        <source>&amp;Yes, agreed</source>
        <translation>&amp;Yes, agreed</translation>
    </message>
    <message>
        <source>The person agrees to receive campaign messages (Alt+Y).</source>
        <translation>The person agrees to receive campaign messages (Alt+Y).</translation>
    </message>
    <message>
        <source>&amp;No, refused</source>
        <translation>&amp;No, refused</translation>
    </message>
    <message>
        <source>The person refuses: no campaign message (Alt+N).</source>
        <translation>The person refuses: no campaign message (Alt+N).</translation>
    </message>
    <message>
        <source>&amp;STOP…</source>
        <translation>&amp;STOP…</translation>
    </message>
    <message>
        <source>The person objects to any message: the number goes on the suppression list for good. This cannot be undone.</source>
        <translation>The person objects to any message: the number goes on the suppression list for good. This cannot be undone.</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;Dismiss</translation>
    </message>
    <message>
        <source>The reply says nothing about consent: the number&apos;s consent does not change.</source>
        <translation>The reply says nothing about consent: the number&apos;s consent does not change.</translation>
    </message>
    <message>
        <source>Show the his&amp;tory</source>
        <translation>Show the his&amp;tory</translation>
    </message>
    <message>
        <source>(no message of ours found)</source>
        <translation>(no message of ours found)</translation>
    </message>
    <message numerus="yes">
        <source>The %n oldest replies are shown; decide them to see the next ones.</source>
        <translation>
            <numerusform>The %n oldest replies are shown; decide them to see the next ones.</numerusform>
            <numerusform>The %n oldest replies are shown; decide them to see the next ones.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; replied on %2:</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; replied on %2:</translation>
    </message>
    <message>
        <source>&lt;b&gt;To our message:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;To our message:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;To our message&lt;/b&gt; (%1): %2</source>
        <translation>&lt;b&gt;To our message&lt;/b&gt; (%1): %2</translation>
    </message>
    <message>
        <source>The replies to review could not be read: %1</source>
        <translation>The replies to review could not be read: %1</translation>
    </message>
    <message>
        <source>Record a STOP</source>
        <translation>Record a STOP</translation>
    </message>
    <message>
        <source>Record that %1 objects to any message? The number goes on the suppression list for good: it will never receive anything again, from any audience or re-import. This cannot be undone.</source>
        <translation>Record that %1 objects to any message? The number goes on the suppression list for good: it will never receive anything again, from any audience or re-import. This cannot be undone.</translation>
    </message>
    <message>
        <source>Record the STOP</source>
        <translation>Record the STOP</translation>
    </message>
    <message>
        <source>Replies to review</source>
        <translation>Replies to review</translation>
    </message>
</context>
<context>
    <name>SandboxProvider</name>
    <message>
        <source>The sandbox is built in: nothing leaves this computer.</source>
        <translation>The sandbox is built in: nothing leaves this computer.</translation>
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
    <name>Segment</name>
    <message>
        <source>The filter &quot;%1&quot; must look like column=value1,value2.</source>
        <translation>The filter &quot;%1&quot; must look like column=value1,value2.</translation>
    </message>
    <message>
        <source>The filter &quot;%1&quot; names no valid column.</source>
        <translation>The filter &quot;%1&quot; names no valid column.</translation>
    </message>
    <message>
        <source>The filter &quot;%1&quot; gives no value.</source>
        <translation>The filter &quot;%1&quot; gives no value.</translation>
    </message>
    <message>
        <source>The filter &quot;%1&quot; must give a range as from..to (either may be left out).</source>
        <translation>The filter &quot;%1&quot; must give a range as from..to (either may be left out).</translation>
    </message>
    <message>
        <source>Unknown segment combination &quot;%1&quot;.</source>
        <translation>Unknown segment combination &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Unknown segment filter operator &quot;%1&quot;.</source>
        <translation>Unknown segment filter operator &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>%1 is %2</source>
        <translation>%1 is %2</translation>
    </message>
    <message>
        <source> or </source>
        <translation> or </translation>
    </message>
    <message>
        <source>%1 is not %2</source>
        <translation>%1 is not %2</translation>
    </message>
    <message>
        <source>%1 is none of %2</source>
        <translation>%1 is none of %2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>%1 starts with %2</source>
        <translation>%1 starts with %2</translation>
    </message>
    <message>
        <source>%1 up to %2</source>
        <translation>%1 up to %2</translation>
    </message>
    <message>
        <source>%1 from %2 on</source>
        <translation>%1 from %2 on</translation>
    </message>
    <message>
        <source>%1 from %2 to %3</source>
        <translation>%1 from %2 to %3</translation>
    </message>
    <message>
        <source> OR </source>
        <translation> OR </translation>
    </message>
</context>
<context>
    <name>SegmentBuilder</name>
    <message>
        <source>Contacts matching</source>
        <translation>Contacts matching</translation>
    </message>
    <message>
        <source>all</source>
        <translation>all</translation>
    </message>
    <message>
        <source>any</source>
        <translation>any</translation>
    </message>
    <message>
        <source>of these filters:</source>
        <translation>of these filters:</translation>
    </message>
    <message>
        <source>&amp;Add a filter</source>
        <translation>&amp;Add a filter</translation>
    </message>
    <message>
        <source>is one of</source>
        <translation>is one of</translation>
    </message>
    <message>
        <source>is not one of</source>
        <translation>is not one of</translation>
    </message>
    <message>
        <source>starts with</source>
        <translation>starts with</translation>
    </message>
    <message>
        <source>is between</source>
        <translation>is between</translation>
    </message>
    <message>
        <source>values separated by commas, e.g. 67, 68</source>
        <translation>values separated by commas, e.g. 67, 68</translation>
    </message>
    <message>
        <source>from (e.g. 2025-01-01)</source>
        <translation>from (e.g. 2025-01-01)</translation>
    </message>
    <message>
        <source>to (empty: no limit)</source>
        <translation>to (empty: no limit)</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Values</translation>
    </message>
    <message>
        <source>Pick among the most frequent values</source>
        <translation>Pick among the most frequent values</translation>
    </message>
    <message>
        <source>Remove this filter</source>
        <translation>Remove this filter</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postal code</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Town</translation>
    </message>
    <message>
        <source>Age bracket</source>
        <translation>Age bracket</translation>
    </message>
    <message>
        <source>Opt-in date</source>
        <translation>Opt-in date</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Last name</translation>
    </message>
    <message>
        <source>Choose a column</source>
        <translation>Choose a column</translation>
    </message>
    <message>
        <source>No value known for this column</source>
        <translation>No value known for this column</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Preparing instant counts for this audience…</source>
        <translation>Preparing instant counts for this audience…</translation>
    </message>
    <message>
        <source>Preparing instant counts for this audience… %1 %</source>
        <translation>Preparing instant counts for this audience… %1 %</translation>
    </message>
    <message>
        <source>No audience selected</source>
        <translation>No audience selected</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Counting…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln sendable contact(s)</source>
        <translation>
            <numerusform>%Ln sendable contact</numerusform>
            <numerusform>%Ln sendable contacts</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 % of the audience</source>
        <translation>%1 % of the audience</translation>
    </message>
    <message>
        <source>of %1 sendable in the audience · numbers on the suppression list and people who refused or opted out are not counted · counted in %2 ms</source>
        <translation>of %1 sendable in the audience · numbers on the suppression list and people who refused or opted out are not counted · counted in %2 ms</translation>
    </message>
    <message>
        <source>Consent first: %1 of them agreed to campaign messages; %2 were never asked and can get a consent request.</source>
        <translation>Consent first: %1 of them agreed to campaign messages; %2 were never asked and can get a consent request.</translation>
    </message>
    <message>
        <source>Campaign messages go to every sendable contact of this audience (its own proof of consent is recorded, or the consent gate is off).</source>
        <translation>Campaign messages go to every sendable contact of this audience (its own proof of consent is recorded, or the consent gate is off).</translation>
    </message>
</context>
<context>
    <name>SegmentIndex</name>
    <message>
        <source>Cannot read the segment index: %1</source>
        <translation>Cannot read the segment index: %1</translation>
    </message>
    <message>
        <source>This audience does not exist.</source>
        <translation>This audience does not exist.</translation>
    </message>
    <message>
        <source>Cannot read the contacts: %1</source>
        <translation>Cannot read the contacts: %1</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <source>Cannot read the suppression list: %1</source>
        <translation>Cannot read the suppression list: %1</translation>
    </message>
    <message>
        <source>Cannot write the segment index: %1</source>
        <translation>Cannot write the segment index: %1</translation>
    </message>
    <message>
        <source>The filter column &quot;%1&quot; is not a column of this audience.</source>
        <translation>The filter column &quot;%1&quot; is not a column of this audience.</translation>
    </message>
    <message>
        <source>Cannot count the contacts: %1</source>
        <translation>Cannot count the contacts: %1</translation>
    </message>
    <message>
        <source>Cannot read the consent states: %1</source>
        <translation>Cannot read the consent states: %1</translation>
    </message>
    <message>
        <source>The contact ids of this audience are too far apart for the segment index: counts run as SQL.</source>
        <translation>The contact ids of this audience are too far apart for the segment index: counts run as SQL.</translation>
    </message>
</context>
<context>
    <name>SegmentOptions</name>
    <message>
        <source>Segment filter, repeatable: column=a,b (is), column!=a,b (is not), column^=67,68 (starts with), column=from..to (range, either end may be left out).</source>
        <translation>Segment filter, repeatable: column=a,b (is), column!=a,b (is not), column^=67,68 (starts with), column=from..to (range, either end may be left out).</translation>
    </message>
</context>
<context>
    <name>SendEngine</name>
    <message>
        <source>This campaign no longer exists.</source>
        <translation>This campaign no longer exists.</translation>
    </message>
    <message>
        <source>Only an approved, sending or paused campaign can be sent (this one is %1).</source>
        <translation>Only an approved, sending or paused campaign can be sent (this one is %1).</translation>
    </message>
    <message>
        <source>The provider refused the credentials or the account (%1: %2). Sending is paused and the messages not sent stay queued: fix the account or its secret, then send again.</source>
        <translation>The provider refused the credentials or the account (%1: %2). Sending is paused and the messages not sent stay queued: fix the account or its secret, then send again.</translation>
    </message>
</context>
<context>
    <name>SendPanel</name>
    <message>
        <source>&amp;Approve for sending…</source>
        <translation>&amp;Approve for sending…</translation>
    </message>
    <message>
        <source>&amp;Send now…</source>
        <translation>&amp;Send now…</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Resume</translation>
    </message>
    <message>
        <source>Cancel the &amp;rest…</source>
        <translation>Cancel the &amp;rest…</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>Queued</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Delivered</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Unknown: may or may not have been sent; never resent automatically.</source>
        <translation>Unknown: may or may not have been sent; never resent automatically.</translation>
    </message>
    <message>
        <source>Accepted by the provider, delivery report not received yet.</source>
        <translation>Accepted by the provider, delivery report not received yet.</translation>
    </message>
    <message>
        <source>Not sent yet (including messages waiting for a retry).</source>
        <translation>Not sent yet (including messages waiting for a retry).</translation>
    </message>
    <message>
        <source>Select a campaign to approve or send it.</source>
        <translation>Select a campaign to approve or send it.</translation>
    </message>
    <message>
        <source>Starting: reading the provider&apos;s settings…</source>
        <translation>Starting: reading the provider&apos;s settings…</translation>
    </message>
    <message>
        <source>Paused: nothing goes out until you resume.</source>
        <translation>Paused: nothing goes out until you resume.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Sending…</translation>
    </message>
    <message>
        <source>Draft: approve it before sending.</source>
        <translation>Draft: approve it before sending.</translation>
    </message>
    <message>
        <source>Approved: ready to send.</source>
        <translation>Approved: ready to send.</translation>
    </message>
    <message>
        <source>Marked as sending, but not by this window (interrupted, or another Tribune is sending it). Send now resumes it; nothing is sent twice.</source>
        <translation>Marked as sending, but not by this window (interrupted, or another Tribune is sending it). Send now resumes it; nothing is sent twice.</translation>
    </message>
    <message>
        <source>Paused: Send now resumes where it stopped.</source>
        <translation>Paused: Send now resumes where it stopped.</translation>
    </message>
    <message>
        <source>Done: every message has been handed to the provider.</source>
        <translation>Done: every message has been handed to the provider.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <source>“%1” is sending; one campaign sends at a time.</source>
        <translation>“%1” is sending; one campaign sends at a time.</translation>
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
        <translation>%1 / %2 messages settled</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Paused</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Starting…</translation>
    </message>
    <message>
        <source>%1 messages/s · about %2 left</source>
        <translation>%1 messages/s · about %2 left</translation>
    </message>
    <message>
        <source>This campaign no longer exists.</source>
        <translation>This campaign no longer exists.</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Sending</translation>
    </message>
    <message>
        <source>Approve for sending</source>
        <translation>Approve for sending</translation>
    </message>
    <message>
        <source>Approve “%1” for sending?</source>
        <translation>Approve “%1” for sending?</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Recipients: %1
SMS parts: %2
Provider: %3
Sender: %4
Footer: %5

Editing the campaign afterwards withdraws the approval.</source>
        <translation>Recipients: %1
SMS parts: %2
Provider: %3
Sender: %4
Footer: %5

Editing the campaign afterwards withdraws the approval.</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Approve</translation>
    </message>
    <message>
        <source>Send now</source>
        <translation>Send now</translation>
    </message>
    <message>
        <source>Send “%1” now?</source>
        <translation>Send “%1” now?</translation>
    </message>
    <message>
        <source>(no provider)</source>
        <translation>(no provider)</translation>
    </message>
    <message>
        <source>%1 to %2 through %3; nothing is sent twice, STOPs are honoured until the last message.</source>
        <translation>%1 to %2 through %3; nothing is sent twice, STOPs are honoured until the last message.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln messages</source>
        <translation>
            <numerusform>%Ln messages</numerusform>
            <numerusform>%Ln messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln recipients</source>
        <translation>
            <numerusform>%Ln recipients</numerusform>
            <numerusform>%Ln recipients</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 still to send through %3; nothing is sent twice, STOPs are honoured until the last message.</source>
        <translation>%1 of %2 still to send through %3; nothing is sent twice, STOPs are honoured until the last message.</translation>
    </message>
    <message>
        <source>This provider is the offline sandbox: nothing leaves this computer.</source>
        <translation>This provider is the offline sandbox: nothing leaves this computer.</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Send</translation>
    </message>
    <message>
        <source>Cancel the rest</source>
        <translation>Cancel the rest</translation>
    </message>
    <message>
        <source>Cancel the messages of “%1” not sent yet?</source>
        <translation>Cancel the messages of “%1” not sent yet?</translation>
    </message>
    <message>
        <source>Messages already handed to the provider cannot be called back. A cancelled campaign cannot be sent again.</source>
        <translation>Messages already handed to the provider cannot be called back. A cancelled campaign cannot be sent again.</translation>
    </message>
    <message>
        <source>Keep sending</source>
        <translation>Keep sending</translation>
    </message>
    <message>
        <source>No campaign is selected.</source>
        <translation>No campaign is selected.</translation>
    </message>
    <message>
        <source>Only an approved, sending or paused campaign can be sent.</source>
        <translation>Only an approved, sending or paused campaign can be sent.</translation>
    </message>
    <message>
        <source>This campaign has no SMS provider; choose one in the composer.</source>
        <translation>This campaign has no SMS provider; choose one in the composer.</translation>
    </message>
    <message>
        <source>Sending stopped on an error: %1 Send now resumes where it stopped.</source>
        <translation>Sending stopped on an error: %1 Send now resumes where it stopped.</translation>
    </message>
    <message>
        <source>Finished in %1: %2 handed to the provider by this run.</source>
        <translation>Finished in %1: %2 handed to the provider by this run.</translation>
    </message>
    <message>
        <source>Cancelled: the messages not sent yet were cancelled; those already handed to the provider cannot be called back.</source>
        <translation>Cancelled: the messages not sent yet were cancelled; those already handed to the provider cannot be called back.</translation>
    </message>
    <message>
        <source>Stopped after the messages in flight: the campaign is paused and resumes where it stopped when you press Send now.</source>
        <translation>Stopped after the messages in flight: the campaign is paused and resumes where it stopped when you press Send now.</translation>
    </message>
    <message>
        <source>Paused for the electoral silence: no campaign message may be sent from the day before a round until the polls close (Code électoral, art. L49).</source>
        <translation>Paused for the electoral silence: no campaign message may be sent from the day before a round until the polls close (Code électoral, art. L49).</translation>
    </message>
    <message>
        <source>Paused: it is outside the sending window (the hours and days set for sending).</source>
        <translation>Paused: it is outside the sending window (the hours and days set for sending).</translation>
    </message>
    <message>
        <source>Sending ended (%1).</source>
        <translation>Sending ended (%1).</translation>
    </message>
    <message numerus="yes">
        <source>%Ln messages are in an unknown state: they may or may not have been sent and are never resent automatically.</source>
        <translation>
            <numerusform>%Ln messages are in an unknown state: they may or may not have been sent and are never resent automatically.</numerusform>
            <numerusform>%Ln messages are in an unknown state: they may or may not have been sent and are never resent automatically.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 at %2</translation>
    </message>
    <message>
        <source>Paused for the electoral silence until %1: no campaign message may be sent from the day before a round until the polls close (Code électoral, art. L49). Press Send now after that.</source>
        <translation>Paused for the electoral silence until %1: no campaign message may be sent from the day before a round until the polls close (Code électoral, art. L49). Press Send now after that.</translation>
    </message>
    <message>
        <source>Paused: it is outside the sending window (the hours and days set for sending). It opens again on %1; press Send now then.</source>
        <translation>Paused: it is outside the sending window (the hours and days set for sending). It opens again on %1; press Send now then.</translation>
    </message>
    <message>
        <source>To fix before it can be sent:</source>
        <translation>To fix before it can be sent:</translation>
    </message>
    <message>
        <source>“%1” cannot be sent yet.</source>
        <translation>“%1” cannot be sent yet.</translation>
    </message>
</context>
<context>
    <name>Sending::CallbackListener</name>
    <message>
        <source>Cannot listen on %1 port %2: %3</source>
        <translation>Cannot listen on %1 port %2: %3</translation>
    </message>
</context>
<context>
    <name>Sending::CallbackService</name>
    <message>
        <source>“%1”: %2</source>
        <translation>“%1”: %2</translation>
    </message>
    <message>
        <source>Cannot read the providers: %1</source>
        <translation>Cannot read the providers: %1</translation>
    </message>
    <message>
        <source>%1 Its signed callbacks will be refused.</source>
        <translation>%1 Its signed callbacks will be refused.</translation>
    </message>
</context>
<context>
    <name>Sending::CredentialStore</name>
    <message>
        <source>No secret is stored in the keychain for this provider.</source>
        <translation>No secret is stored in the keychain for this provider.</translation>
    </message>
    <message>
        <source>The system keychain refused access (is it locked?): %1</source>
        <translation>The system keychain refused access (is it locked?): %1</translation>
    </message>
    <message>
        <source>No system keychain is available to store provider secrets (on Linux: a Secret Service such as GNOME Keyring or KWallet on the session bus). Tribune never stores secrets elsewhere. Details: %1</source>
        <translation>No system keychain is available to store provider secrets (on Linux: a Secret Service such as GNOME Keyring or KWallet on the session bus). Tribune never stores secrets elsewhere. Details: %1</translation>
    </message>
    <message>
        <source>The system keychain failed: %1</source>
        <translation>The system keychain failed: %1</translation>
    </message>
</context>
<context>
    <name>Sending::KannelProvider</name>
    <message>
        <source>The message has %1 parts; this gateway sends at most %2 (it would cut the rest silently).</source>
        <translation>The message has %1 parts; this gateway sends at most %2 (it would cut the rest silently).</translation>
    </message>
    <message>
        <source>The gateway refused the user name or password (%1).</source>
        <translation>The gateway refused the user name or password (%1).</translation>
    </message>
    <message>
        <source>The gateway cannot be reached: %1</source>
        <translation>The gateway cannot be reached: %1</translation>
    </message>
    <message>
        <source>The gateway refused the user name or password.</source>
        <translation>The gateway refused the user name or password.</translation>
    </message>
    <message>
        <source>Connected to the Kannel gateway; the credentials are accepted.</source>
        <translation>Connected to the Kannel gateway; the credentials are accepted.</translation>
    </message>
    <message>
        <source>Unexpected answer from the gateway (HTTP %1): %2</source>
        <translation>Unexpected answer from the gateway (HTTP %1): %2</translation>
    </message>
    <message>
        <source>Delivery report without a status.</source>
        <translation>Delivery report without a status.</translation>
    </message>
    <message>
        <source>Delivery report that names no message.</source>
        <translation>Delivery report that names no message.</translation>
    </message>
    <message>
        <source>Inbound message without a sender or a text.</source>
        <translation>Inbound message without a sender or a text.</translation>
    </message>
    <message>
        <source>The user name, password, sender or number holds a line break or another control character, which cannot be sent to the gateway.</source>
        <translation>The user name, password, sender or number holds a line break or another control character, which cannot be sent to the gateway.</translation>
    </message>
</context>
<context>
    <name>Sending::OctopushProvider</name>
    <message>
        <source>The Octopush provider &quot;%1&quot; needs its login (e-mail) and its API key (stored in the system keychain).</source>
        <translation>The Octopush provider &quot;%1&quot; needs its login (e-mail) and its API key (stored in the system keychain).</translation>
    </message>
    <message>
        <source>Octopush&apos;s answer could not be read (HTTP %1): %2</source>
        <translation>Octopush&apos;s answer could not be read (HTTP %1): %2</translation>
    </message>
    <message>
        <source>Octopush took %1 of the %2 numbers; it reports the others as undeliverable.</source>
        <translation>Octopush took %1 of the %2 numbers; it reports the others as undeliverable.</translation>
    </message>
    <message>
        <source>Octopush answered HTTP %1.</source>
        <translation>Octopush answered HTTP %1.</translation>
    </message>
    <message>
        <source>The login or the API key is missing.</source>
        <translation>The login or the API key is missing.</translation>
    </message>
    <message>
        <source>Cannot reach Octopush: %1</source>
        <translation>Cannot reach Octopush: %1</translation>
    </message>
    <message>
        <source>Octopush refused the login or the API key (HTTP %1).</source>
        <translation>Octopush refused the login or the API key (HTTP %1).</translation>
    </message>
    <message>
        <source>Octopush answered HTTP %1: %2</source>
        <translation>Octopush answered HTTP %1: %2</translation>
    </message>
    <message>
        <source>Connected to Octopush (simulation: one message would cost %1).</source>
        <translation>Connected to Octopush (simulation: one message would cost %1).</translation>
    </message>
    <message>
        <source>Octopush callbacks are POST requests.</source>
        <translation>Octopush callbacks are POST requests.</translation>
    </message>
    <message>
        <source>An Octopush delivery report without message_id, number or status.</source>
        <translation>An Octopush delivery report without message_id, number or status.</translation>
    </message>
    <message>
        <source>An Octopush reply or STOP without number.</source>
        <translation>An Octopush reply or STOP without number.</translation>
    </message>
</context>
<context>
    <name>Sending::Provider</name>
    <message>
        <source>The provider&apos;s address must use HTTPS (plain HTTP is accepted only on this computer): %1</source>
        <translation>The provider&apos;s address must use HTTPS (plain HTTP is accepted only on this computer): %1</translation>
    </message>
    <message>
        <source>Unknown provider kind &quot;%1&quot;.</source>
        <translation>Unknown provider kind &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>Sending::SmsFactorProvider</name>
    <message>
        <source>The SMSFactor provider &quot;%1&quot; needs its API token (stored in the system keychain).</source>
        <translation>The SMSFactor provider &quot;%1&quot; needs its API token (stored in the system keychain).</translation>
    </message>
    <message>
        <source>SMSFactor answered HTTP %1.</source>
        <translation>SMSFactor answered HTTP %1.</translation>
    </message>
    <message>
        <source>SMSFactor&apos;s answer could not be read (HTTP %1): %2</source>
        <translation>SMSFactor&apos;s answer could not be read (HTTP %1): %2</translation>
    </message>
    <message>
        <source>SMSFactor refused the messages (HTTP %1).</source>
        <translation>SMSFactor refused the messages (HTTP %1).</translation>
    </message>
    <message>
        <source>SMSFactor refused the messages: %1</source>
        <translation>SMSFactor refused the messages: %1</translation>
    </message>
    <message>
        <source>%1 sent, %2 on the blacklist, %3 invalid, %4 undeliverable (NPAI)</source>
        <translation>%1 sent, %2 on the blacklist, %3 invalid, %4 undeliverable (NPAI)</translation>
    </message>
    <message>
        <source>SMSFactor sent none of the messages: %1.</source>
        <translation>SMSFactor sent none of the messages: %1.</translation>
    </message>
    <message>
        <source>SMSFactor sent only some of the batch: %1.</source>
        <translation>SMSFactor sent only some of the batch: %1.</translation>
    </message>
    <message>
        <source>The API token is missing.</source>
        <translation>The API token is missing.</translation>
    </message>
    <message>
        <source>Cannot reach SMSFactor: %1</source>
        <translation>Cannot reach SMSFactor: %1</translation>
    </message>
    <message>
        <source>SMSFactor refused the API token (HTTP %1).</source>
        <translation>SMSFactor refused the API token (HTTP %1).</translation>
    </message>
    <message>
        <source>SMSFactor answered HTTP %1: %2</source>
        <translation>SMSFactor answered HTTP %1: %2</translation>
    </message>
    <message>
        <source>Connected to SMSFactor (simulation accepted; %1 credits left).</source>
        <translation>Connected to SMSFactor (simulation accepted; %1 credits left).</translation>
    </message>
    <message>
        <source>SMSFactor webhooks are GET or POST requests.</source>
        <translation>SMSFactor webhooks are GET or POST requests.</translation>
    </message>
    <message>
        <source>An SMSFactor delivery report without message_id or status.</source>
        <translation>An SMSFactor delivery report without message_id or status.</translation>
    </message>
    <message>
        <source>An SMSFactor reply or STOP without its sender number.</source>
        <translation>An SMSFactor reply or STOP without its sender number.</translation>
    </message>
    <message>
        <source>SMSFactor holds the messages for moderation before sending them.</source>
        <translation>SMSFactor holds the messages for moderation before sending them.</translation>
    </message>
</context>
<context>
    <name>Sending::TwilioProvider</name>
    <message>
        <source>The Twilio provider &quot;%1&quot; needs its Account SID and its auth token (stored in the system keychain).</source>
        <translation>The Twilio provider &quot;%1&quot; needs its Account SID and its auth token (stored in the system keychain).</translation>
    </message>
    <message>
        <source>Twilio&apos;s answer could not be read (HTTP %1): %2</source>
        <translation>Twilio&apos;s answer could not be read (HTTP %1): %2</translation>
    </message>
    <message>
        <source>Twilio answered HTTP %1.</source>
        <translation>Twilio answered HTTP %1.</translation>
    </message>
    <message>
        <source>The Account SID or the auth token is missing.</source>
        <translation>The Account SID or the auth token is missing.</translation>
    </message>
    <message>
        <source>Cannot reach Twilio: %1</source>
        <translation>Cannot reach Twilio: %1</translation>
    </message>
    <message>
        <source>Twilio refused the Account SID or the auth token (HTTP %1).</source>
        <translation>Twilio refused the Account SID or the auth token (HTTP %1).</translation>
    </message>
    <message>
        <source>Twilio answered HTTP %1: %2</source>
        <translation>Twilio answered HTTP %1: %2</translation>
    </message>
    <message>
        <source>The Twilio account &quot;%1&quot; is %2.</source>
        <translation>The Twilio account &quot;%1&quot; is %2.</translation>
    </message>
    <message>
        <source>Connected to the Twilio account &quot;%1&quot; (active).</source>
        <translation>Connected to the Twilio account &quot;%1&quot; (active).</translation>
    </message>
    <message>
        <source>Twilio callbacks are POST requests.</source>
        <translation>Twilio callbacks are POST requests.</translation>
    </message>
    <message>
        <source>Refused a Twilio callback whose X-Twilio-Signature does not match (wrong auth token, or not sent by Twilio).</source>
        <translation>Refused a Twilio callback whose X-Twilio-Signature does not match (wrong auth token, or not sent by Twilio).</translation>
    </message>
    <message>
        <source>A Twilio status callback without MessageSid or MessageStatus.</source>
        <translation>A Twilio status callback without MessageSid or MessageStatus.</translation>
    </message>
    <message>
        <source>A Twilio incoming message without From.</source>
        <translation>A Twilio incoming message without From.</translation>
    </message>
</context>
<context>
    <name>Sending::VonageProvider</name>
    <message>
        <source>The Vonage provider &quot;%1&quot; needs its API key and its API secret (stored in the system keychain).</source>
        <translation>The Vonage provider &quot;%1&quot; needs its API key and its API secret (stored in the system keychain).</translation>
    </message>
    <message>
        <source>Vonage answered HTTP %1.</source>
        <translation>Vonage answered HTTP %1.</translation>
    </message>
    <message>
        <source>Vonage&apos;s answer could not be read: %1</source>
        <translation>Vonage&apos;s answer could not be read: %1</translation>
    </message>
    <message>
        <source>Vonage refused the message (status %1).</source>
        <translation>Vonage refused the message (status %1).</translation>
    </message>
    <message>
        <source>Vonage took %1 of the %2 parts, then refused one: %3</source>
        <translation>Vonage took %1 of the %2 parts, then refused one: %3</translation>
    </message>
    <message>
        <source>The API key or the API secret is missing.</source>
        <translation>The API key or the API secret is missing.</translation>
    </message>
    <message>
        <source>Cannot reach Vonage: %1</source>
        <translation>Cannot reach Vonage: %1</translation>
    </message>
    <message>
        <source>Vonage refused the API key or the API secret (HTTP %1).</source>
        <translation>Vonage refused the API key or the API secret (HTTP %1).</translation>
    </message>
    <message>
        <source>Vonage answered HTTP %1 without a balance.</source>
        <translation>Vonage answered HTTP %1 without a balance.</translation>
    </message>
    <message>
        <source>Connected to Vonage; balance %1.</source>
        <translation>Connected to Vonage; balance %1.</translation>
    </message>
    <message>
        <source>Vonage webhooks are GET or POST requests.</source>
        <translation>Vonage webhooks are GET or POST requests.</translation>
    </message>
    <message>
        <source>A Vonage delivery receipt without messageId or status.</source>
        <translation>A Vonage delivery receipt without messageId or status.</translation>
    </message>
    <message>
        <source>A Vonage inbound message without msisdn.</source>
        <translation>A Vonage inbound message without msisdn.</translation>
    </message>
</context>
<context>
    <name>SendingCommands</name>
    <message>
        <source>Send an approved campaign (or resume a paused one) until it is done or interrupted.</source>
        <translation>Send an approved campaign (or resume a paused one) until it is done or interrupted.</translation>
    </message>
    <message>
        <source>Provider name (default: the campaign&apos;s).</source>
        <translation>Provider name (default: the campaign&apos;s).</translation>
    </message>
    <message>
        <source>Sender instance id; a restart with the same id recovers its messages.</source>
        <translation>Sender instance id; a restart with the same id recovers its messages.</translation>
    </message>
    <message>
        <source>Requests in flight (default 4).</source>
        <translation>Requests in flight (default 4).</translation>
    </message>
    <message>
        <source>no provider for this campaign</source>
        <translation>no provider for this campaign</translation>
    </message>
    <message>
        <source>%1: %2 submitted, %3 accepted, %4 failed in %5 s
</source>
        <translation>%1: %2 submitted, %3 accepted, %4 failed in %5 s
</translation>
    </message>
    <message>
        <source>How long to wait for delivery reports after the last message (default 0, 20000 with --listen).</source>
        <translation>How long to wait for delivery reports after the last message (default 0, 20000 with --listen).</translation>
    </message>
    <message>
        <source>Receive delivery reports and replies on 127.0.0.1:PORT while sending and draining (0 picks a free port); providers call this address unless --callback-url is given.</source>
        <translation>Receive delivery reports and replies on 127.0.0.1:PORT while sending and draining (0 picks a free port); providers call this address unless --callback-url is given.</translation>
    </message>
    <message>
        <source>Public address providers call back with delivery reports and replies (a reverse proxy or a tunnel to the listener); overrides the setting.</source>
        <translation>Public address providers call back with delivery reports and replies (a reverse proxy or a tunnel to the listener); overrides the setting.</translation>
    </message>
    <message>
        <source>--callback-url needs an address</source>
        <translation>--callback-url needs an address</translation>
    </message>
    <message>
        <source>--listen needs a port number (0 picks a free one)</source>
        <translation>--listen needs a port number (0 picks a free one)</translation>
    </message>
    <message>
        <source>Received %1 and %2.
</source>
        <translation>Received %1 and %2.
</translation>
    </message>
    <message numerus="yes">
        <source>%n delivery report(s)</source>
        <translation>
            <numerusform>%n delivery report</numerusform>
            <numerusform>%n delivery reports</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n incoming message(s)</source>
        <translation>
            <numerusform>%n incoming message</numerusform>
            <numerusform>%n incoming messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n STOP confirmation(s) sent.
</source>
        <translation>
            <numerusform>%n STOP confirmation sent.
</numerusform>
            <numerusform>%n STOP confirmations sent.
</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SendingWindowPanel</name>
    <message>
        <source>When campaign messages may go out, Paris time. A campaign still sending when the window closes pauses and resumes at the next opening. Consent requests and campaign messages alike wait for it.</source>
        <translation>When campaign messages may go out, Paris time. A campaign still sending when the window closes pauses and resumes at the next opening. Consent requests and campaign messages alike wait for it.</translation>
    </message>
    <message>
        <source>&amp;Hours:</source>
        <translation>&amp;Hours:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>(closing at 00:00: midnight)</source>
        <translation>(closing at 00:00: midnight)</translation>
    </message>
    <message>
        <source>Days:</source>
        <translation>Days:</translation>
    </message>
    <message>
        <source>Closed on French &amp;public holidays</source>
        <translation>Closed on French &amp;public holidays</translation>
    </message>
    <message>
        <source>Also &amp;Good Friday and 26 December (Alsace-Moselle: departments 57, 67, 68)</source>
        <translation>Also &amp;Good Friday and 26 December (Alsace-Moselle: departments 57, 67, 68)</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>Sa&amp;ve</translation>
    </message>
    <message>
        <source>today at %1</source>
        <translation>today at %1</translation>
    </message>
    <message>
        <source>Open now, until %1.</source>
        <translation>Open now, until %1.</translation>
    </message>
    <message>
        <source>Closed now. Next opening: %1.</source>
        <translation>Closed now. Next opening: %1.</translation>
    </message>
    <message>
        <source>Closed now, and it does not open in the next two weeks.</source>
        <translation>Closed now, and it does not open in the next two weeks.</translation>
    </message>
    <message>
        <source>Messages go out on public holidays too.</source>
        <translation>Messages go out on public holidays too.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Next public holidays: %1.</source>
        <translation>Next public holidays: %1.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Not saved: %1</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
</context>
<context>
    <name>SensitiveColumns</name>
    <message>
        <source>religious beliefs</source>
        <translation>religious beliefs</translation>
    </message>
    <message>
        <source>racial or ethnic origin</source>
        <translation>racial or ethnic origin</translation>
    </message>
    <message>
        <source>political opinions</source>
        <translation>political opinions</translation>
    </message>
    <message>
        <source>trade-union membership</source>
        <translation>trade-union membership</translation>
    </message>
    <message>
        <source>health</source>
        <translation>health</translation>
    </message>
    <message>
        <source>sex life or sexual orientation</source>
        <translation>sex life or sexual orientation</translation>
    </message>
    <message>
        <source>criminal convictions</source>
        <translation>criminal convictions</translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; reveals or suggests %2 (GDPR art. 9): segments cannot be built on it. An administrator can mark the column as not sensitive after checking its content.</source>
        <translation>The column &quot;%1&quot; reveals or suggests %2 (GDPR art. 9): segments cannot be built on it. An administrator can mark the column as not sensitive after checking its content.</translation>
    </message>
    <message>
        <source>Recording the review failed: %1</source>
        <translation>Recording the review failed: %1</translation>
    </message>
    <message>
        <source>Say why the column is or is not sensitive: the reason is kept in the audit log.</source>
        <translation>Say why the column is or is not sensitive: the reason is kept in the audit log.</translation>
    </message>
    <message>
        <source>Only an administrator can change whether a column is sensitive.</source>
        <translation>Only an administrator can change whether a column is sensitive.</translation>
    </message>
    <message>
        <source>The audience has no column &quot;%1&quot;.</source>
        <translation>The audience has no column &quot;%1&quot;.</translation>
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
    <message>
        <source>SMS providers</source>
        <translation>SMS providers</translation>
    </message>
    <message>
        <source>Delivery reports and replies</source>
        <translation>Delivery reports and replies</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Users</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <source>Price plans</source>
        <translation>Price plans</translation>
    </message>
    <message>
        <source>Sending window</source>
        <translation>Sending window</translation>
    </message>
    <message>
        <source>Elections</source>
        <translation>Elections</translation>
    </message>
</context>
<context>
    <name>Sms</name>
    <message>
        <source>The sender name is empty.</source>
        <translation>The sender name is empty.</translation>
    </message>
    <message>
        <source>The sender name contains only spaces.</source>
        <translation>The sender name contains only spaces.</translation>
    </message>
    <message>
        <source>The sender name cannot contain &quot;%1&quot; (U+%2): use only A-Z, a-z, 0-9, space, &quot;.&quot;, &quot;-&quot;, &quot;_&quot; and &quot;&amp;&quot;.</source>
        <translation>The sender name cannot contain &quot;%1&quot; (U+%2): use only A-Z, a-z, 0-9, space, &quot;.&quot;, &quot;-&quot;, &quot;_&quot; and &quot;&amp;&quot;.</translation>
    </message>
    <message>
        <source>The sender name is too long: %1 characters, at most %2 are allowed.</source>
        <translation>The sender name is too long: %1 characters, at most %2 are allowed.</translation>
    </message>
    <message>
        <source>The sender name cannot start or end with a space.</source>
        <translation>The sender name cannot start or end with a space.</translation>
    </message>
    <message>
        <source>The sender name cannot be only digits: numeric senders are not accepted here.</source>
        <translation>The sender name cannot be only digits: numeric senders are not accepted here.</translation>
    </message>
    <message>
        <source>soft hyphen</source>
        <translation>soft hyphen</translation>
    </message>
    <message>
        <source>zero width space</source>
        <translation>zero width space</translation>
    </message>
    <message>
        <source>word joiner</source>
        <translation>word joiner</translation>
    </message>
    <message>
        <source>zero width no-break space (byte order mark)</source>
        <translation>zero width no-break space (byte order mark)</translation>
    </message>
</context>
<context>
    <name>SpendOverview</name>
    <message>
        <source>Adding up what the campaigns spent…</source>
        <translation>Adding up what the campaigns spent…</translation>
    </message>
    <message>
        <source>Spent by all campaigns: %1 excl. VAT (what the provider charged for the messages it accepted).</source>
        <translation>Spent by all campaigns: %1 excl. VAT (what the provider charged for the messages it accepted).</translation>
    </message>
    <message>
        <source>Spend per election against its ceiling (L52-11)</source>
        <translation>Spend per election against its ceiling (L52-11)</translation>
    </message>
    <message>
        <source>No election yet: add one (Settings or tribune-cli election add) to follow its spending ceiling.</source>
        <translation>No election yet: add one (Settings or tribune-cli election add) to follow its spending ceiling.</translation>
    </message>
    <message>
        <source>No spending ceiling recorded for the elections: %1</source>
        <translation>No spending ceiling recorded for the elections: %1</translation>
    </message>
    <message>
        <source>Spent (excl. VAT)</source>
        <translation>Spent (excl. VAT)</translation>
    </message>
    <message>
        <source>% of the ceiling</source>
        <translation>% of the ceiling</translation>
    </message>
    <message>
        <source>Ceiling (100 %)</source>
        <translation>Ceiling (100 %)</translation>
    </message>
    <message>
        <source>Spend per campaign</source>
        <translation>Spend per campaign</translation>
    </message>
    <message>
        <source>No campaign has spent anything yet: spend appears here as the provider accepts messages.</source>
        <translation>No campaign has spent anything yet: spend appears here as the provider accepts messages.</translation>
    </message>
    <message>
        <source>%1: %2 (cap %3)</source>
        <translation>%1: %2 (cap %3)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n other campaign(s): %1</source>
        <translation>
            <numerusform>%n other campaign: %1</numerusform>
            <numerusform>%n other campaigns: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other campaign(s)</source>
        <translation>
            <numerusform>%n other campaign</numerusform>
            <numerusform>%n other campaigns</numerusform>
        </translation>
    </message>
    <message>
        <source>€ excl. VAT</source>
        <translation>€ excl. VAT</translation>
    </message>
    <message>
        <source>%1: %2 incl. VAT, no ceiling recorded</source>
        <translation>%1: %2 incl. VAT, no ceiling recorded</translation>
    </message>
    <message>
        <source>%1: %2 incl. VAT of %3</source>
        <translation>%1: %2 incl. VAT of %3</translation>
    </message>
    <message>
        <source>Spent (incl. VAT)</source>
        <translation>Spent (incl. VAT)</translation>
    </message>
</context>
<context>
    <name>SuppressionList</name>
    <message>
        <source>Cannot look the numbers up: %1</source>
        <translation>Cannot look the numbers up: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number.</source>
        <translation>&quot;%1&quot; is not a phone number.</translation>
    </message>
    <message>
        <source>Cannot add %1 to the suppression list: %2</source>
        <translation>Cannot add %1 to the suppression list: %2</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Cannot open %1: %2</translation>
    </message>
    <message>
        <source>row %1: &quot;%2&quot; is not a phone number</source>
        <translation>row %1: &quot;%2&quot; is not a phone number</translation>
    </message>
    <message>
        <source>row %1: no phone number</source>
        <translation>row %1: no phone number</translation>
    </message>
    <message>
        <source>Reading %1 failed: %2</source>
        <translation>Reading %1 failed: %2</translation>
    </message>
    <message>
        <source>The import was cancelled.</source>
        <translation>The import was cancelled.</translation>
    </message>
    <message>
        <source>row %1: %2</source>
        <translation>row %1: %2</translation>
    </message>
    <message>
        <source>Cannot start the import: %1</source>
        <translation>Cannot start the import: %1</translation>
    </message>
    <message>
        <source>Saving the numbers failed: %1</source>
        <translation>Saving the numbers failed: %1</translation>
    </message>
    <message>
        <source>Only an administrator may export the suppression list with its numbers in full; %1 is not one. Reports → Export writes it with masked numbers.</source>
        <translation>Only an administrator may export the suppression list with its numbers in full; %1 is not one. Reports → Export writes it with masked numbers.</translation>
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
    <name>SuppressionPanel</name>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <source>The start of a number: 06 12, +33 6 12…</source>
        <translation>The start of a number: 06 12, +33 6 12…</translation>
    </message>
    <message>
        <source>Add a &amp;number:</source>
        <translation>Add a &amp;number:</translation>
    </message>
    <message>
        <source>06 12 34 56 78</source>
        <translation>06 12 34 56 78</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;ote:</translation>
    </message>
    <message>
        <source>Why (a call, a letter, a request at a meeting…)</source>
        <translation>Why (a call, a letter, a request at a meeting…)</translation>
    </message>
    <message>
        <source>&amp;Add to the list…</source>
        <translation>&amp;Add to the list…</translation>
    </message>
    <message>
        <source>&amp;Import an opposition list…</source>
        <translation>&amp;Import an opposition list…</translation>
    </message>
    <message>
        <source>A CSV or text file of numbers (a broker&apos;s or the party&apos;s opposition list): its numbers are never messaged.</source>
        <translation>A CSV or text file of numbers (a broker&apos;s or the party&apos;s opposition list): its numbers are never messaged.</translation>
    </message>
    <message>
        <source>&amp;Export to CSV…</source>
        <translation>&amp;Export to CSV…</translation>
    </message>
    <message>
        <source>Show the his&amp;tory</source>
        <translation>Show the his&amp;tory</translation>
    </message>
    <message>
        <source>Add to the suppression list</source>
        <translation>Add to the suppression list</translation>
    </message>
    <message>
        <source>Put %1 on the suppression list? It will never receive a message again, from any audience or re-import: this cannot be undone.</source>
        <translation>Put %1 on the suppression list? It will never receive a message again, from any audience or re-import: this cannot be undone.</translation>
    </message>
    <message>
        <source>Add to the list</source>
        <translation>Add to the list</translation>
    </message>
    <message>
        <source>%1 is on the suppression list.</source>
        <translation>%1 is on the suppression list.</translation>
    </message>
    <message>
        <source>Not added: %1</source>
        <translation>Not added: %1</translation>
    </message>
    <message>
        <source>Import an opposition list</source>
        <translation>Import an opposition list</translation>
    </message>
    <message>
        <source>Lists of numbers (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>Lists of numbers (*.csv *.tsv *.txt);;All files (*)</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importing %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Import cancelled: the list is as it was.</source>
        <translation>Import cancelled: the list is as it was.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln row(s) read.</source>
        <translation>
            <numerusform>%1: %Ln row read.</numerusform>
            <numerusform>%1: %Ln rows read.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln number(s) added to the suppression list.</source>
        <translation>
            <numerusform>%Ln number added to the suppression list.</numerusform>
            <numerusform>%Ln numbers added to the suppression list.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Already on it: %Ln number(s).</source>
        <translation>
            <numerusform>Already on it: %Ln number.</numerusform>
            <numerusform>Already on it: %Ln numbers.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) rejected: not a phone number.</source>
        <translation>
            <numerusform>%Ln row rejected: not a phone number.</numerusform>
            <numerusform>%Ln rows rejected: not a phone number.</numerusform>
        </translation>
    </message>
    <message>
        <source>The rejected rows are listed in the details.</source>
        <translation>The rejected rows are listed in the details.</translation>
    </message>
    <message>
        <source>Export the suppression list</source>
        <translation>Export the suppression list</translation>
    </message>
    <message>
        <source>suppression-list.csv</source>
        <translation>suppression-list.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Exporting the suppression list…</source>
        <translation>Exporting the suppression list…</translation>
    </message>
    <message>
        <source>Suppression list saved to %1.</source>
        <translation>Suppression list saved to %1.</translation>
    </message>
</context>
<context>
    <name>TemplateStore</name>
    <message>
        <source>A template needs a name.</source>
        <translation>A template needs a name.</translation>
    </message>
    <message>
        <source>A template needs a text.</source>
        <translation>A template needs a text.</translation>
    </message>
</context>
<context>
    <name>TransparencyRecord</name>
    <message>
        <source>Cannot read the transparency record: %1</source>
        <translation>Cannot read the transparency record: %1</translation>
    </message>
    <message>
        <source>There is no campaign with id %1.</source>
        <translation>There is no campaign with id %1.</translation>
    </message>
    <message>
        <source>d MMMM yyyy, HH:mm</source>
        <translation>d MMMM yyyy, HH:mm</translation>
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
        <translation>not recorded</translation>
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
        <source>Sender id</source>
        <translation>Sender id</translation>
    </message>
    <message>
        <source>Record produced</source>
        <translation>Record produced</translation>
    </message>
    <message>
        <source>Sponsor</source>
        <translation>Sponsor</translation>
    </message>
    <message>
        <source>Record it in Settings → Elections (or tribune-cli election update --name &quot;%1&quot; --sponsor … --sponsor-contact …).</source>
        <translation>Record it in Settings → Elections (or tribune-cli election update --name &quot;%1&quot; --sponsor … --sponsor-contact …).</translation>
    </message>
    <message>
        <source>Link the campaign to an election and record the sponsor in Settings → Elections.</source>
        <translation>Link the campaign to an election and record the sponsor in Settings → Elections.</translation>
    </message>
    <message>
        <source>NOT DECLARED. %1</source>
        <translation>NOT DECLARED. %1</translation>
    </message>
    <message>
        <source>Sponsor contact</source>
        <translation>Sponsor contact</translation>
    </message>
    <message>
        <source>NOT DECLARED.</source>
        <translation>NOT DECLARED.</translation>
    </message>
    <message>
        <source>Election</source>
        <translation>Election</translation>
    </message>
    <message>
        <source>First round</source>
        <translation>First round</translation>
    </message>
    <message>
        <source>Second round</source>
        <translation>Second round</translation>
    </message>
    <message>
        <source>NOT LINKED to an election: choose one in the composer.</source>
        <translation>NOT LINKED to an election: choose one in the composer.</translation>
    </message>
    <message>
        <source>Period of dissemination</source>
        <translation>Period of dissemination</translation>
    </message>
    <message>
        <source>First message sent</source>
        <translation>First message sent</translation>
    </message>
    <message>
        <source>not sent yet</source>
        <translation>not sent yet</translation>
    </message>
    <message>
        <source>Last message sent or delivered</source>
        <translation>Last message sent or delivered</translation>
    </message>
    <message>
        <source>Dissemination</source>
        <translation>Dissemination</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>in progress</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>finished</translation>
    </message>
    <message>
        <source>Amount spent</source>
        <translation>Amount spent</translation>
    </message>
    <message>
        <source>Amount excluding VAT</source>
        <translation>Amount excluding VAT</translation>
    </message>
    <message>
        <source>VAT (%1 %)</source>
        <translation>VAT (%1 %)</translation>
    </message>
    <message>
        <source>Amount including VAT</source>
        <translation>Amount including VAT</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Provider</translation>
    </message>
    <message>
        <source>Price plan</source>
        <translation>Price plan</translation>
    </message>
    <message>
        <source>default plan (VAT 20 %)</source>
        <translation>default plan (VAT 20 %)</translation>
    </message>
    <message>
        <source>Messages sent</source>
        <translation>Messages sent</translation>
    </message>
    <message>
        <source>SMS parts sent</source>
        <translation>SMS parts sent</translation>
    </message>
    <message>
        <source>Messages delivered</source>
        <translation>Messages delivered</translation>
    </message>
    <message>
        <source>Targeting criteria used</source>
        <translation>Targeting criteria used</translation>
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
        <translation>unreadable: %1</translation>
    </message>
    <message>
        <source>the whole audience (no filter)</source>
        <translation>the whole audience (no filter)</translation>
    </message>
    <message>
        <source>Always excluded</source>
        <translation>Always excluded</translation>
    </message>
    <message>
        <source>numbers on the suppression list (STOP, objections); refused or withdrawn consent</source>
        <translation>numbers on the suppression list (STOP, objections); refused or withdrawn consent</translation>
    </message>
    <message>
        <source>Sensitive data (GDPR art. 9)</source>
        <translation>Sensitive data (GDPR art. 9)</translation>
    </message>
    <message>
        <source>none: no filter on a column that looks sensitive</source>
        <translation>none: no filter on a column that looks sensitive</translation>
    </message>
    <message>
        <source>filter on &quot;%1&quot; (looks like %2)</source>
        <translation>filter on &quot;%1&quot; (looks like %2)</translation>
    </message>
    <message>
        <source>; allowed by %1 on %2</source>
        <translation>; allowed by %1 on %2</translation>
    </message>
    <message>
        <source>Audience provenance</source>
        <translation>Audience provenance</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origin</translation>
    </message>
    <message>
        <source>collected by the party itself</source>
        <translation>collected by the party itself</translation>
    </message>
    <message>
        <source>rented or bought from a broker</source>
        <translation>rented or bought from a broker</translation>
    </message>
    <message>
        <source>Broker</source>
        <translation>Broker</translation>
    </message>
    <message>
        <source>Consent terms stated by the broker</source>
        <translation>Consent terms stated by the broker</translation>
    </message>
    <message>
        <source> (recorded by %1 on %2)</source>
        <translation> (recorded by %1 on %2)</translation>
    </message>
    <message>
        <source>Own proof of consent</source>
        <translation>Own proof of consent</translation>
    </message>
    <message>
        <source>Imported files</source>
        <translation>Imported files</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>none recorded</translation>
    </message>
    <message>
        <source>Imported file</source>
        <translation>Imported file</translation>
    </message>
    <message>
        <source>File SHA-256</source>
        <translation>File SHA-256</translation>
    </message>
    <message>
        <source>Imported on</source>
        <translation>Imported on</translation>
    </message>
    <message>
        <source>Contacts imported</source>
        <translation>Contacts imported</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Retention</translation>
    </message>
    <message>
        <source>the audience&apos;s contacts have been purged</source>
        <translation>the audience&apos;s contacts have been purged</translation>
    </message>
    <message>
        <source>Consent basis</source>
        <translation>Consent basis</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Basis</translation>
    </message>
    <message>
        <source>this message is the consent request itself: the one first message the CNIL asks for before political messages to a rented file</source>
        <translation>this message is the consent request itself: the one first message the CNIL asks for before political messages to a rented file</translation>
    </message>
    <message>
        <source>consent collected by the party with its own proof (see the audience provenance)</source>
        <translation>consent collected by the party with its own proof (see the audience provenance)</translation>
    </message>
    <message>
        <source>rented audience: consent asked first through Tribune; only those who agreed are written to</source>
        <translation>rented audience: consent asked first through Tribune; only those who agreed are written to</translation>
    </message>
    <message>
        <source>Numbers of the audience asked for consent</source>
        <translation>Numbers of the audience asked for consent</translation>
    </message>
    <message>
        <source>Numbers that agreed (yes)</source>
        <translation>Numbers that agreed (yes)</translation>
    </message>
    <message>
        <source>Recipients whose yes was recorded before their message</source>
        <translation>Recipients whose yes was recorded before their message</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>Approval</translation>
    </message>
    <message>
        <source>Written by</source>
        <translation>Written by</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Approved by</translation>
    </message>
    <message>
        <source>not approved</source>
        <translation>not approved</translation>
    </message>
    <message>
        <source>Approved on</source>
        <translation>Approved on</translation>
    </message>
    <message>
        <source>Revision approved</source>
        <translation>Revision approved</translation>
    </message>
    <message>
        <source>Two-person rule</source>
        <translation>Two-person rule</translation>
    </message>
    <message>
        <source>respected: the approver neither wrote nor edited the campaign</source>
        <translation>respected: the approver neither wrote nor edited the campaign</translation>
    </message>
    <message>
        <source>not applied: the approver also wrote the campaign (a database without user accounts has a single user)</source>
        <translation>not applied: the approver also wrote the campaign (a database without user accounts has a single user)</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Text of the message</source>
        <translation>Text of the message</translation>
    </message>
    <message>
        <source>Mandatory footer</source>
        <translation>Mandatory footer</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Transparency record: %1</source>
        <translation>Transparency record: %1</translation>
    </message>
    <message>
        <source>Political advertising by SMS, Regulation (EU) 2024/900 (art. 11 and 12). Times in Europe/Paris.</source>
        <translation>Political advertising by SMS, Regulation (EU) 2024/900 (art. 11 and 12). Times in Europe/Paris.</translation>
    </message>
    <message>
        <source>the sponsor</source>
        <translation>the sponsor</translation>
    </message>
    <message>
        <source>the sponsor&apos;s contact</source>
        <translation>the sponsor&apos;s contact</translation>
    </message>
    <message>
        <source>the election</source>
        <translation>the election</translation>
    </message>
    <message>
        <source>Incomplete record, not declared: %1. Record them in Settings → Elections before publishing this record.</source>
        <translation>Incomplete record, not declared: %1. Record them in Settings → Elections before publishing this record.</translation>
    </message>
    <message>
        <source>Produced by Tribune from its database: the outbox for the period, messages and amounts, the consent ledger for the consent basis, the audit log for the approval.</source>
        <translation>Produced by Tribune from its database: the outbox for the period, messages and amounts, the consent ledger for the consent basis, the audit log for the approval.</translation>
    </message>
    <message>
        <source>A PDF can only be written by the graphical application (it needs fonts); write the HTML page and print it instead.</source>
        <translation>A PDF can only be written by the graphical application (it needs fonts); write the HTML page and print it instead.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>%1 · page %2 of %3</source>
        <translation>%1 · page %2 of %3</translation>
    </message>
    <message>
        <source>the PDF could not be drawn</source>
        <translation>the PDF could not be drawn</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Section</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
</context>
<context>
    <name>UserAccount</name>
    <message>
        <source>Cannot read the user accounts: %1</source>
        <translation>Cannot read the user accounts: %1</translation>
    </message>
</context>
<context>
    <name>UserCommands</name>
    <message>
        <source>Login of the account (on a team database, the user&apos;s PostgreSQL login).</source>
        <translation>Login of the account (on a team database, the user&apos;s PostgreSQL login).</translation>
    </message>
    <message>
        <source>Role: composer (drafts), approver (approves and sends) or administrator (settings, providers, accounts).</source>
        <translation>Role: composer (drafts), approver (approves and sends) or administrator (settings, providers, accounts).</translation>
    </message>
    <message>
        <source>%1 (%2): %3%4
</source>
        <translation>%1 (%2): %3%4
</translation>
    </message>
    <message>
        <source>, disabled</source>
        <translation>, disabled</translation>
    </message>
    <message>
        <source>--login, --name and --role are required</source>
        <translation>--login, --name and --role are required</translation>
    </message>
    <message>
        <source>--role must be composer, approver or administrator</source>
        <translation>--role must be composer, approver or administrator</translation>
    </message>
    <message>
        <source>Added %1</source>
        <translation>Added %1</translation>
    </message>
    <message>
        <source>This is the first account: anyone could create it since nobody administered this database yet. From now on only an administrator manages the accounts, and only people with an account may approve campaigns.
</source>
        <translation>This is the first account: anyone could create it since nobody administered this database yet. From now on only an administrator manages the accounts, and only people with an account may approve campaigns.
</translation>
    </message>
    <message>
        <source>Tribune stores no password: %1 signs in with the PostgreSQL login of the same name, which the database administrator creates.
</source>
        <translation>Tribune stores no password: %1 signs in with the PostgreSQL login of the same name, which the database administrator creates.
</translation>
    </message>
    <message>
        <source>No user accounts: the one user of this database administers it. Add an administrator with &quot;tribune-cli user add&quot;.
</source>
        <translation>No user accounts: the one user of this database administers it. Add an administrator with &quot;tribune-cli user add&quot;.
</translation>
    </message>
    <message>
        <source>--login is required</source>
        <translation>--login is required</translation>
    </message>
    <message>
        <source>give --disable or --enable, not both</source>
        <translation>give --disable or --enable, not both</translation>
    </message>
    <message>
        <source>nothing to change: give --role, --disable or --enable</source>
        <translation>nothing to change: give --role, --disable or --enable</translation>
    </message>
    <message>
        <source>Changed %1</source>
        <translation>Changed %1</translation>
    </message>
    <message>
        <source>--since needs an ISO 8601 date or time such as 2027-03-01 or 2027-03-01T08:00:00Z</source>
        <translation>--since needs an ISO 8601 date or time such as 2027-03-01 or 2027-03-01T08:00:00Z</translation>
    </message>
    <message>
        <source>--limit needs a number (0: no limit)</source>
        <translation>--limit needs a number (0: no limit)</translation>
    </message>
    <message>
        <source>No audit entries.
</source>
        <translation>No audit entries.
</translation>
    </message>
    <message>
        <source>give the CSV file to write</source>
        <translation>give the CSV file to write</translation>
    </message>
    <message numerus="yes">
        <source>%n audit entries written to %1.
</source>
        <translation>
            <numerusform>%n audit entries written to %1.
</numerusform>
            <numerusform>%n audit entries written to %1.
</numerusform>
        </translation>
    </message>
    <message>
        <source>Add a user account (administrators only; the first account, which must be an administrator, may be added by anyone).</source>
        <translation>Add a user account (administrators only; the first account, which must be an administrator, may be added by anyone).</translation>
    </message>
    <message>
        <source>Name shown to the team.</source>
        <translation>Name shown to the team.</translation>
    </message>
    <message>
        <source>List the user accounts and their roles.</source>
        <translation>List the user accounts and their roles.</translation>
    </message>
    <message>
        <source>Change the role of a user account, or disable or enable it (administrators only).</source>
        <translation>Change the role of a user account, or disable or enable it (administrators only).</translation>
    </message>
    <message>
        <source>Disable the account: it may no longer approve or administer.</source>
        <translation>Disable the account: it may no longer approve or administer.</translation>
    </message>
    <message>
        <source>Enable the account again.</source>
        <translation>Enable the account again.</translation>
    </message>
    <message>
        <source>Show the audit log, newest first: who did what, when.</source>
        <translation>Show the audit log, newest first: who did what, when.</translation>
    </message>
    <message>
        <source>Only entries at or after this ISO 8601 date or time.</source>
        <translation>Only entries at or after this ISO 8601 date or time.</translation>
    </message>
    <message>
        <source>At most this many entries (default 100; 0: all).</source>
        <translation>At most this many entries (default 100; 0: all).</translation>
    </message>
    <message>
        <source>Write the whole audit log to a CSV file (the export is audited too).</source>
        <translation>Write the whole audit log to a CSV file (the export is audited too).</translation>
    </message>
    <message>
        <source>Excel (France): &apos;;&apos; separator, UTF-8 with BOM.</source>
        <translation>Excel (France): &apos;;&apos; separator, UTF-8 with BOM.</translation>
    </message>
</context>
<context>
    <name>UserListModel</name>
    <message>
        <source>Disabled</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>UserStore</name>
    <message>
        <source>Cannot read the user accounts: %1</source>
        <translation>Cannot read the user accounts: %1</translation>
    </message>
    <message>
        <source>Composer</source>
        <translation>Composer</translation>
    </message>
    <message>
        <source>Approver</source>
        <translation>Approver</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Only an administrator may manage the user accounts; %1 is not one.</source>
        <translation>Only an administrator may manage the user accounts; %1 is not one.</translation>
    </message>
    <message>
        <source>A user account needs a login and a name.</source>
        <translation>A user account needs a login and a name.</translation>
    </message>
    <message>
        <source>Unknown role &quot;%1&quot;: use composer, approver or administrator.</source>
        <translation>Unknown role &quot;%1&quot;: use composer, approver or administrator.</translation>
    </message>
    <message>
        <source>The first user account must be an administrator, or nobody could manage the others.</source>
        <translation>The first user account must be an administrator, or nobody could manage the others.</translation>
    </message>
    <message>
        <source>There is already a user account &quot;%1&quot;.</source>
        <translation>There is already a user account &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Cannot add the user account: %1</source>
        <translation>Cannot add the user account: %1</translation>
    </message>
    <message>
        <source>There is no user account &quot;%1&quot;.</source>
        <translation>There is no user account &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>%1 is the last enabled administrator: make another user an administrator first.</source>
        <translation>%1 is the last enabled administrator: make another user an administrator first.</translation>
    </message>
    <message>
        <source>Cannot change the user account: %1</source>
        <translation>Cannot change the user account: %1</translation>
    </message>
</context>
<context>
    <name>UsersPanel</name>
    <message>
        <source>Lo&amp;gin:</source>
        <translation>Lo&amp;gin:</translation>
    </message>
    <message>
        <source>Their PostgreSQL login on a team database</source>
        <translation>Their PostgreSQL login on a team database</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>Na&amp;me:</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>R&amp;ole:</translation>
    </message>
    <message>
        <source>&amp;Add account</source>
        <translation>&amp;Add account</translation>
    </message>
    <message>
        <source>&amp;Give the selected account this role</source>
        <translation>&amp;Give the selected account this role</translation>
    </message>
    <message>
        <source>A composer drafts campaigns, an approver approves and sends them, an administrator also changes the settings and the accounts. Tribune stores no passwords: on a team database people sign in with their PostgreSQL login.</source>
        <translation>A composer drafts campaigns, an approver approves and sends them, an administrator also changes the settings and the accounts. Tribune stores no passwords: on a team database people sign in with their PostgreSQL login.</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>&amp;Enable</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Disable</translation>
    </message>
    <message>
        <source>Account %1 added.</source>
        <translation>Account %1 added.</translation>
    </message>
    <message>
        <source>%1 is now: %2.</source>
        <translation>%1 is now: %2.</translation>
    </message>
    <message>
        <source>Account %1 disabled.</source>
        <translation>Account %1 disabled.</translation>
    </message>
    <message>
        <source>Account %1 enabled.</source>
        <translation>Account %1 enabled.</translation>
    </message>
    <message>
        <source>No accounts yet: you administer this database alone. The first account you add must be an administrator.</source>
        <translation>No accounts yet: you administer this database alone. The first account you add must be an administrator.</translation>
    </message>
    <message>
        <source>Only an administrator may change the accounts.</source>
        <translation>Only an administrator may change the accounts.</translation>
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
    <name>WindowCommands</name>
    <message>
        <source>Sending window: %1–%2, %3 (%4)
</source>
        <translation>Sending window: %1–%2, %3 (%4)
</translation>
    </message>
    <message>
        <source>Closed on public holidays, Alsace-Moselle&apos;s included.
</source>
        <translation>Closed on public holidays, Alsace-Moselle&apos;s included.
</translation>
    </message>
    <message>
        <source>Closed on public holidays.
</source>
        <translation>Closed on public holidays.
</translation>
    </message>
    <message>
        <source>Open on public holidays.
</source>
        <translation>Open on public holidays.
</translation>
    </message>
    <message>
        <source>Open now, until %1.
</source>
        <translation>Open now, until %1.
</translation>
    </message>
    <message>
        <source>Closed now; next opening %1.
</source>
        <translation>Closed now; next opening %1.
</translation>
    </message>
    <message>
        <source>Closed now, and it does not open in the next two weeks.
</source>
        <translation>Closed now, and it does not open in the next two weeks.
</translation>
    </message>
    <message>
        <source>Next public holidays:
</source>
        <translation>Next public holidays:
</translation>
    </message>
    <message>
        <source>Show the sending window (hours, days, public holidays), whether it is open now and the next public holidays.</source>
        <translation>Show the sending window (hours, days, public holidays), whether it is open now and the next public holidays.</translation>
    </message>
    <message>
        <source>Change the sending window (administrators only; audited). The options not given keep their values.</source>
        <translation>Change the sending window (administrators only; audited). The options not given keep their values.</translation>
    </message>
    <message>
        <source>Opening time (Europe/Paris).</source>
        <translation>Opening time (Europe/Paris).</translation>
    </message>
    <message>
        <source>Closing time, excluded (24:00: midnight).</source>
        <translation>Closing time, excluded (24:00: midnight).</translation>
    </message>
    <message>
        <source>Days of the week messages may go out, 1 = Monday … 7 = Sunday.</source>
        <translation>Days of the week messages may go out, 1 = Monday … 7 = Sunday.</translation>
    </message>
    <message>
        <source>Closed on French public holidays.</source>
        <translation>Closed on French public holidays.</translation>
    </message>
    <message>
        <source>Also closed on Good Friday and 26 December (departments 57, 67, 68).</source>
        <translation>Also closed on Good Friday and 26 December (departments 57, 67, 68).</translation>
    </message>
    <message>
        <source>nothing to change: give --start, --end, --days, --holidays or --alsace-moselle</source>
        <translation>nothing to change: give --start, --end, --days, --holidays or --alsace-moselle</translation>
    </message>
    <message>
        <source>--%1 needs a time as HH:MM (00:00 to 24:00), not &quot;%2&quot;</source>
        <translation>--%1 needs a time as HH:MM (00:00 to 24:00), not &quot;%2&quot;</translation>
    </message>
    <message>
        <source>--holidays needs on or off, not &quot;%1&quot;</source>
        <translation>--holidays needs on or off, not &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--alsace-moselle needs on or off, not &quot;%1&quot;</source>
        <translation>--alsace-moselle needs on or off, not &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Saved.
</source>
        <translation>Saved.
</translation>
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
