import Foundation
import ZIPFoundation

/// The parts of an `.xlsx` (a zip of XML files) read by name, within a budget.
///
/// ZIPFoundation reads the zip; this type only refuses to unpack more than
/// `SpreadsheetLimits.unpackedBytes` over all parts read. The budget is checked against
/// the sizes the zip declares before a part is unpacked, and again against the bytes
/// actually produced while it is, since a crafted zip can declare small sizes and inflate
/// to gigabytes.
struct XlsxPackage {
    private let archive: Archive
    private var budget = SpreadsheetLimits.unpackedBytes

    init(_ data: Data) throws(XlsxProblem) {
        do {
            archive = try Archive(data: data, accessMode: .read)
        } catch {
            throw .damaged(part: "zip")
        }
    }

    /// Whether the zip has a part of this name.
    func has(_ path: String) -> Bool { archive[path] != nil }

    /// The bytes of a part, or nil when the zip has none of that name.
    mutating func part(_ path: String) throws(XlsxProblem) -> Data? {
        guard let entry = archive[path] else { return nil }
        guard entry.uncompressedSize <= UInt64(budget) else { throw .unpackedTooLarge }
        var data = Data()
        var overBudget = false
        let limit = budget
        do {
            _ = try archive.extract(entry, skipCRC32: false) { chunk in
                guard data.count + chunk.count <= limit else {
                    overBudget = true
                    throw XlsxProblem.unpackedTooLarge
                }
                data.append(chunk)
            }
        } catch {
            throw overBudget ? .unpackedTooLarge : .damaged(part: path)
        }
        budget -= data.count
        return data
    }

    /// The bytes of a part the workbook cannot be read without.
    mutating func required(_ path: String) throws(XlsxProblem) -> Data {
        guard let data = try part(path) else { throw .damaged(part: path) }
        return data
    }
}
