"""Commands that look after a case rather than read it: backups, API tokens and the
knowledge base."""
