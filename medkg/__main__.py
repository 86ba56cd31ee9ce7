from medkg.cli.main import main

main()
