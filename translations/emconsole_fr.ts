<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ActionStatus</name>
    <message>
        <source>unknown status &apos;%1&apos;</source>
        <translation>état &apos;%1&apos; inconnu</translation>
    </message>
</context>
<context>
    <name>Build</name>
    <message>
        <source>invalid build &apos;%1&apos;: expected 15.x.build.revision such as 15.2.1118.20, or &apos;Version 15.2 (Build 1118.20)&apos;</source>
        <translation>build &apos;%1&apos; non valide : 15.x.build.révision attendu, par exemple 15.2.1118.20, ou &apos;Version 15.2 (Build 1118.20)&apos;</translation>
    </message>
    <message>
        <source>invalid build &apos;%1&apos;: major version %2 is not Exchange 2013 or later (15)</source>
        <translation>build &apos;%1&apos; non valide : la version majeure %2 n&apos;est pas Exchange 2013 ou ultérieur (15)</translation>
    </message>
    <message>
        <source>Unknown product</source>
        <translation>Produit inconnu</translation>
    </message>
</context>
<context>
    <name>BuildCatalog</name>
    <message>
        <source>Unknown product</source>
        <translation>Produit inconnu</translation>
    </message>
    <message>
        <source> (newer than known)</source>
        <translation> (plus récent que les versions connues)</translation>
    </message>
    <message>
        <source> (unlisted update)</source>
        <translation> (mise à jour non répertoriée)</translation>
    </message>
    <message>
        <source> (unlisted build)</source>
        <translation> (build non répertoriée)</translation>
    </message>
</context>
<context>
    <name>CliXml</name>
    <message>
        <source>&apos;%1&apos; is not true or false</source>
        <translation>&apos;%1&apos; n&apos;est ni true ni false</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an integer from %2 to %3</source>
        <translation>&apos;%1&apos; n&apos;est pas un entier de %2 à %3</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number</source>
        <translation>&apos;%1&apos; n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date and time such as 2023-01-05T12:08:37.6177687Z</source>
        <translation>&apos;%1&apos; n&apos;est pas une date et heure comme 2023-01-05T12:08:37.6177687Z</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a GUID</source>
        <translation>&apos;%1&apos; n&apos;est pas un GUID</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a version such as 1.2.3.4</source>
        <translation>&apos;%1&apos; n&apos;est pas une version comme 1.2.3.4</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a duration such as PT1H30M</source>
        <translation>&apos;%1&apos; n&apos;est pas une durée comme PT1H30M</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>ligne %1, colonne %2 : %3</translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation>%1 Mio</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 octets</translation>
    </message>
    <message>
        <source>the file is larger than the limit of %1</source>
        <translation>le fichier dépasse la limite de %1</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <source>UTF-32 is not supported: export again with Export-Clixml -Encoding UTF8 (or Unicode)</source>
        <translation>l&apos;UTF-32 n&apos;est pas pris en charge : exportez de nouveau avec Export-Clixml -Encoding UTF8 (ou Unicode)</translation>
    </message>
    <message>
        <source>not valid %1: an odd number of bytes</source>
        <translation>%1 non valide : nombre d&apos;octets impair</translation>
    </message>
    <message>
        <source>not valid %1: an unpaired surrogate 0x%2</source>
        <translation>%1 non valide : demi-codet d&apos;indirection isolé 0x%2</translation>
    </message>
    <message>
        <source>not valid UTF-8 (byte 0x%1 at offset %2): export with Export-Clixml -Encoding UTF8</source>
        <translation>UTF-8 non valide (octet 0x%1 à la position %2) : exportez avec Export-Clixml -Encoding UTF8</translation>
    </message>
    <message>
        <source>the file ends early (truncated): %1</source>
        <translation>le fichier s&apos;arrête trop tôt (tronqué) : %1</translation>
    </message>
    <message>
        <source>not well-formed XML: %1</source>
        <translation>XML mal formé : %1</translation>
    </message>
    <message>
        <source>a DOCTYPE is not allowed</source>
        <translation>un DOCTYPE n&apos;est pas autorisé</translation>
    </message>
    <message>
        <source>entity reference &apos;&amp;%1;&apos; is not allowed</source>
        <translation>la référence d&apos;entité &apos;&amp;%1;&apos; n&apos;est pas autorisée</translation>
    </message>
    <message>
        <source>elements nested deeper than %1 levels</source>
        <translation>éléments imbriqués sur plus de %1 niveaux</translation>
    </message>
    <message>
        <source>more than %1 elements</source>
        <translation>plus de %1 éléments</translation>
    </message>
    <message>
        <source>element &lt;%1&gt; is not in the PowerShell namespace %2</source>
        <translation>l&apos;élément &lt;%1&gt; n&apos;est pas dans l&apos;espace de noms PowerShell %2</translation>
    </message>
    <message>
        <source>attribute &apos;%1&apos; of &lt;%2&gt; is longer than %3 characters</source>
        <translation>l&apos;attribut &apos;%1&apos; de &lt;%2&gt; dépasse %3 caractères</translation>
    </message>
    <message>
        <source>unexpected text in &lt;%1&gt;</source>
        <translation>texte inattendu dans &lt;%1&gt;</translation>
    </message>
    <message>
        <source>the file ends early (truncated) in &lt;%1&gt;</source>
        <translation>le fichier s&apos;arrête trop tôt (tronqué) dans &lt;%1&gt;</translation>
    </message>
    <message>
        <source>text of &lt;%1&gt; is longer than %2 characters</source>
        <translation>le texte de &lt;%1&gt; dépasse %2 caractères</translation>
    </message>
    <message>
        <source>&lt;%1&gt; may only hold text; found &lt;%2&gt;</source>
        <translation>&lt;%1&gt; ne peut contenir que du texte ; &lt;%2&gt; trouvé</translation>
    </message>
    <message>
        <source>&lt;%1&gt; may not hold &lt;%2&gt;</source>
        <translation>&lt;%1&gt; ne peut pas contenir &lt;%2&gt;</translation>
    </message>
    <message>
        <source>the XML declaration names the encoding &apos;%1&apos;, but the file is %2</source>
        <translation>la déclaration XML indique l&apos;encodage &apos;%1&apos;, mais le fichier est en %2</translation>
    </message>
    <message>
        <source>no &lt;Objs&gt; element: this is not an Export-Clixml file</source>
        <translation>aucun élément &lt;Objs&gt; : ce n&apos;est pas un fichier Export-Clixml</translation>
    </message>
    <message>
        <source>the root element is &lt;%1&gt;, not &lt;Objs&gt;: this is not an Export-Clixml file</source>
        <translation>l&apos;élément racine est &lt;%1&gt;, pas &lt;Objs&gt; : ce n&apos;est pas un fichier Export-Clixml</translation>
    </message>
    <message>
        <source>content after &lt;/Objs&gt;</source>
        <translation>contenu après &lt;/Objs&gt;</translation>
    </message>
    <message>
        <source>&lt;%1&gt; is not a value and is not allowed here</source>
        <translation>&lt;%1&gt; n&apos;est pas une valeur et n&apos;est pas autorisé ici</translation>
    </message>
    <message>
        <source>&lt;Ref&gt; names RefId &apos;%1&apos;, which no earlier &lt;Obj&gt; has</source>
        <translation>&lt;Ref&gt; désigne le RefId &apos;%1&apos;, qu&apos;aucun &lt;Obj&gt; précédent ne porte</translation>
    </message>
    <message>
        <source>RefId &apos;%1&apos; is given to two objects</source>
        <translation>le RefId &apos;%1&apos; est attribué à deux objets</translation>
    </message>
    <message>
        <source>&lt;%1&gt;%2: %3</source>
        <translation>&lt;%1&gt;%2 : %3</translation>
    </message>
    <message>
        <source>&lt;Obj&gt; holds &lt;%1&gt; twice</source>
        <translation>&lt;Obj&gt; contient deux fois &lt;%1&gt;</translation>
    </message>
    <message>
        <source>&lt;Obj&gt; holds a second value &lt;%1&gt;</source>
        <translation>&lt;Obj&gt; contient une seconde valeur &lt;%1&gt;</translation>
    </message>
    <message>
        <source>&lt;TNRef&gt; names RefId &apos;%1&apos;, which no earlier &lt;TN&gt; has</source>
        <translation>&lt;TNRef&gt; désigne le RefId &apos;%1&apos;, qu&apos;aucun &lt;TN&gt; précédent ne porte</translation>
    </message>
    <message>
        <source>RefId &apos;%1&apos; is given to two type name lists (&lt;TN&gt;)</source>
        <translation>le RefId &apos;%1&apos; est attribué à deux listes de noms de type (&lt;TN&gt;)</translation>
    </message>
    <message>
        <source>&lt;TN&gt; may only hold &lt;T&gt;; found &lt;%1&gt;</source>
        <translation>&lt;TN&gt; ne peut contenir que des &lt;T&gt; ; &lt;%1&gt; trouvé</translation>
    </message>
    <message>
        <source>&lt;%1&gt; in &lt;%2&gt; has no property name (N attribute)</source>
        <translation>&lt;%1&gt; dans &lt;%2&gt; n&apos;a pas de nom de propriété (attribut N)</translation>
    </message>
    <message>
        <source>&lt;DCT&gt; may only hold &lt;En&gt;; found &lt;%1&gt;</source>
        <translation>&lt;DCT&gt; ne peut contenir que des &lt;En&gt; ; &lt;%1&gt; trouvé</translation>
    </message>
    <message>
        <source>&lt;En&gt; holds &lt;%1 N=&quot;%2&quot;&gt;; expected one Key and one Value</source>
        <translation>&lt;En&gt; contient &lt;%1 N=&quot;%2&quot;&gt; ; une clé (Key) et une valeur (Value) sont attendues</translation>
    </message>
    <message>
        <source>&lt;En&gt; needs a Key and a Value</source>
        <translation>&lt;En&gt; doit avoir une clé (Key) et une valeur (Value)</translation>
    </message>
</context>
<context>
    <name>Connectivity</name>
    <message>
        <source>passed</source>
        <translation>réussie</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échouée</translation>
    </message>
    <message>
        <source>not used</source>
        <translation>non utilisée</translation>
    </message>
    <message>
        <source>not run</source>
        <translation>non exécutée</translation>
    </message>
    <message>
        <source>Endpoint: %1</source>
        <translation>Point de terminaison : %1</translation>
    </message>
    <message>
        <source>Endpoint: %1 (through proxy %2)</source>
        <translation>Point de terminaison : %1 (par le proxy %2)</translation>
    </message>
    <message>
        <source>Failed step: %1</source>
        <translation>Étape en échec : %1</translation>
    </message>
    <message>
        <source>Warning: the TLS certificate presented for %1 chains to &apos;%2&apos;, which this system does not trust as a public certification authority. A TLS-inspecting proxy may be in the path; TLS inspection may break feed validation.</source>
        <translation>Avertissement : le certificat TLS présenté pour %1 remonte à &apos;%2&apos;, que ce système ne reconnaît pas comme autorité de certification publique. Un proxy d&apos;inspection TLS est peut-être sur le chemin ; l&apos;inspection TLS peut empêcher la validation du flux.</translation>
    </message>
    <message>
        <source>timed out after %1 s</source>
        <translation>délai dépassé après %1 s</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an https: endpoint</source>
        <translation>&apos;%1&apos; n&apos;est pas un point de terminaison https:</translation>
    </message>
    <message>
        <source>invalid proxy URL &apos;%1&apos;: expected http://host:port</source>
        <translation>URL de proxy &apos;%1&apos; non valide : http://hôte:port attendu</translation>
    </message>
    <message>
        <source>proxy host &apos;%1&apos; not found (%2)</source>
        <translation>hôte proxy &apos;%1&apos; introuvable (%2)</translation>
    </message>
    <message>
        <source>host &apos;%1&apos; not found (%2)</source>
        <translation>hôte &apos;%1&apos; introuvable (%2)</translation>
    </message>
    <message>
        <source>proxy host %1 is %2</source>
        <translation>l&apos;hôte proxy %1 est %2</translation>
    </message>
    <message>
        <source>%1 is %2</source>
        <translation>%1 est %2</translation>
    </message>
    <message>
        <source>connected to proxy %1:%2</source>
        <translation>connecté au proxy %1:%2</translation>
    </message>
    <message>
        <source>tunnel to %1:%2 opened</source>
        <translation>tunnel vers %1:%2 ouvert</translation>
    </message>
    <message>
        <source>connected to %1:%2</source>
        <translation>connecté à %1:%2</translation>
    </message>
    <message>
        <source>%1, certificate &apos;%2&apos; issued by &apos;%3&apos;</source>
        <translation>%1, certificat &apos;%2&apos; émis par &apos;%3&apos;</translation>
    </message>
    <message>
        <source>the endpoint&apos;s answer is not HTTP</source>
        <translation>la réponse du point de terminaison n&apos;est pas du HTTP</translation>
    </message>
    <message>
        <source>status %1</source>
        <translation>état %1</translation>
    </message>
    <message>
        <source>the connection failed before an answer: %1</source>
        <translation>la connexion a échoué avant toute réponse : %1</translation>
    </message>
    <message>
        <source>certificate &apos;%1&apos; issued by &apos;%2&apos; is not trusted: %3</source>
        <translation>le certificat &apos;%1&apos; émis par &apos;%2&apos; n&apos;est pas approuvé : %3</translation>
    </message>
    <message>
        <source>handshake failed: %1</source>
        <translation>échec de la négociation : %1</translation>
    </message>
    <message>
        <source>connection to proxy %1 refused (is the proxy running?)</source>
        <translation>connexion au proxy %1 refusée (le proxy est-il démarré ?)</translation>
    </message>
    <message>
        <source>proxy host &apos;%1&apos; not found</source>
        <translation>hôte proxy &apos;%1&apos; introuvable</translation>
    </message>
    <message>
        <source>proxy %1 did not answer</source>
        <translation>le proxy %1 n&apos;a pas répondu</translation>
    </message>
    <message>
        <source>proxy %1 requires authentication</source>
        <translation>le proxy %1 exige une authentification</translation>
    </message>
    <message>
        <source>proxy %1 could not resolve %2</source>
        <translation>le proxy %1 n&apos;a pas pu résoudre %2</translation>
    </message>
    <message>
        <source>proxy %1 could not open a tunnel to %2: %3</source>
        <translation>le proxy %1 n&apos;a pas pu ouvrir de tunnel vers %2 : %3</translation>
    </message>
    <message>
        <source>connection to %1 refused</source>
        <translation>connexion à %1 refusée</translation>
    </message>
    <message>
        <source>host &apos;%1&apos; not found</source>
        <translation>hôte &apos;%1&apos; introuvable</translation>
    </message>
    <message>
        <source>cannot connect to %1: %2</source>
        <translation>impossible de se connecter à %1 : %2</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
</context>
<context>
    <name>Cycle</name>
    <message>
        <source>Failed: %1</source>
        <translation>Échec : %1</translation>
    </message>
    <message numerus="yes">
        <source>Failed: %n action(s) failed</source>
        <translation>
            <numerusform>Échec : %n action en échec</numerusform>
            <numerusform>Échec : %n actions en échec</numerusform>
        </translation>
    </message>
    <message>
        <source>Success: %1 applied, %2 changed</source>
        <translation>Réussite : %1 appliquées, %2 modifiées</translation>
    </message>
    <message>
        <source>Success: %1 applied, no change</source>
        <translation>Réussite : %1 appliquées, aucune modification</translation>
    </message>
    <message>
        <source>server &apos;%1&apos; has no host to apply actions through: set one with &apos;emctl set-server %1 --host dir:PATH&apos; or &apos;--host windows:&apos;</source>
        <translation>le serveur &apos;%1&apos; n&apos;a pas d&apos;hôte par lequel appliquer les actions : définissez-en un avec &apos;emctl set-server %1 --host dir:CHEMIN&apos; ou &apos;--host windows:&apos;</translation>
    </message>
    <message>
        <source>Mitigation action %1 is blocked by an administrator on %2 and was skipped.</source>
        <translation>L&apos;action d&apos;atténuation %1 est bloquée par un administrateur sur %2 et a été ignorée.</translation>
    </message>
    <message>
        <source>Mitigation action %1 failed on %2: %3</source>
        <translation>Échec de l&apos;action d&apos;atténuation %1 sur %2 : %3</translation>
    </message>
    <message>
        <source>recorded heartbeat %1</source>
        <translation>pulsation %1 enregistrée</translation>
    </message>
    <message>
        <source>Mitigation action %1 (%2) applied on %3.</source>
        <translation>Action d&apos;atténuation %1 (%2) appliquée sur %3.</translation>
    </message>
    <message>
        <source>Mitigation action %1 (%2) applied on %3: %4</source>
        <translation>Action d&apos;atténuation %1 (%2) appliquée sur %3 : %4</translation>
    </message>
    <message>
        <source>Mitigation cycle finished on %1: %2.</source>
        <translation>Cycle d&apos;atténuation terminé sur %1 : %2.</translation>
    </message>
    <message>
        <source>%1 is not applied on server &apos;%2&apos;: nothing to roll back</source>
        <translation>%1 n&apos;est pas appliquée sur le serveur &apos;%2&apos; : rien à restaurer</translation>
    </message>
    <message>
        <source>server &apos;%1&apos;</source>
        <translation>serveur &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Rollback of %1 failed on %2: %3</source>
        <translation>Échec de la restauration de %1 sur %2 : %3</translation>
    </message>
    <message>
        <source>Mitigation action %1 rolled back on %2 by %3.</source>
        <translation>Action d&apos;atténuation %1 restaurée sur %2 par %3.</translation>
    </message>
    <message>
        <source>%1 is no longer in the accepted feed and was applied before EM Console kept the definitions of such actions, so it does not know what the action added on &apos;%2&apos;: remove it by hand</source>
        <translation>%1 n&apos;est plus dans le flux accepté et a été appliquée avant qu&apos;EM Console ne conserve la définition de ces actions : EM Console ne sait donc pas ce que l&apos;action a ajouté sur &apos;%2&apos; ; retirez-la à la main</translation>
    </message>
    <message>
        <source>%1 (already rolled back: %2)</source>
        <translation>%1 (déjà restaurées : %2)</translation>
    </message>
    <message>
        <source>the failure could not be recorded: %1</source>
        <translation>l&apos;échec n&apos;a pas pu être enregistré : %1</translation>
    </message>
    <message>
        <source>%1 was removed from &apos;%2&apos;, but the rollback could not be recorded: %3</source>
        <translation>%1 a été retirée de &apos;%2&apos;, mais la restauration n&apos;a pas pu être enregistrée : %3</translation>
    </message>
    <message>
        <source>%1 was not touched: the org directory could not record what the cycle was about to change there (%2)</source>
        <translation>%1 n&apos;a pas été modifié : l&apos;annuaire de l&apos;organisation n&apos;a pas pu enregistrer ce que le cycle allait y changer (%2)</translation>
    </message>
    <message>
        <source>found in place: applied by the cycle of %1, which could not record it</source>
        <translation>trouvée en place : appliquée par le cycle du %1, qui n&apos;a pas pu l&apos;enregistrer</translation>
    </message>
    <message>
        <source>Mitigation action %1 (%2) applied on %3: found in place; the cycle of %4 applied it but could not record it.</source>
        <translation>Action d&apos;atténuation %1 (%2) appliquée sur %3 : trouvée en place ; le cycle du %4 l&apos;a appliquée mais n&apos;a pas pu l&apos;enregistrer.</translation>
    </message>
    <message>
        <source>the org directory could not record the cycle of %1 (nothing was changed on it): %2</source>
        <translation>l&apos;annuaire de l&apos;organisation n&apos;a pas pu enregistrer le cycle de %1 (rien n&apos;y a été modifié) : %2</translation>
    </message>
    <message>
        <source>changed on %1 but not recorded in the org directory: %2. The directory could not record it (%3). The next cycle finds these changes in place and records them.</source>
        <translation>modifié sur %1 mais non enregistré dans l&apos;annuaire de l&apos;organisation : %2. L&apos;annuaire n&apos;a pas pu l&apos;enregistrer (%3). Le prochain cycle trouvera ces modifications en place et les enregistrera.</translation>
    </message>
    <message>
        <source>the run log could not be written: %1</source>
        <translation>le journal d&apos;exécution n&apos;a pas pu être écrit : %1</translation>
    </message>
</context>
<context>
    <name>DemoOrganization</name>
    <message>
        <source>Edge Transport: listed, never touched</source>
        <translation>Transport Edge : listé, jamais modifié</translation>
    </message>
    <message>
        <source>mitigations turned off on the server</source>
        <translation>atténuations désactivées sur le serveur</translation>
    </message>
    <message>
        <source>demo organization &apos;%1&apos;: already exists</source>
        <translation>organisation de démonstration &apos;%1&apos; : existe déjà</translation>
    </message>
    <message>
        <source>demo organization &apos;%1&apos;: cannot create the folder</source>
        <translation>organisation de démonstration &apos;%1&apos; : impossible de créer le dossier</translation>
    </message>
    <message>
        <source>demo organization &apos;%1&apos;</source>
        <translation>organisation de démonstration &apos;%1&apos;</translation>
    </message>
    <message>
        <source>demo organization &apos;%1&apos;: cannot move the new directory into place</source>
        <translation>organisation de démonstration &apos;%1&apos; : impossible de mettre le nouvel annuaire en place</translation>
    </message>
    <message>
        <source>cannot create the folder &apos;%1&apos;</source>
        <translation>impossible de créer le dossier &apos;%1&apos;</translation>
    </message>
    <message>
        <source>cannot write &apos;%1&apos;: %2</source>
        <translation>impossible d&apos;écrire &apos;%1&apos; : %2</translation>
    </message>
    <message>
        <source>%1: cannot remove the previous lab servers in &apos;%2&apos;</source>
        <translation>%1 : impossible de supprimer les serveurs de laboratoire précédents dans &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1: cannot make &apos;%2&apos; read-only</source>
        <translation>%1 : impossible de passer &apos;%2&apos; en lecture seule</translation>
    </message>
    <message>
        <source>Exchange Server 2016 CU23: every mitigation applied</source>
        <translation>Exchange Server 2016 CU23 : toutes les atténuations appliquées</translation>
    </message>
    <message>
        <source>Exchange Server 2019 CU12; its site web.config is read-only, so the URL Rewrite action fails</source>
        <translation>Exchange Server 2019 CU12 ; le web.config de son site est en lecture seule, donc l&apos;action URL Rewrite échoue</translation>
    </message>
    <message>
        <source>Exchange Server 2019 CU13, updated from CU12 after M1 was applied: M1.1 is obsolete and waits to be rolled back</source>
        <translation>Exchange Server 2019 CU13, mis à jour depuis CU12 après l&apos;application de M1 : M1.1 est obsolète et attend d&apos;être restaurée</translation>
    </message>
    <message>
        <source>Exchange Server 2019 CU14: M1 does not apply to this build</source>
        <translation>Exchange Server 2019 CU14 : M1 ne s&apos;applique pas à cette build</translation>
    </message>
    <message>
        <source>Exchange Server SE RTM: M1 does not apply</source>
        <translation>Exchange Server SE RTM : M1 ne s&apos;applique pas</translation>
    </message>
    <message>
        <source>an administrator blocked M2, and the server fetches through a proxy</source>
        <translation>un administrateur a bloqué M2, et le serveur récupère le flux par un proxy</translation>
    </message>
</context>
<context>
    <name>DemoPki</name>
    <message>
        <source>demo PKI: %1 failed</source>
        <translation>PKI de démonstration : échec : %1</translation>
    </message>
    <message>
        <source>demo PKI: %1 failed: %2</source>
        <translation>PKI de démonstration : échec : %1 : %2</translation>
    </message>
    <message>
        <source>generating an RSA key of %1 bits</source>
        <translation>génération d&apos;une clé RSA de %1 bits</translation>
    </message>
    <message>
        <source>writing a private key</source>
        <translation>écriture d&apos;une clé privée</translation>
    </message>
    <message>
        <source>building the name &apos;%1&apos;</source>
        <translation>construction du nom &apos;%1&apos;</translation>
    </message>
    <message>
        <source>building the extension %1</source>
        <translation>construction de l&apos;extension %1</translation>
    </message>
    <message>
        <source>adding the extension %1</source>
        <translation>ajout de l&apos;extension %1</translation>
    </message>
    <message>
        <source>choosing a serial number</source>
        <translation>choix d&apos;un numéro de série</translation>
    </message>
    <message>
        <source>creating the certificate &apos;%1&apos;</source>
        <translation>création du certificat &apos;%1&apos;</translation>
    </message>
    <message>
        <source>filling the certificate &apos;%1&apos;</source>
        <translation>remplissage du certificat &apos;%1&apos;</translation>
    </message>
    <message>
        <source>signing the certificate &apos;%1&apos;</source>
        <translation>signature du certificat &apos;%1&apos;</translation>
    </message>
    <message>
        <source>demo PKI file &apos;%1&apos;: %2</source>
        <translation>fichier de la PKI de démonstration &apos;%1&apos; : %2</translation>
    </message>
    <message>
        <source>demo PKI file &apos;%1&apos;: cannot be written (%2)</source>
        <translation>fichier de la PKI de démonstration &apos;%1&apos; : écriture impossible (%2)</translation>
    </message>
    <message>
        <source>demo PKI file &apos;%1&apos;: cannot restrict its permissions</source>
        <translation>fichier de la PKI de démonstration &apos;%1&apos; : impossible de restreindre ses permissions</translation>
    </message>
    <message>
        <source>demo PKI file &apos;%1&apos;: write failed (%2)</source>
        <translation>fichier de la PKI de démonstration &apos;%1&apos; : échec de l&apos;écriture (%2)</translation>
    </message>
    <message>
        <source>demo PKI in &apos;%1&apos;: a key does not match its certificate</source>
        <translation>PKI de démonstration dans &apos;%1&apos; : une clé ne correspond pas à son certificat</translation>
    </message>
    <message>
        <source>demo PKI in &apos;%1&apos;: the signer expires soon</source>
        <translation>PKI de démonstration dans &apos;%1&apos; : le certificat du signataire expire bientôt</translation>
    </message>
    <message>
        <source>demo PKI: RSA keys of %1 bits are too weak; use 2048 or more</source>
        <translation>PKI de démonstration : des clés RSA de %1 bits sont trop faibles ; utilisez 2048 bits ou plus</translation>
    </message>
    <message>
        <source>demo root certificate</source>
        <translation>certificat racine de démonstration</translation>
    </message>
    <message>
        <source>demo root key</source>
        <translation>clé racine de démonstration</translation>
    </message>
    <message>
        <source>building the CRL of the demo root</source>
        <translation>construction de la CRL de la racine de démonstration</translation>
    </message>
    <message>
        <source>signing the CRL of the demo root</source>
        <translation>signature de la CRL de la racine de démonstration</translation>
    </message>
    <message>
        <source>writing the CRL of the demo root</source>
        <translation>écriture de la CRL de la racine de démonstration</translation>
    </message>
    <message>
        <source>demo PKI folder &apos;%1&apos;: cannot be created</source>
        <translation>dossier de la PKI de démonstration &apos;%1&apos; : création impossible</translation>
    </message>
</context>
<context>
    <name>EocsParser</name>
    <message>
        <source>catalog line %1: %2</source>
        <translation>catalogue, ligne %1 : %2</translation>
    </message>
    <message>
        <source>not well-formed: %1</source>
        <translation>mal formé : %1</translation>
    </message>
    <message>
        <source>a DOCTYPE is not allowed</source>
        <translation>un DOCTYPE n&apos;est pas autorisé</translation>
    </message>
    <message>
        <source>entity reference &apos;&amp;%1;&apos; is not allowed</source>
        <translation>la référence d&apos;entité &apos;&amp;%1;&apos; n&apos;est pas autorisée</translation>
    </message>
    <message>
        <source>comments are not allowed</source>
        <translation>les commentaires ne sont pas autorisés</translation>
    </message>
    <message>
        <source>processing instruction &apos;%1&apos; is not allowed</source>
        <translation>l&apos;instruction de traitement &apos;%1&apos; n&apos;est pas autorisée</translation>
    </message>
    <message>
        <source>elements nested deeper than %1 levels</source>
        <translation>éléments imbriqués sur plus de %1 niveaux</translation>
    </message>
    <message>
        <source>more than %1 elements</source>
        <translation>plus de %1 éléments</translation>
    </message>
    <message>
        <source>namespaces are not used in EOCS feeds (element &lt;%1&gt;)</source>
        <translation>les flux EOCS n&apos;utilisent pas d&apos;espaces de noms (élément &lt;%1&gt;)</translation>
    </message>
    <message>
        <source>attribute &apos;%1&apos; on &lt;%2&gt; is not allowed</source>
        <translation>l&apos;attribut &apos;%1&apos; n&apos;est pas autorisé sur &lt;%2&gt;</translation>
    </message>
    <message>
        <source>attribute &apos;%1&apos; on &lt;%2&gt; is longer than %3 characters</source>
        <translation>l&apos;attribut &apos;%1&apos; de &lt;%2&gt; dépasse %3 caractères</translation>
    </message>
    <message>
        <source>unknown attribute &apos;%1&apos; on &lt;%2&gt;</source>
        <translation>attribut &apos;%1&apos; inconnu sur &lt;%2&gt;</translation>
    </message>
    <message>
        <source>unexpected text in &lt;%1&gt;</source>
        <translation>texte inattendu dans &lt;%1&gt;</translation>
    </message>
    <message>
        <source>unexpected end of document in &lt;%1&gt;</source>
        <translation>fin de document inattendue dans &lt;%1&gt;</translation>
    </message>
    <message>
        <source>text of &lt;%1&gt; is longer than %2 characters</source>
        <translation>le texte de &lt;%1&gt; dépasse %2 caractères</translation>
    </message>
    <message>
        <source>&lt;%1&gt; may only contain text; found &lt;%2&gt;</source>
        <translation>&lt;%1&gt; ne peut contenir que du texte ; &lt;%2&gt; trouvé</translation>
    </message>
    <message>
        <source>the root element must be &lt;EOCS&gt;</source>
        <translation>l&apos;élément racine doit être &lt;EOCS&gt;</translation>
    </message>
    <message>
        <source>&lt;EOCS&gt; has no version attribute</source>
        <translation>&lt;EOCS&gt; n&apos;a pas d&apos;attribut version</translation>
    </message>
    <message>
        <source>issued &apos;%1&apos; is not an ISO 8601 time with a zone, such as 2026-11-20T10:00:00Z</source>
        <translation>issued &apos;%1&apos; n&apos;est pas une heure ISO 8601 avec fuseau, par exemple 2026-11-20T10:00:00Z</translation>
    </message>
    <message>
        <source>unknown element &lt;%1&gt; in &lt;EOCS&gt;</source>
        <translation>élément &lt;%1&gt; inconnu dans &lt;EOCS&gt;</translation>
    </message>
    <message>
        <source>content after &lt;/EOCS&gt;</source>
        <translation>contenu après &lt;/EOCS&gt;</translation>
    </message>
    <message>
        <source>the feed holds no &lt;Config&gt;</source>
        <translation>le flux ne contient aucun &lt;Config&gt;</translation>
    </message>
    <message>
        <source>Config id &apos;%1&apos; is not a mitigation ID such as M1 or PING1</source>
        <translation>l&apos;id de Config &apos;%1&apos; n&apos;est pas un ID d&apos;atténuation comme M1 ou PING1</translation>
    </message>
    <message>
        <source>Config id &apos;%1&apos; appears twice</source>
        <translation>l&apos;id de Config &apos;%1&apos; apparaît deux fois</translation>
    </message>
    <message>
        <source>&lt;%1&gt; appears twice in Config &apos;%2&apos;</source>
        <translation>&lt;%1&gt; apparaît deux fois dans la Config &apos;%2&apos;</translation>
    </message>
    <message>
        <source>unknown element &lt;%1&gt; in Config &apos;%2&apos;</source>
        <translation>élément &lt;%1&gt; inconnu dans la Config &apos;%2&apos;</translation>
    </message>
    <message>
        <source>Config &apos;%1&apos; has no actions (&lt;ActionList&gt; with at least one &lt;Action&gt;)</source>
        <translation>la Config &apos;%1&apos; n&apos;a aucune action (&lt;ActionList&gt; avec au moins une &lt;Action&gt;)</translation>
    </message>
    <message>
        <source>unknown element &lt;%1&gt; in &lt;Applicability&gt; of &apos;%2&apos;</source>
        <translation>élément &lt;%1&gt; inconnu dans &lt;Applicability&gt; de &apos;%2&apos;</translation>
    </message>
    <message>
        <source>unknown product &apos;%1&apos; in &apos;%2&apos; (Exchange2016, Exchange2019, ExchangeSE)</source>
        <translation>produit &apos;%1&apos; inconnu dans &apos;%2&apos; (Exchange2016, Exchange2019, ExchangeSE)</translation>
    </message>
    <message>
        <source>Product &apos;%1&apos; of &apos;%2&apos;: %3</source>
        <translation>Product &apos;%1&apos; de &apos;%2&apos; : %3</translation>
    </message>
    <message>
        <source>Product &apos;%1&apos; of &apos;%2&apos;: max %3 is below min %4</source>
        <translation>Product &apos;%1&apos; de &apos;%2&apos; : max %3 est inférieur à min %4</translation>
    </message>
    <message>
        <source>&lt;Product&gt; may not contain &lt;%1&gt;</source>
        <translation>&lt;Product&gt; ne peut pas contenir &lt;%1&gt;</translation>
    </message>
    <message>
        <source>&lt;Applicability&gt; of &apos;%1&apos; names no product</source>
        <translation>&lt;Applicability&gt; de &apos;%1&apos; ne désigne aucun produit</translation>
    </message>
    <message>
        <source>unknown element &lt;%1&gt; in &lt;ActionList&gt; of &apos;%2&apos;</source>
        <translation>élément &lt;%1&gt; inconnu dans &lt;ActionList&gt; de &apos;%2&apos;</translation>
    </message>
    <message>
        <source>action &apos;%1&apos;: %2</source>
        <translation>action &apos;%1&apos; : %2</translation>
    </message>
    <message>
        <source>action id &apos;%1&apos; must be &apos;%2.&lt;number&gt;&apos;</source>
        <translation>l&apos;id d&apos;action &apos;%1&apos; doit être de la forme &apos;%2.&lt;numéro&gt;&apos;</translation>
    </message>
    <message>
        <source>action id &apos;%1&apos; appears twice</source>
        <translation>l&apos;id d&apos;action &apos;%1&apos; apparaît deux fois</translation>
    </message>
    <message>
        <source>action id &apos;%1&apos; appears twice (an action without id takes its Config&apos;s id)</source>
        <translation>l&apos;id d&apos;action &apos;%1&apos; apparaît deux fois (une action sans id prend l&apos;id de sa Config)</translation>
    </message>
    <message>
        <source>unexpected element &lt;%1&gt; in action &apos;%2&apos;</source>
        <translation>élément &lt;%1&gt; inattendu dans l&apos;action &apos;%2&apos;</translation>
    </message>
    <message>
        <source>action &apos;%1&apos;: &lt;Value&gt; belongs to DoNothing actions only</source>
        <translation>action &apos;%1&apos; : &lt;Value&gt; n&apos;est admis que dans les actions DoNothing</translation>
    </message>
    <message>
        <source>action &apos;%1&apos;: &lt;rules&gt; belongs to UrlRewrite actions only</source>
        <translation>action &apos;%1&apos; : &lt;rules&gt; n&apos;est admis que dans les actions UrlRewrite</translation>
    </message>
    <message>
        <source>action &apos;%1&apos;: DoNothing has scope Server and no target</source>
        <translation>action &apos;%1&apos; : DoNothing a la portée Server et pas de cible</translation>
    </message>
    <message>
        <source>action &apos;%1&apos;: %2 has scope Server</source>
        <translation>action &apos;%1&apos; : %2 a la portée Server</translation>
    </message>
    <message>
        <source>action &apos;%1&apos;: %2 needs a target (the %3 name); &apos;%4&apos; is not valid</source>
        <translation>action &apos;%1&apos; : %2 exige une cible (le nom du %3) ; &apos;%4&apos; n&apos;est pas valide</translation>
    </message>
    <message>
        <source>service</source>
        <translation>service</translation>
    </message>
    <message>
        <source>app pool</source>
        <translation>pool d&apos;applications</translation>
    </message>
    <message>
        <source>action &apos;%1&apos;: UrlRewrite needs &lt;rules&gt;</source>
        <translation>action &apos;%1&apos; : UrlRewrite exige &lt;rules&gt;</translation>
    </message>
    <message>
        <source>action &apos;%1&apos;: scope Site needs the site name as target, e.g. Default Web Site; &apos;%2&apos; is not valid</source>
        <translation>action &apos;%1&apos; : la portée Site exige le nom du site comme cible, par exemple Default Web Site ; &apos;%2&apos; n&apos;est pas valide</translation>
    </message>
    <message>
        <source>action &apos;%1&apos;: scope VDir needs &apos;Site/vdir&apos; as target, e.g. Default Web Site/owa; &apos;%2&apos; is not valid</source>
        <translation>action &apos;%1&apos; : la portée VDir exige &apos;Site/répertoire&apos; comme cible, par exemple Default Web Site/owa ; &apos;%2&apos; n&apos;est pas valide</translation>
    </message>
    <message>
        <source>action &apos;%1&apos;: &lt;%2&gt; is not an IIS URL Rewrite element</source>
        <translation>action &apos;%1&apos; : &lt;%2&gt; n&apos;est pas un élément de réécriture d&apos;URL IIS</translation>
    </message>
    <message>
        <source>action &apos;%1&apos;: %2 name &apos;%3&apos; must start with &apos;%4&apos;</source>
        <translation>action &apos;%1&apos; : le nom de %2 &apos;%3&apos; doit commencer par &apos;%4&apos;</translation>
    </message>
    <message>
        <source>action &apos;%1&apos;: cannot delimit &lt;rules&gt;</source>
        <translation>action &apos;%1&apos; : impossible de délimiter &lt;rules&gt;</translation>
    </message>
    <message>
        <source>action &apos;%1&apos;: &lt;rules&gt; holds no &lt;rule&gt;</source>
        <translation>action &apos;%1&apos; : &lt;rules&gt; ne contient aucune &lt;rule&gt;</translation>
    </message>
    <message>
        <source>action &apos;%1&apos;: unexpected text in &lt;rules&gt;</source>
        <translation>action &apos;%1&apos; : texte inattendu dans &lt;rules&gt;</translation>
    </message>
    <message>
        <source>unexpected end of document in &lt;rules&gt;</source>
        <translation>fin de document inattendue dans &lt;rules&gt;</translation>
    </message>
    <message>
        <source>action &apos;%1&apos;: a Server-scoped UrlRewrite target is a location path such as &apos;Default Web Site&apos; or &apos;Default Web Site/owa&apos;; &apos;%2&apos; is not valid</source>
        <translation>action &apos;%1&apos; : la cible d&apos;un UrlRewrite de portée Server est un chemin de location tel que &apos;Default Web Site&apos; ou &apos;Default Web Site/owa&apos; ; &apos;%2&apos; n&apos;est pas valide</translation>
    </message>
    <message>
        <source>encoding &apos;%1&apos; is not allowed; the catalog is UTF-8</source>
        <translation>l&apos;encodage &apos;%1&apos; n&apos;est pas autorisé ; le catalogue est en UTF-8</translation>
    </message>
