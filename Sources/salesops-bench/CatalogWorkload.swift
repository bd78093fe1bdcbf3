import Foundation
import SalesOpsCatalog
import SalesOpsYAML

/// Generates a catalog of Tool documents and measures loading it into typed values.
enum CatalogWorkload {
    /// Writes `count` Tool documents into `files` files under `folder`; returns the bytes written.
    static func generate(tools count: Int, files: Int, into folder: URL) throws -> Int {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        var total = 0
        let perFile = (count + files - 1) / files
        for file in 0..<files {
            var text = ""
            for index in (file * perFile)..<min(count, (file + 1) * perFile) {
                text += document(index)
            }
            total += text.utf8.count
            try text.write(to: folder.appendingPathComponent("tools-\(file).yaml"), atomically: true, encoding: .utf8)
        }
        return total
    }

    static let features = [
        "contact-management", "pipeline-management", "email-sync", "email-tracking", "email-sequences",
        "workflow-automation", "reporting", "custom-reports", "forecasting", "territory-management",
        "custom-objects", "api", "sso", "audit-log", "sandbox", "mobile-app", "calling", "dialer",
    ]

    static func document(_ index: Int) -> String {
        func pick(_ n: Int, _ salt: Int) -> String {
            (0..<n).map { features[($0 * 7 + index + salt) % features.count] }.joined(separator: ", ")
        }
        var tiers = ""
        for (tier, name) in ["Starter", "Professional", "Enterprise", "Ultimate"].enumerated() {
            tiers += """
                  - name: \(name)
                    pricePerSeat: { annual: \(15 + tier * 30 + index % 10), monthly: \(20 + tier * 35 + index % 10) }
                    minSeats: \(tier + 1)
                    platformFeePerYear: \(tier * 500)
                    onboardingFee: \(tier * 1500)
                    features: [\(pick(4 + tier * 2, tier))]

            """
        }
        return """
            ---
            apiVersion: salesops/v1
            kind: Tool
            metadata:
              name: generated-tool-\(index)
              title: "Generated Tool \(index)"
              description: >
                A generated tool used to measure how fast the catalog loads. It has four tiers,
                integrations, compliance, adoption figures, limits and ratings like a real entry.
              tags: [generated, crm, benchmark]
            spec:
              category: crm
              vendor: Vendor \(index % 97) Inc.
              website: https://example.com/tools/\(index)
              pricing:
                currency: USD
                asOf: 2026-08-13
                source: https://example.com/tools/\(index)/pricing
                tiers:
            \(tiers)  integrations: [google-workspace, microsoft-365, slack, zapier, hubspot-marketing-hub]
              compliance: [soc2, gdpr, iso27001]
              dataResidency: [us, eu]
              adoption: { learningCurve: \(1 + index % 5), adminHoursPerWeek: \(Double(index % 8) + 0.5), weeksToLive: \(1 + index % 12) }
              limits: { maxSeats: \(1000 + index), apiCallsPerDay: 100000, apiCallsPerDayPerSeat: 1000 }
              ratings:
                - { source: G2, stars: 4.\(index % 10), reviews: \(100 + index), asOf: 2026-06-01 }
                - { source: Capterra, stars: 4.\((index + 3) % 10), reviews: \(50 + index), asOf: 2026-06-01 }
              attributes: { pilotScore: \(index % 10), securityGrade: \(index % 4) }

            """
    }
}
