"""Training: the engine (``train``), its settings, data pipelines, presets, augmentation, personalisation, the runs
folder, the training process, and the session that ties them together for the window and the command line.

Keras and TensorFlow are imported lazily inside the functions that need them; importing this package is cheap.
"""
