<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="rw" sourcelanguage="en">
<context>
    <name>AccessPreviewDialog</name>
    <message>
        <source>Personal data held: case %1</source>
        <translation>Amakuru bwite tubitse: dosiye %1</translation>
    </message>
    <message>
        <source>&amp;Print...</source>
        <translation>&amp;Capa...</translation>
    </message>
    <message>
        <source>&amp;Save as PDF...</source>
        <translation>&amp;Bika nka PDF...</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Funga</translation>
    </message>
    <message>
        <source>Preparing the document...</source>
        <translation>Inyandiko iri gutegurwa...</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Gabanya ingano</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Ongera ingano</translation>
    </message>
    <message>
        <source>The document could not be shown.</source>
        <translation>Inyandiko ntiyashoboye kugaragazwa.</translation>
    </message>
    <message>
        <source>Sending the document to the printer...</source>
        <translation>Inyandiko iri koherezwa ku mashini icapa...</translation>
    </message>
    <message>
        <source>Pages sent to the printer: %1.</source>
        <translation>Impapuro zoherejwe ku mashini icapa: %1.</translation>
    </message>
    <message>
        <source>Save the document as PDF</source>
        <translation>Bika inyandiko nka PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Inyandiko za PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saving the PDF file...</source>
        <translation>Dosiye ya PDF iri kubikwa...</translation>
    </message>
    <message>
        <source>The printer could not print the document. Check the printer, then try again.</source>
        <translation>Imashini icapa ntiyashoboye gucapa inyandiko. Genzura imashini icapa, hanyuma wongere ugerageze.</translation>
    </message>
</context>
<context>
    <name>AddAttachmentDialog</name>
    <message>
        <source>Add a file to the case</source>
        <translation>Ongera dosiye kuri dosiye y&apos;ikibazo</translation>
    </message>
    <message>
        <source>A PDF document, a photo (JPEG or PNG) or a scan (TIFF) of up to %1 MB. It is kept encrypted in the vault.</source>
        <translation>Inyandiko ya PDF, ifoto (JPEG cyangwa PNG) cyangwa inyandiko yasikanywe (TIFF) itarenze MB %1. Ibikwa mu ibanga mu bubiko.</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Dosiye:</translation>
    </message>
    <message>
        <source>&amp;Part of the case:</source>
        <translation>&amp;Igice cya dosiye:</translation>
    </message>
    <message>
        <source>Only those who may see this part of the case will see the file.</source>
        <translation>Abemerewe kubona iki gice cya dosiye ni bo bonyine bazabona iyi dosiye.</translation>
    </message>
    <message>
        <source>&amp;Choose a file...</source>
        <translation>&amp;Hitamo dosiye...</translation>
    </message>
    <message>
        <source>No file chosen yet.</source>
        <translation>Nta dosiye irahitwamo.</translation>
    </message>
    <message>
        <source>This file is &amp;evidence</source>
        <translation>Iyi dosiye ni &amp;ikimenyetso</translation>
    </message>
    <message>
        <source>Evidence is kept exactly as received, with its location and camera data, and sealed: it can never be changed. Otherwise the location and camera data are removed from a photo before it is kept.</source>
        <translation>Ikimenyetso kibikwa uko cyakiriwe, hamwe n&apos;aho cyafatiwe n&apos;igikoresho cyagifashe, kandi kigafungwa: ntigishobora guhindurwa na rimwe. Bitabaye ibyo, aho ifoto yafatiwe n&apos;igikoresho cyayifashe bikurwamo mbere y&apos;uko ibikwa.</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ongeraho</translation>
    </message>
    <message>
        <source>Choose a file to add</source>
        <translation>Hitamo dosiye yo kongeraho</translation>
    </message>
    <message>
        <source>PDF documents, photos and scans (*.pdf *.jpg *.jpeg *.png *.tif *.tiff)</source>
        <translation>Inyandiko za PDF, amafoto n&apos;inyandiko zasikanywe (*.pdf *.jpg *.jpeg *.png *.tif *.tiff)</translation>
    </message>
</context>
<context>
    <name>AddUserDialog</name>
    <message>
        <source>Add user</source>
        <translation>Ongeraho ukoresha</translation>
    </message>
    <message>
        <source>Add a user</source>
        <translation>Ongeraho ukoresha</translation>
    </message>
    <message>
        <source>The new user logs in once with this temporary password, then must choose their own. Tell it to them in person, never in a message.</source>
        <translation>Ukoresha mushya yinjira rimwe akoresheje iri jambo ry&apos;ibanga ry&apos;agateganyo, hanyuma agomba guhitamo irye bwite. Ribwire we ubwe imbonankubone, ntuzigere urimwoherereza mu butumwa.</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Izina ry&apos;&amp;ukoresha:</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Izina ry&apos;ukoresha</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Amazina yose:</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Amazina yose</translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation>Inshingano:</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Inshingano</translation>
    </message>
    <message>
        <source>&amp;Temporary password:</source>
        <translation>Ijambo ry&apos;ibanga ry&apos;a&amp;gateganyo:</translation>
    </message>
    <message>
        <source>Temporary password</source>
        <translation>Ijambo ry&apos;ibanga ry&apos;agateganyo</translation>
    </message>
    <message>
        <source>Temporary password &amp;again:</source>
        <translation>&amp;Ongera wandike ijambo ry&apos;ibanga:</translation>
    </message>
    <message>
        <source>Temporary password again</source>
        <translation>Ongera wandike ijambo ry&apos;ibanga ry&apos;agateganyo</translation>
    </message>
    <message>
        <source>Adding the user</source>
        <translation>Ukoresha ari kongerwaho</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Vugurura</translation>
    </message>
    <message>
        <source>Audit log verification result</source>
        <translation>Igisubizo cy&apos;igenzura ry&apos;igitabo cy&apos;igenzura</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Izina ry&apos;ukoresha</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Amazina yose</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Inshingano</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Imimerere</translation>
    </message>
    <message>
        <source>Last login</source>
        <translation>Igihe aheruka kwinjira</translation>
    </message>
    <message>
        <source>Staff accounts</source>
        <translation>Konti z&apos;abakozi</translation>
    </message>
    <message>
        <source>&amp;Add user...</source>
        <translation>&amp;Ongeraho ukoresha...</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Hagarika</translation>
    </message>
    <message>
        <source>Deactivate the selected account: it can no longer log in, and its name stays in the records.</source>
        <translation>Hagarika konti yatoranyijwe: ntizongera gushobora kwinjira, kandi izina ryayo rigumye mu nyandiko.</translation>
    </message>
    <message>
        <source>&amp;Settings...</source>
        <translation>&amp;Igenamiterere...</translation>
    </message>
    <message>
        <source>&amp;Partner centers...</source>
        <translation>I&amp;bigo bikorana...</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Igitabo cy&apos;igenzura</translation>
    </message>
    <message>
        <source>&amp;Verify audit log</source>
        <translation>&amp;Genzura igitabo cy&apos;igenzura</translation>
    </message>
    <message>
        <source>Verify audit log</source>
        <translation>Genzura igitabo cy&apos;igenzura</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nº</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Igihe</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Ukoresha</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Uruhare</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Igikorwa</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Icyakorewe</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Uko byagenze</translation>
    </message>
    <message>
        <source>Newest audit events</source>
        <translation>Ibyabaye biheruka mu gitabo cy&apos;igenzura</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Irakora</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Yahagaritswe</translation>
    </message>
    <message>
        <source>Active, must change password</source>
        <translation>Irakora, agomba guhindura ijambo ry&apos;ibanga</translation>
    </message>
    <message>
        <source>Deactivate the account of %1 (%2)? They will no longer be able to log in. The account stays in the records.</source>
        <translation>Hagarika konti ya %1 (%2)? Ntazongera gushobora kwinjira. Konti igumye mu nyandiko.</translation>
    </message>
    <message>
        <source>Deactivate account</source>
        <translation>Hagarika konti</translation>
    </message>
    <message>
        <source>Verifying the audit log...</source>
        <translation>Igitabo cy&apos;igenzura kiri kugenzurwa...</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Preparing the demo vault...</source>
        <translation>Ububiko bw&apos;igerageza buri gutegurwa...</translation>
    </message>
</context>
<context>
    <name>AppShell</name>
    <message>
        <source>Locking...</source>
        <translation>Birimo gufunga...</translation>
    </message>
    <message>
        <source>Locked. Log in to continue.</source>
        <translation>Birafunze. Injira kugira ngo ukomeze.</translation>
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
        <translation>Gushyira dosiye mu bubiko no kuzikuraho</translation>
    </message>
    <message>
        <source>Cases to archive, then remove from this laptop: %1.

An encrypted, signed archive is written to the folder you choose next, one file per case. Each file is read back and checked. Only then are the cases removed from this laptop. This cannot be undone.

Keep the archive safe: for example in the center&apos;s locked cupboard, or give it to the national archive.</source>
        <translation>Dosiye zigiye gushyirwa mu bubiko, hanyuma zikurwe kuri iyi mudasobwa: %1.

Ububiko bwanditswe mu ibanga kandi bushyizweho umukono bwandikwa mu bubiko uhitamo ubukurikiraho, fayili imwe kuri buri dosiye. Buri fayili irongera igasomwa ikagenzurwa. Nyuma y&apos;ibyo ni bwo dosiye zikurwa kuri iyi mudasobwa. Ibi ntibishobora gusubizwa inyuma.

Bika ubwo bubiko ahantu hizewe: urugero mu kabati gafunze k&apos;ikigo, cyangwa ubushyikirize ububiko bw&apos;igihugu.</translation>
    </message>
    <message>
        <source>Archive &amp;for:</source>
        <translation>Ububiko &amp;bugenewe:</translation>
    </message>
    <message>
        <source>An archive for another center (such as the national archive) can also be checked here.</source>
        <translation>Ububiko bugenewe ikindi kigo (nk&apos;ububiko bw&apos;igihugu) na bwo bushobora kugenzurirwa hano.</translation>
    </message>
    <message>
        <source>This center</source>
        <translation>Iki kigo</translation>
    </message>
    <message>
        <source>&amp;Choose the folder and archive...</source>
        <translation>&amp;Hitamo ububiko maze ubike...</translation>
    </message>
</context>
<context>
    <name>AttachmentFieldEditor</name>
    <message>
        <source>Choose &amp;files...</source>
        <translation>Hitamo &amp;dosiye...</translation>
    </message>
    <message>
        <source>Add the files on this track&apos;s Attachments page, then choose them here. Double-click a file to view it.</source>
        <translation>Ongeraho dosiye ku rupapuro rw&apos;Imigereka rw&apos;iyi serivisi, hanyuma uzihitemo hano. Kanda kabiri kuri dosiye kugira ngo uyirebe.</translation>
    </message>
    <message>
        <source>A file not listed here (not loaded yet, or not one your role may see)</source>
        <translation>Dosiye itari kuri uru rutonde (ntirashyirwamo, cyangwa uruhare rwawe rutakwemerera kubona)</translation>
    </message>
    <message>
        <source>No files chosen.</source>
        <translation>Nta dosiye yahiswemo.</translation>
    </message>
    <message>
        <source>Choose the files</source>
        <translation>Hitamo dosiye</translation>
    </message>
</context>
<context>
    <name>AttachmentList</name>
    <message>
        <source>Kind</source>
        <translation>Ubwoko</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Izina rya dosiye</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Ingano</translation>
    </message>
    <message>
        <source>Part of the case</source>
        <translation>Igice cya dosiye</translation>
    </message>
    <message>
        <source>Added by</source>
        <translation>Yongeweho na</translation>
    </message>
    <message>
        <source>Added on</source>
        <translation>Yongeweho ku wa</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Ikimenyetso</translation>
    </message>
    <message>
        <source>Files kept with the case</source>
        <translation>Dosiye zibitswe hamwe na dosiye y&apos;ikibazo</translation>
    </message>
    <message>
        <source>&amp;Add a file...</source>
        <translation>&amp;Ongeraho dosiye...</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Reba</translation>
    </message>
    <message>
        <source>E&amp;xport...</source>
        <translation>&amp;Kohereza hanze...</translation>
    </message>
    <message>
        <source>Write a copy to a file of your choice. The copy is not encrypted.</source>
        <translation>Andika kopi muri dosiye wihitiyemo. Iyo kopi ntiri mu ibanga.</translation>
    </message>
    <message>
        <source>The file was added.</source>
        <translation>Dosiye yongeweho.</translation>
    </message>
    <message>
        <source>Location and camera details were removed.</source>
        <translation>Aho ifoto yafatiwe n&apos;ibiranga igikoresho cyayifashe byakuwemo.</translation>
    </message>
    <message>
        <source>Export a copy of the file</source>
        <translation>Kohereza hanze kopi ya dosiye</translation>
    </message>
    <message>
        <source>The exported copy is not encrypted: anyone who gets the computer or the USB stick can open it. Export only when a copy is really needed, keep it safe, and delete it when it is no longer needed. The export is recorded in the audit log.</source>
        <translation>Kopi yoherejwe hanze ntiri mu ibanga: umuntu wese ubonye mudasobwa cyangwa USB ashobora kuyifungura. Ohereza hanze gusa igihe kopi ikenewe koko, uyibike ahantu hizewe, kandi uyisibe igihe itagikenewe. Kohereza hanze byandikwa mu gitabo cy&apos;igenzura.</translation>
    </message>
    <message>
        <source>&amp;Choose where to save...</source>
        <translation>&amp;Hitamo aho kubika...</translation>
    </message>
    <message>
        <source>Export a copy (not encrypted)</source>
        <translation>Kohereza hanze kopi (itari mu ibanga)</translation>
    </message>
</context>
<context>
    <name>AttachmentViewer</name>
    <message>
        <source>%1 of the case %2</source>
        <translation>%1 ya dosiye %2</translation>
    </message>
    <message>
        <source>added by %1 on %2</source>
        <translation>yongeweho na %1 ku wa %2</translation>
    </message>
    <message>
        <source>Shown from memory: nothing is written to the disk. To give a copy to someone, use Export in the list of files.</source>
        <translation>Byerekanwa bivuye mu bubiko bw&apos;agateganyo: nta na kimwe cyandikwa kuri disiki. Kugira ngo uhe umuntu kopi, koresha Kohereza hanze mu rutonde rwa dosiye.</translation>
    </message>
    <message>
        <source>This PDF could not be shown.</source>
        <translation>Iyi PDF ntiyashoboye kugaragazwa.</translation>
    </message>
    <message>
        <source>Fit to window</source>
        <translation>Ihuze n&apos;idirishya</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Ingano</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Ongera ingano</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Gabanya ingano</translation>
    </message>
    <message>
        <source>This image could not be shown.</source>
        <translation>Iyi shusho ntiyashoboye kugaragazwa.</translation>
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
        <translation>Ifoto</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>Inyandiko yasikanywe</translation>
    </message>
    <message>
        <source>Intake</source>
        <translation>Kwakira</translation>
    </message>
    <message>
        <source>Evidence, sealed</source>
        <translation>Ikimenyetso, gifunze</translation>
    </message>
</context>
<context>
    <name>AttachmentsTab</name>
    <message>
        <source>Scanned documents and photos kept with the case, encrypted in the vault. You see the files of the parts of the case your role may see. Open a file with View: it is shown from memory, never written to the disk.</source>
        <translation>Inyandiko zasikanywe n&apos;amafoto bibitswe hamwe na dosiye, mu ibanga mu bubiko. Ubona dosiye z&apos;ibice bya dosiye uruhare rwawe rukwemerera kubona. Fungura dosiye ukoresheje Reba: igaragazwa ivuye mu bubiko bw&apos;agateganyo, ntijya yandikwa kuri disiki.</translation>
    </message>
</context>
<context>
    <name>BackupBox</name>
    <message>
        <source>Backup</source>
        <translation>Kopi y&apos;ububiko</translation>
    </message>
    <message>
        <source>Write a verified copy of the vault to a USB stick. The copy stays encrypted: it can be restored only with the center&apos;s recovery key.</source>
        <translation>Andika kopi yagenzuwe y&apos;ububiko kuri USB. Kopi iguma ihishwe: ishobora kugarurwa gusa ukoresheje urufunguzo rwo kugarura rw&apos;ikigo.</translation>
    </message>
    <message>
        <source>&amp;Back up the vault...</source>
        <translation>&amp;Kora kopi y&apos;ububiko...</translation>
    </message>
    <message>
        <source>Back up the vault</source>
        <translation>Kora kopi y&apos;ububiko</translation>
    </message>
    <message>
        <source>Isange backups (*%1)</source>
        <translation>Kopi za Isange (*%1)</translation>
    </message>
    <message>
        <source>Writing and checking the backup...</source>
        <translation>Kopi iri kwandikwa no kugenzurwa...</translation>
    </message>
