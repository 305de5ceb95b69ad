"""The Train area: settings, live plots, runs, evaluation, filters and feature maps, personalisation, and the
Qt side of a training run."""
