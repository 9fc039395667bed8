<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AccessPreviewDialog</name>
    <message>
        <source>Personal data held: case %1</source>
        <translation>Données personnelles détenues : dossier %1</translation>
    </message>
    <message>
        <source>&amp;Print...</source>
        <translation>&amp;Imprimer...</translation>
    </message>
    <message>
        <source>&amp;Save as PDF...</source>
        <translation>&amp;Enregistrer en PDF...</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Preparing the document...</source>
        <translation>Préparation du document...</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <source>The document could not be shown.</source>
        <translation>Le document n&apos;a pas pu être affiché.</translation>
    </message>
    <message>
        <source>Sending the document to the printer...</source>
        <translation>Envoi du document à l&apos;imprimante...</translation>
    </message>
    <message>
        <source>Pages sent to the printer: %1.</source>
        <translation>Pages envoyées à l&apos;imprimante : %1.</translation>
    </message>
    <message>
        <source>Save the document as PDF</source>
        <translation>Enregistrer le document en PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saving the PDF file...</source>
        <translation>Enregistrement du fichier PDF...</translation>
    </message>
    <message>
        <source>The printer could not print the document. Check the printer, then try again.</source>
        <translation>L&apos;imprimante n&apos;a pas pu imprimer le document. Vérifiez l&apos;imprimante, puis réessayez.</translation>
    </message>
</context>
<context>
    <name>AddAttachmentDialog</name>
    <message>
        <source>Add a file to the case</source>
        <translation>Ajouter un fichier au dossier</translation>
    </message>
    <message>
        <source>A PDF document, a photo (JPEG or PNG) or a scan (TIFF) of up to %1 MB. It is kept encrypted in the vault.</source>
        <translation>Un document PDF, une photo (JPEG ou PNG) ou une numérisation (TIFF) de %1 Mo au plus. Il est conservé chiffré dans le coffre.</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Fichier :</translation>
    </message>
    <message>
        <source>&amp;Part of the case:</source>
        <translation>&amp;Partie du dossier :</translation>
    </message>
    <message>
        <source>Only those who may see this part of the case will see the file.</source>
        <translation>Seules les personnes autorisées à voir cette partie du dossier verront le fichier.</translation>
    </message>
    <message>
        <source>&amp;Choose a file...</source>
        <translation>&amp;Choisir un fichier...</translation>
    </message>
    <message>
        <source>No file chosen yet.</source>
        <translation>Aucun fichier choisi.</translation>
    </message>
    <message>
        <source>This file is &amp;evidence</source>
        <translation>Ce fichier est une &amp;preuve</translation>
    </message>
    <message>
        <source>Evidence is kept exactly as received, with its location and camera data, and sealed: it can never be changed. Otherwise the location and camera data are removed from a photo before it is kept.</source>
        <translation>Une preuve est conservée telle que reçue, avec le lieu et l&apos;appareil de prise de vue, et scellée : elle ne peut jamais être modifiée. Sinon, le lieu et l&apos;appareil de prise de vue sont retirés d&apos;une photo avant qu&apos;elle soit conservée.</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>Choose a file to add</source>
        <translation>Choisir un fichier à ajouter</translation>
    </message>
    <message>
        <source>PDF documents, photos and scans (*.pdf *.jpg *.jpeg *.png *.tif *.tiff)</source>
        <translation>Documents PDF, photos et numérisations (*.pdf *.jpg *.jpeg *.png *.tif *.tiff)</translation>
    </message>
</context>
<context>
    <name>AddUserDialog</name>
    <message>
        <source>Add user</source>
        <translation>Ajouter l&apos;utilisateur</translation>
    </message>
    <message>
        <source>Add a user</source>
        <translation>Ajouter un utilisateur</translation>
    </message>
    <message>
        <source>The new user logs in once with this temporary password, then must choose their own. Tell it to them in person, never in a message.</source>
        <translation>Le nouvel utilisateur se connecte une fois avec ce mot de passe temporaire, puis doit choisir le sien. Communiquez-le-lui en personne, jamais par message.</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nom d&apos;&amp;utilisateur :</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>Nom &amp;complet :</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation>Rôles :</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <source>&amp;Temporary password:</source>
        <translation>Mot de passe &amp;temporaire :</translation>
    </message>
    <message>
        <source>Temporary password</source>
        <translation>Mot de passe temporaire</translation>
    </message>
    <message>
        <source>Temporary password &amp;again:</source>
        <translation>Mot de passe temporaire, &amp;encore :</translation>
    </message>
    <message>
        <source>Temporary password again</source>
        <translation>Mot de passe temporaire, une seconde fois</translation>
    </message>
    <message>
        <source>Adding the user</source>
        <translation>Ajout de l&apos;utilisateur</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Audit log verification result</source>
        <translation>Résultat de la vérification du journal d&apos;audit</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Last login</source>
        <translation>Dernière connexion</translation>
    </message>
    <message>
        <source>Staff accounts</source>
        <translation>Comptes du personnel</translation>
    </message>
    <message>
        <source>&amp;Add user...</source>
        <translation>Ajouter un &amp;utilisateur...</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Désactiver</translation>
    </message>
    <message>
        <source>Deactivate the selected account: it can no longer log in, and its name stays in the records.</source>
        <translation>Désactiver le compte sélectionné : il ne pourra plus se connecter, et son nom reste dans les registres.</translation>
    </message>
    <message>
        <source>&amp;Settings...</source>
        <translation>&amp;Paramètres...</translation>
    </message>
    <message>
        <source>&amp;Partner centers...</source>
        <translation>Centres &amp;partenaires...</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Journal d&apos;audit</translation>
    </message>
    <message>
        <source>&amp;Verify audit log</source>
        <translation>&amp;Vérifier le journal d&apos;audit</translation>
    </message>
    <message>
        <source>Verify audit log</source>
        <translation>Vérifier le journal d&apos;audit</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
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
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Newest audit events</source>
        <translation>Derniers événements d&apos;audit</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>Active, must change password</source>
        <translation>Actif, doit changer son mot de passe</translation>
    </message>
    <message>
        <source>Deactivate the account of %1 (%2)? They will no longer be able to log in. The account stays in the records.</source>
        <translation>Désactiver le compte de %1 (%2) ? Cette personne ne pourra plus se connecter. Le compte reste dans les registres.</translation>
    </message>
    <message>
        <source>Deactivate account</source>
        <translation>Désactiver le compte</translation>
    </message>
    <message>
        <source>Verifying the audit log...</source>
        <translation>Vérification du journal d&apos;audit...</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Preparing the demo vault...</source>
        <translation>Préparation du coffre de démonstration...</translation>
    </message>
</context>
<context>
    <name>AppShell</name>
    <message>
        <source>Locking...</source>
        <translation>Verrouillage...</translation>
    </message>
    <message>
        <source>Locked. Log in to continue.</source>
        <translation>Verrouillé. Connectez-vous pour continuer.</translation>
    </message>
    <message>
        <source>Isange Desktop</source>
        <translation>Isange Desktop</translation>
    </message>
</context>
<context>
    <name>ArchiveConfirmDialog</name>
    <message>
        <source>Archive and remove cases</source>
        <translation>Archiver et supprimer des dossiers</translation>
    </message>
    <message>
        <source>Cases to archive, then remove from this laptop: %1.

An encrypted, signed archive is written to the folder you choose next, one file per case. Each file is read back and checked. Only then are the cases removed from this laptop. This cannot be undone.

Keep the archive safe: for example in the center&apos;s locked cupboard, or give it to the national archive.</source>
        <translation>Dossiers à archiver, puis à supprimer de cet ordinateur : %1.

Une archive chiffrée et signée est écrite dans le dossier que vous choisirez ensuite, un fichier par dossier. Chaque fichier est relu et vérifié. Ce n&apos;est qu&apos;ensuite que les dossiers sont supprimés de cet ordinateur. Cette opération est irréversible.

Gardez l&apos;archive en lieu sûr : par exemple dans l&apos;armoire fermée à clé du centre, ou remettez-la aux archives nationales.</translation>
    </message>
    <message>
        <source>Archive &amp;for:</source>
        <translation>Archive &amp;pour :</translation>
    </message>
    <message>
        <source>An archive for another center (such as the national archive) can also be checked here.</source>
        <translation>Une archive pour un autre centre (comme les archives nationales) peut aussi être vérifiée ici.</translation>
    </message>
    <message>
        <source>This center</source>
        <translation>Ce centre</translation>
    </message>
    <message>
        <source>&amp;Choose the folder and archive...</source>
        <translation>&amp;Choisir le dossier et archiver...</translation>
    </message>
</context>
<context>
    <name>AttachmentFieldEditor</name>
    <message>
        <source>Choose &amp;files...</source>
        <translation>Choisir des &amp;fichiers...</translation>
    </message>
    <message>
        <source>Add the files on this track&apos;s Attachments page, then choose them here. Double-click a file to view it.</source>
        <translation>Ajoutez les fichiers sur la page Pièces jointes de ce volet, puis choisissez-les ici. Double-cliquez sur un fichier pour le voir.</translation>
    </message>
    <message>
        <source>A file not listed here (not loaded yet, or not one your role may see)</source>
        <translation>Un fichier qui n&apos;est pas listé ici (pas encore chargé, ou que votre rôle ne permet pas de voir)</translation>
    </message>
    <message>
        <source>No files chosen.</source>
        <translation>Aucun fichier choisi.</translation>
    </message>
    <message>
        <source>Choose the files</source>
        <translation>Choisir les fichiers</translation>
    </message>
</context>
<context>
    <name>AttachmentList</name>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Nom du fichier</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Part of the case</source>
        <translation>Partie du dossier</translation>
    </message>
    <message>
        <source>Added by</source>
        <translation>Ajouté par</translation>
    </message>
    <message>
        <source>Added on</source>
        <translation>Ajouté le</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Preuve</translation>
    </message>
    <message>
        <source>Files kept with the case</source>
        <translation>Fichiers conservés avec le dossier</translation>
    </message>
    <message>
        <source>&amp;Add a file...</source>
        <translation>&amp;Ajouter un fichier...</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Voir</translation>
    </message>
    <message>
        <source>E&amp;xport...</source>
        <translation>E&amp;xporter...</translation>
    </message>
    <message>
        <source>Write a copy to a file of your choice. The copy is not encrypted.</source>
        <translation>Écrire une copie dans un fichier de votre choix. La copie n&apos;est pas chiffrée.</translation>
    </message>
    <message>
        <source>The file was added.</source>
        <translation>Le fichier a été ajouté.</translation>
    </message>
    <message>
        <source>Location and camera details were removed.</source>
        <translation>Le lieu et les détails de l&apos;appareil photo ont été retirés.</translation>
    </message>
    <message>
        <source>Export a copy of the file</source>
        <translation>Exporter une copie du fichier</translation>
    </message>
    <message>
        <source>The exported copy is not encrypted: anyone who gets the computer or the USB stick can open it. Export only when a copy is really needed, keep it safe, and delete it when it is no longer needed. The export is recorded in the audit log.</source>
        <translation>La copie exportée n&apos;est pas chiffrée : quiconque accède à l&apos;ordinateur ou à la clé USB peut l&apos;ouvrir. N&apos;exportez que si une copie est vraiment nécessaire, gardez-la en lieu sûr et supprimez-la dès qu&apos;elle n&apos;est plus nécessaire. L&apos;exportation est enregistrée dans le journal d&apos;audit.</translation>
    </message>
    <message>
        <source>&amp;Choose where to save...</source>
        <translation>&amp;Choisir où enregistrer...</translation>
    </message>
    <message>
        <source>Export a copy (not encrypted)</source>
        <translation>Exporter une copie (non chiffrée)</translation>
    </message>
</context>
<context>
    <name>AttachmentViewer</name>
    <message>
        <source>%1 of the case %2</source>
        <translation>%1 du dossier %2</translation>
    </message>
    <message>
        <source>added by %1 on %2</source>
        <translation>ajouté par %1 le %2</translation>
    </message>
    <message>
        <source>Shown from memory: nothing is written to the disk. To give a copy to someone, use Export in the list of files.</source>
        <translation>Affiché depuis la mémoire : rien n&apos;est écrit sur le disque. Pour remettre une copie à quelqu&apos;un, utilisez Exporter dans la liste des fichiers.</translation>
    </message>
    <message>
        <source>This PDF could not be shown.</source>
        <translation>Ce PDF n&apos;a pas pu être affiché.</translation>
    </message>
    <message>
        <source>Fit to window</source>
        <translation>Ajuster à la fenêtre</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <source>This image could not be shown.</source>
        <translation>Cette image n&apos;a pas pu être affichée.</translation>
    </message>
</context>
<context>
    <name>AttachmentWords</name>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>Numérisation</translation>
    </message>
    <message>
        <source>Intake</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <source>Evidence, sealed</source>
        <translation>Preuve, scellée</translation>
    </message>
</context>
<context>
    <name>AttachmentsTab</name>
    <message>
        <source>Scanned documents and photos kept with the case, encrypted in the vault. You see the files of the parts of the case your role may see. Open a file with View: it is shown from memory, never written to the disk.</source>
        <translation>Documents numérisés et photos conservés avec le dossier, chiffrés dans le coffre. Vous voyez les fichiers des parties du dossier que votre rôle permet de voir. Ouvrez un fichier avec Voir : il est affiché depuis la mémoire, jamais écrit sur le disque.</translation>
    </message>
</context>
<context>
    <name>BackupBox</name>
    <message>
        <source>Backup</source>
        <translation>Sauvegarde</translation>
    </message>
    <message>
        <source>Write a verified copy of the vault to a USB stick. The copy stays encrypted: it can be restored only with the center&apos;s recovery key.</source>
        <translation>Écrire une copie vérifiée du coffre sur une clé USB. La copie reste chiffrée : elle ne peut être restaurée qu&apos;avec la clé de récupération du centre.</translation>
    </message>
    <message>
        <source>&amp;Back up the vault...</source>
        <translation>&amp;Sauvegarder le coffre...</translation>
    </message>
    <message>
        <source>Back up the vault</source>
        <translation>Sauvegarder le coffre</translation>
    </message>
    <message>
        <source>Isange backups (*%1)</source>
        <translation>Sauvegardes Isange (*%1)</translation>
    </message>
    <message>
        <source>Writing and checking the backup...</source>
        <translation>Écriture et vérification de la sauvegarde...</translation>
    </message>
