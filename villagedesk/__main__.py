"""``python -m villagedesk`` (the Windows launcher runs the same).

Start-up imports some 550 modules and builds the window: hundreds of thousands of objects, none
of them garbage, so the cyclic collector would only walk them over and over (about 5 % of the
time to the first paint). It is held from the first line: a command turns it back on before it
runs, and the window hands it to the GUI thread's collector (ui/main_thread_gc), which was to
switch it off anyway.
"""

import gc
import sys

gc.disable()

from villagedesk.cli.main import main, window_only  # noqa: E402  (after the collector is held)

if not window_only(sys.argv[1:])[0]:
    gc.enable()
raise SystemExit(main())
