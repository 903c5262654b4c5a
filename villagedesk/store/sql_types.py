"""The types at the SQL boundary, named once for every repository, reader and the sync code.

SQLAlchemy Core without typed ORM mappings does not tell the type checker a column's Python type:
its tables' columns, selects and rows come back as "any". What the store does know is what
SQLite holds: the sqlite3 driver binds and returns only :data:`SqlValue` (dates travel as ISO
text, enums as their values, flags as 0/1). Where a value's type is not known more closely,
these names say so with ``object`` instead of switching the checker off.
"""

from __future__ import annotations

from typing import TypeVar

from sqlalchemy import CursorResult, Row, Select
from sqlalchemy.sql.elements import SQLColumnExpression

SqlValue = str | int | float | bytes | None
"""A value as the sqlite3 driver binds it and reads it back."""

ColumnValues = dict[str, SqlValue]
"""Column name → value: a row as a repository writes it (stamped, inserted, updated)."""

ColumnExpr = SQLColumnExpression[object]
"""A column or SQL expression of any type (a register's shown or sorted value)."""

SqlRow = Row[tuple[object, ...]]
"""A row read through SQLAlchemy; its values are read by column name or position."""

RowSelect = Select[tuple[object, ...]]
"""A select of rows of any columns."""

RowT = TypeVar("RowT", bound=tuple[object, ...])
"""The row type of a select, for what returns its rows as plain tuples."""

WriteResult = CursorResult[tuple[object, ...]]
"""What an INSERT or UPDATE returns (its new primary key, the rows it matched)."""
