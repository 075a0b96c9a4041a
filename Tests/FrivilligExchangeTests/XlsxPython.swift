import Foundation
import XCTest

/// openpyxl (from PyPI, in `.venv-test`) writing the workbooks the import tests read and
/// reading the ones the export writes: a library this project did not write, on both
/// sides. Tests skip when the virtual environment is missing.
enum XlsxPython {
    static var python: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../.venv-test/bin/python3").standardized
    }

    /// Runs `script` with `file` as `sys.argv[1]` and returns what it printed.
    @discardableResult
    static func run(_ script: String, file: URL) throws -> String {
        guard FileManager.default.isExecutableFile(atPath: python.path) else {
            throw XCTSkip("\(python.path) is missing: run scripts/install-deps to create .venv-test with openpyxl")
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
        return String(decoding: outData, as: UTF8.self)
    }

    /// The bytes of a workbook an openpyxl script builds as `wb` (after
    /// `import datetime, openpyxl; wb = openpyxl.Workbook(); ws = wb.active`).
    static func workbook(_ body: String) throws -> Data {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("frivillig-xlsx-\(UUID().uuidString).xlsx")
        defer { try? FileManager.default.removeItem(at: file) }
        try run("import datetime, sys, openpyxl\nwb = openpyxl.Workbook()\nws = wb.active\n" + body + "\nwb.save(sys.argv[1])\n",
                file: file)
        return try Data(contentsOf: file)
    }

    /// Every sheet cell of a workbook file as openpyxl reads it: the sheet's title, whether
    /// the header is bold, the freeze pane, and per row per cell `[type, value]` with the
    /// type `str`, `int`, `float`, `datetime` or `formula`.
    static func read(_ file: URL) throws -> [String: Any] {
        let out = try run("""
            import datetime, json, sys, openpyxl
            wb = openpyxl.load_workbook(sys.argv[1])
            ws = wb.active
            def cell(c):
                if c.value is None: return None
                if c.data_type == "f": return ["formula", str(c.value)]
                if isinstance(c.value, datetime.datetime): return ["datetime", c.value.date().isoformat()]
                return [type(c.value).__name__, c.value]
            print(json.dumps({
                "title": ws.title,
                "bold": all(c.font.b for c in ws[1] if c.value is not None),
                "freeze": ws.freeze_panes,
                "widths": [ws.column_dimensions[openpyxl.utils.get_column_letter(i + 1)].width for i in range(ws.max_column)],
                "rows": [[cell(c) for c in row] for row in ws.iter_rows()],
            }))
            """, file: file)
        return try JSONSerialization.jsonObject(with: Data(out.utf8)) as! [String: Any]
    }

    /// A zip of the given parts, in order, written by Python's zipfile: for workbooks as
    /// other programs write them, and files that only look like one.
    static func zip(_ parts: [(String, String)]) throws -> Data {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("frivillig-zip-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: file) }
        let json = try JSONSerialization.data(withJSONObject: parts.map { [$0.0, $0.1] })
        try run("""
            import base64, json, sys, zipfile
            with zipfile.ZipFile(sys.argv[1], "w", zipfile.ZIP_DEFLATED) as z:
                for name, text in json.loads(base64.b64decode("\(json.base64EncodedString())")):
                    z.writestr(name, text)
            """, file: file)
        return try Data(contentsOf: file)
    }
}
