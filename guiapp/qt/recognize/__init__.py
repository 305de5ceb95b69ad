"""The Recognize area: the drawing pad and its ink, candidates, what the model sees, the write line, the model
picker and info, the collect bar, images in and out, and the inference worker."""
