"""Per-article source signals: attribution, headline, language, MT, republication."""