</context>
<context>
    <name>BodyMapEditor</name>
    <message>
        <source>Click where the injury is. Keyboard: arrows move the cross, Enter places a mark, Tab goes from mark to mark, Delete removes.</source>
        <translation>Kanda aho igikomere kiri. Kuri mwandikisho: imyambi yimura akamenyetso, Enter ishyiraho ikimenyetso, Tab ijya ku kindi kimenyetso, Delete igikuraho.</translation>
    </message>
    <message>
        <source>&amp;Marks</source>
        <translation>Ibi&amp;menyetso</translation>
    </message>
    <message>
        <source>Injury marks</source>
        <translation>Ibimenyetso by&apos;ibikomere</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nº</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Uruhande</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Ubwoko</translation>
    </message>
    <message>
        <source>Size (cm)</source>
        <translation>Ingano (cm)</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Ibisobanuro</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Ubwoko:</translation>
    </message>
    <message>
        <source>Injury type</source>
        <translation>Ubwoko bw&apos;igikomere</translation>
    </message>
    <message>
        <source>&amp;Size (cm):</source>
        <translation>&amp;Ingano (cm):</translation>
    </message>
    <message>
        <source>Size in centimetres</source>
        <translation>Ingano muri santimetero</translation>
    </message>
    <message>
        <source>Not measured</source>
        <translation>Ntibyapimwe</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>I&amp;bisobanuro:</translation>
    </message>
    <message>
        <source>Injury description</source>
        <translation>Ibisobanuro by&apos;igikomere</translation>
    </message>
    <message>
        <source>An injury of type &quot;Other&quot; needs a description.</source>
        <translation>Igikomere cy&apos;ubwoko &quot;Ikindi&quot; gikeneye ibisobanuro.</translation>
    </message>
    <message>
        <source>&amp;Remove mark</source>
        <translation>&amp;Kuraho ikimenyetso</translation>
    </message>
    <message>
        <source>Remove the selected mark</source>
        <translation>Kuraho ikimenyetso cyatoranyijwe</translation>
    </message>
    <message>
        <source>{view} ({count})</source>
        <translation>{view} ({count})</translation>
    </message>
    <message>
        <source>The injuries marked on the drawing; Tab moves between the marks.</source>
        <translation>Ibikomere byashyizweho ikimenyetso ku gishushanyo; Tab ijya ku kimenyetso gikurikira.</translation>
    </message>
    <message>
        <source>Click the drawing to mark an injury, or use the keyboard: the arrow keys move the cross (with Shift in bigger steps), Enter or Space places a mark, Tab moves between the marks and Delete removes the selected one.</source>
        <translation>Kanda ku gishushanyo kugira ngo ushyireho ikimenyetso cy&apos;igikomere, cyangwa ukoreshe mwandikisho: imyambi yimura akamenyetso (ukoresheje Shift byihuta kurushaho), Enter cyangwa Space ishyiraho ikimenyetso, Tab ijya ku kindi kimenyetso naho Delete igakuraho icyatoranyijwe.</translation>
    </message>
    <message>
        <source>Right</source>
        <comment>the survivor&apos;s right side, written beside the drawing</comment>
        <translation>Iburyo</translation>
    </message>
    <message>
        <source>Left</source>
        <comment>the survivor&apos;s left side, written beside the drawing</comment>
        <translation>Ibumoso</translation>
    </message>
    <message>
        <source>Body drawing: {view}</source>
        <translation>Igishushanyo cy&apos;umubiri: {view}</translation>
    </message>
</context>
<context>
    <name>BoolEditor</name>
    <message>
        <source>(not answered)</source>
        <translation>(nta gisubizo)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yego</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Oya</translation>
    </message>
</context>
<context>
    <name>BreachDialog</name>
    <message>
        <source>Record a suspected breach</source>
        <translation>Andika iyibwa rikekwa</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Ubwoko:</translation>
    </message>
    <message>
        <source>&amp;Found:</source>
        <translation>&amp;Ryamenyekanye:</translation>
    </message>
    <message>
        <source>Happened:</source>
        <translation>Ryabaye:</translation>
    </message>
    <message>
        <source>&amp;What happened:</source>
        <translation>&amp;Ibyabaye:</translation>
    </message>
    <message>
        <source>&amp;Measures taken:</source>
        <translation>Ingamba &amp;zafashwe:</translation>
    </message>
    <message>
        <source>Cases affected:</source>
        <translation>Amadosiye yagezweho:</translation>
    </message>
    <message>
        <source>The NCSA must be notified within 48 hours and the report submitted within 72 hours, both counted from when the breach was found. Write no survivor&apos;s name.</source>
        <translation>NCSA igomba kumenyeshwa mu masaha 48 kandi raporo igatangwa mu masaha 72, byombi bibarwa uhereye igihe iyibwa ryamenyekaniye. Ntukandike izina ry&apos;uwahohotewe uwo ari we wese.</translation>
    </message>
    <message>
        <source>Known</source>
        <translation>Birazwi</translation>
    </message>
    <message>
        <source>&amp;All cases in the vault (a lost or stolen laptop)</source>
        <translation>Amadosiye &amp;yose ari mu bubiko (mudasobwa yatakaye cyangwa yibwe)</translation>
    </message>
    <message>
        <source>&amp;Only these case numbers:</source>
        <translation>Gusa &amp;nimero z&apos;amadosiye zikurikira:</translation>
    </message>
    <message>
        <source>case numbers, separated by spaces</source>
        <translation>nimero z&apos;amadosiye, zitandukanyijwe n&apos;imyanya</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Andika</translation>
    </message>
</context>
<context>
    <name>BreachesPanel</name>
    <message>
        <source>Breaches of personal data</source>
        <translation>Iyibwa ry&apos;amakuru bwite</translation>
    </message>
    <message>
        <source>Law 058/2021: notify the NCSA within 48 hours and submit the report within 72 hours of finding a breach. The register counts cases and kinds of data; it never names a survivor.</source>
        <translation>Itegeko n° 058/2021: menyesha NCSA mu masaha 48 kandi utange raporo mu masaha 72 uhereye igihe iyibwa ryamenyekaniye. Igitabo kibara amadosiye n&apos;ubwoko bw&apos;amakuru; ntikigera kivuga izina ry&apos;uwahohotewe.</translation>
    </message>
    <message>
        <source>&amp;Record a suspected breach...</source>
        <translation>&amp;Andika iyibwa rikekwa...</translation>
    </message>
    <message>
        <source>Mark NCSA &amp;notified</source>
        <translation>Emeza ko NCSA &amp;yamenyeshejwe</translation>
    </message>
    <message>
        <source>Mark report &amp;submitted</source>
        <translation>Emeza ko raporo yatan&amp;zwe</translation>
    </message>
    <message>
        <source>Save notification &amp;draft...</source>
        <translation>Bika &amp;umushinga w&apos;itangazo...</translation>
    </message>
    <message>
        <source>Language of the draft</source>
        <translation>Ururimi rw&apos;umushinga</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Vugurura</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nimero</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Ubwoko</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Ryamenyekanye</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Amadosiye</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Amakuru</translation>
    </message>
    <message>
        <source>Notify NCSA (48 h)</source>
        <translation>Kumenyesha NCSA (amasaha 48)</translation>
    </message>
    <message>
        <source>Report (72 h)</source>
        <translation>Raporo (amasaha 72)</translation>
    </message>
    <message>
        <source>Recorded breaches</source>
        <translation>Iyibwa ryanditswe</translation>
    </message>
    <message>
        <source>Breach %1 recorded. Notify the NCSA by %2; report by %3.</source>
        <translation>Iyibwa %1 ryanditswe. Menyesha NCSA bitarenze %2; tanga raporo bitarenze %3.</translation>
    </message>
    <message>
        <source>Recorded.</source>
        <translation>Byanditswe.</translation>
    </message>
    <message>
        <source>Save notification draft</source>
        <translation>Bika umushinga w&apos;itangazo</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Inyandiko za PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>CaseHeader</name>
    <message>
        <source>Copy</source>
        <translation>Koporora</translation>
    </message>
    <message>
        <source>Copy the case number</source>
        <translation>Koporora nimero ya dosiye</translation>
    </message>
    <message>
        <source>Copies the case number; it is removed from the clipboard after 30 seconds or when the app locks.</source>
        <translation>Ikoporora nimero ya dosiye; ikurwa ahabikwa ibyakoporowe nyuma y&apos;amasegonda 30 cyangwa iyo porogaramu ifunze.</translation>
    </message>
    <message>
        <source>Show &amp;name</source>
        <translation>Erekana i&amp;zina</translation>
    </message>
    <message>
        <source>Shows the survivor&apos;s full name; this is recorded in the audit log.</source>
        <translation>Yerekana amazina yose y&apos;uwahohotewe; ibi byandikwa mu gitabo cy&apos;igenzura.</translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) old</source>
        <translation>
            <numerusform>afite umwaka %n</numerusform>
            <numerusform>afite imyaka %n</numerusform>
        </translation>
    </message>
    <message>
        <source>No incident time recorded: no clinical clock.</source>
        <translation>Nta gihe ihohoterwa ryabereye cyanditswe: nta gihe cy&apos;ubuvuzi kibarwa.</translation>
    </message>
</context>
<context>
    <name>CaseListModel</name>
    <message>
        <source>Case number</source>
        <translation>Nomero ya dosiye</translation>
    </message>
    <message>
        <source>Survivor</source>
        <translation>Uwahohotewe</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Igihe yagereye ku kigo</translation>
    </message>
    <message>
        <source>Most urgent clock</source>
        <translation>Igihe cyihutirwa kurusha ibindi</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Ubwoko</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Imimerere</translation>
    </message>
</context>
<context>
    <name>CaseTasksTab</name>
    <message>
        <source>Task</source>
        <translation>Igikorwa</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Igihe ntarengwa</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Uko bihagaze</translation>
    </message>
    <message>
        <source>Follow-up tasks of this case</source>
        <translation>Ibikorwa byo gukurikirana by&apos;iyi dosiye</translation>
    </message>
    <message>
        <source>Mark &amp;done</source>
        <translation>Emeza ko &amp;byakozwe</translation>
    </message>
    <message>
        <source>No follow-up task for this case.</source>
        <translation>Nta gikorwa cyo gukurikirana kuri iyi dosiye.</translation>
    </message>
    <message>
        <source>Choose an open task in the list first.</source>
        <translation>Banza uhitemo igikorwa kitarakorwa ku rutonde.</translation>
    </message>
</context>
<context>
    <name>CaseWords</name>
    <message>
        <source>Medical</source>
        <translation>Ubuvuzi</translation>
    </message>
    <message>
        <source>Psychosocial</source>
        <translation>Imitekerereze n&apos;imibanire</translation>
    </message>
    <message>
        <source>Legal</source>
        <translation>Amategeko</translation>
    </message>
    <message>
        <source>Shelter</source>
        <translation>Icumbi ritekanye</translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation>Ntibikenewe</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Bitegereje</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Birakorwa</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Byarangiye</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Byanzwe</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ifunguye</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Irimo gukurikiranwa</translation>
    </message>
    <message>
        <source>Referred out</source>
        <translation>Yoherejwe ahandi</translation>
    </message>
    <message>
        <source>Closure requested</source>
        <translation>Hasabwe kuyifunga</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Yafunzwe</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>Yahagaritswe</translation>
    </message>
    <message>
        <source>PEP</source>
        <translation>PEP</translation>
    </message>
    <message>
        <source>EC levonorgestrel</source>
        <translation>Kwirinda gusama: levonorgestrel</translation>
    </message>
    <message>
        <source>EC ulipristal/IUD</source>
        <translation>Kwirinda gusama: ulipristal/agapira</translation>
    </message>
    <message>
        <source>Forensic evidence</source>
        <translation>Ibimenyetso bya gihanga</translation>
    </message>
    <message>
        <source>Forensic, some samples</source>
        <translation>Ibimenyetso bya gihanga, bimwe</translation>
    </message>
    <message>
        <source>Hepatitis B</source>
        <translation>Umwijima wo mu bwoko bwa B</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>umunsi %n</numerusform>
            <numerusform>iminsi %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>isaha %n</numerusform>
            <numerusform>amasaha %n</numerusform>
        </translation>
    </message>
    <message>
        <source>under an hour</source>
        <translation>munsi y&apos;isaha</translation>
    </message>
    <message>
        <source>{clock}: closed {time} ago</source>
        <translation>{clock}: igihe cyarangiye hashize {time}</translation>
    </message>
    <message>
        <source>{clock}: closing, {time} left</source>
        <translation>{clock}: kiri hafi kurangira, hasigaye {time}</translation>
    </message>
    <message>
        <source>{clock}: {time} left</source>
        <translation>{clock}: hasigaye {time}</translation>
    </message>
</context>
<context>
    <name>CaseWorkspace</name>
    <message>
        <source>&lt; &amp;Back to the list</source>
        <translation>&lt; &amp;Subira ku rutonde</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>Ongera u&amp;fungure</translation>
    </message>
    <message>
        <source>&amp;Print...</source>
        <translation>&amp;Capa...</translation>
    </message>
    <message>
        <source>Preview, print or save the case summary, the medico-legal report or a referral slip</source>
        <translation>Reba mbere, capa cyangwa ubike incamake ya dosiye, raporo ya muganga igenewe ubutabera cyangwa urupapuro rwo kohereza uwahohotewe</translation>
    </message>
    <message>
        <source>Intake</source>
        <translation>Kwakira</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Amateka</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Ibikorwa</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Iyoherezwa</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Imigereka</translation>
    </message>
    <message>
        <source>Survivor&apos;s rights</source>
        <translation>Uburenganzira bw&apos;uwahohotewe</translation>
    </message>
    <message>
        <source>Opening the case...</source>
        <translation>Dosiye iri gufungurwa...</translation>
    </message>
    <message>
        <source>Your unsaved changes from before the lock are back. Save them to keep them.</source>
        <translation>Impinduka zawe zitari zabitswe mbere yo gufunga zagarutse. Zibike kugira ngo zigumeho.</translation>
    </message>
</context>
<context>
    <name>CasesPage</name>
    <message>
        <source>Search: case number, phone number or the start of a name</source>
        <translation>Shakisha: nomero ya dosiye, nimero ya telefone cyangwa intangiriro y&apos;izina</translation>
    </message>
    <message>
        <source>Search cases</source>
        <translation>Shakisha dosiye</translation>
    </message>
    <message>
        <source>&amp;New case</source>
        <translation>Dosiye &amp;nshya</translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation>Imi&amp;merere</translation>
    </message>
    <message>
        <source>&amp;Pending track</source>
        <translation>Icyiciro &amp;gitegereje</translation>
    </message>
    <message>
        <source>T&amp;ype</source>
        <translation>U&amp;bwoko</translation>
    </message>
    <message>
        <source>to</source>
        <translation>kugeza</translation>
    </message>
    <message>
        <source>&amp;Arrived from</source>
        <translation>&amp;Yageze guhera</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Dosiye</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Imimerere yose</translation>
    </message>
    <message>
        <source>Any track</source>
        <translation>Icyiciro cyose</translation>
    </message>
    <message>
        <source>Any type</source>
        <translation>Ubwoko bwose</translation>
    </message>
    <message>
        <source>Loading...</source>
        <translation>Birimo gufunguka...</translation>
    </message>
    <message>
        <source>More than %1 cases</source>
        <translation>Dosiye zirenga %1</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>dosiye %n</numerusform>
            <numerusform>dosiye %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CentersDialog</name>
    <message>
        <source>Partner centers</source>
        <translation>Ibigo bikorana</translation>
    </message>
    <message>
        <source>Referrals go only to the centers pinned here, and only bundles from them are accepted. Pin a center&apos;s card only after that center has read its fingerprint aloud to you, on a phone number you already know.</source>
        <translation>Amayoherezwa yoherezwa gusa ku bigo byemejwe hano, kandi ayavuye kuri byo ni yo yonyine yakirwa. Emeza ikarita y&apos;ikigo ari uko icyo kigo kimaze kugusomera igikumwe cyacyo mu ijwi riranguruye, kuri nomero ya telefoni usanzwe uzi.</translation>
    </message>
    <message>
        <source>This center</source>
        <translation>Iki kigo</translation>
    </message>
    <message>
        <source>Our fingerprint, to read to a center that pins our card:</source>
        <translation>Igikumwe cyacu, cyo gusomera ikigo cyemeza ikarita yacu:</translation>
    </message>
    <message>
        <source>&amp;Save our center card...</source>
        <translation>&amp;Bika ikarita y&apos;ikigo cyacu...</translation>
    </message>
    <message>
        <source>Reading or changing the partner centers</source>
        <translation>Gusoma cyangwa guhindura ibigo bikorana</translation>
    </message>
    <message>
        <source>&amp;Add a center card...</source>
        <translation>&amp;Ongeraho ikarita y&apos;ikigo...</translation>
    </message>
    <message>
        <source>&amp;Remove the center...</source>
        <translation>&amp;Kuraho ikigo...</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Funga</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Izina</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Akarere</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Igikumwe</translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation>Cyemejwe</translation>
    </message>
    <message>
        <source>Pinned centers</source>
        <translation>Ibigo byemejwe</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 na %2</translation>
    </message>
    <message>
        <source>Save our center card</source>
        <translation>Bika ikarita y&apos;ikigo cyacu</translation>
    </message>
    <message>
        <source>Center cards (*%1)</source>
        <translation>Amakarita y&apos;ibigo (*%1)</translation>
    </message>
    <message>
        <source>Add a center card</source>
        <translation>Ongeraho ikarita y&apos;ikigo</translation>
    </message>
    <message>
        <source>Center cards (*%1);;All files (*)</source>
        <translation>Amakarita y&apos;ibigo (*%1);;Dosiye zose (*)</translation>
    </message>
    <message>
        <source>Remove a center</source>
        <translation>Gukuraho ikigo</translation>
    </message>
    <message>
        <source>Remove %1 (%2)? Nothing more will be sent to it or accepted from it. To trust it again, its card must be pinned again after a new fingerprint call.</source>
        <translation>Gukuraho %1 (%2)? Nta kindi kizoherezwa cyangwa ngo cyakirwe kivuye kuri cyo. Kugira ngo cyongere kwizerwa, ikarita yacyo igomba kongera kwemezwa nyuma yo kongera guhamagara ngo musome igikumwe.</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Choose your own password</source>
        <translation>Hitamo ijambo ry&apos;ibanga ryawe bwite</translation>
    </message>
    <message>
        <source>You logged in with a temporary password. Choose your own password now: at least 10 characters, not your user name. Nobody else should know it.</source>
        <translation>Winjiye ukoresheje ijambo ry&apos;ibanga ry&apos;agateganyo. Hitamo ubu ijambo ry&apos;ibanga ryawe bwite: nibura inyuguti 10, ritari izina ryawe ry&apos;ukoresha. Ntihagire undi murimenya.</translation>
    </message>
    <message>
        <source>Current (temporary) password</source>
        <translation>Ijambo ry&apos;ibanga usanganywe (ry&apos;agateganyo)</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Ijambo ry&apos;ibanga rishya</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>Ongera wandike ijambo ry&apos;ibanga rishya</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>Ijambo ry&apos;ibanga &amp;usanganywe:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>Ijambo ry&apos;ibanga &amp;rishya:</translation>
    </message>
    <message>
        <source>New password &amp;again:</source>
        <translation>&amp;Ongera wandike irishya:</translation>
    </message>
    <message>
        <source>Saving the new password</source>
        <translation>Ijambo ry&apos;ibanga rishya riri kubikwa</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Hindura ijambo ry&apos;ibanga</translation>
    </message>
    <message>
        <source>Cancel and log out</source>
        <translation>Reka maze usohoke</translation>
    </message>