</context>
<context>
    <name>ExchangeImport</name>
    <message>
        <source>server &apos;%1&apos; is not reached over SSH (host &apos;%2&apos;): --from needs an ssh:// host</source>
        <translation>le serveur &apos;%1&apos; n&apos;est pas joint par SSH (hôte &apos;%2&apos;) : --from demande un hôte ssh://</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>server &apos;%1&apos;</source>
        <translation>serveur &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1 with the Exchange snap-in exited with code %2: %3</source>
        <translation>%1 avec le composant logiciel enfichable Exchange s&apos;est terminé avec le code %2 : %3</translation>
    </message>
    <message>
        <source>server &apos;%1&apos;: the export was read but its temporary files could not be removed</source>
        <translation>serveur &apos;%1&apos; : l&apos;export a été lu, mais ses fichiers temporaires n&apos;ont pas pu être supprimés</translation>
    </message>
</context>
<context>
    <name>ExchangeScript</name>
    <message>
        <source>no Exchange organization state has been imported yet: import the Export-Clixml files of Get-ExchangeServer and Get-OrganizationConfig first</source>
        <translation>aucun état d&apos;organisation Exchange n&apos;a encore été importé : importez d&apos;abord les fichiers Export-Clixml de Get-ExchangeServer et Get-OrganizationConfig</translation>
    </message>
    <message>
        <source>server &apos;%1&apos; is not in the directory</source>
        <translation>le serveur &apos;%1&apos; n&apos;est pas dans l&apos;annuaire</translation>
    </message>
    <message>
        <source>server &apos;%1&apos; is not in the last Exchange import</source>
        <translation>le serveur &apos;%1&apos; n&apos;est pas dans le dernier import Exchange</translation>
    </message>
    <message>
        <source>the last import holds no organization configuration (Get-OrganizationConfig): the organization&apos;s MitigationsEnabled is not compared</source>
        <translation>le dernier import ne contient pas de configuration d&apos;organisation (Get-OrganizationConfig) : le MitigationsEnabled de l&apos;organisation n&apos;est pas comparé</translation>
    </message>
    <message>
        <source>the imported organization configuration has no MitigationsEnabled (an Exchange build without the EM service): not compared</source>
        <translation>la configuration d&apos;organisation importée n&apos;a pas de MitigationsEnabled (une build Exchange sans le service EM) : non comparé</translation>
    </message>
    <message>
        <source>server &apos;%1&apos; is in the directory but not in the last import: not compared</source>
        <translation>le serveur &apos;%1&apos; est dans l&apos;annuaire mais pas dans le dernier import : non comparé</translation>
    </message>
    <message>
        <source>server &apos;%1&apos; is an Edge Transport server: the EM service does not run there</source>
        <translation>le serveur &apos;%1&apos; est un serveur de transport Edge : le service EM n&apos;y tourne pas</translation>
    </message>
    <message>
        <source>server &apos;%1&apos;: the export has no Emergency Mitigation settings (an Exchange build before 2016 CU22 / 2019 CU11): not compared</source>
        <translation>serveur &apos;%1&apos; : l&apos;export ne contient aucun paramètre d&apos;atténuation d&apos;urgence (une build Exchange antérieure à 2016 CU22 / 2019 CU11) : non comparé</translation>
    </message>
    <message>
        <source>server &apos;%1&apos; is in the last import but not in the directory: not compared</source>
        <translation>le serveur &apos;%1&apos; est dans le dernier import mais pas dans l&apos;annuaire : non comparé</translation>
    </message>
</context>
<context>
    <name>ExchangeState</name>
    <message>
        <source>%1: line %2, column %3: %4</source>
        <translation>%1 : ligne %2, colonne %3 : %4</translation>
    </message>
    <message>
        <source>%1: %2 is %3 &apos;%4&apos;, not True or False</source>
        <translation>%1 : %2 est %3 &apos;%4&apos;, ni True ni False</translation>
    </message>
    <message>
        <source>%1: %2 is %3, not a list</source>
        <translation>%1 : %2 est %3, pas une liste</translation>
    </message>
    <message>
        <source>%1: %2 holds an empty (Nil) item</source>
        <translation>%1 : %2 contient un élément vide (Nil)</translation>
    </message>
    <message>
        <source>an ExchangeServer object has no Name</source>
        <translation>un objet ExchangeServer n&apos;a pas de Name</translation>
    </message>
    <message>
        <source>server &apos;%1&apos;</source>
        <translation>serveur &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1: no AdminDisplayVersion (export every property: Get-ExchangeServer | Export-Clixml FILE)</source>
        <translation>%1 : pas d&apos;AdminDisplayVersion (exportez toutes les propriétés : Get-ExchangeServer | Export-Clixml FICHIER)</translation>
    </message>
    <message>
        <source>%1: AdminDisplayVersion: %2</source>
        <translation>%1 : AdminDisplayVersion : %2</translation>
    </message>
    <message>
        <source>%1: no ServerRole</source>
        <translation>%1 : pas de ServerRole</translation>
    </message>
    <message>
        <source>%1: MitigationsAppliedTime is %2 &apos;%3&apos;, not a date and time</source>
        <translation>%1 : MitigationsAppliedTime est %2 &apos;%3&apos;, pas une date et heure</translation>
    </message>
    <message>
        <source>the organization configuration</source>
        <translation>la configuration de l&apos;organisation</translation>
    </message>
    <message>
        <source>server &apos;%1&apos; appears twice (first at line %2)</source>
        <translation>le serveur &apos;%1&apos; apparaît deux fois (d&apos;abord à la ligne %2)</translation>
    </message>
    <message>
        <source>a second organization configuration (the first is at line %1)</source>
        <translation>une seconde configuration d&apos;organisation (la première est à la ligne %1)</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>ligne %1 : %2</translation>
    </message>
    <message>
        <source>the file holds no object</source>
        <translation>le fichier ne contient aucun objet</translation>
    </message>
    <message>
        <source>%1: no Get-ExchangeServer or Get-OrganizationConfig object (found: %2)</source>
        <translation>%1 : aucun objet Get-ExchangeServer ni Get-OrganizationConfig (trouvé : %2)</translation>
    </message>
    <message>
        <source>Exchange state: &apos;%1&apos; is not true, false or null</source>
        <translation>état Exchange : &apos;%1&apos; n&apos;est ni true, ni false, ni null</translation>
    </message>
    <message>
        <source>Exchange state: &apos;%1&apos; is not a string</source>
        <translation>état Exchange : &apos;%1&apos; n&apos;est pas une chaîne</translation>
    </message>
    <message>
        <source>Exchange state: &apos;%1&apos; is not a list</source>
        <translation>état Exchange : &apos;%1&apos; n&apos;est pas une liste</translation>
    </message>
    <message>
        <source>Exchange state: &apos;%1&apos; holds an item that is not a string</source>
        <translation>état Exchange : &apos;%1&apos; contient un élément qui n&apos;est pas une chaîne</translation>
    </message>
    <message>
        <source>Exchange state: not a JSON object (%1)</source>
        <translation>état Exchange : pas un objet JSON (%1)</translation>
    </message>
    <message>
        <source>Exchange state: unknown format %1</source>
        <translation>état Exchange : format %1 inconnu</translation>
    </message>
    <message>
        <source>Exchange state: &apos;servers&apos; is not a list</source>
        <translation>état Exchange : &apos;servers&apos; n&apos;est pas une liste</translation>
    </message>
    <message>
        <source>Exchange state: a server is not a JSON object</source>
        <translation>état Exchange : un serveur n&apos;est pas un objet JSON</translation>
    </message>
    <message>
        <source>Exchange state: a server has no name</source>
        <translation>état Exchange : un serveur n&apos;a pas de nom</translation>
    </message>
    <message>
        <source>Exchange state: server &apos;%1&apos;</source>
        <translation>état Exchange : serveur &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Exchange state: server &apos;%1&apos;: mitigationsAppliedTime is not a time</source>
        <translation>état Exchange : serveur &apos;%1&apos; : mitigationsAppliedTime n&apos;est pas une heure</translation>
    </message>
    <message>
        <source>Exchange state: server &apos;%1&apos; appears twice</source>
        <translation>état Exchange : le serveur &apos;%1&apos; apparaît deux fois</translation>
    </message>
    <message>
        <source>Exchange state: &apos;organization&apos; is not a JSON object</source>
        <translation>état Exchange : &apos;organization&apos; n&apos;est pas un objet JSON</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>et %n autre</numerusform>
            <numerusform>et %n autres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n other types</source>
        <translation>
            <numerusform>%1 et %n autre type</numerusform>
            <numerusform>%1 et %n autres types</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FeedCrypto</name>
    <message>
        <source>%1: not a valid PEM certificate (%2)</source>
        <translation>%1 : certificat PEM non valide (%2)</translation>
    </message>
    <message>
        <source>%1: no PEM certificate found</source>
        <translation>%1 : aucun certificat PEM trouvé</translation>
    </message>
    <message>
        <source>%1: not a valid DER certificate</source>
        <translation>%1 : certificat DER non valide</translation>
    </message>
    <message>
        <source>%1: unexpected bytes after the certificate</source>
        <translation>%1 : octets inattendus après le certificat</translation>
    </message>
    <message>
        <source>%1: not a valid PEM CRL (%2)</source>
        <translation>%1 : CRL PEM non valide (%2)</translation>
    </message>
    <message>
        <source>no CRL found</source>
        <translation>aucune CRL trouvée</translation>
    </message>
    <message>
        <source>%1: not a valid DER CRL</source>
        <translation>%1 : CRL DER non valide</translation>
    </message>
    <message>
        <source>expected signer name &apos;%1&apos;: &apos;%2&apos; is not ATTRIBUTE=value</source>
        <translation>nom de signataire attendu &apos;%1&apos; : &apos;%2&apos; n&apos;est pas de la forme ATTRIBUT=valeur</translation>
    </message>
    <message>
        <source>expected signer name &apos;%1&apos;: unknown attribute &apos;%2&apos;</source>
        <translation>nom de signataire attendu &apos;%1&apos; : attribut &apos;%2&apos; inconnu</translation>
    </message>
    <message>
        <source>signer &apos;%1&apos; has no %2 attribute; expected %2=%3</source>
        <translation>le signataire &apos;%1&apos; n&apos;a pas d&apos;attribut %2 ; %2=%3 attendu</translation>
    </message>
    <message>
        <source>signer &apos;%1&apos; has %2=%3; expected %2=%4</source>
        <translation>le signataire &apos;%1&apos; a %2=%3 ; %2=%4 attendu</translation>
    </message>
    <message>
        <source>%1: no trust anchor configured</source>
        <translation>%1 : aucune ancre de confiance configurée</translation>
    </message>
    <message>
        <source>%1: cannot set up verification</source>
        <translation>%1 : impossible de préparer la vérification</translation>
    </message>
    <message>
        <source>self-signed certificate &apos;%1&apos; comes from the document and is not a trust anchor of the profile</source>
        <translation>le certificat auto-signé &apos;%1&apos; provient du document et n&apos;est pas une ancre de confiance du profil</translation>
    </message>
    <message>
        <source>no trust anchor of the profile issued &apos;%1&apos; (issuer &apos;%2&apos;)</source>
        <translation>aucune ancre de confiance du profil n&apos;a émis &apos;%1&apos; (émetteur &apos;%2&apos;)</translation>
    </message>
    <message>
        <source>certificate &apos;%1&apos; expired on %2 (validated at %3)</source>
        <translation>le certificat &apos;%1&apos; a expiré le %2 (validé au %3)</translation>
    </message>
    <message>
        <source>certificate &apos;%1&apos; is not valid before %2 (validated at %3)</source>
        <translation>le certificat &apos;%1&apos; n&apos;est pas valide avant le %2 (validé au %3)</translation>
    </message>
    <message>
        <source>certificate &apos;%1&apos;: %2</source>
        <translation>certificat &apos;%1&apos; : %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1: no chain built</source>
        <translation>%1 : aucune chaîne construite</translation>
    </message>
    <message>
        <source>%1: chain ends at &apos;%2&apos;, which is not a trust anchor of the profile</source>
        <translation>%1 : la chaîne se termine à &apos;%2&apos;, qui n&apos;est pas une ancre de confiance du profil</translation>
    </message>
    <message>
        <source>&apos;%1&apos; (%2)</source>
        <translation>&apos;%1&apos; (%2)</translation>
    </message>
    <message>
        <source>certificate &apos;%1&apos; is revoked</source>
        <translation>le certificat &apos;%1&apos; est révoqué</translation>
    </message>
    <message>
        <source>cannot set up the CRL check</source>
        <translation>impossible de préparer la vérification des CRL</translation>
    </message>
    <message>
        <source>digest %1 unavailable</source>
        <translation>condensat %1 indisponible</translation>
    </message>
    <message>
        <source>%1 %2 bits</source>
        <translation>%1 %2 bits</translation>
    </message>
    <message>
        <source>key type %1 is not supported (RSA or EC only)</source>
        <translation>type de clé %1 non pris en charge (RSA ou EC uniquement)</translation>
    </message>
    <message>
        <source>key %1 is too weak (minimum RSA 2048 or EC 256 bits)</source>
        <translation>clé %1 trop faible (au minimum RSA 2048 ou EC 256 bits)</translation>
    </message>
    <message>
        <source>the signing certificate&apos;s key (%1) does not fit signature method %2</source>
        <translation>la clé du certificat de signature (%1) ne correspond pas à la méthode de signature %2</translation>
    </message>
    <message>
        <source>ECDSA SignatureValue is %1 bytes; expected %2</source>
        <translation>la SignatureValue ECDSA fait %1 octets ; %2 attendus</translation>
    </message>
    <message>
        <source>cannot decode the ECDSA SignatureValue</source>
        <translation>impossible de décoder la SignatureValue ECDSA</translation>
    </message>
    <message>
        <source>cannot encode the ECDSA signature</source>
        <translation>impossible d&apos;encoder la signature ECDSA</translation>
    </message>
    <message>
        <source>cannot set up signature verification</source>
        <translation>impossible de préparer la vérification de la signature</translation>
    </message>
    <message>
        <source>cannot set RSA PKCS#1 v1.5 padding</source>
        <translation>impossible de définir le remplissage RSA PKCS#1 v1.5</translation>
    </message>
    <message>
        <source>SignatureValue does not verify with the key of the signing certificate (%1, %2)</source>
        <translation>la SignatureValue ne se vérifie pas avec la clé du certificat de signature (%1, %2)</translation>
    </message>
    <message>
        <source>%1: not an unencrypted PEM private key</source>
        <translation>%1 : n&apos;est pas une clé privée PEM non chiffrée</translation>
    </message>
    <message>
        <source>cannot set up RSA-SHA256 signing</source>
        <translation>impossible de préparer la signature RSA-SHA256</translation>
    </message>
    <message>
        <source>signing failed</source>
        <translation>échec de la signature</translation>
    </message>
    <message>
        <source>not an RSA key</source>
        <translation>n&apos;est pas une clé RSA</translation>
    </message>
    <message>
        <source>timestamp token has no ESS signing-certificate attribute (RFC 3161 requires one)</source>
        <translation>le jeton d&apos;horodatage n&apos;a pas d&apos;attribut ESS signing-certificate (la RFC 3161 l&apos;exige)</translation>
    </message>
    <message>
        <source>timestamp token is not a CMS structure</source>
        <translation>le jeton d&apos;horodatage n&apos;est pas une structure CMS</translation>
    </message>
    <message>
        <source>timestamp token has unexpected bytes after it</source>
        <translation>le jeton d&apos;horodatage est suivi d&apos;octets inattendus</translation>
    </message>
    <message>
        <source>timestamp token is not CMS SignedData</source>
        <translation>le jeton d&apos;horodatage n&apos;est pas un CMS SignedData</translation>
    </message>
    <message>
        <source>timestamp token content type is %1, not id-ct-TSTInfo</source>
        <translation>le type de contenu du jeton d&apos;horodatage est %1, et non id-ct-TSTInfo</translation>
    </message>
    <message>
        <source>timestamp token has %1 signers; expected exactly one</source>
        <translation>le jeton d&apos;horodatage a %1 signataires ; un seul attendu</translation>
    </message>
    <message>
        <source>timestamp certificate</source>
        <translation>certificat d&apos;horodatage</translation>
    </message>
    <message>
        <source>timestamp token signature does not verify</source>
        <translation>la signature du jeton d&apos;horodatage ne se vérifie pas</translation>
    </message>
    <message>
        <source>timestamp token: TSA certificate not found</source>
        <translation>jeton d&apos;horodatage : certificat de la TSA introuvable</translation>
    </message>
    <message>
        <source>timestamp token: malformed TSTInfo</source>
        <translation>jeton d&apos;horodatage : TSTInfo mal formé</translation>
    </message>
    <message>
        <source>timestamp token: TSTInfo version %1; expected 1</source>
        <translation>jeton d&apos;horodatage : TSTInfo version %1 ; 1 attendu</translation>
    </message>
    <message>
        <source>timestamp token: message imprint algorithm %1 is not allowed (sha256, sha384, sha512)</source>
        <translation>jeton d&apos;horodatage : l&apos;algorithme d&apos;empreinte %1 n&apos;est pas autorisé (sha256, sha384, sha512)</translation>
    </message>
    <message>
        <source>timestamp token: message imprint is not the %1 of the SignatureValue (the token belongs to another signature)</source>
        <translation>jeton d&apos;horodatage : l&apos;empreinte n&apos;est pas le %1 de la SignatureValue (le jeton appartient à une autre signature)</translation>
    </message>
    <message>
        <source>timestamp token: genTime cannot be read</source>
        <translation>jeton d&apos;horodatage : genTime illisible</translation>
    </message>
    <message>
        <source>timestamp genTime %1 is in the future (now %2)</source>
        <translation>le genTime d&apos;horodatage %1 est dans le futur (maintenant : %2)</translation>
    </message>
    <message>
        <source>TSA chain</source>
        <translation>chaîne de la TSA</translation>
    </message>
    <message>
        <source>TSA certificate &apos;%1&apos; lacks the timeStamping EKU (1.3.6.1.5.5.7.3.8)</source>
        <translation>il manque au certificat de TSA &apos;%1&apos; l&apos;EKU timeStamping (1.3.6.1.5.5.7.3.8)</translation>
    </message>
    <message>
        <source>TSA issuer &apos;%1&apos; restricts its EKUs and does not allow timeStamping</source>
        <translation>l&apos;émetteur de la TSA &apos;%1&apos; restreint ses EKU et n&apos;autorise pas timeStamping</translation>
    </message>
    <message>
        <source>cannot build the timestamp request</source>
        <translation>impossible de construire la requête d&apos;horodatage</translation>
    </message>
    <message>
        <source>timestamp response is not a TimeStampResp</source>
        <translation>la réponse d&apos;horodatage n&apos;est pas un TimeStampResp</translation>
    </message>
    <message>
        <source>timestamp response: malformed status</source>
        <translation>réponse d&apos;horodatage : état mal formé</translation>
    </message>
    <message>
        <source>timestamp authority refused the request (PKIStatus %1)</source>
        <translation>l&apos;autorité d&apos;horodatage a refusé la requête (PKIStatus %1)</translation>
    </message>
    <message>
        <source>timestamp response carries no token</source>
        <translation>la réponse d&apos;horodatage ne contient aucun jeton</translation>
    </message>
    <message>
        <source>timestamp response: the token is not CMS</source>
        <translation>réponse d&apos;horodatage : le jeton n&apos;est pas une structure CMS</translation>
    </message>
    <message>
        <source>timestamp response: token signature does not verify</source>
        <translation>réponse d&apos;horodatage : la signature du jeton ne se vérifie pas</translation>
    </message>
    <message>
        <source>timestamp response: malformed TSTInfo</source>
        <translation>réponse d&apos;horodatage : TSTInfo mal formé</translation>
    </message>
    <message>
        <source>timestamp response: the token covers other data</source>
        <translation>réponse d&apos;horodatage : le jeton porte sur d&apos;autres données</translation>
    </message>
    <message>
        <source>timestamp response: nonce does not match the request</source>
        <translation>réponse d&apos;horodatage : le nonce ne correspond pas à la requête</translation>
    </message>
    <message>
        <source>(a name that is not a directory name)</source>
        <translation>(un nom qui n&apos;est pas un nom d&apos;annuaire)</translation>
    </message>
    <message>
        <source>timestamp token: malformed signing-certificate attribute (%1)</source>
        <translation>jeton d&apos;horodatage : attribut signing-certificate mal formé (%1)</translation>
    </message>
    <message>
        <source>timestamp token: the signing-certificate attribute lists no certificate</source>
        <translation>jeton d&apos;horodatage : l&apos;attribut signing-certificate ne cite aucun certificat</translation>
    </message>
    <message>
        <source>timestamp token: the first %1 uses hash algorithm %2 (sha256, sha384 or sha512 expected)</source>
        <translation>jeton d&apos;horodatage : le premier %1 utilise l&apos;algorithme de hachage %2 (sha256, sha384 ou sha512 attendu)</translation>
    </message>
    <message>
        <source>(unreadable)</source>
        <translation>(illisible)</translation>
    </message>
    <message>
        <source>timestamp token: the first %1 of the signing-certificate attribute names certificate &apos;%2&apos;, not the TSA certificate &apos;%3&apos;</source>
        <translation>jeton d&apos;horodatage : le premier %1 de l&apos;attribut signing-certificate désigne le certificat &apos;%2&apos; et non le certificat de la TSA &apos;%3&apos;</translation>
    </message>
    <message>
        <source>timestamp token: the %1 hash in the first %2 of the signing-certificate attribute does not match the TSA certificate &apos;%3&apos;</source>
        <translation>jeton d&apos;horodatage : le hachage %1 du premier %2 de l&apos;attribut signing-certificate ne correspond pas au certificat de la TSA &apos;%3&apos;</translation>
    </message>
    <message>
        <source>timestamp token: the issuerSerial of the first %1 of the signing-certificate attribute (issuer &apos;%2&apos;, serial %3) does not match the TSA certificate &apos;%4&apos; (issuer &apos;%5&apos;, serial %6)</source>
        <translation>jeton d&apos;horodatage : l&apos;issuerSerial du premier %1 de l&apos;attribut signing-certificate (émetteur &apos;%2&apos;, numéro de série %3) ne correspond pas au certificat de la TSA &apos;%4&apos; (émetteur &apos;%5&apos;, numéro de série %6)</translation>
    </message>
    <message>
        <source>timestamp response has unexpected bytes after the token</source>
        <translation>la réponse d&apos;horodatage contient des octets inattendus après le jeton</translation>
    </message>
</context>
<context>
    <name>FeedFetcher</name>
    <message>
        <source>no fetch started</source>
        <translation>aucune récupération démarrée</translation>
    </message>
    <message>
        <source>connecting to %1 through proxy %2 timed out after %3 s</source>
        <translation>la connexion à %1 par le proxy %2 a expiré après %3 s</translation>
    </message>
    <message>
        <source>connecting to %1 timed out after %2 s</source>
        <translation>la connexion à %1 a expiré après %2 s</translation>
    </message>
    <message>
        <source>no data from %1 for %2 s: the server stalled</source>
        <translation>aucune donnée de %1 depuis %2 s : le serveur ne répond plus</translation>
    </message>
    <message>
        <source>fetching %1 took longer than the %2 s limit (%3 bytes received)</source>
        <translation>la récupération de %1 a dépassé la limite de %2 s (%3 octets reçus)</translation>
    </message>
    <message>
        <source>invalid URL &apos;%1&apos;</source>
        <translation>URL &apos;%1&apos; non valide</translation>
    </message>
    <message>
        <source>URL &apos;%1&apos;: scheme %2 is not allowed here (%3)</source>
        <translation>URL &apos;%1&apos; : le schéma %2 n&apos;est pas autorisé ici (%3)</translation>
    </message>
    <message>
        <source>invalid proxy URL &apos;%1&apos;: expected http://host:port</source>
        <translation>URL de proxy &apos;%1&apos; non valide : http://hôte:port attendu</translation>
    </message>
    <message>
        <source>the response from %1 is %2 bytes; the limit is %3 bytes</source>
        <translation>la réponse de %1 fait %2 octets ; la limite est de %3 octets</translation>
    </message>
    <message>
        <source>the response from %1 exceeds the limit of %2 bytes (stopped after %3 bytes)</source>
        <translation>la réponse de %1 dépasse la limite de %2 octets (arrêt après %3 octets)</translation>
    </message>
    <message>
        <source>fetching %1 was cancelled</source>
        <translation>la récupération de %1 a été annulée</translation>
    </message>
    <message>
        <source>HTTP %1 from %2 without a valid Location</source>
        <translation>HTTP %1 de %2 sans en-tête Location valide</translation>
    </message>
    <message>
        <source>more than %1 redirects fetching %2 (last to %3)</source>
        <translation>plus de %1 redirections en récupérant %2 (la dernière vers %3)</translation>
    </message>
    <message>
        <source>redirect from %1 to %2 refused: it leaves HTTPS</source>
        <translation>redirection de %1 vers %2 refusée : elle quitte HTTPS</translation>
    </message>
    <message>
        <source>redirect from %1 to %2 refused: scheme %3 not allowed</source>
        <translation>redirection de %1 vers %2 refusée : schéma %3 non autorisé</translation>
    </message>
    <message>
        <source>the response from %1 exceeds the limit of %2 bytes</source>
        <translation>la réponse de %1 dépasse la limite de %2 octets</translation>
    </message>
    <message>
        <source>HTTP status %1%2 from %3</source>
        <translation>état HTTP %1%2 de %3</translation>
    </message>
    <message>
        <source>DNS: host &apos;%1&apos; not found</source>
        <translation>DNS : hôte &apos;%1&apos; introuvable</translation>
    </message>
    <message>
        <source>connection to %1 refused</source>
        <translation>connexion à %1 refusée</translation>
    </message>
    <message>
        <source>connection to %1 timed out</source>
        <translation>la connexion à %1 a expiré</translation>
    </message>
    <message>
        <source>%1 closed the connection before answering</source>
        <translation>%1 a fermé la connexion avant de répondre</translation>
    </message>
    <message>
        <source>TLS: the certificate of %1 is not trusted (%2); presented certificate &apos;%3&apos; issued by &apos;%4&apos;</source>
        <translation>TLS : le certificat de %1 n&apos;est pas approuvé (%2) ; certificat présenté &apos;%3&apos; émis par &apos;%4&apos;</translation>
    </message>
    <message>
        <source>TLS handshake with %1 failed: %2</source>
        <translation>échec de la négociation TLS avec %1 : %2</translation>
    </message>
    <message>
        <source>proxy %1: connection refused (is the proxy running?)</source>
        <translation>proxy %1 : connexion refusée (le proxy est-il démarré ?)</translation>
    </message>
    <message>
        <source>proxy %1 closed the connection to %2</source>
        <translation>le proxy %1 a fermé la connexion vers %2</translation>
    </message>
    <message>
        <source>DNS: proxy host &apos;%1&apos; not found</source>
        <translation>DNS : hôte proxy &apos;%1&apos; introuvable</translation>
    </message>
    <message>
        <source>proxy %1 timed out</source>
        <translation>le proxy %1 ne répond pas dans le délai</translation>
    </message>
    <message>
        <source>proxy %1 requires authentication</source>
        <translation>le proxy %1 exige une authentification</translation>
    </message>
    <message>
        <source>proxy %1 could not reach %2</source>
        <translation>le proxy %1 n&apos;a pas pu joindre %2</translation>
    </message>
    <message>
        <source>fetching %1 failed: %2</source>
        <translation>échec de la récupération de %1 : %2</translation>
    </message>
    <message>
        <source>proxy %1: %2</source>
        <translation>proxy %1 : %2</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
</context>
<context>
    <name>FeedFile</name>
    <message>
        <source>a directory</source>
        <translation>un répertoire</translation>
    </message>
    <message>
        <source>a FIFO (named pipe)</source>
        <translation>un tube nommé (FIFO)</translation>
    </message>
    <message>
        <source>a character device</source>
        <translation>un périphérique en mode caractère</translation>
    </message>
    <message>
        <source>a block device</source>
        <translation>un périphérique en mode bloc</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>un socket</translation>
    </message>
    <message>
        <source>a special file</source>
        <translation>un fichier spécial</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is %3, not a regular file; refusing to read it</source>
        <translation>%1 &apos;%2&apos; est %3 et non un fichier ordinaire ; lecture refusée</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos;: %3 bytes is over the limit of %4 bytes</source>
        <translation>%1 &apos;%2&apos; : %3 octets dépassent la limite de %4 octets</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos;: not found</source>
        <translation>%1 &apos;%2&apos; : introuvable</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos;: cannot be read: %3</source>
        <translation>%1 &apos;%2&apos; : illisible : %3</translation>
    </message>
    <message>
        <source>%1: no file name given</source>
        <translation>%1 : aucun nom de fichier indiqué</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos;: grew past the limit of %3 bytes while being read</source>
        <translation>%1 &apos;%2&apos; : a dépassé la limite de %3 octets pendant la lecture</translation>
    </message>
</context>
<context>
    <name>FeedSign</name>
    <message>
        <source>signing key</source>
        <translation>clé de signature</translation>
    </message>
    <message>
        <source>signer certificate</source>
        <translation>certificat du signataire</translation>
    </message>
    <message>
        <source>signer certificate: the file holds %1 certificates; give the signer alone and the intermediates with --chain</source>
        <translation>certificat du signataire : le fichier contient %1 certificats ; indiquez le signataire seul et les intermédiaires avec --chain</translation>
    </message>
    <message>
        <source>certificate chain</source>
        <translation>chaîne de certificats</translation>
    </message>
    <message>
        <source>the signing key does not belong to certificate &apos;%1&apos;</source>
        <translation>la clé de signature n&apos;appartient pas au certificat &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the feed profile signs with rsa-sha256; the key is %1</source>
        <translation>le profil de flux signe en rsa-sha256 ; la clé est %1</translation>
    </message>
    <message>
        <source>signing key: %1</source>
        <translation>clé de signature : %1</translation>
    </message>
    <message>
        <source>not a valid EOCS feed, nothing signed: %1</source>
        <translation>flux EOCS non valide, rien n&apos;a été signé : %1</translation>
    </message>
    <message>
        <source>the signed document does not read back: %1</source>
        <translation>le document signé ne se relit pas : %1</translation>
    </message>
    <message>
        <source>the signed document does not read back: digest differs</source>
        <translation>le document signé ne se relit pas : le condensat diffère</translation>
    </message>
    <message>
        <source>no random nonce available: %1</source>
        <translation>aucun nonce aléatoire disponible : %1</translation>
    </message>
</context>
<context>
    <name>FeedStatus</name>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 j</translation>
    </message>
    <message>
        <source>No feed accepted yet: the last attempt (%1) failed: %2</source>
        <translation>Aucun flux accepté pour l&apos;instant : la dernière tentative (%1) a échoué : %2</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Source : %1</translation>
    </message>
    <message>
        <source>No feed accepted yet</source>
        <translation>Aucun flux accepté pour l&apos;instant</translation>
    </message>
    <message>
        <source>Feed URL: %1</source>
        <translation>URL du flux : %1</translation>
    </message>
    <message>
        <source>Feed signed by %1 on %2 (%3 old), verified with the &apos;%4&apos; trust profile</source>
        <translation>Flux signé par %1 le %2 (il y a %3), vérifié avec le profil de confiance &apos;%4&apos;</translation>
    </message>
    <message>
        <source>; older than the %1 allowed</source>
        <translation> ; plus ancien que les %1 autorisés</translation>
    </message>
    <message>
        <source>; the last check (%1) failed: %2</source>
        <translation> ; la dernière vérification (%1) a échoué : %2</translation>
    </message>
    <message>
        <source>Signer: %1</source>
        <translation>Signataire : %1</translation>
    </message>
    <message>
        <source>Signing time: %1 (%2)</source>
        <translation>Heure de signature : %1 (%2)</translation>
    </message>
    <message>
        <source>RFC 3161 timestamp</source>
        <translation>horodatage RFC 3161</translation>
    </message>
    <message>
        <source>issued attribute, no timestamp</source>
        <translation>attribut issued, sans horodatage</translation>
    </message>
    <message>
        <source>Accepted: %1</source>
        <translation>Accepté : %1</translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation>SHA-256 : %1</translation>
    </message>
    <message>
        <source>Last check: %1, %2</source>
        <translation>Dernière vérification : %1, %2</translation>
    </message>
</context>
<context>
    <name>FeedUpdate</name>
    <message>
        <source>The feed accepted at %1 stays in effect.</source>
        <translation>Le flux accepté le %1 reste en vigueur.</translation>
    </message>
    <message>
        <source>No feed is in effect.</source>
        <translation>Aucun flux n&apos;est en vigueur.</translation>
    </message>
    <message>
        <source>feed from %1 refused: the organization&apos;s %2</source>
        <translation>flux de %1 refusé : %2 de l&apos;organisation</translation>
    </message>
    <message>
        <source>feed from %1 refused: %2</source>
        <translation>flux de %1 refusé : %2</translation>
    </message>
    <message>
        <source>verified; unchanged</source>
        <translation>vérifié ; inchangé</translation>
    </message>
    <message>
        <source>feed from %1 refused: it carries no signing time (no timestamp, no issued attribute) while the accepted feed was signed at %2, so it could be a rollback</source>
        <translation>flux de %1 refusé : il ne porte aucune heure de signature (ni horodatage, ni attribut issued) alors que le flux accepté a été signé le %2 ; il pourrait donc s&apos;agir d&apos;un retour en arrière</translation>
    </message>
    <message>
        <source>feed from %1 refused: it differs from the accepted feed but claims the same signing time (%2)</source>
        <translation>flux de %1 refusé : il diffère du flux accepté mais annonce la même heure de signature (%2)</translation>
    </message>
    <message>
        <source>feed from %1 could not be stored: %2</source>
        <translation>le flux de %1 n&apos;a pas pu être enregistré : %2</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>vérifié</translation>
    </message>
    <message>
        <source>; warnings: %1</source>
        <translation> ; avertissements : %1</translation>
    </message>
    <message>
        <source>cannot get the feed from %1: %2</source>
        <translation>impossible d&apos;obtenir le flux de %1 : %2</translation>
    </message>
    <message>
        <source>Feed verified: signed by %1 at %2 (%3 ago)</source>
        <translation>Flux vérifié : signé par %1 le %2 (il y a %3)</translation>
    </message>
    <message>
        <source>Feed verified: signed by %1, no signing time, accepted at %2</source>
        <translation>Flux vérifié : signé par %1, sans heure de signature, accepté le %2</translation>
    </message>
    <message>
        <source>; older than %1</source>
        <translation> ; plus ancien que %1</translation>
    </message>
    <message>
        <source>No feed accepted yet</source>
        <translation>Aucun flux accepté pour l&apos;instant</translation>
    </message>
    <message>
        <source>; last update failed at %1: %2</source>
        <translation> ; échec de la dernière mise à jour le %1 : %2</translation>
    </message>
    <message>
        <source>no feed update started</source>
        <translation>aucune mise à jour du flux n&apos;a démarré</translation>
    </message>
    <message>
        <source>Fetching %1</source>
        <translation>Récupération de %1</translation>
    </message>
    <message>
        <source>Fetching CRL %1</source>
        <translation>Récupération de la CRL %1</translation>
    </message>
    <message>
        <source>CRL %1: %2</source>
        <translation>CRL %1 : %2</translation>
    </message>
    <message>
        <source>Verifying</source>
        <translation>Vérification</translation>
    </message>
