from kontaktverwaltung.cli import main

raise SystemExit(main())
