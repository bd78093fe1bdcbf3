import SalesOpsCatalog

/// Converts prices into the team's currency, through US dollars.
package struct ExchangeRates: Sendable, Hashable {
    /// US dollars per unit of each currency.
    package var usdPerUnit: [Currency: Double]

    /// Illustrative rates, not live: set `exchangeRates` in an evaluation to use your own.
    package static let standard = ExchangeRates(usdPerUnit: [.USD: 1, .EUR: 1.08, .GBP: 1.27])

    package init(usdPerUnit: [Currency: Double]) {
        self.usdPerUnit = usdPerUnit
    }

    /// The standard table with the evaluation's overrides (currency code → USD per unit).
    package init(overrides: [String: Double]?) {
        var table = Self.standard.usdPerUnit
        for (code, rate) in overrides ?? [:] {
            if let currency = Currency(rawValue: code) { table[currency] = rate }
        }
        self.init(usdPerUnit: table)
    }

    package func factor(from source: Currency, to target: Currency) -> Double {
        guard source != target else { return 1 }
        return (usdPerUnit[source] ?? 1) / (usdPerUnit[target] ?? 1)
    }
}
