"""The tables of each capability, in SQLAlchemy Core; ``storage.schema`` registers them
on one ``MetaData``."""
