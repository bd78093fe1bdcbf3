import SalesOpsCLI

await SalesOps.main()
