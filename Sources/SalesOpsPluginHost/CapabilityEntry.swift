/// One registered capability as listings show it: what it is and where it comes from.
package struct CapabilityEntry: Sendable, Hashable {
    package let descriptor: CapabilityDescriptor
    package let origin: CapabilityOrigin

    package init(descriptor: CapabilityDescriptor, origin: CapabilityOrigin) {
        self.descriptor = descriptor
        self.origin = origin
    }

    package var type: CapabilityType { descriptor.type }
    package var id: String { descriptor.id }
}
