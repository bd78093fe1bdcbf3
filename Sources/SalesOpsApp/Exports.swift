// The types the application's requests, results and errors are made of, for its faces (the
// command line, the server): they import this module alone.
@_exported import SalesOpsAudit
@_exported import SalesOpsBadges
@_exported import SalesOpsBasics
@_exported import SalesOpsCatalog
@_exported import SalesOpsChecklist
@_exported import SalesOpsDecision
@_exported import SalesOpsEvaluation
@_exported import SalesOpsOnboarding
@_exported import SalesOpsPluginHost
@_exported import SalesOpsXAPI
