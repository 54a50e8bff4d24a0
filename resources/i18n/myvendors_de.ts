<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AcceptOfferDialog</name>
    <message>
        <source>Accept offer</source>
        <translation>Angebot annehmen</translation>
    </message>
    <message>
        <source>no stated price</source>
        <translation>ohne Preisangabe</translation>
    </message>
    <message>
        <source>Accept the offer from %s (%s)?</source>
        <translation>Das Angebot von %s (%s) annehmen?</translation>
    </message>
    <message>
        <source>“%s” becomes fulfilled and takes no more offers. This cannot be undone.</source>
        <translation>„%s“ gilt dann als erfüllt und nimmt keine Angebote mehr an. Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>An “offer accepted” entry goes on %s’s timeline.</source>
        <translation>Im Verlauf von %s wird ein Eintrag „Angebot angenommen“ vermerkt.</translation>
    </message>
    <message>
        <source>%s is already in your vault as %s: the offer is linked to that vendor, with an “offer accepted” entry on its timeline.</source>
        <translation>%s ist schon als %s in Ihrem Tresor: Das Angebot wird diesem Anbieter zugeordnet, mit einem Eintrag „Angebot angenommen“ in seinem Verlauf.</translation>
    </message>
    <message>
        <source>%s is not in your vault yet: it is added as a vendor, with an “offer accepted” entry on its timeline.</source>
        <translation>%s ist noch nicht in Ihrem Tresor: Er wird als Anbieter hinzugefügt, mit einem Eintrag „Angebot angenommen“ in seinem Verlauf.</translation>
    </message>
    <message numerus="yes">
        <source>The other offers stay recorded as they are (%n).</source>
        <translation>
            <numerusform>Das andere Angebot bleibt unverändert erfasst (%n).</numerusform>
            <numerusform>Die anderen Angebote bleiben unverändert erfasst (%n).</numerusform>
        </translation>
    </message>
    <message>
        <source>Name of the new vendor</source>
        <translation>Name des neuen Anbieters</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>This offer was valid until %s. Make sure it still stands.</source>
        <translation>Dieses Angebot galt bis %s. Vergewissern Sie sich, dass es noch gilt.</translation>
    </message>
    <message>
        <source>&amp;Accept offer</source>
        <translation>Angebot &amp;annehmen</translation>
    </message>
</context>
<context>
    <name>AddContactDialog</name>
    <message>
        <source>Add a trusted contact</source>
        <translation>Eine Vertrauensperson hinzufügen</translation>
    </message>
    <message>
        <source>A trusted contact is someone whose notes about vendors you want beside your own. Ask them for their key: in MyVendors they choose Trusted contacts ▸ Export my key… and send you the file, or show you the QR code.</source>
        <translation>Eine Vertrauensperson ist jemand, dessen Notizen über Anbieter Sie neben Ihren eigenen sehen möchten. Bitten Sie sie um ihren Schlüssel: In MyVendors wählt sie Vertrauenspersonen ▸ Meinen Schlüssel zeigen … und schickt Ihnen die Datei oder zeigt Ihnen den QR-Code.</translation>
    </message>
    <message>
        <source>Open a key &amp;file…</source>
        <translation>Schlüssel&amp;datei öffnen …</translation>
    </message>
    <message>
        <source>Open a key file</source>
        <translation>Schlüsseldatei öffnen</translation>
    </message>
    <message>
        <source>Open a &amp;QR code image…</source>
        <translation>Bild eines &amp;QR-Codes öffnen …</translation>
    </message>
    <message>
        <source>Open a photo or screenshot of their QR code</source>
        <translation>Ein Foto oder Bildschirmfoto ihres QR-Codes öffnen</translation>
    </message>
    <message>
        <source>A photo or screenshot of the QR code on their screen (PNG or JPEG)</source>
        <translation>Ein Foto oder Bildschirmfoto des QR-Codes auf ihrem Bildschirm (PNG oder JPEG)</translation>
    </message>
    <message>
        <source>Their key, pasted</source>
        <translation>Ihr Schlüssel, eingefügt</translation>
    </message>
    <message>
        <source>…or paste their key here ({&quot;format&quot;: &quot;myvendors-contact-key&quot;, …})</source>
        <translation>… oder fügen Sie ihren Schlüssel hier ein ({&quot;format&quot;: &quot;myvendors-contact-key&quot;, …})</translation>
    </message>
    <message>
        <source>&amp;Paste their key:</source>
        <translation>Schlüssel &amp;einfügen:</translation>
    </message>
    <message>
        <source>The key&apos;s numbers to compare</source>
        <translation>Die Zahlen des Schlüssels zum Vergleichen</translation>
    </message>
    <message>
        <source>Contact&apos;s name</source>
        <translation>Name der Vertrauensperson</translation>
    </message>
    <message>
        <source>As you call them</source>
        <translation>Wie Sie sie nennen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>How much do you trust their judgement of vendors?</source>
        <translation>Wie sehr vertrauen Sie ihrem Urteil über Anbieter?</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Add the contact</source>
        <translation>Die Vertrauensperson hinzufügen</translation>
    </message>
    <message>
        <source>Their key file</source>
        <translation>Ihre Schlüsseldatei</translation>
    </message>
    <message>
        <source>Contact keys (*.json *.jwk *.txt);;All files (*)</source>
        <translation>Schlüssel von Vertrauenspersonen (*.json *.jwk *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>An image of their QR code</source>
        <translation>Ein Bild ihres QR-Codes</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg);;All files (*)</source>
        <translation>Bilder (*.png *.jpg *.jpeg);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Read from %s.</source>
        <translation>Aus %s gelesen.</translation>
    </message>
    <message>
        <source>them</source>
        <translation>sie</translation>
    </message>
    <message>
        <source>Call %s (or meet) and read these numbers to each other: they must be the ones on their screen under Export my key. If one digit differs, do not add this key: it may come from someone else.</source>
        <translation>Rufen Sie %s an (oder treffen Sie sich) und lesen Sie einander diese Zahlen vor: Es müssen die auf ihrem Bildschirm unter „Meinen Schlüssel zeigen“ sein. Weicht eine Ziffer ab, fügen Sie diesen Schlüssel nicht hinzu: Er kann von jemand anderem stammen.</translation>
    </message>
</context>
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
    <name>AgreementDialog</name>
    <message>
        <source>Edit agreement</source>
        <translation>Vereinbarung bearbeiten</translation>
    </message>
    <message>
        <source>Add agreement</source>
        <translation>Vereinbarung hinzufügen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>e.g. the plan&apos;s name</source>
        <translation>z. B. der Name des Tarifs</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Billing period</source>
        <translation>Abrechnungszeitraum</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation>Verlängerung</translation>
    </message>
    <message>
        <source>Notice period in days</source>
        <translation>Kündigungsfrist in Tagen</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Cancel by</source>
        <translation>Kündigen bis</translation>
    </message>
    <message>
        <source>Left empty, it is worked out from the renewal date and the notice period.</source>
        <translation>Leer gelassen, wird es aus dem Verlängerungsdatum und der Kündigungsfrist berechnet.</translation>
    </message>
    <message>
        <source>Free trial ends</source>
        <translation>Testphase endet</translation>
    </message>
    <message>
        <source>The last day of a free trial, so you are reminded before it is billed.</source>
        <translation>Der letzte Tag einer kostenlosen Testphase – damit Sie erinnert werden, bevor abgerechnet wird.</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>contract or customer number</source>
        <translation>Vertrags- oder Kundennummer</translation>
    </message>
    <message>
        <source>The contract or customer number a cancellation letter quotes.</source>
        <translation>Die Vertrags- oder Kundennummer, die ein Kündigungsschreiben nennt.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Art</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>&amp;Price</source>
        <translation>&amp;Preis</translation>
    </message>
    <message>
        <source>St&amp;art</source>
        <translation>Be&amp;ginn</translation>
    </message>
    <message>
        <source>&amp;End</source>
        <translation>&amp;Ende</translation>
    </message>
    <message>
        <source>&amp;Renewal</source>
        <translation>&amp;Verlängerung</translation>
    </message>
    <message>
        <source>N&amp;otice</source>
        <translation>&amp;Kündigungsfrist</translation>
    </message>
    <message>
        <source>Cancel &amp;by</source>
        <translation>Kündigen &amp;bis</translation>
    </message>
    <message>
        <source>Free tr&amp;ial ends</source>
        <translation>Testphase en&amp;det</translation>
    </message>
    <message>
        <source>Re&amp;ference</source>
        <translation>&amp;Referenz</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notizen</translation>
    </message>
</context>
<context>
    <name>AgreementsModel</name>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>Yearly cost</source>
        <translation>Kosten pro Jahr</translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation>Verlängerung</translation>
    </message>
    <message>
        <source>Cancel by</source>
        <translation>Kündigen bis</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Trial ends</source>
        <translation>Testphase endet</translation>
    </message>
</context>
<context>
    <name>AgreementsTab</name>
    <message>
        <source>Agreements</source>
        <translation>Vereinbarungen</translation>
    </message>
    <message>
        <source>&amp;Add agreement…</source>
        <translation>&amp;Vereinbarung hinzufügen …</translation>
    </message>
    <message>
        <source>Add agreement</source>
        <translation>Vereinbarung hinzufügen</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>Bearbeit&amp;en …</translation>
    </message>
    <message>
        <source>Edit agreement</source>
        <translation>Vereinbarung bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Delete agreement</source>
        <translation>Vereinbarung löschen</translation>
    </message>
    <message>
        <source>Delete the selected agreement (Delete); Undo brings it back</source>
        <translation>Die ausgewählte Vereinbarung löschen (Entf); „Rückgängig“ holt sie zurück</translation>
    </message>
    <message>
        <source>Cancellation &amp;letter…</source>
        <translation>Kündigungs&amp;schreiben …</translation>
    </message>
    <message>
        <source>Cancellation letter</source>
        <translation>Kündigungsschreiben</translation>
    </message>
    <message>
        <source>Write the selected agreement&apos;s cancellation letter: text, e-mail or PDF, with the date it must arrive by</source>
        <translation>Das Kündigungsschreiben der ausgewählten Vereinbarung verfassen: als Text, E-Mail oder PDF, mit dem Tag, bis zu dem es ankommen muss</translation>
    </message>
    <message>
        <source>Price rise: %1 — %2 → %3 since %4 (seen in the payments).</source>
        <translation>Preiserhöhung: %1 — %2 → %3 seit %4 (in den Zahlungen gesehen).</translation>
    </message>
    <message>
        <source>Delete agreement %s</source>
        <translation>Vereinbarung %s löschen</translation>
    </message>
</context>
<context>
    <name>AliasDialog</name>
    <message>
        <source>Add an alias for %s</source>
        <translation>Alias für %s anlegen</translation>
    </message>
    <message>
        <source>Add alias</source>
        <translation>Alias anlegen</translation>
    </message>
    <message>
        <source>An address you give to %s alone: a plus-address of your e-mail (you+name@…), an address at a catch-all domain of yours, or a phone number. If anyone else uses it, %s passed it on.</source>
        <translation>Eine Adresse, die nur %s von Ihnen bekommt: eine Plus-Adresse Ihrer E-Mail (sie+name@…), eine Adresse an einer Catch-all-Domain von Ihnen oder eine Telefonnummer. Benutzt sie jemand anderes, hat %s sie weitergegeben.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>you+name@mail.example, or +49 170 1234567</source>
        <translation>sie+name@mail.example oder +49 170 1234567</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>Ar&amp;t:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;otiz:</translation>
    </message>
</context>
<context>
    <name>AliasesModel</name>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Vergeben</translation>
    </message>
    <message>
        <source>Leaks</source>
        <translation>Lecks</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>%s, in a package</source>
        <translation>%s, in einem Paket</translation>
    </message>
    <message>
        <source>%d (%d open)</source>
        <translation>%d (%d offen)</translation>
    </message>
    <message>
        <source>Retired %s</source>
        <translation>Ausgemustert am %s</translation>
    </message>
</context>
<context>
    <name>AliasesTab</name>
    <message>
        <source>Give a vendor an address of its own (you+name@…) or a phone number no one else has. If anyone else uses it, the vendor passed your data on: record it here, as evidence.</source>
        <translation>Geben Sie einem Anbieter eine eigene Adresse (sie+name@…) oder eine Telefonnummer, die sonst niemand hat. Benutzt sie jemand anderes, hat der Anbieter Ihre Daten weitergegeben: Halten Sie das hier als Beleg fest.</translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation>Aliasse</translation>
    </message>
    <message>
        <source>Leaks</source>
        <translation>Datenlecks</translation>
    </message>
    <message>
        <source>&amp;Add alias…</source>
        <translation>&amp;Alias anlegen …</translation>
    </message>
    <message>
        <source>Add alias</source>
        <translation>Alias anlegen</translation>
    </message>
    <message>
        <source>Re&amp;move alias</source>
        <translation>Alias &amp;entfernen</translation>
    </message>
    <message>
        <source>Remove alias</source>
        <translation>Alias entfernen</translation>
    </message>
    <message>
        <source>Forget the selected alias (one with leaks recorded stays: retire it)</source>
        <translation>Den gewählten Alias vergessen (einer mit erfassten Lecks bleibt: mustern Sie ihn aus)</translation>
    </message>
    <message>
        <source>Re&amp;tire alias</source>
        <translation>Alias ausm&amp;ustern</translation>
    </message>
    <message>
        <source>Retire alias</source>
        <translation>Alias ausmustern</translation>
    </message>
    <message>
        <source>Stop giving the selected alias out: it stays, greyed, with its leaks as evidence</source>
        <translation>Den gewählten Alias nicht mehr herausgeben: Er bleibt, ausgegraut, mit seinen Lecks als Beleg</translation>
    </message>
    <message>
        <source>Record a &amp;leak…</source>
        <translation>Daten&amp;leck erfassen …</translation>
    </message>
    <message>
        <source>Record a leak</source>
        <translation>Datenleck erfassen</translation>
    </message>
    <message>
        <source>&amp;Close leak</source>
        <translation>Leck s&amp;chließen</translation>
    </message>
    <message>
        <source>Close leak</source>
        <translation>Leck schließen</translation>
    </message>
    <message>
        <source>Close the selected leak when you have your answer; open it again later</source>
        <translation>Das gewählte Leck schließen, wenn Sie Ihre Antwort haben; später lässt es sich wieder öffnen</translation>
    </message>
    <message>
        <source>Show hea&amp;ders…</source>
        <translation>&amp;Kopfzeilen zeigen …</translation>
    </message>
    <message>
        <source>Show headers</source>
        <translation>Kopfzeilen zeigen</translation>
    </message>
    <message>
        <source>Ask them &amp;who they gave it to…</source>
        <translation>Fragen, an &amp;wen es ging …</translation>
    </message>
    <message>
        <source>Ask them who they gave it to</source>
        <translation>Fragen, an wen es ging</translation>
    </message>
    <message>
        <source>An access request (GDPR Art. 15(1)(c), CCPA §1798.110) naming the alias, when you gave it and when and by whom it was used: the share wizard opens with it</source>
        <translation>Ein Auskunftsersuchen (DSGVO Art. 15 Abs. 1 lit. c, CCPA §1798.110), das den Alias nennt, wann Sie ihn vergeben haben und wann und von wem er benutzt wurde: Der Assistent zum Teilen öffnet sich damit</translation>
    </message>
    <message>
        <source>Aliases given to this vendor alone</source>
        <translation>Aliasse, die nur dieser Anbieter hat</translation>
    </message>
    <message>
        <source>Leaks: someone else used one</source>
        <translation>Datenlecks: Jemand anderes hat einen benutzt</translation>
    </message>
    <message>
        <source>Put in &amp;use again</source>
        <translation>Wieder &amp;verwenden</translation>
    </message>
    <message>
        <source>Reo&amp;pen leak</source>
        <translation>Wie&amp;der öffnen</translation>
    </message>
    <message>
        <source>The headers were sent to %s, the alias of %s: the leak is recorded for %s.</source>
        <translation>Die Nachricht ging an %s, den Alias von %s: Das Leck ist bei %s erfasst.</translation>
    </message>
</context>
<context>
    <name>AnswerDialog</name>
    <message>
        <source>Import a vendor&apos;s answer</source>
        <translation>Antwort eines Anbieters importieren</translation>
    </message>
    <message>
        <source>An offer for one of your requests, or a vendor&apos;s acknowledgement of the terms you sent. It is checked first; nothing is kept until you import it.</source>
        <translation>Ein Angebot zu einer Ihrer Anfragen oder die Bestätigung eines Anbieters zu den Bedingungen, die Sie geschickt haben. Sie wird zuerst geprüft; nichts wird aufbewahrt, bevor Sie sie importieren.</translation>
    </message>
    <message>
        <source>&amp;Open a file…</source>
        <translation>Eine Datei ö&amp;ffnen …</translation>
    </message>
    <message>
        <source>Open a file with the answer</source>
        <translation>Eine Datei mit der Antwort öffnen</translation>
    </message>
    <message>
        <source>The answer, pasted</source>
        <translation>Die eingefügte Antwort</translation>
    </message>
    <message>
        <source>…or paste it here (eyJ…)</source>
        <translation>… oder hier einfügen (eyJ…)</translation>
    </message>
    <message>
        <source>&amp;Paste the document:</source>
        <translation>Das Dokument &amp;einfügen:</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <source>Check the answer</source>
        <translation>Die Antwort prüfen</translation>
    </message>
    <message>
        <source>What the answer holds</source>
        <translation>Was die Antwort enthält</translation>
    </message>
    <message>
        <source>The vendor&apos;s key</source>
        <translation>Der Schlüssel des Anbieters</translation>
    </message>
    <message>
        <source>&amp;Accept the new key: I know this vendor changed its key</source>
        <translation>Neuen Schlüssel &amp;annehmen: Ich weiß, dass dieser Anbieter seinen Schlüssel gewechselt hat</translation>
    </message>
    <message>
        <source>Accept the new key</source>
        <translation>Neuen Schlüssel annehmen</translation>
    </message>
    <message>
        <source>Only if the vendor told you, in a way you trust, that it has a new key. Otherwise the document may come from someone else using its name.</source>
        <translation>Nur wenn der Anbieter Ihnen auf einem Weg, dem Sie vertrauen, gesagt hat, dass er einen neuen Schlüssel hat. Sonst kann das Dokument von jemand anderem stammen, der seinen Namen benutzt.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Import the answer</source>
        <translation>Die Antwort importieren</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>The vendor&apos;s answer</source>
        <translation>Die Antwort des Anbieters</translation>
    </message>
    <message>
        <source>Signed documents (*.jws *.jwe *.jose *.txt);;All files (*)</source>
        <translation>Signierte Dokumente (*.jws *.jwe *.jose *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Could not read %s: %s</source>
        <translation>%s konnte nicht gelesen werden: %s</translation>
    </message>
    <message>
        <source>This is a package you sent, not an answer: there is nothing to import. Its signature checks out.</source>
        <translation>Das ist ein Paket, das Sie verschickt haben, keine Antwort: Es gibt nichts zu importieren. Seine Signatur ist gültig.</translation>
    </message>
    <message>
        <source>Signed by a new key for %s, not the one on file. Import it only if you know the vendor changed its key: the new key then replaces the old one, which your ledger keeps.</source>
        <translation>Mit einem neuen Schlüssel für %s signiert, nicht mit dem hinterlegten. Importieren Sie es nur, wenn Sie wissen, dass der Anbieter seinen Schlüssel gewechselt hat: Der neue Schlüssel ersetzt dann den alten, den Ihr Protokoll aufbewahrt.</translation>
    </message>
    <message>
        <source>The signature checks out and it answers a package you sent. Import it to keep it.</source>
        <translation>Die Signatur ist gültig, und sie antwortet auf ein Paket, das Sie verschickt haben. Importieren Sie sie, um sie aufzubewahren.</translation>
    </message>
    <message>
        <source>Refused (%s): %s Nothing was kept.</source>
        <translation>Abgelehnt (%s): %s Nichts wurde aufbewahrt.</translation>
    </message>
    <message>
        <source>malformed</source>
        <translation>fehlerhaft</translation>
    </message>
    <message>
        <source>encrypted-elsewhere</source>
        <translation>für jemand anderen verschlüsselt</translation>
    </message>
    <message>
        <source>decrypt</source>
        <translation>Entschlüsselung</translation>
    </message>
    <message>
        <source>signature</source>
        <translation>Signatur</translation>
    </message>
    <message>
        <source>schema</source>
        <translation>Schema</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <source>replay</source>
        <translation>schon importiert</translation>
    </message>
    <message>
        <source>unknown-package</source>
        <translation>unbekanntes Paket</translation>
    </message>
    <message>
        <source>recipient</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>key-mismatch</source>
        <translation>Schlüssel passt nicht</translation>
    </message>
    <message>
        <source>terms</source>
        <translation>Bedingungen</translation>
    </message>
    <message>
        <source>This vendor&apos;s key is new to you: importing puts it on file (trust on first use). Later documents from %s must be signed by it.</source>
        <translation>Der Schlüssel dieses Anbieters ist Ihnen neu: Beim Importieren wird er hinterlegt (Vertrauen beim ersten Kontakt). Spätere Dokumente von %s müssen damit signiert sein.</translation>
    </message>
    <message>
        <source>Signed by the key you have on file for %s.</source>
        <translation>Signiert mit dem Schlüssel, den Sie für %s hinterlegt haben.</translation>
    </message>
    <message>
        <source>A key change: importing puts this new key on file for %s in place of the old one (%s), which your ledger keeps as replaced.</source>
        <translation>Ein Schlüsselwechsel: Der Import hinterlegt diesen neuen Schlüssel für %s anstelle des alten (%s), den Ihr Protokoll als ersetzt aufbewahrt.</translation>
    </message>
    <message>
        <source>Signed by one of your own keys.</source>
        <translation>Mit einem Ihrer eigenen Schlüssel signiert.</translation>
    </message>
    <message>
        <source>An offer from %s</source>
        <translation>Ein Angebot von %s</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>(none given)</source>
        <translation>(keine Angabe)</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Konditionen</translation>
    </message>
    <message>
        <source>Valid through</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <source>A refusal of your terms from %s</source>
        <translation>Eine Ablehnung Ihrer Bedingungen von %s</translation>
    </message>
    <message>
        <source>An acknowledgement from %s</source>
        <translation>Eine Bestätigung von %s</translation>
    </message>
    <message>
        <source>Your terms</source>
        <translation>Ihre Bedingungen</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>angenommen</translation>
    </message>
    <message>
        <source>REFUSED</source>
        <translation>ABGELEHNT</translation>
    </message>
    <message>
        <source>Terms named</source>
        <translation>Genannte Bedingungen</translation>
    </message>
    <message>
        <source>Countersigns</source>
        <translation>Gegenzeichnet</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>A package you sent</source>
        <translation>Ein Paket, das Sie verschickt haben</translation>
    </message>
    <message>
        <source>In reply to</source>
        <translation>Antwort auf</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Ausgestellt</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>Encrypted to you</source>
        <translation>An Sie verschlüsselt</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Signing key</source>
        <translation>Signaturschlüssel</translation>
    </message>
    <message>
        <source>Imported the offer from %s; it is listed with its request.</source>
        <translation>Das Angebot von %s wurde importiert; es steht bei seiner Anfrage.</translation>
    </message>
    <message>
        <source>Imported %s&apos;s refusal of your terms.</source>
        <translation>Die Ablehnung Ihrer Bedingungen durch %s wurde importiert.</translation>
    </message>
    <message>
        <source>Imported %s&apos;s acknowledgement of your terms.</source>
        <translation>Die Bestätigung Ihrer Bedingungen durch %s wurde importiert.</translation>
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
        <source>Bringing the vault up to date…</source>
        <translation>Der Tresor wird aktualisiert …</translation>
    </message>
    <message>
        <source>This version of MyVendors brings the vault up to date, once; a backup is made first. A large vault takes a minute or two.</source>
        <translation>Diese Version von MyVendors bringt den Tresor einmalig auf den neuesten Stand; vorher wird eine Sicherung angelegt. Ein großer Tresor braucht ein, zwei Minuten.</translation>
    </message>
    <message>
        <source>%s Create a new vault or open another one below.</source>
        <translation>%s Legen Sie unten einen neuen Tresor an oder öffnen Sie einen anderen.</translation>
    </message>
</context>
<context>
    <name>AttachmentsModel</name>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
</context>
<context>
    <name>BundleDialog</name>
    <message>
        <source>Import a contact&apos;s notes</source>
        <translation>Notizen einer Vertrauensperson importieren</translation>
    </message>
    <message>
        <source>Notes a trusted contact sent you about vendors. They are checked first; nothing is kept until you import them, and they never change your own ratings.</source>
        <translation>Notizen über Anbieter, die Ihnen eine Vertrauensperson geschickt hat. Sie werden zuerst geprüft; nichts wird behalten, bevor Sie sie importieren, und sie ändern nie Ihre eigenen Bewertungen.</translation>
    </message>
    <message>
        <source>Who the notes are from</source>
        <translation>Von wem die Notizen sind</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Import the notes</source>
        <translation>Die Notizen importieren</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>&amp;Open a file…</source>
        <translation>Eine Datei ö&amp;ffnen …</translation>
    </message>
    <message>
        <source>Open a file with a contact&apos;s notes</source>
        <translation>Eine Datei mit Notizen einer Vertrauensperson öffnen</translation>
    </message>
    <message>
        <source>The notes, pasted</source>
        <translation>Die Notizen, eingefügt</translation>
    </message>
    <message>
        <source>…or paste them here (eyJ…)</source>
        <translation>… oder fügen Sie sie hier ein (eyJ…)</translation>
    </message>
    <message>
        <source>&amp;Paste the notes:</source>
        <translation>Notizen &amp;einfügen:</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <source>Check the notes</source>
        <translation>Die Notizen prüfen</translation>
    </message>
    <message>
        <source>The signing key&apos;s numbers</source>
        <translation>Die Zahlen des signierenden Schlüssels</translation>
    </message>
    <message>
        <source>A &amp;new contact:</source>
        <translation>Eine &amp;neue Person:</translation>
    </message>
    <message>
        <source>Add the key as a new contact</source>
        <translation>Den Schlüssel als neue Vertrauensperson hinzufügen</translation>
    </message>
    <message>
        <source>The new contact&apos;s name</source>
        <translation>Der Name der neuen Vertrauensperson</translation>
    </message>
    <message>
        <source>The new &amp;key of:</source>
        <translation>Der neue &amp;Schlüssel von:</translation>
    </message>
    <message>
        <source>The new key of one of your contacts</source>
        <translation>Der neue Schlüssel einer Ihrer Vertrauenspersonen</translation>
    </message>
    <message>
        <source>The contact who made a new key</source>
        <translation>Die Vertrauensperson mit dem neuen Schlüssel</translation>
    </message>
    <message>
        <source>Take it as &amp;decided</source>
        <translation>So &amp;übernehmen</translation>
    </message>
    <message>
        <source>Check the notes again with your decision</source>
        <translation>Die Notizen mit Ihrer Entscheidung erneut prüfen</translation>
    </message>
    <message>
        <source>Vendors matched to yours</source>
        <translation>Ihren Anbietern zugeordnete Anbieter</translation>
    </message>
    <message>
        <source>Say which of your vendors each one is, or that it is new to you.</source>
        <translation>Sagen Sie, welcher Ihrer Anbieter es jeweils ist, oder dass er Ihnen neu ist.</translation>
    </message>
    <message>
        <source>Vendors new to you</source>
        <translation>Anbieter, die Ihnen neu sind</translation>
    </message>
    <message>
        <source>Notes from a contact</source>
        <translation>Notizen einer Vertrauensperson</translation>
    </message>
    <message>
        <source>Signed notes (*.jws *.jwe *.txt);;All files (*)</source>
        <translation>Signierte Notizen (*.jws *.jwe *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Could not read %s: %s</source>
        <translation>%s konnte nicht gelesen werden: %s</translation>
    </message>
    <message>
        <source>You decided whose key it is. It is kept when you import the notes.</source>
        <translation>Sie haben entschieden, wessen Schlüssel es ist. Er wird behalten, wenn Sie die Notizen importieren.</translation>
    </message>
    <message>
        <source>Checked. Decide about the vendors marked unsure below, then import.</source>
        <translation>Geprüft. Entscheiden Sie unten über die unsicheren Anbieter, dann importieren Sie.</translation>
    </message>
    <message>
        <source>Checked with the key you took for %s: importing adds them to your trusted contacts with their notes.</source>
        <translation>Mit dem Schlüssel geprüft, den Sie für %s angenommen haben: Der Import nimmt die Person mit ihren Notizen in Ihre Vertrauenspersonen auf.</translation>
    </message>
    <message>
        <source>Checked with the new key you took for %s: importing replaces their old key.</source>
        <translation>Mit dem neuen Schlüssel geprüft, den Sie für %s angenommen haben: Der Import ersetzt den alten Schlüssel.</translation>
    </message>
    <message>
        <source>Checked: the signature is %s&apos;s. Import the notes to keep them.</source>
        <translation>Geprüft: Die Signatur stammt von %s. Importieren Sie die Notizen, um sie zu behalten.</translation>
    </message>
    <message>
        <source>You have a contact of that name. Give the new one another name, or, if they made a new key, choose &quot;The new key of&quot;.</source>
        <translation>Sie haben schon eine Vertrauensperson dieses Namens. Geben Sie der neuen einen anderen Namen oder wählen Sie „Der neue Schlüssel von“, falls sie einen neuen Schlüssel hat.</translation>
    </message>
    <message>
        <source>Not imported yet: decide whose key this is, or close.</source>
        <translation>Noch nicht importiert: Entscheiden Sie, wessen Schlüssel das ist, oder schließen Sie.</translation>
    </message>
    <message>
        <source>Not taken: %s</source>
        <translation>Nicht übernommen: %s</translation>
    </message>
    <message>
        <source>Refused: %s Nothing was kept.</source>
        <translation>Abgelehnt: %s Nichts wurde behalten.</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>jemandem</translation>
    </message>
    <message>
        <source>&lt;b&gt;These notes say they come from %s, but your key for %s did not sign them.&lt;/b&gt; Someone else may be using the name. Take them only if %s told you they made a new key: call them and compare these numbers with the ones under Export my key on their screen.</source>
        <translation>&lt;b&gt;Diese Notizen sagen, sie kämen von %s, aber Ihr Schlüssel für %s hat sie nicht signiert.&lt;/b&gt; Vielleicht benutzt jemand anderes den Namen. Übernehmen Sie sie nur, wenn %s Ihnen gesagt hat, dass es einen neuen Schlüssel gibt: Rufen Sie an und vergleichen Sie diese Zahlen mit denen unter „Meinen Schlüssel zeigen“ auf dem anderen Bildschirm.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Signed by a key none of your contacts has&lt;/b&gt; (the notes say they are from %s). Take them only if you know whose key it is: call them and compare these numbers with the ones under Export my key on their screen.</source>
        <translation>&lt;b&gt;Mit einem Schlüssel signiert, den keine Ihrer Vertrauenspersonen hat&lt;/b&gt; (die Notizen sagen, sie seien von %s). Übernehmen Sie sie nur, wenn Sie wissen, wessen Schlüssel es ist: Rufen Sie an und vergleichen Sie diese Zahlen mit denen unter „Meinen Schlüssel zeigen“ auf dem anderen Bildschirm.</translation>
    </message>
    <message>
        <source>From &lt;b&gt;%s&lt;/b&gt;, a new contact: the key is added with the notes.</source>
        <translation>Von &lt;b&gt;%s&lt;/b&gt;, einer neuen Vertrauensperson: Der Schlüssel wird mit den Notizen aufgenommen.</translation>
    </message>
    <message>
        <source>From &lt;b&gt;%s&lt;/b&gt;, signed by a new key: it replaces the one you have for them.</source>
        <translation>Von &lt;b&gt;%s&lt;/b&gt;, mit einem neuen Schlüssel signiert: Er ersetzt den, den Sie für sie haben.</translation>
    </message>
    <message>
        <source>From &lt;b&gt;%s&lt;/b&gt;: verified, signed by the key you have for them.</source>
        <translation>Von &lt;b&gt;%s&lt;/b&gt;: geprüft, signiert mit dem Schlüssel, den Sie für sie haben.</translation>
    </message>
    <message>
        <source>1 note</source>
        <translation>1 Notiz</translation>
    </message>
    <message>
        <source>%d notes</source>
        <translation>%d Notizen</translation>
    </message>
    <message>
        <source>about 1 vendor</source>
        <translation>über 1 Anbieter</translation>
    </message>
    <message>
        <source>about %d vendors</source>
        <translation>über %d Anbieter</translation>
    </message>
    <message>
        <source>written on %s.</source>
        <translation>geschrieben am %s.</translation>
    </message>
    <message>
        <source>Your vendors (%d)</source>
        <translation>Ihre Anbieter (%d)</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Keine.</translation>
    </message>
    <message>
        <source>Unsure (%d)</source>
        <translation>Unsicher (%d)</translation>
    </message>
    <message>
        <source>New to you (%d)</source>
        <translation>Neu für Sie (%d)</translation>
    </message>
    <message>
        <source>Which of your vendors is %s</source>
        <translation>Welcher Ihrer Anbieter %s ist</translation>
    </message>
    <message>
        <source>Your %s</source>
        <translation>Ihr %s</translation>
    </message>
    <message>
        <source>New to me</source>
        <translation>Neu für mich</translation>
    </message>
    <message>
        <source>you have newer notes from them: those are kept</source>
        <translation>Sie haben neuere Notizen von ihr: Die bleiben</translation>
    </message>
    <message>
        <source>Imported 1 note from %s.</source>
        <translation>1 Notiz von %s importiert.</translation>
    </message>
    <message>
        <source>Imported %d notes from %s.</source>
        <translation>%d Notizen von %s importiert.</translation>
    </message>
    <message>
        <source>1 of your vendors now shows their notes beside yours.</source>
        <translation>Bei 1 Ihrer Anbieter stehen ihre Notizen jetzt neben Ihren.</translation>
    </message>
    <message>
        <source>%d of your vendors now show their notes beside yours.</source>
        <translation>Bei %d Ihrer Anbieter stehen ihre Notizen jetzt neben Ihren.</translation>
    </message>
    <message>
        <source>1 vendor new to you is listed on the Trusted contacts page.</source>
        <translation>1 Anbieter, der Ihnen neu ist, steht auf der Seite Vertrauenspersonen.</translation>
    </message>
    <message>
        <source>%d vendors new to you are listed on the Trusted contacts page.</source>
        <translation>%d Anbieter, die Ihnen neu sind, stehen auf der Seite Vertrauenspersonen.</translation>
    </message>
    <message>
        <source>1 older note of theirs was replaced.</source>
        <translation>1 ältere Notiz von ihr wurde ersetzt.</translation>
    </message>
    <message>
        <source>%d older notes of theirs were replaced.</source>
        <translation>%d ältere Notizen von ihr wurden ersetzt.</translation>
    </message>
    <message>
        <source>On 1 vendor you had newer notes from them: those were kept.</source>
        <translation>Zu 1 Anbieter hatten Sie neuere Notizen von ihr: Die blieben.</translation>
    </message>
    <message>
        <source>On %d vendors you had newer notes from them: those were kept.</source>
        <translation>Zu %d Anbietern hatten Sie neuere Notizen von ihr: Die blieben.</translation>
    </message>
    <message>
        <source>%s is now one of your trusted contacts.</source>
        <translation>%s ist jetzt eine Ihrer Vertrauenspersonen.</translation>
    </message>
    <message>
        <source>Their new key replaces the old one.</source>
        <translation>Ihr neuer Schlüssel ersetzt den alten.</translation>
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
    <name>ComingUp</name>
    <message>
        <source>Dismiss</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Dis&amp;miss</source>
        <translation>Ver&amp;werfen</translation>
    </message>
    <message>
        <source>Dismiss the selected reminder</source>
        <translation>Die ausgewählte Erinnerung verwerfen</translation>
    </message>
    <message>
        <source>Dismiss the selected reminder (Delete); Undo brings it back</source>
        <translation>Die ausgewählte Erinnerung verwerfen (Entf); „Rückgängig“ holt sie zurück</translation>
    </message>
</context>
<context>
    <name>ComparisonModel</name>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>Against your budget</source>
        <translation>Im Vergleich zum Budget</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <source>Vendor standing</source>
        <translation>Ansehen des Anbieters</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Konditionen</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Erhalten</translation>
    </message>
    <message>
        <source>%s (not in your vault)</source>
        <translation>%s (nicht in Ihrem Tresor)</translation>
    </message>
    <message>
        <source>%s: accepted</source>
        <translation>%s: angenommen</translation>
    </message>
    <message>
        <source>%s
cheapest</source>
        <translation>%s
günstigstes</translation>
    </message>
</context>
<context>
    <name>Contacts</name>
    <message>
        <source>a little</source>
        <extracomment>what each trust level is called (translated by the app in the context &quot;Contacts&quot;)</extracomment>
        <translation>ein wenig</translation>
    </message>
    <message>
        <source>quite a lot</source>
        <translation>ziemlich</translation>
    </message>
    <message>
        <source>completely</source>
        <translation>völlig</translation>
    </message>
    <message>
        <source>Your vendor {vendor} has the same website ({host}) but another name.</source>
        <translation>Ihr Anbieter {vendor} hat dieselbe Website ({host}), aber einen anderen Namen.</translation>
    </message>
    <message>
        <source>{count} of your vendors have that website ({host}).</source>
        <translation>{count} Ihrer Anbieter haben diese Website ({host}).</translation>
    </message>
    <message>
        <source>Your vendor {vendor} has the same name but another website.</source>
        <translation>Ihr Anbieter {vendor} hat denselben Namen, aber eine andere Website.</translation>
    </message>
    <message>
        <source>{count} of your vendors have that name.</source>
        <translation>{count} Ihrer Anbieter haben diesen Namen.</translation>
    </message>
</context>
<context>
    <name>ContactsModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>Vertrauen</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Last notes written</source>
        <translation>Letzte Notizen vom</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>noch keine</translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <source>Trusted contacts</source>
        <translation>Vertrauenspersonen</translation>
    </message>
    <message>
        <source>Vendors new to you</source>
        <translation>Anbieter, die Ihnen neu sind</translation>
    </message>
    <message>
        <source>New to me</source>
        <translation>Neu für mich</translation>
    </message>
    <message>
        <source>Vendors your contacts wrote about that you do not have. Add one as a vendor to keep their notes beside yours.</source>
        <translation>Anbieter, über die Ihre Vertrauenspersonen geschrieben haben und die Sie nicht haben. Nehmen Sie einen als Anbieter auf, um ihre Notizen neben Ihren zu behalten.</translation>
    </message>
    <message>
        <source>No trusted contacts yet</source>
        <translation>Noch keine Vertrauenspersonen</translation>
    </message>
    <message>
        <source>A trusted contact is a friend or relative whose judgement of vendors you value: their notes show beside yours on each vendor, never mixed into your own ratings.

1. Exchange keys: send them your key (Export my key…), add theirs (Add contact…) and compare the numbers by phone.
2. Send each other notes: choose your notes about vendors (Send notes…) and import the ones they send you (Import notes…).</source>
        <translation>Eine Vertrauensperson ist jemand aus Freundeskreis oder Familie, dessen Urteil über Anbieter Sie schätzen: Ihre Notizen stehen bei jedem Anbieter neben Ihren, nie mit Ihren eigenen Bewertungen vermischt.

1. Schlüssel tauschen: Schicken Sie ihr Ihren Schlüssel (Meinen Schlüssel zeigen …), fügen Sie ihren hinzu (Person hinzufügen …) und vergleichen Sie die Zahlen am Telefon.
2. Einander Notizen schicken: Wählen Sie Ihre Notizen über Anbieter (Notizen schicken …) und importieren Sie die, die sie Ihnen schickt (Notizen importieren …).</translation>
    </message>
    <message>
        <source>&amp;Add contact…</source>
        <translation>Person hin&amp;zufügen …</translation>
    </message>
    <message>
        <source>Add a trusted contact</source>
        <translation>Eine Vertrauensperson hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Send notes…</source>
        <translation>Notizen &amp;schicken …</translation>
    </message>
    <message>
        <source>Send a contact your notes about vendors, signed</source>
        <translation>Einer Vertrauensperson Ihre Notizen über Anbieter schicken, signiert</translation>
    </message>
    <message>
        <source>I&amp;mport notes…</source>
        <translation>Notizen i&amp;mportieren …</translation>
    </message>
    <message>
        <source>Import the notes a contact sent you</source>
        <translation>Die Notizen importieren, die Ihnen eine Vertrauensperson geschickt hat</translation>
    </message>
    <message>
        <source>E&amp;xport my key…</source>
        <translation>Meinen Sch&amp;lüssel zeigen …</translation>
    </message>
    <message>
        <source>Show and save your key for a contact</source>
        <translation>Ihren Schlüssel für eine Vertrauensperson zeigen und speichern</translation>
    </message>
    <message>
        <source>Change &amp;trust…</source>
        <translation>&amp;Vertrauen ändern …</translation>
    </message>
    <message>
        <source>Change how much you trust the selected contact</source>
        <translation>Ändern, wie sehr Sie der gewählten Person vertrauen</translation>
    </message>
    <message>
        <source>Rem&amp;ove</source>
        <translation>Entfern&amp;en</translation>
    </message>
    <message>
        <source>Remove the selected contact</source>
        <translation>Die gewählte Vertrauensperson entfernen</translation>
    </message>
    <message>
        <source>Add as ven&amp;dor</source>
        <translation>Als &amp;Anbieter hinzufügen</translation>
    </message>
    <message>
        <source>Add the selected vendor to your vendors</source>
        <translation>Den gewählten Anbieter zu Ihren Anbietern hinzufügen</translation>
    </message>
    <message>
        <source>1 contact</source>
        <translation>1 Person</translation>
    </message>
    <message>
        <source>%d contacts</source>
        <translation>%d Personen</translation>
    </message>
    <message>
        <source>Notes from a contact</source>
        <translation>Notizen einer Vertrauensperson</translation>
    </message>
    <message>
        <source>Signed notes (*.jws *.txt);;All files (*)</source>
        <translation>Signierte Notizen (*.jws *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Their 1 note goes with them.</source>
        <translation>Ihre 1 Notiz geht mit.</translation>
    </message>
    <message>
        <source>Their %d notes go with them.</source>
        <translation>Ihre %d Notizen gehen mit.</translation>
    </message>
    <message>
        <source>You have no notes from them.</source>
        <translation>Sie haben keine Notizen von ihr.</translation>
    </message>
    <message>
        <source>Remove contact</source>
        <translation>Vertrauensperson entfernen</translation>
    </message>
    <message>
        <source>Remove %s from your trusted contacts?</source>
        <translation>%s aus Ihren Vertrauenspersonen entfernen?</translation>
    </message>
    <message>
        <source>Your own notes stay. This cannot be undone; to read their notes again, add them and import their notes anew.</source>
        <translation>Ihre eigenen Notizen bleiben. Das lässt sich nicht rückgängig machen; um ihre Notizen wieder zu lesen, fügen Sie die Person erneut hinzu und importieren ihre Notizen neu.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Add as vendor</source>
        <translation>Als Anbieter hinzufügen</translation>
    </message>
</context>
<context>
    <name>ContentPage</name>
    <message>
        <source>What goes</source>
        <translation>Was mitgeht</translation>
    </message>
    <message>
        <source>Tick exactly what to share. Nothing unticked leaves this computer.</source>
        <translation>Kreuzen Sie genau an, was Sie teilen. Nichts, was nicht angekreuzt ist, verlässt diesen Computer.</translation>
    </message>
    <message>
        <source>&amp;Tick what goes:</source>
        <translation>&amp;Ankreuzen, was mitgeht:</translation>
    </message>
    <message>
        <source>Edit your &amp;profile…</source>
        <translation>Ihr &amp;Profil bearbeiten …</translation>
    </message>
    <message>
        <source>Edit your profile</source>
        <translation>Ihr Profil bearbeiten</translation>
    </message>
    <message>
        <source>Remember the real details ticked as what this vendor may see</source>
        <translation>Die angekreuzten echten Angaben als das merken, was dieser Anbieter sehen darf</translation>
    </message>
    <message>
        <source>The vendor gets this address instead of your own e-mail, and only this vendor. If anyone else ever writes to it, you know who passed it on. Your mail provider must deliver mail for it to you.</source>
        <translation>Der Anbieter bekommt diese Adresse statt Ihrer eigenen E-Mail, und nur er. Schreibt je jemand anderes an sie, wissen Sie, wer sie weitergegeben hat. Ihr E-Mail-Anbieter muss Post an sie Ihnen zustellen.</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <source>It is an &amp;idea rather than feedback</source>
        <translation>Es ist eher eine &amp;Idee als Feedback</translation>
    </message>
    <message>
        <source>It is an idea</source>
        <translation>Es ist eine Idee</translation>
    </message>
    <message>
        <source>Sub&amp;ject:</source>
        <translation>&amp;Betreff:</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>Te&amp;xt:</translation>
    </message>
    <message>
        <source>Law</source>
        <translation>Gesetz</translation>
    </message>
    <message>
        <source>GDPR (EU, UK): an answer within a month</source>
        <translation>DSGVO (EU, UK): eine Antwort innerhalb eines Monats</translation>
    </message>
    <message>
        <source>CCPA (California): an answer within 45 days</source>
        <translation>CCPA (Kalifornien): eine Antwort innerhalb von 45 Tagen</translation>
    </message>
    <message>
        <source>A paragraph of your own</source>
        <translation>Ein eigener Absatz</translation>
    </message>
    <message>
        <source>Optional: added to the letter as you write it</source>
        <translation>Optional: wird so, wie Sie ihn schreiben, an das Schreiben angefügt</translation>
    </message>
    <message>
        <source>&amp;Law:</source>
        <translation>&amp;Gesetz:</translation>
    </message>
    <message>
        <source>&amp;Add a paragraph:</source>
        <translation>Eigener Ab&amp;satz:</translation>
    </message>
    <message>
        <source>(not in your profile)</source>
        <translation>(nicht in Ihrem Profil)</translation>
    </message>
    <message>
        <source>Your details, for %s</source>
        <translation>Ihre Angaben, für %s</translation>
    </message>
    <message>
        <source>Your real details (without them, %s sees only your key)</source>
        <translation>Ihre echten Angaben (ohne sie sieht %s nur Ihren Schlüssel)</translation>
    </message>
    <message>
        <source>What it concerns: packages you sent %s</source>
        <translation>Worum es geht: Pakete, die Sie an %s geschickt haben</translation>
    </message>
    <message>
        <source>The request (anonymous: nothing about you goes with it)</source>
        <translation>Die Anfrage (anonym: nichts über Sie geht mit)</translation>
    </message>
    <message>
        <source>What is wanted (always goes)</source>
        <translation>Was gesucht wird (geht immer mit)</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>Needed by</source>
        <translation>Benötigt bis</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Konditionen</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>Your notes about %s</source>
        <translation>Ihre Notizen zu %s</translation>
    </message>
    <message>
        <source>(ratings only)</source>
        <translation>(nur Bewertungen)</translation>
    </message>
    <message>
        <source>Re&amp;member the real details ticked as what %s may see</source>
        <translation>Die angekreuzten echten Angaben als das &amp;merken, was %s sehen darf</translation>
    </message>
    <message>
        <source>Give %s its o&amp;wn address: %s</source>
        <translation>%s eine &amp;eigene Adresse geben: %s</translation>
    </message>
    <message>
        <source>Give %s its own e-mail address</source>
        <translation>%s eine eigene E-Mail-Adresse geben</translation>
    </message>
    <message>
        <source>Tick the packages the request is about (at least one).</source>
        <translation>Kreuzen Sie die Pakete an, um die es in der Anfrage geht (mindestens eines).</translation>
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
    <name>CurrentPassphraseDialog</name>
    <message>
        <source>That is not the current passphrase.</source>
        <translation>Das ist nicht die aktuelle Passphrase.</translation>
    </message>
    <message>
        <source>&amp;Current passphrase</source>
        <translation>A&amp;ktuelle Passphrase</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Aktuelle Passphrase</translation>
    </message>
</context>
<context>
    <name>DaysDelegate</name>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
</context>
<context>
    <name>DesktopApp</name>
    <message>
        <source>The vault %s is already open in another MyVendors window. Import %s there: Sharing ▸ Import vendor&apos;s answer…, then Open a file…</source>
        <translation>Der Tresor %s ist bereits in einem anderen MyVendors-Fenster geöffnet. Importieren Sie %s dort: Teilen ▸ Antwort eines Anbieters importieren …, dann Eine Datei öffnen …</translation>
    </message>
</context>
<context>
    <name>DisputeDialog</name>
    <message>
        <source>Dispute pack: %s</source>
        <translation>Streitfall-Unterlagen: %s</translation>
    </message>
    <message>
        <source>One file for an ombudsman, your bank (a chargeback) or a regulator: a PDF anyone can read, and a ZIP with your records, the packages you sent and the vendor&apos;s answers exactly as they were, signed with the key you use with %s. Tick what goes in.</source>
        <translation>Eine Datei für eine Schlichtungsstelle, Ihre Bank (eine Rückbuchung) oder eine Aufsichtsbehörde: ein PDF, das jeder lesen kann, und ein ZIP-Archiv mit Ihren Aufzeichnungen, den Paketen, die Sie gesendet haben, und den Antworten des Anbieters genau so, wie sie waren, signiert mit dem Schlüssel, den Sie bei %s verwenden. Haken Sie an, was hinein soll.</translation>
    </message>
    <message>
        <source>What goes in</source>
        <translation>Was hinein kommt</translation>
    </message>
    <message>
        <source>Nothing of this kind is on file for this vendor</source>
        <translation>Zu diesem Anbieter ist nichts dieser Art gespeichert</translation>
    </message>
    <message>
        <source>Attachments that go in</source>
        <translation>Anhänge, die hinein kommen</translation>
    </message>
    <message>
        <source>%s (%s bytes)</source>
        <translation>%s (%s Bytes)</translation>
    </message>
    <message>
        <source>No files are attached to this vendor.</source>
        <translation>Zu diesem Anbieter sind keine Dateien angehängt.</translation>
    </message>
    <message>
        <source>Atta&amp;chments to include (decrypted into the pack):</source>
        <translation>&amp;Anhänge, die hinein sollen (entschlüsselt):</translation>
    </message>
    <message>
        <source>What happened, and what you ask for (optional)</source>
        <translation>Was geschehen ist und was Sie verlangen (freiwillig)</translation>
    </message>
    <message>
        <source>Your &amp;statement:</source>
        <translation>Ihre Stellungnah&amp;me:</translation>
    </message>
    <message>
        <source>Lang&amp;uage of the PDF:</source>
        <translation>Sp&amp;rache des PDF:</translation>
    </message>
    <message>
        <source>Sa&amp;ve to:</source>
        <translation>Speichern &amp;unter:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Aus&amp;wählen …</translation>
    </message>
    <message>
        <source>Also save the PD&amp;F beside it</source>
        <translation>Das PD&amp;F auch daneben speichern</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Was getan wurde</translation>
    </message>
    <message>
        <source>&amp;Make pack</source>
        <translation>Unterlagen ers&amp;tellen</translation>
    </message>
    <message>
        <source>Show in f&amp;older</source>
        <translation>Im &amp;Ordner zeigen</translation>
    </message>
    <message>
        <source>&amp;Timeline (%d)</source>
        <translation>&amp;Verlauf (%d)</translation>
    </message>
    <message>
        <source>&amp;Agreements (%d)</source>
        <translation>Ver&amp;einbarungen (%d)</translation>
    </message>
    <message>
        <source>Pa&amp;yments, with totals (%d)</source>
        <translation>&amp;Zahlungen, mit Summen (%d)</translation>
    </message>
    <message>
        <source>My &amp;notes about it (%d)</source>
        <translation>Meine &amp;Notizen dazu (%d)</translation>
    </message>
    <message>
        <source>&amp;Packages I sent it, with my terms (%d)</source>
        <translation>&amp;Pakete an den Anbieter, mit meinen Bedingungen (%d)</translation>
    </message>
    <message>
        <source>&amp;Documents it sent: acknowledgements, offers (%d)</source>
        <translation>&amp;Dokumente vom Anbieter: Bestätigungen, Angebote (%d)</translation>
    </message>
    <message>
        <source>Aliases and &amp;leaks (%d)</source>
        <translation>Aliasse und &amp;Lecks (%d)</translation>
    </message>
    <message>
        <source>Save the dispute pack</source>
        <translation>Streitfall-Unterlagen speichern</translation>
    </message>
    <message>
        <source>ZIP archive (*.zip)</source>
        <translation>ZIP-Archiv (*.zip)</translation>
    </message>
    <message>
        <source>Making the pack…</source>
        <translation>Die Unterlagen werden erstellt …</translation>
    </message>
    <message>
        <source>Writing %s…</source>
        <translation>%s wird geschrieben …</translation>
    </message>
    <message>
        <source>Saved the pack to %s: %d files, %s bytes, signed with the key %s.</source>
        <translation>Die Unterlagen wurden unter %s gespeichert: %d Dateien, %s Bytes, signiert mit dem Schlüssel %s.</translation>
    </message>
    <message>
        <source>The PDF is beside it: %s.</source>
        <translation>Das PDF liegt daneben: %s.</translation>
    </message>
    <message>
        <source>To check the pack, anyone can run verify_dispute_pack.py from MyVendors&apos; docs folder on it.</source>
        <translation>Zum Prüfen kann jeder verify_dispute_pack.py aus dem Ordner „docs“ von MyVendors darauf anwenden.</translation>
    </message>
    <message>
        <source>Stopped: no pack was written.</source>
        <translation>Abgebrochen: Es wurden keine Unterlagen geschrieben.</translation>
    </message>
    <message>
        <source>Could not open the folder %s.</source>
        <translation>Der Ordner %s ließ sich nicht öffnen.</translation>
    </message>
</context>
<context>
    <name>DisputePack</name>
    <message>
        <source>Timeline</source>
        <extracomment>the parts of a pack that are ticked as a whole, in the order the dialog and the PDF show them</extracomment>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Vereinbarungen</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Zahlungen</translation>
    </message>
    <message>
        <source>My notes about the vendor</source>
        <translation>Meine Notizen zum Anbieter</translation>
    </message>
    <message>
        <source>Packages I sent, with the terms I shared under</source>
        <translation>Pakete, die ich gesendet habe, mit den Bedingungen, unter denen ich sie teilte</translation>
    </message>
    <message>
        <source>Documents the vendor sent (acknowledgements, offers)</source>
        <translation>Dokumente des Anbieters (Bestätigungen, Angebote)</translation>
    </message>
    <message>
        <source>Aliases and leaks</source>
        <translation>Aliasse und Lecks</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Anhänge</translation>
    </message>
    <message>
        <source>My statement</source>
        <translation>Meine Stellungnahme</translation>
    </message>
    <message>
        <source>This document comes with a ZIP archive that holds every record as JSON (data.json), the files exactly as they were sent and received (packages/, documents/), the evidence of leaks and the attachments. manifest.json lists each file with its size and SHA-256 hash, and the ledger entries that recorded when each package was shared and each document received; manifest.jws is an Ed25519 signature over manifest.json by the key whose thumbprint is shown above, the key my packages to this vendor were signed with. To check the archive, unpack it and run: python3 verify_dispute_pack.py FOLDER (the script comes with MyVendors, in its docs folder, and needs nothing but Python). It reports OK, or each file that was changed, added or removed.</source>
        <translation>Zu diesem Dokument gehört ein ZIP-Archiv mit allen Aufzeichnungen als JSON (data.json), den Dateien genau so, wie sie gesendet und empfangen wurden (packages/, documents/), den Nachweisen von Lecks und den Anhängen. manifest.json nennt jede Datei mit ihrer Größe und ihrem SHA-256-Hash sowie die Protokolleinträge, die festhielten, wann jedes Paket geteilt und jedes Dokument empfangen wurde; manifest.jws ist eine Ed25519-Signatur über manifest.json mit dem Schlüssel, dessen Fingerabdruck oben steht: dem Schlüssel, mit dem meine Pakete an diesen Anbieter signiert wurden. Zum Prüfen entpacken Sie das Archiv und führen aus: python3 verify_dispute_pack.py ORDNER (das Skript liegt MyVendors im Ordner „docs“ bei und braucht nur Python). Es meldet OK oder jede Datei, die geändert, hinzugefügt oder entfernt wurde.</translation>
    </message>
    <message>
        <source>by e-mail</source>
        <translation>per E-Mail</translation>
    </message>
    <message>
        <source>by phone call</source>
        <translation>per Anruf</translation>
    </message>
    <message>
        <source>by text message</source>
        <translation>per SMS</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Seite {page} von {pages}</translation>
    </message>
    <message>
        <source>Dispute pack: {vendor}</source>
        <translation>Streitfall-Unterlagen: {vendor}</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Keine.</translation>
    </message>
    <message>
        <source>My record of my dealings with this vendor, made from my own files with MyVendors.</source>
        <translation>Meine Aufzeichnungen über meine Geschäfte mit diesem Anbieter, aus meinen eigenen Unterlagen erstellt mit MyVendors.</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Made at</source>
        <translation>Erstellt am</translation>
    </message>
    <message>
        <source>Signed with my key (thumbprint)</source>
        <translation>Signiert mit meinem Schlüssel (Fingerabdruck)</translation>
    </message>
    <message>
        <source>What is inside</source>
        <translation>Was enthalten ist</translation>
    </message>
    <message>
        <source>Nothing was chosen.</source>
        <translation>Es wurde nichts ausgewählt.</translation>
    </message>
    <message>
        <source>How to check this pack</source>
        <translation>So prüfen Sie diese Unterlagen</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>from {date}</source>
        <translation>ab {date}</translation>
    </message>
    <message>
        <source>until {date}</source>
        <translation>bis {date}</translation>
    </message>
    <message>
        <source>renews {date}</source>
        <translation>verlängert sich am {date}</translation>
    </message>
    <message>
        <source>cancel by {date}</source>
        <translation>kündigen bis {date}</translation>
    </message>
    <message>
        <source>reference {ref}</source>
        <translation>Nummer {ref}</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Vereinbarung</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Total in {currency}</source>
        <translation>Summe in {currency}</translation>
    </message>
    <message>
        <source>{amount} (1 payment)</source>
        <translation>{amount} (1 Zahlung)</translation>
    </message>
    <message>
        <source>{amount} ({n} payments)</source>
        <translation>{amount} ({n} Zahlungen)</translation>
    </message>
    <message>
        <source>Ratings (1–5)</source>
        <translation>Bewertungen (1–5)</translation>
    </message>
    <message>
        <source>File: {path}</source>
        <translation>Datei: {path}</translation>
    </message>
    <message>
        <source>Package id: {id}</source>
        <translation>Paket-ID: {id}</translation>
    </message>
    <message>
        <source>Recorded as ledger entry {seq}</source>
        <translation>Im Protokoll als Eintrag {seq} festgehalten</translation>
    </message>
    <message>
        <source>What I shared:</source>
        <translation>Was ich geteilt habe:</translation>
    </message>
    <message>
        <source>The terms I shared under:</source>
        <translation>Die Bedingungen, unter denen ich teilte:</translation>
    </message>
    <message>
        <source>Acknowledged my terms</source>
        <translation>Hat meine Bedingungen bestätigt</translation>
    </message>
    <message>
        <source>Refused my terms</source>
        <translation>Hat meine Bedingungen abgelehnt</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Angebot</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Erhalten</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Einzelheiten</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Ledger</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Addresses and numbers I gave to this vendor only; a leak is someone else using one.</source>
        <translation>Adressen und Nummern, die ich nur diesem Anbieter gegeben habe; ein Leck ist, wenn jemand anderes eine davon benutzt.</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation>Alias</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>Vergeben am</translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>closed {date}</source>
        <translation>geschlossen am {date}</translation>
    </message>
    <message>
        <source>Seen on</source>
        <translation>Gesehen am</translation>
    </message>
    <message>
        <source>Used by</source>
        <translation>Benutzt von</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Nachweis</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>Shared</source>
        <translation>Geteilt</translation>
    </message>
    <message>
        <source>Save the package to a file</source>
        <translation>Das Paket in eine Datei speichern</translation>
    </message>
    <message>
        <source>Copy the package</source>
        <translation>Das Paket kopieren</translation>
    </message>
    <message>
        <source>Save the plain-words page as a PDF</source>
        <translation>Die Seite in einfachen Worten als PDF speichern</translation>
    </message>
    <message>
        <source>Save the &amp;QR code…</source>
        <translation>&amp;QR-Code speichern …</translation>
    </message>
    <message>
        <source>Save the QR code</source>
        <translation>Den QR-Code speichern</translation>
    </message>
    <message>
        <source>QR code of the package</source>
        <translation>QR-Code des Pakets</translation>
    </message>
    <message>
        <source>encrypted to the key %s</source>
        <translation>verschlüsselt an den Schlüssel %s</translation>
    </message>
    <message>
        <source>signed, not encrypted</source>
        <translation>signiert, nicht verschlüsselt</translation>
    </message>
    <message>
        <source>&lt;b&gt;%s for %s&lt;/b&gt;, %s.&lt;br&gt;Package %s&lt;br&gt;SHA-256 %s&lt;br&gt;Your key for them: %s</source>
        <translation>&lt;b&gt;%s für %s&lt;/b&gt;, %s.&lt;br&gt;Paket %s&lt;br&gt;SHA-256 %s&lt;br&gt;Ihr Schlüssel für diesen Empfänger: %s</translation>
    </message>
    <message>
        <source>What to do with it now</source>
        <translation>Was Sie jetzt damit tun</translation>
    </message>
    <message>
        <source>The file</source>
        <translation>Die Datei</translation>
    </message>
    <message>
        <source>&amp;Save the file…</source>
        <translation>&amp;Datei speichern …</translation>
    </message>
    <message>
        <source>Show in f&amp;older</source>
        <translation>Im &amp;Ordner zeigen</translation>
    </message>
    <message>
        <source>Show the file in its folder</source>
        <translation>Die Datei in ihrem Ordner zeigen</translation>
    </message>
    <message>
        <source>Write an &amp;e-mail</source>
        <translation>&amp;E-Mail schreiben</translation>
    </message>
    <message>
        <source>Write an e-mail to attach the file to</source>
        <translation>Eine E-Mail schreiben, um die Datei anzuhängen</translation>
    </message>
    <message>
        <source>Copy file pa&amp;th</source>
        <translation>Datei&amp;pfad kopieren</translation>
    </message>
    <message>
        <source>Copy the file&apos;s path</source>
        <translation>Den Pfad der Datei kopieren</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>D&amp;rucken …</translation>
    </message>
    <message>
        <source>Print the package in plain words</source>
        <translation>Das Paket in Klartext drucken</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Als PD&amp;F speichern …</translation>
    </message>
    <message>
        <source>&amp;Copy the package</source>
        <translation>Paket &amp;kopieren</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Was getan wurde</translation>
    </message>
    <message>
        <source>Recorded in your ledger (entry %d).</source>
        <translation>In Ihrem Protokoll vermerkt (Eintrag %d).</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <source>Your request is now open for offers.</source>
        <translation>Ihre Anfrage ist jetzt für Angebote offen.</translation>
    </message>
    <message>
        <source>Or let the recipient scan it with a phone.</source>
        <translation>Oder der Empfänger scannt es mit dem Telefon.</translation>
    </message>
    <message>
        <source>This package is too long for a QR code (%d characters; a QR code holds under 3,000). Save it to a file or copy it instead.</source>
        <translation>Dieses Paket ist zu lang für einen QR-Code (%d Zeichen; ein QR-Code fasst unter 3.000). Speichern Sie es stattdessen in eine Datei oder kopieren Sie es.</translation>
    </message>
    <message>
        <source>Personal request</source>
        <translation>Persönliche Anfrage</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Erasure request</source>
        <translation>Löschanfrage</translation>
    </message>
    <message>
        <source>Access request</source>
        <translation>Auskunftsanfrage</translation>
    </message>
    <message>
        <source>anyone</source>
        <translation>alle</translation>
    </message>
    <message>
        <source>Now hand it to the vendors you want offers from: save the file, then attach it to an e-mail, upload it to a vendor&apos;s contact or quote form, or print it (or save it as a PDF) to hand over. Anyone with the file can read the request; nothing in it says who you are. Offers come back as files: Sharing ▸ Import vendor&apos;s answer…</source>
        <translation>Geben Sie sie jetzt den Anbietern, von denen Sie Angebote möchten: Datei speichern, dann an eine E-Mail anhängen, in das Kontakt- oder Angebotsformular eines Anbieters hochladen oder ausdrucken (oder als PDF speichern) und übergeben. Wer die Datei hat, kann die Anfrage lesen; nichts darin verrät, wer Sie sind. Angebote kommen als Dateien zurück: Teilen ▸ Antwort eines Anbieters importieren …</translation>
    </message>
    <message>
        <source>Now give it to %s: save the file and attach it to an e-mail or a message, or print it.</source>
        <translation>Geben Sie es jetzt %s: Datei speichern und an eine E-Mail oder Nachricht anhängen, oder ausdrucken.</translation>
    </message>
    <message>
        <source> Only %s can open it.</source>
        <translation> Nur %s kann es öffnen.</translation>
    </message>
    <message>
        <source>Now send it to %s: save the file, then attach it to an e-mail, upload it to their contact form or customer portal, or print it (or save it as a PDF) and post it.%s</source>
        <translation>Senden Sie es jetzt an %s: Datei speichern, dann an eine E-Mail anhängen, in das Kontaktformular oder Kundenportal hochladen oder ausdrucken (oder als PDF speichern) und per Post schicken.%s</translation>
    </message>
    <message>
        <source>Save the file first</source>
        <translation>Erst die Datei speichern</translation>
    </message>
    <message>
        <source>Saved as %s</source>
        <translation>Gespeichert als %s</translation>
    </message>
    <message>
        <source>File name: %s</source>
        <translation>Dateiname: %s</translation>
    </message>
    <message>
        <source>Save the package</source>
        <translation>Das Paket speichern</translation>
    </message>
    <message>
        <source>Packages (*%s);;All files (*)</source>
        <translation>Pakete (*%s);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Saved the package to %s.</source>
        <translation>Das Paket wurde in %s gespeichert.</translation>
    </message>
    <message>
        <source>Could not write %s: %s</source>
        <translation>%s konnte nicht geschrieben werden: %s</translation>
    </message>
    <message>
        <source>Could not open the folder %s.</source>
        <translation>Der Ordner %s ließ sich nicht öffnen.</translation>
    </message>
    <message>
        <source>Opened the folder %s.</source>
        <translation>Der Ordner %s wurde geöffnet.</translation>
    </message>
    <message>
        <source>Request: %s</source>
        <translation>Anfrage: %s</translation>
    </message>
    <message>
        <source>My details</source>
        <translation>Meine Angaben</translation>
    </message>
    <message>
        <source>Feedback: %s</source>
        <translation>Feedback: %s</translation>
    </message>
    <message>
        <source>an idea</source>
        <translation>eine Idee</translation>
    </message>
    <message>
        <source>my feedback</source>
        <translation>mein Feedback</translation>
    </message>
    <message>
        <source>My notes about %s</source>
        <translation>Meine Notizen zu %s</translation>
    </message>
    <message>
        <source>Request to erase my data</source>
        <translation>Bitte um Löschung meiner Daten</translation>
    </message>
    <message>
        <source>Request to see my data</source>
        <translation>Bitte um Auskunft über meine Daten</translation>
    </message>
    <message>
        <source>A package</source>
        <translation>Ein Paket</translation>
    </message>
    <message>
        <source>Attached: %s

It is signed; MyVendors or any JOSE library shows what it holds and checks that it is unchanged.</source>
        <translation>Im Anhang: %s

Es ist signiert; MyVendors oder jede JOSE-Bibliothek zeigt, was es enthält, und prüft, dass es unverändert ist.</translation>
    </message>
    <message>
        <source>No e-mail program answered. Attach %s to an e-mail yourself.</source>
        <translation>Kein E-Mail-Programm hat geantwortet. Hängen Sie %s selbst an eine E-Mail an.</translation>
    </message>
    <message>
        <source>Your e-mail program opens a new message. Attach the file yourself (a link cannot attach it): %s</source>
        <translation>Ihr E-Mail-Programm öffnet eine neue Nachricht. Hängen Sie die Datei selbst an (ein Link kann das nicht): %s</translation>
    </message>
    <message>
        <source>Copied the path %s.</source>
        <translation>Der Pfad %s wurde kopiert.</translation>
    </message>
    <message>
        <source>Print the package</source>
        <translation>Das Paket drucken</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>An den Drucker geschickt.</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Als PDF speichern</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved the PDF to %s.</source>
        <translation>Das PDF wurde in %s gespeichert.</translation>
    </message>
    <message>
        <source>SVG (*.svg)</source>
        <translation>SVG (*.svg)</translation>
    </message>
    <message>
        <source>Saved the QR code to %s.</source>
        <translation>Der QR-Code wurde in %s gespeichert.</translation>
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
    <name>Errors</name>
    <message>
        <source>There is already a vault at {target}; choose another file name.</source>
        <translation>Unter {target} gibt es schon einen Tresor; wählen Sie einen anderen Dateinamen.</translation>
    </message>
    <message>
        <source>{today!r} is not a date (YYYY-MM-DD).</source>
        <translation>{today!r} ist kein Datum (JJJJ-MM-TT).</translation>
    </message>
    <message>
        <source>There is no {what} with id {record_id}.</source>
        <translation>Es gibt kein(e) {what} mit der ID {record_id}.</translation>
    </message>
    <message>
        <source>The {field_} must be a date and time.</source>
        <translation>{field_} muss ein Datum mit Uhrzeit sein.</translation>
    </message>
    <message>
        <source>The {field_} needs a time zone.</source>
        <translation>{field_} braucht eine Zeitzone.</translation>
    </message>
    <message>
        <source>The {field_} can be at most {limit} characters.</source>
        <translation>{field_} darf höchstens {limit} Zeichen lang sein.</translation>
    </message>
    <message>
        <source>An agreement is one of {kinds}; not {kind!r}.</source>
        <translation>Ein Vertrag ist eines von {kinds}; nicht {kind!r}.</translation>
    </message>
    <message>
        <source>The billing period is one of {periods}; not {period!r}.</source>
        <translation>Der Abrechnungszeitraum ist einer von {periods}; nicht {period!r}.</translation>
    </message>
    <message>
        <source>An agreement needs a title (e.g. the plan&apos;s name).</source>
        <translation>Ein Vertrag braucht einen Titel (z. B. den Namen des Tarifs).</translation>
    </message>
    <message>
        <source>A price cannot be negative.</source>
        <translation>Ein Preis kann nicht negativ sein.</translation>
    </message>
    <message>
        <source>The agreement ends before it starts.</source>
        <translation>Der Vertrag endet, bevor er beginnt.</translation>
    </message>
    <message>
        <source>The free trial ends before the agreement starts.</source>
        <translation>Die Testphase endet, bevor die Vereinbarung beginnt.</translation>
    </message>
    <message>
        <source>The cancel-by date is after the renewal date it is meant to prevent.</source>
        <translation>Die Kündigungsfrist liegt nach dem Verlängerungsdatum, das sie verhindern soll.</translation>
    </message>
    <message>
        <source>The notice period is between 0 and 3650 days.</source>
        <translation>Die Kündigungsfrist liegt zwischen 0 und 3650 Tagen.</translation>
    </message>
    <message>
        <source>Agreements have no field {value!r}.</source>
        <translation>Verträge haben kein Feld {value!r}.</translation>
    </message>
    <message>
        <source>Look ahead between 0 and 3660 days.</source>
        <translation>Vorausschau zwischen 0 und 3660 Tagen.</translation>
    </message>
    <message>
        <source>Look back between 0 and 3660 days.</source>
        <translation>Rückschau zwischen 0 und 3660 Tagen.</translation>
    </message>
    <message>
        <source>An attachment needs a file name.</source>
        <extracomment>the longest file name kept, in UTF-8 bytes: file systems allow 255, and a copy being written is named &quot;.NAME.XXXXXXXX.tmp&quot; (14 more) beside its target</extracomment>
        <translation>Ein Anhang braucht einen Dateinamen.</translation>
    </message>
    <message>
        <source>{name} is larger than {human}, the most an attachment can be; nothing was stored.</source>
        <translation>{name} ist größer als {human}, die Höchstgröße eines Anhangs; nichts wurde gespeichert.</translation>
    </message>
    <message>
        <source>There is no file {path}.</source>
        <translation>Es gibt keine Datei {path}.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a file.</source>
        <translation>{path} ist ein Ordner, keine Datei.</translation>
    </message>
    <message>
        <source>The attachment {filename} does not match its checksum; it is damaged.</source>
        <translation>Der Anhang {filename} passt nicht zu seiner Prüfsumme; er ist beschädigt.</translation>
    </message>
    <message>
        <source>The reminder is given in days before the date, from 0 to {MAX_ALARM_DAYS}, not {alarm_days!r}.</source>
        <extracomment>the dates that become events: (the UID&apos;s and the summary&apos;s word, the agreement&apos;s field)</extracomment>
        <translation>Die Erinnerung wird in Tagen vor dem Datum angegeben, von 0 bis {MAX_ALARM_DAYS}, nicht {alarm_days!r}.</translation>
    </message>
    <message>
        <source>The {what} is {value:.0f} MB; MyVendors imports files of up to {value2} MB. Split it into smaller files.</source>
        <extracomment>files larger than this are refused before they are read the Python codec that decoded the bytes, e.g. &quot;utf-8&quot;, &quot;utf-16&quot;, &quot;cp1252&quot; True when the file did not say and the encoding was guessed (tell the user which)</extracomment>
        <translation>{what}: {value:.0f} MB; MyVendors importiert Dateien bis {value2} MB. Teilen Sie sie in kleinere Dateien auf.</translation>
    </message>
    <message>
        <source>{name} is {size:.0f} MB; MyVendors imports files of up to {limit} MB. Split it into smaller files.</source>
        <translation>{name} ist {size:.0f} MB groß; MyVendors importiert Dateien bis {limit} MB. Teilen Sie sie in kleinere Dateien auf.</translation>
    </message>
    <message>
        <source>{name} cannot be read: {reason}.</source>
        <translation>{name} lässt sich nicht lesen: {reason}.</translation>
    </message>
    <message>
        <source>This is not a {what}: line {line} holds binary data (character U+{ord:04X}).</source>
        <translation>Das ist keine {what}: Zeile {line} enthält Binärdaten (Zeichen U+{ord:04X}).</translation>
    </message>
    <message>
        <source>{encoding!r} is not a character set MyVendors knows.</source>
        <translation>{encoding!r} ist kein Zeichensatz, den MyVendors kennt.</translation>
    </message>
    <message>
        <source>The {what} is not in {encoding}: byte {value} cannot be read in that character set.</source>
        <translation>{what} ist nicht in {encoding}: Byte {value} lässt sich in diesem Zeichensatz nicht lesen.</translation>
    </message>
    <message>
        <source>The {what} starts with a {upper} byte order mark but byte {value} is not {upper}: the file is damaged.</source>
        <translation>{what} beginnt mit einer {upper}-Bytereihenfolge-Markierung, aber Byte {value} ist kein {upper}: die Datei ist beschädigt.</translation>
    </message>
    <message>
        <source>This is not a {what}: it holds binary data.</source>
        <translation>Das ist keine {what}: sie enthält Binärdaten.</translation>
    </message>
    <message>
        <source>MyVendors cannot tell which character set the {what} uses. Save it as UTF-8 and import it again.</source>
        <translation>MyVendors kann nicht erkennen, welchen Zeichensatz {what} verwendet. Speichern Sie sie als UTF-8 und importieren Sie sie erneut.</translation>
    </message>
    <message>
        <source>name</source>
        <extracomment>the vendor fields a column can be mapped to, in the order the import dialog lists them joins the columns of one field, e.g. the contact person &quot;first_name + last_name&quot; the fields as messages name them (&quot;line 4, column &apos;Homepage&apos; (website)&quot;), marked for translation</extracomment>
        <translation>Name</translation>
    </message>
    <message>
        <source>website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>Kontaktperson</translation>
    </message>
    <message>
        <source>title</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>The CSV file is empty.</source>
        <extracomment>`cancelled()` is asked every this many records or drafts inside one step True when the file did not say its character set and `encoding` is a guess the 1-based line in the file where each row starts (rows may span lines) the line in the file where each draft&apos;s row starts one message per row left out, naming its line, column and field how many vault vendors it looks like (`vendor_id` is the first of them); 0 for a draft that repeats an earlier one</extracomment>
        <translation>Die CSV-Datei ist leer.</translation>
    </message>
    <message>
        <source>Line {line}: the header has {value} columns; MyVendors reads at most {MAX_COLUMNS}.</source>
        <translation>Zeile {line}: die Kopfzeile hat {value} Spalten; MyVendors liest höchstens {MAX_COLUMNS}.</translation>
    </message>
    <message>
        <source>The CSV file has more than {MAX_ROWS:,} rows; split it into smaller files.</source>
        <translation>Die CSV-Datei hat mehr als {MAX_ROWS:,} Zeilen; teilen Sie sie in kleinere Dateien auf.</translation>
    </message>
    <message>
        <source>The CSV file is empty: it has no header row.</source>
        <translation>Die CSV-Datei ist leer: sie hat keine Kopfzeile.</translation>
    </message>
    <message>
        <source>Line {start}: the CSV file cannot be read there ({error}). Check the quotes on that line.</source>
        <translation>Zeile {start}: die CSV-Datei lässt sich dort nicht lesen ({error}). Prüfen Sie die Anführungszeichen in dieser Zeile.</translation>
    </message>
    <message>
        <source>{value!r} is not a vendor field; the fields are {value2}.</source>
        <translation>{value!r} ist kein Anbieterfeld; die Felder sind {value2}.</translation>
    </message>
    <message>
        <source>The file has no column {column!r} (chosen for the {field_}).</source>
        <translation>Die Datei hat keine Spalte {column!r} (gewählt für {field_}).</translation>
    </message>
    <message>
        <source>Choose the column that holds the vendor&apos;s name.</source>
        <translation>Wählen Sie die Spalte mit dem Namen des Anbieters.</translation>
    </message>
    <message>
        <source>Line {line} has {value} fields but the header has {width}: a quote is probably missing or a value holds an unquoted delimiter.</source>
        <translation>Zeile {line} hat {value} Felder, die Kopfzeile aber {width}: wahrscheinlich fehlt ein Anführungszeichen oder ein Wert enthält ein Trennzeichen ohne Anführungszeichen.</translation>
    </message>
    <message>
        <source>line {line}, column {column!r} ({field_})</source>
        <translation>Zeile {line}, Spalte {column!r} ({field_})</translation>
    </message>
    <message>
        <source>line {line} ({field_})</source>
        <translation>Zeile {line} ({field_})</translation>
    </message>
    <message>
        <source>In {where}: {message}</source>
        <translation>In {where}: {message}</translation>
    </message>
    <message>
        <source>entry {number} in this file</source>
        <translation>Eintrag {number} in dieser Datei</translation>
    </message>
    <message>
        <source>{why} as {name!r}, {where}.</source>
        <translation>{why} wie {name!r}, {where}.</translation>
    </message>
    <message>
        <source>The same name and the same website ({host})</source>
        <translation>Derselbe Name und dieselbe Website ({host})</translation>
    </message>
    <message>
        <source>The same name</source>
        <translation>Derselbe Name</translation>
    </message>
    <message>
        <source>The same website ({host})</source>
        <translation>Dieselbe Website ({host})</translation>
    </message>
    <message>
        <source>{why} as {name!r}, already in the vault.</source>
        <translation>{why} wie {name!r}, schon im Tresor.</translation>
    </message>
    <message>
        <source>{why} as {name!r} and one other vendor already in the vault.</source>
        <translation>{why} wie {name!r} und ein weiterer Anbieter, die schon im Tresor sind.</translation>
    </message>
    <message>
        <source>{why} as {name!r} and {others} other vendors already in the vault.</source>
        <translation>{why} wie {name!r} und {others} weitere Anbieter, die schon im Tresor sind.</translation>
    </message>
    <message>
        <source>Card {number} (line {line})</source>
        <extracomment>a card larger than this is left out unread (a vendor&apos;s card is a few KB; photos make it ~1 MB) `cancelled()` is asked every this many physical lines inside one step (splitting, unfolding) cards that could not be imported, e.g. &quot;Card 2 (line 7): it has no name (no ORG, FN or N).&quot; things imported with a caveat: a guessed character set, an unreadable line left out each draft&apos;s card number in the file (1-based; cards left out make gaps)</extracomment>
        <translation>Karte {number} (Zeile {line})</translation>
    </message>
    <message>
        <source>This is not a vCard file: it holds binary data.</source>
        <translation>Das ist keine vCard-Datei: sie enthält Binärdaten.</translation>
    </message>
    <message>
        <source>This is not a vCard file: it has no BEGIN:VCARD line.</source>
        <translation>Das ist keine vCard-Datei: sie hat keine Zeile BEGIN:VCARD.</translation>
    </message>
    <message>
        <source>The file has more than {MAX_CARDS:,} cards; split it into smaller files.</source>
        <translation>Die Datei hat mehr als {MAX_CARDS:,} Karten; teilen Sie sie in kleinere Dateien auf.</translation>
    </message>
    <message>
        <source>{label}: {reason}</source>
        <translation>{label}: {reason}</translation>
    </message>
    <message>
        <source>{label}: the card does not say its character set; it was read as {encoding}.</source>
        <translation>{label}: die Karte nennt ihren Zeichensatz nicht; sie wurde als {encoding} gelesen.</translation>
    </message>
    <message>
        <source>the file ends inside this card (END:VCARD is missing); the file may be cut short.</source>
        <translation>die Datei endet mitten in dieser Karte (END:VCARD fehlt); die Datei ist vielleicht abgeschnitten.</translation>
    </message>
    <message>
        <source>the card is {value:.1f} MB; MyVendors reads cards of up to {MAX_CARD_MB} MB, so it was left out.</source>
        <translation>die Karte ist {value:.1f} MB groß; MyVendors liest Karten bis {MAX_CARD_MB} MB, daher wurde sie ausgelassen.</translation>
    </message>
    <message>
        <source>vobject cannot read it ({name}: {error}).</source>
        <translation>vobject kann sie nicht lesen ({name}: {error}).</translation>
    </message>
    <message>
        <source>it is not a vCard.</source>
        <translation>sie ist keine vCard.</translation>
    </message>
    <message>
        <source>{label}: a line that is not a property was left out: {value!r}.</source>
        <translation>{label}: eine Zeile, die keine Eigenschaft ist, wurde ausgelassen: {value!r}.</translation>
    </message>
    <message>
        <source>{label}: {name} does not say its character set; it was read as {FALLBACK_CHARSET}.</source>
        <translation>{label}: {name} nennt seinen Zeichensatz nicht; er wurde als {FALLBACK_CHARSET} gelesen.</translation>
    </message>
    <message>
        <source>{label}: {name} is not in the character set it declares and was left out.</source>
        <translation>{label}: {name} ist nicht im angegebenen Zeichensatz und wurde ausgelassen.</translation>
    </message>
    <message>
        <source>{label}: {name} cannot be read and was left out ({error}).</source>
        <translation>{label}: {name} lässt sich nicht lesen und wurde ausgelassen ({error}).</translation>
    </message>
    <message>
        <source>it has no name (no ORG, FN or N).</source>
        <translation>sie hat keinen Namen (kein ORG, FN oder N).</translation>
    </message>
    <message>
        <source>{label} ({name}): {message} It was left out.</source>
        <translation>{label} ({name}): {message} Es wurde ausgelassen.</translation>
    </message>
    <message>
        <source>its values cannot be read.</source>
        <translation>ihre Werte lassen sich nicht lesen.</translation>
    </message>
    <message>
        <source>Line {line}</source>
        <extracomment>where each draft came from, for messages (&quot;line 14&quot;, &quot;card 3&quot;) records left out while reading, each with the reason caveats: a guessed character set, an unreadable line for CSV: which column feeds which vendor field for CSV: the file&apos;s header, for choosing another column for a field the files read, when several were imported at once (`combine_plans`); () for one files of those that could not be read at all, each as &quot;name: why&quot; the origins at the start of a sentence (&quot;Line 14: …&quot;), marked for translation</extracomment>
        <translation>Zeile {line}</translation>
    </message>
    <message>
        <source>Card {number}</source>
        <translation>Karte {number}</translation>
    </message>
    <message>
        <source>Vendors import from {value} files, not {kind!r}.</source>
        <translation>Anbieter werden aus {value}-Dateien importiert, nicht aus {kind!r}.</translation>
    </message>
    <message>
        <source>Vendors have no field {value!r} to map a column to (fields: {value2}).</source>
        <translation>Anbieter haben kein Feld {value!r}, dem eine Spalte zugeordnet werden kann (Felder: {value2}).</translation>
    </message>
    <message>
        <source>line {line}</source>
        <translation>Zeile {line}</translation>
    </message>
    <message>
        <source>The file&apos;s character set was guessed as {encoding}.</source>
        <translation>Der Zeichensatz der Datei wurde als {encoding} erraten.</translation>
    </message>
    <message>
        <source>card {number}</source>
        <translation>Karte {number}</translation>
    </message>
    <message>
        <source>{value}: {message}</source>
        <translation>{value}: {message}</translation>
    </message>
    <message>
        <source>The plan has no record {value} to leave out.</source>
        <translation>Der Plan hat keinen Eintrag {value}, der ausgelassen werden könnte.</translation>
    </message>
    <message>
        <source>The window is between 1 and 3660 days.</source>
        <translation>Der Zeitraum liegt zwischen 1 und 3660 Tagen.</translation>
    </message>
    <message>
        <source>The drop is between 0 and 4 points.</source>
        <translation>Der Rückgang liegt zwischen 0 und 4 Punkten.</translation>
    </message>
    <message>
        <source>Between 0 and 50 categories.</source>
        <translation>Zwischen 0 und 50 Kategorien.</translation>
    </message>
    <message>
        <source>A currency is a three-letter ISO 4217 code such as EUR or USD, not {code!r}.</source>
        <translation>Eine Währung ist ein dreistelliger ISO-4217-Code wie EUR oder USD, nicht {code!r}.</translation>
    </message>
    <message>
        <source>{amount!r} is not an amount (use digits and a decimal point, e.g. 12.99).</source>
        <translation>{amount!r} ist kein Betrag (Ziffern und ein Dezimalpunkt, z. B. 12.99).</translation>
    </message>
    <message>
        <source>{amount!r} is not an amount.</source>
        <translation>{amount!r} ist kein Betrag.</translation>
    </message>
    <message>
        <source>{code} has {exponent} decimal places; {amount} has more.</source>
        <translation>{code} hat {exponent} Nachkommastellen; {amount} hat mehr.</translation>
    </message>
    <message>
        <source>{amount} is too large an amount.</source>
        <translation>{amount} ist ein zu großer Betrag.</translation>
    </message>
    <message>
        <source>A note needs a date.</source>
        <translation>Eine Notiz braucht ein Datum.</translation>
    </message>
    <message>
        <source>Ratings are for {value}; not {value2!r}.</source>
        <translation>Bewertungen gibt es für {value}; nicht für {value2!r}.</translation>
    </message>
    <message>
        <source>The {dimension} rating is a whole number from 1 to 5.</source>
        <translation>Die Bewertung „{dimension}“ ist eine ganze Zahl von 1 bis 5.</translation>
    </message>
    <message>
        <source>A note needs some text or at least one rating.</source>
        <translation>Eine Notiz braucht Text oder mindestens eine Bewertung.</translation>
    </message>
    <message>
        <source>Notes have no field {value!r}.</source>
        <translation>Notizen haben kein Feld {value!r}.</translation>
    </message>
    <message>
        <source>A request needs a title: what do you want?</source>
        <translation>Eine Anfrage braucht einen Titel: Was suchen Sie?</translation>
    </message>
    <message>
        <source>Both ends of the budget must be in the same currency.</source>
        <translation>Beide Grenzen des Budgets müssen in derselben Währung sein.</translation>
    </message>
    <message>
        <source>The budget&apos;s maximum is below its minimum.</source>
        <translation>Das Höchstbudget liegt unter dem Mindestbudget.</translation>
    </message>
    <message>
        <source>A budget cannot be negative.</source>
        <translation>Ein Budget kann nicht negativ sein.</translation>
    </message>
    <message>
        <source>A fulfilled request can no longer be changed.</source>
        <translation>Eine erfüllte Anfrage kann nicht mehr geändert werden.</translation>
    </message>
    <message>
        <source>Requests have no field {value!r}.</source>
        <translation>Anfragen haben kein Feld {value!r}.</translation>
    </message>
    <message>
        <source>A request&apos;s status is one of {value}.</source>
        <translation>Der Status einer Anfrage ist einer von {value}.</translation>
    </message>
    <message>
        <source>A {value} request cannot become {value2} (it can become: {allowed}).</source>
        <translation>Eine Anfrage im Status {value} kann nicht {value2} werden (möglich: {allowed}).</translation>
    </message>
    <message>
        <source>A request is fulfilled by accepting one of its offers.</source>
        <translation>Eine Anfrage wird erfüllt, indem man eines ihrer Angebote annimmt.</translation>
    </message>
    <message>
        <source>This request is withdrawn: it takes no offers. Make it a draft again before you share it.</source>
        <translation>Diese Anfrage ist zurückgezogen: sie nimmt keine Angebote an. Machen Sie sie wieder zum Entwurf, bevor Sie sie teilen.</translation>
    </message>
    <message>
        <source>This request is fulfilled: an offer was accepted, so it takes no more. Write a new request instead.</source>
        <translation>Diese Anfrage ist erfüllt: ein Angebot wurde angenommen, daher nimmt sie keine weiteren an. Schreiben Sie stattdessen eine neue Anfrage.</translation>
    </message>
    <message>
        <source>This request is {value}; it takes no more offers.</source>
        <translation>Diese Anfrage ist {value}; sie nimmt keine Angebote mehr an.</translation>
    </message>
    <message>
        <source>An offer names its vendor or at least its sender.</source>
        <translation>Ein Angebot nennt seinen Anbieter oder wenigstens seinen Absender.</translation>
    </message>
    <message>
        <source>Only an open request&apos;s offers can be accepted; this one is {value}.</source>
        <translation>Nur Angebote zu einer offenen Anfrage können angenommen werden; diese ist {value}.</translation>
    </message>
    <message>
        <source>{value} is not a domain name such as anna.example.</source>
        <translation>{value} ist kein Domainname wie anna.example.</translation>
    </message>
    <message>
        <source>Write each rate as a currency code and what one unit is worth, e.g. “USD 0.92; GBP 1.17”; not {text!r}.</source>
        <translation>Schreiben Sie jeden Kurs als Währungscode und den Wert einer Einheit, z. B. „USD 0,92; GBP 1,17“; nicht {text!r}.</translation>
    </message>
    <message>
        <source>The rate for {code} must be more than 0 and less than a billion.</source>
        <translation>Der Kurs für {code} muss größer als 0 und kleiner als eine Milliarde sein.</translation>
    </message>
    <message>
        <source>{code} has two rates; give one.</source>
        <translation>{code} hat zwei Kurse; geben Sie einen an.</translation>
    </message>
    <message>
        <source>There is no setting called {key!r}.</source>
        <translation>Es gibt keine Einstellung namens {key!r}.</translation>
    </message>
    <message>
        <source>{label} is on or off (true or false).</source>
        <translation>{label} ist ein- oder ausgeschaltet (true oder false).</translation>
    </message>
    <message>
        <source>{label}: whole numbers of days from 0 to {maximum}, separated by commas (e.g. 14, 3, 0).</source>
        <translation>{label}: ganze Tage von 0 bis {maximum}, durch Kommas getrennt (z. B. 14, 3, 0).</translation>
    </message>
    <message>
        <source>{label} must be a whole number.</source>
        <translation>{label} muss eine ganze Zahl sein.</translation>
    </message>
    <message>
        <source>{label} must be {kind}.</source>
        <translation>{label} muss {kind} sein.</translation>
    </message>
    <message>
        <source>{label} must be at least {minimum}.</source>
        <translation>{label} muss mindestens {minimum} sein.</translation>
    </message>
    <message>
        <source>{label} must be at most {maximum}.</source>
        <translation>{label} darf höchstens {maximum} sein.</translation>
    </message>
    <message>
        <source>{label} is one of {known}; not {coerced!r}.</source>
        <translation>{label} ist eines von {known}; nicht {coerced!r}.</translation>
    </message>
    <message>
        <source>{label}: that is not a folder name.</source>
        <translation>{label}: das ist kein Ordnername.</translation>
    </message>
    <message>
        <source>{label} must be a full path (it starts at the top of a drive).</source>
        <translation>{label} muss ein vollständiger Pfad sein (er beginnt ganz oben auf einem Laufwerk).</translation>
    </message>
    <message>
        <source>{label}: {folder} is a file, not a folder.</source>
        <translation>{label}: {folder} ist eine Datei, kein Ordner.</translation>
    </message>
    <message>
        <source>{label} is kept {where}.</source>
        <translation>{label} wird {where} gespeichert.</translation>
    </message>
    <message>
        <source>{label} needs an unlocked vault.</source>
        <translation>{label} braucht einen entsperrten Tresor.</translation>
    </message>
    <message>
        <source>{text!r} names no relationship: write vendor:ID, request:ID or contact:NAME (for example vendor:12).</source>
        <translation>{text!r} nennt keine Beziehung: schreiben Sie vendor:ID, request:ID oder contact:NAME (zum Beispiel vendor:12).</translation>
    </message>
    <message>
        <source>Name the trusted contact (at most 200 characters).</source>
        <translation>Nennen Sie die Vertrauensperson (höchstens 200 Zeichen).</translation>
    </message>
    <message>
        <source>There is no vendor with id {id}.</source>
        <translation>Es gibt keinen Anbieter mit der ID {id}.</translation>
    </message>
    <message>
        <source>There is no request with id {id}.</source>
        <translation>Es gibt keine Anfrage mit der ID {id}.</translation>
    </message>
    <message>
        <source>That pseudonym is not in this vault.</source>
        <translation>Dieses Pseudonym ist nicht in diesem Tresor.</translation>
    </message>
    <message>
        <source>That is not a usable JWK{detail_}.</source>
        <translation>Das ist kein brauchbarer JWK{detail_}.</translation>
    </message>
    <message>
        <source>That key is {get}/{get2}; an OKP {want} key is needed to {value}.</source>
        <translation>Dieser Schlüssel ist {get}/{get2}; zum {value} wird ein OKP-{want}-Schlüssel gebraucht.</translation>
    </message>
    <message>
        <source>That JWK holds a private key: only the public part may be shared.</source>
        <translation>Dieser JWK enthält einen privaten Schlüssel: nur der öffentliche Teil darf geteilt werden.</translation>
    </message>
    <message>
        <source>A ledger entry must be plain JSON: {exc}</source>
        <translation>Ein Protokolleintrag muss schlichtes JSON sein: {exc}</translation>
    </message>
    <message>
        <source>The package does not follow its schema at {where}: {message}</source>
        <translation>Das Paket folgt seinem Schema nicht bei {where}: {message}</translation>
    </message>
    <message>
        <source>Your profile has no field {value}; fields: {value2}.</source>
        <extracomment>(profile field, alias): for this one share the field&apos;s value is an alias given to this vendor alone (domain/leaks.py), recorded with the package; profile and disclosed fields, e-mail or phone aliases it gives the vendor that are new to the vault: recorded with the package when it is shared</extracomment>
        <translation>Ihr Profil hat kein Feld {value}; Felder: {value2}.</translation>
    </message>
    <message>
        <source>{value} is too long (at most 2000 characters).</source>
        <translation>{value} ist zu lang (höchstens 2000 Zeichen).</translation>
    </message>
    <message>
        <source>That is not an email address.</source>
        <translation>Das ist keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>Your profile has no field {value}.</source>
        <translation>Ihr Profil hat kein Feld {value}.</translation>
    </message>
    <message>
        <source>Your profile has no {value} to {what}: fill it in first.</source>
        <translation>Ihr Profil hat kein(e) {value} zum {what}: füllen Sie es zuerst aus.</translation>
    </message>
    <message>
        <source>An alias is given to a vendor, in a share with it.</source>
        <translation>Ein Alias geht an einen Anbieter, wenn Sie mit ihm teilen.</translation>
    </message>
    <message>
        <source>An alias stands in for your e-mail or phone number when you share it, once; not for {value}.</source>
        <translation>Ein Alias steht einmal für Ihre E-Mail oder Telefonnummer, wenn Sie sie teilen; nicht für {value}.</translation>
    </message>
    <message>
        <source>{address} is retired: it is no longer given out.</source>
        <translation>{address} ist ausgemustert: Er wird nicht mehr herausgegeben.</translation>
    </message>
    <message>
        <source>Choose the request to share.</source>
        <translation>Wählen Sie die Anfrage, die geteilt werden soll.</translation>
    </message>
    <message>
        <source>A request has no field {value}; fields: {value2}.</source>
        <translation>Eine Anfrage hat kein Feld {value}; Felder: {value2}.</translation>
    </message>
    <message>
        <source>A shared request always says what is wanted: its title goes with it.</source>
        <translation>Eine geteilte Anfrage sagt immer, was gesucht wird: ihr Titel geht mit.</translation>
    </message>
    <message>
        <source>Choose the vendor it goes to.</source>
        <translation>Wählen Sie den Anbieter, an den es geht.</translation>
    </message>
    <message>
        <source>{name} is in the trash: restore it before sharing with it.</source>
        <translation>{name} ist im Papierkorb: stellen Sie ihn wieder her, bevor Sie etwas mit ihm teilen.</translation>
    </message>
    <message>
        <source>Name the trusted contact the notes go to.</source>
        <translation>Nennen Sie die Vertrauensperson, an die die Notizen gehen.</translation>
    </message>
    <message>
        <source>Choose at least one note to share.</source>
        <translation>Wählen Sie mindestens eine Notiz zum Teilen.</translation>
    </message>
    <message>
        <source>Only your own notes can be passed on, not what a contact told you.</source>
        <translation>Nur Ihre eigenen Notizen können weitergegeben werden, nicht was Ihnen eine Vertrauensperson erzählt hat.</translation>
    </message>
    <message>
        <source>{address} is not an e-mail address.</source>
        <extracomment>where the headers name the address a message was for, in the order they are trusted: what the receiving server wrote first, then what the sender wrote, then the servers&apos; &quot;for &lt;…&gt;&quot;</extracomment>
        <translation>{address} ist keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>Write the phone number {address} with its country code, e.g. +49 170 1234567.</source>
        <translation>Schreiben Sie die Telefonnummer {address} mit Ländervorwahl, z. B. +49 170 1234567.</translation>
    </message>
    <message>
        <source>{address} is not a phone number: with its country code it has 7 to 15 digits.</source>
        <translation>{address} ist keine Telefonnummer: Mit Ländervorwahl hat sie 7 bis 15 Ziffern.</translation>
    </message>
    <message>
        <source>An alias is an e-mail address or a phone number, not {kind!r}.</source>
        <translation>Ein Alias ist eine E-Mail-Adresse oder eine Telefonnummer, nicht {kind!r}.</translation>
    </message>
    <message>
        <source>{address} is none of your aliases (alias list shows them).</source>
        <extracomment>words a vendor&apos;s name often ends in that say nothing about which vendor it is</extracomment>
        <translation>{address} ist keiner Ihrer Aliasse (alias list zeigt sie).</translation>
    </message>
    <message>
        <source>{name} is in the trash: restore it first.</source>
        <translation>{name} liegt im Papierkorb: Stellen Sie den Anbieter zuerst wieder her.</translation>
    </message>
    <message>
        <source>No vendor {key!r} is new to you in your contacts&apos; notes.</source>
        <translation>In den Notizen Ihrer Kontakte ist Ihnen kein Anbieter {key!r} neu.</translation>
    </message>
    <message>
        <source>{address} is your own address from your profile, not an alias given to one vendor.</source>
        <translation>{address} ist Ihre eigene Adresse aus Ihrem Profil, kein Alias für einen Anbieter.</translation>
    </message>
    <message>
        <source>{address} is already {name}&apos;s alias.</source>
        <translation>{address} ist schon ein Alias von {name}.</translation>
    </message>
    <message>
        <source>{address} is already {name}&apos;s alias: an alias is given to one vendor only.</source>
        <translation>{address} ist schon ein Alias von {name}: Ein Alias gehört nur einem Anbieter.</translation>
    </message>
    <message>
        <source>No package {package_id} was sent to this vendor.</source>
        <translation>An diesen Anbieter ging kein Paket {package_id}.</translation>
    </message>
    <message>
        <source>{address} has {count} leak(s) recorded; they are your evidence, so the alias stays: retire it instead.</source>
        <translation>Für {address} sind {count} Leck(s) erfasst; sie sind Ihr Beleg, daher bleibt der Alias: Mustern Sie ihn stattdessen aus.</translation>
    </message>
    <message>
        <source>Those headers are too long (at most {limit} characters).</source>
        <translation>Diese Kopfzeilen sind zu lang (höchstens {limit} Zeichen).</translation>
    </message>
    <message>
        <source>That is not a message&apos;s headers: paste them from your mail program&apos;s “show original” or “view source”, starting with lines such as Received: or From:.</source>
        <translation>Das sind keine Kopfzeilen einer Nachricht: Fügen Sie sie aus „Original anzeigen“ oder „Quelltext anzeigen“ Ihres E-Mail-Programms ein, beginnend mit Zeilen wie Received: oder From:.</translation>
    </message>
    <message>
        <source>These headers are not addressed to {alias}; the addresses in them: {seen}.</source>
        <translation>Diese Nachricht ging nicht an {alias}; die Adressen darin: {seen}.</translation>
    </message>
    <message>
        <source>These headers name none of your aliases. The addresses in them: {seen}. Add the alias to its vendor first, or record the leak by hand.</source>
        <translation>Diese Kopfzeilen nennen keinen Ihrer Aliasse. Die Adressen darin: {seen}. Legen Sie den Alias zuerst bei seinem Anbieter an oder erfassen Sie das Leck von Hand.</translation>
    </message>
    <message>
        <source>These headers are recorded already: leak {id} of {name}, seen on {day}.</source>
        <translation>Diese Kopfzeilen sind schon erfasst: Leck {id} von {name}, gesehen am {day}.</translation>
    </message>
    <message>
        <source>{address} is an e-mail address: a leak of it came by e-mail.</source>
        <translation>{address} ist eine E-Mail-Adresse: Ein Leck davon kam per E-Mail.</translation>
    </message>
    <message>
        <source>{address} is a phone number: a leak of it came by phone call or SMS.</source>
        <translation>{address} ist eine Telefonnummer: Ein Leck davon kam per Anruf oder SMS.</translation>
    </message>
    <message>
        <source>A leak needs the day it was seen.</source>
        <translation>Ein Leck braucht den Tag, an dem Sie es bemerkt haben.</translation>
    </message>
    <message>
        <source>A leak cannot be seen after today.</source>
        <translation>Ein Leck kann nicht nach heute bemerkt worden sein.</translation>
    </message>
    <message>
        <source>Say who used the alias: a company, a sender&apos;s address or a caller&apos;s number.</source>
        <translation>Sagen Sie, wer den Alias benutzt hat: eine Firma, eine Absenderadresse oder die Nummer eines Anrufers.</translation>
    </message>
    <message>
        <source>Requests can cite GDPR or CCPA, not {law!r}.</source>
        <translation>Anträge können sich auf DSGVO (GDPR) oder CCPA berufen, nicht auf {law!r}.</translation>
    </message>
    <message>
        <source>No package {package_id} was sent from this vault.</source>
        <translation>Aus diesem Tresor wurde kein Paket {package_id} gesendet.</translation>
    </message>
    <message>
        <source>There is no kind of package called {kind!r}; kinds: {value}.</source>
        <translation>Es gibt keine Paketart {kind!r}; Arten: {value}.</translation>
    </message>
    <message>
        <source>Packages are signed with {value}, not {alg!r}.</source>
        <translation>Pakete werden mit {value} signiert, nicht mit {alg!r}.</translation>
    </message>
    <message>
        <source>Choose at least one term: a share without terms makes no promise to hold to.</source>
        <translation>Wählen Sie mindestens eine Bedingung: eine Freigabe ohne Bedingungen verspricht nichts, woran man sich halten müsste.</translation>
    </message>
    <message>
        <source>Choose at least one field of your profile to share.</source>
        <translation>Wählen Sie mindestens ein Feld Ihres Profils zum Teilen.</translation>
    </message>
    <message>
        <source>You have no notes of your own about those vendors.</source>
        <translation>Sie haben keine eigenen Notizen zu diesen Anbietern.</translation>
    </message>
    <message>
        <source>Write the feedback first.</source>
        <translation>Schreiben Sie zuerst das Feedback.</translation>
    </message>
    <message>
        <source>A package is valid for 1 to 3650 days.</source>
        <translation>Ein Paket ist 1 bis 3650 Tage gültig.</translation>
    </message>
    <message>
        <source>A pseudonym per recipient is for a personal request; every vendor and contact has its own already.</source>
        <translation>Ein Pseudonym pro Empfänger gibt es für eine persönliche Anfrage; jeder Anbieter und jede Vertrauensperson hat bereits ein eigenes.</translation>
    </message>
    <message>
        <source>A personal request and notes for a contact go out without your real details.</source>
        <translation>Eine persönliche Anfrage und Notizen für eine Vertrauensperson gehen ohne Ihre echten Angaben hinaus.</translation>
    </message>
    <message>
        <source>There is no term {term_id!r} in the library. Known terms: {known}.</source>
        <translation>Es gibt keine Bedingung {term_id!r} in der Sammlung. Bekannte Bedingungen: {known}.</translation>
    </message>
    <message>
        <source>{text!r}: set a parameter as NAME=NUMBER, for example {term_id}:days=30.</source>
        <translation>{text!r}: geben Sie einen Parameter als NAME=ZAHL an, zum Beispiel {term_id}:days=30.</translation>
    </message>
    <message>
        <source>{term_id} and {value} say different things about the same matter ({group}): choose one of them.</source>
        <translation>{term_id} und {value} sagen Verschiedenes zur selben Sache ({group}): wählen Sie eine davon.</translation>
    </message>
    <message>
        <source>{term_id} has no parameter {value}.</source>
        <translation>{term_id} hat keinen Parameter {value}.</translation>
    </message>
    <message>
        <source>{term_id}: {lower} must be between {minimum} and {maximum}, not {value}.</source>
        <translation>{term_id}: {lower} muss zwischen {minimum} und {maximum} liegen, nicht {value}.</translation>
    </message>
    <message>
        <source>Choose one plain choice, not {value}.</source>
        <translation>Wählen Sie eine einfache Auswahl, nicht {value}.</translation>
    </message>
    <message>
        <source>There is no term {term_id!r} in the library, and no plain choice of that name for a {kind}. Plain choices: {value}. Known terms: {value2}.</source>
        <translation>Es gibt keine Bedingung {term_id!r} in der Sammlung und keine einfache Auswahl dieses Namens für {kind}. Einfache Auswahl: {value}. Bekannte Bedingungen: {value2}.</translation>
    </message>
    <message>
        <source>Dates are often easy to guess.</source>
        <extracomment>zxcvbn&apos;s warnings and suggestions (English, from its feedback.py), marked so that the app can translate them</extracomment>
        <translation>Daten sind oft leicht zu erraten.</translation>
    </message>
    <message>
        <source>No need for symbols, digits, or uppercase letters.</source>
        <translation>Sonderzeichen, Ziffern oder Großbuchstaben sind nicht nötig.</translation>
    </message>
    <message>
        <source>Recent years are easy to guess.</source>
        <translation>Jahreszahlen der letzten Zeit sind leicht zu erraten.</translation>
    </message>
    <message>
        <source>Use a few words, avoid common phrases.</source>
        <translation>Verwenden Sie ein paar Wörter und vermeiden Sie gängige Redewendungen.</translation>
    </message>
    <message>
        <source>A word by itself is easy to guess.</source>
        <translation>Ein einzelnes Wort ist leicht zu erraten.</translation>
    </message>
    <message>
        <source>Add another word or two. Uncommon words are better.</source>
        <translation>Fügen Sie ein oder zwei Wörter hinzu. Ungewöhnliche Wörter sind besser.</translation>
    </message>
    <message>
        <source>Avoid dates and years that are associated with you.</source>
        <translation>Vermeiden Sie Daten und Jahreszahlen, die mit Ihnen zu tun haben.</translation>
    </message>
    <message>
        <source>Avoid recent years.</source>
        <translation>Vermeiden Sie Jahreszahlen der letzten Zeit.</translation>
    </message>
    <message>
        <source>Avoid repeated words and characters.</source>
        <translation>Vermeiden Sie wiederholte Wörter und Zeichen.</translation>
    </message>
    <message>
        <source>Avoid sequences.</source>
        <translation>Vermeiden Sie Folgen wie abc oder 123.</translation>
    </message>
    <message>
        <source>Avoid years that are associated with you.</source>
        <translation>Vermeiden Sie Jahreszahlen, die mit Ihnen zu tun haben.</translation>
    </message>
    <message>
        <source>Common names and surnames are easy to guess.</source>
        <translation>Häufige Vor- und Nachnamen sind leicht zu erraten.</translation>
    </message>
    <message>
        <source>Names and surnames by themselves are easy to guess.</source>
        <translation>Vor- und Nachnamen allein sind leicht zu erraten.</translation>
    </message>
    <message>
        <source>Short keyboard patterns are easy to guess.</source>
        <translation>Kurze Tastaturmuster sind leicht zu erraten.</translation>
    </message>
    <message>
        <source>Straight rows of keys are easy to guess.</source>
        <translation>Gerade Tastenreihen sind leicht zu erraten.</translation>
    </message>
    <message>
        <source>This is a top-10 common password.</source>
        <translation>Das ist eines der 10 häufigsten Passwörter.</translation>
    </message>
    <message>
        <source>This is a top-100 common password.</source>
        <translation>Das ist eines der 100 häufigsten Passwörter.</translation>
    </message>
    <message>
        <source>This is a very common password.</source>
        <translation>Das ist ein sehr häufiges Passwort.</translation>
    </message>
    <message>
        <source>This is similar to a commonly used password.</source>
        <translation>Das ähnelt einem häufig verwendeten Passwort.</translation>
    </message>
    <message>
        <source>Use a longer keyboard pattern with more turns.</source>
        <translation>Verwenden Sie ein längeres Tastaturmuster mit mehr Richtungswechseln.</translation>
    </message>
    <message>
        <source>It would be easy to guess.</source>
        <translation>Sie wäre leicht zu erraten.</translation>
    </message>
    <message>
        <source>The new passphrase is weak (strength {score} of 4; {MIN_SCORE} is needed). {why} Choose a longer one (a few unrelated words), or pass {ALLOW_WEAK_OPTION} to use it anyway; nothing was changed.</source>
        <translation>Die neue Passphrase ist schwach (Stärke {score} von 4; {MIN_SCORE} ist nötig). {why} Wählen Sie eine längere (ein paar Wörter ohne Zusammenhang) oder geben Sie {ALLOW_WEAK_OPTION} an, um sie trotzdem zu verwenden; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>{kind!r} is not a kind of interaction ({value}).</source>
        <translation>{kind!r} ist keine Art von Kontakt ({value}).</translation>
    </message>
    <message>
        <source>Interactions have no field {value!r}.</source>
        <translation>Kontakte haben kein Feld {value!r}.</translation>
    </message>
    <message>
        <source>A page holds between 1 and 10000 interactions.</source>
        <translation>Eine Seite enthält zwischen 1 und 10000 Kontakte.</translation>
    </message>
    <message>
        <source>A page is older than one interaction or newer than one, not both.</source>
        <translation>Eine Seite ist älter als ein Kontakt oder neuer als einer, nicht beides.</translation>
    </message>
    <message>
        <source>A position in the timeline is 0 or more.</source>
        <translation>Eine Position im Verlauf ist 0 oder größer.</translation>
    </message>
    <message>
        <source>{clean!r} is not a web address (for example https://example.com).</source>
        <translation>{clean!r} ist keine Webadresse (zum Beispiel https://example.com).</translation>
    </message>
    <message>
        <source>A tag can be at most {MAX_TAG} characters: {value}…</source>
        <translation>Ein Schlagwort darf höchstens {MAX_TAG} Zeichen lang sein: {value}…</translation>
    </message>
    <message>
        <source>A vendor needs a name.</source>
        <translation>Ein Anbieter braucht einen Namen.</translation>
    </message>
    <message>
        <source>A vendor name can be at most {MAX_NAME} characters.</source>
        <translation>Ein Anbietername darf höchstens {MAX_NAME} Zeichen lang sein.</translation>
    </message>
    <message>
        <source>{email!r} is not an e-mail address.</source>
        <translation>{email!r} ist keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>Notes can be at most {MAX_TEXT} characters.</source>
        <translation>Notizen dürfen höchstens {MAX_TEXT} Zeichen lang sein.</translation>
    </message>
    <message>
        <source>A vendor&apos;s status is active, former or blocked, not {status!r}.</source>
        <translation>Der Status eines Anbieters ist active (aktiv), former (ehemalig) oder blocked (gesperrt), nicht {status!r}.</translation>
    </message>
    <message>
        <source>Record {index}: {message}</source>
        <translation>Eintrag {index}: {message}</translation>
    </message>
    <message>
        <source>Vendors have no field {value!r}.</source>
        <translation>Anbieter haben kein Feld {value!r}.</translation>
    </message>
    <message>
        <source>That vendor is not in the trash.</source>
        <translation>Dieser Anbieter ist nicht im Papierkorb.</translation>
    </message>
    <message>
        <source>Vendors sort by {value}, not {sort!r}.</source>
        <translation>Anbieter werden nach {value} sortiert, nicht nach {sort!r}.</translation>
    </message>
    <message>
        <source>A page holds between 1 and 10000 vendors.</source>
        <translation>Eine Seite enthält zwischen 1 und 10000 Anbieter.</translation>
    </message>
    <message>
        <source>A page follows one vendor or precedes one, not both.</source>
        <translation>Eine Seite folgt einem Anbieter oder geht einem voraus, nicht beides.</translation>
    </message>
    <message>
        <source>A position in the list is 0 or more.</source>
        <translation>Eine Position in der Liste ist 0 oder größer.</translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <extracomment>the translation context of every service message</extracomment>
        <translation>Abgebrochen; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>The newest good backup is {backup}; `myvendors restore` can bring it back.</source>
        <extracomment>the newest backup, offered to the user for a restore True when that backup was opened with the vault&apos;s key and passed every check</extracomment>
        <translation>Die neueste gute Sicherung ist {backup}; `myvendors restore` kann sie zurückholen.</translation>
    </message>
    <message>
        <source>The newest backup is {backup}; `myvendors restore` checks it with your passphrase and brings it back.</source>
        <translation>Die neueste Sicherung ist {backup}; `myvendors restore` prüft sie mit Ihrer Passphrase und holt sie zurück.</translation>
    </message>
    <message>
        <source>The disk holding {path} is full (or your quota is used up): nothing was saved. Free some space and try again.</source>
        <translation>Der Datenträger mit {path} ist voll (oder Ihr Kontingent ist aufgebraucht): Es wurde nichts gespeichert. Schaffen Sie Platz und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>{path} is on a read-only disk: nothing was saved. Make the disk writable (or copy the vault to a writable folder) and try again.</source>
        <translation>{path} liegt auf einem schreibgeschützten Datenträger: Es wurde nichts gespeichert. Machen Sie den Datenträger beschreibbar (oder kopieren Sie den Tresor in einen beschreibbaren Ordner) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The system does not allow MyVendors to use {path}: nothing was changed. Make the file and its folder readable and writable by you, then try again.</source>
        <translation>Das System erlaubt MyVendors nicht, {path} zu verwenden: Es wurde nichts geändert. Machen Sie die Datei und ihren Ordner für Sie lesbar und beschreibbar und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The system refused to read or write {path} ({strerror}): nothing was changed. Check the disk and the folder, then try again.</source>
        <translation>Das System hat das Lesen oder Schreiben von {path} verweigert ({strerror}): Es wurde nichts geändert. Prüfen Sie den Datenträger und den Ordner und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>SQLCipher is not installed, so the vault cannot be opened.</source>
        <translation>SQLCipher ist nicht installiert, daher kann der Tresor nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>Reinstall MyVendors (`make run` does it) so that the sqlcipher3 package is present.</source>
        <translation>Installieren Sie MyVendors neu (`make run` erledigt das), damit das Paket sqlcipher3 vorhanden ist.</translation>
    </message>
    <message>
        <source>The database library does not encrypt (no SQLCipher), so MyVendors refuses to run.</source>
        <translation>Die Datenbankbibliothek verschlüsselt nicht (kein SQLCipher), daher startet MyVendors nicht.</translation>
    </message>
    <message>
        <source>The vault file {path} is missing.</source>
        <translation>Die Tresordatei {path} fehlt.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a vault file.</source>
        <translation>{path} ist ein Ordner, keine Tresordatei.</translation>
    </message>
    <message>
        <source>The vault file {path} cannot be read: {strerror}.</source>
        <translation>Die Tresordatei {path} lässt sich nicht lesen: {strerror}.</translation>
    </message>
    <message>
        <source>The vault file {path} is empty (zero bytes): it has been truncated or was never written.</source>
        <translation>Die Tresordatei {path} ist leer (null Bytes): sie wurde abgeschnitten oder nie geschrieben.</translation>
    </message>
    <message>
        <source>{path} is an unencrypted SQLite database, not a MyVendors vault.</source>
        <translation>{path} ist eine unverschlüsselte SQLite-Datenbank, kein MyVendors-Tresor.</translation>
    </message>
    <message>
        <source>The vault file {path} is truncated or damaged: its size ({size} bytes) is not a whole number of {PAGE_SIZE}-byte pages.</source>
        <translation>Die Tresordatei {path} ist abgeschnitten oder beschädigt: ihre Größe ({size} Bytes) ist kein Vielfaches von {PAGE_SIZE}-Byte-Seiten.</translation>
    </message>
    <message>
        <source>The disk holding {parent} is full: the last change was not saved. Free some space and try again.</source>
        <translation>Der Datenträger mit {parent} ist voll: die letzte Änderung wurde nicht gespeichert. Geben Sie Platz frei und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The vault {path} is on a read-only disk, so nothing can be saved to it. Make the disk writable (or copy the vault and its envelope to a writable folder) and try again; nothing was changed.</source>
        <translation>Der Tresor {path} liegt auf einem schreibgeschützten Datenträger, daher kann nichts darin gespeichert werden. Machen Sie den Datenträger beschreibbar (oder kopieren Sie den Tresor und seinen Schlüsselumschlag in einen beschreibbaren Ordner) und versuchen Sie es erneut; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The vault {path} cannot be used: its folder {folder} is read-only, and SQLite must create its companion files there. Make the folder writable by you and try again; nothing was changed.</source>
        <translation>Der Tresor {path} kann nicht verwendet werden: Sein Ordner {folder} ist schreibgeschützt, und SQLite muss dort seine Begleitdateien anlegen. Machen Sie den Ordner für Sie beschreibbar und versuchen Sie es erneut; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The vault {path} cannot be written: the file {blocked} is read-only. Make it writable by you and try again; nothing was changed.</source>
        <translation>In den Tresor {path} kann nicht geschrieben werden: Die Datei {blocked} ist schreibgeschützt. Machen Sie sie für Sie beschreibbar und versuchen Sie es erneut; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The system refused to read or write the vault {path}: nothing was changed. Check that the disk is present and has space and that the folder and its files are yours to write, then try again.</source>
        <translation>Das System hat das Lesen oder Schreiben des Tresors {path} verweigert: Es wurde nichts geändert. Prüfen Sie, ob der Datenträger vorhanden ist und Platz hat und ob Sie in den Ordner und seine Dateien schreiben dürfen, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The vault file {path} is damaged or not a MyVendors vault: the encrypted pages do not check out.</source>
        <translation>Die Tresordatei {path} ist beschädigt oder kein MyVendors-Tresor: die verschlüsselten Seiten bestehen die Prüfung nicht.</translation>
    </message>
    <message>
        <source>SQLCipher said: {exc}</source>
        <translation>SQLCipher meldete: {exc}</translation>
    </message>
    <message>
        <source>This vault was written by a newer MyVendors (schema {version}; this version knows up to {latest_version}). Update MyVendors to open it; nothing was changed.</source>
        <translation>Dieser Tresor wurde von einem neueren MyVendors geschrieben (Schema {version}; diese Version kennt bis {latest_version}). Aktualisieren Sie MyVendors, um ihn zu öffnen; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>The database library does not encrypt (no SQLCipher); refusing to open.</source>
        <translation>Die Datenbankbibliothek verschlüsselt nicht (kein SQLCipher); Öffnen verweigert.</translation>
    </message>
    <message>
        <source>{name} is busy in another connection; its write-ahead log could not be folded in.</source>
        <translation>{name} wird von einer anderen Verbindung benutzt; sein Write-Ahead-Log konnte nicht eingearbeitet werden.</translation>
    </message>
    <message>
        <source>The key envelope names an unknown key-derivation function; it was edited or damaged.</source>
        <translation>Der Schlüsselumschlag nennt eine unbekannte Schlüsselableitung; er wurde bearbeitet oder beschädigt.</translation>
    </message>
    <message>
        <source>The key envelope&apos;s key-derivation parameters are unreadable.</source>
        <translation>Die Parameter der Schlüsselableitung im Schlüsselumschlag sind unlesbar.</translation>
    </message>
    <message>
        <source>The key envelope asks for a weaker passphrase protection than MyVendors ever writes ({memory_kib} KiB, {iterations} passes). It has been tampered with; refusing to use it.</source>
        <translation>Der Schlüsselumschlag verlangt einen schwächeren Passphrasenschutz, als MyVendors je schreibt ({memory_kib} KiB, {iterations} Durchläufe). Er wurde manipuliert; er wird nicht verwendet.</translation>
    </message>
    <message>
        <source>The key envelope&apos;s key-derivation parameters are out of range; it was edited or damaged.</source>
        <translation>Die Parameter der Schlüsselableitung im Schlüsselumschlag liegen außerhalb des gültigen Bereichs; er wurde bearbeitet oder beschädigt.</translation>
    </message>
    <message>
        <source>This vault&apos;s key envelope uses the test suite&apos;s deliberately weak key derivation ({TEST_KDF_NAME!r}). MyVendors never opens or writes such a vault outside its tests; refusing to use it.</source>
        <translation>Der Schlüsselumschlag dieses Tresors verwendet die absichtlich schwache Schlüsselableitung der Testsuite ({TEST_KDF_NAME!r}). MyVendors öffnet oder schreibt einen solchen Tresor nie außerhalb seiner Tests; er wird nicht verwendet.</translation>
    </message>
    <message>
        <source>The passphrase must be at least {MIN_PASSPHRASE_CHARS} characters long.</source>
        <translation>Die Passphrase muss mindestens {MIN_PASSPHRASE_CHARS} Zeichen lang sein.</translation>
    </message>
    <message>
        <source>This installation&apos;s OpenSSL has no Argon2id (it needs OpenSSL 3.2 or newer inside the cryptography package), so vaults cannot be opened safely.</source>
        <translation>Das OpenSSL dieser Installation hat kein Argon2id (nötig ist OpenSSL 3.2 oder neuer im Paket cryptography), daher können Tresore nicht sicher geöffnet werden.</translation>
    </message>
    <message>
        <source>Reinstall with `make run`, which installs a current cryptography wheel.</source>
        <translation>Installieren Sie neu mit `make run`; das installiert ein aktuelles cryptography-Paket.</translation>
    </message>
    <message>
        <source>This installation&apos;s OpenSSL has no Argon2id (OpenSSL 3.2 or newer is needed inside the cryptography package), so MyVendors cannot protect a vault.</source>
        <translation>Das OpenSSL dieser Installation hat kein Argon2id (OpenSSL 3.2 oder neuer ist im Paket cryptography nötig), daher kann MyVendors keinen Tresor schützen.</translation>
    </message>
    <message>
        <source>The time to spend deriving the key must be between 0 and {MAX_KDF_SECONDS} seconds.</source>
        <translation>Die Zeit für die Schlüsselableitung muss zwischen 0 und {MAX_KDF_SECONDS} Sekunden liegen.</translation>
    </message>
    <message>
        <source>The key envelope&apos;s {what} is missing or not text; it was edited or damaged.</source>
        <translation>{what} im Schlüsselumschlag fehlt oder ist kein Text; er wurde bearbeitet oder beschädigt.</translation>
    </message>
    <message>
        <source>The key envelope&apos;s {what} is not valid base64; it was edited or damaged.</source>
        <translation>{what} im Schlüsselumschlag ist kein gültiges Base64; er wurde bearbeitet oder beschädigt.</translation>
    </message>
    <message>
        <source>A slot of the key envelope is not an object; the envelope was edited or damaged.</source>
        <translation>Ein Fach des Schlüsselumschlags ist kein Objekt; der Umschlag wurde bearbeitet oder beschädigt.</translation>
    </message>
    <message>
        <source>The key envelope has a slot of unknown kind {kind!r}.</source>
        <translation>Der Schlüsselumschlag hat ein Fach unbekannter Art {kind!r}.</translation>
    </message>
    <message>
        <source>A slot of the key envelope has no id.</source>
        <translation>Ein Fach des Schlüsselumschlags hat keine ID.</translation>
    </message>
    <message>
        <source>A slot of the key envelope has fields MyVendors never writes, or lacks some; it was edited.</source>
        <translation>Ein Fach des Schlüsselumschlags hat Felder, die MyVendors nie schreibt, oder es fehlen welche; er wurde bearbeitet.</translation>
    </message>
    <message>
        <source>A slot of the key envelope has the wrong length; it was edited or damaged.</source>
        <translation>Ein Fach des Schlüsselumschlags hat die falsche Länge; er wurde bearbeitet oder beschädigt.</translation>
    </message>
    <message>
        <source>{where} is far too large to be a MyVendors key envelope.</source>
        <translation>{where} ist viel zu groß für einen MyVendors-Schlüsselumschlag.</translation>
    </message>
    <message>
        <source>{where} is empty: it was truncated. A backup holds a good copy.</source>
        <translation>{where} ist leer: die Datei wurde abgeschnitten. Eine Sicherung enthält eine gute Kopie.</translation>
    </message>
    <message>
        <source>{where} is not readable JSON: it is damaged or truncated.</source>
        <translation>{where} ist kein lesbares JSON: die Datei ist beschädigt oder abgeschnitten.</translation>
    </message>
    <message>
        <source>{where} is not a MyVendors key envelope.</source>
        <translation>{where} ist kein MyVendors-Schlüsselumschlag.</translation>
    </message>
    <message>
        <source>{where} has format version {get!r}; this MyVendors reads version {VERSION}.</source>
        <translation>{where} hat die Formatversion {get!r}; dieses MyVendors liest Version {VERSION}.</translation>
    </message>
    <message>
        <source>{where} has no vault id or no slots; it was edited or damaged.</source>
        <translation>{where} hat keine Tresor-ID oder keine Fächer; die Datei wurde bearbeitet oder beschädigt.</translation>
    </message>
    <message>
        <source>{where} has {value} slots; MyVendors never writes more than {MAX_SLOTS}.</source>
        <translation>{where} hat {value} Fächer; MyVendors schreibt nie mehr als {MAX_SLOTS}.</translation>
    </message>
    <message>
        <source>{where} has two slots with the same id; it was edited.</source>
        <translation>{where} hat zwei Fächer mit derselben ID; die Datei wurde bearbeitet.</translation>
    </message>
    <message>
        <source>{where} has more than one {kind} slot; MyVendors never writes that. It was edited.</source>
        <translation>{where} hat mehr als ein Fach der Art {kind}; das schreibt MyVendors nie. Die Datei wurde bearbeitet.</translation>
    </message>
    <message>
        <source>{where} has fields MyVendors never writes, or lacks some; it was edited.</source>
        <translation>{where} hat Felder, die MyVendors nie schreibt, oder es fehlen welche; er wurde bearbeitet.</translation>
    </message>
    <message>
        <source>{where} is not byte for byte as MyVendors writes it (its text was edited); refusing to use it.</source>
        <translation>{where} ist nicht Byte für Byte so, wie MyVendors ihn schreibt (sein Text wurde bearbeitet); er wird nicht verwendet.</translation>
    </message>
    <message>
        <source>The key envelope has been changed outside MyVendors (a slot was added, removed or edited); refusing to use it.</source>
        <translation>Der Schlüsselumschlag wurde außerhalb von MyVendors geändert (ein Fach wurde hinzugefügt, entfernt oder bearbeitet); er wird nicht verwendet.</translation>
    </message>
    <message>
        <source>That passphrase does not open this vault.</source>
        <translation>Diese Passphrase öffnet diesen Tresor nicht.</translation>
    </message>
    <message>
        <source>That recovery key does not open this vault.</source>
        <translation>Dieser Wiederherstellungsschlüssel öffnet diesen Tresor nicht.</translation>
    </message>
    <message>
        <source>This device&apos;s remembered key no longer opens this vault.</source>
        <translation>Der auf diesem Gerät gemerkte Schlüssel öffnet diesen Tresor nicht mehr.</translation>
    </message>
    <message>
        <source>A passphrase slot has no key-derivation parameters.</source>
        <extracomment>A way to open an envelope (a passphrase, the recovery key, a device key): returns the data key.</extracomment>
        <translation>Ein Passphrasenfach hat keine Parameter für die Schlüsselableitung.</translation>
    </message>
    <message>
        <source>Remembering is turned off.</source>
        <translation>Merken ist ausgeschaltet.</translation>
    </message>
    <message>
        <source>This device cannot remember the vault: {reason}</source>
        <translation>Dieses Gerät kann sich den Tresor nicht merken: {reason}</translation>
    </message>
    <message>
        <source>This device does not remember this vault.</source>
        <translation>Dieses Gerät hat sich diesen Tresor nicht gemerkt.</translation>
    </message>
    <message>
        <source>The system keyring did not answer within {timeout_s:g} s (while trying to {what}).</source>
        <translation>Der Schlüsselbund des Systems hat nicht innerhalb von {timeout_s:g} s geantwortet (beim Versuch: {what}).</translation>
    </message>
    <message>
        <source>No system keyring could be loaded ({name}: {exc}).</source>
        <translation>Es konnte kein Schlüsselbund des Systems geladen werden ({name}: {exc}).</translation>
    </message>
    <message>
        <source>No secure system keyring is available (only {label}).</source>
        <translation>Kein sicherer Schlüsselbund des Systems verfügbar (nur {label}).</translation>
    </message>
    <message>
        <source>No secure system keyring is available ({label} is not usable here).</source>
        <translation>Kein sicherer Schlüsselbund des Systems verfügbar ({label} ist hier nicht nutzbar).</translation>
    </message>
    <message>
        <source>The system keyring&apos;s prompt was dismissed ({label}).</source>
        <translation>Die Abfrage des Schlüsselbunds des Systems wurde geschlossen ({label}).</translation>
    </message>
    <message>
        <source>The system keyring ({label}) refused a test entry: {value}.</source>
        <translation>Der Schlüsselbund des Systems ({label}) hat einen Testeintrag abgelehnt: {value}.</translation>
    </message>
    <message>
        <source>The system keyring ({label}) does not keep what is stored in it.</source>
        <translation>Der Schlüsselbund des Systems ({label}) behält nicht, was darin gespeichert wird.</translation>
    </message>
    <message>
        <source>Stored in the system keyring ({label}).</source>
        <translation>Im Schlüsselbund des Systems gespeichert ({label}).</translation>
    </message>
    <message>
        <source>The system keyring did not keep the device key.</source>
        <translation>Der Schlüsselbund des Systems hat den Geräteschlüssel nicht behalten.</translation>
    </message>
    <message>
        <source>The system keyring&apos;s prompt was dismissed; the device key was not stored.</source>
        <translation>Die Abfrage des Schlüsselbunds des Systems wurde geschlossen; der Geräteschlüssel wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>The system keyring refused to store the device key: {exc}.</source>
        <translation>Der Schlüsselbund des Systems hat das Speichern des Geräteschlüssels abgelehnt: {exc}.</translation>
    </message>
    <message>
        <source>The system keyring&apos;s prompt was dismissed; the device key was not read.</source>
        <translation>Die Abfrage des Schlüsselbunds des Systems wurde geschlossen; der Geräteschlüssel wurde nicht gelesen.</translation>
    </message>
    <message>
        <source>The system keyring could not be read: {exc}.</source>
        <translation>Der Schlüsselbund des Systems ließ sich nicht lesen: {exc}.</translation>
    </message>
    <message>
        <source>This device&apos;s keyring entry for the vault is unreadable; unlock with the passphrase.</source>
        <translation>Der Eintrag dieses Geräts für den Tresor im Schlüsselbund ist unlesbar; entsperren Sie mit der Passphrase.</translation>
    </message>
    <message>
        <source>The system keyring&apos;s prompt was dismissed; the device key was not removed.</source>
        <translation>Die Abfrage des Schlüsselbunds des Systems wurde geschlossen; der Geräteschlüssel wurde nicht entfernt.</translation>
    </message>
    <message>
        <source>The system keyring could not remove the device key: {exc}.</source>
        <translation>Der Schlüsselbund des Systems konnte den Geräteschlüssel nicht entfernen: {exc}.</translation>
    </message>
    <message>
        <source>A recovery key has {expected} letters and digits (8 groups of 5); this one has {value}.</source>
        <translation>Ein Wiederherstellungsschlüssel hat {expected} Buchstaben und Ziffern (8 Gruppen zu 5); dieser hat {value}.</translation>
    </message>
    <message>
        <source>A recovery key uses only the letters A–Z and the digits 2–7; this one has other characters.</source>
        <translation>Ein Wiederherstellungsschlüssel verwendet nur die Buchstaben A–Z und die Ziffern 2–7; dieser enthält andere Zeichen.</translation>
    </message>
    <message>
        <source>This recovery key has a typo: its checksum does not match. Check each group against your saved copy.</source>
        <translation>Dieser Wiederherstellungsschlüssel enthält einen Tippfehler: seine Prüfsumme stimmt nicht. Vergleichen Sie jede Gruppe mit Ihrer gespeicherten Kopie.</translation>
    </message>
    <message>
        <source>There is no vault at {path}.</source>
        <translation>Unter {path} gibt es keinen Tresor.</translation>
    </message>
    <message>
        <source>{path} has no key envelope beside it ({name}), so it cannot be unlocked. If you moved the vault, move both files; a backup holds both.</source>
        <translation>Neben {path} liegt kein Schlüsselumschlag ({name}), daher lässt er sich nicht entsperren. Wenn Sie den Tresor verschoben haben, verschieben Sie beide Dateien; eine Sicherung enthält beide.</translation>
    </message>
    <message>
        <source>The key envelope {name} is there but the vault file {name2} is missing.</source>
        <translation>Der Schlüsselumschlag {name} ist da, aber die Tresordatei {name2} fehlt.</translation>
    </message>
    <message>
        <source>The key envelope {env_path} cannot be read: {strerror}.</source>
        <translation>Der Schlüsselumschlag {env_path} lässt sich nicht lesen: {strerror}.</translation>
    </message>
    <message>
        <source>The vault {name} was never finished: its creation was interrupted and it holds no data. Delete it and its envelope, and create it again.</source>
        <extracomment>what a killed `init` or `restore` had left beside the vault, removed when this one was created</extracomment>
        <translation>Der Tresor {name} wurde nie fertig: sein Anlegen wurde unterbrochen und er enthält keine Daten. Löschen Sie ihn und seinen Umschlag und legen Sie ihn neu an.</translation>
    </message>
    <message>
        <source>The key envelope beside {name} belongs to another vault; the files were mixed up.</source>
        <translation>Der Schlüsselumschlag neben {name} gehört zu einem anderen Tresor; die Dateien wurden vertauscht.</translation>
    </message>
    <message>
        <source>Too many devices remember this vault. Use “Forget all devices” and remember this one again.</source>
        <translation>Zu viele Geräte haben sich diesen Tresor gemerkt. Verwenden Sie „Alle Geräte vergessen“ und lassen Sie sich dieses erneut merken.</translation>
    </message>
    <message>
        <source>The write-ahead log {wal_name} was deleted after MyVendors last stopped without closing the vault (noticed {noticed}): changes saved since {since} may have been lost.</source>
        <translation>Das Write-Ahead-Log {wal_name} wurde gelöscht, nachdem MyVendors zuletzt beendet wurde, ohne den Tresor zu schließen (bemerkt {noticed}): Seit {since} gespeicherte Änderungen sind möglicherweise verloren.</translation>
    </message>
    <message>
        <source>At least one backup must be kept.</source>
        <translation>Mindestens eine Sicherung muss behalten werden.</translation>
    </message>
    <message>
        <source>There is already a vault at {path}; choose another file name or open it.</source>
        <translation>Unter {path} gibt es schon einen Tresor; wählen Sie einen anderen Dateinamen oder öffnen Sie ihn.</translation>
    </message>
    <message>
        <source>An unfinished vault is at {path}: its key envelope ({name}) exists but the vault file does not (creation was interrupted). Delete the envelope file, or choose another name.</source>
        <translation>Unter {path} liegt ein unfertiger Tresor: sein Schlüsselumschlag ({name}) existiert, die Tresordatei aber nicht (das Anlegen wurde unterbrochen). Löschen Sie die Umschlagdatei oder wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>The vault {name} is open in another MyVendors window or process. Close it there first.</source>
        <translation>Der Tresor {name} ist in einem anderen MyVendors-Fenster oder -Prozess geöffnet. Schließen Sie ihn zuerst dort.</translation>
    </message>
    <message>
        <source>The vault {name} cannot be locked for use: {strerror}.</source>
        <translation>Der Tresor {name} lässt sich nicht zur Benutzung sperren: {strerror}.</translation>
    </message>
    <message>
        <source>The passphrase settings in the key file {name} ({now}) are not those it had when it last opened on this device ({before}). Unless the passphrase was changed on another device since, the key file may have been altered: restore it from a backup, or use the recovery key.</source>
        <translation>Die Passphrasen-Einstellungen in der Schlüsseldatei {name} ({now}) sind nicht die, die sie beim letzten Öffnen auf diesem Gerät hatte ({before}). Sofern die Passphrase nicht inzwischen auf einem anderen Gerät geändert wurde, wurde die Schlüsseldatei möglicherweise verändert: Stellen Sie sie aus einer Sicherung wieder her oder verwenden Sie den Wiederherstellungsschlüssel.</translation>
    </message>
    <message>
        <source>The copy {db_path} failed its check: {value}</source>
        <translation>Die Kopie {db_path} hat ihre Prüfung nicht bestanden: {value}</translation>
    </message>
    <message>
        <source>{db_path} belongs to another vault.</source>
        <translation>{db_path} gehört zu einem anderen Tresor.</translation>
    </message>
    <message>
        <source>{location} is not a MyVendors backup (it must hold a vault file and its envelope).</source>
        <translation>{location} ist keine MyVendors-Sicherung (sie muss eine Tresordatei und ihren Umschlag enthalten).</translation>
    </message>
    <message>
        <source>That secret opens the backup but no longer opens the vault: the passphrase or recovery key was changed since the backup. Use the current one, or confirm that the backup&apos;s older secrets should come back (--use-backup-secrets).</source>
        <translation>Dieses Geheimnis öffnet die Sicherung, aber nicht mehr den Tresor: Passphrase oder Wiederherstellungsschlüssel wurden seit der Sicherung geändert. Verwenden Sie das aktuelle, oder bestätigen Sie, dass die älteren Geheimnisse der Sicherung zurückkommen sollen (--use-backup-secrets).</translation>
    </message>
    <message>
        <source>The document is larger than {limit} bytes, more than any answer or package can be: it is not read.</source>
        <translation>Das Dokument ist größer als {limit} Bytes, größer als jede Antwort und jedes Paket sein kann: es wird nicht gelesen.</translation>
    </message>
    <message>
        <source>The document nests objects and arrays more than {limit} levels deep, which no answer does: it is not read.</source>
        <translation>Das Dokument verschachtelt Objekte und Arrays mehr als {limit} Ebenen tief, was keine Antwort tut: es wird nicht gelesen.</translation>
    </message>
    <message>
        <source>The {what} is not readable base64url JSON: the document was altered or cut.</source>
        <translation>{what} ist kein lesbares Base64url-JSON: das Dokument wurde verändert oder abgeschnitten.</translation>
    </message>
    <message>
        <source>The {what} is not a JSON object.</source>
        <translation>{what} ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>The {what} asks for compression (zip), which is not accepted: a small compressed document can expand to an enormous one.</source>
        <translation>{what} verlangt Kompression (zip), die nicht angenommen wird: ein kleines komprimiertes Dokument kann sich zu einem riesigen entpacken.</translation>
    </message>
    <message>
        <source>This is not a signed document: expected a compact JWS (three parts separated by dots) or a JWE (five).</source>
        <translation>Das ist kein signiertes Dokument: erwartet wird ein kompaktes JWS (drei durch Punkte getrennte Teile) oder ein JWE (fünf).</translation>
    </message>
    <message>
        <source>A part of the document is not written as base64url is (padding, or bits that do not belong): it was altered.</source>
        <translation>Ein Teil des Dokuments ist nicht so geschrieben, wie base64url geschrieben wird (Auffüllung oder Bits, die nicht dazugehören): es wurde verändert.</translation>
    </message>
    <message>
        <source>This document is encrypted to a key that is not one of your pseudonyms: it was not sent to you (or it is a package you sent, which only its recipient can read).</source>
        <translation>Dieses Dokument ist für einen Schlüssel verschlüsselt, der keines Ihrer Pseudonyme ist: es wurde nicht an Sie gesendet (oder es ist ein Paket, das Sie gesendet haben und nur sein Empfänger lesen kann).</translation>
    </message>
    <message>
        <source>The encrypted document could not be decrypted: it was altered on the way ({name}).</source>
        <translation>Das verschlüsselte Dokument ließ sich nicht entschlüsseln: es wurde unterwegs verändert ({name}).</translation>
    </message>
    <message>
        <source>The encrypted document holds no signed document.</source>
        <translation>Das verschlüsselte Dokument enthält kein signiertes Dokument.</translation>
    </message>
    <message>
        <source>This document is encrypted without naming a key, and none of your keys for packages still open decrypts it: it was not sent to you, or it was altered on the way.</source>
        <translation>Dieses Dokument ist verschlüsselt, ohne einen Schlüssel zu nennen, und keiner Ihrer Schlüssel für noch gültige Pakete entschlüsselt es: Es wurde nicht an Sie gesendet, oder es wurde unterwegs verändert.</translation>
    </message>
    <message>
        <source>The signature does not verify: the document was altered after it was signed, or signed by another key ({name}).</source>
        <translation>Die Signatur ist ungültig: das Dokument wurde nach dem Signieren verändert oder mit einem anderen Schlüssel signiert ({name}).</translation>
    </message>
    <message>
        <source>The signed content is not JSON.</source>
        <translation>Der signierte Inhalt ist kein JSON.</translation>
    </message>
    <message>
        <source>The signed content is not a JSON object.</source>
        <translation>Der signierte Inhalt ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>The document does not follow the vendor-document schema at {where}: {message}</source>
        <translation>Das Dokument folgt dem Schema für Anbieterdokumente nicht bei {where}: {message}</translation>
    </message>
    <message>
        <source>The document says it was issued at {value}, which is still to come: it is not taken (check this computer&apos;s clock if that is wrong).</source>
        <translation>Das Dokument gibt an, am {value} ausgestellt worden zu sein, was noch in der Zukunft liegt: es wird nicht angenommen (prüfen Sie die Uhr dieses Computers, falls das nicht stimmt).</translation>
    </message>
    <message>
        <source>The document&apos;s {key} is not a date and time with its offset from UTC (RFC 3339, such as 2026-12-01T09:30:00Z): {value}</source>
        <translation>{key} des Dokuments ist kein Datum mit Uhrzeit und Abstand zu UTC (RFC 3339, etwa 2026-12-01T09:30:00Z): {value}</translation>
    </message>
    <message>
        <source>The encrypted document holds another encrypted document, not a signed one.</source>
        <translation>Das verschlüsselte Dokument enthält ein weiteres verschlüsseltes Dokument, kein signiertes.</translation>
    </message>
    <message>
        <source>Signed with {get!r}: only Ed25519 (or EdDSA) signatures are accepted.</source>
        <translation>Signiert mit {get!r}: nur Ed25519-Signaturen (oder EdDSA) werden angenommen.</translation>
    </message>
    <message>
        <source>The signature header carries a private key: the bundle is not taken.</source>
        <translation>Der Signatur-Header enthält einen privaten Schlüssel: Das Bündel wird nicht angenommen.</translation>
    </message>
    <message>
        <source>The key in the signature header is not usable: {message}</source>
        <translation>Der Schlüssel im Signaturkopf ist nicht brauchbar: {message}</translation>
    </message>
    <message>
        <source>The bundle carries no key and names none of your contacts&apos; keys: it cannot be verified.</source>
        <translation>Das Bündel enthält keinen Schlüssel und nennt keinen Schlüssel Ihrer Kontakte: Es lässt sich nicht prüfen.</translation>
    </message>
    <message>
        <source>This bundle is signed by {signer}&apos;s key: it cannot be taken as {name}&apos;s.</source>
        <translation>Dieses Bündel ist mit dem Schlüssel von {signer} signiert: Es kann nicht als Bündel von {name} angenommen werden.</translation>
    </message>
    <message>
        <source>This bundle is signed by a key none of your contacts has (safety number {number}). Take it only if you know whose it is: add it to a new contact (import FILE --as-contact NAME), or, if a contact made a new key, replace theirs (--as-contact NAME --replace-key).</source>
        <translation>Dieses Bündel ist mit einem Schlüssel signiert, den keiner Ihrer Kontakte hat (Sicherheitsnummer {number}). Nehmen Sie es nur an, wenn Sie wissen, wessen Schlüssel das ist: Fügen Sie ihn einem neuen Kontakt hinzu (import DATEI --as-contact NAME) oder ersetzen Sie, wenn ein Kontakt einen neuen Schlüssel erzeugt hat, dessen Schlüssel (--as-contact NAME --replace-key).</translation>
    </message>
    <message>
        <source>{name}&apos;s key on file did not sign this bundle: it may come from someone else using that name. Take it only if you know {name} made a new key (compare the safety number {number} with them), then replace the key (--replace-key).</source>
        <translation>Der hinterlegte Schlüssel von {name} hat dieses Bündel nicht signiert: Es kann von jemand anderem stammen, der diesen Namen benutzt. Nehmen Sie es nur an, wenn Sie wissen, dass {name} einen neuen Schlüssel erzeugt hat (vergleichen Sie die Sicherheitsnummer {number} mit der Person), und ersetzen Sie dann den Schlüssel (--replace-key).</translation>
    </message>
    <message>
        <source>This bundle says it comes from {claimed}, but {claimed}&apos;s key did not sign it (it is signed by the key of {signer}): it is not taken.</source>
        <translation>Dieses Bündel gibt an, von {claimed} zu stammen, aber der Schlüssel von {claimed} hat es nicht signiert (es ist mit dem Schlüssel von {signer} signiert): Es wird nicht angenommen.</translation>
    </message>
    <message>
        <source>A vendor in the bundle has no name.</source>
        <translation>Ein Anbieter im Bündel hat keinen Namen.</translation>
    </message>
    <message>
        <source>A note about {name} in the bundle is not readable.</source>
        <translation>Eine Notiz zu {name} im Bündel ist nicht lesbar.</translation>
    </message>
    <message>
        <source>That is a bundle you sent, not one a contact sent you: there is nothing to import.</source>
        <translation>Das ist ein Bündel, das Sie verschickt haben, nicht eines, das ein Kontakt Ihnen geschickt hat: Es gibt nichts zu importieren.</translation>
    </message>
    <message>
        <source>That signed document is not a contact&apos;s bundle of notes.</source>
        <translation>Dieses signierte Dokument ist kein Notizbündel eines Kontakts.</translation>
    </message>
    <message>
        <source>The bundle names another key as its sender than the one that signed it: it is not taken.</source>
        <translation>Das Bündel nennt als Absender einen anderen Schlüssel als den, der es signiert hat: Es wird nicht angenommen.</translation>
    </message>
    <message>
        <source>Bundle {value} was imported before: a copy is not taken twice.</source>
        <translation>Das Bündel {value} wurde schon importiert: Eine Kopie wird nicht zweimal angenommen.</translation>
    </message>
    <message>
        <source>The bundle has no vendor {key!r}; its vendors: {keys}.</source>
        <translation>Das Bündel hat keinen Anbieter {key!r}; seine Anbieter: {keys}.</translation>
    </message>
    <message>
        <source>There is no vendor with id {id} (for {name}).</source>
        <translation>Es gibt keinen Anbieter mit der ID {id} (für {name}).</translation>
    </message>
    <message>
        <source>Decide which of your vendors these are, or that they are new to you: {vendors}.</source>
        <translation>Entscheiden Sie, welche Ihrer Anbieter das sind oder dass sie Ihnen neu sind: {vendors}.</translation>
    </message>
    <message>
        <source>The document carries no key and names none on file: it cannot be verified, so it is not taken.</source>
        <translation>Das Dokument trägt keinen Schlüssel und nennt keinen hinterlegten: es lässt sich nicht prüfen und wird daher nicht angenommen.</translation>
    </message>
    <message>
        <source>The document expired on {value}: ask the vendor for a fresh one.</source>
        <translation>Das Dokument ist am {value} abgelaufen: bitten Sie den Anbieter um ein neues.</translation>
    </message>
    <message>
        <source>Document {value} was imported before: a copy is not taken twice.</source>
        <translation>Dokument {value} wurde schon importiert: eine Kopie wird nicht zweimal angenommen.</translation>
    </message>
    <message>
        <source>It answers {value}, which was not sent from this vault.</source>
        <translation>Es antwortet auf {value}, das nicht aus diesem Tresor gesendet wurde.</translation>
    </message>
    <message>
        <source>It is addressed to a different pseudonym than the one that package went out under: it is not for you, or not about that package.</source>
        <translation>Es ist an ein anderes Pseudonym gerichtet als das, unter dem jenes Paket hinausging: es ist nicht für Sie oder betrifft nicht jenes Paket.</translation>
    </message>
    <message>
        <source>An offer answers a personal request; this one answers another kind of package.</source>
        <translation>Ein Angebot beantwortet eine persönliche Anfrage; dieses beantwortet eine andere Paketart.</translation>
    </message>
    <message>
        <source>The package expired on {value}: ask its sender for a fresh one.</source>
        <translation>Das Paket ist am {value} abgelaufen: Bitten Sie den Absender um ein neues.</translation>
    </message>
    <message>
        <source>The acknowledgement countersigns a different package than the one it names (SHA-256 differs).</source>
        <translation>Die Bestätigung gegenzeichnet ein anderes Paket als das, das sie nennt (SHA-256 weicht ab).</translation>
    </message>
    <message>
        <source>The acknowledgement names terms that package did not proffer ({terms}) and leaves out terms it did ({missing}): it is not taken.</source>
        <translation>Die Bestätigung nennt Bedingungen, die das Paket nicht gestellt hat ({terms}), und lässt gestellte Bedingungen aus ({missing}): sie wird nicht angenommen.</translation>
    </message>
    <message>
        <source>The acknowledgement names terms that package did not proffer: {terms}. It is not taken.</source>
        <translation>Die Bestätigung nennt Bedingungen, die das Paket nicht gestellt hat: {terms}. Sie wird nicht angenommen.</translation>
    </message>
    <message>
        <source>The acknowledgement leaves out terms that package proffered: {terms}. It is not taken.</source>
        <translation>Die Bestätigung lässt Bedingungen aus, die das Paket gestellt hat: {terms}. Sie wird nicht angenommen.</translation>
    </message>
    <message>
        <source>The signature names a key that is not one of your pseudonyms.</source>
        <translation>Die Signatur nennt einen Schlüssel, der keines Ihrer Pseudonyme ist.</translation>
    </message>
    <message>
        <source>That key is on file for another vendor: the document is not taken.</source>
        <translation>Dieser Schlüssel ist für einen anderen Anbieter hinterlegt: das Dokument wird nicht angenommen.</translation>
    </message>
    <message>
        <source>That key is on file for {value!r}, but the document says it comes from {name!r}.</source>
        <translation>Dieser Schlüssel ist für {value!r} hinterlegt, aber das Dokument gibt an, von {name!r} zu kommen.</translation>
    </message>
    <message>
        <source>The document says it comes from {name!r}, which is {known!r} to you, but the key on file for {known!r} (first seen {value}) did not sign it: it may come from someone else using that name. Take it only if you know {known} changed its key: then accept the key change (the old key is kept in your ledger as replaced).</source>
        <translation>Das Dokument gibt an, von {name!r} zu kommen, was für Sie {known!r} ist, aber der für {known!r} hinterlegte Schlüssel (zuerst gesehen {value}) hat es nicht signiert: Es kann von jemand anderem stammen, der diesen Namen benutzt. Nehmen Sie es nur an, wenn Sie wissen, dass {known} seinen Schlüssel gewechselt hat: Dann nehmen Sie den Schlüsselwechsel an (der alte Schlüssel bleibt in Ihrem Protokoll als ersetzt erhalten).</translation>
    </message>
    <message>
        <source>That is a package you sent, not a vendor&apos;s answer: there is nothing to import.</source>
        <translation>Das ist ein Paket, das Sie gesendet haben, keine Antwort eines Anbieters: es gibt nichts zu importieren.</translation>
    </message>
    <message>
        <source>This offer was signed by another key than the one on file for that vendor (first seen {value}): it is not accepted for it.</source>
        <translation>Dieses Angebot wurde mit einem anderen Schlüssel signiert als dem, der für diesen Anbieter hinterlegt ist (zuerst gesehen {value}): Es wird für ihn nicht angenommen.</translation>
    </message>
    <message>
        <source>The offer&apos;s price is not usable: {exc}</source>
        <translation>Der Preis des Angebots ist nicht brauchbar: {exc}</translation>
    </message>
    <message>
        <source>Tests do not use the system keyring.</source>
        <translation>Tests verwenden den Schlüsselbund des Systems nicht.</translation>
    </message>
    <message>
        <source>no column was recognised as the vendor&apos;s name; import this file on its own to choose the columns.</source>
        <translation>keine Spalte wurde als Name des Anbieters erkannt; importieren Sie diese Datei einzeln, um die Spalten zu wählen.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>unlesbar</translation>
    </message>
    <message>
        <source>{mib} MiB, {passes} passes, {lanes} lanes</source>
        <translation>{mib} MiB, {passes} Durchläufe, {lanes} Spuren</translation>
    </message>
    <message>
        <source>{kib} KiB, {passes} passes, {lanes} lanes</source>
        <translation>{kib} KiB, {passes} Durchläufe, {lanes} Spuren</translation>
    </message>
    <message>
        <source>A statement has no field {value!r} to map a column to (fields: {value2}).</source>
        <extracomment>the fields `--map FIELD=COLUMN` sets (docs/CLI.md)</extracomment>
        <translation>Ein Kontoauszug hat kein Feld {value!r}, dem eine Spalte zugeordnet werden kann (Felder: {value2}).</translation>
    </message>
    <message>
        <source>A statement needs its date column (--map date=COLUMN).</source>
        <translation>Ein Kontoauszug braucht seine Datumsspalte (--map date=SPALTE).</translation>
    </message>
    <message>
        <source>A statement needs its payee column (--map payee=COLUMN).</source>
        <translation>Ein Kontoauszug braucht seine Empfängerspalte (--map payee=SPALTE).</translation>
    </message>
    <message>
        <source>The file has no column {column!r} for the {field_} (columns: {columns}).</source>
        <translation>Die Datei hat keine Spalte {column!r} für das Feld {field_} (Spalten: {columns}).</translation>
    </message>
    <message>
        <source>No date format reads every value of the column {column!r}; choose the date column with --map date=COLUMN or give --date-format.</source>
        <translation>Kein Datumsformat liest alle Werte der Spalte {column!r}; wählen Sie die Datumsspalte mit --map date=SPALTE oder geben Sie --date-format an.</translation>
    </message>
    <message>
        <source>The dates in {column!r} can be read in more than one way ({candidates}); say which with --date-format, e.g. --date-format &apos;{first}&apos;.</source>
        <translation>Die Daten in {column!r} lassen sich auf mehr als eine Weise lesen ({candidates}); geben Sie mit --date-format an, welche gilt, z. B. --date-format &apos;{first}&apos;.</translation>
    </message>
    <message>
        <source>A statement CSV needs its columns mapped (date, amount, payee).</source>
        <extracomment>lines written per executemany batch; progress and cancel are checked between batches the time of day a line&apos;s payment is recorded at: noon UTC keeps the bank&apos;s date in every time zone but the farthest the channel of every payment a statement brings in a payment&apos;s note is at most this long, as for every interaction (domain._convert.text)</extracomment>
        <translation>Bei einem Kontoauszug als CSV müssen die Spalten zugeordnet werden (Datum, Betrag, Empfänger).</translation>
    </message>
    <message>
        <source>The statement has no payee {key!r}.</source>
        <translation>Der Kontoauszug hat keinen Empfänger {key!r}.</translation>
    </message>
    <message>
        <source>There is no vendor with id {record_id} (chosen for {payee}).</source>
        <translation>Es gibt keinen Anbieter mit der ID {record_id} (gewählt für {payee}).</translation>
    </message>
    <message>
        <source>The new vendor for {payee}: {message}</source>
        <translation>Der neue Anbieter für {payee}: {message}</translation>
    </message>
    <message>
        <source>statement CSV file</source>
        <translation>CSV-Kontoauszugsdatei</translation>
    </message>
    <message>
        <source>This CSV file is damaged at line {line}: {reason}</source>
        <extracomment>the date formats tried, most common first; a column&apos;s candidates are those that read every value</extracomment>
        <translation>Diese CSV-Datei ist in Zeile {line} beschädigt: {reason}</translation>
    </message>
    <message>
        <source>This is not a statement: a statement CSV has rows of at least two columns (date, amount, …).</source>
        <translation>Das ist kein Kontoauszug: Ein Kontoauszug als CSV hat Zeilen mit mindestens zwei Spalten (Datum, Betrag, …).</translation>
    </message>
    <message>
        <source>Say which column holds the amount, or the debit and credit columns.</source>
        <translation>Geben Sie an, welche Spalte den Betrag enthält, oder die Spalten für Soll und Haben.</translation>
    </message>
    <message>
        <source>Say which date format the file uses.</source>
        <translation>Geben Sie an, welches Datumsformat die Datei verwendet.</translation>
    </message>
    <message>
        <source>The decimal mark is a comma or a point, not {mark!r}.</source>
        <translation>Das Dezimalzeichen ist ein Komma oder ein Punkt, nicht {mark!r}.</translation>
    </message>
    <message>
        <source>The file has no currency column: say which currency its amounts are in (--currency).</source>
        <translation>Die Datei hat keine Währungsspalte: Geben Sie an, in welcher Währung ihre Beträge sind (--currency).</translation>
    </message>
    <message>
        <source>Line {line}: {value!r} is not a date in the format {format}.</source>
        <translation>Zeile {line}: {value!r} ist kein Datum im Format {format}.</translation>
    </message>
    <message>
        <source>Line {line}: {value!r} is not an amount.</source>
        <translation>Zeile {line}: {value!r} ist kein Betrag.</translation>
    </message>
    <message>
        <source>Line {line}: {message}</source>
        <translation>Zeile {line}: {message}</translation>
    </message>
    <message>
        <source>Line {line} names no payee.</source>
        <translation>Zeile {line} nennt keinen Empfänger.</translation>
    </message>
    <message>
        <source>OFX statement</source>
        <translation>OFX-Kontoauszugsdatei</translation>
    </message>
    <message>
        <source>This is not an OFX statement: it has no &lt;OFX&gt; element.</source>
        <translation>Das ist kein OFX-Kontoauszug: Ihm fehlt das Element &lt;OFX&gt;.</translation>
    </message>
    <message>
        <source>The file has empty OFX elements; they were left out.</source>
        <translation>Die Datei hat leere OFX-Elemente; sie wurden ausgelassen.</translation>
    </message>
    <message>
        <source>This OFX statement is damaged and cannot be read: {reason}</source>
        <translation>Dieser OFX-Kontoauszug ist beschädigt und kann nicht gelesen werden: {reason}</translation>
    </message>
    <message>
        <source>This OFX statement is empty.</source>
        <translation>Dieser OFX-Kontoauszug ist leer.</translation>
    </message>
    <message>
        <source>This OFX file holds no bank or card statement.</source>
        <translation>Diese OFX-Datei enthält keinen Konto- oder Kartenauszug.</translation>
    </message>
    <message>
        <source>This OFX file holds statements of {count} accounts; export one account per file and import each.</source>
        <translation>Diese OFX-Datei enthält Auszüge von {count} Konten; exportieren Sie jedes Konto in eine eigene Datei und importieren Sie jede.</translation>
    </message>
    <message>
        <source>Transaction {number} has no date it was posted on.</source>
        <translation>Buchung {number} hat kein Buchungsdatum.</translation>
    </message>
    <message>
        <source>Transaction {number} has no amount.</source>
        <translation>Buchung {number} hat keinen Betrag.</translation>
    </message>
    <message>
        <source>Transaction {number} names no currency; say which with --currency.</source>
        <translation>Buchung {number} nennt keine Währung; geben Sie sie mit --currency an.</translation>
    </message>
    <message>
        <source>Transaction {number}: {message}</source>
        <translation>Buchung {number}: {message}</translation>
    </message>
    <message>
        <source>Transaction {number} names no payee.</source>
        <translation>Buchung {number} nennt keinen Empfänger.</translation>
    </message>
    <message>
        <source>A follow-up needs the date it is due.</source>
        <translation>Eine Wiedervorlage braucht das Datum, an dem sie fällig ist.</translation>
    </message>
    <message>
        <source>A follow-up needs a title (what to check on).</source>
        <translation>Eine Wiedervorlage braucht einen Titel (was zu prüfen ist).</translation>
    </message>
    <message>
        <source>That agreement is not one of this vendor&apos;s.</source>
        <translation>Diese Vereinbarung gehört nicht zu diesem Anbieter.</translation>
    </message>
    <message>
        <source>Reminders are given in whole days before the date, from 0 to {maximum}.</source>
        <translation>Erinnerungen werden in ganzen Tagen vor dem Datum angegeben, von 0 bis {maximum}.</translation>
    </message>
    <message>
        <source>There is no reminder {key!r}.</source>
        <translation>Es gibt keine Erinnerung {key!r}.</translation>
    </message>
    <message>
        <source>A letter can be written in {languages}; not {code!r}.</source>
        <translation>Ein Schreiben kann in {languages} verfasst werden, nicht in {code!r}.</translation>
    </message>
    <message>
        <source>A letter can carry {fields}; not {value}.</source>
        <translation>Ein Schreiben kann {fields} enthalten, nicht {value}.</translation>
    </message>
    <message>
        <source>Your profile has no {value} to put in the letter: fill it in first.</source>
        <translation>In Ihrem Profil fehlt {value} für das Schreiben: Bitte tragen Sie es zuerst ein.</translation>
    </message>
    <message>
        <source>No recurring charge is proposed with the id {ident!r} (it may have been accepted or dismissed); `myvendors recurring` lists the proposals and their ids.</source>
        <translation>Mit der Kennung {ident!r} ist keine wiederkehrende Abbuchung vorgeschlagen (vielleicht wurde sie schon übernommen oder verworfen); `myvendors recurring` listet die Vorschläge und ihre Kennungen.</translation>
    </message>
    <message>
        <source>The agreement must be with the vendor that charged it.</source>
        <translation>Die Vereinbarung muss mit dem Anbieter bestehen, der die Abbuchung vorgenommen hat.</translation>
    </message>
    <message>
        <source>Show between {low} and {high} months.</source>
        <translation>Zeigen Sie zwischen {low} und {high} Monaten.</translation>
    </message>
    <message>
        <source>Name between 0 and {high} vendors.</source>
        <translation>Nennen Sie zwischen 0 und {high} Anbieter.</translation>
    </message>
    <message>
        <source>The statement cannot be read from {path}: {reason}</source>
        <translation>Die Stellungnahme lässt sich nicht aus {path} lesen: {reason}</translation>
    </message>
    <message>
        <source>{name!r} is not a part of a dispute pack; the parts are {parts}.</source>
        <translation>{name!r} ist kein Teil von Streitfall-Unterlagen; die Teile sind {parts}.</translation>
    </message>
    <message>
        <source>{name} is in the trash: restore it before making a dispute pack.</source>
        <translation>{name} liegt im Papierkorb: Stellen Sie den Anbieter wieder her, bevor Sie Streitfall-Unterlagen erstellen.</translation>
    </message>
    <message>
        <source>Your statement is {n} characters long; a pack holds at most {limit}.</source>
        <translation>Ihre Stellungnahme ist {n} Zeichen lang; die Unterlagen fassen höchstens {limit}.</translation>
    </message>
    <message>
        <source>{name} has no attachment with id {id}.</source>
        <translation>{name} hat keinen Anhang mit der ID {id}.</translation>
    </message>
    <message>
        <source>{path} cannot be written: it is a folder, or its folder does not exist.</source>
        <translation>{path} lässt sich nicht schreiben: Es ist ein Ordner, oder sein Ordner existiert nicht.</translation>
    </message>
    <message>
        <source>Give the contact a name.</source>
        <translation>Geben Sie dem Kontakt einen Namen.</translation>
    </message>
    <message>
        <source>A contact&apos;s name is at most 200 characters.</source>
        <translation>Der Name eines Kontakts hat höchstens 200 Zeichen.</translation>
    </message>
    <message>
        <source>Trust is 1 (a little), 2 (quite a lot) or 3 (completely), not {trust!r}.</source>
        <translation>Das Vertrauen ist 1 (ein wenig), 2 (ziemlich) oder 3 (völlig), nicht {trust!r}.</translation>
    </message>
    <message>
        <source>You already have a contact called {name}: choose another name.</source>
        <translation>Sie haben schon einen Kontakt namens {name}: Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>That key is already {name}&apos;s: one key belongs to one contact.</source>
        <translation>Dieser Schlüssel gehört schon {name}: Ein Schlüssel gehört zu einem Kontakt.</translation>
    </message>
    <message>
        <source>That is one of your own keys, not a contact&apos;s: ask them for theirs.</source>
        <translation>Das ist einer Ihrer eigenen Schlüssel, nicht der eines Kontakts: Bitten Sie die Person um ihren.</translation>
    </message>
    <message>
        <source>There is no contact with id {id}.</source>
        <translation>Es gibt keinen Kontakt mit der ID {id}.</translation>
    </message>
    <message>
        <source>There is no contact {name!r}.</source>
        <translation>Es gibt keinen Kontakt {name!r}.</translation>
    </message>
    <message>
        <source>{thumbprint!r} is not a key thumbprint (43 characters of base64url).</source>
        <translation>{thumbprint!r} ist kein Schlüssel-Fingerabdruck (43 Zeichen base64url).</translation>
    </message>
    <message>
        <source>The name you go by is at most 200 characters.</source>
        <translation>Der Name, unter dem Sie auftreten, hat höchstens 200 Zeichen.</translation>
    </message>
    <message>
        <source>That is a private key: it must never leave its owner, and it was not stored. Ask for their contact key instead (the public key MyVendors exports for a contact).</source>
        <translation>Das ist ein privater Schlüssel: Er darf seinen Besitzer nie verlassen und wurde nicht gespeichert. Bitten Sie stattdessen um den Kontaktschlüssel (den öffentlichen Schlüssel, den MyVendors für einen Kontakt exportiert).</translation>
    </message>
    <message>
        <source>That key is for encryption: a contact&apos;s signing key is needed.</source>
        <translation>Dieser Schlüssel dient der Verschlüsselung: Gebraucht wird der Signaturschlüssel des Kontakts.</translation>
    </message>
    <message>
        <source>That is far longer than a contact key: it is not read.</source>
        <translation>Das ist viel länger als ein Kontaktschlüssel: Es wird nicht gelesen.</translation>
    </message>
    <message>
        <source>That is not a contact key: expected the JSON of a key file (myvendors-contact-key) or of a public Ed25519 JWK.</source>
        <translation>Das ist kein Kontaktschlüssel: Erwartet wird das JSON einer Schlüsseldatei (myvendors-contact-key) oder eines öffentlichen Ed25519-JWK.</translation>
    </message>
    <message>
        <source>That is a {format!r} document, not a contact key.</source>
        <translation>Das ist ein {format!r}-Dokument, kein Kontaktschlüssel.</translation>
    </message>
    <message>
        <source>That contact key is of version {version}; this MyVendors reads version 1.</source>
        <translation>Dieser Kontaktschlüssel hat die Version {version}; dieses MyVendors liest Version 1.</translation>
    </message>
    <message>
        <source>The contact key&apos;s name is not a name (at most 200 characters).</source>
        <translation>Der Name im Kontaktschlüssel ist kein Name (höchstens 200 Zeichen).</translation>
    </message>
    <message>
        <source>That contact key holds no JWK.</source>
        <translation>Dieser Kontaktschlüssel enthält keinen JWK.</translation>
    </message>
    <message>
        <source>The key file&apos;s thumbprint does not belong to its key: the file was altered. Ask for it again.</source>
        <translation>Der Fingerabdruck der Schlüsseldatei passt nicht zu ihrem Schlüssel: Die Datei wurde verändert. Bitten Sie erneut darum.</translation>
    </message>
    <message>
        <source>That image is larger than 20 MB: it is not read.</source>
        <translation>Dieses Bild ist größer als 20 MB: Es wird nicht gelesen.</translation>
    </message>
    <message>
        <source>That image has more than 40 megapixels: it is not read.</source>
        <translation>Dieses Bild hat mehr als 40 Megapixel: Es wird nicht gelesen.</translation>
    </message>
    <message>
        <source>That image could not be read (not a PNG, JPEG or other picture).</source>
        <translation>Dieses Bild ließ sich nicht lesen (kein PNG, JPEG oder anderes Bild).</translation>
    </message>
    <message>
        <source>No QR code was found in that image. Take it again closer, straight on and in focus, or use the key file.</source>
        <translation>In diesem Bild wurde kein QR-Code gefunden. Nehmen Sie es näher, gerade und scharf noch einmal auf, oder verwenden Sie die Schlüsseldatei.</translation>
    </message>
    <message>
        <source>That file is neither a contact key nor an image of its QR code.</source>
        <translation>Diese Datei ist weder ein Kontaktschlüssel noch ein Bild seines QR-Codes.</translation>
    </message>
    <message>
        <source>That file is larger than 20 MB: it is not read.</source>
        <translation>Diese Datei ist größer als 20 MB: Sie wird nicht gelesen.</translation>
    </message>
    <message>
        <source>{path} cannot be read.</source>
        <translation>{path} lässt sich nicht lesen.</translation>
    </message>
    <message>
        <source>The file {name} was not found, so there is nothing to import. Its folder: {folder}</source>
        <translation>Die Datei {name} wurde nicht gefunden, es gibt also nichts zu importieren. Ihr Ordner: {folder}</translation>
    </message>
    <message>
        <source>{name} is neither a MyVendors vault (*.myvendors) nor a document from a vendor or a contact (*.myvendors.jws, *.myvendors.jwe, *.jose): MyVendors opened your last vault instead.</source>
        <translation>{name} ist weder ein MyVendors-Tresor (*.myvendors) noch ein Dokument eines Anbieters oder Kontakts (*.myvendors.jws, *.myvendors.jwe, *.jose): MyVendors hat stattdessen Ihren zuletzt verwendeten Tresor geöffnet.</translation>
    </message>
    <message>
        <source>{path} was not found: MyVendors opened your last vault instead.</source>
        <translation>{path} wurde nicht gefunden: MyVendors hat stattdessen Ihren zuletzt verwendeten Tresor geöffnet.</translation>
    </message>
</context>
<context>
    <name>EvidenceDialog</name>
    <message>
        <source>Headers of the leak seen on %s</source>
        <translation>Kopfzeilen des Lecks vom %s</translation>
    </message>
    <message>
        <source>Message headers</source>
        <translation>Kopfzeilen der Nachricht</translation>
    </message>
    <message>
        <source>SHA-256 of these headers (UTF-8): %s</source>
        <translation>SHA-256 dieser Kopfzeilen (UTF-8): %s</translation>
    </message>
</context>
<context>
    <name>FilesTab</name>
    <message>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <source>Add &amp;file…</source>
        <translation>&amp;Datei hinzufügen …</translation>
    </message>
    <message>
        <source>Add file</source>
        <translation>Datei hinzufügen</translation>
    </message>
    <message>
        <source>Keep a copy of a file (receipt, contract, photo) encrypted in the vault, up to %s</source>
        <translation>Eine Kopie einer Datei (Beleg, Vertrag, Foto) verschlüsselt im Tresor aufbewahren, bis %s</translation>
    </message>
    <message>
        <source>O&amp;pen</source>
        <translation>&amp;Öffnen</translation>
    </message>
    <message>
        <source>Open file</source>
        <translation>Datei öffnen</translation>
    </message>
    <message>
        <source>Open the file with its usual program. A decrypted copy is written to a private temporary folder and deleted when the vault locks.</source>
        <translation>Die Datei mit ihrem üblichen Programm öffnen. Eine entschlüsselte Kopie wird in einen privaten temporären Ordner geschrieben und gelöscht, wenn der Tresor sperrt.</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>Speichern &amp;unter …</translation>
    </message>
    <message>
        <source>Save file as</source>
        <translation>Datei speichern unter</translation>
    </message>
    <message>
        <source>Write a decrypted copy where you choose</source>
        <translation>Eine entschlüsselte Kopie an einen Ort Ihrer Wahl schreiben</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Delete file</source>
        <translation>Datei löschen</translation>
    </message>
    <message>
        <source>Add files</source>
        <translation>Dateien hinzufügen</translation>
    </message>
    <message>
        <source>Adding…</source>
        <translation>Wird hinzugefügt …</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>Wird geöffnet …</translation>
    </message>
    <message>
        <source>Save %s as</source>
        <translation>%s speichern unter</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert …</translation>
    </message>
    <message>
        <source>Saved %s.</source>
        <translation>%s gespeichert.</translation>
    </message>
    <message>
        <source>Delete %s from the vault? Its only copy here is deleted; this cannot be undone.</source>
        <translation>%s aus dem Tresor löschen? Die einzige Kopie hier wird gelöscht; das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
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
    <name>FirstSteps</name>
    <message>
        <source>First steps</source>
        <translation>Erste Schritte</translation>
    </message>
    <message>
        <source>Your vault is empty. Start with a vendor you pay, bring in your contacts, or ask for an offer.</source>
        <translation>Ihr Tresor ist leer. Beginnen Sie mit einem Anbieter, den Sie bezahlen, übernehmen Sie Ihre Kontakte oder bitten Sie um ein Angebot.</translation>
    </message>
    <message>
        <source>&amp;Add a vendor…</source>
        <translation>&amp;Anbieter hinzufügen …</translation>
    </message>
    <message>
        <source>Import &amp;contacts…</source>
        <translation>&amp;Kontakte importieren …</translation>
    </message>
    <message>
        <source>Create a re&amp;quest…</source>
        <translation>Anfrage &amp;erstellen …</translation>
    </message>
    <message>
        <source>Record a vendor by name (Ctrl+N)</source>
        <translation>Einen Anbieter mit Namen erfassen (Strg+N)</translation>
    </message>
    <message>
        <source>Add vendors from a vCard or CSV file (Ctrl+I)</source>
        <translation>Anbieter aus einer vCard- oder CSV-Datei hinzufügen (Strg+I)</translation>
    </message>
    <message>
        <source>Write a request for offers (Ctrl+Shift+N)</source>
        <translation>Eine Anfrage nach Angeboten schreiben (Strg+Umschalt+N)</translation>
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
    <name>HelpActions</name>
    <message>
        <source>&amp;About MyVendors</source>
        <translation>Ü&amp;ber MyVendors</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Handbuch</translation>
    </message>
    <message>
        <source>The user guide, at the part about this page (F1)</source>
        <translation>Das Handbuch, beim Teil über diese Seite (F1)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
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
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <source>en</source>
        <comment>the language code of the user guide to show: its folder in resources/help</comment>
        <translation>de</translation>
    </message>
    <message>
        <source>MyVendors — User guide</source>
        <translation>MyVendors — Handbuch</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Handbuch</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>Back to the page you came from (%s)</source>
        <translation>Zurück zur vorigen Seite (%s)</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>&amp;Vorwärts</translation>
    </message>
</context>
<context>
    <name>ImportFlow</name>
    <message>
        <source>Reading %s…</source>
        <translation>%s wird gelesen …</translation>
    </message>
    <message>
        <source>%s

Nothing was added to the vault.</source>
        <translation>%s

Dem Tresor wurde nichts hinzugefügt.</translation>
    </message>
    <message>
        <source>%s cannot be imported.</source>
        <translation>%s lässt sich nicht importieren.</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>&amp;Name</source>
        <extracomment>the column choosers&apos; labels, by vendor field (mnemonics unique within the dialog)</extracomment>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Website</source>
        <translation>&amp;Website</translation>
    </message>
    <message>
        <source>Ca&amp;tegory</source>
        <translation>&amp;Kategorie</translation>
    </message>
    <message>
        <source>E-&amp;mail</source>
        <translation>&amp;E-Mail</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Telefon</translation>
    </message>
    <message>
        <source>A&amp;ddress</source>
        <translation>A&amp;dresse</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;otizen</translation>
    </message>
    <message>
        <source>Ta&amp;gs</source>
        <translation>&amp;Schlagwörter</translation>
    </message>
    <message>
        <source>&amp;Contact</source>
        <translation>Ans&amp;prechpartner</translation>
    </message>
    <message>
        <source>&amp;Job title</source>
        <translation>&amp;Funktion</translation>
    </message>
    <message>
        <source>Import vendors</source>
        <extracomment>every file of the import, when several were chosen the worker job reading the file again or adding the vendors, while one runs</extracomment>
        <translation>Anbieter importieren</translation>
    </message>
    <message>
        <source>Import vendors from %s</source>
        <translation>Anbieter aus %s importieren</translation>
    </message>
    <message>
        <source>Import vendors from %d files</source>
        <translation>Anbieter aus %d Dateien importieren</translation>
    </message>
    <message>
        <source>Columns used</source>
        <translation>Verwendete Spalten</translation>
    </message>
    <message>
        <source>Column for the %s</source>
        <translation>Spalte für: %s</translation>
    </message>
    <message>
        <source>Vendors to import</source>
        <translation>Zu importierende Anbieter</translation>
    </message>
    <message>
        <source>Import likely duplicates too</source>
        <translation>Wahrscheinliche Duplikate auch importieren</translation>
    </message>
    <message>
        <source>Records that cannot be imported, and notes</source>
        <translation>Einträge, die sich nicht importieren lassen, und Hinweise</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Import the ticked vendors</source>
        <translation>Die angekreuzten Anbieter importieren</translation>
    </message>
    <message>
        <source>%d files</source>
        <translation>%d Dateien</translation>
    </message>
    <message>
        <source>1 record read</source>
        <translation>1 Eintrag gelesen</translation>
    </message>
    <message>
        <source>%d records read</source>
        <translation>%d Einträge gelesen</translation>
    </message>
    <message>
        <source>vCard file</source>
        <translation>vCard-Datei</translation>
    </message>
    <message>
        <source>CSV file</source>
        <translation>CSV-Datei</translation>
    </message>
    <message>
        <source>1 card read</source>
        <translation>1 Karte gelesen</translation>
    </message>
    <message>
        <source>%d cards read</source>
        <translation>%d Karten gelesen</translation>
    </message>
    <message>
        <source>1 row read</source>
        <translation>1 Zeile gelesen</translation>
    </message>
    <message>
        <source>%d rows read</source>
        <translation>%d Zeilen gelesen</translation>
    </message>
    <message>
        <source>A&amp;lso import the likely duplicate: it looks like a vendor you already have</source>
        <translation>Das wahrscheinliche Duplikat &amp;auch importieren: Es sieht aus wie ein Anbieter, den Sie schon haben</translation>
    </message>
    <message>
        <source>A&amp;lso import the %d likely duplicates: they look like vendors you already have</source>
        <translation>Die %d wahrscheinlichen Duplikate &amp;auch importieren: Sie sehen aus wie Anbieter, die Sie schon haben</translation>
    </message>
    <message>
        <source>A&amp;lso import the repeated entry: it repeats an earlier entry of the import</source>
        <translation>Den wiederholten Eintrag &amp;auch importieren: Er wiederholt einen früheren Eintrag des Imports</translation>
    </message>
    <message>
        <source>A&amp;lso import the %d repeated entries: they repeat earlier entries of the import</source>
        <translation>Die %d wiederholten Einträge &amp;auch importieren: Sie wiederholen frühere Einträge des Imports</translation>
    </message>
    <message>
        <source>A&amp;lso import the %d likely duplicates: vendors you already have or repeated entries</source>
        <translation>Die %d wahrscheinlichen Duplikate &amp;auch importieren: Anbieter, die Sie schon haben, oder wiederholte Einträge</translation>
    </message>
    <message>
        <source>Not imported: %s</source>
        <translation>Nicht importiert: %s</translation>
    </message>
    <message>
        <source>Le&amp;ft out (1 file cannot be imported)</source>
        <translation>Aus&amp;gelassen (1 Datei lässt sich nicht importieren)</translation>
    </message>
    <message>
        <source>Le&amp;ft out (files and records that cannot be imported)</source>
        <translation>Aus&amp;gelassen (Dateien und Einträge, die sich nicht importieren lassen)</translation>
    </message>
    <message>
        <source>Le&amp;ft out (1 record cannot be imported)</source>
        <translation>Aus&amp;gelassen (1 Eintrag lässt sich nicht importieren)</translation>
    </message>
    <message>
        <source>Le&amp;ft out (%d records cannot be imported)</source>
        <translation>Aus&amp;gelassen (%d Einträge lassen sich nicht importieren)</translation>
    </message>
    <message>
        <source>Notes on &amp;reading the file</source>
        <translation>Hinweise zum &amp;Lesen der Datei</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>&amp;Import 1 vendor</source>
        <translation>1 Anbieter &amp;importieren</translation>
    </message>
    <message>
        <source>&amp;Import %d vendors</source>
        <translation>%d Anbieter &amp;importieren</translation>
    </message>
    <message>
        <source>No vendor can be imported from this file. Nothing will be added.</source>
        <translation>Aus dieser Datei lässt sich kein Anbieter importieren. Es wird nichts hinzugefügt.</translation>
    </message>
    <message>
        <source>1 vendor will be added to the vault.</source>
        <translation>1 Anbieter wird dem Tresor hinzugefügt.</translation>
    </message>
    <message>
        <source>%d vendors will be added to the vault.</source>
        <translation>%d Anbieter werden dem Tresor hinzugefügt.</translation>
    </message>
    <message>
        <source>1 looks like a vendor you already have (see Note).</source>
        <translation>1 sieht aus wie ein Anbieter, den Sie schon haben (siehe Hinweis).</translation>
    </message>
    <message>
        <source>%d look like vendors you already have (see Note).</source>
        <translation>%d sehen aus wie Anbieter, die Sie schon haben (siehe Hinweis).</translation>
    </message>
    <message>
        <source>1 repeats an earlier entry of these files (see Note).</source>
        <translation>1 wiederholt einen früheren Eintrag dieser Dateien (siehe Hinweis).</translation>
    </message>
    <message>
        <source>%d repeat earlier entries of these files (see Note).</source>
        <translation>%d wiederholen frühere Einträge dieser Dateien (siehe Hinweis).</translation>
    </message>
    <message>
        <source>1 repeats an earlier entry in this file (see Note).</source>
        <translation>1 wiederholt einen früheren Eintrag dieser Datei (siehe Hinweis).</translation>
    </message>
    <message>
        <source>%d repeat earlier entries in this file (see Note).</source>
        <translation>%d wiederholen frühere Einträge dieser Datei (siehe Hinweis).</translation>
    </message>
    <message>
        <source>1 file cannot be imported (listed below).</source>
        <translation>1 Datei lässt sich nicht importieren (unten aufgeführt).</translation>
    </message>
    <message>
        <source>%d files cannot be imported (listed below).</source>
        <translation>%d Dateien lassen sich nicht importieren (unten aufgeführt).</translation>
    </message>
    <message>
        <source>1 record cannot be imported (listed below).</source>
        <translation>1 Eintrag lässt sich nicht importieren (unten aufgeführt).</translation>
    </message>
    <message>
        <source>%d records cannot be imported (listed below).</source>
        <translation>%d Einträge lassen sich nicht importieren (unten aufgeführt).</translation>
    </message>
</context>
<context>
    <name>ImportPreviewModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <source>Already in the vault</source>
        <translation>Schon im Tresor</translation>
    </message>
    <message>
        <source>Repeats %s</source>
        <translation>Wiederholt %s</translation>
    </message>
</context>
<context>
    <name>InteractionDialog</name>
    <message>
        <source>Record interaction</source>
        <translation>Interaktion erfassen</translation>
    </message>
    <message>
        <source>Edit interaction</source>
        <translation>Interaktion bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Erfassen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>When (local time)</source>
        <translation>Wann (Ortszeit)</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>e.g. phone, e-mail, shop, web</source>
        <translation>z. B. Telefon, E-Mail, Geschäft, Web</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Art</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>&amp;Wann</translation>
    </message>
    <message>
        <source>&amp;Amount</source>
        <translation>&amp;Betrag</translation>
    </message>
    <message>
        <source>&amp;Channel</source>
        <translation>&amp;Kanal</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Notiz</translation>
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
        <source>A&amp;pply</source>
        <translation>Ü&amp;bernehmen</translation>
    </message>
</context>
<context>
    <name>KeyDialog</name>
    <message>
        <source>Export my key</source>
        <translation>Meinen Schlüssel zeigen</translation>
    </message>
    <message>
        <source>Your key for one contact: they add it in MyVendors (Trusted contacts ▸ Add contact…) so that they can check that notes you send them come from you. Each contact gets a key of their own, so no two can tell they know the same person.</source>
        <translation>Ihr Schlüssel für eine Vertrauensperson: Sie fügt ihn in MyVendors hinzu (Vertrauenspersonen ▸ Person hinzufügen …), damit sie prüfen kann, dass Notizen, die Sie ihr schicken, von Ihnen kommen. Jede Person bekommt einen eigenen Schlüssel, so kann niemand feststellen, dass zwei Personen denselben Menschen kennen.</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Vertrauensperson</translation>
    </message>
    <message>
        <source>Their name, as you call them</source>
        <translation>Ihr Name, wie Sie sie nennen</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>&amp;Für:</translation>
    </message>
    <message>
        <source>The name you go by (optional)</source>
        <translation>Der Name, unter dem Sie auftreten (freiwillig)</translation>
    </message>
    <message>
        <source>Optional: shown to them when they add your key</source>
        <translation>Freiwillig: wird ihr gezeigt, wenn sie Ihren Schlüssel hinzufügt</translation>
    </message>
    <message>
        <source>Your &amp;name for them:</source>
        <translation>Ihr &amp;Name für sie:</translation>
    </message>
    <message>
        <source>S&amp;how my key</source>
        <translation>Schlüssel &amp;zeigen</translation>
    </message>
    <message>
        <source>Show my key for this contact</source>
        <translation>Meinen Schlüssel für diese Person zeigen</translation>
    </message>
    <message>
        <source>QR code of your key</source>
        <translation>QR-Code Ihres Schlüssels</translation>
    </message>
    <message>
        <source>Your key&apos;s numbers</source>
        <translation>Die Zahlen Ihres Schlüssels</translation>
    </message>
    <message>
        <source>&amp;Save the key file…</source>
        <translation>Schlüsseldatei &amp;speichern …</translation>
    </message>
    <message>
        <source>Save the key file</source>
        <translation>Schlüsseldatei speichern</translation>
    </message>
    <message>
        <source>&amp;Copy the key</source>
        <translation>Schlüssel &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy the key as text</source>
        <translation>Den Schlüssel als Text kopieren</translation>
    </message>
    <message>
        <source>Name the contact the key is for.</source>
        <translation>Nennen Sie die Person, für die der Schlüssel ist.</translation>
    </message>
    <message>
        <source>Let %s scan this code with their phone&apos;s camera and send them the picture, or save the key file and send it. Then call them and read these numbers to each other: they must see the same ones.</source>
        <translation>Lassen Sie %s diesen Code mit der Kamera des Telefons scannen, oder speichern Sie die Schlüsseldatei und schicken Sie sie. Rufen Sie dann an und lesen Sie einander diese Zahlen vor: Beide müssen dieselben sehen.</translation>
    </message>
    <message>
        <source>Save your key</source>
        <translation>Ihren Schlüssel speichern</translation>
    </message>
    <message>
        <source>Contact keys (*.json);;All files (*)</source>
        <translation>Schlüssel von Vertrauenspersonen (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Could not write %s: %s</source>
        <translation>%s konnte nicht geschrieben werden: %s</translation>
    </message>
    <message>
        <source>Saved your key to %s.</source>
        <translation>Ihr Schlüssel wurde in %s gespeichert.</translation>
    </message>
    <message>
        <source>Copied your key: paste it into a message to %s.</source>
        <translation>Ihr Schlüssel ist kopiert: Fügen Sie ihn in eine Nachricht an %s ein.</translation>
    </message>
</context>
<context>
    <name>Keyring</name>
    <message>
        <source>The system keyring&apos;s prompt was cancelled (or could not be shown), so the keyring was not used.</source>
        <translation>Die Abfrage des Schlüsselbunds wurde abgebrochen (oder konnte nicht angezeigt werden), darum wurde der Schlüsselbund nicht verwendet.</translation>
    </message>
    <message>
        <source>The system keyring did not answer within %1 seconds, so it was not used. Its prompt may be waiting behind this window.</source>
        <translation>Der Schlüsselbund des Systems hat nicht innerhalb von %1 Sekunden geantwortet, darum wurde er nicht verwendet. Seine Abfrage wartet vielleicht hinter diesem Fenster.</translation>
    </message>
    <message>
        <source>Type the passphrase, or choose “Unlock with this device” to be asked again.</source>
        <translation>Geben Sie die Passphrase ein oder wählen Sie „Mit diesem Gerät entsperren“, um erneut gefragt zu werden.</translation>
    </message>
    <message>
        <source>Tick the box again to be asked once more.</source>
        <translation>Setzen Sie das Häkchen erneut, um noch einmal gefragt zu werden.</translation>
    </message>
    <message>
        <source>This device does not remember the vault; you can try again in Settings.</source>
        <translation>Dieses Gerät merkt sich den Tresor nicht; Sie können es in den Einstellungen erneut versuchen.</translation>
    </message>
</context>
<context>
    <name>LeakDialog</name>
    <message>
        <source>Record a leak of %s&apos;s alias</source>
        <translation>Leck eines Alias von %s erfassen</translation>
    </message>
    <message>
        <source>Record leak</source>
        <translation>Leck erfassen</translation>
    </message>
    <message>
        <source>Paste the headers of a message sent to the alias (your mail program&apos;s “Show original” or “View source”; a whole message is fine: only its headers are kept, encrypted in your vault). Without headers, fill in the rest by hand.</source>
        <translation>Fügen Sie die Kopfzeilen einer Nachricht an den Alias ein („Original anzeigen“ oder „Quelltext anzeigen“ Ihres E-Mail-Programms; eine ganze Nachricht geht auch: Nur ihre Kopfzeilen werden behalten, verschlüsselt in Ihrem Tresor). Ohne Kopfzeilen füllen Sie den Rest von Hand aus.</translation>
    </message>
    <message>
        <source>Message headers</source>
        <translation>Kopfzeilen der Nachricht</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation>Alias</translation>
    </message>
    <message>
        <source>Day it was used</source>
        <translation>Tag der Benutzung</translation>
    </message>
    <message>
        <source>Used by</source>
        <translation>Benutzt von</translation>
    </message>
    <message>
        <source>a company, a sender&apos;s address, a caller&apos;s number</source>
        <translation>eine Firma, eine Absenderadresse, die Nummer eines Anrufers</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Pa&amp;sted headers:</source>
        <translation>&amp;Eingefügte Kopfzeilen:</translation>
    </message>
    <message>
        <source>&amp;Alias:</source>
        <translation>&amp;Alias:</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>&amp;Tag:</translation>
    </message>
    <message>
        <source>&amp;Used by:</source>
        <translation>Ben&amp;utzt von:</translation>
    </message>
    <message>
        <source>Ho&amp;w:</source>
        <translation>&amp;Wie:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;otiz:</translation>
    </message>
</context>
<context>
    <name>LeakRequest</name>
    <message>
        <source>Under Article 15(1)(c) of the General Data Protection Regulation I ask you in particular to name the recipients to whom my personal data have been or will be disclosed.</source>
        <translation>Nach Art. 15 Abs. 1 lit. c der Datenschutz-Grundverordnung bitte ich Sie insbesondere, mir die Empfänger zu nennen, gegenüber denen meine personenbezogenen Daten offengelegt worden sind oder noch offengelegt werden.</translation>
    </message>
    <message>
        <source>Under section 1798.110 of the California Consumer Privacy Act I ask you in particular to name the third parties to whom you disclosed my personal information.</source>
        <translation>Nach Section 1798.110 des California Consumer Privacy Act bitte ich Sie insbesondere, mir die Dritten zu nennen, denen Sie meine personenbezogenen Informationen offengelegt haben.</translation>
    </message>
    <message>
        <source>I gave the address {address} to you alone on {given} in the package {package}; it was given to no one else.</source>
        <translation>Die Adresse {address} habe ich am {given} im Paket {package} nur Ihnen gegeben; sonst hat sie niemand von mir bekommen.</translation>
    </message>
    <message>
        <source>I gave the address {address} to you alone on {given}; it was given to no one else.</source>
        <translation>Die Adresse {address} habe ich am {given} nur Ihnen gegeben; sonst hat sie niemand von mir bekommen.</translation>
    </message>
    <message>
        <source>I gave the address {address} to you alone in the package {package}; it was given to no one else.</source>
        <translation>Die Adresse {address} habe ich im Paket {package} nur Ihnen gegeben; sonst hat sie niemand von mir bekommen.</translation>
    </message>
    <message>
        <source>I gave the address {address} to you alone; it was given to no one else.</source>
        <translation>Die Adresse {address} habe ich nur Ihnen gegeben; sonst hat sie niemand von mir bekommen.</translation>
    </message>
    <message>
        <source>On {seen} it was used by {who} {how}{subject}, who did not have it from me.</source>
        <translation>Am {seen} hat {who} sie {how}{subject} benutzt, ohne sie von mir zu haben.</translation>
    </message>
    <message>
        <source>On {seen} it was used by someone else {how}{subject}, who did not have it from me.</source>
        <translation>Am {seen} hat jemand anderes sie {how}{subject} benutzt, ohne sie von mir zu haben.</translation>
    </message>
    <message>
        <source>in an e-mail</source>
        <translation>in einer E-Mail</translation>
    </message>
    <message>
        <source>in a phone call</source>
        <translation>in einem Anruf</translation>
    </message>
    <message>
        <source>in a text message</source>
        <translation>in einer SMS</translation>
    </message>
    <message>
        <source> (subject “{subject}”)</source>
        <translation> (Betreff „{subject}“)</translation>
    </message>
    <message>
        <source>Please tell me to whom you disclosed it, when, and on what basis.</source>
        <translation>Bitte teilen Sie mir mit, wem Sie sie offengelegt haben, wann und auf welcher Grundlage.</translation>
    </message>
</context>
<context>
    <name>LeaksModel</name>
    <message>
        <source>Seen</source>
        <translation>Gesehen</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation>Alias</translation>
    </message>
    <message>
        <source>Used by</source>
        <translation>Benutzt von</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <source>%s (recorded by hand)</source>
        <translation>%s (von Hand erfasst)</translation>
    </message>
</context>
<context>
    <name>LedgerModel</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>To / from</source>
        <translation>An / von</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Felder</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>Bedingungen</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Paket</translation>
    </message>
    <message>
        <source>share</source>
        <translation>geteilt</translation>
    </message>
    <message>
        <source>answer: offer</source>
        <translation>Antwort: Angebot</translation>
    </message>
    <message>
        <source>answer: refusal</source>
        <translation>Antwort: Ablehnung</translation>
    </message>
    <message>
        <source>answer: acknowledgement</source>
        <translation>Antwort: Bestätigung</translation>
    </message>
</context>
<context>
    <name>Letter</name>
    <message>
        <source>my subscription “{title}”</source>
        <translation>mein Abonnement „{title}“</translation>
    </message>
    <message>
        <source>my contract “{title}”</source>
        <translation>meinen Vertrag „{title}“</translation>
    </message>
    <message>
        <source>my warranty “{title}”</source>
        <translation>meine Garantie „{title}“</translation>
    </message>
    <message>
        <source>my membership “{title}”</source>
        <translation>meine Mitgliedschaft „{title}“</translation>
    </message>
    <message>
        <source>my customer account “{title}”</source>
        <translation>mein Kundenkonto „{title}“</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Street address</source>
        <translation>Straße und Hausnummer</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postleitzahl</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
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
        <source>{days} days from today</source>
        <translation>in {days} Tagen</translation>
    </message>
    <message>
        <source>Too late for this term: the letter had to arrive by {missed}. Sent now, the cancellation takes effect on {effective} instead (it must arrive by {arrive_by}).</source>
        <translation>Zu spät für diese Laufzeit: Das Schreiben hätte bis zum {missed} ankommen müssen. Jetzt verschickt, wird die Kündigung erst zum {effective} wirksam (es muss bis zum {arrive_by} ankommen).</translation>
    </message>
    <message>
        <source>Too late for this term: the letter had to arrive by {missed}. The letter asks to end the agreement at the earliest possible date.</source>
        <translation>Zu spät für diese Laufzeit: Das Schreiben hätte bis zum {missed} ankommen müssen. Es kündigt zum nächstmöglichen Zeitpunkt.</translation>
    </message>
    <message>
        <source>In the free trial: the letter must arrive by {arrive_by} ({left}), the trial&apos;s last day; the agreement then ends with the trial.</source>
        <translation>In der kostenlosen Testphase: Das Schreiben muss bis zum {arrive_by} ankommen ({left}), dem letzten Tag der Testphase; die Vereinbarung endet dann mit ihr.</translation>
    </message>
    <message>
        <source>In time: the letter must arrive by {arrive_by} ({left}); the agreement then ends on {effective}.</source>
        <translation>Rechtzeitig: Das Schreiben muss bis zum {arrive_by} ankommen ({left}); die Vereinbarung endet dann am {effective}.</translation>
    </message>
    <message>
        <source>In time: the letter must arrive by {arrive_by} ({left}).</source>
        <translation>Rechtzeitig: Das Schreiben muss bis zum {arrive_by} ankommen ({left}).</translation>
    </message>
    <message>
        <source>No notice period is on file: send it soon; the letter asks to end the agreement on {effective}.</source>
        <translation>Keine Kündigungsfrist eingetragen: Verschicken Sie es bald; das Schreiben kündigt zum {effective}.</translation>
    </message>
    <message>
        <source>No renewal or cancel-by date is on file: the letter asks to end the agreement at the earliest possible date.</source>
        <translation>Kein Verlängerungs- oder Kündigungsdatum eingetragen: Das Schreiben kündigt zum nächstmöglichen Zeitpunkt.</translation>
    </message>
    <message>
        <source>Email: {email}</source>
        <translation>E-Mail: {email}</translation>
    </message>
    <message>
        <source>Phone: {phone}</source>
        <translation>Telefon: {phone}</translation>
    </message>
    <message>
        <source>(reference {reference})</source>
        <translation>(Vertrags-/Kundennummer {reference})</translation>
    </message>
    <message>
        <source>I hereby cancel {what} with effect from {date}, or, if that is not possible, at the earliest possible date.</source>
        <translation>hiermit kündige ich {what} fristgerecht zum {date}, hilfsweise zum nächstmöglichen Zeitpunkt.</translation>
    </message>
    <message>
        <source>I hereby cancel {what} at the earliest possible date.</source>
        <translation>hiermit kündige ich {what} zum nächstmöglichen Zeitpunkt.</translation>
    </message>
    <message>
        <source>The agreed notice period is {days} days; this letter is to reach you by {date}.</source>
        <translation>Die vereinbarte Kündigungsfrist beträgt {days} Tage; dieses Schreiben soll Ihnen bis zum {date} zugehen.</translation>
    </message>
    <message>
        <source>The agreed notice period is {days} days.</source>
        <translation>Die vereinbarte Kündigungsfrist beträgt {days} Tage.</translation>
    </message>
    <message>
        <source>This letter is to reach you by {date}.</source>
        <translation>Dieses Schreiben soll Ihnen bis zum {date} zugehen.</translation>
    </message>
    <message>
        <source>I am cancelling within the free trial, which ends on {date}.</source>
        <translation>Ich kündige innerhalb der kostenlosen Testphase, die am {date} endet.</translation>
    </message>
    <message>
        <source>Please make no further charges once the cancellation has taken effect.</source>
        <translation>Bitte buchen Sie nach dem Wirksamwerden der Kündigung keine Beträge mehr ab.</translation>
    </message>
    <message>
        <source>Please confirm in writing that you have received this cancellation and the date on which it takes effect.</source>
        <translation>Bitte bestätigen Sie mir schriftlich den Eingang dieser Kündigung und den Tag, zu dem sie wirksam wird.</translation>
    </message>
    <message>
        <source>{place}, {date}</source>
        <translation>{place}, {date}</translation>
    </message>
    <message>
        <source>Cancellation of {title}</source>
        <translation>Kündigung: {title}</translation>
    </message>
    <message>
        <source>reference {reference}</source>
        <translation>Vertrags-/Kundennummer {reference}</translation>
    </message>
    <message>
        <source>Dear Sir or Madam,</source>
        <translation>Sehr geehrte Damen und Herren,</translation>
    </message>
    <message>
        <source>Yours faithfully,</source>
        <translation>Mit freundlichen Grüßen</translation>
    </message>
    <message>
        <source>Cancellation letter sent for {title}</source>
        <translation>Kündigungsschreiben für {title} verschickt</translation>
    </message>
    <message>
        <source>(to take effect on {date})</source>
        <translation>(wirksam zum {date})</translation>
    </message>
    <message>
        <source>Has {vendor} confirmed the cancellation of {title}?</source>
        <translation>Hat {vendor} die Kündigung von {title} bestätigt?</translation>
    </message>
</context>
<context>
    <name>LetterDialog</name>
    <message>
        <source>Cancellation letter: %s</source>
        <translation>Kündigungsschreiben: %s</translation>
    </message>
    <message>
        <source>&amp;Language of the letter:</source>
        <translation>Sp&amp;rache des Schreibens:</translation>
    </message>
    <message>
        <source>Your details in the letter</source>
        <translation>Ihre Angaben im Schreiben</translation>
    </message>
    <message>
        <source>Ticked: what the vendor already has from you. Untick what should stay out; tick more if the vendor needs it to find your contract.</source>
        <translation>Angehakt ist, was der Anbieter schon von Ihnen hat. Entfernen Sie den Haken bei allem, was draußen bleiben soll; haken Sie mehr an, wenn der Anbieter es braucht, um Ihren Vertrag zu finden.</translation>
    </message>
    <message>
        <source>Your profile is empty: the letter names only the agreement. Fill in your details under Sharing ▸ Your profile to put your name and address in.</source>
        <translation>Ihr Profil ist leer: Das Schreiben nennt nur die Vereinbarung. Tragen Sie Ihre Angaben unter Teilen ▸ Ihr Profil ein, damit Name und Anschrift darin stehen.</translation>
    </message>
    <message>
        <source>The le&amp;tter:</source>
        <translation>Das Schrei&amp;ben:</translation>
    </message>
    <message>
        <source>C&amp;opy text</source>
        <translation>Text k&amp;opieren</translation>
    </message>
    <message>
        <source>Copy the letter&apos;s text</source>
        <translation>Den Text des Schreibens kopieren</translation>
    </message>
    <message>
        <source>Write an &amp;e-mail</source>
        <translation>&amp;E-Mail schreiben</translation>
    </message>
    <message>
        <source>Write the letter as an e-mail to the vendor</source>
        <translation>Das Schreiben als E-Mail an den Anbieter verfassen</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Als &amp;PDF speichern …</translation>
    </message>
    <message>
        <source>Save the letter as a PDF</source>
        <translation>Das Schreiben als PDF speichern</translation>
    </message>
    <message>
        <source>&amp;Mark as sent</source>
        <translation>Als &amp;versendet markieren</translation>
    </message>
    <message>
        <source>Record that you sent the letter and set a follow-up</source>
        <translation>Vermerken, dass Sie das Schreiben verschickt haben, und eine Nachverfolgung anlegen</translation>
    </message>
    <message>
        <source>Puts “Cancellation letter sent” on the vendor&apos;s timeline and a follow-up to check that the vendor confirmed</source>
        <translation>Trägt „Kündigungsschreiben verschickt“ in den Verlauf des Anbieters ein und legt eine Nachverfolgung an, um zu prüfen, ob der Anbieter bestätigt hat</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Was getan wurde</translation>
    </message>
    <message>
        <source>The vendor has no e-mail address on file: you fill it in</source>
        <translation>Für den Anbieter ist keine E-Mail-Adresse eingetragen: Sie tragen sie selbst ein</translation>
    </message>
    <message>
        <source>Copied the letter.</source>
        <translation>Das Schreiben wurde kopiert.</translation>
    </message>
    <message>
        <source>No e-mail program answered. Copy the text into an e-mail yourself.</source>
        <translation>Kein E-Mail-Programm hat geantwortet. Kopieren Sie den Text selbst in eine E-Mail.</translation>
    </message>
    <message>
        <source>Your e-mail program opens the letter as a new message.</source>
        <translation>Ihr E-Mail-Programm öffnet das Schreiben als neue Nachricht.</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the PDF…</source>
        <translation>Das PDF wird geschrieben …</translation>
    </message>
    <message>
        <source>Could not write %s: %s</source>
        <translation>%s konnte nicht geschrieben werden: %s</translation>
    </message>
    <message>
        <source>Saved the letter to %s.</source>
        <translation>Das Schreiben wurde unter %s gespeichert.</translation>
    </message>
    <message>
        <source>Recorded on the timeline. A follow-up on %s asks: %s</source>
        <translation>Im Verlauf vermerkt. Eine Nachverfolgung am %s fragt: %s</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>%s — MyVendors</source>
        <translation>%s – MyVendors</translation>
    </message>
    <message>
        <source>&amp;Add vendor…</source>
        <translation>Anbieter &amp;hinzufügen …</translation>
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
        <source>S&amp;hared</source>
        <translation>&amp;Geteilt</translation>
    </message>
    <message>
        <source>&amp;Money</source>
        <translation>Ge&amp;ld</translation>
    </message>
    <message>
        <source>&amp;Trusted contacts</source>
        <translation>&amp;Vertrauenspersonen</translation>
    </message>
    <message>
        <source>Import a &amp;contact&apos;s notes…</source>
        <translation>Notizen einer &amp;Vertrauensperson importieren …</translation>
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
        <source>Shared</source>
        <translation>Geteilt</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>Geld</translation>
    </message>
    <message>
        <source>Trusted contacts</source>
        <translation>Vertrauenspersonen</translation>
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
        <source>MyVendors — locked</source>
        <translation>MyVendors – gesperrt</translation>
    </message>
    <message>
        <source>That record is not listed in its tab.</source>
        <translation>Dieser Eintrag ist in seinem Reiter nicht aufgeführt.</translation>
    </message>
    <message>
        <source>That offer names no vendor kept in this vault.</source>
        <translation>Dieses Angebot nennt keinen Anbieter aus diesem Tresor.</translation>
    </message>
    <message>
        <source>That request is older than the ones listed.</source>
        <translation>Diese Anfrage ist älter als die aufgelisteten.</translation>
    </message>
    <message>
        <source>MyVendors</source>
        <translation>MyVendors</translation>
    </message>
</context>
<context>
    <name>MoneyPage</name>
    <message>
        <source>Money</source>
        <translation>Geld</translation>
    </message>
    <message>
        <source>Spending per month, as a chart</source>
        <translation>Ausgaben pro Monat, als Diagramm</translation>
    </message>
    <message>
        <source>Spending per month</source>
        <translation>Ausgaben pro Monat</translation>
    </message>
    <message>
        <source>Spending per category</source>
        <translation>Ausgaben pro Kategorie</translation>
    </message>
    <message>
        <source>Spending per vendor</source>
        <translation>Ausgaben pro Anbieter</translation>
    </message>
    <message>
        <source>&amp;Chart</source>
        <translation>&amp;Diagramm</translation>
    </message>
    <message>
        <source>Per &amp;month</source>
        <translation>Pro &amp;Monat</translation>
    </message>
    <message>
        <source>Per ca&amp;tegory</source>
        <translation>Pro Kat&amp;egorie</translation>
    </message>
    <message>
        <source>Per vend&amp;or</source>
        <translation>Pro &amp;Anbieter</translation>
    </message>
    <message>
        <source>No payments yet</source>
        <translation>Noch keine Zahlungen</translation>
    </message>
    <message>
        <source>Record payments on a vendor&apos;s timeline, or import a bank statement: what you spend shows here.</source>
        <translation>Erfassen Sie Zahlungen im Verlauf eines Anbieters oder importieren Sie einen Kontoauszug: Hier sehen Sie dann, was Sie ausgeben.</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Last %d months</source>
        <translation>Letzte %d Monate</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>&amp;Währung:</translation>
    </message>
    <message>
        <source>E&amp;xchange rates…</source>
        <translation>Wechsel&amp;kurse…</translation>
    </message>
    <message>
        <source>Your main currency and the rates to convert to it (Settings, Money)</source>
        <translation>Ihre Hauptwährung und die Kurse, mit denen in sie umgerechnet wird (Einstellungen, Geld)</translation>
    </message>
    <message>
        <source>Reading your payments…</source>
        <translation>Ihre Zahlungen werden gelesen…</translation>
    </message>
    <message>
        <source>All, in %s</source>
        <translation>Alle, in %s</translation>
    </message>
    <message>
        <source>&lt;b&gt;%s&lt;/b&gt; spent in the last %d months</source>
        <translation>&lt;b&gt;%s&lt;/b&gt; ausgegeben in den letzten %d Monaten</translation>
    </message>
    <message>
        <source>%s this month</source>
        <translation>%s in diesem Monat</translation>
    </message>
    <message>
        <source>running agreements %s a year</source>
        <translation>laufende Verträge %s pro Jahr</translation>
    </message>
    <message>
        <source>All together, converted with your rates: &lt;b&gt;%s&lt;/b&gt; (agreements %s a year)</source>
        <translation>Alles zusammen, mit Ihren Kursen umgerechnet: &lt;b&gt;%s&lt;/b&gt; (Verträge %s pro Jahr)</translation>
    </message>
    <message>
        <source>No rate for %s: give one under Exchange rates to see everything in %s.</source>
        <translation>Kein Kurs für %s: Geben Sie unter „Wechselkurse“ einen an, um alles in %s zu sehen.</translation>
    </message>
    <message>
        <source>Each currency is counted on its own. Choose a main currency and rates under Exchange rates to see a total.</source>
        <translation>Jede Währung wird für sich gezählt. Wählen Sie unter „Wechselkurse“ eine Hauptwährung und Kurse, um eine Summe zu sehen.</translation>
    </message>
    <message>
        <source>Uncategorised</source>
        <translation>Ohne Kategorie</translation>
    </message>
    <message>
        <source>%d other vendors</source>
        <translation>%d weitere Anbieter</translation>
    </message>
    <message>
        <source>1 other vendor</source>
        <translation>1 weiterer Anbieter</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>Ausgegeben</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Zahlungen</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Anbieter</translation>
    </message>
</context>
<context>
    <name>MonthChart</name>
    <message>
        <source>No months to show.</source>
        <translation>Keine Monate zu zeigen.</translation>
    </message>
    <message>
        <source>Spending per month in %s from %s to %s; the most in %s: %s.</source>
        <translation>Ausgaben pro Monat in %s von %s bis %s; am meisten im %s: %s.</translation>
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
        <source>&amp;Use this weak passphrase anyway</source>
        <translation>Diese schwache Passphrase &amp;trotzdem verwenden</translation>
    </message>
    <message>
        <source>A weak passphrase can be guessed by someone who gets a copy of the vault file.</source>
        <translation>Eine schwache Passphrase kann erraten, wer eine Kopie der Tresordatei bekommt.</translation>
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
    <name>NewToMeModel</name>
    <message>
        <source>Vendor</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Who talks about it</source>
        <translation>Wer darüber spricht</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Zuletzt</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>Add note</source>
        <translation>Notiz hinzufügen</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>Notiz bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>&amp;Quality</source>
        <translation>&amp;Qualität</translation>
    </message>
    <message>
        <source>&amp;Price</source>
        <translation>&amp;Preis</translation>
    </message>
    <message>
        <source>&amp;Service</source>
        <translation>&amp;Service</translation>
    </message>
    <message>
        <source>&amp;Honesty</source>
        <translation>&amp;Ehrlichkeit</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <source>%s rating</source>
        <translation>Bewertung: %s</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Notiz</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>comma-separated</source>
        <translation>durch Kommas getrennt</translation>
    </message>
    <message>
        <source>&amp;Tags</source>
        <translation>Schlag&amp;wörter</translation>
    </message>
    <message>
        <source>&amp;Me</source>
        <translation>&amp;Ich</translation>
    </message>
    <message>
        <source>A trusted &amp;contact:</source>
        <translation>Eine &amp;Vertrauensperson:</translation>
    </message>
    <message>
        <source>Contact&apos;s name</source>
        <translation>Name der Vertrauensperson</translation>
    </message>
    <message>
        <source>their name</source>
        <translation>ihr Name</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Name the contact whose note this is.</source>
        <translation>Nennen Sie die Vertrauensperson, von der diese Notiz stammt.</translation>
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
    <message>
        <source>%s · 1 leak</source>
        <translation>%s · 1 Leck</translation>
    </message>
    <message>
        <source>%s · %d leaks</source>
        <translation>%s · %d Lecks</translation>
    </message>
</context>
<context>
    <name>NotesModel</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>Bewertungen</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>Ich</translation>
    </message>
</context>
<context>
    <name>OfferDialog</name>
    <message>
        <source>Add offer</source>
        <translation>Angebot hinzufügen</translation>
    </message>
    <message>
        <source>An offer for “%s”</source>
        <translation>Ein Angebot für „%s“</translation>
    </message>
    <message>
        <source>A &amp;vendor in your vault</source>
        <translation>Ein &amp;Anbieter aus Ihrem Tresor</translation>
    </message>
    <message>
        <source>Someone &amp;else</source>
        <translation>&amp;Jemand anderes</translation>
    </message>
    <message>
        <source>From a vendor in your vault</source>
        <translation>Von einem Anbieter aus Ihrem Tresor</translation>
    </message>
    <message>
        <source>From someone not in your vault</source>
        <translation>Von jemandem, der nicht in Ihrem Tresor ist</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Type to find a vendor</source>
        <translation>Anbieter suchen</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Absender</translation>
    </message>
    <message>
        <source>The name the offer gives</source>
        <translation>Name laut Angebot</translation>
    </message>
    <message>
        <source>There are no vendors in this vault yet</source>
        <translation>In diesem Tresor gibt es noch keine Anbieter</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>e.g. 390 or 19.99</source>
        <translation>z. B. 390 oder 19.99</translation>
    </message>
    <message>
        <source>Price currency</source>
        <translation>Währung des Preises</translation>
    </message>
    <message>
        <source>Valid &amp;until</source>
        <translation>&amp;Gültig bis</translation>
    </message>
    <message>
        <source>Has a valid-until date</source>
        <translation>Hat ein Gültig-bis-Datum</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Konditionen</translation>
    </message>
    <message>
        <source>What the offer says: term, delivery, extras, fine print</source>
        <translation>Was das Angebot sagt: Laufzeit, Lieferung, Extras, Kleingedrucktes</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>&amp;Price</source>
        <translation>&amp;Preis</translation>
    </message>
    <message>
        <source>C&amp;onditions</source>
        <translation>Kon&amp;ditionen</translation>
    </message>
    <message>
        <source>&amp;Add offer</source>
        <translation>Angebot &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Choose a vendor from the list, or pick “Someone else” for a sender not in your vault.</source>
        <translation>Wählen Sie einen Anbieter aus der Liste oder „Jemand anderes“ für einen Absender, der nicht in Ihrem Tresor ist.</translation>
    </message>
</context>
<context>
    <name>OfferTableModel</name>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>Ansehen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Konditionen</translation>
    </message>
    <message>
        <source>%s (not in your vault: accepting adds it as a vendor)</source>
        <translation>%s (nicht in Ihrem Tresor: Annehmen fügt ihn als Anbieter hinzu)</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <source>Optional: select the date and press Delete to leave it empty</source>
        <translation>Optional: Das Datum markieren und Entf drücken, um es leer zu lassen</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>No payments recorded and no running agreement with a price and a billing period yet.</source>
        <translation>Noch keine Zahlungen erfasst und kein laufender Vertrag mit Preis und Abrechnungszeitraum.</translation>
    </message>
    <message>
        <source>Reading your notes…</source>
        <translation>Ihre Notizen werden gelesen …</translation>
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
        <source>Coming up</source>
        <translation>Demnächst</translation>
    </message>
    <message>
        <source>No reminders now. They come on your schedule (Settings, Reminders).</source>
        <translation>Zurzeit keine Erinnerungen. Sie kommen nach Ihrem Zeitplan (Einstellungen, Erinnerungen).</translation>
    </message>
    <message>
        <source>What you spend</source>
        <translation>Was Sie ausgeben</translation>
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
        <source>Open leaks</source>
        <translation>Offene Datenlecks</translation>
    </message>
    <message>
        <source>No open leaks.</source>
        <translation>Keine offenen Datenlecks.</translation>
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
        <source>Adding up your payments…</source>
        <translation>Ihre Zahlungen werden zusammengezählt…</translation>
    </message>
    <message>
        <source>Open leaks: %d</source>
        <translation>Offene Datenlecks: %d</translation>
    </message>
    <message>
        <source>1 open leak of your data</source>
        <translation>1 offenes Leck Ihrer Daten</translation>
    </message>
    <message>
        <source>%d open leaks of your data</source>
        <translation>%d offene Lecks Ihrer Daten</translation>
    </message>
    <message>
        <source>Leaked</source>
        <translation>Weitergegeben</translation>
    </message>
    <message>
        <source>Overdue and due in the next %d days</source>
        <translation>Überfällig und fällig in den nächsten %d Tagen</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>gestern</translation>
    </message>
    <message>
        <source>%d days ago</source>
        <translation>vor %d Tagen</translation>
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
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Cancel soon</source>
        <translation>Bald kündigen</translation>
    </message>
    <message>
        <source>%s %s (%s)</source>
        <translation>%s %s (%s)</translation>
    </message>
    <message>
        <source>Soon</source>
        <translation>Bald</translation>
    </message>
    <message>
        <source>%s this month · %s in the last %d months</source>
        <translation>%s in diesem Monat · %s in den letzten %d Monaten</translation>
    </message>
    <message>
        <source>no running agreements</source>
        <translation>keine laufenden Verträge</translation>
    </message>
    <message>
        <source>All together: %s this month · %s in the last %d months</source>
        <translation>Alles zusammen: %s in diesem Monat · %s in den letzten %d Monaten</translation>
    </message>
    <message>
        <source>converted to %s with your rates; agreements %s a year</source>
        <translation>mit Ihren Kursen in %s umgerechnet; Verträge %s pro Jahr</translation>
    </message>
    <message>
        <source>agreements %s a month · %s a year</source>
        <translation>Verträge %s pro Monat · %s pro Jahr</translation>
    </message>
    <message>
        <source>%s: %s a year</source>
        <translation>%s: %s im Jahr</translation>
    </message>
    <message>
        <source>no category</source>
        <translation>ohne Kategorie</translation>
    </message>
    <message>
        <source>most on %s</source>
        <translation>am meisten für %s</translation>
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
    <name>Package</name>
    <message>
        <source>personal request</source>
        <translation>persönliche Anfrage</translation>
    </message>
    <message>
        <source>profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>feedback</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>erasure request</source>
        <translation>Löschantrag</translation>
    </message>
    <message>
        <source>access request</source>
        <translation>Auskunftsantrag</translation>
    </message>
    <message>
        <source>Answer this personal request with offers</source>
        <translation>Diese persönliche Anfrage mit Angeboten beantworten</translation>
    </message>
    <message>
        <source>Deliver the service I use with you</source>
        <translation>Die Leistung erbringen, die ich bei Ihnen nutze</translation>
    </message>
    <message>
        <source>Consider my feedback</source>
        <translation>Mein Feedback berücksichtigen</translation>
    </message>
    <message>
        <source>Inform a trusted contact&apos;s choice of vendor</source>
        <translation>Einer Vertrauensperson bei der Wahl eines Anbieters helfen</translation>
    </message>
    <message>
        <source>Act on my request to erase my data</source>
        <translation>Meinen Antrag auf Löschung meiner Daten bearbeiten</translation>
    </message>
    <message>
        <source>Act on my request to see my data</source>
        <translation>Meinen Antrag auf Auskunft über meine Daten bearbeiten</translation>
    </message>
    <message>
        <source>{days} days after receipt</source>
        <translation>{days} Tage nach Erhalt</translation>
    </message>
    <message>
        <source>when I ask</source>
        <translation>wenn ich darum bitte</translation>
    </message>
    <message>
        <source>Personal request</source>
        <extracomment>where the terms are among `sections` (the HTML shows them as paragraphs, not a table)</extracomment>
        <translation>Persönliche Anfrage</translation>
    </message>
    <message>
        <source>Profile details</source>
        <translation>Profilangaben</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <source>Notes about a vendor</source>
        <translation>Notizen über einen Anbieter</translation>
    </message>
    <message>
        <source>Request to erase my data</source>
        <translation>Antrag auf Löschung meiner Daten</translation>
    </message>
    <message>
        <source>Request to see my data</source>
        <translation>Antrag auf Auskunft über meine Daten</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Street address</source>
        <translation>Straße und Hausnummer</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postleitzahl</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Vorlieben</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>Needed by</source>
        <translation>Benötigt bis</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Bedingungen</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Schreiben</translation>
    </message>
    <message>
        <source>Law</source>
        <translation>Gesetz</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Vorgang</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Please answer by</source>
        <translation>Bitte antworten bis</translation>
    </message>
    <message>
        <source>Concerning packages</source>
        <translation>Betrifft die Pakete</translation>
    </message>
    <message>
        <source>service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>quality</source>
        <translation>Qualität</translation>
    </message>
    <message>
        <source>honesty</source>
        <translation>Ehrlichkeit</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Paket</translation>
    </message>
    <message>
        <source>Wanted</source>
        <translation>Gesucht</translation>
    </message>
    <message>
        <source>up to {high} {cur}</source>
        <translation>bis {high} {cur}</translation>
    </message>
    <message>
        <source>from {low} {cur}</source>
        <translation>ab {low} {cur}</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Über</translation>
    </message>
    <message>
        <source>Note of {on}</source>
        <translation>Notiz vom {on}</translation>
    </message>
    <message>
        <source>Pseudonym (key thumbprint)</source>
        <translation>Pseudonym (Schlüssel-Fingerabdruck)</translation>
    </message>
    <message>
        <source>Disclosed: {field}</source>
        <translation>Offengelegt: {field}</translation>
    </message>
    <message>
        <source>anyone</source>
        <translation>alle</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Für</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Ausgestellt</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <source>Package id</source>
        <translation>Paket-ID</translation>
    </message>
    <message>
        <source>Consent given</source>
        <translation>Einwilligung erteilt</translation>
    </message>
    <message>
        <source>Controller of this data</source>
        <translation>Verantwortlicher für diese Daten</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Zweck</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Aufbewahrt</translation>
    </message>
    <message>
        <source>Passed to third parties</source>
        <translation>An Dritte weitergegeben</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Receipt id</source>
        <translation>Beleg-ID</translation>
    </message>
    <message>
        <source>What is shared</source>
        <translation>Was geteilt wird</translation>
    </message>
    <message>
        <source>From and to</source>
        <translation>Von und an</translation>
    </message>
    <message>
        <source>My terms</source>
        <translation>Meine Bedingungen</translation>
    </message>
    <message>
        <source>Consent receipt</source>
        <translation>Einwilligungsbeleg</translation>
    </message>
    <message>
        <source>This is what the signed package holds, in words. The package itself is signed with the sender&apos;s key; a change to it shows when its signature is checked.</source>
        <translation>Das steht in Worten im signierten Paket. Das Paket selbst ist mit dem Schlüssel des Absenders signiert; jede Änderung zeigt sich, wenn seine Signatur geprüft wird.</translation>
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
    <name>PayeeModel</name>
    <message>
        <source>Payee</source>
        <extracomment>what a payee&apos;s lines go to</extracomment>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Buchungen</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <source>Already there</source>
        <translation>Schon da</translation>
    </message>
    <message>
        <source>Goes to</source>
        <translation>Gehört zu</translation>
    </message>
    <message>
        <source>Skip (not imported)</source>
        <translation>Überspringen (nicht importiert)</translation>
    </message>
    <message>
        <source>New vendor: %s</source>
        <translation>Neuer Anbieter: %s</translation>
    </message>
    <message>
        <source>New vendor (no name yet)</source>
        <translation>Neuer Anbieter (noch ohne Namen)</translation>
    </message>
    <message>
        <source>%s (%s)</source>
        <translation>%s (%s)</translation>
    </message>
    <message>
        <source>1 line of this payee is already in the vault; it is not added again.</source>
        <translation>1 Buchung dieses Empfängers ist schon im Tresor; sie wird nicht noch einmal hinzugefügt.</translation>
    </message>
    <message>
        <source>%d lines of this payee are already in the vault; they are not added again.</source>
        <translation>%d Buchungen dieses Empfängers sind schon im Tresor; sie werden nicht noch einmal hinzugefügt.</translation>
    </message>
</context>
<context>
    <name>PayeeStep</name>
    <message>
        <source>Choose where each payee&apos;s lines go: the vendor found for it, a new vendor, another vendor, or skip them. Your choices are remembered for the next statement.</source>
        <translation>Wählen Sie, wohin die Buchungen jedes Empfängers gehören: zum gefundenen Anbieter, zu einem neuen Anbieter, zu einem anderen Anbieter, oder überspringen Sie sie. Ihre Wahl wird für den nächsten Auszug gemerkt.</translation>
    </message>
    <message>
        <source>Payees in the statement</source>
        <translation>Empfänger im Kontoauszug</translation>
    </message>
    <message>
        <source>Where this payee&apos;s lines go</source>
        <translation>Wohin die Buchungen dieses Empfängers gehören</translation>
    </message>
    <message>
        <source>&amp;Goes to</source>
        <translation>&amp;Gehört zu</translation>
    </message>
    <message>
        <source>The new vendor&apos;s name</source>
        <translation>Der Name des neuen Anbieters</translation>
    </message>
    <message>
        <source>New vendor&apos;s &amp;name</source>
        <translation>&amp;Name des neuen Anbieters</translation>
    </message>
    <message>
        <source>%s (%s)</source>
        <translation>%s (%s)</translation>
    </message>
    <message>
        <source>A new vendor</source>
        <translation>Ein neuer Anbieter</translation>
    </message>
    <message>
        <source>Skip: do not import these lines</source>
        <translation>Überspringen: diese Buchungen nicht importieren</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Preview: exactly what leaves</source>
        <translation>Vorschau: genau das, was hinausgeht</translation>
    </message>
    <message>
        <source>Nothing has left yet. “Share” signs this, records it in your ledger, and then lets you save, copy or print it.</source>
        <translation>Noch ist nichts hinausgegangen. „Teilen“ signiert es, vermerkt es in Ihrem Protokoll und lässt Sie es dann speichern, kopieren oder drucken.</translation>
    </message>
    <message>
        <source>&amp;Share</source>
        <translation>&amp;Teilen</translation>
    </message>
    <message>
        <source>The package in plain words</source>
        <translation>Das Paket in einfachen Worten</translation>
    </message>
    <message>
        <source>The signed document (JSON)</source>
        <translation>Das signierte Dokument (JSON)</translation>
    </message>
    <message>
        <source>In plain &amp;words</source>
        <translation>In &amp;einfachen Worten</translation>
    </message>
    <message>
        <source>The signed document (&amp;JSON)</source>
        <translation>Das signierte Dokument (&amp;JSON)</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Verschlüsselung</translation>
    </message>
    <message>
        <source>Encr&amp;yption:</source>
        <translation>&amp;Verschlüsselung:</translation>
    </message>
    <message>
        <source>Choose a &amp;key file…</source>
        <translation>&amp;Schlüsseldatei wählen …</translation>
    </message>
    <message>
        <source>Choose the recipient&apos;s key file</source>
        <translation>Die Schlüsseldatei des Empfängers wählen</translation>
    </message>
    <message>
        <source>A &amp;pseudonym of its own for this recipient (vendors you send this request to cannot link their copies by your key)</source>
        <translation>Ein eigenes &amp;Pseudonym für diesen Empfänger (Anbieter, denen Sie diese Anfrage senden, können ihre Kopien nicht über Ihren Schlüssel verknüpfen)</translation>
    </message>
    <message>
        <source>A pseudonym of its own for this recipient</source>
        <translation>Ein eigenes Pseudonym für diesen Empfänger</translation>
    </message>
    <message>
        <source>Nothing has left yet. “Share” signs this, records it in your ledger and opens the request for offers; then you save, copy or print it.</source>
        <translation>Noch ist nichts hinausgegangen. „Teilen“ signiert es, vermerkt es in Ihrem Protokoll und öffnet die Anfrage für Angebote; dann speichern, kopieren oder drucken Sie es.</translation>
    </message>
    <message>
        <source>Encrypted to %s&apos;s key on file</source>
        <translation>Verschlüsselt an den hinterlegten Schlüssel von %s</translation>
    </message>
    <message>
        <source>Signed, not encrypted: anyone can read it (a published request)</source>
        <translation>Signiert, nicht verschlüsselt: Jeder kann es lesen (eine veröffentlichte Anfrage)</translation>
    </message>
    <message>
        <source>Signed, not encrypted</source>
        <translation>Signiert, nicht verschlüsselt</translation>
    </message>
    <message>
        <source>Encrypted to a key from a file (the recipient&apos;s JWK)</source>
        <translation>Verschlüsselt an einen Schlüssel aus einer Datei (den JWK des Empfängers)</translation>
    </message>
    <message>
        <source>Choose the file with the key.</source>
        <translation>Wählen Sie die Datei mit dem Schlüssel.</translation>
    </message>
    <message>
        <source>Only the vendor can read it; it came with an earlier answer of theirs.</source>
        <translation>Nur der Anbieter kann es lesen; der Schlüssel kam mit einer früheren Antwort von ihm.</translation>
    </message>
    <message>
        <source>The signature shows any change; the content itself is readable.</source>
        <translation>Die Signatur zeigt jede Änderung; der Inhalt selbst ist lesbar.</translation>
    </message>
    <message>
        <source>Key: %s</source>
        <translation>Schlüssel: %s</translation>
    </message>
    <message>
        <source>The recipient&apos;s public key</source>
        <translation>Der öffentliche Schlüssel des Empfängers</translation>
    </message>
    <message>
        <source>JSON Web Keys (*.jwk *.json);;All files (*)</source>
        <translation>JSON Web Keys (*.jwk *.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Could not read %s: %s</source>
        <translation>%s konnte nicht gelesen werden: %s</translation>
    </message>
    <message>
        <source>Choose the file with the recipient&apos;s key, or do not encrypt.</source>
        <translation>Wählen Sie die Datei mit dem Schlüssel des Empfängers, oder verschlüsseln Sie nicht.</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>&amp;E-Mail</translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation>&amp;Telefon</translation>
    </message>
    <message>
        <source>S&amp;treet address</source>
        <translation>St&amp;raße und Hausnummer</translation>
    </message>
    <message>
        <source>Postal &amp;code</source>
        <translation>Post&amp;leitzahl</translation>
    </message>
    <message>
        <source>C&amp;ity</source>
        <translation>&amp;Ort</translation>
    </message>
    <message>
        <source>Co&amp;untry</source>
        <translation>L&amp;and</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>S&amp;prache</translation>
    </message>
    <message>
        <source>P&amp;references</source>
        <translation>&amp;Vorlieben</translation>
    </message>
    <message>
        <source>Your profile</source>
        <translation>Ihr Profil</translation>
    </message>
    <message>
        <source>Your real details, kept in the vault. None of them leaves unless you tick it when you share; each vendor sees only what you tick for it.</source>
        <translation>Ihre echten Angaben, im Tresor aufbewahrt. Keine davon geht hinaus, es sei denn, Sie kreuzen sie beim Teilen an; jeder Anbieter sieht nur, was Sie für ihn ankreuzen.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save your profile</source>
        <translation>Ihr Profil speichern</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>ProfileTab</name>
    <message>
        <source>N&amp;ame</source>
        <translation>N&amp;ame</translation>
    </message>
    <message>
        <source>&amp;Website</source>
        <translation>&amp;Website</translation>
    </message>
    <message>
        <source>E-&amp;mail</source>
        <translation>E-&amp;Mail</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>Te&amp;lefon</translation>
    </message>
    <message>
        <source>A&amp;ddress</source>
        <translation>A&amp;dresse</translation>
    </message>
    <message>
        <source>Categor&amp;y</source>
        <translation>&amp;Kategorie</translation>
    </message>
    <message>
        <source>Stat&amp;us</source>
        <translation>Stat&amp;us</translation>
    </message>
    <message>
        <source>&amp;Tags</source>
        <translation>Schlagwört&amp;er</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>e.g. Bank, Utilities, Shop</source>
        <translation>z. B. Bank, Versorger, Geschäft</translation>
    </message>
    <message>
        <source>comma-separated</source>
        <translation>durch Kommas getrennt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
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
        <source>Save &amp;changes</source>
        <translation>Änderungen s&amp;peichern</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Änderungen speichern</translation>
    </message>
    <message>
        <source>Save the changes (%s)</source>
        <translation>Die Änderungen speichern (%s)</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>Zu&amp;rücksetzen</translation>
    </message>
    <message>
        <source>Revert changes</source>
        <translation>Änderungen zurücksetzen</translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>%s of %s</source>
        <translation>%s von %s</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen …</translation>
    </message>
    <message>
        <source>Undoing what was done so far.</source>
        <translation>Was bisher getan wurde, wird rückgängig gemacht.</translation>
    </message>
</context>
<context>
    <name>ProposalsModel</name>
    <message>
        <source>Weekly</source>
        <translation>Wöchentlich</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Monatlich</translation>
    </message>
    <message>
        <source>Quarterly</source>
        <translation>Vierteljährlich</translation>
    </message>
    <message>
        <source>Yearly</source>
        <translation>Jährlich</translation>
    </message>
    <message>
        <source>One-off</source>
        <translation>Einmalig</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Turnus</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>Next charge</source>
        <translation>Nächste Abbuchung</translation>
    </message>
    <message>
        <source>Charges</source>
        <translation>Abbuchungen</translation>
    </message>
    <message>
        <source>First charge</source>
        <translation>Erste Abbuchung</translation>
    </message>
</context>
<context>
    <name>RecipientPage</name>
    <message>
        <source>Who is it for?</source>
        <translation>Für wen ist es?</translation>
    </message>
    <message>
        <source>Each vendor and contact sees you under a key of its own. A request is one key for all who get it, unless you send each vendor its copy encrypted under a key of its own.</source>
        <translation>Jeder Anbieter und jede Vertrauensperson sieht Sie unter einem eigenen Schlüssel. Eine Anfrage hat einen Schlüssel für alle, die sie erhalten – es sei denn, Sie schicken jedem Anbieter seine Kopie verschlüsselt unter einem eigenen Schlüssel.</translation>
    </message>
    <message>
        <source>A &amp;vendor: your details, feedback, or a request about your data</source>
        <translation>Ein &amp;Anbieter: Ihre Angaben, Feedback oder ein Antrag zu Ihren Daten</translation>
    </message>
    <message>
        <source>A personal &amp;request, published anonymously</source>
        <translation>Eine persönliche A&amp;nfrage, anonym veröffentlicht</translation>
    </message>
    <message>
        <source>A trusted &amp;contact: your notes about a vendor</source>
        <translation>Eine &amp;Vertrauensperson: Ihre Notizen zu einem Anbieter</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>What to send</source>
        <translation>Was gesendet wird</translation>
    </message>
    <message>
        <source>Some of your details (a profile)</source>
        <translation>Einige Ihrer Angaben (ein Profil)</translation>
    </message>
    <message>
        <source>Feedback or an idea</source>
        <translation>Feedback oder eine Idee</translation>
    </message>
    <message>
        <source>A request to erase your data (GDPR / CCPA)</source>
        <translation>Ein Antrag auf Löschung Ihrer Daten (DSGVO / CCPA)</translation>
    </message>
    <message>
        <source>A request to see your data (GDPR / CCPA)</source>
        <translation>Ein Antrag auf Auskunft über Ihre Daten (DSGVO / CCPA)</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>%s (%s)</source>
        <translation>%s (%s)</translation>
    </message>
    <message>
        <source>Contact&apos;s name</source>
        <translation>Name der Vertrauensperson</translation>
    </message>
    <message>
        <source>Who you trust, as you call them</source>
        <translation>Wem Sie vertrauen, so wie Sie die Person nennen</translation>
    </message>
    <message>
        <source>Notes about which vendor</source>
        <translation>Notizen zu welchem Anbieter</translation>
    </message>
    <message>
        <source>Ven&amp;dor:</source>
        <translation>An&amp;bieter:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>Ar&amp;t:</translation>
    </message>
    <message>
        <source>Re&amp;quest:</source>
        <translation>Anfra&amp;ge:</translation>
    </message>
    <message>
        <source>Contact&apos;s n&amp;ame:</source>
        <translation>Na&amp;me der Person:</translation>
    </message>
    <message>
        <source>Notes ab&amp;out:</source>
        <translation>N&amp;otizen zu:</translation>
    </message>
    <message>
        <source>Every vendor you wrote notes about (%d)</source>
        <translation>Jeder Anbieter, über den Sie Notizen geschrieben haben (%d)</translation>
    </message>
    <message>
        <source>Add the vendor first: there is none in this vault yet.</source>
        <translation>Fügen Sie zuerst den Anbieter hinzu: In diesem Tresor gibt es noch keinen.</translation>
    </message>
    <message>
        <source>Write a request first (Requests page): there is none to publish.</source>
        <translation>Schreiben Sie zuerst eine Anfrage (Seite „Anfragen“): Es gibt keine zum Veröffentlichen.</translation>
    </message>
    <message>
        <source>Write a note about a vendor first: only your own notes can be passed on.</source>
        <translation>Schreiben Sie zuerst eine Notiz zu einem Anbieter: Nur Ihre eigenen Notizen lassen sich weitergeben.</translation>
    </message>
    <message>
        <source>Name the trusted contact the notes go to.</source>
        <translation>Nennen Sie die Vertrauensperson, an die die Notizen gehen.</translation>
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
        <source>Copy the key; the clipboard is cleared again after a while.</source>
        <translation>Den Schlüssel kopieren; die Zwischenablage wird nach einer Weile wieder geleert.</translation>
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
    <name>RecurringPanel</name>
    <message>
        <source>Recurring charges</source>
        <translation>Wiederkehrende Abbuchungen</translation>
    </message>
    <message>
        <source>Charges that repeat in your payments — weekly, monthly, quarterly or yearly — proposed as agreements, so their renewals and notice periods are not missed.</source>
        <translation>Abbuchungen, die sich in Ihren Zahlungen wiederholen – wöchentlich, monatlich, vierteljährlich oder jährlich –, als Vereinbarungen vorgeschlagen, damit Sie keine Verlängerung und keine Kündigungsfrist verpassen.</translation>
    </message>
    <message>
        <source>Looking through your payments…</source>
        <translation>Ihre Zahlungen werden durchgesehen …</translation>
    </message>
    <message>
        <source>No recurring charges found yet</source>
        <translation>Noch keine wiederkehrenden Abbuchungen gefunden</translation>
    </message>
    <message>
        <source>Import your bank or card statements: charges that repeat are proposed here as agreements.</source>
        <translation>Importieren Sie Ihre Konto- oder Kartenauszüge: Abbuchungen, die sich wiederholen, werden hier als Vereinbarungen vorgeschlagen.</translation>
    </message>
    <message>
        <source>Recurring charges found</source>
        <translation>Gefundene wiederkehrende Abbuchungen</translation>
    </message>
    <message>
        <source>&amp;Found in your payments</source>
        <translation>In Ihren Zahlungen gef&amp;unden</translation>
    </message>
    <message>
        <source>Nothing new to propose: every recurring charge found is an agreement or was dismissed.</source>
        <translation>Nichts Neues vorzuschlagen: Jede gefundene wiederkehrende Abbuchung ist schon eine Vereinbarung oder wurde verworfen.</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Übernehmen</translation>
    </message>
    <message>
        <source>Record the selected charge as a subscription, as proposed</source>
        <translation>Die gewählte Abbuchung wie vorgeschlagen als Abo festhalten</translation>
    </message>
    <message>
        <source>E&amp;dit and accept…</source>
        <translation>Bea&amp;rbeiten und übernehmen …</translation>
    </message>
    <message>
        <source>Open the agreement filled in from the charge; change it, then add it (Enter)</source>
        <translation>Die aus der Abbuchung ausgefüllte Vereinbarung öffnen, ändern und dann hinzufügen (Eingabe)</translation>
    </message>
    <message>
        <source>Di&amp;smiss</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>Not a subscription: never propose it again (Delete)</source>
        <translation>Kein Abo: nie wieder vorschlagen (Entf)</translation>
    </message>
    <message>
        <source>Edit and accept</source>
        <translation>Bearbeiten und übernehmen</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Price rises</source>
        <translation>Preiserhöhungen</translation>
    </message>
    <message>
        <source>Price rises of your agreements</source>
        <translation>Preiserhöhungen Ihrer Vereinbarungen</translation>
    </message>
    <message>
        <source>Agreements no&amp;w charged more than they say:</source>
        <translation>Vereinbarungen, bei denen &amp;jetzt mehr abgebucht wird, als sie nennen:</translation>
    </message>
    <message>
        <source>%1 — %2: %3 → %4</source>
        <translation>%1 — %2: %3 → %4</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>seit %1</translation>
    </message>
    <message>
        <source>%1 is now an agreement: %2, renews on %3.</source>
        <translation>%1 ist jetzt eine Vereinbarung: %2, verlängert sich am %3.</translation>
    </message>
    <message>
        <source>%1 is now an agreement: %2.</source>
        <translation>%1 ist jetzt eine Vereinbarung: %2.</translation>
    </message>
    <message>
        <source>%1 (%2) will not be proposed again.</source>
        <translation>%1 (%2) wird nicht wieder vorgeschlagen.</translation>
    </message>
</context>
<context>
    <name>ReminderNotifier</name>
    <message>
        <source>Renews</source>
        <translation>Verlängert sich</translation>
    </message>
    <message>
        <source>Cancel by</source>
        <translation>Kündigen bis</translation>
    </message>
    <message>
        <source>Free trial ends</source>
        <translation>Testphase endet</translation>
    </message>
    <message>
        <source>Offer runs out</source>
        <translation>Angebot läuft ab</translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation>Wiedervorlage</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>gestern</translation>
    </message>
    <message>
        <source>%d days ago</source>
        <translation>vor %d Tagen</translation>
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
        <source>%s %s (%s): %s</source>
        <translation>%s %s (%s): %s</translation>
    </message>
    <message>
        <source>A renewal is near — unlock to see</source>
        <translation>Eine Verlängerung steht bevor – entsperren, um sie zu sehen</translation>
    </message>
    <message>
        <source>A renewal is near: %s — unlock to see</source>
        <translation>Eine Verlängerung steht bevor: %s – entsperren, um sie zu sehen</translation>
    </message>
    <message>
        <source>A cancel-by date is near — unlock to see</source>
        <translation>Ein Kündigungstermin naht – entsperren, um ihn zu sehen</translation>
    </message>
    <message>
        <source>A cancel-by date is near: %s — unlock to see</source>
        <translation>Ein Kündigungstermin naht: %s – entsperren, um ihn zu sehen</translation>
    </message>
    <message>
        <source>A free trial ends soon — unlock to see</source>
        <translation>Eine Testphase endet bald – entsperren, um sie zu sehen</translation>
    </message>
    <message>
        <source>A free trial ends soon: %s — unlock to see</source>
        <translation>Eine Testphase endet bald: %s – entsperren, um sie zu sehen</translation>
    </message>
    <message>
        <source>An offer runs out soon — unlock to see</source>
        <translation>Ein Angebot läuft bald ab – entsperren, um es zu sehen</translation>
    </message>
    <message>
        <source>An offer runs out soon: %s — unlock to see</source>
        <translation>Ein Angebot läuft bald ab: %s – entsperren, um es zu sehen</translation>
    </message>
    <message>
        <source>A follow-up is due — unlock to see</source>
        <translation>Eine Wiedervorlage ist fällig – entsperren, um sie zu sehen</translation>
    </message>
    <message>
        <source>A follow-up is due: %s — unlock to see</source>
        <translation>Eine Wiedervorlage ist fällig: %s – entsperren, um sie zu sehen</translation>
    </message>
    <message>
        <source>MyVendors reminder</source>
        <translation>MyVendors-Erinnerung</translation>
    </message>
    <message>
        <source>… and %d more on the Overview</source>
        <translation>… und %d weitere in der Übersicht</translation>
    </message>
    <message>
        <source>MyVendors: %d reminders</source>
        <translation>MyVendors: %d Erinnerungen</translation>
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
    <name>ReputationTab</name>
    <message>
        <source>Overall</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>My notes</source>
        <translation>Meine Notizen</translation>
    </message>
    <message>
        <source>Notes you wrote down from others</source>
        <translation>Notizen, die Sie von anderen notiert haben</translation>
    </message>
    <message>
        <source>Trusted contacts&apos; notes</source>
        <translation>Notizen von Vertrauenspersonen</translation>
    </message>
    <message>
        <source>Enter or a double-click opens the note</source>
        <translation>Enter oder ein Doppelklick öffnet die Notiz</translation>
    </message>
    <message>
        <source>&amp;Add note…</source>
        <translation>Notiz hin&amp;zufügen …</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Notiz hinzufügen</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>Bearbeit&amp;en …</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>Notiz bearbeiten</translation>
    </message>
    <message>
        <source>Edit the selected note (Enter or F2); Undo puts it back</source>
        <translation>Die ausgewählte Notiz bearbeiten (Eingabe oder F2); „Rückgängig“ stellt sie wieder her</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Delete note</source>
        <translation>Notiz löschen</translation>
    </message>
    <message>
        <source>Delete the selected note (Delete); Undo brings it back</source>
        <translation>Die ausgewählte Notiz löschen (Entf); „Rückgängig“ holt sie zurück</translation>
    </message>
    <message>
        <source>From trusted contacts (weighted by your trust in them and by age)</source>
        <translation>Von Vertrauenspersonen (gewichtet nach Ihrem Vertrauen und nach Alter)</translation>
    </message>
    <message>
        <source>Others&apos; views you wrote down (not counted in my standing)</source>
        <translation>Meinungen anderer, die Sie notiert haben (nicht in meiner Einschätzung gezählt)</translation>
    </message>
    <message>
        <source>Standing of this vendor: mine, and my trusted contacts&apos; beside it</source>
        <translation>Einschätzung dieses Anbieters: meine, und daneben die meiner Vertrauenspersonen</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Meine</translation>
    </message>
    <message>
        <source>Trusted contacts</source>
        <translation>Vertrauenspersonen</translation>
    </message>
    <message>
        <source>Trusted contacts (%d)</source>
        <translation>Vertrauenspersonen (%d)</translation>
    </message>
</context>
<context>
    <name>RequestDetail</name>
    <message>
        <source>Choose a request to see its offers.</source>
        <translation>Wählen Sie eine Anfrage, um ihre Angebote zu sehen.</translation>
    </message>
    <message>
        <source>Edi&amp;t…</source>
        <translation>Bea&amp;rbeiten …</translation>
    </message>
    <message>
        <source>Change this request</source>
        <translation>Diese Anfrage ändern</translation>
    </message>
    <message>
        <source>&amp;Add offer…</source>
        <translation>&amp;Angebot hinzufügen …</translation>
    </message>
    <message>
        <source>Record an offer a vendor sent for this request</source>
        <translation>Ein Angebot erfassen, das ein Anbieter zu dieser Anfrage geschickt hat</translation>
    </message>
    <message>
        <source>A&amp;ccept…</source>
        <translation>Anneh&amp;men …</translation>
    </message>
    <message>
        <source>Accept the selected offer</source>
        <translation>Das ausgewählte Angebot annehmen</translation>
    </message>
    <message>
        <source>&amp;Publish…</source>
        <translation>&amp;Veröffentlichen …</translation>
    </message>
    <message>
        <source>Publish this request as a file vendors can answer (it opens the request for offers)</source>
        <translation>Diese Anfrage als Datei veröffentlichen, auf die Anbieter antworten können (das öffnet sie für Angebote)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>About this request</source>
        <translation>Über diese Anfrage</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Konditionen</translation>
    </message>
    <message>
        <source>Where it went</source>
        <translation>Wohin sie ging</translation>
    </message>
    <message>
        <source>Offers</source>
        <translation>Angebote</translation>
    </message>
    <message>
        <source>No offers yet. When a vendor answers, record the offer with “Add offer…”.</source>
        <translation>Noch keine Angebote. Wenn ein Anbieter antwortet, erfassen Sie das Angebot mit „Angebot hinzufügen …“.</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation>Nebeneinander</translation>
    </message>
    <message>
        <source>Offers side by side</source>
        <translation>Angebote nebeneinander</translation>
    </message>
    <message>
        <source>Conditions: %s</source>
        <translation>Konditionen: %s</translation>
    </message>
    <message>
        <source>Offers (%d)</source>
        <translation>Angebote (%d)</translation>
    </message>
    <message>
        <source>Not shared yet. “Publish…” shares it as a file you hand to vendors; that opens it for offers.</source>
        <translation>Noch nicht geteilt. „Veröffentlichen …“ teilt sie als Datei, die Sie Anbietern geben; das öffnet sie für Angebote.</translation>
    </message>
    <message>
        <source>… and %d earlier (all of them on the Shared page)</source>
        <translation>… und %d frühere (alle auf der Seite „Geteilt“)</translation>
    </message>
    <message>
        <source>anyone</source>
        <translation>alle</translation>
    </message>
    <message>
        <source>Published to %s</source>
        <translation>Veröffentlicht für %s</translation>
    </message>
    <message>
        <source>this opened it for offers</source>
        <translation>das öffnete sie für Angebote</translation>
    </message>
    <message>
        <source>encrypted</source>
        <translation>verschlüsselt</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>signiert</translation>
    </message>
    <message>
        <source>SHA-256 %s…</source>
        <translation>SHA-256 %s…</translation>
    </message>
    <message>
        <source>as key %s…</source>
        <translation>als Schlüssel %s…</translation>
    </message>
    <message>
        <source>Ledger entry %d
Package %s
SHA-256 %s
Your key for it: %s</source>
        <translation>Protokolleintrag %d
Paket %s
SHA-256 %s
Ihr Schlüssel dafür: %s</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Angebot</translation>
    </message>
    <message>
        <source>Acknowledgement</source>
        <translation>Empfangsbestätigung</translation>
    </message>
    <message>
        <source>%s from %s</source>
        <translation>%s von %s</translation>
    </message>
    <message>
        <source>answers package %s</source>
        <translation>beantwortet Paket %s</translation>
    </message>
    <message>
        <source>Ledger entry %d
SHA-256 %s
Their key: %s</source>
        <translation>Protokolleintrag %d
SHA-256 %s
Ihr Schlüssel: %s</translation>
    </message>
    <message>
        <source>budget %s – %s</source>
        <translation>Budget %s – %s</translation>
    </message>
    <message>
        <source>budget up to %s</source>
        <translation>Budget bis %s</translation>
    </message>
    <message>
        <source>budget from %s</source>
        <translation>Budget ab %s</translation>
    </message>
    <message>
        <source>needed by %s (passed)</source>
        <translation>benötigt bis %s (vorbei)</translation>
    </message>
    <message>
        <source>needed by %s</source>
        <translation>benötigt bis %s</translation>
    </message>
    <message>
        <source>written %s</source>
        <translation>geschrieben am %s</translation>
    </message>
    <message>
        <source>the %d offers selected</source>
        <translation>die %d ausgewählten Angebote</translation>
    </message>
    <message>
        <source>all offers; select two or more to compare only those</source>
        <translation>alle Angebote; wählen Sie zwei oder mehr aus, um nur diese zu vergleichen</translation>
    </message>
    <message>
        <source>This request is fulfilled: an offer was accepted</source>
        <translation>Diese Anfrage ist erfüllt: Ein Angebot wurde angenommen</translation>
    </message>
    <message>
        <source>Only an open request&apos;s offers can be accepted</source>
        <translation>Nur Angebote zu einer offenen Anfrage lassen sich annehmen</translation>
    </message>
    <message>
        <source>Select one offer to accept it</source>
        <translation>Wählen Sie ein Angebot aus, um es anzunehmen</translation>
    </message>
    <message>
        <source>Accept the offer from %s</source>
        <translation>Das Angebot von %s annehmen</translation>
    </message>
    <message>
        <source>&amp;Open for offers</source>
        <translation>Für Angebote &amp;öffnen</translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation>&amp;Wieder öffnen</translation>
    </message>
    <message>
        <source>Back to &amp;draft</source>
        <translation>Zurück zum &amp;Entwurf</translation>
    </message>
    <message>
        <source>Mark e&amp;xpired</source>
        <translation>Als abgelaufen mar&amp;kieren</translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation>&amp;Zurückziehen</translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation>Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>To make it %s again later: %s.</source>
        <translation>Um sie später wieder auf „%s“ zu setzen: %s.</translation>
    </message>
    <message>
        <source>It takes no more offers; the offers it has stay recorded.</source>
        <translation>Sie nimmt keine Angebote mehr an; ihre bisherigen Angebote bleiben erfasst.</translation>
    </message>
    <message>
        <source>It takes no more offers until you reopen it.</source>
        <translation>Sie nimmt keine Angebote mehr an, bis Sie sie wieder öffnen.</translation>
    </message>
    <message>
        <source>Change the request&apos;s status</source>
        <translation>Den Status der Anfrage ändern</translation>
    </message>
    <message>
        <source>Make “%s” %s?</source>
        <translation>„%s“ auf „%s“ setzen?</translation>
    </message>
    <message>
        <source>MyVendors</source>
        <translation>MyVendors</translation>
    </message>
</context>
<context>
    <name>RequestDialog</name>
    <message>
        <source>Edit request</source>
        <translation>Anfrage bearbeiten</translation>
    </message>
    <message>
        <source>New request</source>
        <translation>Neue Anfrage</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>What do you want? e.g. Winter tyres for a small car</source>
        <translation>Was suchen Sie? z. B. Winterreifen für einen Kleinwagen</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>e.g. Car, Insurance, Energy</source>
        <translation>z. B. Auto, Versicherung, Energie</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>What matters to you, in a few sentences</source>
        <translation>Was Ihnen wichtig ist, in ein paar Sätzen</translation>
    </message>
    <message>
        <source>Budget from</source>
        <translation>Budget ab</translation>
    </message>
    <message>
        <source>from</source>
        <translation>ab</translation>
    </message>
    <message>
        <source>Budget up to</source>
        <translation>Budget bis</translation>
    </message>
    <message>
        <source>up to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Budget currency</source>
        <translation>Währung des Budgets</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Coarse only: a city or a region</source>
        <translation>Nur grob: eine Stadt oder eine Region</translation>
    </message>
    <message>
        <source>Needed &amp;by</source>
        <translation>Benötigt b&amp;is</translation>
    </message>
    <message>
        <source>Has a needed-by date</source>
        <translation>Hat ein Benötigt-bis-Datum</translation>
    </message>
    <message>
        <source>Needed by</source>
        <translation>Benötigt bis</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Konditionen</translation>
    </message>
    <message>
        <source>e.g. delivered and fitted, no contract longer than a year</source>
        <translation>z. B. geliefert und montiert, kein Vertrag länger als ein Jahr</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>&amp;Kategorie</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Beschreibung</translation>
    </message>
    <message>
        <source>B&amp;udget</source>
        <translation>B&amp;udget</translation>
    </message>
    <message>
        <source>&amp;Location</source>
        <translation>&amp;Ort</translation>
    </message>
    <message>
        <source>C&amp;onditions</source>
        <translation>Kon&amp;ditionen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>C&amp;reate</source>
        <translation>&amp;Anlegen</translation>
    </message>
    <message>
        <source>A request says what you want without saying who you are. Only you see it until you publish it.</source>
        <translation>Eine Anfrage sagt, was Sie suchen, ohne zu sagen, wer Sie sind. Nur Sie sehen sie, bis Sie sie veröffentlichen.</translation>
    </message>
</context>
<context>
    <name>RequestList</name>
    <message>
        <source>New re&amp;quest…</source>
        <translation>Ne&amp;ue Anfrage …</translation>
    </message>
    <message>
        <source>Write a new request (Ctrl+Shift+N)</source>
        <translation>Eine neue Anfrage schreiben (Strg+Umschalt+N)</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>Show requests by status</source>
        <translation>Anfragen nach Status zeigen</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
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
        <source>No %s requests.</source>
        <translation>Keine Anfragen mit dem Status „%s“.</translation>
    </message>
</context>
<context>
    <name>RequestStatus</name>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Fulfilled</source>
        <translation>Erfüllt</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Zurückgezogen</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
</context>
<context>
    <name>RequestTableModel</name>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Offers</source>
        <translation>Angebote</translation>
    </message>
    <message>
        <source>Needed by</source>
        <translation>Benötigt bis</translation>
    </message>
    <message>
        <source>Needed by %s: that day has passed</source>
        <translation>Benötigt bis %s: Dieser Tag ist vorbei</translation>
    </message>
</context>
<context>
    <name>RequestsPage</name>
    <message>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>No requests yet</source>
        <translation>Noch keine Anfragen</translation>
    </message>
    <message>
        <source>A request says what you want, anonymously, and lets vendors answer it. Record their offers here, compare them side by side and accept one.</source>
        <translation>Eine Anfrage sagt anonym, was Sie suchen, und lässt Anbieter darauf antworten. Erfassen Sie deren Angebote hier, vergleichen Sie sie nebeneinander und nehmen Sie eines an.</translation>
    </message>
    <message>
        <source>Change &amp;status</source>
        <translation>Status än&amp;dern</translation>
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
    <name>Section</name>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
</context>
<context>
    <name>SensitiveClipboard</name>
    <message>
        <source>Copied. The clipboard is cleared when the vault locks or MyVendors quits.</source>
        <translation>Kopiert. Die Zwischenablage wird geleert, wenn der Tresor gesperrt oder MyVendors beendet wird.</translation>
    </message>
    <message>
        <source>Copied. The clipboard is cleared again in 1 second.</source>
        <translation>Kopiert. Die Zwischenablage wird in 1 Sekunde wieder geleert.</translation>
    </message>
    <message>
        <source>Copied. The clipboard is cleared again in %d seconds.</source>
        <translation>Kopiert. Die Zwischenablage wird in %d Sekunden wieder geleert.</translation>
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
        <source>no reminders</source>
        <translation>keine Erinnerungen</translation>
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
    <name>ShareTreeModel</name>
    <message>
        <source>What goes</source>
        <translation>Was mitgeht</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>%d of %d go</source>
        <translation>%d von %d gehen mit</translation>
    </message>
</context>
<context>
    <name>ShareWizard</name>
    <message>
        <source>Share</source>
        <translation>Teilen</translation>
    </message>
</context>
<context>
    <name>SharedPage</name>
    <message>
        <source>Shared</source>
        <translation>Geteilt</translation>
    </message>
    <message>
        <source>S&amp;hare…</source>
        <translation>Tei&amp;len …</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Teilen</translation>
    </message>
    <message>
        <source>&amp;Import an answer…</source>
        <translation>Antwort i&amp;mportieren …</translation>
    </message>
    <message>
        <source>Import a vendor&apos;s answer</source>
        <translation>Antwort eines Anbieters importieren</translation>
    </message>
    <message>
        <source>Ledger chain</source>
        <translation>Protokollkette</translation>
    </message>
    <message>
        <source>Prepare deletion request</source>
        <translation>Löschantrag vorbereiten</translation>
    </message>
    <message>
        <source>Show the ledger for</source>
        <translation>Protokoll zeigen für</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>&amp;Zeigen:</translation>
    </message>
    <message>
        <source>Ledger</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>The selected entry in plain words</source>
        <translation>Der ausgewählte Eintrag in einfachen Worten</translation>
    </message>
    <message>
        <source>Nothing shared yet. When you share, every package is recorded here: what went, to whom, under which terms. Answers you import are recorded too.</source>
        <translation>Noch nichts geteilt. Wenn Sie teilen, wird hier jedes Paket vermerkt: was hinausging, an wen, unter welchen Bedingungen. Antworten, die Sie importieren, werden ebenfalls vermerkt.</translation>
    </message>
    <message>
        <source>(vendor %d, deleted)</source>
        <translation>(Anbieter %d, gelöscht)</translation>
    </message>
    <message>
        <source>Everything (%d)</source>
        <translation>Alles (%d)</translation>
    </message>
    <message>
        <source>Verifying the ledger&apos;s chain…</source>
        <translation>Die Protokollkette wird geprüft …</translation>
    </message>
    <message>
        <source>The ledger&apos;s chain could not be verified: %s</source>
        <translation>Die Protokollkette konnte nicht geprüft werden: %s</translation>
    </message>
    <message>
        <source>The ledger&apos;s chain verifies (%d entries).</source>
        <translation>Protokollkette gültig (%d Einträge).</translation>
    </message>
    <message>
        <source>The ledger&apos;s chain verifies (1 entry).</source>
        <translation>Protokollkette gültig (1 Eintrag).</translation>
    </message>
    <message>
        <source>The ledger was altered outside MyVendors: its hash chain does not verify.</source>
        <translation>Das Protokoll wurde außerhalb von MyVendors verändert: Seine Hash-Kette ist ungültig.</translation>
    </message>
    <message>
        <source>%s may keep the %s you shared on %s until %s: time to ask for it to be deleted.</source>
        <translation>%s darf Ihr Paket „%s“ vom %s bis %s behalten: Zeit, die Löschung zu verlangen.</translation>
    </message>
    <message>
        <source>%s was to keep the %s you shared on %s until %s: ask for it to be deleted.</source>
        <translation>%s sollte Ihr Paket „%s“ vom %s nur bis %s behalten: Verlangen Sie die Löschung.</translation>
    </message>
    <message>
        <source>And %d more.</source>
        <translation>Und %d weitere.</translation>
    </message>
    <message>
        <source>Prepare &amp;deletion request…</source>
        <translation>Löschantrag &amp;vorbereiten …</translation>
    </message>
    <message>
        <source>1 entry</source>
        <translation>1 Eintrag</translation>
    </message>
    <message>
        <source>%d entries</source>
        <translation>%d Einträge</translation>
    </message>
    <message>
        <source>new to you: put on file with this answer (trust on first use)</source>
        <translation>neu für Sie: mit dieser Antwort hinterlegt (Vertrauen beim ersten Kontakt)</translation>
    </message>
    <message>
        <source>the one on file for them</source>
        <translation>der für ihn hinterlegte</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Answers package</source>
        <translation>Antwort auf Paket</translation>
    </message>
    <message>
        <source>Their key</source>
        <translation>Sein Schlüssel</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Ausgestellt</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Your terms</source>
        <translation>Ihre Bedingungen</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>angenommen</translation>
    </message>
    <message>
        <source>REFUSED</source>
        <translation>ABGELEHNT</translation>
    </message>
    <message>
        <source>Terms named</source>
        <translation>Genannte Bedingungen</translation>
    </message>
    <message>
        <source>Their note</source>
        <translation>Anmerkung des Anbieters</translation>
    </message>
    <message>
        <source>Countersigns</source>
        <translation>Gegenzeichnet</translation>
    </message>
    <message>
        <source>An offer</source>
        <translation>Ein Angebot</translation>
    </message>
    <message>
        <source>A refusal of your terms</source>
        <translation>Eine Ablehnung Ihrer Bedingungen</translation>
    </message>
    <message>
        <source>An acknowledgement</source>
        <translation>Eine Bestätigung</translation>
    </message>
    <message>
        <source>Ledger entry %d</source>
        <translation>Protokolleintrag %d</translation>
    </message>
    <message>
        <source>Entry hash</source>
        <translation>Hash des Eintrags</translation>
    </message>
</context>
<context>
    <name>SharingActions</name>
    <message>
        <source>&amp;Share…</source>
        <translation>&amp;Teilen …</translation>
    </message>
    <message>
        <source>Share exactly what you choose, with your terms, signed</source>
        <translation>Genau das teilen, was Sie auswählen, mit Ihren Bedingungen, signiert</translation>
    </message>
    <message>
        <source>&amp;Import vendor&apos;s answer…</source>
        <translation>Antwort eines Anbieters &amp;importieren …</translation>
    </message>
    <message>
        <source>Your &amp;profile…</source>
        <translation>Ihr &amp;Profil …</translation>
    </message>
    <message>
        <source>Show the &amp;ledger</source>
        <translation>Protokoll &amp;zeigen</translation>
    </message>
    <message>
        <source>&amp;New pseudonym for this vendor…</source>
        <translation>&amp;Neues Pseudonym für diesen Anbieter …</translation>
    </message>
    <message>
        <source>Retire the keys this vendor knows you by and make new ones (replies to the old ones still open)</source>
        <translation>Die Schlüssel, unter denen dieser Anbieter Sie kennt, stilllegen und neue erzeugen (Antworten an die alten lassen sich weiter öffnen)</translation>
    </message>
    <message>
        <source>The ledger was altered</source>
        <translation>Das Protokoll wurde verändert</translation>
    </message>
    <message>
        <source>The ledger was altered: show the Shared page</source>
        <translation>Das Protokoll wurde verändert: die Seite „Geteilt“ zeigen</translation>
    </message>
    <message>
        <source>Its hash chain does not verify. Show the Shared page for details.</source>
        <translation>Seine Hash-Kette ist ungültig. Die Seite „Geteilt“ zeigt Einzelheiten.</translation>
    </message>
    <message>
        <source>Shar&amp;ing</source>
        <translation>Te&amp;ilen</translation>
    </message>
    <message>
        <source>Published your request; it is now open for offers.</source>
        <translation>Ihre Anfrage ist veröffentlicht und jetzt für Angebote offen.</translation>
    </message>
    <message>
        <source>Published your request; recorded in your ledger.</source>
        <translation>Ihre Anfrage ist veröffentlicht und in Ihrem Protokoll vermerkt.</translation>
    </message>
    <message>
        <source>Shared with %s; recorded in your ledger.</source>
        <translation>Mit %s geteilt; in Ihrem Protokoll vermerkt.</translation>
    </message>
    <message>
        <source>Choose a vendor on the Vendors page first.</source>
        <translation>Wählen Sie zuerst auf der Seite „Anbieter“ einen Anbieter.</translation>
    </message>
    <message>
        <source>New pseudonym</source>
        <translation>Neues Pseudonym</translation>
    </message>
    <message>
        <source>%s will know you by new keys from your next share on. Packages already sent keep the old pseudonym, and answers to it can still be read. Tell the vendor, or it will see a stranger.</source>
        <translation>%s kennt Sie ab Ihrem nächsten Teilen unter neuen Schlüsseln. Bereits gesendete Pakete behalten das alte Pseudonym, und Antworten darauf lassen sich weiter lesen. Sagen Sie es dem Anbieter, sonst sieht er eine fremde Person.</translation>
    </message>
    <message>
        <source>Make new keys</source>
        <translation>Neue Schlüssel erzeugen</translation>
    </message>
    <message>
        <source>%s will now know you as %s.</source>
        <translation>%s kennt Sie jetzt als %s.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>What the keys do in this window. In a list, the list&apos;s keys work when it has the focus.</source>
        <translation>Was die Tasten in diesem Fenster tun. Die Tasten einer Liste wirken, wenn sie den Fokus hat.</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>Everywhere in the window</source>
        <translation>Überall im Fenster</translation>
    </message>
    <message>
        <source>In “%s”</source>
        <translation>In „%s“</translation>
    </message>
    <message>
        <source>On the “%s” tab</source>
        <translation>Im Reiter „%s“</translation>
    </message>
    <message>
        <source>Open the &amp;user guide</source>
        <translation>&amp;Handbuch öffnen</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
</context>
<context>
    <name>StatementImport</name>
    <message>
        <source>Statements (*.ofx *.qfx *.csv *.tsv *.txt)</source>
        <translation>Kontoauszüge (*.ofx *.qfx *.csv *.tsv *.txt)</translation>
    </message>
    <message>
        <source>OFX and QFX files (*.ofx *.qfx)</source>
        <translation>OFX- und QFX-Dateien (*.ofx *.qfx)</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.tsv *.txt)</source>
        <translation>CSV-Dateien (*.csv *.tsv *.txt)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Import statement</source>
        <translation>Kontoauszug importieren</translation>
    </message>
    <message>
        <source>Reading the statement was cancelled.</source>
        <translation>Das Lesen des Kontoauszugs wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Adding 1 payment…</source>
        <translation>1 Zahlung wird hinzugefügt …</translation>
    </message>
    <message>
        <source>Adding %d payments…</source>
        <translation>%d Zahlungen werden hinzugefügt …</translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was added to the vault.</source>
        <translation>Der Import wurde abgebrochen. Dem Tresor wurde nichts hinzugefügt.</translation>
    </message>
    <message>
        <source>%s Nothing was added to the vault.</source>
        <translation>%s Dem Tresor wurde nichts hinzugefügt.</translation>
    </message>
</context>
<context>
    <name>StatementImportDialog</name>
    <message>
        <source>your earlier choice</source>
        <extracomment>how a payee&apos;s vendor was found, as the payee list says it</extracomment>
        <translation>Ihre frühere Wahl</translation>
    </message>
    <message>
        <source>matched by website</source>
        <translation>über die Website gefunden</translation>
    </message>
    <message>
        <source>matched by name</source>
        <translation>über den Namen gefunden</translation>
    </message>
    <message>
        <source>Import statement</source>
        <extracomment>the worker job reading, planning or importing, while one runs</extracomment>
        <translation>Kontoauszug importieren</translation>
    </message>
    <message>
        <source>Import statement from %s</source>
        <translation>Kontoauszug aus %s importieren</translation>
    </message>
    <message>
        <source>Why the next step waits</source>
        <translation>Warum der nächste Schritt wartet</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>OFX file</source>
        <translation>OFX-Datei</translation>
    </message>
    <message>
        <source>1 line read</source>
        <translation>1 Buchung gelesen</translation>
    </message>
    <message>
        <source>%d lines read</source>
        <translation>%d Buchungen gelesen</translation>
    </message>
    <message>
        <source>CSV file</source>
        <translation>CSV-Datei</translation>
    </message>
    <message>
        <source>1 row</source>
        <translation>1 Zeile</translation>
    </message>
    <message>
        <source>%d rows</source>
        <translation>%d Zeilen</translation>
    </message>
    <message>
        <source>… and %d more.</source>
        <translation>… und %d weitere.</translation>
    </message>
    <message>
        <source>1 line cannot be read and is left out:</source>
        <translation>1 Buchung lässt sich nicht lesen und wird ausgelassen:</translation>
    </message>
    <message>
        <source>%d lines cannot be read and are left out:</source>
        <translation>%d Buchungen lassen sich nicht lesen und werden ausgelassen:</translation>
    </message>
    <message>
        <source>The statement was imported.</source>
        <translation>Der Kontoauszug wurde importiert.</translation>
    </message>
    <message>
        <source>1 payment was added.</source>
        <translation>1 Zahlung wurde hinzugefügt.</translation>
    </message>
    <message>
        <source>%d payments were added.</source>
        <translation>%d Zahlungen wurden hinzugefügt.</translation>
    </message>
    <message>
        <source>1 was already there and was not added again.</source>
        <translation>1 war schon da und wurde nicht noch einmal hinzugefügt.</translation>
    </message>
    <message>
        <source>%d were already there and were not added again.</source>
        <translation>%d waren schon da und wurden nicht noch einmal hinzugefügt.</translation>
    </message>
    <message>
        <source>1 line was skipped.</source>
        <translation>1 Buchung wurde übersprungen.</translation>
    </message>
    <message>
        <source>%d lines were skipped.</source>
        <translation>%d Buchungen wurden übersprungen.</translation>
    </message>
    <message>
        <source>1 new vendor:</source>
        <translation>1 neuer Anbieter:</translation>
    </message>
    <message>
        <source>%d new vendors:</source>
        <translation>%d neue Anbieter:</translation>
    </message>
    <message>
        <source>Give the new vendor for %s a name.</source>
        <translation>Geben Sie dem neuen Anbieter für %s einen Namen.</translation>
    </message>
    <message>
        <source>Nothing to add: every line is already there or skipped.</source>
        <translation>Nichts hinzuzufügen: Jede Buchung ist schon da oder wird übersprungen.</translation>
    </message>
    <message>
        <source>&amp;Import 1 line</source>
        <translation>1 Buchung &amp;importieren</translation>
    </message>
    <message>
        <source>&amp;Import %d lines</source>
        <translation>%d Buchungen &amp;importieren</translation>
    </message>
    <message>
        <source>1 line</source>
        <translation>1 Buchung</translation>
    </message>
    <message>
        <source>%d lines</source>
        <translation>%d Buchungen</translation>
    </message>
    <message>
        <source>%d already there</source>
        <translation>%d schon da</translation>
    </message>
    <message>
        <source>1 new vendor</source>
        <translation>1 neuer Anbieter</translation>
    </message>
    <message>
        <source>%d new vendors</source>
        <translation>%d neue Anbieter</translation>
    </message>
    <message>
        <source>%d skipped</source>
        <translation>%d übersprungen</translation>
    </message>
</context>
<context>
    <name>StatementReadStep</name>
    <message>
        <source>&amp;Date</source>
        <extracomment>the column choosers, by CsvMapping field: their labels (mnemonics unique within the dialog)</extracomment>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <source>&amp;Payee</source>
        <translation>&amp;Empfänger</translation>
    </message>
    <message>
        <source>M&amp;emo</source>
        <translation>&amp;Verwendungszweck</translation>
    </message>
    <message>
        <source>A&amp;mount</source>
        <translation>&amp;Betrag</translation>
    </message>
    <message>
        <source>Debi&amp;t (money out)</source>
        <translation>&amp;Soll (Ausgang)</translation>
    </message>
    <message>
        <source>C&amp;redit (money in)</source>
        <translation>&amp;Haben (Eingang)</translation>
    </message>
    <message>
        <source>C&amp;urrency</source>
        <translation>Wäh&amp;rung</translation>
    </message>
    <message>
        <source>Column for the date</source>
        <extracomment>each column chooser&apos;s name for screen readers, by field</extracomment>
        <translation>Spalte für das Datum</translation>
    </message>
    <message>
        <source>Column for the payee</source>
        <translation>Spalte für den Empfänger</translation>
    </message>
    <message>
        <source>Column for the memo</source>
        <translation>Spalte für den Verwendungszweck</translation>
    </message>
    <message>
        <source>Column for the amount</source>
        <translation>Spalte für den Betrag</translation>
    </message>
    <message>
        <source>Column for the debit (money out)</source>
        <translation>Spalte für Soll (Ausgang)</translation>
    </message>
    <message>
        <source>Column for the credit (money in)</source>
        <translation>Spalte für Haben (Eingang)</translation>
    </message>
    <message>
        <source>Column for the currency</source>
        <translation>Spalte für die Währung</translation>
    </message>
    <message>
        <source>Choose the column that holds the date.</source>
        <extracomment>why Next waits when a required column is not chosen, by field</extracomment>
        <translation>Wählen Sie die Spalte, die das Datum enthält.</translation>
    </message>
    <message>
        <source>Choose the column that holds the payee.</source>
        <translation>Wählen Sie die Spalte, die den Empfänger enthält.</translation>
    </message>
    <message>
        <source>DD</source>
        <extracomment>strptime directives as people write a date&apos;s pattern (German writes TT.MM.JJJJ)</extracomment>
        <translation>TT</translation>
    </message>
    <message>
        <source>MM</source>
        <translation>MM</translation>
    </message>
    <message>
        <source>YYYY</source>
        <translation>JJJJ</translation>
    </message>
    <message>
        <source>YY</source>
        <translation>JJ</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>Mon</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>D</source>
        <translation>T</translation>
    </message>
    <message>
        <source>DDD</source>
        <translation>TTT</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>e.g. Current account, Visa card</source>
        <translation>z. B. Girokonto, Visa-Karte</translation>
    </message>
    <message>
        <source>Acc&amp;ount</source>
        <translation>Kon&amp;to</translation>
    </message>
    <message>
        <source>Lines are recognised again by account: use the same name for every statement of this account, and a statement imported twice adds nothing twice.</source>
        <translation>Buchungen werden je Konto wiedererkannt: Verwenden Sie für jeden Auszug dieses Kontos denselben Namen, dann fügt ein zweimal importierter Auszug nichts doppelt hinzu.</translation>
    </message>
    <message>
        <source>Currency of the lines that name none</source>
        <translation>Währung der Buchungen, die keine nennen</translation>
    </message>
    <message>
        <source>Currenc&amp;y</source>
        <translation>Währun&amp;g</translation>
    </message>
    <message>
        <source>The file names no currency for its lines: type the currency of this account (e.g. EUR).</source>
        <translation>Die Datei nennt für ihre Buchungen keine Währung: Geben Sie die Währung dieses Kontos ein (z. B. EUR).</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>Date format</source>
        <translation>Datumsformat</translation>
    </message>
    <message>
        <source>Decimal separator</source>
        <translation>Dezimalzeichen</translation>
    </message>
    <message>
        <source>Point: 1,234.56</source>
        <translation>Punkt: 1,234.56</translation>
    </message>
    <message>
        <source>Comma: 1.234,56</source>
        <translation>Komma: 1.234,56</translation>
    </message>
    <message>
        <source>How money out is written</source>
        <translation>Wie Ausgänge geschrieben sind</translation>
    </message>
    <message>
        <source>Negative: −12.50</source>
        <translation>Negativ: −12,50</translation>
    </message>
    <message>
        <source>Positive: 12.50</source>
        <translation>Positiv: 12,50</translation>
    </message>
    <message>
        <source>Currency of every line</source>
        <translation>Währung aller Buchungen</translation>
    </message>
    <message>
        <source>Date &amp;format</source>
        <translation>Datums&amp;format</translation>
    </message>
    <message>
        <source>Money out &amp;is</source>
        <translation>Ausgänge s&amp;ind</translation>
    </message>
    <message>
        <source>Decimal &amp;separator</source>
        <translation>Dezimalzei&amp;chen</translation>
    </message>
    <message>
        <source>or fi&amp;xed currency</source>
        <translation>oder feste Währun&amp;g</translation>
    </message>
    <message>
        <source>The first lines as they will be read</source>
        <translation>Die ersten Buchungen, wie sie gelesen werden</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Payee</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>Memo</source>
        <translation>Verwendungszweck</translation>
    </message>
    <message>
        <source>(debit and credit)</source>
        <translation>(Soll und Haben)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Wählen …</translation>
    </message>
    <message>
        <source>Type the currency of this account: the file names none for its lines.</source>
        <translation>Geben Sie die Währung dieses Kontos ein: Die Datei nennt keine für ihre Buchungen.</translation>
    </message>
    <message>
        <source>This statement has no transactions to import.</source>
        <translation>Dieser Kontoauszug hat keine Buchungen zum Importieren.</translation>
    </message>
    <message>
        <source>Choose the amount column, or the debit and credit columns.</source>
        <translation>Wählen Sie die Betragsspalte oder die Soll- und Haben-Spalte.</translation>
    </message>
    <message>
        <source>No date format reads every value of the %s column; choose the column that holds the date.</source>
        <translation>Kein Datumsformat liest jeden Wert der Spalte %s; wählen Sie die Spalte, die das Datum enthält.</translation>
    </message>
    <message>
        <source>Choose the date format.</source>
        <translation>Wählen Sie das Datumsformat.</translation>
    </message>
    <message>
        <source>Choose the date format: %s fit the dates in this file, and they read some dates as different days.</source>
        <translation>Wählen Sie das Datumsformat: %s passen zu den Daten dieser Datei und lesen manche Daten als verschiedene Tage.</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>Choose the currency column, or type the currency of every line (e.g. EUR).</source>
        <translation>Wählen Sie die Währungsspalte oder geben Sie die Währung aller Buchungen ein (z. B. EUR).</translation>
    </message>
    <message>
        <source>Choose… (%d fit)</source>
        <translation>Wählen … (%d passen)</translation>
    </message>
    <message>
        <source>None fits this column</source>
        <translation>Keines passt zu dieser Spalte</translation>
    </message>
    <message>
        <source>Not read: %s</source>
        <translation>Nicht gelesen: %s</translation>
    </message>
    <message>
        <source>Choose the date format to see the dates.</source>
        <translation>Wählen Sie das Datumsformat, um die Daten zu sehen.</translation>
    </message>
    <message>
        <source>The first %d lines are the bank&apos;s notes before the column names; they are left out.</source>
        <translation>Die ersten %d Zeilen sind Angaben der Bank vor den Spaltennamen; sie werden ausgelassen.</translation>
    </message>
    <message>
        <source>Read as %s (guessed from the file).</source>
        <translation>Gelesen als %s (aus der Datei geschlossen).</translation>
    </message>
    <message>
        <source>These are the columns you chose for this bank&apos;s files last time.</source>
        <translation>Das sind die Spalten, die Sie beim letzten Mal für die Dateien dieser Bank gewählt haben.</translation>
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
    <name>TermsModel</name>
    <message>
        <source>Term</source>
        <translation>Bedingung</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Einstellung</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Kennung</translation>
    </message>
</context>
<context>
    <name>TermsPage</name>
    <message>
        <source>Your terms</source>
        <translation>Ihre Bedingungen</translation>
    </message>
    <message>
        <source>What may they do with what you share? Your answer travels with it, signed.</source>
        <translation>Was darf man mit dem tun, was Sie teilen? Ihre Antwort reist signiert mit.</translation>
    </message>
    <message>
        <source>&amp;What may they do with it?</source>
        <translation>Wofür &amp;dürfen sie es nutzen?</translation>
    </message>
    <message>
        <source>&amp;All terms…</source>
        <translation>&amp;Alle Bedingungen …</translation>
    </message>
    <message>
        <source>All terms</source>
        <translation>Alle Bedingungen</translation>
    </message>
    <message>
        <source>The whole list of standard terms, to tick one by one (IEEE 7012 and others).</source>
        <translation>Die ganze Liste der Standardbedingungen, einzeln anzukreuzen (IEEE 7012 und andere).</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>Bedingungen</translation>
    </message>
    <message>
        <source>&amp;Terms (tick to proffer; double-click a setting to change it):</source>
        <translation>&amp;Bedingungen (ankreuzen, um sie zu stellen; Doppelklick auf eine Einstellung ändert sie):</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Valid for</source>
        <translation>Gültig für</translation>
    </message>
    <message>
        <source>&amp;Valid for:</source>
        <translation>&amp;Gültig für:</translation>
    </message>
    <message>
        <source>after that the package says it is not to be acted on</source>
        <translation>danach sagt das Paket, dass nicht mehr danach gehandelt werden soll</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Leak of your data</source>
        <translation>Datenleck</translation>
    </message>
    <message>
        <source>%s used by %s (%s)</source>
        <translation>%s benutzt von %s (%s)</translation>
    </message>
    <message>
        <source>Someone else used an address you gave this vendor alone. Double-click: the Aliases tab</source>
        <translation>Jemand anderes hat eine Adresse benutzt, die nur dieser Anbieter von Ihnen hat. Doppelklick: der Reiter Aliasse</translation>
    </message>
</context>
<context>
    <name>TimelineTab</name>
    <message>
        <source>Timeline</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>&amp;Record interaction…</source>
        <translation>Interaktion &amp;erfassen …</translation>
    </message>
    <message>
        <source>Record interaction</source>
        <translation>Interaktion erfassen</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>Bearbeit&amp;en …</translation>
    </message>
    <message>
        <source>Edit interaction</source>
        <translation>Interaktion bearbeiten</translation>
    </message>
    <message>
        <source>Edit the selected interaction (Enter or F2); Undo puts it back</source>
        <translation>Die ausgewählte Interaktion bearbeiten (Eingabe oder F2); „Rückgängig“ stellt sie wieder her</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Delete interaction</source>
        <translation>Interaktion löschen</translation>
    </message>
    <message>
        <source>Delete the selected interaction (Delete); Undo brings it back</source>
        <translation>Die ausgewählte Interaktion löschen (Entf); „Rückgängig“ holt sie zurück</translation>
    </message>
    <message>
        <source>1 interaction</source>
        <translation>1 Interaktion</translation>
    </message>
    <message>
        <source>%d interactions</source>
        <translation>%d Interaktionen</translation>
    </message>
    <message>
        <source>1 leak</source>
        <translation>1 Leck</translation>
    </message>
    <message>
        <source>%d leaks</source>
        <translation>%d Lecks</translation>
    </message>
</context>
<context>
    <name>TrustChoice</name>
    <message>
        <source>A &amp;little</source>
        <translation>Ein &amp;wenig</translation>
    </message>
    <message>
        <source>Quite a lo&amp;t</source>
        <translation>&amp;Ziemlich</translation>
    </message>
    <message>
        <source>Co&amp;mpletely</source>
        <translation>&amp;Völlig</translation>
    </message>
</context>
<context>
    <name>TrustDialog</name>
    <message>
        <source>Change trust</source>
        <translation>Vertrauen ändern</translation>
    </message>
    <message>
        <source>How much do you trust %s&apos;s judgement of vendors?</source>
        <translation>Wie sehr vertrauen Sie dem Urteil von %s über Anbieter?</translation>
    </message>
    <message>
        <source>Their ratings weigh in the standing shown beside yours on each vendor: a little counts once, quite a lot twice, completely three times. Older notes count less.</source>
        <translation>Ihre Bewertungen zählen in der Einschätzung, die bei jedem Anbieter neben Ihrer steht: ein wenig einfach, ziemlich doppelt, völlig dreifach. Ältere Notizen zählen weniger.</translation>
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
        <source>Checking the system keyring…</source>
        <translation>Der Schlüsselbund des Systems wird geprüft …</translation>
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
    <name>VaultActions</name>
    <message>
        <source>&amp;Back up now</source>
        <translation>Jetzt &amp;sichern</translation>
    </message>
    <message>
        <source>&amp;Import vendors…</source>
        <translation>Anbieter &amp;importieren …</translation>
    </message>
    <message>
        <source>Add vendors from a vCard or CSV file (Ctrl+I)</source>
        <translation>Anbieter aus einer vCard- oder CSV-Datei hinzufügen (Strg+I)</translation>
    </message>
    <message>
        <source>Import s&amp;tatement…</source>
        <translation>&amp;Kontoauszug importieren …</translation>
    </message>
    <message>
        <source>Add payments from a bank or card statement (OFX, QFX or CSV) (Ctrl+Shift+I)</source>
        <translation>Zahlungen aus einem Konto- oder Kartenauszug hinzufügen (OFX, QFX oder CSV) (Strg+Umschalt+I)</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>E&amp;xportieren …</translation>
    </message>
    <message>
        <source>Write the vault as JSON, or renewal dates as iCalendar (Ctrl+E)</source>
        <translation>Den Tresor als JSON schreiben oder Verlängerungstermine als iCalendar (Strg+E)</translation>
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
        <source>Backing up…</source>
        <translation>Wird gesichert …</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Jetzt sichern</translation>
    </message>
    <message>
        <source>Backup cancelled; no backup was made.</source>
        <translation>Sicherung abgebrochen; es wurde keine Sicherung angelegt.</translation>
    </message>
    <message>
        <source>Backed up to %s</source>
        <translation>Gesichert in %s</translation>
    </message>
    <message>
        <source>Imported 1 vendor.</source>
        <translation>1 Anbieter importiert.</translation>
    </message>
    <message>
        <source>Imported %d vendors.</source>
        <translation>%d Anbieter importiert.</translation>
    </message>
    <message>
        <source>Imported 1 payment.</source>
        <translation>1 Zahlung importiert.</translation>
    </message>
    <message>
        <source>Imported %d payments.</source>
        <translation>%d Zahlungen importiert.</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Export abgebrochen; es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <source>Exported to %s</source>
        <translation>Exportiert nach %s</translation>
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
</context>
<context>
    <name>VaultExport</name>
    <message>
        <source>MyVendors export, JSON (*.json)</source>
        <extracomment>records per section (JSON) or {&quot;events&quot;: n} (iCalendar)</extracomment>
        <translation>MyVendors-Export, JSON (*.json)</translation>
    </message>
    <message>
        <source>Renewal and cancel-by dates, iCalendar (*.ics)</source>
        <translation>Verlängerungs- und Kündigungstermine, iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Exporting the vault to %s…</source>
        <translation>Der Tresor wird nach %s exportiert …</translation>
    </message>
    <message>
        <source>Exporting dates to %s…</source>
        <translation>Die Termine werden nach %s exportiert …</translation>
    </message>
    <message>
        <source>The export was not written.</source>
        <translation>Der Export wurde nicht geschrieben.</translation>
    </message>
</context>
<context>
    <name>VaultStatusBar</name>
    <message>
        <source>Vault state</source>
        <translation>Zustand des Tresors</translation>
    </message>
    <message>
        <source>Show vendor</source>
        <translation>Anbieter zeigen</translation>
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
        <source>Offer accepted: %s is in your vendors.</source>
        <translation>Angebot angenommen: %s steht bei Ihren Anbietern.</translation>
    </message>
    <message>
        <source>Show %s</source>
        <translation>%s zeigen</translation>
    </message>
</context>
<context>
    <name>VendorDetail</name>
    <message>
        <source>Vendor details</source>
        <translation>Details zum Anbieter</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
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
        <source>Reputation</source>
        <translation>Reputation</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation>Aliasse</translation>
    </message>
    <message>
        <source>%s (Ctrl+Tab moves between tabs)</source>
        <translation>%s (Strg+Tab wechselt zwischen den Reitern)</translation>
    </message>
    <message>
        <source>Select a vendor to see its profile, agreements, timeline, notes and files.</source>
        <translation>Wählen Sie einen Anbieter, um sein Profil, seine Vereinbarungen, seinen Verlauf, seine Notizen und Dateien zu sehen.</translation>
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
        <source>No category</source>
        <translation>Keine Kategorie</translation>
    </message>
    <message>
        <source>standing %s from %d notes</source>
        <translation>Ansehen %s aus %d Notizen</translation>
    </message>
    <message>
        <source>standing %s from 1 note</source>
        <translation>Ansehen %s aus 1 Notiz</translation>
    </message>
    <message>
        <source>no ratings yet</source>
        <translation>noch keine Bewertungen</translation>
    </message>
</context>
<context>
    <name>VendorImport</name>
    <message>
        <source>Contacts (*.vcf *.vcard *.csv *.tsv *.txt)</source>
        <translation>Kontakte (*.vcf *.vcard *.csv *.tsv *.txt)</translation>
    </message>
    <message>
        <source>vCard files (*.vcf *.vcard)</source>
        <translation>vCard-Dateien (*.vcf *.vcard)</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.tsv *.txt)</source>
        <translation>CSV-Dateien (*.csv *.tsv *.txt)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Import vendors</source>
        <translation>Anbieter importieren</translation>
    </message>
    <message>
        <source>Reading %d files…</source>
        <translation>%d Dateien werden gelesen…</translation>
    </message>
    <message>
        <source>Choose the column that holds the vendor&apos;s name.</source>
        <translation>Wählen Sie die Spalte, die den Namen des Anbieters enthält.</translation>
    </message>
    <message>
        <source>Reading the file again was cancelled; the list shows the columns before.</source>
        <translation>Das erneute Lesen der Datei wurde abgebrochen; die Liste zeigt die bisherigen Spalten.</translation>
    </message>
    <message>
        <source>None of the %d files can be imported.</source>
        <translation>Keine der %d Dateien lässt sich importieren.</translation>
    </message>
    <message>
        <source>Adding 1 vendor…</source>
        <translation>1 Anbieter wird hinzugefügt …</translation>
    </message>
    <message>
        <source>Adding %d vendors…</source>
        <translation>%d Anbieter werden hinzugefügt …</translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was added to the vault.</source>
        <translation>Der Import wurde abgebrochen. Dem Tresor wurde nichts hinzugefügt.</translation>
    </message>
    <message>
        <source>%s Nothing was added to the vault.</source>
        <translation>%s Dem Tresor wurde nichts hinzugefügt.</translation>
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
    <name>VendorsPage</name>
    <message>
        <source>Delete %s</source>
        <translation>%s löschen</translation>
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
        <source>Dis&amp;pute pack…</source>
        <translation>&amp;Streitfall-Unterlagen …</translation>
    </message>
    <message>
        <source>One file with your record of the selected vendor, for an ombudsman, a bank or a regulator</source>
        <translation>Eine Datei mit Ihren Aufzeichnungen zum gewählten Anbieter, für eine Schlichtungsstelle, eine Bank oder eine Aufsichtsbehörde</translation>
    </message>
    <message>
        <source>Show details</source>
        <translation>Details zeigen</translation>
    </message>
    <message>
        <source>That vendor is in the trash.</source>
        <translation>Dieser Anbieter ist im Papierkorb.</translation>
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
    <name>VoiceDialog</name>
    <message>
        <source>%s about %s</source>
        <translation>%s über %s</translation>
    </message>
    <message>
        <source>The contact&apos;s note</source>
        <translation>Die Notiz der Vertrauensperson</translation>
    </message>
    <message>
        <source>Written by</source>
        <translation>Geschrieben von</translation>
    </message>
    <message>
        <source>Your trust in them</source>
        <translation>Ihr Vertrauen</translation>
    </message>
    <message>
        <source>Written on</source>
        <translation>Geschrieben am</translation>
    </message>
    <message>
        <source>Sent to you</source>
        <translation>Ihnen geschickt am</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Über</translation>
    </message>
    <message>
        <source>Weight in their standing</source>
        <translation>Gewicht in ihrer Einschätzung</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>(ratings only)</source>
        <translation>(nur Bewertungen)</translation>
    </message>
</context>
<context>
    <name>VoicesModel</name>
    <message>
        <source>Contact</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>Vertrauen</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
</context>
<context>
    <name>_OfferTexts</name>
    <message>
        <source>Accepted</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>not in your vault</source>
        <translation>nicht in Ihrem Tresor</translation>
    </message>
    <message>
        <source>no ratings yet</source>
        <translation>noch keine Bewertungen</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <source>%s (expired)</source>
        <translation>%s (abgelaufen)</translation>
    </message>
    <message>
        <source>no price</source>
        <translation>kein Preis</translation>
    </message>
    <message>
        <source>no budget set</source>
        <translation>kein Budget festgelegt</translation>
    </message>
    <message>
        <source>budget is in another currency</source>
        <translation>Budget ist in einer anderen Währung</translation>
    </message>
    <message>
        <source>%s over budget</source>
        <translation>%s über dem Budget</translation>
    </message>
    <message>
        <source>below your range</source>
        <translation>unter Ihrem Rahmen</translation>
    </message>
    <message>
        <source>within budget</source>
        <translation>im Budget</translation>
    </message>
</context>
<context>
    <name>_Tab</name>
    <message>
        <source>Ed&amp;it…</source>
        <translation>Bearbeit&amp;en …</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
</context>
<context>
    <name>contacts</name>
    <message>
        <source>A little</source>
        <translation>Ein wenig</translation>
    </message>
    <message>
        <source>Quite a lot</source>
        <translation>Ziemlich</translation>
    </message>
    <message>
        <source>Completely</source>
        <translation>Völlig</translation>
    </message>
    <message>
        <source>Their ratings count once</source>
        <translation>Ihre Bewertungen zählen einfach</translation>
    </message>
    <message>
        <source>Their ratings count twice</source>
        <translation>Ihre Bewertungen zählen doppelt</translation>
    </message>
    <message>
        <source>Their ratings count three times</source>
        <translation>Ihre Bewertungen zählen dreifach</translation>
    </message>
</context>
<context>
    <name>leaks</name>
    <message>
        <source>e-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>phone call</source>
        <translation>Anruf</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>1 leak of your data, open</source>
        <translation>1 Leck Ihrer Daten, offen</translation>
    </message>
    <message>
        <source>1 leak of your data, closed</source>
        <translation>1 Leck Ihrer Daten, geschlossen</translation>
    </message>
    <message>
        <source>%d leaks of your data, all open</source>
        <translation>%d Lecks Ihrer Daten, alle offen</translation>
    </message>
    <message>
        <source>%d leaks of your data (%d open)</source>
        <translation>%d Lecks Ihrer Daten (%d offen)</translation>
    </message>
</context>
<context>
    <name>progress</name>
    <message>
        <source>1 byte</source>
        <translation>1 Byte</translation>
    </message>
    <message>
        <source>%n bytes</source>
        <translation>%n Bytes</translation>
    </message>
</context>
<context>
    <name>records</name>
    <message>
        <source>Subscription</source>
        <translation>Abo</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Vertrag</translation>
    </message>
    <message>
        <source>Warranty</source>
        <translation>Garantie</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>Mitgliedschaft</translation>
    </message>
    <message>
        <source>Loyalty card</source>
        <translation>Kundenkarte</translation>
    </message>
    <message>
        <source>one-off</source>
        <translation>einmalig</translation>
    </message>
    <message>
        <source>a week</source>
        <translation>pro Woche</translation>
    </message>
    <message>
        <source>a month</source>
        <translation>pro Monat</translation>
    </message>
    <message>
        <source>a quarter</source>
        <translation>pro Quartal</translation>
    </message>
    <message>
        <source>a year</source>
        <translation>pro Jahr</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Zahlung</translation>
    </message>
    <message>
        <source>Tip</source>
        <translation>Trinkgeld</translation>
    </message>
    <message>
        <source>Recommended</source>
        <translation>Empfohlen</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Weiterempfehlung</translation>
    </message>
    <message>
        <source>Asked advice</source>
        <translation>Um Rat gefragt</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Support</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Beschwerde</translation>
    </message>
    <message>
        <source>Blacklisted</source>
        <translation>Auf die Sperrliste gesetzt</translation>
    </message>
    <message>
        <source>Rebuffed</source>
        <translation>Abgewiesen</translation>
    </message>
    <message>
        <source>Evaluated</source>
        <translation>Bewertet</translation>
    </message>
    <message>
        <source>Extended credit</source>
        <translation>Zahlungsziel gewährt</translation>
    </message>
    <message>
        <source>Vouched</source>
        <translation>Für ihn gebürgt</translation>
    </message>
    <message>
        <source>Gift</source>
        <translation>Geschenk</translation>
    </message>
    <message>
        <source>Repeat purchase</source>
        <translation>Erneut gekauft</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Gespräch</translation>
    </message>
    <message>
        <source>Sponsored</source>
        <translation>Gesponsert</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Eingeladen</translation>
    </message>
    <message>
        <source>Offer accepted</source>
        <translation>Angebot angenommen</translation>
    </message>
    <message>
        <source>you subscribe to something of theirs</source>
        <translation>Sie haben etwas beim Anbieter abonniert</translation>
    </message>
    <message>
        <source>you paid them</source>
        <translation>Sie haben den Anbieter bezahlt</translation>
    </message>
    <message>
        <source>you gave them a tip or a voluntary extra</source>
        <translation>Sie haben dem Anbieter Trinkgeld oder freiwillig etwas extra gegeben</translation>
    </message>
    <message>
        <source>you made or renewed a contract with them</source>
        <translation>Sie haben mit dem Anbieter einen Vertrag geschlossen oder verlängert</translation>
    </message>
    <message>
        <source>they recommended something to you</source>
        <translation>der Anbieter hat Ihnen etwas empfohlen</translation>
    </message>
    <message>
        <source>you sent someone their way, or they sent you to someone</source>
        <translation>Sie haben jemanden an den Anbieter verwiesen, oder er Sie an jemanden</translation>
    </message>
    <message>
        <source>you asked them for advice</source>
        <translation>Sie haben den Anbieter um Rat gefragt</translation>
    </message>
    <message>
        <source>you asked them for something: a quote, a change, a call</source>
        <translation>Sie haben den Anbieter um etwas gebeten: ein Angebot, eine Änderung, einen Rückruf</translation>
    </message>
    <message>
        <source>an answer, from them to you or from you to them</source>
        <translation>eine Antwort, vom Anbieter an Sie oder von Ihnen an ihn</translation>
    </message>
    <message>
        <source>you asked their support for help</source>
        <translation>Sie haben den Kundendienst des Anbieters um Hilfe gebeten</translation>
    </message>
    <message>
        <source>you complained to them</source>
        <translation>Sie haben sich beim Anbieter beschwert</translation>
    </message>
    <message>
        <source>you decided not to deal with them any more</source>
        <translation>Sie haben beschlossen, nichts mehr mit dem Anbieter zu tun zu haben</translation>
    </message>
    <message>
        <source>you turned down what they offered or asked</source>
        <translation>Sie haben abgelehnt, was der Anbieter angeboten oder erbeten hat</translation>
    </message>
    <message>
        <source>you rated or reviewed them</source>
        <translation>Sie haben den Anbieter bewertet oder rezensiert</translation>
    </message>
    <message>
        <source>credit between you: they let you pay later, or you paid ahead</source>
        <translation>Kredit zwischen Ihnen: Sie dürfen später zahlen, oder Sie haben vorausbezahlt</translation>
    </message>
    <message>
        <source>you recommended them to someone</source>
        <translation>Sie haben den Anbieter jemandem empfohlen</translation>
    </message>
    <message>
        <source>a gift, from them to you or from you to them</source>
        <translation>ein Geschenk, vom Anbieter an Sie oder von Ihnen an ihn</translation>
    </message>
    <message>
        <source>you bought from them again</source>
        <translation>Sie haben wieder beim Anbieter gekauft</translation>
    </message>
    <message>
        <source>you talked or wrote to each other</source>
        <translation>Sie haben mit dem Anbieter gesprochen oder geschrieben</translation>
    </message>
    <message>
        <source>you supported them: a donation, crowdfunding, a patronage</source>
        <translation>Sie haben den Anbieter unterstützt: eine Spende, Crowdfunding, eine Förderung</translation>
    </message>
    <message>
        <source>an invitation, from them to you or from you to them</source>
        <translation>eine Einladung, vom Anbieter an Sie oder von Ihnen an ihn</translation>
    </message>
    <message>
        <source>you accepted their offer for one of your requests</source>
        <translation>Sie haben das Angebot des Anbieters auf eine Ihrer Anfragen angenommen</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
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
        <source>%n bytes</source>
        <translation>%n Bytes</translation>
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
    <message>
        <source>Name</source>
        <extracomment>what a hit&apos;s field is called in a sentence (&quot;Phone: 555 0101&quot;), by index column (storage.search.COLUMNS)</extracomment>
        <translation>Name</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Bedingungen</translation>
    </message>
    <message>
        <source>Agreement: %1 with %2</source>
        <translation>Vereinbarung: %1 mit %2</translation>
    </message>
    <message>
        <source>Note by %1 on %2, %3</source>
        <translation>Notiz von %1 zu %2, %3</translation>
    </message>
    <message>
        <source>Note on %1, %2</source>
        <translation>Notiz zu %1, %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a field and what it says</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>On %1 with %2: %3</source>
        <translation>Am %1 mit %2: %3</translation>
    </message>
    <message>
        <source>Request: %1</source>
        <translation>Anfrage: %1</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>jemandem</translation>
    </message>
    <message>
        <source>Offer from %1 for “%2”</source>
        <translation>Angebot von %1 für „%2“</translation>
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
        <source>Reminders</source>
        <translation>Erinnerungen</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Erscheinungsbild</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>Geld</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Datenschutz</translation>
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
        <source>Remind me (days before)</source>
        <translation>Erinnern (Tage vorher)</translation>
    </message>
    <message>
        <source>How many days before a renewal, a cancel-by date, the end of a free trial, an offer&apos;s last day or a follow-up you are reminded, separated by commas; 0 is the day itself. Each reminder shows once, while MyVendors runs, and stays on the Overview until you dismiss it. Empty: no reminders.</source>
        <translation>Wie viele Tage vor einer Verlängerung, einem Kündigungstermin, dem Ende einer Testphase, dem letzten Tag eines Angebots oder einer Wiedervorlage Sie erinnert werden, durch Kommas getrennt; 0 ist der Tag selbst. Jede Erinnerung erscheint einmal, während MyVendors läuft, und bleibt in der Übersicht, bis Sie sie verwerfen. Leer: keine Erinnerungen.</translation>
    </message>
    <message>
        <source>Name the vendor while locked</source>
        <translation>Anbieter auch im gesperrten Zustand nennen</translation>
    </message>
    <message>
        <source>While the vault is locked MyVendors cannot read it. At locking it keeps in memory only when the next reminders are due and a neutral text (“A cancel-by date is near — unlock to see”). With this on, it keeps the vendor&apos;s name too and shows it in the notification, where anyone near the screen can read it.</source>
        <translation>Solange der Tresor gesperrt ist, kann MyVendors ihn nicht lesen. Beim Sperren behält es nur im Arbeitsspeicher, wann die nächsten Erinnerungen fällig sind, und einen neutralen Text („Ein Kündigungstermin naht – entsperren, um ihn zu sehen“). Ist dies eingeschaltet, behält es auch den Namen des Anbieters und zeigt ihn in der Benachrichtigung, wo jeder in der Nähe des Bildschirms ihn lesen kann.</translation>
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
    <message>
        <source>Main currency</source>
        <translation>Hauptwährung</translation>
    </message>
    <message>
        <source>The currency your spending is also shown in, converted with the rates below (e.g. EUR). Empty: each currency is shown on its own.</source>
        <translation>Die Währung, in der Ihre Ausgaben zusätzlich gezeigt werden, umgerechnet mit den Kursen unten (z. B. EUR). Leer: Jede Währung wird für sich gezeigt.</translation>
    </message>
    <message>
        <source>Exchange rates</source>
        <translation>Wechselkurse</translation>
    </message>
    <message>
        <source>What one unit of another currency is worth in your main currency, e.g. “USD 0.92; GBP 1.17”. Amounts are converted only with the rates you give here, never guessed.</source>
        <translation>Was eine Einheit einer anderen Währung in Ihrer Hauptwährung wert ist, z. B. „USD 0,92; GBP 1,17“. Beträge werden nur mit den Kursen umgerechnet, die Sie hier angeben, nie geschätzt.</translation>
    </message>
    <message>
        <source>Alias domain</source>
        <translation>Alias-Domain</translation>
    </message>
    <message>
        <source>A domain of your own that accepts mail to any name at it (a catch-all), e.g. “anna.example”: a vendor is offered an address of its own there (acme@anna.example). Empty: a plus-address of your e-mail (you+acme@…).</source>
        <translation>Eine eigene Domain, die Post an jeden Namen annimmt (Catch-all), z. B. „anna.example“: Ein Anbieter bekommt dort eine eigene Adresse angeboten (acme@anna.example). Leer: eine Plus-Adresse Ihrer E-Mail (sie+acme@…).</translation>
    </message>
</context>
<context>
    <name>terms</name>
    <message>
        <source>Days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>Service delivery only</source>
        <translation>Nur zur Erbringung der Leistung</translation>
    </message>
    <message>
        <source>Use what I share only to deliver the service I ask for. No analytics, no tracking and no profiling, by you or by anyone else, and no sharing with third parties.</source>
        <translation>Nutzen Sie, was ich teile, nur, um die Leistung zu erbringen, um die ich bitte. Keine Analyse, kein Tracking und keine Profilbildung, weder durch Sie noch durch andere, und keine Weitergabe an Dritte.</translation>
    </message>
    <message>
        <source>Service delivery only, with data portability</source>
        <translation>Nur zur Erbringung der Leistung, mit Datenübertragbarkeit</translation>
    </message>
    <message>
        <source>As &quot;Service delivery only&quot;, and you give me my data back in a portable form when I ask.</source>
        <translation>Wie „Nur zur Erbringung der Leistung“, und Sie geben mir meine Daten auf Wunsch in übertragbarer Form zurück.</translation>
    </message>
    <message>
        <source>Service delivery, your own analytics allowed</source>
        <translation>Erbringung der Leistung, eigene Analyse erlaubt</translation>
    </message>
    <message>
        <source>Use what I share to deliver the service. You may analyse it yourself; no tracking, no profiling, no sharing with third parties.</source>
        <translation>Nutzen Sie, was ich teile, um die Leistung zu erbringen. Sie dürfen es selbst analysieren; kein Tracking, keine Profilbildung, keine Weitergabe an Dritte.</translation>
    </message>
    <message>
        <source>Service delivery, your own analytics allowed, with data portability</source>
        <translation>Erbringung der Leistung, eigene Analyse erlaubt, mit Datenübertragbarkeit</translation>
    </message>
    <message>
        <source>As &quot;Service delivery, your own analytics allowed&quot;, and you give me my data back in a portable form when I ask.</source>
        <translation>Wie „Erbringung der Leistung, eigene Analyse erlaubt“, und Sie geben mir meine Daten auf Wunsch in übertragbarer Form zurück.</translation>
    </message>
    <message>
        <source>Service delivery, your own analytics and tracking allowed</source>
        <translation>Erbringung der Leistung, eigene Analyse und eigenes Tracking erlaubt</translation>
    </message>
    <message>
        <source>Use what I share to deliver the service. You may analyse it and track my use of your service; no profiling, no sharing with third parties.</source>
        <translation>Nutzen Sie, was ich teile, um die Leistung zu erbringen. Sie dürfen es analysieren und verfolgen, wie ich Ihren Dienst nutze; keine Profilbildung, keine Weitergabe an Dritte.</translation>
    </message>
    <message>
        <source>Service delivery, your own analytics and tracking allowed, with data portability</source>
        <translation>Erbringung der Leistung, eigene Analyse und eigenes Tracking erlaubt, mit Datenübertragbarkeit</translation>
    </message>
    <message>
        <source>As &quot;Service delivery, your own analytics and tracking allowed&quot;, and you give me my data back in a portable form when I ask.</source>
        <translation>Wie „Erbringung der Leistung, eigene Analyse und eigenes Tracking erlaubt“, und Sie geben mir meine Daten auf Wunsch in übertragbarer Form zurück.</translation>
    </message>
    <message>
        <source>Service delivery, your own analytics, tracking and profiling allowed</source>
        <translation>Erbringung der Leistung, eigene Analyse, eigenes Tracking und eigene Profilbildung erlaubt</translation>
    </message>
    <message>
        <source>Use what I share to deliver the service. You may analyse it, track my use of your service and build a profile of me yourself; no sharing with third parties.</source>
        <translation>Nutzen Sie, was ich teile, um die Leistung zu erbringen. Sie dürfen es analysieren, verfolgen, wie ich Ihren Dienst nutze, und selbst ein Profil von mir bilden; keine Weitergabe an Dritte.</translation>
    </message>
    <message>
        <source>Service delivery, your own analytics, tracking and profiling allowed, with data portability</source>
        <translation>Erbringung der Leistung, eigene Analyse, eigenes Tracking und eigene Profilbildung erlaubt, mit Datenübertragbarkeit</translation>
    </message>
    <message>
        <source>As &quot;Service delivery, your own analytics, tracking and profiling allowed&quot;, and you give me my data back in a portable form when I ask.</source>
        <translation>Wie „Erbringung der Leistung, eigene Analyse, eigenes Tracking und eigene Profilbildung erlaubt“, und Sie geben mir meine Daten auf Wunsch in übertragbarer Form zurück.</translation>
    </message>
    <message>
        <source>Service delivery, profiling allowed, anonymised sharing with third parties</source>
        <translation>Erbringung der Leistung, Profilbildung erlaubt, anonymisierte Weitergabe an Dritte</translation>
    </message>
    <message>
        <source>As &quot;Service delivery, your own analytics, tracking and profiling allowed&quot;, and you may share it with third parties in anonymised form only.</source>
        <translation>Wie „Erbringung der Leistung, eigene Analyse, eigenes Tracking und eigene Profilbildung erlaubt“, und Sie dürfen es nur in anonymisierter Form an Dritte weitergeben.</translation>
    </message>
    <message>
        <source>Service delivery, profiling allowed, anonymised sharing with third parties, with data portability</source>
        <translation>Erbringung der Leistung, Profilbildung erlaubt, anonymisierte Weitergabe an Dritte, mit Datenübertragbarkeit</translation>
    </message>
    <message>
        <source>As &quot;Service delivery, profiling allowed, anonymised sharing with third parties&quot;, and you give me my data back in a portable form when I ask.</source>
        <translation>Wie „Erbringung der Leistung, Profilbildung erlaubt, anonymisierte Weitergabe an Dritte“, und Sie geben mir meine Daten auf Wunsch in übertragbarer Form zurück.</translation>
    </message>
    <message>
        <source>Intentcasting: my request, to answer it</source>
        <translation>Intentcasting: meine Anfrage, um sie zu beantworten</translation>
    </message>
    <message>
        <source>I am telling the market what I want. Use this request only to decide whether and what to offer me, and answer it through the channel it came with.</source>
        <translation>Ich sage dem Markt, was ich möchte. Nutzen Sie diese Anfrage nur, um zu entscheiden, ob und was Sie mir anbieten, und antworten Sie über den Weg, auf dem sie kam.</translation>
    </message>
    <message>
        <source>Delete when done</source>
        <translation>Löschen, wenn erledigt</translation>
    </message>
    <message>
        <source>Delete what I shared once the purpose it was shared for is served.</source>
        <translation>Löschen Sie, was ich geteilt habe, sobald der Zweck erfüllt ist, für den ich es geteilt habe.</translation>
    </message>
    <message>
        <source>Delete when I ask</source>
        <translation>Löschen, wenn ich darum bitte</translation>
    </message>
    <message>
        <source>Delete what I shared when I ask you to.</source>
        <translation>Löschen Sie, was ich geteilt habe, wenn ich Sie darum bitte.</translation>
    </message>
    <message>
        <source>My data back when I ask</source>
        <translation>Meine Daten zurück, wenn ich darum bitte</translation>
    </message>
    <message>
        <source>Give me what you hold about me in a portable, machine-readable form when I ask.</source>
        <translation>Geben Sie mir auf Wunsch, was Sie über mich haben, in übertragbarer, maschinenlesbarer Form.</translation>
    </message>
    <message>
        <source>Tell me what you hold, when I ask</source>
        <translation>Sagen Sie mir auf Wunsch, was Sie haben</translation>
    </message>
    <message>
        <source>Tell me, when I ask, what data about me you hold and what you did with it.</source>
        <translation>Sagen Sie mir auf Wunsch, welche Daten Sie über mich haben und was Sie damit getan haben.</translation>
    </message>
    <message>
        <source>Name anyone else first</source>
        <translation>Andere Empfänger vorher nennen</translation>
    </message>
    <message>
        <source>Tell me, before it happens, who else would receive what I shared.</source>
        <translation>Sagen Sie mir, bevor es geschieht, wer sonst erhalten würde, was ich geteilt habe.</translation>
    </message>
    <message>
        <source>#NoStalking</source>
        <translation>#NoStalking</translation>
    </message>
    <message>
        <source>Don&apos;t track me off your site, and don&apos;t let others track me on your site or anywhere else.</source>
        <translation>Verfolgen Sie mich nicht außerhalb Ihrer Website, und lassen Sie mich von anderen weder auf Ihrer Website noch anderswo verfolgen.</translation>
    </message>
    <message>
        <source>For this request only</source>
        <translation>Nur für diese Anfrage</translation>
    </message>
    <message>
        <source>Use what I share only to answer this request; not for marketing, and not for any other request.</source>
        <translation>Nutzen Sie, was ich teile, nur, um diese Anfrage zu beantworten; nicht für Werbung und nicht für andere Anfragen.</translation>
    </message>
    <message>
        <source>Keep it {days} days at most</source>
        <translation>Höchstens {days} Tage aufbewahren</translation>
    </message>
    <message>
        <source>Delete what I shared within {days} days of receiving it.</source>
        <translation>Löschen Sie, was ich geteilt habe, innerhalb von {days} Tagen nach Erhalt.</translation>
    </message>
    <message>
        <source>No third parties</source>
        <translation>Keine Dritten</translation>
    </message>
    <message>
        <source>Share nothing of this with anyone else: not partners, not data brokers, not advertisers.</source>
        <translation>Geben Sie nichts davon an andere weiter: nicht an Partner, nicht an Datenhändler, nicht an Werbetreibende.</translation>
    </message>
    <message>
        <source>Credit me for my feedback</source>
        <translation>Meine Rückmeldung anerkennen</translation>
    </message>
    <message>
        <source>If you use my feedback or idea, say so to me; if it earns you money, talk to me about my share.</source>
        <translation>Wenn Sie meine Rückmeldung oder Idee nutzen, sagen Sie es mir; wenn Sie damit Geld verdienen, sprechen Sie mit mir über meinen Anteil.</translation>
    </message>
    <message>
        <source>Only to answer this request, then delete</source>
        <translation>Nur, um diese Anfrage zu beantworten, dann löschen</translation>
    </message>
    <message>
        <source>Only to make you an offer for this request; passed to no one, deleted within 90 days.</source>
        <translation>Nur für ein Angebot zu dieser Anfrage; an niemanden weitergegeben, innerhalb von 90 Tagen gelöscht.</translation>
    </message>
    <message>
        <source>To answer and to keep in touch about it</source>
        <translation>Zum Beantworten und um dazu in Kontakt zu bleiben</translation>
    </message>
    <message>
        <source>They may follow up on this request for a year; nothing else, passed to no one.</source>
        <translation>Man darf sich ein Jahr lang zu dieser Anfrage melden; sonst nichts, an niemanden weitergegeben.</translation>
    </message>
    <message>
        <source>To answer, and to offer me similar things later</source>
        <translation>Zum Beantworten und um mir später Ähnliches anzubieten</translation>
    </message>
    <message>
        <source>They may keep it until you ask them to delete it; passed to no one, no tracking.</source>
        <translation>Man darf es behalten, bis Sie um Löschung bitten; an niemanden weitergegeben, kein Tracking.</translation>
    </message>
    <message>
        <source>Only to serve me</source>
        <translation>Nur, um mich zu bedienen</translation>
    </message>
    <message>
        <source>No analytics, tracking or profiling, no third parties; yours to see, take back or delete when you ask.</source>
        <translation>Keine Analyse, kein Tracking, keine Profilbildung, keine Dritten; auf Wunsch einsehen, zurückholen oder löschen.</translation>
    </message>
    <message>
        <source>To serve me and to improve their service</source>
        <translation>Um mich zu bedienen und den Dienst zu verbessern</translation>
    </message>
    <message>
        <source>They may also analyse it themselves; still no tracking, profiling or third parties.</source>
        <translation>Man darf es auch selbst analysieren; weiterhin kein Tracking, keine Profilbildung, keine Dritten.</translation>
    </message>
    <message>
        <source>Only for what I ask now, then delete</source>
        <translation>Nur für das, worum ich jetzt bitte, dann löschen</translation>
    </message>
    <message>
        <source>Only to deliver what you ask for now; deleted once that is done.</source>
        <translation>Nur, um zu liefern, worum Sie jetzt bitten; danach gelöscht.</translation>
    </message>
    <message>
        <source>To improve their service, crediting me</source>
        <translation>Um den Dienst zu verbessern, mit Anerkennung für mich</translation>
    </message>
    <message>
        <source>They tell you if they use your idea, and pass it to no one.</source>
        <translation>Man sagt Ihnen, wenn Ihre Idee genutzt wird, und gibt sie an niemanden weiter.</translation>
    </message>
    <message>
        <source>To improve their service, then delete</source>
        <translation>Um den Dienst zu verbessern, dann löschen</translation>
    </message>
    <message>
        <source>No credit asked; passed to no one, deleted once they have used it.</source>
        <translation>Ohne Anerkennung; an niemanden weitergegeben, nach der Nutzung gelöscht.</translation>
    </message>
    <message>
        <source>For them only, for a year</source>
        <translation>Nur für den Kontakt, ein Jahr lang</translation>
    </message>
    <message>
        <source>Your contact passes your notes to no one and deletes them within a year.</source>
        <translation>Ihr Kontakt gibt Ihre Notizen an niemanden weiter und löscht sie innerhalb eines Jahres.</translation>
    </message>
    <message>
        <source>For them only, for a month</source>
        <translation>Nur für den Kontakt, einen Monat lang</translation>
    </message>
    <message>
        <source>Your contact passes your notes to no one and deletes them within 30 days.</source>
        <translation>Ihr Kontakt gibt Ihre Notizen an niemanden weiter und löscht sie innerhalb von 30 Tagen.</translation>
    </message>
    <message>
        <source>They may pass it on</source>
        <translation>Darf weitergegeben werden</translation>
    </message>
    <message>
        <source>Your contact may tell others what you wrote; deleted within a year.</source>
        <translation>Ihr Kontakt darf anderen erzählen, was Sie geschrieben haben; innerhalb eines Jahres gelöscht.</translation>
    </message>
    <message>
        <source>Erase it, this letter too once done</source>
        <translation>Löschen, nach Erledigung auch dieses Schreiben</translation>
    </message>
    <message>
        <source>Your details in this letter serve only to carry out the erasure; then they are deleted too.</source>
        <translation>Ihre Angaben in diesem Schreiben dienen nur der Löschung; danach werden auch sie gelöscht.</translation>
    </message>
    <message>
        <source>Erase it, and tell me what you held</source>
        <translation>Löschen, und mir sagen, was Sie hatten</translation>
    </message>
    <message>
        <source>As above, and they tell you what they held about you and what they did with it.</source>
        <translation>Wie oben, und man sagt Ihnen, was man über Sie hatte und was damit geschah.</translation>
    </message>
    <message>
        <source>Show me what you hold, in a form I can take along</source>
        <translation>Zeigen Sie mir, was Sie haben, in einer Form, die ich mitnehmen kann</translation>
    </message>
    <message>
        <source>They tell you what they hold and what they did with it, and give it to you portable.</source>
        <translation>Man sagt Ihnen, was man hat und was damit geschah, und gibt es Ihnen in übertragbarer Form.</translation>
    </message>
    <message>
        <source>Show me what you hold, then delete this letter</source>
        <translation>Zeigen Sie mir, was Sie haben, dann dieses Schreiben löschen</translation>
    </message>
    <message>
        <source>As above, and they delete the details in this letter once they have answered.</source>
        <translation>Wie oben, und nach der Antwort werden die Angaben in diesem Schreiben gelöscht.</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>Dismiss reminder</source>
        <translation>Erinnerung verwerfen</translation>
    </message>
</context>
</TS>
