"""The working-day calendar: the station's holiday table (``holidays``, bundled years in
``data/``), working-day arithmetic (``working_days``), deadlines on it (``deadlines``) and the
station's rule table of time limits (``deadline_rules``)."""
