"""The team's visits as a SQLite database an analyst opens in Datasette, DB Browser or pandas.

Both programs write it: the desktop app from its store (services/analysis_export.py) and the
server from its records (server/export.py). So this package imports the domain only: rows.py
turns one visit's records into table rows, schema.py names the tables, their columns and views,
writer.py writes them with sqlite-utils, one visit at a time.
"""