</context>
<context>
    <name>FeedVerify</name>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Structure</source>
        <translation>Structure</translation>
    </message>
    <message>
        <source>Algorithms</source>
        <translation>Algorithmes</translation>
    </message>
    <message>
        <source>Digest</source>
        <translation>Condensat</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Chain</source>
        <translation>Chaîne</translation>
    </message>
    <message>
        <source>EKU</source>
        <translation>EKU</translation>
    </message>
    <message>
        <source>Signer name</source>
        <translation>Nom du signataire</translation>
    </message>
    <message>
        <source>Revocation</source>
        <translation>Révocation</translation>
    </message>
    <message>
        <source>Timestamp</source>
        <translation>Horodatage</translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation>Catalogue</translation>
    </message>
    <message>
        <source>Freshness</source>
        <translation>Fraîcheur</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n heure</numerusform>
            <numerusform>%n heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 bytes (limit %2)</source>
        <translation>%1 octets (limite %2)</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>réussi</translation>
    </message>
    <message numerus="yes">
        <source>EOCS root, one enveloped Signature as its last child, one Reference URI=&quot;&quot;, %n certificate(s) in KeyInfo</source>
        <translation>
            <numerusform>racine EOCS, une Signature enveloppée en dernier enfant, une Reference URI=&quot;&quot;, %n certificat dans KeyInfo</numerusform>
            <numerusform>racine EOCS, une Signature enveloppée en dernier enfant, une Reference URI=&quot;&quot;, %n certificats dans KeyInfo</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
    <message>
        <source>the document was changed after signing: the %1 of its canonical form does not match DigestValue</source>
        <translation>le document a été modifié après sa signature : le %1 de sa forme canonique ne correspond pas à DigestValue</translation>
    </message>
    <message>
        <source>%1 of %2 canonical bytes matches DigestValue</source>
        <translation>le %1 des %2 octets canoniques correspond à DigestValue</translation>
    </message>
    <message>
        <source>KeyInfo certificate %1</source>
        <translation>certificat %1 de KeyInfo</translation>
    </message>
    <message>
        <source>KeyInfo holds no end-entity certificate to verify the signature with</source>
        <translation>KeyInfo ne contient aucun certificat d&apos;entité finale pour vérifier la signature</translation>
    </message>
    <message>
        <source>KeyInfo holds %1 unrelated end-entity certificates (%2); the signer is ambiguous</source>
        <translation>KeyInfo contient %1 certificats d&apos;entité finale sans lien entre eux (%2) ; le signataire est ambigu</translation>
    </message>
    <message>
        <source>the signing certificate&apos;s key cannot be read</source>
        <translation>la clé du certificat de signature est illisible</translation>
    </message>
    <message>
        <source>signing certificate &apos;%1&apos;: %2</source>
        <translation>certificat de signature &apos;%1&apos; : %2</translation>
    </message>
    <message>
        <source>KeyValue does not match the key of the signing certificate &apos;%1&apos;</source>
        <translation>KeyValue ne correspond pas à la clé du certificat de signature &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1 by &apos;%2&apos; (%3)</source>
        <translation>%1 par &apos;%2&apos; (%3)</translation>
    </message>
    <message>
        <source>no RFC 3161 countersignature: the chain is validated at %1</source>
        <translation>pas de contre-signature RFC 3161 : la chaîne est validée au %1</translation>
    </message>
    <message>
        <source>timestamp anchors of profile &apos;%1&apos;</source>
        <translation>ancres d&apos;horodatage du profil &apos;%1&apos;</translation>
    </message>
    <message>
        <source>trust profile &apos;%1&apos; has no timestamp anchors, so the countersignature cannot be validated (add one with trust add-profile --tsa-anchor)</source>
        <translation>le profil de confiance &apos;%1&apos; n&apos;a pas d&apos;ancre d&apos;horodatage : la contre-signature ne peut pas être validée (ajoutez-en une avec trust add-profile --tsa-anchor)</translation>
    </message>
    <message>
        <source>genTime %1 by &apos;%2&apos; (%3 imprint of the SignatureValue)</source>
        <translation>genTime %1 par &apos;%2&apos; (empreinte %3 de la SignatureValue)</translation>
    </message>
    <message>
        <source>anchors of profile &apos;%1&apos;</source>
        <translation>ancres du profil &apos;%1&apos;</translation>
    </message>
    <message>
        <source>trust profile &apos;%1&apos; has no trust anchor</source>
        <translation>le profil de confiance &apos;%1&apos; n&apos;a aucune ancre de confiance</translation>
    </message>
    <message>
        <source>intermediates of profile &apos;%1&apos;</source>
        <translation>certificats intermédiaires du profil &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1 (validated at %2%3)</source>
        <translation>%1 (validé au %2%3)</translation>
    </message>
    <message>
        <source>, the timestamp&apos;s genTime</source>
        <translation>, genTime de l&apos;horodatage</translation>
    </message>
    <message>
        <source>trust profile &apos;%1&apos; requires no EKU; refusing to accept any certificate of its anchors</source>
        <translation>le profil de confiance &apos;%1&apos; n&apos;exige aucun EKU ; refus d&apos;accepter n&apos;importe quel certificat de ses ancres</translation>
    </message>
    <message>
        <source>signer &apos;%1&apos; lacks EKU %2 (it has %3)</source>
        <translation>il manque l&apos;EKU %2 au signataire &apos;%1&apos; (il a %3)</translation>
    </message>
    <message>
        <source>signer &apos;%1&apos; has no extended key usage; %2 required</source>
        <translation>le signataire &apos;%1&apos; n&apos;a pas d&apos;utilisation étendue de clé ; %2 exigé</translation>
    </message>
    <message>
        <source>signer &apos;%1&apos; key usage does not allow digitalSignature</source>
        <translation>l&apos;utilisation de clé du signataire &apos;%1&apos; n&apos;autorise pas digitalSignature</translation>
    </message>
    <message>
        <source>issuer &apos;%1&apos; restricts its EKUs and does not allow %2</source>
        <translation>l&apos;émetteur &apos;%1&apos; restreint ses EKU et n&apos;autorise pas %2</translation>
    </message>
    <message>
        <source>trust profile &apos;%1&apos; names no expected signer; &apos;%2&apos; is accepted</source>
        <translation>le profil de confiance &apos;%1&apos; ne désigne aucun signataire attendu ; &apos;%2&apos; est accepté</translation>
    </message>
    <message>
        <source>CRLs of profile &apos;%1&apos;</source>
        <translation>CRL du profil &apos;%1&apos;</translation>
    </message>
    <message>
        <source>CRL %1</source>
        <translation>CRL %1</translation>
    </message>
    <message numerus="yes">
        <source>not revoked (%n CRL(s) checked)</source>
        <translation>
            <numerusform>non révoqué (%n CRL vérifiée)</numerusform>
            <numerusform>non révoqué (%n CRL vérifiées)</numerusform>
        </translation>
    </message>
    <message>
        <source>revocation status unknown: %1</source>
        <translation>état de révocation inconnu : %1</translation>
    </message>
    <message>
        <source> (the organization requires it: RevocationUnknown=Fail)</source>
        <translation> (l&apos;organisation l&apos;exige : RevocationUnknown=Fail)</translation>
    </message>
    <message>
        <source>issued %1 is in the future (now %2)</source>
        <translation>issued %1 est dans le futur (maintenant : %2)</translation>
    </message>
    <message numerus="yes">
        <source>EOCS %1: %n mitigation(s)</source>
        <translation>
            <numerusform>EOCS %1 : %n atténuation</numerusform>
            <numerusform>EOCS %1 : %n atténuations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n action(s)</source>
        <translation>
            <numerusform>, %n action</numerusform>
            <numerusform>, %n actions</numerusform>
        </translation>
    </message>
    <message>
        <source>the feed carries no signing time (no timestamp, no issued attribute): its age and rollback cannot be checked</source>
        <translation>le flux ne porte aucune heure de signature (ni horodatage, ni attribut issued) : son âge et un éventuel retour en arrière ne peuvent pas être vérifiés</translation>
    </message>
    <message>
        <source>timestamp</source>
        <translation>horodatage</translation>
    </message>
    <message>
        <source>issued attribute</source>
        <translation>attribut issued</translation>
    </message>
    <message>
        <source>signed %1 ago (%2, %3), older than the %4 limit</source>
        <translation>signé il y a %1 (%2, %3), plus ancien que la limite de %4</translation>
    </message>
    <message>
        <source>signed %1 ago (%2, %3)</source>
        <translation>signé il y a %1 (%2, %3)</translation>
    </message>
    <message>
        <source>pass</source>
        <translation>réussi</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>ÉCHEC</translation>
    </message>
    <message>
        <source>warn</source>
        <translation>avert.</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>s.o.</translation>
    </message>
    <message>
        <source>-</source>
        <translation>-</translation>
    </message>
    <message>
        <source>feed refused: %1</source>
        <translation>flux refusé : %1</translation>
    </message>
    <message>
        <source>signer chain (profile &apos;%1&apos;)</source>
        <translation>chaîne du signataire (profil &apos;%1&apos;)</translation>
    </message>
    <message numerus="yes">
        <source>signer and TSA chains not revoked (%n CRL(s) checked)</source>
        <translation>
            <numerusform>chaînes du signataire et de l&apos;autorité d&apos;horodatage non révoquées (%n CRL vérifiée)</numerusform>
            <numerusform>chaînes du signataire et de l&apos;autorité d&apos;horodatage non révoquées (%n CRL vérifiées)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FeedXml</name>
    <message>
        <source>the document is empty</source>
        <translation>le document est vide</translation>
    </message>
    <message>
        <source>cannot create an XML parser</source>
        <translation>impossible de créer un analyseur XML</translation>
    </message>
    <message>
        <source>a DOCTYPE is not allowed (line %1): a feed has no DTD, entities or external references</source>
        <translation>un DOCTYPE n&apos;est pas autorisé (ligne %1) : un flux n&apos;a ni DTD, ni entités, ni références externes</translation>
    </message>
    <message>
        <source>not well-formed XML: line %1: %2</source>
        <translation>XML mal formé : ligne %1 : %2</translation>
    </message>
    <message>
        <source>&lt;%1&gt; (line %2) may only contain elements</source>
        <translation>&lt;%1&gt; (ligne %2) ne peut contenir que des éléments</translation>
    </message>
    <message>
        <source>&lt;%1&gt; (line %2) may only contain text</source>
        <translation>&lt;%1&gt; (ligne %2) ne peut contenir que du texte</translation>
    </message>
    <message>
        <source>attribute &apos;%1&apos; is not allowed on &lt;%2&gt; (line %3)</source>
        <translation>l&apos;attribut &apos;%1&apos; n&apos;est pas autorisé sur &lt;%2&gt; (ligne %3)</translation>
    </message>
    <message>
        <source>&lt;%1&gt; (line %2) is not valid base64</source>
        <translation>&lt;%1&gt; (ligne %2) n&apos;est pas du base64 valide</translation>
    </message>
    <message>
        <source>cannot create the canonicalization buffer</source>
        <translation>impossible de créer le tampon de canonicalisation</translation>
    </message>
    <message>
        <source>canonicalization failed: %1</source>
        <translation>échec de la canonicalisation : %1</translation>
    </message>
    <message>
        <source>comment at line %1: comments are not covered by the signature and are not allowed</source>
        <translation>commentaire à la ligne %1 : les commentaires ne sont pas couverts par la signature et ne sont pas autorisés</translation>
    </message>
    <message>
        <source>processing instruction &apos;%1&apos; at line %2 is not allowed</source>
        <translation>l&apos;instruction de traitement &apos;%1&apos; à la ligne %2 n&apos;est pas autorisée</translation>
    </message>
    <message>
        <source>entity reference at line %1 is not allowed</source>
        <translation>la référence d&apos;entité à la ligne %1 n&apos;est pas autorisée</translation>
    </message>
    <message>
        <source>a DOCTYPE is not allowed</source>
        <translation>un DOCTYPE n&apos;est pas autorisé</translation>
    </message>
    <message>
        <source>XInclude is not allowed</source>
        <translation>XInclude n&apos;est pas autorisé</translation>
    </message>
    <message>
        <source>the root element is &lt;%1&gt;; expected &lt;EOCS&gt; without a namespace</source>
        <translation>l&apos;élément racine est &lt;%1&gt; ; &lt;EOCS&gt; sans espace de noms attendu</translation>
    </message>
    <message>
        <source>&lt;%1&gt; (line %2) has no Algorithm</source>
        <translation>&lt;%1&gt; (ligne %2) n&apos;a pas d&apos;attribut Algorithm</translation>
    </message>
    <message>
        <source>&lt;%1&gt; (line %2) has parameters (&lt;%3&gt;); none are supported</source>
        <translation>&lt;%1&gt; (ligne %2) a des paramètres (&lt;%3&gt;) ; aucun n&apos;est pris en charge</translation>
    </message>
    <message>
        <source> (SHA-1 is refused)</source>
        <translation> (SHA-1 est refusé)</translation>
    </message>
    <message>
        <source>SignedInfo has %1 Reference elements; exactly one is allowed</source>
        <translation>SignedInfo contient %1 éléments Reference ; un seul est autorisé</translation>
    </message>
    <message>
        <source>SignedInfo must hold CanonicalizationMethod, SignatureMethod and one Reference; found %1</source>
        <translation>SignedInfo doit contenir CanonicalizationMethod, SignatureMethod et une Reference ; trouvé : %1</translation>
    </message>
    <message>
        <source>CanonicalizationMethod &apos;%1&apos; is not allowed (C14N 1.0 or exclusive C14N, without comments)</source>
        <translation>la CanonicalizationMethod &apos;%1&apos; n&apos;est pas autorisée (C14N 1.0 ou C14N exclusive, sans commentaires)</translation>
    </message>
    <message>
        <source>SignatureMethod &apos;%1&apos; is not allowed%2 (rsa-sha256, rsa-sha384, rsa-sha512, ecdsa-sha256, ecdsa-sha384)</source>
        <translation>la SignatureMethod &apos;%1&apos; n&apos;est pas autorisée%2 (rsa-sha256, rsa-sha384, rsa-sha512, ecdsa-sha256, ecdsa-sha384)</translation>
    </message>
    <message>
        <source>the Reference has no URI attribute; only URI=&quot;&quot; (the whole document) is accepted</source>
        <translation>la Reference n&apos;a pas d&apos;attribut URI ; seul URI=&quot;&quot; (le document entier) est accepté</translation>
    </message>
    <message>
        <source>Reference URI &apos;%1&apos; is not allowed; only URI=&quot;&quot; (the whole document) is accepted</source>
        <translation>l&apos;URI de Reference &apos;%1&apos; n&apos;est pas autorisée ; seul URI=&quot;&quot; (le document entier) est accepté</translation>
    </message>
    <message>
        <source>the Reference must hold Transforms, DigestMethod and DigestValue</source>
        <translation>la Reference doit contenir Transforms, DigestMethod et DigestValue</translation>
    </message>
    <message>
        <source>Transforms may only hold Transform elements; found &lt;%1&gt;</source>
        <translation>Transforms ne peut contenir que des éléments Transform ; &lt;%1&gt; trouvé</translation>
    </message>
    <message>
        <source>the Reference transforms must be exactly enveloped-signature then C14N 1.0 (or exclusive C14N); found: %1</source>
        <translation>les transformations de la Reference doivent être exactement enveloped-signature puis C14N 1.0 (ou C14N exclusive) ; trouvé : %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>DigestMethod &apos;%1&apos; is not allowed%2 (sha256, sha384, sha512)</source>
        <translation>la DigestMethod &apos;%1&apos; n&apos;est pas autorisée%2 (sha256, sha384, sha512)</translation>
    </message>
    <message>
        <source>DigestValue is %1 bytes; %2 has %3</source>
        <translation>DigestValue fait %1 octets ; %2 en a %3</translation>
    </message>
    <message>
        <source>&lt;%1&gt; in X509Data (line %2) is not supported; only X509Certificate</source>
        <translation>&lt;%1&gt; dans X509Data (ligne %2) n&apos;est pas pris en charge ; seul X509Certificate l&apos;est</translation>
    </message>
    <message>
        <source>X509Data (line %1) holds no certificate</source>
        <translation>X509Data (ligne %1) ne contient aucun certificat</translation>
    </message>
    <message>
        <source>KeyValue (line %1) must hold one RSAKeyValue</source>
        <translation>KeyValue (ligne %1) doit contenir un RSAKeyValue</translation>
    </message>
    <message>
        <source>RSAKeyValue must hold Modulus and Exponent</source>
        <translation>RSAKeyValue doit contenir Modulus et Exponent</translation>
    </message>
    <message>
        <source>&lt;%1&gt; in KeyInfo (line %2) is not supported; only one KeyValue and X509Data</source>
        <translation>&lt;%1&gt; dans KeyInfo (ligne %2) n&apos;est pas pris en charge ; seuls un KeyValue et X509Data le sont</translation>
    </message>
    <message>
        <source>KeyInfo carries no X509Certificate: the signer is unknown</source>
        <translation>KeyInfo ne contient aucun X509Certificate : le signataire est inconnu</translation>
    </message>
    <message>
        <source>Object &apos;%1&apos; (line %2) is not supported; only Object Id=&quot;%3&quot;</source>
        <translation>l&apos;Object &apos;%1&apos; (ligne %2) n&apos;est pas pris en charge ; seul Object Id=&quot;%3&quot; l&apos;est</translation>
    </message>
    <message>
        <source>CounterSignature format &apos;%1&apos; is not supported (cms-timestamp-message)</source>
        <translation>le format de CounterSignature &apos;%1&apos; n&apos;est pas pris en charge (cms-timestamp-message)</translation>
    </message>
    <message>
        <source>CounterSignature (line %1) is not valid base64</source>
        <translation>CounterSignature (ligne %1) n&apos;est pas du base64 valide</translation>
    </message>
    <message>
        <source>&lt;%1&gt; in the timestamp Object (line %2) is not supported</source>
        <translation>&lt;%1&gt; dans l&apos;Object d&apos;horodatage (ligne %2) n&apos;est pas pris en charge</translation>
    </message>
    <message>
        <source>the timestamp Object holds %1 CounterSignature elements; expected one</source>
        <translation>l&apos;Object d&apos;horodatage contient %1 éléments CounterSignature ; un seul attendu</translation>
    </message>
    <message>
        <source>the document is %1 bytes; the limit is %2 bytes</source>
        <translation>le document fait %1 octets ; la limite est de %2 octets</translation>
    </message>
    <message>
        <source>no XML Signature (http://www.w3.org/2000/09/xmldsig#) found: the document is not signed</source>
        <translation>aucune signature XML (http://www.w3.org/2000/09/xmldsig#) trouvée : le document n&apos;est pas signé</translation>
    </message>
    <message>
        <source>found %1 Signature elements; exactly one is allowed</source>
        <translation>%1 éléments Signature trouvés ; un seul est autorisé</translation>
    </message>
    <message>
        <source>the Signature (line %1) is inside &lt;%2&gt;; it must be a child of the root EOCS element</source>
        <translation>la Signature (ligne %1) est dans &lt;%2&gt; ; elle doit être un enfant de l&apos;élément racine EOCS</translation>
    </message>
    <message>
        <source>the Signature (line %1) is not the last child element of EOCS</source>
        <translation>la Signature (ligne %1) n&apos;est pas le dernier élément enfant d&apos;EOCS</translation>
    </message>
    <message>
        <source>the Signature must hold SignedInfo, SignatureValue, KeyInfo and optionally the timestamp Object; found %1</source>
        <translation>la Signature doit contenir SignedInfo, SignatureValue, KeyInfo et éventuellement l&apos;Object d&apos;horodatage ; trouvé : %1</translation>
    </message>
    <message>
        <source>&lt;%1&gt; (line %2) is not allowed in the Signature</source>
        <translation>&lt;%1&gt; (ligne %2) n&apos;est pas autorisé dans la Signature</translation>
    </message>
    <message>
        <source>XML Signature element &lt;%1&gt; outside the Signature (line %2)</source>
        <translation>élément de signature XML &lt;%1&gt; hors de la Signature (ligne %2)</translation>
    </message>
    <message>
        <source>cannot write the signed document</source>
        <translation>impossible d&apos;écrire le document signé</translation>
    </message>
    <message>
        <source>the document is already signed (&lt;%1&gt; at line %2); sign the unsigned document</source>
        <translation>le document est déjà signé (&lt;%1&gt; à la ligne %2) ; signez le document non signé</translation>
    </message>
    <message>
        <source>the document has no enveloped Signature to timestamp</source>
        <translation>le document n&apos;a pas de Signature enveloppée à horodater</translation>
    </message>
    <message>
        <source>the Signature already carries an Object</source>
        <translation>la Signature contient déjà un Object</translation>
    </message>
    <message>
        <source>CounterSignature (line %1) is in namespace &apos;%2&apos;; expected &apos;%3&apos;</source>
        <translation>CounterSignature (ligne %1) est dans l&apos;espace de noms &apos;%2&apos; ; &apos;%3&apos; attendu</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
</context>
<context>
    <name>Mitigation</name>
    <message>
        <source>unknown action type &apos;%1&apos;: expected DoNothing, UrlRewrite, DisableService or DisableAppPool</source>
        <translation>type d&apos;action &apos;%1&apos; inconnu : DoNothing, UrlRewrite, DisableService ou DisableAppPool attendu</translation>
    </message>
    <message>
        <source>unknown action scope &apos;%1&apos;: expected Server, Site or VDir</source>
        <translation>portée d&apos;action &apos;%1&apos; inconnue : Server, Site ou VDir attendu</translation>
    </message>
    <message>
        <source>every build that runs the EM service</source>
        <translation>toute build qui exécute le service EM</translation>
    </message>
    <message>
        <source>%1 %2 to %3</source>
        <translation>%1 de %2 à %3</translation>
    </message>
    <message>
        <source>invalid mitigation ID &apos;%1&apos;: expected a mitigation ID such as M1 or an action ID such as M1.2</source>
        <translation>ID d&apos;atténuation &apos;%1&apos; non valide : un ID d&apos;atténuation comme M1 ou un ID d&apos;action comme M1.2 est attendu</translation>
    </message>
</context>
<context>
    <name>MitigationService</name>
    <message>
        <source>scheduled check</source>
        <translation>vérification planifiée</translation>
    </message>
    <message>
        <source>EM service started on %1 (check interval %2, first check delay %3)</source>
        <translation>Service EM démarré sur %1 (intervalle de vérification %2, délai avant la première vérification %3)</translation>
    </message>
    <message>
        <source>one check (--once)</source>
        <translation>une vérification (--once)</translation>
    </message>
    <message>
        <source>first check</source>
        <translation>première vérification</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 dans %2</translation>
    </message>
    <message>
        <source>EM service stopped</source>
        <translation>Service EM arrêté</translation>
    </message>
    <message>
        <source>stopping: the server in progress finishes first</source>
        <translation>arrêt : le serveur en cours se termine d&apos;abord</translation>
    </message>
    <message>
        <source>cannot read the run request: %1</source>
        <translation>impossible de lire la demande d&apos;exécution : %1</translation>
    </message>
    <message>
        <source>run requested at %1</source>
        <translation>exécution demandée le %1</translation>
    </message>
    <message>
        <source>check started (%1)</source>
        <translation>vérification démarrée (%1)</translation>
    </message>
    <message>
        <source>feed accepted: signed by %1 at %2</source>
        <translation>flux accepté : signé par %1 le %2</translation>
    </message>
    <message>
        <source>feed unchanged</source>
        <translation>flux inchangé</translation>
    </message>
    <message>
        <source>feed not updated, the previous one stays in effect: %1</source>
        <translation>flux non mis à jour, le précédent reste en vigueur : %1</translation>
    </message>
    <message>
        <source>cycle failed: %1</source>
        <translation>échec du cycle : %1</translation>
    </message>
    <message>
        <source>Mitigation cycle failed: %1</source>
        <translation>Échec du cycle d&apos;atténuation : %1</translation>
    </message>
    <message>
        <source>cycle stopped before every server was processed</source>
        <translation>cycle arrêté avant que tous les serveurs soient traités</translation>
    </message>
    <message>
        <source>log: %1</source>
        <translation>journal : %1</translation>
    </message>
    <message>
        <source>diagnostic data of %1 sent</source>
        <translation>données de diagnostic de %1 envoyées</translation>
    </message>
    <message>
        <source>Diagnostic data of %1 could not be sent: %2</source>
        <translation>Les données de diagnostic de %1 n&apos;ont pas pu être envoyées : %2</translation>
    </message>
    <message>
        <source>next check</source>
        <translation>prochaine vérification</translation>
    </message>
    <message>
        <source>notifications: %1</source>
        <translation>notifications : %1</translation>
    </message>
    <message>
        <source>the failure could not be recorded as an event: %1</source>
        <translation>l&apos;échec n&apos;a pas pu être enregistré comme événement : %1</translation>
    </message>
</context>
<context>
    <name>NotificationDigest</name>
    <message>
        <source>digest entry: unknown kind &apos;%1&apos;</source>
        <translation>entrée du résumé : type &apos;%1&apos; inconnu</translation>
    </message>
    <message>
        <source>digest entry: unknown phase &apos;%1&apos;</source>
        <translation>entrée du résumé : phase &apos;%1&apos; inconnue</translation>
    </message>
    <message>
        <source>digest: format &apos;%1&apos; is not %2</source>
        <translation>résumé : le format &apos;%1&apos; n&apos;est pas %2</translation>
    </message>
    <message>
        <source>digest: no id</source>
        <translation>résumé : aucun identifiant</translation>
    </message>
    <message>
        <source>digest %1, entry %2</source>
        <translation>résumé %1, entrée %2</translation>
    </message>
    <message>
        <source>notification state: not JSON (%1 at offset %2)</source>
        <translation>état des notifications : ce n&apos;est pas du JSON (%1 à la position %2)</translation>
    </message>
    <message>
        <source>notification state: format &apos;%1&apos; is not %2</source>
        <translation>état des notifications : le format &apos;%1&apos; n&apos;est pas %2</translation>
    </message>
    <message>
        <source>notification state: unknown condition kind &apos;%1&apos;</source>
        <translation>état des notifications : type de situation &apos;%1&apos; inconnu</translation>
    </message>
    <message>
        <source>notification state: condition &apos;%1&apos; has no valid times</source>
        <translation>état des notifications : la situation &apos;%1&apos; n&apos;a pas de dates valides</translation>
    </message>
    <message>
        <source>notification state: pending %1</source>
        <translation>état des notifications : envoi en attente (%1)</translation>
    </message>
</context>
<context>
    <name>NotificationSettings</name>
    <message>
        <source>mail address &apos;%1&apos;: %2</source>
        <translation>adresse de messagerie &apos;%1&apos; : %2</translation>
    </message>
    <message>
        <source>a mail address is empty</source>
        <translation>une adresse de messagerie est vide</translation>
    </message>
    <message>
        <source>longer than 254 characters</source>
        <translation>plus de 254 caractères</translation>
    </message>
    <message>
        <source>expected local-part@domain</source>
        <translation>partie-locale@domaine attendu</translation>
    </message>
    <message>
        <source>only ASCII letters, digits and punctuation without spaces are accepted</source>
        <translation>seuls les lettres ASCII, les chiffres et la ponctuation sans espace sont acceptés</translation>
    </message>
    <message>
        <source>the character &apos;%1&apos; is not accepted (give the bare address, without a name)</source>
        <translation>le caractère &apos;%1&apos; n&apos;est pas accepté (indiquez l&apos;adresse seule, sans nom)</translation>
    </message>
    <message>
        <source>more than one &apos;@&apos;</source>
        <translation>plus d&apos;un &apos;@&apos;</translation>
    </message>
    <message>
        <source>the domain &apos;%1&apos; is not a valid host name</source>
        <translation>le domaine &apos;%1&apos; n&apos;est pas un nom d&apos;hôte valide</translation>
    </message>
    <message>
        <source>SMTP URL: give the user separately and the password in a file, never in the URL</source>
        <translation>URL SMTP : indiquez l&apos;utilisateur à part et le mot de passe dans un fichier, jamais dans l&apos;URL</translation>
    </message>
    <message>
        <source>SMTP URL &apos;%1&apos;: expected smtp://host[:port] or smtps://host[:port]</source>
        <translation>URL SMTP &apos;%1&apos; : smtp://hôte[:port] ou smtps://hôte[:port] attendu</translation>
    </message>
    <message>
        <source>SMTP URL &apos;%1&apos;: the scheme must be smtp (STARTTLS) or smtps (TLS from the start)</source>
        <translation>URL SMTP &apos;%1&apos; : le schéma doit être smtp (STARTTLS) ou smtps (TLS dès la connexion)</translation>
    </message>
    <message>
        <source>SMTP URL &apos;%1&apos;: no path is expected</source>
        <translation>URL SMTP &apos;%1&apos; : aucun chemin n&apos;est attendu</translation>
    </message>
    <message>
        <source>SMTP URL &apos;%1&apos;: no query or fragment is expected</source>
        <translation>URL SMTP &apos;%1&apos; : ni requête ni fragment ne sont attendus</translation>
    </message>
    <message>
        <source>webhook URL: expected https://host/path</source>
        <translation>URL du webhook : https://hôte/chemin attendu</translation>
    </message>
    <message>
        <source>webhook URL: plain http:// is accepted only to a loopback address, not to %1; use https://</source>
        <translation>URL du webhook : http:// en clair n&apos;est accepté que vers une adresse de bouclage, pas vers %1 ; utilisez https://</translation>
    </message>
    <message>
        <source>webhook URL: the scheme must be https, not &apos;%1&apos;</source>
        <translation>URL du webhook : le schéma doit être https, pas &apos;%1&apos;</translation>
    </message>
    <message>
        <source>mail to %1://%2:%3</source>
        <translation>courriel via %1://%2:%3</translation>
    </message>
    <message>
        <source>webhook %1</source>
        <translation>webhook %1</translation>
    </message>
    <message>
        <source>notification recipients</source>
        <translation>destinataires des notifications</translation>
    </message>
    <message>
        <source>an SMTP server is set but no recipient</source>
        <translation>un serveur SMTP est défini mais aucun destinataire</translation>
    </message>
    <message>
        <source>mail recipients are set but no SMTP server URL</source>
        <translation>des destinataires sont définis mais aucune URL de serveur SMTP</translation>
    </message>
    <message>
        <source>mail recipients are set but no sender address (From)</source>
        <translation>des destinataires sont définis mais aucune adresse d&apos;expéditeur (From)</translation>
    </message>
    <message>
        <source>sender address</source>
        <translation>adresse de l&apos;expéditeur</translation>
    </message>
    <message>
        <source>an SMTP password file is set but no SMTP user</source>
        <translation>un fichier de mot de passe SMTP est défini mais aucun utilisateur SMTP</translation>
    </message>
    <message>
        <source>the SMTP user contains a line break</source>
        <translation>l&apos;utilisateur SMTP contient un saut de ligne</translation>
    </message>
    <message>
        <source>notification language &apos;%1&apos;: expected en or fr</source>
        <translation>langue des notifications &apos;%1&apos; : en ou fr attendu</translation>
    </message>
    <message>
        <source>the reminder period cannot be negative</source>
        <translation>le délai de rappel ne peut pas être négatif</translation>
    </message>
    <message>
        <source>notification timeouts must be at least one second</source>
        <translation>les délais d&apos;expiration des notifications doivent être d&apos;au moins une seconde</translation>
    </message>
    <message>
        <source>notification settings</source>
        <translation>paramètres des notifications</translation>
    </message>
</context>
<context>
    <name>NotificationText</name>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Détail</translation>
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
        <source>Applied</source>
        <translation>Appliquée</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Bloquée</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Non applicable</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Désactivée</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Obsolete</source>
        <translation>Obsolète</translation>
    </message>
    <message>
        <source>Server unreachable</source>
        <translation>Serveur injoignable</translation>
    </message>
    <message>
        <source>Feed refused</source>
        <translation>Flux refusé</translation>
    </message>
    <message>
        <source>The previous feed stays in effect.</source>
        <translation>Le flux précédent reste en vigueur.</translation>
    </message>
    <message>
        <source>Feed too old</source>
        <translation>Flux trop ancien</translation>
    </message>
    <message>
        <source>The feed in effect is %1 old; the freshness limit is %2. Check that the feed URL is reachable and still published.</source>
        <translation>Le flux en vigueur date de %1 ; la limite de fraîcheur est de %2. Vérifiez que l&apos;URL du flux est joignable et toujours publiée.</translation>
    </message>
    <message>
        <source>Obsolete: roll back</source>
        <translation>Obsolète : à annuler</translation>
    </message>
    <message>
        <source>Rollback: the feed gives no rollback text.</source>
        <translation>Retour arrière : le flux ne donne pas de procédure.</translation>
    </message>
    <message>
        <source>Rollback: %1</source>
        <translation>Retour arrière : %1</translation>
    </message>
    <message>
        <source>Skipped: blocked</source>
        <translation>Ignorée : bloquée</translation>
    </message>
    <message>
        <source>An admin blocked this action on this server.</source>
        <translation>Un administrateur a bloqué cette action sur ce serveur.</translation>
    </message>
    <message>
        <source>New feed accepted</source>
        <translation>Nouveau flux accepté</translation>
    </message>
    <message>
        <source>Signed by %1 at %2.</source>
        <translation>Signé par %1 le %2.</translation>
    </message>
    <message>
        <source>New mitigations: %1</source>
        <translation>Nouvelles atténuations : %1</translation>
    </message>
    <message>
        <source>Removed mitigations: %1</source>
        <translation>Atténuations retirées : %1</translation>
    </message>
    <message>
        <source>Same mitigations as the previous feed.</source>
        <translation>Mêmes atténuations que le flux précédent.</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>This is a test notification sent by %1 at %2: this channel works.</source>
        <translation>Ceci est une notification de test envoyée par %1 le %2 : ce canal fonctionne.</translation>
    </message>
    <message>
        <source>Reminder: so since %1.</source>
        <translation>Rappel : situation inchangée depuis le %1.</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Résolu</translation>
    </message>
    <message>
        <source>No longer failing</source>
        <translation>Plus en échec</translation>
    </message>
    <message>
        <source>No longer obsolete</source>
        <translation>Plus obsolète</translation>
    </message>
    <message>
        <source>%1; now %2.</source>
        <translation>%1 ; état actuel : %2.</translation>
    </message>
    <message>
        <source>%1; the action is no longer in the feed.</source>
        <translation>%1 ; l&apos;action ne figure plus dans le flux.</translation>
    </message>
    <message>
        <source>The server is reachable again.</source>
        <translation>Le serveur est de nouveau joignable.</translation>
    </message>
    <message>
        <source>The feed is obtained and verified again.</source>
        <translation>Le flux est de nouveau obtenu et vérifié.</translation>
    </message>
    <message>
        <source>The feed in effect is within the freshness limit again.</source>
        <translation>Le flux en vigueur respecte de nouveau la limite de fraîcheur.</translation>
    </message>
    <message>
        <source>It started at %1.</source>
        <translation>Début : %1.</translation>
    </message>
    <message>
        <source>%1: test notification</source>
        <translation>%1 : notification de test</translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n en échec</numerusform>
            <numerusform>%n en échec</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n server(s) unreachable</source>
        <translation>
            <numerusform>%n serveur injoignable</numerusform>
            <numerusform>%n serveurs injoignables</numerusform>
        </translation>
    </message>
    <message>
        <source>feed refused</source>
        <translation>flux refusé</translation>
    </message>
    <message>
        <source>feed too old</source>
        <translation>flux trop ancien</translation>
    </message>
    <message numerus="yes">
        <source>%n to roll back</source>
        <translation>
            <numerusform>%n à annuler</numerusform>
            <numerusform>%n à annuler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n blocked</source>
        <translation>
            <numerusform>%n bloquée</numerusform>
            <numerusform>%n bloquées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n applied</source>
        <translation>
            <numerusform>%n appliquée</numerusform>
            <numerusform>%n appliquées</numerusform>
        </translation>
    </message>
    <message>
        <source>new feed</source>
        <translation>nouveau flux</translation>
    </message>
    <message numerus="yes">
        <source>%n resolved</source>
        <translation>
            <numerusform>%n résolu</numerusform>
            <numerusform>%n résolus</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Mitigation cycle of %1.</source>
        <translation>Cycle d&apos;atténuation du %1.</translation>
    </message>
    <message>
        <source>Mitigation cycles from %1 to %2 (earlier delivery failed).</source>
        <translation>Cycles d&apos;atténuation du %1 au %2 (l&apos;envoi précédent a échoué).</translation>
    </message>
    <message>
        <source>Sent by EM Console after a mitigation cycle that changed something. A lasting problem is told when it starts, as a reminder while it lasts, and when it is resolved.</source>
        <translation>Envoyé par EM Console après un cycle d&apos;atténuation qui a changé quelque chose. Un problème durable est signalé à son début, rappelé tant qu&apos;il dure, puis signalé quand il est résolu.</translation>
    </message>
    <message numerus="yes">
        <source>%n older entry(ies) left out: see the events in the console.</source>
        <translation>
            <numerusform>%n entrée plus ancienne omise : consultez les événements dans la console.</numerusform>
            <numerusform>%n entrées plus anciennes omises : consultez les événements dans la console.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Notifications</name>
    <message>
        <source>%1 (new token)</source>
        <translation>%1 (nouveau jeton)</translation>
    </message>
    <message>
        <source>notification settings in the directory: not a JSON object (%1)</source>
        <translation>paramètres de notification dans l&apos;annuaire : ce n&apos;est pas un objet JSON (%1)</translation>
    </message>
    <message>
        <source>notification state in the directory</source>
        <translation>état des notifications dans l&apos;annuaire</translation>
    </message>
    <message>
        <source>notification sent: %1</source>
        <translation>notification envoyée : %1</translation>
    </message>
    <message>
        <source>Notification could not be delivered: %1. The digest is kept and sent again at the next cycle.</source>
        <translation>La notification n&apos;a pas pu être remise : %1. Le résumé est conservé et renvoyé au prochain cycle.</translation>
    </message>
    <message>
        <source>no notification channel is set: give mail recipients and an SMTP server, or a webhook URL</source>
        <translation>aucun canal de notification n&apos;est configuré : indiquez des destinataires et un serveur SMTP, ou une URL de webhook</translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>the CA file &apos;%1&apos; cannot be read or holds no PEM certificate</source>
        <translation>le fichier d&apos;AC &apos;%1&apos; est illisible ou ne contient aucun certificat PEM</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <source>the last Exchange import kept in the org directory</source>
        <translation>la dernière importation Exchange conservée dans l&apos;annuaire de l&apos;organisation</translation>
    </message>
    <message>
        <source>Cancelled: %1 of %2 files were not imported.</source>
        <translation>Annulé : %1 fichiers sur %2 n&apos;ont pas été importés.</translation>
    </message>
    <message>
        <source>Importing %1</source>
        <translation>Importation de %1</translation>
    </message>
    <message>
        <source>Exchange export</source>
        <translation>export Exchange</translation>
    </message>
    <message>
        <source>server &apos;%1&apos;</source>
        <translation>serveur &apos;%1&apos;</translation>
    </message>
    <message numerus="yes">
        <source>Imported %1: %n server(s), %2 registered, %3 updated, %4 unchanged.</source>
        <translation>
            <numerusform>%1 importé : %n serveur, %2 inscrits, %3 mis à jour, %4 inchangés.</numerusform>
            <numerusform>%1 importé : %n serveurs, %2 inscrits, %3 mis à jour, %4 inchangés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Mitigations are applied automatically in the organization.</source>
        <translation>Les atténuations sont appliquées automatiquement dans l&apos;organisation.</translation>
    </message>
    <message>
        <source>Mitigations are no longer applied automatically in the organization.</source>
        <translation>Les atténuations ne sont plus appliquées automatiquement dans l&apos;organisation.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n object(s) of other types were not read (%2)</source>
        <translation>
            <numerusform>%1 : %n objet d&apos;un autre type n&apos;a pas été lu (%2)</numerusform>
            <numerusform>%1 : %n objets d&apos;autres types n&apos;ont pas été lus (%2)</numerusform>
        </translation>
    </message>
    <message>
        <source>Updating the statuses of the servers</source>
        <translation>Mise à jour des états des serveurs</translation>
    </message>
    <message>
        <source>Accepted the feed from %1</source>
        <translation>Flux de %1 accepté</translation>
    </message>
    <message>
        <source>The feed from %1 is unchanged</source>
        <translation>Le flux de %1 est inchangé</translation>
    </message>
    <message>
        <source>Signer: %1</source>
        <translation>Signataire : %1</translation>
    </message>
    <message>
        <source>Signing time: %1</source>
        <translation>Heure de signature : %1</translation>
    </message>
    <message>
        <source> (RFC 3161 timestamp)</source>
        <translation> (horodatage RFC 3161)</translation>
    </message>
    <message>
        <source> (issued attribute)</source>
        <translation> (attribut issued)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Mitigations: %1, actions: %2</source>
        <translation>Atténuations : %1, actions : %2</translation>
    </message>
    <message>
        <source>feed from %1 refused: %2</source>
        <translation>flux de %1 refusé : %2</translation>
    </message>
    <message>
        <source>Verifying %1</source>
        <translation>Vérification de %1</translation>
    </message>
    <message>
        <source>feed</source>
        <translation>flux</translation>
    </message>
    <message>
        <source>Fetching the feed was cancelled; the feed in effect is unchanged.</source>
        <translation>La récupération du flux a été annulée ; le flux en vigueur est inchangé.</translation>
    </message>
    <message>
        <source>Cannot get the feed from %1: %2. The feed in effect is unchanged.</source>
        <translation>Impossible d&apos;obtenir le flux depuis %1 : %2. Le flux en vigueur est inchangé.</translation>
    </message>
    <message>
        <source>The feed is fetched from %1.</source>
        <translation>Le flux est récupéré depuis %1.</translation>
    </message>
    <message>
        <source>The feed is checked every %1.</source>
        <translation>Le flux est vérifié toutes les %1.</translation>
    </message>
    <message>
        <source>The first check comes %1 after the EM service starts.</source>
        <translation>La première vérification a lieu %1 après le démarrage du service EM.</translation>
    </message>
    <message>
        <source>A feed older than %1 is reported as stale.</source>
        <translation>Un flux de plus de %1 est signalé comme périmé.</translation>
    </message>
    <message>
        <source>A feed whose revocation cannot be checked is refused.</source>
        <translation>Un flux dont la révocation ne peut pas être vérifiée est refusé.</translation>
    </message>
    <message>
        <source>A feed whose revocation cannot be checked is accepted with a warning.</source>
        <translation>Un flux dont la révocation ne peut pas être vérifiée est accepté avec un avertissement.</translation>
    </message>
    <message>
        <source>Diagnostic data is not sent.</source>
        <translation>Les données de diagnostic ne sont pas envoyées.</translation>
    </message>
    <message>
        <source>Diagnostic data is sent to %1.</source>
        <translation>Les données de diagnostic sont envoyées à %1.</translation>
    </message>
    <message>
        <source>Trust profile &apos;%1&apos; replaced.</source>
        <translation>Profil de confiance &apos;%1&apos; remplacé.</translation>
    </message>
    <message>
        <source>Trust profile &apos;%1&apos; added.</source>
        <translation>Profil de confiance &apos;%1&apos; ajouté.</translation>
    </message>
    <message>
        <source>The organization now verifies feeds with trust profile &apos;%1&apos;.</source>
        <translation>L&apos;organisation vérifie désormais les flux avec le profil de confiance &apos;%1&apos;.</translation>
    </message>
    <message numerus="yes">
        <source>%n server(s)</source>
        <translation>
            <numerusform>%n serveur</numerusform>
            <numerusform>%n serveurs</numerusform>
        </translation>
    </message>
    <message>
        <source>the statuses of the servers were not refreshed: %1</source>
        <translation>les états des serveurs n&apos;ont pas été actualisés : %1</translation>
    </message>
    <message>
        <source>Statuses of %1 servers are updated at their next cycle.</source>
        <translation>Les états de %1 serveurs seront mis à jour à leur prochain cycle.</translation>
    </message>
    <message>
        <source>the change is saved, but the statuses of &apos;%1&apos; were not refreshed: %2</source>
        <translation>la modification est enregistrée, mais les états de &apos;%1&apos; n&apos;ont pas été actualisés : %2</translation>
    </message>
    <message numerus="yes">
        <source>Dry run on %n server(s): %1 action(s) would change; nothing was changed.</source>
        <translation>
            <numerusform>Simulation sur %n serveur : %1 action(s) changeraient ; rien n&apos;a été modifié.</numerusform>
            <numerusform>Simulation sur %n serveurs : %1 action(s) changeraient ; rien n&apos;a été modifié.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n applied</source>
        <translation>
            <numerusform>%n appliquée</numerusform>
            <numerusform>%n appliquées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n en échec</numerusform>
            <numerusform>%n en échec</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n blocked</source>
        <translation>
            <numerusform>%n bloquée</numerusform>
            <numerusform>%n bloquées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n obsolete</source>
        <translation>
            <numerusform>%n obsolète</numerusform>
            <numerusform>%n obsolètes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pending</source>
        <translation>
            <numerusform>%n en attente</numerusform>
            <numerusform>%n en attente</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>Cycle cancelled after %1 of %n server(s) (the server in progress finished): %2.</source>
        <translation>
            <numerusform>Cycle annulé après %1 serveur sur %n (le serveur en cours a été terminé) : %2.</numerusform>
            <numerusform>Cycle annulé après %1 serveurs sur %n (le serveur en cours a été terminé) : %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cycle run on %n server(s): %1.</source>
        <translation>
            <numerusform>Cycle exécuté sur %n serveur : %1.</numerusform>
            <numerusform>Cycle exécuté sur %n serveurs : %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n server(s) could not be processed.</source>
        <translation>
            <numerusform>%n serveur n&apos;a pas pu être traité.</numerusform>
            <numerusform>%n serveurs n&apos;ont pas pu être traités.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 servers: %2 applied, %3 failed</source>
        <translation>%1 serveurs : %2 appliquées, %3 en échec</translation>
    </message>
    <message>
        <source>%1 could not be processed: %2</source>
        <translation>%1 n&apos;a pas pu être traité : %2</translation>
    </message>
    <message>
        <source>%1 failed on %2: %3</source>
        <translation>%1 en échec sur %2 : %3</translation>
    </message>
    <message>
        <source>the cycle ran, but it could not be audited: %1</source>
        <translation>le cycle s&apos;est exécuté, mais il n&apos;a pas pu être audité : %1</translation>
    </message>
    <message>
        <source>Run requested: the EM service runs a cycle when it next looks for requests (every 30 seconds by default).</source>
        <translation>Exécution demandée : le service EM exécute un cycle la prochaine fois qu&apos;il consulte les demandes (toutes les 30 secondes par défaut).</translation>
    </message>
    <message>
        <source>Rolling back %1 on %2</source>
        <translation>Restauration de %1 sur %2</translation>
    </message>
    <message>
        <source>Cancelled: %1 of %2 servers were not changed.</source>
        <translation>Annulé : %1 serveurs sur %2 n&apos;ont pas été modifiés.</translation>
    </message>
    <message>
        <source>%1 is not applied on %2: nothing to roll back.</source>
        <translation>%1 n&apos;est pas appliquée sur %2 : rien à restaurer.</translation>
    </message>
    <message>
        <source>%1 on %2 was not rolled back: %3</source>
        <translation>%1 n&apos;a pas été restaurée sur %2 : %3</translation>
    </message>
    <message>
        <source>%1 rolled back on %2, and blocked there so that the next cycle does not apply it again. Unblock it to let the EM service apply it again.</source>
        <translation>%1 restaurée sur %2, et bloquée sur ce serveur pour que le prochain cycle ne l&apos;applique pas de nouveau. Débloquez-la pour que le service EM l&apos;applique de nouveau.</translation>
    </message>
    <message>
        <source>%1 rolled back on %2.</source>
        <translation>%1 restaurée sur %2.</translation>
    </message>
    <message>
        <source>Mitigations enabled on %1.</source>
        <translation>Atténuations activées sur %1.</translation>
    </message>
    <message>
        <source>Mitigations disabled on %1.</source>
        <translation>Atténuations désactivées sur %1.</translation>
    </message>
    <message>
        <source>Block list of %1 cleared.</source>
        <translation>Liste de blocage de %1 vidée.</translation>
    </message>
    <message>
        <source>Block list of %1 set to %2.</source>
        <translation>Liste de blocage de %1 définie sur %2.</translation>
    </message>
    <message>
        <source>Proxy cleared on %1.</source>
        <translation>Proxy supprimé sur %1.</translation>
    </message>
    <message>
        <source>Proxy set to %1 on %2.</source>
        <translation>Proxy %1 configuré sur %2.</translation>
    </message>
    <message>
        <source>Proxy bypass list of %1 cleared.</source>
        <translation>Liste de contournement du proxy de %1 vidée.</translation>
    </message>
    <message>
        <source>Proxy bypass list of %1 set to %2.</source>
        <translation>Liste de contournement du proxy de %1 définie sur %2.</translation>
    </message>
    <message>
        <source>Data collection enabled on %1.</source>
        <translation>Collecte de données activée sur %1.</translation>
    </message>
    <message>
        <source>Data collection disabled on %1.</source>
        <translation>Collecte de données désactivée sur %1.</translation>
    </message>
    <message>
        <source>Build of %1 set to %2.</source>
        <translation>Build de %1 défini sur %2.</translation>
    </message>
    <message>
        <source>Role of %1 set to %2.</source>
        <translation>Rôle de %1 défini sur %2.</translation>
    </message>
    <message>
        <source>Host of %1 cleared.</source>
        <translation>Hôte de %1 supprimé.</translation>
    </message>
    <message>
        <source>Host of %1 set to %2.</source>
        <translation>Hôte de %1 défini sur %2.</translation>
    </message>
    <message>
        <source>%1 is blocked through %2 on %3, and the accepted feed does not list the actions of %2: unblock %2 to unblock it</source>
        <translation>%1 est bloquée par l&apos;intermédiaire de %2 sur %3, et le flux accepté ne liste pas les actions de %2 : débloquez %2 pour la débloquer</translation>
    </message>
    <message>
        <source>%1 was blocked through %2 on %3, which has no other action: %2 is no longer blocked.</source>
        <translation>%1 était bloquée par l&apos;intermédiaire de %2 sur %3, qui n&apos;a pas d&apos;autre action : %2 n&apos;est plus bloquée.</translation>
    </message>
    <message>
        <source>%1 was blocked through %2 on %3: the block list now names %4 instead, so that only %1 is unblocked.</source>
        <translation>%1 était bloquée par l&apos;intermédiaire de %2 sur %3 : la liste de blocage indique désormais %4 à la place, pour que seule %1 soit débloquée.</translation>
    </message>
    <message>
        <source>Registered %1, build %2.</source>
        <translation>%1 inscrit, build %2.</translation>
    </message>
    <message>
        <source>Removed %1 from the org directory; its events and audit stay.</source>
        <translation>%1 retiré de l&apos;annuaire de l&apos;organisation ; ses événements et son audit sont conservés.</translation>
    </message>
    <message>
        <source>Changing %1</source>
        <translation>Modification de %1</translation>
    </message>
    <message>
        <source>Blocking %1 on %2</source>
        <translation>Blocage de %1 sur %2</translation>
    </message>
    <message>
        <source>Blocked %1 on %2.</source>
        <translation>%1 bloquée(s) sur %2.</translation>
    </message>
    <message>
        <source>Unblocking %1 on %2</source>
        <translation>Déblocage de %1 sur %2</translation>
    </message>
    <message>
        <source>Unblocked %1 on %2.</source>
        <translation>%1 débloquée(s) sur %2.</translation>
    </message>
    <message>
        <source>Reading the Exchange state of %1</source>
        <translation>Lecture de l&apos;état Exchange de %1</translation>
    </message>
    <message>
        <source>%1 (Get-ExchangeServer, Get-OrganizationConfig)</source>
        <translation>%1 (Get-ExchangeServer, Get-OrganizationConfig)</translation>
    </message>
    <message>
        <source>The notification settings were saved.</source>
        <translation>Les paramètres de notification ont été enregistrés.</translation>
    </message>
    <message>
        <source>notifications: %1</source>
        <translation>notifications : %1</translation>
    </message>
    <message>
        <source>notification not delivered, kept for the next cycle: %1</source>
        <translation>notification non remise, conservée pour le prochain cycle : %1</translation>
    </message>
    <message>
        <source>Notification sent: %1</source>
        <translation>Notification envoyée : %1</translation>
    </message>
    <message>
        <source>%1 belongs to no site.</source>
        <translation>%1 n&apos;appartient à aucun site.</translation>
    </message>
    <message>
        <source>Site of %1: %2.</source>
        <translation>Site de %1 : %2.</translation>
    </message>
    <message>
        <source>%1: a service node is working on it (lease); not run this time.</source>
        <translation>%1 : un nœud de service le traite en ce moment (bail) ; non exécuté cette fois.</translation>
    </message>
    <message>
        <source>%1: a service node is working on it (lease); nothing was rolled back.</source>
        <translation>%1 : un nœud de service le traite en ce moment (bail) ; rien n’a été restauré.</translation>
    </message>
</context>
<context>
    <name>OrgDirectory</name>
    <message>
        <source>org directory &apos;%1&apos;: %2</source>
        <translation>annuaire de l&apos;organisation &apos;%1&apos; : %2</translation>
    </message>
    <message>
        <source>org directory: no path given</source>
        <translation>annuaire de l&apos;organisation : aucun chemin indiqué</translation>
    </message>
    <message>
        <source>is a folder, not a database file</source>
        <translation>est un dossier, pas un fichier de base de données</translation>
    </message>
    <message>
        <source>does not exist</source>
        <translation>n&apos;existe pas</translation>
    </message>
    <message>
        <source>cannot create the folder &apos;%1&apos;</source>
        <translation>impossible de créer le dossier &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the folder &apos;%1&apos; is read-only</source>
        <translation>le dossier &apos;%1&apos; est en lecture seule</translation>
    </message>
    <message>
        <source>cannot open (%1)</source>
        <translation>ouverture impossible (%1)</translation>
    </message>
    <message>
        <source>org directory &apos;%1&apos;: %2 failed (%3)</source>
        <translation>annuaire de l&apos;organisation &apos;%1&apos; : échec de l&apos;opération « %2 » (%3)</translation>
    </message>
    <message>
        <source>reading the schema</source>
        <translation>lecture du schéma</translation>
    </message>
    <message>
        <source>reading the schema version</source>
        <translation>lecture de la version du schéma</translation>
    </message>
    <message>
        <source>enabling foreign keys</source>
        <translation>activation des clés étrangères</translation>
    </message>
    <message>
        <source>switching to WAL mode</source>
        <translation>passage en mode WAL</translation>
    </message>
    <message>
        <source>setting synchronous mode</source>
        <translation>réglage du mode synchrone</translation>
    </message>
    <message>
        <source>schema migration to version %1</source>
        <translation>migration du schéma vers la version %1</translation>
    </message>
    <message>
        <source>recording schema version %1</source>
        <translation>enregistrement de la version de schéma %1</translation>
    </message>
    <message>
        <source>starting a transaction</source>
        <translation>début de transaction</translation>
    </message>
    <message>
        <source>committing</source>
        <translation>validation</translation>
    </message>
    <message>
        <source>writing the audit trail</source>
        <translation>écriture du journal d&apos;audit</translation>
    </message>
    <message>
        <source>writing an event</source>
        <translation>écriture d&apos;un événement</translation>
    </message>
    <message>
        <source>reading the organization settings</source>
        <translation>lecture des paramètres de l&apos;organisation</translation>
    </message>
    <message>
        <source>writing the organization settings</source>
        <translation>écriture des paramètres de l&apos;organisation</translation>
    </message>
    <message>
        <source>reading servers</source>
        <translation>lecture des serveurs</translation>
    </message>
    <message>
        <source>reading block lists</source>
        <translation>lecture des listes de blocage</translation>
    </message>
    <message>
        <source>reading action statuses</source>
        <translation>lecture des états des actions</translation>
    </message>
    <message>
        <source>reading server &apos;%1&apos;</source>
        <translation>lecture du serveur &apos;%1&apos;</translation>
    </message>
    <message>
        <source>server &apos;%1&apos;: not found in the org directory</source>
        <translation>serveur &apos;%1&apos; : introuvable dans l&apos;annuaire de l&apos;organisation</translation>
    </message>
    <message>
        <source>reading the block list of &apos;%1&apos;</source>
        <translation>lecture de la liste de blocage de &apos;%1&apos;</translation>
    </message>
    <message>
        <source>writing server &apos;%1&apos;</source>
        <translation>écriture du serveur &apos;%1&apos;</translation>
    </message>
    <message>
        <source>writing a block list</source>
        <translation>écriture d&apos;une liste de blocage</translation>
    </message>
    <message>
        <source>looking up server &apos;%1&apos;</source>
        <translation>recherche du serveur &apos;%1&apos;</translation>
    </message>
    <message>
        <source>server &apos;%1&apos;: already registered as &apos;%2&apos; (names are case-insensitive)</source>
        <translation>serveur &apos;%1&apos; : déjà inscrit sous le nom &apos;%2&apos; (les noms ne tiennent pas compte de la casse)</translation>
    </message>
    <message>
        <source>removing server &apos;%1&apos;</source>
        <translation>suppression du serveur &apos;%1&apos;</translation>
    </message>
    <message>
        <source>server &apos;%1&apos;: already registered</source>
        <translation>serveur &apos;%1&apos; : déjà inscrit</translation>
    </message>
    <message>
        <source>reading trust profiles</source>
        <translation>lecture des profils de confiance</translation>
    </message>
    <message>
        <source>trust profile &apos;%1&apos;: not found</source>
        <translation>profil de confiance &apos;%1&apos; : introuvable</translation>
    </message>
    <message>
        <source>invalid trust profile name &apos;%1&apos;: use letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;</source>
        <translation>nom de profil de confiance &apos;%1&apos; non valide : utilisez des lettres, des chiffres, &apos;.&apos;, &apos;_&apos; et &apos;-&apos;</translation>
    </message>
    <message>
        <source>trust profile &apos;vendor&apos;: built in, cannot be replaced</source>
        <translation>profil de confiance &apos;vendor&apos; : intégré, il ne peut pas être remplacé</translation>
    </message>
    <message>
        <source>looking up trust profile &apos;%1&apos;</source>
        <translation>recherche du profil de confiance &apos;%1&apos;</translation>
    </message>
    <message>
        <source>writing trust profile &apos;%1&apos;</source>
        <translation>écriture du profil de confiance &apos;%1&apos;</translation>
    </message>
    <message>
        <source>reading the accepted feed</source>
        <translation>lecture du flux accepté</translation>
    </message>
    <message>
        <source>reading the catalog</source>
        <translation>lecture du catalogue</translation>
    </message>
    <message>
        <source>feed signed at %1 is older than the accepted feed (signed at %2): refused as a possible rollback</source>
        <translation>le flux signé le %1 est plus ancien que le flux accepté (signé le %2) : refusé comme retour en arrière possible</translation>
    </message>
    <message>
        <source>storing the accepted feed</source>
        <translation>enregistrement du flux accepté</translation>
    </message>
    <message>
        <source>replacing the catalog</source>
        <translation>remplacement du catalogue</translation>
    </message>
    <message>
        <source>storing mitigation &apos;%1&apos;</source>
        <translation>enregistrement de l&apos;atténuation &apos;%1&apos;</translation>
    </message>
    <message>
        <source>storing action &apos;%1&apos;</source>
        <translation>enregistrement de l&apos;action &apos;%1&apos;</translation>
    </message>
    <message>
        <source>reading the last feed attempt</source>
        <translation>lecture de la dernière tentative de flux</translation>
    </message>
    <message>
        <source>recording the feed attempt</source>
        <translation>enregistrement de la tentative de flux</translation>
    </message>
    <message>
        <source>reading the Get-Mitigations report</source>
        <translation>lecture du rapport Get-Mitigations</translation>
    </message>
    <message>
        <source>recording statuses of &apos;%1&apos;</source>
        <translation>enregistrement des états de &apos;%1&apos;</translation>
    </message>
    <message>
        <source>recording the check of &apos;%1&apos;</source>
        <translation>enregistrement de la vérification de &apos;%1&apos;</translation>
    </message>
    <message>
        <source>recording the status of %1 on &apos;%2&apos;</source>
        <translation>enregistrement de l&apos;état de %1 sur &apos;%2&apos;</translation>
    </message>
    <message>
        <source>requesting a run</source>
        <translation>demande d&apos;exécution</translation>
    </message>
    <message>
        <source>reading the run request</source>
        <translation>lecture de la demande d&apos;exécution</translation>
    </message>
    <message>
        <source>clearing the run request</source>
        <translation>effacement de la demande d&apos;exécution</translation>
    </message>
    <message>
        <source>reading events</source>
        <translation>lecture des événements</translation>
    </message>
    <message>
        <source>reading the audit trail</source>
        <translation>lecture du journal d&apos;audit</translation>
    </message>
    <message>
        <source>cannot be read (permission denied)</source>
        <translation>ne peut pas être lu (permission refusée)</translation>
    </message>
    <message>
        <source>keeping the actions still in place</source>
        <translation>conservation des actions encore en place</translation>
    </message>
    <message>
        <source>the Qt SQL driver %1 is not installed</source>
        <translation>le pilote SQL de Qt %1 n&apos;est pas installé</translation>
    </message>
    <message>
        <source>locked by another program beyond the busy timeout</source>
        <translation>verrouillé par un autre programme au-delà du délai d&apos;attente</translation>
    </message>
    <message>
        <source>written by a newer EM Console (schema version %1; this program reads up to %2); it was not changed</source>
        <translation>écrit par une version plus récente d&apos;EM Console (schéma version %1 ; ce programme lit jusqu&apos;à la version %2) ; il n&apos;a pas été modifié</translation>
    </message>
    <message>
        <source>writing server &apos;%1&apos; gave no row id</source>
        <translation>l&apos;écriture du serveur &apos;%1&apos; n&apos;a renvoyé aucun identifiant de ligne</translation>
    </message>
    <message>
        <source>is not an EM Console directory (the file is not an SQLite database)</source>
        <translation>n&apos;est pas un annuaire EM Console (le fichier n&apos;est pas une base de données SQLite)</translation>
    </message>
    <message>
        <source>is an SQLite database of another program (no EM Console schema); it was not changed</source>
        <translation>est une base de données SQLite d&apos;un autre programme (pas de schéma EM Console) ; elle n&apos;a pas été modifiée</translation>
    </message>
    <message>
        <source>reading the last Exchange import</source>
        <translation>lecture de la dernière importation Exchange</translation>
    </message>
    <message>
        <source>recording the Exchange import</source>
        <translation>enregistrement de l&apos;importation Exchange</translation>
    </message>
    <message>
        <source>is an empty database without the EM Console schema: create the schema with &apos;emctl directory init --directory %1&apos;</source>
        <translation>est une base de données vide, sans le schéma d&apos;EM Console : créez le schéma avec &apos;emctl directory init --directory %1&apos;</translation>
    </message>
    <message>
        <source>%1 failed: no connection to the database server at %2</source>
        <translation>échec de l&apos;opération « %1 » : aucune connexion au serveur de base de données %2</translation>
    </message>
    <message>
        <source>%1 failed: locked by another writer beyond the busy timeout</source>
        <translation>échec de l&apos;opération « %1 » : verrouillé par un autre programme au-delà du délai d&apos;attente</translation>
    </message>
    <message>
        <source>; tried %1 times, nothing was changed</source>
        <translation> ; %1 tentatives, rien n&apos;a été modifié</translation>
    </message>
    <message>
        <source>announcing the change</source>
        <translation>annonce de la modification</translation>
    </message>
    <message>
        <source>the connection to the database server at %1 was lost while committing (%2): the change may or may not have been saved; check before repeating it</source>
        <translation>la connexion au serveur de base de données %1 a été perdue pendant la validation (%2) : la modification a pu être enregistrée ou non ; vérifiez avant de la refaire</translation>
    </message>
    <message>
        <source>listing the tables</source>
        <translation>liste des tables</translation>
    </message>
    <message>
        <source>&apos;%1&apos; and &apos;%2&apos; do not have the same tables (%3 / %4)</source>
        <translation>&apos;%1&apos; et &apos;%2&apos; n&apos;ont pas les mêmes tables (%3 / %4)</translation>
    </message>
    <message>
        <source>reading the foreign keys of %1</source>
        <translation>lecture des clés étrangères de %1</translation>
    </message>
    <message>
        <source>the foreign keys of %1 refer to each other in a cycle</source>
        <translation>les clés étrangères de %1 se référencent en boucle</translation>
    </message>
    <message>
        <source>the table %1 does not have the same columns in &apos;%2&apos; and &apos;%3&apos;</source>
        <translation>la table %1 n&apos;a pas les mêmes colonnes dans &apos;%2&apos; et &apos;%3&apos;</translation>
    </message>
    <message>
        <source>reading %1</source>
        <translation>lecture de %1</translation>
    </message>
    <message>
        <source>counting %1</source>
        <translation>comptage de %1</translation>
    </message>
    <message>
        <source>copying the rows of %1</source>
        <translation>copie des lignes de %1</translation>
    </message>
    <message>
        <source>reading the identity columns of %1</source>
        <translation>lecture des colonnes d&apos;identité de %1</translation>
    </message>
    <message>
        <source>setting the next id of %1</source>
        <translation>réglage de l&apos;identifiant suivant de %1</translation>
    </message>
    <message>
        <source>the table %1 differs: %2 rows in &apos;%3&apos;, %4 rows in &apos;%5&apos;</source>
        <translation>la table %1 diffère : %2 lignes dans &apos;%3&apos;, %4 lignes dans &apos;%5&apos;</translation>
    </message>
    <message>
        <source>the table %1 differs between &apos;%2&apos; and &apos;%3&apos; (a row: %4 / %5)</source>
        <translation>la table %1 diffère entre &apos;%2&apos; et &apos;%3&apos; (une ligne : %4 / %5)</translation>
    </message>
    <message>
        <source>org directory &apos;%1&apos;: cannot copy a directory onto itself</source>
        <translation>annuaire de l&apos;organisation &apos;%1&apos; : impossible de copier un annuaire sur lui-même</translation>
    </message>
    <message>
        <source>already holds a directory (%1 rows in %2): a copy goes into a new file or an empty database only; nothing was changed</source>
        <translation>contient déjà un annuaire (%1 lignes dans %2) : une copie ne va que dans un nouveau fichier ou une base vide ; rien n&apos;a été modifié</translation>
    </message>
    <message>
        <source>starting to read</source>
        <translation>début de la lecture</translation>
    </message>
    <message>
        <source>reading the lease on &apos;%1&apos;</source>
        <translation>lecture du bail de &apos;%1&apos;</translation>
    </message>
    <message>
        <source>taking over the lease on &apos;%1&apos;</source>
        <translation>reprise du bail de &apos;%1&apos;</translation>
    </message>
    <message>
        <source>claiming the lease on &apos;%1&apos;</source>
        <translation>prise du bail de &apos;%1&apos;</translation>
    </message>
    <message>
        <source>giving up the leases of %1</source>
        <translation>abandon des baux de %1</translation>
    </message>
    <message>
        <source>recording who served &apos;%1&apos;</source>
        <translation>enregistrement du nœud qui a traité &apos;%1&apos;</translation>
    </message>
    <message>
        <source>reading how &apos;%1&apos; is served</source>
        <translation>lecture du traitement de &apos;%1&apos;</translation>
    </message>
    <message>
        <source>reading the sites of the servers</source>
        <translation>lecture des sites des serveurs</translation>
    </message>
    <message>
        <source>setting the site of &apos;%1&apos;</source>
        <translation>réglage du site de &apos;%1&apos;</translation>
    </message>
    <message>
        <source>put the password in ~/.pgpass (or the file named by PGPASSFILE) or in PGPASSWORD, never in the locator</source>
        <translation>mettez le mot de passe dans ~/.pgpass (ou le fichier désigné par PGPASSFILE) ou dans PGPASSWORD, jamais dans le localisateur</translation>
    </message>
    <message>
        <source>org directory &apos;%1&apos;: unknown kind &apos;%2://&apos;; expected a file path or a postgresql:// URI</source>
        <translation>annuaire de l&apos;organisation &apos;%1&apos; : type &apos;%2://&apos; inconnu ; un chemin de fichier ou une URI postgresql:// est attendu</translation>
    </message>
    <message>
        <source>org directory URI: %1</source>
        <translation>URI de l&apos;annuaire de l&apos;organisation : %1</translation>
    </message>
    <message>
        <source>a password in the URI is refused (it would show in messages, the audit trail and process lists): %1</source>
        <translation>un mot de passe dans l&apos;URI est refusé (il apparaîtrait dans les messages, le journal d&apos;audit et la liste des processus) : %1</translation>
    </message>
    <message>
        <source>the IPv6 address &apos;%1&apos; has no closing &apos;]&apos;</source>
        <translation>l&apos;adresse IPv6 &apos;%1&apos; n&apos;a pas de &apos;]&apos; fermant</translation>
    </message>
    <message>
        <source>unexpected text after the IPv6 address &apos;%1&apos;</source>
        <translation>texte inattendu après l&apos;adresse IPv6 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the port %1 is given without a host</source>
        <translation>le port %1 est indiqué sans hôte</translation>
    </message>
    <message>
        <source>the parameter &apos;%1&apos; has no value (expected name=value)</source>
        <translation>le paramètre &apos;%1&apos; n&apos;a pas de valeur (nom=valeur attendu)</translation>
    </message>
    <message>
        <source>the parameter &apos;%1&apos; is refused (it would show in messages, the audit trail and process lists): %2</source>
        <translation>le paramètre &apos;%1&apos; est refusé (il apparaîtrait dans les messages, le journal d&apos;audit et la liste des processus) : %2</translation>
    </message>
    <message>
        <source>unknown parameter &apos;%1&apos; (libpq&apos;s connection parameters are accepted, e.g. sslmode, sslrootcert, host, port, connect_timeout)</source>
        <translation>paramètre &apos;%1&apos; inconnu (les paramètres de connexion de libpq sont acceptés, par exemple sslmode, sslrootcert, host, port, connect_timeout)</translation>
    </message>
    <message>
        <source>the parameter &apos;%1&apos; is given twice</source>
        <translation>le paramètre &apos;%1&apos; est indiqué deux fois</translation>
    </message>
    <message>
        <source>the value of &apos;%1&apos; contains &apos;;&apos;, which the Qt PostgreSQL driver cannot pass on</source>
        <translation>la valeur de &apos;%1&apos; contient &apos;;&apos;, que le pilote PostgreSQL de Qt ne peut pas transmettre</translation>
    </message>
    <message>
        <source>the value of &apos;%1&apos; contains a NUL character</source>
        <translation>la valeur de &apos;%1&apos; contient un caractère NUL</translation>
    </message>
    <message>
        <source>invalid port &apos;%1&apos;: expected a number from 1 to 65535</source>
        <translation>port &apos;%1&apos; non valide : un nombre de 1 à 65535 est attendu</translation>
    </message>
    <message>
        <source>invalid sslmode &apos;%1&apos;: expected one of %2</source>
        <translation>sslmode &apos;%1&apos; non valide : une des valeurs %2 est attendue</translation>
    </message>
    <message>
        <source>invalid connect_timeout &apos;%1&apos;: expected a number of seconds</source>
        <translation>connect_timeout &apos;%1&apos; non valide : un nombre de secondes est attendu</translation>
    </message>
    <message>
        <source>%1 (Unix socket)</source>
        <translation>%1 (socket Unix)</translation>
    </message>
    <message>
        <source>reading the notification settings</source>
        <translation>lecture des paramètres de notification</translation>
    </message>
    <message>
        <source>writing the notification settings</source>
        <translation>écriture des paramètres de notification</translation>
    </message>
    <message>
        <source>a password goes in ~/.pgpass, the file named by PGPASSFILE, or PGPASSWORD</source>
        <translation>le mot de passe se met dans ~/.pgpass, le fichier désigné par PGPASSFILE ou PGPASSWORD</translation>
    </message>
    <message>
        <source>setting the time zone</source>
        <translation>réglage du fuseau horaire</translation>
    </message>
    <message>
        <source>setting the lock timeout</source>
        <translation>réglage du délai d&apos;attente des verrous</translation>
    </message>
    <message>
        <source>setting the message level</source>
        <translation>réglage du niveau des messages</translation>
    </message>
    <message>
        <source>cannot connect to the database server at %1: connection refused (is PostgreSQL running there and accepting TCP connections?)</source>
        <translation>connexion impossible au serveur de base de données %1 : connexion refusée (PostgreSQL y est-il démarré et accepte-t-il les connexions TCP ?)</translation>
    </message>
    <message>
        <source>cannot connect to the database server at %1: no server listens on that socket (is PostgreSQL running?)</source>
        <translation>connexion impossible au serveur de base de données %1 : aucun serveur n&apos;écoute sur ce socket (PostgreSQL est-il démarré ?)</translation>
    </message>
    <message>
        <source>cannot connect to the database server at %1: the host name cannot be resolved (%2)</source>
        <translation>connexion impossible au serveur de base de données %1 : le nom d&apos;hôte ne peut pas être résolu (%2)</translation>
    </message>
    <message>
        <source>cannot connect to the database server at %1: no answer within the connection timeout (%2)</source>
        <translation>connexion impossible au serveur de base de données %1 : aucune réponse dans le délai de connexion (%2)</translation>
    </message>
    <message>
        <source>the database server at %1 refused the login (%2); %3</source>
        <translation>le serveur de base de données %1 a refusé la connexion (%2) ; %3</translation>
    </message>
    <message>
        <source>the TLS verification of the database server at %1 failed (%2): check sslrootcert and the server&apos;s certificate</source>
        <translation>la vérification TLS du serveur de base de données %1 a échoué (%2) : vérifiez sslrootcert et le certificat du serveur</translation>
    </message>
    <message>
        <source>the database &apos;%1&apos; does not exist on the server at %2: create it (createdb), then run &apos;emctl directory init&apos;</source>
        <translation>la base de données &apos;%1&apos; n&apos;existe pas sur le serveur %2 : créez-la (createdb), puis exécutez &apos;emctl directory init&apos;</translation>
    </message>
    <message>
        <source>the database server at %1 closed the connection (%2)</source>
        <translation>le serveur de base de données %1 a fermé la connexion (%2)</translation>
    </message>
    <message>
        <source>cannot connect to the database server at %1 (%2)</source>
        <translation>connexion impossible au serveur de base de données %1 (%2)</translation>
    </message>
    <message>
        <source>is not an EM Console directory</source>
        <translation>n&apos;est pas un annuaire EM Console</translation>
    </message>
    <message>
        <source>is a PostgreSQL database with tables of another program (no EM Console schema); it was not changed</source>
        <translation>est une base PostgreSQL contenant les tables d&apos;un autre programme (pas de schéma EM Console) ; elle n&apos;a pas été modifiée</translation>
    </message>
    <message>
        <source>the connection to the database server at %1 was lost: %2</source>
        <translation>la connexion au serveur de base de données %1 a été perdue : %2</translation>
    </message>
    <message>
        <source>a concurrent change on %1 got in the way: %2</source>
        <translation>une modification concurrente sur %1 a fait obstacle : %2</translation>
    </message>
    <message>
        <source>reading the accepted SSH host keys</source>
        <translation>lecture des clés d&apos;hôte SSH acceptées</translation>
    </message>
    <message>
        <source>reading the accepted SSH host keys of %1</source>
        <translation>lecture des clés d&apos;hôte SSH acceptées pour %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an SSH host key fingerprint: expected SHA256: and 43 characters of base64, as ssh-keygen -l prints it</source>
        <translation>&apos;%1&apos; n&apos;est pas une empreinte de clé d&apos;hôte SSH : attendu SHA256: suivi de 43 caractères base64, comme l&apos;affiche ssh-keygen -l</translation>
    </message>
    <message>
        <source>an SSH host key needs its type and the server&apos;s endpoint</source>
        <translation>une clé d&apos;hôte SSH doit indiquer son type et le point de terminaison du serveur</translation>
    </message>
    <message>
        <source>accepting the SSH host key of %1</source>
        <translation>acceptation de la clé d&apos;hôte SSH de %1</translation>
    </message>
    <message>
        <source>is empty: it holds no org directory yet; it was not changed</source>
        <translation>est vide : il ne contient encore aucun annuaire de l&apos;organisation ; il n&apos;a pas été modifié</translation>
    </message>
    <message>
        <source>locked by another writer beyond the busy timeout; it was not changed</source>
        <translation>verrouillé par un autre rédacteur au-delà du délai d&apos;attente ; il n&apos;a pas été modifié</translation>
    </message>
    <message>
        <source>a change inside the transaction failed; it was not changed</source>
        <translation>une modification dans la transaction a échoué ; il n&apos;a pas été modifié</translation>
    </message>
    <message>
        <source>reading the cycle journal of &apos;%1&apos;</source>
        <translation>lecture du journal de cycle de &apos;%1&apos;</translation>
    </message>
    <message>
        <source>recording what the cycle is about to change on &apos;%1&apos;</source>
        <translation>enregistrement de ce que le cycle va modifier sur &apos;%1&apos;</translation>
    </message>
    <message>
        <source>emptying %1</source>
        <translation>vidage de %1</translation>
    </message>
    <message>
        <source>listening for changes (LISTEN %1)</source>
        <translation>écoute des modifications (LISTEN %1)</translation>
    </message>
    <message>
        <source>reading the data version</source>
        <translation>lecture de la version des données</translation>
    </message>
