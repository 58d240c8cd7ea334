from caselaw.cli import main

raise SystemExit(main())
