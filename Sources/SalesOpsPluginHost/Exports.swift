// The engines import SalesOpsPluginHost alone: the capability protocols and wire messages
// (defined once, shared with the plugin SDK) come with it.
@_exported import SalesOpsPluginWire
