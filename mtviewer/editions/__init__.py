"""Signed content editions: publishing, a feed, verifying, installing and rolling back.

Only signing and checking (``signing.py``) needs PyNaCl, and only ``install`` and ``publish``
load it; the window reads the store (``store.py``, standard library) to choose its database.
"""