</context>
<context>
    <name>ChoiceEditor</name>
    <message>
        <source>(choose)</source>
        <translation>(hitamo)</translation>
    </message>
    <message>
        <source>%1 (not offered)</source>
        <translation>%1 (ntikigitangwa)</translation>
    </message>
</context>
<context>
    <name>ClassificationPage</name>
    <message>
        <source>GBVIMS classification</source>
        <translation>Ibyiciro bya GBVIMS</translation>
    </message>
    <message>
        <source>Ask the questions in this order. The first yes decides the type of violence; the questions after it are not needed.</source>
        <translation>Baza ibibazo uko bikurikirana. Yego ya mbere ni yo igena ubwoko bw&apos;ihohoterwa; ibibazo biyikurikira ntibiba bikenewe.</translation>
    </message>
    <message>
        <source>Question %1</source>
        <translation>Ikibazo cya %1</translation>
    </message>
    <message>
        <source>Exchange question</source>
        <translation>Ikibazo cyo guhana ibintu</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Igisubizo</translation>
    </message>
    <message>
        <source>Type: not settled yet. Answer question %1.</source>
        <translation>Ubwoko: ntiburamenyekana. Subiza ikibazo cya %1.</translation>
    </message>
    <message>
        <source>Type: %1</source>
        <translation>Ubwoko: %1</translation>
    </message>
    <message>
        <source>Flags: %1</source>
        <translation>Ibimenyetso byihariye: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nta na kimwe</translation>
    </message>
</context>
<context>
    <name>ClockPanel</name>
    <message>
        <source>What can still be given</source>
        <translation>Ibishobora gutangwa bikiri mu gihe</translation>
    </message>
    <message>
        <source>The clocks (PEP, emergency contraception, forensic evidence, hepatitis B) appear as soon as the incident time is entered.</source>
        <translation>Ibihe (PEP, kwirinda gusama byihutirwa, ibimenyetso bya gihanga, umwijima wo mu bwoko bwa B) bigaragara igihe ihohoterwa ryabereye kimaze kwandikwa.</translation>
    </message>
    <message>
        <source>Counted from the earliest time the incident may have happened.</source>
        <translation>Bibarwa uhereye ku gihe cya mbere ihohoterwa rishobora kuba ryarabereyeho.</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>Case %1. The record is added to the case&apos;s consents and the newest one that counts decides: a refusal recorded now withdraws an earlier consent.</source>
        <translation>Dosiye %1. Ibyanditswe byongerwa ku mpushya z&apos;iyi dosiye, kandi uruhushya ruheruka kandi rubarwa ni rwo rufata icyemezo: kwanga kwanditswe ubu gukuraho uruhushya rwatanzwe mbere.</translation>
    </message>
    <message>
        <source>Choose a service...</source>
        <translation>Hitamo serivisi...</translation>
    </message>
    <message>
        <source>Refused or withdrawn</source>
        <translation>Rwanzwe cyangwa rwakuweho</translation>
    </message>
    <message>
        <source>Choose the answer...</source>
        <translation>Hitamo igisubizo...</translation>
    </message>
    <message>
        <source>The survivor&apos;s age is not known here, so the rules for a child under 16 apply: a parent or guardian consents, or the child with a vital-interest override.</source>
        <translation>Imyaka y&apos;uwahohotewe ntizwi hano, bityo hakurikizwa amategeko areba umwana uri munsi y&apos;imyaka 16: umubyeyi cyangwa umurera ni we utanga uruhushya, cyangwa umwana ubwe hamwe n&apos;impamvu yanditswe yo gukora nta ruhushya rw&apos;umurera.</translation>
    </message>
    <message>
        <source>Age today: %1. Under 16, a parent or guardian gives or refuses consent; the child&apos;s own consent counts only with a vital-interest override.</source>
        <translation>Imyaka ye uyu munsi: %1. Munsi y&apos;imyaka 16, umubyeyi cyangwa umurera ni we utanga cyangwa wanga uruhushya; uruhushya umwana ubwe atanze rubarwa gusa iyo handitswe impamvu yo gukora nta ruhushya rw&apos;umurera.</translation>
    </message>
    <message>
        <source>Age today: %1. From 16, the survivor alone gives or refuses consent.</source>
        <translation>Imyaka ye uyu munsi: %1. Guhera ku myaka 16, uwahohotewe ni we wenyine utanga cyangwa wanga uruhushya.</translation>
    </message>
    <message>
        <source>Choose the service the consent is for.</source>
        <translation>Hitamo serivisi uruhushya rureba.</translation>
    </message>
    <message>
        <source>Choose whether the consent was given or refused.</source>
        <translation>Hitamo niba uruhushya rwatanzwe cyangwa rwanzwe.</translation>
    </message>
    <message>
        <source>Record consent</source>
        <translation>Kwandika uruhushya</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>&amp;Serivisi:</translation>
    </message>
    <message>
        <source>Service the consent is for</source>
        <translation>Serivisi uruhushya rureba</translation>
    </message>
    <message>
        <source>&amp;Answer:</source>
        <translation>&amp;Igisubizo:</translation>
    </message>
    <message>
        <source>Consent given or refused</source>
        <translation>Uruhushya rwatanzwe cyangwa rwanzwe</translation>
    </message>
    <message>
        <source>Given &amp;by:</source>
        <translation>Rwa&amp;tanzwe na:</translation>
    </message>
    <message>
        <source>Who gave or refused the consent</source>
        <translation>Uwatanze cyangwa wanze uruhushya</translation>
    </message>
    <message>
        <source>&amp;Destination:</source>
        <translation>&amp;Aho yoherejwe:</translation>
    </message>
    <message>
        <source>Referral destination: a pinned center or the named service</source>
        <translation>Aho yoherejwe: ikigo cyemejwe cyangwa serivisi ivuzwe izina</translation>
    </message>
    <message>
        <source>&amp;Override reason:</source>
        <translation>Impamvu yo &amp;gukora nta ruhushya rw&apos;umurera:</translation>
    </message>
    <message>
        <source>Vital-interest override reason</source>
        <translation>Impamvu yo gukora nta ruhushya rw&apos;umurera</translation>
    </message>
    <message>
        <source>Recording the consent</source>
        <translation>Uruhushya rurimo kwandikwa</translation>
    </message>
</context>
<context>
    <name>ConsentPage</name>
    <message>
        <source>Ask the survivor about each service. Nothing is done or shared for a service without the consent that covers it. A refusal is recorded and respected.</source>
        <translation>Baza uwahohotewe kuri buri serivisi. Nta kintu gikorwa cyangwa gisangizwa kuri serivisi idafite uruhushya ruyireba. Kwanga kwandikwa kandi kukubahirizwa.</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Serivisi</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Igisubizo</translation>
    </message>
    <message>
        <source>Given by</source>
        <translation>Rwatanzwe na</translation>
    </message>
    <message>
        <source>Vital-interest override: reason</source>
        <translation>Impamvu yo gukora nta ruhushya rw&apos;umurera</translation>
    </message>
    <message>
        <source>What this allows</source>
        <translation>Icyo byemerera</translation>
    </message>
    <message>
        <source>Not asked yet</source>
        <translation>Ntibirabazwa</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Rwatanzwe</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Rwanzwe</translation>
    </message>
    <message>
        <source>%1: answer</source>
        <translation>%1: igisubizo</translation>
    </message>
    <message>
        <source>%1: given by</source>
        <translation>%1: rwatanzwe na</translation>
    </message>
    <message>
        <source>%1: vital-interest override reason</source>
        <translation>%1: impamvu yo gukora nta ruhushya rw&apos;umurera</translation>
    </message>
    <message>
        <source>Why care cannot wait for a guardian</source>
        <translation>Impamvu ubuvuzi budashobora gutegereza umurera</translation>
    </message>
    <message>
        <source>Only with the child&apos;s own consent: why care cannot wait for a guardian</source>
        <translation>Ari uko umwana ubwe yabyemeye gusa: impamvu ubuvuzi budashobora gutegereza umurera</translation>
    </message>
    <message>
        <source>Referral destination</source>
        <translation>Aho yoherejwe</translation>
    </message>
    <message>
        <source>Referral destination: the named service information may go to</source>
        <translation>Aho yoherejwe: serivisi ivuzwe izina amakuru ashobora koherezwamo</translation>
    </message>
    <message>
        <source>%1: what this allows</source>
        <translation>%1: icyo byemerera</translation>
    </message>
    <message>
        <source>The age is not known yet.</source>
        <translation>Imyaka ntiramenyekana.</translation>
    </message>
    <message numerus="yes">
        <source>Age on arrival: %n year(s).</source>
        <translation>
            <numerusform>Imyaka ageze ku kigo: umwaka %n.</numerusform>
            <numerusform>Imyaka ageze ku kigo: imyaka %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Ikosa: %1</translation>
    </message>
    <message>
        <source>Allowed. %1</source>
        <translation>Biremewe. %1</translation>
    </message>
    <message>
        <source>Not asked yet. %1</source>
        <translation>Ntibirabazwa. %1</translation>
    </message>
    <message>
        <source>Not allowed. %1</source>
        <translation>Ntibyemewe. %1</translation>
    </message>
</context>
<context>
    <name>CorrectionOutcomeDialog</name>
    <message>
        <source>Outcome of correction request no. %1</source>
        <translation>Icyemezo ku busabe bwo gukosora nº %1</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Icyemezo:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>Icyi&amp;tonderwa:</translation>
    </message>
    <message>
        <source>Make the correction itself in the case&apos;s forms. A refusal needs its reason. The outcome cannot be changed later.</source>
        <translation>Ikosora ubwaryo rikorerwa mu nyandiko za dosiye. Kwanga bigomba kugira impamvu. Icyemezo ntigishobora guhindurwa nyuma.</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Andika</translation>
    </message>
</context>
<context>
    <name>CorrectionRequestDialog</name>
    <message>
        <source>Record a correction request (case %1)</source>
        <translation>Andika ubusabe bwo gukosora (dosiye %1)</translation>
    </message>
    <message>
        <source>&amp;Received:</source>
        <translation>&amp;Igihe bwakiriwe:</translation>
    </message>
    <message>
        <source>&amp;What is on record:</source>
        <translation>&amp;Ibyanditswe:</translation>
    </message>
    <message>
        <source>&amp;Correction asked for:</source>
        <translation>Ikosora &amp;risabwa:</translation>
    </message>
    <message>
        <source>As the person said it</source>
        <translation>Uko umuntu yabivuze</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Andika</translation>
    </message>
</context>
<context>
    <name>DataProtectionPage</name>
    <message>
        <source>Breaches</source>
        <translation>Amakosa y&apos;umutekano w&apos;amakuru</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Igihe cyo kubika</translation>
    </message>
</context>
<context>
    <name>DateEditor</name>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
</context>
<context>
    <name>DateTimeEditor</name>
    <message>
        <source>YYYY-MM-DD HH:MM</source>
        <translation>YYYY-MM-DD HH:MM</translation>
    </message>
    <message>
        <source>center time (UTC%1)</source>
        <translation>isaha y&apos;ikigo (UTC%1)</translation>
    </message>
</context>
<context>
    <name>DueTodayPage</name>
    <message>
        <source>Follow-up due today or overdue</source>
        <translation>Ibikorwa byo gukurikirana by&apos;uyu munsi cyangwa byarengeje igihe</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Nomero ya dosiye</translation>
    </message>
    <message>
        <source>Survivor</source>
        <translation>Uwahohotewe</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Igikorwa</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Igihe ntarengwa</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Uko bihagaze</translation>
    </message>
    <message>
        <source>Tasks due</source>
        <translation>Ibikorwa bigomba gukorwa</translation>
    </message>
    <message>
        <source>Mark &amp;done</source>
        <translation>Emeza ko &amp;byakozwe</translation>
    </message>
    <message>
        <source>&amp;Open case</source>
        <translation>&amp;Fungura dosiye</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Vugurura</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) to do</source>
        <translation>
            <numerusform>Igikorwa %n kigomba gukorwa</numerusform>
            <numerusform>Ibikorwa %n bigomba gukorwa</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is due. Well done.</source>
        <translation>Nta gikorwa gitegereje. Mwakoze neza.</translation>
    </message>
    <message>
        <source>Choose a task in the list first.</source>
        <translation>Banza uhitemo igikorwa ku rutonde.</translation>
    </message>
</context>
<context>
    <name>FallbackEditor</name>
    <message numerus="yes">
        <source>Injury marks recorded: %n.</source>
        <translation>
            <numerusform>Ibimenyetso by&apos;ibikomere byanditswe: %n.</numerusform>
            <numerusform>Ibimenyetso by&apos;ibikomere byanditswe: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Files attached: %n.</source>
        <translation>
            <numerusform>Dosiye zometseho: %n.</numerusform>
            <numerusform>Dosiye zometseho: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>This field is edited elsewhere.</source>
        <translation>Iki gice gihindurirwa ahandi.</translation>
    </message>
</context>
<context>
    <name>FormEditor</name>
    <message>
        <source>Fields marked * are required.</source>
        <translation>Ibice biriho * bigomba kuzuzwa.</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>Kigomba kuzuzwa.</translation>
    </message>
    <message>
        <source>Filled in by the application.</source>
        <translation>Cyuzuzwa na porogaramu.</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Ikosa: %1</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <source>Changes</source>
        <translation>Impinduka</translation>
    </message>
    <message>
        <source>Status changes</source>
        <translation>Impinduka z&apos;imimerere</translation>
    </message>
    <message>
        <source>Who viewed this case</source>
        <translation>Abarebye iyi dosiye</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Igihe</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Uwabikoze</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Fomu</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Ivugururwa</translation>
    </message>
    <message>
        <source>Fields changed</source>
        <translation>Ibice byahinduwe</translation>
    </message>
    <message>
        <source>Of</source>
        <translation>Icyo bireba</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Imimerere</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Icyarebwe</translation>
    </message>
</context>
<context>
    <name>IncidentPage</name>
    <message>
        <source>Same incident as another survivor</source>
        <translation>Ihohoterwa rimwe n&apos;iry&apos;undi wahohotewe</translation>
    </message>
    <message>
        <source>Optional: when another survivor of the same incident already has a case, type that case number to link the two.</source>
        <translation>Si ngombwa: niba undi wahohotewe muri iryo hohoterwa rimwe asanzwe afite dosiye, andika nomero y&apos;iyo dosiye kugira ngo zombi zihuzwe.</translation>
    </message>
    <message>
        <source>&amp;Case number of the other survivor</source>
        <translation>&amp;Nomero ya dosiye y&apos;undi wahohotewe</translation>
    </message>
    <message>
        <source>Case number of the other survivor</source>
        <translation>Nomero ya dosiye y&apos;undi wahohotewe</translation>
    </message>
    <message>
        <source>for example KGL-01-2026-00042-Y</source>
        <translation>urugero: KGL-01-2026-00042-Y</translation>
    </message>
</context>
<context>
    <name>IntakeSummary</name>
    <message>
        <source>Yes</source>
        <translation>Yego</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Oya</translation>
    </message>
    <message>
        <source>Same person as case %1</source>
        <translation>Ni umuntu umwe n&apos;uwo muri dosiye %1</translation>
    </message>
    <message>
        <source>A new person (no earlier record linked)</source>
        <translation>Umuntu mushya (nta nyandiko yabanje ihujwe na we)</translation>
    </message>
    <message>
        <source>Same incident as case %1</source>
        <translation>Ihohoterwa rimwe n&apos;iryo muri dosiye %1</translation>
    </message>
    <message>
        <source>No incident time yet: no clock.</source>
        <translation>Igihe ihohoterwa ryabereye ntikiranditswe: nta gihe kibarwa.</translation>
    </message>
    <message>
        <source>%1: not asked yet</source>
        <translation>%1: ntibirabazwa</translation>
    </message>
    <message>
        <source>given by %1</source>
        <translation>rwatanzwe na %1</translation>
    </message>
    <message>
        <source>refused by %1</source>
        <translation>rwanzwe na %1</translation>
    </message>
    <message>
        <source>allowed</source>
        <translation>biremewe</translation>
    </message>
    <message>
        <source>not allowed</source>
        <translation>ntibyemewe</translation>
    </message>
    <message>
        <source>Flags: %1</source>
        <translation>Ibimenyetso byihariye: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nta na kimwe</translation>
    </message>
    <message>
        <source>Trafficking screening: %1</source>
        <translation>Isuzuma ry&apos;icuruzwa ry&apos;abantu: %1</translation>
    </message>
    <message>
        <source>Trafficking screening: not done</source>
        <translation>Isuzuma ry&apos;icuruzwa ry&apos;abantu: ntiryakozwe</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Umwirondoro</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Ihohoterwa</translation>
    </message>
    <message>
        <source>What can still be given</source>
        <translation>Ibishobora gutangwa bikiri mu gihe</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Uruhushya</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Ishyirwa mu cyiciro</translation>
    </message>
    <message>
        <source>Tracks</source>
        <translation>Ibyiciro by&apos;ubufasha</translation>
    </message>
</context>
<context>
    <name>IntakeTab</name>
    <message>
        <source>Record a &amp;consent...</source>
        <translation>&amp;Andika uruhushya...</translation>
    </message>
