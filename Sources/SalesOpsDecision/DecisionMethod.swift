/// A multi-criteria decision method, with pymcdm 1.4's definitions and defaults.
///
/// With `n` the normalised matrix and `w` the weights (summing to 1):
/// - ``wsm``: weighted sum `Σⱼ wⱼ·nᵢⱼ`; higher is better; sum normalisation by default.
/// - ``wpm``: weighted product `Πⱼ nᵢⱼ^wⱼ`; higher is better; sum normalisation by default;
///   needs strictly positive raw data.
/// - ``topsis``: relative closeness `D⁻ᵢ / (D⁻ᵢ + D⁺ᵢ)` to the ideal, with Euclidean distances of
///   the weighted normalised row to the column-wise best (`D⁺`) and worst (`D⁻`); higher is better,
///   in [0, 1]; min-max normalisation by default.
/// - ``vikor(v:)``: compromise index `Q = v·(S − S*)/(S⁻ − S*) + (1 − v)·(R − R*)/(R⁻ − R*)`, with
///   `S` the weighted sum and `R` the largest weighted regret `wⱼ·(f*ⱼ − nᵢⱼ)/(f*ⱼ − f⁻ⱼ)`;
///   **lower is better**, in [0, 1]; `v = 0.5`. Its default normalisation is min-max, which gives
///   the same `Q` as pymcdm's default (raw benefit values, `max − x` for cost) since VIKOR only
///   reads each criterion through `(f* − f)/(f* − f⁻)`.
package enum DecisionMethod: Sendable, Hashable {
    /// Weighted sum model.
    case wsm
    /// Weighted product model.
    case wpm
    /// Technique for Order Preference by Similarity to Ideal Solution.
    case topsis
    /// VIKOR, with `v` the weight of the group utility `S` against the individual regret `R`.
    case vikor(v: Double)

    /// VIKOR with pymcdm's default `v = 0.5`.
    package static let vikor = DecisionMethod.vikor(v: 0.5)

    /// All methods with their default parameters.
    package static let allDefaults: [DecisionMethod] = [.wsm, .wpm, .topsis, .vikor]

    /// The normalisation used when a call does not choose one.
    package var defaultNormalization: Normalization {
        switch self {
        case .wsm, .wpm: return .sum
        case .topsis, .vikor: return .minMax
        }
    }

    /// How the score reads.
    package var preference: ScorePreference {
        if case .vikor = self { return .lowerIsBetter }
        return .higherIsBetter
    }

    /// What the method itself needs of the raw values, on top of the normalisation's requirement.
    /// WPM raises values to powers, so it needs positive data.
    package var requirement: ValueRequirement {
        self == .wpm ? .positive : .any
    }

    /// The score every alternative gets when no criterion tells them apart (one alternative, or
    /// every criterion constant): the method's best possible value.
    package var idealScore: Double {
        if case .vikor = self { return 0 }
        return 1
    }

    /// A short name ("TOPSIS").
    package var displayName: String {
        switch self {
        case .wsm: return "WSM"
        case .wpm: return "WPM"
        case .topsis: return "TOPSIS"
        case .vikor: return "VIKOR"
        }
    }

    func validate() throws(DecisionError) {
        if case let .vikor(v) = self, !(0...1).contains(v) {
            throw .invalidParameter(name: "VIKOR v", value: v, expected: "a number in [0, 1]")
        }
    }
}

/// The method by name, as catalogs, options and reports write it (`topsis`, `wsm`, `wpm`,
/// `vikor`); a named VIKOR has the default `v`, and `v` is not part of the name.
extension DecisionMethod: RawRepresentable, CaseIterable, Codable {
    package static let allCases: [DecisionMethod] = [.topsis, .wsm, .wpm, .vikor]

    package init?(rawValue: String) {
        guard let method = Self.allCases.first(where: { $0.rawValue == rawValue }) else { return nil }
        self = method
    }

    package var rawValue: String {
        switch self {
        case .wsm: return "wsm"
        case .wpm: return "wpm"
        case .topsis: return "topsis"
        case .vikor: return "vikor"
        }
    }
}
