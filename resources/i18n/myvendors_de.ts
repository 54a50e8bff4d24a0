<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AddVendorDialog</name>
    <message>
        <source>Add vendor</source>
        <translation>Anbieter hinzufügen</translation>
    </message>
    <message>
        <source>Vendor name</source>
        <translation>Name des Anbieters</translation>
    </message>
    <message>
        <source>The company, as you call it</source>
        <translation>Die Firma, wie Sie sie nennen</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Website (optional)</source>
        <translation>&amp;Website (optional)</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>The recovery kit could not be saved: %s</source>
        <translation>Das Wiederherstellungs-Kit konnte nicht gespeichert werden: %s</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Wird entsperrt …</translation>
    </message>
    <message>
        <source>Unlocking with this device…</source>
        <translation>Wird mit diesem Gerät entsperrt …</translation>
    </message>
    <message>
        <source>Unlocking and setting the new passphrase…</source>
        <translation>Wird entsperrt und die neue Passphrase festgelegt …</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>Die Sicherung wird wiederhergestellt …</translation>
    </message>
    <message>
        <source>%s Create a new vault or open another one below.</source>
        <translation>%s Legen Sie unten einen neuen Tresor an oder öffnen Sie einen anderen.</translation>
    </message>
</context>
<context>
    <name>BusyIndicator</name>
    <message>
        <source>Working</source>
        <translation>In Arbeit</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change passphrase</source>
        <translation>Passphrase ändern</translation>
    </message>
    <message>
        <source>Only the key that opens the vault changes; your data is not rewritten. Your recovery key and remembered devices keep working.</source>
        <translation>Nur der Schlüssel, der den Tresor öffnet, ändert sich; Ihre Daten werden nicht neu geschrieben. Ihr Wiederherstellungsschlüssel und gemerkte Geräte funktionieren weiter.</translation>
    </message>
    <message>
        <source>&amp;Current passphrase</source>
        <translation>A&amp;ktuelle Passphrase</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Aktuelle Passphrase</translation>
    </message>
    <message>
        <source>&amp;New passphrase</source>
        <translation>&amp;Neue Passphrase</translation>
    </message>
    <message>
        <source>C&amp;hange passphrase</source>
        <translation>Passphrase än&amp;dern</translation>
    </message>
    <message>
        <source>Protecting the vault&apos;s key with the new passphrase…</source>
        <translation>Der Schlüssel des Tresors wird mit der neuen Passphrase geschützt …</translation>
    </message>
</context>
<context>
    <name>CreatePage</name>
    <message>
        <source>Create your vault</source>
        <translation>Ihren Tresor anlegen</translation>
    </message>
    <message>
        <source>Everything you keep in MyVendors is encrypted with a passphrase that only you know.</source>
        <translation>Alles, was Sie in MyVendors aufbewahren, wird mit einer Passphrase verschlüsselt, die nur Sie kennen.</translation>
    </message>
    <message>
        <source>New vault: %s</source>
        <translation>Neuer Tresor: %s</translation>
    </message>
    <message>
        <source>&amp;Create vault</source>
        <translation>Tresor &amp;anlegen</translation>
    </message>
    <message>
        <source>Type the same passphrase twice to create the vault.</source>
        <translation>Geben Sie zweimal dieselbe Passphrase ein, um den Tresor anzulegen.</translation>
    </message>
    <message>
        <source>Open an existing vault…</source>
        <translation>Einen vorhandenen Tresor öffnen …</translation>
    </message>
    <message>
        <source>Open an existing vault</source>
        <translation>Einen vorhandenen Tresor öffnen</translation>
    </message>
</context>
<context>
    <name>ErrorDialogHook</name>
    <message>
        <source>MyVendors</source>
        <translation>MyVendors</translation>
    </message>
    <message>
        <source>Something went wrong inside MyVendors. This is a bug, not something you did.</source>
        <translation>In MyVendors ist etwas schiefgegangen. Das ist ein Programmfehler, nicht Ihr Fehler.</translation>
    </message>
    <message>
        <source>Your vault is safe: every change you saved is in it. If this happens again, please report it with the details below (they contain no passphrase or key).</source>
        <translation>Ihr Tresor ist sicher: Jede gespeicherte Änderung ist darin. Wenn das wieder passiert, melden Sie es bitte mit den Details unten (sie enthalten keine Passphrase und keinen Schlüssel).</translation>
    </message>