</context>
<context>
    <name>IntakeWizard</name>
    <message>
        <source>New case: intake</source>
        <translation>Dosiye nshya: kwakira</translation>
    </message>
    <message>
        <source>Intake steps</source>
        <translation>Intambwe zo kwakira</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Subira inyuma</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Subira inyuma</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Komeza &gt;</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Komeza</translation>
    </message>
    <message>
        <source>&amp;Create case</source>
        <translation>Kora &amp;dosiye</translation>
    </message>
    <message>
        <source>Create case</source>
        <translation>Kora dosiye</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Reka</translation>
    </message>
    <message>
        <source>Cancel the intake</source>
        <translation>Reka kwakira</translation>
    </message>
    <message>
        <source>Problem on this step</source>
        <translation>Ikibazo kuri iyi ntambwe</translation>
    </message>
    <message>
        <source>Search first</source>
        <translation>Banza ushakishe</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Umwirondoro</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Ihohoterwa</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Uruhushya</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Ishyirwa mu cyiciro</translation>
    </message>
    <message>
        <source>Tracks needed</source>
        <translation>Ibyiciro by&apos;ubufasha bikenewe</translation>
    </message>
    <message>
        <source>Review and create</source>
        <translation>Genzura maze ukore</translation>
    </message>
    <message>
        <source>Correct the fields marked in red to go on.</source>
        <translation>Kosora ibice byagaragajwe mu ibara ry&apos;umutuku kugira ngo ukomeze.</translation>
    </message>
    <message>
        <source>Creating the case...</source>
        <translation>Dosiye iri gukorwa...</translation>
    </message>
    <message>
        <source>The case was not created: correct the fields marked in red, then go on.</source>
        <translation>Dosiye ntiyakozwe: kosora ibice byagaragajwe mu ibara ry&apos;umutuku, hanyuma ukomeze.</translation>
    </message>
    <message>
        <source>Discard this intake?</source>
        <translation>Ureke ibyo wanditse wakira uyu muntu?</translation>
    </message>
    <message>
        <source>What was typed for this survivor will be lost. No case is created.</source>
        <translation>Ibyanditswe kuri uwahohotewe biratakara. Nta dosiye ikorwa.</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Bireke</translation>
    </message>
    <message>
        <source>&amp;Keep typing</source>
        <translation>&amp;Komeza kwandika</translation>
    </message>
</context>
<context>
    <name>LanguageChooser</name>
    <message>
        <source>Language</source>
        <translation>Ururimi</translation>
    </message>
</context>
<context>
    <name>LoginWindow</name>
    <message>
        <source>Isange Desktop - Log in</source>
        <translation>Isange Desktop - Kwinjira</translation>
    </message>
    <message>
        <source>Demo accounts</source>
        <translation>Konti z&apos;igerageza</translation>
    </message>
    <message>
        <source>Isange Desktop</source>
        <translation>Isange Desktop</translation>
    </message>
    <message>
        <source>Isange One Stop Center: confidential case records</source>
        <translation>Isange One Stop Center: dosiye z&apos;ibanga</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Izina ry&apos;ukoresha</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Ijambo ry&apos;ibanga</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Izina ry&apos;&amp;ukoresha:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Ijambo ry&apos;i&amp;banga:</translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation>&amp;Injira</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Injira</translation>
    </message>
    <message>
        <source>Login error</source>
        <translation>Ikosa ryo kwinjira</translation>
    </message>
    <message>
        <source>This is a demo vault in a temporary folder: it is deleted when you close the app. Never type real case information here. Click an account to fill in the form.</source>
        <translation>Ubu ni ububiko bw&apos;igerageza buri mu bubiko bw&apos;agateganyo: busibwa iyo ufunze porogaramu. Ntuzigere wandikamo amakuru ya dosiye nyakuri. Kanda kuri konti kugira ngo yuzuze fomu.</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Uruhare</translation>
    </message>
    <message>
        <source>Unlocking the vault...</source>
        <translation>Ububiko buri gufungurwa...</translation>
    </message>
    <message>
        <source>Choose your own password to continue.</source>
        <translation>Hitamo ijambo ry&apos;ibanga ryawe bwite kugira ngo ukomeze.</translation>
    </message>
    <message>
        <source>Logged out: the temporary password was not changed.</source>
        <translation>Wasohotse: ijambo ry&apos;ibanga ry&apos;agateganyo ntiryahinduwe.</translation>
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
        <translation>&amp;Funga</translation>
    </message>
    <message>
        <source>Lock (Ctrl+L)</source>
        <translation>Funga (Ctrl+L)</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Funga</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Ibice bya porogaramu</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Dosiye</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Ibyo gukora uyu munsi</translation>
    </message>
    <message>
        <source>Shelter</source>
        <translation>Icumbi ritekanye</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Iyoherezwa</translation>
    </message>
    <message>
        <source>Data protection</source>
        <translation>Kurinda amakuru bwite</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Ubuyobozi</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Raporo</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Impinduka zitabitswe</translation>
    </message>
    <message>
        <source>This case has changes that are not saved. Leave them?</source>
        <translation>Iyi dosiye ifite impinduka zitabitswe. Uzireke?</translation>
    </message>
</context>
<context>
    <name>MultiChoiceEditor</name>
    <message>
        <source>%1 (not offered)</source>
        <translation>%1 (ntikigitangwa)</translation>
    </message>
</context>
<context>
    <name>NoVaultWindow</name>
    <message>
        <source>Isange Desktop - No vault yet</source>
        <translation>Isange Desktop - Nta bubiko buraba</translation>
    </message>
    <message>
        <source>No vault on this computer yet</source>
        <translation>Nta bubiko buraba kuri iyi mudasobwa</translation>
    </message>
    <message>
        <source>Isange Desktop found no vault in the data folder:
{folder}

IT staff: create the vault and the first administrator with the command below, in a terminal on this computer, then start Isange Desktop again. It prints a recovery key once: print it and lock it away. (A setup wizard arrives in a later release.)</source>
        <translation>Isange Desktop ntiyabonye ububiko mu bubiko bw&apos;amakuru:
{folder}

Abashinzwe ikoranabuhanga: mukore ububiko n&apos;umuyobozi wa mbere mukoresheje itegeko riri hepfo, muri terminal y&apos;iyi mudasobwa, hanyuma mwongere mutangize Isange Desktop. Rigaragaza urufunguzo rwo kugarura rimwe gusa: murucape maze murubike ahantu hafunze. (Uburyo bworoshye bwo gutangiza buzaza mu yindi verisiyo.)</translation>
    </message>
    <message>
        <source>Command that creates the vault</source>
        <translation>Itegeko rikora ububiko</translation>
    </message>
    <message>
        <source>&amp;Copy command</source>
        <translation>&amp;Koporora itegeko</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>F&amp;unga</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>Fit width</source>
        <translation>Ubugari bwose</translation>
    </message>
    <message>
        <source>Whole page</source>
        <translation>Urupapuro rwose</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Zoom in (%1)</source>
        <translation>Ongera ingano (%1)</translation>
    </message>
    <message>
        <source>Zoom out (%1)</source>
        <translation>Gabanya ingano (%1)</translation>
    </message>
    <message>
        <source>Preview of the document</source>
        <translation>Kureba inyandiko mbere yo kuyicapa</translation>
    </message>
    <message>
        <source>of %1</source>
        <translation>kuri %1</translation>
    </message>
</context>
<context>
    <name>PinCenterDialog</name>
    <message>
        <source>Add a center card</source>
        <translation>Ongeraho ikarita y&apos;ikigo</translation>
    </message>
    <message>
        <source>The card</source>
        <translation>Ikarita</translation>
    </message>
    <message>
        <source>Center:</source>
        <translation>Ikigo:</translation>
    </message>
    <message>
        <source>District:</source>
        <translation>Akarere:</translation>
    </message>
    <message>
        <source>Fingerprint on the card:</source>
        <translation>Igikumwe kiri ku ikarita:</translation>
    </message>
    <message>
        <source>1. Call this center on a phone number you already know, not one that came with the card.
2. Ask them to read their fingerprint aloud (Referrals, Partner centers in their Isange Desktop).
3. Type what they read below. Every group must match the card: if one does not, do not pin it.</source>
        <translation>1. Hamagara iki kigo kuri nomero ya telefoni usanzwe uzi, atari iyazanye n&apos;ikarita.
2. Basabe gusoma igikumwe cyabo mu ijwi riranguruye (Iyoherezwa, Ibigo bikorana muri Isange Desktop yabo).
3. Andika hano hasi ibyo basoma. Buri tsinda rigomba guhura n&apos;ikarita: niba rimwe ridahuye, ntuyemeze.</translation>
    </message>
    <message>
        <source>&amp;Fingerprint they read:</source>
        <translation>I&amp;gikumwe basomye:</translation>
    </message>
    <message>
        <source>Fingerprint the center read aloud</source>
        <translation>Igikumwe ikigo cyasomye mu ijwi riranguruye</translation>
    </message>
    <message>
        <source>Pinning the center</source>
        <translation>Kwemeza ikigo</translation>
    </message>
    <message>
        <source>&amp;Pin this center</source>
        <translation>&amp;Emeza iki kigo</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Reka</translation>
    </message>
    <message>
        <source>8 groups of 4 letters and digits; spaces and dashes do not matter.</source>
        <translation>Amatsinda 8 y&apos;inyuguti n&apos;imibare 4; imyanya n&apos;uturongo nta cyo bitwaye.</translation>
    </message>
    <message>
        <source>It matches the card.</source>
        <translation>Gihuye n&apos;ikarita.</translation>
    </message>
    <message>
        <source>It does not match the card. Check each group with the center again; if they differ, do not pin this card.</source>
        <translation>Ntigihuye n&apos;ikarita. Ongera ugenzure buri tsinda hamwe n&apos;ikigo; niba atandukanye, ntiwemeze iyi karita.</translation>
    </message>
</context>
<context>
    <name>PrintDialog</name>
    <message>
        <source>Print a document of case %1</source>
        <translation>Capa inyandiko ya dosiye %1</translation>
    </message>
    <message>
        <source>Choose the center the referral slip is for.</source>
        <translation>Hitamo ikigo urupapuro rwo kohereza uwahohotewe rugenewe.</translation>
    </message>
    <message>
        <source>Preparing the preview...</source>
        <translation>Ibyo kureba biri gutegurwa...</translation>
    </message>
    <message>
        <source>The document could not be shown.</source>
        <translation>Inyandiko ntiyashoboye kugaragazwa.</translation>
    </message>
    <message>
        <source>Sending the document to the printer...</source>
        <translation>Inyandiko iri koherezwa ku mashini icapa...</translation>
    </message>
    <message>
        <source>Pages sent to the printer: %1.</source>
        <translation>Impapuro zoherejwe ku mashini icapa: %1.</translation>
    </message>
    <message>
        <source>The two passwords are not the same. Type them again.</source>
        <translation>Amagambo y&apos;ibanga yombi ntabwo ari kimwe. Ongera uyandike.</translation>
    </message>
    <message>
        <source>Save the document as PDF</source>
        <translation>Bika inyandiko nka PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Inyandiko za PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saving the PDF file...</source>
        <translation>Dosiye ya PDF iri kubikwa...</translation>
    </message>
    <message>
        <source>%1 written. It opens only with its password.</source>
        <translation>%1 yanditswe. Ifunguka gusa hakoreshejwe ijambo ryayo ry&apos;ibanga.</translation>
    </message>
    <message>
        <source>The printer could not print the document. Check the printer, then try again.</source>
        <translation>Imashini icapa ntiyashoboye gucapa inyandiko. Genzura imashini icapa, hanyuma wongere ugerageze.</translation>
    </message>
    <message>
        <source>Print a case document</source>
        <translation>Capa inyandiko ya dosiye</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Inyandiko</translation>
    </message>
    <message>
        <source>&amp;Document:</source>
        <translation>&amp;Inyandiko:</translation>
    </message>
    <message>
        <source>Document to print</source>
        <translation>Inyandiko yo gucapa</translation>
    </message>
    <message>
        <source>&amp;Center:</source>
        <translation>I&amp;kigo:</translation>
    </message>
    <message>
        <source>Center the referral slip is for</source>
        <translation>Ikigo urupapuro rwo kohereza uwahohotewe rugenewe</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Ururimi:</translation>
    </message>
    <message>
        <source>Language of the document</source>
        <translation>Ururimi rw&apos;inyandiko</translation>
    </message>
    <message>
        <source>The document is printed in this language, whatever the language of the screen.</source>
        <translation>Inyandiko icapwa muri uru rurimi, hatitawe ku rurimi rukoreshwa kuri mudasobwa.</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>&amp;Reba mbere</translation>
    </message>
    <message>
        <source>&amp;Print...</source>
        <translation>&amp;Capa...</translation>
    </message>
    <message>
        <source>Save as a PDF file</source>
        <translation>Bika nka dosiye ya PDF</translation>
    </message>
    <message>
        <source>Only when a file is really needed: once saved, the document is outside the vault. A password is optional: 1 to 32 characters, unaccented letters, digits, spaces and punctuation.</source>
        <translation>Gusa igihe dosiye ikenewe koko: imaze kubikwa, inyandiko iba itakiri mu bubiko. Ijambo ry&apos;ibanga si ngombwa: inyuguti 1 kugeza kuri 32, inyuguti zidafite utumenyetso, imibare, imyanya n&apos;utumenyetso tw&apos;imyandikire.</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Ijambo ry&apos;i&amp;banga:</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Si ngombwa</translation>
    </message>
    <message>
        <source>Password for the PDF file</source>
        <translation>Ijambo ry&apos;ibanga rya dosiye ya PDF</translation>
    </message>
    <message>
        <source>Password &amp;again:</source>
        <translation>&amp;Ongera wandike ijambo ry&apos;ibanga:</translation>
    </message>
    <message>
        <source>Password for the PDF file again</source>
        <translation>Ongera wandike ijambo ry&apos;ibanga rya dosiye ya PDF</translation>
    </message>
    <message>
        <source>&amp;Save as PDF...</source>
        <translation>Bika nka PD&amp;F...</translation>
    </message>
    <message>
        <source>Preparing the document</source>
        <translation>Inyandiko iri gutegurwa</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Funga</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Urupapuro rubanziriza</translation>
    </message>
    <message>
        <source>Pa&amp;ge:</source>
        <translation>Uru&amp;papuro:</translation>
    </message>
    <message>
        <source>Page shown</source>
        <translation>Urupapuro rugaragara</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Urupapuro rukurikira</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Gabanya ingano</translation>
    </message>
    <message>
        <source>&amp;Zoom:</source>
        <translation>In&amp;gano:</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Ingano</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Ongera ingano</translation>
    </message>
    <message>
        <source>Choose the document and its language, then Preview. The preview is made in memory: nothing is written to the disk.</source>
        <translation>Hitamo inyandiko n&apos;ururimi rwayo, hanyuma ukande Reba mbere. Ibyo ureba bitegurwa mu bwibuko bwa mudasobwa gusa: nta na kimwe cyandikwa kuri disiki.</translation>
    </message>
</context>
<context>
    <name>ReferralImportDialog</name>
    <message>
        <source>Close</source>
        <translation>Funga</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Reka</translation>
    </message>
    <message>
        <source>Signed with the keys pinned for %1, whose fingerprint is:</source>
        <translation>Ryashyizweho umukono n&apos;imfunguzo zemejwe za %1, igikumwe cyazo ni:</translation>
    </message>
    <message>
        <source>%1 (can be imported until %2)</source>
        <translation>%1 (rishobora kwinjizwa kugeza %2)</translation>
    </message>
    <message>
        <source>Form revisions: %1, consent records: %2, open follow-ups: %3.</source>
        <translation>Impinduka z&apos;amafishi: %1, impushya: %2, ibikorwa byo gukurikirana bitarakorwa: %3.</translation>
    </message>
    <message>
        <source>Saving the receipt...</source>
        <translation>Birimo kubika icyemezo cy&apos;iyakira...</translation>
    </message>
    <message>
        <source>Importing...</source>
        <translation>Birimo kwinjizwa...</translation>
    </message>
    <message>
        <source>Checking the bundle...</source>
        <translation>Birimo kugenzura iyoherezwa...</translation>
    </message>
    <message>
        <source>Every check passed. Import it as a new case at this center?</source>
        <translation>Igenzura ryose ryagenze neza. Ryinjize nka dosiye nshya muri iki kigo?</translation>
    </message>
    <message>
        <source>Save the receipt and send it back to %1: until it arrives there, the referral shows as awaiting receipt.</source>
        <translation>Bika icyemezo cy&apos;iyakira ucyohereze %1: kugeza kigezeyo, iyoherezwa rigaragara ko ritegereje icyemezo cy&apos;iyakira.</translation>
    </message>
    <message>
        <source>This file is a receipt, not a referral. Record it with &quot;Import a receipt...&quot; on the Referrals page.</source>
        <translation>Iyi dosiye ni icyemezo cy&apos;iyakira, si iyoherezwa. Cyandike ukoresheje &quot;Injiza icyemezo cy&apos;iyakira...&quot; ku rupapuro rw&apos;Iyoherezwa.</translation>
    </message>
    <message>
        <source>Save the receipt for %1</source>
        <translation>Bika icyemezo cy&apos;iyakira cya %1</translation>
    </message>
    <message>
        <source>Receipts (*%1)</source>
        <translation>Ibyemezo by&apos;iyakira (*%1)</translation>
    </message>
    <message>
        <source>Receipt not saved</source>
        <translation>Icyemezo cy&apos;iyakira nticyabitswe</translation>
    </message>
    <message>
        <source>The receipt is not saved. Without it, %1 will see this referral as awaiting receipt. Close anyway?</source>
        <translation>Icyemezo cy&apos;iyakira nticyabitswe. Kitabonetse, %1 izabona iri yoherezwa ritegereje icyemezo cy&apos;iyakira. Ufunge uko byagenda kose?</translation>
    </message>
    <message>
        <source>Import a referral</source>
        <translation>Injiza iyoherezwa</translation>
    </message>
    <message>
        <source>Checking or importing the bundle</source>
        <translation>Kugenzura cyangwa kwinjiza iyoherezwa</translation>
    </message>
    <message>
        <source>What this bundle holds</source>
        <translation>Ibikubiye muri iri yoherezwa</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Rivuye:</translation>
    </message>
    <message>
        <source>Sender checked:</source>
        <translation>Uwaryohereje yagenzuwe:</translation>
    </message>
    <message>
        <source>Their case number:</source>
        <translation>Nomero ya dosiye yabo:</translation>
    </message>
    <message>
        <source>Sent:</source>
        <translation>Ryoherejwe:</translation>
    </message>
    <message>
        <source>Consent:</source>
        <translation>Uruhushya:</translation>
    </message>
    <message>
        <source>Case parts:</source>
        <translation>Ibice bya dosiye:</translation>
    </message>
    <message>
        <source>History:</source>
        <translation>Amateka:</translation>
    </message>
    <message>
        <source>&amp;Save the receipt...</source>
        <translation>&amp;Bika icyemezo cy&apos;iyakira...</translation>
    </message>
    <message>
        <source>&amp;Open the case</source>
        <translation>&amp;Fungura dosiye</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Injiza</translation>
    </message>
