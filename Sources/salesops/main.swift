import SalesOpsCLI

SalesOps.main()
