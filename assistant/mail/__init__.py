"""E-mail as Atelier reads it: one parser and one message record, for the daemon and the tools alike.

A brief made from an ``.eml`` file and a reply the daemon sends read the same ``From:`` with the same parser
(:func:`~assistant.mail.parsing.parse_message`), so the brief's client address and the reply's only recipient
can never disagree. It imports nothing of Atelier's but the base :mod:`assistant.addresses`, with the standard
library and pydantic, so the tools, the daemon and the facade may all use it.
"""
