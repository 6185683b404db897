<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>ActionItemDialog</name>
    <message>
        <location filename="../../egov_network/ui/editors/action_item_dialog.py" line="51"/>
        <source>Edit action item</source>
        <extracomment>Combo box data of the &quot;Other contact…&quot; entry of the owner list.</extracomment>
        <translation>Aufgabe bearbeiten</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/editors/action_item_dialog.py" line="51"/>
        <source>New action item</source>
        <translation>Neue Aufgabe</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/editors/action_item_dialog.py" line="58"/>
        <source>Action item</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/editors/action_item_dialog.py" line="60"/>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/editors/action_item_dialog.py" line="61"/>
        <source>(nobody yet)</source>
        <translation>(noch niemand)</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/editors/action_item_dialog.py" line="64"/>
        <source>Other contact…</source>
        <translation>Anderer Kontakt…</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/editors/action_item_dialog.py" line="66"/>
        <source>Due on</source>
        <translation>Fällig am</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/editors/action_item_dialog.py" line="68"/>
        <source>Done on</source>
        <translation>Erledigt am</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/editors/action_item_dialog.py" line="70"/>
        <source>&amp;Action item:</source>
        <translation>&amp;Aufgabe:</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/editors/action_item_dialog.py" line="71"/>
        <source>&amp;Owner:</source>
        <translation>&amp;Verantwortlich:</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/editors/action_item_dialog.py" line="72"/>
        <source>D&amp;ue on:</source>
        <translation>&amp;Fällig am:</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/editors/action_item_dialog.py" line="73"/>
        <source>Do&amp;ne on:</source>
        <translation>&amp;Erledigt am:</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/editors/action_item_dialog.py" line="141"/>
        <source>Choose the owner</source>
        <translation>Verantwortliche Person auswählen</translation>
    </message>
</context>
<context>
    <name>ActionItemEditor</name>
    <message>
        <location filename="../../egov_network/ui/editors/action_item.py" line="30"/>
        <source>Mark &amp;done</source>
        <translation>Als erledigt mar&amp;kieren</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/editors/action_item.py" line="32"/>
        <source>Open &amp;meeting</source>
        <translation>&amp;Treffen öffnen</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/editors/action_item.py" line="48"/>
        <source>Meeting</source>
        <translation>Treffen</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/editors/action_item.py" line="55"/>
        <source>Choose the owner</source>
        <translation>Verantwortliche Person auswählen</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/editors/action_item.py" line="71"/>
        <source>New action items are written in their meeting, on its “Action items” tab.</source>
        <translation>Neue Aufgaben werden im jeweiligen Treffen erfasst, auf dessen Registerkarte „Aufgaben“.</translation>
    </message>
</context>
<context>
    <name>ActionItemsTab</name>
    <message>
        <location filename="../../egov_network/ui/editors/meeting_action_items.py" line="32"/>
        <source>{date} (overdue)</source>
        <translation>{date} (überfällig)</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/editors/meeting_action_items.py" line="46"/>
        <source>Action items</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/editors/meeting_action_items.py" line="48"/>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/editors/meeting_action_items.py" line="49"/>
        <source>Action item</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/editors/meeting_action_items.py" line="50"/>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/editors/meeting_action_items.py" line="52"/>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/editors/meeting_action_items.py" line="63"/>
        <source>&amp;New action item…</source>
        <translation>&amp;Neue Aufgabe…</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/editors/meeting_action_items.py" line="64"/>
        <source>&amp;Edit…</source>
        <translation>Bea&amp;rbeiten…</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/editors/meeting_action_items.py" line="65"/>
        <source>Mark &amp;done</source>
        <translation>Als erledigt mar&amp;kieren</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/editors/meeting_action_items.py" line="66"/>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/editors/meeting_action_items.py" line="79"/>
        <source>&amp;Action items</source>
        <translation>Auf&amp;gaben</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/editors/meeting_action_items.py" line="81"/>
        <source>&amp;Action items ({n} open)</source>
        <translation>Auf&amp;gaben ({n} offen)</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/editors/meeting_action_items.py" line="99"/>
        <source>New action item “{text}”</source>
        <translation>Neue Aufgabe „{text}“</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/editors/meeting_action_items.py" line="104"/>
        <source>Edit action item “{text}”</source>
        <translation>Aufgabe „{text}“ bearbeiten</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/editors/meeting_action_items.py" line="122"/>
        <source>Not possible</source>
        <translation>Nicht möglich</translation>
    </message>
    <message numerus="yes">
        <location filename="../../egov_network/ui/editors/meeting_action_items.py" line="134"/>
        <source>Mark %n action item(s) done</source>
        <translation>
            <numerusform>%n Aufgabe als erledigt markieren</numerusform>
            <numerusform>%n Aufgaben als erledigt markieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../egov_network/ui/editors/meeting_action_items.py" line="146"/>
        <source>Delete %n action item(s)</source>
        <translation>
            <numerusform>%n Aufgabe löschen</numerusform>
            <numerusform>%n Aufgaben löschen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../egov_network/app.py" line="169"/>
        <source>Cannot open the database</source>
        <extracomment>How long after the window opens the background checks of the file begin.</extracomment>
        <translation>Die Datenbank kann nicht geöffnet werden</translation>
    </message>
</context>
<context>
    <name>AuthorityEditor</name>
    <message>
        <location filename="../../egov_network/ui/editors/authority.py" line="38"/>
        <source>Part of which authority?</source>
        <translation>Teil welcher Behörde?</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/editors/authority.py" line="55"/>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/editors/authority.py" line="56"/>
        <location filename="../../egov_network/ui/editors/authority.py" line="62"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/editors/authority.py" line="56"/>
        <source>Function</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/editors/authority.py" line="61"/>
        <source>Member authorities</source>
        <translation>Mitgliedsbehörden</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/editors/authority.py" line="62"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/editors/authority.py" line="67"/>
        <source>Topics</source>
        <translation>Themen</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/editors/authority.py" line="68"/>
        <source>Topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/editors/authority.py" line="68"/>
        <location filename="../../egov_network/ui/editors/authority.py" line="109"/>
        <source>What they did</source>
        <translation>Was sie gemacht haben</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/editors/authority.py" line="71"/>
        <source>&amp;Add topic…</source>
        <translation>Thema hin&amp;zufügen…</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/editors/authority.py" line="72"/>
        <source>&amp;Edit note…</source>
        <translation>&amp;Notiz bearbeiten…</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/editors/authority.py" line="73"/>
        <source>&amp;Remove topic</source>
        <translation>Thema entfe&amp;rnen</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/editors/authority.py" line="77"/>
        <source>&amp;Contacts</source>
        <translation>&amp;Kontakte</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/editors/authority.py" line="78"/>
        <source>&amp;Members</source>
        <translation>&amp;Mitglieder</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/editors/authority.py" line="79"/>
        <source>&amp;Topics</source>
        <translation>&amp;Themen</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/editors/authority.py" line="92"/>
        <source>&amp;Contacts ({n})</source>
        <translation>&amp;Kontakte ({n})</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/editors/authority.py" line="93"/>
        <source>&amp;Members ({n})</source>
        <translation>&amp;Mitglieder ({n})</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/editors/authority.py" line="98"/>
        <location filename="../../egov_network/ui/editors/authority.py" line="100"/>
        <source>Add topics</source>
        <translation>Themen hinzufügen</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/editors/authority.py" line="103"/>
        <source>Add topic</source>
        <translation>Thema hinzufügen</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/editors/authority.py" line="113"/>
        <source>Edit topic note</source>
        <translation>Notiz zum Thema bearbeiten</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/editors/authority.py" line="121"/>
        <source>Remove topic</source>
        <translation>Thema entfernen</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <location filename="../../egov_network/ui/backups_dialog.py" line="75"/>
        <source>automatic</source>
        <extracomment>At most one automatic backup per this much work (only if something changed). Fields of a record the read-only view leaves out: bookkeeping, not content. How long closing the program waits for its last backup before giving up (and saying so).</extracomment>
        <translation>automatisch</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/backups_dialog.py" line="76"/>
        <source>made by hand</source>
        <translation>von Hand</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/backups_dialog.py" line="77"/>
        <source>before an upgrade</source>
        <translation>vor einer Aktualisierung</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/backups_dialog.py" line="78"/>
        <source>before a restore</source>
        <translation>vor einer Wiederherstellung</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/backups_dialog.py" line="168"/>
        <source>Backup made and verified: {date}</source>
        <extracomment>Changes announced since the last backup began that it did not cover.</extracomment>
        <translation>Sicherung erstellt und geprüft: {date}</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/backups_dialog.py" line="178"/>
        <source>Automatic backup failed</source>
        <translation>Automatische Sicherung fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/backups_dialog.py" line="179"/>
        <source>The automatic backup did not succeed: {error}
Your data is unchanged; please make a backup by hand (File &gt; Backups).</source>
        <translation>Die automatische Sicherung ist nicht gelungen: {error}
Ihre Daten sind unverändert; bitte sichern Sie von Hand (Datei &gt; Sicherungen).</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/backups_dialog.py" line="192"/>
        <source>Automatic backup failed: {error}</source>
        <translation>Automatische Sicherung fehlgeschlagen: {error}</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/backups_dialog.py" line="212"/>
        <source>Making a backup before closing …</source>
        <translation>Sicherung vor dem Beenden …</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/backups_dialog.py" line="215"/>
        <source>Backup</source>
        <translation>Sicherung</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/backups_dialog.py" line="230"/>
        <source>it took too long and was stopped</source>
        <translation>sie dauerte zu lange und wurde abgebrochen</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/backups_dialog.py" line="234"/>
        <source>Backup failed</source>
        <translation>Sicherung fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/backups_dialog.py" line="235"/>
        <source>The backup when closing did not succeed: {error}
Your data is saved in {path}.</source>
        <translation>Die Sicherung beim Beenden ist nicht gelungen: {error}
Ihre Daten sind in {path} gespeichert.</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/backups_dialog.py" line="273"/>
        <source>Restoring the backup of {date} …</source>
        <translation>Die Sicherung vom {date} wird wiederhergestellt …</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/backups_dialog.py" line="281"/>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/backups_dialog.py" line="295"/>
        <source>Cannot open the database</source>
        <translation>Die Datenbank kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/backups_dialog.py" line="302"/>
        <source>Restored the backup of {date}.</source>
        <translation>Die Sicherung vom {date} wurde wiederhergestellt.</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/backups_dialog.py" line="310"/>
        <source>it took too long</source>
        <translation>es dauerte zu lange</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/backups_dialog.py" line="313"/>
        <location filename="../../egov_network/ui/backups_dialog.py" line="320"/>
        <source>The backup was not restored: {error}</source>
        <translation>Die Sicherung wurde nicht wiederhergestellt: {error}</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/backups_dialog.py" line="319"/>
        <source>Restore failed</source>
        <translation>Wiederherstellung fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../../egov_network/ui/backups_dialog.py" line="346"/>
        <location filename="../../egov_network/ui/backups_dialog.py" line="358"/>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/backups_dialog.py" line="353"/>
        <source>Backups of this database are kept in {folder}</source>
        <translation>Die Sicherungen dieser Datenbank liegen in {folder}</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/backups_dialog.py" line="361"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/backups_dialog.py" line="362"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/backups_dialog.py" line="363"/>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/backups_dialog.py" line="364"/>
        <source>Authorities</source>
        <translation>Behörden</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/backups_dialog.py" line="365"/>
        <source>Meetings</source>
        <translation>Treffen</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/backups_dialog.py" line="366"/>
        <source>Reason</source>
        <translation>Anlass</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/backups_dialog.py" line="383"/>
        <source>&amp;Back up now</source>
        <translation>&amp;Jetzt sichern</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/backups_dialog.py" line="385"/>
        <source>&amp;Restore…</source>
        <translation>&amp;Wiederherstellen…</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/backups_dialog.py" line="387"/>
        <source>&amp;Open read-only</source>
        <translation>&amp;Nur lesend öffnen</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/backups_dialog.py" line="389"/>
        <source>Show &amp;folder</source>
        <translation>&amp;Ordner zeigen</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/backups_dialog.py" line="391"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/backups_dialog.py" line="426"/>
        <source>No backups yet. “Back up now” makes the first one.</source>
        <translation>Noch keine Sicherungen. „Jetzt sichern“ erstellt die erste.</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/backups_dialog.py" line="445"/>
        <source>Making a backup …</source>
        <translation>Sicherung läuft …</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/backups_dialog.py" line="461"/>
        <source>Backup made and verified: {date}</source>
        <translation>Sicherung erstellt und geprüft: {date}</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/backups_dialog.py" line="465"/>
        <source>The backup failed: {error}</source>
        <translation>Die Sicherung ist fehlgeschlagen: {error}</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/backups_dialog.py" line="474"/>
        <source>Restore backup</source>
        <translation>Sicherung wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/backups_dialog.py" line="476"/>
        <source>Replace the database with the backup of {date}?

It holds {contacts} contacts, {authorities} authorities and {meetings} meetings. The current file is backed up first, so this can be taken back.</source>
        <translation>Die Datenbank durch die Sicherung vom {date} ersetzen?

Sie enthält {contacts} Kontakte, {authorities} Behörden und {meetings} Treffen. Die aktuelle Datei wird vorher gesichert, das lässt sich also rückgängig machen.</translation>
    </message>
</context>
<context>
    <name>BulkEdit</name>
    <message>
        <location filename="../../egov_network/ui/bulk_edit.py" line="72"/>
        <source>1 authority</source>
        <extracomment>Problems listed by name at most; the rest are counted. As many records refused for the same reason share one line (&quot;19 contacts: …&quot;). Names that line lists before &quot;…&quot;. Pause after an input before the preview runs (typing a date is several inputs). Per entity, how one and how many of its records are counted (translated under &quot;BulkEdit&quot;).</extracomment>
        <translation>1 Behörde</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/bulk_edit.py" line="73"/>
        <source>{n} authorities</source>
        <translation>{n} Behörden</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/bulk_edit.py" line="75"/>
        <source>1 contact</source>
        <translation>1 Kontakt</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/bulk_edit.py" line="75"/>
        <source>{n} contacts</source>
        <translation>{n} Kontakte</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/bulk_edit.py" line="76"/>
        <source>1 topic</source>
        <translation>1 Thema</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/bulk_edit.py" line="76"/>
        <source>{n} topics</source>
        <translation>{n} Themen</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/bulk_edit.py" line="77"/>
        <source>1 meeting</source>
        <translation>1 Treffen</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/bulk_edit.py" line="77"/>
        <source>{n} meetings</source>
        <translation>{n} Treffen</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/bulk_edit.py" line="79"/>
        <source>1 action item</source>
        <translation>1 Aufgabe</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/bulk_edit.py" line="80"/>
        <source>{n} action items</source>
        <translation>{n} Aufgaben</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/bulk_edit.py" line="83"/>
        <source>1 expert topic</source>
        <translation>1 Fachthema</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/bulk_edit.py" line="84"/>
        <source>{n} expert topics</source>
        <translation>{n} Fachthemen</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/bulk_edit.py" line="87"/>
        <source>1 participant</source>
        <translation>1 Teilnahme</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/bulk_edit.py" line="88"/>
        <source>{n} participants</source>
        <translation>{n} Teilnahmen</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/bulk_edit.py" line="90"/>
        <source>1 record</source>
        <translation>1 Datensatz</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/bulk_edit.py" line="90"/>
        <source>{n} records</source>
        <translation>{n} Datensätze</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/bulk_edit.py" line="101"/>
        <source>Set “{field}” for {records}</source>
        <translation>„{field}“ für {records} setzen</translation>
    </message>
