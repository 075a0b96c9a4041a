import Foundation

/// A store's folder in a test: a fresh one per test, and a byte search of every file in
/// it, as a data-protection officer would run after an erasure.
struct StoreFolder {
    let dir: URL
    var store: URL { dir.appendingPathComponent("store.json") }

    init(_ name: String) throws {
        dir = FileManager.default.temporaryDirectory.appendingPathComponent("frivillig-\(name)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    }

    func remove() {
        try? FileManager.default.removeItem(at: dir)
    }

    /// Every file under the folder that holds one of `words`, and which.
    func occurrences(of words: [String]) throws -> [String: [String]] {
        var found: [String: [String]] = [:]
        for file in FileManager.default.enumerator(atPath: dir.path)!.compactMap({ $0 as? String }) {
            let path = dir.appendingPathComponent(file).path
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), !isFolder.boolValue else { continue }
            let data = try Data(contentsOf: URL(fileURLWithPath: path))
            let hits = words.filter { data.range(of: Data($0.utf8)) != nil }
            if !hits.isEmpty { found[file] = hits }
        }
        return found
    }
}
