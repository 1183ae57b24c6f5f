"""What marks a database file as this app's, and which schema version it holds: read by the
look before opening (no peewee needed for it)."""

SCHEMA_VERSION = 8
SEARCH_VERSION = 5  # the version that added the search index
APPLICATION_ID = 0x4C324C44  # "L2LD": marks the file as ours in its SQLite header