</context>
<context>
    <name>OutputFile</name>
    <message>
        <source>; the previous file is untouched</source>
        <translation> ; le fichier précédent est intact</translation>
    </message>
    <message>
        <source>; no file was written</source>
        <translation> ; aucun fichier n&apos;a été écrit</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos;: cannot be written (%3)%4</source>
        <translation>%1 &apos;%2&apos; : écriture impossible (%3)%4</translation>
    </message>
    <message>
        <source>%1: no file name given</source>
        <translation>%1 : aucun nom de fichier indiqué</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is a folder</source>
        <translation>%1 &apos;%2&apos; est un dossier</translation>
    </message>
    <message>
        <source>no program reads from this pipe</source>
        <translation>aucun programme ne lit ce tube</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not a regular file, a character device or a pipe; refusing to write to it</source>
        <translation>%1 &apos;%2&apos; n&apos;est ni un fichier ordinaire, ni un périphérique caractère, ni un tube ; écriture refusée</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos;: not open</source>
        <translation>%1 &apos;%2&apos; : non ouvert</translation>
    </message>
    <message>
        <source>nothing more could be written</source>
        <translation>plus rien n&apos;a pu être écrit</translation>
    </message>
</context>
<context>
    <name>RecordFormat</name>
    <message>
        <source>invalid format &apos;%1&apos;: expected text, json or csv</source>
        <translation>format &apos;%1&apos; non valide : text, json ou csv attendu</translation>
    </message>
