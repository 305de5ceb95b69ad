<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>CollectBar</name>
    <message numerus="yes">
        <source>%Ln class(es)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln sample(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DatasetActionsMixin</name>
    <message numerus="yes">
        <source>%Ln file(s) skipped (listed below the grid)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln sample(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln class(es)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>New label for %Ln sample(s):</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Relabelled %Ln sample(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %Ln sample(s). Ctrl+Z (or Undo) brings them back.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DatasetsPanel</name>
    <message numerus="yes">
        <source>%Ln sample(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln class(es)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ %Ln file(s) could not be read and were skipped; the rest loaded:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EvaluationView</name>
    <message numerus="yes">
        <source>%Ln {kind} sample(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HealthView</name>
    <message numerus="yes">
        <source>✔ No problems found in %Ln sample(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ %Ln warning(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>for %Ln sample(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln class(es)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RunsView</name>
    <message numerus="yes">
        <source>%Ln unreadable run folder(s) skipped</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln run(s) in </source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln run(s) and their models?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrainingSettings</name>
    <message numerus="yes">
        <source>TensorFlow sees %Ln GPU(s): </source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>datasets</name>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder (class sub-folders, IDX or .npz)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File (.npz or IDX images file)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a dataset from files on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create an empty dataset of your own; add drawings to it from the pad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import dataset folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import dataset files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download dataset…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New dataset of my own…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relabel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy every sample of this dataset into another of your own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To a folder of class sub-folders…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To an .npz file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write this dataset as PNG folders or .npz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected samples (Ctrl+Z brings them back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built-in and imported datasets are read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a dataset folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed {0} from the list; its files were left where they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of your new dataset:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created {0}. Draw on the Recognize tab and add the drawings to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relabel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy every sample of {0} into:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged {0} into {1}: {2} copied; {3} is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as .npz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export into an empty folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported {0} ({1:,} samples) to {2}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Val.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>validation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download a dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These datasets are fetched from their publishers&apos; servers and stored in your data folder. Each file&apos;s checksum is verified; an interrupted download resumes where it stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datasets to download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored in: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check data health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looks for test images that copy training images, classes with too few samples and imbalance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check failed: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press the button to check this dataset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left: training #{0:,}   right: #{1:,}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>strength </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show variants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New variants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a sample to see how training will vary it (rotation, shift, zoom).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Augmentation failed: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show variants to see how training will vary this sample.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the augmenter (TensorFlow loads the first time)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} variants at strength {1:g} (0 = none; training uses the strength set in its settings).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My datasets (editable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove {0} from the list (its files stay)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datasets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop IDX files, .npz files or a folder of class sub-folders here to import them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a dataset on the left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All splits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0:,} of {1:,} shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0:,} samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Augment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt; — {1} — {2} · {3} · {4}×{5} px · {6}&lt;br&gt;&lt;span style=&apos;color:#666&apos;&gt;{7}&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All classes ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replay strokes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a sample in the grid.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>file_actions</name>
    <message>
        <source>Cannot open image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clipboard holds no image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to save: draw a character (and load a model) first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save drawing as image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot import this project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project saved to {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export a model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No model is in use: pick or open one first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting {0} as {1}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model exported: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export the model</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>i18n</name>
    <message>
        <source>The language changes when Inkling is started again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main_window</name>
    <message>
        <source>TensorFlow: not loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recognize</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datasets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No model loaded: pick a bundled model or open a model file (File → Open model…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the model… recognition starts when it is ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TensorFlow: loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TensorFlow {0} ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TensorFlow failed to load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TensorFlow failed to load ({0}); converted models still recognize.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training and models without a converted form are unavailable.

{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model {0}: loading after start-up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the {0} model…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model: {0} ({1}, {2}×{3})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot use this model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open model</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>menus</name>
    <message>
        <source>Draw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left mouse button, pen or finger on the pad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pen / stroke eraser (the eraser removes whole strokes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>back to the pen; with the pen, clear the pad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undo / redo a stroke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write the top answer into the text line (while collecting, or with a label typed: add the drawing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>copy the written text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open a model file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open an image to recognise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paste an image to recognise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recognize / Datasets / Train</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open model…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bundled models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save drawing as image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Model info…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export mo&amp;del…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&amp;mport project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recognize</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Datasets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Train</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guide &amp;grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no bundled models installed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>progress</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} · {1} left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} — cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>recognize</name>
    <message>
        <source>New dataset…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dataset of your own that drawings are added to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>label, e.g. あ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the label and press Enter (a new label starts a new class); Enter alone accepts the label shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collect…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>classes to collect: あいうえお, or words separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> × each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dataset:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of your new dataset:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt;  &lt;span style=&apos;color:#666&apos;&gt;{1}&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no samples yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a label first (what you drew), then press Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw something first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Not added: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added {0!r} to {1}{2}: {3} of it.{4}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the classes to collect first, e.g. あいうえお.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collection finished: {0} prompts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done ✔</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw  {0}   ({1} / {2})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}  (Enter accepts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keras models (*.h5 *.keras);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model that recognises your drawing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No model: open one…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw here. Esc clears, Ctrl+Z undoes, Ctrl+Shift+Z redoes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to preprocess the drawing and run the network once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drawing pad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo stroke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo stroke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo (Ctrl+Shift+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear pad	Esc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the pad (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pen or clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the pen; with the pen, clear the pad (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy written text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the written text (Ctrl+C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Write top answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Append the top answer to the text (Enter); while collecting, add the drawing to your dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pen: draw strokes (P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Erase strokes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stroke eraser: every stroke you drag across is removed whole (E); P or Esc returns to the pen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase strokes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a model file (.h5 or .keras)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels, input, parameters and training history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teach…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teach the model new characters: draw a few samples of each, it learns them in the background</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pen width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guide grid: centre cross and the 20×20 box MNIST fits digits into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the model sees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}×{1} input, {2} fit, ink {3}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latency: {0:.1f} ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot recognise this: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw a character on the pad.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to write “{0}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sure: the best guess has only {0}. Try writing it more clearly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a candidate to write it; Enter writes the top one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the model sees: the exact input the network gets, enlarged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network&apos;s input
appears here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written text: Enter writes the top answer, or click a candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Append the top answer and clear the pad (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the last character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>teach</name>
    <message>
        <source>Load a model first: the new characters are taught to the model in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teach new characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Characters to teach (e.g. αβγ), or words separated by commas:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teaching: draw each character {0} times; press Enter after each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot teach now: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning {0} in the background; the pad keeps the current model until it is done (progress on the Train tab)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teaching failed: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learnt: the pad now recognises the new characters too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teaching ended without a new model: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>train</name>
    <message>
        <source>Confusion matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>predicted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model to evaluate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>made of </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built-in datasets are synthesised with this many samples per class; the chosen split is a share of them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which part of the dataset to evaluate on (the same split training used)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluate a model to see its accuracy, confusion matrix and weakest classes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Precision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a cell of the matrix to see its samples.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model to evaluate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a model first (train one, load one in Recognize, or pick a file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accuracy not measured: {0} has no held-out samples (every sample was needed for training). Draw more samples of each class to measure it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An evaluation is already running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation failed: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accuracy not measured: no samples of {0} in the {1} split that the model knows{2}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{0} accuracy {1:.1%}&lt;/b&gt; · top-{2} {3:.1%} · macro F1 {4:.3f} · {5}{6}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>True “{0}” predicted as “{1}”: {2}{3}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sample {0}: true {1}, predicted {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load or train a model to see what its first layer learned; draw in Recognize to see the feature maps of your drawing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot look inside this model: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model: {0} · preset {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw something in Recognize to see its feature maps layer by layer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train a new model with these settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop after the current batch; the best epoch so far is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready. Choose a dataset and a model, then press Start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Curves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filters &amp;&amp; feature maps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the model (best epoch) as .h5 with labels, preprocessing and history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use for recognition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A training run is in progress. Stop it and close? The best epoch so far is kept in the runs folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A run is already in progress: stop it before starting another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>preparing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resuming…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pausing after this batch…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping… (after the current batch; the best epoch so far is kept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused. Press Resume to go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resumed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>preparing {0}: %p%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>epoch {0}/{1} · batch {2}/{3}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Epoch {0}/{1}, batch {2}/{3} · {4:,.0f} samples/s · ETA {5}{6}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training could not run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save model as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run {0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overlaying runs is available when no run is in progress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teach the current model your handwriting: it keeps training on your own samples (from the Datasets area; new characters are fine) mixed with some of its original data, so it does not forget the rest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No model loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A dataset of your own drawings (made on the Recognize tab or in the Datasets area)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mixed with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> original samples per class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower than for training from scratch, so the model adapts without forgetting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personalize</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model to personalize</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load a model in Recognize (or choose a file) first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collect some samples of your own in the Datasets area first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personalizing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss per batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss per epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accuracy per epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>batches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>smoothed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>train</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>validation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name / dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Val. accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the run&apos;s curves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overlay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select two runs (Ctrl+click): the first is drawn, the second dashed over it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rerun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train again with the same settings and data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recognise with this run&apos;s model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the run and its model (the model list shows the name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of this run and its model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot rename: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built-in synthesised datasets, your own datasets and registered files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dataset file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dataset folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train on a dataset file or folder (.npz, MNIST IDX, class folders, your drawn samples)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> per class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many samples per class to synthesise (built-in datasets only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} (default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameters: …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>constant; step: ×0.1 at 50 % and 75 % of the run; cosine decay; plateau: halve when validation loss stalls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>preset&apos;s own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held out for the evaluation view (datasets with their own test set keep it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> epochs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop when validation loss has not improved for this many epochs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Early stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Augment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;a href=&quot;#&quot;&gt;preview&lt;/a&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show augmented samples of this dataset in the Datasets area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for GPUs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dataset file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dataset folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not ask TensorFlow for devices ({0}); training runs on the CPU.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot describe this choice: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}
Reference: {1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>widget</name>
    <message numerus="yes">
        <source>%Ln sample(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
</TS>