</context>
<context>
    <name>BodyMapEditor</name>
    <message>
        <source>Click where the injury is. Keyboard: arrows move the cross, Enter places a mark, Tab goes from mark to mark, Delete removes.</source>
        <translation>Cliquez à l&apos;endroit de la blessure. Au clavier : les flèches déplacent la croix, Entrée place un repère, Tab passe d&apos;un repère à l&apos;autre, Suppr l&apos;enlève.</translation>
    </message>
    <message>
        <source>&amp;Marks</source>
        <translation>&amp;Repères</translation>
    </message>
    <message>
        <source>Injury marks</source>
        <translation>Repères des blessures</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Vue</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Size (cm)</source>
        <translation>Taille (cm)</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <source>Injury type</source>
        <translation>Type de blessure</translation>
    </message>
    <message>
        <source>&amp;Size (cm):</source>
        <translation>Tai&amp;lle (cm) :</translation>
    </message>
    <message>
        <source>Size in centimetres</source>
        <translation>Taille en centimètres</translation>
    </message>
    <message>
        <source>Not measured</source>
        <translation>Non mesurée</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description :</translation>
    </message>
    <message>
        <source>Injury description</source>
        <translation>Description de la blessure</translation>
    </message>
    <message>
        <source>An injury of type &quot;Other&quot; needs a description.</source>
        <translation>Une blessure de type « Autre » demande une description.</translation>
    </message>
    <message>
        <source>&amp;Remove mark</source>
        <translation>&amp;Enlever le repère</translation>
    </message>
    <message>
        <source>Remove the selected mark</source>
        <translation>Enlever le repère sélectionné</translation>
    </message>
    <message>
        <source>{view} ({count})</source>
        <translation>{view} ({count})</translation>
    </message>
    <message>
        <source>The injuries marked on the drawing; Tab moves between the marks.</source>
        <translation>Les blessures marquées sur le dessin ; Tab passe d&apos;un repère à l&apos;autre.</translation>
    </message>
    <message>
        <source>Click the drawing to mark an injury, or use the keyboard: the arrow keys move the cross (with Shift in bigger steps), Enter or Space places a mark, Tab moves between the marks and Delete removes the selected one.</source>
        <translation>Cliquez sur le dessin pour marquer une blessure, ou utilisez le clavier : les flèches déplacent la croix (à plus grands pas avec Maj), Entrée ou Espace place un repère, Tab passe d&apos;un repère à l&apos;autre et Suppr enlève celui qui est sélectionné.</translation>
    </message>
    <message>
        <source>Right</source>
        <comment>the survivor&apos;s right side, written beside the drawing</comment>
        <translation>Droite</translation>
    </message>
    <message>
        <source>Left</source>
        <comment>the survivor&apos;s left side, written beside the drawing</comment>
        <translation>Gauche</translation>
    </message>
    <message>
        <source>Body drawing: {view}</source>
        <translation>Dessin du corps : {view}</translation>
    </message>
</context>
<context>
    <name>BoolEditor</name>
    <message>
        <source>(not answered)</source>
        <translation>(sans réponse)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
</context>
<context>
    <name>BreachDialog</name>
    <message>
        <source>Record a suspected breach</source>
        <translation>Enregistrer une violation présumée</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <source>&amp;Found:</source>
        <translation>&amp;Découverte :</translation>
    </message>
    <message>
        <source>Happened:</source>
        <translation>Survenue :</translation>
    </message>
    <message>
        <source>&amp;What happened:</source>
        <translation>&amp;Ce qui s&apos;est passé :</translation>
    </message>
    <message>
        <source>&amp;Measures taken:</source>
        <translation>&amp;Mesures prises :</translation>
    </message>
    <message>
        <source>Cases affected:</source>
        <translation>Dossiers touchés :</translation>
    </message>
    <message>
        <source>The NCSA must be notified within 48 hours and the report submitted within 72 hours, both counted from when the breach was found. Write no survivor&apos;s name.</source>
        <translation>La NCSA doit être notifiée dans les 48 heures et le rapport remis dans les 72 heures, comptées toutes deux à partir de la découverte de la violation. N&apos;écrivez le nom d&apos;aucune personne survivante.</translation>
    </message>
    <message>
        <source>Known</source>
        <translation>Connue</translation>
    </message>
    <message>
        <source>&amp;All cases in the vault (a lost or stolen laptop)</source>
        <translation>T&amp;ous les dossiers du coffre (ordinateur perdu ou volé)</translation>
    </message>
    <message>
        <source>&amp;Only these case numbers:</source>
        <translation>&amp;Seulement ces numéros de dossier :</translation>
    </message>
    <message>
        <source>case numbers, separated by spaces</source>
        <translation>numéros de dossier, séparés par des espaces</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Enregistrer</translation>
    </message>
</context>
<context>
    <name>BreachesPanel</name>
    <message>
        <source>Breaches of personal data</source>
        <translation>Violations de données à caractère personnel</translation>
    </message>
    <message>
        <source>Law 058/2021: notify the NCSA within 48 hours and submit the report within 72 hours of finding a breach. The register counts cases and kinds of data; it never names a survivor.</source>
        <translation>Loi n° 058/2021 : notifiez la NCSA dans les 48 heures et remettez le rapport dans les 72 heures suivant la découverte d&apos;une violation. Le registre compte les dossiers et les catégories de données ; il ne nomme jamais une personne survivante.</translation>
    </message>
    <message>
        <source>&amp;Record a suspected breach...</source>
        <translation>&amp;Enregistrer une violation présumée...</translation>
    </message>
    <message>
        <source>Mark NCSA &amp;notified</source>
        <translation>Marquer la NCSA &amp;notifiée</translation>
    </message>
    <message>
        <source>Mark report &amp;submitted</source>
        <translation>Marquer le rapport &amp;remis</translation>
    </message>
    <message>
        <source>Save notification &amp;draft...</source>
        <translation>Enregistrer le &amp;projet de notification...</translation>
    </message>
    <message>
        <source>Language of the draft</source>
        <translation>Langue du projet</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Découverte</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <source>Notify NCSA (48 h)</source>
        <translation>Notifier la NCSA (48 h)</translation>
    </message>
    <message>
        <source>Report (72 h)</source>
        <translation>Rapport (72 h)</translation>
    </message>
    <message>
        <source>Recorded breaches</source>
        <translation>Violations enregistrées</translation>
    </message>
    <message>
        <source>Breach %1 recorded. Notify the NCSA by %2; report by %3.</source>
        <translation>Violation %1 enregistrée. Notifiez la NCSA avant le %2 ; remettez le rapport avant le %3.</translation>
    </message>
    <message>
        <source>Recorded.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>Save notification draft</source>
        <translation>Enregistrer le projet de notification</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>CaseHeader</name>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy the case number</source>
        <translation>Copier le numéro du dossier</translation>
    </message>
    <message>
        <source>Copies the case number; it is removed from the clipboard after 30 seconds or when the app locks.</source>
        <translation>Copie le numéro du dossier ; il est retiré du presse-papiers après 30 secondes ou au verrouillage de l&apos;application.</translation>
    </message>
    <message>
        <source>Show &amp;name</source>
        <translation>Afficher le &amp;nom</translation>
    </message>
    <message>
        <source>Shows the survivor&apos;s full name; this is recorded in the audit log.</source>
        <translation>Affiche le nom complet de la personne survivante ; c&apos;est enregistré dans le journal d&apos;audit.</translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) old</source>
        <translation>
            <numerusform>%n an</numerusform>
            <numerusform>%n ans</numerusform>
        </translation>
    </message>
    <message>
        <source>No incident time recorded: no clinical clock.</source>
        <translation>Aucune heure d&apos;incident enregistrée : pas de délai clinique.</translation>
    </message>
</context>
<context>
    <name>CaseListModel</name>
    <message>
        <source>Case number</source>
        <translation>Numéro de dossier</translation>
    </message>
    <message>
        <source>Survivor</source>
        <translation>Survivant·e</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Arrivée</translation>
    </message>
    <message>
        <source>Most urgent clock</source>
        <translation>Délai le plus urgent</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
</context>
<context>
    <name>CaseTasksTab</name>
    <message>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Follow-up tasks of this case</source>
        <translation>Tâches de suivi de ce dossier</translation>
    </message>
    <message>
        <source>Mark &amp;done</source>
        <translation>Marquer comme &amp;fait</translation>
    </message>
    <message>
        <source>No follow-up task for this case.</source>
        <translation>Aucune tâche de suivi pour ce dossier.</translation>
    </message>
    <message>
        <source>Choose an open task in the list first.</source>
        <translation>Choisissez d&apos;abord une tâche ouverte dans la liste.</translation>
    </message>
</context>
<context>
    <name>CaseWords</name>
    <message>
        <source>Medical</source>
        <translation>Médical</translation>
    </message>
    <message>
        <source>Psychosocial</source>
        <translation>Psychosocial</translation>
    </message>
    <message>
        <source>Legal</source>
        <translation>Juridique</translation>
    </message>
    <message>
        <source>Shelter</source>
        <translation>Hébergement sécurisé</translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation>Non nécessaire</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Referred out</source>
        <translation>Orienté ailleurs</translation>
    </message>
    <message>
        <source>Closure requested</source>
        <translation>Clôture demandée</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clos</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>PEP</source>
        <translation>PEP</translation>
    </message>
    <message>
        <source>EC levonorgestrel</source>
        <translation>CU lévonorgestrel</translation>
    </message>
    <message>
        <source>EC ulipristal/IUD</source>
        <translation>CU ulipristal/DIU</translation>
    </message>
    <message>
        <source>Forensic evidence</source>
        <translation>Preuves médico-légales</translation>
    </message>
    <message>
        <source>Forensic, some samples</source>
        <translation>Médico-légal, certains prélèvements</translation>
    </message>
    <message>
        <source>Hepatitis B</source>
        <translation>Hépatite B</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n heure</numerusform>
            <numerusform>%n heures</numerusform>
        </translation>
    </message>
    <message>
        <source>under an hour</source>
        <translation>moins d&apos;une heure</translation>
    </message>
    <message>
        <source>{clock}: closed {time} ago</source>
        <translation>{clock} : fermé depuis {time}</translation>
    </message>
    <message>
        <source>{clock}: closing, {time} left</source>
        <translation>{clock} : ferme bientôt, reste {time}</translation>
    </message>
    <message>
        <source>{clock}: {time} left</source>
        <translation>{clock} : reste {time}</translation>
    </message>
</context>
<context>
    <name>CaseWorkspace</name>
    <message>
        <source>&lt; &amp;Back to the list</source>
        <translation>&lt; &amp;Retour à la liste</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>Re&amp;charger</translation>
    </message>
    <message>
        <source>&amp;Print...</source>
        <translation>&amp;Imprimer...</translation>
    </message>
    <message>
        <source>Preview, print or save the case summary, the medico-legal report or a referral slip</source>
        <translation>Prévisualiser, imprimer ou enregistrer le résumé du dossier, le rapport médico-légal ou une fiche d&apos;orientation</translation>
    </message>
    <message>
        <source>Intake</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Références</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Pièces jointes</translation>
    </message>
    <message>
        <source>Survivor&apos;s rights</source>
        <translation>Droits de la personne</translation>
    </message>
    <message>
        <source>Opening the case...</source>
        <translation>Ouverture du dossier...</translation>
    </message>
    <message>
        <source>Your unsaved changes from before the lock are back. Save them to keep them.</source>
        <translation>Vos modifications non enregistrées d&apos;avant le verrouillage sont revenues. Enregistrez-les pour les garder.</translation>
    </message>
</context>
<context>
    <name>CasesPage</name>
    <message>
        <source>Search: case number, phone number or the start of a name</source>
        <translation>Rechercher : numéro de dossier, numéro de téléphone ou début d&apos;un nom</translation>
    </message>
    <message>
        <source>Search cases</source>
        <translation>Rechercher des dossiers</translation>
    </message>
    <message>
        <source>&amp;New case</source>
        <translation>&amp;Nouveau dossier</translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation>S&amp;tatut</translation>
    </message>
    <message>
        <source>&amp;Pending track</source>
        <translation>&amp;Volet en attente</translation>
    </message>
    <message>
        <source>T&amp;ype</source>
        <translation>T&amp;ype</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>&amp;Arrived from</source>
        <translation>&amp;Arrivé·e du</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Tout statut</translation>
    </message>
    <message>
        <source>Any track</source>
        <translation>Tout volet</translation>
    </message>
    <message>
        <source>Any type</source>
        <translation>Tout type</translation>
    </message>
    <message>
        <source>Loading...</source>
        <translation>Chargement...</translation>
    </message>
    <message>
        <source>More than %1 cases</source>
        <translation>Plus de %1 dossiers</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n dossier</numerusform>
            <numerusform>%n dossiers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CentersDialog</name>
    <message>
        <source>Partner centers</source>
        <translation>Centres partenaires</translation>
    </message>
    <message>
        <source>Referrals go only to the centers pinned here, and only bundles from them are accepted. Pin a center&apos;s card only after that center has read its fingerprint aloud to you, on a phone number you already know.</source>
        <translation>Les références ne vont qu&apos;aux centres enregistrés ici, et seuls leurs fichiers sont acceptés. N&apos;enregistrez la carte d&apos;un centre qu&apos;après que ce centre vous a lu son empreinte à voix haute, à un numéro de téléphone que vous connaissez déjà.</translation>
    </message>
    <message>
        <source>This center</source>
        <translation>Ce centre</translation>
    </message>
    <message>
        <source>Our fingerprint, to read to a center that pins our card:</source>
        <translation>Notre empreinte, à lire à un centre qui enregistre notre carte :</translation>
    </message>
    <message>
        <source>&amp;Save our center card...</source>
        <translation>&amp;Enregistrer la carte de notre centre...</translation>
    </message>
    <message>
        <source>Reading or changing the partner centers</source>
        <translation>Lecture ou modification des centres partenaires</translation>
    </message>
    <message>
        <source>&amp;Add a center card...</source>
        <translation>&amp;Ajouter une carte de centre...</translation>
    </message>
    <message>
        <source>&amp;Remove the center...</source>
        <translation>&amp;Retirer le centre...</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Empreinte</translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <source>Pinned centers</source>
        <translation>Centres enregistrés</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 par %2</translation>
    </message>
    <message>
        <source>Save our center card</source>
        <translation>Enregistrer la carte de notre centre</translation>
    </message>
    <message>
        <source>Center cards (*%1)</source>
        <translation>Cartes de centre (*%1)</translation>
    </message>
    <message>
        <source>Add a center card</source>
        <translation>Ajouter une carte de centre</translation>
    </message>
    <message>
        <source>Center cards (*%1);;All files (*)</source>
        <translation>Cartes de centre (*%1);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Remove a center</source>
        <translation>Retirer un centre</translation>
    </message>
    <message>
        <source>Remove %1 (%2)? Nothing more will be sent to it or accepted from it. To trust it again, its card must be pinned again after a new fingerprint call.</source>
        <translation>Retirer %1 (%2) ? Plus rien ne lui sera envoyé ni accepté de sa part. Pour lui faire de nouveau confiance, sa carte devra être enregistrée à nouveau après un nouvel appel pour l&apos;empreinte.</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Choose your own password</source>
        <translation>Choisissez votre propre mot de passe</translation>
    </message>
    <message>
        <source>You logged in with a temporary password. Choose your own password now: at least 10 characters, not your user name. Nobody else should know it.</source>
        <translation>Vous vous êtes connecté·e avec un mot de passe temporaire. Choisissez maintenant votre propre mot de passe : au moins 10 caractères, pas votre nom d&apos;utilisateur. Personne d&apos;autre ne doit le connaître.</translation>
    </message>
    <message>
        <source>Current (temporary) password</source>
        <translation>Mot de passe actuel (temporaire)</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nouveau mot de passe</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>Nouveau mot de passe, une seconde fois</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>Mot de passe &amp;actuel :</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Nouveau mot de passe :</translation>
    </message>
    <message>
        <source>New password &amp;again:</source>
        <translation>Nouveau mot de passe, &amp;encore :</translation>
    </message>
    <message>
        <source>Saving the new password</source>
        <translation>Enregistrement du nouveau mot de passe</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Changer le mot de passe</translation>
    </message>
    <message>
        <source>Cancel and log out</source>
        <translation>Annuler et se déconnecter</translation>
    </message>
</context>
<context>
    <name>ChoiceEditor</name>
    <message>
        <source>(choose)</source>
        <translation>(choisir)</translation>
    </message>
    <message>
        <source>%1 (not offered)</source>
        <translation>%1 (non proposé)</translation>
    </message>
</context>
<context>
    <name>ClassificationPage</name>
    <message>
        <source>GBVIMS classification</source>
        <translation>Classification GBVIMS</translation>
    </message>
    <message>
        <source>Ask the questions in this order. The first yes decides the type of violence; the questions after it are not needed.</source>
        <translation>Posez les questions dans cet ordre. Le premier oui détermine le type de violence ; les questions suivantes ne sont pas nécessaires.</translation>
    </message>
    <message>
        <source>Question %1</source>
        <translation>Question %1</translation>
    </message>
    <message>
        <source>Exchange question</source>
        <translation>Question sur l&apos;échange</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Type: not settled yet. Answer question %1.</source>
        <translation>Type : pas encore déterminé. Répondez à la question %1.</translation>
    </message>
    <message>
        <source>Type: %1</source>
        <translation>Type : %1</translation>
    </message>
    <message>
        <source>Flags: %1</source>
        <translation>Indicateurs : %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