</context>
<context>
    <name>ReportExport</name>
    <message>
        <source>CSV export to &apos;%1&apos; cancelled; no file was written</source>
        <translation>export CSV vers &apos;%1&apos; annulé ; aucun fichier n&apos;a été écrit</translation>
    </message>
    <message>
        <source>CSV file</source>
        <translation>Fichier CSV</translation>
    </message>
</context>
<context>
    <name>Server</name>
    <message>
        <source>invalid role &apos;%1&apos;: expected Mailbox or EdgeTransport</source>
        <translation>rôle &apos;%1&apos; non valide : Mailbox ou EdgeTransport attendu</translation>
    </message>
    <message>
        <source>invalid server name &apos;%1&apos;: use letters, digits and hyphens (at most 63)</source>
        <translation>nom de serveur &apos;%1&apos; non valide : utilisez des lettres, des chiffres et des traits d&apos;union (63 au plus)</translation>
    </message>
    <message>
        <source>server &apos;%1&apos;: no build given</source>
        <translation>serveur &apos;%1&apos; : aucune build indiquée</translation>
    </message>
    <message>
        <source>invalid proxy &apos;%1&apos;: expected a URL such as http://proxy.contoso.com:8080</source>
        <translation>proxy &apos;%1&apos; non valide : une URL telle que http://proxy.contoso.com:8080 est attendue</translation>
    </message>
    <message>
        <source>invalid host &apos;%1&apos;: expected dir:PATH, windows: or ssh://[USER@]HOST[:PORT]/ROOT</source>
        <translation>hôte &apos;%1&apos; non valide : attendu dir:CHEMIN, windows: ou ssh://[UTILISATEUR@]HÔTE[:PORT]/RACINE</translation>
    </message>
</context>
<context>
    <name>ServerHost</name>
    <message>
        <source>%1: element &lt;%2&gt; here, &lt;%3&gt; in the feed</source>
        <translation>%1 : élément &lt;%2&gt; ici, &lt;%3&gt; dans le flux</translation>
    </message>
    <message>
        <source>%1: attribute %2 is missing (feed: &apos;%3&apos;)</source>
        <translation>%1 : l&apos;attribut %2 est absent (flux : &apos;%3&apos;)</translation>
    </message>
    <message>
        <source>%1: attribute %2 is &apos;%3&apos; (feed: &apos;%4&apos;)</source>
        <translation>%1 : l&apos;attribut %2 vaut &apos;%3&apos; (flux : &apos;%4&apos;)</translation>
    </message>
    <message>
        <source>%1: attribute %2=&apos;%3&apos; is not in the feed</source>
        <translation>%1 : l&apos;attribut %2=&apos;%3&apos; ne figure pas dans le flux</translation>
    </message>
    <message>
        <source>%1: text is &apos;%2&apos; (feed: &apos;%3&apos;)</source>
        <translation>%1 : le texte est &apos;%2&apos; (flux : &apos;%3&apos;)</translation>
    </message>
    <message>
        <source>%1: extra element &lt;%2&gt; that is not in the feed</source>
        <translation>%1 : élément supplémentaire &lt;%2&gt; absent du flux</translation>
    </message>
    <message>
        <source>%1: element &lt;%2&gt; of the feed is missing</source>
        <translation>%1 : l&apos;élément &lt;%2&gt; du flux est absent</translation>
    </message>
    <message>
        <source>malformed XML at line %1, column %2: %3</source>
        <translation>XML mal formé à la ligne %1, colonne %2 : %3</translation>
    </message>
    <message>
        <source>%1: UTF-16 encoded config files are not supported (expected UTF-8)</source>
        <translation>%1 : les fichiers de configuration encodés en UTF-16 ne sont pas pris en charge (UTF-8 attendu)</translation>
    </message>
    <message>
        <source>%1: not valid UTF-8</source>
        <translation>%1 : UTF-8 non valide</translation>
    </message>
    <message>
        <source>line %1: a DOCTYPE is not allowed in an IIS config file</source>
        <translation>ligne %1 : un DOCTYPE n&apos;est pas autorisé dans un fichier de configuration IIS</translation>
    </message>
    <message>
        <source>line %1: cannot locate the start tag of &lt;%2&gt;</source>
        <translation>ligne %1 : impossible de localiser la balise ouvrante de &lt;%2&gt;</translation>
    </message>
    <message>
        <source>no root element</source>
        <translation>aucun élément racine</translation>
    </message>
    <message>
        <source>a DOCTYPE is not allowed in rules</source>
        <translation>un DOCTYPE n&apos;est pas autorisé dans les règles</translation>
    </message>
    <message>
        <source>text &apos;%1&apos; outside of any element</source>
        <translation>texte &apos;%1&apos; en dehors de tout élément</translation>
    </message>
    <message>
        <source>host dir:%1: no such directory</source>
        <translation>hôte dir:%1 : ce dossier n&apos;existe pas</translation>
    </message>
    <message>
        <source>host dir:%1: no applicationHost.config at &apos;%2&apos;</source>
        <translation>hôte dir:%1 : pas d&apos;applicationHost.config à &apos;%2&apos;</translation>
    </message>
    <message>
        <source>service &apos;%1&apos; is not installed on %2 (its services are listed in &apos;%3&apos;)</source>
        <translation>le service &apos;%1&apos; n&apos;est pas installé sur %2 (ses services sont listés dans &apos;%3&apos;)</translation>
    </message>
    <message>
        <source>service &apos;%1&apos; cannot be started: its start type is Disabled</source>
        <translation>le service &apos;%1&apos; ne peut pas être démarré : son type de démarrage est Disabled</translation>
    </message>
    <message>
        <source>config file &apos;%1&apos;</source>
        <translation>fichier de configuration &apos;%1&apos;</translation>
    </message>
    <message>
        <source>application pool &apos;%1&apos; is not in &apos;%2&apos;</source>
        <translation>le pool d&apos;applications &apos;%1&apos; ne figure pas dans &apos;%2&apos;</translation>
    </message>
    <message>
        <source>config file &apos;%1&apos;: the edited text does not parse (%2); nothing was written</source>
        <translation>fichier de configuration &apos;%1&apos; : le texte modifié ne s&apos;analyse pas (%2) ; rien n&apos;a été écrit</translation>
    </message>
    <message>
        <source>host state file &apos;%1&apos;: malformed JSON at offset %2: %3</source>
        <translation>fichier d&apos;état de l&apos;hôte &apos;%1&apos; : JSON mal formé à la position %2 : %3</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>n&apos;est pas un objet</translation>
    </message>
    <message>
        <source>host state file &apos;%1&apos;: cannot create its folder</source>
        <translation>fichier d&apos;état de l&apos;hôte &apos;%1&apos; : impossible de créer son dossier</translation>
    </message>
    <message>
        <source>the root element is &lt;%1&gt;, expected &lt;configuration&gt;</source>
        <translation>l&apos;élément racine est &lt;%1&gt;, &lt;configuration&gt; attendu</translation>
    </message>
    <message>
        <source>no &lt;system.applicationHost&gt;/&lt;sites&gt; section</source>
        <translation>aucune section &lt;system.applicationHost&gt;/&lt;sites&gt;</translation>
    </message>
    <message>
        <source>path &apos;%1&apos;: unknown environment variable %%2%</source>
        <translation>chemin &apos;%1&apos; : variable d&apos;environnement %%2% inconnue</translation>
    </message>
    <message>
        <source>path &apos;%1&apos; is on drive %2:, but this host maps only the system drive %3: (to %4)</source>
        <translation>le chemin &apos;%1&apos; est sur le lecteur %2:, mais cet hôte ne mappe que le lecteur système %3: (vers %4)</translation>
    </message>
    <message>
        <source>path &apos;%1&apos; is not an absolute Windows path</source>
        <translation>le chemin &apos;%1&apos; n&apos;est pas un chemin Windows absolu</translation>
    </message>
    <message>
        <source>path &apos;%1&apos; leaves the drive root</source>
        <translation>le chemin &apos;%1&apos; sort de la racine du lecteur</translation>
    </message>
    <message>
        <source>start type %1, %2</source>
        <translation>type de démarrage %1, %2</translation>
    </message>
    <message>
        <source>autoStart %1, %2</source>
        <translation>autoStart %1, %2</translation>
    </message>
    <message>
        <source>config file &apos;%1&apos; is read-only (no write permission); EM Console does not change read-only config files: clear the read-only attribute to let it</source>
        <translation>le fichier de configuration &apos;%1&apos; est en lecture seule (pas de droit d&apos;écriture) ; EM Console ne modifie pas les fichiers de configuration en lecture seule : retirez l&apos;attribut lecture seule pour l&apos;y autoriser</translation>
    </message>
    <message>
        <source>config file &apos;%1&apos; changed on disk while EM Console was editing it; nothing was written</source>
        <translation>le fichier de configuration &apos;%1&apos; a changé sur le disque pendant qu&apos;EM Console le modifiait ; rien n&apos;a été écrit</translation>
    </message>
    <message>
        <source>config file &apos;%1&apos;: cannot write the backup &apos;%2&apos; (%3); nothing was changed</source>
        <translation>fichier de configuration &apos;%1&apos; : impossible d&apos;écrire la sauvegarde &apos;%2&apos; (%3) ; rien n&apos;a été modifié</translation>
    </message>
    <message>
        <source>write failed</source>
        <translation>échec de l&apos;écriture</translation>
    </message>
    <message>
        <source>config file &apos;%1&apos;: cannot remove it</source>
        <translation>fichier de configuration &apos;%1&apos; : suppression impossible</translation>
    </message>
    <message>
        <source>%1: no applicationHost.config at &apos;%2&apos;</source>
        <translation>%1 : pas d&apos;applicationHost.config à &apos;%2&apos;</translation>
    </message>
    <message>
        <source>action %1</source>
        <translation>action %1</translation>
    </message>
    <message>
        <source>%1: site &apos;%2&apos; is not in applicationHost.config</source>
        <translation>%1 : le site &apos;%2&apos; ne figure pas dans applicationHost.config</translation>
    </message>
    <message>
        <source>%1: a %2-scope UrlRewrite action needs a target</source>
        <translation>%1 : une action UrlRewrite de portée %2 exige une cible</translation>
    </message>
    <message>
        <source>%1: VDir target &apos;%2&apos; must be &apos;Site Name/vdir path&apos;, such as &apos;Default Web Site/owa&apos;</source>
        <translation>%1 : la cible VDir &apos;%2&apos; doit être de la forme &apos;Nom du site/chemin du répertoire&apos;, par exemple &apos;Default Web Site/owa&apos;</translation>
    </message>
    <message>
        <source>%1: virtual directory &apos;%2&apos; is not in site &apos;%3&apos; (applicationHost.config)</source>
        <translation>%1 : le répertoire virtuel &apos;%2&apos; ne figure pas dans le site &apos;%3&apos; (applicationHost.config)</translation>
    </message>
    <message>
        <source>%1: &apos;%2%3&apos;</source>
        <translation>%1 : &apos;%2%3&apos;</translation>
    </message>
    <message>
        <source>%1: the physical path &apos;%2&apos; of &apos;%3%4&apos; does not exist (%5)</source>
        <translation>%1 : le chemin physique &apos;%2&apos; de &apos;%3%4&apos; n&apos;existe pas (%5)</translation>
    </message>
    <message>
        <source>action %1: unknown type</source>
        <translation>action %1 : type inconnu</translation>
    </message>
    <message>
        <source>heartbeat %1: nothing to change</source>
        <translation>pulsation %1 : rien à modifier</translation>
    </message>
    <message>
        <source>heartbeat %1: nothing to roll back</source>
        <translation>pulsation %1 : rien à restaurer</translation>
    </message>
    <message>
        <source>config file &apos;%1&apos; does not exist</source>
        <translation>le fichier de configuration &apos;%1&apos; n&apos;existe pas</translation>
    </message>
    <message>
        <source>config file &apos;%1&apos;: the root element is &lt;%2&gt;, expected &lt;configuration&gt;</source>
        <translation>fichier de configuration &apos;%1&apos; : l&apos;élément racine est &lt;%2&gt;, &lt;configuration&gt; attendu</translation>
    </message>
    <message>
        <source>config file &apos;%1&apos;: the edited text does not hold action %2 as the feed has it (%3); nothing was written</source>
        <translation>fichier de configuration &apos;%1&apos; : le texte modifié ne contient pas l&apos;action %2 telle que le flux la décrit (%3) ; rien n&apos;a été écrit</translation>
    </message>
    <message>
        <source>UrlRewrite action without an id</source>
        <translation>action UrlRewrite sans id</translation>
    </message>
    <message>
        <source>nothing of action %1: &apos;%2&apos; does not exist</source>
        <translation>rien de l&apos;action %1 : &apos;%2&apos; n&apos;existe pas</translation>
    </message>
    <message>
        <source>; removed &apos;%1&apos;, which EM Console had created</source>
        <translation> ; &apos;%1&apos;, qu&apos;EM Console avait créé, a été supprimé</translation>
    </message>
    <message>
        <source>action %1: %2 actions have scope Server, not %3</source>
        <translation>action %1 : les actions %2 ont la portée Server, pas %3</translation>
    </message>
    <message>
        <source>action %1: no %2 named as target</source>
        <translation>action %1 : aucun %2 désigné comme cible</translation>
    </message>
    <message>
        <source>%1 action without an id</source>
        <translation>action %1 sans id</translation>
    </message>
    <message>
        <source>service</source>
        <translation>service</translation>
    </message>
    <message>
        <source>service &apos;%1&apos;: start type is Disabled but the service is %2</source>
        <translation>service &apos;%1&apos; : le type de démarrage est Disabled mais le service est %2</translation>
    </message>
    <message>
        <source>service &apos;%1&apos; is already disabled and stopped</source>
        <translation>le service &apos;%1&apos; est déjà désactivé et arrêté</translation>
    </message>
    <message>
        <source>start type %1 -&gt; Disabled</source>
        <translation>type de démarrage %1 -&gt; Disabled</translation>
    </message>
    <message>
        <source>stopped (was %1)</source>
        <translation>arrêté (était %1)</translation>
    </message>
    <message>
        <source>service &apos;%1&apos;: did not take effect (%2)</source>
        <translation>service &apos;%1&apos; : la modification n&apos;a pas pris effet (%2)</translation>
    </message>
    <message>
        <source>service &apos;%1&apos;: %2</source>
        <translation>service &apos;%1&apos; : %2</translation>
    </message>
    <message>
        <source>service &apos;%1&apos;: nothing recorded for action %2; left as it is</source>
        <translation>service &apos;%1&apos; : rien d&apos;enregistré pour l&apos;action %2 ; laissé tel quel</translation>
    </message>
    <message>
        <source>start type Disabled -&gt; %1</source>
        <translation>type de démarrage Disabled -&gt; %1</translation>
    </message>
    <message>
        <source>started</source>
        <translation>démarré</translation>
    </message>
    <message>
        <source>service &apos;%1&apos;: already as before action %2 (%3)</source>
        <translation>service &apos;%1&apos; : déjà dans l&apos;état d&apos;avant l&apos;action %2 (%3)</translation>
    </message>
    <message>
        <source>application pool</source>
        <translation>pool d&apos;applications</translation>
    </message>
    <message>
        <source>application pool &apos;%1&apos;: autoStart is false but the pool is %2</source>
        <translation>pool d&apos;applications &apos;%1&apos; : autoStart vaut false mais le pool est %2</translation>
    </message>
    <message>
        <source>application pool &apos;%1&apos; is already stopped with autoStart false</source>
        <translation>le pool d&apos;applications &apos;%1&apos; est déjà arrêté avec autoStart à false</translation>
    </message>
    <message>
        <source>autoStart true -&gt; false</source>
        <translation>autoStart true -&gt; false</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>arrêté</translation>
    </message>
    <message>
        <source>application pool &apos;%1&apos;: did not take effect (%2)</source>
        <translation>pool d&apos;applications &apos;%1&apos; : la modification n&apos;a pas pris effet (%2)</translation>
    </message>
    <message>
        <source>application pool &apos;%1&apos;: %2</source>
        <translation>pool d&apos;applications &apos;%1&apos; : %2</translation>
    </message>
    <message>
        <source>application pool &apos;%1&apos;: nothing recorded for action %2; left as it is</source>
        <translation>pool d&apos;applications &apos;%1&apos; : rien d&apos;enregistré pour l&apos;action %2 ; laissé tel quel</translation>
    </message>
    <message>
        <source>autoStart false -&gt; true</source>
        <translation>autoStart false -&gt; true</translation>
    </message>
    <message>
        <source>application pool &apos;%1&apos;: already as before action %2 (%3)</source>
        <translation>pool d&apos;applications &apos;%1&apos; : déjà dans l&apos;état d&apos;avant l&apos;action %2 (%3)</translation>
    </message>
    <message>
        <source>lab source &apos;%1&apos;: %2</source>
        <translation>source du labo &apos;%1&apos; : %2</translation>
    </message>
    <message>
        <source>cannot create folder &apos;%1&apos;</source>
        <translation>impossible de créer le dossier &apos;%1&apos;</translation>
    </message>
    <message>
        <source>lab source &apos;%1&apos;: no site named like &apos;%2&apos; in applicationHost.config</source>
        <translation>source du labo &apos;%1&apos; : aucun site nommé comme &apos;%2&apos; dans applicationHost.config</translation>
    </message>
    <message>
        <source>lab source &apos;%1&apos;: site &apos;%2&apos; has no root</source>
        <translation>source du labo &apos;%1&apos; : le site &apos;%2&apos; n&apos;a pas de racine</translation>
    </message>
    <message>
        <source>lab source &apos;%1&apos;: &apos;%2&apos; matches both &apos;%3&apos; and &apos;%4&apos; in site &apos;%5&apos;</source>
        <translation>source du labo &apos;%1&apos; : &apos;%2&apos; correspond à la fois à &apos;%3&apos; et à &apos;%4&apos; dans le site &apos;%5&apos;</translation>
    </message>
    <message>
        <source>lab source &apos;%1&apos;: no virtual directory named like &apos;%2&apos; in site &apos;%3&apos;</source>
        <translation>source du labo &apos;%1&apos; : aucun répertoire virtuel nommé comme &apos;%2&apos; dans le site &apos;%3&apos;</translation>
    </message>
    <message>
        <source>lab root &apos;%1&apos; exists and is not a folder</source>
        <translation>la racine du labo &apos;%1&apos; existe et n&apos;est pas un dossier</translation>
    </message>
    <message>
        <source>lab root &apos;%1&apos; is not empty; choose a new folder</source>
        <translation>la racine du labo &apos;%1&apos; n&apos;est pas vide ; choisissez un nouveau dossier</translation>
    </message>
    <message>
        <source>lab source applicationHost.config</source>
        <translation>applicationHost.config source du labo</translation>
    </message>
    <message>
        <source>cannot create a temporary folder in &apos;%1&apos;: %2</source>
        <translation>impossible de créer un dossier temporaire dans &apos;%1&apos; : %2</translation>
    </message>
    <message>
        <source>lab source &apos;%1&apos;</source>
        <translation>source du labo &apos;%1&apos;</translation>
    </message>
    <message>
        <source>lab source &apos;%1&apos;: another web.config already went to &apos;%2&apos;</source>
        <translation>source du labo &apos;%1&apos; : un autre web.config a déjà été placé dans &apos;%2&apos;</translation>
    </message>
    <message>
        <source>cannot replace the empty folder &apos;%1&apos;</source>
        <translation>impossible de remplacer le dossier vide &apos;%1&apos;</translation>
    </message>
    <message>
        <source>cannot move the lab into &apos;%1&apos;</source>
        <translation>impossible de déplacer le labo dans &apos;%1&apos;</translation>
    </message>
    <message>
        <source>rule</source>
        <translation>règle</translation>
    </message>
    <message>
        <source>outbound rule</source>
        <translation>règle de trafic sortant</translation>
    </message>
    <message>
        <source>precondition</source>
        <translation>condition préalable</translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation>%1 est absente</translation>
    </message>
    <message>
        <source>%1 appears %2 times</source>
        <translation>%1 apparaît %2 fois</translation>
    </message>
    <message>
        <source>%1 differs: %2</source>
        <translation>%1 diffère : %2</translation>
    </message>
    <message>
        <source>%1 is not in the feed</source>
        <translation>%1 ne figure pas dans le flux</translation>
    </message>
    <message>
        <source>%1: UrlRewrite action without rules</source>
        <translation>%1 : action UrlRewrite sans règles</translation>
    </message>
    <message>
        <source>%1: rules: %2</source>
        <translation>%1 : règles : %2</translation>
    </message>
    <message>
        <source>%1: a &lt;%2&gt; without a name; rules must be named &apos;%3 ...&apos;</source>
        <translation>%1 : un &lt;%2&gt; sans nom ; les règles doivent être nommées &apos;%3 ...&apos;</translation>
    </message>
    <message>
        <source>%1: %2 name &apos;%3&apos; must start with &apos;%4&apos;</source>
        <translation>%1 : le nom de %2 &apos;%3&apos; doit commencer par &apos;%4&apos;</translation>
    </message>
    <message>
        <source>%1: %2 &apos;%3&apos; is defined twice</source>
        <translation>%1 : %2 &apos;%3&apos; est définie deux fois</translation>
    </message>
    <message>
        <source>%1: &lt;%2&gt; is not supported in &lt;preConditions&gt;; expected &lt;preCondition&gt;</source>
        <translation>%1 : &lt;%2&gt; n&apos;est pas pris en charge dans &lt;preConditions&gt; ; &lt;preCondition&gt; attendu</translation>
    </message>
    <message>
        <source>%1: &lt;%2&gt; is not supported in &lt;outboundRules&gt;; expected &lt;rule&gt; or &lt;preConditions&gt;</source>
        <translation>%1 : &lt;%2&gt; n&apos;est pas pris en charge dans &lt;outboundRules&gt; ; &lt;rule&gt; ou &lt;preConditions&gt; attendu</translation>
    </message>
    <message>
        <source>%1: &lt;%2&gt; is not supported in UrlRewrite rules; expected &lt;rule&gt; or &lt;outboundRules&gt;</source>
        <translation>%1 : &lt;%2&gt; n&apos;est pas pris en charge dans les règles UrlRewrite ; &lt;rule&gt; ou &lt;outboundRules&gt; attendu</translation>
    </message>
    <message>
        <source>%1: %2 &apos;%3&apos;: &lt;%4&gt; holds both text and elements, which IIS configuration does not use</source>
        <translation>%1 : %2 &apos;%3&apos; : &lt;%4&gt; contient à la fois du texte et des éléments, ce que la configuration IIS n&apos;utilise pas</translation>
    </message>
    <message>
        <source>%1: outbound rule &apos;%2&apos; uses precondition &apos;%3&apos;, which the action does not define</source>
        <translation>%1 : la règle de trafic sortant &apos;%2&apos; utilise la condition préalable &apos;%3&apos;, que l&apos;action ne définit pas</translation>
    </message>
    <message>
        <source>%1: editing produced malformed XML (%2); nothing was written</source>
        <translation>%1 : la modification a produit du XML mal formé (%2) ; rien n&apos;a été écrit</translation>
    </message>
    <message>
        <source>%1: the root element is &lt;%2&gt;, expected &lt;configuration&gt;</source>
        <translation>%1 : l&apos;élément racine est &lt;%2&gt;, &lt;configuration&gt; attendu</translation>
    </message>
    <message>
        <source>a second copy of %1</source>
        <translation>une seconde copie de %1</translation>
    </message>
    <message>
        <source>%1: %2 does not read back as the feed has it (%3); nothing was written</source>
        <translation>%1 : %2 ne se relit pas comme le flux la décrit (%3) ; rien n&apos;a été écrit</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>added %1</source>
        <translation>%1 ajoutée</translation>
    </message>
    <message>
        <source>replaced %1</source>
        <translation>%1 remplacée</translation>
    </message>
    <message>
        <source>removed %1 (not in the feed)</source>
        <translation>%1 supprimée (absente du flux)</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 dans %2</translation>
    </message>
    <message>
        <source>action %1 already in place in %2</source>
        <translation>action %1 déjà en place dans %2</translation>
    </message>
    <message>
        <source>removed %1 from %2</source>
        <translation>%1 supprimée de %2</translation>
    </message>
    <message>
        <source>removed the empty URL Rewrite sections EM Console had added to %1</source>
        <translation>sections de réécriture d&apos;URL vides ajoutées par EM Console supprimées de %1</translation>
    </message>
    <message>
        <source>nothing of action %1 in %2</source>
        <translation>rien de l&apos;action %1 dans %2</translation>
    </message>
    <message>
        <source>unknown service start type &apos;%1&apos;: expected Automatic, AutomaticDelayedStart, Manual, Disabled, Boot or System</source>
        <translation>type de démarrage de service &apos;%1&apos; inconnu : Automatic, AutomaticDelayedStart, Manual, Disabled, Boot ou System attendu</translation>
    </message>
    <message>
        <source>unknown state &apos;%1&apos;: expected Running or Stopped</source>
        <translation>état &apos;%1&apos; inconnu : Running ou Stopped attendu</translation>
    </message>
    <message>
        <source>host locator &apos;%1&apos;: no path after dir:</source>
        <translation>localisateur d&apos;hôte &apos;%1&apos; : aucun chemin après dir:</translation>
    </message>
    <message>
        <source>host windows:: no applicationHost.config at &apos;%1&apos; (is IIS installed? is the system drive &apos;%2&apos;?)</source>
        <translation>hôte windows: : pas d&apos;applicationHost.config à &apos;%1&apos; (IIS est-il installé ? le lecteur système est-il &apos;%2&apos; ?)</translation>
    </message>
    <message>
        <source>cannot run &apos;%1&apos;: %2</source>
        <translation>impossible d&apos;exécuter &apos;%1&apos; : %2</translation>
    </message>
    <message>
        <source>service &apos;%1&apos;</source>
        <translation>service &apos;%1&apos;</translation>
    </message>
    <message>
        <source>service &apos;%1&apos;: sc.exe %2 failed (%3 %4): %5</source>
        <translation>service &apos;%1&apos; : échec de sc.exe %2 (%3 %4) : %5</translation>
    </message>
    <message>
        <source>service &apos;%1&apos;: sc.exe %2 failed with exit code %3: %4</source>
        <translation>service &apos;%1&apos; : échec de sc.exe %2 avec le code de sortie %3 : %4</translation>
    </message>
    <message>
        <source>application pool &apos;%1&apos;</source>
        <translation>pool d&apos;applications &apos;%1&apos;</translation>
    </message>
    <message>
        <source>application pool &apos;%1&apos;: appcmd %2 failed: %3</source>
        <translation>pool d&apos;applications &apos;%1&apos; : échec d&apos;appcmd %2 : %3</translation>
    </message>
    <message>
        <source>application pool &apos;%1&apos;: appcmd %2 failed with exit code %3: %4</source>
        <translation>pool d&apos;applications &apos;%1&apos; : échec d&apos;appcmd %2 avec le code de sortie %3 : %4</translation>
    </message>
    <message>
        <source>service &apos;%1&apos;: no STATE in the output of sc.exe query: %2</source>
        <translation>service &apos;%1&apos; : pas de STATE dans la sortie de sc.exe query : %2</translation>
    </message>
    <message>
        <source>service &apos;%1&apos;: no START_TYPE in the output of sc.exe qc: %2</source>
        <translation>service &apos;%1&apos; : pas de START_TYPE dans la sortie de sc.exe qc : %2</translation>
    </message>
    <message>
        <source>service &apos;%1&apos; is still %2 after %3 s</source>
        <translation>le service &apos;%1&apos; est toujours %2 après %3 s</translation>
    </message>
    <message>
        <source>application pool &apos;%1&apos;: appcmd list found no such pool</source>
        <translation>pool d&apos;applications &apos;%1&apos; : appcmd list n&apos;a trouvé aucun pool de ce nom</translation>
    </message>
    <message>
        <source>application pool &apos;%1&apos;: unknown state &apos;%2&apos; in the output of appcmd list</source>
        <translation>pool d&apos;applications &apos;%1&apos; : état &apos;%2&apos; inconnu dans la sortie d&apos;appcmd list</translation>
    </message>
    <message>
        <source>host state file &apos;%1&apos;: cannot remove it</source>
        <translation>fichier d&apos;état de l&apos;hôte &apos;%1&apos; : suppression impossible</translation>
    </message>
    <message>
        <source>%1: cannot create the folder &apos;%2&apos;</source>
        <translation>%1 : impossible de créer le dossier &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1: another process is changing this server (lock file &apos;%2&apos;)</source>
        <translation>%1 : un autre processus modifie ce serveur (fichier de verrou &apos;%2&apos;)</translation>
    </message>
    <message>
        <source>%1 printed more than %2 MiB; it was stopped</source>
        <translation>%1 a affiché plus de %2 Mio ; il a été arrêté</translation>
    </message>
    <message>
        <source>%1 did not finish within %2 s; it was stopped</source>
        <translation>%1 ne s&apos;est pas terminé en %2 s ; il a été arrêté</translation>
    </message>
    <message>
        <source>%1 crashed</source>
        <translation>%1 s&apos;est arrêté brutalement</translation>
    </message>
    <message>
        <source>line %1: elements nested more than %2 deep; IIS configuration never is</source>
        <translation>ligne %1 : éléments imbriqués sur plus de %2 niveaux ; une configuration IIS ne l&apos;est jamais</translation>
    </message>
    <message>
        <source>a FIFO (named pipe)</source>
        <translation>un tube nommé (FIFO)</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>un périphérique</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>un socket</translation>
    </message>
    <message>
        <source>a folder</source>
        <translation>un dossier</translation>
    </message>
    <message>
        <source>a symbolic link</source>
        <translation>un lien symbolique</translation>
    </message>
    <message>
        <source>a special file</source>
        <translation>un fichier spécial</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a symbolic link; refusing to follow it</source>
        <translation>&apos;%1&apos; est un lien symbolique ; EM Console refuse de le suivre</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is %2, not a regular file; refusing to open it</source>
        <translation>&apos;%1&apos; est %2, pas un fichier ordinaire ; EM Console refuse de l&apos;ouvrir</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: %2: %3</source>
        <translation>&apos;%1&apos; : %2 : %3</translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation>%1 Mio</translation>
    </message>
    <message>
        <source>%1 KiB</source>
        <translation>%1 Kio</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is %2 bytes, more than the %3 such a file may have; refusing to read it</source>
        <translation>&apos;%1&apos; fait %2 octets, plus que les %3 permis pour ce fichier ; EM Console refuse de le lire</translation>
    </message>
    <message>
        <source>path &apos;%1&apos;: &apos;%2&apos; is not allowed in a path under a host root</source>
        <translation>chemin &apos;%1&apos; : &apos;%2&apos; n&apos;est pas autorisé dans un chemin sous la racine d&apos;un hôte</translation>
    </message>
    <message>
        <source>cannot write</source>
        <translation>écriture impossible</translation>
    </message>
    <message>
        <source>cannot read its status</source>
        <translation>impossible de lire son état</translation>
    </message>
    <message>
        <source>cannot list the folder</source>
        <translation>impossible de lister le dossier</translation>
    </message>
    <message>
        <source>no file name given</source>
        <translation>aucun nom de fichier indiqué</translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not exist</source>
        <translation>&apos;%1&apos; n&apos;existe pas</translation>
    </message>
    <message>
        <source>cannot open</source>
        <translation>ouverture impossible</translation>
    </message>
    <message>
        <source>&apos;%1&apos; was replaced while it was being opened</source>
        <translation>&apos;%1&apos; a été remplacé pendant son ouverture</translation>
    </message>
    <message>
        <source>cannot read</source>
        <translation>lecture impossible</translation>
    </message>
    <message>
        <source>cannot remove it</source>
        <translation>suppression impossible</translation>
    </message>
    <message>
        <source>removed, but its folder could not be flushed to disk</source>
        <translation>supprimé, mais son dossier n&apos;a pas pu être synchronisé sur le disque</translation>
    </message>
    <message>
        <source>cannot open the lock file</source>
        <translation>impossible d&apos;ouvrir le fichier de verrou</translation>
    </message>
    <message>
        <source>cannot lock</source>
        <translation>verrouillage impossible</translation>
    </message>
    <message>
        <source>cannot create the folder &apos;%1&apos;</source>
        <translation>impossible de créer le dossier &apos;%1&apos;</translation>
    </message>
    <message>
        <source>cannot open the folder &apos;%1&apos;: %2</source>
        <translation>impossible d&apos;ouvrir le dossier &apos;%1&apos; : %2</translation>
    </message>
    <message>
        <source>cannot open the folder</source>
        <translation>impossible d&apos;ouvrir le dossier</translation>
    </message>
    <message>
        <source>cannot create the folder</source>
        <translation>impossible de créer le dossier</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is %2, not a folder</source>
        <translation>&apos;%1&apos; est %2, pas un dossier</translation>
    </message>
    <message>
        <source>&apos;%1&apos; already exists</source>
        <translation>&apos;%1&apos; existe déjà</translation>
    </message>
    <message>
        <source>cannot create a temporary file beside it</source>
        <translation>impossible de créer un fichier temporaire à côté</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: cannot create a temporary file beside it</source>
        <translation>&apos;%1&apos; : impossible de créer un fichier temporaire à côté</translation>
    </message>
    <message>
        <source>cannot keep its permissions</source>
        <translation>impossible de conserver ses autorisations</translation>
    </message>
    <message>
        <source>cannot flush it to disk</source>
        <translation>impossible de le synchroniser sur le disque</translation>
    </message>
    <message>
        <source>cannot rename the temporary file over it</source>
        <translation>impossible de renommer le fichier temporaire pour le remplacer</translation>
    </message>
    <message>
        <source>cannot rename the temporary file to it</source>
        <translation>impossible de donner son nom au fichier temporaire</translation>
    </message>
    <message>
        <source>written, but its folder could not be flushed to disk</source>
        <translation>écrit, mais son dossier n&apos;a pas pu être synchronisé sur le disque</translation>
    </message>
    <message>
        <source>host state file &apos;%1&apos;</source>
        <translation>fichier d&apos;état de l&apos;hôte &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1: cancelled</source>
        <translation>%1 : annulé</translation>
    </message>
    <message>
        <source>config file &apos;%1&apos;: cannot write it; the file was left as it was</source>
        <translation>fichier de configuration &apos;%1&apos; : écriture impossible ; le fichier a été laissé tel quel</translation>
    </message>
    <message>
        <source>%1: host lock file &apos;%2&apos;</source>
        <translation>%1 : fichier de verrou de l&apos;hôte &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1: waiting for another process to finish changing this server (lock file &apos;%2&apos;)</source>
        <translation>%1 : attente de la fin des modifications d&apos;un autre processus sur ce serveur (fichier de verrou &apos;%2&apos;)</translation>
    </message>
    <message>
        <source>cannot create the folder of &apos;%1&apos;</source>
        <translation>impossible de créer le dossier de &apos;%1&apos;</translation>
    </message>
    <message>
        <source>cannot write &apos;%1&apos;</source>
        <translation>impossible d&apos;écrire &apos;%1&apos;</translation>
    </message>
    <message>
        <source>no folder given for the lab server</source>
        <translation>aucun dossier indiqué pour le serveur de labo</translation>
    </message>
    <message>
        <source>cannot set the permissions of &apos;%1&apos;</source>
        <translation>impossible de définir les autorisations de &apos;%1&apos;</translation>
    </message>
    <message>
        <source>service &apos;%1&apos;: waiting for it to be %2</source>
        <translation>service &apos;%1&apos; : attente de l&apos;état %2</translation>
    </message>
    <message>
        <source>%1 was cancelled and did not end within %2 s; it was stopped</source>
        <translation>%1 a été annulé et ne s&apos;est pas terminé en %2 s ; il a été arrêté</translation>
    </message>
    <message>
        <source>host locator &apos;%1&apos;: unknown kind; expected dir:PATH, windows: or ssh://[USER@]HOST[:PORT]/ROOT</source>
        <translation>localisateur d&apos;hôte &apos;%1&apos; : type inconnu ; attendu dir:CHEMIN, windows: ou ssh://[UTILISATEUR@]HÔTE[:PORT]/RACINE</translation>
    </message>
    <message>
        <source>cannot pass &apos;%1&apos; to the server&apos;s %2: the character &apos;%3&apos; would be interpreted there, not passed on; EM Console refuses it rather than risk running something else</source>
        <translation>impossible de transmettre &apos;%1&apos; au %2 du serveur : le caractère &apos;%3&apos; y serait interprété au lieu d&apos;être transmis ; EM Console le refuse plutôt que de risquer d&apos;exécuter autre chose</translation>
    </message>
    <message>
        <source>cannot pass an empty argument through the server&apos;s PowerShell</source>
        <translation>impossible de transmettre un argument vide par le PowerShell du serveur</translation>
    </message>
    <message>
        <source>%1 crashed (signal %2)</source>
        <translation>%1 s&apos;est arrêté brutalement (signal %2)</translation>
    </message>
    <message>
        <source>%1 ended without an exit status (the connection or the server&apos;s shell ended it)</source>
        <translation>%1 s&apos;est terminé sans code de sortie (la connexion ou le shell du serveur l&apos;a interrompu)</translation>
    </message>
    <message>
        <source>host locator &apos;%1&apos;: %2</source>
        <translation>localisateur d&apos;hôte &apos;%1&apos; : %2</translation>
    </message>
    <message>
        <source>expected %1, e.g. ssh://emadmin@ex01.contoso.com/C:/</source>
        <translation>attendu %1, par exemple ssh://emadmin@ex01.contoso.com/C:/</translation>
    </message>
    <message>
        <source>no user name before &apos;@&apos;</source>
        <translation>aucun nom d&apos;utilisateur avant &apos;@&apos;</translation>
    </message>
    <message>
        <source>the user name &apos;%1&apos; is not valid</source>
        <translation>le nom d&apos;utilisateur &apos;%1&apos; n&apos;est pas valide</translation>
    </message>
    <message>
        <source>&apos;[&apos; without &apos;]&apos; around an IPv6 address</source>
        <translation>&apos;[&apos; sans &apos;]&apos; autour d&apos;une adresse IPv6</translation>
    </message>
    <message>
        <source>unexpected &apos;%1&apos; after the address</source>
        <translation>&apos;%1&apos; inattendu après l&apos;adresse</translation>
    </message>
    <message>
        <source>no port after &apos;:&apos;</source>
        <translation>aucun port après &apos;:&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an IPv6 address</source>
        <translation>&apos;%1&apos; n&apos;est pas une adresse IPv6</translation>
    </message>
    <message>
        <source>an IPv6 address goes in brackets: ssh://[2001:db8::10]/C:/</source>
        <translation>une adresse IPv6 s&apos;écrit entre crochets : ssh://[2001:db8::10]/C:/</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a host name or address</source>
        <translation>&apos;%1&apos; n&apos;est pas un nom d&apos;hôte ni une adresse</translation>
    </message>
    <message>
        <source>no host; expected %1</source>
        <translation>aucun hôte ; attendu %1</translation>
    </message>
    <message>
        <source>the port &apos;%1&apos; is not a number from 1 to 65535</source>
        <translation>le port &apos;%1&apos; n&apos;est pas un nombre de 1 à 65535</translation>
    </message>
    <message>
        <source>no root after the host: give the folder that stands for the server&apos;s system drive, as its SFTP server names it (/C:/ on Windows OpenSSH), e.g. ssh://emadmin@ex01.contoso.com/C:/</source>
        <translation>aucune racine après l&apos;hôte : indiquez le dossier qui représente le lecteur système du serveur, tel que son serveur SFTP le nomme (/C:/ avec OpenSSH pour Windows), par exemple ssh://emadmin@ex01.contoso.com/C:/</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not allowed in the root</source>
        <translation>&apos;%1&apos; n&apos;est pas autorisé dans la racine</translation>
    </message>
    <message>
        <source>the root contains a control character</source>
        <translation>la racine contient un caractère de contrôle</translation>
    </message>
    <message>
        <source>unknown setting &apos;%1&apos;; the only one is shell=cmd|powershell|sh</source>
        <translation>paramètre &apos;%1&apos; inconnu ; le seul est shell=cmd|powershell|sh</translation>
    </message>
    <message>
        <source>shell &apos;%1&apos; is not known; expected cmd, powershell or sh</source>
        <translation>shell &apos;%1&apos; inconnu ; attendu cmd, powershell ou sh</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>erreur inconnue</translation>
    </message>
    <message>
        <source>%1: looking up the address of &apos;%2&apos;</source>
        <translation>%1 : recherche de l&apos;adresse de &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1: cannot find the address of &apos;%2&apos;: %3</source>
        <translation>%1 : adresse de &apos;%2&apos; introuvable : %3</translation>
    </message>
    <message>
        <source>%1: connecting to %2 port %3</source>
        <translation>%1 : connexion à %2 port %3</translation>
    </message>
    <message>
        <source>%1 port %2 refused the connection (is the OpenSSH Server service running, and the port open in the firewall?)</source>
        <translation>%1 port %2 a refusé la connexion (le service OpenSSH Server est-il démarré, et le port ouvert dans le pare-feu ?)</translation>
    </message>
    <message>
        <source>cannot connect to %1 port %2: %3</source>
        <translation>connexion impossible à %1 port %2 : %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source> (accepted by %1 on %2)</source>
        <translation> (acceptée par %1 le %2)</translation>
    </message>
    <message>
        <source>%1: the host key of %2 is not trusted yet; nothing was sent to the server. It presents the %3 key %4. Check this fingerprint on the server (ssh-keygen -lf %ProgramData%\ssh\ssh_host_*_key.pub) and accept it with: emctl ssh-trust %5 --fingerprint %4</source>
        <translation>%1 : la clé d&apos;hôte de %2 n&apos;est pas encore approuvée ; rien n&apos;a été envoyé au serveur. Il présente la clé %3 %4. Vérifiez cette empreinte sur le serveur (ssh-keygen -lf %ProgramData%\ssh\ssh_host_*_key.pub) et acceptez-la avec : emctl ssh-trust %5 --fingerprint %4</translation>
    </message>
    <message>
        <source>%1: WARNING: the host key of %2 has CHANGED: it now presents the %3 key %4, but the accepted key is %5. Someone may be intercepting the connection (or the server was reinstalled, or its keys replaced). Nothing was sent to the server and nothing will be until an administrator has checked the new key on the server and accepted it with: emctl ssh-trust %6 --fingerprint %4</source>
        <translation>%1 : ATTENTION : la clé d&apos;hôte de %2 a CHANGÉ : il présente maintenant la clé %3 %4, mais la clé acceptée est %5. Quelqu&apos;un intercepte peut-être la connexion (ou le serveur a été réinstallé, ou ses clés remplacées). Rien n&apos;a été envoyé au serveur et rien ne le sera tant qu&apos;un administrateur n&apos;aura pas vérifié la nouvelle clé sur le serveur et ne l&apos;aura pas acceptée avec : emctl ssh-trust %6 --fingerprint %4</translation>
    </message>
    <message>
        <source>%1: cannot read the SSH client configuration &apos;%2&apos;: %3</source>
        <translation>%1 : impossible de lire la configuration du client SSH &apos;%2&apos; : %3</translation>
    </message>
    <message>
        <source>%1: the SSH client configuration sets ProxyCommand or ProxyJump for this host; EM Console connects to servers directly and does not run proxy commands</source>
        <translation>%1 : la configuration du client SSH définit ProxyCommand ou ProxyJump pour cet hôte ; EM Console se connecte directement aux serveurs et n&apos;exécute pas de commandes proxy</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>%1: cannot read the accepted host keys</source>
        <translation>%1 : impossible de lire les clés d&apos;hôte acceptées</translation>
    </message>
    <message>
        <source>%1: SSH handshake (the server accepted the connection but did not complete the handshake)</source>
        <translation>%1 : négociation SSH (le serveur a accepté la connexion mais n&apos;a pas terminé la négociation)</translation>
    </message>
    <message>
        <source>%1: the SSH handshake failed: %2</source>
        <translation>%1 : la négociation SSH a échoué : %2</translation>
    </message>
    <message>
        <source>%1: cannot read the server&apos;s host key: %2</source>
        <translation>%1 : impossible de lire la clé d&apos;hôte du serveur : %2</translation>
    </message>
    <message>
        <source>%1: cannot compute the host key&apos;s fingerprint</source>
        <translation>%1 : impossible de calculer l&apos;empreinte de la clé d&apos;hôte</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <source>%1: logging in</source>
        <translation>%1 : connexion (authentification)</translation>
    </message>
    <message>
        <source>%1: login failed: %2</source>
        <translation>%1 : échec de l&apos;authentification : %2</translation>
    </message>
    <message>
        <source>Kerberos (GSSAPI)</source>
        <translation>Kerberos (GSSAPI)</translation>
    </message>
    <message>
        <source>%1: cannot read the private key &apos;%2&apos; (missing, unreadable, not a key, or protected by a passphrase: use the SSH agent for such keys)</source>
        <translation>%1 : impossible de lire la clé privée &apos;%2&apos; (absente, illisible, pas une clé, ou protégée par une phrase secrète : utilisez l&apos;agent SSH pour ces clés)</translation>
    </message>
    <message>
        <source>the key &apos;%1&apos;</source>
        <translation>la clé &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the SSH agent and the user&apos;s keys (~/.ssh/id_*, IdentityFile)</source>
        <translation>l&apos;agent SSH et les clés de l&apos;utilisateur (~/.ssh/id_*, IdentityFile)</translation>
    </message>
    <message>
        <source>%1: the server refused the login of &apos;%2&apos; (tried: %3; the server accepts: %4)</source>
        <translation>%1 : le serveur a refusé l&apos;authentification de &apos;%2&apos; (essayé : %3 ; le serveur accepte : %4)</translation>
    </message>
    <message>
        <source>nothing it accepts</source>
        <translation>rien de ce qu&apos;il accepte</translation>
    </message>
    <message>
        <source>%1: cancelled, and it did not finish within %2 s</source>
        <translation>%1 : annulé, et non terminé en %2 s</translation>
    </message>
    <message>
        <source>%1: no answer within %2 s</source>
        <translation>%1 : pas de réponse en %2 s</translation>
    </message>
    <message>
        <source>%1: cannot create an SSH session</source>
        <translation>%1 : impossible de créer une session SSH</translation>
    </message>
    <message>
        <source>%1: the connection was lost (%2)</source>
        <translation>%1 : la connexion a été perdue (%2)</translation>
    </message>
    <message>
        <source>%1: the server refused a new channel: %2</source>
        <translation>%1 : le serveur a refusé un nouveau canal : %2</translation>
    </message>
    <message>
        <source>%1: starting a command</source>
        <translation>%1 : démarrage d&apos;une commande</translation>
    </message>
    <message>
        <source>%1: the server refused to run it: %2</source>
        <translation>%1 : le serveur a refusé de l&apos;exécuter : %2</translation>
    </message>
    <message>
        <source>%1: starting %2</source>
        <translation>%1 : démarrage de %2</translation>
    </message>
    <message>
        <source>%1: the server does not offer it (%2); is &apos;Subsystem sftp&apos; set in its sshd_config?</source>
        <translation>%1 : le serveur ne le propose pas (%2) ; &apos;Subsystem sftp&apos; est-il défini dans son sshd_config ?</translation>
    </message>
    <message>
        <source>%1: starting SFTP</source>
        <translation>%1 : démarrage de SFTP</translation>
    </message>
    <message>
        <source>%1: the server speaks SFTP version %2; version 3 is needed</source>
        <translation>%1 : le serveur parle SFTP version %2 ; la version 3 est nécessaire</translation>
    </message>
    <message>
        <source>%1: the server ended the SFTP session</source>
        <translation>%1 : le serveur a mis fin à la session SFTP</translation>
    </message>
    <message>
        <source>%1: the server sent a malformed SFTP packet (%2 bytes)</source>
        <translation>%1 : le serveur a envoyé un paquet SFTP mal formé (%2 octets)</translation>
    </message>
    <message>
        <source>%1: the server sent a malformed SFTP packet</source>
        <translation>%1 : le serveur a envoyé un paquet SFTP mal formé</translation>
    </message>
    <message>
        <source>listing &apos;%1&apos;</source>
        <translation>liste de &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: cannot create the folder</source>
        <translation>&apos;%1&apos; : impossible de créer le dossier</translation>
    </message>
    <message>
        <source>creating &apos;%1&apos;</source>
        <translation>création de &apos;%1&apos;</translation>
    </message>
    <message>
        <source>cannot create the lock file</source>
        <translation>impossible de créer le fichier de verrou</translation>
    </message>
    <message>
        <source>cannot write the lock file</source>
        <translation>impossible d&apos;écrire le fichier de verrou</translation>
    </message>
    <message>
        <source>%1: the server sent an unexpected SFTP reply</source>
        <translation>%1 : le serveur a envoyé une réponse SFTP inattendue</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: %2: permission denied on the server (the SSH user may not do this)</source>
        <translation>&apos;%1&apos; : %2 : permission refusée sur le serveur (l&apos;utilisateur SSH n&apos;a pas ce droit)</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: %2: the server does not support this</source>
        <translation>&apos;%1&apos; : %2 : le serveur ne prend pas cela en charge</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: %2: the server reported: %3</source>
        <translation>&apos;%1&apos; : %2 : le serveur a signalé : %3</translation>
    </message>
    <message>
        <source>failure</source>
        <translation>échec</translation>
    </message>
    <message>
        <source>closing a file</source>
        <translation>fermeture d&apos;un fichier</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: the server did not say what kind of file it is; refusing to use it</source>
        <translation>&apos;%1&apos; : le serveur n&apos;a pas indiqué de quel type de fichier il s&apos;agit ; refusé</translation>
    </message>
    <message>
        <source>looking at &apos;%1&apos;</source>
        <translation>examen de &apos;%1&apos;</translation>
    </message>
    <message>
        <source>looking at the root &apos;%1&apos;</source>
        <translation>examen de la racine &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1: the root &apos;%2&apos; does not exist on the server</source>
        <translation>%1 : la racine &apos;%2&apos; n&apos;existe pas sur le serveur</translation>
    </message>
    <message>
        <source>%1: the root &apos;%2&apos; is %3, not a folder</source>
        <translation>%1 : la racine &apos;%2&apos; est %3, pas un dossier</translation>
    </message>
    <message>
        <source>reading &apos;%1&apos;</source>
        <translation>lecture de &apos;%1&apos;</translation>
    </message>
    <message>
        <source>looking at the free space for &apos;%1&apos;</source>
        <translation>examen de l&apos;espace libre pour &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the server&apos;s disk is full (%1 bytes free, %2 needed)</source>
        <translation>le disque du serveur est plein (%1 octets libres, %2 nécessaires)</translation>
    </message>
    <message>
        <source>writing &apos;%1&apos;</source>
        <translation>écriture de &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: cannot write</source>
        <translation>&apos;%1&apos; : écriture impossible</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: cannot write: Input/output error</source>
        <translation>&apos;%1&apos; : écriture impossible : erreur d&apos;entrée/sortie</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: cannot rename the temporary file over it: Input/output error</source>
        <translation>&apos;%1&apos; : impossible de renommer le fichier temporaire à sa place : erreur d&apos;entrée/sortie</translation>
    </message>
    <message>
        <source>cannot replace it</source>
        <translation>impossible de le remplacer</translation>
    </message>
    <message>
        <source>host %1</source>
        <translation>hôte %1</translation>
    </message>
    <message>
        <source>host %1: no applicationHost.config at &apos;%2&apos; (is IIS installed? is the root the system drive?)</source>
        <translation>hôte %1 : pas d&apos;applicationHost.config à &apos;%2&apos; (IIS est-il installé ? la racine est-elle le lecteur système ?)</translation>
    </message>
