"""SQLite storage for the station: engine, tables, unit of work, readers, migrations, backups."""