</context>
<context>
    <name>ClockPanel</name>
    <message>
        <source>What can still be given</source>
        <translation>Ce qui peut encore être donné</translation>
    </message>
    <message>
        <source>The clocks (PEP, emergency contraception, forensic evidence, hepatitis B) appear as soon as the incident time is entered.</source>
        <translation>Les délais (PEP, contraception d&apos;urgence, preuves médico-légales, hépatite B) apparaissent dès que l&apos;heure de l&apos;incident est saisie.</translation>
    </message>
    <message>
        <source>Counted from the earliest time the incident may have happened.</source>
        <translation>Compté à partir de l&apos;heure la plus précoce possible de l&apos;incident.</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>Case %1. The record is added to the case&apos;s consents and the newest one that counts decides: a refusal recorded now withdraws an earlier consent.</source>
        <translation>Dossier %1. L&apos;enregistrement s&apos;ajoute aux consentements du dossier et le plus récent qui compte décide : un refus enregistré maintenant retire un consentement donné avant.</translation>
    </message>
    <message>
        <source>Choose a service...</source>
        <translation>Choisissez un service...</translation>
    </message>
    <message>
        <source>Refused or withdrawn</source>
        <translation>Refusé ou retiré</translation>
    </message>
    <message>
        <source>Choose the answer...</source>
        <translation>Choisissez la réponse...</translation>
    </message>
    <message>
        <source>The survivor&apos;s age is not known here, so the rules for a child under 16 apply: a parent or guardian consents, or the child with a vital-interest override.</source>
        <translation>L&apos;âge de la personne survivante n&apos;est pas connu ici : les règles pour un enfant de moins de 16 ans s&apos;appliquent. Un parent ou tuteur consent, ou l&apos;enfant avec une dérogation dans l&apos;intérêt vital.</translation>
    </message>
    <message>
        <source>Age today: %1. Under 16, a parent or guardian gives or refuses consent; the child&apos;s own consent counts only with a vital-interest override.</source>
        <translation>Âge aujourd&apos;hui : %1. Avant 16 ans, un parent ou tuteur donne ou refuse le consentement ; le consentement de l&apos;enfant lui-même ne compte qu&apos;avec une dérogation dans l&apos;intérêt vital.</translation>
    </message>
    <message>
        <source>Age today: %1. From 16, the survivor alone gives or refuses consent.</source>
        <translation>Âge aujourd&apos;hui : %1. À partir de 16 ans, la personne survivante est seule à donner ou refuser son consentement.</translation>
    </message>
    <message>
        <source>Choose the service the consent is for.</source>
        <translation>Choisissez le service que concerne le consentement.</translation>
    </message>
    <message>
        <source>Choose whether the consent was given or refused.</source>
        <translation>Indiquez si le consentement a été donné ou refusé.</translation>
    </message>
    <message>
        <source>Record consent</source>
        <translation>Enregistrer un consentement</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>&amp;Service :</translation>
    </message>
    <message>
        <source>Service the consent is for</source>
        <translation>Service que concerne le consentement</translation>
    </message>
    <message>
        <source>&amp;Answer:</source>
        <translation>&amp;Réponse :</translation>
    </message>
    <message>
        <source>Consent given or refused</source>
        <translation>Consentement donné ou refusé</translation>
    </message>
    <message>
        <source>Given &amp;by:</source>
        <translation>Donné &amp;par :</translation>
    </message>
    <message>
        <source>Who gave or refused the consent</source>
        <translation>Qui a donné ou refusé le consentement</translation>
    </message>
    <message>
        <source>&amp;Destination:</source>
        <translation>&amp;Destination :</translation>
    </message>
    <message>
        <source>Referral destination: a pinned center or the named service</source>
        <translation>Destination d&apos;orientation : un centre enregistré ou le service nommé</translation>
    </message>
    <message>
        <source>&amp;Override reason:</source>
        <translation>&amp;Motif de la dérogation :</translation>
    </message>
    <message>
        <source>Vital-interest override reason</source>
        <translation>Motif de la dérogation dans l&apos;intérêt vital</translation>
    </message>
    <message>
        <source>Recording the consent</source>
        <translation>Enregistrement du consentement</translation>
    </message>
</context>
<context>
    <name>ConsentPage</name>
    <message>
        <source>Ask the survivor about each service. Nothing is done or shared for a service without the consent that covers it. A refusal is recorded and respected.</source>
        <translation>Interrogez la personne survivante sur chaque service. Rien n&apos;est fait ni partagé pour un service sans le consentement qui le couvre. Un refus est enregistré et respecté.</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Given by</source>
        <translation>Donné par</translation>
    </message>
    <message>
        <source>Vital-interest override: reason</source>
        <translation>Dérogation dans l&apos;intérêt vital : motif</translation>
    </message>
    <message>
        <source>What this allows</source>
        <translation>Ce que cela permet</translation>
    </message>
    <message>
        <source>Not asked yet</source>
        <translation>Pas encore demandé</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Donné</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>%1: answer</source>
        <translation>%1 : réponse</translation>
    </message>
    <message>
        <source>%1: given by</source>
        <translation>%1 : donné par</translation>
    </message>
    <message>
        <source>%1: vital-interest override reason</source>
        <translation>%1 : motif de la dérogation dans l&apos;intérêt vital</translation>
    </message>
    <message>
        <source>Why care cannot wait for a guardian</source>
        <translation>Pourquoi les soins ne peuvent pas attendre un tuteur</translation>
    </message>
    <message>
        <source>Only with the child&apos;s own consent: why care cannot wait for a guardian</source>
        <translation>Seulement avec le consentement de l&apos;enfant : pourquoi les soins ne peuvent pas attendre un tuteur</translation>
    </message>
    <message>
        <source>Referral destination</source>
        <translation>Destination d&apos;orientation</translation>
    </message>
    <message>
        <source>Referral destination: the named service information may go to</source>
        <translation>Destination d&apos;orientation : le service nommé auquel les informations peuvent aller</translation>
    </message>
    <message>
        <source>%1: what this allows</source>
        <translation>%1 : ce que cela permet</translation>
    </message>
    <message>
        <source>The age is not known yet.</source>
        <translation>L&apos;âge n&apos;est pas encore connu.</translation>
    </message>
    <message numerus="yes">
        <source>Age on arrival: %n year(s).</source>
        <translation>
            <numerusform>Âge à l&apos;arrivée : %n an.</numerusform>
            <numerusform>Âge à l&apos;arrivée : %n ans.</numerusform>
        </translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Erreur : %1</translation>
    </message>
    <message>
        <source>Allowed. %1</source>
        <translation>Autorisé. %1</translation>
    </message>
    <message>
        <source>Not asked yet. %1</source>
        <translation>Pas encore demandé. %1</translation>
    </message>
    <message>
        <source>Not allowed. %1</source>
        <translation>Non autorisé. %1</translation>
    </message>
</context>
<context>
    <name>CorrectionOutcomeDialog</name>
    <message>
        <source>Outcome of correction request no. %1</source>
        <translation>Suite donnée à la demande de rectification nº %1</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Suite donnée :</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note :</translation>
    </message>
    <message>
        <source>Make the correction itself in the case&apos;s forms. A refusal needs its reason. The outcome cannot be changed later.</source>
        <translation>Faites la rectification elle-même dans les formulaires du dossier. Un refus doit être motivé. La suite donnée ne peut plus être modifiée ensuite.</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Enregistrer</translation>
    </message>
</context>
<context>
    <name>CorrectionRequestDialog</name>
    <message>
        <source>Record a correction request (case %1)</source>
        <translation>Enregistrer une demande de rectification (dossier %1)</translation>
    </message>
    <message>
        <source>&amp;Received:</source>
        <translation>&amp;Reçue le :</translation>
    </message>
    <message>
        <source>&amp;What is on record:</source>
        <translation>&amp;Ce qui est enregistré :</translation>
    </message>
    <message>
        <source>&amp;Correction asked for:</source>
        <translation>Rectification &amp;demandée :</translation>
    </message>
    <message>
        <source>As the person said it</source>
        <translation>Comme la personne l&apos;a dit</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Enregistrer</translation>
    </message>
</context>
<context>
    <name>DataProtectionPage</name>
    <message>
        <source>Breaches</source>
        <translation>Violations de données</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Conservation</translation>
    </message>
</context>
<context>
    <name>DateEditor</name>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
</context>
<context>
    <name>DateTimeEditor</name>
    <message>
        <source>YYYY-MM-DD HH:MM</source>
        <translation>AAAA-MM-JJ HH:MM</translation>
    </message>
    <message>
        <source>center time (UTC%1)</source>
        <translation>heure du centre (UTC%1)</translation>
    </message>
</context>
<context>
    <name>DueTodayPage</name>
    <message>
        <source>Follow-up due today or overdue</source>
        <translation>Suivis prévus aujourd&apos;hui ou en retard</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Numéro de dossier</translation>
    </message>
    <message>
        <source>Survivor</source>
        <translation>Survivant·e</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Tasks due</source>
        <translation>Tâches à faire</translation>
    </message>
    <message>
        <source>Mark &amp;done</source>
        <translation>Marquer comme &amp;fait</translation>
    </message>
    <message>
        <source>&amp;Open case</source>
        <translation>&amp;Ouvrir le dossier</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) to do</source>
        <translation>
            <numerusform>%n tâche à faire</numerusform>
            <numerusform>%n tâches à faire</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is due. Well done.</source>
        <translation>Rien à faire. Bravo.</translation>
    </message>
    <message>
        <source>Choose a task in the list first.</source>
        <translation>Choisissez d&apos;abord une tâche dans la liste.</translation>
    </message>
</context>
<context>
    <name>FallbackEditor</name>
    <message numerus="yes">
        <source>Injury marks recorded: %n.</source>
        <translation>
            <numerusform>Repères de blessure enregistrés : %n.</numerusform>
            <numerusform>Repères de blessure enregistrés : %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Files attached: %n.</source>
        <translation>
            <numerusform>Fichiers joints : %n.</numerusform>
            <numerusform>Fichiers joints : %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>This field is edited elsewhere.</source>
        <translation>Ce champ se modifie ailleurs.</translation>
    </message>
</context>
<context>
    <name>FormEditor</name>
    <message>
        <source>Fields marked * are required.</source>
        <translation>Les champs marqués * sont obligatoires.</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>Obligatoire.</translation>
    </message>
    <message>
        <source>Filled in by the application.</source>
        <translation>Rempli par l&apos;application.</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Erreur : %1</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <source>Changes</source>
        <translation>Modifications</translation>
    </message>
    <message>
        <source>Status changes</source>
        <translation>Changements de statut</translation>
    </message>
    <message>
        <source>Who viewed this case</source>
        <translation>Qui a consulté ce dossier</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Formulaire</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Révision</translation>
    </message>
    <message>
        <source>Fields changed</source>
        <translation>Champs modifiés</translation>
    </message>
    <message>
        <source>Of</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
</context>
<context>
    <name>IncidentPage</name>
    <message>
        <source>Same incident as another survivor</source>
        <translation>Même incident qu&apos;une autre personne survivante</translation>
    </message>
    <message>
        <source>Optional: when another survivor of the same incident already has a case, type that case number to link the two.</source>
        <translation>Facultatif : si une autre personne survivante du même incident a déjà un dossier, saisissez ce numéro de dossier pour relier les deux.</translation>
    </message>
    <message>
        <source>&amp;Case number of the other survivor</source>
        <translation>&amp;Numéro de dossier de l&apos;autre personne survivante</translation>
    </message>
    <message>
        <source>Case number of the other survivor</source>
        <translation>Numéro de dossier de l&apos;autre personne survivante</translation>
    </message>
    <message>
        <source>for example KGL-01-2026-00042-Y</source>
        <translation>par exemple KGL-01-2026-00042-Y</translation>
    </message>
</context>
<context>
    <name>IntakeSummary</name>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Same person as case %1</source>
        <translation>Même personne que dans le dossier %1</translation>
    </message>
    <message>
        <source>A new person (no earlier record linked)</source>
        <translation>Une nouvelle personne (aucun enregistrement antérieur relié)</translation>
    </message>
    <message>
        <source>Same incident as case %1</source>
        <translation>Même incident que dans le dossier %1</translation>
    </message>
    <message>
        <source>No incident time yet: no clock.</source>
        <translation>Pas encore d&apos;heure d&apos;incident : pas de délai.</translation>
    </message>
    <message>
        <source>%1: not asked yet</source>
        <translation>%1 : pas encore demandé</translation>
    </message>
    <message>
        <source>given by %1</source>
        <translation>donné par %1</translation>
    </message>
    <message>
        <source>refused by %1</source>
        <translation>refusé par %1</translation>
    </message>
    <message>
        <source>allowed</source>
        <translation>autorisé</translation>
    </message>
    <message>
        <source>not allowed</source>
        <translation>non autorisé</translation>
    </message>
    <message>
        <source>Flags: %1</source>
        <translation>Indicateurs : %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Trafficking screening: %1</source>
        <translation>Dépistage de la traite : %1</translation>
    </message>
    <message>
        <source>Trafficking screening: not done</source>
        <translation>Dépistage de la traite : non fait</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <source>What can still be given</source>
        <translation>Ce qui peut encore être donné</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Classification</translation>
    </message>
    <message>
        <source>Tracks</source>
        <translation>Volets</translation>
    </message>
</context>
<context>
    <name>IntakeTab</name>
    <message>
        <source>Record a &amp;consent...</source>
        <translation>Enre&amp;gistrer un consentement...</translation>
    </message>
</context>
<context>
    <name>IntakeWizard</name>
    <message>
        <source>New case: intake</source>
        <translation>Nouveau dossier : accueil</translation>
    </message>
    <message>
        <source>Intake steps</source>
        <translation>Étapes de l&apos;accueil</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Précédent</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Suivant &gt;</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>&amp;Create case</source>
        <translation>&amp;Créer le dossier</translation>
    </message>
    <message>
        <source>Create case</source>
        <translation>Créer le dossier</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel the intake</source>
        <translation>Annuler l&apos;accueil</translation>
    </message>
    <message>
        <source>Problem on this step</source>
        <translation>Problème à cette étape</translation>
    </message>
    <message>
        <source>Search first</source>
        <translation>Rechercher d&apos;abord</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Classification</translation>
    </message>
    <message>
        <source>Tracks needed</source>
        <translation>Volets nécessaires</translation>
    </message>
    <message>
        <source>Review and create</source>
        <translation>Vérifier et créer</translation>
    </message>
    <message>
        <source>Correct the fields marked in red to go on.</source>
        <translation>Corrigez les champs marqués en rouge pour continuer.</translation>
    </message>
    <message>
        <source>Creating the case...</source>
        <translation>Création du dossier...</translation>
    </message>
    <message>
        <source>The case was not created: correct the fields marked in red, then go on.</source>
        <translation>Le dossier n&apos;a pas été créé : corrigez les champs marqués en rouge, puis continuez.</translation>
    </message>
    <message>
        <source>Discard this intake?</source>
        <translation>Abandonner cet accueil ?</translation>
    </message>
    <message>
        <source>What was typed for this survivor will be lost. No case is created.</source>
        <translation>Ce qui a été saisi pour cette personne survivante sera perdu. Aucun dossier n&apos;est créé.</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Abandonner</translation>
    </message>
    <message>
        <source>&amp;Keep typing</source>
        <translation>&amp;Continuer la saisie</translation>
    </message>
</context>
<context>
    <name>LanguageChooser</name>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