</context>
<context>
    <name>ReferralTab</name>
    <message>
        <source>Refer this case to another center</source>
        <translation>Ohereza iyi dosiye ku kindi kigo</translation>
    </message>
    <message>
        <source>&amp;Center:</source>
        <translation>I&amp;kigo:</translation>
    </message>
    <message>
        <source>Center to refer the case to</source>
        <translation>Ikigo dosiye yoherezwamo</translation>
    </message>
    <message>
        <source>Note for the receiving center</source>
        <translation>Icyitonderwa ku kigo kizakira</translation>
    </message>
    <message>
        <source>Why the survivor is referred and what is still to be done (optional)</source>
        <translation>Impamvu uwahohotewe yoherejwe n&apos;ibisigaye gukorwa (si ngombwa)</translation>
    </message>
    <message>
        <source>Save the file &amp;in:</source>
        <translation>Bika dosiye &amp;muri:</translation>
    </message>
    <message>
        <source>Folder for the referral file</source>
        <translation>Ububiko bwa dosiye y&apos;iyoherezwa</translation>
    </message>
    <message>
        <source>A USB stick or a folder</source>
        <translation>USB cyangwa ububiko</translation>
    </message>
    <message>
        <source>C&amp;hoose a folder...</source>
        <translation>&amp;Hitamo ububiko...</translation>
    </message>
    <message>
        <source>&amp;Export the referral</source>
        <translation>Soho&amp;ra iyoherezwa</translation>
    </message>
    <message>
        <source>&amp;Record the survivor&apos;s consent...</source>
        <translation>&amp;Andika uruhushya rw&apos;uwahohotewe...</translation>
    </message>
    <message>
        <source>Referrals of this case</source>
        <translation>Amayoherezwa y&apos;iyi dosiye</translation>
    </message>
    <message>
        <source>Center</source>
        <translation>Ikigo</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Yoherejwe</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Uko bihagaze</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Icyemezo cy&apos;iyakira</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Dosiye</translation>
    </message>
    <message>
        <source>What will go</source>
        <translation>Ibizoherezwa</translation>
    </message>
    <message>
        <source>Choose a center...</source>
        <translation>Hitamo ikigo...</translation>
    </message>
    <message>
        <source>No center is pinned</source>
        <translation>Nta kigo cyemejwe</translation>
    </message>
    <message>
        <source>N&amp;ote for the center:</source>
        <translation>I&amp;cyitonderwa ku kigo:</translation>
    </message>
    <message>
        <source>This case: %1</source>
        <translation>Iyi dosiye: %1</translation>
    </message>
    <message>
        <source>This case has not been referred.</source>
        <translation>Iyi dosiye ntiroherejwe ahandi.</translation>
    </message>
    <message>
        <source>Imported %1.</source>
        <translation>Yinjijwe ku wa %1.</translation>
    </message>
    <message>
        <source>Their note: %1</source>
        <translation>Icyitonderwa cyabo: %1</translation>
    </message>
    <message>
        <source>Checking what can go...</source>
        <translation>Birimo kugenzura ibishobora koherezwa...</translation>
    </message>
    <message>
        <source>Choose a center to see what the referral will carry.</source>
        <translation>Hitamo ikigo urebe ibyo iyoherezwa rizaba rikubiyemo.</translation>
    </message>
    <message>
        <source>Nothing can go to %1:</source>
        <translation>Nta cyashobora koherezwa kuri %1:</translation>
    </message>
    <message>
        <source>What will go to %1:</source>
        <translation>Ibizoherezwa kuri %1:</translation>
    </message>
    <message>
        <source>With the whole history: form revisions: %1, status changes: %2, consent records: %3, open follow-ups: %4.</source>
        <translation>Hamwe n&apos;amateka yose: impinduka z&apos;amafishi: %1, impinduka z&apos;imiterere: %2, impushya: %3, ibikorwa byo gukurikirana bitarakorwa: %4.</translation>
    </message>
    <message>
        <source>Consent: %1</source>
        <translation>Uruhushya: %1</translation>
    </message>
    <message>
        <source>Writing and checking the referral file...</source>
        <translation>Birimo kwandika no kugenzura dosiye y&apos;iyoherezwa...</translation>
    </message>
</context>
<context>
    <name>ReferralWords</name>
    <message>
        <source>GBVIMS classification</source>
        <translation>Ibyiciro bya GBVIMS</translation>
    </message>
    <message>
        <source>Trafficking screening</source>
        <translation>Isuzuma ry&apos;icuruzwa ry&apos;abantu</translation>
    </message>
    <message>
        <source>Addendum</source>
        <translation>Inyongera</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>Inyandiko ya PDF</translation>
    </message>
    <message>
        <source>JPEG photo</source>
        <translation>Ifoto ya JPEG</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>Ishusho ya PNG</translation>
    </message>
    <message>
        <source>TIFF scan</source>
        <translation>Inyandiko yasikanywe ya TIFF</translation>
    </message>
    <message>
        <source>Intake</source>
        <translation>Kwakira</translation>
    </message>
    <message>
        <source>%1, evidence</source>
        <translation>%1, ikimenyetso</translation>
    </message>
    <message>
        <source>Attachment: %1, %2 (%3)</source>
        <translation>Umugereka: %1, %2 (%3)</translation>
    </message>
</context>
<context>
    <name>ReferralsPage</name>
    <message>
        <source>Referrals between centers</source>
        <translation>Iyoherezwa hagati y&apos;ibigo</translation>
    </message>
    <message>
        <source>&amp;Import a referral...</source>
        <translation>&amp;Injiza iyoherezwa...</translation>
    </message>
    <message>
        <source>Import a &amp;receipt...</source>
        <translation>Injiza icyemezo cy&apos;i&amp;yakira...</translation>
    </message>
    <message>
        <source>&amp;Partner centers...</source>
        <translation>I&amp;bigo bikorana...</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Vu&amp;gurura</translation>
    </message>
    <message>
        <source>Referrals sent</source>
        <translation>Amayoherezwa yoherejwe</translation>
    </message>
    <message>
        <source>Referrals received</source>
        <translation>Amayoherezwa yakiriwe</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Nomero ya dosiye</translation>
    </message>
    <message>
        <source>To center</source>
        <translation>Ku kigo</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Yoherejwe</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Uko bihagaze</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Icyemezo cy&apos;iyakira</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Dosiye</translation>
    </message>
    <message>
        <source>From center</source>
        <translation>Kivuye ku kigo</translation>
    </message>
    <message>
        <source>Their case number</source>
        <translation>Nomero ya dosiye yabo</translation>
    </message>
    <message>
        <source>Case here</source>
        <translation>Dosiye hano</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Yinjijwe</translation>
    </message>
    <message>
        <source>Isange bundles (*%1);;All files (*)</source>
        <translation>Amayoherezwa ya Isange (*%1);;Dosiye zose (*)</translation>
    </message>
    <message>
        <source>Import a referral</source>
        <translation>Injiza iyoherezwa</translation>
    </message>
    <message>
        <source>Import a receipt</source>
        <translation>Injiza icyemezo cy&apos;iyakira</translation>
    </message>
    <message>
        <source>Checking the receipt...</source>
        <translation>Birimo kugenzura icyemezo cy&apos;iyakira...</translation>
    </message>
    <message>
        <source>This file is a referral, not a receipt. Import it with &quot;Import a referral...&quot;.</source>
        <translation>Iyi dosiye ni iyoherezwa, si icyemezo cy&apos;iyakira. Yinjize ukoresheje &quot;Injiza iyoherezwa...&quot;.</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Counting the figures...</source>
        <translation>Imibare iri kubarwa...</translation>
    </message>
    <message>
        <source>The figures could not be shown.</source>
        <translation>Imibare ntiyashoboye kugaragazwa.</translation>
    </message>
    <message>
        <source>Save the monthly figures as PDF</source>
        <translation>Bika imibare y&apos;ukwezi nka PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Inyandiko za PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save the monthly figures as CSV</source>
        <translation>Bika imibare y&apos;ukwezi nka CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Dosiye za CSV (*.csv)</translation>
    </message>
    <message>
        <source>Save the DHIS2 file</source>
        <translation>Bika dosiye ya DHIS2</translation>
    </message>
    <message>
        <source>DHIS2 data value sets (*.json)</source>
        <translation>Imibare ya DHIS2 (*.json)</translation>
    </message>
    <message>
        <source>Writing the file...</source>
        <translation>Dosiye iri kwandikwa...</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Dosiye za Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Save the Incident Recorder rows</source>
        <translation>Bika imirongo ya Incident Recorder</translation>
    </message>
    <message>
        <source>Import a DHIS2 mapping file</source>
        <translation>Injiza dosiye y&apos;ihuza rya DHIS2</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Dosiye za CSV (*.csv);;Dosiye zose (*)</translation>
    </message>
    <message>
        <source>Checking the mapping file...</source>
        <translation>Dosiye y&apos;ihuza iri kugenzurwa...</translation>
    </message>
    <message>
        <source>No DHIS2 mapping has been imported yet. A manager or an administrator imports the center&apos;s mapping file with &quot;Import a mapping file...&quot; on this page.</source>
        <translation>Nta huza rya DHIS2 ririnjizwa. Umuyobozi cyangwa ushinzwe sisitemu yinjiza dosiye y&apos;ihuza y&apos;ikigo akoresheje &quot;Injiza dosiye y&apos;ihuza...&quot; kuri uru rupapuro.</translation>
    </message>
    <message>
        <source>Monthly figures</source>
        <translation>Imibare y&apos;ukwezi</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>Uk&amp;wezi:</translation>
    </message>
    <message>
        <source>Month of the figures</source>
        <translation>Ukwezi kw&apos;imibare</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Ururimi:</translation>
    </message>
    <message>
        <source>Language of the document</source>
        <translation>Ururimi rw&apos;inyandiko</translation>
    </message>
    <message>
        <source>&amp;Hide counts under 5</source>
        <translation>&amp;Hisha imibare iri munsi ya 5</translation>
    </message>
    <message>
        <source>Hide counts under 5, for sharing outside the center</source>
        <translation>Hisha imibare iri munsi ya 5, byo gusangiza abari hanze y&apos;ikigo</translation>
    </message>
    <message>
        <source>For sharing outside the center: counts from 1 to 4 show as &lt;5, and the charts are left out.</source>
        <translation>Byo gusangiza abari hanze y&apos;ikigo: imibare kuva kuri 1 kugeza kuri 4 igaragazwa nka &lt;5, kandi ibishushanyo ntibishyirwamo.</translation>
    </message>
    <message>
        <source>&amp;Show the figures</source>
        <translation>&amp;Erekana imibare</translation>
    </message>
    <message>
        <source>Save as &amp;PDF...</source>
        <translation>Bika nka &amp;PDF...</translation>
    </message>
    <message>
        <source>Save as &amp;CSV...</source>
        <translation>Bika nka &amp;CSV...</translation>
    </message>
    <message>
        <source>Save &amp;DHIS2 file...</source>
        <translation>Bika dosiye ya &amp;DHIS2...</translation>
    </message>
    <message>
        <source>GBVIMS Incident Recorder</source>
        <translation>GBVIMS Incident Recorder</translation>
    </message>
    <message>
        <source>One row per incident, without names.</source>
        <translation>Umurongo umwe kuri buri cyabaye, nta mazina.</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Guhera:</translation>
    </message>
    <message>
        <source>First day of arrival</source>
        <translation>Umunsi wa mbere wo kugera ku kigo</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Kugeza:</translation>
    </message>
    <message>
        <source>Last day of arrival, included</source>
        <translation>Umunsi wa nyuma wo kugera ku kigo, nawo urimo</translation>
    </message>
    <message>
        <source>Save as &amp;XLSX...</source>
        <translation>Bika nka &amp;XLSX...</translation>
    </message>
    <message>
        <source>Save as CS&amp;V...</source>
        <translation>Bika nka CS&amp;V...</translation>
    </message>
    <message>
        <source>DHIS2 mapping</source>
        <translation>Ihuza rya DHIS2</translation>
    </message>
    <message>
        <source>The DHIS2 codes come from the center&apos;s CSV file (indicator, dataElement, categoryOptionCombo).</source>
        <translation>Kode za DHIS2 ziva muri dosiye ya CSV y&apos;ikigo (indicator, dataElement, categoryOptionCombo).</translation>
    </message>
    <message>
        <source>&amp;Import a mapping file...</source>
        <translation>&amp;Injiza dosiye y&apos;ihuza...</translation>
    </message>
    <message>
        <source>Preparing the report</source>
        <translation>Raporo iri gutegurwa</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Urupapuro rubanziriza</translation>
    </message>
    <message>
        <source>Pa&amp;ge:</source>
        <translation>U&amp;rupapuro:</translation>
    </message>
    <message>
        <source>Page shown</source>
        <translation>Urupapuro rugaragara</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Urupapuro rukurikira</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Gabanya ingano</translation>
    </message>
    <message>
        <source>&amp;Zoom:</source>
        <translation>I&amp;ngano:</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Ingano</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Ongera ingano</translation>
    </message>
    <message>
        <source>Choose the month and the language, then Show the figures. They are made in memory: nothing is written to the disk until you save a file.</source>
        <translation>Hitamo ukwezi n&apos;ururimi, hanyuma ukande Erekana imibare. Itegurwa mu bwibuko bwa mudasobwa gusa: nta na kimwe cyandikwa kuri disiki keretse ubitse dosiye.</translation>
    </message>
</context>
<context>
    <name>RetentionPanel</name>
    <message>
        <source>Retention of closed cases</source>
        <translation>Kubika dosiye zafunzwe</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Vugurura</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>Hitamo &amp;zose</translation>
    </message>
    <message>
        <source>Select &amp;none</source>
        <translation>&amp;Ntuhitemo na kimwe</translation>
    </message>
    <message>
        <source>Archive and &amp;remove...</source>
        <translation>Shyira mu bubiko maze u&amp;kureho...</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Dosiye</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Imimerere</translation>
    </message>
    <message>
        <source>Ended on</source>
        <translation>Yarangiye ku wa</translation>
    </message>
    <message>
        <source>Kept until</source>
        <translation>Izabikwa kugeza ku wa</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Imigereka</translation>
    </message>
    <message>
        <source>Cases past the retention period</source>
        <translation>Dosiye zarengeje igihe cyo kubikwa</translation>
    </message>
    <message>
        <source>Closed and voided cases are kept for %1 years after they ended. The administrator changes this period in Administration, under Settings.</source>
        <translation>Dosiye zafunzwe n&apos;izahagaritswe zibikwa imyaka %1 nyuma yo kurangira. Umuyobozi wa sisitemu ahindura iki gihe muri Ubuyobozi, ahanditse Igenamiterere.</translation>
    </message>
    <message>
        <source>Choose the folder for the archives</source>
        <translation>Hitamo ububiko bwo gushyiramo dosiye zabitswe</translation>
    </message>
    <message>
        <source>Cases archived and removed from this laptop: %1. Archives for %2, in %3:</source>
        <translation>Dosiye zashyizwe mu bubiko kandi zakuwe kuri iyi mudasobwa: %1. Ububiko bugenewe %2, muri %3:</translation>
    </message>
    <message>
        <source>%1: %2 (SHA-256 %3...)</source>
        <translation>%1: %2 (SHA-256 %3...)</translation>
    </message>
    <message>
        <source>this center</source>
        <translation>iki kigo</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Check the summary with the survivor. Create records the case; Back changes an answer, and nothing typed is lost.</source>
        <translation>Genzura incamake hamwe n&apos;uwahohotewe. Kora yandika dosiye; Subira inyuma ihindura igisubizo, kandi nta cyanditswe gitakara.</translation>
    </message>
    <message>
        <source>Summary of the intake</source>
        <translation>Incamake y&apos;ibyanditswe umuntu yakirwa</translation>
    </message>
    <message>
        <source>Why the case was not created</source>
        <translation>Impamvu dosiye itakozwe</translation>
    </message>
</context>
<context>
    <name>RightsTab</name>
    <message>
        <source>Law No 058/2021 gives the person the right to see what this center holds about them and to ask for corrections. Printing it is recorded in the audit log.</source>
        <translation>Itegeko nº 058/2021 riha umuntu uburenganzira bwo kubona ibyo iki kigo kimubikiye no gusaba ko bikosorwa. Kubicapa byandikwa mu gitabo cy&apos;igenzura.</translation>
    </message>
    <message>
        <source>The language of the document</source>
        <translation>Ururimi rw&apos;inyandiko</translation>
    </message>
    <message>
        <source>Print what we hold about this &amp;person...</source>
        <translation>&amp;Capa ibyo tubitse kuri uyu muntu...</translation>
    </message>
    <message>
        <source>Correction requests</source>
        <translation>Ubusabe bwo gukosora</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nº</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Igihe bwakiriwe</translation>
    </message>
    <message>
        <source>What is on record</source>
        <translation>Ibyanditswe</translation>
    </message>
    <message>
        <source>Correction asked for</source>
        <translation>Ikosora risabwa</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Icyemezo</translation>
    </message>
    <message>
        <source>Correction requests of this case</source>
        <translation>Ubusabe bwo gukosora bw&apos;iyi dosiye</translation>
    </message>
    <message>
        <source>Record a correction &amp;request...</source>
        <translation>Andika &amp;ubusabe bwo gukosora...</translation>
    </message>
    <message>
        <source>Record the &amp;outcome...</source>
        <translation>Andika &amp;icyemezo...</translation>
    </message>
    <message>
        <source>No correction request for this case.</source>
        <translation>Nta busabe bwo gukosora kuri iyi dosiye.</translation>
    </message>
    <message>
        <source>Choose a pending request in the list first.</source>
        <translation>Banza uhitemo ubusabe butegereje mu rutonde.</translation>
    </message>
