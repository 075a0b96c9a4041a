import Foundation
import FrivilligCore
import XCTest

/// Runs the built `frivillig` binary on a private temporary store, as a user at a shell
/// would, with a fixed "today" and a Danish-by-default environment.
struct CLIRunner {
    struct Result {
        let status: Int32
        let stdout: String
        let stderr: String
    }

    let home: URL
    var store: URL { home.appendingPathComponent("store.json") }

    init() throws {
        home = FileManager.default.temporaryDirectory.appendingPathComponent("frivillig-cli-\(UUID().uuidString)")
        // 0700, as the program makes the default store's folder; `check` warns of others.
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
    }

    func remove() {
        try? FileManager.default.removeItem(at: home)
    }

    static var binary: URL {
        Bundle.main.bundleURL.appendingPathComponent("frivillig")
    }

    /// Runs `frivillig ARGS --store STORE` unless `useStoreFlag` is false.
    @discardableResult
    func run(_ args: [String], env extra: [String: String] = [:], useStoreFlag: Bool = true) throws -> Result {
        let process = Process()
        process.executableURL = CLIRunner.binary
        process.arguments = args + (useStoreFlag ? ["--store", store.path] : [])
        var env = ["HOME": home.path, "PATH": "/usr/bin:/bin", "FRIVILLIG_TODAY": "2026-11-22", "LANG": "C"]
        for (k, v) in extra { env[k] = v }
        process.environment = env
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self), stderr: String(decoding: errData, as: UTF8.self))
    }

    /// The bytes on disk: the snapshot and, if present, the journal of later changes.
    func storeData() throws -> Data {
        let journal = store.appendingPathExtension("journal")
        let tail = FileManager.default.fileExists(atPath: journal.path) ? try Data(contentsOf: journal) : Data()
        return try Data(contentsOf: store) + tail
    }

    /// The register as the program reads it (snapshot plus journal), as a JSON object.
    func storeJSON() throws -> [String: Any] {
        let register = try Store.open(at: store).register
        return try JSONSerialization.jsonObject(with: StoreCodec.encode(register)) as! [String: Any]
    }

    /// Writes a register as the whole store, without a journal, e.g. to break it on purpose.
    func writeStore(_ json: [String: Any]) throws {
        try? FileManager.default.removeItem(at: store.appendingPathExtension("journal"))
        try JSONSerialization.data(withJSONObject: json).write(to: store)
    }
}
