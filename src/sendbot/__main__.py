from sendbot.cli.main import main

raise SystemExit(main())