</context>
<context>
    <name>RoleNames</name>
    <message>
        <source>Nurse</source>
        <translation>Umuforomo</translation>
    </message>
    <message>
        <source>Psychosocial officer</source>
        <translation>Ushinzwe ubufasha mu by&apos;imitekerereze</translation>
    </message>
    <message>
        <source>Legal (RIB)</source>
        <translation>Amategeko (RIB)</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Umuyobozi w&apos;ikigo</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Ushinzwe porogaramu</translation>
    </message>
</context>
<context>
    <name>ScreeningBox</name>
    <message>
        <source>Trafficking screening done with the survivor</source>
        <translation>Isuzuma ry&apos;icuruzwa ry&apos;abantu ryakozwe hamwe n&apos;uwahohotewe</translation>
    </message>
    <message>
        <source>Two-letter codes, separated by commas: RW, UG</source>
        <translation>Kode z&apos;inyuguti ebyiri, zitandukanyijwe n&apos;akitso: RW, UG</translation>
    </message>
    <message>
        <source>What is not trafficking</source>
        <translation>Ibitari icuruzwa ry&apos;abantu</translation>
    </message>
    <message>
        <source>Screening result</source>
        <translation>Igisubizo cy&apos;isuzuma</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Ikosa: %1</translation>
    </message>
    <message>
        <source>Indication: %1</source>
        <translation>Icyo bigaragaza: %1</translation>
    </message>
    <message>
        <source>Refer to:</source>
        <translation>Ohereza kuri:</translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <source>Search first: the survivor may have come before. Type what the survivor says; every field is optional. The search looks for the same phone or national ID, the same date of birth and similar names.</source>
        <translation>Banza ushakishe: uwahohotewe ashobora kuba yarigeze kuza. Andika ibyo avuga; buri gice si ngombwa. Ishakisha rireba telefone cyangwa indangamuntu imwe, itariki y&apos;amavuko imwe n&apos;amazina asa.</translation>
    </message>
    <message>
        <source>&amp;Family name</source>
        <translation>&amp;Izina ry&apos;umuryango</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Izina ry&apos;umuryango</translation>
    </message>
    <message>
        <source>&amp;Given names</source>
        <translation>&amp;Andi mazina</translation>
    </message>
    <message>
        <source>Given names</source>
        <translation>Andi mazina</translation>
    </message>
    <message>
        <source>&amp;Date of birth</source>
        <translation>I&amp;tariki y&apos;amavuko</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Itariki y&apos;amavuko</translation>
    </message>
    <message>
        <source>Estimated &amp;age (years)</source>
        <translation>Imyaka i&amp;gereranyijwe</translation>
    </message>
    <message>
        <source>Estimated age in years</source>
        <translation>Imyaka igereranyijwe</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>Te&amp;lefone</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefone</translation>
    </message>
    <message>
        <source>National &amp;ID number</source>
        <translation>Nomero y&apos;in&amp;dangamuntu</translation>
    </message>
    <message>
        <source>National ID number</source>
        <translation>Nomero y&apos;indangamuntu</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Leave empty when unknown and give an estimated age instead.</source>
        <translation>Siga ubusa niba itazwi, ahubwo wandike imyaka igereranyijwe.</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Shakisha</translation>
    </message>
    <message>
        <source>Search for an earlier record</source>
        <translation>Shakisha inyandiko yabanje</translation>
    </message>
    <message>
        <source>Possible earlier records</source>
        <translation>Inyandiko zabanje zishoboka</translation>
    </message>
    <message>
        <source>Choose with the arrow keys, then press Enter. Link only when you and the survivor are sure it is the same person.</source>
        <translation>Hitamo ukoresheje imyambi, hanyuma ukande Enter. Huza gusa igihe wowe n&apos;uwahohotewe mwizeye ko ari umuntu umwe.</translation>
    </message>
    <message>
        <source>Searching...</source>
        <translation>Birimo gushakisha...</translation>
    </message>
    <message>
        <source>The search could not run: %1 Press Next to go on without it.</source>
        <translation>Gushakisha ntibyashobotse: %1 Kanda Komeza ukomeze utabikoze.</translation>
    </message>
    <message>
        <source>No earlier record looks like this person.</source>
        <translation>Nta nyandiko yabanje isa n&apos;uyu muntu.</translation>
    </message>
    <message numerus="yes">
        <source>%n possible earlier record(s) found.</source>
        <translation>
            <numerusform>Habonetse inyandiko %n yabanje ishoboka.</numerusform>
            <numerusform>Habonetse inyandiko %n zabanje zishoboka.</numerusform>
        </translation>
    </message>
    <message>
        <source>None of these: register a new person</source>
        <translation>Nta na kimwe muri ibi: andika umuntu mushya</translation>
    </message>
    <message>
        <source>%1, last case %2: %3</source>
        <translation>%1, dosiye iheruka %2: %3</translation>
    </message>
    <message>
        <source>%1, no case: %2</source>
        <translation>%1, nta dosiye: %2</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>From %1 to %2 minutes.</source>
        <translation>Kuva ku minota %1 kugeza kuri %2.</translation>
    </message>
    <message>
        <source>From %1 to %2 years. After this, the manager archives a closed case and removes it from this laptop (Data protection).</source>
        <translation>Kuva ku myaka %1 kugeza kuri %2. Nyuma y&apos;aho, umuyobozi ashyira dosiye yafunzwe mu bubiko akayikura kuri iyi mudasobwa (Kurinda amakuru bwite).</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Igenamiterere</translation>
    </message>
    <message>
        <source>When nobody touches the keyboard or the mouse for this long, Isange Desktop locks itself and asks for the password again. The change applies to every user of this computer.</source>
        <translation>Iyo nta muntu ukoze kuri mwandikisho cyangwa ku mbeba muri icyo gihe, Isange Desktop irifunga ikongera gusaba ijambo ry&apos;ibanga. Impinduka zireba abakoresha bose b&apos;iyi mudasobwa.</translation>
    </message>
    <message>
        <source>&amp;Lock after (minutes):</source>
        <translation>&amp;Funga nyuma y&apos;iminota:</translation>
    </message>
    <message>
        <source>Minutes without activity before the app locks</source>
        <translation>Iminota nta gikorwa mbere y&apos;uko porogaramu yifunga</translation>
    </message>
    <message>
        <source>&amp;Keep closed cases (years):</source>
        <translation>&amp;Bika dosiye zafunzwe (imyaka):</translation>
    </message>
    <message>
        <source>Years a closed case is kept before the manager archives it</source>
        <translation>Imyaka dosiye yafunzwe ibikwa mbere y&apos;uko umuyobozi ayishyira mu bubiko</translation>
    </message>
    <message>
        <source>Reading or saving the settings</source>
        <translation>Igenamiterere riri gusomwa cyangwa kubikwa</translation>
    </message>
</context>
<context>
    <name>ShelterPage</name>
    <message>
        <source>In the safe room now</source>
        <translation>Bari mu cyumba gitekanye ubu</translation>
    </message>
    <message>
        <source>Admitted in the last 30 days</source>
        <translation>Bakiriwe mu minsi 30 ishize</translation>
    </message>
    <message>
        <source>Discharged in the last 30 days</source>
        <translation>Basezerewe mu minsi 30 ishize</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Nomero ya dosiye</translation>
    </message>
    <message>
        <source>Survivor</source>
        <translation>Uwahohotewe</translation>
    </message>
    <message>
        <source>Room or bed</source>
        <translation>Icyumba cyangwa igitanda</translation>
    </message>
    <message>
        <source>Admitted</source>
        <translation>Yakiriwe</translation>
    </message>
    <message>
        <source>Nights</source>
        <translation>Amajoro</translation>
    </message>
    <message>
        <source>Discharged</source>
        <translation>Yasezerewe</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Vugurura</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) in the safe room</source>
        <translation>
            <numerusform>Umuntu %n ari mu cyumba gitekanye</numerusform>
            <numerusform>Abantu %n bari mu cyumba gitekanye</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrackTab</name>
    <message>
        <source>Track &amp;status</source>
        <translation>&amp;Imimerere y&apos;icyiciro</translation>
    </message>
    <message>
        <source>Set status</source>
        <translation>Shyiraho imimerere</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Bika</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Imigereka</translation>
    </message>
    <message>
        <source>Add: %1</source>
        <translation>Ongeraho: %1</translation>
    </message>
    <message>
        <source>Saving...</source>
        <translation>Birimo kubikwa...</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Byabitswe.</translation>
    </message>
</context>
<context>
    <name>TracksPage</name>
    <message>
        <source>Which services does the survivor need? Each needed track starts as pending in the case; a track can be added later.</source>
        <translation>Ni izihe serivisi uwahohotewe akeneye? Buri cyiciro gikenewe gitangira gitegereje muri dosiye; icyiciro gishobora kongerwaho nyuma.</translation>
    </message>
    <message>
        <source>%1: needed</source>
        <translation>%1: birakenewe</translation>
    </message>
    <message>
        <source>Space ticks or clears the track that has the focus.</source>
        <translation>Space ishyiraho cyangwa ikuraho akamenyetso ku cyiciro kiriho.</translation>
    </message>
</context>
<context>
    <name>YesNoCombo</name>
    <message>
        <source>(not answered)</source>
        <translation>(nta gisubizo)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yego</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Oya</translation>
    </message>
