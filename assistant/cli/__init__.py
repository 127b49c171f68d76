"""The ``atelier`` command line: a thin layer over the library."""
