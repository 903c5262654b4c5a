from villagedesk.cli.main import main

raise SystemExit(main())