</context>
<context>
    <name>FirstRunWindow</name>
    <message>
        <source>MyVendors — create a vault</source>
        <translation>MyVendors – Tresor anlegen</translation>
    </message>
    <message>
        <source>Creating your vault…</source>
        <translation>Ihr Tresor wird angelegt …</translation>
    </message>
    <message>
        <source>Recovery kit saved to %s. Print it or move it somewhere safe.</source>
        <translation>Wiederherstellungs-Kit in %s gespeichert. Drucken Sie es aus oder bringen Sie es an einen sicheren Ort.</translation>
    </message>
    <message>
        <source>Copied (clears in 30 s).</source>
        <translation>Kopiert (wird in 30 s gelöscht).</translation>
    </message>
    <message>
        <source>MyVendors recovery kit.txt</source>
        <translation>MyVendors Wiederherstellungs-Kit.txt</translation>
    </message>
    <message>
        <source>Save recovery kit</source>
        <translation>Wiederherstellungs-Kit speichern</translation>
    </message>
    <message>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>Textdateien (*.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Open a vault</source>
        <translation>Einen Tresor öffnen</translation>
    </message>
    <message>
        <source>MyVendors vaults (*.myvendors);;All files (*)</source>
        <translation>MyVendors-Tresore (*.myvendors);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Close without saving the recovery key?</source>
        <translation>Schließen, ohne den Wiederherstellungsschlüssel zu sichern?</translation>
    </message>
    <message>
        <source>The vault is created, but this is the only time its recovery key is shown. Without it, a forgotten passphrase means the vault cannot be opened again.

Close anyway?</source>
        <translation>Der Tresor ist angelegt, aber sein Wiederherstellungsschlüssel wird nur dieses eine Mal angezeigt. Ohne ihn lässt sich der Tresor bei vergessener Passphrase nie wieder öffnen.

Trotzdem schließen?</translation>
    </message>
</context>
<context>
    <name>FolderEdit</name>
    <message>
        <source>C&amp;hoose…</source>
        <translation>A&amp;uswählen …</translation>
    </message>
    <message>
        <source>Choose the backup folder</source>
        <translation>Den Sicherungsordner auswählen</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Sicherungsordner</translation>
    </message>
</context>
<context>
    <name>KdfPrompt</name>
    <message>
        <source>Change key strength</source>
        <translation>Schlüsselstärke ändern</translation>
    </message>
    <message>
        <source>Your passphrase will protect the vault&apos;s key at the strength “%s”. Type it to go on; it stays the same, only how long each try takes changes.</source>
        <translation>Ihre Passphrase schützt den Schlüssel des Tresors dann mit der Stärke „%s“. Geben Sie sie ein, um fortzufahren; sie bleibt dieselbe, nur die Dauer jedes Versuchs ändert sich.</translation>
    </message>
    <message>
        <source>&amp;Current passphrase</source>
        <translation>A&amp;ktuelle Passphrase</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Aktuelle Passphrase</translation>
    </message>
    <message>
        <source>A&amp;pply</source>
        <translation>Ü&amp;bernehmen</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Import vendors…</source>
        <translation>Anbieter &amp;importieren …</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>E&amp;xportieren …</translation>
    </message>
    <message>
        <source>%s — MyVendors</source>
        <translation>%s – MyVendors</translation>
    </message>
    <message>
        <source>&amp;Add vendor…</source>
        <translation>Anbieter &amp;hinzufügen …</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>Jetzt &amp;sichern</translation>
    </message>
    <message>
        <source>Change &amp;passphrase…</source>
        <translation>&amp;Passphrase ändern …</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen …</translation>
    </message>
    <message>
        <source>&amp;Forget all remembered devices…</source>
        <translation>Alle gemerkten &amp;Geräte vergessen …</translation>
    </message>
    <message>
        <source>&amp;Delete vendor</source>
        <translation>Anbieter &amp;löschen</translation>
    </message>
    <message>
        <source>Move the selected vendor to the trash (Delete)</source>
        <translation>Den ausgewählten Anbieter in den Papierkorb verschieben (Entf)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>Spe&amp;rren</translation>
    </message>
    <message>
        <source>Lock the vault (Ctrl+L)</source>
        <translation>Den Tresor sperren (Strg+L)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;About MyVendors</source>
        <translation>Ü&amp;ber MyVendors</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen …</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>Ü&amp;bersicht</translation>
    </message>
    <message>
        <source>&amp;Vendors</source>
        <translation>&amp;Anbieter</translation>
    </message>
    <message>
        <source>&amp;Requests</source>
        <translation>An&amp;fragen</translation>
    </message>
    <message>
        <source>Re&amp;putation</source>
        <translation>Re&amp;putation</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Vendors</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>Reputation</source>
        <translation>Reputation</translation>
    </message>
    <message>
        <source>&amp;Vault</source>
        <translation>&amp;Tresor</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>Ve&amp;ndors</source>
        <translation>A&amp;nbieter</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>Search everything (Ctrl+F or Ctrl+K)</source>
        <translation>Alles durchsuchen (Strg+F oder Strg+K)</translation>
    </message>
    <message>
        <source>Vault state</source>
        <translation>Zustand des Tresors</translation>
    </message>
    <message>
        <source>%s · unlocked · locks after 1 minute idle</source>
        <translation>%s · entsperrt · sperrt nach 1 Minute Inaktivität</translation>
    </message>
    <message>
        <source>%s · unlocked · locks after %d minutes idle</source>
        <translation>%s · entsperrt · sperrt nach %d Minuten Inaktivität</translation>
    </message>
    <message>
        <source>%s · unlocked · auto-lock is off</source>
        <translation>%s · entsperrt · automatisches Sperren ist aus</translation>
    </message>
    <message>
        <source>MyVendors — locked</source>
        <translation>MyVendors – gesperrt</translation>
    </message>
    <message>
        <source>That offer names no vendor kept in this vault.</source>
        <translation>Dieses Angebot nennt keinen Anbieter aus diesem Tresor.</translation>
    </message>
    <message>
        <source>That vendor is in the trash.</source>
        <translation>Dieser Anbieter ist im Papierkorb.</translation>
    </message>
    <message>
        <source>That request is older than the ones listed.</source>
        <translation>Diese Anfrage ist älter als die aufgelisteten.</translation>
    </message>
    <message>
        <source>Added %s.</source>
        <translation>%s hinzugefügt.</translation>
    </message>
    <message>
        <source>Moved %s to the trash — Undo (%s)</source>
        <translation>%s in den Papierkorb verschoben – Rückgängig (%s)</translation>
    </message>
    <message>
        <source>Restored %s.</source>
        <translation>%s wiederhergestellt.</translation>
    </message>
    <message>
        <source>Moved %s to the trash.</source>
        <translation>%s in den Papierkorb verschoben.</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Wird gesichert …</translation>
    </message>
    <message>
        <source>Backed up to %s</source>
        <translation>Gesichert in %s</translation>
    </message>
    <message>
        <source>Changing the passphrase…</source>
        <translation>Die Passphrase wird geändert …</translation>
    </message>
    <message>
        <source>Passphrase changed. Use the new one from now on.</source>
        <translation>Passphrase geändert. Verwenden Sie ab jetzt die neue.</translation>
    </message>
    <message>
        <source>That is not the current passphrase.</source>
        <translation>Das ist nicht die aktuelle Passphrase.</translation>
    </message>
    <message>
        <source>Forget all remembered devices</source>
        <translation>Alle gemerkten Geräte vergessen</translation>
    </message>
    <message>
        <source>Every computer that remembers this vault, this one included, will need the passphrase next time. Use this if a device that remembered the vault was lost or sold.</source>
        <translation>Jeder Computer, der sich diesen Tresor merkt, auch dieser, braucht beim nächsten Mal die Passphrase. Nutzen Sie das, wenn ein Gerät, das sich den Tresor gemerkt hat, verloren ging oder verkauft wurde.</translation>
    </message>
    <message>
        <source>Forget them</source>
        <translation>Vergessen</translation>
    </message>
    <message numerus="yes">
        <source>No device remembers this vault any more (%n removed).</source>
        <translation>
            <numerusform>Kein Gerät merkt sich diesen Tresor mehr (%n entfernt).</numerusform>
            <numerusform>Kein Gerät merkt sich diesen Tresor mehr (%n entfernt).</numerusform>
        </translation>
    </message>
    <message>
        <source>About MyVendors</source>
        <translation>Über MyVendors</translation>
    </message>
    <message>
        <source>&lt;b&gt;MyVendors %s&lt;/b&gt;</source>
        <translation>&lt;b&gt;MyVendors %s&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Your own encrypted record of the companies you deal with. Everything stays on this computer, in a vault only your passphrase opens.</source>
        <translation>Ihre eigenen, verschlüsselten Aufzeichnungen über die Firmen, mit denen Sie zu tun haben. Alles bleibt auf diesem Computer, in einem Tresor, den nur Ihre Passphrase öffnet.</translation>
    </message>
    <message>
        <source>MyVendors</source>
        <translation>MyVendors</translation>
    </message>
</context>
<context>
    <name>NewPassphraseForm</name>
    <message>
        <source>New passphrase</source>
        <translation>Neue Passphrase</translation>
    </message>
    <message>
        <source>At least %d characters</source>
        <translation>Mindestens %d Zeichen</translation>
    </message>
    <message>
        <source>Repeat the new passphrase</source>
        <translation>Die neue Passphrase wiederholen</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Passphrase</translation>
    </message>
    <message>
        <source>&amp;Repeat passphrase</source>
        <translation>Passphrase &amp;wiederholen</translation>
    </message>
    <message>
        <source>The passphrases do not match.</source>
        <translation>Die Passphrasen stimmen nicht überein.</translation>
    </message>
</context>
<context>
    <name>NoteTableModel</name>
    <message>
        <source>Quality</source>
        <translation>Qualität</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Honesty</source>
        <translation>Ehrlichkeit</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Schnitt</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>Ich</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Due in the next %d days</source>
        <translation>Fällig in den nächsten %d Tagen</translation>
    </message>
    <message>
        <source>Nothing renews or must be cancelled in the next %d days.</source>
        <translation>In den nächsten %d Tagen verlängert sich nichts und nichts muss gekündigt werden.</translation>
    </message>
    <message>
        <source>Open requests</source>
        <translation>Offene Anfragen</translation>
    </message>
    <message>
        <source>No open requests. Requests you publish wait here for offers.</source>
        <translation>Keine offenen Anfragen. Anfragen, die Sie veröffentlichen, warten hier auf Angebote.</translation>
    </message>
    <message>
        <source>Recent interactions</source>
        <translation>Letzte Interaktionen</translation>
    </message>
    <message>
        <source>No interactions recorded yet.</source>
        <translation>Noch keine Interaktionen erfasst.</translation>
    </message>
    <message>
        <source>Standing fell lately</source>
        <translation>Ansehen zuletzt gesunken</translation>
    </message>
    <message>
        <source>No vendor&apos;s standing fell in the last %d days (judged by your own rated notes).</source>
        <translation>Bei keinem Anbieter ist das Ansehen in den letzten %d Tagen gesunken (nach Ihren eigenen bewerteten Notizen).</translation>
    </message>
    <message>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>morgen</translation>
    </message>
    <message>
        <source>in %d days</source>
        <translation>in %d Tagen</translation>
    </message>
    <message>
        <source>cancel by %s (%s)</source>
        <translation>kündigen bis %s (%s)</translation>
    </message>
    <message>
        <source>renews %s (%s)</source>
        <translation>verlängert sich am %s (%s)</translation>
    </message>
    <message>
        <source>no offers yet</source>
        <translation>noch keine Angebote</translation>
    </message>
    <message>
        <source>1 offer</source>
        <translation>1 Angebot</translation>
    </message>
    <message>
        <source>%d offers</source>
        <translation>%d Angebote</translation>
    </message>
    <message>
        <source> · needed by %s</source>
        <translation> · benötigt bis %s</translation>
    </message>
    <message>
        <source>1 recent note</source>
        <translation>1 neue Notiz</translation>
    </message>
    <message>
        <source>%d recent notes</source>
        <translation>%d neue Notizen</translation>
    </message>
    <message>
        <source>%.1f → %.1f of 5 (%s)</source>
        <translation>%.1f → %.1f von 5 (%s)</translation>
    </message>
</context>
<context>
    <name>PassphraseEdit</name>
    <message>
        <source>Hide passphrase</source>
        <translation>Passphrase verbergen</translation>
    </message>
    <message>
        <source>Show passphrase</source>
        <translation>Passphrase anzeigen</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyPage</name>
    <message>
        <source>Save your recovery key</source>
        <translation>Sichern Sie Ihren Wiederherstellungsschlüssel</translation>
    </message>
    <message>
        <source>If you ever forget your passphrase, this key is the only way back into your vault. It is shown only this once.</source>
        <translation>Falls Sie Ihre Passphrase je vergessen, ist dieser Schlüssel der einzige Weg zurück in Ihren Tresor. Er wird nur dieses eine Mal angezeigt.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Wiederherstellungsschlüssel</translation>
    </message>
    <message>
        <source>C&amp;opy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy the key; the clipboard is cleared again after 30 seconds.</source>
        <translation>Den Schlüssel kopieren; die Zwischenablage wird nach 30 Sekunden wieder geleert.</translation>
    </message>
    <message>
        <source>&amp;Save recovery kit…</source>
        <translation>Wiederherstellungs-Kit &amp;speichern …</translation>
    </message>
    <message>
        <source>Save a small text file with the key and instructions, to print or keep.</source>
        <translation>Eine kleine Textdatei mit dem Schlüssel und einer Anleitung speichern, zum Drucken oder Aufbewahren.</translation>
    </message>
    <message>
        <source>Write it on paper or keep it in another password manager, away from this computer. Anyone who has this key and your vault file can open the vault.</source>
        <translation>Schreiben Sie ihn auf Papier oder bewahren Sie ihn in einem anderen Passwortmanager auf, getrennt von diesem Computer. Wer diesen Schlüssel und Ihre Tresordatei hat, kann den Tresor öffnen.</translation>
    </message>
    <message>
        <source>I &amp;have saved my recovery key somewhere safe</source>
        <translation>Ich &amp;habe meinen Wiederherstellungsschlüssel sicher aufbewahrt</translation>
    </message>
    <message>
        <source>Co&amp;ntinue</source>
        <translation>&amp;Weiter</translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <source>Unlock with your recovery key</source>
        <translation>Mit Ihrem Wiederherstellungsschlüssel entsperren</translation>
    </message>
    <message>
        <source>Type the recovery key you saved when you created the vault, then choose a new passphrase. The old passphrase stops working.</source>
        <translation>Geben Sie den Wiederherstellungsschlüssel ein, den Sie beim Anlegen des Tresors gesichert haben, und wählen Sie dann eine neue Passphrase. Die alte Passphrase funktioniert danach nicht mehr.</translation>
    </message>
    <message>
        <source>Recovery &amp;key</source>
        <translation>Wiederherstellungs&amp;schlüssel</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Wiederherstellungsschlüssel</translation>
    </message>
    <message>
        <source>&amp;New passphrase</source>
        <translation>&amp;Neue Passphrase</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>Unlock and &amp;set passphrase</source>
        <translation>Entsperren und Passphrase &amp;festlegen</translation>
    </message>
</context>
<context>
    <name>ReputationPage</name>
    <message>
        <source>Reputation</source>
        <translation>Reputation</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Minimum average rating</source>
        <translation>Mindestens diese Durchschnittsbewertung</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>%d ★ and up</source>
        <translation>ab %d ★</translation>
    </message>
    <message>
        <source>5 ★</source>
        <translation>5 ★</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Schlagwort</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>&amp;Rating:</source>
        <translation>Be&amp;wertung:</translation>
    </message>
    <message>
        <source>T&amp;ag:</source>
        <translation>&amp;Schlagwort:</translation>
    </message>
    <message>
        <source>A&amp;uthor:</source>
        <translation>A&amp;utor:</translation>
    </message>
    <message>
        <source>Show a&amp;ll</source>
        <translation>A&amp;lle zeigen</translation>
    </message>
    <message>
        <source>Show all notes</source>
        <translation>Alle Notizen zeigen</translation>
    </message>
    <message>
        <source>No notes yet. Your dated notes and ratings about vendors gather here, newest first.</source>
        <translation>Noch keine Notizen. Ihre datierten Notizen und Bewertungen zu Anbietern sammeln sich hier, die neuesten zuerst.</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Alle Schlagwörter</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>Ich</translation>
    </message>
    <message>
        <source>no notes match</source>
        <translation>keine passenden Notizen</translation>
    </message>
    <message>
        <source>1 note</source>
        <translation>1 Notiz</translation>
    </message>
    <message>
        <source>%s notes</source>
        <translation>%s Notizen</translation>
    </message>
</context>
<context>
    <name>RequestsPage</name>
    <message>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>No requests yet. A request says what you want, anonymously, and lets vendors answer it.</source>
        <translation>Noch keine Anfragen. Eine Anfrage sagt anonym, was Sie suchen, und lässt Anbieter darauf antworten.</translation>
    </message>
    <message>
        <source>the newest %d</source>
        <translation>die neuesten %d</translation>
    </message>
    <message>
        <source>1 request</source>
        <translation>1 Anfrage</translation>
    </message>
    <message>
        <source>%d requests</source>
        <translation>%d Anfragen</translation>
    </message>
    <message>
        <source>no offers</source>
        <translation>keine Angebote</translation>
    </message>
    <message>
        <source>1 offer</source>
        <translation>1 Angebot</translation>
    </message>
    <message>
        <source>%d offers</source>
        <translation>%d Angebote</translation>
    </message>
    <message>
        <source>needed by %s</source>
        <translation>benötigt bis %s</translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <source>Search (Ctrl+K)</source>
        <translation>Suchen (Strg+K)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Keine Treffer</translation>
    </message>
</context>
<context>
    <name>SearchPopup</name>
    <message>
        <source>Search results</source>
        <translation>Suchergebnisse</translation>
    </message>
</context>
<context>
    <name>SettingsActions</name>
    <message>
        <source>Remembering this vault on this device…</source>
        <translation>Dieses Gerät merkt sich den Tresor …</translation>
    </message>
    <message>
        <source>Forgetting this device…</source>
        <translation>Dieses Gerät wird vergessen …</translation>
    </message>
    <message>
        <source>Protecting the vault&apos;s key at the new strength…</source>
        <translation>Der Schlüssel des Tresors wird mit der neuen Stärke geschützt …</translation>
    </message>
    <message>
        <source>Done: the passphrase now protects the key at “%s”.</source>
        <translation>Fertig: Die Passphrase schützt den Schlüssel jetzt mit „%s“.</translation>
    </message>
    <message>
        <source>That is not the current passphrase.</source>
        <translation>Das ist nicht die aktuelle Passphrase.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Kept on this device, for every vault; used before unlocking too.</source>
        <translation>Auf diesem Gerät gespeichert, für jeden Tresor; gilt schon vor dem Entsperren.</translation>
    </message>
    <message>
        <source>Kept in this vault (%s).</source>
        <translation>In diesem Tresor gespeichert (%s).</translation>
    </message>
    <message>
        <source>Kept in this vault.</source>
        <translation>In diesem Tresor gespeichert.</translation>
    </message>
    <message>
        <source>Next to the vault: %s</source>
        <translation>Neben dem Tresor: %s</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>This device</source>
        <translation>Dieses Gerät</translation>
    </message>
    <message>
        <source>&amp;Remember this vault on this device</source>
        <translation>Diesen Tresor auf diesem Gerät &amp;merken</translation>
    </message>
    <message>
        <source>Remember this vault on this device</source>
        <translation>Diesen Tresor auf diesem Gerät merken</translation>
    </message>
    <message>
        <source>Checking the system keyring…</source>
        <translation>Der Schlüsselbund des Systems wird geprüft …</translation>
    </message>
    <message>
        <source>Key strength</source>
        <translation>Schlüsselstärke</translation>
    </message>
    <message>
        <source>How much work turns your passphrase into the vault&apos;s key. Stronger makes every guess at your passphrase slower, and unlocking too. Kept in the vault&apos;s key envelope.</source>
        <translation>Wie viel Rechenarbeit aus Ihrer Passphrase den Schlüssel des Tresors macht. Stärker macht jeden Rateversuch an Ihrer Passphrase langsamer, das Entsperren aber auch. Gespeichert im Schlüsselumschlag des Tresors.</translation>
    </message>
    <message>
        <source>S&amp;trength:</source>
        <translation>S&amp;tärke:</translation>
    </message>
    <message>
        <source>A&amp;pply…</source>
        <translation>Über&amp;nehmen …</translation>
    </message>
    <message>
        <source>Apply the key strength</source>
        <translation>Die Schlüsselstärke übernehmen</translation>
    </message>
    <message>
        <source>Now: Argon2id with %d MiB of memory, %d passes, %d lanes.</source>
        <translation>Jetzt: Argon2id mit %d MiB Speicher, %d Durchläufen, %d Spuren.</translation>
    </message>
    <message>
        <source>Bac&amp;k up now</source>
        <translation>&amp;Jetzt sichern</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Jetzt sichern</translation>
    </message>
    <message>
        <source>Back up now, with the settings saved so far</source>
        <translation>Jetzt sichern; speichert zuerst die Sicherungseinstellungen oben</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Wird gesichert …</translation>
    </message>
    <message>
        <source>Backed up to %s</source>
        <translation>Gesichert in %s</translation>
    </message>
    <message>
        <source>Keeps a device key in the system keyring so that this computer opens the vault without the passphrase. The passphrase itself is never stored.</source>
        <translation>Legt einen Geräteschlüssel im Schlüsselbund des Systems ab, damit dieser Computer den Tresor ohne Passphrase öffnet. Die Passphrase selbst wird nie gespeichert.</translation>
    </message>
</context>
<context>
    <name>Strength</name>
    <message>
        <source>very weak</source>
        <translation>sehr schwach</translation>
    </message>
    <message>
        <source>weak</source>
        <translation>schwach</translation>
    </message>
    <message>
        <source>fair</source>
        <translation>mittel</translation>
    </message>
    <message>
        <source>strong</source>
        <translation>stark</translation>
    </message>
    <message>
        <source>very strong</source>
        <translation>sehr stark</translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <source>Passphrase strength</source>
        <translation>Stärke der Passphrase</translation>
    </message>
    <message>
        <source>Strength: %s</source>
        <translation>Stärke: %s</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Stärke</translation>
    </message>
    <message>
        <source>A few unrelated words are easy to remember and hard to guess.</source>
        <translation>Ein paar Wörter ohne Zusammenhang sind leicht zu merken und schwer zu erraten.</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <source>Unlock your vault</source>
        <translation>Ihren Tresor entsperren</translation>
    </message>
    <message>
        <source>Vault: %s</source>
        <translation>Tresor: %s</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Passphrase</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Forgot it? Use recovery key…</source>
        <translation>Vergessen? Wiederherstellungsschlüssel verwenden …</translation>
    </message>
    <message>
        <source>Use recovery key</source>
        <translation>Wiederherstellungsschlüssel verwenden</translation>
    </message>
    <message>
        <source>&amp;Remember on this device</source>
        <translation>Auf diesem Gerät &amp;merken</translation>
    </message>
    <message>
        <source>Checking the system keyring…</source>
        <translation>Der Schlüsselbund des Systems wird geprüft …</translation>
    </message>
    <message>
        <source>Unlock with this &amp;device</source>
        <translation>Mit diesem &amp;Gerät entsperren</translation>
    </message>
    <message>
        <source>This device remembers the vault: no passphrase needed.</source>
        <translation>Dieses Gerät merkt sich den Tresor: keine Passphrase nötig.</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Entsperren</translation>
    </message>
    <message>
        <source>Open another vault…</source>
        <translation>Einen anderen Tresor öffnen …</translation>
    </message>
    <message>
        <source>Open another vault</source>
        <translation>Einen anderen Tresor öffnen</translation>
    </message>
    <message>
        <source>Create a new vault…</source>
        <translation>Einen neuen Tresor anlegen …</translation>
    </message>
    <message>
        <source>Create a new vault</source>
        <translation>Einen neuen Tresor anlegen</translation>
    </message>
</context>
<context>
    <name>UnlockWindow</name>
    <message>
        <source>MyVendors — locked</source>
        <translation>MyVendors – gesperrt</translation>
    </message>
    <message>
        <source>Keep a key in this computer&apos;s keyring so that the vault opens without typing the passphrase. The passphrase itself is never stored.</source>
        <translation>Einen Schlüssel im Schlüsselbund dieses Computers ablegen, damit sich der Tresor ohne Eingabe der Passphrase öffnet. Die Passphrase selbst wird nie gespeichert.</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Wird entsperrt …</translation>
    </message>
    <message>
        <source>Restore this backup</source>
        <translation>Diese Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>A good backup was found: %s. Restoring it keeps the damaged files aside.</source>
        <translation>Eine intakte Sicherung wurde gefunden: %s. Beim Wiederherstellen werden die beschädigten Dateien beiseitegelegt.</translation>
    </message>
    <message>
        <source>Type your passphrase, then choose “Restore this backup” again.</source>
        <translation>Geben Sie Ihre Passphrase ein und wählen Sie dann erneut „Diese Sicherung wiederherstellen“.</translation>
    </message>
    <message>
        <source>Open a vault</source>
        <translation>Einen Tresor öffnen</translation>
    </message>
    <message>
        <source>MyVendors vaults (*.myvendors);;All files (*)</source>
        <translation>MyVendors-Tresore (*.myvendors);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Create a new vault</source>
        <translation>Einen neuen Tresor anlegen</translation>
    </message>
    <message>
        <source>New vault.myvendors</source>
        <translation>Neuer Tresor.myvendors</translation>
    </message>
    <message>
        <source>MyVendors vaults (*.myvendors)</source>
        <translation>MyVendors-Tresore (*.myvendors)</translation>
    </message>
</context>
<context>
    <name>VendorTableModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>Ansehen</translation>
    </message>
    <message>
        <source>Next renewal</source>
        <translation>Nächste Verlängerung</translation>
    </message>
    <message>
        <source>Yearly cost</source>
        <translation>Kosten pro Jahr</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Former</source>
        <translation>Ehemalig</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Gesperrt</translation>
    </message>
</context>
<context>
    <name>VendorsPane</name>
    <message>
        <source>Vendors</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Add vendor…</source>
        <translation>Anbieter hinzufügen …</translation>
    </message>
    <message>
        <source>Add vendor</source>
        <translation>Anbieter hinzufügen</translation>
    </message>
    <message>
        <source>Show vendors by status</source>
        <translation>Anbieter nach Status zeigen</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Former</source>
        <translation>Ehemalig</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>Sort vendors</source>
        <translation>Anbieter sortieren</translation>
    </message>
    <message>
        <source>Name A–Z</source>
        <translation>Name A–Z</translation>
    </message>
    <message>
        <source>Name Z–A</source>
        <translation>Name Z–A</translation>
    </message>
    <message>
        <source>Recently updated</source>
        <translation>Zuletzt geändert</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>S&amp;ort:</source>
        <translation>S&amp;ortierung:</translation>
    </message>
    <message>
        <source>No vendors yet</source>
        <translation>Noch keine Anbieter</translation>
    </message>
    <message>
        <source>Add the companies you deal with: shops, banks, utilities, subscriptions.</source>
        <translation>Fügen Sie die Firmen hinzu, mit denen Sie zu tun haben: Geschäfte, Banken, Versorger, Abos.</translation>
    </message>
    <message>
        <source>1 vendor</source>
        <translation>1 Anbieter</translation>
    </message>
    <message>
        <source>%d vendors</source>
        <translation>%d Anbieter</translation>
    </message>
</context>
<context>
    <name>search</name>
    <message>
        <source>Vendors</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Vereinbarungen</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>Offers</source>
        <translation>Angebote</translation>
    </message>
</context>
<context>
    <name>settings</name>
    <message>
        <source>Standard (about ¾ s to unlock)</source>
        <translation>Standard (etwa ¾ s zum Entsperren)</translation>
    </message>
    <message>
        <source>Strong (about 2 s to unlock)</source>
        <translation>Stark (etwa 2 s zum Entsperren)</translation>
    </message>
    <message>
        <source>Maximum (about 4 s to unlock)</source>
        <translation>Maximal (etwa 4 s zum Entsperren)</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Erscheinungsbild</translation>
    </message>
    <message>
        <source>Lock after idle (minutes)</source>
        <translation>Sperren nach Inaktivität (Minuten)</translation>
    </message>
    <message>
        <source>Lock the vault when there has been no keyboard or mouse activity for this long. 0 turns it off.</source>
        <translation>Den Tresor sperren, wenn so lange weder Tastatur noch Maus benutzt wurden. 0 schaltet das aus.</translation>
    </message>
    <message>
        <source>Clear the clipboard after (seconds)</source>
        <translation>Zwischenablage leeren nach (Sekunden)</translation>
    </message>
    <message>
        <source>Secrets that MyVendors copies are wiped from the clipboard after this long, unless something else was copied since. 0 (Off): only when the vault locks or MyVendors quits.</source>
        <translation>Geheimnisse, die MyVendors kopiert, werden nach dieser Zeit aus der Zwischenablage gelöscht, sofern seitdem nichts anderes kopiert wurde. 0 (Aus): erst wenn der Tresor gesperrt oder MyVendors beendet wird.</translation>
    </message>
    <message>
        <source>Backups to keep</source>
        <translation>Aufzubewahrende Sicherungen</translation>
    </message>
    <message>
        <source>How many backups of this vault to keep; older ones are deleted after each new backup.</source>
        <translation>Wie viele Sicherungen dieses Tresors aufbewahrt werden; ältere werden nach jeder neuen Sicherung gelöscht.</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Sicherungsordner</translation>
    </message>
    <message>
        <source>Backups go into a folder named after the vault inside this one. Empty: the “backups” folder next to the vault file.</source>
        <translation>Sicherungen kommen in einen nach dem Tresor benannten Ordner darin. Leer: der Ordner „backups“ neben der Tresordatei.</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Farbschema</translation>
    </message>
    <message>
        <source>Light or dark, or follow what the operating system uses.</source>
        <translation>Hell oder dunkel, oder wie im Betriebssystem eingestellt.</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>The language of menus and windows. It changes the next time MyVendors starts.</source>
        <translation>Die Sprache von Menüs und Fenstern. Sie ändert sich beim nächsten Start von MyVendors.</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>Delete %s</source>
        <translation>%s löschen</translation>
    </message>
</context>
</TS>
