"""Offline measurements of the detectors on held-out data in data/ (not used at run time)."""
