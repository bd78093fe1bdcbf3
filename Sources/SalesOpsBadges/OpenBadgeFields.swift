import SalesOpsBasics

/// The Open Badges 3.0 required fields of an `OpenBadgeCredential` (the same rules as
/// schema/open-badge-credential.schema.json).
package enum OpenBadgeFields {
    /// What is missing or wrong, by path; empty when every required field is there.
    package static func missing(in credential: JSONValue) -> [String] {
        guard credential.objectValue != nil else { return ["the document is not a JSON object"] }
        var problems: [String] = []
        func strings(_ value: JSONValue?) -> [String] {
            value?.arrayValue?.compactMap(\.stringValue) ?? value?.stringValue.map { [$0] } ?? []
        }
        func require(_ path: String, _ value: JSONValue?) {
            if value?.stringValue?.isEmpty ?? true { problems.append("\(path) is missing or not a string") }
        }
        let contexts = strings(credential["@context"])
        if contexts.first != OpenBadgeCredential.contexts[0] || !contexts.contains(where: { $0.hasPrefix("https://purl.imsglobal.org/spec/ob/v3p0/context") }) {
            problems.append("@context must start with \(OpenBadgeCredential.contexts[0]) and include the Open Badges 3.0 context")
        }
        require("id", credential["id"])
        let types = strings(credential["type"])
        if !types.contains("VerifiableCredential") || !(types.contains("OpenBadgeCredential") || types.contains("AchievementCredential")) {
            problems.append("type must include VerifiableCredential and OpenBadgeCredential")
        }
        if credential["issuer"]?.objectValue != nil {
            require("issuer.id", credential["issuer"]?["id"])
            if !strings(credential["issuer"]?["type"]).contains("Profile") { problems.append("issuer.type must include Profile") }
        } else {
            problems.append("issuer is missing or not a Profile object")
        }
        require("validFrom", credential["validFrom"])
        if let from = credential["validFrom"]?.stringValue, UTCTimestamp(iso: from) == nil {
            problems.append("validFrom \"\(from)\" is not a date-time like 2026-03-20T00:00:00Z")
        }
        if let until = credential["validUntil"], until.stringValue.flatMap(UTCTimestamp.init(iso:)) == nil {
            problems.append("validUntil is not a date-time like 2027-03-20T00:00:00Z")
        }
        require("name", credential["name"])
        let subject = credential["credentialSubject"]
        if subject?.objectValue == nil {
            problems.append("credentialSubject is missing or not an object")
        } else {
            if !strings(subject?["type"]).contains("AchievementSubject") { problems.append("credentialSubject.type must include AchievementSubject") }
            let achievement = subject?["achievement"]
            if achievement?.objectValue == nil {
                problems.append("credentialSubject.achievement is missing or not an object")
            } else {
                require("credentialSubject.achievement.id", achievement?["id"])
                if !strings(achievement?["type"]).contains("Achievement") { problems.append("credentialSubject.achievement.type must include Achievement") }
                require("credentialSubject.achievement.name", achievement?["name"])
                require("credentialSubject.achievement.description", achievement?["description"])
                if achievement?["criteria"]?.objectValue == nil { problems.append("credentialSubject.achievement.criteria is missing or not an object") }
            }
        }
        if credential["proof"]?.objectValue == nil { problems.append("proof is missing: the credential is not signed") }
        return problems
    }
}