</context>
<context>
    <name>forms</name>
    <message>
        <source>Front</source>
        <translation>Imbere</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Inyuma</translation>
    </message>
    <message>
        <source>Genital area</source>
        <translation>Imyanya ndangagitsina</translation>
    </message>
    <message>
        <source>Bruise</source>
        <translation>Inguma</translation>
    </message>
    <message>
        <source>Abrasion</source>
        <translation>Ugukoboka k&apos;uruhu</translation>
    </message>
    <message>
        <source>Laceration</source>
        <translation>Igikomere gitanyuranye</translation>
    </message>
    <message>
        <source>Incised wound</source>
        <translation>Igikomere cyatewe n&apos;igikoresho gityaye</translation>
    </message>
    <message>
        <source>Bite</source>
        <translation>Igikomere cyo kurumwa</translation>
    </message>
    <message>
        <source>Burn</source>
        <translation>Ubushye</translation>
    </message>
    <message>
        <source>Fracture suspected</source>
        <translation>Hakekwa kuvunika</translation>
    </message>
    <message>
        <source>Other injury</source>
        <translation>Ikindi gikomere</translation>
    </message>
    <message>
        <source>The number written on the sample&apos;s label.</source>
        <translation>Nomero yanditse ku kirango cy&apos;icyitegererezo.</translation>
    </message>
    <message>
        <source>Forensic sample</source>
        <translation>Icyitegererezo cya gihanga</translation>
    </message>
    <message>
        <source>Sample number</source>
        <translation>Nomero y&apos;icyitegererezo</translation>
    </message>
    <message>
        <source>Type of sample</source>
        <translation>Ubwoko bw&apos;icyitegererezo</translation>
    </message>
    <message>
        <source>Vaginal swab</source>
        <translation>Icyitegererezo cyo mu gitsina</translation>
    </message>
    <message>
        <source>Anal swab</source>
        <translation>Icyitegererezo cyo mu kibuno</translation>
    </message>
    <message>
        <source>Oral swab</source>
        <translation>Icyitegererezo cyo mu kanwa</translation>
    </message>
    <message>
        <source>Skin swab</source>
        <translation>Icyitegererezo cyo ku ruhu</translation>
    </message>
    <message>
        <source>Fingernail scrapings</source>
        <translation>Ibyakuwe munsi y&apos;inzara</translation>
    </message>
    <message>
        <source>Hair</source>
        <translation>Umusatsi cyangwa ubwoya</translation>
    </message>
    <message>
        <source>Blood</source>
        <translation>Amaraso</translation>
    </message>
    <message>
        <source>Urine</source>
        <translation>Inkari</translation>
    </message>
    <message>
        <source>Clothing</source>
        <translation>Imyenda</translation>
    </message>
    <message>
        <source>Other sample</source>
        <translation>Ikindi cyitegererezo</translation>
    </message>
    <message>
        <source>Which sample</source>
        <translation>Ikihe cyitegererezo</translation>
    </message>
    <message>
        <source>Collected at</source>
        <translation>Igihe cyafashwe</translation>
    </message>
    <message>
        <source>Packed by</source>
        <translation>Uwagipfunyitse</translation>
    </message>
    <message>
        <source>Sealed</source>
        <translation>Cyafunzwe gishyirwaho kashe</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Uko kibitswe</translation>
    </message>
    <message>
        <source>Refrigerated</source>
        <translation>Muri firigo</translation>
    </message>
    <message>
        <source>Frozen</source>
        <translation>Cyakonjeshejwe cyane</translation>
    </message>
    <message>
        <source>Dried, room temperature</source>
        <translation>Cyumishijwe, ku bushyuhe busanzwe</translation>
    </message>
    <message>
        <source>Handed over at once</source>
        <translation>Cyahise gishyikirizwa abandi</translation>
    </message>
    <message>
        <source>Where it is kept</source>
        <translation>Aho kibitswe</translation>
    </message>
    <message>
        <source>Custody handover</source>
        <translation>Ihererekanya ry&apos;icyitegererezo</translation>
    </message>
    <message>
        <source>Handed over by</source>
        <translation>Uwagishyikirije</translation>
    </message>
    <message>
        <source>Received by</source>
        <translation>Uwakiriye</translation>
    </message>
    <message>
        <source>Name, service and badge or staff number.</source>
        <translation>Amazina, serivisi na nomero y&apos;akazi.</translation>
    </message>
    <message>
        <source>Handed over at</source>
        <translation>Igihe cyashyikirijwe</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Impamvu</translation>
    </message>
    <message>
        <source>Transport to the laboratory</source>
        <translation>Kujyanwa muri laboratwari</translation>
    </message>
    <message>
        <source>RIB investigation</source>
        <translation>Iperereza rya RIB</translation>
    </message>
    <message>
        <source>Analysis at the Rwanda Forensic Institute</source>
        <translation>Gusuzumirwa muri Rwanda Forensic Institute</translation>
    </message>
    <message>
        <source>Court</source>
        <translation>Urukiko</translation>
    </message>
    <message>
        <source>Other purpose</source>
        <translation>Indi mpamvu</translation>
    </message>
    <message>
        <source>Purpose, details</source>
        <translation>Impamvu, ibisobanuro</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>Ibihe</translation>
    </message>
    <message>
        <source>Arrival at the center</source>
        <translation>Igihe yagereye ku kigo</translation>
    </message>
    <message>
        <source>Is the time of the incident known exactly?</source>
        <translation>Igihe ihohoterwa ryabereye kirazwi neza?</translation>
    </message>
    <message>
        <source>Time of the incident</source>
        <translation>Igihe ihohoterwa ryabereye</translation>
    </message>
    <message>
        <source>Incident: earliest possible time</source>
        <translation>Ihohoterwa: igihe cya mbere gishoboka</translation>
    </message>
    <message>
        <source>Incident: latest possible time</source>
        <translation>Ihohoterwa: igihe cya nyuma gishoboka</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Ahantu</translation>
    </message>
    <message>
        <source>Type of place</source>
        <translation>Ubwoko bw&apos;ahantu</translation>
    </message>
    <message>
        <source>Survivor&apos;s home</source>
        <translation>Mu rugo rw&apos;uwahohotewe</translation>
    </message>
    <message>
        <source>Perpetrator&apos;s home</source>
        <translation>Mu rugo rw&apos;uwakoze ihohoterwa</translation>
    </message>
    <message>
        <source>Another home</source>
        <translation>Mu rundi rugo</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Ku ishuri</translation>
    </message>
    <message>
        <source>Workplace</source>
        <translation>Ku kazi</translation>
    </message>
    <message>
        <source>Street or public place</source>
        <translation>Mu muhanda cyangwa ahantu rusange</translation>
    </message>
    <message>
        <source>Field, bush or forest</source>
        <translation>Mu murima, mu gihuru cyangwa mu ishyamba</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>Mu kinyabiziga</translation>
    </message>
    <message>
        <source>Online or by phone</source>
        <translation>Kuri interineti cyangwa kuri telefone</translation>
    </message>
    <message>
        <source>Other place</source>
        <translation>Ahandi</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Ntibizwi</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Aho byabereye</translation>
    </message>
    <message>
        <source>Village, cell or sector, or a description.</source>
        <translation>Umudugudu, akagari cyangwa umurenge, cyangwa ibisobanuro.</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Ibyabaye</translation>
    </message>
    <message>
        <source>Account in the survivor&apos;s own words</source>
        <translation>Ibyabaye uko uwahohotewe abivuga</translation>
    </message>
    <message>
        <source>Write what the survivor says, as said. The survivor may decline to tell.</source>
        <translation>Andika ibyo uwahohotewe avuga, uko abivuga. Ashobora kwanga kubivuga.</translation>
    </message>
    <message>
        <source>Alleged perpetrator</source>
        <translation>Ukekwaho ihohoterwa</translation>
    </message>
    <message>
        <source>Number of perpetrators</source>
        <translation>Umubare w&apos;abakekwa</translation>
    </message>
    <message>
        <source>Leave empty when unknown.</source>
        <translation>Siga ubusa niba bitazwi.</translation>
    </message>
    <message>
        <source>Sex of the main perpetrator</source>
        <translation>Igitsina cy&apos;ukekwa w&apos;ibanze</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Gabo</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Gore</translation>
    </message>
    <message>
        <source>Several, of both sexes</source>
        <translation>Benshi, b&apos;ibitsina byombi</translation>
    </message>
    <message>
        <source>Age group of the main perpetrator</source>
        <translation>Ikigero cy&apos;imyaka cy&apos;ukekwa w&apos;ibanze</translation>
    </message>
    <message>
        <source>0-11 years</source>
        <translation>Imyaka 0-11</translation>
    </message>
    <message>
        <source>12-17 years</source>
        <translation>Imyaka 12-17</translation>
    </message>
    <message>
        <source>18-25 years</source>
        <translation>Imyaka 18-25</translation>
    </message>
    <message>
        <source>26-40 years</source>
        <translation>Imyaka 26-40</translation>
    </message>
    <message>
        <source>41-60 years</source>
        <translation>Imyaka 41-60</translation>
    </message>
    <message>
        <source>61 years or older</source>
        <translation>Imyaka 61 cyangwa irenga</translation>
    </message>
    <message>
        <source>Relationship of the main perpetrator to the survivor</source>
        <translation>Isano y&apos;ukekwa w&apos;ibanze n&apos;uwahohotewe</translation>
    </message>
    <message>
        <source>Intimate partner or spouse</source>
        <translation>Uwo bashakanye cyangwa bakundana</translation>
    </message>
    <message>
        <source>Former partner</source>
        <translation>Uwo bahoze bakundana cyangwa bashakanye</translation>
    </message>
    <message>
        <source>Primary caregiver</source>
        <translation>Umurera w&apos;ibanze</translation>
    </message>
    <message>
        <source>Other family member</source>
        <translation>Undi wo mu muryango</translation>
    </message>
    <message>
        <source>Supervisor or employer</source>
        <translation>Umukoresha cyangwa umuyobozi ku kazi</translation>
    </message>
    <message>
        <source>Schoolmate</source>
        <translation>Uwo biga hamwe</translation>
    </message>
    <message>
        <source>Teacher or school official</source>
        <translation>Umwarimu cyangwa umuyobozi w&apos;ishuri</translation>
    </message>
    <message>
        <source>Service provider</source>
        <translation>Utanga serivisi</translation>
    </message>
    <message>
        <source>Cotenant or housemate</source>
        <translation>Uwo babana mu nzu</translation>
    </message>
    <message>
        <source>Family friend or neighbour</source>
        <translation>Inshuti y&apos;umuryango cyangwa umuturanyi</translation>
    </message>
    <message>
        <source>Other refugee, displaced person or returnee</source>
        <translation>Indi mpunzi, uwavanywe mu byabo cyangwa uwatahutse</translation>
    </message>
    <message>
        <source>Other community member</source>
        <translation>Undi muturage</translation>
    </message>
    <message>
        <source>Other relationship</source>
        <translation>Indi sano</translation>
    </message>
    <message>
        <source>No relation</source>
        <translation>Nta sano</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Uwamwohereje</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>Yoherejwe na</translation>
    </message>
    <message>
        <source>Came by themselves</source>
        <translation>Yaje ku bushake bwe</translation>
    </message>
    <message>
        <source>Police (RNP)</source>
        <translation>Polisi (RNP)</translation>
    </message>
    <message>
        <source>RIB</source>
        <translation>RIB</translation>
    </message>
    <message>
        <source>Health center</source>
        <translation>Ikigo nderabuzima</translation>
    </message>
    <message>
        <source>Village leader</source>
        <translation>Umukuru w&apos;umudugudu</translation>
    </message>
    <message>
        <source>Hotline 3512 or 116</source>
        <translation>Umurongo utishyurwa 3512 cyangwa 116</translation>
    </message>
    <message>
        <source>Another Isange One Stop Center</source>
        <translation>Ikindi kigo cya Isange One Stop Center</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Ikindi</translation>
    </message>
    <message>
        <source>Which center or service</source>
        <translation>Ikihe kigo cyangwa serivisi</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Ihohoterwa</translation>
    </message>
    <message>
        <source>Investigation (RIB)</source>
        <translation>Iperereza (RIB)</translation>
    </message>
    <message>
        <source>Statement taken</source>
        <translation>Ubuhamya bwakiriwe</translation>
    </message>
    <message>
        <source>Statement date</source>
        <translation>Itariki y&apos;ubuhamya</translation>
    </message>
    <message>
        <source>RIB case file number</source>
        <translation>Nomero ya dosiye muri RIB</translation>
    </message>
    <message>
        <source>Evidence handed over to RIB</source>
        <translation>Ibimenyetso byashyikirijwe RIB</translation>
    </message>
    <message>
        <source>Handed over on</source>
        <translation>Itariki byashyikirijweho</translation>
    </message>
    <message>
        <source>Prosecution and court</source>
        <translation>Ubushinjacyaha n&apos;urukiko</translation>
    </message>
    <message>
        <source>File sent to the prosecution on</source>
        <translation>Itariki dosiye yoherejwe mu Bushinjacyaha</translation>
    </message>
    <message>
        <source>Prosecution decision</source>
        <translation>Icyemezo cy&apos;Ubushinjacyaha</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Bitegereje</translation>
    </message>
    <message>
        <source>Charged in court</source>
        <translation>Yaregewe urukiko</translation>
    </message>
    <message>
        <source>Case dismissed</source>
        <translation>Dosiye yashyinguwe</translation>
    </message>
    <message>
        <source>Decision date</source>
        <translation>Itariki y&apos;icyemezo</translation>
    </message>
    <message>
        <source>First court hearing</source>
        <translation>Iburanisha rya mbere</translation>
    </message>
    <message>
        <source>Judgment date</source>
        <translation>Itariki y&apos;isomwa ry&apos;urubanza</translation>
    </message>
    <message>
        <source>Court outcome</source>
        <translation>Umwanzuro w&apos;urukiko</translation>
    </message>
    <message>
        <source>Convicted</source>
        <translation>Yahamwe n&apos;icyaha</translation>
    </message>
    <message>
        <source>Acquitted</source>
        <translation>Yagizwe umwere</translation>
    </message>
    <message>
        <source>Other outcome</source>
        <translation>Undi mwanzuro</translation>
    </message>
    <message>
        <source>Legal aid</source>
        <translation>Ubufasha mu by&apos;amategeko</translation>
    </message>
    <message>
        <source>Legal aid referral</source>
        <translation>Koherezwa ku bufasha mu by&apos;amategeko</translation>
    </message>
    <message>
        <source>Maison d&apos;Accès à la Justice (MAJ)</source>
        <translation>Maison d&apos;Accès à la Justice (MAJ)</translation>
    </message>
    <message>
        <source>Other legal aid</source>
        <translation>Ubundi bufasha mu by&apos;amategeko</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Nta na bumwe</translation>
    </message>
    <message>
        <source>Which legal aid</source>
        <translation>Ubuhe bufasha mu by&apos;amategeko</translation>
    </message>
    <message>
        <source>Legal</source>
        <translation>Amategeko</translation>
    </message>
    <message>
        <source>Triage</source>
        <translation>Isuzuma ry&apos;ibanze</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Icyihutirwa</translation>
    </message>
    <message>
        <source>Emergency: now</source>
        <translation>Byihutirwa cyane: ubu</translation>
    </message>
    <message>
        <source>Urgent: within the hour</source>
        <translation>Byihutirwa: mu isaha imwe</translation>
    </message>
    <message>
        <source>Routine: can wait</source>
        <translation>Bisanzwe: bishobora gutegereza</translation>
    </message>
    <message>
        <source>Condition on arrival</source>
        <translation>Uko yari ameze ageze ku kigo</translation>
    </message>
    <message>
        <source>Stable</source>
        <translation>Ameze neza</translation>
    </message>
    <message>
        <source>Distressed</source>
        <translation>Ahungabanye</translation>
    </message>
    <message>
        <source>Injured</source>
        <translation>Yakomeretse</translation>
    </message>
    <message>
        <source>Critical or unconscious</source>
        <translation>Arembye cyangwa yataye ubwenge</translation>
    </message>
    <message>
        <source>Vital signs</source>
        <translation>Ibipimo by&apos;ingenzi by&apos;ubuzima</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Ubushyuhe bw&apos;umubiri</translation>
    </message>
    <message>
        <source>Pulse</source>
        <translation>Uko umutima utera</translation>
    </message>
    <message>
        <source>Blood pressure, systolic</source>
        <translation>Umuvuduko w&apos;amaraso wo hejuru (systolique)</translation>
    </message>
    <message>
        <source>Blood pressure, diastolic</source>
        <translation>Umuvuduko w&apos;amaraso wo hasi (diastolique)</translation>
    </message>
    <message>
        <source>Respiratory rate</source>
        <translation>Inshuro ahumeka ku munota</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Ibiro</translation>
    </message>
    <message>
        <source>Examination</source>
        <translation>Isuzuma</translation>
    </message>
    <message>
        <source>Examination findings</source>
        <translation>Ibyagaragaye mu isuzuma</translation>
    </message>
    <message>
        <source>Injuries</source>
        <translation>Ibikomere</translation>
    </message>
    <message>
        <source>Mark each injury on the drawing; its number links it to the description.</source>
        <translation>Shyira buri gikomere ku gishushanyo; nomero yacyo igihuza n&apos;ibisobanuro byacyo.</translation>
    </message>
    <message>
        <source>Photographs</source>
        <translation>Amafoto</translation>
    </message>
    <message>
        <source>Only with the survivor&apos;s consent to photographs.</source>
        <translation>Gusa iyo uwahohotewe yemeye gufotorwa.</translation>
    </message>
    <message>
        <source>Tests</source>
        <translation>Ibizamini</translation>
    </message>
    <message>
        <source>HIV rapid test</source>
        <translation>Ikizamini cyihuse cya virusi itera SIDA</translation>
    </message>
    <message>
        <source>Negative</source>
        <translation>Ntibyagaragaye</translation>
    </message>
    <message>
        <source>Positive</source>
        <translation>Byagaragaye</translation>
    </message>
    <message>
        <source>Indeterminate</source>
        <translation>Ntibisobanutse</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Ntibyakozwe</translation>
    </message>
    <message>
        <source>Declined by the survivor</source>
        <translation>Uwahohotewe yabyanze</translation>
    </message>
    <message>
        <source>Pregnancy test</source>
        <translation>Ikizamini cy&apos;inda</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Ntibireba</translation>
    </message>
    <message>
        <source>Other tests and results</source>
        <translation>Ibindi bizamini n&apos;ibisubizo byabyo</translation>
    </message>
    <message>
        <source>Medico-legal report</source>
        <translation>Raporo ya muganga igenewe ubutabera</translation>
    </message>
    <message>
        <source>Summary of findings</source>
        <translation>Incamake y&apos;ibyagaragaye</translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation>Umwanzuro</translation>
    </message>
    <message>
        <source>Clinician</source>
        <translation>Muganga wasuzumye</translation>
    </message>
    <message>
        <source>Name and qualification of who examined.</source>
        <translation>Amazina n&apos;umwuga w&apos;uwasuzumye.</translation>
    </message>
    <message>
        <source>Signed at</source>
        <translation>Igihe yashyizweho umukono</translation>
    </message>
    <message>
        <source>Leave empty while the report is a draft.</source>
        <translation>Siga ubusa igihe raporo ikiri agateganyo.</translation>
    </message>
    <message>
        <source>Medical</source>
        <translation>Ubuvuzi</translation>
    </message>
    <message>
        <source>Medicine given</source>
        <translation>Umuti watanzwe</translation>
    </message>
    <message>
        <source>Medicine</source>
        <translation>Umuti</translation>
    </message>
    <message>
        <source>HIV post-exposure prophylaxis (PEP)</source>
        <translation>PEP (imiti irinda kwandura virusi itera SIDA)</translation>
    </message>
    <message>
        <source>Emergency contraception: levonorgestrel</source>
        <translation>Kwirinda gusama byihutirwa: levonorgestrel</translation>
    </message>
    <message>
        <source>Emergency contraception: ulipristal acetate</source>
        <translation>Kwirinda gusama byihutirwa: ulipristal acetate</translation>
    </message>
    <message>
        <source>Copper IUD</source>
        <translation>Agapira k&apos;umuringa ko mu mura</translation>
    </message>
    <message>
        <source>STI prophylaxis</source>
        <translation>Imiti irinda indwara zandurira mu mibonano mpuzabitsina</translation>
    </message>
    <message>
        <source>Hepatitis B vaccine</source>
        <translation>Urukingo rw&apos;umwijima wo mu bwoko bwa B</translation>
    </message>
    <message>
        <source>Tetanus vaccine or immunoglobulin</source>
        <translation>Urukingo rwa tetanosi cyangwa imunoglobulini</translation>
    </message>
    <message>
        <source>Other medicine</source>
        <translation>Undi muti</translation>
    </message>
    <message>
        <source>Which medicine</source>
        <translation>Uwuhe muti</translation>
    </message>
    <message>
        <source>Given at</source>
        <translation>Igihe watanzwe</translation>
    </message>
    <message>
        <source>Product or regimen</source>
        <translation>Izina ry&apos;umuti cyangwa uburyo bwo kuwufata</translation>
    </message>
    <message>
        <source>For example TDF/3TC/DTG.</source>
        <translation>Urugero: TDF/3TC/DTG.</translation>
    </message>
    <message>
        <source>Dose and duration</source>
        <translation>Igipimo n&apos;igihe bimara</translation>
    </message>
    <message>
        <source>Given after its window</source>
        <translation>Watanzwe igihe cyarenze</translation>
    </message>
    <message>
        <source>Set by the application from the incident time.</source>
        <translation>Bishyirwaho na porogaramu hashingiwe ku gihe ihohoterwa ryabereye.</translation>
    </message>
    <message>
        <source>Why it was given after its window</source>
        <translation>Impamvu watanzwe igihe cyarenze</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>Amazina</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Izina ry&apos;umuryango</translation>
    </message>
    <message>
        <source>As on the identity card; for a Rwandan name, the Kinyarwanda name.</source>
        <translation>Uko ryanditse ku ndangamuntu; ku izina ry&apos;Umunyarwanda, izina ry&apos;Ikinyarwanda.</translation>
    </message>
    <message>
        <source>Given names</source>
        <translation>Andi mazina</translation>
    </message>
    <message>
        <source>Sex and age</source>
        <translation>Igitsina n&apos;imyaka</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Igitsina</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Itariki y&apos;amavuko</translation>
    </message>
    <message>
        <source>Leave empty when unknown and give an estimated age instead.</source>
        <translation>Siga ubusa niba itazwi, ahubwo wandike imyaka igereranyijwe.</translation>
    </message>
    <message>
        <source>Estimated age</source>
        <translation>Imyaka igereranyijwe</translation>
    </message>
    <message>
        <source>In completed years, when the date of birth is unknown.</source>
        <translation>Imyaka yuzuye, iyo itariki y&apos;amavuko itazwi.</translation>
    </message>
    <message>
        <source>years</source>
        <translation>imyaka</translation>
    </message>
    <message>
        <source>Child (under 18)</source>
        <translation>Umwana (uri munsi y&apos;imyaka 18)</translation>
    </message>
    <message>
        <source>Filled in from the date of birth or the estimated age.</source>
        <translation>Byuzuzwa hashingiwe ku itariki y&apos;amavuko cyangwa ku myaka igereranyijwe.</translation>
    </message>
    <message>
        <source>Nationality and status</source>
        <translation>Ubwenegihugu n&apos;imimerere</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Ubwenegihugu</translation>
    </message>
    <message>
        <source>Two-letter country code, for example RW, CD, BI.</source>
        <translation>Kode y&apos;igihugu y&apos;inyuguti ebyiri, urugero RW, CD, BI.</translation>
    </message>
    <message>
        <source>Refugee or migrant status</source>
        <translation>Imimerere y&apos;impunzi cyangwa y&apos;umwimukira</translation>
    </message>
    <message>
        <source>Rwandan or resident, not displaced</source>
        <translation>Umunyarwanda cyangwa uhatuye, utaravanywe mu byabo</translation>
    </message>
    <message>
        <source>Refugee</source>
        <translation>Impunzi</translation>
    </message>
    <message>
        <source>Asylum seeker</source>
        <translation>Usaba ubuhungiro</translation>
    </message>
    <message>
        <source>Migrant</source>
        <translation>Umwimukira</translation>
    </message>
    <message>
        <source>Returnee</source>
        <translation>Uwatahutse</translation>
    </message>
    <message>
        <source>Stateless</source>
        <translation>Udafite ubwenegihugu</translation>
    </message>
    <message>
        <source>Disability</source>
        <translation>Ubumuga</translation>
    </message>
    <message>
        <source>Has a disability</source>
        <translation>Afite ubumuga</translation>
    </message>
    <message>
        <source>Kind of disability</source>
        <translation>Ubwoko bw&apos;ubumuga</translation>
    </message>
    <message>
        <source>Physical</source>
        <translation>Ubw&apos;ingingo</translation>
    </message>
    <message>
        <source>Visual</source>
        <translation>Kutabona</translation>
    </message>
    <message>
        <source>Hearing</source>
        <translation>Kutumva</translation>
    </message>
    <message>
        <source>Speech</source>
        <translation>Kutavuga</translation>
    </message>
    <message>
        <source>Intellectual</source>
        <translation>Ubw&apos;ubwenge</translation>
    </message>
    <message>
        <source>Psychosocial</source>
        <translation>Imitekerereze n&apos;imibanire</translation>
    </message>
    <message>
        <source>Other disability</source>
        <translation>Ubundi bumuga</translation>
    </message>
    <message>
        <source>Contact and identity</source>
        <translation>Aho abarizwa n&apos;umwirondoro</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefone</translation>
    </message>
    <message>
        <source>Only a number the survivor says is safe to call.</source>
        <translation>Nimero gusa uwahohotewe avuga ko kuyihamagara nta kaga biteza.</translation>
    </message>
    <message>
        <source>National ID number</source>
        <translation>Nomero y&apos;indangamuntu</translation>
    </message>
    <message>
        <source>16 digits, without spaces. Optional.</source>
        <translation>Imibare 16, nta myanya hagati. Si ngombwa.</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Aho atuye</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Intara</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Akarere</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Umurenge</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>Akagari</translation>
    </message>
    <message>
        <source>Village (umudugudu)</source>
        <translation>Umudugudu</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>Umurera</translation>
    </message>
    <message>
        <source>Guardian&apos;s relationship to the child</source>
        <translation>Isano y&apos;umurera n&apos;umwana</translation>
    </message>
    <message>
        <source>Mother</source>
        <translation>Nyina</translation>
    </message>
    <message>
        <source>Father</source>
        <translation>Se</translation>
    </message>
    <message>
        <source>Grandparent</source>
        <translation>Sekuru cyangwa nyirakuru</translation>
    </message>
    <message>
        <source>Brother or sister</source>
        <translation>Umuvandimwe (musaza cyangwa mushiki)</translation>
    </message>
    <message>
        <source>Other relative</source>
        <translation>Undi wo mu muryango</translation>
    </message>
    <message>
        <source>Foster parent</source>
        <translation>Umubyeyi umurera atari uwamubyaye</translation>
    </message>
    <message>
        <source>Other guardian</source>
        <translation>Undi murera</translation>
    </message>
    <message>
        <source>No guardian known or present</source>
        <translation>Nta murera uzwi cyangwa uhari</translation>
    </message>
    <message>
        <source>Guardian&apos;s name</source>
        <translation>Amazina y&apos;umurera</translation>
    </message>
    <message>
        <source>Guardian&apos;s phone</source>
        <translation>Telefone y&apos;umurera</translation>
    </message>
    <message>
        <source>Guardian suspected of the abuse</source>
        <translation>Umurera akekwaho ihohoterwa</translation>
    </message>
    <message>
        <source>If yes, do not share information with the guardian and plan a safe place before discharge.</source>
        <translation>Niba ari yego, ntusangize umurera amakuru kandi uteganye ahantu hatekanye mbere yo gusezerera.</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Umwirondoro</translation>
    </message>
    <message>
        <source>First assessment</source>
        <translation>Isuzuma rya mbere</translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation>Urwego rw&apos;ibyago</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Hasi</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Hagati</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hejuru</translation>
    </message>
    <message>
        <source>Suicidality</source>
        <translation>Ibyago byo kwiyahura</translation>
    </message>
    <message>
        <source>Thoughts of suicide</source>
        <translation>Ibitekerezo byo kwiyahura</translation>
    </message>
    <message>
        <source>A plan</source>
        <translation>Umugambi</translation>
    </message>
    <message>
        <source>An attempt</source>
        <translation>Kugerageza kwiyahura</translation>
    </message>
    <message>
        <source>Safety at home</source>
        <translation>Umutekano mu rugo</translation>
    </message>
    <message>
        <source>Safe</source>
        <translation>Hari umutekano</translation>
    </message>
    <message>
        <source>Not safe</source>
        <translation>Nta mutekano</translation>
    </message>
    <message>
        <source>Not sure</source>
        <translation>Ntibizwi neza</translation>
    </message>
    <message>
        <source>Assessment notes</source>
        <translation>Ibyagaragaye mu isuzuma</translation>
    </message>
    <message>
        <source>Safety plan</source>
        <translation>Gahunda y&apos;umutekano</translation>
    </message>
    <message>
        <source>Required when the risk is high, there is a suicide plan or attempt, or home is not safe.</source>
        <translation>Birakenewe iyo ibyago biri hejuru, hari umugambi cyangwa igerageza ryo kwiyahura, cyangwa mu rugo nta mutekano.</translation>
    </message>
    <message>
        <source>Community follow-up</source>
        <translation>Gukurikiranwa aho atuye</translation>
    </message>
    <message>
        <source>Inshuti z&apos;Umuryango volunteer</source>
        <translation>Umukorerabushake w&apos;Inshuti z&apos;Umuryango</translation>
    </message>
    <message>
        <source>Volunteer&apos;s phone</source>
        <translation>Telefone y&apos;umukorerabushake</translation>
    </message>
    <message>
        <source>Village leader&apos;s phone</source>
        <translation>Telefone y&apos;umukuru w&apos;umudugudu</translation>
    </message>
    <message>
        <source>Home visit date</source>
        <translation>Itariki yo gusurwa mu rugo</translation>
    </message>
    <message>
        <source>Counselling session</source>
        <translation>Ikiganiro cy&apos;ubujyanama</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Itariki</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Igihe cyamaze</translation>
    </message>
    <message>
        <source>min</source>
        <translation>iminota</translation>
    </message>
    <message>
        <source>Type of session</source>
        <translation>Ubwoko bw&apos;ikiganiro</translation>
    </message>
    <message>
        <source>Individual</source>
        <translation>Umuntu ku giti cye</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Umuryango</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Itsinda</translation>
    </message>
    <message>
        <source>Session notes</source>
        <translation>Ibyavugiwe mu kiganiro</translation>
    </message>
    <message>
        <source>Next session</source>
        <translation>Ikiganiro gikurikira</translation>
    </message>
    <message>
        <source>Kigali City</source>
        <translation>Umujyi wa Kigali</translation>
    </message>
    <message>
        <source>Northern Province</source>
        <translation>Intara y&apos;Amajyaruguru</translation>
    </message>
    <message>
        <source>Southern Province</source>
        <translation>Intara y&apos;Amajyepfo</translation>
    </message>
    <message>
        <source>Eastern Province</source>
        <translation>Intara y&apos;Iburasirazuba</translation>
    </message>
    <message>
        <source>Western Province</source>
        <translation>Intara y&apos;Iburengerazuba</translation>
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
        <translation>Kwakirwa</translation>
    </message>
    <message>
        <source>Admitted at</source>
        <translation>Igihe yakiriwe</translation>
    </message>
    <message>
        <source>Room or bed</source>
        <translation>Icyumba cyangwa igitanda</translation>
    </message>
    <message>
        <source>Reason for admission</source>
        <translation>Impamvu yo kwakirwa</translation>
    </message>
    <message>
        <source>No safe place to go</source>
        <translation>Nta hantu hatekanye ho kujya</translation>
    </message>
    <message>
        <source>The perpetrator lives at home</source>
        <translation>Uwakoze ihohoterwa aba mu rugo</translation>
    </message>
    <message>
        <source>Waiting for a placement</source>
        <translation>Ategereje aho azajyanwa</translation>
    </message>
    <message>
        <source>Medical observation</source>
        <translation>Gukurikiranwa na muganga</translation>
    </message>
    <message>
        <source>Other reason</source>
        <translation>Indi mpamvu</translation>
    </message>
    <message>
        <source>Reason, details</source>
        <translation>Impamvu, ibisobanuro</translation>
    </message>
    <message>
        <source>Discharge</source>
        <translation>Gusezererwa</translation>
    </message>
    <message>
        <source>Discharged at</source>
        <translation>Igihe yasezerewe</translation>
    </message>
    <message>
        <source>Discharged to</source>
        <translation>Aho yagiye asezerewe</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Mu rugo</translation>
    </message>
    <message>
        <source>Relatives</source>
        <translation>Mu muryango</translation>
    </message>
    <message>
        <source>Foster family</source>
        <translation>Umuryango umwakira</translation>
    </message>
    <message>
        <source>Longer-term shelter</source>
        <translation>Icumbi ry&apos;igihe kirekire</translation>
    </message>
    <message>
        <source>Hospital ward</source>
        <translation>Mu bitaro</translation>
    </message>
    <message>
        <source>Other destination</source>
        <translation>Ahandi</translation>
    </message>
    <message>
        <source>Longer placement</source>
        <translation>Aho azaba igihe kirekire</translation>
    </message>
    <message>
        <source>Referred to a longer placement</source>
        <translation>Yoherejwe aho azaba igihe kirekire</translation>
    </message>
    <message>
        <source>Referred to</source>
        <translation>Aho yoherejwe</translation>
    </message>
    <message>
        <source>Referred on</source>
        <translation>Itariki yoherejweho</translation>
    </message>
    <message>
        <source>Shelter</source>
        <translation>Icumbi ritekanye</translation>
    </message>