</context>
<context>
    <name>LoginWindow</name>
    <message>
        <source>Isange Desktop - Log in</source>
        <translation>Isange Desktop - Connexion</translation>
    </message>
    <message>
        <source>Demo accounts</source>
        <translation>Comptes de démonstration</translation>
    </message>
    <message>
        <source>Isange Desktop</source>
        <translation>Isange Desktop</translation>
    </message>
    <message>
        <source>Isange One Stop Center: confidential case records</source>
        <translation>Isange One Stop Center : dossiers confidentiels</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nom d&apos;&amp;utilisateur :</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Mot de &amp;passe :</translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Login error</source>
        <translation>Erreur de connexion</translation>
    </message>
    <message>
        <source>This is a demo vault in a temporary folder: it is deleted when you close the app. Never type real case information here. Click an account to fill in the form.</source>
        <translation>Ceci est un coffre de démonstration dans un dossier temporaire : il est supprimé à la fermeture de l&apos;application. N&apos;y saisissez jamais de vraies informations de dossier. Cliquez sur un compte pour remplir le formulaire.</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Unlocking the vault...</source>
        <translation>Ouverture du coffre...</translation>
    </message>
    <message>
        <source>Choose your own password to continue.</source>
        <translation>Choisissez votre propre mot de passe pour continuer.</translation>
    </message>
    <message>
        <source>Logged out: the temporary password was not changed.</source>
        <translation>Déconnecté·e : le mot de passe temporaire n&apos;a pas été changé.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Isange Desktop</source>
        <translation>Isange Desktop</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Verrouiller</translation>
    </message>
    <message>
        <source>Lock (Ctrl+L)</source>
        <translation>Verrouiller (Ctrl+L)</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Verrouiller</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>À faire aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Shelter</source>
        <translation>Hébergement sécurisé</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Références</translation>
    </message>
    <message>
        <source>Data protection</source>
        <translation>Protection des données</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>This case has changes that are not saved. Leave them?</source>
        <translation>Ce dossier a des modifications non enregistrées. Les abandonner ?</translation>
    </message>
</context>
<context>
    <name>MultiChoiceEditor</name>
    <message>
        <source>%1 (not offered)</source>
        <translation>%1 (non proposé)</translation>
    </message>
</context>
<context>
    <name>NoVaultWindow</name>
    <message>
        <source>Isange Desktop - No vault yet</source>
        <translation>Isange Desktop - Pas encore de coffre</translation>
    </message>
    <message>
        <source>No vault on this computer yet</source>
        <translation>Pas encore de coffre sur cet ordinateur</translation>
    </message>
    <message>
        <source>Isange Desktop found no vault in the data folder:
{folder}

IT staff: create the vault and the first administrator with the command below, in a terminal on this computer, then start Isange Desktop again. It prints a recovery key once: print it and lock it away. (A setup wizard arrives in a later release.)</source>
        <translation>Isange Desktop n&apos;a trouvé aucun coffre dans le dossier de données :
{folder}

Personnel informatique : créez le coffre et le premier administrateur avec la commande ci-dessous, dans un terminal sur cet ordinateur, puis relancez Isange Desktop. Elle affiche une seule fois une clé de récupération : imprimez-la et gardez-la sous clé. (Un assistant d&apos;installation viendra dans une version ultérieure.)</translation>
    </message>
    <message>
        <source>Command that creates the vault</source>
        <translation>Commande qui crée le coffre</translation>
    </message>
    <message>
        <source>&amp;Copy command</source>
        <translation>&amp;Copier la commande</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>&amp;Fermer</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>Fit width</source>
        <translation>Pleine largeur</translation>
    </message>
    <message>
        <source>Whole page</source>
        <translation>Page entière</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Zoom in (%1)</source>
        <translation>Zoom avant (%1)</translation>
    </message>
    <message>
        <source>Zoom out (%1)</source>
        <translation>Zoom arrière (%1)</translation>
    </message>
    <message>
        <source>Preview of the document</source>
        <translation>Aperçu du document</translation>
    </message>
    <message>
        <source>of %1</source>
        <translation>sur %1</translation>
    </message>
</context>
<context>
    <name>PinCenterDialog</name>
    <message>
        <source>Add a center card</source>
        <translation>Ajouter une carte de centre</translation>
    </message>
    <message>
        <source>The card</source>
        <translation>La carte</translation>
    </message>
    <message>
        <source>Center:</source>
        <translation>Centre :</translation>
    </message>
    <message>
        <source>District:</source>
        <translation>District :</translation>
    </message>
    <message>
        <source>Fingerprint on the card:</source>
        <translation>Empreinte sur la carte :</translation>
    </message>
    <message>
        <source>1. Call this center on a phone number you already know, not one that came with the card.
2. Ask them to read their fingerprint aloud (Referrals, Partner centers in their Isange Desktop).
3. Type what they read below. Every group must match the card: if one does not, do not pin it.</source>
        <translation>1. Appelez ce centre à un numéro de téléphone que vous connaissez déjà, pas à un numéro venu avec la carte.
2. Demandez-leur de lire leur empreinte à voix haute (Références, Centres partenaires dans leur Isange Desktop).
3. Tapez ci-dessous ce qu&apos;ils lisent. Chaque groupe doit correspondre à la carte : si l&apos;un ne correspond pas, ne l&apos;enregistrez pas.</translation>
    </message>
    <message>
        <source>&amp;Fingerprint they read:</source>
        <translation>&amp;Empreinte lue par eux :</translation>
    </message>
    <message>
        <source>Fingerprint the center read aloud</source>
        <translation>Empreinte lue à voix haute par le centre</translation>
    </message>
    <message>
        <source>Pinning the center</source>
        <translation>Enregistrement du centre</translation>
    </message>
    <message>
        <source>&amp;Pin this center</source>
        <translation>Enregistrer &amp;ce centre</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>8 groups of 4 letters and digits; spaces and dashes do not matter.</source>
        <translation>8 groupes de 4 lettres et chiffres ; les espaces et les tirets ne comptent pas.</translation>
    </message>
    <message>
        <source>It matches the card.</source>
        <translation>Elle correspond à la carte.</translation>
    </message>
    <message>
        <source>It does not match the card. Check each group with the center again; if they differ, do not pin this card.</source>
        <translation>Elle ne correspond pas à la carte. Vérifiez de nouveau chaque groupe avec le centre ; s&apos;ils diffèrent, n&apos;enregistrez pas cette carte.</translation>
    </message>
</context>
<context>
    <name>PrintDialog</name>
    <message>
        <source>Print a document of case %1</source>
        <translation>Imprimer un document du dossier %1</translation>
    </message>
    <message>
        <source>Choose the center the referral slip is for.</source>
        <translation>Choisissez le centre auquel la fiche d&apos;orientation est destinée.</translation>
    </message>
    <message>
        <source>Preparing the preview...</source>
        <translation>Préparation de l&apos;aperçu...</translation>
    </message>
    <message>
        <source>The document could not be shown.</source>
        <translation>Le document n&apos;a pas pu être affiché.</translation>
    </message>
    <message>
        <source>Sending the document to the printer...</source>
        <translation>Envoi du document à l&apos;imprimante...</translation>
    </message>
    <message>
        <source>Pages sent to the printer: %1.</source>
        <translation>Pages envoyées à l&apos;imprimante : %1.</translation>
    </message>
    <message>
        <source>The two passwords are not the same. Type them again.</source>
        <translation>Les deux mots de passe ne sont pas identiques. Tapez-les de nouveau.</translation>
    </message>
    <message>
        <source>Save the document as PDF</source>
        <translation>Enregistrer le document en PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saving the PDF file...</source>
        <translation>Enregistrement du fichier PDF...</translation>
    </message>
    <message>
        <source>%1 written. It opens only with its password.</source>
        <translation>%1 écrit. Il ne s&apos;ouvre qu&apos;avec son mot de passe.</translation>
    </message>
    <message>
        <source>The printer could not print the document. Check the printer, then try again.</source>
        <translation>L&apos;imprimante n&apos;a pas pu imprimer le document. Vérifiez l&apos;imprimante, puis réessayez.</translation>
    </message>
    <message>
        <source>Print a case document</source>
        <translation>Imprimer un document du dossier</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>&amp;Document:</source>
        <translation>&amp;Document :</translation>
    </message>
    <message>
        <source>Document to print</source>
        <translation>Document à imprimer</translation>
    </message>
    <message>
        <source>&amp;Center:</source>
        <translation>&amp;Centre :</translation>
    </message>
    <message>
        <source>Center the referral slip is for</source>
        <translation>Centre auquel la fiche d&apos;orientation est destinée</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>Language of the document</source>
        <translation>Langue du document</translation>
    </message>
    <message>
        <source>The document is printed in this language, whatever the language of the screen.</source>
        <translation>Le document est imprimé dans cette langue, quelle que soit la langue de l&apos;écran.</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>&amp;Aperçu</translation>
    </message>
    <message>
        <source>&amp;Print...</source>
        <translation>&amp;Imprimer...</translation>
    </message>
    <message>
        <source>Save as a PDF file</source>
        <translation>Enregistrer en fichier PDF</translation>
    </message>
    <message>
        <source>Only when a file is really needed: once saved, the document is outside the vault. A password is optional: 1 to 32 characters, unaccented letters, digits, spaces and punctuation.</source>
        <translation>Seulement si un fichier est vraiment nécessaire : une fois enregistré, le document est hors du coffre. Le mot de passe est facultatif : 1 à 32 caractères, lettres sans accents, chiffres, espaces et ponctuation.</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Mot de &amp;passe :</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Facultatif</translation>
    </message>
    <message>
        <source>Password for the PDF file</source>
        <translation>Mot de passe du fichier PDF</translation>
    </message>
    <message>
        <source>Password &amp;again:</source>
        <translation>Mot de passe, e&amp;ncore :</translation>
    </message>
    <message>
        <source>Password for the PDF file again</source>
        <translation>Mot de passe du fichier PDF, une seconde fois</translation>
    </message>
    <message>
        <source>&amp;Save as PDF...</source>
        <translation>&amp;Enregistrer en PDF...</translation>
    </message>
    <message>
        <source>Preparing the document</source>
        <translation>Préparation du document</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Page précédente</translation>
    </message>
    <message>
        <source>Pa&amp;ge:</source>
        <translation>Pa&amp;ge :</translation>
    </message>
    <message>
        <source>Page shown</source>
        <translation>Page affichée</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Page suivante</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <source>&amp;Zoom:</source>
        <translation>&amp;Zoom :</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <source>Choose the document and its language, then Preview. The preview is made in memory: nothing is written to the disk.</source>
        <translation>Choisissez le document et sa langue, puis Aperçu. L&apos;aperçu est fait en mémoire : rien n&apos;est écrit sur le disque.</translation>
    </message>
</context>
<context>
    <name>ReferralImportDialog</name>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Signed with the keys pinned for %1, whose fingerprint is:</source>
        <translation>Signé avec les clés enregistrées pour %1, dont l&apos;empreinte est :</translation>
    </message>
    <message>
        <source>%1 (can be imported until %2)</source>
        <translation>%1 (importable jusqu&apos;au %2)</translation>
    </message>
    <message>
        <source>Form revisions: %1, consent records: %2, open follow-ups: %3.</source>
        <translation>Révisions de formulaires : %1, consentements : %2, suivis en cours : %3.</translation>
    </message>
    <message>
        <source>Saving the receipt...</source>
        <translation>Enregistrement de l&apos;accusé de réception...</translation>
    </message>
    <message>
        <source>Importing...</source>
        <translation>Importation...</translation>
    </message>
    <message>
        <source>Checking the bundle...</source>
        <translation>Vérification du fichier...</translation>
    </message>
    <message>
        <source>Every check passed. Import it as a new case at this center?</source>
        <translation>Toutes les vérifications ont réussi. L&apos;importer comme nouveau dossier dans ce centre ?</translation>
    </message>
    <message>
        <source>Save the receipt and send it back to %1: until it arrives there, the referral shows as awaiting receipt.</source>
        <translation>Enregistrez l&apos;accusé de réception et renvoyez-le à %1 : tant qu&apos;il n&apos;y est pas arrivé, la référence y apparaît en attente d&apos;accusé de réception.</translation>
    </message>
    <message>
        <source>This file is a receipt, not a referral. Record it with &quot;Import a receipt...&quot; on the Referrals page.</source>
        <translation>Ce fichier est un accusé de réception, pas une référence. Enregistrez-le avec « Importer un accusé de réception... » sur la page Références.</translation>
    </message>
    <message>
        <source>Save the receipt for %1</source>
        <translation>Enregistrer l&apos;accusé de réception pour %1</translation>
    </message>
    <message>
        <source>Receipts (*%1)</source>
        <translation>Accusés de réception (*%1)</translation>
    </message>
    <message>
        <source>Receipt not saved</source>
        <translation>Accusé de réception non enregistré</translation>
    </message>
    <message>
        <source>The receipt is not saved. Without it, %1 will see this referral as awaiting receipt. Close anyway?</source>
        <translation>L&apos;accusé de réception n&apos;est pas enregistré. Sans lui, %1 verra cette référence en attente d&apos;accusé de réception. Fermer quand même ?</translation>
    </message>
    <message>
        <source>Import a referral</source>
        <translation>Importer une référence</translation>
    </message>
    <message>
        <source>Checking or importing the bundle</source>
        <translation>Vérification ou importation du fichier</translation>
    </message>
    <message>
        <source>What this bundle holds</source>
        <translation>Ce que contient ce fichier</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>De :</translation>
    </message>
    <message>
        <source>Sender checked:</source>
        <translation>Expéditeur vérifié :</translation>
    </message>
    <message>
        <source>Their case number:</source>
        <translation>Leur numéro de dossier :</translation>
    </message>
    <message>
        <source>Sent:</source>
        <translation>Envoyé :</translation>
    </message>
    <message>
        <source>Consent:</source>
        <translation>Consentement :</translation>
    </message>
    <message>
        <source>Case parts:</source>
        <translation>Parties du dossier :</translation>
    </message>
    <message>
        <source>History:</source>
        <translation>Historique :</translation>
    </message>
    <message>
        <source>&amp;Save the receipt...</source>
        <translation>&amp;Enregistrer l&apos;accusé de réception...</translation>
    </message>
    <message>
        <source>&amp;Open the case</source>
        <translation>&amp;Ouvrir le dossier</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