</context>
<context>
    <name>SmtpSender</name>
    <message>
        <source>no password file for SMTP user &apos;%1&apos; (and no smtp-password credential in $CREDENTIALS_DIRECTORY)</source>
        <translation>aucun fichier de mot de passe pour l&apos;utilisateur SMTP &apos;%1&apos; (et aucun identifiant smtp-password dans $CREDENTIALS_DIRECTORY)</translation>
    </message>
    <message>
        <source>the SMTP password file &apos;%1&apos; cannot be read: %2</source>
        <translation>le fichier de mot de passe SMTP &apos;%1&apos; est illisible : %2</translation>
    </message>
    <message>
        <source>the SMTP password file &apos;%1&apos; is not a regular file</source>
        <translation>le fichier de mot de passe SMTP &apos;%1&apos; n&apos;est pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>the SMTP password file &apos;%1&apos; is larger than %2 bytes</source>
        <translation>le fichier de mot de passe SMTP &apos;%1&apos; dépasse %2 octets</translation>
    </message>
    <message>
        <source>the SMTP password file &apos;%1&apos; is empty</source>
        <translation>le fichier de mot de passe SMTP &apos;%1&apos; est vide</translation>
    </message>
    <message>
        <source>the SMTP password file &apos;%1&apos; holds a NUL byte</source>
        <translation>le fichier de mot de passe SMTP &apos;%1&apos; contient un octet NUL</translation>
    </message>
    <message>
        <source>no recipient</source>
        <translation>aucun destinataire</translation>
    </message>
    <message>
        <source>the CA file &apos;%1&apos; cannot be read</source>
        <translation>le fichier d&apos;AC &apos;%1&apos; est illisible</translation>
    </message>
    <message>
        <source>libcurl could not start a transfer</source>
        <translation>libcurl n&apos;a pas pu démarrer un transfert</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>mémoire insuffisante</translation>
    </message>
    <message>
        <source>DNS: host &apos;%1&apos; not found</source>
        <translation>DNS : hôte &apos;%1&apos; introuvable</translation>
    </message>
    <message>
        <source>connection refused (is the mail server running?)</source>
        <translation>connexion refusée (le serveur de messagerie est-il démarré ?)</translation>
    </message>
    <message>
        <source>cannot connect: %1</source>
        <translation>connexion impossible : %1</translation>
    </message>
    <message>
        <source>timeout: the server did not answer within %1 s</source>
        <translation>délai dépassé : le serveur n&apos;a pas répondu en %1 s</translation>
    </message>
    <message>
        <source>timeout: the server stopped answering (limits: %1 s to connect, %2 s in all)</source>
        <translation>délai dépassé : le serveur ne répond plus (limites : %1 s pour la connexion, %2 s au total)</translation>
    </message>
    <message>
        <source>STARTTLS refused: the server does not offer TLS (%1), and mail is never sent in clear; use a server with STARTTLS or an smtps:// URL</source>
        <translation>STARTTLS refusé : le serveur ne propose pas TLS (%1), et aucun courriel n&apos;est envoyé en clair ; utilisez un serveur avec STARTTLS ou une URL smtps://</translation>
    </message>
    <message>
        <source>TLS verification failed: the server&apos;s certificate is not trusted by this system&apos;s CA store or not issued for %1 (%2); give the CA file of a private mail server</source>
        <translation>échec de la vérification TLS : le certificat du serveur n&apos;est pas approuvé par le magasin d&apos;AC de ce système ou n&apos;est pas émis pour %1 (%2) ; indiquez le fichier d&apos;AC d&apos;un serveur de messagerie privé</translation>
    </message>
    <message>
        <source>TLS verification failed: the server&apos;s certificate is not issued by the CA file &apos;%1&apos; or not for %2 (%3)</source>
        <translation>échec de la vérification TLS : le certificat du serveur n&apos;est pas émis par le fichier d&apos;AC &apos;%1&apos; ou pas pour %2 (%3)</translation>
    </message>
    <message>
        <source>the CA file &apos;%1&apos; holds no usable certificate</source>
        <translation>le fichier d&apos;AC &apos;%1&apos; ne contient aucun certificat utilisable</translation>
    </message>
    <message>
        <source>TLS handshake failed: %1</source>
        <translation>échec de la négociation TLS : %1</translation>
    </message>
    <message>
        <source>authentication failed for user &apos;%1&apos; (%2)</source>
        <translation>échec de l&apos;authentification de l&apos;utilisateur &apos;%1&apos; (%2)</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>a recipient was refused (SMTP %1); recipients: %2</source>
        <translation>un destinataire a été refusé (SMTP %1) ; destinataires : %2</translation>
    </message>
    <message>
        <source>the sender address &apos;%1&apos; was refused (SMTP %2)</source>
        <translation>l&apos;adresse d&apos;expéditeur &apos;%1&apos; a été refusée (SMTP %2)</translation>
    </message>
    <message>
        <source>the message was refused (SMTP %1): %2</source>
        <translation>le message a été refusé (SMTP %1) : %2</translation>
    </message>
    <message>
        <source>the server closed the connection or answered out of protocol: %1</source>
        <translation>le serveur a fermé la connexion ou a répondu hors protocole : %1</translation>
    </message>
    <message>
        <source>the server requires authentication (SMTP 530): set an SMTP user and password file</source>
        <translation>le serveur exige une authentification (SMTP 530) : définissez un utilisateur SMTP et un fichier de mot de passe</translation>
    </message>
    <message>
        <source>the server requires authentication but offered no AUTH method curl can use (SMTP 530)</source>
        <translation>le serveur exige une authentification mais ne propose aucune méthode AUTH utilisable par curl (SMTP 530)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>SshTrust</name>
    <message>
        <source>server &apos;%1&apos; is not reached over SSH (host &apos;%2&apos;); SSH host keys are for ssh:// hosts</source>
        <translation>le serveur &apos;%1&apos; n&apos;est pas joint par SSH (hôte &apos;%2&apos;) ; les clés d&apos;hôte SSH concernent les hôtes ssh://</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>server &apos;%1&apos;</source>
        <translation>serveur &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an SSH host key fingerprint: expected SHA256: and 43 characters of base64, as emctl ssh-trust %2 prints it</source>
        <translation>&apos;%1&apos; n&apos;est pas une empreinte de clé d&apos;hôte SSH : attendu SHA256: suivi de 43 caractères base64, comme l&apos;affiche emctl ssh-trust %2</translation>
    </message>
    <message>
        <source>server &apos;%1&apos; (%2) presents the %3 host key %4, not %5: nothing was accepted</source>
        <translation>le serveur &apos;%1&apos; (%2) présente la clé d&apos;hôte %3 %4, pas %5 : rien n&apos;a été accepté</translation>
    </message>
</context>
<context>
    <name>StatusDetail</name>
    <message>
        <source>due at the next cycle</source>
        <translation>à appliquer au prochain cycle</translation>
    </message>
    <message>
        <source>not applicable (Edge Transport)</source>
        <translation>non applicable (transport Edge)</translation>
    </message>
    <message>
        <source>build %1 is outside %2</source>
        <translation>la build %1 est hors de %2</translation>
    </message>
    <message>
        <source>build %1 is outside %2; still in place: roll back to remove</source>
        <translation>la build %1 est hors de %2 ; toujours en place : restaurez pour la supprimer</translation>
    </message>
    <message>
        <source>no longer in the feed; still in place: roll back to remove</source>
        <translation>ne figure plus dans le flux ; toujours en place : restaurez pour la supprimer</translation>
    </message>
    <message>
        <source>blocked by an administrator</source>
        <translation>bloquée par un administrateur</translation>
    </message>
    <message>
        <source>mitigations are disabled for the organization</source>
        <translation>les atténuations sont désactivées pour l&apos;organisation</translation>
    </message>
    <message>
        <source>mitigations are disabled on this server</source>
        <translation>les atténuations sont désactivées sur ce serveur</translation>
    </message>
    <message>
        <source>still in place; blocked by an administrator, which stops further changes: roll back to remove</source>
        <translation>toujours en place ; bloquée par un administrateur, ce qui arrête toute autre modification : restaurez pour la supprimer</translation>
    </message>
    <message>
        <source>still in place; mitigations are disabled for the organization, which stops further changes: roll back to remove</source>
        <translation>toujours en place ; les atténuations sont désactivées pour l&apos;organisation, ce qui arrête toute autre modification : restaurez pour la supprimer</translation>
    </message>
    <message>
        <source>still in place; mitigations are disabled on this server, which stops further changes: roll back to remove</source>
        <translation>toujours en place ; les atténuations sont désactivées sur ce serveur, ce qui arrête toute autre modification : restaurez pour la supprimer</translation>
    </message>
    <message>
        <source>was removed outside EM Console; put back: %1</source>
        <translation>avait été supprimée en dehors d&apos;EM Console ; remise en place : %1</translation>
    </message>
    <message>
        <source>applied, but the server does not show it in effect (%1)</source>
        <translation>appliquée, mais le serveur ne la montre pas en vigueur (%1)</translation>
    </message>
    <message>
        <source>would apply %1</source>
        <translation>appliquerait %1</translation>
    </message>
    <message>
        <source>would replace %1: %2</source>
        <translation>remplacerait %1 : %2</translation>
    </message>
    <message>
        <source>rolled back by %1</source>
        <translation>restaurée par %1</translation>
    </message>
    <message>
        <source>rolled back by %1 and blocked so the next cycle does not apply it again</source>
        <translation>restaurée par %1 et bloquée pour que le prochain cycle ne l&apos;applique pas de nouveau</translation>
    </message>
</context>
<context>
    <name>StatusStyle</name>
    <message>
        <source>Applied</source>
        <translation>Appliquée</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Bloquée</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Non applicable</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Désactivée</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Obsolete</source>
        <translation>Obsolète</translation>
    </message>
    <message>
        <source>The action is in place on the server.</source>
        <translation>L&apos;action est en place sur le serveur.</translation>
    </message>
    <message>
        <source>An administrator blocked this mitigation or action on the server.</source>
        <translation>Un administrateur a bloqué cette atténuation ou cette action sur le serveur.</translation>
    </message>
    <message>
        <source>The action could not be applied; the detail says why.</source>
        <translation>L&apos;action n&apos;a pas pu être appliquée ; le détail en donne la raison.</translation>
    </message>
    <message>
        <source>The server&apos;s build or role is outside the mitigation&apos;s range.</source>
        <translation>La build ou le rôle du serveur sort du champ d&apos;application de l&apos;atténuation.</translation>
    </message>
    <message>
        <source>Mitigations are turned off for the organization or this server.</source>
        <translation>Les atténuations sont désactivées pour l&apos;organisation ou pour ce serveur.</translation>
    </message>
    <message>
        <source>Due: the next cycle applies it.</source>
        <translation>À appliquer : le prochain cycle s&apos;en charge.</translation>
    </message>
    <message>
        <source>Still in place but no longer applicable: roll it back.</source>
        <translation>Toujours en place mais plus applicable : restaurez-la.</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Activées</translation>
    </message>
    <message>
        <source>Disabled (organization)</source>
        <translation>Désactivées (organisation)</translation>
    </message>
    <message>
        <source>Disabled (server)</source>
        <translation>Désactivées (serveur)</translation>
    </message>
    <message>
        <source>Disabled (organization and server)</source>
        <translation>Désactivées (organisation et serveur)</translation>
    </message>
    <message>
        <source>Not applicable (Edge Transport)</source>
        <translation>Non applicable (transport Edge)</translation>
    </message>
</context>
<context>
    <name>Text</name>
    <message>
        <source>invalid boolean &apos;%1&apos;: expected true, false, $true, $false, 1 or 0</source>
        <translation>booléen &apos;%1&apos; non valide : true, false, $true, $false, 1 ou 0 attendu</translation>
    </message>
    <message>
        <source>invalid duration &apos;%1&apos;: expected a number of seconds or a value like 90s, 10m, 1h, 1d</source>
        <translation>durée &apos;%1&apos; non valide : un nombre de secondes ou une valeur comme 90s, 10m, 1h, 1d est attendu</translation>
    </message>
    <message>
        <source>invalid duration &apos;%1&apos;: must be more than zero</source>
        <translation>durée &apos;%1&apos; non valide : doit être supérieure à zéro</translation>
    </message>
    <message>
        <source>invalid time &apos;%1&apos;: %2</source>
        <translation>heure &apos;%1&apos; non valide : %2</translation>
    </message>
    <message>
        <source>invalid time &apos;%1&apos;: expected ISO 8601 such as 2026-11-20T10:00:00Z, or -1h / -7d</source>
        <translation>heure &apos;%1&apos; non valide : ISO 8601 attendu, par exemple 2026-11-20T10:00:00Z, ou -1h / -7d</translation>
    </message>
</context>
<context>
    <name>TrustConfig</name>
    <message>
        <source>%1: required</source>
        <translation>%1 : obligatoire</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a CA certificate</source>
        <translation>%1 : &apos;%2&apos; n&apos;est pas un certificat d&apos;autorité de certification</translation>
    </message>
    <message>
        <source>trust anchors</source>
        <translation>ancres de confiance</translation>
    </message>
    <message>
        <source>timestamp anchors</source>
        <translation>ancres d&apos;horodatage</translation>
    </message>
    <message>
        <source>intermediates</source>
        <translation>certificats intermédiaires</translation>
    </message>
    <message>
        <source>CRLs</source>
        <translation>listes de révocation (CRL)</translation>
    </message>
    <message>
        <source>EKU &apos;%1&apos; is not a dotted OID such as 1.3.6.1.5.5.7.3.3</source>
        <translation>l&apos;EKU &apos;%1&apos; n&apos;est pas un OID pointé tel que 1.3.6.1.5.5.7.3.3</translation>
    </message>
</context>
<context>
    <name>WebhookSender</name>
    <message>
        <source>no webhook call started</source>
        <translation>aucun appel de webhook lancé</translation>
    </message>
    <message>
        <source>timeout: no connection through proxy %1 within %2 s</source>
        <translation>délai dépassé : aucune connexion via le proxy %1 en %2 s</translation>
    </message>
    <message>
        <source>timeout: no connection within %1 s</source>
        <translation>délai dépassé : aucune connexion en %1 s</translation>
    </message>
    <message>
        <source>timeout: no answer within %1 s</source>
        <translation>délai dépassé : aucune réponse en %1 s</translation>
    </message>
    <message>
        <source>invalid proxy URL &apos;%1&apos;: expected http://host:port</source>
        <translation>URL de proxy &apos;%1&apos; non valide : http://hôte:port attendu</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>HTTP status %1%2</source>
        <translation>statut HTTP %1%2</translation>
    </message>
    <message>
        <source>; redirects are not followed: give the final URL</source>
        <translation> ; les redirections ne sont pas suivies : indiquez l&apos;URL finale</translation>
    </message>
    <message>
        <source>DNS: host &apos;%1&apos; not found</source>
        <translation>DNS : hôte &apos;%1&apos; introuvable</translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>connexion refusée</translation>
    </message>
    <message>
        <source>timeout: the connection timed out</source>
        <translation>délai dépassé : la connexion a expiré</translation>
    </message>
    <message>
        <source>the server closed the connection before answering</source>
        <translation>le serveur a fermé la connexion avant de répondre</translation>
    </message>
    <message>
        <source>TLS: the server&apos;s certificate is not trusted (%1); presented certificate &apos;%2&apos; issued by &apos;%3&apos;</source>
        <translation>TLS : le certificat du serveur n&apos;est pas approuvé (%1) ; certificat présenté &apos;%2&apos; émis par &apos;%3&apos;</translation>
    </message>
    <message>
        <source>TLS handshake failed: %1</source>
        <translation>échec de la négociation TLS : %1</translation>
    </message>
    <message>
        <source>proxy %1: connection refused</source>
        <translation>proxy %1 : connexion refusée</translation>
    </message>
    <message>
        <source>proxy %1: %2</source>
        <translation>proxy %1 : %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>em::ui::ActionTableModel</name>
    <message>
        <source>Heartbeat</source>
        <translation>Pulsation</translation>
    </message>
    <message>
        <source>URL Rewrite</source>
        <translation>Réécriture d&apos;URL</translation>
    </message>
    <message>
        <source>Disable service</source>
        <translation>Désactiver un service</translation>
    </message>
    <message>
        <source>Disable app pool</source>
        <translation>Désactiver un pool d&apos;applications</translation>
    </message>
    <message>
        <source>Scope: server</source>
        <translation>Portée : serveur</translation>
    </message>
    <message>
        <source>Scope: server; target: %1</source>
        <translation>Portée : serveur ; cible : %1</translation>
    </message>
    <message>
        <source>Scope: site %1</source>
        <translation>Portée : site %1</translation>
    </message>
    <message>
        <source>Scope: virtual directory %1</source>
        <translation>Portée : répertoire virtuel %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>(Planned: no cycle has recorded it yet.)</source>
        <translation>(Prévu : aucun cycle ne l&apos;a encore enregistré.)</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
</context>
<context>
    <name>em::ui::AuditTableModel</name>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Ordinateur</translation>
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
        <source>Property</source>
        <translation>Propriété</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>Ancienne valeur</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>Nouvelle valeur</translation>
    </message>
</context>
<context>
    <name>em::ui::CatalogModel</name>
    <message>
        <source>Heartbeat</source>
        <translation>Pulsation</translation>
    </message>
    <message>
        <source>URL Rewrite</source>
        <translation>Réécriture d&apos;URL</translation>
    </message>
    <message>
        <source>Disable service</source>
        <translation>Désactiver un service</translation>
    </message>
    <message>
        <source>Disable app pool</source>
        <translation>Désactiver un pool d&apos;applications</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Serveur : %1</translation>
    </message>
    <message>
        <source>Site: %1</source>
        <translation>Site : %1</translation>
    </message>
    <message>
        <source>Virtual directory: %1</source>
        <translation>Répertoire virtuel : %1</translation>
    </message>
    <message>
        <source>Mitigation</source>
        <translation>Atténuation</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation>S&apos;applique à</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
</context>
<context>
    <name>em::ui::CatalogView</name>
    <message>
        <source>Heartbeat (changes nothing)</source>
        <translation>Pulsation (ne modifie rien)</translation>
    </message>
    <message>
        <source>IIS URL Rewrite rules</source>
        <translation>Règles de réécriture d&apos;URL IIS</translation>
    </message>
    <message>
        <source>Stop and disable a Windows service</source>
        <translation>Arrêter et désactiver un service Windows</translation>
    </message>
    <message>
        <source>Stop an IIS application pool and turn off its auto-start</source>
        <translation>Arrêter un pool d&apos;applications IIS et désactiver son démarrage automatique</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Serveur : %1</translation>
    </message>
    <message>
        <source>Site %1 (its web.config)</source>
        <translation>Site %1 (son web.config)</translation>
    </message>
    <message>
        <source>Virtual directory %1 (its web.config)</source>
        <translation>Répertoire virtuel %1 (son web.config)</translation>
    </message>
    <message>
        <source>No feed accepted yet: the catalog is empty. It lists the mitigations of the accepted feed.</source>
        <translation>Aucun flux accepté pour l&apos;instant : le catalogue est vide. Il présente les atténuations du flux accepté.</translation>
    </message>
    <message>
        <source>Select a mitigation or an action.</source>
        <translation>Sélectionnez une atténuation ou une action.</translation>
    </message>
    <message>
        <source>Applies to:</source>
        <translation>S&apos;applique à :</translation>
    </message>
    <message>
        <source>Rollback:</source>
        <translation>Restauration :</translation>
    </message>
    <message>
        <source>No rollback procedure given.</source>
        <translation>Aucune procédure de restauration fournie.</translation>
    </message>
    <message>
        <source>Actions:</source>
        <translation>Actions :</translation>
    </message>
</context>
<context>
    <name>em::ui::ChangeServersCommand</name>
    <message>
        <source>Blocking %1 on %2</source>
        <translation>Blocage de %1 sur %2</translation>
    </message>
    <message>
        <source>Blocking %1 on %2 servers</source>
        <translation>Blocage de %1 sur %2 serveurs</translation>
    </message>
    <message>
        <source>Unblocking %1 on %2</source>
        <translation>Déblocage de %1 sur %2</translation>
    </message>
    <message>
        <source>Unblocking %1 on %2 servers</source>
        <translation>Déblocage de %1 sur %2 serveurs</translation>
    </message>
    <message>
        <source>Enabling mitigations on %1</source>
        <translation>Activation des atténuations sur %1</translation>
    </message>
    <message>
        <source>Enabling mitigations on %1 servers</source>
        <translation>Activation des atténuations sur %1 serveurs</translation>
    </message>
    <message>
        <source>Disabling mitigations on %1</source>
        <translation>Désactivation des atténuations sur %1</translation>
    </message>
    <message>
        <source>Disabling mitigations on %1 servers</source>
        <translation>Désactivation des atténuations sur %1 serveurs</translation>
    </message>
    <message>
        <source>Clearing the proxy of %1</source>
        <translation>Suppression du proxy de %1</translation>
    </message>
    <message>
        <source>Clearing the proxy of %1 servers</source>
        <translation>Suppression du proxy de %1 serveurs</translation>
    </message>
    <message>
        <source>Setting the proxy of %1</source>
        <translation>Configuration du proxy de %1</translation>
    </message>
    <message>
        <source>Setting the proxy of %1 servers</source>
        <translation>Configuration du proxy de %1 serveurs</translation>
    </message>
    <message>
        <source>Block on %1 servers</source>
        <translation>Bloquer sur %1 serveurs</translation>
    </message>
    <message>
        <source>Block %1 on these %2 servers? The EM service will skip it there. What is already applied stays in place until it is rolled back.</source>
        <translation>Bloquer %1 sur ces %2 serveurs ? Le service EM l&apos;y ignorera. Ce qui est déjà appliqué reste en place jusqu&apos;à sa restauration.</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Bloquer</translation>
    </message>
    <message>
        <source>Turn off mitigations</source>
        <translation>Désactiver les atténuations</translation>
    </message>
    <message>
        <source>Mitigations will no longer be applied on %1. Mitigations already applied stay in place until they are rolled back.</source>
        <translation>Les atténuations ne seront plus appliquées sur %1. Les atténuations déjà appliquées restent en place jusqu&apos;à leur restauration.</translation>
    </message>
    <message>
        <source>Mitigations will no longer be applied on these %1 servers. Mitigations already applied stay in place until they are rolled back.</source>
        <translation>Les atténuations ne seront plus appliquées sur ces %1 serveurs. Les atténuations déjà appliquées restent en place jusqu&apos;à leur restauration.</translation>
    </message>
    <message>
        <source>Turn off</source>
        <translation>Désactiver</translation>
    </message>
</context>
<context>
    <name>em::ui::Command</name>
    <message>
        <source>The change could not be completed</source>
        <translation>La modification n&apos;a pas pu aboutir</translation>
    </message>
