from isange_desktop.app import main

raise SystemExit(main())