</context>
<context>
    <name>gbv_classification</name>
    <message>
        <source>Did the incident include penetration, even slight, of the vagina, anus or mouth with a penis or other body part, or of the vagina or anus with an object?</source>
        <translation>Ihohoterwa ryaba ryarimo kwinjiza, niyo byaba bike, igitsina cy&apos;umugabo cyangwa ikindi gice cy&apos;umubiri mu gitsina, mu kibuno cyangwa mu kanwa, cyangwa kwinjiza ikintu mu gitsina cyangwa mu kibuno?</translation>
    </message>
    <message>
        <source>Did the incident include unwanted sexual contact without penetration?</source>
        <translation>Ihohoterwa ryaba ryarimo gukorakorwa ku mubiri mu buryo bushingiye ku gitsina adashaka, nta kwinjiza?</translation>
    </message>
    <message>
        <source>Did the incident include physical assault (hitting, slapping, kicking, burning, choking, beating with or without a weapon)?</source>
        <translation>Ihohoterwa ryaba ryarimo gukubitwa (gukubitwa, gukubitwa inshyi, gutera imigeri, gutwikwa, kunigwa, gukubitwa hakoreshejwe cyangwa hatakoreshejwe intwaro)?</translation>
    </message>
    <message>
        <source>Was the incident a forced marriage (any marriage of a child under 18 counts as forced)?</source>
        <translation>Ihohoterwa ryaba ryari ishyingirwa ku gahato (gushyingira umwana uri munsi y&apos;imyaka 18 byose bifatwa nk&apos;agahato)?</translation>
    </message>
    <message>
        <source>Did the incident include denial of resources, opportunities or services (such as inheritance, earnings, education, health care)?</source>
        <translation>Ihohoterwa ryaba ryarimo kwimwa umutungo, amahirwe cyangwa serivisi (nk&apos;umurage, amafaranga yakoreye, amashuri, kuvurwa)?</translation>
    </message>
    <message>
        <source>Did the incident include psychological or emotional abuse (threats, intimidation, humiliation, isolation, stalking)?</source>
        <translation>Ihohoterwa ryaba ryarimo guhohoterwa ku mitekerereze n&apos;amarangamutima (iterabwoba, gutera ubwoba, gusuzugurwa, guhezwa, gukurikiranwa buri gihe)?</translation>
    </message>
    <message>
        <source>Was anything exchanged (money, goods, benefits, services) for the sexual act?</source>
        <translation>Hari ikintu cyaba cyaratanzwe (amafaranga, ibintu, inyungu, serivisi) mu guhana n&apos;imibonano mpuzabitsina?</translation>
    </message>
</context>
<context>
    <name>trafficking</name>
    <message>
        <source>Did someone recruit, transport, hand over (transfer), house or hide (harbour), or receive the person?</source>
        <translation>Hari uwashakishije, uwatwaye, uwahererekanyije, uwacumbikiye cyangwa uwahishe, cyangwa uwakiriye uwo muntu?</translation>
    </message>
    <message>
        <source>Was the person recruited with lies or false promises (about the job, the pay, schooling, marriage or the destination)?</source>
        <translation>Uwo muntu yashakishijwe hakoreshejwe ibinyoma cyangwa amasezerano y&apos;ibinyoma (ku kazi, ku mushahara, ku ishuri, ku ishyingirwa cyangwa aho azajya)?</translation>
    </message>
    <message>
        <source>Were the person&apos;s passport or identity documents taken or kept by someone else?</source>
        <translation>Pasiporo cyangwa ibyangombwa by&apos;uwo muntu byaba byarafashwe cyangwa bigafatirwa n&apos;undi muntu?</translation>
    </message>
    <message>
        <source>Does the person owe a debt to the recruiter or employer that they are made to work off?</source>
        <translation>Uwo muntu afitiye umwenda uwamushakishije cyangwa umukoresha, agahatirwa kuwishyura akora?</translation>
    </message>
    <message>
        <source>Was the person locked in, watched, or not free to leave or to contact family?</source>
        <translation>Uwo muntu yafungiranwaga, yacungirwaga hafi, cyangwa ntiyari afite uburenganzira bwo kugenda cyangwa kuvugana n&apos;umuryango we?</translation>
    </message>
    <message>
        <source>Was the person, or their family, threatened or hurt?</source>
        <translation>Uwo muntu cyangwa umuryango we baba barakangishijwe cyangwa bakagirirwa nabi?</translation>
    </message>
    <message>
        <source>Was the person forced in another way (drugs, blackmail, abduction)?</source>
        <translation>Uwo muntu yaba yarahatiwe mu bundi buryo (ibiyobyabwenge, iterabwoba ryo kumena amabanga, ishimutwa)?</translation>
    </message>
    <message>
        <source>Did someone take advantage of the person&apos;s poverty, age, disability, status as a migrant or refugee, or dependence on them?</source>
        <translation>Hari uwaba yarungukiye ku bukene, imyaka, ubumuga, kuba ari umwimukira cyangwa impunzi, cyangwa kuba uwo muntu amushingiyeho?</translation>
    </message>
    <message>
        <source>What was the person made to do, or meant to be made to do?</source>
        <translation>Uwo muntu yakoreshejwe iki, cyangwa yari agiye gukoreshwa iki?</translation>
    </message>
    <message>
        <source>Country of origin</source>
        <translation>Igihugu akomokamo</translation>
    </message>
    <message>
        <source>Countries of transit</source>
        <translation>Ibihugu yanyuzemo</translation>
    </message>
    <message>
        <source>Country of destination</source>
        <translation>Igihugu yari ajyanywemo</translation>
    </message>
    <message>
        <source>Was the person moved across a border?</source>
        <translation>Uwo muntu yaba yarambukijwe umupaka?</translation>
    </message>
    <message>
        <source>Smuggling is not trafficking. Smuggling is a service across a border: the person agrees to it, pays for it, and it ends on arrival. Trafficking is exploitation: the person is recruited, moved or held by deception, force or another means so that someone can exploit them, and it need not cross any border. Consent obtained by those means does not count. A person who was smuggled becomes a victim of trafficking if they are then exploited.</source>
        <translation>Kwambutsa abantu imipaka mu buryo butemewe si icuruzwa ry&apos;abantu. Kwambutsa ni serivisi yo kwambuka umupaka: umuntu arabyemera, akabyishyura, bikarangira ageze aho ajya. Icuruzwa ry&apos;abantu ni ugukoreshwa: umuntu ashakishwa, atwarwa cyangwa afatwa hakoreshejwe uburiganya, ingufu cyangwa ubundi buryo kugira ngo hagire umukoresha, kandi bishobora kuba nta mupaka wambutswe. Kwemera kwabonetse muri ubwo buryo ntikugira agaciro. Uwambukijwe umupaka aba uwacurujwe iyo nyuma akoreshejwe.</translation>
    </message>
    <message>
        <source>Selling sex is not, by itself, trafficking. It is trafficking when someone recruited, moved, housed or received the person, by deception, force, debt or another means, to profit from their sexual exploitation. For a child under 18 no such means are needed: any child recruited, moved or held for sexual exploitation is a victim of trafficking, never a sex worker.</source>
        <translation>Kwicuruza ubwabyo si icuruzwa ry&apos;abantu. Biba icuruzwa ry&apos;abantu iyo hari uwashakishije, uwatwaye, uwacumbikiye cyangwa uwakiriye uwo muntu, akoresheje uburiganya, ingufu, umwenda cyangwa ubundi buryo, kugira ngo yungukire mu kumukoresha imibonano mpuzabitsina. Ku mwana uri munsi y&apos;imyaka 18, ubwo buryo ntibukenewe: umwana wese washakishijwe, watwawe cyangwa wafashwe kugira ngo akoreshwe imibonano mpuzabitsina aba yacurujwe, ntaba ari umwana wicuruza.</translation>
    </message>
    <message>
        <source>Child labour is work that harms a child or keeps them out of school; it must be stopped and reported, but it is not always trafficking. It is trafficking when someone recruited, moved, handed over, housed or received the child in order to exploit them (forced work, domestic servitude, sexual exploitation and others). For a child, no deception or force needs to be shown.</source>
        <translation>Imirimo ikoreshwa abana ni imirimo igirira nabi umwana cyangwa imubuza kujya ku ishuri; igomba guhagarikwa kandi ikamenyeshwa, ariko si buri gihe iba icuruzwa ry&apos;abantu. Biba icuruzwa ry&apos;abantu iyo hari uwashakishije, uwatwaye, uwahererekanyije, uwacumbikiye cyangwa uwakiriye umwana agamije kumukoresha (imirimo y&apos;agahato, ubuja bwo mu rugo, gukoreshwa imibonano mpuzabitsina n&apos;ibindi). Ku mwana, ntibisabwa kugaragaza uburiganya cyangwa agahato.</translation>
    </message>
    <message>
        <source>Rwanda Investigation Bureau (RIB): investigates the trafficking; the RIB officer at the center takes the statement.</source>
        <translation>Urwego rw&apos;Igihugu rw&apos;Ubugenzacyaha (RIB): rukora iperereza ku icuruzwa ry&apos;abantu; umugenzacyaha wa RIB uri ku kigo yakira ubuhamya.</translation>
    </message>
    <message>
        <source>IOM (International Organization for Migration): assistance to victims of trafficking, safe voluntary return and reintegration.</source>
        <translation>IOM (Umuryango Mpuzamahanga wita ku Bimukira): ifasha abacurujwe, kubasubiza iwabo ku bushake mu mutekano no kubafasha gusubira mu buzima busanzwe.</translation>
    </message>
    <message>
        <source>Directorate General of Immigration and Emigration: travel documents, immigration status and return across the border.</source>
        <translation>Urwego Rukuru rushinzwe Abinjira n&apos;Abasohoka mu Gihugu: ibyangombwa by&apos;urugendo, uko umuntu ari mu gihugu no gusubira iwabo yambuka umupaka.</translation>
    </message>
</context>
</TS>
