import SalesOpsBasics

extension YAMLNode {
    /// The node as JSON: dates become `YYYY-MM-DD` text, non-finite floats and huge integers text.
    package func jsonValue() throws(YAMLResolutionError) -> JSONValue {
        switch content {
        case .scalar:
            switch try scalarValue() {
            case .null?, nil: return .null
            case .bool(let value)?: return .bool(value)
            case .int(let value)?: return .number(Double(value))
            case .float(let value)?: return value.isFinite ? .number(value) : .string(String(value))
            case .bigInt(let text)?, .string(let text)?, .timestamp(let text)?: return .string(text)
            case .date(let date)?: return .string(date.description)
            }
        case .sequence(let items):
            var array: [JSONValue] = []
            array.reserveCapacity(items.count)
            for item in items {
                array.append(try item.jsonValue())
            }
            return .array(array)
        case .mapping(let pairs):
            var object: [String: JSONValue] = [:]
            for pair in pairs {
                let key = pair.key.scalar?.text ?? ""
                if object[key] == nil {
                    object[key] = try pair.value.jsonValue()
                }
            }
            return .object(object)
        }
    }
}
