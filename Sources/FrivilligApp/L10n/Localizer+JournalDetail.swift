import Foundation
import FrivilligCore

extension Localizer {
    /// Why a journal line cannot be read, in words for the user. The store passes on
    /// what Swift's JSON decoder says, e.g. `DecodingError.dataCorrupted: Data was
    /// corrupted. Path: change.op. Debug description: unknown change "fly".`, which names
    /// Swift's types rather than the problem; that becomes "the field »change.op« does not
    /// hold what Frivillig writes there". Any other text is kept as it is.
    func journalDetail(_ detail: String) -> String {
        guard detail.hasPrefix("DecodingError") else { return detail }
        if detail.contains("not valid JSON") { return self(.storeDetailNotJSON) }
        if let path = Localizer.decodingPath(detail) { return self(.storeDetailField, path) }
        return self(.storeDetailDamaged)
    }

    /// `change.op` from `… Path: change.op. Debug description: …`.
    private static func decodingPath(_ detail: String) -> String? {
        guard let start = detail.range(of: "Path: ") else { return nil }
        let rest = detail[start.upperBound...]
        let end = rest.range(of: ". Debug description")?.lowerBound ?? rest.endIndex
        let path = rest[..<end].trimmingCharacters(in: .whitespaces)
        return path.isEmpty ? nil : String(path.hasSuffix(".") ? path.dropLast() : path[...])
    }
}