</context>
<context>
    <name>ReferralTab</name>
    <message>
        <source>Refer this case to another center</source>
        <translation>Référer ce dossier à un autre centre</translation>
    </message>
    <message>
        <source>&amp;Center:</source>
        <translation>Cen&amp;tre :</translation>
    </message>
    <message>
        <source>Center to refer the case to</source>
        <translation>Centre auquel référer le dossier</translation>
    </message>
    <message>
        <source>Note for the receiving center</source>
        <translation>Note pour le centre destinataire</translation>
    </message>
    <message>
        <source>Why the survivor is referred and what is still to be done (optional)</source>
        <translation>Pourquoi la personne survivante est référée et ce qui reste à faire (facultatif)</translation>
    </message>
    <message>
        <source>Save the file &amp;in:</source>
        <translation>Enregistrer le fichier &amp;dans :</translation>
    </message>
    <message>
        <source>Folder for the referral file</source>
        <translation>Dossier pour le fichier de référence</translation>
    </message>
    <message>
        <source>A USB stick or a folder</source>
        <translation>Une clé USB ou un dossier</translation>
    </message>
    <message>
        <source>C&amp;hoose a folder...</source>
        <translation>C&amp;hoisir un dossier...</translation>
    </message>
    <message>
        <source>&amp;Export the referral</source>
        <translation>&amp;Exporter la référence</translation>
    </message>
    <message>
        <source>&amp;Record the survivor&apos;s consent...</source>
        <translation>Enre&amp;gistrer le consentement de la personne survivante...</translation>
    </message>
    <message>
        <source>Referrals of this case</source>
        <translation>Références de ce dossier</translation>
    </message>
    <message>
        <source>Center</source>
        <translation>Centre</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyée le</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Accusé de réception</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>What will go</source>
        <translation>Ce qui sera envoyé</translation>
    </message>
    <message>
        <source>Choose a center...</source>
        <translation>Choisissez un centre...</translation>
    </message>
    <message>
        <source>No center is pinned</source>
        <translation>Aucun centre n&apos;est enregistré</translation>
    </message>
    <message>
        <source>N&amp;ote for the center:</source>
        <translation>N&amp;ote pour le centre :</translation>
    </message>
    <message>
        <source>This case: %1</source>
        <translation>Ce dossier : %1</translation>
    </message>
    <message>
        <source>This case has not been referred.</source>
        <translation>Ce dossier n&apos;a pas été référé.</translation>
    </message>
    <message>
        <source>Imported %1.</source>
        <translation>Importé le %1.</translation>
    </message>
    <message>
        <source>Their note: %1</source>
        <translation>Leur note : %1</translation>
    </message>
    <message>
        <source>Checking what can go...</source>
        <translation>Vérification de ce qui peut être envoyé...</translation>
    </message>
    <message>
        <source>Choose a center to see what the referral will carry.</source>
        <translation>Choisissez un centre pour voir ce que la référence contiendra.</translation>
    </message>
    <message>
        <source>Nothing can go to %1:</source>
        <translation>Rien ne peut être envoyé à %1 :</translation>
    </message>
    <message>
        <source>What will go to %1:</source>
        <translation>Ce qui sera envoyé à %1 :</translation>
    </message>
    <message>
        <source>With the whole history: form revisions: %1, status changes: %2, consent records: %3, open follow-ups: %4.</source>
        <translation>Avec tout l&apos;historique : révisions de formulaires : %1, changements de statut : %2, consentements : %3, suivis en cours : %4.</translation>
    </message>
    <message>
        <source>Consent: %1</source>
        <translation>Consentement : %1</translation>
    </message>
    <message>
        <source>Writing and checking the referral file...</source>
        <translation>Écriture et vérification du fichier de référence...</translation>
    </message>
</context>
<context>
    <name>ReferralWords</name>
    <message>
        <source>GBVIMS classification</source>
        <translation>Classification GBVIMS</translation>
    </message>
    <message>
        <source>Trafficking screening</source>
        <translation>Dépistage de la traite</translation>
    </message>
    <message>
        <source>Addendum</source>
        <translation>Addendum</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>Document PDF</translation>
    </message>
    <message>
        <source>JPEG photo</source>
        <translation>Photo JPEG</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>Image PNG</translation>
    </message>
    <message>
        <source>TIFF scan</source>
        <translation>Numérisation TIFF</translation>
    </message>
    <message>
        <source>Intake</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <source>%1, evidence</source>
        <translation>%1, preuve</translation>
    </message>
    <message>
        <source>Attachment: %1, %2 (%3)</source>
        <translation>Pièce jointe : %1, %2 (%3)</translation>
    </message>
</context>
<context>
    <name>ReferralsPage</name>
    <message>
        <source>Referrals between centers</source>
        <translation>Références entre centres</translation>
    </message>
    <message>
        <source>&amp;Import a referral...</source>
        <translation>&amp;Importer une référence...</translation>
    </message>
    <message>
        <source>Import a &amp;receipt...</source>
        <translation>Importer un &amp;accusé de réception...</translation>
    </message>
    <message>
        <source>&amp;Partner centers...</source>
        <translation>Centres &amp;partenaires...</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Ac&amp;tualiser</translation>
    </message>
    <message>
        <source>Referrals sent</source>
        <translation>Références envoyées</translation>
    </message>
    <message>
        <source>Referrals received</source>
        <translation>Références reçues</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Numéro de dossier</translation>
    </message>
    <message>
        <source>To center</source>
        <translation>Vers le centre</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyée le</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Accusé de réception</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>From center</source>
        <translation>Du centre</translation>
    </message>
    <message>
        <source>Their case number</source>
        <translation>Leur numéro de dossier</translation>
    </message>
    <message>
        <source>Case here</source>
        <translation>Dossier ici</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importée</translation>
    </message>
    <message>
        <source>Isange bundles (*%1);;All files (*)</source>
        <translation>Fichiers de référence Isange (*%1);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Import a referral</source>
        <translation>Importer une référence</translation>
    </message>
    <message>
        <source>Import a receipt</source>
        <translation>Importer un accusé de réception</translation>
    </message>
    <message>
        <source>Checking the receipt...</source>
        <translation>Vérification de l&apos;accusé de réception...</translation>
    </message>
    <message>
        <source>This file is a referral, not a receipt. Import it with &quot;Import a referral...&quot;.</source>
        <translation>Ce fichier est une référence, pas un accusé de réception. Importez-le avec « Importer une référence... ».</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Counting the figures...</source>
        <translation>Calcul des statistiques...</translation>
    </message>
    <message>
        <source>The figures could not be shown.</source>
        <translation>Les statistiques n&apos;ont pas pu être affichées.</translation>
    </message>
    <message>
        <source>Save the monthly figures as PDF</source>
        <translation>Enregistrer les statistiques mensuelles en PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save the monthly figures as CSV</source>
        <translation>Enregistrer les statistiques mensuelles en CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Save the DHIS2 file</source>
        <translation>Enregistrer le fichier DHIS2</translation>
    </message>
    <message>
        <source>DHIS2 data value sets (*.json)</source>
        <translation>Ensembles de valeurs DHIS2 (*.json)</translation>
    </message>
    <message>
        <source>Writing the file...</source>
        <translation>Écriture du fichier...</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Classeurs Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Save the Incident Recorder rows</source>
        <translation>Enregistrer les lignes de l&apos;Incident Recorder</translation>
    </message>
    <message>
        <source>Import a DHIS2 mapping file</source>
        <translation>Importer un fichier de correspondance DHIS2</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Checking the mapping file...</source>
        <translation>Vérification du fichier de correspondance...</translation>
    </message>
    <message>
        <source>No DHIS2 mapping has been imported yet. A manager or an administrator imports the center&apos;s mapping file with &quot;Import a mapping file...&quot; on this page.</source>
        <translation>Aucune correspondance DHIS2 n&apos;a encore été importée. Un responsable ou un administrateur importe le fichier de correspondance du centre avec « Importer un fichier de correspondance... » sur cette page.</translation>
    </message>
    <message>
        <source>Monthly figures</source>
        <translation>Statistiques mensuelles</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>&amp;Mois :</translation>
    </message>
    <message>
        <source>Month of the figures</source>
        <translation>Mois des statistiques</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>Language of the document</source>
        <translation>Langue du document</translation>
    </message>
    <message>
        <source>&amp;Hide counts under 5</source>
        <translation>Ma&amp;squer les nombres inférieurs à 5</translation>
    </message>
    <message>
        <source>Hide counts under 5, for sharing outside the center</source>
        <translation>Masquer les nombres inférieurs à 5, pour diffusion hors du centre</translation>
    </message>
    <message>
        <source>For sharing outside the center: counts from 1 to 4 show as &lt;5, and the charts are left out.</source>
        <translation>Pour diffusion hors du centre : les nombres de 1 à 4 sont affichés « &lt;5 » et les graphiques sont omis.</translation>
    </message>
    <message>
        <source>&amp;Show the figures</source>
        <translation>&amp;Afficher les statistiques</translation>
    </message>
    <message>
        <source>Save as &amp;PDF...</source>
        <translation>Enregistrer en &amp;PDF...</translation>
    </message>
    <message>
        <source>Save as &amp;CSV...</source>
        <translation>Enregistrer en &amp;CSV...</translation>
    </message>
    <message>
        <source>Save &amp;DHIS2 file...</source>
        <translation>Enregistrer le fichier &amp;DHIS2...</translation>
    </message>
    <message>
        <source>GBVIMS Incident Recorder</source>
        <translation>GBVIMS Incident Recorder</translation>
    </message>
    <message>
        <source>One row per incident, without names.</source>
        <translation>Une ligne par incident, sans noms.</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>Dé&amp;but :</translation>
    </message>
    <message>
        <source>First day of arrival</source>
        <translation>Premier jour d&apos;arrivée</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Fin :</translation>
    </message>
    <message>
        <source>Last day of arrival, included</source>
        <translation>Dernier jour d&apos;arrivée, inclus</translation>
    </message>
    <message>
        <source>Save as &amp;XLSX...</source>
        <translation>Enregistrer en &amp;XLSX...</translation>
    </message>
    <message>
        <source>Save as CS&amp;V...</source>
        <translation>Enregistrer en CS&amp;V...</translation>
    </message>
    <message>
        <source>DHIS2 mapping</source>
        <translation>Correspondance DHIS2</translation>
    </message>
    <message>
        <source>The DHIS2 codes come from the center&apos;s CSV file (indicator, dataElement, categoryOptionCombo).</source>
        <translation>Les codes DHIS2 viennent du fichier CSV du centre (indicator, dataElement, categoryOptionCombo).</translation>
    </message>
    <message>
        <source>&amp;Import a mapping file...</source>
        <translation>&amp;Importer un fichier de correspondance...</translation>
    </message>
    <message>
        <source>Preparing the report</source>
        <translation>Préparation du rapport</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Page précédente</translation>
    </message>
    <message>
        <source>Pa&amp;ge:</source>
        <translation>Pa&amp;ge :</translation>
    </message>
    <message>
        <source>Page shown</source>
        <translation>Page affichée</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Page suivante</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <source>&amp;Zoom:</source>
        <translation>&amp;Zoom :</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <source>Choose the month and the language, then Show the figures. They are made in memory: nothing is written to the disk until you save a file.</source>
        <translation>Choisissez le mois et la langue, puis Afficher les statistiques. Elles sont établies en mémoire : rien n&apos;est écrit sur le disque tant que vous n&apos;enregistrez pas de fichier.</translation>
    </message>
</context>
<context>
    <name>RetentionPanel</name>
    <message>
        <source>Retention of closed cases</source>
        <translation>Conservation des dossiers clos</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>&amp;Tout sélectionner</translation>
    </message>
    <message>
        <source>Select &amp;none</source>
        <translation>&amp;Ne rien sélectionner</translation>
    </message>
    <message>
        <source>Archive and &amp;remove...</source>
        <translation>Archiver et &amp;supprimer...</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Ended on</source>
        <translation>Terminé le</translation>
    </message>
    <message>
        <source>Kept until</source>
        <translation>Conservé jusqu&apos;au</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Pièces jointes</translation>
    </message>
    <message>
        <source>Cases past the retention period</source>
        <translation>Dossiers ayant dépassé la durée de conservation</translation>
    </message>
    <message>
        <source>Closed and voided cases are kept for %1 years after they ended. The administrator changes this period in Administration, under Settings.</source>
        <translation>Les dossiers clos et annulés sont conservés %1 ans après leur fin. L&apos;administrateur modifie cette durée dans Administration, sous Paramètres.</translation>
    </message>
    <message>
        <source>Choose the folder for the archives</source>
        <translation>Choisissez le dossier des archives</translation>
    </message>
    <message>
        <source>Cases archived and removed from this laptop: %1. Archives for %2, in %3:</source>
        <translation>Dossiers archivés et supprimés de cet ordinateur : %1. Archives pour %2, dans %3 :</translation>
    </message>
    <message>
        <source>%1: %2 (SHA-256 %3...)</source>
        <translation>%1 : %2 (SHA-256 %3...)</translation>
    </message>
    <message>
        <source>this center</source>
        <translation>ce centre</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Check the summary with the survivor. Create records the case; Back changes an answer, and nothing typed is lost.</source>
        <translation>Vérifiez le résumé avec la personne survivante. Créer enregistre le dossier ; Précédent permet de modifier une réponse, et rien de ce qui a été saisi n&apos;est perdu.</translation>
    </message>
    <message>
        <source>Summary of the intake</source>
        <translation>Résumé de l&apos;accueil</translation>
    </message>
    <message>
        <source>Why the case was not created</source>
        <translation>Pourquoi le dossier n&apos;a pas été créé</translation>
    </message>
</context>
<context>
    <name>RightsTab</name>
    <message>
        <source>Law No 058/2021 gives the person the right to see what this center holds about them and to ask for corrections. Printing it is recorded in the audit log.</source>
        <translation>La loi nº 058/2021 donne à la personne le droit de voir ce que ce centre détient à son sujet et de demander des rectifications. L&apos;impression est enregistrée dans le journal d&apos;audit.</translation>
    </message>
    <message>
        <source>The language of the document</source>
        <translation>La langue du document</translation>
    </message>
    <message>
        <source>Print what we hold about this &amp;person...</source>
        <translation>Imprimer ce que nous détenons sur cette &amp;personne...</translation>
    </message>
    <message>
        <source>Correction requests</source>
        <translation>Demandes de rectification</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nº</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçue le</translation>
    </message>
    <message>
        <source>What is on record</source>
        <translation>Ce qui est enregistré</translation>
    </message>
    <message>
        <source>Correction asked for</source>
        <translation>Rectification demandée</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Suite donnée</translation>
    </message>
    <message>
        <source>Correction requests of this case</source>
        <translation>Demandes de rectification de ce dossier</translation>
    </message>
    <message>
        <source>Record a correction &amp;request...</source>
        <translation>Enregistrer une &amp;demande de rectification...</translation>
    </message>
    <message>
        <source>Record the &amp;outcome...</source>
        <translation>Enregistrer la &amp;suite donnée...</translation>
    </message>
    <message>
        <source>No correction request for this case.</source>
        <translation>Aucune demande de rectification pour ce dossier.</translation>
    </message>
    <message>
        <source>Choose a pending request in the list first.</source>
        <translation>Choisissez d&apos;abord une demande en attente dans la liste.</translation>
    </message>
</context>
<context>
    <name>RoleNames</name>
    <message>
        <source>Nurse</source>
        <translation>Infirmier·ère</translation>
    </message>
    <message>
        <source>Psychosocial officer</source>
        <translation>Chargé·e de soutien psychosocial</translation>
    </message>
    <message>
        <source>Legal (RIB)</source>
        <translation>Juridique (RIB)</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrateur·rice</translation>
    </message>
