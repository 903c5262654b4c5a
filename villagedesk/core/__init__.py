"""The station's knowledge: domain model, rules, validation and services. Plain Python only."""
