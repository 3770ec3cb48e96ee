from leadguard.cli import main

raise SystemExit(main())
