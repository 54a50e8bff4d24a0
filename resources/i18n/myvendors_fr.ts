<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AcceptOfferDialog</name>
    <message>
        <source>Accept offer</source>
        <translation>Accepter l’offre</translation>
    </message>
    <message>
        <source>no stated price</source>
        <translation>aucun prix indiqué</translation>
    </message>
    <message>
        <source>Accept the offer from %s (%s)?</source>
        <translation>Accepter l’offre de %s (%s)&#x202f;?</translation>
    </message>
    <message>
        <source>“%s” becomes fulfilled and takes no more offers. This cannot be undone.</source>
        <translation>«&#xa0;%s&#xa0;» est satisfaite et n’accepte plus d’offres. Cette action est irréversible.</translation>
    </message>
    <message>
        <source>%s is already in your vault as %s: the offer is linked to that vendor, with an “offer accepted” entry on its timeline.</source>
        <translation>%s figure déjà dans votre coffre sous le nom %s&#xa0;: l’offre est liée à ce fournisseur, avec une entrée «&#xa0;Offre acceptée&#xa0;» dans son historique.</translation>
    </message>
    <message>
        <source>An “offer accepted” entry goes on %s’s timeline.</source>
        <translation>Une entrée «&#xa0;Offre acceptée&#xa0;» est ajoutée à l’historique de %s.</translation>
    </message>
    <message>
        <source>%s is not in your vault yet: it is added as a vendor, with an “offer accepted” entry on its timeline.</source>
        <translation>%s ne figure pas encore dans votre coffre&#xa0;: il est ajouté comme fournisseur, avec une entrée «&#xa0;Offre acceptée&#xa0;» dans son historique.</translation>
    </message>
    <message numerus="yes">
        <source>The other offers stay recorded as they are (%n).</source>
        <translation>
            <numerusform>L’autre offre reste enregistrée telle quelle (%n).</numerusform>
            <numerusform>Les autres offres restent enregistrées telles quelles (%n).</numerusform>
        </translation>
    </message>
    <message>
        <source>Name of the new vendor</source>
        <translation>Nom du nouveau fournisseur</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>This offer was valid until %s. Make sure it still stands.</source>
        <translation>Cette offre était valable jusqu’au %s. Vérifiez qu’elle tient toujours.</translation>
    </message>
    <message>
        <source>&amp;Accept offer</source>
        <translation>&amp;Accepter l’offre</translation>
    </message>
</context>
<context>
    <name>AddContactDialog</name>
    <message>
        <source>Add a trusted contact</source>
        <translation>Ajouter un contact de confiance</translation>
    </message>
    <message>
        <source>A trusted contact is someone whose notes about vendors you want beside your own. Ask them for their key: in MyVendors they choose Trusted contacts ▸ Export my key… and send you the file, or show you the QR code.</source>
        <translation>Un contact de confiance est une personne dont vous voulez voir les avis sur les fournisseurs à côté des vôtres. Demandez-lui sa clé&#xa0;: dans MyVendors, elle choisit Contacts de confiance ▸ Exporter ma clé… et vous envoie le fichier, ou vous montre le code QR.</translation>
    </message>
    <message>
        <source>Open a key &amp;file…</source>
        <translation>Ouvrir un &amp;fichier de clé…</translation>
    </message>
    <message>
        <source>Open a key file</source>
        <translation>Ouvrir un fichier de clé</translation>
    </message>
    <message>
        <source>Open a &amp;QR code image…</source>
        <translation>Ouvrir une image de code &amp;QR…</translation>
    </message>
    <message>
        <source>Open a photo or screenshot of their QR code</source>
        <translation>Ouvrir une photo ou une capture d’écran de son code QR</translation>
    </message>
    <message>
        <source>A photo or screenshot of the QR code on their screen (PNG or JPEG)</source>
        <translation>Une photo ou une capture d’écran du code QR affiché sur son écran (PNG ou JPEG)</translation>
    </message>
    <message>
        <source>Their key, pasted</source>
        <translation>Sa clé, collée</translation>
    </message>
    <message>
        <source>…or paste their key here ({&quot;format&quot;: &quot;myvendors-contact-key&quot;, …})</source>
        <translation>…ou collez sa clé ici ({&quot;format&quot;: &quot;myvendors-contact-key&quot;, …})</translation>
    </message>
    <message>
        <source>&amp;Paste their key:</source>
        <translation>Co&amp;ller sa clé&#xa0;:</translation>
    </message>
    <message>
        <source>The key&apos;s numbers to compare</source>
        <translation>Les chiffres de la clé à comparer</translation>
    </message>
    <message>
        <source>Contact&apos;s name</source>
        <translation>Nom du contact</translation>
    </message>
    <message>
        <source>As you call them</source>
        <translation>Comme vous l’appelez</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>How much do you trust their judgement of vendors?</source>
        <translation>Quelle confiance accordez-vous à son jugement sur les fournisseurs&#x202f;?</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>Add the contact</source>
        <translation>Ajouter le contact</translation>
    </message>
    <message>
        <source>Their key file</source>
        <translation>Son fichier de clé</translation>
    </message>
    <message>
        <source>Contact keys (*.json *.jwk *.txt);;All files (*)</source>
        <translation>Clés de contact (*.json *.jwk *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>An image of their QR code</source>
        <translation>Une image de son code QR</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg);;All files (*)</source>
        <translation>Images (*.png *.jpg *.jpeg);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Read from %s.</source>
        <translation>Lu depuis %s.</translation>
    </message>
    <message>
        <source>them</source>
        <translation>cette personne</translation>
    </message>
    <message>
        <source>Call %s (or meet) and read these numbers to each other: they must be the ones on their screen under Export my key. If one digit differs, do not add this key: it may come from someone else.</source>
        <translation>Appelez %s (ou rencontrez-vous) et lisez-vous ces chiffres mutuellement&#xa0;: ils doivent être identiques à ceux affichés sur son écran sous Exporter ma clé. Si un seul chiffre diffère, n’ajoutez pas cette clé&#xa0;: elle pourrait venir de quelqu’un d’autre.</translation>
    </message>
</context>
<context>
    <name>AddVendorDialog</name>
    <message>
        <source>Add vendor</source>
        <translation>Ajouter un fournisseur</translation>
    </message>
    <message>
        <source>Vendor name</source>
        <translation>Nom du fournisseur</translation>
    </message>
    <message>
        <source>The company, as you call it</source>
        <translation>L’entreprise, telle que vous l’appelez</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>&amp;Website (optional)</source>
        <translation>Site &amp;web (facultatif)</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
</context>
<context>
    <name>AgreementDialog</name>
    <message>
        <source>Edit agreement</source>
        <translation>Modifier l’engagement</translation>
    </message>
    <message>
        <source>Add agreement</source>
        <translation>Ajouter un engagement</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>e.g. the plan&apos;s name</source>
        <translation>p. ex. le nom de la formule</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Billing period</source>
        <translation>Périodicité de facturation</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation>Renouvellement</translation>
    </message>
    <message>
        <source>Notice period in days</source>
        <translation>Préavis en jours</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Cancel by</source>
        <translation>Résilier avant le</translation>
    </message>
    <message>
        <source>Left empty, it is worked out from the renewal date and the notice period.</source>
        <translation>Si vous la laissez vide, elle est calculée à partir de la date de renouvellement et du préavis.</translation>
    </message>
    <message>
        <source>Free trial ends</source>
        <translation>Fin de l’essai gratuit</translation>
    </message>
    <message>
        <source>The last day of a free trial, so you are reminded before it is billed.</source>
        <translation>Le dernier jour d’un essai gratuit, pour qu’un rappel vous prévienne avant la facturation.</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>contract or customer number</source>
        <translation>numéro de contrat ou de client</translation>
    </message>
    <message>
        <source>The contract or customer number a cancellation letter quotes.</source>
        <translation>Le numéro de contrat ou de client cité dans une lettre de résiliation.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>T&amp;itre</translation>
    </message>
    <message>
        <source>&amp;Price</source>
        <translation>&amp;Prix</translation>
    </message>
    <message>
        <source>St&amp;art</source>
        <translation>&amp;Début</translation>
    </message>
    <message>
        <source>&amp;End</source>
        <translation>&amp;Fin</translation>
    </message>
    <message>
        <source>&amp;Renewal</source>
        <translation>&amp;Renouvellement</translation>
    </message>
    <message>
        <source>N&amp;otice</source>
        <translation>Pré&amp;avis</translation>
    </message>
    <message>
        <source>Cancel &amp;by</source>
        <translation>Résilier a&amp;vant le</translation>
    </message>
    <message>
        <source>Free tr&amp;ial ends</source>
        <translation>Fin de l’&amp;essai gratuit</translation>
    </message>
    <message>
        <source>Re&amp;ference</source>
        <translation>Référen&amp;ce</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notes</translation>
    </message>
</context>
<context>
    <name>AgreementsModel</name>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <source>Yearly cost</source>
        <translation>Coût annuel</translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation>Renouvellement</translation>
    </message>
    <message>
        <source>Cancel by</source>
        <translation>Résilier avant le</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Trial ends</source>
        <translation>Fin de l’essai</translation>
    </message>
</context>
<context>
    <name>AgreementsTab</name>
    <message>
        <source>Agreements</source>
        <translation>Engagements</translation>
    </message>
    <message>
        <source>&amp;Add agreement…</source>
        <translation>&amp;Ajouter un engagement…</translation>
    </message>
    <message>
        <source>Add agreement</source>
        <translation>Ajouter un engagement</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Edit agreement</source>
        <translation>Modifier l’engagement</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Delete agreement</source>
        <translation>Supprimer l’engagement</translation>
    </message>
    <message>
        <source>Delete the selected agreement (Delete); Undo brings it back</source>
        <translation>Supprimer l’engagement sélectionné (Suppr)&#x202f;; Annuler le restaure</translation>
    </message>
    <message>
        <source>Cancellation &amp;letter…</source>
        <translation>&amp;Lettre de résiliation…</translation>
    </message>
    <message>
        <source>Cancellation letter</source>
        <translation>Lettre de résiliation</translation>
    </message>
    <message>
        <source>Write the selected agreement&apos;s cancellation letter: text, e-mail or PDF, with the date it must arrive by</source>
        <translation>Rédiger la lettre de résiliation de l’engagement sélectionné&#xa0;: texte, e-mail ou PDF, avec la date à laquelle elle doit arriver au plus tard</translation>
    </message>
    <message>
        <source>Price rise: %1 — %2 → %3 since %4 (seen in the payments).</source>
        <translation>Hausse de prix&#xa0;: %1 — %2 → %3 depuis le %4 (constatée dans les paiements).</translation>
    </message>
    <message>
        <source>Delete agreement %s</source>
        <translation>Supprimer l’engagement %s</translation>
    </message>
</context>
<context>
    <name>AliasDialog</name>
    <message>
        <source>Add an alias for %s</source>
        <translation>Ajouter un alias pour %s</translation>
    </message>
    <message>
        <source>Add alias</source>
        <translation>Ajouter un alias</translation>
    </message>
    <message>
        <source>An address you give to %s alone: a plus-address of your e-mail (you+name@…), an address at a catch-all domain of yours, or a phone number. If anyone else uses it, %s passed it on.</source>
        <translation>Une adresse que vous donnez à %s seul&#xa0;: une variante «&#xa0;+&#xa0;» de votre e-mail (vous+nom@…), une adresse sur un domaine «&#xa0;catch-all&#xa0;» à vous, ou un numéro de téléphone. Si quelqu’un d’autre l’utilise, c’est que %s l’a transmise.</translation>
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
        <source>you+name@mail.example, or +49 170 1234567</source>
        <translation>vous+nom@mail.example, ou +33 6 12 34 56 78</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>&amp;Remarque&#xa0;:</translation>
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
        <translation>Type</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Donné le</translation>
    </message>
    <message>
        <source>Leaks</source>
        <translation>Fuites</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>%s, in a package</source>
        <translation>%s, dans un paquet</translation>
    </message>
    <message>
        <source>%d (%d open)</source>
        <translation>%d (%d en cours)</translation>
    </message>
    <message>
        <source>Retired %s</source>
        <translation>Retiré le %s</translation>
    </message>
</context>
<context>
    <name>AliasesTab</name>
    <message>
        <source>Give a vendor an address of its own (you+name@…) or a phone number no one else has. If anyone else uses it, the vendor passed your data on: record it here, as evidence.</source>
        <translation>Donnez à un fournisseur une adresse qui lui est propre (vous+nom@…) ou un numéro de téléphone que personne d’autre n’a. Si quelqu’un d’autre l’utilise, c’est que le fournisseur a transmis vos données&#xa0;: notez-le ici, comme preuve.</translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation>Alias</translation>
    </message>
    <message>
        <source>Leaks</source>
        <translation>Fuites</translation>
    </message>
    <message>
        <source>&amp;Add alias…</source>
        <translation>&amp;Ajouter un alias…</translation>
    </message>
    <message>
        <source>Add alias</source>
        <translation>Ajouter un alias</translation>
    </message>
    <message>
        <source>Re&amp;move alias</source>
        <translation>&amp;Supprimer l’alias</translation>
    </message>
    <message>
        <source>Remove alias</source>
        <translation>Supprimer l’alias</translation>
    </message>
    <message>
        <source>Forget the selected alias (one with leaks recorded stays: retire it)</source>
        <translation>Oublier l’alias sélectionné (un alias avec des fuites enregistrées reste&#xa0;: mettez-le hors service)</translation>
    </message>
    <message>
        <source>Re&amp;tire alias</source>
        <translation>Mettre l’alias &amp;hors service</translation>
    </message>
    <message>
        <source>Retire alias</source>
        <translation>Mettre l’alias hors service</translation>
    </message>
    <message>
        <source>Stop giving the selected alias out: it stays, greyed, with its leaks as evidence</source>
        <translation>Ne plus communiquer l’alias sélectionné&#xa0;: il reste, grisé, avec ses fuites comme preuves</translation>
    </message>
    <message>
        <source>Record a &amp;leak…</source>
        <translation>Enregistrer une &amp;fuite…</translation>
    </message>
    <message>
        <source>Record a leak</source>
        <translation>Enregistrer une fuite</translation>
    </message>
    <message>
        <source>&amp;Close leak</source>
        <translation>&amp;Clore la fuite</translation>
    </message>
    <message>
        <source>Close leak</source>
        <translation>Clore la fuite</translation>
    </message>
    <message>
        <source>Close the selected leak when you have your answer; open it again later</source>
        <translation>Clore la fuite sélectionnée une fois votre réponse obtenue&#x202f;; vous pourrez la rouvrir plus tard</translation>
    </message>
    <message>
        <source>Show hea&amp;ders…</source>
        <translation>Afficher les &amp;en-têtes…</translation>
    </message>
    <message>
        <source>Show headers</source>
        <translation>Afficher les en-têtes</translation>
    </message>
    <message>
        <source>Ask them &amp;who they gave it to…</source>
        <translation>Lui demander à &amp;qui il l’a transmis…</translation>
    </message>
    <message>
        <source>Ask them who they gave it to</source>
        <translation>Lui demander à qui il l’a transmis</translation>
    </message>
    <message>
        <source>An access request (GDPR Art. 15(1)(c), CCPA §1798.110) naming the alias, when you gave it and when and by whom it was used: the share wizard opens with it</source>
        <translation>Une demande d’accès (RGPD, art. 15, par. 1, point c&#x202f;; CCPA §1798.110) mentionnant l’alias, la date à laquelle vous l’avez communiqué, et quand et par qui il a été utilisé&#xa0;: l’assistant de partage s’ouvre avec elle</translation>
    </message>
    <message>
        <source>Aliases given to this vendor alone</source>
        <translation>Alias donnés à ce seul fournisseur</translation>
    </message>
    <message>
        <source>Leaks: someone else used one</source>
        <translation>Fuites&#xa0;: quelqu’un d’autre en a utilisé un</translation>
    </message>
    <message>
        <source>Put in &amp;use again</source>
        <translation>&amp;Remettre en service</translation>
    </message>
    <message>
        <source>Reo&amp;pen leak</source>
        <translation>R&amp;ouvrir la fuite</translation>
    </message>
    <message>
        <source>The headers were sent to %s, the alias of %s: the leak is recorded for %s.</source>
        <translation>Les en-têtes ont été envoyés à %s, l’alias de %s&#xa0;: la fuite est enregistrée pour %s.</translation>
    </message>
</context>
<context>
    <name>AnswerDialog</name>
    <message>
        <source>Import a vendor&apos;s answer</source>
        <translation>Importer la réponse d’un fournisseur</translation>
    </message>
    <message>
        <source>An offer for one of your requests, or a vendor&apos;s acknowledgement of the terms you sent. It is checked first; nothing is kept until you import it.</source>
        <translation>Une offre pour l’une de vos demandes, ou l’accusé de réception par un fournisseur des conditions que vous avez envoyées. Elle est d’abord vérifiée&#x202f;; rien n’est conservé tant que vous ne l’importez pas.</translation>
    </message>
    <message>
        <source>&amp;Open a file…</source>
        <translation>&amp;Ouvrir un fichier…</translation>
    </message>
    <message>
        <source>Open a file with the answer</source>
        <translation>Ouvrir un fichier contenant la réponse</translation>
    </message>
    <message>
        <source>The answer, pasted</source>
        <translation>La réponse, collée</translation>
    </message>
    <message>
        <source>…or paste it here (eyJ…)</source>
        <translation>…ou collez-la ici (eyJ…)</translation>
    </message>
    <message>
        <source>&amp;Paste the document:</source>
        <translation>Co&amp;ller le document&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Vérifier</translation>
    </message>
    <message>
        <source>Check the answer</source>
        <translation>Vérifier la réponse</translation>
    </message>
    <message>
        <source>What the answer holds</source>
        <translation>Contenu de la réponse</translation>
    </message>
    <message>
        <source>The vendor&apos;s key</source>
        <translation>La clé du fournisseur</translation>
    </message>
    <message>
        <source>&amp;Accept the new key: I know this vendor changed its key</source>
        <translation>&amp;Accepter la nouvelle clé&#xa0;: je sais que ce fournisseur a changé de clé</translation>
    </message>
    <message>
        <source>Accept the new key</source>
        <translation>Accepter la nouvelle clé</translation>
    </message>
    <message>
        <source>Only if the vendor told you, in a way you trust, that it has a new key. Otherwise the document may come from someone else using its name.</source>
        <translation>Uniquement si le fournisseur vous a informé, par un moyen auquel vous vous fiez, qu’il a une nouvelle clé. Sinon, le document provient peut-être de quelqu’un d’autre qui utilise son nom.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Import the answer</source>
        <translation>Importer la réponse</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>The vendor&apos;s answer</source>
        <translation>La réponse du fournisseur</translation>
    </message>
    <message>
        <source>Signed documents (*.jws *.jwe *.jose *.txt);;All files (*)</source>
        <translation>Documents signés (*.jws *.jwe *.jose *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Could not read %s: %s</source>
        <translation>Impossible de lire %s&#xa0;: %s</translation>
    </message>
    <message>
        <source>This is a package you sent, not an answer: there is nothing to import. Its signature checks out.</source>
        <translation>Il s’agit d’un paquet que vous avez envoyé, pas d’une réponse&#xa0;: il n’y a rien à importer. Sa signature est valide.</translation>
    </message>
    <message>
        <source>Signed by a new key for %s, not the one on file. Import it only if you know the vendor changed its key: the new key then replaces the old one, which your ledger keeps.</source>
        <translation>Signé par une nouvelle clé pour %s, et non par celle enregistrée. Ne l’importez que si vous savez que le fournisseur a changé de clé&#xa0;: la nouvelle clé remplace alors l’ancienne, que votre registre conserve.</translation>
    </message>
    <message>
        <source>The signature checks out and it answers a package you sent. Import it to keep it.</source>
        <translation>La signature est valide et le document répond à un paquet que vous avez envoyé. Importez-le pour le conserver.</translation>
    </message>
    <message>
        <source>Refused (%s): %s Nothing was kept.</source>
        <translation>Refusé (%s)&#xa0;: %s Rien n’a été conservé.</translation>
    </message>
    <message>
        <source>malformed</source>
        <translation>mal formé</translation>
    </message>
    <message>
        <source>encrypted-elsewhere</source>
        <translation>chiffré pour quelqu’un d’autre</translation>
    </message>
    <message>
        <source>decrypt</source>
        <translation>déchiffrement</translation>
    </message>
    <message>
        <source>signature</source>
        <translation>signature</translation>
    </message>
    <message>
        <source>schema</source>
        <translation>schéma</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>expiré</translation>
    </message>
    <message>
        <source>replay</source>
        <translation>déjà importé</translation>
    </message>
    <message>
        <source>unknown-package</source>
        <translation>paquet inconnu</translation>
    </message>
    <message>
        <source>recipient</source>
        <translation>destinataire</translation>
    </message>
    <message>
        <source>key-mismatch</source>
        <translation>clé différente</translation>
    </message>
    <message>
        <source>terms</source>
        <translation>conditions</translation>
    </message>
    <message>
        <source>This vendor&apos;s key is new to you: importing puts it on file (trust on first use). Later documents from %s must be signed by it.</source>
        <translation>La clé de ce fournisseur est nouvelle pour vous&#xa0;: l’import l’enregistre (confiance à la première utilisation). Les documents suivants de %s devront être signés par elle.</translation>
    </message>
    <message>
        <source>Signed by the key you have on file for %s.</source>
        <translation>Signé par la clé enregistrée pour %s.</translation>
    </message>
    <message>
        <source>A key change: importing puts this new key on file for %s in place of the old one (%s), which your ledger keeps as replaced.</source>
        <translation>Un changement de clé&#xa0;: l’import enregistre cette nouvelle clé pour %s à la place de l’ancienne (%s), que votre registre conserve comme remplacée.</translation>
    </message>
    <message>
        <source>Signed by one of your own keys.</source>
        <translation>Signé par l’une de vos propres clés.</translation>
    </message>
    <message>
        <source>An offer from %s</source>
        <translation>Une offre de %s</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <source>(none given)</source>
        <translation>(non indiqué)</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <source>Valid through</source>
        <translation>Valable jusqu’au</translation>
    </message>
    <message>
        <source>A refusal of your terms from %s</source>
        <translation>Un refus de vos conditions par %s</translation>
    </message>
    <message>
        <source>An acknowledgement from %s</source>
        <translation>Un accusé de réception de %s</translation>
    </message>
    <message>
        <source>Your terms</source>
        <translation>Vos conditions</translation>
    </message>
    <message>
        <source>REFUSED</source>
        <translation>REFUSÉES</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>acceptées</translation>
    </message>
    <message>
        <source>Terms named</source>
        <translation>Conditions citées</translation>
    </message>
    <message>
        <source>Countersigns</source>
        <translation>Contresigne</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>A package you sent</source>
        <translation>Un paquet que vous avez envoyé</translation>
    </message>
    <message>
        <source>In reply to</source>
        <translation>En réponse à</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Émis le</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expire le</translation>
    </message>
    <message>
        <source>Encrypted to you</source>
        <translation>Chiffré pour vous</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Signing key</source>
        <translation>Clé de signature</translation>
    </message>
    <message>
        <source>Imported the offer from %s; it is listed with its request.</source>
        <translation>Offre de %s importée&#x202f;; elle figure avec sa demande.</translation>
    </message>
    <message>
        <source>Imported %s&apos;s refusal of your terms.</source>
        <translation>Refus de vos conditions par %s importé.</translation>
    </message>
    <message>
        <source>Imported %s&apos;s acknowledgement of your terms.</source>
        <translation>Accusé de réception de vos conditions par %s importé.</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>The recovery kit could not be saved: %s</source>
        <translation>Le kit de récupération n’a pas pu être enregistré&#xa0;: %s</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Déverrouillage…</translation>
    </message>
    <message>
        <source>Unlocking with this device…</source>
        <translation>Déverrouillage avec cet appareil…</translation>
    </message>
    <message>
        <source>Unlocking and setting the new passphrase…</source>
        <translation>Déverrouillage et définition de la nouvelle phrase de passe…</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>Restauration de la sauvegarde…</translation>
    </message>
    <message>
        <source>Bringing the vault up to date…</source>
        <translation>Mise à jour du coffre…</translation>
    </message>
    <message>
        <source>This version of MyVendors brings the vault up to date, once; a backup is made first. A large vault takes a minute or two.</source>
        <translation>Cette version de MyVendors met le coffre à jour, une seule fois&#x202f;; une sauvegarde est d’abord créée. Pour un coffre volumineux, cela prend une minute ou deux.</translation>
    </message>
    <message>
        <source>%s Create a new vault or open another one below.</source>
        <translation>%s Créez un nouveau coffre ou ouvrez-en un autre ci-dessous.</translation>
    </message>
</context>
<context>
    <name>AttachmentsModel</name>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajouté le</translation>
    </message>
</context>
<context>
    <name>BundleDialog</name>
    <message>
        <source>Import a contact&apos;s notes</source>
        <translation>Importer les avis d’un contact</translation>
    </message>
    <message>
        <source>Notes a trusted contact sent you about vendors. They are checked first; nothing is kept until you import them, and they never change your own ratings.</source>
        <translation>Les avis sur des fournisseurs qu’un contact de confiance vous a envoyés. Ils sont d’abord vérifiés&#x202f;; rien n’est conservé tant que vous ne les importez pas, et ils ne modifient jamais vos propres notes.</translation>
    </message>
    <message>
        <source>Who the notes are from</source>
        <translation>De qui viennent les avis</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Import the notes</source>
        <translation>Importer les avis</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>&amp;Open a file…</source>
        <translation>&amp;Ouvrir un fichier…</translation>
    </message>
    <message>
        <source>Open a file with a contact&apos;s notes</source>
        <translation>Ouvrir un fichier contenant les avis d’un contact</translation>
    </message>
    <message>
        <source>The notes, pasted</source>
        <translation>Les avis, collés</translation>
    </message>
    <message>
        <source>…or paste them here (eyJ…)</source>
        <translation>…ou collez-les ici (eyJ…)</translation>
    </message>
    <message>
        <source>&amp;Paste the notes:</source>
        <translation>Co&amp;ller les avis&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Vérifier</translation>
    </message>
    <message>
        <source>Check the notes</source>
        <translation>Vérifier les avis</translation>
    </message>
    <message>
        <source>The signing key&apos;s numbers</source>
        <translation>Les chiffres de la clé de signature</translation>
    </message>
    <message>
        <source>A &amp;new contact:</source>
        <translation>Un &amp;nouveau contact&#xa0;:</translation>
    </message>
    <message>
        <source>Add the key as a new contact</source>
        <translation>Ajouter la clé comme nouveau contact</translation>
    </message>
    <message>
        <source>The new contact&apos;s name</source>
        <translation>Le nom du nouveau contact</translation>
    </message>
    <message>
        <source>The new &amp;key of:</source>
        <translation>La nouvelle clé &amp;de&#xa0;:</translation>
    </message>
    <message>
        <source>The new key of one of your contacts</source>
        <translation>La nouvelle clé de l’un de vos contacts</translation>
    </message>
    <message>
        <source>The contact who made a new key</source>
        <translation>Le contact qui a créé une nouvelle clé</translation>
    </message>
    <message>
        <source>Take it as &amp;decided</source>
        <translation>&amp;Appliquer ce choix</translation>
    </message>
    <message>
        <source>Check the notes again with your decision</source>
        <translation>Vérifier à nouveau les avis avec votre décision</translation>
    </message>
    <message>
        <source>Vendors matched to yours</source>
        <translation>Fournisseurs associés aux vôtres</translation>
    </message>
    <message>
        <source>Say which of your vendors each one is, or that it is new to you.</source>
        <translation>Indiquez auquel de vos fournisseurs chacun correspond, ou s’il est nouveau pour vous.</translation>
    </message>
    <message>
        <source>Vendors new to you</source>
        <translation>Fournisseurs nouveaux pour vous</translation>
    </message>
    <message>
        <source>Notes from a contact</source>
        <translation>Avis d’un contact</translation>
    </message>
    <message>
        <source>Signed notes (*.jws *.jwe *.txt);;All files (*)</source>
        <translation>Avis signés (*.jws *.jwe *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Could not read %s: %s</source>
        <translation>Impossible de lire %s&#xa0;: %s</translation>
    </message>
    <message>
        <source>You decided whose key it is. It is kept when you import the notes.</source>
        <translation>Vous avez décidé à qui appartient la clé. Elle sera conservée lorsque vous importerez les avis.</translation>
    </message>
    <message>
        <source>Checked. Decide about the vendors marked unsure below, then import.</source>
        <translation>Vérifiés. Tranchez pour les fournisseurs marqués comme incertains ci-dessous, puis importez.</translation>
    </message>
    <message>
        <source>Checked with the key you took for %s: importing adds them to your trusted contacts with their notes.</source>
        <translation>Vérifiés avec la clé que vous avez acceptée pour %s&#xa0;: l’import les ajoute à vos contacts de confiance avec leurs avis.</translation>
    </message>
    <message>
        <source>Checked with the new key you took for %s: importing replaces their old key.</source>
        <translation>Vérifiés avec la nouvelle clé que vous avez acceptée pour %s&#xa0;: l’import remplace son ancienne clé.</translation>
    </message>
    <message>
        <source>Checked: the signature is %s&apos;s. Import the notes to keep them.</source>
        <translation>Vérifiés&#xa0;: la signature est celle de %s. Importez les avis pour les conserver.</translation>
    </message>
    <message>
        <source>You have a contact of that name. Give the new one another name, or, if they made a new key, choose &quot;The new key of&quot;.</source>
        <translation>Vous avez déjà un contact de ce nom. Donnez un autre nom au nouveau ou, s’il a créé une nouvelle clé, choisissez «&#xa0;La nouvelle clé de&#xa0;».</translation>
    </message>
    <message>
        <source>Not imported yet: decide whose key this is, or close.</source>
        <translation>Pas encore importés&#xa0;: décidez à qui appartient cette clé, ou fermez.</translation>
    </message>
    <message>
        <source>Not taken: %s</source>
        <translation>Non acceptés&#xa0;: %s</translation>
    </message>
    <message>
        <source>Refused: %s Nothing was kept.</source>
        <translation>Refusés&#xa0;: %s Rien n’a été conservé.</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>quelqu’un</translation>
    </message>
    <message>
        <source>&lt;b&gt;These notes say they come from %s, but your key for %s did not sign them.&lt;/b&gt; Someone else may be using the name. Take them only if %s told you they made a new key: call them and compare these numbers with the ones under Export my key on their screen.</source>
        <translation>&lt;b&gt;Ces avis disent venir de %s, mais votre clé pour %s ne les a pas signés.&lt;/b&gt; Quelqu’un d’autre utilise peut-être ce nom. Ne les acceptez que si %s vous a dit avoir créé une nouvelle clé&#xa0;: appelez cette personne et comparez ces chiffres avec ceux affichés sous «&#xa0;Exporter ma clé&#xa0;» sur son écran.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Signed by a key none of your contacts has&lt;/b&gt; (the notes say they are from %s). Take them only if you know whose key it is: call them and compare these numbers with the ones under Export my key on their screen.</source>
        <translation>&lt;b&gt;Signés par une clé qu’aucun de vos contacts ne possède&lt;/b&gt; (les avis disent venir de %s). Ne les acceptez que si vous savez à qui appartient la clé&#xa0;: appelez cette personne et comparez ces chiffres avec ceux affichés sous «&#xa0;Exporter ma clé&#xa0;» sur son écran.</translation>
    </message>
    <message>
        <source>From &lt;b&gt;%s&lt;/b&gt;, a new contact: the key is added with the notes.</source>
        <translation>De &lt;b&gt;%s&lt;/b&gt;, un nouveau contact&#xa0;: la clé est ajoutée avec les avis.</translation>
    </message>
    <message>
        <source>From &lt;b&gt;%s&lt;/b&gt;, signed by a new key: it replaces the one you have for them.</source>
        <translation>De &lt;b&gt;%s&lt;/b&gt;, signés par une nouvelle clé&#xa0;: elle remplace celle que vous avez pour ce contact.</translation>
    </message>
    <message>
        <source>From &lt;b&gt;%s&lt;/b&gt;: verified, signed by the key you have for them.</source>
        <translation>De &lt;b&gt;%s&lt;/b&gt;&#xa0;: vérifiés, signés par la clé que vous avez pour ce contact.</translation>
    </message>
    <message>
        <source>1 note</source>
        <translation>1 avis</translation>
    </message>
    <message>
        <source>%d notes</source>
        <translation>%d avis</translation>
    </message>
    <message>
        <source>about 1 vendor</source>
        <translation>sur 1 fournisseur</translation>
    </message>
    <message>
        <source>about %d vendors</source>
        <translation>sur %d fournisseurs</translation>
    </message>
    <message>
        <source>written on %s.</source>
        <translation>rédigés le %s.</translation>
    </message>
    <message>
        <source>Your vendors (%d)</source>
        <translation>Vos fournisseurs (%d)</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Aucun.</translation>
    </message>
    <message>
        <source>Unsure (%d)</source>
        <translation>Incertains (%d)</translation>
    </message>
    <message>
        <source>New to you (%d)</source>
        <translation>Nouveaux pour vous (%d)</translation>
    </message>
    <message>
        <source>Which of your vendors is %s</source>
        <translation>Lequel de vos fournisseurs est %s</translation>
    </message>
    <message>
        <source>Your %s</source>
        <translation>Votre %s</translation>
    </message>
    <message>
        <source>New to me</source>
        <translation>Nouveau pour moi</translation>
    </message>
    <message>
        <source>you have newer notes from them: those are kept</source>
        <translation>vous avez des avis plus récents de ce contact&#xa0;: ils sont conservés</translation>
    </message>
    <message>
        <source>Imported 1 note from %s.</source>
        <translation>1 avis importé de %s.</translation>
    </message>
    <message>
        <source>Imported %d notes from %s.</source>
        <translation>%d avis importés de %s.</translation>
    </message>
    <message>
        <source>1 of your vendors now shows their notes beside yours.</source>
        <translation>1 de vos fournisseurs affiche désormais ses avis à côté des vôtres.</translation>
    </message>
    <message>
        <source>%d of your vendors now show their notes beside yours.</source>
        <translation>%d de vos fournisseurs affichent désormais ses avis à côté des vôtres.</translation>
    </message>
    <message>
        <source>1 vendor new to you is listed on the Trusted contacts page.</source>
        <translation>1 fournisseur nouveau pour vous figure sur la page Contacts de confiance.</translation>
    </message>
    <message>
        <source>%d vendors new to you are listed on the Trusted contacts page.</source>
        <translation>%d fournisseurs nouveaux pour vous figurent sur la page Contacts de confiance.</translation>
    </message>
    <message>
        <source>1 older note of theirs was replaced.</source>
        <translation>1 de ses anciens avis a été remplacé.</translation>
    </message>
    <message>
        <source>%d older notes of theirs were replaced.</source>
        <translation>%d de ses anciens avis ont été remplacés.</translation>
    </message>
    <message>
        <source>On 1 vendor you had newer notes from them: those were kept.</source>
        <translation>Pour 1 fournisseur, vous aviez des avis plus récents de ce contact&#xa0;: ils ont été conservés.</translation>
    </message>
    <message>
        <source>On %d vendors you had newer notes from them: those were kept.</source>
        <translation>Pour %d fournisseurs, vous aviez des avis plus récents de ce contact&#xa0;: ils ont été conservés.</translation>
    </message>
    <message>
        <source>%s is now one of your trusted contacts.</source>
        <translation>%s fait désormais partie de vos contacts de confiance.</translation>
    </message>
    <message>
        <source>Their new key replaces the old one.</source>
        <translation>Sa nouvelle clé remplace l’ancienne.</translation>
    </message>
</context>
<context>
    <name>BusyIndicator</name>
    <message>
        <source>Working</source>
        <translation>En cours</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>&amp;New passphrase</source>
        <translation>&amp;Nouvelle phrase de passe</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>Changer de phrase de passe</translation>
    </message>
    <message>
        <source>Only the key that opens the vault changes; your data is not rewritten. Your recovery key and remembered devices keep working.</source>
        <translation>Seule la clé qui ouvre le coffre change&#x202f;; vos données ne sont pas réécrites. Votre clé de récupération et les appareils mémorisés continuent de fonctionner.</translation>
    </message>
    <message>
        <source>C&amp;hange passphrase</source>
        <translation>C&amp;hanger de phrase de passe</translation>
    </message>
    <message>
        <source>Protecting the vault&apos;s key with the new passphrase…</source>
        <translation>Protection de la clé du coffre avec la nouvelle phrase de passe…</translation>
    </message>
</context>
<context>
    <name>ComingUp</name>
    <message>
        <source>Dismiss</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <source>Dis&amp;miss</source>
        <translation>&amp;Ignorer</translation>
    </message>
    <message>
        <source>Dismiss the selected reminder</source>
        <translation>Ignorer le rappel sélectionné</translation>
    </message>
    <message>
        <source>Dismiss the selected reminder (Delete); Undo brings it back</source>
        <translation>Ignorer le rappel sélectionné (Suppr)&#x202f;; Annuler le restaure</translation>
    </message>
</context>
<context>
    <name>ComparisonModel</name>
    <message>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <source>Against your budget</source>
        <translation>Par rapport à votre budget</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valable jusqu’au</translation>
    </message>
    <message>
        <source>Vendor standing</source>
        <translation>Appréciation du fournisseur</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçue le</translation>
    </message>
    <message>
        <source>%s (not in your vault)</source>
        <translation>%s (absent de votre coffre)</translation>
    </message>
    <message>
        <source>%s: accepted</source>
        <translation>%s&#xa0;: acceptée</translation>
    </message>
    <message>
        <source>%s
cheapest</source>
        <translation>%s
la moins chère</translation>
    </message>
</context>
<context>
    <name>Contacts</name>
    <message>
        <source>a little</source>
        <extracomment>what each trust level is called (translated by the app in the context &quot;Contacts&quot;)</extracomment>
        <translation>un peu</translation>
    </message>
    <message>
        <source>quite a lot</source>
        <translation>beaucoup</translation>
    </message>
    <message>
        <source>completely</source>
        <translation>totalement</translation>
    </message>
    <message>
        <source>Your vendor {vendor} has the same website ({host}) but another name.</source>
        <translation>Votre fournisseur {vendor} a le même site web ({host}) mais un autre nom.</translation>
    </message>
    <message>
        <source>{count} of your vendors have that website ({host}).</source>
        <translation>{count} de vos fournisseurs ont ce site web ({host}).</translation>
    </message>
    <message>
        <source>Your vendor {vendor} has the same name but another website.</source>
        <translation>Votre fournisseur {vendor} a le même nom mais un autre site web.</translation>
    </message>
    <message>
        <source>{count} of your vendors have that name.</source>
        <translation>{count} de vos fournisseurs ont ce nom.</translation>
    </message>
</context>
<context>
    <name>ContactsModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>Confiance</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Avis</translation>
    </message>
    <message>
        <source>Last notes written</source>
        <translation>Derniers avis rédigés le</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajouté le</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>aucun pour l’instant</translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <source>Trusted contacts</source>
        <translation>Contacts de confiance</translation>
    </message>
    <message>
        <source>Vendors new to you</source>
        <translation>Fournisseurs nouveaux pour vous</translation>
    </message>
    <message>
        <source>New to me</source>
        <translation>Nouveaux pour moi</translation>
    </message>
    <message>
        <source>Vendors your contacts wrote about that you do not have. Add one as a vendor to keep their notes beside yours.</source>
        <translation>Les fournisseurs dont vos contacts ont parlé et que vous n’avez pas. Ajoutez-en un comme fournisseur pour garder leurs avis à côté des vôtres.</translation>
    </message>
    <message>
        <source>No trusted contacts yet</source>
        <translation>Aucun contact de confiance pour l’instant</translation>
    </message>
    <message>
        <source>A trusted contact is a friend or relative whose judgement of vendors you value: their notes show beside yours on each vendor, never mixed into your own ratings.

1. Exchange keys: send them your key (Export my key…), add theirs (Add contact…) and compare the numbers by phone.
2. Send each other notes: choose your notes about vendors (Send notes…) and import the ones they send you (Import notes…).</source>
        <translation>Un contact de confiance est un ami ou un proche dont vous appréciez le jugement sur les fournisseurs&#xa0;: ses avis s’affichent à côté des vôtres pour chaque fournisseur, sans jamais se mêler à vos propres notes.

1. Échangez vos clés&#xa0;: envoyez-lui votre clé (Exporter ma clé…), ajoutez la sienne (Ajouter un contact…) et comparez les chiffres par téléphone.
2. Envoyez-vous des avis&#xa0;: choisissez vos avis sur des fournisseurs (Envoyer des avis…) et importez ceux qu’il vous envoie (Importer des avis…).</translation>
    </message>
    <message>
        <source>&amp;Add contact…</source>
        <translation>&amp;Ajouter un contact…</translation>
    </message>
    <message>
        <source>Add a trusted contact</source>
        <translation>Ajouter un contact de confiance</translation>
    </message>
    <message>
        <source>&amp;Send notes…</source>
        <translation>&amp;Envoyer des avis…</translation>
    </message>
    <message>
        <source>Send a contact your notes about vendors, signed</source>
        <translation>Envoyer à un contact vos avis sur des fournisseurs, signés</translation>
    </message>
    <message>
        <source>I&amp;mport notes…</source>
        <translation>I&amp;mporter des avis…</translation>
    </message>
    <message>
        <source>Import the notes a contact sent you</source>
        <translation>Importer les avis qu’un contact vous a envoyés</translation>
    </message>
    <message>
        <source>E&amp;xport my key…</source>
        <translation>E&amp;xporter ma clé…</translation>
    </message>
    <message>
        <source>Show and save your key for a contact</source>
        <translation>Afficher et enregistrer votre clé pour un contact</translation>
    </message>
    <message>
        <source>Change &amp;trust…</source>
        <translation>Modifier la &amp;confiance…</translation>
    </message>
    <message>
        <source>Change how much you trust the selected contact</source>
        <translation>Modifier votre degré de confiance envers le contact sélectionné</translation>
    </message>
    <message>
        <source>Rem&amp;ove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Remove the selected contact</source>
        <translation>Retirer le contact sélectionné</translation>
    </message>
    <message>
        <source>Add as ven&amp;dor</source>
        <translation>Ajouter comme &amp;fournisseur</translation>
    </message>
    <message>
        <source>Add the selected vendor to your vendors</source>
        <translation>Ajouter le fournisseur sélectionné à vos fournisseurs</translation>
    </message>
    <message>
        <source>1 contact</source>
        <translation>1 contact</translation>
    </message>
    <message>
        <source>%d contacts</source>
        <translation>%d contacts</translation>
    </message>
    <message>
        <source>Notes from a contact</source>
        <translation>Avis d’un contact</translation>
    </message>
    <message>
        <source>Signed notes (*.jws *.txt);;All files (*)</source>
        <translation>Avis signés (*.jws *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Their 1 note goes with them.</source>
        <translation>Son avis est supprimé avec lui.</translation>
    </message>
    <message>
        <source>Their %d notes go with them.</source>
        <translation>Ses %d avis sont supprimés avec lui.</translation>
    </message>
    <message>
        <source>You have no notes from them.</source>
        <translation>Vous n’avez aucun avis de ce contact.</translation>
    </message>
    <message>
        <source>Remove contact</source>
        <translation>Retirer le contact</translation>
    </message>
    <message>
        <source>Remove %s from your trusted contacts?</source>
        <translation>Retirer %s de vos contacts de confiance&#x202f;?</translation>
    </message>
    <message>
        <source>Your own notes stay. This cannot be undone; to read their notes again, add them and import their notes anew.</source>
        <translation>Vos propres avis restent. Cette action est irréversible&#x202f;; pour relire ses avis, ajoutez à nouveau ce contact et réimportez ses avis.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Add as vendor</source>
        <translation>Ajouter comme fournisseur</translation>
    </message>
</context>
<context>
    <name>ContentPage</name>
    <message>
        <source>What goes</source>
        <translation>Ce qui est partagé</translation>
    </message>
    <message>
        <source>Tick exactly what to share. Nothing unticked leaves this computer.</source>
        <translation>Cochez exactement ce que vous partagez. Rien de ce qui n’est pas coché ne quitte cet ordinateur.</translation>
    </message>
    <message>
        <source>&amp;Tick what goes:</source>
        <translation>&amp;Cochez ce qui est partagé&#xa0;:</translation>
    </message>
    <message>
        <source>Edit your &amp;profile…</source>
        <translation>Modifier votre &amp;profil…</translation>
    </message>
    <message>
        <source>Edit your profile</source>
        <translation>Modifier votre profil</translation>
    </message>
    <message>
        <source>Remember the real details ticked as what this vendor may see</source>
        <translation>Mémoriser les coordonnées cochées comme celles que ce fournisseur peut voir</translation>
    </message>
    <message>
        <source>The vendor gets this address instead of your own e-mail, and only this vendor. If anyone else ever writes to it, you know who passed it on. Your mail provider must deliver mail for it to you.</source>
        <translation>Le fournisseur reçoit cette adresse au lieu de votre propre e-mail, et lui seul. Si quelqu’un d’autre y écrit un jour, vous saurez qui l’a transmise. Votre fournisseur de messagerie doit vous distribuer le courrier qui lui est adressé.</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Commentaires</translation>
    </message>
    <message>
        <source>It is an &amp;idea rather than feedback</source>
        <translation>Il s’agit d’une &amp;idée plutôt que d’un commentaire</translation>
    </message>
    <message>
        <source>It is an idea</source>
        <translation>Il s’agit d’une idée</translation>
    </message>
    <message>
        <source>Sub&amp;ject:</source>
        <translation>&amp;Objet&#xa0;:</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>Te&amp;xte&#xa0;:</translation>
    </message>
    <message>
        <source>Law</source>
        <translation>Loi</translation>
    </message>
    <message>
        <source>GDPR (EU, UK): an answer within a month</source>
        <translation>RGPD (UE, Royaume-Uni)&#xa0;: une réponse sous un mois</translation>
    </message>
    <message>
        <source>CCPA (California): an answer within 45 days</source>
        <translation>CCPA (Californie)&#xa0;: une réponse sous 45 jours</translation>
    </message>
    <message>
        <source>A paragraph of your own</source>
        <translation>Un paragraphe de votre cru</translation>
    </message>
    <message>
        <source>Optional: added to the letter as you write it</source>
        <translation>Facultatif&#xa0;: ajouté à la lettre tel que vous l’écrivez</translation>
    </message>
    <message>
        <source>&amp;Law:</source>
        <translation>&amp;Loi&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Add a paragraph:</source>
        <translation>&amp;Ajouter un paragraphe&#xa0;:</translation>
    </message>
    <message>
        <source>Your details, for %s</source>
        <translation>Vos coordonnées, pour %s</translation>
    </message>
    <message>
        <source>Your real details (without them, %s sees only your key)</source>
        <translation>Vos coordonnées réelles (sans elles, %s ne voit que votre clé)</translation>
    </message>
    <message>
        <source>What it concerns: packages you sent %s</source>
        <translation>Objet de la demande&#xa0;: les paquets que vous avez envoyés à %s</translation>
    </message>
    <message>
        <source>The request (anonymous: nothing about you goes with it)</source>
        <translation>La demande (anonyme&#xa0;: rien sur vous ne l’accompagne)</translation>
    </message>
    <message>
        <source>Your notes about %s</source>
        <translation>Vos avis sur %s</translation>
    </message>
    <message>
        <source>What is wanted (always goes)</source>
        <translation>Ce qui est recherché (toujours inclus)</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Needed by</source>
        <translation>Date souhaitée</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <source>(not in your profile)</source>
        <translation>(absent de votre profil)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>(ratings only)</source>
        <translation>(notes uniquement)</translation>
    </message>
    <message>
        <source>Re&amp;member the real details ticked as what %s may see</source>
        <translation>&amp;Mémoriser les coordonnées cochées comme celles que %s peut voir</translation>
    </message>
    <message>
        <source>Give %s its o&amp;wn address: %s</source>
        <translation>&amp;Donner à %s sa propre adresse&#xa0;: %s</translation>
    </message>
    <message>
        <source>Give %s its own e-mail address</source>
        <translation>Donner à %s sa propre adresse e-mail</translation>
    </message>
    <message>
        <source>Tick the packages the request is about (at least one).</source>
        <translation>Cochez les paquets concernés par la demande (au moins un).</translation>
    </message>
</context>
<context>
    <name>CreatePage</name>
    <message>
        <source>Create your vault</source>
        <translation>Créer votre coffre</translation>
    </message>
    <message>
        <source>Everything you keep in MyVendors is encrypted with a passphrase that only you know.</source>
        <translation>Tout ce que vous conservez dans MyVendors est chiffré avec une phrase de passe que personne d’autre que vous ne connaît.</translation>
    </message>
    <message>
        <source>New vault: %s</source>
        <translation>Nouveau coffre&#xa0;: %s</translation>
    </message>
    <message>
        <source>&amp;Create vault</source>
        <translation>&amp;Créer le coffre</translation>
    </message>
    <message>
        <source>Type the same passphrase twice to create the vault.</source>
        <translation>Saisissez deux fois la même phrase de passe pour créer le coffre.</translation>
    </message>
    <message>
        <source>Open an existing vault…</source>
        <translation>Ouvrir un coffre existant…</translation>
    </message>
    <message>
        <source>Open an existing vault</source>
        <translation>Ouvrir un coffre existant</translation>
    </message>
</context>
<context>
    <name>CurrentPassphraseDialog</name>
    <message>
        <source>That is not the current passphrase.</source>
        <translation>Ce n’est pas la phrase de passe actuelle.</translation>
    </message>
    <message>
        <source>&amp;Current passphrase</source>
        <translation>Phrase de passe a&amp;ctuelle</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Phrase de passe actuelle</translation>
    </message>
</context>
<context>
    <name>DaysDelegate</name>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
</context>
<context>
    <name>DesktopApp</name>
    <message>
        <source>The vault %s is already open in another MyVendors window. Import %s there: Sharing ▸ Import vendor&apos;s answer…, then Open a file…</source>
        <translation>Le coffre %s est déjà ouvert dans une autre fenêtre de MyVendors. Importez %s dans celle-ci&#xa0;: Partage ▸ Importer la réponse d’un fournisseur…, puis Ouvrir un fichier…</translation>
    </message>
</context>
<context>
    <name>DisputeDialog</name>
    <message>
        <source>Dispute pack: %s</source>
        <translation>Dossier de litige&#xa0;: %s</translation>
    </message>
    <message>
        <source>One file for an ombudsman, your bank (a chargeback) or a regulator: a PDF anyone can read, and a ZIP with your records, the packages you sent and the vendor&apos;s answers exactly as they were, signed with the key you use with %s. Tick what goes in.</source>
        <translation>Un seul fichier pour un médiateur, votre banque (une rétrofacturation) ou une autorité de régulation&#xa0;: un PDF lisible par tous, et un ZIP contenant vos enregistrements, les paquets que vous avez envoyés et les réponses du fournisseur exactement telles quelles, signé avec la clé que vous utilisez avec %s. Cochez ce qui doit y figurer.</translation>
    </message>
    <message>
        <source>What goes in</source>
        <translation>Contenu</translation>
    </message>
    <message>
        <source>Nothing of this kind is on file for this vendor</source>
        <translation>Rien de ce type n’est enregistré pour ce fournisseur</translation>
    </message>
    <message>
        <source>Attachments that go in</source>
        <translation>Pièces jointes incluses</translation>
    </message>
    <message>
        <source>%s (%s bytes)</source>
        <translation>%s (%s octets)</translation>
    </message>
    <message>
        <source>No files are attached to this vendor.</source>
        <translation>Aucun fichier n’est joint à ce fournisseur.</translation>
    </message>
    <message>
        <source>Atta&amp;chments to include (decrypted into the pack):</source>
        <translation>&amp;Pièces jointes à inclure (déchiffrées dans le dossier)&#xa0;:</translation>
    </message>
    <message>
        <source>What happened, and what you ask for (optional)</source>
        <translation>Ce qui s’est passé, et ce que vous demandez (facultatif)</translation>
    </message>
    <message>
        <source>Your &amp;statement:</source>
        <translation>Votre &amp;déclaration&#xa0;:</translation>
    </message>
    <message>
        <source>Lang&amp;uage of the PDF:</source>
        <translation>Lang&amp;ue du PDF&#xa0;:</translation>
    </message>
    <message>
        <source>Sa&amp;ve to:</source>
        <translation>Enregistrer &amp;sous&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Parcou&amp;rir…</translation>
    </message>
    <message>
        <source>Also save the PD&amp;F beside it</source>
        <translation>Enregistrer aussi le PDF à &amp;côté</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Ce qui a été fait</translation>
    </message>
    <message>
        <source>&amp;Make pack</source>
        <translation>&amp;Générer le dossier</translation>
    </message>
    <message>
        <source>Show in f&amp;older</source>
        <translation>Afficher dans le d&amp;ossier</translation>
    </message>
    <message>
        <source>&amp;Timeline (%d)</source>
        <translation>&amp;Historique (%d)</translation>
    </message>
    <message>
        <source>&amp;Agreements (%d)</source>
        <translation>&amp;Engagements (%d)</translation>
    </message>
    <message>
        <source>Pa&amp;yments, with totals (%d)</source>
        <translation>Paiements, a&amp;vec totaux (%d)</translation>
    </message>
    <message>
        <source>My &amp;notes about it (%d)</source>
        <translation>Mes &amp;avis à son sujet (%d)</translation>
    </message>
    <message>
        <source>&amp;Packages I sent it, with my terms (%d)</source>
        <translation>Paquets que je lui ai envo&amp;yés, avec mes conditions (%d)</translation>
    </message>
    <message>
        <source>&amp;Documents it sent: acknowledgements, offers (%d)</source>
        <translation>Documen&amp;ts qu’il a envoyés&#xa0;: accusés de réception, offres (%d)</translation>
    </message>
    <message>
        <source>Aliases and &amp;leaks (%d)</source>
        <translation>Alias et &amp;fuites (%d)</translation>
    </message>
    <message>
        <source>Save the dispute pack</source>
        <translation>Enregistrer le dossier de litige</translation>
    </message>
    <message>
        <source>ZIP archive (*.zip)</source>
        <translation>Archive ZIP (*.zip)</translation>
    </message>
    <message>
        <source>Making the pack…</source>
        <translation>Création du dossier…</translation>
    </message>
    <message>
        <source>Writing %s…</source>
        <translation>Écriture de %s…</translation>
    </message>
    <message>
        <source>Saved the pack to %s: %d files, %s bytes, signed with the key %s.</source>
        <translation>Dossier enregistré dans %s&#xa0;: %d fichiers, %s octets, signé avec la clé %s.</translation>
    </message>
    <message>
        <source>The PDF is beside it: %s.</source>
        <translation>Le PDF se trouve à côté&#xa0;: %s.</translation>
    </message>
    <message>
        <source>To check the pack, anyone can run verify_dispute_pack.py from MyVendors&apos; docs folder on it.</source>
        <translation>Pour vérifier le dossier, n’importe qui peut exécuter dessus verify_dispute_pack.py, qui se trouve dans le dossier docs de MyVendors.</translation>
    </message>
    <message>
        <source>Stopped: no pack was written.</source>
        <translation>Interrompu&#xa0;: aucun dossier n’a été écrit.</translation>
    </message>
    <message>
        <source>Could not open the folder %s.</source>
        <translation>Impossible d’ouvrir le dossier %s.</translation>
    </message>
</context>
<context>
    <name>DisputePack</name>
    <message>
        <source>Timeline</source>
        <extracomment>the parts of a pack that are ticked as a whole, in the order the dialog and the PDF show them</extracomment>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Engagements</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Paiements</translation>
    </message>
    <message>
        <source>My notes about the vendor</source>
        <translation>Mes avis sur le fournisseur</translation>
    </message>
    <message>
        <source>Packages I sent, with the terms I shared under</source>
        <translation>Paquets que j’ai envoyés, avec les conditions sous lesquelles je les ai partagés</translation>
    </message>
    <message>
        <source>Documents the vendor sent (acknowledgements, offers)</source>
        <translation>Documents envoyés par le fournisseur (accusés de réception, offres)</translation>
    </message>
    <message>
        <source>Aliases and leaks</source>
        <translation>Alias et fuites</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Pièces jointes</translation>
    </message>
    <message>
        <source>My statement</source>
        <translation>Ma déclaration</translation>
    </message>
    <message>
        <source>This document comes with a ZIP archive that holds every record as JSON (data.json), the files exactly as they were sent and received (packages/, documents/), the evidence of leaks and the attachments. manifest.json lists each file with its size and SHA-256 hash, and the ledger entries that recorded when each package was shared and each document received; manifest.jws is an Ed25519 signature over manifest.json by the key whose thumbprint is shown above, the key my packages to this vendor were signed with. To check the archive, unpack it and run: python3 verify_dispute_pack.py FOLDER (the script comes with MyVendors, in its docs folder, and needs nothing but Python). It reports OK, or each file that was changed, added or removed.</source>
        <translation>Ce document est accompagné d’une archive ZIP qui contient chaque enregistrement au format JSON (data.json), les fichiers exactement tels qu’ils ont été envoyés et reçus (packages/, documents/), les preuves des fuites et les pièces jointes. manifest.json liste chaque fichier avec sa taille et son empreinte SHA-256, ainsi que les entrées du registre qui ont consigné quand chaque paquet a été partagé et chaque document reçu&#x202f;; manifest.jws est une signature Ed25519 de manifest.json par la clé dont l’empreinte figure ci-dessus, la clé avec laquelle mes paquets à ce fournisseur ont été signés. Pour vérifier l’archive, décompressez-la et exécutez&#xa0;: python3 verify_dispute_pack.py DOSSIER (le script est fourni avec MyVendors, dans son dossier docs, et ne nécessite que Python). Il indique OK, ou chaque fichier modifié, ajouté ou supprimé.</translation>
    </message>
    <message>
        <source>by e-mail</source>
        <translation>par e-mail</translation>
    </message>
    <message>
        <source>by phone call</source>
        <translation>par appel téléphonique</translation>
    </message>
    <message>
        <source>by text message</source>
        <translation>par SMS</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Page {page} sur {pages}</translation>
    </message>
    <message>
        <source>Dispute pack: {vendor}</source>
        <translation>Dossier de litige&#xa0;: {vendor}</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Aucun.</translation>
    </message>
    <message>
        <source>My record of my dealings with this vendor, made from my own files with MyVendors.</source>
        <translation>Mon relevé de mes échanges avec ce fournisseur, établi à partir de mes propres fichiers avec MyVendors.</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Made at</source>
        <translation>Établi le</translation>
    </message>
    <message>
        <source>Signed with my key (thumbprint)</source>
        <translation>Signé avec ma clé (empreinte)</translation>
    </message>
    <message>
        <source>What is inside</source>
        <translation>Contenu</translation>
    </message>
    <message>
        <source>Nothing was chosen.</source>
        <translation>Rien n’a été choisi.</translation>
    </message>
    <message>
        <source>How to check this pack</source>
        <translation>Comment vérifier ce dossier</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>from {date}</source>
        <translation>à partir du {date}</translation>
    </message>
    <message>
        <source>until {date}</source>
        <translation>jusqu’au {date}</translation>
    </message>
    <message>
        <source>renews {date}</source>
        <translation>se renouvelle le {date}</translation>
    </message>
    <message>
        <source>cancel by {date}</source>
        <translation>résilier avant le {date}</translation>
    </message>
    <message>
        <source>reference {ref}</source>
        <translation>référence {ref}</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Engagement</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Total in {currency}</source>
        <translation>Total en {currency}</translation>
    </message>
    <message>
        <source>{amount} (1 payment)</source>
        <translation>{amount} (1 paiement)</translation>
    </message>
    <message>
        <source>{amount} ({n} payments)</source>
        <translation>{amount} ({n} paiements)</translation>
    </message>
    <message>
        <source>Ratings (1–5)</source>
        <translation>Notes (1–5)</translation>
    </message>
    <message>
        <source>File: {path}</source>
        <translation>Fichier&#xa0;: {path}</translation>
    </message>
    <message>
        <source>Package id: {id}</source>
        <translation>Identifiant du paquet&#xa0;: {id}</translation>
    </message>
    <message>
        <source>Recorded as ledger entry {seq}</source>
        <translation>Consigné dans le registre, entrée {seq}</translation>
    </message>
    <message>
        <source>What I shared:</source>
        <translation>Ce que j’ai partagé&#xa0;:</translation>
    </message>
    <message>
        <source>The terms I shared under:</source>
        <translation>Les conditions sous lesquelles j’ai partagé&#xa0;:</translation>
    </message>
    <message>
        <source>Acknowledged my terms</source>
        <translation>A accusé réception de mes conditions</translation>
    </message>
    <message>
        <source>Refused my terms</source>
        <translation>A refusé mes conditions</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Offre</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Ledger</source>
        <translation>Registre</translation>
    </message>
    <message>
        <source>Addresses and numbers I gave to this vendor only; a leak is someone else using one.</source>
        <translation>Adresses et numéros que j’ai donnés à ce seul fournisseur&#x202f;; une fuite, c’est quelqu’un d’autre qui en utilise un.</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation>Alias</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>Donné le</translation>
    </message>
    <message>
        <source>open</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>closed {date}</source>
        <translation>close le {date}</translation>
    </message>
    <message>
        <source>Seen on</source>
        <translation>Vu le</translation>
    </message>
    <message>
        <source>Used by</source>
        <translation>Utilisé par</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Preuves</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
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
        <translation>Partagé</translation>
    </message>
    <message>
        <source>What to do with it now</source>
        <translation>Que faire maintenant</translation>
    </message>
    <message>
        <source>The file</source>
        <translation>Le fichier</translation>
    </message>
    <message>
        <source>&amp;Save the file…</source>
        <translation>&amp;Enregistrer le fichier…</translation>
    </message>
    <message>
        <source>Save the package to a file</source>
        <translation>Enregistrer le paquet dans un fichier</translation>
    </message>
    <message>
        <source>Show in f&amp;older</source>
        <translation>&amp;Afficher dans le dossier</translation>
    </message>
    <message>
        <source>Show the file in its folder</source>
        <translation>Afficher le fichier dans son dossier</translation>
    </message>
    <message>
        <source>Write an &amp;e-mail</source>
        <translation>Rédiger un e-&amp;mail</translation>
    </message>
    <message>
        <source>Write an e-mail to attach the file to</source>
        <translation>Rédiger un e-mail auquel joindre le fichier</translation>
    </message>
    <message>
        <source>Copy file pa&amp;th</source>
        <translation>Copier le c&amp;hemin</translation>
    </message>
    <message>
        <source>Copy the file&apos;s path</source>
        <translation>Copier le chemin du fichier</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>Imp&amp;rimer…</translation>
    </message>
    <message>
        <source>Print the package in plain words</source>
        <translation>Imprimer le paquet en clair</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Enregistrer en P&amp;DF…</translation>
    </message>
    <message>
        <source>Save the plain-words page as a PDF</source>
        <translation>Enregistrer la version en clair au format PDF</translation>
    </message>
    <message>
        <source>&amp;Copy the package</source>
        <translation>&amp;Copier le paquet</translation>
    </message>
    <message>
        <source>Copy the package</source>
        <translation>Copier le paquet</translation>
    </message>
    <message>
        <source>Save the &amp;QR code…</source>
        <translation>Enregistrer le code &amp;QR…</translation>
    </message>
    <message>
        <source>Save the QR code</source>
        <translation>Enregistrer le code QR</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Ce qui a été fait</translation>
    </message>
    <message>
        <source>QR code of the package</source>
        <translation>Code QR du paquet</translation>
    </message>
    <message>
        <source>encrypted to the key %s</source>
        <translation>chiffré pour la clé %s</translation>
    </message>
    <message>
        <source>signed, not encrypted</source>
        <translation>signé, non chiffré</translation>
    </message>
    <message>
        <source>Recorded in your ledger (entry %d).</source>
        <translation>Enregistré dans votre registre (entrée %d).</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publiée</translation>
    </message>
    <message>
        <source>Your request is now open for offers.</source>
        <translation>Votre demande est désormais ouverte aux offres.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%s for %s&lt;/b&gt;, %s.&lt;br&gt;Package %s&lt;br&gt;SHA-256 %s&lt;br&gt;Your key for them: %s</source>
        <translation>&lt;b&gt;%s pour %s&lt;/b&gt;, %s.&lt;br&gt;Paquet %s&lt;br&gt;SHA-256 %s&lt;br&gt;Votre clé pour ce fournisseur&#xa0;: %s</translation>
    </message>
    <message>
        <source>Or let the recipient scan it with a phone.</source>
        <translation>Ou laissez le destinataire le scanner avec un téléphone.</translation>
    </message>
    <message>
        <source>This package is too long for a QR code (%d characters; a QR code holds under 3,000). Save it to a file or copy it instead.</source>
        <translation>Ce paquet est trop long pour un code QR (%d caractères&#x202f;; un code QR en contient moins de 3&#xa0;000). Enregistrez-le plutôt dans un fichier ou copiez-le.</translation>
    </message>
    <message>
        <source>Personal request</source>
        <translation>Demande personnelle</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Commentaires</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Avis</translation>
    </message>
    <message>
        <source>Erasure request</source>
        <translation>Demande d’effacement</translation>
    </message>
    <message>
        <source>Access request</source>
        <translation>Demande d’accès</translation>
    </message>
    <message>
        <source>anyone</source>
        <translation>tout le monde</translation>
    </message>
    <message>
        <source>Now hand it to the vendors you want offers from: save the file, then attach it to an e-mail, upload it to a vendor&apos;s contact or quote form, or print it (or save it as a PDF) to hand over. Anyone with the file can read the request; nothing in it says who you are. Offers come back as files: Sharing ▸ Import vendor&apos;s answer…</source>
        <translation>Remettez-la maintenant aux fournisseurs dont vous souhaitez recevoir des offres&#xa0;: enregistrez le fichier, puis joignez-le à un e-mail, déposez-le dans le formulaire de contact ou de devis d’un fournisseur, ou imprimez-le (ou enregistrez-le en PDF) pour le remettre. Toute personne disposant du fichier peut lire la demande&#x202f;; rien n’y indique qui vous êtes. Les offres reviennent sous forme de fichiers&#xa0;: Partage ▸ Importer la réponse d’un fournisseur…</translation>
    </message>
    <message>
        <source>Now give it to %s: save the file and attach it to an e-mail or a message, or print it.</source>
        <translation>Remettez-le maintenant à %s&#xa0;: enregistrez le fichier et joignez-le à un e-mail ou à un message, ou imprimez-le.</translation>
    </message>
    <message>
        <source> Only %s can open it.</source>
        <translation> Seul %s peut l’ouvrir.</translation>
    </message>
    <message>
        <source>Now send it to %s: save the file, then attach it to an e-mail, upload it to their contact form or customer portal, or print it (or save it as a PDF) and post it.%s</source>
        <translation>Envoyez-le maintenant à %s&#xa0;: enregistrez le fichier, puis joignez-le à un e-mail, déposez-le dans son formulaire de contact ou son espace client, ou imprimez-le (ou enregistrez-le en PDF) et envoyez-le par la poste.%s</translation>
    </message>
    <message>
        <source>Save the file first</source>
        <translation>Enregistrez d’abord le fichier</translation>
    </message>
    <message>
        <source>Saved as %s</source>
        <translation>Enregistré sous %s</translation>
    </message>
    <message>
        <source>File name: %s</source>
        <translation>Nom du fichier&#xa0;: %s</translation>
    </message>
    <message>
        <source>Save the package</source>
        <translation>Enregistrer le paquet</translation>
    </message>
    <message>
        <source>Packages (*%s);;All files (*)</source>
        <translation>Paquets (*%s);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Saved the package to %s.</source>
        <translation>Paquet enregistré dans %s.</translation>
    </message>
    <message>
        <source>Could not write %s: %s</source>
        <translation>Impossible d’écrire %s&#xa0;: %s</translation>
    </message>
    <message>
        <source>Could not open the folder %s.</source>
        <translation>Impossible d’ouvrir le dossier %s.</translation>
    </message>
    <message>
        <source>Opened the folder %s.</source>
        <translation>Dossier %s ouvert.</translation>
    </message>
    <message>
        <source>Request: %s</source>
        <translation>Demande&#xa0;: %s</translation>
    </message>
    <message>
        <source>My details</source>
        <translation>Mes coordonnées</translation>
    </message>
    <message>
        <source>Feedback: %s</source>
        <translation>Commentaires&#xa0;: %s</translation>
    </message>
    <message>
        <source>an idea</source>
        <translation>une idée</translation>
    </message>
    <message>
        <source>my feedback</source>
        <translation>mes commentaires</translation>
    </message>
    <message>
        <source>My notes about %s</source>
        <translation>Mes avis sur %s</translation>
    </message>
    <message>
        <source>Request to erase my data</source>
        <translation>Demande d’effacement de mes données</translation>
    </message>
    <message>
        <source>Request to see my data</source>
        <translation>Demande d’accès à mes données</translation>
    </message>
    <message>
        <source>A package</source>
        <translation>Un paquet</translation>
    </message>
    <message>
        <source>Attached: %s

It is signed; MyVendors or any JOSE library shows what it holds and checks that it is unchanged.</source>
        <translation>Pièce jointe&#xa0;: %s

Elle est signée&#x202f;; MyVendors ou toute bibliothèque JOSE affiche son contenu et vérifie qu’elle n’a pas été modifiée.</translation>
    </message>
    <message>
        <source>No e-mail program answered. Attach %s to an e-mail yourself.</source>
        <translation>Aucun programme de messagerie n’a répondu. Joignez vous-même %s à un e-mail.</translation>
    </message>
    <message>
        <source>Your e-mail program opens a new message. Attach the file yourself (a link cannot attach it): %s</source>
        <translation>Votre programme de messagerie ouvre un nouveau message. Joignez-y vous-même le fichier (un lien ne peut pas le joindre)&#xa0;: %s</translation>
    </message>
    <message>
        <source>Copied the path %s.</source>
        <translation>Chemin %s copié.</translation>
    </message>
    <message>
        <source>Print the package</source>
        <translation>Imprimer le paquet</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Envoyé à l’imprimante.</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Enregistrer en PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved the PDF to %s.</source>
        <translation>PDF enregistré dans %s.</translation>
    </message>
    <message>
        <source>SVG (*.svg)</source>
        <translation>SVG (*.svg)</translation>
    </message>
    <message>
        <source>Saved the QR code to %s.</source>
        <translation>Code QR enregistré dans %s.</translation>
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
        <translation>Une erreur s’est produite dans MyVendors. Il s’agit d’un bogue, pas d’une erreur de votre part.</translation>
    </message>
    <message>
        <source>Your vault is safe: every change you saved is in it. If this happens again, please report it with the details below (they contain no passphrase or key).</source>
        <translation>Votre coffre est intact&#xa0;: toutes les modifications que vous avez enregistrées y figurent. Si cela se reproduit, merci de le signaler en joignant les détails ci-dessous (ils ne contiennent ni phrase de passe ni clé).</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>The statement cannot be read from {path}: {reason}</source>
        <translation>Impossible de lire la déclaration depuis {path}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>A statement has no field {value!r} to map a column to (fields: {value2}).</source>
        <extracomment>the fields `--map FIELD=COLUMN` sets (docs/CLI.md)</extracomment>
        <translation>Un relevé n’a pas de champ {value!r} auquel associer une colonne (champs&#xa0;: {value2}).</translation>
    </message>
    <message>
        <source>A statement needs its date column (--map date=COLUMN).</source>
        <translation>Un relevé doit avoir sa colonne de date (--map date=COLUMN).</translation>
    </message>
    <message>
        <source>A statement needs its payee column (--map payee=COLUMN).</source>
        <translation>Un relevé doit avoir sa colonne de bénéficiaire (--map payee=COLUMN).</translation>
    </message>
    <message>
        <source>The file has no column {column!r} for the {field_} (columns: {columns}).</source>
        <translation>Le fichier n’a pas de colonne {column!r} pour le champ {field_} (colonnes&#xa0;: {columns}).</translation>
    </message>
    <message>
        <source>No date format reads every value of the column {column!r}; choose the date column with --map date=COLUMN or give --date-format.</source>
        <translation>Aucun format de date ne permet de lire toutes les valeurs de la colonne {column!r}&#x202f;; choisissez la colonne de date avec --map date=COLUMN ou indiquez --date-format.</translation>
    </message>
    <message>
        <source>The dates in {column!r} can be read in more than one way ({candidates}); say which with --date-format, e.g. --date-format &apos;{first}&apos;.</source>
        <translation>Les dates de {column!r} peuvent se lire de plusieurs façons ({candidates})&#x202f;; précisez laquelle avec --date-format, par ex. --date-format &apos;{first}&apos;.</translation>
    </message>
    <message>
        <source>There is already a vault at {target}; choose another file name.</source>
        <translation>Il existe déjà un coffre à l’emplacement {target}&#x202f;; choisissez un autre nom de fichier.</translation>
    </message>
    <message>
        <source>{today!r} is not a date (YYYY-MM-DD).</source>
        <translation>{today!r} n’est pas une date (AAAA-MM-JJ).</translation>
    </message>
    <message>
        <source>There is no {what} with id {record_id}.</source>
        <translation>Il n’existe pas de {what} avec l’identifiant {record_id}.</translation>
    </message>
    <message>
        <source>The {field_} must be a date and time.</source>
        <translation>Le champ {field_} doit contenir une date et une heure.</translation>
    </message>
    <message>
        <source>The {field_} needs a time zone.</source>
        <translation>Le champ {field_} doit indiquer un fuseau horaire.</translation>
    </message>
    <message>
        <source>The {field_} can be at most {limit} characters.</source>
        <translation>Le champ {field_} ne peut pas dépasser {limit} caractères.</translation>
    </message>
    <message>
        <source>An agreement is one of {kinds}; not {kind!r}.</source>
        <translation>Un engagement est de l’un des types {kinds}&#x202f;; pas {kind!r}.</translation>
    </message>
    <message>
        <source>The billing period is one of {periods}; not {period!r}.</source>
        <translation>La période de facturation est l’une des suivantes&#xa0;: {periods}&#x202f;; pas {period!r}.</translation>
    </message>
    <message>
        <source>An agreement needs a title (e.g. the plan&apos;s name).</source>
        <translation>Un engagement doit avoir un titre (par exemple le nom de la formule).</translation>
    </message>
    <message>
        <source>A price cannot be negative.</source>
        <translation>Un prix ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>The agreement ends before it starts.</source>
        <translation>L’engagement se termine avant de commencer.</translation>
    </message>
    <message>
        <source>The free trial ends before the agreement starts.</source>
        <translation>L’essai gratuit se termine avant le début de l’engagement.</translation>
    </message>
    <message>
        <source>The cancel-by date is after the renewal date it is meant to prevent.</source>
        <translation>La date limite de résiliation est postérieure à la date de renouvellement qu’elle doit éviter.</translation>
    </message>
    <message>
        <source>The notice period is between 0 and 3650 days.</source>
        <translation>Le préavis est compris entre 0 et 3650 jours.</translation>
    </message>
    <message>
        <source>Agreements have no field {value!r}.</source>
        <translation>Les engagements n’ont pas de champ {value!r}.</translation>
    </message>
    <message>
        <source>Look ahead between 0 and 3660 days.</source>
        <translation>La période à venir est comprise entre 0 et 3660 jours.</translation>
    </message>
    <message>
        <source>Look back between 0 and 3660 days.</source>
        <translation>La période passée est comprise entre 0 et 3660 jours.</translation>
    </message>
    <message>
        <source>An attachment needs a file name.</source>
        <extracomment>the longest file name kept, in UTF-8 bytes: file systems allow 255, and a copy being written is named &quot;.NAME.XXXXXXXX.tmp&quot; (14 more) beside its target</extracomment>
        <translation>Une pièce jointe doit avoir un nom de fichier.</translation>
    </message>
    <message>
        <source>{name} is larger than {human}, the most an attachment can be; nothing was stored.</source>
        <translation>{name} dépasse {human}, la taille maximale d’une pièce jointe&#x202f;; rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>There is no file {path}.</source>
        <translation>Le fichier {path} n’existe pas.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a file.</source>
        <translation>{path} est un dossier, pas un fichier.</translation>
    </message>
    <message>
        <source>The attachment {filename} does not match its checksum; it is damaged.</source>
        <translation>La pièce jointe {filename} ne correspond pas à sa somme de contrôle&#x202f;; elle est endommagée.</translation>
    </message>
    <message>
        <source>Give the contact a name.</source>
        <translation>Donnez un nom au contact.</translation>
    </message>
    <message>
        <source>A contact&apos;s name is at most 200 characters.</source>
        <translation>Le nom d’un contact ne peut pas dépasser 200 caractères.</translation>
    </message>
    <message>
        <source>Trust is 1 (a little), 2 (quite a lot) or 3 (completely), not {trust!r}.</source>
        <translation>La confiance vaut 1 (un peu), 2 (beaucoup) ou 3 (totalement), pas {trust!r}.</translation>
    </message>
    <message>
        <source>You already have a contact called {name}: choose another name.</source>
        <translation>Vous avez déjà un contact nommé {name}&#xa0;: choisissez un autre nom.</translation>
    </message>
    <message>
        <source>That key is already {name}&apos;s: one key belongs to one contact.</source>
        <translation>Cette clé appartient déjà à {name}&#xa0;: une clé n’appartient qu’à un seul contact.</translation>
    </message>
    <message>
        <source>That is one of your own keys, not a contact&apos;s: ask them for theirs.</source>
        <translation>C’est l’une de vos propres clés, pas celle d’un contact&#xa0;: demandez-lui la sienne.</translation>
    </message>
    <message>
        <source>There is no contact with id {id}.</source>
        <translation>Il n’existe pas de contact avec l’identifiant {id}.</translation>
    </message>
    <message>
        <source>There is no contact {name!r}.</source>
        <translation>Il n’existe pas de contact {name!r}.</translation>
    </message>
    <message>
        <source>The signature header carries a private key: the bundle is not taken.</source>
        <translation>L’en-tête de signature contient une clé privée&#xa0;: le lot d’avis n’est pas accepté.</translation>
    </message>
    <message>
        <source>The key in the signature header is not usable: {message}</source>
        <translation>La clé de l’en-tête de signature n’est pas utilisable&#xa0;: {message}</translation>
    </message>
    <message>
        <source>The bundle carries no key and names none of your contacts&apos; keys: it cannot be verified.</source>
        <translation>Le lot d’avis ne contient aucune clé et ne désigne aucune des clés de vos contacts&#xa0;: il ne peut pas être vérifié.</translation>
    </message>
    <message>
        <source>This bundle is signed by {signer}&apos;s key: it cannot be taken as {name}&apos;s.</source>
        <translation>Ce lot d’avis est signé avec la clé de {signer}&#xa0;: il ne peut pas être accepté comme venant de {name}.</translation>
    </message>
    <message>
        <source>This bundle is signed by a key none of your contacts has (safety number {number}). Take it only if you know whose it is: add it to a new contact (import FILE --as-contact NAME), or, if a contact made a new key, replace theirs (--as-contact NAME --replace-key).</source>
        <translation>Ce lot d’avis est signé par une clé qu’aucun de vos contacts ne possède (numéro de sécurité {number}). Ne l’acceptez que si vous savez à qui elle appartient&#xa0;: ajoutez-la à un nouveau contact (import FILE --as-contact NAME) ou, si un contact a créé une nouvelle clé, remplacez la sienne (--as-contact NAME --replace-key).</translation>
    </message>
    <message>
        <source>{name}&apos;s key on file did not sign this bundle: it may come from someone else using that name. Take it only if you know {name} made a new key (compare the safety number {number} with them), then replace the key (--replace-key).</source>
        <translation>La clé enregistrée pour {name} n’a pas signé ce lot d’avis&#xa0;: il provient peut-être de quelqu’un d’autre utilisant ce nom. Ne l’acceptez que si vous savez que {name} a créé une nouvelle clé (comparez avec lui ou elle le numéro de sécurité {number}), puis remplacez la clé (--replace-key).</translation>
    </message>
    <message>
        <source>This bundle says it comes from {claimed}, but {claimed}&apos;s key did not sign it (it is signed by the key of {signer}): it is not taken.</source>
        <translation>Ce lot d’avis indique provenir de {claimed}, mais la clé de {claimed} ne l’a pas signé (il est signé par la clé de {signer})&#xa0;: il n’est pas accepté.</translation>
    </message>
    <message>
        <source>A vendor in the bundle has no name.</source>
        <translation>Un fournisseur du lot d’avis n’a pas de nom.</translation>
    </message>
    <message>
        <source>A note about {name} in the bundle is not readable.</source>
        <translation>Un avis sur {name} dans le lot d’avis est illisible.</translation>
    </message>
    <message>
        <source>That is a bundle you sent, not one a contact sent you: there is nothing to import.</source>
        <translation>C’est un lot d’avis que vous avez envoyé, et non un lot qu’un contact vous a envoyé&#xa0;: il n’y a rien à importer.</translation>
    </message>
    <message>
        <source>That signed document is not a contact&apos;s bundle of notes.</source>
        <translation>Ce document signé n’est pas un lot d’avis d’un contact.</translation>
    </message>
    <message>
        <source>The bundle names another key as its sender than the one that signed it: it is not taken.</source>
        <translation>Le lot d’avis désigne comme expéditeur une autre clé que celle qui l’a signé&#xa0;: il n’est pas accepté.</translation>
    </message>
    <message>
        <source>Bundle {value} was imported before: a copy is not taken twice.</source>
        <translation>Le lot d’avis {value} a déjà été importé&#xa0;: une copie n’est pas acceptée deux fois.</translation>
    </message>
    <message>
        <source>The bundle has no vendor {key!r}; its vendors: {keys}.</source>
        <translation>Le lot d’avis ne contient pas de fournisseur {key!r}&#x202f;; ses fournisseurs&#xa0;: {keys}.</translation>
    </message>
    <message>
        <source>There is no vendor with id {id} (for {name}).</source>
        <translation>Il n’existe pas de fournisseur avec l’identifiant {id} (pour {name}).</translation>
    </message>
    <message>
        <source>Decide which of your vendors these are, or that they are new to you: {vendors}.</source>
        <translation>Indiquez à quels fournisseurs de votre coffre ceux-ci correspondent, ou s’ils sont nouveaux pour vous&#xa0;: {vendors}.</translation>
    </message>
    <message>
        <source>{thumbprint!r} is not a key thumbprint (43 characters of base64url).</source>
        <translation>{thumbprint!r} n’est pas une empreinte de clé (43 caractères en base64url).</translation>
    </message>
    <message>
        <source>The name you go by is at most 200 characters.</source>
        <translation>Le nom sous lequel vous vous présentez ne peut pas dépasser 200 caractères.</translation>
    </message>
    <message>
        <source>That is a private key: it must never leave its owner, and it was not stored. Ask for their contact key instead (the public key MyVendors exports for a contact).</source>
        <translation>C’est une clé privée&#xa0;: elle ne doit jamais quitter son propriétaire, et elle n’a pas été enregistrée. Demandez plutôt sa clé de contact (la clé publique que MyVendors exporte pour un contact).</translation>
    </message>
    <message>
        <source>That key is for encryption: a contact&apos;s signing key is needed.</source>
        <translation>Cette clé sert au chiffrement&#xa0;: il faut la clé de signature du contact.</translation>
    </message>
    <message>
        <source>That is far longer than a contact key: it is not read.</source>
        <translation>C’est bien plus long qu’une clé de contact&#xa0;: ce n’est pas lu.</translation>
    </message>
    <message>
        <source>That is not a contact key: expected the JSON of a key file (myvendors-contact-key) or of a public Ed25519 JWK.</source>
        <translation>Ce n’est pas une clé de contact&#xa0;: le JSON d’un fichier de clé (myvendors-contact-key) ou d’une JWK Ed25519 publique était attendu.</translation>
    </message>
    <message>
        <source>That is a {format!r} document, not a contact key.</source>
        <translation>C’est un document {format!r}, pas une clé de contact.</translation>
    </message>
    <message>
        <source>That contact key is of version {version}; this MyVendors reads version 1.</source>
        <translation>Cette clé de contact est en version {version}&#x202f;; cette version de MyVendors lit la version 1.</translation>
    </message>
    <message>
        <source>The contact key&apos;s name is not a name (at most 200 characters).</source>
        <translation>Le nom de la clé de contact n’est pas un nom valide (200 caractères au plus).</translation>
    </message>
    <message>
        <source>That contact key holds no JWK.</source>
        <translation>Cette clé de contact ne contient aucune JWK.</translation>
    </message>
    <message>
        <source>The key file&apos;s thumbprint does not belong to its key: the file was altered. Ask for it again.</source>
        <translation>L’empreinte du fichier de clé ne correspond pas à sa clé&#xa0;: le fichier a été altéré. Demandez-le à nouveau.</translation>
    </message>
    <message>
        <source>That image is larger than 20 MB: it is not read.</source>
        <translation>Cette image dépasse 20 Mo&#xa0;: elle n’est pas lue.</translation>
    </message>
    <message>
        <source>That image has more than 40 megapixels: it is not read.</source>
        <translation>Cette image dépasse 40 mégapixels&#xa0;: elle n’est pas lue.</translation>
    </message>
    <message>
        <source>That image could not be read (not a PNG, JPEG or other picture).</source>
        <translation>Impossible de lire cette image (ce n’est pas un PNG, un JPEG ni une autre image).</translation>
    </message>
    <message>
        <source>No QR code was found in that image. Take it again closer, straight on and in focus, or use the key file.</source>
        <translation>Aucun code QR n’a été trouvé dans cette image. Reprenez la photo de plus près, de face et nette, ou utilisez le fichier de clé.</translation>
    </message>
    <message>
        <source>That file is neither a contact key nor an image of its QR code.</source>
        <translation>Ce fichier n’est ni une clé de contact ni une image de son code QR.</translation>
    </message>
    <message>
        <source>That file is larger than 20 MB: it is not read.</source>
        <translation>Ce fichier dépasse 20 Mo&#xa0;: il n’est pas lu.</translation>
    </message>
    <message>
        <source>{path} cannot be read.</source>
        <translation>Impossible de lire {path}.</translation>
    </message>
    <message>
        <source>{name} is in the trash: restore it first.</source>
        <translation>{name} est dans la corbeille&#xa0;: restaurez-le d’abord.</translation>
    </message>
    <message>
        <source>No vendor {key!r} is new to you in your contacts&apos; notes.</source>
        <translation>Aucun fournisseur {key!r} n’est nouveau pour vous dans les avis de vos contacts.</translation>
    </message>
    <message>
        <source>{name!r} is not a part of a dispute pack; the parts are {parts}.</source>
        <translation>{name!r} ne fait pas partie d’un dossier de litige&#x202f;; les parties sont&#xa0;: {parts}.</translation>
    </message>
    <message>
        <source>{name} is in the trash: restore it before making a dispute pack.</source>
        <translation>{name} est dans la corbeille&#xa0;: restaurez-le avant de constituer un dossier de litige.</translation>
    </message>
    <message>
        <source>Your statement is {n} characters long; a pack holds at most {limit}.</source>
        <translation>Votre déclaration compte {n} caractères&#x202f;; un dossier en contient au plus {limit}.</translation>
    </message>
    <message>
        <source>{name} has no attachment with id {id}.</source>
        <translation>{name} n’a pas de pièce jointe avec l’identifiant {id}.</translation>
    </message>
    <message>
        <source>{path} cannot be written: it is a folder, or its folder does not exist.</source>
        <translation>Impossible d’écrire {path}&#xa0;: c’est un dossier, ou son dossier n’existe pas.</translation>
    </message>
    <message>
        <source>The reminder is given in days before the date, from 0 to {MAX_ALARM_DAYS}, not {alarm_days!r}.</source>
        <extracomment>the dates that become events: (the UID&apos;s and the summary&apos;s word, the agreement&apos;s field)</extracomment>
        <translation>Le rappel s’indique en jours avant la date, de 0 à {MAX_ALARM_DAYS}, pas {alarm_days!r}.</translation>
    </message>
    <message>
        <source>A follow-up needs the date it is due.</source>
        <translation>Une relance doit avoir une date d’échéance.</translation>
    </message>
    <message>
        <source>A follow-up needs a title (what to check on).</source>
        <translation>Une relance doit avoir un titre (ce qu’il faut vérifier).</translation>
    </message>
    <message>
        <source>That agreement is not one of this vendor&apos;s.</source>
        <translation>Cet engagement n’appartient pas à ce fournisseur.</translation>
    </message>
    <message>
        <source>Line {line}</source>
        <extracomment>where each draft came from, for messages (&quot;line 14&quot;, &quot;card 3&quot;) records left out while reading, each with the reason caveats: a guessed character set, an unreadable line for CSV: which column feeds which vendor field for CSV: the file&apos;s header, for choosing another column for a field the files read, when several were imported at once (`combine_plans`); () for one files of those that could not be read at all, each as &quot;name: why&quot; the origins at the start of a sentence (&quot;Line 14: …&quot;), marked for translation</extracomment>
        <translation>Ligne {line}</translation>
    </message>
    <message>
        <source>Card {number}</source>
        <translation>Fiche {number}</translation>
    </message>
    <message>
        <source>Vendors import from {value} files, not {kind!r}.</source>
        <translation>Les fournisseurs s’importent depuis des fichiers {value}, pas {kind!r}.</translation>
    </message>
    <message>
        <source>Vendors have no field {value!r} to map a column to (fields: {value2}).</source>
        <translation>Les fournisseurs n’ont pas de champ {value!r} auquel associer une colonne (champs&#xa0;: {value2}).</translation>
    </message>
    <message>
        <source>line {line}</source>
        <translation>ligne {line}</translation>
    </message>
    <message>
        <source>The file&apos;s character set was guessed as {encoding}.</source>
        <translation>Le jeu de caractères du fichier a été deviné&#xa0;: {encoding}.</translation>
    </message>
    <message>
        <source>card {number}</source>
        <translation>fiche {number}</translation>
    </message>
    <message>
        <source>{value}: {message}</source>
        <translation>{value}&#xa0;: {message}</translation>
    </message>
    <message>
        <source>The plan has no record {value} to leave out.</source>
        <translation>Le plan ne contient pas d’enregistrement {value} à ignorer.</translation>
    </message>
    <message>
        <source>name</source>
        <extracomment>the vendor fields a column can be mapped to, in the order the import dialog lists them joins the columns of one field, e.g. the contact person &quot;first_name + last_name&quot; the fields as messages name them (&quot;line 4, column &apos;Homepage&apos; (website)&quot;), marked for translation</extracomment>
        <translation>nom</translation>
    </message>
    <message>
        <source>website</source>
        <translation>site web</translation>
    </message>
    <message>
        <source>category</source>
        <translation>catégorie</translation>
    </message>
    <message>
        <source>email</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>téléphone</translation>
    </message>
    <message>
        <source>address</source>
        <translation>adresse</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notes</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>étiquettes</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>contact</translation>
    </message>
    <message>
        <source>title</source>
        <translation>titre</translation>
    </message>
    <message>
        <source>The CSV file is empty.</source>
        <extracomment>`cancelled()` is asked every this many records or drafts inside one step True when the file did not say its character set and `encoding` is a guess the 1-based line in the file where each row starts (rows may span lines) the line in the file where each draft&apos;s row starts one message per row left out, naming its line, column and field how many vault vendors it looks like (`vendor_id` is the first of them); 0 for a draft that repeats an earlier one</extracomment>
        <translation>Le fichier CSV est vide.</translation>
    </message>
    <message>
        <source>Line {line}: the header has {value} columns; MyVendors reads at most {MAX_COLUMNS}.</source>
        <translation>Ligne {line}&#xa0;: l’en-tête compte {value} colonnes&#x202f;; MyVendors en lit au plus {MAX_COLUMNS}.</translation>
    </message>
    <message>
        <source>The CSV file has more than {MAX_ROWS:,} rows; split it into smaller files.</source>
        <translation>Le fichier CSV compte plus de {MAX_ROWS:,} lignes&#x202f;; divisez-le en fichiers plus petits.</translation>
    </message>
    <message>
        <source>The CSV file is empty: it has no header row.</source>
        <translation>Le fichier CSV est vide&#xa0;: il n’a pas de ligne d’en-tête.</translation>
    </message>
    <message>
        <source>Line {start}: the CSV file cannot be read there ({error}). Check the quotes on that line.</source>
        <translation>Ligne {start}&#xa0;: le fichier CSV est illisible à cet endroit ({error}). Vérifiez les guillemets sur cette ligne.</translation>
    </message>
    <message>
        <source>{value!r} is not a vendor field; the fields are {value2}.</source>
        <translation>{value!r} n’est pas un champ de fournisseur&#x202f;; les champs sont&#xa0;: {value2}.</translation>
    </message>
    <message>
        <source>The file has no column {column!r} (chosen for the {field_}).</source>
        <translation>Le fichier n’a pas de colonne {column!r} (choisie pour le champ {field_}).</translation>
    </message>
    <message>
        <source>Choose the column that holds the vendor&apos;s name.</source>
        <translation>Choisissez la colonne qui contient le nom du fournisseur.</translation>
    </message>
    <message>
        <source>Line {line} has {value} fields but the header has {width}: a quote is probably missing or a value holds an unquoted delimiter.</source>
        <translation>La ligne {line} compte {value} champs, mais l’en-tête en compte {width}&#xa0;: il manque probablement un guillemet, ou une valeur contient un séparateur sans guillemets.</translation>
    </message>
    <message>
        <source>line {line}, column {column!r} ({field_})</source>
        <translation>ligne {line}, colonne {column!r} ({field_})</translation>
    </message>
    <message>
        <source>line {line} ({field_})</source>
        <translation>ligne {line} ({field_})</translation>
    </message>
    <message>
        <source>In {where}: {message}</source>
        <translation>Dans {where}&#xa0;: {message}</translation>
    </message>
    <message>
        <source>entry {number} in this file</source>
        <translation>l’entrée {number} de ce fichier</translation>
    </message>
    <message>
        <source>{why} as {name!r}, {where}.</source>
        <translation>{why} que {name!r}, {where}.</translation>
    </message>
    <message>
        <source>The same name and the same website ({host})</source>
        <translation>Le même nom et le même site web ({host})</translation>
    </message>
    <message>
        <source>The same name</source>
        <translation>Le même nom</translation>
    </message>
    <message>
        <source>The same website ({host})</source>
        <translation>Le même site web ({host})</translation>
    </message>
    <message>
        <source>{why} as {name!r}, already in the vault.</source>
        <translation>{why} que {name!r}, déjà dans le coffre.</translation>
    </message>
    <message>
        <source>{why} as {name!r} and one other vendor already in the vault.</source>
        <translation>{why} que {name!r} et un autre fournisseur déjà dans le coffre.</translation>
    </message>
    <message>
        <source>{why} as {name!r} and {others} other vendors already in the vault.</source>
        <translation>{why} que {name!r} et {others} autres fournisseurs déjà dans le coffre.</translation>
    </message>
    <message>
        <source>The {what} is {value:.0f} MB; MyVendors imports files of up to {value2} MB. Split it into smaller files.</source>
        <extracomment>files larger than this are refused before they are read the Python codec that decoded the bytes, e.g. &quot;utf-8&quot;, &quot;utf-16&quot;, &quot;cp1252&quot; True when the file did not say and the encoding was guessed (tell the user which)</extracomment>
        <translation>Le {what} fait {value:.0f} Mo&#x202f;; MyVendors importe des fichiers de {value2} Mo au plus. Divisez-le en fichiers plus petits.</translation>
    </message>
    <message>
        <source>{name} is {size:.0f} MB; MyVendors imports files of up to {limit} MB. Split it into smaller files.</source>
        <translation>{name} fait {size:.0f} Mo&#x202f;; MyVendors importe des fichiers de {limit} Mo au plus. Divisez-le en fichiers plus petits.</translation>
    </message>
    <message>
        <source>{name} cannot be read: {reason}.</source>
        <translation>Impossible de lire {name}&#xa0;: {reason}.</translation>
    </message>
    <message>
        <source>This is not a {what}: line {line} holds binary data (character U+{ord:04X}).</source>
        <translation>Ce n’est pas un {what}&#xa0;: la ligne {line} contient des données binaires (caractère U+{ord:04X}).</translation>
    </message>
    <message>
        <source>{encoding!r} is not a character set MyVendors knows.</source>
        <translation>{encoding!r} n’est pas un jeu de caractères connu de MyVendors.</translation>
    </message>
    <message>
        <source>The {what} is not in {encoding}: byte {value} cannot be read in that character set.</source>
        <translation>Le {what} n’est pas en {encoding}&#xa0;: l’octet {value} ne peut pas être lu dans ce jeu de caractères.</translation>
    </message>
    <message>
        <source>The {what} starts with a {upper} byte order mark but byte {value} is not {upper}: the file is damaged.</source>
        <translation>Le {what} commence par une marque d’ordre des octets {upper}, mais l’octet {value} n’est pas en {upper}&#xa0;: le fichier est endommagé.</translation>
    </message>
    <message>
        <source>This is not a {what}: it holds binary data.</source>
        <translation>Ce n’est pas un {what}&#xa0;: il contient des données binaires.</translation>
    </message>
    <message>
        <source>MyVendors cannot tell which character set the {what} uses. Save it as UTF-8 and import it again.</source>
        <translation>MyVendors ne parvient pas à déterminer le jeu de caractères du {what}. Enregistrez-le en UTF-8 et importez-le à nouveau.</translation>
    </message>
    <message>
        <source>Card {number} (line {line})</source>
        <extracomment>a card larger than this is left out unread (a vendor&apos;s card is a few KB; photos make it ~1 MB) `cancelled()` is asked every this many physical lines inside one step (splitting, unfolding) cards that could not be imported, e.g. &quot;Card 2 (line 7): it has no name (no ORG, FN or N).&quot; things imported with a caveat: a guessed character set, an unreadable line left out each draft&apos;s card number in the file (1-based; cards left out make gaps)</extracomment>
        <translation>Fiche {number} (ligne {line})</translation>
    </message>
    <message>
        <source>This is not a vCard file: it holds binary data.</source>
        <translation>Ce n’est pas un fichier vCard&#xa0;: il contient des données binaires.</translation>
    </message>
    <message>
        <source>This is not a vCard file: it has no BEGIN:VCARD line.</source>
        <translation>Ce n’est pas un fichier vCard&#xa0;: il n’a pas de ligne BEGIN:VCARD.</translation>
    </message>
    <message>
        <source>The file has more than {MAX_CARDS:,} cards; split it into smaller files.</source>
        <translation>Le fichier compte plus de {MAX_CARDS:,} fiches&#x202f;; divisez-le en fichiers plus petits.</translation>
    </message>
    <message>
        <source>{label}: {reason}</source>
        <translation>{label}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>{label}: the card does not say its character set; it was read as {encoding}.</source>
        <translation>{label}&#xa0;: la fiche n’indique pas son jeu de caractères&#x202f;; elle a été lue en {encoding}.</translation>
    </message>
    <message>
        <source>the file ends inside this card (END:VCARD is missing); the file may be cut short.</source>
        <translation>le fichier se termine au milieu de cette fiche (END:VCARD manquant)&#x202f;; il est peut-être tronqué.</translation>
    </message>
    <message>
        <source>the card is {value:.1f} MB; MyVendors reads cards of up to {MAX_CARD_MB} MB, so it was left out.</source>
        <translation>la fiche fait {value:.1f} Mo&#x202f;; MyVendors lit des fiches de {MAX_CARD_MB} Mo au plus, elle a donc été ignorée.</translation>
    </message>
    <message>
        <source>vobject cannot read it ({name}: {error}).</source>
        <translation>vobject ne parvient pas à la lire ({name}&#xa0;: {error}).</translation>
    </message>
    <message>
        <source>it is not a vCard.</source>
        <translation>ce n’est pas une vCard.</translation>
    </message>
    <message>
        <source>{label}: a line that is not a property was left out: {value!r}.</source>
        <translation>{label}&#xa0;: une ligne qui n’est pas une propriété a été ignorée&#xa0;: {value!r}.</translation>
    </message>
    <message>
        <source>{label}: {name} does not say its character set; it was read as {FALLBACK_CHARSET}.</source>
        <translation>{label}&#xa0;: {name} n’indique pas son jeu de caractères&#x202f;; lu en {FALLBACK_CHARSET}.</translation>
    </message>
    <message>
        <source>{label}: {name} is not in the character set it declares and was left out.</source>
        <translation>{label}&#xa0;: {name} n’est pas dans le jeu de caractères déclaré et a été ignoré.</translation>
    </message>
    <message>
        <source>{label}: {name} cannot be read and was left out ({error}).</source>
        <translation>{label}&#xa0;: {name} est illisible et a été ignoré ({error}).</translation>
    </message>
    <message>
        <source>it has no name (no ORG, FN or N).</source>
        <translation>elle n’a pas de nom (ni ORG, ni FN, ni N).</translation>
    </message>
    <message>
        <source>{label} ({name}): {message} It was left out.</source>
        <translation>{label} ({name})&#xa0;: {message} Elle a été ignorée.</translation>
    </message>
    <message>
        <source>its values cannot be read.</source>
        <translation>ses valeurs sont illisibles.</translation>
    </message>
    <message>
        <source>The window is between 1 and 3660 days.</source>
        <translation>La période est comprise entre 1 et 3660 jours.</translation>
    </message>
    <message>
        <source>The drop is between 0 and 4 points.</source>
        <translation>La baisse est comprise entre 0 et 4 points.</translation>
    </message>
    <message>
        <source>Between 0 and 50 categories.</source>
        <translation>Entre 0 et 50 catégories.</translation>
    </message>
    <message>
        <source>{address} is not an e-mail address.</source>
        <extracomment>where the headers name the address a message was for, in the order they are trusted: what the receiving server wrote first, then what the sender wrote, then the servers&apos; &quot;for &lt;…&gt;&quot;</extracomment>
        <translation>{address} n’est pas une adresse e-mail.</translation>
    </message>
    <message>
        <source>Write the phone number {address} with its country code, e.g. +49 170 1234567.</source>
        <translation>Écrivez le numéro de téléphone {address} avec son indicatif pays, par ex. +49 170 1234567.</translation>
    </message>
    <message>
        <source>{address} is not a phone number: with its country code it has 7 to 15 digits.</source>
        <translation>{address} n’est pas un numéro de téléphone&#xa0;: avec l’indicatif pays, il compte de 7 à 15 chiffres.</translation>
    </message>
    <message>
        <source>An alias is an e-mail address or a phone number, not {kind!r}.</source>
        <translation>Un alias est une adresse e-mail ou un numéro de téléphone, pas {kind!r}.</translation>
    </message>
    <message>
        <source>{address} is none of your aliases (alias list shows them).</source>
        <extracomment>words a vendor&apos;s name often ends in that say nothing about which vendor it is</extracomment>
        <translation>{address} ne fait pas partie de vos alias (la commande alias list les affiche).</translation>
    </message>
    <message>
        <source>{address} is your own address from your profile, not an alias given to one vendor.</source>
        <translation>{address} est votre propre adresse, issue de votre profil, et non un alias attribué à un fournisseur.</translation>
    </message>
    <message>
        <source>{address} is already {name}&apos;s alias.</source>
        <translation>{address} est déjà l’alias de {name}.</translation>
    </message>
    <message>
        <source>{address} is already {name}&apos;s alias: an alias is given to one vendor only.</source>
        <translation>{address} est déjà l’alias de {name}&#xa0;: un alias n’est attribué qu’à un seul fournisseur.</translation>
    </message>
    <message>
        <source>No package {package_id} was sent to this vendor.</source>
        <translation>Aucun paquet {package_id} n’a été envoyé à ce fournisseur.</translation>
    </message>
    <message>
        <source>{address} has {count} leak(s) recorded; they are your evidence, so the alias stays: retire it instead.</source>
        <translation>{address} compte {count} fuite(s) enregistrée(s)&#x202f;; ce sont vos preuves, l’alias est donc conservé&#xa0;: retirez-le plutôt.</translation>
    </message>
    <message>
        <source>Those headers are too long (at most {limit} characters).</source>
        <translation>Ces en-têtes sont trop longs ({limit} caractères au plus).</translation>
    </message>
    <message>
        <source>That is not a message&apos;s headers: paste them from your mail program&apos;s “show original” or “view source”, starting with lines such as Received: or From:.</source>
        <translation>Ce ne sont pas les en-têtes d’un message&#xa0;: copiez-les depuis l’option «&#xa0;Afficher l’original&#xa0;» ou «&#xa0;Afficher la source&#xa0;» de votre messagerie, en commençant par des lignes comme Received: ou From:.</translation>
    </message>
    <message>
        <source>These headers are not addressed to {alias}; the addresses in them: {seen}.</source>
        <translation>Ces en-têtes ne sont pas adressés à {alias}&#x202f;; adresses qu’ils contiennent&#xa0;: {seen}.</translation>
    </message>
    <message>
        <source>These headers name none of your aliases. The addresses in them: {seen}. Add the alias to its vendor first, or record the leak by hand.</source>
        <translation>Ces en-têtes ne mentionnent aucun de vos alias. Adresses qu’ils contiennent&#xa0;: {seen}. Ajoutez d’abord l’alias à son fournisseur, ou enregistrez la fuite manuellement.</translation>
    </message>
    <message>
        <source>These headers are recorded already: leak {id} of {name}, seen on {day}.</source>
        <translation>Ces en-têtes sont déjà enregistrés&#xa0;: fuite {id} de {name}, constatée le {day}.</translation>
    </message>
    <message>
        <source>{address} is an e-mail address: a leak of it came by e-mail.</source>
        <translation>{address} est une adresse e-mail&#xa0;: une fuite de celle-ci est arrivée par e-mail.</translation>
    </message>
    <message>
        <source>{address} is a phone number: a leak of it came by phone call or SMS.</source>
        <translation>{address} est un numéro de téléphone&#xa0;: une fuite de celui-ci est arrivée par appel ou SMS.</translation>
    </message>
    <message>
        <source>A leak needs the day it was seen.</source>
        <translation>Une fuite doit indiquer le jour où elle a été constatée.</translation>
    </message>
    <message>
        <source>A leak cannot be seen after today.</source>
        <translation>Une fuite ne peut pas être constatée après aujourd’hui.</translation>
    </message>
    <message>
        <source>Say who used the alias: a company, a sender&apos;s address or a caller&apos;s number.</source>
        <translation>Indiquez qui a utilisé l’alias&#xa0;: une entreprise, l’adresse d’un expéditeur ou le numéro d’un appelant.</translation>
    </message>
    <message>
        <source>Requests can cite GDPR or CCPA, not {law!r}.</source>
        <translation>Les demandes peuvent invoquer le RGPD ou le CCPA, pas {law!r}.</translation>
    </message>
    <message>
        <source>A letter can be written in {languages}; not {code!r}.</source>
        <translation>Une lettre peut être rédigée en {languages}&#x202f;; pas en {code!r}.</translation>
    </message>
    <message>
        <source>A letter can carry {fields}; not {value}.</source>
        <translation>Une lettre peut contenir {fields}&#x202f;; pas {value}.</translation>
    </message>
    <message>
        <source>Your profile has no {value} to put in the letter: fill it in first.</source>
        <translation>Votre profil ne contient pas de {value} à mettre dans la lettre&#xa0;: renseignez-le d’abord.</translation>
    </message>
    <message>
        <source>A currency is a three-letter ISO 4217 code such as EUR or USD, not {code!r}.</source>
        <translation>Une devise est un code ISO 4217 à trois lettres, comme EUR ou USD, pas {code!r}.</translation>
    </message>
    <message>
        <source>{amount!r} is not an amount (use digits and a decimal point, e.g. 12.99).</source>
        <translation>{amount!r} n’est pas un montant (utilisez des chiffres et un point décimal, par ex. 12.99).</translation>
    </message>
    <message>
        <source>{amount!r} is not an amount.</source>
        <translation>{amount!r} n’est pas un montant.</translation>
    </message>
    <message>
        <source>{code} has {exponent} decimal places; {amount} has more.</source>
        <translation>{code} a {exponent} décimales&#x202f;; {amount} en a davantage.</translation>
    </message>
    <message>
        <source>{amount} is too large an amount.</source>
        <translation>Le montant {amount} est trop élevé.</translation>
    </message>
    <message>
        <source>No recurring charge is proposed with the id {ident!r} (it may have been accepted or dismissed); `myvendors recurring` lists the proposals and their ids.</source>
        <translation>Aucun prélèvement récurrent n’est proposé avec l’identifiant {ident!r} (il a peut-être été accepté ou écarté)&#x202f;; `myvendors recurring` affiche les propositions et leurs identifiants.</translation>
    </message>
    <message>
        <source>The agreement must be with the vendor that charged it.</source>
        <translation>L’engagement doit être lié au fournisseur qui a effectué le prélèvement.</translation>
    </message>
    <message>
        <source>Reminders are given in whole days before the date, from 0 to {maximum}.</source>
        <translation>Les rappels s’indiquent en jours entiers avant la date, de 0 à {maximum}.</translation>
    </message>
    <message>
        <source>There is no reminder {key!r}.</source>
        <translation>Il n’existe pas de rappel {key!r}.</translation>
    </message>
    <message>
        <source>A note needs a date.</source>
        <translation>Un avis doit avoir une date.</translation>
    </message>
    <message>
        <source>Ratings are for {value}; not {value2!r}.</source>
        <translation>Les notes portent sur {value}&#x202f;; pas sur {value2!r}.</translation>
    </message>
    <message>
        <source>The {dimension} rating is a whole number from 1 to 5.</source>
        <translation>La note «&#xa0;{dimension}&#xa0;» est un nombre entier de 1 à 5.</translation>
    </message>
    <message>
        <source>A note needs some text or at least one rating.</source>
        <translation>Un avis doit contenir du texte ou au moins une note.</translation>
    </message>
    <message>
        <source>Notes have no field {value!r}.</source>
        <translation>Les avis n’ont pas de champ {value!r}.</translation>
    </message>
    <message>
        <source>A request needs a title: what do you want?</source>
        <translation>Une demande doit avoir un titre&#xa0;: que souhaitez-vous&#x202f;?</translation>
    </message>
    <message>
        <source>Both ends of the budget must be in the same currency.</source>
        <translation>Les deux bornes du budget doivent être dans la même devise.</translation>
    </message>
    <message>
        <source>The budget&apos;s maximum is below its minimum.</source>
        <translation>Le maximum du budget est inférieur à son minimum.</translation>
    </message>
    <message>
        <source>A budget cannot be negative.</source>
        <translation>Un budget ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>A fulfilled request can no longer be changed.</source>
        <translation>Une demande satisfaite ne peut plus être modifiée.</translation>
    </message>
    <message>
        <source>Requests have no field {value!r}.</source>
        <translation>Les demandes n’ont pas de champ {value!r}.</translation>
    </message>
    <message>
        <source>A request&apos;s status is one of {value}.</source>
        <translation>Le statut d’une demande est l’un des suivants&#xa0;: {value}.</translation>
    </message>
    <message>
        <source>A {value} request cannot become {value2} (it can become: {allowed}).</source>
        <translation>Une demande au statut {value} ne peut pas passer au statut {value2} (statuts possibles&#xa0;: {allowed}).</translation>
    </message>
    <message>
        <source>A request is fulfilled by accepting one of its offers.</source>
        <translation>Une demande est satisfaite lorsqu’on accepte l’une de ses offres.</translation>
    </message>
    <message>
        <source>This request is withdrawn: it takes no offers. Make it a draft again before you share it.</source>
        <translation>Cette demande est retirée&#xa0;: elle n’accepte aucune offre. Repassez-la en brouillon avant de la partager.</translation>
    </message>
    <message>
        <source>This request is fulfilled: an offer was accepted, so it takes no more. Write a new request instead.</source>
        <translation>Cette demande est satisfaite&#xa0;: une offre a été acceptée, elle n’en reçoit donc plus. Rédigez plutôt une nouvelle demande.</translation>
    </message>
    <message>
        <source>This request is {value}; it takes no more offers.</source>
        <translation>Cette demande est au statut {value}&#x202f;; elle ne reçoit plus d’offres.</translation>
    </message>
    <message>
        <source>An offer names its vendor or at least its sender.</source>
        <translation>Une offre indique son fournisseur, ou au moins son expéditeur.</translation>
    </message>
    <message>
        <source>Only an open request&apos;s offers can be accepted; this one is {value}.</source>
        <translation>Seules les offres d’une demande ouverte peuvent être acceptées&#x202f;; celle-ci est au statut {value}.</translation>
    </message>
    <message>
        <source>{value} is not a domain name such as anna.example.</source>
        <translation>{value} n’est pas un nom de domaine comme anna.example.</translation>
    </message>
    <message>
        <source>Write each rate as a currency code and what one unit is worth, e.g. “USD 0.92; GBP 1.17”; not {text!r}.</source>
        <translation>Indiquez chaque taux sous la forme d’un code de devise suivi de la valeur d’une unité, par ex. «&#xa0;USD 0.92; GBP 1.17&#xa0;»&#x202f;; pas {text!r}.</translation>
    </message>
    <message>
        <source>The rate for {code} must be more than 0 and less than a billion.</source>
        <translation>Le taux pour {code} doit être supérieur à 0 et inférieur à un milliard.</translation>
    </message>
    <message>
        <source>{code} has two rates; give one.</source>
        <translation>{code} a deux taux&#x202f;; n’en indiquez qu’un.</translation>
    </message>
    <message>
        <source>There is no setting called {key!r}.</source>
        <translation>Il n’existe pas de paramètre nommé {key!r}.</translation>
    </message>
    <message>
        <source>{label} is on or off (true or false).</source>
        <translation>{label} est activé ou désactivé (true ou false).</translation>
    </message>
    <message>
        <source>{label}: whole numbers of days from 0 to {maximum}, separated by commas (e.g. 14, 3, 0).</source>
        <translation>{label}&#xa0;: nombres entiers de jours de 0 à {maximum}, séparés par des virgules (par ex. 14, 3, 0).</translation>
    </message>
    <message>
        <source>{label} must be a whole number.</source>
        <translation>{label} doit être un nombre entier.</translation>
    </message>
    <message>
        <source>{label} must be {kind}.</source>
        <translation>{label} doit être {kind}.</translation>
    </message>
    <message>
        <source>{label} must be at least {minimum}.</source>
        <translation>{label} doit être au moins égal à {minimum}.</translation>
    </message>
    <message>
        <source>{label} must be at most {maximum}.</source>
        <translation>{label} doit être au plus égal à {maximum}.</translation>
    </message>
    <message>
        <source>{label} is one of {known}; not {coerced!r}.</source>
        <translation>{label} est l’une des valeurs {known}&#x202f;; pas {coerced!r}.</translation>
    </message>
    <message>
        <source>{label}: that is not a folder name.</source>
        <translation>{label}&#xa0;: ce n’est pas un nom de dossier.</translation>
    </message>
    <message>
        <source>{label} must be a full path (it starts at the top of a drive).</source>
        <translation>{label} doit être un chemin complet (qui part de la racine d’un lecteur).</translation>
    </message>
    <message>
        <source>{label}: {folder} is a file, not a folder.</source>
        <translation>{label}&#xa0;: {folder} est un fichier, pas un dossier.</translation>
    </message>
    <message>
        <source>{label} is kept {where}.</source>
        <translation>{label} est conservé {where}.</translation>
    </message>
    <message>
        <source>{label} needs an unlocked vault.</source>
        <translation>{label} nécessite un coffre déverrouillé.</translation>
    </message>
    <message>
        <source>The document is larger than {limit} bytes, more than any answer or package can be: it is not read.</source>
        <translation>Le document dépasse {limit} octets, plus que ne peut peser une réponse ou un paquet&#xa0;: il n’est pas lu.</translation>
    </message>
    <message>
        <source>The document nests objects and arrays more than {limit} levels deep, which no answer does: it is not read.</source>
        <translation>Le document imbrique des objets et des tableaux sur plus de {limit} niveaux, ce qu’aucune réponse ne fait&#xa0;: il n’est pas lu.</translation>
    </message>
    <message>
        <source>The {what} is not readable base64url JSON: the document was altered or cut.</source>
        <translation>Le {what} n’est pas du JSON base64url lisible&#xa0;: le document a été altéré ou tronqué.</translation>
    </message>
    <message>
        <source>The {what} is not a JSON object.</source>
        <translation>Le {what} n’est pas un objet JSON.</translation>
    </message>
    <message>
        <source>The {what} asks for compression (zip), which is not accepted: a small compressed document can expand to an enormous one.</source>
        <translation>Le {what} demande une compression (zip), qui n’est pas acceptée&#xa0;: un petit document compressé peut se décompresser en un document énorme.</translation>
    </message>
    <message>
        <source>This is not a signed document: expected a compact JWS (three parts separated by dots) or a JWE (five).</source>
        <translation>Ce n’est pas un document signé&#xa0;: un JWS compact (trois parties séparées par des points) ou un JWE (cinq) était attendu.</translation>
    </message>
    <message>
        <source>A part of the document is not written as base64url is (padding, or bits that do not belong): it was altered.</source>
        <translation>Une partie du document n’est pas écrite comme l’exige base64url (remplissage, ou bits en trop)&#xa0;: elle a été altérée.</translation>
    </message>
    <message>
        <source>This document is encrypted to a key that is not one of your pseudonyms: it was not sent to you (or it is a package you sent, which only its recipient can read).</source>
        <translation>Ce document est chiffré pour une clé qui ne fait pas partie de vos pseudonymes&#xa0;: il ne vous a pas été envoyé (ou c’est un paquet que vous avez envoyé, que seul son destinataire peut lire).</translation>
    </message>
    <message>
        <source>The encrypted document could not be decrypted: it was altered on the way ({name}).</source>
        <translation>Impossible de déchiffrer le document chiffré&#xa0;: il a été altéré en chemin ({name}).</translation>
    </message>
    <message>
        <source>The encrypted document holds no signed document.</source>
        <translation>Le document chiffré ne contient aucun document signé.</translation>
    </message>
    <message>
        <source>This document is encrypted without naming a key, and none of your keys for packages still open decrypts it: it was not sent to you, or it was altered on the way.</source>
        <translation>Ce document est chiffré sans indiquer de clé, et aucune de vos clés pour les paquets encore ouverts ne le déchiffre&#xa0;: il ne vous a pas été envoyé, ou il a été altéré en chemin.</translation>
    </message>
    <message>
        <source>The signature does not verify: the document was altered after it was signed, or signed by another key ({name}).</source>
        <translation>La signature n’est pas valide&#xa0;: le document a été altéré après sa signature, ou signé par une autre clé ({name}).</translation>
    </message>
    <message>
        <source>The signed content is not JSON.</source>
        <translation>Le contenu signé n’est pas du JSON.</translation>
    </message>
    <message>
        <source>The signed content is not a JSON object.</source>
        <translation>Le contenu signé n’est pas un objet JSON.</translation>
    </message>
    <message>
        <source>The package does not follow its schema at {where}: {message}</source>
        <translation>Le paquet ne respecte pas son schéma à l’emplacement {where}&#xa0;: {message}</translation>
    </message>
    <message>
        <source>The document does not follow the vendor-document schema at {where}: {message}</source>
        <translation>Le document ne respecte pas le schéma des documents de fournisseur à l’emplacement {where}&#xa0;: {message}</translation>
    </message>
    <message>
        <source>The document says it was issued at {value}, which is still to come: it is not taken (check this computer&apos;s clock if that is wrong).</source>
        <translation>Le document indique avoir été émis le {value}, une date encore à venir&#xa0;: il n’est pas accepté (vérifiez l’horloge de cet ordinateur si elle est erronée).</translation>
    </message>
    <message>
        <source>The document&apos;s {key} is not a date and time with its offset from UTC (RFC 3339, such as 2026-12-01T09:30:00Z): {value}</source>
        <translation>Le champ {key} du document n’est pas une date et une heure avec son décalage par rapport à UTC (RFC 3339, par ex. 2026-12-01T09:30:00Z)&#xa0;: {value}</translation>
    </message>
    <message>
        <source>The document carries no key and names none on file: it cannot be verified, so it is not taken.</source>
        <translation>Le document ne contient aucune clé et n’en désigne aucune qui soit enregistrée&#xa0;: il ne peut pas être vérifié, il n’est donc pas accepté.</translation>
    </message>
    <message>
        <source>The document expired on {value}: ask the vendor for a fresh one.</source>
        <translation>Le document a expiré le {value}&#xa0;: demandez-en un nouveau au fournisseur.</translation>
    </message>
    <message>
        <source>Document {value} was imported before: a copy is not taken twice.</source>
        <translation>Le document {value} a déjà été importé&#xa0;: une copie n’est pas acceptée deux fois.</translation>
    </message>
    <message>
        <source>It answers {value}, which was not sent from this vault.</source>
        <translation>Il répond à {value}, qui n’a pas été envoyé depuis ce coffre.</translation>
    </message>
    <message>
        <source>It is addressed to a different pseudonym than the one that package went out under: it is not for you, or not about that package.</source>
        <translation>Il est adressé à un autre pseudonyme que celui sous lequel ce paquet a été envoyé&#xa0;: il ne vous est pas destiné, ou ne concerne pas ce paquet.</translation>
    </message>
    <message>
        <source>An offer answers a personal request; this one answers another kind of package.</source>
        <translation>Une offre répond à une demande personnelle&#x202f;; celle-ci répond à un autre type de paquet.</translation>
    </message>
    <message>
        <source>The encrypted document holds another encrypted document, not a signed one.</source>
        <translation>Le document chiffré contient un autre document chiffré, et non un document signé.</translation>
    </message>
    <message>
        <source>Signed with {get!r}: only Ed25519 (or EdDSA) signatures are accepted.</source>
        <translation>Signé avec {get!r}&#xa0;: seules les signatures Ed25519 (ou EdDSA) sont acceptées.</translation>
    </message>
    <message>
        <source>The package expired on {value}: ask its sender for a fresh one.</source>
        <translation>Le paquet a expiré le {value}&#xa0;: demandez-en un nouveau à son expéditeur.</translation>
    </message>
    <message>
        <source>The acknowledgement countersigns a different package than the one it names (SHA-256 differs).</source>
        <translation>L’accusé de réception contresigne un autre paquet que celui qu’il désigne (le SHA-256 diffère).</translation>
    </message>
    <message>
        <source>The acknowledgement names terms that package did not proffer ({terms}) and leaves out terms it did ({missing}): it is not taken.</source>
        <translation>L’accusé de réception mentionne des conditions que ce paquet ne proposait pas ({terms}) et en omet qu’il proposait ({missing})&#xa0;: il n’est pas accepté.</translation>
    </message>
    <message>
        <source>The acknowledgement names terms that package did not proffer: {terms}. It is not taken.</source>
        <translation>L’accusé de réception mentionne des conditions que ce paquet ne proposait pas&#xa0;: {terms}. Il n’est pas accepté.</translation>
    </message>
    <message>
        <source>The acknowledgement leaves out terms that package proffered: {terms}. It is not taken.</source>
        <translation>L’accusé de réception omet des conditions que ce paquet proposait&#xa0;: {terms}. Il n’est pas accepté.</translation>
    </message>
    <message>
        <source>The signature names a key that is not one of your pseudonyms.</source>
        <translation>La signature désigne une clé qui ne fait pas partie de vos pseudonymes.</translation>
    </message>
    <message>
        <source>That key is on file for another vendor: the document is not taken.</source>
        <translation>Cette clé est enregistrée pour un autre fournisseur&#xa0;: le document n’est pas accepté.</translation>
    </message>
    <message>
        <source>That key is on file for {value!r}, but the document says it comes from {name!r}.</source>
        <translation>Cette clé est enregistrée pour {value!r}, mais le document indique provenir de {name!r}.</translation>
    </message>
    <message>
        <source>The document says it comes from {name!r}, which is {known!r} to you, but the key on file for {known!r} (first seen {value}) did not sign it: it may come from someone else using that name. Take it only if you know {known} changed its key: then accept the key change (the old key is kept in your ledger as replaced).</source>
        <translation>Le document indique provenir de {name!r}, que vous connaissez sous le nom {known!r}, mais la clé enregistrée pour {known!r} (vue pour la première fois le {value}) ne l’a pas signé&#xa0;: il provient peut-être de quelqu’un d’autre utilisant ce nom. Ne l’acceptez que si vous savez que {known} a changé de clé&#xa0;: acceptez alors le changement de clé (l’ancienne clé est conservée dans votre registre comme remplacée).</translation>
    </message>
    <message>
        <source>That is a package you sent, not a vendor&apos;s answer: there is nothing to import.</source>
        <translation>C’est un paquet que vous avez envoyé, et non la réponse d’un fournisseur&#xa0;: il n’y a rien à importer.</translation>
    </message>
    <message>
        <source>This offer was signed by another key than the one on file for that vendor (first seen {value}): it is not accepted for it.</source>
        <translation>Cette offre a été signée par une autre clé que celle enregistrée pour ce fournisseur (vue pour la première fois le {value})&#xa0;: elle n’est pas acceptée pour lui.</translation>
    </message>
    <message>
        <source>The offer&apos;s price is not usable: {exc}</source>
        <translation>Le prix de l’offre n’est pas utilisable&#xa0;: {exc}</translation>
    </message>
    <message>
        <source>{text!r} names no relationship: write vendor:ID, request:ID or contact:NAME (for example vendor:12).</source>
        <translation>{text!r} ne désigne aucune relation&#xa0;: écrivez vendor:ID, request:ID ou contact:NOM (par exemple vendor:12).</translation>
    </message>
    <message>
        <source>Name the trusted contact (at most 200 characters).</source>
        <translation>Indiquez le nom du contact de confiance (200 caractères au plus).</translation>
    </message>
    <message>
        <source>There is no vendor with id {id}.</source>
        <translation>Il n’existe pas de fournisseur avec l’identifiant {id}.</translation>
    </message>
    <message>
        <source>There is no request with id {id}.</source>
        <translation>Il n’existe pas de demande avec l’identifiant {id}.</translation>
    </message>
    <message>
        <source>That pseudonym is not in this vault.</source>
        <translation>Ce pseudonyme ne figure pas dans ce coffre.</translation>
    </message>
    <message>
        <source>That is not a usable JWK{detail_}.</source>
        <translation>Ce n’est pas une clé JWK utilisable{detail_}.</translation>
    </message>
    <message>
        <source>That key is {get}/{get2}; an OKP {want} key is needed to {value}.</source>
        <translation>Cette clé est de type {get}/{get2}&#x202f;; une clé OKP {want} est nécessaire pour {value}.</translation>
    </message>
    <message>
        <source>That JWK holds a private key: only the public part may be shared.</source>
        <translation>Cette clé JWK contient une clé privée&#xa0;: seule la partie publique peut être partagée.</translation>
    </message>
    <message>
        <source>A ledger entry must be plain JSON: {exc}</source>
        <translation>Une entrée du registre doit être du JSON simple&#xa0;: {exc}</translation>
    </message>
    <message>
        <source>Your profile has no field {value}; fields: {value2}.</source>
        <extracomment>(profile field, alias): for this one share the field&apos;s value is an alias given to this vendor alone (domain/leaks.py), recorded with the package; profile and disclosed fields, e-mail or phone aliases it gives the vendor that are new to the vault: recorded with the package when it is shared</extracomment>
        <translation>Votre profil n’a pas de champ {value}&#x202f;; champs&#xa0;: {value2}.</translation>
    </message>
    <message>
        <source>{value} is too long (at most 2000 characters).</source>
        <translation>{value} est trop long (2000 caractères au plus).</translation>
    </message>
    <message>
        <source>That is not an email address.</source>
        <translation>Ce n’est pas une adresse e-mail.</translation>
    </message>
    <message>
        <source>Your profile has no field {value}.</source>
        <translation>Votre profil n’a pas de champ {value}.</translation>
    </message>
    <message>
        <source>Your profile has no {value} to {what}: fill it in first.</source>
        <translation>Votre profil ne contient pas de {value} à {what}&#xa0;: renseignez-le d’abord.</translation>
    </message>
    <message>
        <source>An alias is given to a vendor, in a share with it.</source>
        <translation>Un alias est attribué à un fournisseur, lors d’un partage avec lui.</translation>
    </message>
    <message>
        <source>An alias stands in for your e-mail or phone number when you share it, once; not for {value}.</source>
        <translation>Un alias remplace votre adresse e-mail ou votre numéro de téléphone lorsque vous le partagez, une seule fois&#x202f;; pas {value}.</translation>
    </message>
    <message>
        <source>{address} is retired: it is no longer given out.</source>
        <translation>{address} est retiré&#xa0;: il n’est plus communiqué.</translation>
    </message>
    <message>
        <source>Choose the request to share.</source>
        <translation>Choisissez la demande à partager.</translation>
    </message>
    <message>
        <source>A request has no field {value}; fields: {value2}.</source>
        <translation>Une demande n’a pas de champ {value}&#x202f;; champs&#xa0;: {value2}.</translation>
    </message>
    <message>
        <source>A shared request always says what is wanted: its title goes with it.</source>
        <translation>Une demande partagée indique toujours ce qui est souhaité&#xa0;: son titre l’accompagne.</translation>
    </message>
    <message>
        <source>Choose the vendor it goes to.</source>
        <translation>Choisissez le fournisseur destinataire.</translation>
    </message>
    <message>
        <source>{name} is in the trash: restore it before sharing with it.</source>
        <translation>{name} est dans la corbeille&#xa0;: restaurez-le avant de partager avec lui.</translation>
    </message>
    <message>
        <source>Name the trusted contact the notes go to.</source>
        <translation>Indiquez le contact de confiance destinataire des avis.</translation>
    </message>
    <message>
        <source>Choose at least one note to share.</source>
        <translation>Choisissez au moins un avis à partager.</translation>
    </message>
    <message>
        <source>You have no notes of your own about those vendors.</source>
        <translation>Vous n’avez aucun avis personnel sur ces fournisseurs.</translation>
    </message>
    <message>
        <source>Only your own notes can be passed on, not what a contact told you.</source>
        <translation>Seuls vos propres avis peuvent être transmis, pas ce qu’un contact vous a confié.</translation>
    </message>
    <message>
        <source>No package {package_id} was sent from this vault.</source>
        <translation>Aucun paquet {package_id} n’a été envoyé depuis ce coffre.</translation>
    </message>
    <message>
        <source>Choose at least one field of your profile to share.</source>
        <translation>Choisissez au moins un champ de votre profil à partager.</translation>
    </message>
    <message>
        <source>Write the feedback first.</source>
        <translation>Rédigez d’abord le commentaire.</translation>
    </message>
    <message>
        <source>There is no kind of package called {kind!r}; kinds: {value}.</source>
        <translation>Il n’existe pas de type de paquet nommé {kind!r}&#x202f;; types&#xa0;: {value}.</translation>
    </message>
    <message>
        <source>Packages are signed with {value}, not {alg!r}.</source>
        <translation>Les paquets sont signés avec {value}, pas {alg!r}.</translation>
    </message>
    <message>
        <source>Choose at least one term: a share without terms makes no promise to hold to.</source>
        <translation>Choisissez au moins une condition&#xa0;: un partage sans conditions n’engage à rien.</translation>
    </message>
    <message>
        <source>A package is valid for 1 to 3650 days.</source>
        <translation>Un paquet est valable de 1 à 3650 jours.</translation>
    </message>
    <message>
        <source>A pseudonym per recipient is for a personal request; every vendor and contact has its own already.</source>
        <translation>Un pseudonyme par destinataire est réservé à une demande personnelle&#x202f;; chaque fournisseur et chaque contact a déjà le sien.</translation>
    </message>
    <message>
        <source>A personal request and notes for a contact go out without your real details.</source>
        <translation>Une demande personnelle et des avis destinés à un contact partent sans vos vraies coordonnées.</translation>
    </message>
    <message>
        <source>There is no term {term_id!r} in the library. Known terms: {known}.</source>
        <translation>La bibliothèque ne contient pas de condition {term_id!r}. Conditions connues&#xa0;: {known}.</translation>
    </message>
    <message>
        <source>{text!r}: set a parameter as NAME=NUMBER, for example {term_id}:days=30.</source>
        <translation>{text!r}&#xa0;: indiquez un paramètre sous la forme NOM=NOMBRE, par exemple {term_id}:days=30.</translation>
    </message>
    <message>
        <source>{term_id} and {value} say different things about the same matter ({group}): choose one of them.</source>
        <translation>{term_id} et {value} disent des choses différentes sur le même point ({group})&#xa0;: choisissez l’une des deux.</translation>
    </message>
    <message>
        <source>{term_id} has no parameter {value}.</source>
        <translation>{term_id} n’a pas de paramètre {value}.</translation>
    </message>
    <message>
        <source>{term_id}: {lower} must be between {minimum} and {maximum}, not {value}.</source>
        <translation>{term_id}&#xa0;: {lower} doit être compris entre {minimum} et {maximum}, pas {value}.</translation>
    </message>
    <message>
        <source>Choose one plain choice, not {value}.</source>
        <translation>Choisissez une option simple, pas {value}.</translation>
    </message>
    <message>
        <source>There is no term {term_id!r} in the library, and no plain choice of that name for a {kind}. Plain choices: {value}. Known terms: {value2}.</source>
        <translation>La bibliothèque ne contient pas de condition {term_id!r}, ni d’option simple de ce nom pour un {kind}. Options simples&#xa0;: {value}. Conditions connues&#xa0;: {value2}.</translation>
    </message>
    <message>
        <source>Show between {low} and {high} months.</source>
        <translation>Affichez entre {low} et {high} mois.</translation>
    </message>
    <message>
        <source>Name between 0 and {high} vendors.</source>
        <translation>Indiquez entre 0 et {high} fournisseurs.</translation>
    </message>
    <message>
        <source>A statement CSV needs its columns mapped (date, amount, payee).</source>
        <extracomment>lines written per executemany batch; progress and cancel are checked between batches the time of day a line&apos;s payment is recorded at: noon UTC keeps the bank&apos;s date in every time zone but the farthest the channel of every payment a statement brings in a payment&apos;s note is at most this long, as for every interaction (domain._convert.text)</extracomment>
        <translation>Les colonnes d’un relevé CSV doivent être associées (date, montant, bénéficiaire).</translation>
    </message>
    <message>
        <source>The statement has no payee {key!r}.</source>
        <translation>Le relevé n’a pas de bénéficiaire {key!r}.</translation>
    </message>
    <message>
        <source>There is no vendor with id {record_id} (chosen for {payee}).</source>
        <translation>Il n’existe pas de fournisseur avec l’identifiant {record_id} (choisi pour {payee}).</translation>
    </message>
    <message>
        <source>The new vendor for {payee}: {message}</source>
        <translation>Le nouveau fournisseur pour {payee}&#xa0;: {message}</translation>
    </message>
    <message>
        <source>statement CSV file</source>
        <translation>fichier CSV de relevé</translation>
    </message>
    <message>
        <source>This CSV file is damaged at line {line}: {reason}</source>
        <extracomment>the date formats tried, most common first; a column&apos;s candidates are those that read every value</extracomment>
        <translation>Ce fichier CSV est endommagé à la ligne {line}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>This is not a statement: a statement CSV has rows of at least two columns (date, amount, …).</source>
        <translation>Ce n’est pas un relevé&#xa0;: un relevé CSV a des lignes d’au moins deux colonnes (date, montant, …).</translation>
    </message>
    <message>
        <source>Say which column holds the amount, or the debit and credit columns.</source>
        <translation>Indiquez la colonne qui contient le montant, ou les colonnes de débit et de crédit.</translation>
    </message>
    <message>
        <source>Say which date format the file uses.</source>
        <translation>Indiquez le format de date utilisé par le fichier.</translation>
    </message>
    <message>
        <source>The decimal mark is a comma or a point, not {mark!r}.</source>
        <translation>Le séparateur décimal est une virgule ou un point, pas {mark!r}.</translation>
    </message>
    <message>
        <source>The file has no currency column: say which currency its amounts are in (--currency).</source>
        <translation>Le fichier n’a pas de colonne de devise&#xa0;: indiquez la devise de ses montants (--currency).</translation>
    </message>
    <message>
        <source>Line {line}: {value!r} is not a date in the format {format}.</source>
        <translation>Ligne {line}&#xa0;: {value!r} n’est pas une date au format {format}.</translation>
    </message>
    <message>
        <source>Line {line}: {value!r} is not an amount.</source>
        <translation>Ligne {line}&#xa0;: {value!r} n’est pas un montant.</translation>
    </message>
    <message>
        <source>Line {line}: {message}</source>
        <translation>Ligne {line}&#xa0;: {message}</translation>
    </message>
    <message>
        <source>Line {line} names no payee.</source>
        <translation>La ligne {line} n’indique aucun bénéficiaire.</translation>
    </message>
    <message>
        <source>OFX statement</source>
        <translation>relevé OFX</translation>
    </message>
    <message>
        <source>This is not an OFX statement: it has no &lt;OFX&gt; element.</source>
        <translation>Ce n’est pas un relevé OFX&#xa0;: il n’a pas d’élément &lt;OFX&gt;.</translation>
    </message>
    <message>
        <source>The file has empty OFX elements; they were left out.</source>
        <translation>Le fichier contient des éléments OFX vides&#x202f;; ils ont été ignorés.</translation>
    </message>
    <message>
        <source>This OFX statement is damaged and cannot be read: {reason}</source>
        <translation>Ce relevé OFX est endommagé et ne peut pas être lu&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>This OFX statement is empty.</source>
        <translation>Ce relevé OFX est vide.</translation>
    </message>
    <message>
        <source>This OFX file holds no bank or card statement.</source>
        <translation>Ce fichier OFX ne contient aucun relevé bancaire ou de carte.</translation>
    </message>
    <message>
        <source>This OFX file holds statements of {count} accounts; export one account per file and import each.</source>
        <translation>Ce fichier OFX contient les relevés de {count} comptes&#x202f;; exportez un compte par fichier et importez chacun d’eux.</translation>
    </message>
    <message>
        <source>Transaction {number} has no date it was posted on.</source>
        <translation>La transaction {number} n’a pas de date de comptabilisation.</translation>
    </message>
    <message>
        <source>Transaction {number} has no amount.</source>
        <translation>La transaction {number} n’a pas de montant.</translation>
    </message>
    <message>
        <source>Transaction {number} names no currency; say which with --currency.</source>
        <translation>La transaction {number} n’indique aucune devise&#x202f;; précisez-la avec --currency.</translation>
    </message>
    <message>
        <source>Transaction {number}: {message}</source>
        <translation>Transaction {number}&#xa0;: {message}</translation>
    </message>
    <message>
        <source>Transaction {number} names no payee.</source>
        <translation>La transaction {number} n’indique aucun bénéficiaire.</translation>
    </message>
    <message>
        <source>Dates are often easy to guess.</source>
        <extracomment>zxcvbn&apos;s warnings and suggestions (English, from its feedback.py), marked so that the app can translate them</extracomment>
        <translation>Les dates sont souvent faciles à deviner.</translation>
    </message>
    <message>
        <source>No need for symbols, digits, or uppercase letters.</source>
        <translation>Inutile d’ajouter des symboles, des chiffres ou des majuscules.</translation>
    </message>
    <message>
        <source>Recent years are easy to guess.</source>
        <translation>Les années récentes sont faciles à deviner.</translation>
    </message>
    <message>
        <source>Use a few words, avoid common phrases.</source>
        <translation>Utilisez quelques mots, évitez les expressions courantes.</translation>
    </message>
    <message>
        <source>A word by itself is easy to guess.</source>
        <translation>Un mot seul est facile à deviner.</translation>
    </message>
    <message>
        <source>Add another word or two. Uncommon words are better.</source>
        <translation>Ajoutez un ou deux mots. Les mots peu courants sont préférables.</translation>
    </message>
    <message>
        <source>Avoid dates and years that are associated with you.</source>
        <translation>Évitez les dates et les années qui vous sont associées.</translation>
    </message>
    <message>
        <source>Avoid recent years.</source>
        <translation>Évitez les années récentes.</translation>
    </message>
    <message>
        <source>Avoid repeated words and characters.</source>
        <translation>Évitez les mots et les caractères répétés.</translation>
    </message>
    <message>
        <source>Avoid sequences.</source>
        <translation>Évitez les suites.</translation>
    </message>
    <message>
        <source>Avoid years that are associated with you.</source>
        <translation>Évitez les années qui vous sont associées.</translation>
    </message>
    <message>
        <source>Common names and surnames are easy to guess.</source>
        <translation>Les prénoms et noms de famille courants sont faciles à deviner.</translation>
    </message>
    <message>
        <source>Names and surnames by themselves are easy to guess.</source>
        <translation>Les prénoms et noms de famille seuls sont faciles à deviner.</translation>
    </message>
    <message>
        <source>Short keyboard patterns are easy to guess.</source>
        <translation>Les courtes séquences de clavier sont faciles à deviner.</translation>
    </message>
    <message>
        <source>Straight rows of keys are easy to guess.</source>
        <translation>Les rangées de touches consécutives sont faciles à deviner.</translation>
    </message>
    <message>
        <source>This is a top-10 common password.</source>
        <translation>C’est l’un des 10 mots de passe les plus courants.</translation>
    </message>
    <message>
        <source>This is a top-100 common password.</source>
        <translation>C’est l’un des 100 mots de passe les plus courants.</translation>
    </message>
    <message>
        <source>This is a very common password.</source>
        <translation>C’est un mot de passe très courant.</translation>
    </message>
    <message>
        <source>This is similar to a commonly used password.</source>
        <translation>Cela ressemble à un mot de passe couramment utilisé.</translation>
    </message>
    <message>
        <source>Use a longer keyboard pattern with more turns.</source>
        <translation>Utilisez une séquence de clavier plus longue, avec davantage de changements de direction.</translation>
    </message>
    <message>
        <source>It would be easy to guess.</source>
        <translation>Ce serait facile à deviner.</translation>
    </message>
    <message>
        <source>The new passphrase is weak (strength {score} of 4; {MIN_SCORE} is needed). {why} Choose a longer one (a few unrelated words), or pass {ALLOW_WEAK_OPTION} to use it anyway; nothing was changed.</source>
        <translation>La nouvelle phrase de passe est faible (robustesse {score} sur 4&#x202f;; {MIN_SCORE} est requis). {why} Choisissez-en une plus longue (quelques mots sans rapport entre eux), ou utilisez {ALLOW_WEAK_OPTION} pour l’employer malgré tout&#x202f;; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>{kind!r} is not a kind of interaction ({value}).</source>
        <translation>{kind!r} n’est pas un type d’échange ({value}).</translation>
    </message>
    <message>
        <source>Interactions have no field {value!r}.</source>
        <translation>Les échanges n’ont pas de champ {value!r}.</translation>
    </message>
    <message>
        <source>A page holds between 1 and 10000 interactions.</source>
        <translation>Une page contient entre 1 et 10000 échanges.</translation>
    </message>
    <message>
        <source>A page is older than one interaction or newer than one, not both.</source>
        <translation>Une page est plus ancienne qu’un échange ou plus récente qu’un échange, pas les deux.</translation>
    </message>
    <message>
        <source>A position in the timeline is 0 or more.</source>
        <translation>Une position dans l’historique vaut 0 ou plus.</translation>
    </message>
    <message>
        <source>{clean!r} is not a web address (for example https://example.com).</source>
        <translation>{clean!r} n’est pas une adresse web (par exemple https://example.com).</translation>
    </message>
    <message>
        <source>A tag can be at most {MAX_TAG} characters: {value}…</source>
        <translation>Une étiquette ne peut pas dépasser {MAX_TAG} caractères&#xa0;: {value}…</translation>
    </message>
    <message>
        <source>A vendor needs a name.</source>
        <translation>Un fournisseur doit avoir un nom.</translation>
    </message>
    <message>
        <source>A vendor name can be at most {MAX_NAME} characters.</source>
        <translation>Le nom d’un fournisseur ne peut pas dépasser {MAX_NAME} caractères.</translation>
    </message>
    <message>
        <source>{email!r} is not an e-mail address.</source>
        <translation>{email!r} n’est pas une adresse e-mail.</translation>
    </message>
    <message>
        <source>Notes can be at most {MAX_TEXT} characters.</source>
        <translation>Les notes ne peuvent pas dépasser {MAX_TEXT} caractères.</translation>
    </message>
    <message>
        <source>A vendor&apos;s status is active, former or blocked, not {status!r}.</source>
        <translation>Le statut d’un fournisseur est actif, ancien ou bloqué, pas {status!r}.</translation>
    </message>
    <message>
        <source>Record {index}: {message}</source>
        <translation>Enregistrement {index}&#xa0;: {message}</translation>
    </message>
    <message>
        <source>Vendors have no field {value!r}.</source>
        <translation>Les fournisseurs n’ont pas de champ {value!r}.</translation>
    </message>
    <message>
        <source>That vendor is not in the trash.</source>
        <translation>Ce fournisseur n’est pas dans la corbeille.</translation>
    </message>
    <message>
        <source>Vendors sort by {value}, not {sort!r}.</source>
        <translation>Les fournisseurs se trient par {value}, pas par {sort!r}.</translation>
    </message>
    <message>
        <source>A page holds between 1 and 10000 vendors.</source>
        <translation>Une page contient entre 1 et 10000 fournisseurs.</translation>
    </message>
    <message>
        <source>A page follows one vendor or precedes one, not both.</source>
        <translation>Une page suit un fournisseur ou en précède un, pas les deux.</translation>
    </message>
    <message>
        <source>A position in the list is 0 or more.</source>
        <translation>Une position dans la liste vaut 0 ou plus.</translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <extracomment>the translation context of every service message</extracomment>
        <translation>Annulé&#x202f;; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The newest good backup is {backup}; `myvendors restore` can bring it back.</source>
        <extracomment>the newest backup, offered to the user for a restore True when that backup was opened with the vault&apos;s key and passed every check</extracomment>
        <translation>La sauvegarde valide la plus récente est {backup}&#x202f;; `myvendors restore` peut la restaurer.</translation>
    </message>
    <message>
        <source>The newest backup is {backup}; `myvendors restore` checks it with your passphrase and brings it back.</source>
        <translation>La sauvegarde la plus récente est {backup}&#x202f;; `myvendors restore` la vérifie avec votre phrase de passe et la restaure.</translation>
    </message>
    <message>
        <source>The disk holding {path} is full (or your quota is used up): nothing was saved. Free some space and try again.</source>
        <translation>Le disque contenant {path} est plein (ou votre quota est épuisé)&#xa0;: rien n’a été enregistré. Libérez de l’espace et réessayez.</translation>
    </message>
    <message>
        <source>{path} is on a read-only disk: nothing was saved. Make the disk writable (or copy the vault to a writable folder) and try again.</source>
        <translation>{path} se trouve sur un disque en lecture seule&#xa0;: rien n’a été enregistré. Rendez le disque accessible en écriture (ou copiez le coffre dans un dossier accessible en écriture) et réessayez.</translation>
    </message>
    <message>
        <source>The system does not allow MyVendors to use {path}: nothing was changed. Make the file and its folder readable and writable by you, then try again.</source>
        <translation>Le système n’autorise pas MyVendors à utiliser {path}&#xa0;: rien n’a été modifié. Donnez-vous les droits de lecture et d’écriture sur le fichier et son dossier, puis réessayez.</translation>
    </message>
    <message>
        <source>The system refused to read or write {path} ({strerror}): nothing was changed. Check the disk and the folder, then try again.</source>
        <translation>Le système a refusé de lire ou d’écrire {path} ({strerror})&#xa0;: rien n’a été modifié. Vérifiez le disque et le dossier, puis réessayez.</translation>
    </message>
    <message>
        <source>SQLCipher is not installed, so the vault cannot be opened.</source>
        <translation>SQLCipher n’est pas installé&#xa0;: le coffre ne peut donc pas être ouvert.</translation>
    </message>
    <message>
        <source>Reinstall MyVendors (`make run` does it) so that the sqlcipher3 package is present.</source>
        <translation>Réinstallez MyVendors (`make run` s’en charge) pour que le paquet sqlcipher3 soit présent.</translation>
    </message>
    <message>
        <source>The database library does not encrypt (no SQLCipher), so MyVendors refuses to run.</source>
        <translation>La bibliothèque de base de données ne chiffre pas (pas de SQLCipher)&#xa0;: MyVendors refuse donc de démarrer.</translation>
    </message>
    <message>
        <source>The vault file {path} is missing.</source>
        <translation>Le fichier du coffre {path} est introuvable.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a vault file.</source>
        <translation>{path} est un dossier, pas un fichier de coffre.</translation>
    </message>
    <message>
        <source>The vault file {path} cannot be read: {strerror}.</source>
        <translation>Impossible de lire le fichier du coffre {path}&#xa0;: {strerror}.</translation>
    </message>
    <message>
        <source>The vault file {path} is empty (zero bytes): it has been truncated or was never written.</source>
        <translation>Le fichier du coffre {path} est vide (zéro octet)&#xa0;: il a été tronqué ou n’a jamais été écrit.</translation>
    </message>
    <message>
        <source>{path} is an unencrypted SQLite database, not a MyVendors vault.</source>
        <translation>{path} est une base de données SQLite non chiffrée, pas un coffre MyVendors.</translation>
    </message>
    <message>
        <source>The vault file {path} is truncated or damaged: its size ({size} bytes) is not a whole number of {PAGE_SIZE}-byte pages.</source>
        <translation>Le fichier du coffre {path} est tronqué ou endommagé&#xa0;: sa taille ({size} octets) ne correspond pas à un nombre entier de pages de {PAGE_SIZE} octets.</translation>
    </message>
    <message>
        <source>The disk holding {parent} is full: the last change was not saved. Free some space and try again.</source>
        <translation>Le disque contenant {parent} est plein&#xa0;: la dernière modification n’a pas été enregistrée. Libérez de l’espace et réessayez.</translation>
    </message>
    <message>
        <source>The vault {path} is on a read-only disk, so nothing can be saved to it. Make the disk writable (or copy the vault and its envelope to a writable folder) and try again; nothing was changed.</source>
        <translation>Le coffre {path} se trouve sur un disque en lecture seule&#xa0;: rien ne peut y être enregistré. Rendez le disque accessible en écriture (ou copiez le coffre et son enveloppe de clés dans un dossier accessible en écriture) et réessayez&#x202f;; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The vault {path} cannot be used: its folder {folder} is read-only, and SQLite must create its companion files there. Make the folder writable by you and try again; nothing was changed.</source>
        <translation>Impossible d’utiliser le coffre {path}&#xa0;: son dossier {folder} est en lecture seule, et SQLite doit y créer ses fichiers annexes. Donnez-vous les droits d’écriture sur ce dossier et réessayez&#x202f;; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The vault {path} cannot be written: the file {blocked} is read-only. Make it writable by you and try again; nothing was changed.</source>
        <translation>Impossible d’écrire dans le coffre {path}&#xa0;: le fichier {blocked} est en lecture seule. Donnez-vous les droits d’écriture sur ce fichier et réessayez&#x202f;; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The system refused to read or write the vault {path}: nothing was changed. Check that the disk is present and has space and that the folder and its files are yours to write, then try again.</source>
        <translation>Le système a refusé de lire ou d’écrire le coffre {path}&#xa0;: rien n’a été modifié. Vérifiez que le disque est présent et dispose d’espace libre, et que vous avez les droits d’écriture sur le dossier et ses fichiers, puis réessayez.</translation>
    </message>
    <message>
        <source>SQLCipher said: {exc}</source>
        <translation>Message de SQLCipher&#xa0;: {exc}</translation>
    </message>
    <message>
        <source>The vault file {path} is damaged or not a MyVendors vault: the encrypted pages do not check out.</source>
        <translation>Le fichier du coffre {path} est endommagé ou n’est pas un coffre MyVendors&#xa0;: la vérification des pages chiffrées échoue.</translation>
    </message>
    <message>
        <source>This vault was written by a newer MyVendors (schema {version}; this version knows up to {latest_version}). Update MyVendors to open it; nothing was changed.</source>
        <translation>Ce coffre a été écrit par une version plus récente de MyVendors (schéma {version}&#x202f;; cette version connaît les schémas jusqu’au {latest_version}). Mettez MyVendors à jour pour l’ouvrir&#x202f;; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The database library does not encrypt (no SQLCipher); refusing to open.</source>
        <translation>La bibliothèque de base de données ne chiffre pas (pas de SQLCipher)&#x202f;; ouverture refusée.</translation>
    </message>
    <message>
        <source>{name} is busy in another connection; its write-ahead log could not be folded in.</source>
        <translation>{name} est occupé par une autre connexion&#x202f;; son journal d’écriture anticipée (WAL) n’a pas pu être intégré.</translation>
    </message>
    <message>
        <source>no column was recognised as the vendor&apos;s name; import this file on its own to choose the columns.</source>
        <translation>aucune colonne n’a été reconnue comme le nom du fournisseur&#x202f;; importez ce fichier seul pour choisir les colonnes.</translation>
    </message>
    <message>
        <source>Tests do not use the system keyring.</source>
        <translation>Les tests n’utilisent pas le trousseau de clés du système.</translation>
    </message>
    <message>
        <source>At least one backup must be kept.</source>
        <translation>Au moins une sauvegarde doit être conservée.</translation>
    </message>
    <message>
        <source>{location} is not a MyVendors backup (it must hold a vault file and its envelope).</source>
        <translation>{location} n’est pas une sauvegarde MyVendors (elle doit contenir un fichier de coffre et son enveloppe de clés).</translation>
    </message>
    <message>
        <source>The copy {db_path} failed its check: {value}</source>
        <translation>La vérification de la copie {db_path} a échoué&#xa0;: {value}</translation>
    </message>
    <message>
        <source>{db_path} belongs to another vault.</source>
        <translation>{db_path} appartient à un autre coffre.</translation>
    </message>
    <message>
        <source>That secret opens the backup but no longer opens the vault: the passphrase or recovery key was changed since the backup. Use the current one, or confirm that the backup&apos;s older secrets should come back (--use-backup-secrets).</source>
        <translation>Ce secret ouvre la sauvegarde, mais n’ouvre plus le coffre&#xa0;: la phrase de passe ou la clé de récupération a été changée depuis la sauvegarde. Utilisez le secret actuel, ou confirmez que les anciens secrets de la sauvegarde doivent être rétablis (--use-backup-secrets).</translation>
    </message>
    <message>
        <source>The key envelope names an unknown key-derivation function; it was edited or damaged.</source>
        <translation>L’enveloppe de clés indique une fonction de dérivation de clé inconnue&#x202f;; elle a été modifiée ou endommagée.</translation>
    </message>
    <message>
        <source>The key envelope&apos;s key-derivation parameters are unreadable.</source>
        <translation>Les paramètres de dérivation de clé de l’enveloppe de clés sont illisibles.</translation>
    </message>
    <message>
        <source>The key envelope asks for a weaker passphrase protection than MyVendors ever writes ({memory_kib} KiB, {iterations} passes). It has been tampered with; refusing to use it.</source>
        <translation>L’enveloppe de clés demande une protection de la phrase de passe plus faible que tout ce que MyVendors écrit ({memory_kib} Kio, {iterations} passes). Elle a été falsifiée&#x202f;; utilisation refusée.</translation>
    </message>
    <message>
        <source>The key envelope&apos;s key-derivation parameters are out of range; it was edited or damaged.</source>
        <translation>Les paramètres de dérivation de clé de l’enveloppe de clés sont hors limites&#x202f;; elle a été modifiée ou endommagée.</translation>
    </message>
    <message>
        <source>This vault&apos;s key envelope uses the test suite&apos;s deliberately weak key derivation ({TEST_KDF_NAME!r}). MyVendors never opens or writes such a vault outside its tests; refusing to use it.</source>
        <translation>L’enveloppe de clés de ce coffre utilise la dérivation de clé volontairement faible de la suite de tests ({TEST_KDF_NAME!r}). MyVendors n’ouvre ni n’écrit jamais un tel coffre en dehors de ses tests&#x202f;; utilisation refusée.</translation>
    </message>
    <message>
        <source>The passphrase must be at least {MIN_PASSPHRASE_CHARS} characters long.</source>
        <translation>La phrase de passe doit comporter au moins {MIN_PASSPHRASE_CHARS} caractères.</translation>
    </message>
    <message>
        <source>This installation&apos;s OpenSSL has no Argon2id (it needs OpenSSL 3.2 or newer inside the cryptography package), so vaults cannot be opened safely.</source>
        <translation>L’OpenSSL de cette installation ne dispose pas d’Argon2id (il faut OpenSSL 3.2 ou plus récent dans le paquet cryptography)&#xa0;: les coffres ne peuvent donc pas être ouverts en toute sécurité.</translation>
    </message>
    <message>
        <source>Reinstall with `make run`, which installs a current cryptography wheel.</source>
        <translation>Réinstallez avec `make run`, qui installe une version à jour du paquet cryptography.</translation>
    </message>
    <message>
        <source>This installation&apos;s OpenSSL has no Argon2id (OpenSSL 3.2 or newer is needed inside the cryptography package), so MyVendors cannot protect a vault.</source>
        <translation>L’OpenSSL de cette installation ne dispose pas d’Argon2id (OpenSSL 3.2 ou plus récent est nécessaire dans le paquet cryptography)&#xa0;: MyVendors ne peut donc pas protéger un coffre.</translation>
    </message>
    <message>
        <source>The time to spend deriving the key must be between 0 and {MAX_KDF_SECONDS} seconds.</source>
        <translation>Le temps consacré à la dérivation de la clé doit être compris entre 0 et {MAX_KDF_SECONDS} secondes.</translation>
    </message>
    <message>
        <source>The key envelope&apos;s {what} is missing or not text; it was edited or damaged.</source>
        <translation>Le champ {what} de l’enveloppe de clés est absent ou n’est pas du texte&#x202f;; elle a été modifiée ou endommagée.</translation>
    </message>
    <message>
        <source>The key envelope&apos;s {what} is not valid base64; it was edited or damaged.</source>
        <translation>Le champ {what} de l’enveloppe de clés n’est pas en base64 valide&#x202f;; elle a été modifiée ou endommagée.</translation>
    </message>
    <message>
        <source>A slot of the key envelope is not an object; the envelope was edited or damaged.</source>
        <translation>Un emplacement de l’enveloppe de clés n’est pas un objet&#x202f;; l’enveloppe a été modifiée ou endommagée.</translation>
    </message>
    <message>
        <source>The key envelope has a slot of unknown kind {kind!r}.</source>
        <translation>L’enveloppe de clés contient un emplacement de type inconnu {kind!r}.</translation>
    </message>
    <message>
        <source>A slot of the key envelope has no id.</source>
        <translation>Un emplacement de l’enveloppe de clés n’a pas d’identifiant.</translation>
    </message>
    <message>
        <source>A slot of the key envelope has fields MyVendors never writes, or lacks some; it was edited.</source>
        <translation>Un emplacement de l’enveloppe de clés contient des champs que MyVendors n’écrit jamais, ou il lui en manque&#x202f;; elle a été modifiée.</translation>
    </message>
    <message>
        <source>A slot of the key envelope has the wrong length; it was edited or damaged.</source>
        <translation>Un emplacement de l’enveloppe de clés n’a pas la bonne longueur&#x202f;; elle a été modifiée ou endommagée.</translation>
    </message>
    <message>
        <source>{where} is far too large to be a MyVendors key envelope.</source>
        <translation>{where} est bien trop volumineux pour être une enveloppe de clés MyVendors.</translation>
    </message>
    <message>
        <source>{where} is empty: it was truncated. A backup holds a good copy.</source>
        <translation>{where} est vide&#xa0;: il a été tronqué. Une sauvegarde en contient une copie intacte.</translation>
    </message>
    <message>
        <source>{where} is not readable JSON: it is damaged or truncated.</source>
        <translation>{where} n’est pas du JSON lisible&#xa0;: il est endommagé ou tronqué.</translation>
    </message>
    <message>
        <source>{where} is not a MyVendors key envelope.</source>
        <translation>{where} n’est pas une enveloppe de clés MyVendors.</translation>
    </message>
    <message>
        <source>{where} has format version {get!r}; this MyVendors reads version {VERSION}.</source>
        <translation>{where} est au format version {get!r}&#x202f;; cette version de MyVendors lit la version {VERSION}.</translation>
    </message>
    <message>
        <source>{where} has no vault id or no slots; it was edited or damaged.</source>
        <translation>{where} n’a pas d’identifiant de coffre ou pas d’emplacements&#x202f;; il a été modifié ou endommagé.</translation>
    </message>
    <message>
        <source>{where} has {value} slots; MyVendors never writes more than {MAX_SLOTS}.</source>
        <translation>{where} contient {value} emplacements&#x202f;; MyVendors n’en écrit jamais plus de {MAX_SLOTS}.</translation>
    </message>
    <message>
        <source>{where} has two slots with the same id; it was edited.</source>
        <translation>{where} contient deux emplacements ayant le même identifiant&#x202f;; il a été modifié.</translation>
    </message>
    <message>
        <source>{where} has more than one {kind} slot; MyVendors never writes that. It was edited.</source>
        <translation>{where} contient plus d’un emplacement de type {kind}&#x202f;; MyVendors n’écrit jamais cela. Il a été modifié.</translation>
    </message>
    <message>
        <source>{where} has fields MyVendors never writes, or lacks some; it was edited.</source>
        <translation>{where} contient des champs que MyVendors n’écrit jamais, ou il lui en manque&#x202f;; il a été modifié.</translation>
    </message>
    <message>
        <source>{where} is not byte for byte as MyVendors writes it (its text was edited); refusing to use it.</source>
        <translation>{where} ne correspond pas octet pour octet à ce qu’écrit MyVendors (son texte a été modifié)&#x202f;; utilisation refusée.</translation>
    </message>
    <message>
        <source>The key envelope has been changed outside MyVendors (a slot was added, removed or edited); refusing to use it.</source>
        <translation>L’enveloppe de clés a été modifiée en dehors de MyVendors (un emplacement a été ajouté, supprimé ou modifié)&#x202f;; utilisation refusée.</translation>
    </message>
    <message>
        <source>That passphrase does not open this vault.</source>
        <translation>Cette phrase de passe n’ouvre pas ce coffre.</translation>
    </message>
    <message>
        <source>That recovery key does not open this vault.</source>
        <translation>Cette clé de récupération n’ouvre pas ce coffre.</translation>
    </message>
    <message>
        <source>This device&apos;s remembered key no longer opens this vault.</source>
        <translation>La clé mémorisée sur cet appareil n’ouvre plus ce coffre.</translation>
    </message>
    <message>
        <source>A passphrase slot has no key-derivation parameters.</source>
        <extracomment>A way to open an envelope (a passphrase, the recovery key, a device key): returns the data key.</extracomment>
        <translation>Un emplacement de phrase de passe n’a pas de paramètres de dérivation de clé.</translation>
    </message>
    <message>
        <source>There is no vault at {path}.</source>
        <translation>Il n’y a pas de coffre à l’emplacement {path}.</translation>
    </message>
    <message>
        <source>{path} has no key envelope beside it ({name}), so it cannot be unlocked. If you moved the vault, move both files; a backup holds both.</source>
        <translation>{path} n’a pas d’enveloppe de clés à côté de lui ({name})&#xa0;: il ne peut donc pas être déverrouillé. Si vous avez déplacé le coffre, déplacez les deux fichiers&#x202f;; une sauvegarde contient les deux.</translation>
    </message>
    <message>
        <source>The key envelope {name} is there but the vault file {name2} is missing.</source>
        <translation>L’enveloppe de clés {name} est présente, mais le fichier du coffre {name2} est introuvable.</translation>
    </message>
    <message>
        <source>The key envelope {env_path} cannot be read: {strerror}.</source>
        <translation>Impossible de lire l’enveloppe de clés {env_path}&#xa0;: {strerror}.</translation>
    </message>
    <message>
        <source>The vault {name} is open in another MyVendors window or process. Close it there first.</source>
        <translation>Le coffre {name} est ouvert dans une autre fenêtre ou un autre processus MyVendors. Fermez-le d’abord là-bas.</translation>
    </message>
    <message>
        <source>The vault {name} cannot be locked for use: {strerror}.</source>
        <translation>Impossible de verrouiller le coffre {name} pour l’utiliser&#xa0;: {strerror}.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>illisible</translation>
    </message>
    <message>
        <source>{mib} MiB, {passes} passes, {lanes} lanes</source>
        <translation>{mib} Mio, {passes} passes, {lanes} voies</translation>
    </message>
    <message>
        <source>{kib} KiB, {passes} passes, {lanes} lanes</source>
        <translation>{kib} Kio, {passes} passes, {lanes} voies</translation>
    </message>
    <message>
        <source>Remembering is turned off.</source>
        <translation>La mémorisation est désactivée.</translation>
    </message>
    <message>
        <source>This device cannot remember the vault: {reason}</source>
        <translation>Cet appareil ne peut pas mémoriser le coffre&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>This device does not remember this vault.</source>
        <translation>Cet appareil ne mémorise pas ce coffre.</translation>
    </message>
    <message>
        <source>The system keyring did not answer within {timeout_s:g} s (while trying to {what}).</source>
        <translation>Le trousseau de clés du système n’a pas répondu dans les {timeout_s:g} s (lors de l’opération&#xa0;: {what}).</translation>
    </message>
    <message>
        <source>No system keyring could be loaded ({name}: {exc}).</source>
        <translation>Aucun trousseau de clés du système n’a pu être chargé ({name}&#xa0;: {exc}).</translation>
    </message>
    <message>
        <source>No secure system keyring is available (only {label}).</source>
        <translation>Aucun trousseau de clés sécurisé n’est disponible sur le système (seulement {label}).</translation>
    </message>
    <message>
        <source>No secure system keyring is available ({label} is not usable here).</source>
        <translation>Aucun trousseau de clés sécurisé n’est disponible sur le système ({label} n’est pas utilisable ici).</translation>
    </message>
    <message>
        <source>The system keyring&apos;s prompt was dismissed ({label}).</source>
        <translation>La demande du trousseau de clés du système a été fermée ({label}).</translation>
    </message>
    <message>
        <source>The system keyring ({label}) refused a test entry: {value}.</source>
        <translation>Le trousseau de clés du système ({label}) a refusé une entrée de test&#xa0;: {value}.</translation>
    </message>
    <message>
        <source>The system keyring ({label}) does not keep what is stored in it.</source>
        <translation>Le trousseau de clés du système ({label}) ne conserve pas ce qui y est enregistré.</translation>
    </message>
    <message>
        <source>Stored in the system keyring ({label}).</source>
        <translation>Enregistré dans le trousseau de clés du système ({label}).</translation>
    </message>
    <message>
        <source>The system keyring did not keep the device key.</source>
        <translation>Le trousseau de clés du système n’a pas conservé la clé de l’appareil.</translation>
    </message>
    <message>
        <source>The system keyring&apos;s prompt was dismissed; the device key was not stored.</source>
        <translation>La demande du trousseau de clés du système a été fermée&#x202f;; la clé de l’appareil n’a pas été enregistrée.</translation>
    </message>
    <message>
        <source>The system keyring refused to store the device key: {exc}.</source>
        <translation>Le trousseau de clés du système a refusé d’enregistrer la clé de l’appareil&#xa0;: {exc}.</translation>
    </message>
    <message>
        <source>The system keyring&apos;s prompt was dismissed; the device key was not read.</source>
        <translation>La demande du trousseau de clés du système a été fermée&#x202f;; la clé de l’appareil n’a pas été lue.</translation>
    </message>
    <message>
        <source>The system keyring could not be read: {exc}.</source>
        <translation>Impossible de lire le trousseau de clés du système&#xa0;: {exc}.</translation>
    </message>
    <message>
        <source>This device&apos;s keyring entry for the vault is unreadable; unlock with the passphrase.</source>
        <translation>L’entrée du trousseau de clés de cet appareil pour ce coffre est illisible&#x202f;; déverrouillez avec la phrase de passe.</translation>
    </message>
    <message>
        <source>The system keyring&apos;s prompt was dismissed; the device key was not removed.</source>
        <translation>La demande du trousseau de clés du système a été fermée&#x202f;; la clé de l’appareil n’a pas été supprimée.</translation>
    </message>
    <message>
        <source>The system keyring could not remove the device key: {exc}.</source>
        <translation>Le trousseau de clés du système n’a pas pu supprimer la clé de l’appareil&#xa0;: {exc}.</translation>
    </message>
    <message>
        <source>The file {name} was not found, so there is nothing to import. Its folder: {folder}</source>
        <translation>Le fichier {name} est introuvable&#xa0;: il n’y a rien à importer. Son dossier&#xa0;: {folder}</translation>
    </message>
    <message>
        <source>{name} is neither a MyVendors vault (*.myvendors) nor a document from a vendor or a contact (*.myvendors.jws, *.myvendors.jwe, *.jose): MyVendors opened your last vault instead.</source>
        <translation>{name} n’est ni un coffre MyVendors (*.myvendors) ni un document d’un fournisseur ou d’un contact (*.myvendors.jws, *.myvendors.jwe, *.jose)&#xa0;: MyVendors a ouvert votre dernier coffre à la place.</translation>
    </message>
    <message>
        <source>{path} was not found: MyVendors opened your last vault instead.</source>
        <translation>{path} est introuvable&#xa0;: MyVendors a ouvert votre dernier coffre à la place.</translation>
    </message>
    <message>
        <source>A recovery key has {expected} letters and digits (8 groups of 5); this one has {value}.</source>
        <translation>Une clé de récupération comporte {expected} lettres et chiffres (8 groupes de 5)&#x202f;; celle-ci en comporte {value}.</translation>
    </message>
    <message>
        <source>A recovery key uses only the letters A–Z and the digits 2–7; this one has other characters.</source>
        <translation>Une clé de récupération n’utilise que les lettres A–Z et les chiffres 2–7&#x202f;; celle-ci contient d’autres caractères.</translation>
    </message>
    <message>
        <source>This recovery key has a typo: its checksum does not match. Check each group against your saved copy.</source>
        <translation>Cette clé de récupération contient une faute de frappe&#xa0;: sa somme de contrôle ne correspond pas. Vérifiez chaque groupe par rapport à votre copie.</translation>
    </message>
    <message>
        <source>The vault {name} was never finished: its creation was interrupted and it holds no data. Delete it and its envelope, and create it again.</source>
        <extracomment>what a killed `init` or `restore` had left beside the vault, removed when this one was created</extracomment>
        <translation>Le coffre {name} n’a jamais été terminé&#xa0;: sa création a été interrompue et il ne contient aucune donnée. Supprimez-le ainsi que son enveloppe de clés, puis créez-le à nouveau.</translation>
    </message>
    <message>
        <source>The key envelope beside {name} belongs to another vault; the files were mixed up.</source>
        <translation>L’enveloppe de clés située à côté de {name} appartient à un autre coffre&#x202f;; les fichiers ont été mélangés.</translation>
    </message>
    <message>
        <source>Too many devices remember this vault. Use “Forget all devices” and remember this one again.</source>
        <translation>Trop d’appareils mémorisent ce coffre. Utilisez «&#xa0;Oublier tous les appareils&#xa0;», puis mémorisez à nouveau celui-ci.</translation>
    </message>
    <message>
        <source>The write-ahead log {wal_name} was deleted after MyVendors last stopped without closing the vault (noticed {noticed}): changes saved since {since} may have been lost.</source>
        <translation>Le journal d’écriture anticipée {wal_name} a été supprimé après que MyVendors s’est arrêté sans fermer le coffre (constaté le {noticed})&#xa0;: les modifications enregistrées depuis le {since} ont peut-être été perdues.</translation>
    </message>
    <message>
        <source>There is already a vault at {path}; choose another file name or open it.</source>
        <translation>Il existe déjà un coffre à l’emplacement {path}&#x202f;; choisissez un autre nom de fichier ou ouvrez-le.</translation>
    </message>
    <message>
        <source>An unfinished vault is at {path}: its key envelope ({name}) exists but the vault file does not (creation was interrupted). Delete the envelope file, or choose another name.</source>
        <translation>Un coffre inachevé se trouve à l’emplacement {path}&#xa0;: son enveloppe de clés ({name}) existe, mais pas le fichier du coffre (la création a été interrompue). Supprimez le fichier d’enveloppe ou choisissez un autre nom.</translation>
    </message>
    <message>
        <source>The passphrase settings in the key file {name} ({now}) are not those it had when it last opened on this device ({before}). Unless the passphrase was changed on another device since, the key file may have been altered: restore it from a backup, or use the recovery key.</source>
        <translation>Les paramètres de phrase de passe du fichier de clés {name} ({now}) ne sont pas ceux qu’il avait lors de sa dernière ouverture sur cet appareil ({before}). À moins que la phrase de passe n’ait été changée depuis sur un autre appareil, le fichier de clés a peut-être été altéré&#xa0;: restaurez-le à partir d’une sauvegarde, ou utilisez la clé de récupération.</translation>
    </message>
</context>
<context>
    <name>EvidenceDialog</name>
    <message>
        <source>Headers of the leak seen on %s</source>
        <translation>En-têtes de la fuite constatée le %s</translation>
    </message>
    <message>
        <source>Message headers</source>
        <translation>En-têtes du message</translation>
    </message>
    <message>
        <source>SHA-256 of these headers (UTF-8): %s</source>
        <translation>SHA-256 de ces en-têtes (UTF-8)&#xa0;: %s</translation>
    </message>
</context>
<context>
    <name>FilesTab</name>
    <message>
        <source>Files</source>
        <translation>Fichiers</translation>
    </message>
    <message>
        <source>Add &amp;file…</source>
        <translation>Ajouter un &amp;fichier…</translation>
    </message>
    <message>
        <source>Add file</source>
        <translation>Ajouter un fichier</translation>
    </message>
    <message>
        <source>Keep a copy of a file (receipt, contract, photo) encrypted in the vault, up to %s</source>
        <translation>Conserver une copie d’un fichier (reçu, contrat, photo) chiffrée dans le coffre, jusqu’à %s</translation>
    </message>
    <message>
        <source>O&amp;pen</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>Open file</source>
        <translation>Ouvrir le fichier</translation>
    </message>
    <message>
        <source>Open the file with its usual program. A decrypted copy is written to a private temporary folder and deleted when the vault locks.</source>
        <translation>Ouvrir le fichier avec son programme habituel. Une copie déchiffrée est écrite dans un dossier temporaire privé et supprimée quand le coffre se verrouille.</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>&amp;Enregistrer sous…</translation>
    </message>
    <message>
        <source>Save file as</source>
        <translation>Enregistrer le fichier sous</translation>
    </message>
    <message>
        <source>Write a decrypted copy where you choose</source>
        <translation>Écrire une copie déchiffrée à l’emplacement de votre choix</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Delete file</source>
        <translation>Supprimer le fichier</translation>
    </message>
    <message>
        <source>Add files</source>
        <translation>Ajouter des fichiers</translation>
    </message>
    <message>
        <source>Adding…</source>
        <translation>Ajout…</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>Ouverture…</translation>
    </message>
    <message>
        <source>Save %s as</source>
        <translation>Enregistrer %s sous</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Saved %s.</source>
        <translation>%s enregistré.</translation>
    </message>
    <message>
        <source>Delete %s from the vault? Its only copy here is deleted; this cannot be undone.</source>
        <translation>Supprimer %s du coffre&#x202f;? Sa seule copie ici sera supprimée&#x202f;; cette action est irréversible.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
</context>
<context>
    <name>FirstRunWindow</name>
    <message>
        <source>MyVendors — create a vault</source>
        <translation>MyVendors — créer un coffre</translation>
    </message>
    <message>
        <source>Creating your vault…</source>
        <translation>Création de votre coffre…</translation>
    </message>
    <message>
        <source>Recovery kit saved to %s. Print it or move it somewhere safe.</source>
        <translation>Kit de récupération enregistré dans %s. Imprimez-le ou placez-le en lieu sûr.</translation>
    </message>
    <message>
        <source>MyVendors recovery kit.txt</source>
        <translation>Kit de récupération MyVendors.txt</translation>
    </message>
    <message>
        <source>Save recovery kit</source>
        <translation>Enregistrer le kit de récupération</translation>
    </message>
    <message>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>Fichiers texte (*.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Open a vault</source>
        <translation>Ouvrir un coffre</translation>
    </message>
    <message>
        <source>MyVendors vaults (*.myvendors);;All files (*)</source>
        <translation>Coffres MyVendors (*.myvendors);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Close without saving the recovery key?</source>
        <translation>Fermer sans enregistrer la clé de récupération&#x202f;?</translation>
    </message>
    <message>
        <source>The vault is created, but this is the only time its recovery key is shown. Without it, a forgotten passphrase means the vault cannot be opened again.

Close anyway?</source>
        <translation>Le coffre est créé, mais c’est la seule fois que sa clé de récupération est affichée. Sans elle, si vous oubliez votre phrase de passe, le coffre ne pourra plus jamais être ouvert.

Fermer quand même&#x202f;?</translation>
    </message>
</context>
<context>
    <name>FirstSteps</name>
    <message>
        <source>First steps</source>
        <translation>Premiers pas</translation>
    </message>
    <message>
        <source>Your vault is empty. Start with a vendor you pay, bring in your contacts, or ask for an offer.</source>
        <translation>Votre coffre est vide. Commencez par un fournisseur que vous payez, importez vos contacts ou demandez une offre.</translation>
    </message>
    <message>
        <source>&amp;Add a vendor…</source>
        <translation>&amp;Ajouter un fournisseur…</translation>
    </message>
    <message>
        <source>Import &amp;contacts…</source>
        <translation>Importer des &amp;contacts…</translation>
    </message>
    <message>
        <source>Create a re&amp;quest…</source>
        <translation>Créer une &amp;demande…</translation>
    </message>
    <message>
        <source>Record a vendor by name (Ctrl+N)</source>
        <translation>Enregistrer un fournisseur par son nom (Ctrl+N)</translation>
    </message>
    <message>
        <source>Add vendors from a vCard or CSV file (Ctrl+I)</source>
        <translation>Ajouter des fournisseurs depuis un fichier vCard ou CSV (Ctrl+I)</translation>
    </message>
    <message>
        <source>Write a request for offers (Ctrl+Shift+N)</source>
        <translation>Rédiger une demande d’offres (Ctrl+Maj+N)</translation>
    </message>
</context>
<context>
    <name>FolderEdit</name>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <source>Choose the backup folder</source>
        <translation>Choisir le dossier de sauvegarde</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Dossier de sauvegarde</translation>
    </message>
</context>
<context>
    <name>HelpActions</name>
    <message>
        <source>&amp;About MyVendors</source>
        <translation>À &amp;propos de MyVendors</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Guide de l’utilisateur</translation>
    </message>
    <message>
        <source>The user guide, at the part about this page (F1)</source>
        <translation>Le guide de l’utilisateur, à la section consacrée à cette page (F1)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>About MyVendors</source>
        <translation>À propos de MyVendors</translation>
    </message>
    <message>
        <source>&lt;b&gt;MyVendors %s&lt;/b&gt;</source>
        <translation>&lt;b&gt;MyVendors %s&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Your own encrypted record of the companies you deal with. Everything stays on this computer, in a vault only your passphrase opens.</source>
        <translation>Votre propre registre chiffré des entreprises avec lesquelles vous traitez. Tout reste sur cet ordinateur, dans un coffre que seule votre phrase de passe ouvre.</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <source>en</source>
        <comment>the language code of the user guide to show: its folder in resources/help</comment>
        <translation>fr</translation>
    </message>
    <message>
        <source>MyVendors — User guide</source>
        <translation>MyVendors — Guide d’utilisation</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Sommaire</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Guide d’utilisation</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Précédent</translation>
    </message>
    <message>
        <source>Back to the page you came from (%s)</source>
        <translation>Revenir à la page précédente (%s)</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>&amp;Suivant</translation>
    </message>
</context>
<context>
    <name>ImportFlow</name>
    <message>
        <source>Reading %s…</source>
        <translation>Lecture de %s…</translation>
    </message>
    <message>
        <source>%s

Nothing was added to the vault.</source>
        <translation>%s

Rien n’a été ajouté au coffre.</translation>
    </message>
    <message>
        <source>%s cannot be imported.</source>
        <translation>%s ne peut pas être importé.</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>&amp;Name</source>
        <extracomment>the column choosers&apos; labels, by vendor field (mnemonics unique within the dialog)</extracomment>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>&amp;Website</source>
        <translation>Site &amp;web</translation>
    </message>
    <message>
        <source>Ca&amp;tegory</source>
        <translation>Ca&amp;tégorie</translation>
    </message>
    <message>
        <source>E-&amp;mail</source>
        <translation>E-&amp;mail</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>Télé&amp;phone</translation>
    </message>
    <message>
        <source>A&amp;ddress</source>
        <translation>A&amp;dresse</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;otes</translation>
    </message>
    <message>
        <source>Ta&amp;gs</source>
        <translation>Éti&amp;quettes</translation>
    </message>
    <message>
        <source>&amp;Contact</source>
        <translation>&amp;Contact</translation>
    </message>
    <message>
        <source>&amp;Job title</source>
        <translation>&amp;Fonction</translation>
    </message>
    <message>
        <source>Import vendors</source>
        <extracomment>every file of the import, when several were chosen the worker job reading the file again or adding the vendors, while one runs</extracomment>
        <translation>Importer des fournisseurs</translation>
    </message>
    <message>
        <source>Import vendors from %d files</source>
        <translation>Importer des fournisseurs depuis %d fichiers</translation>
    </message>
    <message>
        <source>Import vendors from %s</source>
        <translation>Importer des fournisseurs depuis %s</translation>
    </message>
    <message>
        <source>Columns used</source>
        <translation>Colonnes utilisées</translation>
    </message>
    <message>
        <source>Column for the %s</source>
        <translation>Colonne pour&#xa0;: %s</translation>
    </message>
    <message>
        <source>Vendors to import</source>
        <translation>Fournisseurs à importer</translation>
    </message>
    <message>
        <source>Import likely duplicates too</source>
        <translation>Importer aussi les doublons probables</translation>
    </message>
    <message>
        <source>Records that cannot be imported, and notes</source>
        <translation>Enregistrements impossibles à importer, et remarques</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Import the ticked vendors</source>
        <translation>Importer les fournisseurs cochés</translation>
    </message>
    <message>
        <source>%d files</source>
        <translation>%d fichiers</translation>
    </message>
    <message>
        <source>1 record read</source>
        <translation>1 enregistrement lu</translation>
    </message>
    <message>
        <source>%d records read</source>
        <translation>%d enregistrements lus</translation>
    </message>
    <message>
        <source>vCard file</source>
        <translation>Fichier vCard</translation>
    </message>
    <message>
        <source>1 card read</source>
        <translation>1 fiche lue</translation>
    </message>
    <message>
        <source>%d cards read</source>
        <translation>%d fiches lues</translation>
    </message>
    <message>
        <source>CSV file</source>
        <translation>Fichier CSV</translation>
    </message>
    <message>
        <source>1 row read</source>
        <translation>1 ligne lue</translation>
    </message>
    <message>
        <source>%d rows read</source>
        <translation>%d lignes lues</translation>
    </message>
    <message>
        <source>A&amp;lso import the likely duplicate: it looks like a vendor you already have</source>
        <translation>Importer &amp;aussi le doublon probable&#xa0;: il ressemble à un fournisseur que vous avez déjà</translation>
    </message>
    <message>
        <source>A&amp;lso import the %d likely duplicates: they look like vendors you already have</source>
        <translation>Importer &amp;aussi les %d doublons probables&#xa0;: ils ressemblent à des fournisseurs que vous avez déjà</translation>
    </message>
    <message>
        <source>A&amp;lso import the repeated entry: it repeats an earlier entry of the import</source>
        <translation>Importer &amp;aussi l’entrée répétée&#xa0;: elle répète une entrée précédente de l’import</translation>
    </message>
    <message>
        <source>A&amp;lso import the %d repeated entries: they repeat earlier entries of the import</source>
        <translation>Importer &amp;aussi les %d entrées répétées&#xa0;: elles répètent des entrées précédentes de l’import</translation>
    </message>
    <message>
        <source>A&amp;lso import the %d likely duplicates: vendors you already have or repeated entries</source>
        <translation>Importer &amp;aussi les %d doublons probables&#xa0;: fournisseurs que vous avez déjà ou entrées répétées</translation>
    </message>
    <message>
        <source>Not imported: %s</source>
        <translation>Non importé&#xa0;: %s</translation>
    </message>
    <message>
        <source>Le&amp;ft out (1 file cannot be imported)</source>
        <translation>&amp;Laissés de côté (1 fichier ne peut pas être importé)</translation>
    </message>
    <message>
        <source>Le&amp;ft out (files and records that cannot be imported)</source>
        <translation>&amp;Laissés de côté (fichiers et enregistrements impossibles à importer)</translation>
    </message>
    <message>
        <source>Le&amp;ft out (1 record cannot be imported)</source>
        <translation>&amp;Laissés de côté (1 enregistrement ne peut pas être importé)</translation>
    </message>
    <message>
        <source>Le&amp;ft out (%d records cannot be imported)</source>
        <translation>&amp;Laissés de côté (%d enregistrements ne peuvent pas être importés)</translation>
    </message>
    <message>
        <source>Notes on &amp;reading the file</source>
        <translation>&amp;Remarques sur la lecture du fichier</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <source>&amp;Import 1 vendor</source>
        <translation>&amp;Importer 1 fournisseur</translation>
    </message>
    <message>
        <source>&amp;Import %d vendors</source>
        <translation>&amp;Importer %d fournisseurs</translation>
    </message>
    <message>
        <source>No vendor can be imported from this file. Nothing will be added.</source>
        <translation>Aucun fournisseur ne peut être importé depuis ce fichier. Rien ne sera ajouté.</translation>
    </message>
    <message>
        <source>1 vendor will be added to the vault.</source>
        <translation>1 fournisseur sera ajouté au coffre.</translation>
    </message>
    <message>
        <source>%d vendors will be added to the vault.</source>
        <translation>%d fournisseurs seront ajoutés au coffre.</translation>
    </message>
    <message>
        <source>1 looks like a vendor you already have (see Note).</source>
        <translation>1 ressemble à un fournisseur que vous avez déjà (voir Remarque).</translation>
    </message>
    <message>
        <source>%d look like vendors you already have (see Note).</source>
        <translation>%d ressemblent à des fournisseurs que vous avez déjà (voir Remarque).</translation>
    </message>
    <message>
        <source>1 repeats an earlier entry of these files (see Note).</source>
        <translation>1 répète une entrée précédente de ces fichiers (voir Remarque).</translation>
    </message>
    <message>
        <source>%d repeat earlier entries of these files (see Note).</source>
        <translation>%d répètent des entrées précédentes de ces fichiers (voir Remarque).</translation>
    </message>
    <message>
        <source>1 repeats an earlier entry in this file (see Note).</source>
        <translation>1 répète une entrée précédente de ce fichier (voir Remarque).</translation>
    </message>
    <message>
        <source>%d repeat earlier entries in this file (see Note).</source>
        <translation>%d répètent des entrées précédentes de ce fichier (voir Remarque).</translation>
    </message>
    <message>
        <source>1 file cannot be imported (listed below).</source>
        <translation>1 fichier ne peut pas être importé (voir ci-dessous).</translation>
    </message>
    <message>
        <source>%d files cannot be imported (listed below).</source>
        <translation>%d fichiers ne peuvent pas être importés (voir ci-dessous).</translation>
    </message>
    <message>
        <source>1 record cannot be imported (listed below).</source>
        <translation>1 enregistrement ne peut pas être importé (voir ci-dessous).</translation>
    </message>
    <message>
        <source>%d records cannot be imported (listed below).</source>
        <translation>%d enregistrements ne peuvent pas être importés (voir ci-dessous).</translation>
    </message>
</context>
<context>
    <name>ImportPreviewModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Provenance</translation>
    </message>
    <message>
        <source>Already in the vault</source>
        <translation>Déjà dans le coffre</translation>
    </message>
    <message>
        <source>Repeats %s</source>
        <translation>Répète %s</translation>
    </message>
</context>
<context>
    <name>InteractionDialog</name>
    <message>
        <source>Edit interaction</source>
        <translation>Modifier l’échange</translation>
    </message>
    <message>
        <source>Record interaction</source>
        <translation>Enregistrer un échange</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>When (local time)</source>
        <translation>Quand (heure locale)</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>facultatif</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>e.g. phone, e-mail, shop, web</source>
        <translation>p. ex. téléphone, e-mail, magasin, web</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>&amp;Quand</translation>
    </message>
    <message>
        <source>&amp;Amount</source>
        <translation>&amp;Montant</translation>
    </message>
    <message>
        <source>&amp;Channel</source>
        <translation>&amp;Canal</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Remarque</translation>
    </message>
</context>
<context>
    <name>KdfPrompt</name>
    <message>
        <source>Change key strength</source>
        <translation>Modifier la robustesse de la clé</translation>
    </message>
    <message>
        <source>Your passphrase will protect the vault&apos;s key at the strength “%s”. Type it to go on; it stays the same, only how long each try takes changes.</source>
        <translation>Votre phrase de passe protégera la clé du coffre avec la robustesse «&#xa0;%s&#xa0;». Saisissez-la pour continuer&#x202f;; elle reste la même, seule la durée de chaque tentative change.</translation>
    </message>
    <message>
        <source>A&amp;pply</source>
        <translation>A&amp;ppliquer</translation>
    </message>
</context>
<context>
    <name>KeyDialog</name>
    <message>
        <source>Export my key</source>
        <translation>Exporter ma clé</translation>
    </message>
    <message>
        <source>Your key for one contact: they add it in MyVendors (Trusted contacts ▸ Add contact…) so that they can check that notes you send them come from you. Each contact gets a key of their own, so no two can tell they know the same person.</source>
        <translation>Votre clé pour un contact&#xa0;: il l’ajoute dans MyVendors (Contacts de confiance ▸ Ajouter un contact…) pour pouvoir vérifier que les avis que vous lui envoyez viennent bien de vous. Chaque contact reçoit sa propre clé, si bien que deux contacts ne peuvent pas savoir qu’ils connaissent la même personne.</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Their name, as you call them</source>
        <translation>Son nom, tel que vous l’appelez</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>&amp;Pour&#xa0;:</translation>
    </message>
    <message>
        <source>The name you go by (optional)</source>
        <translation>Le nom sous lequel on vous connaît (facultatif)</translation>
    </message>
    <message>
        <source>Optional: shown to them when they add your key</source>
        <translation>Facultatif&#xa0;: affiché à votre contact lorsqu’il ajoute votre clé</translation>
    </message>
    <message>
        <source>Your &amp;name for them:</source>
        <translation>Votre &amp;nom pour lui&#xa0;:</translation>
    </message>
    <message>
        <source>S&amp;how my key</source>
        <translation>&amp;Afficher ma clé</translation>
    </message>
    <message>
        <source>Show my key for this contact</source>
        <translation>Afficher ma clé pour ce contact</translation>
    </message>
    <message>
        <source>QR code of your key</source>
        <translation>Code QR de votre clé</translation>
    </message>
    <message>
        <source>Your key&apos;s numbers</source>
        <translation>Les chiffres de votre clé</translation>
    </message>
    <message>
        <source>&amp;Save the key file…</source>
        <translation>&amp;Enregistrer le fichier de clé…</translation>
    </message>
    <message>
        <source>Save the key file</source>
        <translation>Enregistrer le fichier de clé</translation>
    </message>
    <message>
        <source>&amp;Copy the key</source>
        <translation>&amp;Copier la clé</translation>
    </message>
    <message>
        <source>Copy the key as text</source>
        <translation>Copier la clé sous forme de texte</translation>
    </message>
    <message>
        <source>Name the contact the key is for.</source>
        <translation>Indiquez le contact auquel la clé est destinée.</translation>
    </message>
    <message>
        <source>Let %s scan this code with their phone&apos;s camera and send them the picture, or save the key file and send it. Then call them and read these numbers to each other: they must see the same ones.</source>
        <translation>Laissez %s scanner ce code avec l’appareil photo de son téléphone et envoyez-lui l’image, ou enregistrez le fichier de clé et envoyez-le. Appelez ensuite cette personne et lisez-vous ces chiffres mutuellement&#xa0;: vous devez voir les mêmes.</translation>
    </message>
    <message>
        <source>Save your key</source>
        <translation>Enregistrer votre clé</translation>
    </message>
    <message>
        <source>Contact keys (*.json);;All files (*)</source>
        <translation>Clés de contact (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Could not write %s: %s</source>
        <translation>Impossible d’écrire %s&#xa0;: %s</translation>
    </message>
    <message>
        <source>Saved your key to %s.</source>
        <translation>Clé enregistrée dans %s.</translation>
    </message>
    <message>
        <source>Copied your key: paste it into a message to %s.</source>
        <translation>Clé copiée&#xa0;: collez-la dans un message à %s.</translation>
    </message>
</context>
<context>
    <name>Keyring</name>
    <message>
        <source>The system keyring&apos;s prompt was cancelled (or could not be shown), so the keyring was not used.</source>
        <translation>La demande du trousseau de clés du système a été annulée (ou n’a pas pu s’afficher)&#x202f;; le trousseau n’a donc pas été utilisé.</translation>
    </message>
    <message>
        <source>The system keyring did not answer within %1 seconds, so it was not used. Its prompt may be waiting behind this window.</source>
        <translation>Le trousseau de clés du système n’a pas répondu dans un délai de %1 secondes&#x202f;; il n’a donc pas été utilisé. Sa fenêtre attend peut-être derrière celle-ci.</translation>
    </message>
    <message>
        <source>Type the passphrase, or choose “Unlock with this device” to be asked again.</source>
        <translation>Saisissez la phrase de passe, ou choisissez «&#xa0;Déverrouiller avec cet appareil&#xa0;» pour que la demande s’affiche à nouveau.</translation>
    </message>
    <message>
        <source>Tick the box again to be asked once more.</source>
        <translation>Cochez à nouveau la case pour que la demande s’affiche une nouvelle fois.</translation>
    </message>
    <message>
        <source>This device does not remember the vault; you can try again in Settings.</source>
        <translation>Cet appareil ne mémorise pas le coffre&#x202f;; vous pouvez réessayer dans les Paramètres.</translation>
    </message>
</context>
<context>
    <name>LeakDialog</name>
    <message>
        <source>Record a leak of %s&apos;s alias</source>
        <translation>Enregistrer une fuite d’un alias de %s</translation>
    </message>
    <message>
        <source>Record leak</source>
        <translation>Enregistrer la fuite</translation>
    </message>
    <message>
        <source>Paste the headers of a message sent to the alias (your mail program&apos;s “Show original” or “View source”; a whole message is fine: only its headers are kept, encrypted in your vault). Without headers, fill in the rest by hand.</source>
        <translation>Collez les en-têtes d’un message envoyé à l’alias («&#xa0;Afficher l’original&#xa0;» ou «&#xa0;Afficher la source&#xa0;» dans votre messagerie&#x202f;; un message entier convient&#xa0;: seuls ses en-têtes sont conservés, chiffrés dans votre coffre). Sans en-têtes, remplissez le reste à la main.</translation>
    </message>
    <message>
        <source>Message headers</source>
        <translation>En-têtes du message</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation>Alias</translation>
    </message>
    <message>
        <source>Day it was used</source>
        <translation>Jour d’utilisation</translation>
    </message>
    <message>
        <source>Used by</source>
        <translation>Utilisé par</translation>
    </message>
    <message>
        <source>a company, a sender&apos;s address, a caller&apos;s number</source>
        <translation>une entreprise, l’adresse d’un expéditeur, le numéro d’un appelant</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>Pa&amp;sted headers:</source>
        <translation>En-têtes co&amp;llés&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Alias:</source>
        <translation>&amp;Alias&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>&amp;Jour&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Used by:</source>
        <translation>&amp;Utilisé par&#xa0;:</translation>
    </message>
    <message>
        <source>Ho&amp;w:</source>
        <translation>Co&amp;mment&#xa0;:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>&amp;Remarque&#xa0;:</translation>
    </message>
</context>
<context>
    <name>LeakRequest</name>
    <message>
        <source>Under Article 15(1)(c) of the General Data Protection Regulation I ask you in particular to name the recipients to whom my personal data have been or will be disclosed.</source>
        <translation>En vertu de l’article 15, paragraphe 1, point c), du règlement général sur la protection des données, je vous demande en particulier d’indiquer les destinataires auxquels mes données à caractère personnel ont été ou seront communiquées.</translation>
    </message>
    <message>
        <source>Under section 1798.110 of the California Consumer Privacy Act I ask you in particular to name the third parties to whom you disclosed my personal information.</source>
        <translation>En vertu de la section 1798.110 du California Consumer Privacy Act, je vous demande en particulier d’indiquer les tiers auxquels vous avez communiqué mes informations personnelles.</translation>
    </message>
    <message>
        <source>I gave the address {address} to you alone on {given} in the package {package}; it was given to no one else.</source>
        <translation>Je vous ai communiqué l’adresse {address}, à vous seul, le {given} dans le paquet {package}&#x202f;; elle n’a été communiquée à personne d’autre.</translation>
    </message>
    <message>
        <source>I gave the address {address} to you alone on {given}; it was given to no one else.</source>
        <translation>Je vous ai communiqué l’adresse {address}, à vous seul, le {given}&#x202f;; elle n’a été communiquée à personne d’autre.</translation>
    </message>
    <message>
        <source>I gave the address {address} to you alone in the package {package}; it was given to no one else.</source>
        <translation>Je vous ai communiqué l’adresse {address}, à vous seul, dans le paquet {package}&#x202f;; elle n’a été communiquée à personne d’autre.</translation>
    </message>
    <message>
        <source>I gave the address {address} to you alone; it was given to no one else.</source>
        <translation>Je vous ai communiqué l’adresse {address}, à vous seul&#x202f;; elle n’a été communiquée à personne d’autre.</translation>
    </message>
    <message>
        <source>On {seen} it was used by {who} {how}{subject}, who did not have it from me.</source>
        <translation>Le {seen}, elle a été utilisée par {who} {how}{subject}, qui ne la tenait pas de moi.</translation>
    </message>
    <message>
        <source>On {seen} it was used by someone else {how}{subject}, who did not have it from me.</source>
        <translation>Le {seen}, elle a été utilisée par un tiers {how}{subject}, qui ne la tenait pas de moi.</translation>
    </message>
    <message>
        <source>in an e-mail</source>
        <translation>dans un e-mail</translation>
    </message>
    <message>
        <source>in a phone call</source>
        <translation>lors d’un appel téléphonique</translation>
    </message>
    <message>
        <source>in a text message</source>
        <translation>dans un SMS</translation>
    </message>
    <message>
        <source> (subject “{subject}”)</source>
        <translation> (objet «&#xa0;{subject}&#xa0;»)</translation>
    </message>
    <message>
        <source>Please tell me to whom you disclosed it, when, and on what basis.</source>
        <translation>Je vous prie de m’indiquer à qui vous l’avez communiquée, à quelle date et sur quelle base.</translation>
    </message>
</context>
<context>
    <name>LeaksModel</name>
    <message>
        <source>Seen</source>
        <translation>Vu le</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation>Alias</translation>
    </message>
    <message>
        <source>Used by</source>
        <translation>Utilisé par</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>%s (recorded by hand)</source>
        <translation>%s (enregistré à la main)</translation>
    </message>
</context>
<context>
    <name>LedgerModel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>To / from</source>
        <translation>À / de</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Nature</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Champs</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Paquet</translation>
    </message>
    <message>
        <source>share</source>
        <translation>partage</translation>
    </message>
    <message>
        <source>answer: offer</source>
        <translation>réponse&#xa0;: offre</translation>
    </message>
    <message>
        <source>answer: refusal</source>
        <translation>réponse&#xa0;: refus</translation>
    </message>
    <message>
        <source>answer: acknowledgement</source>
        <translation>réponse&#xa0;: accusé de réception</translation>
    </message>
</context>
<context>
    <name>Letter</name>
    <message>
        <source>my subscription “{title}”</source>
        <translation>mon abonnement «&#xa0;{title}&#xa0;»</translation>
    </message>
    <message>
        <source>my contract “{title}”</source>
        <translation>mon contrat «&#xa0;{title}&#xa0;»</translation>
    </message>
    <message>
        <source>my warranty “{title}”</source>
        <translation>ma garantie «&#xa0;{title}&#xa0;»</translation>
    </message>
    <message>
        <source>my membership “{title}”</source>
        <translation>mon adhésion «&#xa0;{title}&#xa0;»</translation>
    </message>
    <message>
        <source>my customer account “{title}”</source>
        <translation>mon compte client «&#xa0;{title}&#xa0;»</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Street address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>today</source>
        <translation>aujourd’hui</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>demain</translation>
    </message>
    <message>
        <source>{days} days from today</source>
        <translation>dans {days} jours</translation>
    </message>
    <message>
        <source>Too late for this term: the letter had to arrive by {missed}. Sent now, the cancellation takes effect on {effective} instead (it must arrive by {arrive_by}).</source>
        <translation>Trop tard pour cette échéance&#xa0;: la lettre devait arriver au plus tard le {missed}. Envoyée maintenant, la résiliation prendra effet le {effective} (elle doit arriver au plus tard le {arrive_by}).</translation>
    </message>
    <message>
        <source>Too late for this term: the letter had to arrive by {missed}. The letter asks to end the agreement at the earliest possible date.</source>
        <translation>Trop tard pour cette échéance&#xa0;: la lettre devait arriver au plus tard le {missed}. La lettre demande de mettre fin à l’engagement à la date la plus proche possible.</translation>
    </message>
    <message>
        <source>In the free trial: the letter must arrive by {arrive_by} ({left}), the trial&apos;s last day; the agreement then ends with the trial.</source>
        <translation>Pendant l’essai gratuit&#xa0;: la lettre doit arriver au plus tard le {arrive_by} ({left}), dernier jour de l’essai&#x202f;; l’engagement prend alors fin avec l’essai.</translation>
    </message>
    <message>
        <source>In time: the letter must arrive by {arrive_by} ({left}); the agreement then ends on {effective}.</source>
        <translation>Dans les délais&#xa0;: la lettre doit arriver au plus tard le {arrive_by} ({left})&#x202f;; l’engagement prend alors fin le {effective}.</translation>
    </message>
    <message>
        <source>In time: the letter must arrive by {arrive_by} ({left}).</source>
        <translation>Dans les délais&#xa0;: la lettre doit arriver au plus tard le {arrive_by} ({left}).</translation>
    </message>
    <message>
        <source>No notice period is on file: send it soon; the letter asks to end the agreement on {effective}.</source>
        <translation>Aucun préavis n’est enregistré&#xa0;: envoyez-la rapidement&#x202f;; la lettre demande de mettre fin à l’engagement le {effective}.</translation>
    </message>
    <message>
        <source>No renewal or cancel-by date is on file: the letter asks to end the agreement at the earliest possible date.</source>
        <translation>Aucune date de renouvellement ni de résiliation n’est enregistrée&#xa0;: la lettre demande de mettre fin à l’engagement à la date la plus proche possible.</translation>
    </message>
    <message>
        <source>Email: {email}</source>
        <translation>E-mail&#xa0;: {email}</translation>
    </message>
    <message>
        <source>Phone: {phone}</source>
        <translation>Téléphone&#xa0;: {phone}</translation>
    </message>
    <message>
        <source>(reference {reference})</source>
        <translation>(référence {reference})</translation>
    </message>
    <message>
        <source>I hereby cancel {what} with effect from {date}, or, if that is not possible, at the earliest possible date.</source>
        <translation>Par la présente, je résilie {what} à compter du {date} ou, si cela n’est pas possible, à la date la plus proche possible.</translation>
    </message>
    <message>
        <source>I hereby cancel {what} at the earliest possible date.</source>
        <translation>Par la présente, je résilie {what} à la date la plus proche possible.</translation>
    </message>
    <message>
        <source>The agreed notice period is {days} days; this letter is to reach you by {date}.</source>
        <translation>Le préavis convenu est de {days} jours&#x202f;; ce courrier doit vous parvenir au plus tard le {date}.</translation>
    </message>
    <message>
        <source>The agreed notice period is {days} days.</source>
        <translation>Le préavis convenu est de {days} jours.</translation>
    </message>
    <message>
        <source>This letter is to reach you by {date}.</source>
        <translation>Ce courrier doit vous parvenir au plus tard le {date}.</translation>
    </message>
    <message>
        <source>I am cancelling within the free trial, which ends on {date}.</source>
        <translation>Je résilie pendant la période d’essai gratuit, qui prend fin le {date}.</translation>
    </message>
    <message>
        <source>Please make no further charges once the cancellation has taken effect.</source>
        <translation>Je vous prie de ne plus effectuer aucun prélèvement une fois la résiliation effective.</translation>
    </message>
    <message>
        <source>Please confirm in writing that you have received this cancellation and the date on which it takes effect.</source>
        <translation>Je vous prie de me confirmer par écrit la réception de cette résiliation ainsi que la date à laquelle elle prend effet.</translation>
    </message>
    <message>
        <source>{place}, {date}</source>
        <translation>{place}, le {date}</translation>
    </message>
    <message>
        <source>Cancellation of {title}</source>
        <translation>Résiliation de {title}</translation>
    </message>
    <message>
        <source>reference {reference}</source>
        <translation>référence {reference}</translation>
    </message>
    <message>
        <source>Dear Sir or Madam,</source>
        <translation>Madame, Monsieur,</translation>
    </message>
    <message>
        <source>Yours faithfully,</source>
        <translation>Je vous prie d’agréer, Madame, Monsieur, l’expression de mes salutations distinguées.</translation>
    </message>
    <message>
        <source>Cancellation letter sent for {title}</source>
        <translation>Lettre de résiliation envoyée pour {title}</translation>
    </message>
    <message>
        <source>(to take effect on {date})</source>
        <translation>(prenant effet le {date})</translation>
    </message>
    <message>
        <source>Has {vendor} confirmed the cancellation of {title}?</source>
        <translation>{vendor} a-t-il confirmé la résiliation de {title}&#x202f;?</translation>
    </message>
</context>
<context>
    <name>LetterDialog</name>
    <message>
        <source>Cancellation letter: %s</source>
        <translation>Lettre de résiliation&#xa0;: %s</translation>
    </message>
    <message>
        <source>&amp;Language of the letter:</source>
        <translation>&amp;Langue de la lettre&#xa0;:</translation>
    </message>
    <message>
        <source>Your details in the letter</source>
        <translation>Vos coordonnées dans la lettre</translation>
    </message>
    <message>
        <source>Ticked: what the vendor already has from you. Untick what should stay out; tick more if the vendor needs it to find your contract.</source>
        <translation>Cochées&#xa0;: ce que le fournisseur a déjà de vous. Décochez ce qui doit rester à l’écart&#x202f;; cochez-en davantage si le fournisseur en a besoin pour retrouver votre contrat.</translation>
    </message>
    <message>
        <source>Your profile is empty: the letter names only the agreement. Fill in your details under Sharing ▸ Your profile to put your name and address in.</source>
        <translation>Votre profil est vide&#xa0;: la lettre ne mentionne que l’engagement. Renseignez vos coordonnées dans Partage ▸ Votre profil pour y faire figurer votre nom et votre adresse.</translation>
    </message>
    <message>
        <source>The le&amp;tter:</source>
        <translation>La le&amp;ttre&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;opy text</source>
        <translation>C&amp;opier le texte</translation>
    </message>
    <message>
        <source>Copy the letter&apos;s text</source>
        <translation>Copier le texte de la lettre</translation>
    </message>
    <message>
        <source>Write an &amp;e-mail</source>
        <translation>Rédiger un &amp;e-mail</translation>
    </message>
    <message>
        <source>Write the letter as an e-mail to the vendor</source>
        <translation>Rédiger la lettre sous forme d’e-mail au fournisseur</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Enregistrer en &amp;PDF…</translation>
    </message>
    <message>
        <source>Save the letter as a PDF</source>
        <translation>Enregistrer la lettre au format PDF</translation>
    </message>
    <message>
        <source>&amp;Mark as sent</source>
        <translation>&amp;Marquer comme envoyée</translation>
    </message>
    <message>
        <source>Record that you sent the letter and set a follow-up</source>
        <translation>Noter que vous avez envoyé la lettre et programmer une relance</translation>
    </message>
    <message>
        <source>Puts “Cancellation letter sent” on the vendor&apos;s timeline and a follow-up to check that the vendor confirmed</source>
        <translation>Ajoute «&#xa0;Lettre de résiliation envoyée&#xa0;» à l’historique du fournisseur, ainsi qu’une relance pour vérifier que le fournisseur a confirmé</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Ce qui a été fait</translation>
    </message>
    <message>
        <source>The vendor has no e-mail address on file: you fill it in</source>
        <translation>Aucune adresse e-mail n’est enregistrée pour ce fournisseur&#xa0;: à vous de la saisir</translation>
    </message>
    <message>
        <source>Copied the letter.</source>
        <translation>Lettre copiée.</translation>
    </message>
    <message>
        <source>No e-mail program answered. Copy the text into an e-mail yourself.</source>
        <translation>Aucun programme de messagerie n’a répondu. Copiez vous-même le texte dans un e-mail.</translation>
    </message>
    <message>
        <source>Your e-mail program opens the letter as a new message.</source>
        <translation>Votre programme de messagerie ouvre la lettre dans un nouveau message.</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the PDF…</source>
        <translation>Création du PDF…</translation>
    </message>
    <message>
        <source>Could not write %s: %s</source>
        <translation>Impossible d’écrire %s&#xa0;: %s</translation>
    </message>
    <message>
        <source>Saved the letter to %s.</source>
        <translation>Lettre enregistrée dans %s.</translation>
    </message>
    <message>
        <source>Recorded on the timeline. A follow-up on %s asks: %s</source>
        <translation>Inscrit dans l’historique. Une relance le %s demande&#xa0;: %s</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>%s — MyVendors</source>
        <translation>%s — MyVendors</translation>
    </message>
    <message>
        <source>&amp;Add vendor…</source>
        <translation>&amp;Ajouter un fournisseur…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Ré&amp;tablir</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Verrouiller</translation>
    </message>
    <message>
        <source>Lock the vault (Ctrl+L)</source>
        <translation>Verrouiller le coffre (Ctrl+L)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Rechercher…</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Vue d’ensemble</translation>
    </message>
    <message>
        <source>&amp;Vendors</source>
        <translation>&amp;Fournisseurs</translation>
    </message>
    <message>
        <source>&amp;Requests</source>
        <translation>De&amp;mandes</translation>
    </message>
    <message>
        <source>Re&amp;putation</source>
        <translation>Ré&amp;putation</translation>
    </message>
    <message>
        <source>S&amp;hared</source>
        <translation>Par&amp;tages</translation>
    </message>
    <message>
        <source>&amp;Money</source>
        <translation>Fi&amp;nances</translation>
    </message>
    <message>
        <source>&amp;Trusted contacts</source>
        <translation>&amp;Contacts de confiance</translation>
    </message>
    <message>
        <source>Import a &amp;contact&apos;s notes…</source>
        <translation>Importer les avis d’un c&amp;ontact…</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Vue d’ensemble</translation>
    </message>
    <message>
        <source>Vendors</source>
        <translation>Fournisseurs</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Demandes</translation>
    </message>
    <message>
        <source>Reputation</source>
        <translation>Réputation</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>Partages</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>Finances</translation>
    </message>
    <message>
        <source>Trusted contacts</source>
        <translation>Contacts de confiance</translation>
    </message>
    <message>
        <source>&amp;Vault</source>
        <translation>&amp;Coffre</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Aller à</translation>
    </message>
    <message>
        <source>Ve&amp;ndors</source>
        <translation>&amp;Fournisseurs</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barre d’outils principale</translation>
    </message>
    <message>
        <source>Search everything (Ctrl+F or Ctrl+K)</source>
        <translation>Tout rechercher (Ctrl+F ou Ctrl+K)</translation>
    </message>
    <message>
        <source>MyVendors — locked</source>
        <translation>MyVendors — verrouillé</translation>
    </message>
    <message>
        <source>That record is not listed in its tab.</source>
        <translation>Cet élément n’apparaît pas dans son onglet.</translation>
    </message>
    <message>
        <source>That offer names no vendor kept in this vault.</source>
        <translation>Cette offre ne mentionne aucun fournisseur enregistré dans ce coffre.</translation>
    </message>
    <message>
        <source>That request is older than the ones listed.</source>
        <translation>Cette demande est plus ancienne que celles affichées.</translation>
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
        <translation>Finances</translation>
    </message>
    <message>
        <source>Spending per month</source>
        <translation>Dépenses par mois</translation>
    </message>
    <message>
        <source>Spending per category</source>
        <translation>Dépenses par catégorie</translation>
    </message>
    <message>
        <source>Spending per vendor</source>
        <translation>Dépenses par fournisseur</translation>
    </message>
    <message>
        <source>&amp;Chart</source>
        <translation>&amp;Graphique</translation>
    </message>
    <message>
        <source>Per &amp;month</source>
        <translation>Par &amp;mois</translation>
    </message>
    <message>
        <source>Per ca&amp;tegory</source>
        <translation>Par ca&amp;tégorie</translation>
    </message>
    <message>
        <source>Per vend&amp;or</source>
        <translation>Par &amp;fournisseur</translation>
    </message>
    <message>
        <source>No payments yet</source>
        <translation>Aucun paiement pour l’instant</translation>
    </message>
    <message>
        <source>Record payments on a vendor&apos;s timeline, or import a bank statement: what you spend shows here.</source>
        <translation>Enregistrez des paiements dans l’historique d’un fournisseur, ou importez un relevé bancaire&#xa0;: vos dépenses s’affichent ici.</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Last %d months</source>
        <translation>%d derniers mois</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Période&#xa0;:</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>&amp;Devise&#xa0;:</translation>
    </message>
    <message>
        <source>E&amp;xchange rates…</source>
        <translation>Taux de &amp;change…</translation>
    </message>
    <message>
        <source>Your main currency and the rates to convert to it (Settings, Money)</source>
        <translation>Votre devise principale et les taux de conversion vers celle-ci (Paramètres, Finances)</translation>
    </message>
    <message>
        <source>Spending per month, as a chart</source>
        <translation>Dépenses par mois, sous forme de graphique</translation>
    </message>
    <message>
        <source>Reading your payments…</source>
        <translation>Lecture de vos paiements…</translation>
    </message>
    <message>
        <source>All, in %s</source>
        <translation>Toutes, en %s</translation>
    </message>
    <message>
        <source>&lt;b&gt;%s&lt;/b&gt; spent in the last %d months</source>
        <translation>&lt;b&gt;%s&lt;/b&gt; dépensés au cours des %d derniers mois</translation>
    </message>
    <message>
        <source>%s this month</source>
        <translation>%s ce mois-ci</translation>
    </message>
    <message>
        <source>running agreements %s a year</source>
        <translation>engagements en cours&#xa0;: %s par an</translation>
    </message>
    <message>
        <source>All together, converted with your rates: &lt;b&gt;%s&lt;/b&gt; (agreements %s a year)</source>
        <translation>Au total, converti selon vos taux&#xa0;: &lt;b&gt;%s&lt;/b&gt; (engagements&#xa0;: %s par an)</translation>
    </message>
    <message>
        <source>No rate for %s: give one under Exchange rates to see everything in %s.</source>
        <translation>Aucun taux pour %s&#xa0;: indiquez-en un sous Taux de change pour tout voir en %s.</translation>
    </message>
    <message>
        <source>Each currency is counted on its own. Choose a main currency and rates under Exchange rates to see a total.</source>
        <translation>Chaque devise est comptée séparément. Choisissez une devise principale et des taux sous Taux de change pour afficher un total.</translation>
    </message>
    <message>
        <source>Uncategorised</source>
        <translation>Sans catégorie</translation>
    </message>
    <message>
        <source>%d other vendors</source>
        <translation>%d autres fournisseurs</translation>
    </message>
    <message>
        <source>1 other vendor</source>
        <translation>1 autre fournisseur</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>Dépensé</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Paiements</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Fournisseur</translation>
    </message>
</context>
<context>
    <name>MonthChart</name>
    <message>
        <source>No months to show.</source>
        <translation>Aucun mois à afficher.</translation>
    </message>
    <message>
        <source>Spending per month in %s from %s to %s; the most in %s: %s.</source>
        <translation>Dépenses par mois en %s du %s au %s&#x202f;; le plus en %s&#xa0;: %s.</translation>
    </message>
</context>
<context>
    <name>NewPassphraseForm</name>
    <message>
        <source>New passphrase</source>
        <translation>Nouvelle phrase de passe</translation>
    </message>
    <message>
        <source>At least %d characters</source>
        <translation>Au moins %d caractères</translation>
    </message>
    <message>
        <source>Repeat the new passphrase</source>
        <translation>Répétez la nouvelle phrase de passe</translation>
    </message>
    <message>
        <source>&amp;Use this weak passphrase anyway</source>
        <translation>&amp;Utiliser quand même cette phrase de passe faible</translation>
    </message>
    <message>
        <source>A weak passphrase can be guessed by someone who gets a copy of the vault file.</source>
        <translation>Une phrase de passe faible peut être devinée par quiconque obtient une copie du fichier du coffre.</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Phrase de passe</translation>
    </message>
    <message>
        <source>&amp;Repeat passphrase</source>
        <translation>&amp;Répéter la phrase de passe</translation>
    </message>
    <message>
        <source>The passphrases do not match.</source>
        <translation>Les phrases de passe ne correspondent pas.</translation>
    </message>
</context>
<context>
    <name>NewToMeModel</name>
    <message>
        <source>Vendor</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <source>Who talks about it</source>
        <translation>Qui en parle</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Avis</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Le plus récent</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>Edit note</source>
        <translation>Modifier l’avis</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Ajouter un avis</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>&amp;Quality</source>
        <translation>&amp;Qualité</translation>
    </message>
    <message>
        <source>&amp;Price</source>
        <translation>&amp;Prix</translation>
    </message>
    <message>
        <source>&amp;Service</source>
        <translation>&amp;Service</translation>
    </message>
    <message>
        <source>&amp;Honesty</source>
        <translation>&amp;Honnêteté</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>%s rating</source>
        <translation>Note&#xa0;: %s</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>non noté</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Avis</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>A&amp;vis</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>comma-separated</source>
        <translation>séparées par des virgules</translation>
    </message>
    <message>
        <source>&amp;Tags</source>
        <translation>É&amp;tiquettes</translation>
    </message>
    <message>
        <source>&amp;Me</source>
        <translation>&amp;Moi</translation>
    </message>
    <message>
        <source>A trusted &amp;contact:</source>
        <translation>Un &amp;contact de confiance&#xa0;:</translation>
    </message>
    <message>
        <source>Contact&apos;s name</source>
        <translation>Nom du contact</translation>
    </message>
    <message>
        <source>their name</source>
        <translation>son nom</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Name the contact whose note this is.</source>
        <translation>Indiquez le contact auteur de cet avis.</translation>
    </message>
</context>
<context>
    <name>NoteTableModel</name>
    <message>
        <source>Quality</source>
        <translation>Qualité</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Honesty</source>
        <translation>Honnêteté</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Avis</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>Moi</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>%s · 1 leak</source>
        <translation>%s · 1 fuite</translation>
    </message>
    <message>
        <source>%s · %d leaks</source>
        <translation>%s · %d fuites</translation>
    </message>
</context>
<context>
    <name>NotesModel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Avis</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>Moi</translation>
    </message>
</context>
<context>
    <name>OfferDialog</name>
    <message>
        <source>Add offer</source>
        <translation>Ajouter une offre</translation>
    </message>
    <message>
        <source>An offer for “%s”</source>
        <translation>Une offre pour «&#xa0;%s&#xa0;»</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>&amp;Price</source>
        <translation>&amp;Prix</translation>
    </message>
    <message>
        <source>C&amp;onditions</source>
        <translation>C&amp;onditions</translation>
    </message>
    <message>
        <source>&amp;Add offer</source>
        <translation>&amp;Ajouter l’offre</translation>
    </message>
    <message>
        <source>A &amp;vendor in your vault</source>
        <translation>Un &amp;fournisseur de votre coffre</translation>
    </message>
    <message>
        <source>Someone &amp;else</source>
        <translation>&amp;Quelqu’un d’autre</translation>
    </message>
    <message>
        <source>From a vendor in your vault</source>
        <translation>D’un fournisseur de votre coffre</translation>
    </message>
    <message>
        <source>From someone not in your vault</source>
        <translation>De quelqu’un qui n’est pas dans votre coffre</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>Type to find a vendor</source>
        <translation>Tapez pour trouver un fournisseur</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Expéditeur</translation>
    </message>
    <message>
        <source>The name the offer gives</source>
        <translation>Le nom indiqué dans l’offre</translation>
    </message>
    <message>
        <source>There are no vendors in this vault yet</source>
        <translation>Ce coffre ne contient encore aucun fournisseur</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <source>e.g. 390 or 19.99</source>
        <translation>p. ex. 390 ou 19.99</translation>
    </message>
    <message>
        <source>Price currency</source>
        <translation>Devise du prix</translation>
    </message>
    <message>
        <source>Valid &amp;until</source>
        <translation>Valable &amp;jusqu’au</translation>
    </message>
    <message>
        <source>Has a valid-until date</source>
        <translation>A une date de fin de validité</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valable jusqu’au</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <source>What the offer says: term, delivery, extras, fine print</source>
        <translation>Ce que dit l’offre&#xa0;: durée, livraison, options, petites lignes</translation>
    </message>
    <message>
        <source>Choose a vendor from the list, or pick “Someone else” for a sender not in your vault.</source>
        <translation>Choisissez un fournisseur dans la liste, ou sélectionnez «&#xa0;Quelqu’un d’autre&#xa0;» pour un expéditeur absent de votre coffre.</translation>
    </message>
</context>
<context>
    <name>OfferTableModel</name>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valable jusqu’au</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>Appréciation</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <source>%s (not in your vault: accepting adds it as a vendor)</source>
        <translation>%s (absent de votre coffre&#xa0;: l’accepter l’ajoute comme fournisseur)</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <source>Optional: select the date and press Delete to leave it empty</source>
        <translation>Facultatif&#xa0;: sélectionnez la date et appuyez sur Suppr pour la laisser vide</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Overview</source>
        <translation>Vue d’ensemble</translation>
    </message>
    <message>
        <source>Coming up</source>
        <translation>À venir</translation>
    </message>
    <message>
        <source>No reminders now. They come on your schedule (Settings, Reminders).</source>
        <translation>Aucun rappel pour le moment. Ils arrivent selon votre calendrier (Paramètres, Rappels).</translation>
    </message>
    <message>
        <source>Nothing renews or must be cancelled in the next %d days.</source>
        <translation>Rien ne se renouvelle ni ne doit être résilié dans les %d prochains jours.</translation>
    </message>
    <message>
        <source>What you spend</source>
        <translation>Vos dépenses</translation>
    </message>
    <message>
        <source>No payments recorded and no running agreement with a price and a billing period yet.</source>
        <translation>Aucun paiement enregistré et aucun engagement en cours avec un prix et une période de facturation pour l’instant.</translation>
    </message>
    <message>
        <source>Open requests</source>
        <translation>Demandes ouvertes</translation>
    </message>
    <message>
        <source>No open requests. Requests you publish wait here for offers.</source>
        <translation>Aucune demande ouverte. Les demandes que vous publiez attendent ici des offres.</translation>
    </message>
    <message>
        <source>Recent interactions</source>
        <translation>Échanges récents</translation>
    </message>
    <message>
        <source>No interactions recorded yet.</source>
        <translation>Aucun échange enregistré pour l’instant.</translation>
    </message>
    <message>
        <source>Open leaks</source>
        <translation>Fuites en cours</translation>
    </message>
    <message>
        <source>No open leaks.</source>
        <translation>Aucune fuite en cours.</translation>
    </message>
    <message>
        <source>Standing fell lately</source>
        <translation>Appréciation en baisse récemment</translation>
    </message>
    <message>
        <source>No vendor&apos;s standing fell in the last %d days (judged by your own rated notes).</source>
        <translation>Aucune appréciation de fournisseur n’a baissé ces %d derniers jours (d’après vos propres avis notés).</translation>
    </message>
    <message>
        <source>Reading your notes…</source>
        <translation>Lecture de vos avis…</translation>
    </message>
    <message>
        <source>Adding up your payments…</source>
        <translation>Calcul du total de vos paiements…</translation>
    </message>
    <message>
        <source>Open leaks: %d</source>
        <translation>Fuites en cours&#xa0;: %d</translation>
    </message>
    <message>
        <source>1 open leak of your data</source>
        <translation>1 fuite de vos données en cours</translation>
    </message>
    <message>
        <source>%d open leaks of your data</source>
        <translation>%d fuites de vos données en cours</translation>
    </message>
    <message>
        <source>Leaked</source>
        <translation>Fuite</translation>
    </message>
    <message>
        <source>Overdue and due in the next %d days</source>
        <translation>En retard et à échéance dans les %d prochains jours</translation>
    </message>
    <message>
        <source>Due in the next %d days</source>
        <translation>À échéance dans les %d prochains jours</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>hier</translation>
    </message>
    <message>
        <source>%d days ago</source>
        <translation>il y a %d jours</translation>
    </message>
    <message>
        <source>today</source>
        <translation>aujourd’hui</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>demain</translation>
    </message>
    <message>
        <source>in %d days</source>
        <translation>dans %d jours</translation>
    </message>
    <message>
        <source>cancel by %s (%s)</source>
        <translation>résilier avant le %s (%s)</translation>
    </message>
    <message>
        <source>renews %s (%s)</source>
        <translation>se renouvelle le %s (%s)</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Cancel soon</source>
        <translation>Résilier bientôt</translation>
    </message>
    <message>
        <source>%s %s (%s)</source>
        <translation>%s %s (%s)</translation>
    </message>
    <message>
        <source>Soon</source>
        <translation>Bientôt</translation>
    </message>
    <message>
        <source>%s this month · %s in the last %d months</source>
        <translation>%s ce mois-ci · %s sur les %d derniers mois</translation>
    </message>
    <message>
        <source>no running agreements</source>
        <translation>aucun engagement en cours</translation>
    </message>
    <message>
        <source>All together: %s this month · %s in the last %d months</source>
        <translation>Au total&#xa0;: %s ce mois-ci · %s sur les %d derniers mois</translation>
    </message>
    <message>
        <source>converted to %s with your rates; agreements %s a year</source>
        <translation>converti en %s avec vos taux&#x202f;; engagements %s par an</translation>
    </message>
    <message>
        <source>agreements %s a month · %s a year</source>
        <translation>engagements %s par mois · %s par an</translation>
    </message>
    <message>
        <source>%s: %s a year</source>
        <translation>%s&#xa0;: %s par an</translation>
    </message>
    <message>
        <source>no category</source>
        <translation>sans catégorie</translation>
    </message>
    <message>
        <source>most on %s</source>
        <translation>poste principal&#xa0;: %s</translation>
    </message>
    <message>
        <source>no offers yet</source>
        <translation>aucune offre pour l’instant</translation>
    </message>
    <message>
        <source>1 offer</source>
        <translation>1 offre</translation>
    </message>
    <message>
        <source>%d offers</source>
        <translation>%d offres</translation>
    </message>
    <message>
        <source> · needed by %s</source>
        <translation> · nécessaire avant le %s</translation>
    </message>
    <message>
        <source>1 recent note</source>
        <translation>1 avis récent</translation>
    </message>
    <message>
        <source>%d recent notes</source>
        <translation>%d avis récents</translation>
    </message>
    <message>
        <source>%.1f → %.1f of 5 (%s)</source>
        <translation>%.1f → %.1f sur 5 (%s)</translation>
    </message>
</context>
<context>
    <name>Package</name>
    <message>
        <source>personal request</source>
        <translation>demande personnelle</translation>
    </message>
    <message>
        <source>profile</source>
        <translation>profil</translation>
    </message>
    <message>
        <source>feedback</source>
        <translation>retours</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>avis</translation>
    </message>
    <message>
        <source>erasure request</source>
        <translation>demande d’effacement</translation>
    </message>
    <message>
        <source>access request</source>
        <translation>demande d’accès</translation>
    </message>
    <message>
        <source>Answer this personal request with offers</source>
        <translation>Répondre à cette demande personnelle par des offres</translation>
    </message>
    <message>
        <source>Deliver the service I use with you</source>
        <translation>Fournir le service que j’utilise chez vous</translation>
    </message>
    <message>
        <source>Consider my feedback</source>
        <translation>Prendre en compte mes retours</translation>
    </message>
    <message>
        <source>Inform a trusted contact&apos;s choice of vendor</source>
        <translation>Éclairer le choix d’un fournisseur par un contact de confiance</translation>
    </message>
    <message>
        <source>Act on my request to erase my data</source>
        <translation>Donner suite à ma demande d’effacement de mes données</translation>
    </message>
    <message>
        <source>Act on my request to see my data</source>
        <translation>Donner suite à ma demande d’accès à mes données</translation>
    </message>
    <message>
        <source>{days} days after receipt</source>
        <translation>{days} jours après réception</translation>
    </message>
    <message>
        <source>when I ask</source>
        <translation>quand je le demande</translation>
    </message>
    <message>
        <source>Personal request</source>
        <extracomment>where the terms are among `sections` (the HTML shows them as paragraphs, not a table)</extracomment>
        <translation>Demande personnelle</translation>
    </message>
    <message>
        <source>Profile details</source>
        <translation>Informations du profil</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Retours</translation>
    </message>
    <message>
        <source>Notes about a vendor</source>
        <translation>Avis sur un fournisseur</translation>
    </message>
    <message>
        <source>Request to erase my data</source>
        <translation>Demande d’effacement de mes données</translation>
    </message>
    <message>
        <source>Request to see my data</source>
        <translation>Demande d’accès à mes données</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Street address</source>
        <translation>Adresse postale</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Needed by</source>
        <translation>Nécessaire avant le</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Courrier</translation>
    </message>
    <message>
        <source>Law</source>
        <translation>Loi</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Démarche</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Articles</translation>
    </message>
    <message>
        <source>Please answer by</source>
        <translation>Merci de répondre avant le</translation>
    </message>
    <message>
        <source>Concerning packages</source>
        <translation>Paquets concernés</translation>
    </message>
    <message>
        <source>service</source>
        <translation>service</translation>
    </message>
    <message>
        <source>price</source>
        <translation>prix</translation>
    </message>
    <message>
        <source>quality</source>
        <translation>qualité</translation>
    </message>
    <message>
        <source>honesty</source>
        <translation>honnêteté</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Paquet</translation>
    </message>
    <message>
        <source>Wanted</source>
        <translation>Recherché</translation>
    </message>
    <message>
        <source>up to {high} {cur}</source>
        <translation>jusqu’à {high} {cur}</translation>
    </message>
    <message>
        <source>from {low} {cur}</source>
        <translation>à partir de {low} {cur}</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Concerne</translation>
    </message>
    <message>
        <source>Note of {on}</source>
        <translation>Avis du {on}</translation>
    </message>
    <message>
        <source>Pseudonym (key thumbprint)</source>
        <translation>Pseudonyme (empreinte de la clé)</translation>
    </message>
    <message>
        <source>Disclosed: {field}</source>
        <translation>Communiqué&#xa0;: {field}</translation>
    </message>
    <message>
        <source>anyone</source>
        <translation>tout le monde</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Pour</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Émis le</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valable jusqu’au</translation>
    </message>
    <message>
        <source>Package id</source>
        <translation>Identifiant du paquet</translation>
    </message>
    <message>
        <source>Consent given</source>
        <translation>Consentement donné</translation>
    </message>
    <message>
        <source>Controller of this data</source>
        <translation>Responsable du traitement de ces données</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Finalité</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Conservation</translation>
    </message>
    <message>
        <source>Passed to third parties</source>
        <translation>Transmis à des tiers</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Receipt id</source>
        <translation>Identifiant du reçu</translation>
    </message>
    <message>
        <source>What is shared</source>
        <translation>Ce qui est partagé</translation>
    </message>
    <message>
        <source>From and to</source>
        <translation>Expéditeur et destinataire</translation>
    </message>
    <message>
        <source>My terms</source>
        <translation>Mes conditions</translation>
    </message>
    <message>
        <source>Consent receipt</source>
        <translation>Reçu de consentement</translation>
    </message>
    <message>
        <source>This is what the signed package holds, in words. The package itself is signed with the sender&apos;s key; a change to it shows when its signature is checked.</source>
        <translation>Voici, en clair, ce que contient le paquet signé. Le paquet lui-même est signé avec la clé de l’expéditeur&#x202f;; toute modification apparaît lors de la vérification de sa signature.</translation>
    </message>
</context>
<context>
    <name>PassphraseEdit</name>
    <message>
        <source>Hide passphrase</source>
        <translation>Masquer la phrase de passe</translation>
    </message>
    <message>
        <source>Show passphrase</source>
        <translation>Afficher la phrase de passe</translation>
    </message>
</context>
<context>
    <name>PayeeModel</name>
    <message>
        <source>Payee</source>
        <extracomment>what a payee&apos;s lines go to</extracomment>
        <translation>Bénéficiaire</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Already there</source>
        <translation>Déjà présentes</translation>
    </message>
    <message>
        <source>Goes to</source>
        <translation>Affecté à</translation>
    </message>
    <message>
        <source>Skip (not imported)</source>
        <translation>Ignorer (non importé)</translation>
    </message>
    <message>
        <source>New vendor: %s</source>
        <translation>Nouveau fournisseur&#xa0;: %s</translation>
    </message>
    <message>
        <source>New vendor (no name yet)</source>
        <translation>Nouveau fournisseur (pas encore de nom)</translation>
    </message>
    <message>
        <source>%s (%s)</source>
        <translation>%s (%s)</translation>
    </message>
    <message>
        <source>1 line of this payee is already in the vault; it is not added again.</source>
        <translation>1 ligne de ce bénéficiaire est déjà dans le coffre&#x202f;; elle n’est pas ajoutée à nouveau.</translation>
    </message>
    <message>
        <source>%d lines of this payee are already in the vault; they are not added again.</source>
        <translation>%d lignes de ce bénéficiaire sont déjà dans le coffre&#x202f;; elles ne sont pas ajoutées à nouveau.</translation>
    </message>
</context>
<context>
    <name>PayeeStep</name>
    <message>
        <source>Choose where each payee&apos;s lines go: the vendor found for it, a new vendor, another vendor, or skip them. Your choices are remembered for the next statement.</source>
        <translation>Choisissez où vont les lignes de chaque bénéficiaire&#xa0;: le fournisseur trouvé pour lui, un nouveau fournisseur, un autre fournisseur, ou ignorez-les. Vos choix sont mémorisés pour le prochain relevé.</translation>
    </message>
    <message>
        <source>Payees in the statement</source>
        <translation>Bénéficiaires du relevé</translation>
    </message>
    <message>
        <source>Where this payee&apos;s lines go</source>
        <translation>Où vont les lignes de ce bénéficiaire</translation>
    </message>
    <message>
        <source>&amp;Goes to</source>
        <translation>&amp;Affecter à</translation>
    </message>
    <message>
        <source>The new vendor&apos;s name</source>
        <translation>Le nom du nouveau fournisseur</translation>
    </message>
    <message>
        <source>New vendor&apos;s &amp;name</source>
        <translation>&amp;Nom du nouveau fournisseur</translation>
    </message>
    <message>
        <source>%s (%s)</source>
        <translation>%s (%s)</translation>
    </message>
    <message>
        <source>A new vendor</source>
        <translation>Un nouveau fournisseur</translation>
    </message>
    <message>
        <source>Skip: do not import these lines</source>
        <translation>Ignorer&#xa0;: ne pas importer ces lignes</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Preview: exactly what leaves</source>
        <translation>Aperçu&#xa0;: exactement ce qui est partagé</translation>
    </message>
    <message>
        <source>Nothing has left yet. “Share” signs this, records it in your ledger, and then lets you save, copy or print it.</source>
        <translation>Rien n’est encore parti. «&#xa0;Partager&#xa0;» signe ce document, l’inscrit dans votre registre, puis vous permet de l’enregistrer, de le copier ou de l’imprimer.</translation>
    </message>
    <message>
        <source>&amp;Share</source>
        <translation>&amp;Partager</translation>
    </message>
    <message>
        <source>The package in plain words</source>
        <translation>Le paquet en clair</translation>
    </message>
    <message>
        <source>The signed document (JSON)</source>
        <translation>Le document signé (JSON)</translation>
    </message>
    <message>
        <source>In plain &amp;words</source>
        <translation>En &amp;clair</translation>
    </message>
    <message>
        <source>The signed document (&amp;JSON)</source>
        <translation>Le document signé (&amp;JSON)</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Chiffrement</translation>
    </message>
    <message>
        <source>Encr&amp;yption:</source>
        <translation>C&amp;hiffrement&#xa0;:</translation>
    </message>
    <message>
        <source>Choose a &amp;key file…</source>
        <translation>Choisir un &amp;fichier de clé…</translation>
    </message>
    <message>
        <source>Choose the recipient&apos;s key file</source>
        <translation>Choisir le fichier de clé du destinataire</translation>
    </message>
    <message>
        <source>A &amp;pseudonym of its own for this recipient (vendors you send this request to cannot link their copies by your key)</source>
        <translation>Un p&amp;seudonyme propre à ce destinataire (les fournisseurs à qui vous envoyez cette demande ne peuvent pas relier leurs copies par votre clé)</translation>
    </message>
    <message>
        <source>A pseudonym of its own for this recipient</source>
        <translation>Un pseudonyme propre à ce destinataire</translation>
    </message>
    <message>
        <source>Nothing has left yet. “Share” signs this, records it in your ledger and opens the request for offers; then you save, copy or print it.</source>
        <translation>Rien n’est encore parti. «&#xa0;Partager&#xa0;» signe ce document, l’inscrit dans votre registre et ouvre la demande aux offres&#x202f;; vous pouvez ensuite l’enregistrer, le copier ou l’imprimer.</translation>
    </message>
    <message>
        <source>Encrypted to %s&apos;s key on file</source>
        <translation>Chiffré pour la clé enregistrée de %s</translation>
    </message>
    <message>
        <source>Signed, not encrypted: anyone can read it (a published request)</source>
        <translation>Signé, non chiffré&#xa0;: tout le monde peut le lire (une demande publiée)</translation>
    </message>
    <message>
        <source>Signed, not encrypted</source>
        <translation>Signé, non chiffré</translation>
    </message>
    <message>
        <source>Encrypted to a key from a file (the recipient&apos;s JWK)</source>
        <translation>Chiffré pour une clé issue d’un fichier (la JWK du destinataire)</translation>
    </message>
    <message>
        <source>Choose the file with the key.</source>
        <translation>Choisissez le fichier contenant la clé.</translation>
    </message>
    <message>
        <source>Only the vendor can read it; it came with an earlier answer of theirs.</source>
        <translation>Seul le fournisseur peut le lire&#x202f;; la clé accompagnait l’une de ses réponses précédentes.</translation>
    </message>
    <message>
        <source>The signature shows any change; the content itself is readable.</source>
        <translation>La signature révèle toute modification&#x202f;; le contenu lui-même est lisible.</translation>
    </message>
    <message>
        <source>Key: %s</source>
        <translation>Clé&#xa0;: %s</translation>
    </message>
    <message>
        <source>The recipient&apos;s public key</source>
        <translation>La clé publique du destinataire</translation>
    </message>
    <message>
        <source>JSON Web Keys (*.jwk *.json);;All files (*)</source>
        <translation>Clés JSON Web Key (*.jwk *.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Could not read %s: %s</source>
        <translation>Impossible de lire %s&#xa0;: %s</translation>
    </message>
    <message>
        <source>Choose the file with the recipient&apos;s key, or do not encrypt.</source>
        <translation>Choisissez le fichier contenant la clé du destinataire, ou ne chiffrez pas.</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>E-&amp;mail</translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation>&amp;Téléphone</translation>
    </message>
    <message>
        <source>S&amp;treet address</source>
        <translation>&amp;Adresse</translation>
    </message>
    <message>
        <source>Postal &amp;code</source>
        <translation>&amp;Code postal</translation>
    </message>
    <message>
        <source>C&amp;ity</source>
        <translation>&amp;Ville</translation>
    </message>
    <message>
        <source>Co&amp;untry</source>
        <translation>&amp;Pays</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>P&amp;references</source>
        <translation>Préfé&amp;rences</translation>
    </message>
    <message>
        <source>Your profile</source>
        <translation>Votre profil</translation>
    </message>
    <message>
        <source>Your real details, kept in the vault. None of them leaves unless you tick it when you share; each vendor sees only what you tick for it.</source>
        <translation>Vos coordonnées réelles, conservées dans le coffre. Aucune ne sort si vous ne la cochez pas au moment de partager&#x202f;; chaque fournisseur ne voit que ce que vous cochez pour lui.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save your profile</source>
        <translation>Enregistrer votre profil</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>ProfileTab</name>
    <message>
        <source>N&amp;ame</source>
        <translation>N&amp;om</translation>
    </message>
    <message>
        <source>&amp;Website</source>
        <translation>&amp;Site web</translation>
    </message>
    <message>
        <source>E-&amp;mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Téléphone</translation>
    </message>
    <message>
        <source>A&amp;ddress</source>
        <translation>Ad&amp;resse</translation>
    </message>
    <message>
        <source>Categor&amp;y</source>
        <translation>Caté&amp;gorie</translation>
    </message>
    <message>
        <source>Stat&amp;us</source>
        <translation>Stat&amp;ut</translation>
    </message>
    <message>
        <source>&amp;Tags</source>
        <translation>Éti&amp;quettes</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Remarques</translation>
    </message>
    <message>
        <source>e.g. Bank, Utilities, Shop</source>
        <translation>p. ex. Banque, Énergie, Boutique</translation>
    </message>
    <message>
        <source>comma-separated</source>
        <translation>séparées par des virgules</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Former</source>
        <translation>Ancien</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Bloqué</translation>
    </message>
    <message>
        <source>Save &amp;changes</source>
        <translation>&amp;Enregistrer les modifications</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Enregistrer les modifications</translation>
    </message>
    <message>
        <source>Save the changes (%s)</source>
        <translation>Enregistrer les modifications (%s)</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Revert changes</source>
        <translation>Annuler les modifications</translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>%s of %s</source>
        <translation>%s sur %s</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>Undoing what was done so far.</source>
        <translation>Annulation de ce qui a été fait jusqu’ici.</translation>
    </message>
</context>
<context>
    <name>ProposalsModel</name>
    <message>
        <source>Weekly</source>
        <translation>Hebdomadaire</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Mensuel</translation>
    </message>
    <message>
        <source>Quarterly</source>
        <translation>Trimestriel</translation>
    </message>
    <message>
        <source>Yearly</source>
        <translation>Annuel</translation>
    </message>
    <message>
        <source>One-off</source>
        <translation>Ponctuel</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Périodicité</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <source>Next charge</source>
        <translation>Prochain prélèvement</translation>
    </message>
    <message>
        <source>Charges</source>
        <translation>Prélèvements</translation>
    </message>
    <message>
        <source>First charge</source>
        <translation>Premier prélèvement</translation>
    </message>
</context>
<context>
    <name>RecipientPage</name>
    <message>
        <source>Who is it for?</source>
        <translation>Pour qui est-ce&#x202f;?</translation>
    </message>
    <message>
        <source>Each vendor and contact sees you under a key of its own. A request is one key for all who get it, unless you send each vendor its copy encrypted under a key of its own.</source>
        <translation>Chaque fournisseur et chaque contact vous voit sous une clé qui lui est propre. Une demande utilise une seule clé pour tous ceux qui la reçoivent, sauf si vous envoyez à chaque fournisseur sa copie chiffrée avec une clé qui lui est propre.</translation>
    </message>
    <message>
        <source>A &amp;vendor: your details, feedback, or a request about your data</source>
        <translation>Un &amp;fournisseur&#xa0;: vos coordonnées, des retours ou une demande concernant vos données</translation>
    </message>
    <message>
        <source>A personal &amp;request, published anonymously</source>
        <translation>Une demande &amp;personnelle, publiée anonymement</translation>
    </message>
    <message>
        <source>A trusted &amp;contact: your notes about a vendor</source>
        <translation>Un &amp;contact de confiance&#xa0;: vos avis sur un fournisseur</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>What to send</source>
        <translation>Quoi envoyer</translation>
    </message>
    <message>
        <source>Some of your details (a profile)</source>
        <translation>Certaines de vos coordonnées (un profil)</translation>
    </message>
    <message>
        <source>Feedback or an idea</source>
        <translation>Des retours ou une idée</translation>
    </message>
    <message>
        <source>A request to erase your data (GDPR / CCPA)</source>
        <translation>Une demande d’effacement de vos données (RGPD / CCPA)</translation>
    </message>
    <message>
        <source>A request to see your data (GDPR / CCPA)</source>
        <translation>Une demande d’accès à vos données (RGPD / CCPA)</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Demande</translation>
    </message>
    <message>
        <source>%s (%s)</source>
        <translation>%s (%s)</translation>
    </message>
    <message>
        <source>Ven&amp;dor:</source>
        <translation>Fo&amp;urnisseur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <source>Re&amp;quest:</source>
        <translation>De&amp;mande&#xa0;:</translation>
    </message>
    <message>
        <source>Contact&apos;s n&amp;ame:</source>
        <translation>N&amp;om du contact&#xa0;:</translation>
    </message>
    <message>
        <source>Notes ab&amp;out:</source>
        <translation>A&amp;vis sur&#xa0;:</translation>
    </message>
    <message>
        <source>Contact&apos;s name</source>
        <translation>Nom du contact</translation>
    </message>
    <message>
        <source>Who you trust, as you call them</source>
        <translation>La personne de confiance, comme vous l’appelez</translation>
    </message>
    <message>
        <source>Notes about which vendor</source>
        <translation>Avis sur quel fournisseur</translation>
    </message>
    <message>
        <source>Every vendor you wrote notes about (%d)</source>
        <translation>Tous les fournisseurs sur lesquels vous avez écrit des avis (%d)</translation>
    </message>
    <message>
        <source>Add the vendor first: there is none in this vault yet.</source>
        <translation>Ajoutez d’abord le fournisseur&#xa0;: ce coffre n’en contient encore aucun.</translation>
    </message>
    <message>
        <source>Write a request first (Requests page): there is none to publish.</source>
        <translation>Rédigez d’abord une demande (page Demandes)&#xa0;: il n’y en a aucune à publier.</translation>
    </message>
    <message>
        <source>Write a note about a vendor first: only your own notes can be passed on.</source>
        <translation>Rédigez d’abord un avis sur un fournisseur&#xa0;: seuls vos propres avis peuvent être transmis.</translation>
    </message>
    <message>
        <source>Name the trusted contact the notes go to.</source>
        <translation>Indiquez le contact de confiance à qui les avis sont destinés.</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyPage</name>
    <message>
        <source>Save your recovery key</source>
        <translation>Enregistrez votre clé de récupération</translation>
    </message>
    <message>
        <source>If you ever forget your passphrase, this key is the only way back into your vault. It is shown only this once.</source>
        <translation>Si vous oubliez un jour votre phrase de passe, cette clé est le seul moyen de rouvrir votre coffre. Elle n’est affichée que cette seule fois.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Clé de récupération</translation>
    </message>
    <message>
        <source>C&amp;opy</source>
        <translation>C&amp;opier</translation>
    </message>
    <message>
        <source>Copy the key; the clipboard is cleared again after a while.</source>
        <translation>Copier la clé&#x202f;; le presse-papiers est vidé au bout d’un moment.</translation>
    </message>
    <message>
        <source>&amp;Save recovery kit…</source>
        <translation>&amp;Enregistrer le kit de récupération…</translation>
    </message>
    <message>
        <source>Save a small text file with the key and instructions, to print or keep.</source>
        <translation>Enregistrer un petit fichier texte contenant la clé et des instructions, à imprimer ou à conserver.</translation>
    </message>
    <message>
        <source>Write it on paper or keep it in another password manager, away from this computer. Anyone who has this key and your vault file can open the vault.</source>
        <translation>Notez-la sur papier ou conservez-la dans un autre gestionnaire de mots de passe, hors de cet ordinateur. Toute personne disposant de cette clé et du fichier du coffre peut ouvrir le coffre.</translation>
    </message>
    <message>
        <source>I &amp;have saved my recovery key somewhere safe</source>
        <translation>J’ai &amp;mis ma clé de récupération en lieu sûr</translation>
    </message>
    <message>
        <source>Co&amp;ntinue</source>
        <translation>&amp;Continuer</translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <source>Unlock with your recovery key</source>
        <translation>Déverrouiller avec votre clé de récupération</translation>
    </message>
    <message>
        <source>Type the recovery key you saved when you created the vault, then choose a new passphrase. The old passphrase stops working.</source>
        <translation>Saisissez la clé de récupération que vous avez enregistrée lors de la création du coffre, puis choisissez une nouvelle phrase de passe. L’ancienne phrase de passe cesse de fonctionner.</translation>
    </message>
    <message>
        <source>Recovery &amp;key</source>
        <translation>&amp;Clé de récupération</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Clé de récupération</translation>
    </message>
    <message>
        <source>&amp;New passphrase</source>
        <translation>&amp;Nouvelle phrase de passe</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>Re&amp;tour</translation>
    </message>
    <message>
        <source>Unlock and &amp;set passphrase</source>
        <translation>Déverrouiller et &amp;définir la phrase de passe</translation>
    </message>
</context>
<context>
    <name>RecurringPanel</name>
    <message>
        <source>Recurring charges</source>
        <translation>Prélèvements récurrents</translation>
    </message>
    <message>
        <source>Charges that repeat in your payments — weekly, monthly, quarterly or yearly — proposed as agreements, so their renewals and notice periods are not missed.</source>
        <translation>Les prélèvements qui se répètent dans vos paiements — chaque semaine, mois, trimestre ou année — sont proposés comme engagements, pour ne manquer ni leurs renouvellements ni leurs préavis.</translation>
    </message>
    <message>
        <source>Looking through your payments…</source>
        <translation>Examen de vos paiements…</translation>
    </message>
    <message>
        <source>No recurring charges found yet</source>
        <translation>Aucun prélèvement récurrent trouvé pour l’instant</translation>
    </message>
    <message>
        <source>Import your bank or card statements: charges that repeat are proposed here as agreements.</source>
        <translation>Importez vos relevés bancaires ou de carte&#xa0;: les prélèvements qui se répètent sont proposés ici comme engagements.</translation>
    </message>
    <message>
        <source>Recurring charges found</source>
        <translation>Prélèvements récurrents trouvés</translation>
    </message>
    <message>
        <source>&amp;Found in your payments</source>
        <translation>&amp;Trouvés dans vos paiements</translation>
    </message>
    <message>
        <source>Nothing new to propose: every recurring charge found is an agreement or was dismissed.</source>
        <translation>Rien de nouveau à proposer&#xa0;: chaque prélèvement récurrent trouvé est un engagement ou a été ignoré.</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Accepter</translation>
    </message>
    <message>
        <source>Record the selected charge as a subscription, as proposed</source>
        <translation>Enregistrer le prélèvement sélectionné comme abonnement, tel que proposé</translation>
    </message>
    <message>
        <source>E&amp;dit and accept…</source>
        <translation>&amp;Modifier et accepter…</translation>
    </message>
    <message>
        <source>Open the agreement filled in from the charge; change it, then add it (Enter)</source>
        <translation>Ouvrir l’engagement pré-rempli à partir du prélèvement&#x202f;; modifiez-le, puis ajoutez-le (Entrée)</translation>
    </message>
    <message>
        <source>Di&amp;smiss</source>
        <translation>&amp;Ignorer</translation>
    </message>
    <message>
        <source>Not a subscription: never propose it again (Delete)</source>
        <translation>Pas un abonnement&#xa0;: ne plus jamais le proposer (Suppr)</translation>
    </message>
    <message>
        <source>Edit and accept</source>
        <translation>Modifier et accepter</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <source>Price rises</source>
        <translation>Hausses de prix</translation>
    </message>
    <message>
        <source>Price rises of your agreements</source>
        <translation>Hausses de prix de vos engagements</translation>
    </message>
    <message>
        <source>Agreements no&amp;w charged more than they say:</source>
        <translation>Engagements dont le &amp;prélèvement dépasse désormais le montant prévu&#xa0;:</translation>
    </message>
    <message>
        <source>%1 — %2: %3 → %4</source>
        <translation>%1 — %2&#xa0;: %3 → %4</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>depuis le %1</translation>
    </message>
    <message>
        <source>%1 is now an agreement: %2, renews on %3.</source>
        <translation>%1 est désormais un engagement&#xa0;: %2, se renouvelle le %3.</translation>
    </message>
    <message>
        <source>%1 is now an agreement: %2.</source>
        <translation>%1 est désormais un engagement&#xa0;: %2.</translation>
    </message>
    <message>
        <source>%1 (%2) will not be proposed again.</source>
        <translation>%1 (%2) ne sera plus proposé.</translation>
    </message>
</context>
<context>
    <name>ReminderNotifier</name>
    <message>
        <source>Renews</source>
        <translation>Renouvellement</translation>
    </message>
    <message>
        <source>Cancel by</source>
        <translation>Résilier avant le</translation>
    </message>
    <message>
        <source>Free trial ends</source>
        <translation>Fin de l’essai gratuit</translation>
    </message>
    <message>
        <source>Offer runs out</source>
        <translation>Fin de l’offre</translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation>Relance</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>hier</translation>
    </message>
    <message>
        <source>%d days ago</source>
        <translation>il y a %d jours</translation>
    </message>
    <message>
        <source>today</source>
        <translation>aujourd’hui</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>demain</translation>
    </message>
    <message>
        <source>in %d days</source>
        <translation>dans %d jours</translation>
    </message>
    <message>
        <source>%s %s (%s): %s</source>
        <translation>%s %s (%s)&#xa0;: %s</translation>
    </message>
    <message>
        <source>A renewal is near — unlock to see</source>
        <translation>Un renouvellement approche — déverrouillez pour voir</translation>
    </message>
    <message>
        <source>A renewal is near: %s — unlock to see</source>
        <translation>Un renouvellement approche&#xa0;: %s — déverrouillez pour voir</translation>
    </message>
    <message>
        <source>A cancel-by date is near — unlock to see</source>
        <translation>Une date limite de résiliation approche — déverrouillez pour voir</translation>
    </message>
    <message>
        <source>A cancel-by date is near: %s — unlock to see</source>
        <translation>Une date limite de résiliation approche&#xa0;: %s — déverrouillez pour voir</translation>
    </message>
    <message>
        <source>A free trial ends soon — unlock to see</source>
        <translation>Un essai gratuit se termine bientôt — déverrouillez pour voir</translation>
    </message>
    <message>
        <source>A free trial ends soon: %s — unlock to see</source>
        <translation>Un essai gratuit se termine bientôt&#xa0;: %s — déverrouillez pour voir</translation>
    </message>
    <message>
        <source>An offer runs out soon — unlock to see</source>
        <translation>Une offre expire bientôt — déverrouillez pour voir</translation>
    </message>
    <message>
        <source>An offer runs out soon: %s — unlock to see</source>
        <translation>Une offre expire bientôt&#xa0;: %s — déverrouillez pour voir</translation>
    </message>
    <message>
        <source>A follow-up is due — unlock to see</source>
        <translation>Une relance est due — déverrouillez pour voir</translation>
    </message>
    <message>
        <source>A follow-up is due: %s — unlock to see</source>
        <translation>Une relance est due&#xa0;: %s — déverrouillez pour voir</translation>
    </message>
    <message>
        <source>MyVendors reminder</source>
        <translation>Rappel MyVendors</translation>
    </message>
    <message>
        <source>… and %d more on the Overview</source>
        <translation>… et %d de plus dans la Vue d’ensemble</translation>
    </message>
    <message>
        <source>MyVendors: %d reminders</source>
        <translation>MyVendors&#xa0;: %d rappels</translation>
    </message>
</context>
<context>
    <name>ReputationPage</name>
    <message>
        <source>Reputation</source>
        <translation>Réputation</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Avis</translation>
    </message>
    <message>
        <source>Minimum average rating</source>
        <translation>Note moyenne minimale</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Toutes</translation>
    </message>
    <message>
        <source>%d ★ and up</source>
        <translation>%d ★ et plus</translation>
    </message>
    <message>
        <source>5 ★</source>
        <translation>5 ★</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Étiquette</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>&amp;Rating:</source>
        <translation>&amp;Note&#xa0;:</translation>
    </message>
    <message>
        <source>T&amp;ag:</source>
        <translation>É&amp;tiquette&#xa0;:</translation>
    </message>
    <message>
        <source>A&amp;uthor:</source>
        <translation>A&amp;uteur&#xa0;:</translation>
    </message>
    <message>
        <source>Show a&amp;ll</source>
        <translation>&amp;Afficher tout</translation>
    </message>
    <message>
        <source>Show all notes</source>
        <translation>Afficher tous les avis</translation>
    </message>
    <message>
        <source>No notes yet. Your dated notes and ratings about vendors gather here, newest first.</source>
        <translation>Aucun avis pour l’instant. Vos avis et notes datés sur les fournisseurs sont regroupés ici, les plus récents en premier.</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Toutes les étiquettes</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>Moi</translation>
    </message>
    <message>
        <source>no notes match</source>
        <translation>aucun avis ne correspond</translation>
    </message>
    <message>
        <source>1 note</source>
        <translation>1 avis</translation>
    </message>
    <message>
        <source>%s notes</source>
        <translation>%s avis</translation>
    </message>
</context>
<context>
    <name>ReputationTab</name>
    <message>
        <source>My notes</source>
        <translation>Mes avis</translation>
    </message>
    <message>
        <source>Notes you wrote down from others</source>
        <translation>Avis d’autres personnes que vous avez consignés</translation>
    </message>
    <message>
        <source>Trusted contacts&apos; notes</source>
        <translation>Avis des contacts de confiance</translation>
    </message>
    <message>
        <source>Enter or a double-click opens the note</source>
        <translation>Entrée ou un double-clic ouvre l’avis</translation>
    </message>
    <message>
        <source>&amp;Add note…</source>
        <translation>&amp;Ajouter un avis…</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Ajouter un avis</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>Modifier l’avis</translation>
    </message>
    <message>
        <source>Edit the selected note (Enter or F2); Undo puts it back</source>
        <translation>Modifier l’avis sélectionné (Entrée ou F2)&#x202f;; Annuler le rétablit</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Delete note</source>
        <translation>Supprimer l’avis</translation>
    </message>
    <message>
        <source>Delete the selected note (Delete); Undo brings it back</source>
        <translation>Supprimer l’avis sélectionné (Suppr)&#x202f;; Annuler le restaure</translation>
    </message>
    <message>
        <source>From trusted contacts (weighted by your trust in them and by age)</source>
        <translation>Des contacts de confiance (pondérés par votre confiance en eux et par leur ancienneté)</translation>
    </message>
    <message>
        <source>Others&apos; views you wrote down (not counted in my standing)</source>
        <translation>Avis d’autres personnes que vous avez consignés (non comptés dans mon appréciation)</translation>
    </message>
    <message>
        <source>Standing of this vendor: mine, and my trusted contacts&apos; beside it</source>
        <translation>Appréciation de ce fournisseur&#xa0;: la mienne, et celle de mes contacts de confiance à côté</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>La mienne</translation>
    </message>
    <message>
        <source>Trusted contacts</source>
        <translation>Contacts de confiance</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>Global</translation>
    </message>
    <message>
        <source>Trusted contacts (%d)</source>
        <translation>Contacts de confiance (%d)</translation>
    </message>
</context>
<context>
    <name>RequestDetail</name>
    <message>
        <source>Choose a request to see its offers.</source>
        <translation>Choisissez une demande pour voir ses offres.</translation>
    </message>
    <message>
        <source>Edi&amp;t…</source>
        <translation>Modi&amp;fier…</translation>
    </message>
    <message>
        <source>Change this request</source>
        <translation>Modifier cette demande</translation>
    </message>
    <message>
        <source>&amp;Add offer…</source>
        <translation>&amp;Ajouter une offre…</translation>
    </message>
    <message>
        <source>Record an offer a vendor sent for this request</source>
        <translation>Enregistrer une offre envoyée par un fournisseur pour cette demande</translation>
    </message>
    <message>
        <source>A&amp;ccept…</source>
        <translation>A&amp;ccepter…</translation>
    </message>
    <message>
        <source>Accept the selected offer</source>
        <translation>Accepter l’offre sélectionnée</translation>
    </message>
    <message>
        <source>&amp;Publish…</source>
        <translation>&amp;Publier…</translation>
    </message>
    <message>
        <source>Publish this request as a file vendors can answer (it opens the request for offers)</source>
        <translation>Publier cette demande sous forme de fichier auquel les fournisseurs peuvent répondre (cela l’ouvre aux offres)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>About this request</source>
        <translation>À propos de cette demande</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <source>Where it went</source>
        <translation>Destinataires</translation>
    </message>
    <message>
        <source>Offers</source>
        <translation>Offres</translation>
    </message>
    <message>
        <source>No offers yet. When a vendor answers, record the offer with “Add offer…”.</source>
        <translation>Aucune offre pour l’instant. Quand un fournisseur répond, enregistrez l’offre avec «&#xa0;Ajouter une offre…&#xa0;».</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation>Côte à côte</translation>
    </message>
    <message>
        <source>Offers side by side</source>
        <translation>Offres côte à côte</translation>
    </message>
    <message>
        <source>Conditions: %s</source>
        <translation>Conditions&#xa0;: %s</translation>
    </message>
    <message>
        <source>Offers (%d)</source>
        <translation>Offres (%d)</translation>
    </message>
    <message>
        <source>Not shared yet. “Publish…” shares it as a file you hand to vendors; that opens it for offers.</source>
        <translation>Pas encore partagée. «&#xa0;Publier…&#xa0;» la partage sous forme de fichier que vous remettez aux fournisseurs&#x202f;; cela l’ouvre aux offres.</translation>
    </message>
    <message>
        <source>… and %d earlier (all of them on the Shared page)</source>
        <translation>… et %d plus anciens (tous sur la page Partage)</translation>
    </message>
    <message>
        <source>anyone</source>
        <translation>tout le monde</translation>
    </message>
    <message>
        <source>Published to %s</source>
        <translation>Publiée pour %s</translation>
    </message>
    <message>
        <source>this opened it for offers</source>
        <translation>cela l’a ouverte aux offres</translation>
    </message>
    <message>
        <source>encrypted</source>
        <translation>chiffré</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>signé</translation>
    </message>
    <message>
        <source>SHA-256 %s…</source>
        <translation>SHA-256 %s…</translation>
    </message>
    <message>
        <source>as key %s…</source>
        <translation>avec la clé %s…</translation>
    </message>
    <message>
        <source>Ledger entry %d
Package %s
SHA-256 %s
Your key for it: %s</source>
        <translation>Entrée du registre %d
Paquet %s
SHA-256 %s
Votre clé pour celui-ci&#xa0;: %s</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Offre</translation>
    </message>
    <message>
        <source>Acknowledgement</source>
        <translation>Accusé de réception</translation>
    </message>
    <message>
        <source>%s from %s</source>
        <translation>%s de %s</translation>
    </message>
    <message>
        <source>answers package %s</source>
        <translation>répond au paquet %s</translation>
    </message>
    <message>
        <source>Ledger entry %d
SHA-256 %s
Their key: %s</source>
        <translation>Entrée du registre %d
SHA-256 %s
Sa clé&#xa0;: %s</translation>
    </message>
    <message>
        <source>budget %s – %s</source>
        <translation>budget %s – %s</translation>
    </message>
    <message>
        <source>budget up to %s</source>
        <translation>budget jusqu’à %s</translation>
    </message>
    <message>
        <source>budget from %s</source>
        <translation>budget à partir de %s</translation>
    </message>
    <message>
        <source>needed by %s (passed)</source>
        <translation>nécessaire avant le %s (dépassé)</translation>
    </message>
    <message>
        <source>needed by %s</source>
        <translation>nécessaire avant le %s</translation>
    </message>
    <message>
        <source>written %s</source>
        <translation>rédigée le %s</translation>
    </message>
    <message>
        <source>the %d offers selected</source>
        <translation>les %d offres sélectionnées</translation>
    </message>
    <message>
        <source>all offers; select two or more to compare only those</source>
        <translation>toutes les offres&#x202f;; sélectionnez-en deux ou plus pour ne comparer que celles-ci</translation>
    </message>
    <message>
        <source>This request is fulfilled: an offer was accepted</source>
        <translation>Cette demande est satisfaite&#xa0;: une offre a été acceptée</translation>
    </message>
    <message>
        <source>Only an open request&apos;s offers can be accepted</source>
        <translation>Seules les offres d’une demande ouverte peuvent être acceptées</translation>
    </message>
    <message>
        <source>Select one offer to accept it</source>
        <translation>Sélectionnez une offre pour l’accepter</translation>
    </message>
    <message>
        <source>Accept the offer from %s</source>
        <translation>Accepter l’offre de %s</translation>
    </message>
    <message>
        <source>&amp;Open for offers</source>
        <translation>&amp;Ouvrir aux offres</translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation>&amp;Rouvrir</translation>
    </message>
    <message>
        <source>Back to &amp;draft</source>
        <translation>Revenir au &amp;brouillon</translation>
    </message>
    <message>
        <source>Mark e&amp;xpired</source>
        <translation>Marquer comme e&amp;xpirée</translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation>Re&amp;tirer</translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation>Cette action est irréversible.</translation>
    </message>
    <message>
        <source>To make it %s again later: %s.</source>
        <translation>Pour la remettre à l’état %s plus tard&#xa0;: %s.</translation>
    </message>
    <message>
        <source>It takes no more offers; the offers it has stay recorded.</source>
        <translation>Elle n’accepte plus d’offres&#x202f;; les offres reçues restent enregistrées.</translation>
    </message>
    <message>
        <source>It takes no more offers until you reopen it.</source>
        <translation>Elle n’accepte plus d’offres jusqu’à ce que vous la rouvriez.</translation>
    </message>
    <message>
        <source>Change the request&apos;s status</source>
        <translation>Modifier le statut de la demande</translation>
    </message>
    <message>
        <source>Make “%s” %s?</source>
        <translation>Passer «&#xa0;%s&#xa0;» à l’état %s&#x202f;?</translation>
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
        <translation>Modifier la demande</translation>
    </message>
    <message>
        <source>New request</source>
        <translation>Nouvelle demande</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titre</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>&amp;Catégorie</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Description</translation>
    </message>
    <message>
        <source>B&amp;udget</source>
        <translation>B&amp;udget</translation>
    </message>
    <message>
        <source>&amp;Location</source>
        <translation>&amp;Lieu</translation>
    </message>
    <message>
        <source>C&amp;onditions</source>
        <translation>C&amp;onditions</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>C&amp;reate</source>
        <translation>C&amp;réer</translation>
    </message>
    <message>
        <source>A request says what you want without saying who you are. Only you see it until you publish it.</source>
        <translation>Une demande dit ce que vous voulez sans dire qui vous êtes. Elle n’est visible que par vous jusqu’à ce que vous la publiiez.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>What do you want? e.g. Winter tyres for a small car</source>
        <translation>Que voulez-vous&#x202f;? p. ex. Pneus hiver pour une petite voiture</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>e.g. Car, Insurance, Energy</source>
        <translation>p. ex. Voiture, Assurance, Énergie</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>What matters to you, in a few sentences</source>
        <translation>Ce qui compte pour vous, en quelques phrases</translation>
    </message>
    <message>
        <source>Budget from</source>
        <translation>Budget minimum</translation>
    </message>
    <message>
        <source>from</source>
        <translation>de</translation>
    </message>
    <message>
        <source>Budget up to</source>
        <translation>Budget maximum</translation>
    </message>
    <message>
        <source>up to</source>
        <translation>à</translation>
    </message>
    <message>
        <source>Budget currency</source>
        <translation>Devise du budget</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Coarse only: a city or a region</source>
        <translation>Approximatif uniquement&#xa0;: une ville ou une région</translation>
    </message>
    <message>
        <source>Needed &amp;by</source>
        <translation>Nécessaire &amp;avant le</translation>
    </message>
    <message>
        <source>Has a needed-by date</source>
        <translation>A une date limite</translation>
    </message>
    <message>
        <source>Needed by</source>
        <translation>Nécessaire avant le</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <source>e.g. delivered and fitted, no contract longer than a year</source>
        <translation>p. ex. livré et monté, aucun contrat de plus d’un an</translation>
    </message>
</context>
<context>
    <name>RequestList</name>
    <message>
        <source>New re&amp;quest…</source>
        <translation>Nouvelle &amp;demande…</translation>
    </message>
    <message>
        <source>Write a new request (Ctrl+Shift+N)</source>
        <translation>Rédiger une nouvelle demande (Ctrl+Maj+N)</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Demandes</translation>
    </message>
    <message>
        <source>Show requests by status</source>
        <translation>Afficher les demandes par statut</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Toutes</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Statut&#xa0;:</translation>
    </message>
    <message>
        <source>the newest %d</source>
        <translation>les %d plus récentes</translation>
    </message>
    <message>
        <source>1 request</source>
        <translation>1 demande</translation>
    </message>
    <message>
        <source>%d requests</source>
        <translation>%d demandes</translation>
    </message>
    <message>
        <source>No %s requests.</source>
        <translation>Aucune demande avec le statut «&#xa0;%s&#xa0;».</translation>
    </message>
</context>
<context>
    <name>RequestStatus</name>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouverte</translation>
    </message>
    <message>
        <source>Fulfilled</source>
        <translation>Satisfaite</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retirée</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expirée</translation>
    </message>
</context>
<context>
    <name>RequestTableModel</name>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Offers</source>
        <translation>Offres</translation>
    </message>
    <message>
        <source>Needed by</source>
        <translation>Date souhaitée</translation>
    </message>
    <message>
        <source>Needed by %s: that day has passed</source>
        <translation>Souhaitée pour le %s&#xa0;: cette date est passée</translation>
    </message>
</context>
<context>
    <name>RequestsPage</name>
    <message>
        <source>Requests</source>
        <translation>Demandes</translation>
    </message>
    <message>
        <source>No requests yet</source>
        <translation>Aucune demande pour l’instant</translation>
    </message>
    <message>
        <source>A request says what you want, anonymously, and lets vendors answer it. Record their offers here, compare them side by side and accept one.</source>
        <translation>Une demande dit ce que vous voulez, anonymement, et permet aux fournisseurs d’y répondre. Enregistrez ici leurs offres, comparez-les côte à côte et acceptez-en une.</translation>
    </message>
    <message>
        <source>Change &amp;status</source>
        <translation>Changer le &amp;statut</translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <source>Search (Ctrl+K)</source>
        <translation>Rechercher (Ctrl+K)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Aucun résultat</translation>
    </message>
</context>
<context>
    <name>SearchPopup</name>
    <message>
        <source>Search results</source>
        <translation>Résultats de la recherche</translation>
    </message>
</context>
<context>
    <name>Section</name>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
</context>
<context>
    <name>SensitiveClipboard</name>
    <message>
        <source>Copied. The clipboard is cleared when the vault locks or MyVendors quits.</source>
        <translation>Copié. Le presse-papiers est vidé lorsque le coffre se verrouille ou que MyVendors se ferme.</translation>
    </message>
    <message>
        <source>Copied. The clipboard is cleared again in 1 second.</source>
        <translation>Copié. Le presse-papiers sera vidé dans 1 seconde.</translation>
    </message>
    <message>
        <source>Copied. The clipboard is cleared again in %d seconds.</source>
        <translation>Copié. Le presse-papiers sera vidé dans %d secondes.</translation>
    </message>
</context>
<context>
    <name>SettingsActions</name>
    <message>
        <source>Remembering this vault on this device…</source>
        <translation>Mémorisation de ce coffre sur cet appareil…</translation>
    </message>
    <message>
        <source>Forgetting this device…</source>
        <translation>Oubli de cet appareil…</translation>
    </message>
    <message>
        <source>Protecting the vault&apos;s key at the new strength…</source>
        <translation>Protection de la clé du coffre avec la nouvelle robustesse…</translation>
    </message>
    <message>
        <source>Done: the passphrase now protects the key at “%s”.</source>
        <translation>Terminé&#xa0;: la phrase de passe protège désormais la clé avec le niveau «&#xa0;%s&#xa0;».</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Kept on this device, for every vault; used before unlocking too.</source>
        <translation>Conservés sur cet appareil, pour tous les coffres&#x202f;; utilisés aussi avant le déverrouillage.</translation>
    </message>
    <message>
        <source>Kept in this vault (%s).</source>
        <translation>Conservés dans ce coffre (%s).</translation>
    </message>
    <message>
        <source>Kept in this vault.</source>
        <translation>Conservés dans ce coffre.</translation>
    </message>
    <message>
        <source>Next to the vault: %s</source>
        <translation>À côté du coffre&#xa0;: %s</translation>
    </message>
    <message>
        <source>no reminders</source>
        <translation>aucun rappel</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>This device</source>
        <translation>Cet appareil</translation>
    </message>
    <message>
        <source>&amp;Remember this vault on this device</source>
        <translation>&amp;Mémoriser ce coffre sur cet appareil</translation>
    </message>
    <message>
        <source>Remember this vault on this device</source>
        <translation>Mémoriser ce coffre sur cet appareil</translation>
    </message>
    <message>
        <source>Checking the system keyring…</source>
        <translation>Vérification du trousseau de clés du système…</translation>
    </message>
    <message>
        <source>Key strength</source>
        <translation>Robustesse de la clé</translation>
    </message>
    <message>
        <source>How much work turns your passphrase into the vault&apos;s key. Stronger makes every guess at your passphrase slower, and unlocking too. Kept in the vault&apos;s key envelope.</source>
        <translation>La quantité de calcul nécessaire pour transformer votre phrase de passe en clé du coffre. Plus elle est élevée, plus chaque tentative de deviner votre phrase de passe est lente, et le déverrouillage aussi. Conservée dans l’enveloppe de clé du coffre.</translation>
    </message>
    <message>
        <source>S&amp;trength:</source>
        <translation>Ro&amp;bustesse&#xa0;:</translation>
    </message>
    <message>
        <source>A&amp;pply…</source>
        <translation>A&amp;ppliquer…</translation>
    </message>
    <message>
        <source>Apply the key strength</source>
        <translation>Appliquer la robustesse de la clé</translation>
    </message>
    <message>
        <source>Now: Argon2id with %d MiB of memory, %d passes, %d lanes.</source>
        <translation>Actuellement&#xa0;: Argon2id avec %d Mio de mémoire, %d passes, %d voies.</translation>
    </message>
    <message>
        <source>Bac&amp;k up now</source>
        <translation>&amp;Sauvegarder maintenant</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Sauvegarder maintenant</translation>
    </message>
    <message>
        <source>Back up now, with the settings saved so far</source>
        <translation>Sauvegarder maintenant, avec les paramètres enregistrés jusqu’ici</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Sauvegarde en cours…</translation>
    </message>
    <message>
        <source>Backed up to %s</source>
        <translation>Sauvegardé dans %s</translation>
    </message>
    <message>
        <source>Keeps a device key in the system keyring so that this computer opens the vault without the passphrase. The passphrase itself is never stored.</source>
        <translation>Conserve une clé d’appareil dans le trousseau de clés du système pour que cet ordinateur ouvre le coffre sans la phrase de passe. La phrase de passe elle-même n’est jamais stockée.</translation>
    </message>
</context>
<context>
    <name>ShareTreeModel</name>
    <message>
        <source>What goes</source>
        <translation>Inclus</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>%d of %d go</source>
        <translation>%d sur %d inclus</translation>
    </message>
</context>
<context>
    <name>ShareWizard</name>
    <message>
        <source>Share</source>
        <translation>Partager</translation>
    </message>
</context>
<context>
    <name>SharedPage</name>
    <message>
        <source>Shared</source>
        <translation>Partages</translation>
    </message>
    <message>
        <source>S&amp;hare…</source>
        <translation>&amp;Partager…</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Partager</translation>
    </message>
    <message>
        <source>&amp;Import an answer…</source>
        <translation>&amp;Importer une réponse…</translation>
    </message>
    <message>
        <source>Import a vendor&apos;s answer</source>
        <translation>Importer la réponse d’un fournisseur</translation>
    </message>
    <message>
        <source>Ledger chain</source>
        <translation>Chaîne du registre</translation>
    </message>
    <message>
        <source>Prepare deletion request</source>
        <translation>Préparer une demande de suppression</translation>
    </message>
    <message>
        <source>Show the ledger for</source>
        <translation>Afficher le registre pour</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>&amp;Afficher&#xa0;:</translation>
    </message>
    <message>
        <source>Ledger</source>
        <translation>Registre</translation>
    </message>
    <message>
        <source>The selected entry in plain words</source>
        <translation>L’entrée sélectionnée, en clair</translation>
    </message>
    <message>
        <source>Nothing shared yet. When you share, every package is recorded here: what went, to whom, under which terms. Answers you import are recorded too.</source>
        <translation>Rien n’a encore été partagé. Quand vous partagez, chaque paquet est enregistré ici&#xa0;: ce qui est parti, vers qui, sous quelles conditions. Les réponses que vous importez sont aussi enregistrées.</translation>
    </message>
    <message>
        <source>(vendor %d, deleted)</source>
        <translation>(fournisseur %d, supprimé)</translation>
    </message>
    <message>
        <source>Everything (%d)</source>
        <translation>Tout (%d)</translation>
    </message>
    <message>
        <source>Verifying the ledger&apos;s chain…</source>
        <translation>Vérification de la chaîne du registre…</translation>
    </message>
    <message>
        <source>The ledger&apos;s chain could not be verified: %s</source>
        <translation>La chaîne du registre n’a pas pu être vérifiée&#xa0;: %s</translation>
    </message>
    <message>
        <source>The ledger&apos;s chain verifies (%d entries).</source>
        <translation>La chaîne du registre est valide (%d entrées).</translation>
    </message>
    <message>
        <source>The ledger&apos;s chain verifies (1 entry).</source>
        <translation>La chaîne du registre est valide (1 entrée).</translation>
    </message>
    <message>
        <source>The ledger was altered outside MyVendors: its hash chain does not verify.</source>
        <translation>Le registre a été modifié en dehors de MyVendors&#xa0;: sa chaîne d’empreintes n’est pas valide.</translation>
    </message>
    <message>
        <source>%s may keep the %s you shared on %s until %s: time to ask for it to be deleted.</source>
        <translation>%s peut conserver les données «&#xa0;%s&#xa0;» que vous avez partagées le %s jusqu’au %s&#xa0;: il est temps d’en demander la suppression.</translation>
    </message>
    <message>
        <source>%s was to keep the %s you shared on %s until %s: ask for it to be deleted.</source>
        <translation>%s devait conserver les données «&#xa0;%s&#xa0;» que vous avez partagées le %s jusqu’au %s&#xa0;: demandez-en la suppression.</translation>
    </message>
    <message>
        <source>And %d more.</source>
        <translation>Et %d de plus.</translation>
    </message>
    <message>
        <source>Prepare &amp;deletion request…</source>
        <translation>Préparer une demande de &amp;suppression…</translation>
    </message>
    <message>
        <source>1 entry</source>
        <translation>1 entrée</translation>
    </message>
    <message>
        <source>%d entries</source>
        <translation>%d entrées</translation>
    </message>
    <message>
        <source>new to you: put on file with this answer (trust on first use)</source>
        <translation>nouvelle pour vous&#xa0;: enregistrée avec cette réponse (confiance à la première utilisation)</translation>
    </message>
    <message>
        <source>the one on file for them</source>
        <translation>celle enregistrée pour ce fournisseur</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>Answers package</source>
        <translation>Répond au paquet</translation>
    </message>
    <message>
        <source>Their key</source>
        <translation>Sa clé</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Émis le</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Your terms</source>
        <translation>Vos conditions</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>acceptées</translation>
    </message>
    <message>
        <source>REFUSED</source>
        <translation>REFUSÉES</translation>
    </message>
    <message>
        <source>Terms named</source>
        <translation>Conditions citées</translation>
    </message>
    <message>
        <source>Their note</source>
        <translation>Sa remarque</translation>
    </message>
    <message>
        <source>Countersigns</source>
        <translation>Contresigne</translation>
    </message>
    <message>
        <source>An offer</source>
        <translation>Une offre</translation>
    </message>
    <message>
        <source>A refusal of your terms</source>
        <translation>Un refus de vos conditions</translation>
    </message>
    <message>
        <source>An acknowledgement</source>
        <translation>Un accusé de réception</translation>
    </message>
    <message>
        <source>Ledger entry %d</source>
        <translation>Entrée du registre %d</translation>
    </message>
    <message>
        <source>Entry hash</source>
        <translation>Empreinte de l’entrée</translation>
    </message>
</context>
<context>
    <name>SharingActions</name>
    <message>
        <source>&amp;Share…</source>
        <translation>&amp;Partager…</translation>
    </message>
    <message>
        <source>Share exactly what you choose, with your terms, signed</source>
        <translation>Partager exactement ce que vous choisissez, avec vos conditions, signé</translation>
    </message>
    <message>
        <source>&amp;Import vendor&apos;s answer…</source>
        <translation>&amp;Importer la réponse d’un fournisseur…</translation>
    </message>
    <message>
        <source>Your &amp;profile…</source>
        <translation>&amp;Votre profil…</translation>
    </message>
    <message>
        <source>Show the &amp;ledger</source>
        <translation>Afficher le &amp;registre</translation>
    </message>
    <message>
        <source>&amp;New pseudonym for this vendor…</source>
        <translation>&amp;Nouveau pseudonyme pour ce fournisseur…</translation>
    </message>
    <message>
        <source>Retire the keys this vendor knows you by and make new ones (replies to the old ones still open)</source>
        <translation>Mettre hors service les clés sous lesquelles ce fournisseur vous connaît et en créer de nouvelles (les réponses adressées aux anciennes restent lisibles)</translation>
    </message>
    <message>
        <source>The ledger was altered</source>
        <translation>Le registre a été modifié</translation>
    </message>
    <message>
        <source>The ledger was altered: show the Shared page</source>
        <translation>Le registre a été modifié&#xa0;: afficher la page Partagé</translation>
    </message>
    <message>
        <source>Its hash chain does not verify. Show the Shared page for details.</source>
        <translation>Sa chaîne de hachage n’est pas valide. Affichez la page Partagé pour en savoir plus.</translation>
    </message>
    <message>
        <source>Shar&amp;ing</source>
        <translation>&amp;Partage</translation>
    </message>
    <message>
        <source>Published your request; it is now open for offers.</source>
        <translation>Demande publiée&#x202f;; elle est désormais ouverte aux offres.</translation>
    </message>
    <message>
        <source>Published your request; recorded in your ledger.</source>
        <translation>Demande publiée&#x202f;; inscrite dans votre registre.</translation>
    </message>
    <message>
        <source>Shared with %s; recorded in your ledger.</source>
        <translation>Partagé avec %s&#x202f;; inscrit dans votre registre.</translation>
    </message>
    <message>
        <source>Choose a vendor on the Vendors page first.</source>
        <translation>Choisissez d’abord un fournisseur sur la page Fournisseurs.</translation>
    </message>
    <message>
        <source>New pseudonym</source>
        <translation>Nouveau pseudonyme</translation>
    </message>
    <message>
        <source>%s will know you by new keys from your next share on. Packages already sent keep the old pseudonym, and answers to it can still be read. Tell the vendor, or it will see a stranger.</source>
        <translation>%s vous connaîtra sous de nouvelles clés à partir de votre prochain partage. Les paquets déjà envoyés gardent l’ancien pseudonyme, et les réponses qui lui sont adressées restent lisibles. Prévenez le fournisseur, sinon il verra un inconnu.</translation>
    </message>
    <message>
        <source>Make new keys</source>
        <translation>Créer de nouvelles clés</translation>
    </message>
    <message>
        <source>%s will now know you as %s.</source>
        <translation>%s vous connaîtra désormais sous le nom %s.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>In “%s”</source>
        <translation>Dans «&#xa0;%s&#xa0;»</translation>
    </message>
    <message>
        <source>On the “%s” tab</source>
        <translation>Dans l’onglet «&#xa0;%s&#xa0;»</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>What the keys do in this window. In a list, the list&apos;s keys work when it has the focus.</source>
        <translation>Ce que font les touches dans cette fenêtre. Dans une liste, les touches de la liste fonctionnent quand elle a le focus.</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <source>Everywhere in the window</source>
        <translation>Partout dans la fenêtre</translation>
    </message>
    <message>
        <source>Open the &amp;user guide</source>
        <translation>Ouvrir le &amp;guide d’utilisation</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
</context>
<context>
    <name>StatementImport</name>
    <message>
        <source>Statements (*.ofx *.qfx *.csv *.tsv *.txt)</source>
        <translation>Relevés (*.ofx *.qfx *.csv *.tsv *.txt)</translation>
    </message>
    <message>
        <source>OFX and QFX files (*.ofx *.qfx)</source>
        <translation>Fichiers OFX et QFX (*.ofx *.qfx)</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.tsv *.txt)</source>
        <translation>Fichiers CSV (*.csv *.tsv *.txt)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Import statement</source>
        <translation>Importer un relevé</translation>
    </message>
    <message>
        <source>Reading the statement was cancelled.</source>
        <translation>La lecture du relevé a été annulée.</translation>
    </message>
    <message>
        <source>Adding 1 payment…</source>
        <translation>Ajout d’1 paiement…</translation>
    </message>
    <message>
        <source>Adding %d payments…</source>
        <translation>Ajout de %d paiements…</translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was added to the vault.</source>
        <translation>L’import a été annulé. Rien n’a été ajouté au coffre.</translation>
    </message>
    <message>
        <source>%s Nothing was added to the vault.</source>
        <translation>%s Rien n’a été ajouté au coffre.</translation>
    </message>
</context>
<context>
    <name>StatementImportDialog</name>
    <message>
        <source>your earlier choice</source>
        <extracomment>how a payee&apos;s vendor was found, as the payee list says it</extracomment>
        <translation>votre choix précédent</translation>
    </message>
    <message>
        <source>matched by website</source>
        <translation>trouvé par le site web</translation>
    </message>
    <message>
        <source>matched by name</source>
        <translation>trouvé par le nom</translation>
    </message>
    <message>
        <source>Import statement</source>
        <extracomment>the worker job reading, planning or importing, while one runs</extracomment>
        <translation>Importer un relevé</translation>
    </message>
    <message>
        <source>Import statement from %s</source>
        <translation>Importer un relevé depuis %s</translation>
    </message>
    <message>
        <source>Why the next step waits</source>
        <translation>Pourquoi l’étape suivante attend</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Précédent</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Suivant</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>OFX file</source>
        <translation>Fichier OFX</translation>
    </message>
    <message>
        <source>1 line read</source>
        <translation>1 ligne lue</translation>
    </message>
    <message>
        <source>%d lines read</source>
        <translation>%d lignes lues</translation>
    </message>
    <message>
        <source>CSV file</source>
        <translation>Fichier CSV</translation>
    </message>
    <message>
        <source>1 row</source>
        <translation>1 ligne</translation>
    </message>
    <message>
        <source>%d rows</source>
        <translation>%d lignes</translation>
    </message>
    <message>
        <source>… and %d more.</source>
        <translation>… et %d de plus.</translation>
    </message>
    <message>
        <source>1 line cannot be read and is left out:</source>
        <translation>1 ligne ne peut pas être lue et est ignorée&#xa0;:</translation>
    </message>
    <message>
        <source>%d lines cannot be read and are left out:</source>
        <translation>%d lignes ne peuvent pas être lues et sont ignorées&#xa0;:</translation>
    </message>
    <message>
        <source>The statement was imported.</source>
        <translation>Le relevé a été importé.</translation>
    </message>
    <message>
        <source>1 payment was added.</source>
        <translation>1 paiement a été ajouté.</translation>
    </message>
    <message>
        <source>%d payments were added.</source>
        <translation>%d paiements ont été ajoutés.</translation>
    </message>
    <message>
        <source>1 was already there and was not added again.</source>
        <translation>1 était déjà présent et n’a pas été ajouté à nouveau.</translation>
    </message>
    <message>
        <source>%d were already there and were not added again.</source>
        <translation>%d étaient déjà présents et n’ont pas été ajoutés à nouveau.</translation>
    </message>
    <message>
        <source>1 line was skipped.</source>
        <translation>1 ligne a été ignorée.</translation>
    </message>
    <message>
        <source>%d lines were skipped.</source>
        <translation>%d lignes ont été ignorées.</translation>
    </message>
    <message>
        <source>1 new vendor:</source>
        <translation>1 nouveau fournisseur&#xa0;:</translation>
    </message>
    <message>
        <source>%d new vendors:</source>
        <translation>%d nouveaux fournisseurs&#xa0;:</translation>
    </message>
    <message>
        <source>Give the new vendor for %s a name.</source>
        <translation>Donnez un nom au nouveau fournisseur pour %s.</translation>
    </message>
    <message>
        <source>Nothing to add: every line is already there or skipped.</source>
        <translation>Rien à ajouter&#xa0;: chaque ligne est déjà présente ou ignorée.</translation>
    </message>
    <message>
        <source>&amp;Import 1 line</source>
        <translation>&amp;Importer 1 ligne</translation>
    </message>
    <message>
        <source>&amp;Import %d lines</source>
        <translation>&amp;Importer %d lignes</translation>
    </message>
    <message>
        <source>1 line</source>
        <translation>1 ligne</translation>
    </message>
    <message>
        <source>%d lines</source>
        <translation>%d lignes</translation>
    </message>
    <message>
        <source>%d already there</source>
        <translation>%d déjà présentes</translation>
    </message>
    <message>
        <source>1 new vendor</source>
        <translation>1 nouveau fournisseur</translation>
    </message>
    <message>
        <source>%d new vendors</source>
        <translation>%d nouveaux fournisseurs</translation>
    </message>
    <message>
        <source>%d skipped</source>
        <translation>%d ignorées</translation>
    </message>
</context>
<context>
    <name>StatementReadStep</name>
    <message>
        <source>&amp;Date</source>
        <extracomment>the column choosers, by CsvMapping field: their labels (mnemonics unique within the dialog)</extracomment>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>&amp;Payee</source>
        <translation>&amp;Bénéficiaire</translation>
    </message>
    <message>
        <source>M&amp;emo</source>
        <translation>&amp;Libellé</translation>
    </message>
    <message>
        <source>A&amp;mount</source>
        <translation>&amp;Montant</translation>
    </message>
    <message>
        <source>Debi&amp;t (money out)</source>
        <translation>Débi&amp;t (sorties)</translation>
    </message>
    <message>
        <source>C&amp;redit (money in)</source>
        <translation>C&amp;rédit (entrées)</translation>
    </message>
    <message>
        <source>C&amp;urrency</source>
        <translation>De&amp;vise</translation>
    </message>
    <message>
        <source>Column for the date</source>
        <extracomment>each column chooser&apos;s name for screen readers, by field</extracomment>
        <translation>Colonne de la date</translation>
    </message>
    <message>
        <source>Column for the payee</source>
        <translation>Colonne du bénéficiaire</translation>
    </message>
    <message>
        <source>Column for the memo</source>
        <translation>Colonne du libellé</translation>
    </message>
    <message>
        <source>Column for the amount</source>
        <translation>Colonne du montant</translation>
    </message>
    <message>
        <source>Column for the debit (money out)</source>
        <translation>Colonne du débit (sorties)</translation>
    </message>
    <message>
        <source>Column for the credit (money in)</source>
        <translation>Colonne du crédit (entrées)</translation>
    </message>
    <message>
        <source>Column for the currency</source>
        <translation>Colonne de la devise</translation>
    </message>
    <message>
        <source>Choose the column that holds the date.</source>
        <extracomment>why Next waits when a required column is not chosen, by field</extracomment>
        <translation>Choisissez la colonne qui contient la date.</translation>
    </message>
    <message>
        <source>Choose the column that holds the payee.</source>
        <translation>Choisissez la colonne qui contient le bénéficiaire.</translation>
    </message>
    <message>
        <source>DD</source>
        <extracomment>strptime directives as people write a date&apos;s pattern (German writes TT.MM.JJJJ)</extracomment>
        <translation>JJ</translation>
    </message>
    <message>
        <source>MM</source>
        <translation>MM</translation>
    </message>
    <message>
        <source>YYYY</source>
        <translation>AAAA</translation>
    </message>
    <message>
        <source>YY</source>
        <translation>AA</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>MMM</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>D</source>
        <translation>J</translation>
    </message>
    <message>
        <source>DDD</source>
        <translation>JJJ</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>e.g. Current account, Visa card</source>
        <translation>p. ex. Compte courant, Carte Visa</translation>
    </message>
    <message>
        <source>Acc&amp;ount</source>
        <translation>&amp;Compte</translation>
    </message>
    <message>
        <source>Lines are recognised again by account: use the same name for every statement of this account, and a statement imported twice adds nothing twice.</source>
        <translation>Les lignes sont reconnues d’un relevé à l’autre grâce au compte&#xa0;: utilisez le même nom pour chaque relevé de ce compte, et un relevé importé deux fois n’ajoute rien en double.</translation>
    </message>
    <message>
        <source>Currency of the lines that name none</source>
        <translation>Devise des lignes qui n’en indiquent aucune</translation>
    </message>
    <message>
        <source>Currenc&amp;y</source>
        <translation>Dev&amp;ise</translation>
    </message>
    <message>
        <source>The file names no currency for its lines: type the currency of this account (e.g. EUR).</source>
        <translation>Le fichier n’indique aucune devise pour ses lignes&#xa0;: saisissez la devise de ce compte (p. ex. EUR).</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <source>Date format</source>
        <translation>Format de date</translation>
    </message>
    <message>
        <source>Decimal separator</source>
        <translation>Séparateur décimal</translation>
    </message>
    <message>
        <source>Point: 1,234.56</source>
        <translation>Point&#xa0;: 1,234.56</translation>
    </message>
    <message>
        <source>Comma: 1.234,56</source>
        <translation>Virgule&#xa0;: 1.234,56</translation>
    </message>
    <message>
        <source>How money out is written</source>
        <translation>Écriture des sorties</translation>
    </message>
    <message>
        <source>Negative: −12.50</source>
        <translation>Négatif&#xa0;: −12,50</translation>
    </message>
    <message>
        <source>Positive: 12.50</source>
        <translation>Positif&#xa0;: 12,50</translation>
    </message>
    <message>
        <source>Currency of every line</source>
        <translation>Devise de toutes les lignes</translation>
    </message>
    <message>
        <source>Date &amp;format</source>
        <translation>&amp;Format de date</translation>
    </message>
    <message>
        <source>Money out &amp;is</source>
        <translation>Les sorties s&amp;ont</translation>
    </message>
    <message>
        <source>Decimal &amp;separator</source>
        <translation>Sép&amp;arateur décimal</translation>
    </message>
    <message>
        <source>or fi&amp;xed currency</source>
        <translation>ou devise fi&amp;xe</translation>
    </message>
    <message>
        <source>The first lines as they will be read</source>
        <translation>Les premières lignes telles qu’elles seront lues</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Payee</source>
        <translation>Bénéficiaire</translation>
    </message>
    <message>
        <source>Memo</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>(debit and credit)</source>
        <translation>(débit et crédit)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Choose the amount column, or the debit and credit columns.</source>
        <translation>Choisissez la colonne du montant, ou les colonnes du débit et du crédit.</translation>
    </message>
    <message>
        <source>No date format reads every value of the %s column; choose the column that holds the date.</source>
        <translation>Aucun format de date ne permet de lire toutes les valeurs de la colonne %s&#x202f;; choisissez la colonne qui contient la date.</translation>
    </message>
    <message>
        <source>Choose the date format.</source>
        <translation>Choisissez le format de date.</translation>
    </message>
    <message>
        <source>Choose the date format: %s fit the dates in this file, and they read some dates as different days.</source>
        <translation>Choisissez le format de date&#xa0;: %s conviennent aux dates de ce fichier, et ils lisent certaines dates comme des jours différents.</translation>
    </message>
    <message>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <source>Choose the currency column, or type the currency of every line (e.g. EUR).</source>
        <translation>Choisissez la colonne de la devise, ou saisissez la devise de toutes les lignes (p. ex. EUR).</translation>
    </message>
    <message>
        <source>Type the currency of this account: the file names none for its lines.</source>
        <translation>Saisissez la devise de ce compte&#xa0;: le fichier n’en indique aucune pour ses lignes.</translation>
    </message>
    <message>
        <source>This statement has no transactions to import.</source>
        <translation>Ce relevé ne contient aucune opération à importer.</translation>
    </message>
    <message>
        <source>Choose… (%d fit)</source>
        <translation>Choisir… (%d conviennent)</translation>
    </message>
    <message>
        <source>None fits this column</source>
        <translation>Aucun ne convient à cette colonne</translation>
    </message>
    <message>
        <source>Not read: %s</source>
        <translation>Non lu&#xa0;: %s</translation>
    </message>
    <message>
        <source>Choose the date format to see the dates.</source>
        <translation>Choisissez le format de date pour voir les dates.</translation>
    </message>
    <message>
        <source>The first %d lines are the bank&apos;s notes before the column names; they are left out.</source>
        <translation>Les %d premières lignes sont des notes de la banque avant les noms des colonnes&#x202f;; elles sont ignorées.</translation>
    </message>
    <message>
        <source>Read as %s (guessed from the file).</source>
        <translation>Lu comme %s (déduit du fichier).</translation>
    </message>
    <message>
        <source>These are the columns you chose for this bank&apos;s files last time.</source>
        <translation>Ce sont les colonnes que vous avez choisies pour les fichiers de cette banque la dernière fois.</translation>
    </message>
</context>
<context>
    <name>Strength</name>
    <message>
        <source>very weak</source>
        <translation>très faible</translation>
    </message>
    <message>
        <source>weak</source>
        <translation>faible</translation>
    </message>
    <message>
        <source>strong</source>
        <translation>robuste</translation>
    </message>
    <message>
        <source>very strong</source>
        <translation>très robuste</translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <source>Passphrase strength</source>
        <translation>Robustesse de la phrase de passe</translation>
    </message>
    <message>
        <source>Strength: %s</source>
        <translation>Robustesse&#xa0;: %s</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Robustesse</translation>
    </message>
    <message>
        <source>A few unrelated words are easy to remember and hard to guess.</source>
        <translation>Quelques mots sans rapport entre eux sont faciles à retenir et difficiles à deviner.</translation>
    </message>
</context>
<context>
    <name>TermsModel</name>
    <message>
        <source>Term</source>
        <translation>Condition</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Réglage</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Identifiant</translation>
    </message>
</context>
<context>
    <name>TermsPage</name>
    <message>
        <source>Your terms</source>
        <translation>Vos conditions</translation>
    </message>
    <message>
        <source>What may they do with what you share? Your answer travels with it, signed.</source>
        <translation>Que peuvent-ils faire de ce que vous partagez&#x202f;? Votre réponse l’accompagne, signée.</translation>
    </message>
    <message>
        <source>&amp;What may they do with it?</source>
        <translation>&amp;Que peuvent-ils en faire&#x202f;?</translation>
    </message>
    <message>
        <source>&amp;All terms…</source>
        <translation>&amp;Toutes les conditions…</translation>
    </message>
    <message>
        <source>All terms</source>
        <translation>Toutes les conditions</translation>
    </message>
    <message>
        <source>The whole list of standard terms, to tick one by one (IEEE 7012 and others).</source>
        <translation>La liste complète des conditions standard, à cocher une à une (IEEE 7012 et autres).</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Valid for</source>
        <translation>Durée de validité</translation>
    </message>
    <message>
        <source>&amp;Valid for:</source>
        <translation>Durée de &amp;validité&#xa0;:</translation>
    </message>
    <message>
        <source>after that the package says it is not to be acted on</source>
        <translation>passé ce délai, le paquet indique qu’il ne doit plus être utilisé</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <source>&amp;Terms (tick to proffer; double-click a setting to change it):</source>
        <translation>&amp;Conditions (cochez pour les proposer&#x202f;; double-cliquez sur un réglage pour le modifier)&#xa0;:</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>Leak of your data</source>
        <translation>Fuite de vos données</translation>
    </message>
    <message>
        <source>%s used by %s (%s)</source>
        <translation>%s utilisé par %s (%s)</translation>
    </message>
    <message>
        <source>Someone else used an address you gave this vendor alone. Double-click: the Aliases tab</source>
        <translation>Quelqu’un d’autre a utilisé une adresse que vous aviez donnée à ce seul fournisseur. Double-clic&#xa0;: onglet Alias</translation>
    </message>
</context>
<context>
    <name>TimelineTab</name>
    <message>
        <source>Timeline</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>&amp;Record interaction…</source>
        <translation>&amp;Enregistrer un échange…</translation>
    </message>
    <message>
        <source>Record interaction</source>
        <translation>Enregistrer un échange</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Edit interaction</source>
        <translation>Modifier l’échange</translation>
    </message>
    <message>
        <source>Edit the selected interaction (Enter or F2); Undo puts it back</source>
        <translation>Modifier l’échange sélectionné (Entrée ou F2)&#x202f;; Annuler le rétablit</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Delete interaction</source>
        <translation>Supprimer l’échange</translation>
    </message>
    <message>
        <source>Delete the selected interaction (Delete); Undo brings it back</source>
        <translation>Supprimer l’échange sélectionné (Suppr)&#x202f;; Annuler le restaure</translation>
    </message>
    <message>
        <source>1 interaction</source>
        <translation>1 échange</translation>
    </message>
    <message>
        <source>%d interactions</source>
        <translation>%d échanges</translation>
    </message>
    <message>
        <source>1 leak</source>
        <translation>1 fuite</translation>
    </message>
    <message>
        <source>%d leaks</source>
        <translation>%d fuites</translation>
    </message>
</context>
<context>
    <name>TrustChoice</name>
    <message>
        <source>A &amp;little</source>
        <translation>Un &amp;peu</translation>
    </message>
    <message>
        <source>Quite a lo&amp;t</source>
        <translation>&amp;Beaucoup</translation>
    </message>
    <message>
        <source>Co&amp;mpletely</source>
        <translation>&amp;Totalement</translation>
    </message>
</context>
<context>
    <name>TrustDialog</name>
    <message>
        <source>Change trust</source>
        <translation>Modifier la confiance</translation>
    </message>
    <message>
        <source>How much do you trust %s&apos;s judgement of vendors?</source>
        <translation>Quelle confiance accordez-vous au jugement de %s sur les fournisseurs&#x202f;?</translation>
    </message>
    <message>
        <source>Their ratings weigh in the standing shown beside yours on each vendor: a little counts once, quite a lot twice, completely three times. Older notes count less.</source>
        <translation>Ses notes pèsent dans l’appréciation affichée à côté de la vôtre pour chaque fournisseur&#xa0;: «&#xa0;Un peu&#xa0;» compte une fois, «&#xa0;Beaucoup&#xa0;» deux fois, «&#xa0;Totalement&#xa0;» trois fois. Les avis plus anciens comptent moins.</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <source>Unlock your vault</source>
        <translation>Déverrouiller votre coffre</translation>
    </message>
    <message>
        <source>Vault: %s</source>
        <translation>Coffre&#xa0;: %s</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Phrase de passe</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Phrase de passe</translation>
    </message>
    <message>
        <source>Forgot it? Use recovery key…</source>
        <translation>Oubliée&#x202f;? Utiliser la clé de récupération…</translation>
    </message>
    <message>
        <source>Use recovery key</source>
        <translation>Utiliser la clé de récupération</translation>
    </message>
    <message>
        <source>&amp;Remember on this device</source>
        <translation>&amp;Se souvenir sur cet appareil</translation>
    </message>
    <message>
        <source>Unlock with this &amp;device</source>
        <translation>Déverrouiller avec cet &amp;appareil</translation>
    </message>
    <message>
        <source>This device remembers the vault: no passphrase needed.</source>
        <translation>Cet appareil mémorise le coffre&#xa0;: aucune phrase de passe n’est nécessaire.</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Déverrouiller</translation>
    </message>
    <message>
        <source>Open another vault…</source>
        <translation>Ouvrir un autre coffre…</translation>
    </message>
    <message>
        <source>Open another vault</source>
        <translation>Ouvrir un autre coffre</translation>
    </message>
    <message>
        <source>Create a new vault…</source>
        <translation>Créer un coffre…</translation>
    </message>
    <message>
        <source>Create a new vault</source>
        <translation>Créer un coffre</translation>
    </message>
</context>
<context>
    <name>UnlockWindow</name>
    <message>
        <source>MyVendors — locked</source>
        <translation>MyVendors — verrouillé</translation>
    </message>
    <message>
        <source>Checking the system keyring…</source>
        <translation>Vérification du trousseau de clés du système…</translation>
    </message>
    <message>
        <source>Keep a key in this computer&apos;s keyring so that the vault opens without typing the passphrase. The passphrase itself is never stored.</source>
        <translation>Conserver une clé dans le trousseau de clés de cet ordinateur pour que le coffre s’ouvre sans saisir la phrase de passe. La phrase de passe elle-même n’est jamais enregistrée.</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Déverrouillage…</translation>
    </message>
    <message>
        <source>Restore this backup</source>
        <translation>Restaurer cette sauvegarde</translation>
    </message>
    <message>
        <source>A good backup was found: %s. Restoring it keeps the damaged files aside.</source>
        <translation>Une sauvegarde intacte a été trouvée&#xa0;: %s. Sa restauration met les fichiers endommagés de côté.</translation>
    </message>
    <message>
        <source>Type your passphrase, then choose “Restore this backup” again.</source>
        <translation>Saisissez votre phrase de passe, puis choisissez à nouveau «&#xa0;Restaurer cette sauvegarde&#xa0;».</translation>
    </message>
    <message>
        <source>Open a vault</source>
        <translation>Ouvrir un coffre</translation>
    </message>
    <message>
        <source>MyVendors vaults (*.myvendors);;All files (*)</source>
        <translation>Coffres MyVendors (*.myvendors);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Create a new vault</source>
        <translation>Créer un coffre</translation>
    </message>
    <message>
        <source>New vault.myvendors</source>
        <translation>Nouveau coffre.myvendors</translation>
    </message>
    <message>
        <source>MyVendors vaults (*.myvendors)</source>
        <translation>Coffres MyVendors (*.myvendors)</translation>
    </message>
</context>
<context>
    <name>VaultActions</name>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Sauvegarder maintenant</translation>
    </message>
    <message>
        <source>&amp;Import vendors…</source>
        <translation>&amp;Importer des fournisseurs…</translation>
    </message>
    <message>
        <source>Add vendors from a vCard or CSV file (Ctrl+I)</source>
        <translation>Ajouter des fournisseurs depuis un fichier vCard ou CSV (Ctrl+I)</translation>
    </message>
    <message>
        <source>Import s&amp;tatement…</source>
        <translation>Importer un &amp;relevé…</translation>
    </message>
    <message>
        <source>Add payments from a bank or card statement (OFX, QFX or CSV) (Ctrl+Shift+I)</source>
        <translation>Ajouter des paiements depuis un relevé bancaire ou de carte (OFX, QFX ou CSV) (Ctrl+Maj+I)</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>Write the vault as JSON, or renewal dates as iCalendar (Ctrl+E)</source>
        <translation>Écrire le coffre en JSON, ou les dates de renouvellement en iCalendar (Ctrl+E)</translation>
    </message>
    <message>
        <source>Change &amp;passphrase…</source>
        <translation>Changer la &amp;phrase de passe…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>Para&amp;mètres…</translation>
    </message>
    <message>
        <source>&amp;Forget all remembered devices…</source>
        <translation>&amp;Oublier tous les appareils mémorisés…</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Sauvegarde en cours…</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Sauvegarder maintenant</translation>
    </message>
    <message>
        <source>Backup cancelled; no backup was made.</source>
        <translation>Sauvegarde annulée&#x202f;; aucune sauvegarde n’a été créée.</translation>
    </message>
    <message>
        <source>Backed up to %s</source>
        <translation>Sauvegardé dans %s</translation>
    </message>
    <message>
        <source>Imported 1 vendor.</source>
        <translation>1 fournisseur importé.</translation>
    </message>
    <message>
        <source>Imported %d vendors.</source>
        <translation>%d fournisseurs importés.</translation>
    </message>
    <message>
        <source>Imported 1 payment.</source>
        <translation>1 paiement importé.</translation>
    </message>
    <message>
        <source>Imported %d payments.</source>
        <translation>%d paiements importés.</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Export annulé&#x202f;; aucun fichier n’a été écrit.</translation>
    </message>
    <message>
        <source>Exported to %s</source>
        <translation>Exporté vers %s</translation>
    </message>
    <message>
        <source>Changing the passphrase…</source>
        <translation>Modification de la phrase de passe…</translation>
    </message>
    <message>
        <source>Passphrase changed. Use the new one from now on.</source>
        <translation>Phrase de passe modifiée. Utilisez désormais la nouvelle.</translation>
    </message>
    <message>
        <source>Forget all remembered devices</source>
        <translation>Oublier tous les appareils mémorisés</translation>
    </message>
    <message>
        <source>Every computer that remembers this vault, this one included, will need the passphrase next time. Use this if a device that remembered the vault was lost or sold.</source>
        <translation>Chaque ordinateur qui mémorise ce coffre, y compris celui-ci, demandera la phrase de passe la prochaine fois. Utilisez cette option si un appareil qui mémorisait le coffre a été perdu ou vendu.</translation>
    </message>
    <message>
        <source>Forget them</source>
        <translation>Les oublier</translation>
    </message>
    <message numerus="yes">
        <source>No device remembers this vault any more (%n removed).</source>
        <translation>
            <numerusform>Plus aucun appareil ne mémorise ce coffre (%n supprimé).</numerusform>
            <numerusform>Plus aucun appareil ne mémorise ce coffre (%n supprimés).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VaultExport</name>
    <message>
        <source>MyVendors export, JSON (*.json)</source>
        <extracomment>records per section (JSON) or {&quot;events&quot;: n} (iCalendar)</extracomment>
        <translation>Export MyVendors, JSON (*.json)</translation>
    </message>
    <message>
        <source>Renewal and cancel-by dates, iCalendar (*.ics)</source>
        <translation>Dates de renouvellement et de résiliation, iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Exporting the vault to %s…</source>
        <translation>Export du coffre vers %s…</translation>
    </message>
    <message>
        <source>Exporting dates to %s…</source>
        <translation>Export des dates vers %s…</translation>
    </message>
    <message>
        <source>The export was not written.</source>
        <translation>L’export n’a pas été écrit.</translation>
    </message>
</context>
<context>
    <name>VaultStatusBar</name>
    <message>
        <source>Vault state</source>
        <translation>État du coffre</translation>
    </message>
    <message>
        <source>Show vendor</source>
        <translation>Afficher le fournisseur</translation>
    </message>
    <message>
        <source>%s · unlocked · locks after 1 minute idle</source>
        <translation>%s · déverrouillé · se verrouille après 1 minute d’inactivité</translation>
    </message>
    <message>
        <source>%s · unlocked · locks after %d minutes idle</source>
        <translation>%s · déverrouillé · se verrouille après %d minutes d’inactivité</translation>
    </message>
    <message>
        <source>%s · unlocked · auto-lock is off</source>
        <translation>%s · déverrouillé · verrouillage automatique désactivé</translation>
    </message>
    <message>
        <source>Offer accepted: %s is in your vendors.</source>
        <translation>Offre acceptée&#xa0;: %s figure parmi vos fournisseurs.</translation>
    </message>
    <message>
        <source>Show %s</source>
        <translation>Afficher %s</translation>
    </message>
</context>
<context>
    <name>VendorDetail</name>
    <message>
        <source>Vendor details</source>
        <translation>Détails du fournisseur</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Engagements</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Reputation</source>
        <translation>Réputation</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Fichiers</translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation>Alias</translation>
    </message>
    <message>
        <source>%s (Ctrl+Tab moves between tabs)</source>
        <translation>%s (Ctrl+Tab pour passer d’un onglet à l’autre)</translation>
    </message>
    <message>
        <source>Select a vendor to see its profile, agreements, timeline, notes and files.</source>
        <translation>Sélectionnez un fournisseur pour voir son profil, ses engagements, son historique, ses avis et ses fichiers.</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Former</source>
        <translation>Ancien</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Bloqué</translation>
    </message>
    <message>
        <source>No category</source>
        <translation>Sans catégorie</translation>
    </message>
    <message>
        <source>standing %s from %d notes</source>
        <translation>appréciation %s sur %d avis</translation>
    </message>
    <message>
        <source>standing %s from 1 note</source>
        <translation>appréciation %s sur 1 avis</translation>
    </message>
    <message>
        <source>no ratings yet</source>
        <translation>pas encore de note</translation>
    </message>
</context>
<context>
    <name>VendorImport</name>
    <message>
        <source>Contacts (*.vcf *.vcard *.csv *.tsv *.txt)</source>
        <translation>Contacts (*.vcf *.vcard *.csv *.tsv *.txt)</translation>
    </message>
    <message>
        <source>vCard files (*.vcf *.vcard)</source>
        <translation>Fichiers vCard (*.vcf *.vcard)</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.tsv *.txt)</source>
        <translation>Fichiers CSV (*.csv *.tsv *.txt)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Import vendors</source>
        <translation>Importer des fournisseurs</translation>
    </message>
    <message>
        <source>Reading %d files…</source>
        <translation>Lecture de %d fichiers…</translation>
    </message>
    <message>
        <source>Choose the column that holds the vendor&apos;s name.</source>
        <translation>Choisissez la colonne qui contient le nom du fournisseur.</translation>
    </message>
    <message>
        <source>Reading the file again was cancelled; the list shows the columns before.</source>
        <translation>La relecture du fichier a été annulée&#x202f;; la liste affiche les colonnes précédentes.</translation>
    </message>
    <message>
        <source>None of the %d files can be imported.</source>
        <translation>Aucun des %d fichiers ne peut être importé.</translation>
    </message>
    <message>
        <source>Adding 1 vendor…</source>
        <translation>Ajout d’1 fournisseur…</translation>
    </message>
    <message>
        <source>Adding %d vendors…</source>
        <translation>Ajout de %d fournisseurs…</translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was added to the vault.</source>
        <translation>L’import a été annulé. Rien n’a été ajouté au coffre.</translation>
    </message>
    <message>
        <source>%s Nothing was added to the vault.</source>
        <translation>%s Rien n’a été ajouté au coffre.</translation>
    </message>
</context>
<context>
    <name>VendorTableModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>Appréciation</translation>
    </message>
    <message>
        <source>Next renewal</source>
        <translation>Prochain renouvellement</translation>
    </message>
    <message>
        <source>Yearly cost</source>
        <translation>Coût annuel</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Former</source>
        <translation>Ancien</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Bloqué</translation>
    </message>
</context>
<context>
    <name>VendorsPage</name>
    <message>
        <source>Delete %s</source>
        <translation>Supprimer %s</translation>
    </message>
    <message>
        <source>&amp;Delete vendor</source>
        <translation>&amp;Supprimer le fournisseur</translation>
    </message>
    <message>
        <source>Move the selected vendor to the trash (Delete)</source>
        <translation>Placer le fournisseur sélectionné dans la corbeille (Suppr)</translation>
    </message>
    <message>
        <source>Dis&amp;pute pack…</source>
        <translation>&amp;Dossier de litige…</translation>
    </message>
    <message>
        <source>One file with your record of the selected vendor, for an ombudsman, a bank or a regulator</source>
        <translation>Un seul fichier avec votre historique du fournisseur sélectionné, pour un médiateur, une banque ou une autorité de régulation</translation>
    </message>
    <message>
        <source>Show details</source>
        <translation>Afficher les détails</translation>
    </message>
    <message>
        <source>That vendor is in the trash.</source>
        <translation>Ce fournisseur est dans la corbeille.</translation>
    </message>
    <message>
        <source>Added %s.</source>
        <translation>%s ajouté.</translation>
    </message>
    <message>
        <source>Moved %s to the trash — Undo (%s)</source>
        <translation>%s placé dans la corbeille — Annuler (%s)</translation>
    </message>
    <message>
        <source>Restored %s.</source>
        <translation>%s restauré.</translation>
    </message>
    <message>
        <source>Moved %s to the trash.</source>
        <translation>%s placé dans la corbeille.</translation>
    </message>
</context>
<context>
    <name>VendorsPane</name>
    <message>
        <source>Vendors</source>
        <translation>Fournisseurs</translation>
    </message>
    <message>
        <source>Add vendor…</source>
        <translation>Ajouter un fournisseur…</translation>
    </message>
    <message>
        <source>Add vendor</source>
        <translation>Ajouter un fournisseur</translation>
    </message>
    <message>
        <source>Show vendors by status</source>
        <translation>Afficher les fournisseurs par statut</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actifs</translation>
    </message>
    <message>
        <source>Former</source>
        <translation>Anciens</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Bloqués</translation>
    </message>
    <message>
        <source>Sort vendors</source>
        <translation>Trier les fournisseurs</translation>
    </message>
    <message>
        <source>Name A–Z</source>
        <translation>Nom A–Z</translation>
    </message>
    <message>
        <source>Name Z–A</source>
        <translation>Nom Z–A</translation>
    </message>
    <message>
        <source>Recently updated</source>
        <translation>Modifiés récemment</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Statut&#xa0;:</translation>
    </message>
    <message>
        <source>S&amp;ort:</source>
        <translation>&amp;Tri&#xa0;:</translation>
    </message>
    <message>
        <source>No vendors yet</source>
        <translation>Aucun fournisseur pour l’instant</translation>
    </message>
    <message>
        <source>Add the companies you deal with: shops, banks, utilities, subscriptions.</source>
        <translation>Ajoutez les entreprises avec lesquelles vous traitez&#xa0;: magasins, banques, fournisseurs d’énergie, abonnements.</translation>
    </message>
    <message>
        <source>1 vendor</source>
        <translation>1 fournisseur</translation>
    </message>
    <message>
        <source>%d vendors</source>
        <translation>%d fournisseurs</translation>
    </message>
</context>
<context>
    <name>VoiceDialog</name>
    <message>
        <source>%s about %s</source>
        <translation>%s sur %s</translation>
    </message>
    <message>
        <source>The contact&apos;s note</source>
        <translation>L’avis du contact</translation>
    </message>
    <message>
        <source>Written by</source>
        <translation>Écrit par</translation>
    </message>
    <message>
        <source>Your trust in them</source>
        <translation>Votre confiance en cette personne</translation>
    </message>
    <message>
        <source>Written on</source>
        <translation>Écrit le</translation>
    </message>
    <message>
        <source>Sent to you</source>
        <translation>Envoyé le</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Concerne</translation>
    </message>
    <message>
        <source>Weight in their standing</source>
        <translation>Poids dans l’appréciation des contacts</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>(ratings only)</source>
        <translation>(notes uniquement)</translation>
    </message>
</context>
<context>
    <name>VoicesModel</name>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>Confiance</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Avis</translation>
    </message>
</context>
<context>
    <name>_OfferTexts</name>
    <message>
        <source>Accepted</source>
        <translation>Acceptée</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expirée</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouverte</translation>
    </message>
    <message>
        <source>not in your vault</source>
        <translation>absent de votre coffre</translation>
    </message>
    <message>
        <source>no ratings yet</source>
        <translation>pas encore de note</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>non indiqué</translation>
    </message>
    <message>
        <source>%s (expired)</source>
        <translation>%s (expirée)</translation>
    </message>
    <message>
        <source>no price</source>
        <translation>aucun prix</translation>
    </message>
    <message>
        <source>no budget set</source>
        <translation>aucun budget défini</translation>
    </message>
    <message>
        <source>budget is in another currency</source>
        <translation>le budget est dans une autre devise</translation>
    </message>
    <message>
        <source>%s over budget</source>
        <translation>%s au-dessus du budget</translation>
    </message>
    <message>
        <source>below your range</source>
        <translation>en dessous de votre fourchette</translation>
    </message>
    <message>
        <source>within budget</source>
        <translation>dans le budget</translation>
    </message>
</context>
<context>
    <name>_Tab</name>
    <message>
        <source>Ed&amp;it…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
</context>
<context>
    <name>contacts</name>
    <message>
        <source>A little</source>
        <translation>Un peu</translation>
    </message>
    <message>
        <source>Quite a lot</source>
        <translation>Beaucoup</translation>
    </message>
    <message>
        <source>Completely</source>
        <translation>Totalement</translation>
    </message>
    <message>
        <source>Their ratings count once</source>
        <translation>Ses notes comptent une fois</translation>
    </message>
    <message>
        <source>Their ratings count twice</source>
        <translation>Ses notes comptent deux fois</translation>
    </message>
    <message>
        <source>Their ratings count three times</source>
        <translation>Ses notes comptent trois fois</translation>
    </message>
</context>
<context>
    <name>leaks</name>
    <message>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>phone call</source>
        <translation>appel téléphonique</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>1 leak of your data, open</source>
        <translation>1 fuite de vos données, en cours</translation>
    </message>
    <message>
        <source>1 leak of your data, closed</source>
        <translation>1 fuite de vos données, close</translation>
    </message>
    <message>
        <source>%d leaks of your data, all open</source>
        <translation>%d fuites de vos données, toutes en cours</translation>
    </message>
    <message>
        <source>%d leaks of your data (%d open)</source>
        <translation>%d fuites de vos données (%d en cours)</translation>
    </message>
</context>
<context>
    <name>progress</name>
    <message>
        <source>1 byte</source>
        <translation>1 octet</translation>
    </message>
    <message>
        <source>%n bytes</source>
        <translation>%n octets</translation>
    </message>
</context>
<context>
    <name>records</name>
    <message>
        <source>Subscription</source>
        <translation>Abonnement</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Paiement</translation>
    </message>
    <message>
        <source>Tip</source>
        <translation>Pourboire</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contrat</translation>
    </message>
    <message>
        <source>Recommended</source>
        <translation>Recommandation reçue</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Mise en relation</translation>
    </message>
    <message>
        <source>Asked advice</source>
        <translation>Conseil demandé</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Demande</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Assistance</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Réclamation</translation>
    </message>
    <message>
        <source>Blacklisted</source>
        <translation>Liste noire</translation>
    </message>
    <message>
        <source>Rebuffed</source>
        <translation>Refus</translation>
    </message>
    <message>
        <source>Evaluated</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <source>Extended credit</source>
        <translation>Crédit</translation>
    </message>
    <message>
        <source>Vouched</source>
        <translation>Recommandé par vous</translation>
    </message>
    <message>
        <source>Gift</source>
        <translation>Cadeau</translation>
    </message>
    <message>
        <source>Repeat purchase</source>
        <translation>Nouvel achat</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Conversation</translation>
    </message>
    <message>
        <source>Sponsored</source>
        <translation>Soutien</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Invitation</translation>
    </message>
    <message>
        <source>Offer accepted</source>
        <translation>Offre acceptée</translation>
    </message>
    <message>
        <source>Warranty</source>
        <translation>Garantie</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>Adhésion</translation>
    </message>
    <message>
        <source>Loyalty card</source>
        <translation>Carte de fidélité</translation>
    </message>
    <message>
        <source>one-off</source>
        <translation>ponctuel</translation>
    </message>
    <message>
        <source>a week</source>
        <translation>par semaine</translation>
    </message>
    <message>
        <source>a month</source>
        <translation>par mois</translation>
    </message>
    <message>
        <source>a quarter</source>
        <translation>par trimestre</translation>
    </message>
    <message>
        <source>a year</source>
        <translation>par an</translation>
    </message>
    <message>
        <source>you subscribe to something of theirs</source>
        <translation>vous êtes abonné à l’un de ses services</translation>
    </message>
    <message>
        <source>you paid them</source>
        <translation>vous l’avez payé</translation>
    </message>
    <message>
        <source>you gave them a tip or a voluntary extra</source>
        <translation>vous lui avez donné un pourboire ou un supplément volontaire</translation>
    </message>
    <message>
        <source>you made or renewed a contract with them</source>
        <translation>vous avez conclu ou renouvelé un contrat avec lui</translation>
    </message>
    <message>
        <source>they recommended something to you</source>
        <translation>il vous a recommandé quelque chose</translation>
    </message>
    <message>
        <source>you sent someone their way, or they sent you to someone</source>
        <translation>vous lui avez adressé quelqu’un, ou il vous a adressé à quelqu’un</translation>
    </message>
    <message>
        <source>you asked them for advice</source>
        <translation>vous lui avez demandé conseil</translation>
    </message>
    <message>
        <source>you asked them for something: a quote, a change, a call</source>
        <translation>vous lui avez demandé quelque chose&#xa0;: un devis, une modification, un appel</translation>
    </message>
    <message>
        <source>an answer, from them to you or from you to them</source>
        <translation>une réponse, de sa part ou de la vôtre</translation>
    </message>
    <message>
        <source>you asked their support for help</source>
        <translation>vous avez demandé de l’aide à son assistance</translation>
    </message>
    <message>
        <source>you complained to them</source>
        <translation>vous lui avez adressé une réclamation</translation>
    </message>
    <message>
        <source>you decided not to deal with them any more</source>
        <translation>vous avez décidé de ne plus traiter avec lui</translation>
    </message>
    <message>
        <source>you turned down what they offered or asked</source>
        <translation>vous avez décliné ce qu’il proposait ou demandait</translation>
    </message>
    <message>
        <source>you rated or reviewed them</source>
        <translation>vous l’avez noté ou évalué</translation>
    </message>
    <message>
        <source>credit between you: they let you pay later, or you paid ahead</source>
        <translation>un crédit entre vous&#xa0;: il vous a permis de payer plus tard, ou vous avez payé d’avance</translation>
    </message>
    <message>
        <source>you recommended them to someone</source>
        <translation>vous l’avez recommandé à quelqu’un</translation>
    </message>
    <message>
        <source>a gift, from them to you or from you to them</source>
        <translation>un cadeau, de sa part ou de la vôtre</translation>
    </message>
    <message>
        <source>you bought from them again</source>
        <translation>vous lui avez acheté à nouveau</translation>
    </message>
    <message>
        <source>you talked or wrote to each other</source>
        <translation>vous vous êtes parlé ou écrit</translation>
    </message>
    <message>
        <source>you supported them: a donation, crowdfunding, a patronage</source>
        <translation>vous l’avez soutenu&#xa0;: un don, un financement participatif, un mécénat</translation>
    </message>
    <message>
        <source>an invitation, from them to you or from you to them</source>
        <translation>une invitation, de sa part ou de la vôtre</translation>
    </message>
    <message>
        <source>you accepted their offer for one of your requests</source>
        <translation>vous avez accepté son offre pour l’une de vos demandes</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Qualité</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Honesty</source>
        <translation>Honnêteté</translation>
    </message>
    <message>
        <source>%n bytes</source>
        <translation>%n octets</translation>
    </message>
</context>
<context>
    <name>search</name>
    <message>
        <source>Vendors</source>
        <translation>Fournisseurs</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Engagements</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Avis</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Demandes</translation>
    </message>
    <message>
        <source>Offers</source>
        <translation>Offres</translation>
    </message>
    <message>
        <source>Name</source>
        <extracomment>what a hit&apos;s field is called in a sentence (&quot;Phone: 555 0101&quot;), by index column (storage.search.COLUMNS)</extracomment>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a field and what it says</comment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Agreement: %1 with %2</source>
        <translation>Engagement&#xa0;: %1 avec %2</translation>
    </message>
    <message>
        <source>On %1 with %2: %3</source>
        <translation>Le %1 avec %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Note on %1, %2</source>
        <translation>Avis sur %1, %2</translation>
    </message>
    <message>
        <source>Note by %1 on %2, %3</source>
        <translation>Avis de %1 sur %2, %3</translation>
    </message>
    <message>
        <source>Request: %1</source>
        <translation>Demande&#xa0;: %1</translation>
    </message>
    <message>
        <source>Offer from %1 for “%2”</source>
        <translation>Offre de %1 pour «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>quelqu’un</translation>
    </message>
</context>
<context>
    <name>settings</name>
    <message>
        <source>Standard (about ¾ s to unlock)</source>
        <translation>Standard (environ ¾ s pour déverrouiller)</translation>
    </message>
    <message>
        <source>Strong (about 2 s to unlock)</source>
        <translation>Fort (environ 2 s pour déverrouiller)</translation>
    </message>
    <message>
        <source>Maximum (about 4 s to unlock)</source>
        <translation>Maximal (environ 4 s pour déverrouiller)</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Rappels</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apparence</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>Finances</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Confidentialité</translation>
    </message>
    <message>
        <source>Lock after idle (minutes)</source>
        <translation>Verrouiller après inactivité (minutes)</translation>
    </message>
    <message>
        <source>Lock the vault when there has been no keyboard or mouse activity for this long. 0 turns it off.</source>
        <translation>Verrouiller le coffre après ce délai sans activité du clavier ni de la souris. 0 désactive le verrouillage.</translation>
    </message>
    <message>
        <source>Clear the clipboard after (seconds)</source>
        <translation>Effacer le presse-papiers après (secondes)</translation>
    </message>
    <message>
        <source>Secrets that MyVendors copies are wiped from the clipboard after this long, unless something else was copied since. 0 (Off): only when the vault locks or MyVendors quits.</source>
        <translation>Les secrets copiés par MyVendors sont effacés du presse-papiers après ce délai, sauf si autre chose a été copié entre-temps. 0 (désactivé)&#xa0;: uniquement quand le coffre se verrouille ou que MyVendors se ferme.</translation>
    </message>
    <message>
        <source>Backups to keep</source>
        <translation>Sauvegardes à conserver</translation>
    </message>
    <message>
        <source>How many backups of this vault to keep; older ones are deleted after each new backup.</source>
        <translation>Nombre de sauvegardes de ce coffre à conserver&#x202f;; les plus anciennes sont supprimées après chaque nouvelle sauvegarde.</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Dossier de sauvegarde</translation>
    </message>
    <message>
        <source>Backups go into a folder named after the vault inside this one. Empty: the “backups” folder next to the vault file.</source>
        <translation>Les sauvegardes vont dans un dossier portant le nom du coffre, à l’intérieur de celui-ci. Vide&#xa0;: le dossier «&#xa0;backups&#xa0;» à côté du fichier du coffre.</translation>
    </message>
    <message>
        <source>Remind me (days before)</source>
        <translation>Me rappeler (jours avant)</translation>
    </message>
    <message>
        <source>How many days before a renewal, a cancel-by date, the end of a free trial, an offer&apos;s last day or a follow-up you are reminded, separated by commas; 0 is the day itself. Each reminder shows once, while MyVendors runs, and stays on the Overview until you dismiss it. Empty: no reminders.</source>
        <translation>Combien de jours à l’avance vous êtes prévenu d’un renouvellement, d’une date limite de résiliation, de la fin d’un essai gratuit, du dernier jour d’une offre ou d’une relance (valeurs séparées par des virgules)&#x202f;; 0 correspond au jour même. Chaque rappel s’affiche une fois, pendant que MyVendors est ouvert, et reste sur la Vue d’ensemble jusqu’à ce que vous l’ignoriez. Vide&#xa0;: aucun rappel.</translation>
    </message>
    <message>
        <source>Name the vendor while locked</source>
        <translation>Nommer le fournisseur quand le coffre est verrouillé</translation>
    </message>
    <message>
        <source>While the vault is locked MyVendors cannot read it. At locking it keeps in memory only when the next reminders are due and a neutral text (“A cancel-by date is near — unlock to see”). With this on, it keeps the vendor&apos;s name too and shows it in the notification, where anyone near the screen can read it.</source>
        <translation>Quand le coffre est verrouillé, MyVendors ne peut pas le lire. Au verrouillage, il garde en mémoire uniquement la date des prochains rappels et un texte neutre («&#xa0;Une date limite de résiliation approche — déverrouillez pour la voir&#xa0;»). Si cette option est activée, il garde aussi le nom du fournisseur et l’affiche dans la notification, où toute personne proche de l’écran peut le lire.</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Light or dark, or follow what the operating system uses.</source>
        <translation>Clair ou sombre, ou comme le système d’exploitation.</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>The language of menus and windows. It changes the next time MyVendors starts.</source>
        <translation>La langue des menus et des fenêtres. Elle change au prochain démarrage de MyVendors.</translation>
    </message>
    <message>
        <source>Main currency</source>
        <translation>Devise principale</translation>
    </message>
    <message>
        <source>The currency your spending is also shown in, converted with the rates below (e.g. EUR). Empty: each currency is shown on its own.</source>
        <translation>La devise dans laquelle vos dépenses sont aussi affichées, converties avec les taux ci-dessous (p. ex. EUR). Vide&#xa0;: chaque devise est affichée séparément.</translation>
    </message>
    <message>
        <source>Exchange rates</source>
        <translation>Taux de change</translation>
    </message>
    <message>
        <source>What one unit of another currency is worth in your main currency, e.g. “USD 0.92; GBP 1.17”. Amounts are converted only with the rates you give here, never guessed.</source>
        <translation>Ce que vaut une unité d’une autre devise dans votre devise principale, p. ex. «&#xa0;USD 0.92; GBP 1.17&#xa0;». Les montants ne sont convertis qu’avec les taux que vous indiquez ici, jamais estimés.</translation>
    </message>
    <message>
        <source>Alias domain</source>
        <translation>Domaine d’alias</translation>
    </message>
    <message>
        <source>A domain of your own that accepts mail to any name at it (a catch-all), e.g. “anna.example”: a vendor is offered an address of its own there (acme@anna.example). Empty: a plus-address of your e-mail (you+acme@…).</source>
        <translation>Un domaine à vous qui accepte le courrier adressé à n’importe quel nom (catch-all), p. ex. «&#xa0;anna.example&#xa0;»&#xa0;: chaque fournisseur reçoit sa propre adresse (acme@anna.example). Vide&#xa0;: une adresse «&#xa0;plus&#xa0;» de votre e-mail (vous+acme@…).</translation>
    </message>
</context>
<context>
    <name>terms</name>
    <message>
        <source>Days</source>
        <translation>Jours</translation>
    </message>
    <message>
        <source>Service delivery only</source>
        <translation>Fourniture du service uniquement</translation>
    </message>
    <message>
        <source>Use what I share only to deliver the service I ask for. No analytics, no tracking and no profiling, by you or by anyone else, and no sharing with third parties.</source>
        <translation>N’utilisez ce que je partage que pour fournir le service que je demande. Aucune analyse, aucun pistage ni profilage, ni par vous ni par quiconque, et aucun partage avec des tiers.</translation>
    </message>
    <message>
        <source>Service delivery only, with data portability</source>
        <translation>Fourniture du service uniquement, avec portabilité des données</translation>
    </message>
    <message>
        <source>As &quot;Service delivery only&quot;, and you give me my data back in a portable form when I ask.</source>
        <translation>Comme «&#xa0;Fourniture du service uniquement&#xa0;», et vous me rendez mes données sous une forme portable quand je le demande.</translation>
    </message>
    <message>
        <source>Service delivery, your own analytics allowed</source>
        <translation>Fourniture du service, vos propres analyses autorisées</translation>
    </message>
    <message>
        <source>Use what I share to deliver the service. You may analyse it yourself; no tracking, no profiling, no sharing with third parties.</source>
        <translation>Utilisez ce que je partage pour fournir le service. Vous pouvez l’analyser vous-même&#x202f;; aucun pistage, aucun profilage, aucun partage avec des tiers.</translation>
    </message>
    <message>
        <source>Service delivery, your own analytics allowed, with data portability</source>
        <translation>Fourniture du service, vos propres analyses autorisées, avec portabilité des données</translation>
    </message>
    <message>
        <source>As &quot;Service delivery, your own analytics allowed&quot;, and you give me my data back in a portable form when I ask.</source>
        <translation>Comme «&#xa0;Fourniture du service, vos propres analyses autorisées&#xa0;», et vous me rendez mes données sous une forme portable quand je le demande.</translation>
    </message>
    <message>
        <source>Service delivery, your own analytics and tracking allowed</source>
        <translation>Fourniture du service, vos propres analyses et pistage autorisés</translation>
    </message>
    <message>
        <source>Use what I share to deliver the service. You may analyse it and track my use of your service; no profiling, no sharing with third parties.</source>
        <translation>Utilisez ce que je partage pour fournir le service. Vous pouvez l’analyser et suivre mon utilisation de votre service&#x202f;; aucun profilage, aucun partage avec des tiers.</translation>
    </message>
    <message>
        <source>Service delivery, your own analytics and tracking allowed, with data portability</source>
        <translation>Fourniture du service, vos propres analyses et pistage autorisés, avec portabilité des données</translation>
    </message>
    <message>
        <source>As &quot;Service delivery, your own analytics and tracking allowed&quot;, and you give me my data back in a portable form when I ask.</source>
        <translation>Comme «&#xa0;Fourniture du service, vos propres analyses et pistage autorisés&#xa0;», et vous me rendez mes données sous une forme portable quand je le demande.</translation>
    </message>
    <message>
        <source>Service delivery, your own analytics, tracking and profiling allowed</source>
        <translation>Fourniture du service, vos propres analyses, pistage et profilage autorisés</translation>
    </message>
    <message>
        <source>Use what I share to deliver the service. You may analyse it, track my use of your service and build a profile of me yourself; no sharing with third parties.</source>
        <translation>Utilisez ce que je partage pour fournir le service. Vous pouvez l’analyser, suivre mon utilisation de votre service et établir vous-même un profil de moi&#x202f;; aucun partage avec des tiers.</translation>
    </message>
    <message>
        <source>Service delivery, your own analytics, tracking and profiling allowed, with data portability</source>
        <translation>Fourniture du service, vos propres analyses, pistage et profilage autorisés, avec portabilité des données</translation>
    </message>
    <message>
        <source>As &quot;Service delivery, your own analytics, tracking and profiling allowed&quot;, and you give me my data back in a portable form when I ask.</source>
        <translation>Comme «&#xa0;Fourniture du service, vos propres analyses, pistage et profilage autorisés&#xa0;», et vous me rendez mes données sous une forme portable quand je le demande.</translation>
    </message>
    <message>
        <source>Service delivery, profiling allowed, anonymised sharing with third parties</source>
        <translation>Fourniture du service, profilage autorisé, partage anonymisé avec des tiers</translation>
    </message>
    <message>
        <source>As &quot;Service delivery, your own analytics, tracking and profiling allowed&quot;, and you may share it with third parties in anonymised form only.</source>
        <translation>Comme «&#xa0;Fourniture du service, vos propres analyses, pistage et profilage autorisés&#xa0;», et vous pouvez le partager avec des tiers sous forme anonymisée uniquement.</translation>
    </message>
    <message>
        <source>Service delivery, profiling allowed, anonymised sharing with third parties, with data portability</source>
        <translation>Fourniture du service, profilage autorisé, partage anonymisé avec des tiers, avec portabilité des données</translation>
    </message>
    <message>
        <source>As &quot;Service delivery, profiling allowed, anonymised sharing with third parties&quot;, and you give me my data back in a portable form when I ask.</source>
        <translation>Comme «&#xa0;Fourniture du service, profilage autorisé, partage anonymisé avec des tiers&#xa0;», et vous me rendez mes données sous une forme portable quand je le demande.</translation>
    </message>
    <message>
        <source>Intentcasting: my request, to answer it</source>
        <translation>Intentcasting&#xa0;: ma demande, pour y répondre</translation>
    </message>
    <message>
        <source>I am telling the market what I want. Use this request only to decide whether and what to offer me, and answer it through the channel it came with.</source>
        <translation>Je dis au marché ce que je veux. N’utilisez cette demande que pour décider si vous me faites une offre et laquelle, et répondez par le canal par lequel elle est arrivée.</translation>
    </message>
    <message>
        <source>Delete when done</source>
        <translation>Supprimer une fois terminé</translation>
    </message>
    <message>
        <source>Delete what I shared once the purpose it was shared for is served.</source>
        <translation>Supprimez ce que j’ai partagé dès que la finalité pour laquelle je l’ai partagé est atteinte.</translation>
    </message>
    <message>
        <source>Delete when I ask</source>
        <translation>Supprimer quand je le demande</translation>
    </message>
    <message>
        <source>Delete what I shared when I ask you to.</source>
        <translation>Supprimez ce que j’ai partagé quand je vous le demande.</translation>
    </message>
    <message>
        <source>My data back when I ask</source>
        <translation>Mes données rendues quand je le demande</translation>
    </message>
    <message>
        <source>Give me what you hold about me in a portable, machine-readable form when I ask.</source>
        <translation>Remettez-moi ce que vous détenez sur moi sous une forme portable et lisible par machine quand je le demande.</translation>
    </message>
    <message>
        <source>Tell me what you hold, when I ask</source>
        <translation>Me dire ce que vous détenez, quand je le demande</translation>
    </message>
    <message>
        <source>Tell me, when I ask, what data about me you hold and what you did with it.</source>
        <translation>Dites-moi, quand je le demande, quelles données vous détenez sur moi et ce que vous en avez fait.</translation>
    </message>
    <message>
        <source>Name anyone else first</source>
        <translation>Nommer d’abord tout autre destinataire</translation>
    </message>
    <message>
        <source>Tell me, before it happens, who else would receive what I shared.</source>
        <translation>Dites-moi, avant que cela se produise, qui d’autre recevrait ce que j’ai partagé.</translation>
    </message>
    <message>
        <source>#NoStalking</source>
        <translation>#NoStalking</translation>
    </message>
    <message>
        <source>Don&apos;t track me off your site, and don&apos;t let others track me on your site or anywhere else.</source>
        <translation>Ne me pistez pas en dehors de votre site, et ne laissez pas d’autres me pister sur votre site ni ailleurs.</translation>
    </message>
    <message>
        <source>For this request only</source>
        <translation>Pour cette demande uniquement</translation>
    </message>
    <message>
        <source>Use what I share only to answer this request; not for marketing, and not for any other request.</source>
        <translation>N’utilisez ce que je partage que pour répondre à cette demande&#x202f;; pas pour du marketing, ni pour aucune autre demande.</translation>
    </message>
    <message>
        <source>Keep it {days} days at most</source>
        <translation>Le conserver {days} jours au plus</translation>
    </message>
    <message>
        <source>Delete what I shared within {days} days of receiving it.</source>
        <translation>Supprimez ce que j’ai partagé dans les {days} jours suivant sa réception.</translation>
    </message>
    <message>
        <source>No third parties</source>
        <translation>Aucun tiers</translation>
    </message>
    <message>
        <source>Share nothing of this with anyone else: not partners, not data brokers, not advertisers.</source>
        <translation>Ne partagez rien de ceci avec qui que ce soit&#xa0;: ni partenaires, ni courtiers en données, ni annonceurs.</translation>
    </message>
    <message>
        <source>Credit me for my feedback</source>
        <translation>Me créditer pour mes retours</translation>
    </message>
    <message>
        <source>If you use my feedback or idea, say so to me; if it earns you money, talk to me about my share.</source>
        <translation>Si vous utilisez mes retours ou mon idée, dites-le-moi&#x202f;; si cela vous rapporte de l’argent, parlons de ma part.</translation>
    </message>
    <message>
        <source>Only to answer this request, then delete</source>
        <translation>Uniquement pour répondre à cette demande, puis supprimer</translation>
    </message>
    <message>
        <source>Only to make you an offer for this request; passed to no one, deleted within 90 days.</source>
        <translation>Uniquement pour vous faire une offre pour cette demande&#x202f;; jamais transmis, supprimé sous 90 jours.</translation>
    </message>
    <message>
        <source>To answer and to keep in touch about it</source>
        <translation>Pour répondre et rester en contact à ce sujet</translation>
    </message>
    <message>
        <source>They may follow up on this request for a year; nothing else, passed to no one.</source>
        <translation>Ils peuvent vous relancer au sujet de cette demande pendant un an&#x202f;; rien d’autre, jamais transmis.</translation>
    </message>
    <message>
        <source>To answer, and to offer me similar things later</source>
        <translation>Pour répondre, et me proposer des choses similaires plus tard</translation>
    </message>
    <message>
        <source>They may keep it until you ask them to delete it; passed to no one, no tracking.</source>
        <translation>Ils peuvent le conserver jusqu’à ce que vous leur demandiez de le supprimer&#x202f;; jamais transmis, aucun pistage.</translation>
    </message>
    <message>
        <source>Only to serve me</source>
        <translation>Uniquement pour me servir</translation>
    </message>
    <message>
        <source>No analytics, tracking or profiling, no third parties; yours to see, take back or delete when you ask.</source>
        <translation>Aucune analyse, aucun pistage ni profilage, aucun tiers&#x202f;; vous pouvez le consulter, le reprendre ou le faire supprimer quand vous le demandez.</translation>
    </message>
    <message>
        <source>To serve me and to improve their service</source>
        <translation>Pour me servir et améliorer leur service</translation>
    </message>
    <message>
        <source>They may also analyse it themselves; still no tracking, profiling or third parties.</source>
        <translation>Ils peuvent aussi l’analyser eux-mêmes&#x202f;; toujours aucun pistage, profilage ni tiers.</translation>
    </message>
    <message>
        <source>Only for what I ask now, then delete</source>
        <translation>Uniquement pour ce que je demande maintenant, puis supprimer</translation>
    </message>
    <message>
        <source>Only to deliver what you ask for now; deleted once that is done.</source>
        <translation>Uniquement pour fournir ce que vous demandez maintenant&#x202f;; supprimé une fois cela fait.</translation>
    </message>
    <message>
        <source>To improve their service, crediting me</source>
        <translation>Pour améliorer leur service, en me créditant</translation>
    </message>
    <message>
        <source>They tell you if they use your idea, and pass it to no one.</source>
        <translation>Ils vous disent s’ils utilisent votre idée, et ne la transmettent à personne.</translation>
    </message>
    <message>
        <source>To improve their service, then delete</source>
        <translation>Pour améliorer leur service, puis supprimer</translation>
    </message>
    <message>
        <source>No credit asked; passed to no one, deleted once they have used it.</source>
        <translation>Aucun crédit demandé&#x202f;; jamais transmis, supprimé une fois utilisé.</translation>
    </message>
    <message>
        <source>For them only, for a year</source>
        <translation>Pour ce contact uniquement, pendant un an</translation>
    </message>
    <message>
        <source>Your contact passes your notes to no one and deletes them within a year.</source>
        <translation>Votre contact ne transmet vos avis à personne et les supprime dans un délai d’un an.</translation>
    </message>
    <message>
        <source>For them only, for a month</source>
        <translation>Pour ce contact uniquement, pendant un mois</translation>
    </message>
    <message>
        <source>Your contact passes your notes to no one and deletes them within 30 days.</source>
        <translation>Votre contact ne transmet vos avis à personne et les supprime sous 30 jours.</translation>
    </message>
    <message>
        <source>They may pass it on</source>
        <translation>Peut être transmis</translation>
    </message>
    <message>
        <source>Your contact may tell others what you wrote; deleted within a year.</source>
        <translation>Votre contact peut dire à d’autres ce que vous avez écrit&#x202f;; supprimé dans un délai d’un an.</translation>
    </message>
    <message>
        <source>Erase it, this letter too once done</source>
        <translation>Effacer, y compris ce courrier une fois fait</translation>
    </message>
    <message>
        <source>Your details in this letter serve only to carry out the erasure; then they are deleted too.</source>
        <translation>Vos coordonnées dans ce courrier servent uniquement à procéder à l’effacement&#x202f;; elles sont ensuite supprimées elles aussi.</translation>
    </message>
    <message>
        <source>Erase it, and tell me what you held</source>
        <translation>Effacer, et me dire ce que vous déteniez</translation>
    </message>
    <message>
        <source>As above, and they tell you what they held about you and what they did with it.</source>
        <translation>Comme ci-dessus, et ils vous disent ce qu’ils détenaient sur vous et ce qu’ils en ont fait.</translation>
    </message>
    <message>
        <source>Show me what you hold, in a form I can take along</source>
        <translation>Me montrer ce que vous détenez, sous une forme que je peux emporter</translation>
    </message>
    <message>
        <source>They tell you what they hold and what they did with it, and give it to you portable.</source>
        <translation>Ils vous disent ce qu’ils détiennent et ce qu’ils en ont fait, et vous le remettent sous forme portable.</translation>
    </message>
    <message>
        <source>Show me what you hold, then delete this letter</source>
        <translation>Me montrer ce que vous détenez, puis supprimer ce courrier</translation>
    </message>
    <message>
        <source>As above, and they delete the details in this letter once they have answered.</source>
        <translation>Comme ci-dessus, et ils suppriment les coordonnées figurant dans ce courrier une fois qu’ils ont répondu.</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>Dismiss reminder</source>
        <translation>Ignorer le rappel</translation>
    </message>
</context>
</TS>
