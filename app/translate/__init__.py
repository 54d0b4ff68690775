"""Online translation through deep-translator (async, cached). No Qt here."""
