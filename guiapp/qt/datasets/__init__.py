"""The Datasets area: the dataset list, the thumbnail grid, one sample, class balance, health, augmentation
preview, and the actions (import, download, export, edit)."""
