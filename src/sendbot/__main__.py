from sendbot.cli import main

raise SystemExit(main())
