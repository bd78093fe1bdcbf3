/// One registered capability as listings show it: what it is and where it comes from.
package struct CapabilityEntry: Sendable, Hashable {
    package let descriptor: CapabilityDescriptor
    package let origin: CapabilityOrigin

    package var type: CapabilityType { descriptor.type }
    package var id: String { descriptor.id }
}
