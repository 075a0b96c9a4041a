import Foundation

/// Every file of a store's folder, byte for byte: to search for a person after an
/// erasure, and to show a refused one changed nothing.
enum FolderBytes {
    /// Each file (path under `folder`) and its bytes; the lock file, whose content means
    /// nothing, left out.
    static func all(in folder: URL) throws -> [String: Data] {
        var out: [String: Data] = [:]
        for file in FileManager.default.enumerator(atPath: folder.path)!.compactMap({ $0 as? String }) {
            var isFolder: ObjCBool = false
            let path = folder.appendingPathComponent(file).path
            if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), !isFolder.boolValue, !file.hasSuffix(".lock") {
                out[file] = try Data(contentsOf: URL(fileURLWithPath: path))
            }
        }
        return out
    }

    /// The files holding one of `words`, sorted.
    static func holding(_ words: [String], in folder: URL) throws -> [String] {
        try all(in: folder).filter { _, data in words.contains { data.range(of: Data($0.utf8)) != nil } }.keys.sorted()
    }
}