</context>
<context>
    <name>ScreeningBox</name>
    <message>
        <source>Trafficking screening done with the survivor</source>
        <translation>Dépistage de la traite fait avec la personne survivante</translation>
    </message>
    <message>
        <source>Two-letter codes, separated by commas: RW, UG</source>
        <translation>Codes à deux lettres, séparés par des virgules : RW, UG</translation>
    </message>
    <message>
        <source>What is not trafficking</source>
        <translation>Ce qui n&apos;est pas de la traite</translation>
    </message>
    <message>
        <source>Screening result</source>
        <translation>Résultat du dépistage</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Erreur : %1</translation>
    </message>
    <message>
        <source>Indication: %1</source>
        <translation>Indication : %1</translation>
    </message>
    <message>
        <source>Refer to:</source>
        <translation>Orienter vers :</translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <source>Search first: the survivor may have come before. Type what the survivor says; every field is optional. The search looks for the same phone or national ID, the same date of birth and similar names.</source>
        <translation>Cherchez d&apos;abord : la personne survivante est peut-être déjà venue. Saisissez ce qu&apos;elle dit ; chaque champ est facultatif. La recherche porte sur le même téléphone ou numéro d&apos;identité, la même date de naissance et des noms semblables.</translation>
    </message>
    <message>
        <source>&amp;Family name</source>
        <translation>Nom de &amp;famille</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nom de famille</translation>
    </message>
    <message>
        <source>&amp;Given names</source>
        <translation>&amp;Prénoms</translation>
    </message>
    <message>
        <source>Given names</source>
        <translation>Prénoms</translation>
    </message>
    <message>
        <source>&amp;Date of birth</source>
        <translation>&amp;Date de naissance</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Estimated &amp;age (years)</source>
        <translation>Âge &amp;estimé (ans)</translation>
    </message>
    <message>
        <source>Estimated age in years</source>
        <translation>Âge estimé en années</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Téléphone</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>National &amp;ID number</source>
        <translation>Numéro d&apos;&amp;identité</translation>
    </message>
    <message>
        <source>National ID number</source>
        <translation>Numéro d&apos;identité</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>Leave empty when unknown and give an estimated age instead.</source>
        <translation>Laissez vide si elle est inconnue et indiquez plutôt un âge estimé.</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <source>Search for an earlier record</source>
        <translation>Rechercher un enregistrement antérieur</translation>
    </message>
    <message>
        <source>Possible earlier records</source>
        <translation>Enregistrements antérieurs possibles</translation>
    </message>
    <message>
        <source>Choose with the arrow keys, then press Enter. Link only when you and the survivor are sure it is the same person.</source>
        <translation>Choisissez avec les flèches, puis appuyez sur Entrée. Ne reliez que si vous et la personne survivante êtes sûrs qu&apos;il s&apos;agit de la même personne.</translation>
    </message>
    <message>
        <source>Searching...</source>
        <translation>Recherche...</translation>
    </message>
    <message>
        <source>The search could not run: %1 Press Next to go on without it.</source>
        <translation>La recherche n&apos;a pas pu se faire : %1 Appuyez sur Suivant pour continuer sans elle.</translation>
    </message>
    <message>
        <source>No earlier record looks like this person.</source>
        <translation>Aucun enregistrement antérieur ne ressemble à cette personne.</translation>
    </message>
    <message numerus="yes">
        <source>%n possible earlier record(s) found.</source>
        <translation>
            <numerusform>%n enregistrement antérieur possible trouvé.</numerusform>
            <numerusform>%n enregistrements antérieurs possibles trouvés.</numerusform>
        </translation>
    </message>
    <message>
        <source>None of these: register a new person</source>
        <translation>Aucune de celles-ci : enregistrer une nouvelle personne</translation>
    </message>
    <message>
        <source>%1, last case %2: %3</source>
        <translation>%1, dernier dossier %2 : %3</translation>
    </message>
    <message>
        <source>%1, no case: %2</source>
        <translation>%1, aucun dossier : %2</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>From %1 to %2 minutes.</source>
        <translation>De %1 à %2 minutes.</translation>
    </message>
    <message>
        <source>From %1 to %2 years. After this, the manager archives a closed case and removes it from this laptop (Data protection).</source>
        <translation>De %1 à %2 ans. Ensuite, le responsable archive un dossier clos et le supprime de cet ordinateur (Protection des données).</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>When nobody touches the keyboard or the mouse for this long, Isange Desktop locks itself and asks for the password again. The change applies to every user of this computer.</source>
        <translation>Quand personne ne touche le clavier ni la souris pendant ce temps, Isange Desktop se verrouille et redemande le mot de passe. Le changement s&apos;applique à tous les utilisateurs de cet ordinateur.</translation>
    </message>
    <message>
        <source>&amp;Lock after (minutes):</source>
        <translation>&amp;Verrouiller après (minutes) :</translation>
    </message>
    <message>
        <source>Minutes without activity before the app locks</source>
        <translation>Minutes sans activité avant le verrouillage de l&apos;application</translation>
    </message>
    <message>
        <source>&amp;Keep closed cases (years):</source>
        <translation>&amp;Garder les dossiers clos (années) :</translation>
    </message>
    <message>
        <source>Years a closed case is kept before the manager archives it</source>
        <translation>Années pendant lesquelles un dossier clos est gardé avant que le responsable ne l&apos;archive</translation>
    </message>
    <message>
        <source>Reading or saving the settings</source>
        <translation>Lecture ou enregistrement des paramètres</translation>
    </message>
</context>
<context>
    <name>ShelterPage</name>
    <message>
        <source>In the safe room now</source>
        <translation>Actuellement dans la salle sécurisée</translation>
    </message>
    <message>
        <source>Admitted in the last 30 days</source>
        <translation>Admis·es ces 30 derniers jours</translation>
    </message>
    <message>
        <source>Discharged in the last 30 days</source>
        <translation>Sorti·es ces 30 derniers jours</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Numéro de dossier</translation>
    </message>
    <message>
        <source>Survivor</source>
        <translation>Survivant·e</translation>
    </message>
    <message>
        <source>Room or bed</source>
        <translation>Chambre ou lit</translation>
    </message>
    <message>
        <source>Admitted</source>
        <translation>Admission</translation>
    </message>
    <message>
        <source>Nights</source>
        <translation>Nuits</translation>
    </message>
    <message>
        <source>Discharged</source>
        <translation>Sortie</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) in the safe room</source>
        <translation>
            <numerusform>%n personne dans la salle sécurisée</numerusform>
            <numerusform>%n personnes dans la salle sécurisée</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrackTab</name>
    <message>
        <source>Track &amp;status</source>
        <translation>&amp;Statut du volet</translation>
    </message>
    <message>
        <source>Set status</source>
        <translation>Définir le statut</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Pièces jointes</translation>
    </message>
    <message>
        <source>Add: %1</source>
        <translation>Ajouter : %1</translation>
    </message>
    <message>
        <source>Saving...</source>
        <translation>Enregistrement...</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
</context>
<context>
    <name>TracksPage</name>
    <message>
        <source>Which services does the survivor need? Each needed track starts as pending in the case; a track can be added later.</source>
        <translation>De quels services la personne survivante a-t-elle besoin ? Chaque volet nécessaire commence en attente dans le dossier ; un volet peut être ajouté plus tard.</translation>
    </message>
    <message>
        <source>%1: needed</source>
        <translation>%1 : nécessaire</translation>
    </message>
    <message>
        <source>Space ticks or clears the track that has the focus.</source>
        <translation>Espace coche ou décoche le volet sélectionné.</translation>
    </message>
</context>
<context>
    <name>YesNoCombo</name>
    <message>
        <source>(not answered)</source>
        <translation>(sans réponse)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
