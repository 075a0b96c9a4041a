import Foundation
import XCTest

/// Runs a Python script in `.venv-test` (vobject and icalendar from PyPI, set up by
/// `scripts/install-deps`), so exports are checked by parsers this project did not write.
enum PythonParser {
    static var python: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../.venv-test/bin/python3").standardized
    }

    /// Runs `script` with `file` as its only argument and decodes the JSON it prints.
    /// Fails the test, never skips it, when the virtual environment is missing.
    static func json(_ script: String, file: URL) throws -> Any {
        guard FileManager.default.isExecutableFile(atPath: python.path) else {
            XCTFail("\(python.path) is missing: run scripts/install-deps to create .venv-test with vobject and icalendar")
            throw CocoaError(.fileNoSuchFile)
        }
        let process = Process()
        process.executableURL = python
        process.arguments = ["-c", script, file.path]
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            XCTFail("python failed: " + String(decoding: errData, as: UTF8.self))
            throw CocoaError(.fileReadCorruptFile)
        }
        return try JSONSerialization.jsonObject(with: outData)
    }
}
