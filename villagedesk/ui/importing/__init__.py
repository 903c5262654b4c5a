"""The spreadsheet import wizard (导入花名册): file → preview with corrected mapping → confirm."""
