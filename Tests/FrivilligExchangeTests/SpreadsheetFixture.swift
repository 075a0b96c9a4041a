import Foundation
import FrivilligCore
import FrivilligExchange

/// Fixture files (spreadsheets as Excel, LibreOffice and Google Sheets save them) and a
/// fixed clock for the tests of this target.
enum SpreadsheetFixture {
    static let now = Date(timeIntervalSince1970: 1_790_000_000)

    static func data(_ name: String) throws -> Data {
        try Data(contentsOf: URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/\(name)"))
    }

    static func plan(_ kind: SpreadsheetKind, _ name: String, register: Register = Register(), mapping: [String] = []) throws -> ImportPlan {
        try SpreadsheetImport.plan(kind, data: data(name), register: register, mapping: mapping, now: now)
    }

    static func plan(_ kind: SpreadsheetKind, text: String, register: Register = Register(), mapping: [String] = []) throws -> ImportPlan {
        try SpreadsheetImport.plan(kind, data: Data(text.utf8), register: register, mapping: mapping, now: now)
    }

    /// The register after committing the plan's changes.
    static func applied(_ plan: ImportPlan, to register: Register = Register()) throws -> Register {
        try register.applying(plan.changes)
    }

    static func day(_ y: Int, _ m: Int, _ d: Int) -> Day { Day(year: y, month: m, day: d)! }
}
