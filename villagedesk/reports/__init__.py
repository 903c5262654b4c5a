"""ReportLab writers (contact cards, handbooks, ledgers, notices). Takes plain values from core."""
