import ArgumentParser
import Foundation
import SalesOpsApp

/// How onboarding reports print: a table for people, JSON, CSV or Markdown for tools and documents.
enum ReportFormat: String, ExpressibleByArgument, CaseIterable {
    case table, json, csv, markdown

    /// Header and rows in this format (not JSON, which each report encodes from its values).
    func render(_ header: [String], _ rows: [[String]]) -> String {
        switch self {
        case .table, .json:
            return Output.table(header, rows)
        case .csv:
            return ([header] + rows).map { $0.map(TextEscaping.csvField).joined(separator: ",") }.joined(separator: "\n")
        case .markdown:
            func line(_ cells: [String]) -> String {
                "| " + cells.map(TextEscaping.markdown).joined(separator: " | ") + " |"
            }
            return ([line(header), line(header.map { _ in "---" })] + rows.map(line)).joined(separator: "\n")
        }
    }
}