</context>
<context>
    <name>em::ui::ConnectivityDialog</name>
    <message>
        <source>Connectivity test</source>
        <translation>Test de connectivité</translation>
    </message>
    <message>
        <source>Mitigation Service endpoint: %1</source>
        <translation>Point de terminaison du service d&apos;atténuation : %1</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Arrêter</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Select a server to see every step of its test.</source>
        <translation>Sélectionnez un serveur pour voir chaque étape de son test.</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Serveur : %1</translation>
    </message>
    <message numerus="yes">
        <source>Testing through the proxy of each server: %1 of %n done…</source>
        <translation>
            <numerusform>Test par le proxy de chaque serveur : %1 sur %n terminé…</numerusform>
            <numerusform>Test par le proxy de chaque serveur : %1 sur %n terminés…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped: %1 of %n server(s) tested, %2 cannot reach the endpoint.</source>
        <translation>
            <numerusform>Arrêté : %1 serveur sur %n testé, %2 ne peuvent pas joindre le point de terminaison.</numerusform>
            <numerusform>Arrêté : %1 serveurs sur %n testés, %2 ne peuvent pas joindre le point de terminaison.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This computer reaches the endpoint through the proxy of each of the %n server(s).</source>
        <translation>
            <numerusform>Cet ordinateur joint le point de terminaison par le proxy du serveur.</numerusform>
            <numerusform>Cet ordinateur joint le point de terminaison par le proxy de chacun des %n serveurs.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n server(s) cannot reach the endpoint from this computer. The steps of the selected server are below.</source>
        <translation>
            <numerusform>%1 serveur sur %n ne peut pas joindre le point de terminaison depuis cet ordinateur. Les étapes du serveur sélectionné sont ci-dessous.</numerusform>
            <numerusform>%1 serveurs sur %n ne peuvent pas joindre le point de terminaison depuis cet ordinateur. Les étapes du serveur sélectionné sont ci-dessous.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>em::ui::ConnectivityModel</name>
    <message>
        <source>Testing…</source>
        <translation>Test en cours…</translation>
    </message>
    <message>
        <source>Not tested: the test was cancelled.</source>
        <translation>Non testé : le test a été annulé.</translation>
    </message>
    <message>
        <source>direct</source>
        <translation>direct</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Through</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>em::ui::ConsoleActions</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Actions</source>
        <translation>&amp;Actions</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barre d&apos;outils principale</translation>
    </message>
    <message>
        <source>&amp;Open org directory…</source>
        <translation>&amp;Ouvrir un annuaire d&apos;organisation…</translation>
    </message>
    <message>
        <source>Open org directory on a &amp;database server…</source>
        <translation>Ouvrir un annuaire sur un serveur de &amp;base de données…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ctualiser</translation>
    </message>
    <message>
        <source>Read the org directory again</source>
        <translation>Relire l&apos;annuaire de l&apos;organisation</translation>
    </message>
    <message>
        <source>Run &amp;now</source>
        <translation>Exécuter &amp;maintenant</translation>
    </message>
    <message>
        <source>Run one mitigation cycle now on every server of the organization, from this computer: apply what is due, put back what was removed by hand, record statuses</source>
        <translation>Exécuter maintenant un cycle d&apos;atténuation sur tous les serveurs de l&apos;organisation, depuis cet ordinateur : appliquer ce qui est dû, remettre ce qui a été retiré à la main, enregistrer les états</translation>
    </message>
    <message>
        <source>Ask the &amp;service to run now</source>
        <translation>Demander au &amp;service de s&apos;exécuter maintenant</translation>
    </message>
    <message>
        <source>Set the &quot;run requested&quot; flag: the EM service (emctl service) runs a cycle on its servers when it next looks for requests</source>
        <translation>Lever l&apos;indicateur « exécution demandée » : le service EM (emctl service) exécute un cycle sur ses serveurs la prochaine fois qu&apos;il consulte les demandes</translation>
    </message>
    <message>
        <source>&amp;Test connectivity</source>
        <translation>&amp;Tester la connectivité</translation>
    </message>
    <message>
        <source>Test whether this computer reaches the Mitigation Service endpoint through the proxy of each selected server</source>
        <translation>Tester si cet ordinateur joint le point de terminaison du service d&apos;atténuation par le proxy de chaque serveur sélectionné</translation>
    </message>
    <message>
        <source>Trust SSH host &amp;key…</source>
        <translation>Approuver la &amp;clé d&apos;hôte SSH…</translation>
    </message>
    <message>
        <source>Show the SSH host key of the selected ssh:// server and accept it after checking its fingerprint on the server</source>
        <translation>Afficher la clé d&apos;hôte SSH du serveur ssh:// sélectionné et l&apos;accepter après avoir vérifié son empreinte sur le serveur</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exporter en CSV…</translation>
    </message>
    <message>
        <source>Export the Get-Mitigations report of every server to a CSV file</source>
        <translation>Exporter le rapport Get-Mitigations de tous les serveurs dans un fichier CSV</translation>
    </message>
    <message>
        <source>Import from E&amp;xchange…</source>
        <translation>Importer depuis E&amp;xchange…</translation>
    </message>
    <message>
        <source>Register or update servers and the organization&apos;s MitigationsEnabled from Get-ExchangeServer and Get-OrganizationConfig exports (Export-Clixml)</source>
        <translation>Inscrire ou mettre à jour les serveurs et le MitigationsEnabled de l&apos;organisation depuis des exports Get-ExchangeServer et Get-OrganizationConfig (Export-Clixml)</translation>
    </message>
    <message>
        <source>Copy &amp;PowerShell commands</source>
        <translation>Copier les commandes &amp;PowerShell</translation>
    </message>
    <message>
        <source>Copy the Set-ExchangeServer and Set-OrganizationConfig commands that bring Exchange to the directory&apos;s settings</source>
        <translation>Copier les commandes Set-ExchangeServer et Set-OrganizationConfig qui alignent Exchange sur les paramètres de l&apos;annuaire</translation>
    </message>
    <message>
        <source>&amp;Import feed…</source>
        <translation>&amp;Importer un flux…</translation>
    </message>
    <message>
        <source>Verify a signed feed file and make it the feed in effect (air-gapped organizations)</source>
        <translation>Vérifier un fichier de flux signé et en faire le flux en vigueur (organisations isolées du réseau)</translation>
    </message>
    <message>
        <source>&amp;Fetch feed now</source>
        <translation>&amp;Récupérer le flux maintenant</translation>
    </message>
    <message>
        <source>Fetch the organization&apos;s feed now through the selected server&apos;s proxy, verify it and accept it</source>
        <translation>Récupérer maintenant le flux de l&apos;organisation par le proxy du serveur sélectionné, le vérifier et l&apos;accepter</translation>
    </message>
    <message>
        <source>&amp;About EM Console</source>
        <translation>À &amp;propos d&apos;EM Console</translation>
    </message>
    <message>
        <source>Apply mitigations automatically</source>
        <translation>Appliquer les atténuations automatiquement</translation>
    </message>
    <message>
        <source>MitigationsEnabled of the organization. When off, no server applies mitigations; the feed is still fetched and verified, and the console shows what would apply.</source>
        <translation>MitigationsEnabled de l&apos;organisation. Désactivé, aucun serveur n&apos;applique d&apos;atténuation ; le flux est toujours récupéré et vérifié, et la console montre ce qui s&apos;appliquerait.</translation>
    </message>
</context>
<context>
    <name>em::ui::ConsoleStatusBar</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Reading the org directory…</source>
        <translation>Lecture de l&apos;annuaire de l&apos;organisation…</translation>
    </message>
</context>
<context>
    <name>em::ui::CopyExchangeScriptCommand</name>
    <message>
        <source>Making the PowerShell commands</source>
        <translation>Production des commandes PowerShell</translation>
    </message>
    <message>
        <source>The PowerShell commands could not be made</source>
        <translation>Les commandes PowerShell n&apos;ont pas pu être produites</translation>
    </message>
    <message numerus="yes">
        <source>%n PowerShell command(s) copied to the clipboard.</source>
        <translation>
            <numerusform>%n commande PowerShell copiée dans le presse-papiers.</numerusform>
            <numerusform>%n commandes PowerShell copiées dans le presse-papiers.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>em::ui::CreateDemoCommand</name>
    <message>
        <source>Preparing the demo organization</source>
        <translation>Préparation de l&apos;organisation de démonstration</translation>
    </message>
    <message>
        <source>The demo organization could not be prepared</source>
        <translation>L&apos;organisation de démonstration n&apos;a pas pu être préparée</translation>
    </message>
</context>
<context>
    <name>em::ui::CycleCommand</name>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1 · %2: %3</source>
        <translation>%1 · %2 : %3</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more (see Details).</source>
        <translation>
            <numerusform>… et %n autre (voir les détails).</numerusform>
            <numerusform>… et %n autres (voir les détails).</numerusform>
        </translation>
    </message>
    <message>
        <source>Some mitigation actions failed</source>
        <translation>Des actions d&apos;atténuation ont échoué</translation>
    </message>
    <message numerus="yes">
        <source>%n failure(s) in this cycle; the other actions and servers were processed.</source>
        <translation>
            <numerusform>%n échec dans ce cycle ; les autres actions et serveurs ont été traités.</numerusform>
            <numerusform>%n échecs dans ce cycle ; les autres actions et serveurs ont été traités.</numerusform>
        </translation>
    </message>
    <message>
        <source>Log: %1</source>
        <translation>Journal : %1</translation>
    </message>
</context>
<context>
    <name>em::ui::DashboardWidget</name>
    <message>
        <source>Mitigation status across the organization</source>
        <translation>État des atténuations dans l&apos;organisation</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>Serveurs</translation>
    </message>
    <message>
        <source>Applied actions</source>
        <translation>Actions appliquées</translation>
    </message>
    <message>
        <source>Blocked actions</source>
        <translation>Actions bloquées</translation>
    </message>
    <message>
        <source>Failed actions</source>
        <translation>Actions en échec</translation>
    </message>
    <message>
        <source>Obsolete actions</source>
        <translation>Actions obsolètes</translation>
    </message>
    <message>
        <source>Actions by status, all servers</source>
        <translation>Actions par état, tous serveurs confondus</translation>
    </message>
    <message>
        <source>Edge Transport (not applicable)</source>
        <translation>Transport Edge (non applicable)</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Appliquées</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Bloquées</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>En échec</translation>
    </message>
    <message>
        <source>Obsolete</source>
        <translation>Obsolètes</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Mitigations on</source>
        <translation>Activées</translation>
    </message>
    <message>
        <source>Mitigations off</source>
        <translation>Désactivées</translation>
    </message>
    <message>
        <source>Servers by mitigation enablement</source>
        <translation>Serveurs selon l&apos;activation des atténuations</translation>
    </message>
</context>
<context>
    <name>em::ui::EventTableModel</name>
    <message>
        <source>(organization)</source>
        <translation>(organisation)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Event ID</source>
        <translation>ID d&apos;événement</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>em::ui::ExportCsvCommand</name>
    <message>
        <source>Exporting the Get-Mitigations report</source>
        <translation>Export du rapport Get-Mitigations</translation>
    </message>
    <message>
        <source>Exporting the Get-Mitigations report of %1</source>
        <translation>Export du rapport Get-Mitigations de %1</translation>
    </message>
    <message>
        <source>Exporting: %1 rows written</source>
        <translation>Export : %1 lignes écrites</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Export annulé ; aucun fichier n&apos;a été écrit.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to %1.</source>
        <translation>
            <numerusform>%n ligne exportée dans %1.</numerusform>
            <numerusform>%n lignes exportées dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The report could not be exported</source>
        <translation>Le rapport n&apos;a pas pu être exporté</translation>
    </message>
</context>
<context>
    <name>em::ui::FeedCheckModel</name>
    <message>
        <source>Passed</source>
        <translation>Réussi</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Non applicable</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Non vérifié</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
</context>
<context>
    <name>em::ui::FeedCommand</name>
    <message>
        <source>The feed in effect is unchanged: signed by %1 on %2.</source>
        <translation>Le flux en vigueur est inchangé : signé par %1 le %2.</translation>
    </message>
    <message>
        <source>No feed is in effect: nothing is applied until a feed is accepted.</source>
        <translation>Aucun flux n&apos;est en vigueur : rien n&apos;est appliqué tant qu&apos;aucun flux n&apos;est accepté.</translation>
    </message>
</context>
<context>
    <name>em::ui::FeedReportDialog</name>
    <message>
        <source>Feed refused</source>
        <translation>Flux refusé</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Source : %1</translation>
    </message>
    <message>
        <source>Signer: %1</source>
        <translation>Signataire : %1</translation>
    </message>
    <message>
        <source>Signing time: %1 (%2)</source>
        <translation>Heure de signature : %1 (%2)</translation>
    </message>
    <message>
        <source>RFC 3161 timestamp</source>
        <translation>horodatage RFC 3161</translation>
    </message>
    <message>
        <source>issued attribute</source>
        <translation>attribut issued</translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation>SHA-256 : %1</translation>
    </message>
</context>
<context>
    <name>em::ui::FetchFeedCommand</name>
    <message>
        <source>Fetching the feed</source>
        <translation>Récupération du flux</translation>
    </message>
    <message>
        <source>Fetching the feed through %1</source>
        <translation>Récupération du flux par %1</translation>
    </message>
    <message>
        <source>Fetching the feed through the proxy of %1</source>
        <translation>Récupération du flux par le proxy de %1</translation>
    </message>
    <message>
        <source>The feed could not be fetched</source>
        <translation>Le flux n&apos;a pas pu être récupéré</translation>
    </message>
</context>
<context>
    <name>em::ui::ImportFeedCommand</name>
    <message>
        <source>The feed from %1 was refused: %2</source>
        <translation>Le flux de %1 a été refusé : %2</translation>
    </message>
    <message>
        <source>Importing the feed %1</source>
        <translation>Import du flux %1</translation>
    </message>
    <message>
        <source>The feed could not be imported</source>
        <translation>Le flux n&apos;a pas pu être importé</translation>
    </message>
</context>
<context>
    <name>em::ui::LiveUpdates</name>
    <message numerus="yes">
        <source>Not connected: %1. Trying again in %n s.</source>
        <translation>
            <numerusform>Non connecté : %1. Nouvelle tentative dans %n s.</numerusform>
            <numerusform>Non connecté : %1. Nouvelle tentative dans %n s.</numerusform>
        </translation>
    </message>
    <message>
        <source>Connected again to the org directory on %1; changes show as they happen.</source>
        <translation>Reconnecté à l&apos;annuaire de l&apos;organisation sur %1 ; les modifications s&apos;affichent à nouveau en direct.</translation>
    </message>
</context>
<context>
    <name>em::ui::LoadDirectoryCommand</name>
    <message>
        <source>Reading the org directory</source>
        <translation>Lecture de l&apos;annuaire de l&apos;organisation</translation>
    </message>
    <message>
        <source>Reading servers: %1 of %2</source>
        <translation>Lecture des serveurs : %1 sur %2</translation>
    </message>
    <message>
        <source>Reading the org directory was cancelled.</source>
        <translation>La lecture de l&apos;annuaire de l&apos;organisation a été annulée.</translation>
    </message>
    <message>
        <source>Org directory read.</source>
        <translation>Annuaire de l&apos;organisation lu.</translation>
    </message>
    <message>
        <source>The org directory could not be read</source>
        <translation>L&apos;annuaire de l&apos;organisation n&apos;a pas pu être lu</translation>
    </message>
</context>
<context>
    <name>em::ui::LoadServerDetailsCommand</name>
    <message>
        <source>Reading the actions of %1</source>
        <translation>Lecture des actions de %1</translation>
    </message>
