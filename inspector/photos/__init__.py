"""Photo intake, thumbnails and report renditions (plain Python + Pillow, no Qt).

Modules: intake (verify + describe files), thumbnails, render (metadata-free copies for
reports), fixtures (generated demo/test photos). Errors are errors.PhotoRejected.
"""
