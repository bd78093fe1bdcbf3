/// One registered capability as listings show it: what it is and where it comes from.
public struct CapabilityEntry: Sendable, Hashable {
    public let descriptor: CapabilityDescriptor
    public let origin: CapabilityOrigin

    public init(descriptor: CapabilityDescriptor, origin: CapabilityOrigin) {
        self.descriptor = descriptor
        self.origin = origin
    }

    public var type: CapabilityType { descriptor.type }
    public var id: String { descriptor.id }
}