</context>
<context>
    <name>forms</name>
    <message>
        <source>Front</source>
        <translation>Face</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Dos</translation>
    </message>
    <message>
        <source>Genital area</source>
        <translation>Zone génitale</translation>
    </message>
    <message>
        <source>Bruise</source>
        <translation>Ecchymose</translation>
    </message>
    <message>
        <source>Abrasion</source>
        <translation>Écorchure</translation>
    </message>
    <message>
        <source>Laceration</source>
        <translation>Lacération</translation>
    </message>
    <message>
        <source>Incised wound</source>
        <translation>Plaie par objet tranchant</translation>
    </message>
    <message>
        <source>Bite</source>
        <translation>Morsure</translation>
    </message>
    <message>
        <source>Burn</source>
        <translation>Brûlure</translation>
    </message>
    <message>
        <source>Fracture suspected</source>
        <translation>Fracture suspectée</translation>
    </message>
    <message>
        <source>Other injury</source>
        <translation>Autre blessure</translation>
    </message>
    <message>
        <source>The number written on the sample&apos;s label.</source>
        <translation>Le numéro écrit sur l&apos;étiquette de l&apos;échantillon.</translation>
    </message>
    <message>
        <source>Forensic sample</source>
        <translation>Prélèvement médico-légal</translation>
    </message>
    <message>
        <source>Sample number</source>
        <translation>Numéro d&apos;échantillon</translation>
    </message>
    <message>
        <source>Type of sample</source>
        <translation>Type de prélèvement</translation>
    </message>
    <message>
        <source>Vaginal swab</source>
        <translation>Écouvillon vaginal</translation>
    </message>
    <message>
        <source>Anal swab</source>
        <translation>Écouvillon anal</translation>
    </message>
    <message>
        <source>Oral swab</source>
        <translation>Écouvillon buccal</translation>
    </message>
    <message>
        <source>Skin swab</source>
        <translation>Écouvillon cutané</translation>
    </message>
    <message>
        <source>Fingernail scrapings</source>
        <translation>Raclage sous les ongles</translation>
    </message>
    <message>
        <source>Hair</source>
        <translation>Cheveux ou poils</translation>
    </message>
    <message>
        <source>Blood</source>
        <translation>Sang</translation>
    </message>
    <message>
        <source>Urine</source>
        <translation>Urine</translation>
    </message>
    <message>
        <source>Clothing</source>
        <translation>Vêtements</translation>
    </message>
    <message>
        <source>Other sample</source>
        <translation>Autre prélèvement</translation>
    </message>
    <message>
        <source>Which sample</source>
        <translation>Quel prélèvement</translation>
    </message>
    <message>
        <source>Collected at</source>
        <translation>Prélevé le</translation>
    </message>
    <message>
        <source>Packed by</source>
        <translation>Emballé par</translation>
    </message>
    <message>
        <source>Sealed</source>
        <translation>Scellé</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Conservation</translation>
    </message>
    <message>
        <source>Refrigerated</source>
        <translation>Réfrigéré</translation>
    </message>
    <message>
        <source>Frozen</source>
        <translation>Congelé</translation>
    </message>
    <message>
        <source>Dried, room temperature</source>
        <translation>Séché, à température ambiante</translation>
    </message>
    <message>
        <source>Handed over at once</source>
        <translation>Remis immédiatement</translation>
    </message>
    <message>
        <source>Where it is kept</source>
        <translation>Lieu de conservation</translation>
    </message>
    <message>
        <source>Custody handover</source>
        <translation>Remise sous garde</translation>
    </message>
    <message>
        <source>Handed over by</source>
        <translation>Remis par</translation>
    </message>
    <message>
        <source>Received by</source>
        <translation>Reçu par</translation>
    </message>
    <message>
        <source>Name, service and badge or staff number.</source>
        <translation>Nom, service et numéro de badge ou de matricule.</translation>
    </message>
    <message>
        <source>Handed over at</source>
        <translation>Remis le</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Transport to the laboratory</source>
        <translation>Transport au laboratoire</translation>
    </message>
    <message>
        <source>RIB investigation</source>
        <translation>Enquête du RIB</translation>
    </message>
    <message>
        <source>Analysis at the Rwanda Forensic Institute</source>
        <translation>Analyse au Rwanda Forensic Institute</translation>
    </message>
    <message>
        <source>Court</source>
        <translation>Tribunal</translation>
    </message>
    <message>
        <source>Other purpose</source>
        <translation>Autre objet</translation>
    </message>
    <message>
        <source>Purpose, details</source>
        <translation>Objet, précisions</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>Heures</translation>
    </message>
    <message>
        <source>Arrival at the center</source>
        <translation>Arrivée au centre</translation>
    </message>
    <message>
        <source>Is the time of the incident known exactly?</source>
        <translation>L&apos;heure de l&apos;incident est-elle connue avec précision ?</translation>
    </message>
    <message>
        <source>Time of the incident</source>
        <translation>Heure de l&apos;incident</translation>
    </message>
    <message>
        <source>Incident: earliest possible time</source>
        <translation>Incident : heure la plus précoce possible</translation>
    </message>
    <message>
        <source>Incident: latest possible time</source>
        <translation>Incident : heure la plus tardive possible</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Type of place</source>
        <translation>Type de lieu</translation>
    </message>
    <message>
        <source>Survivor&apos;s home</source>
        <translation>Domicile de la personne survivante</translation>
    </message>
    <message>
        <source>Perpetrator&apos;s home</source>
        <translation>Domicile de l&apos;auteur</translation>
    </message>
    <message>
        <source>Another home</source>
        <translation>Un autre domicile</translation>
    </message>
    <message>
        <source>School</source>
        <translation>École</translation>
    </message>
    <message>
        <source>Workplace</source>
        <translation>Lieu de travail</translation>
    </message>
    <message>
        <source>Street or public place</source>
        <translation>Rue ou lieu public</translation>
    </message>
    <message>
        <source>Field, bush or forest</source>
        <translation>Champ, brousse ou forêt</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>Véhicule</translation>
    </message>
    <message>
        <source>Online or by phone</source>
        <translation>En ligne ou par téléphone</translation>
    </message>
    <message>
        <source>Other place</source>
        <translation>Autre lieu</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Localisation</translation>
    </message>
    <message>
        <source>Village, cell or sector, or a description.</source>
        <translation>Village, cellule ou secteur, ou une description.</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Ce qui s&apos;est passé</translation>
    </message>
    <message>
        <source>Account in the survivor&apos;s own words</source>
        <translation>Récit dans les mots de la personne survivante</translation>
    </message>
    <message>
        <source>Write what the survivor says, as said. The survivor may decline to tell.</source>
        <translation>Écrivez ce que dit la personne survivante, tel qu&apos;elle le dit. Elle peut refuser de raconter.</translation>
    </message>
    <message>
        <source>Alleged perpetrator</source>
        <translation>Auteur présumé</translation>
    </message>
    <message>
        <source>Number of perpetrators</source>
        <translation>Nombre d&apos;auteurs</translation>
    </message>
    <message>
        <source>Leave empty when unknown.</source>
        <translation>Laissez vide si inconnu.</translation>
    </message>
    <message>
        <source>Sex of the main perpetrator</source>
        <translation>Sexe de l&apos;auteur principal</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Masculin</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Féminin</translation>
    </message>
    <message>
        <source>Several, of both sexes</source>
        <translation>Plusieurs, des deux sexes</translation>
    </message>
    <message>
        <source>Age group of the main perpetrator</source>
        <translation>Tranche d&apos;âge de l&apos;auteur principal</translation>
    </message>
    <message>
        <source>0-11 years</source>
        <translation>0 à 11 ans</translation>
    </message>
    <message>
        <source>12-17 years</source>
        <translation>12 à 17 ans</translation>
    </message>
    <message>
        <source>18-25 years</source>
        <translation>18 à 25 ans</translation>
    </message>
    <message>
        <source>26-40 years</source>
        <translation>26 à 40 ans</translation>
    </message>
    <message>
        <source>41-60 years</source>
        <translation>41 à 60 ans</translation>
    </message>
    <message>
        <source>61 years or older</source>
        <translation>61 ans ou plus</translation>
    </message>
    <message>
        <source>Relationship of the main perpetrator to the survivor</source>
        <translation>Lien de l&apos;auteur principal avec la personne survivante</translation>
    </message>
    <message>
        <source>Intimate partner or spouse</source>
        <translation>Partenaire intime ou conjoint·e</translation>
    </message>
    <message>
        <source>Former partner</source>
        <translation>Ancien·ne partenaire</translation>
    </message>
    <message>
        <source>Primary caregiver</source>
        <translation>Personne qui s&apos;occupe principalement d&apos;elle</translation>
    </message>
    <message>
        <source>Other family member</source>
        <translation>Autre membre de la famille</translation>
    </message>
    <message>
        <source>Supervisor or employer</source>
        <translation>Supérieur·e ou employeur·euse</translation>
    </message>
    <message>
        <source>Schoolmate</source>
        <translation>Camarade d&apos;école</translation>
    </message>
    <message>
        <source>Teacher or school official</source>
        <translation>Enseignant·e ou responsable scolaire</translation>
    </message>
    <message>
        <source>Service provider</source>
        <translation>Prestataire de services</translation>
    </message>
    <message>
        <source>Cotenant or housemate</source>
        <translation>Colocataire ou personne du même logement</translation>
    </message>
    <message>
        <source>Family friend or neighbour</source>
        <translation>Ami·e de la famille ou voisin·e</translation>
    </message>
    <message>
        <source>Other refugee, displaced person or returnee</source>
        <translation>Autre réfugié·e, personne déplacée ou rapatrié·e</translation>
    </message>
    <message>
        <source>Other community member</source>
        <translation>Autre membre de la communauté</translation>
    </message>
    <message>
        <source>Other relationship</source>
        <translation>Autre lien</translation>
    </message>
    <message>
        <source>No relation</source>
        <translation>Aucun lien</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Orientation</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>Orienté·e par</translation>
    </message>
    <message>
        <source>Came by themselves</source>
        <translation>Venu·e de sa propre initiative</translation>
    </message>
    <message>
        <source>Police (RNP)</source>
        <translation>Police (RNP)</translation>
    </message>
    <message>
        <source>RIB</source>
        <translation>RIB</translation>
    </message>
    <message>
        <source>Health center</source>
        <translation>Centre de santé</translation>
    </message>
    <message>
        <source>Village leader</source>
        <translation>Chef de village</translation>
    </message>
    <message>
        <source>Hotline 3512 or 116</source>
        <translation>Ligne d&apos;écoute 3512 ou 116</translation>
    </message>
    <message>
        <source>Another Isange One Stop Center</source>
        <translation>Un autre Isange One Stop Center</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Which center or service</source>
        <translation>Quel centre ou service</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <source>Investigation (RIB)</source>
        <translation>Enquête (RIB)</translation>
    </message>
    <message>
        <source>Statement taken</source>
        <translation>Déclaration recueillie</translation>
    </message>
    <message>
        <source>Statement date</source>
        <translation>Date de la déclaration</translation>
    </message>
    <message>
        <source>RIB case file number</source>
        <translation>Numéro du dossier au RIB</translation>
    </message>
    <message>
        <source>Evidence handed over to RIB</source>
        <translation>Preuves remises au RIB</translation>
    </message>
    <message>
        <source>Handed over on</source>
        <translation>Remises le</translation>
    </message>
    <message>
        <source>Prosecution and court</source>
        <translation>Parquet et tribunal</translation>
    </message>
    <message>
        <source>File sent to the prosecution on</source>
        <translation>Dossier transmis au parquet le</translation>
    </message>
    <message>
        <source>Prosecution decision</source>
        <translation>Décision du parquet</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Charged in court</source>
        <translation>Poursuivi devant le tribunal</translation>
    </message>
    <message>
        <source>Case dismissed</source>
        <translation>Classement sans suite</translation>
    </message>
    <message>
        <source>Decision date</source>
        <translation>Date de la décision</translation>
    </message>
    <message>
        <source>First court hearing</source>
        <translation>Première audience</translation>
    </message>
    <message>
        <source>Judgment date</source>
        <translation>Date du jugement</translation>
    </message>
    <message>
        <source>Court outcome</source>
        <translation>Issue du procès</translation>
    </message>
    <message>
        <source>Convicted</source>
        <translation>Condamné</translation>
    </message>
    <message>
        <source>Acquitted</source>
        <translation>Acquitté</translation>
    </message>
    <message>
        <source>Other outcome</source>
        <translation>Autre issue</translation>
    </message>
    <message>
        <source>Legal aid</source>
        <translation>Aide juridique</translation>
    </message>
    <message>
        <source>Legal aid referral</source>
        <translation>Orientation vers l&apos;aide juridique</translation>
    </message>
    <message>
        <source>Maison d&apos;Accès à la Justice (MAJ)</source>
        <translation>Maison d&apos;Accès à la Justice (MAJ)</translation>
    </message>
    <message>
        <source>Other legal aid</source>
        <translation>Autre aide juridique</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>Which legal aid</source>
        <translation>Quelle aide juridique</translation>
    </message>
    <message>
        <source>Legal</source>
        <translation>Juridique</translation>
    </message>
    <message>
        <source>Triage</source>
        <translation>Triage</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Emergency: now</source>
        <translation>Urgence : immédiatement</translation>
    </message>
    <message>
        <source>Urgent: within the hour</source>
        <translation>Urgent : dans l&apos;heure</translation>
    </message>
    <message>
        <source>Routine: can wait</source>
        <translation>Routine : peut attendre</translation>
    </message>
    <message>
        <source>Condition on arrival</source>
        <translation>État à l&apos;arrivée</translation>
    </message>
    <message>
        <source>Stable</source>
        <translation>Stable</translation>
    </message>
    <message>
        <source>Distressed</source>
        <translation>En détresse</translation>
    </message>
    <message>
        <source>Injured</source>
        <translation>Blessé·e</translation>
    </message>
    <message>
        <source>Critical or unconscious</source>
        <translation>État critique ou inconscient·e</translation>
    </message>
    <message>
        <source>Vital signs</source>
        <translation>Signes vitaux</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Température</translation>
    </message>
    <message>
        <source>Pulse</source>
        <translation>Pouls</translation>
    </message>
    <message>
        <source>Blood pressure, systolic</source>
        <translation>Tension artérielle, systolique</translation>
    </message>
    <message>
        <source>Blood pressure, diastolic</source>
        <translation>Tension artérielle, diastolique</translation>
    </message>
    <message>
        <source>Respiratory rate</source>
        <translation>Fréquence respiratoire</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Poids</translation>
    </message>
    <message>
        <source>Examination</source>
        <translation>Examen</translation>
    </message>
    <message>
        <source>Examination findings</source>
        <translation>Constatations de l&apos;examen</translation>
    </message>
    <message>
        <source>Injuries</source>
        <translation>Blessures</translation>
    </message>
    <message>
        <source>Mark each injury on the drawing; its number links it to the description.</source>
        <translation>Marquez chaque blessure sur le dessin ; son numéro la relie à la description.</translation>
    </message>
    <message>
        <source>Photographs</source>
        <translation>Photographies</translation>
    </message>
    <message>
        <source>Only with the survivor&apos;s consent to photographs.</source>
        <translation>Seulement avec le consentement de la personne survivante aux photographies.</translation>
    </message>
    <message>
        <source>Tests</source>
        <translation>Analyses</translation>
    </message>
    <message>
        <source>HIV rapid test</source>
        <translation>Test rapide du VIH</translation>
    </message>
    <message>
        <source>Negative</source>
        <translation>Négatif</translation>
    </message>
    <message>
        <source>Positive</source>
        <translation>Positif</translation>
    </message>
    <message>
        <source>Indeterminate</source>
        <translation>Indéterminé</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Non fait</translation>
    </message>
    <message>
        <source>Declined by the survivor</source>
        <translation>Refusé par la personne survivante</translation>
    </message>
    <message>
        <source>Pregnancy test</source>
        <translation>Test de grossesse</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Sans objet</translation>
    </message>
    <message>
        <source>Other tests and results</source>
        <translation>Autres analyses et résultats</translation>
    </message>
    <message>
        <source>Medico-legal report</source>
        <translation>Rapport médico-légal</translation>
    </message>
    <message>
        <source>Summary of findings</source>
        <translation>Résumé des constatations</translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation>Conclusion</translation>
    </message>
    <message>
        <source>Clinician</source>
        <translation>Clinicien·ne</translation>
    </message>
    <message>
        <source>Name and qualification of who examined.</source>
        <translation>Nom et qualification de la personne qui a examiné.</translation>
    </message>
    <message>
        <source>Signed at</source>
        <translation>Signé le</translation>
    </message>
    <message>
        <source>Leave empty while the report is a draft.</source>
        <translation>Laissez vide tant que le rapport est un brouillon.</translation>
    </message>
    <message>
        <source>Medical</source>
        <translation>Médical</translation>
    </message>
    <message>
        <source>Medicine given</source>
        <translation>Médicament administré</translation>
    </message>
    <message>
        <source>Medicine</source>
        <translation>Médicament</translation>
    </message>
    <message>
        <source>HIV post-exposure prophylaxis (PEP)</source>
        <translation>Prophylaxie post-exposition au VIH (PEP)</translation>
    </message>
    <message>
        <source>Emergency contraception: levonorgestrel</source>
        <translation>Contraception d&apos;urgence : lévonorgestrel</translation>
    </message>
    <message>
        <source>Emergency contraception: ulipristal acetate</source>
        <translation>Contraception d&apos;urgence : acétate d&apos;ulipristal</translation>
    </message>
    <message>
        <source>Copper IUD</source>
        <translation>DIU au cuivre</translation>
    </message>
    <message>
        <source>STI prophylaxis</source>
        <translation>Prophylaxie des IST</translation>
    </message>
    <message>
        <source>Hepatitis B vaccine</source>
        <translation>Vaccin contre l&apos;hépatite B</translation>
    </message>
    <message>
        <source>Tetanus vaccine or immunoglobulin</source>
        <translation>Vaccin ou immunoglobuline antitétanique</translation>
    </message>
    <message>
        <source>Other medicine</source>
        <translation>Autre médicament</translation>
    </message>
    <message>
        <source>Which medicine</source>
        <translation>Quel médicament</translation>
    </message>
    <message>
        <source>Given at</source>
        <translation>Administré le</translation>
    </message>
    <message>
        <source>Product or regimen</source>
        <translation>Produit ou protocole</translation>
    </message>
    <message>
        <source>For example TDF/3TC/DTG.</source>
        <translation>Par exemple TDF/3TC/DTG.</translation>
    </message>
    <message>
        <source>Dose and duration</source>
        <translation>Dose et durée</translation>
    </message>
    <message>
        <source>Given after its window</source>
        <translation>Administré hors délai</translation>
    </message>
    <message>
        <source>Set by the application from the incident time.</source>
        <translation>Défini par l&apos;application à partir de l&apos;heure de l&apos;incident.</translation>
    </message>
    <message>
        <source>Why it was given after its window</source>
        <translation>Pourquoi il a été administré hors délai</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>Noms</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nom de famille</translation>
    </message>
    <message>
        <source>As on the identity card; for a Rwandan name, the Kinyarwanda name.</source>
        <translation>Comme sur la carte d&apos;identité ; pour un nom rwandais, le nom en kinyarwanda.</translation>
    </message>
    <message>
        <source>Given names</source>
        <translation>Prénoms</translation>
    </message>
    <message>
        <source>Sex and age</source>
        <translation>Sexe et âge</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Leave empty when unknown and give an estimated age instead.</source>
        <translation>Laissez vide si elle est inconnue et indiquez plutôt un âge estimé.</translation>
    </message>
    <message>
        <source>Estimated age</source>
        <translation>Âge estimé</translation>
    </message>
    <message>
        <source>In completed years, when the date of birth is unknown.</source>
        <translation>En années révolues, quand la date de naissance est inconnue.</translation>
    </message>
    <message>
        <source>years</source>
        <translation>ans</translation>
    </message>
    <message>
        <source>Child (under 18)</source>
        <translation>Enfant (moins de 18 ans)</translation>
    </message>
    <message>
        <source>Filled in from the date of birth or the estimated age.</source>
        <translation>Rempli d&apos;après la date de naissance ou l&apos;âge estimé.</translation>
    </message>
    <message>
        <source>Nationality and status</source>
        <translation>Nationalité et statut</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Nationalité</translation>
    </message>
    <message>
        <source>Two-letter country code, for example RW, CD, BI.</source>
        <translation>Code de pays à deux lettres, par exemple RW, CD, BI.</translation>
    </message>
    <message>
        <source>Refugee or migrant status</source>
        <translation>Statut de réfugié·e ou de migrant·e</translation>
    </message>
    <message>
        <source>Rwandan or resident, not displaced</source>
        <translation>Rwandais·e ou résident·e, non déplacé·e</translation>
    </message>
    <message>
        <source>Refugee</source>
        <translation>Réfugié·e</translation>
    </message>
    <message>
        <source>Asylum seeker</source>
        <translation>Demandeur·euse d&apos;asile</translation>
    </message>
    <message>
        <source>Migrant</source>
        <translation>Migrant·e</translation>
    </message>
    <message>
        <source>Returnee</source>
        <translation>Rapatrié·e</translation>
    </message>
    <message>
        <source>Stateless</source>
        <translation>Apatride</translation>
    </message>
    <message>
        <source>Disability</source>
        <translation>Handicap</translation>
    </message>
    <message>
        <source>Has a disability</source>
        <translation>A un handicap</translation>
    </message>
    <message>
        <source>Kind of disability</source>
        <translation>Type de handicap</translation>
    </message>
    <message>
        <source>Physical</source>
        <translation>Physique</translation>
    </message>
    <message>
        <source>Visual</source>
        <translation>Visuel</translation>
    </message>
    <message>
        <source>Hearing</source>
        <translation>Auditif</translation>
    </message>
    <message>
        <source>Speech</source>
        <translation>De la parole</translation>
    </message>
    <message>
        <source>Intellectual</source>
        <translation>Intellectuel</translation>
    </message>
    <message>
        <source>Psychosocial</source>
        <translation>Psychosocial</translation>
    </message>
    <message>
        <source>Other disability</source>
        <translation>Autre handicap</translation>
    </message>
    <message>
        <source>Contact and identity</source>
        <translation>Contact et identité</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Only a number the survivor says is safe to call.</source>
        <translation>Seulement un numéro que la personne survivante dit sûr à appeler.</translation>
    </message>
    <message>
        <source>National ID number</source>
        <translation>Numéro d&apos;identité</translation>
    </message>
    <message>
        <source>16 digits, without spaces. Optional.</source>
        <translation>16 chiffres, sans espaces. Facultatif.</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Province</translation>
    </message>
    <message>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>Cellule</translation>
    </message>
    <message>
        <source>Village (umudugudu)</source>
        <translation>Village (umudugudu)</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>Tuteur</translation>
    </message>
    <message>
        <source>Guardian&apos;s relationship to the child</source>
        <translation>Lien du tuteur avec l&apos;enfant</translation>
    </message>
    <message>
        <source>Mother</source>
        <translation>Mère</translation>
    </message>
    <message>
        <source>Father</source>
        <translation>Père</translation>
    </message>
    <message>
        <source>Grandparent</source>
        <translation>Grand-parent</translation>
    </message>
    <message>
        <source>Brother or sister</source>
        <translation>Frère ou sœur</translation>
    </message>
    <message>
        <source>Other relative</source>
        <translation>Autre parent</translation>
    </message>
    <message>
        <source>Foster parent</source>
        <translation>Parent d&apos;accueil</translation>
    </message>
    <message>
        <source>Other guardian</source>
        <translation>Autre tuteur</translation>
    </message>
    <message>
        <source>No guardian known or present</source>
        <translation>Aucun tuteur connu ou présent</translation>
    </message>
    <message>
        <source>Guardian&apos;s name</source>
        <translation>Nom du tuteur</translation>
    </message>
    <message>
        <source>Guardian&apos;s phone</source>
        <translation>Téléphone du tuteur</translation>
    </message>
    <message>
        <source>Guardian suspected of the abuse</source>
        <translation>Tuteur soupçonné de la maltraitance</translation>
    </message>
    <message>
        <source>If yes, do not share information with the guardian and plan a safe place before discharge.</source>
        <translation>Si oui, ne partagez aucune information avec le tuteur et prévoyez un lieu sûr avant la sortie.</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>First assessment</source>
        <translation>Première évaluation</translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation>Niveau de risque</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Faible</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Moyen</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Élevé</translation>
    </message>
    <message>
        <source>Suicidality</source>
        <translation>Risque suicidaire</translation>
    </message>
    <message>
        <source>Thoughts of suicide</source>
        <translation>Idées suicidaires</translation>
    </message>
    <message>
        <source>A plan</source>
        <translation>Un plan</translation>
    </message>
    <message>
        <source>An attempt</source>
        <translation>Une tentative</translation>
    </message>
    <message>
        <source>Safety at home</source>
        <translation>Sécurité au domicile</translation>
    </message>
    <message>
        <source>Safe</source>
        <translation>En sécurité</translation>
    </message>
    <message>
        <source>Not safe</source>
        <translation>Pas en sécurité</translation>
    </message>
    <message>
        <source>Not sure</source>
        <translation>Incertain</translation>
    </message>
    <message>
        <source>Assessment notes</source>
        <translation>Notes d&apos;évaluation</translation>
    </message>
    <message>
        <source>Safety plan</source>
        <translation>Plan de sécurité</translation>
    </message>
    <message>
        <source>Required when the risk is high, there is a suicide plan or attempt, or home is not safe.</source>
        <translation>Obligatoire quand le risque est élevé, en cas de plan ou de tentative de suicide, ou si le domicile n&apos;est pas sûr.</translation>
    </message>
    <message>
        <source>Community follow-up</source>
        <translation>Suivi communautaire</translation>
    </message>
    <message>
        <source>Inshuti z&apos;Umuryango volunteer</source>
        <translation>Bénévole Inshuti z&apos;Umuryango</translation>
    </message>
    <message>
        <source>Volunteer&apos;s phone</source>
        <translation>Téléphone du bénévole</translation>
    </message>
    <message>
        <source>Village leader&apos;s phone</source>
        <translation>Téléphone du chef de village</translation>
    </message>
    <message>
        <source>Home visit date</source>
        <translation>Date de la visite à domicile</translation>
    </message>
    <message>
        <source>Counselling session</source>
        <translation>Séance d&apos;accompagnement psychologique</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <source>Type of session</source>
        <translation>Type de séance</translation>
    </message>
    <message>
        <source>Individual</source>
        <translation>Individuelle</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Familiale</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>De groupe</translation>
    </message>
    <message>
        <source>Session notes</source>
        <translation>Notes de séance</translation>
    </message>
    <message>
        <source>Next session</source>
        <translation>Prochaine séance</translation>
    </message>
    <message>
        <source>Kigali City</source>
        <translation>Ville de Kigali</translation>
    </message>
    <message>
        <source>Northern Province</source>
        <translation>Province du Nord</translation>
    </message>
    <message>
        <source>Southern Province</source>
        <translation>Province du Sud</translation>
    </message>
    <message>
        <source>Eastern Province</source>
        <translation>Province de l&apos;Est</translation>
    </message>
    <message>
        <source>Western Province</source>
        <translation>Province de l&apos;Ouest</translation>
    </message>
    <message>
        <source>Gasabo</source>
        <translation>Gasabo</translation>
    </message>
    <message>
        <source>Kicukiro</source>
        <translation>Kicukiro</translation>
    </message>
    <message>
        <source>Nyarugenge</source>
        <translation>Nyarugenge</translation>
    </message>
    <message>
        <source>Burera</source>
        <translation>Burera</translation>
    </message>
    <message>
        <source>Gakenke</source>
        <translation>Gakenke</translation>
    </message>
    <message>
        <source>Gicumbi</source>
        <translation>Gicumbi</translation>
    </message>
    <message>
        <source>Musanze</source>
        <translation>Musanze</translation>
    </message>
    <message>
        <source>Rulindo</source>
        <translation>Rulindo</translation>
    </message>
    <message>
        <source>Gisagara</source>
        <translation>Gisagara</translation>
    </message>
    <message>
        <source>Huye</source>
        <translation>Huye</translation>
    </message>
    <message>
        <source>Kamonyi</source>
        <translation>Kamonyi</translation>
    </message>
    <message>
        <source>Muhanga</source>
        <translation>Muhanga</translation>
    </message>
    <message>
        <source>Nyamagabe</source>
        <translation>Nyamagabe</translation>
    </message>
    <message>
        <source>Nyanza</source>
        <translation>Nyanza</translation>
    </message>
    <message>
        <source>Nyaruguru</source>
        <translation>Nyaruguru</translation>
    </message>
    <message>
        <source>Ruhango</source>
        <translation>Ruhango</translation>
    </message>
    <message>
        <source>Bugesera</source>
        <translation>Bugesera</translation>
    </message>
    <message>
        <source>Gatsibo</source>
        <translation>Gatsibo</translation>
    </message>
    <message>
        <source>Kayonza</source>
        <translation>Kayonza</translation>
    </message>
    <message>
        <source>Kirehe</source>
        <translation>Kirehe</translation>
    </message>
    <message>
        <source>Ngoma</source>
        <translation>Ngoma</translation>
    </message>
    <message>
        <source>Nyagatare</source>
        <translation>Nyagatare</translation>
    </message>
    <message>
        <source>Rwamagana</source>
        <translation>Rwamagana</translation>
    </message>
    <message>
        <source>Karongi</source>
        <translation>Karongi</translation>
    </message>
    <message>
        <source>Ngororero</source>
        <translation>Ngororero</translation>
    </message>
    <message>
        <source>Nyabihu</source>
        <translation>Nyabihu</translation>
    </message>
    <message>
        <source>Nyamasheke</source>
        <translation>Nyamasheke</translation>
    </message>
    <message>
        <source>Rubavu</source>
        <translation>Rubavu</translation>
    </message>
    <message>
        <source>Rusizi</source>
        <translation>Rusizi</translation>
    </message>
    <message>
        <source>Rutsiro</source>
        <translation>Rutsiro</translation>
    </message>
    <message>
        <source>Admission</source>
        <translation>Admission</translation>
    </message>
    <message>
        <source>Admitted at</source>
        <translation>Admis·e le</translation>
    </message>
    <message>
        <source>Room or bed</source>
        <translation>Chambre ou lit</translation>
    </message>
    <message>
        <source>Reason for admission</source>
        <translation>Motif d&apos;admission</translation>
    </message>
    <message>
        <source>No safe place to go</source>
        <translation>Aucun lieu sûr où aller</translation>
    </message>
    <message>
        <source>The perpetrator lives at home</source>
        <translation>L&apos;auteur vit au domicile</translation>
    </message>
    <message>
        <source>Waiting for a placement</source>
        <translation>En attente d&apos;un placement</translation>
    </message>
    <message>
        <source>Medical observation</source>
        <translation>Surveillance médicale</translation>
    </message>
    <message>
        <source>Other reason</source>
        <translation>Autre motif</translation>
    </message>
    <message>
        <source>Reason, details</source>
        <translation>Motif, précisions</translation>
    </message>
    <message>
        <source>Discharge</source>
        <translation>Sortie</translation>
    </message>
    <message>
        <source>Discharged at</source>
        <translation>Sorti·e le</translation>
    </message>
    <message>
        <source>Discharged to</source>
        <translation>Sorti·e vers</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Domicile</translation>
    </message>
    <message>
        <source>Relatives</source>
        <translation>Proches</translation>
    </message>
    <message>
        <source>Foster family</source>
        <translation>Famille d&apos;accueil</translation>
    </message>
    <message>
        <source>Longer-term shelter</source>
        <translation>Hébergement de plus longue durée</translation>
    </message>
    <message>
        <source>Hospital ward</source>
        <translation>Service hospitalier</translation>
    </message>
    <message>
        <source>Other destination</source>
        <translation>Autre destination</translation>
    </message>
    <message>
        <source>Longer placement</source>
        <translation>Placement de plus longue durée</translation>
    </message>
    <message>
        <source>Referred to a longer placement</source>
        <translation>Orienté·e vers un placement de plus longue durée</translation>
    </message>
    <message>
        <source>Referred to</source>
        <translation>Orienté·e vers</translation>
    </message>
    <message>
        <source>Referred on</source>
        <translation>Orienté·e le</translation>
    </message>
    <message>
        <source>Shelter</source>
        <translation>Hébergement sécurisé</translation>
    </message>
