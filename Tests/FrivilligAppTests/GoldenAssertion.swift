import Foundation
import TerminalUI
import XCTest

/// The one command that re-records every golden screen, named in each failure so whoever
/// changed a screen on purpose does not have to look it up.
let goldenRecordCommand = "FRIVILLIG_RECORD_GOLDEN=1 swift test --filter GoldenScreenTests"

/// Fails unless `screen` is exactly the golden screen `name` (text and styles), printing
/// the line diff. With FRIVILLIG_RECORD_GOLDEN=1 it writes `screen` as the new golden and
/// fails anyway, so a recording is never mistaken for a passing run.
func assertGolden(_ screen: Buffer, named name: String, file: StaticString = #filePath, line: UInt = #line) {
    let golden = GoldenFile(name: name)
    if ProcessInfo.processInfo.environment["FRIVILLIG_RECORD_GOLDEN"] == "1" {
        do {
            try golden.write(screen)
            XCTFail("Recorded \(golden.url.path); review it with git diff, then run the tests without FRIVILLIG_RECORD_GOLDEN.", file: file, line: line)
        } catch {
            XCTFail("Could not record \(golden.url.path): \(error)", file: file, line: line)
        }
        return
    }
    guard golden.exists else {
        return XCTFail("There is no golden screen \(golden.url.path) yet; record it with: \(goldenRecordCommand)", file: file, line: line)
    }
    do {
        let differences = screen.differences(from: try golden.read())
        if !differences.isEmpty {
            let intro = "The screen is not the golden \(name).txt. If the change is meant, re-record with: \(goldenRecordCommand)"
            XCTFail(([intro] + differences).joined(separator: "\n"), file: file, line: line)
        }
    } catch {
        XCTFail("Could not read \(golden.url.path): \(error)", file: file, line: line)
    }
}
