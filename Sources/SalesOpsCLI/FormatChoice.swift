import ArgumentParser
import SalesOpsApp

/// A `--format` value: one of the command's own formats, or the id of a loaded exporter plugin
/// that renders the command's document (`salesops plugins info` lists what each serves).
enum FormatChoice<Own: RawRepresentable & CaseIterable & Equatable & Sendable>: ExpressibleByArgument, Equatable, Sendable
where Own.RawValue == String {
    case own(Own)
    case exporter(String)

    init?(argument: String) {
        if let own = Own(rawValue: argument) {
            self = .own(own)
        } else if Identifier.isValid(argument) {
            self = .exporter(argument)
        } else {
            return nil
        }
    }

    static var allValueStrings: [String] { Own.allCases.map(\.rawValue) }

    var defaultValueDescription: String {
        switch self {
        case .own(let own): return own.rawValue
        case .exporter(let id): return id
        }
    }

}
