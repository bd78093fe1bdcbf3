import SalesOpsCLI

SalesOps.runMain()
