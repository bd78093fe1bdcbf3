// A plugin author imports only SalesOpsPluginSDK: the capability protocols, the wire
// messages and the C table type come with it.
@_exported import CSalesOpsPluginABI
@_exported import SalesOpsPluginWire