</context>
<context>
    <name>BulkEditDialog</name>
    <message>
        <location filename="../../egov_network/ui/bulk_edit.py" line="132"/>
        <source>Set a field for {records}</source>
        <translation>Ein Feld für {records} setzen</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/bulk_edit.py" line="138"/>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/bulk_edit.py" line="149"/>
        <source>New value of “{field}”</source>
        <translation>Neuer Wert von „{field}“</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/bulk_edit.py" line="155"/>
        <source>&amp;Field:</source>
        <translation>&amp;Feld:</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/bulk_edit.py" line="157"/>
        <source>&amp;Value:</source>
        <translation>&amp;Wert:</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/bulk_edit.py" line="164"/>
        <source>Cannot be changed:</source>
        <translation>Kann nicht geändert werden:</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/bulk_edit.py" line="168"/>
        <source>Records that cannot be changed</source>
        <translation>Datensätze, die nicht geändert werden können</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/bulk_edit.py" line="179"/>
        <source>&amp;Set</source>
        <translation>&amp;Setzen</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/bulk_edit.py" line="212"/>
        <source>Choose a contact</source>
        <translation>Kontakt wählen</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/bulk_edit.py" line="214"/>
        <source>Choose a topic</source>
        <translation>Thema wählen</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/bulk_edit.py" line="216"/>
        <source>Choose an authority</source>
        <translation>Behörde wählen</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/bulk_edit.py" line="234"/>
        <source>No field of these records can be set for several at once.</source>
        <translation>Kein Feld dieser Datensätze lässt sich für mehrere auf einmal setzen.</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/bulk_edit.py" line="266"/>
        <source>Changes {records}.</source>
        <translation>Ändert {records}.</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/bulk_edit.py" line="270"/>
        <source>Already set for {records}.</source>
        <translation>Bereits gesetzt bei {records}.</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/bulk_edit.py" line="275"/>
        <source>Nothing would change: every selected record has this value already.</source>
        <translation>Es würde sich nichts ändern: Alle ausgewählten Datensätze haben diesen Wert schon.</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/bulk_edit.py" line="278"/>
        <source>{records} cannot take this value (see below).</source>
        <translation>{records} können diesen Wert nicht annehmen (siehe unten).</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/bulk_edit.py" line="285"/>
        <source>This value cannot be set.</source>
        <translation>Dieser Wert kann nicht gesetzt werden.</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/bulk_edit.py" line="300"/>
        <source>{records}: {problem} ({names})</source>
        <translation>{records}: {problem} ({names})</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/bulk_edit.py" line="311"/>
        <source>… and {n} more</source>
        <translation>… und {n} weitere</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/bulk_edit.py" line="325"/>
        <location filename="../../egov_network/ui/bulk_edit.py" line="349"/>
        <source>Nothing was changed.</source>
        <translation>Es wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <location filename="../../egov_network/services/queries.py" line="475"/>
        <source>Last name</source>
        <extracomment>A filter term starting with this finds records by tag (&quot;#kochbuch&quot;, &quot;#koch&quot; while typing; &quot;_&quot; stands for a space in the tag&apos;s name). Ids per ``IN (...)`` list; well below SQLite&apos;s bound-parameter limit. A filter term without index support (one or two letters) costs a keystroke&apos;s time (~15 ms) while it scans at most SCAN_LIMIT rows (a ``LIKE`` scan reads ~2 rows per microsecond: 10 ms for 20,000 contacts, 50-100 ms for 100,000) or checks at most CHECK_LIMIT listed rows by id (~3 microseconds a row). The runs of listed ids ``narrowed_start`` checks by id for the first rows to show: each statement also reads what the list joins (a contact&apos;s authority), so few and growing. Scope keys ``ids()`` accepts. The table whose ``id`` the query lists. Columns that order rows equal in the sorted one, before the id does. The link table of the listed records&apos; tags and its column naming the record, if taggable. Own columns whose values other tables decide (kept by triggers), besides joined and counted ones. Rows a scanning filter (a term of one or two letters) may read within a keystroke&apos;s time. Measured at 100,000 contacts: ``LIKE`` reads ~2 contacts per microsecond but under one meeting (their search text also holds each start date in four spellings).</extracomment>
        <translation>Nachname</translation>
    </message>
    <message>
        <location filename="../../egov_network/services/queries.py" line="476"/>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <location filename="../../egov_network/services/queries.py" line="477"/>
        <location filename="../../egov_network/services/queries.py" line="769"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../egov_network/services/queries.py" line="478"/>
        <source>Authority</source>
        <translation>Behörde</translation>
    </message>
    <message>
        <location filename="../../egov_network/services/queries.py" line="479"/>
        <source>Function</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <location filename="../../egov_network/services/queries.py" line="480"/>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <location filename="../../egov_network/services/queries.py" line="481"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../egov_network/services/queries.py" line="482"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../egov_network/services/queries.py" line="483"/>
        <source>Mobile</source>
        <translation>Mobil</translation>
    </message>
    <message>
        <location filename="../../egov_network/services/queries.py" line="484"/>
        <source>Topics</source>
        <translation>Themen</translation>
    </message>
    <message>
        <location filename="../../egov_network/services/queries.py" line="485"/>
        <location filename="../../egov_network/services/queries.py" line="674"/>
        <location filename="../../egov_network/services/queries.py" line="776"/>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <location filename="../../egov_network/services/queries.py" line="486"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location filename="../../egov_network/services/queries.py" line="487"/>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <location filename="../../egov_network/services/queries.py" line="663"/>
        <location filename="../../egov_network/services/queries.py" line="725"/>
        <location filename="../../egov_network/services/queries.py" line="921"/>
        <location filename="../../egov_network/services/topic_tree.py" line="30"/>
        <source>Name</source>
        <extracomment>Distinct names for the sub-topic CTEs of one statement (one per filter term).
----------
The columns of the topic tree (labels translated by the UI, context &quot;Columns&quot;). The count comes before the synonyms: after them it was out of sight beside the editor.</extracomment>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../egov_network/services/queries.py" line="664"/>
        <source>Short name</source>
        <translation>Kurzname</translation>
    </message>
    <message>
        <location filename="../../egov_network/services/queries.py" line="665"/>
        <location filename="../../egov_network/services/queries.py" line="770"/>
        <location filename="../../egov_network/services/queries.py" line="922"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../egov_network/services/queries.py" line="666"/>
        <source>State</source>
        <translation>Bundesland</translation>
    </message>
    <message>
        <location filename="../../egov_network/services/queries.py" line="667"/>
        <source>AGS</source>
        <translation>AGS</translation>
    </message>
    <message>
        <location filename="../../egov_network/services/queries.py" line="668"/>
        <source>Network role</source>
        <translation>Rolle im Netzwerk</translation>
    </message>
    <message>
        <location filename="../../egov_network/services/queries.py" line="669"/>
        <source>Cohort</source>
        <translation>Staffel</translation>
    </message>
    <message>
        <location filename="../../egov_network/services/queries.py" line="670"/>
        <source>Member since</source>
        <translation>Mitglied seit</translation>
    </message>
    <message>
        <location filename="../../egov_network/services/queries.py" line="671"/>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../../egov_network/services/queries.py" line="672"/>
        <source>Part of</source>
        <translation>Gehört zu</translation>
    </message>
    <message>
        <location filename="../../egov_network/services/queries.py" line="673"/>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <location filename="../../egov_network/services/queries.py" line="726"/>
        <source>Parent topic</source>
        <translation>Übergeordnetes Thema</translation>
    </message>
    <message>
        <location filename="../../egov_network/services/queries.py" line="727"/>
        <location filename="../../egov_network/services/topic_tree.py" line="32"/>
        <source>Synonyms</source>
        <translation>Synonyme</translation>
    </message>
    <message>
        <location filename="../../egov_network/services/queries.py" line="728"/>
        <source>Experts</source>
        <translation>Ansprechpersonen</translation>
    </message>
    <message>
        <location filename="../../egov_network/services/queries.py" line="729"/>
        <location filename="../../egov_network/services/queries.py" line="925"/>
        <location filename="../../egov_network/services/topic_tree.py" line="33"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../../egov_network/services/queries.py" line="768"/>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <location filename="../../egov_network/services/queries.py" line="771"/>
        <source>Place</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../../egov_network/services/queries.py" line="772"/>
        <source>Host</source>
        <translation>Gastgeber</translation>
    </message>
    <message>
        <location filename="../../egov_network/services/queries.py" line="773"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../egov_network/services/queries.py" line="774"/>
        <source>Participants</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <location filename="../../egov_network/services/queries.py" line="775"/>
        <source>Open action items</source>
        <translation>Offene Aufgaben</translation>
    </message>
    <message>
        <location filename="../../egov_network/services/queries.py" line="834"/>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location filename="../../egov_network/services/queries.py" line="835"/>
        <source>Action item</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <location filename="../../egov_network/services/queries.py" line="836"/>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <location filename="../../egov_network/services/queries.py" line="837"/>
        <source>Meeting</source>
        <translation>Treffen</translation>
    </message>
    <message>
        <location filename="../../egov_network/services/queries.py" line="838"/>
        <source>Meeting date</source>
        <translation>Datum des Treffens</translation>
    </message>
    <message>
        <location filename="../../egov_network/services/queries.py" line="839"/>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location filename="../../egov_network/services/queries.py" line="923"/>
        <source>People on the list</source>
        <translation>Personen auf der Liste</translation>
    </message>
    <message>
        <location filename="../../egov_network/services/queries.py" line="924"/>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <location filename="../../egov_network/services/topic_tree.py" line="31"/>
        <source>Experts (incl. sub-topics)</source>
        <translation>Fachleute (inkl. Unterthemen)</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <location filename="../../egov_network/ui/consent_tab.py" line="52"/>
        <source>Record consent given</source>
        <translation>Erteilte Einwilligung erfassen</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/consent_tab.py" line="52"/>
        <source>Record withdrawal</source>
        <translation>Widerruf erfassen</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/consent_tab.py" line="59"/>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/consent_tab.py" line="63"/>
        <source>&amp;Scope:</source>
        <translation>&amp;Umfang:</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/consent_tab.py" line="65"/>
        <source>(not recorded)</source>
        <translation>(nicht erfasst)</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/consent_tab.py" line="68"/>
        <source>&amp;How:</source>
        <translation>&amp;Wie:</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/consent_tab.py" line="70"/>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
</context>
<context>
    <name>ConsentTab</name>
    <message>
        <location filename="../../egov_network/ui/consent_tab.py" line="115"/>
        <source>Consent records</source>
        <translation>Einwilligungen</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/consent_tab.py" line="117"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/consent_tab.py" line="118"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/consent_tab.py" line="119"/>
        <source>Scope</source>
        <translation>Umfang</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/consent_tab.py" line="120"/>
        <source>How</source>
        <translation>Wie</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/consent_tab.py" line="121"/>
        <source>Recorded by</source>
        <translation>Erfasst von</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/consent_tab.py" line="122"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/consent_tab.py" line="127"/>
        <source>Consent &amp;given…</source>
        <translation>Einwilligung &amp;erteilt…</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/consent_tab.py" line="128"/>
        <source>&amp;Withdrawn…</source>
        <translation>&amp;Widerrufen…</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/consent_tab.py" line="129"/>
        <source>&amp;Remove record</source>
        <translation>Eintrag ent&amp;fernen</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/consent_tab.py" line="154"/>
        <source>Consent given on {date} (entered with the contact, no record yet).</source>
        <translation>Einwilligung am {date} erteilt (mit dem Kontakt eingegeben, noch kein Eintrag).</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/consent_tab.py" line="159"/>
        <source>No consent recorded.</source>
        <translation>Keine Einwilligung erfasst.</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/consent_tab.py" line="162"/>
        <source>{scope}: {status}</source>
        <translation>{scope}: {status}</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/consent_tab.py" line="167"/>
        <source>Now in force: {state}</source>
        <translation>Derzeit gültig: {state}</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/consent_tab.py" line="174"/>
        <source>Record consent given</source>
        <translation>Erteilte Einwilligung erfassen</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/consent_tab.py" line="174"/>
        <source>Record withdrawal</source>
        <translation>Widerruf erfassen</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/consent_tab.py" line="183"/>
        <source>Remove consent record</source>
        <translation>Einwilligungseintrag entfernen</translation>
    </message>
</context>
<context>
    <name>ContactEditor</name>
    <message>
        <location filename="../../egov_network/ui/editors/contact.py" line="36"/>
        <source>Choose an authority</source>
        <translation>Behörde auswählen</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/editors/contact.py" line="42"/>
        <source>still works in the network</source>
        <translation>ist weiterhin im Netzwerk aktiv</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/editors/contact.py" line="54"/>
        <source>Expert topics</source>
        <translation>Fachthemen</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/editors/contact.py" line="56"/>
        <source>Topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/editors/contact.py" line="57"/>
        <source>Level</source>
        <translation>Kenntnisstand</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/editors/contact.py" line="58"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/editors/contact.py" line="62"/>
        <source>&amp;Add topic…</source>
        <translation>Fachthema hin&amp;zufügen…</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/editors/contact.py" line="64"/>
        <source>Change &amp;level</source>
        <translation>&amp;Kenntnisstand ändern</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/editors/contact.py" line="72"/>
        <source>&amp;Remove topic</source>
        <translation>Fachthema entfer&amp;nen</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/editors/contact.py" line="77"/>
        <source>Meetings</source>
        <translation>Treffen</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/editors/contact.py" line="79"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/editors/contact.py" line="80"/>
        <source>Meeting</source>
        <translation>Treffen</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/editors/contact.py" line="81"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/editors/contact.py" line="82"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/editors/contact.py" line="90"/>
        <source>Former positions</source>
        <translation>Frühere Positionen</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/editors/contact.py" line="92"/>
        <source>Until</source>
        <translation>Bis</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/editors/contact.py" line="93"/>
        <source>Authority</source>
        <translation>Behörde</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/editors/contact.py" line="94"/>
        <source>Function</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/editors/contact.py" line="101"/>
        <source>&amp;Topics</source>
        <translation>Fach&amp;themen</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/editors/contact.py" line="102"/>
        <source>&amp;Meetings</source>
        <translation>T&amp;reffen</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/editors/contact.py" line="103"/>
        <source>Former &amp;positions</source>
        <translation>Frühere &amp;Positionen</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/editors/contact.py" line="104"/>
        <source>&amp;Consent</source>
        <translation>Ein&amp;willigung</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/editors/contact.py" line="128"/>
        <location filename="../../egov_network/ui/editors/contact.py" line="129"/>
        <source>Add expert topics</source>
        <translation>Fachthemen hinzufügen</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/editors/contact.py" line="138"/>
        <source>Add expert topic</source>
        <translation>Fachthema hinzufügen</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/editors/contact.py" line="146"/>
        <location filename="../../egov_network/ui/editors/contact.py" line="151"/>
        <source>Change level</source>
        <translation>Kenntnisstand ändern</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/editors/contact.py" line="160"/>
        <source>Remove expert topic</source>
        <translation>Fachthema entfernen</translation>
    </message>
</context>
<context>
    <name>ContactListEditor</name>
    <message>
        <location filename="../../egov_network/ui/editors/contact_list.py" line="43"/>
        <source>People</source>
        <extracomment>&quot;Show the people&quot;: (list id) — the main window shows the contacts of the list.</extracomment>
        <translation>Personen</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/editors/contact_list.py" line="44"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/editors/contact_list.py" line="44"/>
        <source>Authority</source>
        <translation>Behörde</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/editors/contact_list.py" line="49"/>
        <source>Show in &amp;Contacts</source>
        <translation>In &amp;Kontakten zeigen</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/editors/contact_list.py" line="51"/>
        <source>&amp;Remove from the list</source>
        <translation>Von der Liste &amp;entfernen</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/editors/contact_list.py" line="54"/>
        <source>&amp;People</source>
        <translation>&amp;Personen</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/editors/contact_list.py" line="74"/>
        <source>&amp;People ({n})</source>
        <translation>&amp;Personen ({n})</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/editors/contact_list.py" line="87"/>
        <source>Remove {n} people from the list</source>
        <translation>{n} Personen von der Liste entfernen</translation>
    </message>
</context>
<context>
    <name>DamagedFileDialog</name>
    <message>
        <location filename="../../egov_network/ui/damaged_dialog.py" line="47"/>
        <source>Contacts: {n}</source>
        <extracomment>How often the full ``integrity_check`` runs over the open file.</extracomment>
        <translation>Kontakte: {n}</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/damaged_dialog.py" line="48"/>
        <source>Authorities: {n}</source>
        <translation>Behörden: {n}</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/damaged_dialog.py" line="49"/>
        <source>Meetings: {n}</source>
        <translation>Treffen: {n}</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/damaged_dialog.py" line="50"/>
        <source>Topics: {n}</source>
        <translation>Themen: {n}</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/damaged_dialog.py" line="78"/>
        <source>The database cannot be opened</source>
        <translation>Die Datenbank kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/damaged_dialog.py" line="93"/>
        <source>Newest verified backup: {date}, {counts}.</source>
        <translation>Neueste geprüfte Sicherung: {date}, {counts}.</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/damaged_dialog.py" line="97"/>
        <source>There is no verified backup of this file.</source>
        <translation>Von dieser Datei gibt es keine geprüfte Sicherung.</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/damaged_dialog.py" line="110"/>
        <source>Restore it</source>
        <translation>Diese wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/damaged_dialog.py" line="113"/>
        <source>Try to rescue the data</source>
        <translation>Daten zu retten versuchen</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/damaged_dialog.py" line="116"/>
        <source>Use the rescued data</source>
        <translation>Gerettete Daten verwenden</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/damaged_dialog.py" line="119"/>
        <source>Cancel the rescue</source>
        <translation>Rettung abbrechen</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/damaged_dialog.py" line="122"/>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/damaged_dialog.py" line="145"/>
        <source>Install the newest version of this program to open it. The file was left as it is.</source>
        <translation>Installieren Sie die neueste Version dieses Programms, um sie zu öffnen. Die Datei blieb unverändert.</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/damaged_dialog.py" line="148"/>
        <source>Your file stays as it is: before a backup or the rescued data takes its place, it is kept under a new name beside it (“{name}.damaged-” and the date), together with its -wal and -shm files. Quit changes nothing.</source>
        <translation>Ihre Datei bleibt, wie sie ist: Bevor eine Sicherung oder die geretteten Daten an ihre Stelle treten, wird sie unter neuem Namen daneben aufbewahrt („{name}.damaged-“ und das Datum), zusammen mit ihren -wal- und -shm-Dateien. „Beenden“ ändert nichts.</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/damaged_dialog.py" line="164"/>
        <source>Restoring the backup …</source>
        <translation>Die Sicherung wird wiederhergestellt …</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/damaged_dialog.py" line="182"/>
        <source>Rescuing the data into “{name}” …</source>
        <translation>Die Daten werden nach „{name}“ gerettet …</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/damaged_dialog.py" line="206"/>
        <source>The rescue was cancelled; nothing was changed.</source>
        <translation>Die Rettung wurde abgebrochen; nichts wurde geändert.</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/damaged_dialog.py" line="213"/>
        <source>Rescued into “{name}”: {counts}. Compare these numbers with what you expect, then use the rescued data or quit (the rescued file stays beside your file).</source>
        <translation>Nach „{name}“ gerettet: {counts}. Vergleichen Sie diese Zahlen mit dem, was Sie erwarten, und verwenden Sie dann die geretteten Daten oder beenden Sie (die gerettete Datei bleibt neben Ihrer Datei liegen).</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/damaged_dialog.py" line="223"/>
        <source>That did not work: {reason}</source>
        <translation>Das hat nicht funktioniert: {reason}</translation>
    </message>
</context>
<context>
    <name>DateTimeField</name>
    <message>
        <location filename="../../egov_network/ui/fields.py" line="309"/>
        <source>dd.mm.yyyy hh:mm</source>
        <translation>TT.MM.JJJJ hh:mm</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/fields.py" line="309"/>
        <source>mm/dd/yyyy hh:mm</source>
        <translation>MM/TT/JJJJ hh:mm</translation>
    </message>
</context>
<context>
    <name>DeleteFlow</name>
    <message>
        <location filename="../../egov_network/ui/deleting.py" line="55"/>
        <location filename="../../egov_network/ui/deleting.py" line="80"/>
        <source>Cannot delete</source>
        <translation>Löschen nicht möglich</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/deleting.py" line="61"/>
        <source>Delete {what}?</source>
        <translation>{what} löschen?</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/deleting.py" line="63"/>
        <source>Deleted with it:</source>
        <translation>Mit gelöscht werden:</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/deleting.py" line="64"/>
        <source>You can undo this with Ctrl+Z.</source>
        <translation>Sie können das mit Strg+Z rückgängig machen.</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/deleting.py" line="67"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/deleting.py" line="69"/>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/deleting.py" line="76"/>
        <source>Delete {what}</source>
        <translation>{what} löschen</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/deleting.py" line="84"/>
        <source>Deleted {n} record(s); Ctrl+Z brings them back</source>
        <translation>{n} Datensatz/Datensätze gelöscht; Strg+Z holt sie zurück</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/deleting.py" line="92"/>
        <source>{what} cannot be deleted while these records are linked to it:</source>
        <translation>{what} kann nicht gelöscht werden, solange diese Datensätze damit verknüpft sind:</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/deleting.py" line="99"/>
        <source>If the person has left, mark them as former instead: meetings and history stay.</source>
        <translation>Wenn die Person ausgeschieden ist, markieren Sie sie stattdessen als ehemalig: Treffen und Verlauf bleiben erhalten.</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/deleting.py" line="103"/>
        <source>Mark as &amp;former</source>
        <translation>Als &amp;ehemalig markieren</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/deleting.py" line="105"/>
        <source>Move its contacts, member authorities and hosted meetings to another authority first.</source>
        <translation>Verschieben Sie zuerst ihre Kontakte, Mitgliedsbehörden und ausgerichteten Treffen zu einer anderen Behörde.</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/deleting.py" line="109"/>
        <source>&amp;Move to another authority…</source>
        <translation>Zu anderer Behörde &amp;verschieben…</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/deleting.py" line="111"/>
        <source>Move its experts, authorities, meetings and sub-topics to another topic first.</source>
        <translation>Verschieben Sie zuerst seine Ansprechpersonen, Behörden, Treffen und Unterthemen zu einem anderen Fachthema.</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/deleting.py" line="114"/>
        <source>&amp;Move to another topic…</source>
        <translation>Zu anderem Fachthema &amp;verschieben…</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/deleting.py" line="115"/>
        <source>Cannot delete yet</source>
        <translation>Noch nicht löschbar</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/deleting.py" line="124"/>
        <location filename="../../egov_network/ui/deleting.py" line="131"/>
        <source>Mark as former</source>
        <translation>Als ehemalig markieren</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/deleting.py" line="136"/>
        <location filename="../../egov_network/ui/deleting.py" line="179"/>
        <source>Not possible</source>
        <translation>Nicht möglich</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/deleting.py" line="141"/>
        <source>Marked {n} contact(s) as former</source>
        <translation>{n} Kontakt(e) als ehemalig markiert</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/deleting.py" line="148"/>
        <source>Move to another authority</source>
        <translation>Zu anderer Behörde verschieben</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/deleting.py" line="150"/>
        <source>Move to another topic</source>
        <translation>Zu anderem Fachthema verschieben</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/deleting.py" line="173"/>
        <source>Move links of {what} to “{target}”</source>
        <translation>Verknüpfungen von {what} nach „{target}“ verschieben</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/deleting.py" line="182"/>
        <source>Moved {n} linked record(s) to “{target}”.</source>
        <translation>{n} verknüpfte Datensätze nach „{target}“ verschoben.</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/deleting.py" line="186"/>
        <source>{n} link(s) stayed because “{target}” has them already.</source>
        <translation>{n} Verknüpfung(en) blieben, weil „{target}“ sie schon hat.</translation>
    </message>
</context>
<context>
    <name>Display</name>
    <message>
        <location filename="../../egov_network/ui/display.py" line="101"/>
        <source>Yes</source>
        <extracomment>Text colour of error messages and overdue items: dark red, 7.4:1 on white, always paired with words (colour is never the only signal). Stored enum value -&gt; English label, over every enum a field holds (domain.enums.FIELD_ENUMS). A cell knows only its value, not its field; values two enums share have one label. Date and time patterns per locale name: asking the locale and rewriting its pattern took several microseconds per cell.</extracomment>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/display.py" line="103"/>
        <source>No</source>
        <translation>Nein</translation>
    </message>
</context>
<context>
    <name>Enum</name>
    <message>
        <location filename="../../egov_network/domain/enums.py" line="161"/>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <location filename="../../egov_network/domain/enums.py" line="162"/>
        <source>Saved search</source>
        <translation>Gespeicherte Suche</translation>
    </message>
    <message>
        <location filename="../../egov_network/domain/enums.py" line="163"/>
        <source>Saved expert search</source>
        <translation>Gespeicherte Expertensuche</translation>
    </message>
    <message>
        <location filename="../../egov_network/domain/enums.py" line="164"/>
        <source>Municipality</source>
        <translation>Gemeinde</translation>
    </message>
    <message>
        <location filename="../../egov_network/domain/enums.py" line="165"/>
        <source>District</source>
        <translation>Kreis</translation>
    </message>
    <message>
        <location filename="../../egov_network/domain/enums.py" line="166"/>
        <source>Consortium</source>
        <translation>Verbund</translation>
    </message>
    <message>
        <location filename="../../egov_network/domain/enums.py" line="167"/>
        <source>Special-purpose association</source>
        <translation>Zweckverband</translation>
    </message>
    <message>
        <location filename="../../egov_network/domain/enums.py" line="168"/>
        <source>Ministry</source>
        <translation>Ministerium</translation>
    </message>
    <message>
        <location filename="../../egov_network/domain/enums.py" line="169"/>
        <source>Municipal umbrella association</source>
        <translation>Kommunaler Spitzenverband</translation>
    </message>
    <message>
        <location filename="../../egov_network/domain/enums.py" line="170"/>
        <source>University</source>
        <translation>Hochschule</translation>
    </message>
    <message>
        <location filename="../../egov_network/domain/enums.py" line="171"/>
        <source>Service provider</source>
        <translation>Dienstleister</translation>
    </message>
    <message>
        <location filename="../../egov_network/domain/enums.py" line="172"/>
        <source>Testbed region</source>
        <translation>Erprobungsregion</translation>
    </message>
    <message>
        <location filename="../../egov_network/domain/enums.py" line="173"/>
        <location filename="../../egov_network/domain/enums.py" line="217"/>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <location filename="../../egov_network/domain/enums.py" line="174"/>
        <source>Model municipality</source>
        <translation>Modellkommune</translation>
    </message>
    <message>
        <location filename="../../egov_network/domain/enums.py" line="175"/>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../../egov_network/domain/enums.py" line="176"/>
        <source>Supporting institution</source>
        <translation>Unterstützende Einrichtung</translation>
    </message>
    <message>
        <location filename="../../egov_network/domain/enums.py" line="177"/>
        <source>Guest</source>
        <translation>Gast</translation>
    </message>
    <message>
        <location filename="../../egov_network/domain/enums.py" line="178"/>
        <source>Schleswig-Holstein</source>
        <translation>Schleswig-Holstein</translation>
    </message>
    <message>
        <location filename="../../egov_network/domain/enums.py" line="179"/>
        <source>Hamburg</source>
        <translation>Hamburg</translation>
    </message>
    <message>
        <location filename="../../egov_network/domain/enums.py" line="180"/>
        <source>Lower Saxony</source>
        <translation>Niedersachsen</translation>
    </message>
    <message>
        <location filename="../../egov_network/domain/enums.py" line="181"/>
        <source>Bremen</source>
        <translation>Bremen</translation>
    </message>
    <message>
        <location filename="../../egov_network/domain/enums.py" line="182"/>
        <source>North Rhine-Westphalia</source>
        <translation>Nordrhein-Westfalen</translation>
    </message>
    <message>
        <location filename="../../egov_network/domain/enums.py" line="183"/>
        <source>Hesse</source>
        <translation>Hessen</translation>
    </message>
    <message>
        <location filename="../../egov_network/domain/enums.py" line="184"/>
        <source>Rhineland-Palatinate</source>
        <translation>Rheinland-Pfalz</translation>
    </message>
    <message>
        <location filename="../../egov_network/domain/enums.py" line="185"/>
        <source>Baden-Württemberg</source>
        <translation>Baden-Württemberg</translation>
    </message>
    <message>
        <location filename="../../egov_network/domain/enums.py" line="186"/>
        <source>Bavaria</source>
        <translation>Bayern</translation>
    </message>
    <message>
        <location filename="../../egov_network/domain/enums.py" line="187"/>
        <source>Saarland</source>
        <translation>Saarland</translation>
    </message>
    <message>
        <location filename="../../egov_network/domain/enums.py" line="188"/>
        <source>Berlin</source>
        <translation>Berlin</translation>
    </message>
    <message>
        <location filename="../../egov_network/domain/enums.py" line="189"/>
        <source>Brandenburg</source>
        <translation>Brandenburg</translation>
    </message>
    <message>
        <location filename="../../egov_network/domain/enums.py" line="190"/>
        <source>Mecklenburg-Western Pomerania</source>
        <translation>Mecklenburg-Vorpommern</translation>
    </message>
    <message>
        <location filename="../../egov_network/domain/enums.py" line="191"/>
        <source>Saxony</source>
        <translation>Sachsen</translation>
    </message>
    <message>
        <location filename="../../egov_network/domain/enums.py" line="192"/>
        <source>Saxony-Anhalt</source>
        <translation>Sachsen-Anhalt</translation>
    </message>
    <message>
        <location filename="../../egov_network/domain/enums.py" line="193"/>
        <source>Thuringia</source>
        <translation>Thüringen</translation>
    </message>
    <message>
        <location filename="../../egov_network/domain/enums.py" line="194"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location filename="../../egov_network/domain/enums.py" line="195"/>
        <source>Mr</source>
        <translation>Herr</translation>
    </message>
    <message>
        <location filename="../../egov_network/domain/enums.py" line="196"/>
        <source>Ms</source>
        <translation>Frau</translation>
    </message>
    <message>
        <location filename="../../egov_network/domain/enums.py" line="197"/>
        <source>In writing</source>
        <translation>Schriftlich</translation>
    </message>
    <message>
        <location filename="../../egov_network/domain/enums.py" line="198"/>
        <source>By email</source>
        <translation>Per E-Mail</translation>
    </message>
    <message>
        <location filename="../../egov_network/domain/enums.py" line="199"/>
        <source>Verbally</source>
        <translation>Mündlich</translation>
    </message>
    <message>
        <location filename="../../egov_network/domain/enums.py" line="200"/>
        <source>With an event registration</source>
        <translation>Mit einer Veranstaltungsanmeldung</translation>
    </message>
    <message>
        <location filename="../../egov_network/domain/enums.py" line="201"/>
        <source>Given</source>
        <translation>Erteilt</translation>
    </message>
    <message>
        <location filename="../../egov_network/domain/enums.py" line="202"/>
        <source>Withdrawn</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <location filename="../../egov_network/domain/enums.py" line="203"/>
        <source>Contact for network matters</source>
        <translation>Kontakt in Netzwerkangelegenheiten</translation>
    </message>
    <message>
        <location filename="../../egov_network/domain/enums.py" line="204"/>
        <source>Listing in the member list</source>
        <translation>Aufnahme in die Mitgliederliste</translation>
    </message>
    <message>
        <location filename="../../egov_network/domain/enums.py" line="205"/>
        <source>Photos</source>
        <translation>Fotos</translation>
    </message>
    <message>
        <location filename="../../egov_network/domain/enums.py" line="206"/>
        <source>Expert database</source>
        <translation>Expertendatenbank</translation>
    </message>
    <message>
        <location filename="../../egov_network/domain/enums.py" line="207"/>
        <source>Interested</source>
        <translation>Interessiert</translation>
    </message>
    <message>
        <location filename="../../egov_network/domain/enums.py" line="208"/>
        <source>Experienced</source>
        <translation>Erfahren</translation>
    </message>
    <message>
        <location filename="../../egov_network/domain/enums.py" line="209"/>
        <source>Expert</source>
        <translation>Experte/Expertin</translation>
    </message>
    <message>
        <location filename="../../egov_network/domain/enums.py" line="210"/>
        <source>Barcamp</source>
        <translation>Barcamp</translation>
    </message>
    <message>
        <location filename="../../egov_network/domain/enums.py" line="211"/>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <location filename="../../egov_network/domain/enums.py" line="212"/>
        <source>Working meeting</source>
        <translation>Arbeitstreffen</translation>
    </message>
    <message>
        <location filename="../../egov_network/domain/enums.py" line="213"/>
        <source>Leadership meeting</source>
        <translation>Leitungstreffen</translation>
    </message>
    <message>
        <location filename="../../egov_network/domain/enums.py" line="214"/>
        <source>Transfer session</source>
        <translation>Transferveranstaltung</translation>
    </message>
    <message>
        <location filename="../../egov_network/domain/enums.py" line="215"/>
        <source>Conference</source>
        <translation>Konferenz</translation>
    </message>
    <message>
        <location filename="../../egov_network/domain/enums.py" line="216"/>
        <source>Visit</source>
        <translation>Besuch</translation>
    </message>
    <message>
        <location filename="../../egov_network/domain/enums.py" line="218"/>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <location filename="../../egov_network/domain/enums.py" line="219"/>
        <source>Held</source>
        <translation>Durchgeführt</translation>
    </message>
    <message>
        <location filename="../../egov_network/domain/enums.py" line="220"/>
        <source>Cancelled</source>
        <translation>Abgesagt</translation>
    </message>
    <message>
        <location filename="../../egov_network/domain/enums.py" line="221"/>
        <source>Invited</source>
        <translation>Eingeladen</translation>
    </message>
    <message>
        <location filename="../../egov_network/domain/enums.py" line="222"/>
        <source>Registered</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <location filename="../../egov_network/domain/enums.py" line="223"/>
        <source>Attended</source>
        <translation>Teilgenommen</translation>
    </message>
    <message>
        <location filename="../../egov_network/domain/enums.py" line="224"/>
        <source>Excused</source>
        <translation>Entschuldigt</translation>
    </message>
    <message>
        <location filename="../../egov_network/domain/enums.py" line="225"/>
        <source>No-show</source>
        <translation>Nicht erschienen</translation>
    </message>
    <message>
        <location filename="../../egov_network/domain/enums.py" line="226"/>
        <source>Participant</source>
        <translation>Teilnahme</translation>
    </message>
    <message>
        <location filename="../../egov_network/domain/enums.py" line="227"/>
        <source>Speaker</source>
        <translation>Vortrag</translation>
    </message>
    <message>
        <location filename="../../egov_network/domain/enums.py" line="228"/>
        <source>Moderator</source>
        <translation>Moderation</translation>
    </message>
    <message>
        <location filename="../../egov_network/domain/enums.py" line="229"/>
        <source>Organiser</source>
        <translation>Organisation</translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <location filename="../../egov_network/ui/erase_dialog.py" line="46"/>
        <location filename="../../egov_network/ui/erase_dialog.py" line="132"/>
        <source>Erase person</source>
        <translation>Person löschen (DSGVO)</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/erase_dialog.py" line="49"/>
        <source>Erase {name} for good (GDPR Art. 17)?</source>
        <translation>{name} endgültig löschen (Art. 17 DSGVO)?</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/erase_dialog.py" line="51"/>
        <source>Erase these {n} people for good (GDPR Art. 17)?</source>
        <translation>Diese {n} Personen endgültig löschen (Art. 17 DSGVO)?</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/erase_dialog.py" line="62"/>
        <source>With them go:</source>
        <translation>Mit ihnen gehen:</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/erase_dialog.py" line="62"/>
        <source>Nothing else goes.</source>
        <translation>Sonst geht nichts mit.</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/erase_dialog.py" line="67"/>
        <source>&amp;Remove entirely (their meeting participations go too)</source>
        <translation>&amp;Ganz entfernen (auch die Teilnahmen an Treffen)</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/erase_dialog.py" line="69"/>
        <source>&amp;Anonymise: meetings keep their head count as an “anonymised participant”</source>
        <translation>&amp;Anonymisieren: Treffen behalten ihre Teilnehmerzahl als „anonymisierte Person“</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/erase_dialog.py" line="76"/>
        <source>Also delete the {n} older backups: they still hold the data until they rotate out</source>
        <translation>Auch die {n} älteren Sicherungen löschen: Sie enthalten die Daten, bis sie turnusmäßig entfallen</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/erase_dialog.py" line="83"/>
        <source>This cannot be undone: the data is overwritten in the file, the history and the search index.</source>
        <translation>Das lässt sich nicht rückgängig machen: Die Daten werden in der Datei, der Änderungshistorie und dem Suchindex überschrieben.</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/erase_dialog.py" line="86"/>
        <source>Older backups keep it until they rotate out, unless deleted here.</source>
        <translation>Ältere Sicherungen behalten sie, bis sie turnusmäßig entfallen – es sei denn, sie werden hier gelöscht.</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/erase_dialog.py" line="92"/>
        <source>&amp;Erase for good</source>
        <translation>&amp;Endgültig löschen</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/erase_dialog.py" line="153"/>
        <source>Erasing …</source>
        <translation>Wird gelöscht …</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/erase_dialog.py" line="162"/>
        <source>Erased one person</source>
        <translation>Eine Person gelöscht</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/erase_dialog.py" line="164"/>
        <source>Erased {n} people</source>
        <translation>{n} Personen gelöscht</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../egov_network/domain/errors.py" line="20"/>
        <source>“{name}” cannot be deleted while other records depend on it: {details}.</source>
        <translation>„{name}“ kann nicht gelöscht werden, solange andere Datensätze davon abhängen: {details}.</translation>
    </message>
    <message>
        <location filename="../../egov_network/domain/errors.py" line="96"/>
        <source>The database is busy: another program (perhaps an import) is writing to it. Nothing was changed; try again in a moment.</source>
        <translation>Die Datenbank ist belegt: Ein anderes Programm (vielleicht ein Import) schreibt gerade hinein. Es wurde nichts geändert; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <location filename="../../egov_network/domain/validation.py" line="70"/>
        <location filename="../../egov_network/domain/validation.py" line="208"/>
        <location filename="../../egov_network/domain/validation.py" line="225"/>
        <location filename="../../egov_network/domain/validation.py" line="241"/>
        <location filename="../../egov_network/services/fields.py" line="33"/>
        <location filename="../../egov_network/services/tags.py" line="48"/>
        <source>This field is required.</source>
        <extracomment>The largest id a row can have (SQLite&apos;s INTEGER PRIMARY KEY is signed 64-bit).
----------
Per tagged entity: its link table and the link&apos;s column naming the record. Ids per IN (...) list.</extracomment>
        <translation>Dieses Feld ist ein Pflichtfeld.</translation>
    </message>
    <message>
        <location filename="../../egov_network/domain/validation.py" line="50"/>
        <source>The text contains a broken character (a lone surrogate).</source>
        <extracomment>Longest single-line value (names, functions, places). Longest multi-line value (notes, agenda, minutes): 1 MB of text is plenty. Unicode categories refused in one-line fields: control, format (zero-width, bidi overrides), line and paragraph separators, surrogates. Digits as keys are written: &quot;٠٥٥٦٦&quot; (Arabic-Indic) is no municipality key.</extracomment>
        <translation>Der Text enthält ein beschädigtes Zeichen (ein einzelnes Surrogat).</translation>
    </message>
    <message>
        <location filename="../../egov_network/domain/validation.py" line="79"/>
        <source>Line breaks, control characters and invisible formatting characters are not allowed here.</source>
        <translation>Zeilenumbrüche, Steuerzeichen und unsichtbare Formatierungszeichen sind hier nicht erlaubt.</translation>
    </message>
    <message>
        <location filename="../../egov_network/domain/validation.py" line="86"/>
        <location filename="../../egov_network/domain/validation.py" line="106"/>
        <source>At most {max} characters are allowed here ({length} given).</source>
        <translation>Hier sind höchstens {max} Zeichen erlaubt (eingegeben: {length}).</translation>
    </message>
    <message>
        <location filename="../../egov_network/domain/validation.py" line="103"/>
        <source>The text contains a NUL character.</source>
        <translation>Der Text enthält ein NUL-Zeichen.</translation>
    </message>
    <message>
        <location filename="../../egov_network/domain/validation.py" line="124"/>
        <source>“{value}” is not a valid email address.</source>
        <translation>„{value}“ ist keine gültige E-Mail-Adresse.</translation>
    </message>
    <message>
        <location filename="../../egov_network/domain/validation.py" line="141"/>
        <source>“{value}” is not a valid phone number.</source>
        <translation>„{value}“ ist keine gültige Telefonnummer.</translation>
    </message>
    <message>
        <location filename="../../egov_network/domain/validation.py" line="156"/>
        <source>A municipality key has 8 digits (5 for a district); “{value}” does not.</source>
        <translation>Ein Gemeindeschlüssel hat 8 Ziffern (bei einem Kreis 5); „{value}“ entspricht dem nicht.</translation>
    </message>
    <message>
        <location filename="../../egov_network/domain/validation.py" line="164"/>
        <source>A municipality key starts with a state code from 01 to 16, not {prefix}.</source>
        <translation>Ein Gemeindeschlüssel beginnt mit einer Landeskennzahl von 01 bis 16, nicht mit {prefix}.</translation>
    </message>
    <message>
        <location filename="../../egov_network/domain/validation.py" line="171"/>
        <location filename="../../egov_network/services/authorities.py" line="65"/>
        <source>The municipality key starts with {prefix}, but the state is {state}.</source>
        <translation>Der Gemeindeschlüssel beginnt mit {prefix}, das Bundesland ist aber {state}.</translation>
    </message>
    <message>
        <location filename="../../egov_network/domain/validation.py" line="187"/>
        <source>A postal code has five digits; “{value}” does not.</source>
        <translation>Eine Postleitzahl hat fünf Ziffern; „{value}“ entspricht dem nicht.</translation>
    </message>
    <message>
        <location filename="../../egov_network/domain/validation.py" line="200"/>
        <source>“{value}” is not a web address.</source>
        <translation>„{value}“ ist keine Webadresse.</translation>
    </message>
    <message>
        <location filename="../../egov_network/domain/validation.py" line="215"/>
        <source>“{value}” is not one of the allowed values ({allowed}).</source>
        <translation>„{value}“ ist keiner der erlaubten Werte ({allowed}).</translation>
    </message>
    <message>
        <location filename="../../egov_network/domain/validation.py" line="258"/>
        <source>“{value}” is not a whole number.</source>
        <translation>„{value}“ ist keine ganze Zahl.</translation>
    </message>
    <message>
        <location filename="../../egov_network/domain/validation.py" line="262"/>
        <source>Enter a number from {low} to {high}.</source>
        <translation>Bitte geben Sie eine Zahl von {low} bis {high} ein.</translation>
    </message>
    <message>
        <location filename="../../egov_network/domain/validation.py" line="278"/>
        <source>“{value}” is neither yes nor no.</source>
        <translation>„{value}“ ist weder Ja noch Nein.</translation>
    </message>
    <message>
        <location filename="../../egov_network/services/importing/results.py" line="20"/>
        <source>Row {line} could not be imported, so nothing was: {details}</source>
        <translation>Zeile {line} konnte nicht importiert werden, daher wurde nichts importiert: {details}</translation>
    </message>
    <message>
        <location filename="../../egov_network/services/importing/writing.py" line="221"/>
        <source>Records the import refers to were changed meanwhile; nothing was imported. Try again.</source>
        <translation>Datensätze, auf die sich der Import bezieht, wurden inzwischen geändert; es wurde nichts importiert. Bitte versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../../egov_network/services/importing/snapshots.py" line="102"/>
        <source>The import cannot be taken back: records it created are now used elsewhere.</source>
        <translation>Der Import kann nicht rückgängig gemacht werden: Von ihm angelegte Datensätze werden inzwischen an anderer Stelle verwendet.</translation>
    </message>
    <message>
        <location filename="../../egov_network/exchange/reading.py" line="106"/>
        <source>“{name}” is password-protected or an old Excel file (.xls). Remove the password or save it as .xlsx in Excel, then import it again.</source>
        <translation>„{name}“ ist kennwortgeschützt oder eine alte Excel-Datei (.xls). Entfernen Sie das Kennwort oder speichern Sie die Datei in Excel als .xlsx und importieren Sie sie dann erneut.</translation>
    </message>
    <message>
        <location filename="../../egov_network/exchange/reading.py" line="118"/>
        <source>“{name}” is not an Excel workbook (.xlsx) or it is damaged.</source>
        <translation>„{name}“ ist keine Excel-Arbeitsmappe (.xlsx) oder beschädigt.</translation>
    </message>
    <message>
        <location filename="../../egov_network/exchange/reading.py" line="122"/>
        <source>“{name}” is an old Excel file (.xls). Save it as .xlsx in Excel, then import it again.</source>
        <translation>„{name}“ ist eine alte Excel-Datei (.xls). Speichern Sie sie in Excel als .xlsx und importieren Sie sie dann erneut.</translation>
    </message>
    <message>
        <location filename="../../egov_network/exchange/reading.py" line="98"/>
        <source>“{name}” cannot be opened: {reason}.</source>
        <extracomment>First bytes of an OLE2 compound file: a password-protected .xlsx or an old .xls. Sum of the unpacked sizes of all parts of an .xlsx. Unpacked/packed ratio of one part; sheet XML packs ~10-30x, zip bombs ~1000x. Parts smaller than this are not ratio-checked (tiny parts compress absurdly well). Columns of one row (up to its last non-empty cell); member lists have a few dozen. A longer cell makes its row skipped (checked by the import, not here). Characters of text a workbook may yield per unpacked byte: shared strings let a 6 KB file repeat one 10,000-character text 40,000 times (400 MB of text). Text every workbook may hold regardless of its size. The worksheets of the workbook in order ([] for a CSV file).</extracomment>
        <translation>„{name}“ kann nicht geöffnet werden: {reason}.</translation>
    </message>
    <message>
        <location filename="../../egov_network/exchange/reading.py" line="138"/>
        <source>“{name}” is too large to import ({size} MB; at most {max} MB).</source>
        <translation>„{name}“ ist zu groß für den Import ({size} MB; höchstens {max} MB).</translation>
    </message>
    <message>
        <location filename="../../egov_network/exchange/reading.py" line="159"/>
        <source>“{name}” unpacks to far more data than a list holds; it was not opened.</source>
        <translation>„{name}“ enthält entpackt weit mehr Daten, als eine Liste umfassen kann; die Datei wurde nicht geöffnet.</translation>
    </message>
    <message>
        <location filename="../../egov_network/exchange/reading.py" line="154"/>
        <source>“{name}” is damaged or incomplete and cannot be read.</source>
        <translation>„{name}“ ist beschädigt oder unvollständig und kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../../egov_network/exchange/reading.py" line="199"/>
        <source>“{name}” is damaged or not a workbook this program can read ({reason}).</source>
        <translation>„{name}“ ist beschädigt oder keine Arbeitsmappe, die dieses Programm lesen kann ({reason}).</translation>
    </message>
    <message>
        <location filename="../../egov_network/exchange/reading.py" line="254"/>
        <source>“{name}” has {rows} rows or more; at most {max} can be imported at once.</source>
        <translation>„{name}“ hat {rows} Zeilen oder mehr; höchstens {max} können auf einmal importiert werden.</translation>
    </message>
    <message>
        <location filename="../../egov_network/exchange/reading.py" line="266"/>
        <source>“{name}” contains no worksheet.</source>
        <translation>„{name}“ enthält kein Tabellenblatt.</translation>
    </message>
    <message>
        <location filename="../../egov_network/exchange/reading.py" line="268"/>
        <source>“{name}” has no worksheet “{sheet}”.</source>
        <translation>„{name}“ enthält kein Tabellenblatt „{sheet}“.</translation>
    </message>
    <message>
        <location filename="../../egov_network/exchange/reading.py" line="273"/>
        <source>The worksheet “{sheet}” in “{name}” holds no table.</source>
        <translation>Das Tabellenblatt „{sheet}“ in „{name}“ enthält keine Tabelle.</translation>
    </message>
    <message>
        <location filename="../../egov_network/exchange/reading.py" line="298"/>
        <source>“{name}” repeats its texts so often that it holds far more text than its size; it was not imported.</source>
        <translation>„{name}“ wiederholt seine Texte so oft, dass es weit mehr Text enthält, als seine Größe erwarten lässt; die Datei wurde nicht importiert.</translation>
    </message>
    <message>
        <location filename="../../egov_network/exchange/reading.py" line="314"/>
        <source>“{name}” has a row of {columns} columns; at most {max} columns can be imported.</source>
        <translation>„{name}“ hat eine Zeile mit {columns} Spalten; importiert werden können höchstens {max} Spalten.</translation>
    </message>
    <message>
        <location filename="../../egov_network/services/authorities.py" line="36"/>
        <source>Authority</source>
        <translation>Behörde</translation>
    </message>
    <message>
        <location filename="../../egov_network/services/authorities.py" line="74"/>
        <source>“Member until” lies before “member since”.</source>
        <translation>„Mitglied bis“ liegt vor „Mitglied seit“.</translation>
    </message>
    <message>
        <location filename="../../egov_network/services/authorities.py" line="85"/>
        <source>An authority cannot belong to itself or to one of its own members.</source>
        <translation>Eine Behörde kann nicht zu sich selbst oder zu einer ihrer eigenen Mitgliedsbehörden gehören.</translation>
    </message>
    <message>
        <location filename="../../egov_network/services/authorities.py" line="94"/>
        <source>contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <location filename="../../egov_network/services/authorities.py" line="95"/>
        <source>member authorities</source>
        <translation>Mitgliedsbehörden</translation>
    </message>
    <message>
        <location filename="../../egov_network/services/authorities.py" line="96"/>
        <source>hosted meetings</source>
        <translation>ausgerichtete Treffen</translation>
    </message>
    <message>
        <location filename="../../egov_network/services/authorities.py" line="101"/>
        <source>topic links</source>
        <translation>Verknüpfungen mit Fachthemen</translation>
    </message>
    <message>
        <location filename="../../egov_network/services/authorities.py" line="120"/>
        <source>Topic of an authority</source>
        <translation>Fachthema einer Behörde</translation>
    </message>
    <message>
        <location filename="../../egov_network/services/authorities.py" line="133"/>
        <source>This topic is already linked.</source>
        <translation>Dieses Fachthema ist bereits verknüpft.</translation>
    </message>
    <message>
        <location filename="../../egov_network/services/base.py" line="159"/>
        <location filename="../../egov_network/services/bulk.py" line="331"/>
        <location filename="../../egov_network/services/moving.py" line="119"/>
        <source>The record no longer exists (it may have been deleted).</source>
        <extracomment>Tables whose rows belong to this entity and go with it: (model, foreign key column). Name used in change notifications, e.g. &quot;contact&quot;. Translatable singular label for messages, e.g. &quot;Contact&quot;. Deleting puts the record into the trash (the records people delete, not link rows). For a link entity: its foreign key columns naming the records whose history shows it (an expertise shows in its contact&apos;s and its topic&apos;s history).</extracomment>
        <translation>Der Datensatz existiert nicht mehr (er wurde möglicherweise gelöscht).</translation>
    </message>
    <message>
        <location filename="../../egov_network/services/base.py" line="95"/>
        <location filename="../../egov_network/services/bulk.py" line="50"/>
        <location filename="../../egov_network/services/meetings.py" line="47"/>
        <location filename="../../egov_network/services/tags.py" line="333"/>
        <source>“{name}” was changed elsewhere in the meantime. Reload it and try again.</source>
        <extracomment>Columns the services maintain themselves; never taken from input.
----------
Fields the rules above would offer but that belong to one person: a salutation says who someone is, not what a group of people share. How many rows one query loads into the session before they are checked.</extracomment>
        <translation>„{name}“ wurde inzwischen an anderer Stelle geändert. Bitte laden Sie den Datensatz neu und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../../egov_network/services/base.py" line="301"/>
        <source>“{name}” cannot be brought back: the records it belonged to were changed elsewhere in the meantime.</source>
        <translation>„{name}“ kann nicht wiederhergestellt werden: Die Datensätze, zu denen es gehörte, wurden inzwischen an anderer Stelle geändert.</translation>
    </message>
    <message>
        <location filename="../../egov_network/services/base.py" line="410"/>
        <source>There is no such field.</source>
        <translation>Dieses Feld gibt es nicht.</translation>
    </message>
    <message>
        <location filename="../../egov_network/services/base.py" line="442"/>
        <location filename="../../egov_network/services/fields.py" line="40"/>
        <location filename="../../egov_network/services/fields.py" line="44"/>
        <location filename="../../egov_network/services/meetings.py" line="127"/>
        <source>The selected record does not exist (any more).</source>
        <translation>Der ausgewählte Datensatz existiert nicht (mehr).</translation>
    </message>
    <message>
        <location filename="../../egov_network/services/contacts.py" line="56"/>
        <source>Contact</source>
        <extracomment>List memberships too: a contact restored from the trash (or by undo) is on its lists again.</extracomment>
        <translation>Kontakt</translation>
    </message>
    <message>
        <location filename="../../egov_network/services/consent.py" line="96"/>
        <source>Consent</source>
        <extracomment>Ids per ``IN (...)`` (SQLite before 3.32 allows 999 parameters).</extracomment>
        <translation>Einwilligung</translation>
    </message>
    <message>
        <location filename="../../egov_network/services/consent.py" line="119"/>
        <location filename="../../egov_network/services/contacts.py" line="82"/>
        <source>Consent cannot be given in the future.</source>
        <translation>Eine Einwilligung kann nicht in der Zukunft erteilt werden.</translation>
    </message>
    <message>
        <location filename="../../egov_network/services/contacts.py" line="106"/>
        <source>meeting participations</source>
        <translation>Teilnahmen an Treffen</translation>
    </message>
    <message>
        <location filename="../../egov_network/services/contacts.py" line="109"/>
        <location filename="../../egov_network/services/meetings.py" line="95"/>
        <source>action items</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <location filename="../../egov_network/services/contacts.py" line="114"/>
        <source>expert topics</source>
        <translation>Fachthemen</translation>
    </message>
    <message>
        <location filename="../../egov_network/services/contacts.py" line="115"/>
        <source>former positions</source>
        <translation>frühere Funktionen</translation>
    </message>
    <message>
        <location filename="../../egov_network/services/contacts.py" line="139"/>
        <source>Expert topic</source>
        <translation>Fachthema</translation>
    </message>
    <message>
        <location filename="../../egov_network/services/contacts.py" line="156"/>
        <source>This person already has this topic.</source>
        <translation>Diese Person hat dieses Fachthema bereits.</translation>
    </message>
    <message>
        <location filename="../../egov_network/services/demo.py" line="262"/>
        <source>“{path}” already holds data; it is only replaced when you say so (--force).</source>
        <extracomment>(section, field in the file) -&gt; (service field, section the key points into) Nested lists handled by the loader itself.</extracomment>
        <translation>„{path}“ enthält bereits Daten; sie werden nur ersetzt, wenn Sie dies ausdrücklich angeben (--force).</translation>
    </message>
    <message>
        <location filename="../../egov_network/services/meetings.py" line="50"/>
        <source>The topics of “{name}” were changed elsewhere in the meantime. Reload it and try again.</source>
        <translation>Die Themen von „{name}“ wurden inzwischen an anderer Stelle geändert. Laden Sie den Datensatz neu und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../../egov_network/services/meetings.py" line="72"/>
        <source>Meeting</source>
        <translation>Treffen</translation>
    </message>
    <message>
        <location filename="../../egov_network/services/meetings.py" line="89"/>
        <source>The end lies before the start.</source>
        <translation>Das Ende liegt vor dem Beginn.</translation>
    </message>
    <message>
        <location filename="../../egov_network/services/meetings.py" line="94"/>
        <source>participants</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <location filename="../../egov_network/services/meetings.py" line="152"/>
        <source>Participant</source>
        <translation>Teilnahme</translation>
    </message>
    <message>
        <location filename="../../egov_network/services/meetings.py" line="183"/>
        <source>This person is already on the participant list.</source>
        <translation>Diese Person steht bereits auf der Teilnehmerliste.</translation>
    </message>
    <message>
        <location filename="../../egov_network/services/meetings.py" line="260"/>
        <source>Action item</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <location filename="../../egov_network/services/topics.py" line="29"/>
        <source>Topic</source>
        <translation>Fachthema</translation>
    </message>
    <message>
        <location filename="../../egov_network/services/topics.py" line="43"/>
        <source>A topic named “{name}” exists already.</source>
        <translation>Ein Fachthema mit dem Namen „{name}“ gibt es bereits.</translation>
    </message>
    <message>
        <location filename="../../egov_network/services/topics.py" line="53"/>
        <location filename="../../egov_network/ui/topic_picker.py" line="69"/>
        <source>A topic cannot be placed below itself or its own sub-topics.</source>
        <translation>Ein Fachthema kann nicht sich selbst oder einem seiner eigenen Unterthemen untergeordnet werden.</translation>
    </message>
    <message>
        <location filename="../../egov_network/services/topics.py" line="62"/>
        <source>sub-topics</source>
        <translation>Unterthemen</translation>
    </message>
    <message>
        <location filename="../../egov_network/services/topics.py" line="63"/>
        <source>experts</source>
        <translation>Ansprechpersonen</translation>
    </message>
    <message>
        <location filename="../../egov_network/services/topics.py" line="64"/>
        <source>authorities</source>
        <translation>Behörden</translation>
    </message>
    <message>
        <location filename="../../egov_network/services/topics.py" line="65"/>
        <source>meetings</source>
        <translation>Treffen</translation>
    </message>
    <message>
        <location filename="../../egov_network/store/database.py" line="40"/>
        <source>“{url}” is not a database address this program knows.</source>
        <translation>„{url}“ ist keine Datenbankadresse, die dieses Programm kennt.</translation>
    </message>
    <message>
        <location filename="../../egov_network/store/database.py" line="326"/>
        <source>“{location}” is not a database this program can open ({reason}).</source>
        <extracomment>Per entity, the fields its updates changed, where the service said so (a list whose sort column was not touched keeps its order). Who caused it: the window&apos;s operation runner tags its own changes, so a view can tell them from changes that arrive from elsewhere (None). While set, committed changes of this thread go here instead of to the listeners (the operation runner announces them itself, once, after the undo push). How long a write waits for another program&apos;s lock unless told otherwise (the CLI&apos;s ``--wait``; the window sets a short wait and retries visibly). Who the history names as the author of writes: the OS user name; a team login sets its own.</extracomment>
        <translation>„{location}“ ist keine Datenbank, die dieses Programm öffnen kann ({reason}).</translation>
    </message>
    <message>
        <location filename="../../egov_network/store/migrate.py" line="65"/>
        <source>“{location}” is a database, but not one of this program.</source>
        <extracomment>The newest revision this program writes. Opening a database already at it needs no Alembic at all (its import and script scan cost ~0.3 s of every start); tests/test_migrations.py checks it equals the scripts&apos; head.</extracomment>
        <translation>„{location}“ ist eine Datenbank, aber nicht von diesem Programm.</translation>
    </message>
    <message>
        <location filename="../../egov_network/store/migrate.py" line="80"/>
        <source>“{location}” was written by a newer version of this program; please update.</source>
        <translation>„{location}“ wurde mit einer neueren Version dieses Programms geschrieben; bitte aktualisieren Sie das Programm.</translation>
    </message>
    <message>
        <location filename="../../egov_network/store/backup_set.py" line="185"/>
        <location filename="../../egov_network/store/backup_set.py" line="342"/>
        <source>A backup cannot replace the database “{path}” itself.</source>
        <translation>Eine Sicherung kann nicht die Datenbank „{path}“ selbst ersetzen.</translation>
    </message>
    <message>
        <location filename="../../egov_network/store/backup_set.py" line="190"/>
        <location filename="../../egov_network/store/health.py" line="40"/>
        <location filename="../../egov_network/store/migrate.py" line="124"/>
        <source>“{path}” is a folder, not a database file.</source>
        <translation>„{path}“ ist ein Ordner, keine Datenbankdatei.</translation>
    </message>
    <message>
        <location filename="../../egov_network/store/backup_set.py" line="194"/>
        <source>The folder “{path}” does not exist.</source>
        <translation>Den Ordner „{path}“ gibt es nicht.</translation>
    </message>
    <message>
        <location filename="../../egov_network/store/backup_set.py" line="280"/>
        <source>There is no backup file “{path}”.</source>
        <translation>Die Sicherungsdatei „{path}“ gibt es nicht.</translation>
    </message>
    <message>
        <location filename="../../egov_network/store/backup_set.py" line="287"/>
        <source>“{path}” is not a backup of this program&apos;s database.</source>
        <translation>„{path}“ ist keine Sicherung einer Datenbank dieses Programms.</translation>
    </message>
    <message>
        <location filename="../../egov_network/store/backup_set.py" line="294"/>
        <source>The backup “{path}” is damaged ({problem}); nothing was changed.</source>
        <translation>Die Sicherung „{path}“ ist beschädigt ({problem}); nichts wurde geändert.</translation>
    </message>
    <message>
        <location filename="../../egov_network/store/backup_set.py" line="320"/>
        <source>“{path}” is open in another program (perhaps the window); close it, then restore.</source>
        <translation>„{path}“ ist in einem anderen Programm geöffnet (vielleicht im Fenster); schließen Sie es und stellen Sie dann wieder her.</translation>
    </message>
    <message>
        <location filename="../../egov_network/store/backup_set.py" line="163"/>
        <location filename="../../egov_network/store/health.py" line="41"/>
        <location filename="../../egov_network/store/migrate.py" line="129"/>
        <source>There is no database file “{path}”.</source>
        <extracomment>How many backups of today are kept (besides the daily, weekly, monthly ones). Tables whose row counts are bookkeeping, not the user&apos;s records.</extracomment>
        <translation>Es gibt keine Datenbankdatei „{path}“.</translation>
    </message>
    <message>
        <location filename="../../egov_network/domain/dates.py" line="30"/>
        <source>“{value}” is not a date (for example 15.01.2027).</source>
        <translation>„{value}“ ist kein Datum (zum Beispiel 15.01.2027).</translation>
    </message>
    <message>
        <location filename="../../egov_network/domain/dates.py" line="31"/>
        <source>“{value}” is not a day of the calendar.</source>
        <translation>„{value}“ ist kein Tag im Kalender.</translation>
    </message>
    <message>
        <location filename="../../egov_network/domain/dates.py" line="32"/>
        <source>“{value}” is not a date and time (for example 15.01.2027 10:00).</source>
        <translation>„{value}“ ist kein Datum mit Uhrzeit (zum Beispiel 15.01.2027 10:00).</translation>
    </message>
    <message>
        <location filename="../../egov_network/domain/dates.py" line="33"/>
        <source>“{value}” has no date; enter one, for example 15.01.2027 10:00.</source>
        <translation>„{value}“ hat kein Datum; geben Sie eines an, zum Beispiel 15.01.2027 10:00.</translation>
    </message>
    <message>
        <location filename="../../egov_network/domain/dates.py" line="34"/>
        <source>“{value}” is not a time of day (00:00 to 23:59).</source>
        <translation>„{value}“ ist keine Uhrzeit (00:00 bis 23:59).</translation>
    </message>
    <message>
        <location filename="../../egov_network/services/moving.py" line="113"/>
        <source>Choose another record than the one whose links are moved.</source>
        <extracomment>The entity whose service writes these rows (None: a plain link row without one). Columns that, together with ``column``, must stay unique (a link the target has already).</extracomment>
        <translation>Wählen Sie einen anderen Datensatz als den, dessen Verknüpfungen verschoben werden.</translation>
    </message>
    <message>
        <location filename="../../egov_network/services/moving.py" line="152"/>
        <source>A linked record was changed elsewhere in the meantime.</source>
        <translation>Ein verknüpfter Datensatz wurde inzwischen an anderer Stelle geändert.</translation>
    </message>
    <message>
        <location filename="../../egov_network/services/lists.py" line="58"/>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <location filename="../../egov_network/services/lists.py" line="74"/>
        <source>A list named “{name}” exists already.</source>
        <translation>Eine Liste namens „{name}“ gibt es schon.</translation>
    </message>
    <message>
        <location filename="../../egov_network/services/lists.py" line="79"/>
        <source>A saved search needs a filter.</source>
        <translation>Eine gespeicherte Suche braucht einen Filter.</translation>
    </message>
    <message>
        <location filename="../../egov_network/services/lists.py" line="83"/>
        <source>list entries</source>
        <translation>Listeneinträge</translation>
    </message>
    <message>
        <location filename="../../egov_network/services/lists.py" line="131"/>
        <source>The list was changed elsewhere in the meantime.</source>
        <translation>Die Liste wurde inzwischen an anderer Stelle geändert.</translation>
    </message>
    <message>
        <location filename="../../egov_network/services/lists.py" line="155"/>
        <source>“{name}” is a saved search: its people are found by its filter, not added.</source>
        <translation>„{name}“ ist eine gespeicherte Suche: Ihre Personen findet der Filter, sie werden nicht hinzugefügt.</translation>
    </message>
    <message>
        <location filename="../../egov_network/services/tags.py" line="50"/>
        <source>A tag cannot contain a comma or semicolon.</source>
        <translation>Ein Schlagwort darf kein Komma und kein Semikolon enthalten.</translation>
    </message>
    <message>
        <location filename="../../egov_network/services/tags.py" line="108"/>
        <source>Tag</source>
        <translation>Schlagwort</translation>
    </message>
    <message>
        <location filename="../../egov_network/services/tags.py" line="118"/>
        <source>A tag named “{name}” exists already.</source>
        <translation>Ein Schlagwort „{name}“ gibt es schon.</translation>
    </message>
    <message>
        <location filename="../../egov_network/services/tags.py" line="125"/>
        <source>tag assignments</source>
        <translation>Schlagwort-Zuordnungen</translation>
    </message>
    <message>
        <location filename="../../egov_network/services/tags.py" line="244"/>
        <source>The tags of these records were changed elsewhere in the meantime.</source>
        <translation>Die Schlagwörter dieser Datensätze wurden inzwischen an anderer Stelle geändert.</translation>
    </message>
    <message>
        <location filename="../../egov_network/store/backup.py" line="104"/>
        <source>The safety copy of “{path}” could not be verified ({problem}); nothing was changed.</source>
        <translation>Die Sicherungskopie von „{path}“ ließ sich nicht prüfen ({problem}); es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../../egov_network/services/privacy.py" line="119"/>
        <source>The retention period must be from 1 to 50 years, not {years}.</source>
        <extracomment>Years without activity after which the retention review lists a person. The records of processing until someone writes their own (German and English, no facts about people).</extracomment>
        <translation>Die Aufbewahrungsfrist muss zwischen 1 und 50 Jahren liegen, nicht {years}.</translation>
    </message>
    <message>
        <location filename="../../egov_network/services/privacy.py" line="300"/>
        <source>There is no person with the number {id}.</source>
        <translation>Es gibt keine Person mit der Nummer {id}.</translation>
    </message>
    <message>
        <location filename="../../egov_network/services/trash.py" line="27"/>
        <source>This record is no longer in the trash.</source>
        <translation>Dieser Datensatz ist nicht mehr im Papierkorb.</translation>
    </message>
    <message>
        <location filename="../../egov_network/store/health.py" line="42"/>
        <source>“{path}” is not a database this program can open ({reason}).</source>
        <translation>„{path}“ ist keine Datenbank, die dieses Programm öffnen kann ({reason}).</translation>
    </message>
    <message>
        <location filename="../../egov_network/store/health.py" line="45"/>
        <source>“{path}” is damaged: SQLite&apos;s check found errors in it. The file was not changed.</source>
        <translation>„{path}“ ist beschädigt: Die Prüfung durch SQLite hat Fehler gefunden. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <location filename="../../egov_network/store/health.py" line="48"/>
        <source>“{path}” was written by a newer version of this program; please update.</source>
        <translation>„{path}“ wurde von einer neueren Version dieses Programms geschrieben; bitte aktualisieren Sie es.</translation>
    </message>
    <message>
        <location filename="../../egov_network/store/health.py" line="51"/>
        <source>“{path}” is incomplete: the file “{wal}” that holds its latest changes is missing (perhaps only the main file was copied or restored). The file was not changed.</source>
        <translation>„{path}“ ist unvollständig: Die Datei „{wal}“ mit den letzten Änderungen fehlt (vielleicht wurde nur die Hauptdatei kopiert oder wiederhergestellt). Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <location filename="../../egov_network/store/location.py" line="62"/>
        <source>“{path}” is on a network share ({fstype}). This program keeps its database only on this computer&apos;s own disk, because the database cannot work safely over a network file system: two computers writing to it would damage it. Copy the file to a local folder, or use team mode (a shared PostgreSQL server, coming in a later version) to work on one network together.</source>
        <translation>„{path}“ liegt auf einem Netzlaufwerk ({fstype}). Dieses Programm hält seine Datenbank nur auf dem eigenen Datenträger dieses Computers, weil die Datenbank über ein Netzwerk-Dateisystem nicht sicher arbeitet: Schreiben zwei Computer gleichzeitig, wird sie beschädigt. Kopieren Sie die Datei in einen lokalen Ordner, oder nutzen Sie den Teammodus (ein gemeinsamer PostgreSQL-Server, kommt in einer späteren Version), um gemeinsam an einem Netzwerk zu arbeiten.</translation>
    </message>
    <message>
        <location filename="../../egov_network/store/recover.py" line="210"/>
        <source>Nothing could be rescued from “{path}”: even its list of tables is unreadable ({reason}).</source>
        <extracomment>``report(done, total)`` after each table; the window&apos;s worker raises from it to cancel. Shadow tables FTS5 keeps for each virtual table; rebuilt, never copied.</extracomment>
        <translation>Aus „{path}“ ließ sich nichts retten: Selbst die Liste der Tabellen ist unlesbar ({reason}).</translation>
    </message>
    <message>
        <location filename="../../egov_network/store/recover.py" line="320"/>
        <source>The rescued copy did not pass SQLite&apos;s check ({reason}); it was not kept.</source>
        <translation>Die gerettete Kopie hat die Prüfung durch SQLite nicht bestanden ({reason}); sie wurde nicht behalten.</translation>
    </message>
</context>
<context>
    <name>ExceptionHook</name>
    <message>
        <location filename="../../egov_network/ui/errors.py" line="111"/>
        <source>Unexpected error</source>
        <extracomment>Called when SQLite reports the open file damaged (the next start then checks it fully).</extracomment>
        <translation>Unerwarteter Fehler</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/errors.py" line="114"/>
        <source>The database file is damaged: part of it could not be read, and the last action was not completed. Close the program and start it again: it then checks the whole file and offers the newest backup or a rescue of the data.</source>
        <translation>Die Datenbankdatei ist beschädigt: Ein Teil ließ sich nicht lesen, und die letzte Aktion wurde nicht abgeschlossen. Schließen Sie das Programm und starten Sie es neu: Es prüft dann die ganze Datei und bietet die neueste Sicherung oder eine Rettung der Daten an.</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/errors.py" line="121"/>
        <source>Something went wrong that the program did not expect. Your saved data is safe; the last action may not have been completed.</source>
        <translation>Es ist ein unerwarteter Fehler aufgetreten. Ihre gespeicherten Daten sind sicher; die letzte Aktion wurde jedoch möglicherweise nicht vollständig ausgeführt.</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/errors.py" line="128"/>
        <source>Details were written to:
{path}</source>
        <translation>Details wurden gespeichert in:
{path}</translation>
    </message>
</context>
<context>
    <name>ExpertFinder</name>
    <message>
        <location filename="../../egov_network/services/experts.py" line="108"/>
        <source>{level} in {count} topics</source>
        <extracomment>Points of a person&apos;s best level on the topics in scope. Each further topic in scope the person has expertise in (counted up to MAX_EXTRA_TOPICS). Per meeting on the topic, by role; at most MAX_MEETINGS meetings of one role count. Their authority has experience in the topic. Their own expertise note mentions the words asked for. Meeting titles kept per person as evidence. Ids bound per ``IN (...)`` where the database has no JSON table functions. How many people a search reads in full by default; the rest are only counted. Roles that make someone a candidate on their own: they presented, not just listened.</extracomment>
        <translation>{level} in {count} Themen</translation>
    </message>
    <message>
        <location filename="../../egov_network/services/experts.py" line="110"/>
        <source>spoke at 1 meeting on the topic</source>
        <translation>sprach auf 1 Treffen zum Thema</translation>
    </message>
    <message>
        <location filename="../../egov_network/services/experts.py" line="111"/>
        <source>moderated 1 meeting on the topic</source>
        <translation>moderierte 1 Treffen zum Thema</translation>
    </message>
    <message>
        <location filename="../../egov_network/services/experts.py" line="112"/>
        <source>organised 1 meeting on the topic</source>
        <translation>organisierte 1 Treffen zum Thema</translation>
    </message>
    <message>
        <location filename="../../egov_network/services/experts.py" line="113"/>
        <source>attended 1 meeting on the topic</source>
        <translation>nahm an 1 Treffen zum Thema teil</translation>
    </message>
    <message>
        <location filename="../../egov_network/services/experts.py" line="116"/>
        <source>spoke at {count} meetings on the topic</source>
        <translation>sprach auf {count} Treffen zum Thema</translation>
    </message>
    <message>
        <location filename="../../egov_network/services/experts.py" line="117"/>
        <source>moderated {count} meetings on the topic</source>
        <translation>moderierte {count} Treffen zum Thema</translation>
    </message>
    <message>
        <location filename="../../egov_network/services/experts.py" line="118"/>
        <source>organised {count} meetings on the topic</source>
        <translation>organisierte {count} Treffen zum Thema</translation>
    </message>
    <message>
        <location filename="../../egov_network/services/experts.py" line="119"/>
        <source>attended {count} meetings on the topic</source>
        <translation>nahm an {count} Treffen zum Thema teil</translation>
    </message>
    <message>
        <location filename="../../egov_network/services/experts.py" line="123"/>
        <source>own note mentions “{words}”</source>
        <translation>eigene Notiz erwähnt „{words}“</translation>
    </message>
    <message>
        <location filename="../../egov_network/services/experts.py" line="124"/>
        <source>their authority has experience in it</source>
        <translation>die eigene Behörde hat Erfahrung damit</translation>
    </message>
    <message>
        <location filename="../../egov_network/services/experts.py" line="125"/>
        <source>former</source>
        <translation>ehemalig</translation>
    </message>
    <message>
        <location filename="../../egov_network/services/experts.py" line="126"/>
        <source>consent since {date}</source>
        <translation>Einwilligung seit {date}</translation>
    </message>
    <message>
        <location filename="../../egov_network/services/experts.py" line="127"/>
        <source>consent since {date}: {scope}</source>
        <translation>Einwilligung seit {date}: {scope}</translation>
    </message>
    <message>
        <location filename="../../egov_network/services/experts.py" line="128"/>
        <source>no consent recorded</source>
        <translation>keine Einwilligung erfasst</translation>
    </message>
    <message>
        <location filename="../../egov_network/services/experts.py" line="129"/>
        <source>{level} in {topic}</source>
        <translation>{level} in {topic}</translation>
    </message>
    <message>
        <location filename="../../egov_network/services/experts.py" line="130"/>
        <source>{level} in {topic}: {note}</source>
        <translation>{level} in {topic}: {note}</translation>
    </message>
    <message>
        <location filename="../../egov_network/services/experts.py" line="131"/>
        <source>Meetings: {titles}</source>
        <translation>Treffen: {titles}</translation>
    </message>
    <message>
        <location filename="../../egov_network/services/experts.py" line="132"/>
        <source>{authority} on {topic}: {note}</source>
        <translation>{authority} zu {topic}: {note}</translation>
    </message>
    <message>
        <location filename="../../egov_network/services/experts.py" line="133"/>
        <source>{authority} works on {topic}</source>
        <translation>{authority} arbeitet an {topic}</translation>
    </message>
    <message>
        <location filename="../../egov_network/services/experts.py" line="134"/>
        <source>Who knows about {topics}?</source>
        <translation>Wer kennt sich aus mit {topics}?</translation>
    </message>
    <message>
        <location filename="../../egov_network/services/experts.py" line="135"/>
        <source>Who knows about “{words}”?</source>
        <translation>Wer kennt sich aus mit „{words}“?</translation>
    </message>
    <message>
        <location filename="../../egov_network/services/experts.py" line="136"/>
        <source>Nobody found.</source>
        <translation>Niemand gefunden.</translation>
    </message>
    <message>
        <location filename="../../egov_network/services/experts.py" line="137"/>
        <source>No topic and no expertise note matches “{words}”.</source>
        <translation>Kein Thema und keine Notiz zur Expertise passt zu „{words}“.</translation>
    </message>
    <message>
        <location filename="../../egov_network/services/experts.py" line="138"/>
        <source>{count} people found</source>
        <translation>{count} Personen gefunden</translation>
    </message>
    <message>
        <location filename="../../egov_network/services/experts.py" line="139"/>
        <source>1 person found</source>
        <translation>1 Person gefunden</translation>
    </message>
    <message>
        <location filename="../../egov_network/services/experts.py" line="140"/>
        <source>no authority</source>
        <translation>keine Behörde</translation>
    </message>
</context>
<context>
    <name>ExpertTableModel</name>
    <message>
        <location filename="../../egov_network/ui/experts_workspace.py" line="98"/>
        <source>No.</source>
        <extracomment>Pause after a keystroke before the search runs (ms). Text colour of former people&apos;s rows: grey, 5.7:1 on white; the Status column says it in words too. Widest a fitted column gets (px); the explanation takes the rest of the width. The topic column is narrower still: the evidence pane below names every topic in full. What a store change must touch for the ranking to change. &quot;why&quot; last: it stretches to the width of the view, the others fit their contents.</extracomment>
        <translation>Nr.</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/experts_workspace.py" line="99"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/experts_workspace.py" line="100"/>
        <source>Authority</source>
        <translation>Behörde</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/experts_workspace.py" line="101"/>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/experts_workspace.py" line="102"/>
        <source>Topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/experts_workspace.py" line="103"/>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/experts_workspace.py" line="104"/>
        <source>Consent</source>
        <translation>Einwilligung</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/experts_workspace.py" line="105"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/experts_workspace.py" line="175"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/experts_workspace.py" line="176"/>
        <source>yes, since {date}</source>
        <translation>ja, seit {date}</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/experts_workspace.py" line="178"/>
        <source>former</source>
        <translation>ehemalig</translation>
    </message>
</context>
<context>
    <name>ExpertsWorkspace</name>
    <message>
        <location filename="../../egov_network/ui/experts_workspace.py" line="218"/>
        <source>Who knows what?</source>
        <extracomment>&quot;Write e-mail&quot; to the selected (or all listed) people: (contact ids, subject). A one-line message for the status bar. A search&apos;s answer is shown (tests and benchmarks wait for it).</extracomment>
        <translation>Wer weiß was?</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/experts_workspace.py" line="234"/>
        <source>A topic, a synonym or any words, e.g. Datenschutz</source>
        <extracomment>The query &quot;Show all&quot; was pressed for: it lists everyone, any other the best DEFAULT_LIMIT.</extracomment>
        <translation>Ein Thema, ein Synonym oder beliebige Wörter, z. B. Datenschutz</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/experts_workspace.py" line="236"/>
        <source>Who knows about</source>
        <translation>Wer kennt sich aus mit</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/experts_workspace.py" line="245"/>
        <source>Topics</source>
        <translation>Themen</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/experts_workspace.py" line="246"/>
        <source>Expert topics</source>
        <translation>Fachthemen</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/experts_workspace.py" line="255"/>
        <source>&amp;State:</source>
        <translation>&amp;Bundesland:</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/experts_workspace.py" line="255"/>
        <source>All states</source>
        <translation>Alle Länder</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/experts_workspace.py" line="257"/>
        <source>C&amp;ohort:</source>
        <translation>St&amp;affel:</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/experts_workspace.py" line="257"/>
        <source>All cohorts</source>
        <translation>Alle Staffeln</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/experts_workspace.py" line="259"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/experts_workspace.py" line="259"/>
        <source>All kinds</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/experts_workspace.py" line="262"/>
        <source>Level at leas&amp;t:</source>
        <translation>Stufe mindes&amp;tens:</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/experts_workspace.py" line="263"/>
        <source>Any</source>
        <translation>Beliebig</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/experts_workspace.py" line="267"/>
        <source>Include forme&amp;r people</source>
        <translation>&amp;Ehemalige einbeziehen</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/experts_workspace.py" line="279"/>
        <source>Show &amp;all</source>
        <translation>&amp;Alle zeigen</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/experts_workspace.py" line="287"/>
        <source>People who know about it</source>
        <translation>Personen, die sich damit auskennen</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/experts_workspace.py" line="307"/>
        <source>Evidence</source>
        <translation>Belege</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/experts_workspace.py" line="308"/>
        <source>Select a person to see the record behind the ranking.</source>
        <translation>Eine Person auswählen, um zu sehen, worauf die Reihenfolge beruht.</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/experts_workspace.py" line="310"/>
        <source>O&amp;pen person</source>
        <translation>Person ö&amp;ffnen</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/experts_workspace.py" line="312"/>
        <source>&amp;Copy list</source>
        <translation>Liste &amp;kopieren</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/experts_workspace.py" line="314"/>
        <source>Copy the listed people, tab-separated, for a spreadsheet or mail</source>
        <translation>Die gelisteten Personen kopieren (tabulatorgetrennt, für Tabelle oder E-Mail)</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/experts_workspace.py" line="317"/>
        <source>Copy selected rows</source>
        <translation>Ausgewählte Zeilen kopieren</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/experts_workspace.py" line="322"/>
        <source>E&amp;xport list…</source>
        <translation>Liste e&amp;xportieren…</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/experts_workspace.py" line="324"/>
        <source>Add to &amp;list…</source>
        <translation>Zur &amp;Liste hinzufügen…</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/experts_workspace.py" line="328"/>
        <source>Put the selected people (or all listed) on a list of people</source>
        <translation>Die ausgewählten (oder alle gelisteten) Personen auf eine Personenliste setzen</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/experts_workspace.py" line="330"/>
        <source>Lists of people are not available in this version yet</source>
        <translation>Personenlisten gibt es in dieser Version noch nicht</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/experts_workspace.py" line="370"/>
        <source>Who knows about &amp;what:</source>
        <translation>Wer weiß etwas über &amp;was:</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/experts_workspace.py" line="394"/>
        <source>Write &amp;e-mail…</source>
        <translation>E-Mail &amp;schreiben…</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/experts_workspace.py" line="551"/>
        <source>The search failed: {error}</source>
        <translation>Die Suche ist fehlgeschlagen: {error}</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/experts_workspace.py" line="563"/>
        <source>Type a topic or pick one in the tree.</source>
        <translation>Ein Thema eingeben oder im Baum auswählen.</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/experts_workspace.py" line="568"/>
        <source>nobody found</source>
        <translation>niemand gefunden</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/experts_workspace.py" line="571"/>
        <source>best {shown} of {total} shown</source>
        <translation>die besten {shown} von {total} angezeigt</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/experts_workspace.py" line="575"/>
        <source>{n} people</source>
        <translation>{n} Personen</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/experts_workspace.py" line="575"/>
        <source>1 person</source>
        <translation>1 Person</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/experts_workspace.py" line="666"/>
        <source>Copied {n} people to the clipboard.</source>
        <translation>{n} Personen in die Zwischenablage kopiert.</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/experts_workspace.py" line="677"/>
        <source>Who knows what</source>
        <translation>Wer weiß was</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/experts_workspace.py" line="679"/>
        <location filename="../../egov_network/ui/experts_workspace.py" line="697"/>
        <source>Export the list</source>
        <translation>Liste exportieren</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/experts_workspace.py" line="679"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-Arbeitsmappe (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/experts_workspace.py" line="693"/>
        <source>Exported {n} people to {file}.</source>
        <translation>{n} Personen nach {file} exportiert.</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/experts_workspace.py" line="723"/>
        <source>No list yet: create one under Lists first</source>
        <translation>Noch keine Liste: zuerst unter Personenlisten eine anlegen</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/experts_workspace.py" line="742"/>
        <source>Add {n} people to “{list}”</source>
        <translation>{n} Personen zu „{list}“ hinzufügen</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/experts_workspace.py" line="746"/>
        <source>Add to list</source>
        <translation>Zur Liste hinzufügen</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/experts_workspace.py" line="748"/>
        <source>{n} people added to “{list}”.</source>
        <translation>{n} Personen zu „{list}“ hinzugefügt.</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../../egov_network/exchange/exports.py" line="159"/>
        <source>Page &amp;P of &amp;N</source>
        <extracomment>German sheet names and texts, used when ``german`` is set and the translator has none. Which enum a field&apos;s stored value belongs to, for its label. Minutes lines are split into pieces of this many characters (at most 2 UTF-16 units each).</extracomment>
        <translation>Seite &amp;P von &amp;N</translation>
    </message>
    <message>
        <location filename="../../egov_network/exchange/exports.py" line="165"/>
        <source>As of {date}</source>
        <translation>Stand: {date}</translation>
    </message>
    <message>
        <location filename="../../egov_network/exchange/exports.py" line="275"/>
        <location filename="../../egov_network/exchange/exports.py" line="279"/>
        <source>Contacts</source>
        <extracomment>Where the topics text (built from the expertise, not fetched) goes in a contact row. A contact&apos;s authority, as the contact lists head it.</extracomment>
        <translation>Kontakte</translation>
    </message>
    <message>
        <location filename="../../egov_network/exchange/exports.py" line="354"/>
        <location filename="../../egov_network/exchange/exports.py" line="381"/>
        <source>Member list</source>
        <translation>Mitgliederliste</translation>
    </message>
    <message>
        <location filename="../../egov_network/exchange/exports.py" line="370"/>
        <source>Authorities</source>
        <translation>Behörden</translation>
    </message>
    <message>
        <location filename="../../egov_network/exchange/exports.py" line="373"/>
        <source>Contact persons</source>
        <translation>Ansprechpersonen</translation>
    </message>
    <message>
        <location filename="../../egov_network/exchange/exports.py" line="436"/>
        <location filename="../../egov_network/exchange/exports.py" line="454"/>
        <source>Expert topics</source>
        <translation>Fachthemen</translation>
    </message>
    <message>
        <location filename="../../egov_network/exchange/exports.py" line="446"/>
        <source>Topic matrix</source>
        <translation>Themenmatrix</translation>
    </message>
    <message>
        <location filename="../../egov_network/exchange/exports.py" line="535"/>
        <source>Sign-in sheet</source>
        <translation>Teilnehmerliste</translation>
    </message>
    <message>
        <location filename="../../egov_network/exchange/exports.py" line="560"/>
        <source>Minutes</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <location filename="../../egov_network/exchange/exports.py" line="566"/>
        <source>Action items</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <location filename="../../egov_network/exchange/exports.py" line="641"/>
        <location filename="../../egov_network/exchange/exports.py" line="659"/>
        <source>Meetings</source>
        <translation>Treffen</translation>
    </message>
    <message>
        <location filename="../../egov_network/exchange/exports.py" line="648"/>
        <source>Open action items</source>
        <translation>Offene Aufgaben</translation>
    </message>
    <message>
        <location filename="../../egov_network/exchange/xlsx.py" line="76"/>
        <source>The export was cancelled.</source>
        <extracomment>progress(done, total) -&gt; False to cancel. Excel&apos;s limit for one cell, in UTF-16 code units (what Excel counts). Paper size code of A4 in SpreadsheetML. Rows between two progress calls. Rows looked at to fit column widths (write-only sheets need widths before the first row). Rows ``add_sheets`` holds at most while it collects the samples of its sheets.</extracomment>
        <translation>Der Export wurde abgebrochen.</translation>
    </message>
    <message>
        <location filename="../../egov_network/exchange/xlsx.py" line="77"/>
        <source>“{file}” cannot be written: the folder “{folder}” does not exist.</source>
        <translation>„{file}“ kann nicht geschrieben werden: Der Ordner „{folder}“ existiert nicht.</translation>
    </message>
    <message>
        <location filename="../../egov_network/exchange/xlsx.py" line="78"/>
        <source>“{file}” is a folder; choose a file name for the export.</source>
        <translation>„{file}“ ist ein Ordner; bitte wählen Sie einen Dateinamen für den Export.</translation>
    </message>
    <message>
        <location filename="../../egov_network/exchange/xlsx.py" line="79"/>
        <source>“{file}” cannot be written: no permission to write in “{folder}” ({reason}).</source>
        <translation>„{file}“ kann nicht geschrieben werden: Sie haben keine Schreibberechtigung für „{folder}“ ({reason}).</translation>
    </message>
    <message>
        <location filename="../../egov_network/exchange/xlsx.py" line="82"/>
        <source>“{file}” cannot be replaced: it may be open in another program (close it in Excel and try again).</source>
        <translation>„{file}“ kann nicht ersetzt werden: Die Datei ist möglicherweise in einem anderen Programm geöffnet (schließen Sie sie in Excel und versuchen Sie es erneut).</translation>
    </message>
    <message>
        <location filename="../../egov_network/exchange/xlsx.py" line="86"/>
        <source>“{file}” could not be written: {reason}.</source>
        <translation>„{file}“ konnte nicht geschrieben werden: {reason}.</translation>
    </message>
    <message>
        <location filename="../../egov_network/exchange/expert_list.py" line="51"/>
        <source>Who knows what</source>
        <extracomment>The columns of the list, in order.</extracomment>
        <translation>Wer weiß was</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../egov_network/ui/export_dialog.py" line="66"/>
        <source>Member list (authorities and their contact persons)</source>
        <extracomment>An export as the dialog runs it: (path, progress) -&gt; result.</extracomment>
        <translation>Mitgliederliste (Behörden und ihre Ansprechpersonen)</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/export_dialog.py" line="67"/>
        <source>Member list</source>
        <translation>Mitgliederliste</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/export_dialog.py" line="71"/>
        <source>All contacts</source>
        <translation>Alle Kontakte</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/export_dialog.py" line="72"/>
        <location filename="../../egov_network/ui/export_dialog.py" line="79"/>
        <location filename="../../egov_network/ui/export_dialog.py" line="87"/>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/export_dialog.py" line="76"/>
        <source>Contacts of the current filter or list ({n})</source>
        <translation>Kontakte des aktuellen Filters oder der Liste ({n})</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/export_dialog.py" line="84"/>
        <source>Selected contacts ({n})</source>
        <translation>Ausgewählte Kontakte ({n})</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/export_dialog.py" line="92"/>
        <source>Expert topics with their experts</source>
        <translation>Fachthemen mit ihren Ansprechpersonen</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/export_dialog.py" line="93"/>
        <source>Expert topics</source>
        <translation>Fachthemen</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/export_dialog.py" line="97"/>
        <source>Overview of all meetings</source>
        <translation>Übersicht aller Treffen</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/export_dialog.py" line="98"/>
        <source>Meetings</source>
        <translation>Treffen</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/export_dialog.py" line="106"/>
        <source>Meeting {title}: participants (sign-in sheet), minutes, action items</source>
        <translation>Treffen {title}: Teilnehmende (Teilnehmerliste), Protokoll, Aufgaben</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/export_dialog.py" line="109"/>
        <location filename="../../egov_network/ui/export_dialog.py" line="119"/>
        <source>Meeting</source>
        <translation>Treffen</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/export_dialog.py" line="116"/>
        <source>A meeting: select one in the Meetings workspace first</source>
        <translation>Ein Treffen: bitte zuerst im Bereich „Treffen“ eines auswählen</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/export_dialog.py" line="134"/>
        <location filename="../../egov_network/ui/export_dialog.py" line="167"/>
        <source>Export to Excel</source>
        <translation>Nach Excel exportieren</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/export_dialog.py" line="138"/>
        <source>What do you want to export?</source>
        <translation>Was möchten Sie exportieren?</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/export_dialog.py" line="150"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/export_dialog.py" line="169"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-Arbeitsmappe (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/export_dialog.py" line="188"/>
        <source>Writing {file} …</source>
        <translation>{file} wird geschrieben …</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/progress.py" line="24"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location filename="../../egov_network/domain/labels.py" line="8"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../egov_network/domain/labels.py" line="9"/>
        <source>Short name</source>
        <translation>Kurzname</translation>
    </message>
    <message>
        <location filename="../../egov_network/domain/labels.py" line="10"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../egov_network/domain/labels.py" line="11"/>
        <source>Federal state</source>
        <translation>Bundesland</translation>
    </message>
    <message>
        <location filename="../../egov_network/domain/labels.py" line="12"/>
        <source>Municipality key (AGS)</source>
        <translation>Gemeindeschlüssel (AGS)</translation>
    </message>
    <message>
        <location filename="../../egov_network/domain/labels.py" line="13"/>
        <source>Parent</source>
        <translation>Gehört zu</translation>
    </message>
    <message>
        <location filename="../../egov_network/domain/labels.py" line="14"/>
        <source>Network role</source>
        <translation>Rolle im Netzwerk</translation>
    </message>
    <message>
        <location filename="../../egov_network/domain/labels.py" line="15"/>
        <source>Cohort</source>
        <translation>Staffel</translation>
    </message>
    <message>
        <location filename="../../egov_network/domain/labels.py" line="16"/>
        <source>Member since</source>
        <translation>Mitglied seit</translation>
    </message>
    <message>
        <location filename="../../egov_network/domain/labels.py" line="17"/>
        <source>Member until</source>
        <translation>Mitglied bis</translation>
    </message>
    <message>
        <location filename="../../egov_network/domain/labels.py" line="18"/>
        <source>Street</source>
        <translation>Straße</translation>
    </message>
    <message>
        <location filename="../../egov_network/domain/labels.py" line="19"/>
        <source>Postal code</source>
        <translation>PLZ</translation>
    </message>
    <message>
        <location filename="../../egov_network/domain/labels.py" line="20"/>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../../egov_network/domain/labels.py" line="21"/>
        <source>Website</source>
        <translation>Webseite</translation>
    </message>
    <message>
        <location filename="../../egov_network/domain/labels.py" line="22"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../egov_network/domain/labels.py" line="23"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../egov_network/domain/labels.py" line="24"/>
        <source>Mobile</source>
        <translation>Mobil</translation>
    </message>
    <message>
        <location filename="../../egov_network/domain/labels.py" line="25"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location filename="../../egov_network/domain/labels.py" line="26"/>
        <source>Salutation</source>
        <translation>Anrede</translation>
    </message>
    <message>
        <location filename="../../egov_network/domain/labels.py" line="27"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../egov_network/domain/labels.py" line="28"/>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <location filename="../../egov_network/domain/labels.py" line="29"/>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <location filename="../../egov_network/domain/labels.py" line="30"/>
        <source>Authority</source>
        <translation>Behörde</translation>
    </message>
    <message>
        <location filename="../../egov_network/domain/labels.py" line="31"/>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <location filename="../../egov_network/domain/labels.py" line="32"/>
        <source>Function</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <location filename="../../egov_network/domain/labels.py" line="33"/>
        <source>Consent given on</source>
        <translation>Einwilligung erteilt am</translation>
    </message>
    <message>
        <location filename="../../egov_network/domain/labels.py" line="34"/>
        <source>Consent given</source>
        <translation>Einwilligung erteilt</translation>
    </message>
    <message>
        <location filename="../../egov_network/domain/labels.py" line="35"/>
        <source>Consent scope</source>
        <translation>Umfang der Einwilligung</translation>
    </message>
    <message>
        <location filename="../../egov_network/domain/labels.py" line="36"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location filename="../../egov_network/domain/labels.py" line="37"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../../egov_network/domain/labels.py" line="38"/>
        <source>Synonyms</source>
        <translation>Synonyme</translation>
    </message>
    <message>
        <location filename="../../egov_network/domain/labels.py" line="39"/>
        <location filename="../../egov_network/services/history.py" line="58"/>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <location filename="../../egov_network/domain/labels.py" line="40"/>
        <location filename="../../egov_network/services/history.py" line="59"/>
        <source>Topic</source>
        <translation>Fachthema</translation>
    </message>
    <message>
        <location filename="../../egov_network/domain/labels.py" line="41"/>
        <source>Topics</source>
        <translation>Fachthemen</translation>
    </message>
    <message>
        <location filename="../../egov_network/domain/labels.py" line="42"/>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <location filename="../../egov_network/domain/labels.py" line="43"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location filename="../../egov_network/domain/labels.py" line="44"/>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <location filename="../../egov_network/domain/labels.py" line="45"/>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <location filename="../../egov_network/domain/labels.py" line="46"/>
        <source>Place</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../../egov_network/domain/labels.py" line="47"/>
        <source>Online link</source>
        <translation>Online-Link</translation>
    </message>
    <message>
        <location filename="../../egov_network/domain/labels.py" line="48"/>
        <source>Host</source>
        <translation>Gastgeber</translation>
    </message>
    <message>
        <location filename="../../egov_network/domain/labels.py" line="49"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../egov_network/domain/labels.py" line="50"/>
        <source>Agenda</source>
        <translation>Tagesordnung</translation>
    </message>
    <message>
        <location filename="../../egov_network/domain/labels.py" line="51"/>
        <source>Minutes</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <location filename="../../egov_network/domain/labels.py" line="52"/>
        <location filename="../../egov_network/services/history.py" line="60"/>
        <source>Meeting</source>
        <translation>Treffen</translation>
    </message>
    <message>
        <location filename="../../egov_network/domain/labels.py" line="53"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../../egov_network/domain/labels.py" line="54"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../egov_network/domain/labels.py" line="55"/>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <location filename="../../egov_network/domain/labels.py" line="56"/>
        <source>Due on</source>
        <translation>Fällig am</translation>
    </message>
    <message>
        <location filename="../../egov_network/domain/labels.py" line="57"/>
        <source>Done on</source>
        <translation>Erledigt am</translation>
    </message>
    <message>
        <location filename="../../egov_network/domain/labels.py" line="58"/>
        <source>Filter of the saved search</source>
        <translation>Filter der gespeicherten Suche</translation>
    </message>
    <message>
        <location filename="../../egov_network/domain/labels.py" line="59"/>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <location filename="../../egov_network/services/history.py" line="57"/>
        <source>Tag</source>
        <extracomment>Labels of the link &quot;fields&quot; a linked/unlinked entry names: the other side&apos;s table (context &quot;Fields&quot;).</extracomment>
        <translation>Schlagwort</translation>
    </message>
    <message>
        <location filename="../../egov_network/services/history.py" line="61"/>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <location filename="../../egov_network/services/history.py" line="63"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../egov_network/services/history.py" line="64"/>
        <source>How</source>
        <translation>Wie</translation>
    </message>
    <message>
        <location filename="../../egov_network/services/history.py" line="65"/>
        <source>Scope</source>
        <translation>Umfang</translation>
    </message>
    <message>
        <location filename="../../egov_network/services/history.py" line="66"/>
        <source>Recorded by</source>
        <translation>Erfasst von</translation>
    </message>
</context>
<context>
    <name>Headers</name>
    <message>
        <location filename="../../egov_network/exchange/exports.py" line="84"/>
        <source>Contact person</source>
        <extracomment>People left out because they withdrew consent for this list.</extracomment>
        <translation>Ansprechperson</translation>
    </message>
    <message>
        <location filename="../../egov_network/exchange/exports.py" line="85"/>
        <source>Member until</source>
        <translation>Mitglied bis</translation>
    </message>
    <message>
        <location filename="../../egov_network/exchange/exports.py" line="86"/>
        <source>Expert topic</source>
        <translation>Fachthema</translation>
    </message>
    <message>
        <location filename="../../egov_network/exchange/exports.py" line="87"/>
        <source>Parent topic</source>
        <translation>Übergeordnetes Thema</translation>
    </message>
    <message>
        <location filename="../../egov_network/exchange/exports.py" line="88"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../egov_network/exchange/exports.py" line="89"/>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <location filename="../../egov_network/exchange/exports.py" line="90"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location filename="../../egov_network/exchange/exports.py" line="91"/>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <location filename="../../egov_network/exchange/exports.py" line="92"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../egov_network/exchange/exports.py" line="93"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../../egov_network/exchange/exports.py" line="94"/>
        <source>Signature</source>
        <translation>Unterschrift</translation>
    </message>
    <message>
        <location filename="../../egov_network/exchange/exports.py" line="95"/>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <location filename="../../egov_network/exchange/exports.py" line="96"/>
        <source>Minutes</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <location filename="../../egov_network/exchange/exports.py" line="97"/>
        <source>Action item</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <location filename="../../egov_network/exchange/exports.py" line="98"/>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <location filename="../../egov_network/exchange/exports.py" line="99"/>
        <source>Due</source>
        <translation>Fällig am</translation>
    </message>
    <message>
        <location filename="../../egov_network/exchange/exports.py" line="100"/>
        <source>Done</source>
        <translation>Erledigt am</translation>
    </message>
    <message>
        <location filename="../../egov_network/exchange/exports.py" line="101"/>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <location filename="../../egov_network/exchange/exports.py" line="102"/>
        <location filename="../../egov_network/exchange/headers.py" line="43"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../egov_network/exchange/exports.py" line="103"/>
        <source>Meeting</source>
        <translation>Treffen</translation>
    </message>
    <message>
        <location filename="../../egov_network/exchange/exports.py" line="104"/>
        <location filename="../../egov_network/exchange/headers.py" line="111"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../egov_network/exchange/exports.py" line="105"/>
        <source>Place</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../../egov_network/exchange/exports.py" line="106"/>
        <source>Host</source>
        <translation>Gastgeber</translation>
    </message>
    <message>
        <location filename="../../egov_network/exchange/exports.py" line="107"/>
        <source>Participants</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <location filename="../../egov_network/exchange/exports.py" line="109"/>
        <source>Open action items</source>
        <translation>Offene Aufgaben</translation>
    </message>
    <message>
        <location filename="../../egov_network/exchange/headers.py" line="34"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../../egov_network/exchange/headers.py" line="42"/>
        <source>Salutation</source>
        <translation>Anrede</translation>
    </message>
    <message>
        <location filename="../../egov_network/exchange/headers.py" line="46"/>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <location filename="../../egov_network/exchange/headers.py" line="52"/>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <location filename="../../egov_network/exchange/headers.py" line="58"/>
        <location filename="../../egov_network/exchange/headers.py" line="101"/>
        <source>Authority</source>
        <translation>Behörde</translation>
    </message>
    <message>
        <location filename="../../egov_network/exchange/headers.py" line="64"/>
        <source>Function</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <location filename="../../egov_network/exchange/headers.py" line="70"/>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <location filename="../../egov_network/exchange/headers.py" line="76"/>
        <location filename="../../egov_network/exchange/headers.py" line="134"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../egov_network/exchange/headers.py" line="82"/>
        <location filename="../../egov_network/exchange/headers.py" line="135"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../egov_network/exchange/headers.py" line="88"/>
        <source>Mobile</source>
        <translation>Mobil</translation>
    </message>
    <message>
        <location filename="../../egov_network/exchange/headers.py" line="92"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location filename="../../egov_network/exchange/headers.py" line="93"/>
        <source>Expert topics</source>
        <translation>Fachthemen</translation>
    </message>
    <message>
        <location filename="../../egov_network/exchange/exports.py" line="111"/>
        <location filename="../../egov_network/exchange/headers.py" line="94"/>
        <location filename="../../egov_network/exchange/headers.py" line="142"/>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <location filename="../../egov_network/exchange/headers.py" line="107"/>
        <source>Short name</source>
        <translation>Kurzname</translation>
    </message>
    <message>
        <location filename="../../egov_network/exchange/headers.py" line="112"/>
        <source>State</source>
        <translation>Bundesland</translation>
    </message>
    <message>
        <location filename="../../egov_network/exchange/headers.py" line="115"/>
        <source>Municipality key</source>
        <translation>Gemeindeschlüssel (AGS)</translation>
    </message>
    <message>
        <location filename="../../egov_network/exchange/headers.py" line="119"/>
        <source>Cohort</source>
        <translation>Staffel</translation>
    </message>
    <message>
        <location filename="../../egov_network/exchange/headers.py" line="121"/>
        <source>Network role</source>
        <translation>Rolle im Netzwerk</translation>
    </message>
    <message>
        <location filename="../../egov_network/exchange/headers.py" line="123"/>
        <source>Member since</source>
        <translation>Mitglied seit</translation>
    </message>
    <message>
        <location filename="../../egov_network/exchange/headers.py" line="126"/>
        <source>Street</source>
        <translation>Straße</translation>
    </message>
    <message>
        <location filename="../../egov_network/exchange/headers.py" line="131"/>
        <source>Postal code</source>
        <translation>PLZ</translation>
    </message>
    <message>
        <location filename="../../egov_network/exchange/headers.py" line="133"/>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../../egov_network/exchange/headers.py" line="138"/>
        <source>Website</source>
        <translation>Webseite</translation>
    </message>
    <message>
        <location filename="../../egov_network/exchange/expert_list.py" line="33"/>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <location filename="../../egov_network/exchange/expert_list.py" line="34"/>
        <source>Evidence</source>
        <translation>Belege</translation>
    </message>
    <message>
        <location filename="../../egov_network/exchange/expert_list.py" line="35"/>
        <source>Consent</source>
        <translation>Einwilligung</translation>
    </message>
</context>
<context>
    <name>HealthWatch</name>
    <message>
        <location filename="../../egov_network/ui/damaged_dialog.py" line="335"/>
        <source>The database file is damaged</source>
        <translation>Die Datenbankdatei ist beschädigt</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/damaged_dialog.py" line="337"/>
        <source>A check of “{path}” in the background found damage ({problem}).

Changes you make now may be lost. Close the program and start it again: it then checks the whole file and offers the newest backup or a rescue of the data.</source>
        <translation>Eine Prüfung von „{path}“ im Hintergrund hat Schäden gefunden ({problem}).

Änderungen, die Sie jetzt machen, können verloren gehen. Schließen Sie das Programm und starten Sie es neu: Es prüft dann die ganze Datei und bietet die neueste Sicherung oder eine Rettung der Daten an.</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <location filename="../../egov_network/services/history.py" line="29"/>
        <source>created</source>
        <extracomment>What happened, as a history line says it (context &quot;History&quot;).</extracomment>
        <translation>angelegt</translation>
    </message>
    <message>
        <location filename="../../egov_network/services/history.py" line="30"/>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <location filename="../../egov_network/services/history.py" line="31"/>
        <source>deleted</source>
        <translation>gelöscht</translation>
    </message>
    <message>
        <location filename="../../egov_network/services/history.py" line="32"/>
        <source>restored</source>
        <translation>wiederhergestellt</translation>
    </message>
    <message>
        <location filename="../../egov_network/services/history.py" line="33"/>
        <source>linked</source>
        <translation>verknüpft</translation>
    </message>
    <message>
        <location filename="../../egov_network/services/history.py" line="34"/>
        <source>unlinked</source>
        <translation>Verknüpfung gelöst</translation>
    </message>
    <message>
        <location filename="../../egov_network/services/history.py" line="35"/>
        <source>link changed</source>
        <translation>Verknüpfung geändert</translation>
    </message>
    <message>
        <location filename="../../egov_network/services/history.py" line="36"/>
        <source>imported</source>
        <translation>importiert</translation>
    </message>
    <message>
        <location filename="../../egov_network/services/history.py" line="37"/>
        <source>merged</source>
        <translation>zusammengeführt</translation>
    </message>
    <message>
        <location filename="../../egov_network/services/history.py" line="42"/>
        <source>contact</source>
        <extracomment>The kinds of record the history names (context &quot;History&quot;), in the order a filter offers them.</extracomment>
        <translation>Kontakt</translation>
    </message>
    <message>
        <location filename="../../egov_network/services/history.py" line="43"/>
        <source>authority</source>
        <translation>Behörde</translation>
    </message>
    <message>
        <location filename="../../egov_network/services/history.py" line="44"/>
        <source>topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <location filename="../../egov_network/services/history.py" line="45"/>
        <source>meeting</source>
        <translation>Treffen</translation>
    </message>
    <message>
        <location filename="../../egov_network/services/history.py" line="46"/>
        <source>action item</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <location filename="../../egov_network/services/history.py" line="47"/>
        <source>list</source>
        <translation>Liste</translation>
    </message>
    <message>
        <location filename="../../egov_network/services/history.py" line="48"/>
        <source>tag</source>
        <translation>Schlagwort</translation>
    </message>
    <message>
        <location filename="../../egov_network/services/history.py" line="49"/>
        <source>expert topic</source>
        <translation>Fachthema</translation>
    </message>
    <message>
        <location filename="../../egov_network/services/history.py" line="50"/>
        <source>participation</source>
        <translation>Teilnahme</translation>
    </message>
    <message>
        <location filename="../../egov_network/services/history.py" line="51"/>
        <source>authority topic</source>
        <translation>Thema der Behörde</translation>
    </message>
    <message>
        <location filename="../../egov_network/services/history.py" line="52"/>
        <source>consent</source>
        <translation>Einwilligung</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/history_tab.py" line="72"/>
        <source>{kind} “{name}”</source>
        <extracomment>Fields whose stored value is an enum member (shown with its label). Fetches one page: (before_id, limit) -&gt; entries, newest first.</extracomment>
        <translation>{kind} „{name}“</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/history_tab.py" line="85"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/history_tab.py" line="86"/>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/history_tab.py" line="87"/>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/history_tab.py" line="90"/>
        <source>Record</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/history_tab.py" line="91"/>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <location filename="../../egov_network/ui/history_tab.py" line="184"/>
        <source>History of this record</source>
        <translation>Verlauf dieses Datensatzes</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/history_tab.py" line="185"/>
        <source>No changes recorded yet.</source>
        <translation>Noch keine Änderungen erfasst.</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <location filename="../../egov_network/exchange/imports/preview.py" line="51"/>
        <source>No column of the file was recognised; choose the columns.</source>
        <extracomment>Authorities a contacts list names that the network lacks: key -&gt; name as first written. Problems of the file as a whole (no header recognised, no last-name column). The rows as read, for deciding again with other options without reading the file again. What the store looked like when the rows were decided (see services.importing.recheck).</extracomment>
        <translation>Keine Spalte der Datei wurde erkannt; bitte ordnen Sie die Spalten zu.</translation>
    </message>
    <message>
        <location filename="../../egov_network/exchange/imports/cells.py" line="44"/>
        <source>Cell {cell} holds {length} characters; at most {max} are accepted.</source>
        <extracomment>What a new record adds to a row&apos;s file values: (row, creating) -&gt; values.</extracomment>
        <translation>Zelle {cell} enthält {length} Zeichen; höchstens {max} werden übernommen.</translation>
    </message>
    <message>
        <location filename="../../egov_network/exchange/imports/cells.py" line="56"/>
        <source>Cell {cell} holds a formula; its text {formula} is imported, not its result.</source>
        <translation>Zelle {cell} enthält eine Formel; importiert wird ihr Text {formula}, nicht ihr Ergebnis.</translation>
    </message>
    <message>
        <location filename="../../egov_network/exchange/imports/cells.py" line="117"/>
        <source>The ID “{value}” is not a number; it is ignored.</source>
        <extracomment>The columns of ``cells``&apos; tuples: only the mapped ones, in order.</extracomment>
        <translation>Die ID „{value}“ ist keine Zahl; sie wird ignoriert.</translation>
    </message>
    <message>
        <location filename="../../egov_network/exchange/imports/preview.py" line="57"/>
        <source>No column holds the last name; new contacts cannot be created.</source>
        <translation>Keine Spalte enthält den Nachnamen; neue Kontakte können nicht angelegt werden.</translation>
    </message>
    <message>
        <location filename="../../egov_network/exchange/imports/preview.py" line="63"/>
        <source>No column holds the authority&apos;s name; new authorities cannot be created.</source>
        <translation>Keine Spalte enthält den Namen der Behörde; neue Behörden können nicht angelegt werden.</translation>
    </message>
    <message>
        <location filename="../../egov_network/services/importing/decisions.py" line="249"/>
        <source>{problem}</source>
        <extracomment>The Tags column of a file: links to tags, which the import sets after the record&apos;s fields. Rows read and decided at a time: enough for bulk queries, few enough to hold as full rows. Told (rows decided, rows in all) after each batch; may raise to stop (a cancel).</extracomment>
        <translation>{problem}</translation>
    </message>
    <message>
        <location filename="../../egov_network/exchange/preview_rows.py" line="55"/>
        <source>Nothing to change.</source>
        <extracomment>The reason of every unchanged row: one object (it is immutable) instead of one per row.</extracomment>
        <translation>Keine Änderungen.</translation>
    </message>
    <message>
        <location filename="../../egov_network/services/importing/matchers.py" line="29"/>
        <source>This record was created meanwhile (by another import or user).</source>
        <extracomment>Said of a row whose record appeared between the preview and the import.</extracomment>
        <translation>Dieser Datensatz wurde inzwischen angelegt (durch einen anderen Import oder eine andere Person).</translation>
    </message>
    <message>
        <location filename="../../egov_network/services/importing/matchers.py" line="82"/>
        <source>No contact has the ID {id}; the row is treated as a new contact.</source>
        <translation>Kein Kontakt hat die ID {id}; die Zeile wird als neuer Kontakt behandelt.</translation>
    </message>
    <message>
        <location filename="../../egov_network/services/importing/matchers.py" line="93"/>
        <source>Same email as the existing contact “{name}”.</source>
        <translation>Gleiche E-Mail-Adresse wie der vorhandene Kontakt „{name}“.</translation>
    </message>
    <message>
        <location filename="../../egov_network/services/importing/matchers.py" line="104"/>
        <source>Same name at the same authority as the existing contact #{id}.</source>
        <translation>Gleicher Name bei derselben Behörde wie der vorhandene Kontakt Nr. {id}.</translation>
    </message>
    <message>
        <location filename="../../egov_network/services/importing/matchers.py" line="145"/>
        <source>“{name}” fits several authorities ({candidates}); the authority is not set.</source>
        <translation>„{name}“ passt zu mehreren Behörden ({candidates}); die Behörde wird nicht gesetzt.</translation>
    </message>
    <message>
        <location filename="../../egov_network/services/importing/matchers.py" line="160"/>
        <source>The authority “{name}” is new and will be created.</source>
        <translation>Die Behörde „{name}“ ist neu und wird angelegt.</translation>
    </message>
    <message>
        <location filename="../../egov_network/services/importing/matchers.py" line="167"/>
        <source>Authority “{name}” is not in the network; the contact is imported without one.</source>
        <translation>Die Behörde „{name}“ ist nicht im Netzwerk; der Kontakt wird ohne Behörde importiert.</translation>
    </message>
    <message>
        <location filename="../../egov_network/services/importing/matchers.py" line="186"/>
        <location filename="../../egov_network/services/importing/matchers.py" line="296"/>
        <source>Same ID as row {line}; skipped.</source>
        <translation>Gleiche ID wie Zeile {line}; übersprungen.</translation>
    </message>
    <message>
        <location filename="../../egov_network/services/importing/matchers.py" line="190"/>
        <source>Same email as row {line}; skipped.</source>
        <translation>Gleiche E-Mail-Adresse wie Zeile {line}; übersprungen.</translation>
    </message>
    <message>
        <location filename="../../egov_network/services/importing/matchers.py" line="197"/>
        <source>Same name at the same authority as row {line}; skipped.</source>
        <translation>Gleicher Name bei derselben Behörde wie Zeile {line}; übersprungen.</translation>
    </message>
    <message>
        <location filename="../../egov_network/services/importing/matchers.py" line="230"/>
        <source>No authority has the ID {id}; the row is treated as a new authority.</source>
        <translation>Keine Behörde hat die ID {id}; die Zeile wird als neue Behörde behandelt.</translation>
    </message>
    <message>
        <location filename="../../egov_network/services/importing/matchers.py" line="241"/>
        <source>Same municipality key as “{name}”.</source>
        <translation>Gleicher Gemeindeschlüssel wie „{name}“.</translation>
    </message>
    <message>
        <location filename="../../egov_network/services/importing/matchers.py" line="250"/>
        <source>Same name as the existing authority #{id}.</source>
        <translation>Gleicher Name wie die vorhandene Behörde Nr. {id}.</translation>
    </message>
    <message>
        <location filename="../../egov_network/services/importing/matchers.py" line="288"/>
        <source>No kind given; “{kind}” is assumed.</source>
        <translation>Keine Art angegeben; „{kind}“ wird angenommen.</translation>
    </message>
    <message>
        <location filename="../../egov_network/services/importing/matchers.py" line="301"/>
        <source>Same municipality key as row {line}; skipped.</source>
        <translation>Gleicher Gemeindeschlüssel wie Zeile {line}; übersprungen.</translation>
    </message>
    <message>
        <location filename="../../egov_network/services/importing/matchers.py" line="308"/>
        <source>Same name as row {line}; skipped.</source>
        <translation>Gleicher Name wie Zeile {line}; übersprungen.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../egov_network/ui/import_preview_model.py" line="81"/>
        <source>Create</source>
        <translation>Anlegen</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/import_preview_model.py" line="82"/>
        <source>Update</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/import_preview_model.py" line="83"/>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/import_dialog.py" line="110"/>
        <source>Import {name}</source>
        <extracomment>Rows read per worksheet (None: the CSV file&apos;s one table), reused by every re-decision.</extracomment>
        <translation>{name} importieren</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/import_dialog.py" line="116"/>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/import_dialog.py" line="117"/>
        <source>Member authorities</source>
        <translation>Mitgliedsbehörden</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/import_dialog.py" line="118"/>
        <source>&amp;Import as:</source>
        <translation>Importieren &amp;als:</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/import_dialog.py" line="120"/>
        <source>&amp;Worksheet:</source>
        <translation>&amp;Tabellenblatt:</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/import_dialog.py" line="122"/>
        <source>&amp;Create authorities that the file names but the network does not have yet</source>
        <translation>&amp;Behörden anlegen, die in der Datei genannt werden, im Netzwerk aber noch fehlen</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/import_dialog.py" line="131"/>
        <source>C&amp;olumns…</source>
        <translation>&amp;Spalten…</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/import_dialog.py" line="139"/>
        <source>Progress of reading the file</source>
        <translation>Fortschritt beim Lesen der Datei</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/import_dialog.py" line="142"/>
        <source>&amp;Stop</source>
        <translation>&amp;Anhalten</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/import_dialog.py" line="150"/>
        <source>Preview of the import</source>
        <translation>Vorschau des Imports</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/import_preview_model.py" line="137"/>
        <source>Changes: {fields}.</source>
        <translation>Ändert: {fields}.</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/import_preview_model.py" line="263"/>
        <source>Row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/import_preview_model.py" line="264"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/import_preview_model.py" line="265"/>
        <source>Record</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/import_preview_model.py" line="266"/>
        <source>Matches</source>
        <translation>Treffer</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/import_preview_model.py" line="267"/>
        <source>Why</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/import_dialog.py" line="167"/>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/import_dialog.py" line="309"/>
        <source>(a CSV file has one table)</source>
        <translation>(eine CSV-Datei enthält nur eine Tabelle)</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/import_preview_model.py" line="336"/>
        <source>Action for row {line}</source>
        <translation>Aktion für Zeile {line}</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/import_dialog.py" line="156"/>
        <source>Decision for the &amp;selected rows</source>
        <translation>Entscheidung für die &amp;markierten Zeilen</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/import_dialog.py" line="174"/>
        <source>(reading the file …)</source>
        <translation>(die Datei wird gelesen …)</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/import_dialog.py" line="282"/>
        <source>{rows} rows read</source>
        <translation>{rows} Zeilen gelesen</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/import_dialog.py" line="284"/>
        <source>{done} of {total} rows checked</source>
        <translation>{done} von {total} Zeilen geprüft</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/import_dialog.py" line="256"/>
        <location filename="../../egov_network/ui/import_dialog.py" line="290"/>
        <source>Reading {name} …</source>
        <translation>{name} wird gelesen …</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/import_dialog.py" line="258"/>
        <source>Reading …</source>
        <translation>Wird gelesen …</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/import_dialog.py" line="332"/>
        <source>Reading was stopped; nothing was imported. Change an option to read the file again.</source>
        <translation>Das Lesen wurde angehalten; es wurde nichts importiert. Ändern Sie eine Option, um die Datei erneut zu lesen.</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/import_dialog.py" line="349"/>
        <source>{count} of the selected rows do not allow this and keep their decision.</source>
        <translation>{count} der markierten Zeilen lassen das nicht zu und behalten ihre Entscheidung.</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/import_dialog.py" line="360"/>
        <source>{create} to create, {update} to update, {skip} to skip.</source>
        <translation>{create} neu anlegen, {update} aktualisieren, {skip} überspringen.</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/import_dialog.py" line="371"/>
        <source>Authorities not in the network: {names}.</source>
        <translation>Behörden, die nicht im Netzwerk sind: {names}.</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/import_dialog.py" line="374"/>
        <source>Columns not imported: {names}.</source>
        <translation>Nicht importierte Spalten: {names}.</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/import_dialog.py" line="395"/>
        <source>Import a list</source>
        <translation>Liste importieren</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/import_dialog.py" line="442"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/import_dialog.py" line="437"/>
        <source>Import of {name}</source>
        <translation>Import von {name}</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/import_dialog.py" line="397"/>
        <source>Lists and contact cards (*.xlsx *.csv *.vcf *.vcard);;All files (*)</source>
        <translation>Listen und Kontaktkarten (*.xlsx *.csv *.vcf *.vcard);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/import_dialog.py" line="443"/>
        <source>Nothing was imported.</source>
        <translation>Es wurde nichts importiert.</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/import_dialog.py" line="451"/>
        <source>Import finished</source>
        <translation>Import abgeschlossen</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/import_dialog.py" line="452"/>
        <source>{created} created, {updated} updated, {skipped} skipped. Edit &gt; Undo takes it all back.</source>
        <translation>{created} angelegt, {updated} aktualisiert, {skipped} übersprungen. Mit Bearbeiten &gt; Rückgängig wird alles zurückgenommen.</translation>
    </message>
</context>
<context>
    <name>LazyTableModel</name>
    <message>
        <location filename="../../egov_network/ui/table_model.py" line="488"/>
        <source>{date} (overdue)</source>
        <extracomment>Display rows kept while filtering and sorting: a row&apos;s values do not depend on either, so typing &quot;mül&quot; -&gt; &quot;müll&quot; repaints rows already read. Dropped beyond this (memory stays flat). A scanning filter over more listed rows than this shows its first rows at once and the rest when a worker has checked them (one or two letters at 1,000,000 contacts: ~1 s). Rows found before the table shows them (a screenful and more). The unfiltered ids in the current sort and scope, while known: any filter is a subset of them, in their order. Rows without a filter, as last seen: what a scanning filter would scan. Counts id-list changes, so a worker&apos;s late rows for an earlier one are dropped.</extracomment>
        <translation>{date} (überfällig)</translation>
    </message>
</context>
<context>
    <name>MailDialog</name>
    <message>
        <location filename="../../egov_network/ui/mailing.py" line="47"/>
        <source>Write e-mail</source>
        <extracomment>How a link reaches the mail client; tests put their own here (no client opens in a test). Where the chosen field (To, CC, BCC) is remembered.</extracomment>
        <translation>E-Mail schreiben</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/mailing.py" line="54"/>
        <source>Left out, with the reason</source>
        <translation>Nicht angeschrieben, mit Grund</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/mailing.py" line="57"/>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/mailing.py" line="57"/>
        <source>CC</source>
        <translation>CC</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/mailing.py" line="57"/>
        <source>BCC (nobody sees the others)</source>
        <translation>BCC (niemand sieht die anderen)</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/mailing.py" line="64"/>
        <source>Also write to those without recorded consent: there is another legal basis</source>
        <translation>Auch ohne erfasste Einwilligung anschreiben: Es gibt eine andere Rechtsgrundlage</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/mailing.py" line="68"/>
        <source>&amp;Addresses in:</source>
        <translation>&amp;Adressen in:</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/mailing.py" line="69"/>
        <source>&amp;Subject:</source>
        <translation>&amp;Betreff:</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/mailing.py" line="71"/>
        <source>&amp;Write e-mail</source>
        <translation>E-Mail &amp;schreiben</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/mailing.py" line="72"/>
        <source>&amp;Copy addresses</source>
        <translation>Adressen &amp;kopieren</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/mailing.py" line="93"/>
        <source>{n} of {all} people get the e-mail.</source>
        <extracomment>Whether the mail client was opened (else the addresses were copied).</extracomment>
        <translation>{n} von {all} Personen erhalten die E-Mail.</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/mailing.py" line="94"/>
        <source>Left out:</source>
        <translation>Nicht angeschrieben:</translation>
    </message>
</context>
<context>
    <name>Mailing</name>
    <message>
        <location filename="../../egov_network/services/mailing.py" line="35"/>
        <source>no e-mail address</source>
        <extracomment>The longest ``mailto:`` link one message gets (Outlook&apos;s limit is about 2,000 characters). Where the addresses go.</extracomment>
        <translation>keine E-Mail-Adresse</translation>
    </message>
    <message>
        <location filename="../../egov_network/services/mailing.py" line="36"/>
        <source>no longer active in the network</source>
        <translation>nicht mehr im Netzwerk aktiv</translation>
    </message>
    <message>
        <location filename="../../egov_network/services/mailing.py" line="37"/>
        <source>no consent recorded</source>
        <translation>keine Einwilligung erfasst</translation>
    </message>
    <message>
        <location filename="../../egov_network/services/mailing.py" line="38"/>
        <source>consent withdrawn</source>
        <translation>Einwilligung widerrufen</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../egov_network/ui/main_window.py" line="83"/>
        <source> (demo copy)</source>
        <extracomment>Who the user invites as (the ORGANIZER of invitations), remembered: &quot;Name &lt;address&gt;&quot;.</extracomment>
        <translation> (Demo-Kopie)</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/main_window.py" line="84"/>
        <source>egov-network — {location}</source>
        <translation>egov-network — {location}</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/main_window.py" line="97"/>
        <source>Workspaces</source>
        <extracomment>Every write of the window goes through it (see ui/operations.py). View &gt; Recent changes, made when first asked for.</extracomment>
        <translation>Bereiche</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/main_window.py" line="102"/>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/main_window.py" line="103"/>
        <source>Member authorities</source>
        <translation>Mitgliedsbehörden</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/main_window.py" line="104"/>
        <source>Expert topics</source>
        <translation>Fachthemen</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/main_window.py" line="105"/>
        <source>Meetings</source>
        <translation>Treffen</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/main_window.py" line="106"/>
        <source>Open action items</source>
        <translation>Offene Aufgaben</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/main_window.py" line="107"/>
        <source>Lists of people</source>
        <translation>Personenlisten</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/main_window.py" line="174"/>
        <source>Database: {location}</source>
        <extracomment>Rows of the navigation that are pages (workspaces and the expert finder), before the lists. The workspace the record actions (new, save, delete, export) work on. Navigation rows of the lists of people, below the workspaces: one per list.</extracomment>
        <translation>Datenbank: {location}</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/main_window.py" line="178"/>
        <source>Opened {location}</source>
        <translation>{location} geöffnet</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/main_window.py" line="184"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/main_window.py" line="185"/>
        <source>&amp;New record</source>
        <translation>&amp;Neuer Datensatz</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/main_window.py" line="190"/>
        <source>&amp;Export to Excel…</source>
        <translation>Nach Excel &amp;exportieren…</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/main_window.py" line="194"/>
        <source>&amp;Import contacts or authorities…</source>
        <translation>Kontakte oder Behörden &amp;importieren…</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/main_window.py" line="198"/>
        <source>Contacts as &amp;vCards…</source>
        <translation>Kontakte als &amp;vCards…</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/main_window.py" line="201"/>
        <source>Contacts as vCards, one &amp;file each (Outlook)…</source>
        <translation>Kontakte als vCards, &amp;je Person eine Datei (Outlook)…</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/main_window.py" line="204"/>
        <source>Open meeting to the &amp;calendar (.ics)…</source>
        <translation>Geöffnetes Treffen in den &amp;Kalender (.ics)…</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/main_window.py" line="206"/>
        <source>All &amp;planned meetings as a calendar (.ics)…</source>
        <translation>Alle ge&amp;planten Treffen als Kalender (.ics)…</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/main_window.py" line="210"/>
        <source>&amp;Print</source>
        <translation>&amp;Drucken</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/main_window.py" line="211"/>
        <source>Save as P&amp;DF</source>
        <translation>Als P&amp;DF speichern</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/main_window.py" line="213"/>
        <source>&amp;Sign-in sheet of the open meeting</source>
        <translation>&amp;Anwesenheitsliste des geöffneten Treffens</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/main_window.py" line="214"/>
        <source>&amp;Minutes of the open meeting</source>
        <translation>&amp;Protokoll des geöffneten Treffens</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/main_window.py" line="215"/>
        <source>Member &amp;list</source>
        <translation>&amp;Mitgliederliste</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/main_window.py" line="216"/>
        <source>&amp;Address list of the contacts shown</source>
        <translation>A&amp;dressliste der angezeigten Kontakte</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/main_window.py" line="223"/>
        <source>&amp;Backups…</source>
        <translation>&amp;Sicherungen…</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/main_window.py" line="227"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/main_window.py" line="232"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/main_window.py" line="234"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/main_window.py" line="234"/>
        <source>&amp;Undo {what}</source>
        <translation>&amp;Rückgängig: {what}</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/main_window.py" line="236"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/main_window.py" line="236"/>
        <source>&amp;Redo {what}</source>
        <translation>&amp;Wiederherstellen: {what}</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/main_window.py" line="241"/>
        <source>&amp;Save record</source>
        <translation>Datensatz &amp;speichern</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/main_window.py" line="245"/>
        <source>&amp;Delete selected</source>
        <translation>Auswahl &amp;löschen</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/main_window.py" line="248"/>
        <source>&amp;Move topic to…</source>
        <translation>Thema &amp;verschieben nach…</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/main_window.py" line="251"/>
        <source>Tras&amp;h…</source>
        <translation>&amp;Papierkorb…</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/main_window.py" line="255"/>
        <source>&amp;Filter</source>
        <translation>&amp;Filter</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/main_window.py" line="260"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/main_window.py" line="268"/>
        <source>&amp;Search everything</source>
        <translation>Alles &amp;durchsuchen</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/main_window.py" line="272"/>
        <source>&amp;Recent changes…</source>
        <translation>&amp;Letzte Änderungen…</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/main_window.py" line="276"/>
        <source>&amp;Columns</source>
        <translation>&amp;Spalten</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/main_window.py" line="290"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/main_window.py" line="291"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/main_window.py" line="295"/>
        <source>&amp;About egov-network</source>
        <translation>Ü&amp;ber egov-network</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/main_window.py" line="317"/>
        <source>Main toolbar</source>
        <translation>Hauptsymbolleiste</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/main_window.py" line="346"/>
        <source>&amp;Language</source>
        <translation>Sp&amp;rache</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/main_window.py" line="351"/>
        <source>&amp;Follow the system</source>
        <translation>&amp;System folgen</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/main_window.py" line="361"/>
        <source>The language changes when egov-network starts next time.</source>
        <translation>Die Sprache wechselt beim nächsten Start von egov-network.</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/main_window.py" line="417"/>
        <source>Saved search</source>
        <translation>Gespeicherte Suche</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/main_window.py" line="418"/>
        <source>Saved expert search</source>
        <translation>Gespeicherte Expertensuche</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/main_window.py" line="419"/>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/main_window.py" line="421"/>
        <source>{kind}: the people of “{name}” in the contacts</source>
        <translation>{kind}: die Personen von „{name}“ in den Kontakten</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/main_window.py" line="479"/>
        <source>&amp;Tags…</source>
        <translation>Schlag&amp;wörter…</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/main_window.py" line="482"/>
        <source>Add to &amp;list…</source>
        <translation>Zur &amp;Liste hinzufügen…</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/main_window.py" line="487"/>
        <source>&amp;Remove from this list</source>
        <translation>Von dieser Liste &amp;entfernen</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/main_window.py" line="489"/>
        <source>Set &amp;field for the selection…</source>
        <translation>&amp;Feld für die Auswahl setzen…</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/main_window.py" line="492"/>
        <source>Write &amp;e-mail…</source>
        <translation>&amp;E-Mail schreiben…</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/main_window.py" line="495"/>
        <source>&amp;Manage tags…</source>
        <translation>Schlagwörter &amp;verwalten…</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/main_window.py" line="552"/>
        <source>Filter by tag (or type #tag in the filter)</source>
        <translation>Nach Schlagwort filtern (oder #Schlagwort in den Filter tippen)</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/main_window.py" line="553"/>
        <source>Filter by tag</source>
        <translation>Nach Schlagwort filtern</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/main_window.py" line="562"/>
        <source>No tags yet: select records and press Ctrl+T</source>
        <translation>Noch keine Schlagwörter: Datensätze auswählen und Strg+T drücken</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/main_window.py" line="588"/>
        <source>Select the people to write to first, or show a list.</source>
        <translation>Zuerst die Personen auswählen, die angeschrieben werden sollen, oder eine Liste zeigen.</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/main_window.py" line="593"/>
        <source>E-mail to {n} people prepared in the mail client.</source>
        <translation>E-Mail an {n} Personen im E-Mail-Programm vorbereitet.</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/main_window.py" line="597"/>
        <source>{n} addresses copied to the clipboard.</source>
        <translation>{n} Adressen in die Zwischenablage kopiert.</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/main_window.py" line="611"/>
        <source>Select the people to add first.</source>
        <translation>Zuerst die Personen auswählen, die hinzukommen sollen.</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/main_window.py" line="614"/>
        <source>New list…</source>
        <translation>Neue Liste…</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/main_window.py" line="617"/>
        <location filename="../../egov_network/ui/main_window.py" line="638"/>
        <source>Add to list</source>
        <translation>Zur Liste hinzufügen</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/main_window.py" line="617"/>
        <source>Add {n} people to:</source>
        <translation>{n} Personen hinzufügen zu:</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/main_window.py" line="624"/>
        <source>New list</source>
        <translation>Neue Liste</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/main_window.py" line="624"/>
        <source>Name of the new list:</source>
        <translation>Name der neuen Liste:</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/main_window.py" line="628"/>
        <source>Add {n} people to the new list “{name}”</source>
        <translation>{n} Personen zur neuen Liste „{name}“ hinzufügen</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/main_window.py" line="631"/>
        <source>Create list</source>
        <translation>Liste anlegen</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/main_window.py" line="653"/>
        <source>Add {n} people to “{name}”</source>
        <translation>{n} Personen zu „{name}“ hinzufügen</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/main_window.py" line="656"/>
        <source>{n} people added to “{name}”; {m} were on it already.</source>
        <translation>{n} Personen zu „{name}“ hinzugefügt; {m} standen schon darauf.</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/main_window.py" line="673"/>
        <source>Remove {n} people from “{name}”</source>
        <translation>{n} Personen von „{name}“ entfernen</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/main_window.py" line="676"/>
        <source>Remove from the list</source>
        <translation>Von der Liste entfernen</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/main_window.py" line="751"/>
        <source>Export to Excel</source>
        <translation>Nach Excel exportieren</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/main_window.py" line="753"/>
        <source>Exported {rows} rows to {path}</source>
        <translation>{rows} Zeilen nach {path} exportiert</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/main_window.py" line="755"/>
        <location filename="../../egov_network/ui/main_window.py" line="807"/>
        <location filename="../../egov_network/ui/main_window.py" line="905"/>
        <source>({n} left out: consent withdrawn)</source>
        <translation>({n} ausgelassen: Einwilligung widerrufen)</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/main_window.py" line="765"/>
        <location filename="../../egov_network/ui/main_window.py" line="816"/>
        <source>Open a meeting first (Meetings, then select it).</source>
        <translation>Zuerst ein Treffen öffnen (Treffen, dann auswählen).</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/main_window.py" line="790"/>
        <source>Folder for the contact cards</source>
        <translation>Ordner für die Kontaktkarten</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/main_window.py" line="794"/>
        <location filename="../../egov_network/ui/main_window.py" line="803"/>
        <source>Contacts as vCards</source>
        <translation>Kontakte als vCards</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/main_window.py" line="794"/>
        <source>vCard files (*.vcf)</source>
        <translation>vCard-Dateien (*.vcf)</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/main_window.py" line="805"/>
        <source>Wrote {n} contact cards to {path}</source>
        <translation>{n} Kontaktkarten nach {path} geschrieben</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/main_window.py" line="819"/>
        <location filename="../../egov_network/ui/main_window.py" line="827"/>
        <location filename="../../egov_network/ui/main_window.py" line="867"/>
        <source>Calendar file</source>
        <translation>Kalenderdatei</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/main_window.py" line="819"/>
        <location filename="../../egov_network/ui/main_window.py" line="867"/>
        <source>Calendar files (*.ics)</source>
        <translation>Kalenderdateien (*.ics)</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/main_window.py" line="829"/>
        <source>Wrote the calendar file {path}</source>
        <translation>Kalenderdatei {path} geschrieben</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/main_window.py" line="835"/>
        <source>Host: {host}</source>
        <translation>Gastgeber: {host}</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/main_window.py" line="835"/>
        <source>Online: {link}</source>
        <translation>Online: {link}</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/main_window.py" line="848"/>
        <location filename="../../egov_network/ui/main_window.py" line="859"/>
        <location filename="../../egov_network/ui/main_window.py" line="877"/>
        <source>Invite participants</source>
        <translation>Teilnehmende einladen</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/main_window.py" line="849"/>
        <source>You invite as (name and e-mail, e.g. Anna Beispiel &lt;anna@kommune.de&gt;):</source>
        <translation>Sie laden ein als (Name und E-Mail, z. B. Anna Beispiel &lt;anna@kommune.de&gt;):</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/main_window.py" line="860"/>
        <source>Please give your name and e-mail address as Name &lt;address&gt;.</source>
        <translation>Bitte Ihren Namen und Ihre E-Mail-Adresse als Name &lt;Adresse&gt; angeben.</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/main_window.py" line="880"/>
        <source>Invitation: {title}</source>
        <translation>Einladung: {title}</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/main_window.py" line="881"/>
        <source>Attach the calendar file {path} to the e-mail.</source>
        <translation>Die Kalenderdatei {path} an die E-Mail anhängen.</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/main_window.py" line="894"/>
        <source>{n} people left out of the printout: consent withdrawn</source>
        <translation>{n} Personen nicht im Ausdruck: Einwilligung widerrufen</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/main_window.py" line="898"/>
        <source>Save as PDF</source>
        <translation>Als PDF speichern</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/main_window.py" line="898"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/main_window.py" line="903"/>
        <source>Wrote {pages} pages to {path}</source>
        <translation>{pages} Seiten nach {path} geschrieben</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/main_window.py" line="923"/>
        <source>Removed {n} old records from the trash.</source>
        <translation>{n} alte Datensätze aus dem Papierkorb entfernt.</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/main_window.py" line="993"/>
        <source>The demo network opens in a separate window.</source>
        <translation>Das Demo-Netzwerk öffnet sich in einem eigenen Fenster.</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/main_window.py" line="967"/>
        <source>Done: {what}</source>
        <translation>Ausgeführt: {what}</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/main_window.py" line="968"/>
        <source>Undone: {what}</source>
        <translation>Rückgängig gemacht: {what}</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/main_window.py" line="969"/>
        <source>Redone: {what}</source>
        <translation>Wiederhergestellt: {what}</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/main_window.py" line="976"/>
        <source>About egov-network</source>
        <translation>Über egov-network</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/main_window.py" line="978"/>
        <source>&lt;p&gt;&lt;b&gt;egov-network&lt;/b&gt; {version}&lt;/p&gt;&lt;p&gt;Members, contacts, expert topics and meetings of the “Modellkommune E-Government” expert network, kept on your own computer.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;egov-network&lt;/b&gt; {version}&lt;/p&gt;&lt;p&gt;Mitglieder, Kontakte, Fachthemen und Treffen des Fachnetzwerks „Modellkommune E-Government“ – gespeichert auf Ihrem eigenen Computer.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ManageTagsDialog</name>
    <message>
        <location filename="../../egov_network/ui/tagging.py" line="197"/>
        <source>Manage tags</source>
        <translation>Schlagwörter verwalten</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/tagging.py" line="200"/>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/tagging.py" line="202"/>
        <source>&amp;Rename…</source>
        <translation>&amp;Umbenennen…</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/tagging.py" line="203"/>
        <source>&amp;Merge into…</source>
        <translation>&amp;Zusammenführen in…</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/tagging.py" line="204"/>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/tagging.py" line="221"/>
        <source>Renaming, merging and deleting change every record that carries the tag; Ctrl+Z takes it back.</source>
        <translation>Umbenennen, Zusammenführen und Löschen ändern jeden Datensatz mit diesem Schlagwort; Strg+Z nimmt es zurück.</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/tagging.py" line="270"/>
        <source>Rename tag</source>
        <translation>Schlagwort umbenennen</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/tagging.py" line="270"/>
        <source>New name of “{name}”:</source>
        <translation>Neuer Name für „{name}“:</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/tagging.py" line="274"/>
        <source>Rename tag “{old}” to “{new}”</source>
        <translation>Schlagwort „{old}“ in „{new}“ umbenennen</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/tagging.py" line="288"/>
        <source>Merge tags</source>
        <translation>Schlagwörter zusammenführen</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/tagging.py" line="288"/>
        <source>Merge the selected tags into:</source>
        <translation>Die ausgewählten Schlagwörter zusammenführen in:</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/tagging.py" line="297"/>
        <source>Merge {n} tags into “{name}”</source>
        <translation>{n} Schlagwörter in „{name}“ zusammenführen</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/tagging.py" line="314"/>
        <source>“{name}”</source>
        <translation>„{name}“</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/tagging.py" line="318"/>
        <source>Delete tags</source>
        <translation>Schlagwörter löschen</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/tagging.py" line="320"/>
        <source>Delete {names}? They are taken off every record. You can undo this with Ctrl+Z.</source>
        <translation>{names} löschen? Sie werden von allen Datensätzen entfernt. Mit Strg+Z können Sie das rückgängig machen.</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/tagging.py" line="325"/>
        <source>Delete tags {names}</source>
        <translation>Schlagwörter {names} löschen</translation>
    </message>
</context>
<context>
    <name>MappingDialog</name>
    <message>
        <location filename="../../egov_network/ui/import_dialog.py" line="56"/>
        <source>Columns of the file</source>
        <translation>Spalten der Datei</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/import_dialog.py" line="59"/>
        <source>Choose for each column of the file which field it fills.</source>
        <translation>Wählen Sie für jede Spalte der Datei, welches Feld sie füllt.</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/import_dialog.py" line="65"/>
        <source>(not imported)</source>
        <translation>(nicht importiert)</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/import_dialog.py" line="70"/>
        <source>Field for column {header}</source>
        <translation>Feld für Spalte {header}</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/import_dialog.py" line="71"/>
        <source>(no header)</source>
        <translation>(ohne Überschrift)</translation>
    </message>
</context>
<context>
    <name>MeetingEditor</name>
    <message>
        <location filename="../../egov_network/ui/editors/meeting.py" line="50"/>
        <source>Choose the host</source>
        <translation>Gastgebende Behörde auswählen</translation>
    </message>
</context>
<context>
    <name>MinutesPage</name>
    <message>
        <location filename="../../egov_network/ui/editors/meeting_minutes.py" line="22"/>
        <source>&amp;Minutes of the meeting:</source>
        <translation>Protok&amp;oll des Treffens:</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/editors/meeting_minutes.py" line="24"/>
        <source>Minutes</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/editors/meeting_minutes.py" line="37"/>
        <source>&amp;Minutes</source>
        <translation>&amp;Protokoll</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <location filename="../../egov_network/ui/operations.py" line="213"/>
        <source>The database is busy: another program (perhaps an import) is writing to it.
Waiting and trying again… ({seconds} s)</source>
        <extracomment>How long one write attempt waits for the lock before the runner shows its message. Pause between two attempts while the database stays busy. Shows a refusal (title, text); a message box unless a test listens instead. Inside Operations.undo()/redo(): the step&apos;s commands are announced together.</extracomment>
        <translation>Die Datenbank ist belegt: Ein anderes Programm (vielleicht ein Import) schreibt gerade hinein.
Es wird gewartet und erneut versucht … ({seconds} s)</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/operations.py" line="228"/>
        <source>Waiting for the database</source>
        <translation>Warten auf die Datenbank</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/operations.py" line="229"/>
        <source>Stop waiting</source>
        <translation>Nicht mehr warten</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/operations.py" line="250"/>
        <source>Cannot undo</source>
        <translation>Rückgängig nicht möglich</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/operations.py" line="251"/>
        <source>This step cannot be undone: {what}. Nothing was changed.</source>
        <translation>Dieser Schritt kann nicht rückgängig gemacht werden: {what}. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/operations.py" line="254"/>
        <source>This step cannot be redone: {what}. Nothing was changed.</source>
        <translation>Dieser Schritt kann nicht wiederhergestellt werden: {what}. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/operations.py" line="253"/>
        <source>Cannot redo</source>
        <translation>Wiederherstellen nicht möglich</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/operations.py" line="256"/>
        <source>Someone changed these records in the meantime.</source>
        <translation>Jemand hat diese Datensätze inzwischen geändert.</translation>
    </message>
</context>
<context>
    <name>ParticipantsTab</name>
    <message>
        <location filename="../../egov_network/ui/editors/meeting_participants.py" line="27"/>
        <source>Participants</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/editors/meeting_participants.py" line="29"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/editors/meeting_participants.py" line="30"/>
        <source>Authority</source>
        <translation>Behörde</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/editors/meeting_participants.py" line="31"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/editors/meeting_participants.py" line="32"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/editors/meeting_participants.py" line="39"/>
        <source>&amp;Add participants…</source>
        <translation>Teilnehmende hin&amp;zufügen…</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/editors/meeting_participants.py" line="41"/>
        <source>Set &amp;status</source>
        <translation>Stat&amp;us festlegen</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/editors/meeting_participants.py" line="49"/>
        <source>Set &amp;role</source>
        <translation>&amp;Rolle festlegen</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/editors/meeting_participants.py" line="56"/>
        <source>&amp;Remove</source>
        <translation>Entfer&amp;nen</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/editors/meeting_participants.py" line="57"/>
        <source>Select &amp;all</source>
        <translation>Alle aus&amp;wählen</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/editors/meeting_participants.py" line="58"/>
        <source>Write &amp;e-mail</source>
        <translation>&amp;E-Mail schreiben</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/editors/meeting_participants.py" line="61"/>
        <source>To all participants</source>
        <translation>An alle Teilnehmenden</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/editors/meeting_participants.py" line="62"/>
        <source>To those who attended</source>
        <translation>An alle, die teilgenommen haben</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/editors/meeting_participants.py" line="63"/>
        <source>To those who have not answered</source>
        <translation>An alle, die noch nicht geantwortet haben</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/editors/meeting_participants.py" line="64"/>
        <source>To the selected participants</source>
        <translation>An die ausgewählten Teilnehmenden</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/editors/meeting_participants.py" line="68"/>
        <source>&amp;Invitation with a calendar file…</source>
        <translation>Einladung mit &amp;Kalenderdatei…</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/editors/meeting_participants.py" line="81"/>
        <source>&amp;Participants</source>
        <translation>&amp;Teilnehmende</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/editors/meeting_participants.py" line="84"/>
        <source>&amp;Participants ({n}, {attended} attended)</source>
        <translation>&amp;Teilnehmende ({n}, davon {attended} anwesend)</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/editors/meeting_participants.py" line="109"/>
        <location filename="../../egov_network/ui/editors/meeting_participants.py" line="115"/>
        <source>Add participants</source>
        <translation>Teilnehmende hinzufügen</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/editors/meeting_participants.py" line="116"/>
        <source>Everyone chosen is already on the participant list.</source>
        <translation>Alle Ausgewählten stehen bereits auf der Teilnehmendenliste.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../egov_network/ui/editors/meeting_participants.py" line="132"/>
        <source>Add %n participant(s)</source>
        <extracomment>The participations the last forward step created.</extracomment>
        <translation>
            <numerusform>%n Teilnehmende hinzufügen</numerusform>
            <numerusform>%n Teilnehmende hinzufügen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/editors/meeting_participants.py" line="157"/>
        <source>Set attendance to “{value}”</source>
        <translation>Teilnahmestatus auf „{value}“ setzen</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/editors/meeting_participants.py" line="159"/>
        <source>Set role to “{value}”</source>
        <translation>Rolle auf „{value}“ setzen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../egov_network/ui/editors/meeting_participants.py" line="166"/>
        <source>Remove %n participant(s)</source>
        <translation>
            <numerusform>%n Teilnehmende entfernen</numerusform>
            <numerusform>%n Teilnehmende entfernen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PickerDialog</name>
    <message>
        <location filename="../../egov_network/ui/picker.py" line="23"/>
        <source>&amp;Search:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/picker.py" line="25"/>
        <source>Type part of a name…</source>
        <translation>Teil eines Namens eingeben…</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/picker.py" line="27"/>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
</context>
<context>
    <name>PreviewTable</name>
    <message>
        <location filename="../../egov_network/ui/import_preview_model.py" line="393"/>
        <source>Decision for the selected rows</source>
        <translation>Entscheidung für die markierten Zeilen</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/import_preview_model.py" line="396"/>
        <source>&amp;Create</source>
        <translation>&amp;Anlegen</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/import_preview_model.py" line="397"/>
        <source>&amp;Update</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/import_preview_model.py" line="398"/>
        <source>&amp;Skip</source>
        <translation>&amp;Überspringen</translation>
    </message>
</context>
<context>
    <name>Printouts</name>
    <message>
        <location filename="../../egov_network/ui/printing.py" line="89"/>
        <source>No.</source>
        <extracomment>Whose printouts these are (the header&apos;s left side). Header and footer bands (points) and the gap to the text. The smallest sign-in row: 10 mm in points, with room to sign. People left out because they withdrew consent for this list (the window says so).</extracomment>
        <translation>Nr.</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/printing.py" line="90"/>
        <location filename="../../egov_network/ui/printing.py" line="198"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/printing.py" line="91"/>
        <location filename="../../egov_network/ui/printing.py" line="199"/>
        <source>Authority</source>
        <translation>Behörde</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/printing.py" line="92"/>
        <source>Signature</source>
        <translation>Unterschrift</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/printing.py" line="99"/>
        <source>Sign-in sheet</source>
        <translation>Anwesenheitsliste</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/printing.py" line="109"/>
        <source>(no minutes written yet)</source>
        <translation>(noch kein Protokoll geschrieben)</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/printing.py" line="115"/>
        <source>Participants</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/printing.py" line="116"/>
        <source>none recorded</source>
        <translation>keine erfasst</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/printing.py" line="117"/>
        <source>Action items</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/printing.py" line="127"/>
        <source>Action item</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/printing.py" line="128"/>
        <source>Owner</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/printing.py" line="129"/>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/printing.py" line="130"/>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/printing.py" line="114"/>
        <location filename="../../egov_network/ui/printing.py" line="144"/>
        <source>Minutes</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/printing.py" line="165"/>
        <source>Authority / contact person</source>
        <translation>Behörde / Ansprechperson</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/printing.py" line="166"/>
        <source>Kind / function</source>
        <translation>Art / Funktion</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/printing.py" line="167"/>
        <source>Place / e-mail</source>
        <translation>Ort / E-Mail</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/printing.py" line="168"/>
        <location filename="../../egov_network/ui/printing.py" line="202"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/printing.py" line="162"/>
        <source>Member list</source>
        <translation>Mitgliederliste</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/printing.py" line="195"/>
        <source>Address list</source>
        <translation>Adressliste</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/printing.py" line="200"/>
        <source>Function</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/printing.py" line="201"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/printing.py" line="268"/>
        <source>As of {date}</source>
        <translation>Stand: {date}</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/printing.py" line="273"/>
        <source>Page {page} of {pages}</source>
        <translation>Seite {page} von {pages}</translation>
    </message>
</context>
<context>
    <name>Privacy</name>
    <message>
        <location filename="../../egov_network/services/privacy.py" line="141"/>
        <source>Data protection report</source>
        <extracomment>The report&apos;s own texts (section titles, headers), marked for the translators: the window&apos;s translator and the command line&apos;s catalogue both read them from the .ts file.</extracomment>
        <translation>Datenschutzauskunft</translation>
    </message>
    <message>
        <location filename="../../egov_network/services/privacy.py" line="142"/>
        <source>Information under Art. 15 GDPR about {name}, as of {date}</source>
        <translation>Auskunft nach Art. 15 DSGVO über {name}, Stand {date}</translation>
    </message>
    <message>
        <location filename="../../egov_network/services/privacy.py" line="143"/>
        <source>Personal data</source>
        <translation>Personenbezogene Daten</translation>
    </message>
    <message>
        <location filename="../../egov_network/services/privacy.py" line="144"/>
        <source>Former positions</source>
        <translation>Frühere Positionen</translation>
    </message>
    <message>
        <location filename="../../egov_network/services/privacy.py" line="145"/>
        <source>Expertise</source>
        <translation>Fachwissen</translation>
    </message>
    <message>
        <location filename="../../egov_network/services/privacy.py" line="146"/>
        <source>Meeting participations</source>
        <translation>Teilnahme an Treffen</translation>
    </message>
    <message>
        <location filename="../../egov_network/services/privacy.py" line="147"/>
        <source>Action items</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <location filename="../../egov_network/services/privacy.py" line="148"/>
        <source>Lists</source>
        <translation>Listen</translation>
    </message>
    <message>
        <location filename="../../egov_network/services/privacy.py" line="149"/>
        <location filename="../../egov_network/services/privacy.py" line="290"/>
        <source>Tags</source>
        <extracomment>The same rows as data: stored codes and ISO dates, for the machine-readable copy (Art. 20). What an empty section says (&quot;(none)&quot;, &quot;(keine)&quot;). The contact fields the report lists, in the editor&apos;s order. Report rows whose label is no input field&apos;s.</extracomment>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <location filename="../../egov_network/services/privacy.py" line="150"/>
        <source>Consent</source>
        <translation>Einwilligungen</translation>
    </message>
    <message>
        <location filename="../../egov_network/services/privacy.py" line="151"/>
        <source>History</source>
        <translation>Änderungshistorie</translation>
    </message>
    <message>
        <location filename="../../egov_network/services/privacy.py" line="152"/>
        <source>Records of processing</source>
        <translation>Verzeichnis der Verarbeitungstätigkeiten</translation>
    </message>
    <message>
        <location filename="../../egov_network/services/privacy.py" line="153"/>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <location filename="../../egov_network/services/privacy.py" line="154"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../../egov_network/services/privacy.py" line="155"/>
        <source>Authority</source>
        <translation>Behörde</translation>
    </message>
    <message>
        <location filename="../../egov_network/services/privacy.py" line="156"/>
        <source>Function</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <location filename="../../egov_network/services/privacy.py" line="157"/>
        <source>Until</source>
        <translation>Bis</translation>
    </message>
    <message>
        <location filename="../../egov_network/services/privacy.py" line="158"/>
        <source>Topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <location filename="../../egov_network/services/privacy.py" line="159"/>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <location filename="../../egov_network/services/privacy.py" line="160"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location filename="../../egov_network/services/privacy.py" line="161"/>
        <source>Meeting</source>
        <translation>Treffen</translation>
    </message>
    <message>
        <location filename="../../egov_network/services/privacy.py" line="162"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../egov_network/services/privacy.py" line="163"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../egov_network/services/privacy.py" line="164"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../../egov_network/services/privacy.py" line="165"/>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <location filename="../../egov_network/services/privacy.py" line="166"/>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location filename="../../egov_network/services/privacy.py" line="167"/>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location filename="../../egov_network/services/privacy.py" line="168"/>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <location filename="../../egov_network/services/privacy.py" line="169"/>
        <source>Tag</source>
        <translation>Schlagwort</translation>
    </message>
    <message>
        <location filename="../../egov_network/services/privacy.py" line="170"/>
        <source>Scope</source>
        <translation>Umfang</translation>
    </message>
    <message>
        <location filename="../../egov_network/services/privacy.py" line="171"/>
        <source>How</source>
        <translation>Wie</translation>
    </message>
    <message>
        <location filename="../../egov_network/services/privacy.py" line="172"/>
        <source>Recorded by</source>
        <translation>Erfasst von</translation>
    </message>
    <message>
        <location filename="../../egov_network/services/privacy.py" line="173"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location filename="../../egov_network/services/privacy.py" line="174"/>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <location filename="../../egov_network/services/privacy.py" line="175"/>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <location filename="../../egov_network/services/privacy.py" line="176"/>
        <source>Record</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <location filename="../../egov_network/services/privacy.py" line="177"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../egov_network/services/privacy.py" line="178"/>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <location filename="../../egov_network/services/privacy.py" line="179"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../egov_network/services/privacy.py" line="180"/>
        <location filename="../../egov_network/services/privacy.py" line="291"/>
        <source>Recorded on</source>
        <translation>Erfasst am</translation>
    </message>
    <message>
        <location filename="../../egov_network/services/privacy.py" line="181"/>
        <location filename="../../egov_network/services/privacy.py" line="292"/>
        <source>Last changed on</source>
        <translation>Zuletzt geändert am</translation>
    </message>
    <message>
        <location filename="../../egov_network/services/privacy.py" line="182"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../../egov_network/services/privacy.py" line="183"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location filename="../../egov_network/services/privacy.py" line="184"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location filename="../../egov_network/services/privacy.py" line="548"/>
        <source>former positions</source>
        <extracomment>What an erase takes, in the order the confirmation lists it: key -&gt; translatable label.</extracomment>
        <translation>frühere Funktionen</translation>
    </message>
    <message>
        <location filename="../../egov_network/services/privacy.py" line="549"/>
        <source>expert topics</source>
        <translation>Fachthemen</translation>
    </message>
    <message>
        <location filename="../../egov_network/services/privacy.py" line="550"/>
        <source>meeting participations</source>
        <translation>Teilnahmen an Treffen</translation>
    </message>
    <message>
        <location filename="../../egov_network/services/privacy.py" line="551"/>
        <source>action items as owner (the items stay with their meeting)</source>
        <translation>Aufgaben als Verantwortliche(r) (die Aufgaben bleiben beim Treffen)</translation>
    </message>
    <message>
        <location filename="../../egov_network/services/privacy.py" line="552"/>
        <source>list memberships</source>
        <translation>Einträge in Listen</translation>
    </message>
    <message>
        <location filename="../../egov_network/services/privacy.py" line="553"/>
        <source>tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <location filename="../../egov_network/services/privacy.py" line="554"/>
        <source>consent records</source>
        <translation>Einwilligungseinträge</translation>
    </message>
    <message>
        <location filename="../../egov_network/services/privacy.py" line="555"/>
        <source>history entries</source>
        <translation>Einträge der Änderungshistorie</translation>
    </message>
    <message>
        <location filename="../../egov_network/services/privacy.py" line="556"/>
        <source>items in the trash</source>
        <translation>Einträge im Papierkorb</translation>
    </message>
    <message>
        <location filename="../../egov_network/services/privacy.py" line="560"/>
        <source>Anonymised participant</source>
        <extracomment>The name an anonymised participant row carries, unless the caller passes a translated one.</extracomment>
        <translation>Anonymisierte Person</translation>
    </message>
    <message>
        <location filename="../../egov_network/services/privacy.py" line="790"/>
        <source>no activity for {years} years (last: {date})</source>
        <translation>seit {years} Jahren keine Aktivität (zuletzt: {date})</translation>
    </message>
    <message>
        <location filename="../../egov_network/services/privacy.py" line="791"/>
        <source>no consent recorded</source>
        <translation>keine Einwilligung erfasst</translation>
    </message>
    <message>
        <location filename="../../egov_network/services/privacy.py" line="792"/>
        <source>consent withdrawn</source>
        <translation>Einwilligung widerrufen</translation>
    </message>
</context>
<context>
    <name>PrivacyMenu</name>
    <message>
        <location filename="../../egov_network/ui/privacy_menu.py" line="42"/>
        <source>Data &amp;protection</source>
        <translation>&amp;Datenschutz</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/privacy_menu.py" line="43"/>
        <source>Data protection &amp;report…</source>
        <translation>Datenschutz&amp;auskunft…</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/privacy_menu.py" line="45"/>
        <source>&amp;Erase person…</source>
        <translation>Person &amp;löschen…</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/privacy_menu.py" line="47"/>
        <source>Re&amp;tention review…</source>
        <translation>&amp;Aufbewahrung prüfen…</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/privacy_menu.py" line="49"/>
        <source>Records of &amp;processing…</source>
        <translation>&amp;Verzeichnis der Verarbeitungstätigkeiten…</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/privacy_menu.py" line="66"/>
        <source>Select one person for the data protection report.</source>
        <translation>Wählen Sie eine Person für die Datenschutzauskunft aus.</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/privacy_menu.py" line="69"/>
        <source>Data protection report</source>
        <translation>Datenschutzauskunft</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/privacy_menu.py" line="81"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/privacy_menu.py" line="82"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-Arbeitsmappe (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/privacy_menu.py" line="83"/>
        <source>JSON, machine-readable (*.json)</source>
        <translation>JSON, maschinenlesbar (*.json)</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/privacy_menu.py" line="98"/>
        <source>Wrote the data protection report to {path}</source>
        <translation>Datenschutzauskunft nach {path} geschrieben</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/privacy_menu.py" line="107"/>
        <source>Select the people to erase first.</source>
        <translation>Wählen Sie zuerst die Personen aus, die gelöscht werden sollen.</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/privacy_menu.py" line="112"/>
        <source>Erased {n} people; this cannot be undone.</source>
        <translation>{n} Personen gelöscht; das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/privacy_menu.py" line="114"/>
        <source>Erased one person; this cannot be undone.</source>
        <translation>Eine Person gelöscht; das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/privacy_menu.py" line="127"/>
        <source>Records of processing saved.</source>
        <translation>Verzeichnis der Verarbeitungstätigkeiten gespeichert.</translation>
    </message>
</context>
<context>
    <name>ProcessingDialog</name>
    <message>
        <location filename="../../egov_network/ui/processing_dialog.py" line="30"/>
        <location filename="../../egov_network/ui/processing_dialog.py" line="43"/>
        <source>Records of processing</source>
        <translation>Verzeichnis der Verarbeitungstätigkeiten</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/processing_dialog.py" line="35"/>
        <source>What the network keeps about people and why (GDPR Art. 30). It is part of every data protection report.</source>
        <translation>Was das Netzwerk über Personen speichert und warum (Art. 30 DSGVO). Es ist Teil jeder Datenschutzauskunft.</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/processing_dialog.py" line="48"/>
        <source>&amp;Default text</source>
        <translation>&amp;Vorgabetext</translation>
    </message>
</context>
<context>
    <name>ReadOnlyBackup</name>
    <message>
        <location filename="../../egov_network/ui/backups_dialog.py" line="531"/>
        <source>Backup of {date}, read-only</source>
        <translation>Sicherung vom {date}, nur lesend</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/backups_dialog.py" line="540"/>
        <location filename="../../egov_network/ui/backups_dialog.py" line="541"/>
        <source>Search this backup</source>
        <translation>In dieser Sicherung suchen</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/backups_dialog.py" line="548"/>
        <source>Found in this backup</source>
        <translation>In dieser Sicherung gefunden</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/backups_dialog.py" line="552"/>
        <source>Record in this backup</source>
        <translation>Datensatz in dieser Sicherung</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/backups_dialog.py" line="554"/>
        <source>Backup of {date} ({reason}), read-only: nothing can be changed here.</source>
        <translation>Sicherung vom {date} ({reason}), nur lesend: Hier lässt sich nichts ändern.</translation>
    </message>
</context>
<context>
    <name>RecentChangesWindow</name>
    <message>
        <location filename="../../egov_network/ui/recent_changes.py" line="36"/>
        <location filename="../../egov_network/ui/recent_changes.py" line="48"/>
        <source>Recent changes</source>
        <extracomment>The kinds the filter offers (the records people open), in the menu&apos;s order.</extracomment>
        <translation>Letzte Änderungen</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/recent_changes.py" line="41"/>
        <source>Kind of record</source>
        <translation>Art des Datensatzes</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/recent_changes.py" line="42"/>
        <source>All kinds</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/recent_changes.py" line="45"/>
        <source>&amp;Show:</source>
        <translation>&amp;Zeigen:</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/recent_changes.py" line="49"/>
        <source>Double-click an entry to open its record.</source>
        <translation>Doppelklick auf einen Eintrag öffnet seinen Datensatz.</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <location filename="../../egov_network/ui/editor.py" line="79"/>
        <source>The filter hides this record; it is still open here.</source>
        <extracomment>Ask the main window to show another record: (entity, id). &quot;Write e-mail&quot; to these people (contact ids) with this subject: the window asks and opens the client. &quot;Invite participants&quot; of this meeting (id): calendar invitation and e-mail, made by the window. Which entity this edits, e.g. &quot;contact&quot;. Runs undoable service calls (not ``actions``: that is QWidget.actions()). While our own save runs: its announcement must not reload the form under it.</extracomment>
        <translation>Der Filter blendet diesen Datensatz aus; er ist hier weiterhin geöffnet.</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/editor.py" line="86"/>
        <source>Record details</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/editor.py" line="88"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/editor.py" line="91"/>
        <source>&amp;Details</source>
        <translation>D&amp;etails</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/editor.py" line="96"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/editor.py" line="100"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/editor.py" line="102"/>
        <source>Re&amp;vert</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/editor.py" line="161"/>
        <source>New record</source>
        <translation>Neuer Datensatz</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/editor.py" line="217"/>
        <source>Create “{name}”</source>
        <translation>„{name}“ anlegen</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/editor.py" line="224"/>
        <source>Edit “{name}”</source>
        <translation>„{name}“ bearbeiten</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/editor.py" line="233"/>
        <source>Changed elsewhere</source>
        <translation>Anderweitig geändert</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/editor.py" line="238"/>
        <location filename="../../egov_network/ui/editor.py" line="245"/>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/editor.py" line="240"/>
        <source>The database stayed busy, so nothing was saved. Your changes are still in the form.</source>
        <translation>Die Datenbank blieb belegt, deshalb wurde nichts gespeichert. Ihre Änderungen stehen noch im Formular.</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/editor.py" line="267"/>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/editor.py" line="268"/>
        <source>“{name}” has unsaved changes. Save them?</source>
        <translation>„{name}“ hat ungespeicherte Änderungen. Möchten Sie sie speichern?</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/editor.py" line="302"/>
        <source>Not possible</source>
        <translation>Nicht möglich</translation>
    </message>
</context>
<context>
    <name>ReferenceField</name>
    <message>
        <location filename="../../egov_network/ui/fields.py" line="401"/>
        <location filename="../../egov_network/ui/fields.py" line="402"/>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/fields.py" line="405"/>
        <location filename="../../egov_network/ui/fields.py" line="406"/>
        <source>Remove the link</source>
        <translation>Verknüpfung entfernen</translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <location filename="../../egov_network/ui/retention_dialog.py" line="41"/>
        <source>Retention review</source>
        <translation>Aufbewahrung prüfen</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/retention_dialog.py" line="45"/>
        <source>List people without activity for &amp;more than</source>
        <translation>Personen auflisten ohne Aktivität seit &amp;mehr als</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/retention_dialog.py" line="48"/>
        <source>years</source>
        <translation>Jahren</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/retention_dialog.py" line="59"/>
        <source>People to review</source>
        <translation>Zu prüfende Personen</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/retention_dialog.py" line="61"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/retention_dialog.py" line="62"/>
        <source>Authority</source>
        <translation>Behörde</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/retention_dialog.py" line="63"/>
        <source>Last activity</source>
        <translation>Letzte Aktivität</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/retention_dialog.py" line="64"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/retention_dialog.py" line="72"/>
        <source>&amp;Anonymise selected…</source>
        <translation>Auswahl &amp;anonymisieren…</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/retention_dialog.py" line="75"/>
        <source>&amp;Delete selected…</source>
        <translation>Auswahl &amp;löschen…</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/retention_dialog.py" line="77"/>
        <source>Select &amp;all</source>
        <translation>Alle aus&amp;wählen</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/retention_dialog.py" line="100"/>
        <source>Looking for people to review…</source>
        <translation>Zu prüfende Personen werden gesucht…</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/retention_dialog.py" line="110"/>
        <source>People to review: {n}</source>
        <translation>Zu prüfende Personen: {n}</translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <location filename="../../egov_network/services/search_all.py" line="71"/>
        <source>Contacts</source>
        <extracomment>The kinds in the order the results show them. Group headings (context &quot;Search&quot;).</extracomment>
        <translation>Kontakte</translation>
    </message>
    <message>
        <location filename="../../egov_network/services/search_all.py" line="72"/>
        <source>Authorities</source>
        <translation>Behörden</translation>
    </message>
    <message>
        <location filename="../../egov_network/services/search_all.py" line="73"/>
        <source>Expert topics</source>
        <translation>Fachthemen</translation>
    </message>
    <message>
        <location filename="../../egov_network/services/search_all.py" line="74"/>
        <source>Meetings</source>
        <translation>Treffen</translation>
    </message>
    <message>
        <location filename="../../egov_network/services/search_all.py" line="75"/>
        <source>Action items</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <location filename="../../egov_network/services/search_hits.py" line="25"/>
        <source>former</source>
        <translation>ehemalig</translation>
    </message>
    <message>
        <location filename="../../egov_network/services/search_hits.py" line="26"/>
        <source>Experts: {n}</source>
        <translation>Fachleute: {n}</translation>
    </message>
    <message>
        <location filename="../../egov_network/services/search_hits.py" line="27"/>
        <source>due {date}</source>
        <translation>fällig {date}</translation>
    </message>
    <message>
        <location filename="../../egov_network/services/search_hits.py" line="28"/>
        <source>done {date}</source>
        <translation>erledigt {date}</translation>
    </message>
    <message>
        <location filename="../../egov_network/services/search_text_output.py" line="20"/>
        <source>Nothing found for “{text}”.</source>
        <translation>Nichts gefunden für „{text}“.</translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <location filename="../../egov_network/ui/search_popup.py" line="191"/>
        <source>Search everything (Ctrl+K)</source>
        <extracomment>Pause after a keystroke before the search runs (ms): typing on does not search every letter. Rows: the kind of row and what it opens. Greyed text of detail lines and snippets: 8:1 on white. In the HTML as QUIET_MARK, which the delegate replaces: the highlighted text colour on the selected row. Background of a group&apos;s heading row.</extracomment>
        <translation>Alles durchsuchen (Strg+K)</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/search_popup.py" line="192"/>
        <source>Search everything</source>
        <translation>Alles durchsuchen</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/search_popup.py" line="194"/>
        <source>Contacts, authorities, expert topics, meetings with agenda and minutes, action items</source>
        <translation>Kontakte, Behörden, Fachthemen, Treffen mit Tagesordnung und Protokoll, Aufgaben</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/search_popup.py" line="200"/>
        <source>Search results</source>
        <translation>Suchergebnisse</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/search_popup.py" line="244"/>
        <source>{kind} ({count})</source>
        <translation>{kind} ({count})</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../egov_network/ui/shortcuts_dialog.py" line="30"/>
        <location filename="../../egov_network/ui/shortcuts_dialog.py" line="55"/>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/shortcuts_dialog.py" line="48"/>
        <source>Open the selected record in the editor</source>
        <translation>Ausgewählten Datensatz im Editor öffnen</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/shortcuts_dialog.py" line="48"/>
        <source>Enter (in a table)</source>
        <translation>Eingabetaste (in einer Tabelle)</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/shortcuts_dialog.py" line="49"/>
        <source>Delete the selected records</source>
        <translation>Ausgewählte Datensätze löschen</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/shortcuts_dialog.py" line="49"/>
        <source>Del (in a table)</source>
        <translation>Entf (in einer Tabelle)</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/shortcuts_dialog.py" line="50"/>
        <source>Next / previous tab of the editor</source>
        <translation>Nächste / vorige Registerkarte des Editors</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/shortcuts_dialog.py" line="51"/>
        <source>Go to a field, button or tab</source>
        <translation>Zu einem Feld, einer Schaltfläche oder Registerkarte springen</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/shortcuts_dialog.py" line="51"/>
        <source>Alt + the underlined letter</source>
        <translation>Alt + unterstrichener Buchstabe</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/shortcuts_dialog.py" line="52"/>
        <source>Open the menus</source>
        <translation>Menüs öffnen</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/shortcuts_dialog.py" line="56"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/shortcuts_dialog.py" line="56"/>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
</context>
<context>
    <name>TagDialog</name>
    <message>
        <location filename="../../egov_network/ui/tagging.py" line="49"/>
        <source>Tags of {what}</source>
        <translation>Schlagwörter für {what}</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/tagging.py" line="54"/>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/tagging.py" line="68"/>
        <source>On {n} of the selected records</source>
        <translation>Bei {n} der ausgewählten Datensätze</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/tagging.py" line="74"/>
        <source>New tag, e.g. Kochbuch</source>
        <translation>Neues Schlagwort, z. B. Kochbuch</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/tagging.py" line="75"/>
        <source>New tag</source>
        <translation>Neues Schlagwort</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/tagging.py" line="76"/>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/tagging.py" line="80"/>
        <source>&amp;New tag:</source>
        <translation>&amp;Neues Schlagwort:</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/tagging.py" line="92"/>
        <source>Checked: all selected records carry the tag; half-checked: some do (left as it is).</source>
        <translation>Angehakt: alle ausgewählten Datensätze tragen das Schlagwort; halb angehakt: einige (bleibt, wie es ist).</translation>
    </message>
</context>
<context>
    <name>Tagging</name>
    <message>
        <location filename="../../egov_network/ui/tagging.py" line="164"/>
        <source>Tag {what} with {tags}</source>
        <translation>Schlagwort {tags} für {what} vergeben</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/tagging.py" line="168"/>
        <source>Change the tags of {what}</source>
        <translation>Schlagwörter für {what} ändern</translation>
    </message>
</context>
<context>
    <name>TopicEditor</name>
    <message>
        <location filename="../../egov_network/ui/editors/topic.py" line="30"/>
        <source>Parent topic</source>
        <translation>Übergeordnetes Thema</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/editors/topic.py" line="38"/>
        <source>Experts</source>
        <translation>Ansprechpersonen</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/editors/topic.py" line="40"/>
        <source>Level</source>
        <translation>Kenntnisstand</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/editors/topic.py" line="41"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/editors/topic.py" line="43"/>
        <location filename="../../egov_network/ui/editors/topic.py" line="59"/>
        <source>Authority</source>
        <translation>Behörde</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/editors/topic.py" line="44"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/editors/topic.py" line="50"/>
        <source>Write &amp;e-mail to the experts</source>
        <translation>&amp;E-Mail an die Fachleute schreiben</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/editors/topic.py" line="57"/>
        <source>Authorities</source>
        <translation>Behörden</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/editors/topic.py" line="60"/>
        <source>What they did</source>
        <translation>Was sie gemacht haben</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/editors/topic.py" line="66"/>
        <source>Meetings</source>
        <translation>Treffen</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/editors/topic.py" line="68"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/editors/topic.py" line="69"/>
        <source>Meeting</source>
        <translation>Treffen</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/editors/topic.py" line="70"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/editors/topic.py" line="77"/>
        <source>Sub-topics</source>
        <translation>Unterthemen</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/editors/topic.py" line="42"/>
        <location filename="../../egov_network/ui/editors/topic.py" line="77"/>
        <source>Topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/editors/topic.py" line="81"/>
        <source>&amp;Experts</source>
        <translation>Ansprech&amp;personen</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/editors/topic.py" line="82"/>
        <source>&amp;Authorities</source>
        <translation>Behö&amp;rden</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/editors/topic.py" line="83"/>
        <source>&amp;Meetings</source>
        <translation>&amp;Treffen</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/editors/topic.py" line="84"/>
        <source>&amp;Sub-topics</source>
        <translation>&amp;Unterthemen</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/editors/topic.py" line="101"/>
        <source>&amp;Experts ({n})</source>
        <translation>Ansprech&amp;personen ({n})</translation>
    </message>
</context>
<context>
    <name>TopicParentDialog</name>
    <message>
        <location filename="../../egov_network/ui/topic_picker.py" line="46"/>
        <source>Move “{name}” to…</source>
        <extracomment>The item&apos;s topic id (absent: the top level).</extracomment>
        <translation>„{name}“ verschieben nach…</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/topic_picker.py" line="48"/>
        <source>Move {n} topics to…</source>
        <translation>{n} Themen verschieben nach…</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/topic_picker.py" line="53"/>
        <source>New &amp;parent topic:</source>
        <translation>Neues &amp;Oberthema:</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/topic_picker.py" line="58"/>
        <source>New parent topic</source>
        <translation>Neues Oberthema</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/topic_picker.py" line="67"/>
        <source>(top level)</source>
        <translation>(oberste Ebene)</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/topic_picker.py" line="90"/>
        <source>&amp;Move</source>
        <extracomment>Topics the search matches (None: no search).</extracomment>
        <translation>&amp;Verschieben</translation>
    </message>
</context>
<context>
    <name>TopicTreeModel</name>
    <message>
        <location filename="../../egov_network/ui/topic_tree_model.py" line="174"/>
        <source>{own} in this topic itself, {all} including its sub-topics</source>
        <extracomment>What a dragged topic carries: the database it comes from and the topic ids. A drop asks to move topics (ids) below another topic (its id, or None for the top level). Topics the filter matches (None: no filter, all are shown).</extracomment>
        <translation>{own} in diesem Thema selbst, {all} einschließlich seiner Unterthemen</translation>
    </message>
</context>
<context>
    <name>TopicWorkspace</name>
    <message>
        <location filename="../../egov_network/ui/topic_workspace.py" line="60"/>
        <source>&amp;Move to…</source>
        <extracomment>Widest the synonyms column gets when sized to its contents (pixels). Entities whose changes alter the tree: its topics, and the expertise its counts are made of. Not the table&apos;s &quot;header&quot;: the tree has other columns. Topics the user has expanded (kept while a filter expands its own choice).</extracomment>
        <translation>&amp;Verschieben nach…</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/topic_workspace.py" line="219"/>
        <source>Cannot move</source>
        <translation>Verschieben nicht möglich</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/topic_workspace.py" line="224"/>
        <source>“{topic}” cannot be placed below itself. Nothing was moved.</source>
        <translation>„{topic}“ kann nicht unter sich selbst stehen. Es wurde nichts verschoben.</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/topic_workspace.py" line="228"/>
        <source>“{topic}” cannot be placed below “{target}”: that is one of its own sub-topics. Nothing was moved.</source>
        <translation>„{topic}“ kann nicht unter „{target}“ stehen: Das ist eines seiner eigenen Unterthemen. Es wurde nichts verschoben.</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/topic_workspace.py" line="238"/>
        <source>Move “{name}” to the top level</source>
        <translation>„{name}“ auf die oberste Ebene verschieben</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/topic_workspace.py" line="239"/>
        <source>Move “{name}” below “{parent}”</source>
        <translation>„{name}“ unter „{parent}“ verschieben</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/topic_workspace.py" line="241"/>
        <source>Move {n} topics to the top level</source>
        <translation>{n} Themen auf die oberste Ebene verschieben</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/topic_workspace.py" line="242"/>
        <source>Move {n} topics below “{parent}”</source>
        <translation>{n} Themen unter „{parent}“ verschieben</translation>
    </message>
</context>
<context>
    <name>TopicsTab</name>
    <message>
        <location filename="../../egov_network/ui/editors/meeting_topics.py" line="27"/>
        <source>Topics of the meeting (a change is saved at once and can be undone):</source>
        <translation>Themen des Treffens (eine Änderung wird sofort gespeichert und kann rückgängig gemacht werden):</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/editors/meeting_topics.py" line="31"/>
        <source>Topics of the meeting</source>
        <translation>Themen des Treffens</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/editors/meeting_topics.py" line="44"/>
        <source>T&amp;opics</source>
        <extracomment>The meeting&apos;s topics as last read: what the next toggle expects to find. Loaded for another meeting (or none) than ``meeting``: refresh when shown.</extracomment>
        <translation>The&amp;men</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/editors/meeting_topics.py" line="108"/>
        <source>Change topics of “{name}”</source>
        <translation>Themen von „{name}“ ändern</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/editors/meeting_topics.py" line="111"/>
        <source>Not possible</source>
        <translation>Nicht möglich</translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message>
        <location filename="../../egov_network/ui/trash_dialog.py" line="79"/>
        <source>Trash</source>
        <extracomment>Days after which trash items are removed at start; 0 or missing: never.</extracomment>
        <translation>Papierkorb</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/trash_dialog.py" line="90"/>
        <source>Deleted records stay here until you delete them for good; they appear in no list, search or export. Restore brings a record back with what belonged to it.</source>
        <translation>Gelöschte Datensätze bleiben hier, bis Sie sie endgültig löschen; sie erscheinen in keiner Liste, Suche und keinem Export. „Wiederherstellen“ holt einen Datensatz mit allem zurück, was zu ihm gehörte.</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/trash_dialog.py" line="97"/>
        <source>Deleted records</source>
        <translation>Gelöschte Datensätze</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/trash_dialog.py" line="99"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/trash_dialog.py" line="99"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/trash_dialog.py" line="99"/>
        <source>Deleted on</source>
        <translation>Gelöscht am</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/trash_dialog.py" line="99"/>
        <source>Deleted by</source>
        <translation>Gelöscht von</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/trash_dialog.py" line="109"/>
        <source>The trash is empty.</source>
        <translation>Der Papierkorb ist leer.</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/trash_dialog.py" line="111"/>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/trash_dialog.py" line="113"/>
        <source>&amp;Delete for good…</source>
        <translation>&amp;Endgültig löschen…</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/trash_dialog.py" line="115"/>
        <source>&amp;Empty trash…</source>
        <translation>Papierkorb &amp;leeren…</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/trash_dialog.py" line="122"/>
        <source>Remove records from the trash &amp;automatically after</source>
        <translation>Datensätze &amp;automatisch aus dem Papierkorb entfernen nach</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/trash_dialog.py" line="125"/>
        <source> days</source>
        <translation> Tagen</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/trash_dialog.py" line="126"/>
        <source>Days in the trash</source>
        <translation>Tage im Papierkorb</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/trash_dialog.py" line="204"/>
        <source>Cannot restore</source>
        <translation>Wiederherstellen nicht möglich</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/trash_dialog.py" line="213"/>
        <source>Restore “{name}”</source>
        <translation>„{name}“ wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/trash_dialog.py" line="221"/>
        <source>Delete “{name}” for good? This cannot be undone.</source>
        <translation>„{name}“ endgültig löschen? Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/trash_dialog.py" line="223"/>
        <source>Delete {n} records for good? This cannot be undone.</source>
        <translation>{n} Datensätze endgültig löschen? Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/trash_dialog.py" line="225"/>
        <source>Delete for good</source>
        <translation>Endgültig löschen</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/trash_dialog.py" line="233"/>
        <source>Delete all {n} records in the trash for good? This cannot be undone.</source>
        <translation>Alle {n} Datensätze im Papierkorb endgültig löschen? Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/trash_dialog.py" line="236"/>
        <source>Empty trash</source>
        <translation>Papierkorb leeren</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <location filename="../../egov_network/ui/workspace.py" line="68"/>
        <source>Filter (Ctrl+F): type part of any visible text</source>
        <extracomment>A one-line message for the status bar. &quot;Export selection…&quot; from the context menu; the main window asks what and where. A link of the start text of an empty list: &quot;import&quot; or &quot;demo&quot; (the main window acts). Where the header&apos;s state is kept in the settings (below the workspace key).</extracomment>
        <translation>Filter (Strg+F): Teil eines beliebigen sichtbaren Textes eingeben</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/workspace.py" line="70"/>
        <source>Filter {title}</source>
        <translation>{title} filtern</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/workspace.py" line="71"/>
        <source>&amp;Filter:</source>
        <translation>&amp;Filter:</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/workspace.py" line="116"/>
        <source>Show &amp;all</source>
        <extracomment>Columns are sized to their rows when first shown (a hidden workspace&apos;s sizing cost ~60 ms of every start each), unless saved widths came back.</extracomment>
        <translation>&amp;Alle zeigen</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/workspace.py" line="133"/>
        <source>Nothing here yet.</source>
        <extracomment>The list of people shown: (list id, its name, whether a saved search), or None. Actions on the selected records the main window adds (Tags…, Add to list…, Set field…).</extracomment>
        <translation>Hier ist noch nichts.</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/workspace.py" line="136"/>
        <source>&lt;a href=&apos;new&apos;&gt;Create the first record&lt;/a&gt; (Ctrl+N), &lt;a href=&apos;import&apos;&gt;import an Excel list&lt;/a&gt; (Ctrl+I) or &lt;a href=&apos;demo&apos;&gt;try the demo network&lt;/a&gt; in a separate window.</source>
        <translation>&lt;a href=&apos;new&apos;&gt;Legen Sie den ersten Datensatz an&lt;/a&gt; (Strg+N), &lt;a href=&apos;import&apos;&gt;importieren Sie eine Excel-Liste&lt;/a&gt; (Strg+I) oder &lt;a href=&apos;demo&apos;&gt;probieren Sie das Demo-Netzwerk in einem eigenen Fenster aus&lt;/a&gt;.</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/workspace.py" line="173"/>
        <source>&amp;Delete</source>
        <extracomment>Changes announced while this workspace was hidden (applied when shown).</extracomment>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/workspace.py" line="231"/>
        <source>Saved search “{name}”</source>
        <translation>Gespeicherte Suche „{name}“</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/workspace.py" line="231"/>
        <source>List “{name}”</source>
        <translation>Liste „{name}“</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/workspace.py" line="256"/>
        <source>{n} rows</source>
        <translation>{n} Zeilen</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/workspace.py" line="261"/>
        <source>{n} rows…</source>
        <translation>{n} Zeilen …</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/workspace.py" line="262"/>
        <source>{n} rows so far, still searching…</source>
        <translation>{n} Zeilen bisher, die Suche läuft noch …</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/workspace.py" line="279"/>
        <source>&amp;Columns</source>
        <translation>&amp;Spalten</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/workspace.py" line="359"/>
        <source>New record: fill in the form and save</source>
        <translation>Neuer Datensatz: Formular ausfüllen und speichern</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/workspace.py" line="367"/>
        <source>Saved “{name}”</source>
        <translation>„{name}“ gespeichert</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/workspace.py" line="376"/>
        <source>“{name}”</source>
        <translation>„{name}“</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/workspace.py" line="377"/>
        <source> and {n} more</source>
        <translation> und {n} weitere</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/workspace.py" line="389"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/workspace.py" line="391"/>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/workspace.py" line="400"/>
        <source>E&amp;xport selection to Excel…</source>
        <translation>Auswahl nach E&amp;xcel exportieren…</translation>
    </message>
</context>
<context>
    <name>_TypedDate</name>
    <message>
        <location filename="../../egov_network/ui/fields.py" line="174"/>
        <source>Choose from the calendar (Alt+Down)</source>
        <extracomment>Display kind for ``format_value`` (&quot;date&quot; or &quot;datetime&quot;). The value last shown and its text: (None, &quot;&quot;) when empty.</extracomment>
        <translation>Aus dem Kalender wählen (Alt+Pfeil nach unten)</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/fields.py" line="175"/>
        <source>Choose from the calendar</source>
        <translation>Aus dem Kalender wählen</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/fields.py" line="179"/>
        <location filename="../../egov_network/ui/fields.py" line="180"/>
        <source>Clear the date</source>
        <translation>Datum löschen</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/fields.py" line="202"/>
        <source>dd.mm.yyyy</source>
        <translation>TT.MM.JJJJ</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/fields.py" line="202"/>
        <source>mm/dd/yyyy</source>
        <translation>MM/TT/JJJJ</translation>
    </message>
    <message>
        <location filename="../../egov_network/ui/fields.py" line="254"/>
        <source>Understood: {value}</source>
        <translation>Verstanden: {value}</translation>
    </message>
</context>
<context>
    <name>workspace</name>
    <message>
        <location filename="../../egov_network/ui/main_window.py" line="129"/>
        <source>{n} rows</source>
        <translation>{n} Zeilen</translation>
    </message>
</context>
</TS>
