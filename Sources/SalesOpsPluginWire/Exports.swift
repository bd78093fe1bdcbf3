// Plugin authors and the host share the JSON value type from the basics module.
@_exported import SalesOpsBasics
