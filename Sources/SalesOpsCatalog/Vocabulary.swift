import SalesOpsYAML

/// What a tool is for.
package enum ToolCategory: String, Codable, Sendable, YAMLEnumeration {
    case crm
    case salesEngagement = "sales-engagement"
    case emailAutomation = "email-automation"
    case conversationIntelligence = "conversation-intelligence"
    case forecasting
    case salesIntelligence = "sales-intelligence"
    case marketingAutomation = "marketing-automation"
    case collaboration
    case productivity
}

/// Compliance attestations a tool holds or a team needs.
package enum ComplianceStandard: String, Codable, Sendable, YAMLEnumeration {
    case soc2, gdpr, hipaa, iso27001, ccpa, pciDss = "pci-dss", fedramp
}

/// Where data can be kept.
package enum Region: String, Codable, Sendable, YAMLEnumeration {
    case us, eu, uk, ca, au, jp, `in`, br, apac
}

package enum Currency: String, Codable, Sendable, YAMLEnumeration {
    case USD, EUR, GBP
}

/// How comfortable a team is with configuring and running tools.
package enum SkillLevel: String, Codable, Sendable, YAMLEnumeration {
    case beginner, intermediate, advanced, expert

    /// 1 (beginner) … 4 (expert), comparable with a tool's learning curve (1–5).
    package var level: Int {
        switch self {
        case .beginner: return 1
        case .intermediate: return 2
        case .advanced: return 3
        case .expert: return 4
        }
    }
}

package enum Billing: String, Codable, Sendable, YAMLEnumeration {
    case annual, monthly
}

package enum Weekday: String, Codable, Sendable, YAMLEnumeration {
    case mon, tue, wed, thu, fri, sat, sun

    /// ISO weekday number, 1 = Monday.
    package var isoNumber: Int { Weekday.allCases.firstIndex(of: self)! + 1 }
}
