import Foundation

/// The one place that turns a register into file bytes and back, so the CLI, the TUI and
/// the tests all agree on the format: pretty-printed, keys sorted, dates as `yyyy-MM-dd`,
/// timestamps as ISO 8601 in UTC.
public enum StoreCodec {
    public static func encode(_ register: Register) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        var data = try encoder.encode(register)
        data.append(0x0A)
        return data
    }

    /// Decodes and checks the version; errors name the place in the file.
    public static func decode(_ data: Data, path: String) throws(StoreError) -> Register {
        let version: Int
        do {
            version = try JSONDecoder().decode(VersionProbe.self, from: data).schemaVersion
        } catch let error as DecodingError {
            throw describe(error, data: data, path: path)
        } catch {
            throw .malformed(path: path, line: nil, column: nil, detail: "\(error)")
        }
        guard version <= Register.currentSchemaVersion else {
            throw .newerVersion(path: path, found: version, supported: Register.currentSchemaVersion)
        }
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        do {
            return try decoder.decode(Register.self, from: data)
        } catch let error as DecodingError {
            throw describe(error, data: data, path: path)
        } catch {
            throw .malformed(path: path, line: nil, column: nil, detail: "\(error)")
        }
    }

    private struct VersionProbe: Decodable {
        let schemaVersion: Int
    }

    private static func describe(_ error: DecodingError, data: Data, path: String) -> StoreError {
        switch error {
        case .dataCorrupted(let context) where context.codingPath.isEmpty:
            let syntax = syntaxError(in: data)
            return .malformed(path: path, line: syntax.line, column: syntax.column, detail: syntax.detail)
        case .dataCorrupted(let context):
            return .invalidContent(path: path, field: fieldPath(context.codingPath), detail: context.debugDescription)
        case .keyNotFound(let key, let context):
            return .invalidContent(path: path, field: fieldPath(context.codingPath + [key]), detail: "missing")
        case .typeMismatch(let type, let context):
            return .invalidContent(path: path, field: fieldPath(context.codingPath), detail: "expected \(typeName(type))")
        case .valueNotFound(let type, let context):
            return .invalidContent(path: path, field: fieldPath(context.codingPath), detail: "expected \(typeName(type)), found null")
        @unknown default:
            return .malformed(path: path, line: nil, column: nil, detail: "\(error)")
        }
    }

    /// `volunteers[3].emergencyContacts[0].phone`
    static func fieldPath(_ path: [CodingKey]) -> String {
        var out = ""
        for key in path {
            if let index = key.intValue {
                out += "[\(index)]"
            } else {
                out += (out.isEmpty ? "" : ".") + key.stringValue
            }
        }
        return out.isEmpty ? "(top level)" : out
    }

    private static func typeName(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: return "text"
        case is Int.Type, is Double.Type: return "a number"
        case is Bool.Type: return "true or false"
        default:
            let name = String(describing: type)
            if name.hasPrefix("Array") { return "a list" }
            if name.hasPrefix("Dictionary") || name.contains("KeyedDecodingContainer") { return "an object" }
            return name
        }
    }

    /// JSONDecoder does not say where the syntax broke; JSONSerialization does ("around
    /// character N", a byte offset, or "end of file"), so ask it once the file has failed.
    private static func syntaxError(in data: Data) -> (line: Int?, column: Int?, detail: String) {
        let detail: String
        do {
            _ = try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
            return (nil, nil, "not valid JSON")
        } catch {
            detail = ((error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String) ?? "\(error)"
        }
        if let offset = number(after: "character ", in: detail) {
            let (line, column) = lineAndColumn(ofByte: offset, in: data)
            return (line, column, detail)
        }
        if detail.contains("end of file") {
            let end = (data.lastIndex { ![0x20, 0x0A, 0x0D, 0x09].contains($0) }).map { data.distance(from: data.startIndex, to: $0) + 1 } ?? 0
            let (line, column) = lineAndColumn(ofByte: end, in: data)
            return (line, column, detail)
        }
        return (nil, nil, detail)
    }

    private static func number(after marker: String, in text: String) -> Int? {
        guard let range = text.range(of: marker) else { return nil }
        let digits = text[range.upperBound...].prefix(while: \.isASCIIDigit)
        return Int(digits)
    }

    static func lineAndColumn(ofByte offset: Int, in data: Data) -> (Int, Int) {
        var line = 1, column = 1
        for byte in data.prefix(offset) {
            if byte == 0x0A {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
        }
        return (line, column)
    }
}
