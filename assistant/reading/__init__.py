"""Reading: what a message means, read by the embedder we ship, the freelancer's own labelled history and exact rules.

Numbers are computed by code; before that, a request must be read right (intent, service, quantities, dates,
language, and whether it is an inquiry at all). Each reader here returns its answer with a confidence and a
reason a person can check, and is measured in ``benchmarks/eval_reading.py`` on cases it was not built from.
"""