</context>
<context>
    <name>gbv_classification</name>
    <message>
        <source>Did the incident include penetration, even slight, of the vagina, anus or mouth with a penis or other body part, or of the vagina or anus with an object?</source>
        <translation>L&apos;incident a-t-il comporté une pénétration, même légère, du vagin, de l&apos;anus ou de la bouche par un pénis ou une autre partie du corps, ou du vagin ou de l&apos;anus par un objet ?</translation>
    </message>
    <message>
        <source>Did the incident include unwanted sexual contact without penetration?</source>
        <translation>L&apos;incident a-t-il comporté un contact sexuel non désiré sans pénétration ?</translation>
    </message>
    <message>
        <source>Did the incident include physical assault (hitting, slapping, kicking, burning, choking, beating with or without a weapon)?</source>
        <translation>L&apos;incident a-t-il comporté une agression physique (coups, gifles, coups de pied, brûlures, étranglement, passage à tabac avec ou sans arme) ?</translation>
    </message>
    <message>
        <source>Was the incident a forced marriage (any marriage of a child under 18 counts as forced)?</source>
        <translation>L&apos;incident était-il un mariage forcé (tout mariage d&apos;un enfant de moins de 18 ans est considéré comme forcé) ?</translation>
    </message>
    <message>
        <source>Did the incident include denial of resources, opportunities or services (such as inheritance, earnings, education, health care)?</source>
        <translation>L&apos;incident a-t-il comporté un déni de ressources, d&apos;opportunités ou de services (comme l&apos;héritage, les revenus, l&apos;éducation, les soins de santé) ?</translation>
    </message>
    <message>
        <source>Did the incident include psychological or emotional abuse (threats, intimidation, humiliation, isolation, stalking)?</source>
        <translation>L&apos;incident a-t-il comporté une violence psychologique ou émotionnelle (menaces, intimidation, humiliation, isolement, harcèlement) ?</translation>
    </message>
    <message>
        <source>Was anything exchanged (money, goods, benefits, services) for the sexual act?</source>
        <translation>Quelque chose a-t-il été échangé (argent, biens, avantages, services) contre l&apos;acte sexuel ?</translation>
    </message>
</context>
<context>
    <name>trafficking</name>
    <message>
        <source>Did someone recruit, transport, hand over (transfer), house or hide (harbour), or receive the person?</source>
        <translation>Quelqu&apos;un a-t-il recruté, transporté, remis à un tiers (transféré), hébergé ou caché, ou accueilli la personne ?</translation>
    </message>
    <message>
        <source>Was the person recruited with lies or false promises (about the job, the pay, schooling, marriage or the destination)?</source>
        <translation>La personne a-t-elle été recrutée par des mensonges ou de fausses promesses (sur le travail, le salaire, les études, le mariage ou la destination) ?</translation>
    </message>
    <message>
        <source>Were the person&apos;s passport or identity documents taken or kept by someone else?</source>
        <translation>Le passeport ou les papiers d&apos;identité de la personne ont-ils été pris ou gardés par quelqu&apos;un d&apos;autre ?</translation>
    </message>
    <message>
        <source>Does the person owe a debt to the recruiter or employer that they are made to work off?</source>
        <translation>La personne a-t-elle envers le recruteur ou l&apos;employeur une dette qu&apos;on l&apos;oblige à rembourser en travaillant ?</translation>
    </message>
    <message>
        <source>Was the person locked in, watched, or not free to leave or to contact family?</source>
        <translation>La personne était-elle enfermée, surveillée, ou sans liberté de partir ou de contacter sa famille ?</translation>
    </message>
    <message>
        <source>Was the person, or their family, threatened or hurt?</source>
        <translation>La personne ou sa famille a-t-elle été menacée ou blessée ?</translation>
    </message>
    <message>
        <source>Was the person forced in another way (drugs, blackmail, abduction)?</source>
        <translation>La personne a-t-elle été contrainte d&apos;une autre manière (drogues, chantage, enlèvement) ?</translation>
    </message>
    <message>
        <source>Did someone take advantage of the person&apos;s poverty, age, disability, status as a migrant or refugee, or dependence on them?</source>
        <translation>Quelqu&apos;un a-t-il profité de la pauvreté, de l&apos;âge, du handicap, du statut de migrant·e ou de réfugié·e de la personne, ou de sa dépendance envers lui ?</translation>
    </message>
    <message>
        <source>What was the person made to do, or meant to be made to do?</source>
        <translation>Qu&apos;a-t-on fait faire à la personne, ou que comptait-on lui faire faire ?</translation>
    </message>
    <message>
        <source>Country of origin</source>
        <translation>Pays d&apos;origine</translation>
    </message>
    <message>
        <source>Countries of transit</source>
        <translation>Pays de transit</translation>
    </message>
    <message>
        <source>Country of destination</source>
        <translation>Pays de destination</translation>
    </message>
    <message>
        <source>Was the person moved across a border?</source>
        <translation>La personne a-t-elle été déplacée au-delà d&apos;une frontière ?</translation>
    </message>
    <message>
        <source>Smuggling is not trafficking. Smuggling is a service across a border: the person agrees to it, pays for it, and it ends on arrival. Trafficking is exploitation: the person is recruited, moved or held by deception, force or another means so that someone can exploit them, and it need not cross any border. Consent obtained by those means does not count. A person who was smuggled becomes a victim of trafficking if they are then exploited.</source>
        <translation>Le trafic de migrants n&apos;est pas la traite. Le trafic est un service pour passer une frontière : la personne l&apos;accepte, le paie, et il prend fin à l&apos;arrivée. La traite est une exploitation : la personne est recrutée, déplacée ou retenue par tromperie, par la force ou par un autre moyen pour que quelqu&apos;un l&apos;exploite, et elle peut avoir lieu sans passer de frontière. Un consentement obtenu par ces moyens ne compte pas. Une personne passée clandestinement devient victime de la traite si elle est ensuite exploitée.</translation>
    </message>
    <message>
        <source>Selling sex is not, by itself, trafficking. It is trafficking when someone recruited, moved, housed or received the person, by deception, force, debt or another means, to profit from their sexual exploitation. For a child under 18 no such means are needed: any child recruited, moved or held for sexual exploitation is a victim of trafficking, never a sex worker.</source>
        <translation>Vendre des services sexuels n&apos;est pas, en soi, de la traite. C&apos;est de la traite quand quelqu&apos;un a recruté, déplacé, hébergé ou accueilli la personne, par tromperie, force, dette ou un autre moyen, pour tirer profit de son exploitation sexuelle. Pour un enfant de moins de 18 ans, aucun de ces moyens n&apos;est requis : tout enfant recruté, déplacé ou retenu pour être exploité sexuellement est victime de la traite, jamais travailleur du sexe.</translation>
    </message>
    <message>
        <source>Child labour is work that harms a child or keeps them out of school; it must be stopped and reported, but it is not always trafficking. It is trafficking when someone recruited, moved, handed over, housed or received the child in order to exploit them (forced work, domestic servitude, sexual exploitation and others). For a child, no deception or force needs to be shown.</source>
        <translation>Le travail des enfants est un travail qui nuit à l&apos;enfant ou l&apos;empêche d&apos;aller à l&apos;école ; il doit être arrêté et signalé, mais ce n&apos;est pas toujours de la traite. C&apos;est de la traite quand quelqu&apos;un a recruté, déplacé, remis, hébergé ou accueilli l&apos;enfant pour l&apos;exploiter (travail forcé, servitude domestique, exploitation sexuelle et autres). Pour un enfant, il n&apos;est pas nécessaire de montrer une tromperie ou une contrainte.</translation>
    </message>
    <message>
        <source>Rwanda Investigation Bureau (RIB): investigates the trafficking; the RIB officer at the center takes the statement.</source>
        <translation>Rwanda Investigation Bureau (RIB) : enquête sur la traite ; l&apos;agent du RIB au centre recueille la déclaration.</translation>
    </message>
    <message>
        <source>IOM (International Organization for Migration): assistance to victims of trafficking, safe voluntary return and reintegration.</source>
        <translation>OIM (Organisation internationale pour les migrations) : assistance aux victimes de la traite, retour volontaire en sécurité et réintégration.</translation>
    </message>
    <message>
        <source>Directorate General of Immigration and Emigration: travel documents, immigration status and return across the border.</source>
        <translation>Direction générale de l&apos;immigration et de l&apos;émigration : documents de voyage, statut migratoire et retour au-delà de la frontière.</translation>
    </message>
</context>
</TS>