</context>
<context>
    <name>em::ui::MainWindow</name>
    <message>
        <source>EM Console</source>
        <translation>EM Console</translation>
    </message>
    <message>
        <source>Demo organization — EM Console</source>
        <translation>Organisation de démonstration — EM Console</translation>
    </message>
    <message>
        <source>%1 — EM Console</source>
        <translation>%1 — EM Console</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>Serveurs</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation>Catalogue</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <source>Filter events</source>
        <translation>Filtrer les événements</translation>
    </message>
    <message>
        <source>No events recorded yet. The EM service records one each time it applies, skips or fails an action.</source>
        <translation>Aucun événement enregistré pour l&apos;instant. Le service EM en enregistre un chaque fois qu&apos;il applique, ignore ou échoue à appliquer une action.</translation>
    </message>
    <message>
        <source>Filter the audit trail</source>
        <translation>Filtrer le journal d&apos;audit</translation>
    </message>
    <message>
        <source>No administrator changes recorded yet.</source>
        <translation>Aucune modification d&apos;administrateur enregistrée pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Another change is being written; try again when it is done.</source>
        <translation>Une autre modification est en cours d&apos;enregistrement ; réessayez lorsqu&apos;elle sera terminée.</translation>
    </message>
    <message>
        <source>Enable mitigations</source>
        <translation>Activer les atténuations</translation>
    </message>
    <message>
        <source>Disable mitigations…</source>
        <translation>Désactiver les atténuations…</translation>
    </message>
    <message>
        <source>Block mitigation</source>
        <translation>Bloquer une atténuation</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Unblock</source>
        <translation>Débloquer</translation>
    </message>
    <message>
        <source>Open org directory</source>
        <translation>Ouvrir un annuaire d&apos;organisation</translation>
    </message>
    <message>
        <source>Org directories (*.db);;All files (*)</source>
        <translation>Annuaires d&apos;organisation (*.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>About EM Console</source>
        <translation>À propos d&apos;EM Console</translation>
    </message>
    <message>
        <source>&lt;b&gt;EM Console %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;EM Console %1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Administration console for Exchange Emergency Mitigation: the signed feed of mitigations, what each server applied, blocked or failed, and the audit trail.

Org directory: %1</source>
        <translation>Console d&apos;administration du service d&apos;atténuation d&apos;urgence Exchange : le flux signé des atténuations, ce que chaque serveur a appliqué, bloqué ou échoué à appliquer, et le journal d&apos;audit.

Annuaire de l&apos;organisation : %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Import feed</source>
        <translation>Importer un flux</translation>
    </message>
    <message>
        <source>Signed feeds (*.xml);;All files (*)</source>
        <translation>Flux signés (*.xml);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Export the Get-Mitigations report</source>
        <translation>Exporter le rapport Get-Mitigations</translation>
    </message>
    <message>
        <source>Export the Get-Mitigations report of %1</source>
        <translation>Exporter le rapport Get-Mitigations de %1</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Run now on %1</source>
        <translation>Exécuter maintenant sur %1</translation>
    </message>
    <message>
        <source>Run now on the %1 selected servers</source>
        <translation>Exécuter maintenant sur les %1 serveurs sélectionnés</translation>
    </message>
    <message>
        <source>Export CSV of %1…</source>
        <translation>Exporter le CSV de %1…</translation>
    </message>
    <message>
        <source>Open org directory on a database server</source>
        <translation>Ouvrir un annuaire sur un serveur de base de données</translation>
    </message>
    <message>
        <source>PostgreSQL connection URI, for example
postgresql://emadmin@db.contoso.com/emdir?sslmode=verify-full
The password comes from ~/.pgpass, PGPASSFILE or PGPASSWORD, never from the URI.</source>
        <translation>URI de connexion PostgreSQL, par exemple
postgresql://emadmin@db.contoso.com/emdir?sslmode=verify-full
Le mot de passe vient de ~/.pgpass, PGPASSFILE ou PGPASSWORD, jamais de l&apos;URI.</translation>
    </message>
    <message>
        <source>The org directory could not be opened</source>
        <translation>L&apos;annuaire de l&apos;organisation n&apos;a pas pu être ouvert</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a postgresql:// URI</source>
        <translation>&apos;%1&apos; n&apos;est pas une URI postgresql://</translation>
    </message>
    <message>
        <source>Import from Exchange</source>
        <translation>Importer depuis Exchange</translation>
    </message>
    <message>
        <source>Export-Clixml files (*.xml);;All files (*)</source>
        <translation>Fichiers Export-Clixml (*.xml);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>The PowerShell commands are being made; try again when it is done.</source>
        <translation>Les commandes PowerShell sont en cours de production ; réessayez lorsque ce sera terminé.</translation>
    </message>
    <message>
        <source>An export is running; try again when it is done.</source>
        <translation>Un export est en cours ; réessayez quand il sera terminé.</translation>
    </message>
    <message>
        <source>A connectivity test is running; try again when it is done.</source>
        <translation>Un test de connectivité est en cours ; réessayez lorsqu&apos;il sera terminé.</translation>
    </message>
</context>
<context>
    <name>em::ui::NotificationsPage</name>
    <message>
        <source>secops@contoso.com, exadmins@contoso.com</source>
        <translation>secops@contoso.com, exadmins@contoso.com</translation>
    </message>
    <message>
        <source>em@contoso.com</source>
        <translation>em@contoso.com</translation>
    </message>
    <message>
        <source>smtp://mail.contoso.com:587 or smtps://mail.contoso.com</source>
        <translation>smtp://mail.contoso.com:587 ou smtps://mail.contoso.com</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>$CREDENTIALS_DIRECTORY/smtp-password</source>
        <translation>$CREDENTIALS_DIRECTORY/smtp-password</translation>
    </message>
    <message>
        <source>the system&apos;s CA store</source>
        <translation>le magasin de certificats du système</translation>
    </message>
    <message>
        <source>https://contoso.webhook.office.com/...</source>
        <translation>https://contoso.webhook.office.com/...</translation>
    </message>
    <message>
        <source>Send &amp;test</source>
        <translation>Envoyer un &amp;test</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>After each cycle, one digest of what changed goes to these recipients and this webhook. The SMTP password is never stored: it is read from its file at each delivery.</source>
        <translation>Après chaque cycle, un résumé de ce qui a changé est envoyé à ces destinataires et à ce webhook. Le mot de passe SMTP n&apos;est jamais enregistré : il est lu dans son fichier à chaque envoi.</translation>
    </message>
    <message>
        <source>&amp;Recipients:</source>
        <translation>&amp;Destinataires :</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Expéditeur :</translation>
    </message>
    <message>
        <source>SMTP &amp;server:</source>
        <translation>&amp;Serveur SMTP :</translation>
    </message>
    <message>
        <source>SMTP &amp;user:</source>
        <translation>&amp;Utilisateur SMTP :</translation>
    </message>
    <message>
        <source>&amp;Password file:</source>
        <translation>Fichier du mot de &amp;passe :</translation>
    </message>
    <message>
        <source>Mail server &amp;CA file:</source>
        <translation>Fichier des &amp;AC du serveur de messagerie :</translation>
    </message>
    <message>
        <source>&amp;Webhook URL:</source>
        <translation>URL du &amp;webhook :</translation>
    </message>
    <message>
        <source>Webhook CA &amp;file:</source>
        <translation>&amp;Fichier des AC du webhook :</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>R&amp;eminder after:</source>
        <translation>&amp;Rappel après :</translation>
    </message>
    <message>
        <source>Reading the notification settings...</source>
        <translation>Lecture des paramètres de notification...</translation>
    </message>
    <message>
        <source>The notification settings cannot be read: %1</source>
        <translation>Les paramètres de notification ne peuvent pas être lus : %1</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Destinataires</translation>
    </message>
    <message>
        <source>Saving the notification settings...</source>
        <translation>Enregistrement des paramètres de notification...</translation>
    </message>
    <message>
        <source>Notification settings saved.</source>
        <translation>Paramètres de notification enregistrés.</translation>
    </message>
    <message>
        <source>The notification settings were not saved: %1</source>
        <translation>Les paramètres de notification n&apos;ont pas été enregistrés : %1</translation>
    </message>
    <message>
        <source>Sending a test message...</source>
        <translation>Envoi d&apos;un message de test...</translation>
    </message>
    <message>
        <source>EM Console&apos;s Send test, by %1 on %2</source>
        <translation>Envoi de test d&apos;EM Console, par %1 sur %2</translation>
    </message>
    <message>
        <source>Test message sent: %1</source>
        <translation>Message de test envoyé : %1</translation>
    </message>
</context>
<context>
    <name>em::ui::OperationCommand</name>
    <message>
        <source>%1 stopped before it was done.</source>
        <translation>%1 : arrêté avant la fin.</translation>
    </message>
    <message>
        <source>Registering %1</source>
        <translation>Inscription de %1</translation>
    </message>
    <message>
        <source>Removing %1</source>
        <translation>Retrait de %1</translation>
    </message>
    <message>
        <source>Changing %1</source>
        <translation>Modification de %1</translation>
    </message>
    <message numerus="yes">
        <source>Changing %n server(s)</source>
        <translation>
            <numerusform>Modification de %n serveur</numerusform>
            <numerusform>Modification de %n serveurs</numerusform>
        </translation>
    </message>
    <message>
        <source>Changing the organization</source>
        <translation>Modification de l&apos;organisation</translation>
    </message>
    <message>
        <source>Adding the trust profile %1</source>
        <translation>Ajout du profil de confiance %1</translation>
    </message>
    <message>
        <source>Using the trust profile %1</source>
        <translation>Utilisation du profil de confiance %1</translation>
    </message>
    <message>
        <source>Importing the Exchange organization</source>
        <translation>Importation de l&apos;organisation Exchange</translation>
    </message>
</context>
<context>
    <name>em::ui::ReapplyCommand</name>
    <message>
        <source>Reapplying mitigations on %1</source>
        <translation>Réapplication des atténuations sur %1</translation>
    </message>
    <message>
        <source>Reapplying mitigations on %1 servers</source>
        <translation>Réapplication des atténuations sur %1 serveurs</translation>
    </message>
</context>
<context>
    <name>em::ui::RequestRunCommand</name>
    <message>
        <source>Asking the EM service to run now</source>
        <translation>Demande d&apos;exécution immédiate au service EM</translation>
    </message>
</context>
<context>
    <name>em::ui::RollbackCommand</name>
    <message>
        <source>Rolling back %1 on %2</source>
        <translation>Restauration de %1 sur %2</translation>
    </message>
    <message>
        <source>Rolling back %1 on %2 servers</source>
        <translation>Restauration de %1 sur %2 serveurs</translation>
    </message>
    <message>
        <source>the %1 selected servers</source>
        <translation>les %1 serveurs sélectionnés</translation>
    </message>
    <message>
        <source>Roll back %1 on %2</source>
        <translation>Restaurer %1 sur %2</translation>
    </message>
    <message>
        <source>Roll back %1 on %2 servers</source>
        <translation>Restaurer %1 sur %2 serveurs</translation>
    </message>
    <message>
        <source>EM Console removes exactly what %1 added on %2 and restores what it disabled.

An action that is still due is also added to the server&apos;s block list, so that the next cycle does not apply it again; unblock it to let the EM service apply it again.</source>
        <translation>EM Console retire exactement ce que %1 a ajouté sur %2 et rétablit ce qu&apos;elle a désactivé.

Une action encore due est aussi ajoutée à la liste de blocage du serveur, pour que le prochain cycle ne l&apos;applique pas de nouveau ; débloquez-la pour que le service EM l&apos;applique de nouveau.</translation>
    </message>
    <message>
        <source>Roll back</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>Rollback done</source>
        <translation>Restauration effectuée</translation>
    </message>
    <message>
        <source>Blocked actions stay in the server&apos;s block list until you unblock them.</source>
        <translation>Les actions bloquées restent dans la liste de blocage du serveur jusqu&apos;à ce que vous les débloquiez.</translation>
    </message>
</context>
<context>
    <name>em::ui::RunNowCommand</name>
    <message>
        <source>Running a mitigation cycle on every server</source>
        <translation>Exécution d&apos;un cycle d&apos;atténuation sur tous les serveurs</translation>
    </message>
    <message>
        <source>Running a mitigation cycle on %1</source>
        <translation>Exécution d&apos;un cycle d&apos;atténuation sur %1</translation>
    </message>
    <message>
        <source>Running a mitigation cycle on %1 servers</source>
        <translation>Exécution d&apos;un cycle d&apos;atténuation sur %1 serveurs</translation>
    </message>
</context>
<context>
    <name>em::ui::ServerDetailsPane</name>
    <message>
        <source>Mitigations enabled on this server</source>
        <translation>Atténuations activées sur ce serveur</translation>
    </message>
    <message>
        <source>MitigationsEnabled of the server. Mitigations apply only when both the organization and the server allow them.</source>
        <translation>MitigationsEnabled du serveur. Les atténuations ne s&apos;appliquent que si l&apos;organisation et le serveur les autorisent tous deux.</translation>
    </message>
    <message>
        <source>Internet &amp;web proxy:</source>
        <translation>Proxy &amp;Web Internet :</translation>
    </message>
    <message>
        <source>none (direct connection)</source>
        <translation>aucun (connexion directe)</translation>
    </message>
    <message>
        <source>InternetWebProxy: the proxy this server fetches the feed through, such as http://proxy.contoso.com:8080. Empty for a direct connection.</source>
        <translation>InternetWebProxy : le proxy par lequel ce serveur récupère le flux, par exemple http://proxy.contoso.com:8080. Vide pour une connexion directe.</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>A&amp;ppliquer</translation>
    </message>
    <message>
        <source>&amp;Block</source>
        <translation>&amp;Bloquer</translation>
    </message>
    <message>
        <source>Add the selected actions to the block list of the selected servers</source>
        <translation>Ajouter les actions sélectionnées à la liste de blocage des serveurs sélectionnés</translation>
    </message>
    <message>
        <source>&amp;Unblock</source>
        <translation>&amp;Débloquer</translation>
    </message>
    <message>
        <source>Remove what blocks the selected actions from the block list of the selected servers</source>
        <translation>Retirer ce qui bloque les actions sélectionnées de la liste de blocage des serveurs sélectionnés</translation>
    </message>
    <message>
        <source>&amp;Reapply</source>
        <translation>&amp;Réappliquer</translation>
    </message>
    <message>
        <source>No server selected</source>
        <translation>Aucun serveur sélectionné</translation>
    </message>
    <message>
        <source>Select a server to see its mitigation actions. Select several to block, unblock or switch them together.</source>
        <translation>Sélectionnez un serveur pour voir ses actions d&apos;atténuation. Sélectionnez-en plusieurs pour les bloquer, les débloquer ou les activer ensemble.</translation>
    </message>
    <message>
        <source>%1 (and %2 more selected)</source>
        <translation>%1 (et %2 autres sélectionnés)</translation>
    </message>
    <message>
        <source>%1, %2 · %3 · Mitigations: %4</source>
        <translation>%1, %2 · %3 · Atténuations : %4</translation>
    </message>
    <message>
        <source>Edge Transport</source>
        <translation>Transport Edge</translation>
    </message>
    <message>
        <source>Mailbox</source>
        <translation>Boîte aux lettres</translation>
    </message>
    <message>
        <source>Block list: empty</source>
        <translation>Liste de blocage : vide</translation>
    </message>
    <message>
        <source>Block list: %1</source>
        <translation>Liste de blocage : %1</translation>
    </message>
    <message>
        <source>No feed accepted yet: there are no mitigations to show. Import or fetch a feed first.</source>
        <translation>Aucun flux accepté pour l&apos;instant : il n&apos;y a aucune atténuation à afficher. Importez ou récupérez d&apos;abord un flux.</translation>
    </message>
    <message>
        <source>The EM service does not run on Edge Transport servers: they are listed and never touched.</source>
        <translation>Le service EM ne s&apos;exécute pas sur les serveurs de transport Edge : ils sont listés mais jamais modifiés.</translation>
    </message>
    <message>
        <source>Block %1</source>
        <translation>Bloquer %1</translation>
    </message>
    <message>
        <source>Block the whole mitigation %1</source>
        <translation>Bloquer toute l&apos;atténuation %1</translation>
    </message>
    <message>
        <source>Unblock</source>
        <translation>Débloquer</translation>
    </message>
    <message>
        <source>Run a mitigation cycle on the selected servers now: applies what is due and puts back what was removed by hand. Blocked actions stay blocked.</source>
        <translation>Exécuter maintenant un cycle d&apos;atténuation sur les serveurs sélectionnés : applique ce qui est dû et remet ce qui a été retiré à la main. Les actions bloquées restent bloquées.</translation>
    </message>
    <message>
        <source>Roll &amp;back…</source>
        <translation>Res&amp;taurer…</translation>
    </message>
    <message>
        <source>Remove what the selected actions added on the selected servers. An action still due is also blocked there, so the next cycle does not apply it again.</source>
        <translation>Retirer ce que les actions sélectionnées ont ajouté sur les serveurs sélectionnés. Une action encore due y est aussi bloquée, pour que le prochain cycle ne l&apos;applique pas de nouveau.</translation>
    </message>
    <message>
        <source>The actions of %1 are shown. Block, Unblock, Reapply, Roll back and the switches apply to the %2 selected servers.</source>
        <translation>Les actions de %1 sont affichées. Bloquer, Débloquer, Réappliquer, Restaurer et les interrupteurs s&apos;appliquent aux %2 serveurs sélectionnés.</translation>
    </message>
    <message>
        <source>Reapply on the selected servers</source>
        <translation>Réappliquer sur les serveurs sélectionnés</translation>
    </message>
    <message>
        <source>Roll back…</source>
        <translation>Restaurer…</translation>
    </message>
    <message>
        <source>Roll back %1…</source>
        <translation>Restaurer %1…</translation>
    </message>
</context>
<context>
    <name>em::ui::ServerTableModel</name>
    <message>
        <source>Host: %1</source>
        <translation>Hôte : %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Edge Transport</source>
        <translation>Transport Edge</translation>
    </message>
    <message>
        <source>Mailbox</source>
        <translation>Boîte aux lettres</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Mitigations</source>
        <translation>Atténuations</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Appliquées</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Bloquées</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échecs</translation>
    </message>
    <message>
        <source>Last check</source>
        <translation>Dernière vérification</translation>
    </message>
    <message>
        <source>Last result</source>
        <translation>Dernier résultat</translation>
    </message>
</context>
<context>
    <name>em::ui::ServersPage</name>
    <message>
        <source>Filter servers by name, version, role or result</source>
        <translation>Filtrer les serveurs par nom, version, rôle ou résultat</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Afficher :</translation>
    </message>
    <message>
        <source>All servers</source>
        <translation>Tous les serveurs</translation>
    </message>
    <message>
        <source>With failed actions</source>
        <translation>Avec des actions en échec</translation>
    </message>
    <message>
        <source>With blocked mitigations</source>
        <translation>Avec des atténuations bloquées</translation>
    </message>
    <message>
        <source>Mitigations off</source>
        <translation>Désactivées</translation>
    </message>
    <message>
        <source>Never checked</source>
        <translation>Jamais vérifiés</translation>
    </message>
    <message numerus="yes">
        <source>%n server(s)</source>
        <translation>
            <numerusform>%n serveur</numerusform>
            <numerusform>%n serveurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n server(s) shown</source>
        <translation>
            <numerusform>%1 sur %n serveur affiché</numerusform>
            <numerusform>%1 sur %n serveurs affichés</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>em::ui::SetOrgEnabledCommand</name>
    <message>
        <source>Turning on automatic mitigations</source>
        <translation>Activation des atténuations automatiques</translation>
    </message>
    <message>
        <source>Turning off automatic mitigations</source>
        <translation>Désactivation des atténuations automatiques</translation>
    </message>
    <message>
        <source>Turn off automatic mitigations</source>
        <translation>Désactiver les atténuations automatiques</translation>
    </message>
    <message>
        <source>No server of the organization will apply mitigations any more. Mitigations already applied stay in place until they are rolled back.

The feed is still fetched and verified, and the console keeps showing what would apply.</source>
        <translation>Plus aucun serveur de l&apos;organisation n&apos;appliquera d&apos;atténuation. Les atténuations déjà appliquées restent en place jusqu&apos;à leur restauration.

Le flux est toujours récupéré et vérifié, et la console continue de montrer ce qui s&apos;appliquerait.</translation>
    </message>
    <message>
        <source>Turn off</source>
        <translation>Désactiver</translation>
    </message>
</context>
<context>
    <name>em::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>System language (%1)</source>
        <translation>Langue du système (%1)</translation>
    </message>
    <message>
        <source>The console switches language at once. Messages already recorded in the org directory stay in the language they were written in.</source>
        <translation>La console change de langue immédiatement. Les messages déjà enregistrés dans l&apos;annuaire de l&apos;organisation restent dans la langue où ils ont été écrits.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
</context>
<context>
    <name>em::ui::TestConnectivityCommand</name>
    <message>
        <source>Testing connectivity to %1</source>
        <translation>Test de connectivité vers %1</translation>
    </message>
    <message>
        <source>No server to test.</source>
        <translation>Aucun serveur à tester.</translation>
    </message>
    <message numerus="yes">
        <source>Connectivity test cancelled: %1 of %n server(s) tested.</source>
        <translation>
            <numerusform>Test de connectivité annulé : %1 serveur sur %n testé.</numerusform>
            <numerusform>Test de connectivité annulé : %1 serveurs sur %n testés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The Mitigation Service endpoint is accessible from this computer for the %n server(s) tested.</source>
        <translation>
            <numerusform>Le point de terminaison du service d&apos;atténuation est accessible depuis cet ordinateur pour le serveur testé.</numerusform>
            <numerusform>Le point de terminaison du service d&apos;atténuation est accessible depuis cet ordinateur pour les %n serveurs testés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n server(s) cannot reach the Mitigation Service endpoint from this computer.</source>
        <translation>
            <numerusform>%1 serveur sur %n ne peut pas joindre le point de terminaison du service d&apos;atténuation depuis cet ordinateur.</numerusform>
            <numerusform>%1 serveurs sur %n ne peuvent pas joindre le point de terminaison du service d&apos;atténuation depuis cet ordinateur.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>em::ui::TrustSshHostKeyCommand</name>
    <message>
        <source>Reading the SSH host key of %1</source>
        <translation>Lecture de la clé d&apos;hôte SSH de %1</translation>
    </message>
    <message>
        <source>Cancelled: the SSH host key of %1 was not read.</source>
        <translation>Annulé : la clé d&apos;hôte SSH de %1 n&apos;a pas été lue.</translation>
    </message>
    <message>
        <source>The SSH host key of %1 (%2 %3) is accepted.</source>
        <translation>La clé d&apos;hôte SSH de %1 (%2 %3) est acceptée.</translation>
    </message>
    <message>
        <source>SSH host key changed</source>
        <translation>Clé d&apos;hôte SSH modifiée</translation>
    </message>
    <message>
        <source>Trust SSH host key</source>
        <translation>Approuver la clé d&apos;hôte SSH</translation>
    </message>
    <message>
        <source>&lt;b&gt;The SSH host key of %1 has CHANGED.&lt;/b&gt;</source>
        <translation>&lt;b&gt;La clé d&apos;hôte SSH de %1 a CHANGÉ.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1 (%2) now presents the %3 key
%4
but %5 was accepted (by %6).

Someone may be intercepting the connection (man in the middle), or the server was reinstalled. Accept the new key only after checking this fingerprint on the server itself.</source>
        <translation>%1 (%2) présente maintenant la clé %3
%4
mais %5 avait été acceptée (par %6).

Quelqu&apos;un intercepte peut-être la connexion (attaque de l&apos;homme du milieu), ou le serveur a été réinstallé. N&apos;acceptez la nouvelle clé qu&apos;après avoir vérifié cette empreinte sur le serveur lui-même.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>EM Console has not connected to %1 before.</source>
        <translation>EM Console ne s&apos;est encore jamais connecté à %1.</translation>
    </message>
    <message>
        <source>%1 (%2) presents the %3 key
%4

Check this fingerprint on the server (ssh-keygen -lf %ProgramData%\ssh\ssh_host_*_key.pub) before accepting it. Every admin and the service will trust it.</source>
        <translation>%1 (%2) présente la clé %3
%4

Vérifiez cette empreinte sur le serveur (ssh-keygen -lf %ProgramData%\ssh\ssh_host_*_key.pub) avant de l&apos;accepter. Tous les administrateurs et le service lui feront confiance.</translation>
    </message>
    <message>
        <source>&amp;Accept key</source>
        <translation>&amp;Accepter la clé</translation>
    </message>
    <message>
        <source>The SSH host key of %1 was not accepted.</source>
        <translation>La clé d&apos;hôte SSH de %1 n&apos;a pas été acceptée.</translation>
    </message>
    <message>
        <source>Accepting the SSH host key of %1</source>
        <translation>Acceptation de la clé d&apos;hôte SSH de %1</translation>
    </message>
</context>
<context>
    <name>emconsole</name>
    <message>
        <source>screenshot &apos;%1&apos;: cannot be written</source>
        <translation>capture d&apos;écran &apos;%1&apos; : écriture impossible</translation>
    </message>
    <message>
        <source>screenshot: the org directory was not read within a minute</source>
        <translation>capture d&apos;écran : l&apos;annuaire de l&apos;organisation n&apos;a pas été lu en une minute</translation>
    </message>
    <message>
        <source>invalid language &apos;%1&apos;: expected %2</source>
        <translation>langue &apos;%1&apos; non valide : %2 attendu</translation>
    </message>
    <message>
        <source>Administration console for Exchange Emergency Mitigation.</source>
        <translation>Console d&apos;administration du service d&apos;atténuation d&apos;urgence Exchange.</translation>
    </message>
    <message>
        <source>The org directory to open (default: $EM_DIRECTORY, else %1).</source>
        <translation>L&apos;annuaire de l&apos;organisation à ouvrir (par défaut : $EM_DIRECTORY, sinon %1).</translation>
    </message>
    <message>
        <source>Open the demo organization (built on first use in %1).</source>
        <translation>Ouvrir l&apos;organisation de démonstration (créée à la première utilisation dans %1).</translation>
    </message>
    <message>
        <source>Keep the demo organization in this folder instead.</source>
        <translation>Conserver plutôt l&apos;organisation de démonstration dans ce dossier.</translation>
    </message>
    <message>
        <source>Build the demo organization afresh.</source>
        <translation>Recréer l&apos;organisation de démonstration à neuf.</translation>
    </message>
    <message>
        <source>Render the main window to a PNG file once loaded, then exit.</source>
        <translation>Enregistrer la fenêtre principale dans un fichier PNG une fois chargée, puis quitter.</translation>
    </message>
    <message>
        <source>Language of this run: en or fr (default: the setting, else the system language).</source>
        <translation>Langue de cette exécution : en ou fr (par défaut : le paramètre, sinon la langue du système).</translation>
    </message>
    <message>
        <source>Tab to show: %1.</source>
        <translation>Onglet à afficher : %1.</translation>
    </message>
    <message>
        <source>Server to select.</source>
        <translation>Serveur à sélectionner.</translation>
    </message>
    <message>
        <source>Window size, such as 1320x860.</source>
        <translation>Taille de la fenêtre, par exemple 1320x860.</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>argument inattendu &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--demo and --directory cannot be used together</source>
        <translation>--demo et --directory ne peuvent pas être utilisés ensemble</translation>
    </message>
    <message>
        <source>invalid tab &apos;%1&apos;: expected one of %2</source>
        <translation>onglet &apos;%1&apos; non valide : attendu l&apos;un de %2</translation>
    </message>
    <message>
        <source>invalid size &apos;%1&apos;: expected WIDTHxHEIGHT, such as 1320x860</source>
        <translation>taille &apos;%1&apos; non valide : LARGEURxHAUTEUR attendu, par exemple 1320x860</translation>
    </message>
</context>
<context>
    <name>emctl</name>
    <message>
        <source>Server name.</source>
        <translation>Nom du serveur.</translation>
    </message>
    <message>
        <source>Exchange build, e.g. 15.2.1118.7.</source>
        <translation>Build Exchange, par exemple 15.2.1118.7.</translation>
    </message>
    <message>
        <source>Mailbox (default) or EdgeTransport.</source>
        <translation>Mailbox (par défaut) ou EdgeTransport.</translation>
    </message>
    <message>
        <source>Where actions are applied: dir:PATH or windows:.</source>
        <translation>Où les actions sont appliquées : dir:CHEMIN ou windows:.</translation>
    </message>
    <message>
        <source>--build is required</source>
        <translation>--build est obligatoire</translation>
    </message>
    <message>
        <source>Server name; all servers when omitted.</source>
        <translation>Nom du serveur ; tous les serveurs s&apos;il est omis.</translation>
    </message>
    <message>
        <source>Apply mitigations on this server.</source>
        <translation>Appliquer les atténuations sur ce serveur.</translation>
    </message>
    <message>
        <source>Replace the block list (&quot;&quot; clears it).</source>
        <translation>Remplacer la liste de blocage (&quot;&quot; la vide).</translation>
    </message>
    <message>
        <source>Proxy URL for the feed (&quot;&quot; for none).</source>
        <translation>URL du proxy pour le flux (&quot;&quot; pour aucun).</translation>
    </message>
    <message>
        <source>Hosts that bypass the proxy.</source>
        <translation>Hôtes qui contournent le proxy.</translation>
    </message>
    <message>
        <source>Send diagnostic data.</source>
        <translation>Envoyer des données de diagnostic.</translation>
    </message>
    <message>
        <source>Exchange build after an update.</source>
        <translation>Build Exchange après une mise à jour.</translation>
    </message>
    <message>
        <source>Mailbox or EdgeTransport.</source>
        <translation>Mailbox ou EdgeTransport.</translation>
    </message>
    <message>
        <source>dir:PATH or windows:.</source>
        <translation>dir:CHEMIN ou windows:.</translation>
    </message>
    <message>
        <source>Mitigation IDs (M1) or action IDs (M1.2).</source>
        <translation>ID d&apos;atténuation (M1) ou ID d&apos;action (M1.2).</translation>
    </message>
    <message>
        <source>Apply mitigations automatically in the organization.</source>
        <translation>Appliquer les atténuations automatiquement dans l&apos;organisation.</translation>
    </message>
    <message>
        <source>Where the feed is fetched (https: or file:).</source>
        <translation>Où le flux est récupéré (https: ou file:).</translation>
    </message>
    <message>
        <source>Check interval, e.g. 1h.</source>
        <translation>Intervalle de vérification, par exemple 1h.</translation>
    </message>
    <message>
        <source>Delay of the first check after a service start.</source>
        <translation>Délai de la première vérification après le démarrage du service.</translation>
    </message>
    <message>
        <source>Warn when the accepted feed is older than this.</source>
        <translation>Avertir lorsque le flux accepté est plus ancien que cette durée.</translation>
    </message>
    <message>
        <source>When revocation cannot be checked: warn or fail.</source>
        <translation>Si la révocation ne peut pas être vérifiée : warn (avertir) ou fail (échouer).</translation>
    </message>
    <message>
        <source>Where diagnostic data is posted (&quot;&quot; for nowhere).</source>
        <translation>Où les données de diagnostic sont envoyées (&quot;&quot; pour nulle part).</translation>
    </message>
    <message>
        <source>invalid feed URL &apos;%1&apos;: expected an https: or file: URL</source>
        <translation>URL de flux &apos;%1&apos; non valide : une URL https: ou file: est attendue</translation>
    </message>
    <message>
        <source>invalid diagnostics URL &apos;%1&apos;: expected an https: URL</source>
        <translation>URL de diagnostic &apos;%1&apos; non valide : une URL https: est attendue</translation>
    </message>
    <message>
        <source>invalid revocation mode &apos;%1&apos;: expected warn or fail</source>
        <translation>mode de révocation &apos;%1&apos; non valide : warn ou fail attendu</translation>
    </message>
    <message>
        <source>Only changes at or after TIME (ISO 8601, or -1h, -7d).</source>
        <translation>Uniquement les modifications à partir de HEURE (ISO 8601, ou -1h, -7d).</translation>
    </message>
    <message>
        <source>Only changes to this server (or Organization).</source>
        <translation>Uniquement les modifications de ce serveur (ou Organization).</translation>
    </message>
    <message>
        <source>Only events of this server.</source>
        <translation>Uniquement les événements de ce serveur.</translation>
    </message>
    <message>
        <source>Only events at or after TIME (ISO 8601, or -1h, -7d).</source>
        <translation>Uniquement les événements à partir de HEURE (ISO 8601, ou -1h, -7d).</translation>
    </message>
    <message>
        <source>Only events with this ID (1005, 1006, 1007, 1008).</source>
        <translation>Uniquement les événements de cet ID (1005, 1006, 1007, 1008).</translation>
    </message>
    <message>
        <source>invalid event ID &apos;%1&apos;</source>
        <translation>ID d&apos;événement &apos;%1&apos; non valide</translation>
    </message>
    <message>
        <source>register a server</source>
        <translation>inscrire un serveur</translation>
    </message>
    <message>
        <source>unregister a server (its history stays in events and audit)</source>
        <translation>désinscrire un serveur (son historique reste dans les événements et l&apos;audit)</translation>
    </message>
    <message>
        <source>show one or all servers</source>
        <translation>afficher un serveur ou tous</translation>
    </message>
    <message>
        <source>change a server&apos;s settings</source>
        <translation>modifier les paramètres d&apos;un serveur</translation>
    </message>
    <message>
        <source>add mitigation or action IDs to a server&apos;s block list</source>
        <translation>ajouter des ID d&apos;atténuation ou d&apos;action à la liste de blocage d&apos;un serveur</translation>
    </message>
    <message>
        <source>remove IDs from a server&apos;s block list</source>
        <translation>retirer des ID de la liste de blocage d&apos;un serveur</translation>
    </message>
    <message>
        <source>show the organization settings</source>
        <translation>afficher les paramètres de l&apos;organisation</translation>
    </message>
    <message>
        <source>change the organization settings</source>
        <translation>modifier les paramètres de l&apos;organisation</translation>
    </message>
    <message>
        <source>show the service&apos;s events</source>
        <translation>afficher les événements du service</translation>
    </message>
    <message>
        <source>show the admin audit log</source>
        <translation>afficher le journal d&apos;audit des administrateurs</translation>
    </message>
    <message>
        <source>New folder for the server&apos;s system drive.</source>
        <translation>Nouveau dossier pour le lecteur système du serveur.</translation>
    </message>
    <message>
        <source>Folder with applicationHost.config and &lt;Site&gt;[-&lt;vdir&gt;]_web.config files (default: the built-in Exchange 2019 configuration).</source>
        <translation>Dossier contenant applicationHost.config et des fichiers &lt;Site&gt;[-&lt;vdir&gt;]_web.config (par défaut : la configuration Exchange 2019 intégrée).</translation>
    </message>
    <message>
        <source>Also register the server in the org directory with this Exchange build, host dir:PATH.</source>
        <translation>Inscrire aussi le serveur dans l&apos;annuaire de l&apos;organisation avec cette build Exchange, hôte dir:CHEMIN.</translation>
    </message>
    <message>
        <source>Mailbox (default) or EdgeTransport, with --build.</source>
        <translation>Mailbox (par défaut) ou EdgeTransport, avec --build.</translation>
    </message>
    <message>
        <source>--role needs --build (it is used to register the server)</source>
        <translation>--role exige --build (il sert à inscrire le serveur)</translation>
    </message>
    <message>
        <source>server &apos;%1&apos; is already registered; nothing was laid out</source>
        <translation>le serveur &apos;%1&apos; est déjà inscrit ; rien n&apos;a été mis en place</translation>
    </message>
    <message>
        <source>lab laid out in &apos;%1&apos;, but registering it failed: %2</source>
        <translation>labo mis en place dans &apos;%1&apos;, mais son inscription a échoué : %2</translation>
    </message>
    <message>
        <source>lay out a lab server (dir: host) from real Exchange 2019 IIS configuration; with --build, register it</source>
        <translation>mettre en place un serveur de labo (hôte dir:) à partir d&apos;une vraie configuration IIS d&apos;Exchange 2019 ; avec --build, l&apos;inscrire</translation>
    </message>
    <message>
        <source>list a host&apos;s sites and virtual directories with their physical paths</source>
        <translation>lister les sites et répertoires virtuels d&apos;un hôte avec leurs chemins physiques</translation>
    </message>
    <message>
        <source>(dry run)</source>
        <translation>(simulation)</translation>
    </message>
    <message>
        <source>Stopped before every server was processed.
</source>
        <translation>Arrêté avant que tous les serveurs aient été traités.
</translation>
    </message>
    <message>
        <source>Log: %1
</source>
        <translation>Journal : %1
</translation>
    </message>
    <message>
        <source>Only this server.</source>
        <translation>Uniquement ce serveur.</translation>
    </message>
    <message>
        <source>Print the plan; change nothing.</source>
        <translation>Afficher le plan ; ne rien modifier.</translation>
    </message>
    <message>
        <source>Mitigation ID (M1) or action ID (M1.1).</source>
        <translation>ID d&apos;atténuation (M1) ou ID d&apos;action (M1.1).</translation>
    </message>
    <message>
        <source>Write the report to this CSV file (RFC 4180, UTF-8).</source>
        <translation>Écrire le rapport dans ce fichier CSV (RFC 4180, UTF-8).</translation>
    </message>
    <message>
        <source>the Get-Mitigations report</source>
        <translation>le rapport Get-Mitigations</translation>
    </message>
    <message>
        <source>TLS CA file</source>
        <translation>fichier d&apos;AC TLS</translation>
    </message>
    <message>
        <source>TLS CA file &apos;%1&apos;: no PEM certificate found</source>
        <translation>fichier d&apos;AC TLS &apos;%1&apos; : aucun certificat PEM trouvé</translation>
    </message>
    <message>
        <source>The unsigned EOCS document.</source>
        <translation>Le document EOCS non signé.</translation>
    </message>
    <message>
        <source>Where the signed document is written.</source>
        <translation>Où le document signé est écrit.</translation>
    </message>
    <message>
        <source>The signer&apos;s RSA private key (PEM).</source>
        <translation>La clé privée RSA du signataire (PEM).</translation>
    </message>
    <message>
        <source>The signer&apos;s certificate (PEM).</source>
        <translation>Le certificat du signataire (PEM).</translation>
    </message>
    <message>
        <source>Intermediate certificates to include in KeyInfo (PEM).</source>
        <translation>Certificats intermédiaires à inclure dans KeyInfo (PEM).</translation>
    </message>
    <message>
        <source>RFC 3161 timestamp authority URL (http: or https:).</source>
        <translation>URL de l&apos;autorité d&apos;horodatage RFC 3161 (http: ou https:).</translation>
    </message>
    <message>
        <source>Also trust these roots for an https: TSA (PEM).</source>
        <translation>Approuver aussi ces racines pour une TSA https: (PEM).</translation>
    </message>
    <message>
        <source>--key and --cert are required</source>
        <translation>--key et --cert sont obligatoires</translation>
    </message>
    <message>
        <source>invalid TSA URL &apos;%1&apos;: expected an http: or https: URL</source>
        <translation>URL de TSA &apos;%1&apos; non valide : une URL http: ou https: est attendue</translation>
    </message>
    <message>
        <source>input</source>
        <translation>entrée</translation>
    </message>
    <message>
        <source>key</source>
        <translation>clé</translation>
    </message>
    <message>
        <source>certificate</source>
        <translation>certificat</translation>
    </message>
    <message>
        <source>chain</source>
        <translation>chaîne</translation>
    </message>
    <message>
        <source>cannot sign &apos;%1&apos;</source>
        <translation>impossible de signer &apos;%1&apos;</translation>
    </message>
    <message>
        <source>timestamp authority %1</source>
        <translation>autorité d&apos;horodatage %1</translation>
    </message>
    <message>
        <source>Signed %1 -&gt; %2 (timestamped by %3)
</source>
        <translation>Signé %1 -&gt; %2 (horodaté par %3)
</translation>
    </message>
    <message>
        <source>Signed %1 -&gt; %2
</source>
        <translation>Signé %1 -&gt; %2
</translation>
    </message>
    <message>
        <source>Result: verified
</source>
        <translation>Résultat : vérifié
</translation>
    </message>
    <message>
        <source>Result: refused: %1
</source>
        <translation>Résultat : refusé : %1
</translation>
    </message>
    <message>
        <source>The signed EOCS document.</source>
        <translation>Le document EOCS signé.</translation>
    </message>
    <message>
        <source>Trust profile (default: the organization&apos;s).</source>
        <translation>Profil de confiance (par défaut : celui de l&apos;organisation).</translation>
    </message>
    <message>
        <source>Verify as of this time (ISO 8601, or -1h, -7d).</source>
        <translation>Vérifier à cette date (ISO 8601, ou -1h, -7d).</translation>
    </message>
    <message>
        <source>A CRL file (PEM or DER) to check revocation with; repeatable.</source>
        <translation>Un fichier CRL (PEM ou DER) pour vérifier la révocation ; répétable.</translation>
    </message>
    <message>
        <source>CRL</source>
        <translation>CRL</translation>
    </message>
    <message>
        <source>feed</source>
        <translation>flux</translation>
    </message>
    <message>
        <source>sign an EOCS document (enveloped XML Signature, optional RFC 3161 timestamp)</source>
        <translation>signer un document EOCS (signature XML enveloppée, horodatage RFC 3161 facultatif)</translation>
    </message>
    <message>
        <source>verify a signed feed and print every check</source>
        <translation>vérifier un flux signé et afficher chaque contrôle</translation>
    </message>
    <message>
        <source>Fetch from this URL (https: or file:) instead of the organization&apos;s.</source>
        <translation>Récupérer depuis cette URL (https: ou file:) au lieu de celle de l&apos;organisation.</translation>
    </message>
    <message>
        <source>Fetch through this server&apos;s InternetWebProxy.</source>
        <translation>Récupérer par l&apos;InternetWebProxy de ce serveur.</translation>
    </message>
    <message>
        <source>Fetch through this proxy (http://host:port).</source>
        <translation>Récupérer par ce proxy (http://hôte:port).</translation>
    </message>
    <message>
        <source>Also trust these TLS roots (PEM), e.g. of an inspecting proxy.</source>
        <translation>Approuver aussi ces racines TLS (PEM), par exemple celles d&apos;un proxy d&apos;inspection.</translation>
    </message>
    <message>
        <source>Do not fetch the CRLs the signer&apos;s certificates point to.</source>
        <translation>Ne pas récupérer les CRL désignées par les certificats du signataire.</translation>
    </message>
    <message>
        <source>%1 (expired %2)</source>
        <translation>%1 (expiré le %2)</translation>
    </message>
    <message>
        <source>%1 (valid until %2)</source>
        <translation>%1 (valide jusqu&apos;au %2)</translation>
    </message>
    <message>
        <source>Profile name.</source>
        <translation>Nom du profil.</translation>
    </message>
    <message>
        <source>Root certificates the signer must chain to (PEM).</source>
        <translation>Certificats racines auxquels le signataire doit remonter (PEM).</translation>
    </message>
    <message>
        <source>Root certificates of the timestamp authorities (PEM).</source>
        <translation>Certificats racines des autorités d&apos;horodatage (PEM).</translation>
    </message>
    <message>
        <source>Intermediate certificates (PEM).</source>
        <translation>Certificats intermédiaires (PEM).</translation>
    </message>
    <message>
        <source>Expected signer name, e.g. &quot;CN=Contoso Feed Signing, O=Contoso&quot;.</source>
        <translation>Nom du signataire attendu, par exemple &quot;CN=Contoso Feed Signing, O=Contoso&quot;.</translation>
    </message>
    <message>
        <source>A required EKU OID (repeatable; default code signing 1.3.6.1.5.5.7.3.3).</source>
        <translation>Un OID d&apos;EKU exigé (répétable ; par défaut la signature de code 1.3.6.1.5.5.7.3.3).</translation>
    </message>
    <message>
        <source>CRLs of the chain (PEM).</source>
        <translation>CRL de la chaîne (PEM).</translation>
    </message>
    <message>
        <source>--anchor is required</source>
        <translation>--anchor est obligatoire</translation>
    </message>
    <message>
        <source>anchor</source>
        <translation>ancre</translation>
    </message>
    <message>
        <source>timestamp anchor</source>
        <translation>ancre d&apos;horodatage</translation>
    </message>
    <message>
        <source>intermediate</source>
        <translation>certificat intermédiaire</translation>
    </message>
    <message>
        <source>Test through this server&apos;s InternetWebProxy.</source>
        <translation>Tester par l&apos;InternetWebProxy de ce serveur.</translation>
    </message>
    <message>
        <source>The endpoint (default: the organization&apos;s feed URL).</source>
        <translation>Le point de terminaison (par défaut : l&apos;URL du flux de l&apos;organisation).</translation>
    </message>
    <message>
        <source>Test through this proxy (http://host:port).</source>
        <translation>Tester par ce proxy (http://hôte:port).</translation>
    </message>
    <message>
        <source>Also trust these TLS roots (PEM).</source>
        <translation>Approuver aussi ces racines TLS (PEM).</translation>
    </message>
    <message>
        <source>Time limit of each step (default 15s).</source>
        <translation>Délai de chaque étape (15s par défaut).</translation>
    </message>
    <message>
        <source>invalid timeout &apos;%1&apos;</source>
        <translation>délai &apos;%1&apos; non valide</translation>
    </message>
    <message>
        <source>invalid endpoint &apos;%1&apos;: expected an https: URL</source>
        <translation>point de terminaison &apos;%1&apos; non valide : une URL https: est attendue</translation>
    </message>
    <message>
        <source>fetch, verify, and on success make it the accepted feed</source>
        <translation>récupérer, vérifier et, en cas de réussite, en faire le flux accepté</translation>
    </message>
    <message>
        <source>verify a feed file and on success make it the accepted feed</source>
        <translation>vérifier un fichier de flux et, en cas de réussite, en faire le flux accepté</translation>
    </message>
    <message>
        <source>the accepted feed: signer, signing time, mitigations and actions</source>
        <translation>le flux accepté : signataire, heure de signature, atténuations et actions</translation>
    </message>
    <message>
        <source>list trust profiles</source>
        <translation>lister les profils de confiance</translation>
    </message>
    <message>
        <source>add (or replace) a trust profile for feeds an organization signs itself</source>
        <translation>ajouter (ou remplacer) un profil de confiance pour les flux qu&apos;une organisation signe elle-même</translation>
    </message>
    <message>
        <source>verify feeds with this trust profile</source>
        <translation>vérifier les flux avec ce profil de confiance</translation>
    </message>
    <message>
        <source>test the connection to the Mitigation Service endpoint</source>
        <translation>tester la connexion au point de terminaison du service d&apos;atténuation</translation>
    </message>
    <message>
        <source>Run one check now, then exit.</source>
        <translation>Exécuter une vérification maintenant, puis quitter.</translation>
    </message>
    <message>
        <source>How often to look for run requests, in seconds (default 30).</source>
        <translation>Fréquence de consultation des demandes d&apos;exécution, en secondes (30 par défaut).</translation>
    </message>
    <message>
        <source>invalid --request-poll &apos;%1&apos;: expected 1 to 3600 seconds</source>
        <translation>--request-poll &apos;%1&apos; non valide : 1 à 3600 secondes attendues</translation>
    </message>
    <message>
        <source>nothing is sent: the organization has no diagnostics URL (set-org --diagnostics-url)</source>
        <translation>rien n&apos;est envoyé : l&apos;organisation n&apos;a pas d&apos;URL de diagnostic (set-org --diagnostics-url)</translation>
    </message>
    <message>
        <source>nothing is sent: DataCollectionEnabled is False on %1</source>
        <translation>rien n&apos;est envoyé : DataCollectionEnabled vaut False sur %1</translation>
    </message>
    <message>
        <source>the EM service loop: first check after the start delay, then every interval; stops on SIGTERM</source>
        <translation>la boucle du service EM : première vérification après le délai de démarrage, puis à chaque intervalle ; s&apos;arrête sur SIGTERM</translation>
    </message>
    <message>
        <source>print exactly the diagnostic data the service would send for a server</source>
        <translation>afficher exactement les données de diagnostic que le service enverrait pour un serveur</translation>
    </message>
    <message>
        <source>Ask the EM service to run a cycle instead (the console&apos;s &quot;Ask the service to run now&quot;).</source>
        <translation>Demander plutôt au service EM d&apos;exécuter un cycle (« Demander au service d&apos;exécuter maintenant » de la console).</translation>
    </message>
    <message>
        <source>--request asks the service to run on its servers: it takes no --identity or --dry-run</source>
        <translation>--request demande au service de s&apos;exécuter sur ses serveurs : il n&apos;accepte ni --identity ni --dry-run</translation>
    </message>
    <message>
        <source>run one mitigation cycle now (--dry-run prints the plan and changes nothing; --request asks the EM service to run)</source>
        <translation>exécuter un cycle d&apos;atténuation maintenant (--dry-run affiche le plan sans rien modifier ; --request demande au service EM de s&apos;exécuter)</translation>
    </message>
    <message>
        <source>remove what an applied action added, block it if it is still due, and record it</source>
        <translation>retirer ce qu&apos;une action appliquée a ajouté, la bloquer si elle est encore due, et l&apos;enregistrer</translation>
    </message>
    <message>
        <source>Export-Clixml files of Get-ExchangeServer and Get-OrganizationConfig.</source>
        <translation>Fichiers Export-Clixml de Get-ExchangeServer et Get-OrganizationConfig.</translation>
    </message>
    <message>
        <source>Only the command of this server.</source>
        <translation>Uniquement la commande de ce serveur.</translation>
    </message>
    <message>
        <source>the Set-ExchangeServer / Set-OrganizationConfig commands that bring the real organization to the directory&apos;s settings</source>
        <translation>les commandes Set-ExchangeServer / Set-OrganizationConfig qui alignent l&apos;organisation réelle sur les paramètres de l&apos;annuaire</translation>
    </message>
    <message>
        <source>The server&apos;s site (&quot;&quot; for none): a service node may serve one site.</source>
        <translation>Le site du serveur (&quot;&quot; pour aucun) : un nœud de service peut ne traiter qu&apos;un site.</translation>
    </message>
    <message>
        <source>Created the EM Console schema (version %1) in %2
</source>
        <translation>Schéma EM Console (version %1) créé dans %2
</translation>
    </message>
    <message>
        <source>Upgraded the EM Console schema of %1 from version %2 to %3
</source>
        <translation>Schéma EM Console de %1 mis à jour de la version %2 à la version %3
</translation>
    </message>
    <message>
        <source>%1 already holds the EM Console schema (version %2); nothing to do
</source>
        <translation>%1 contient déjà le schéma EM Console (version %2) ; rien à faire
</translation>
    </message>
    <message>
        <source>The directory to copy (a file path or a postgresql:// URI).</source>
        <translation>L&apos;annuaire à copier (un chemin de fichier ou une URI postgresql://).</translation>
    </message>
    <message>
        <source>Where to copy it: a new file, or an empty PostgreSQL database.</source>
        <translation>Où le copier : un nouveau fichier ou une base PostgreSQL vide.</translation>
    </message>
    <message>
        <source>both --from and --to are required</source>
        <translation>--from et --to sont tous deux obligatoires</translation>
    </message>
    <message>
        <source>Copied %1 to %2: %3 rows in %4 tables, identical
</source>
        <translation>%1 copié vers %2 : %3 lignes dans %4 tables, identiques
</translation>
    </message>
    <message>
        <source>create the schema in an empty database (PostgreSQL), or bring an older one up to date</source>
        <translation>créer le schéma dans une base vide (PostgreSQL) ou mettre à jour un schéma plus ancien</translation>
    </message>
    <message>
        <source>copy a whole org directory (SQLite &lt;-&gt; PostgreSQL) in one transaction, verified equal</source>
        <translation>copier tout un annuaire de l&apos;organisation (SQLite &lt;-&gt; PostgreSQL) en une transaction, égalité vérifiée</translation>
    </message>
    <message>
        <source>Serve only these servers (comma-separated names).</source>
        <translation>Ne traiter que ces serveurs (noms séparés par des virgules).</translation>
    </message>
    <message>
        <source>Serve only the servers of this site.</source>
        <translation>Ne traiter que les serveurs de ce site.</translation>
    </message>
    <message>
        <source>This node&apos;s name in the servers&apos; leases (default: the host name; give each node on one machine its own).</source>
        <translation>Le nom de ce nœud dans les baux des serveurs (par défaut : le nom d&apos;hôte ; donnez à chaque nœud d&apos;une même machine le sien).</translation>
    </message>
    <message>
        <source>How long a node holds a server it serves, in seconds (default 600); another node takes it over when it expires. Longer than a server&apos;s cycle.</source>
        <translation>Durée pendant laquelle un nœud garde un serveur qu&apos;il traite, en secondes (600 par défaut) ; un autre nœud le reprend à l&apos;expiration. Plus longue que le cycle d&apos;un serveur.</translation>
    </message>
    <message>
        <source>--node: an empty name</source>
        <translation>--node : nom vide</translation>
    </message>
    <message>
        <source>invalid --lease &apos;%1&apos;: expected 1 to 86400 seconds</source>
        <translation>--lease &apos;%1&apos; non valide : 1 à 86400 secondes attendues</translation>
    </message>
    <message>
        <source>Read the state from this ssh:// server: powershell.exe with the Exchange snap-in runs the cmdlets there.</source>
        <translation>Lire l&apos;état depuis ce serveur ssh:// : powershell.exe avec le composant logiciel enfichable Exchange y exécute les cmdlets.</translation>
    </message>
    <message>
        <source>With --from: the PowerShell program on the server (default powershell.exe).</source>
        <translation>Avec --from : le programme PowerShell sur le serveur (par défaut powershell.exe).</translation>
    </message>
    <message>
        <source>give export files or --from NAME (one of the two)</source>
        <translation>indiquez des fichiers d&apos;export ou --from NOM (l&apos;un des deux)</translation>
    </message>
    <message>
        <source>--powershell needs --from</source>
        <translation>--powershell demande --from</translation>
    </message>
    <message>
        <source>register or update servers and the organization&apos;s MitigationsEnabled from Get-ExchangeServer / Get-OrganizationConfig CliXml exports, or read them from an ssh:// server</source>
        <translation>inscrire ou mettre à jour les serveurs et le MitigationsEnabled de l&apos;organisation depuis des exports CliXml de Get-ExchangeServer / Get-OrganizationConfig, ou les lire depuis un serveur ssh://</translation>
    </message>
    <message>
        <source>--%1: at least one second</source>
        <translation>--%1 : au moins une seconde</translation>
    </message>
    <message>
        <source>emctl notify test, by %1 on %2</source>
        <translation>emctl notify test, par %1 sur %2</translation>
    </message>
    <message>
        <source> (emctl set-org --notify-mail ADDR,... --notify-from ADDR --smtp-url URL, or --notify-webhook URL)</source>
        <translation> (emctl set-org --notify-mail ADRESSE,... --notify-from ADRESSE --smtp-url URL, ou --notify-webhook URL)</translation>
    </message>
    <message>
        <source>Test message sent: %1
</source>
        <translation>Message de test envoyé : %1
</translation>
    </message>
    <message>
        <source>Send digests to these addresses (comma-separated; &quot;&quot; for no mail).</source>
        <translation>Envoyer les résumés à ces adresses (séparées par des virgules ; &quot;&quot; pour aucun courrier).</translation>
    </message>
    <message>
        <source>The sender address of the digests.</source>
        <translation>L&apos;adresse d&apos;expéditeur des résumés.</translation>
    </message>
    <message>
        <source>The mail server: smtp://host[:587] (STARTTLS required) or smtps://host[:465].</source>
        <translation>Le serveur de messagerie : smtp://hôte[:587] (STARTTLS obligatoire) ou smtps://hôte[:465].</translation>
    </message>
    <message>
        <source>SMTP AUTH user (&quot;&quot; for none).</source>
        <translation>Utilisateur SMTP AUTH (&quot;&quot; pour aucun).</translation>
    </message>
    <message>
        <source>File whose first line is the SMTP password, read at each delivery (default with a user: $CREDENTIALS_DIRECTORY/smtp-password). The password itself is never stored.</source>
        <translation>Fichier dont la première ligne est le mot de passe SMTP, lu à chaque envoi (par défaut avec un utilisateur : $CREDENTIALS_DIRECTORY/smtp-password). Le mot de passe lui-même n&apos;est jamais enregistré.</translation>
    </message>
    <message>
        <source>PEM of the CAs of a private mail server (&quot;&quot;: the system&apos;s store).</source>
        <translation>PEM des AC d&apos;un serveur de messagerie privé (&quot;&quot; : le magasin du système).</translation>
    </message>
    <message>
        <source>POST digests as JSON to this https URL (Teams, Slack; &quot;&quot; for none).</source>
        <translation>Envoyer les résumés en JSON (POST) à cette URL https (Teams, Slack ; &quot;&quot; pour aucune).</translation>
    </message>
    <message>
        <source>Read the webhook URL from the first line of this file (keeps its token off the command line).</source>
        <translation>Lire l&apos;URL du webhook dans la première ligne de ce fichier (son jeton n&apos;apparaît pas sur la ligne de commande).</translation>
    </message>
    <message>
        <source>PEM trusted for the webhook besides the system&apos;s store.</source>
        <translation>PEM approuvé pour le webhook en plus du magasin du système.</translation>
    </message>
    <message>
        <source>The language of the digests: en or fr.</source>
        <translation>La langue des résumés : en ou fr.</translation>
    </message>
    <message>
        <source>Tell a lasting problem again after this long (default 24h; 0: never).</source>
        <translation>Signaler de nouveau un problème persistant après ce délai (24h par défaut ; 0 : jamais).</translation>
    </message>
    <message>
        <source>Per channel: connection, TLS and greeting timeout (default 15s).</source>
        <translation>Par canal : délai de connexion, de TLS et d&apos;accueil (15s par défaut).</translation>
    </message>
    <message>
        <source>Per channel: the whole delivery&apos;s timeout (default 60s).</source>
        <translation>Par canal : délai de l&apos;envoi complet (60s par défaut).</translation>
    </message>
    <message>
        <source>give --notify-webhook or --notify-webhook-file, not both</source>
        <translation>indiquez --notify-webhook ou --notify-webhook-file, pas les deux</translation>
    </message>
    <message>
        <source>--notify-webhook-file &apos;%1&apos;: %2</source>
        <translation>--notify-webhook-file &apos;%1&apos; : %2</translation>
    </message>
    <message>
        <source>invalid --notify-language &apos;%1&apos;: expected en or fr</source>
        <translation>--notify-language &apos;%1&apos; non valide : en ou fr attendu</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be read by this user; the service must be able to read it</source>
        <translation>&apos;%1&apos; ne peut pas être lu par cet utilisateur ; le service doit pouvoir le lire</translation>
    </message>
    <message>
        <source>send a test message on every notification channel set (mail, webhook)</source>
        <translation>envoyer un message de test sur chaque canal de notification configuré (courrier, webhook)</translation>
    </message>
    <message>
        <source>An ssh:// server of the directory.</source>
        <translation>Un serveur ssh:// de l&apos;annuaire.</translation>
    </message>
    <message>
        <source>Accept this host key (as printed without it, after checking it on the server).</source>
        <translation>Accepter cette clé d&apos;hôte (telle qu&apos;affichée sans cette option, après l&apos;avoir vérifiée sur le serveur).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an SSH host key fingerprint: expected SHA256: and 43 characters of base64, as emctl ssh-trust %2 prints it</source>
        <translation>&apos;%1&apos; n&apos;est pas une empreinte de clé d&apos;hôte SSH : attendu SHA256: suivi de 43 caractères base64, comme l&apos;affiche emctl ssh-trust %2</translation>
    </message>
    <message>
        <source>the %1 host key of server &apos;%2&apos; (%3) is not accepted yet, so EM Console does not connect to it. Check the fingerprint on the server (ssh-keygen -lf %ProgramData%\ssh\ssh_host_*_key.pub) and accept it with: emctl ssh-trust %2 --fingerprint %4</source>
        <translation>la clé d&apos;hôte %1 du serveur &apos;%2&apos; (%3) n&apos;est pas encore acceptée, EM Console ne s&apos;y connecte donc pas. Vérifiez l&apos;empreinte sur le serveur (ssh-keygen -lf %ProgramData%\ssh\ssh_host_*_key.pub) et acceptez-la avec : emctl ssh-trust %2 --fingerprint %4</translation>
    </message>
    <message>
        <source>WARNING: THE HOST KEY OF SERVER &apos;%1&apos; (%2) HAS CHANGED. It presents %3 %4, but %5 was accepted (by %6). Someone may be intercepting the connection (man in the middle), or the server was reinstalled. EM Console refuses to connect until an admin has checked the new key on the server and accepted it with: emctl ssh-trust %1 --fingerprint %4</source>
        <translation>ATTENTION : LA CLÉ D&apos;HÔTE DU SERVEUR &apos;%1&apos; (%2) A CHANGÉ. Il présente %3 %4, mais %5 avait été acceptée (par %6). Quelqu&apos;un intercepte peut-être la connexion (attaque de l&apos;homme du milieu), ou le serveur a été réinstallé. EM Console refuse de s&apos;y connecter tant qu&apos;un administrateur n&apos;a pas vérifié la nouvelle clé sur le serveur et ne l&apos;a pas acceptée avec : emctl ssh-trust %1 --fingerprint %4</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>show the SSH host key of an ssh:// server (refused until accepted), or accept it</source>
        <translation>afficher la clé d&apos;hôte SSH d&apos;un serveur ssh:// (refusée tant qu&apos;elle n&apos;est pas acceptée), ou l&apos;accepter</translation>
    </message>
    <message>
        <source>standard output: cannot be written (%1)</source>
        <translation>sortie standard : écriture impossible (%1)</translation>
    </message>
    <message>
        <source>--directory: no org directory given (the value is empty)</source>
        <translation>--directory : aucun annuaire de l&apos;organisation indiqué (la valeur est vide)</translation>
    </message>
    <message>
        <source>created a new org directory at %1</source>
        <translation>nouvel annuaire de l&apos;organisation créé à %1</translation>
    </message>
    <message>
        <source>output</source>
        <translation>sortie</translation>
    </message>
</context>
</TS>
