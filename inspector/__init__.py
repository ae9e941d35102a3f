"""Inspector: field visits of deputies to public institutions, turned into evidence."""

__version__ = "0.1.0"
