import Foundation

/// The one place that turns a register into file bytes and back, so the CLI, the TUI and
/// the tests all agree on the format: one record per line, keys sorted, dates as
/// `yyyy-MM-dd`, timestamps as ISO 8601 in UTC.
///
/// Reading tries the fast schema reader first and falls back to JSONDecoder, which reads
/// anything valid the fast reader declines and explains what is wrong with the rest.
public enum StoreCodec {
    public static func encode(_ register: Register) -> Data {
        Data(StoreWriter.encode(register))
    }

    /// Decodes and checks the version; errors name the place in the file.
    public static func decode(_ data: Data, path: String) throws(StoreError) -> Register {
        if let register = StoreReader.register(from: data) { return register }
        return try decodeWithFoundation(data, path: path)
    }

    /// The straightforward path: Foundation's JSONDecoder through the model's Codable
    /// conformances. Slow, but it reads every form of JSON and names every error; public
    /// so tests can hold the fast path to its answers.
    public static func decodeWithFoundation(_ data: Data, path: String) throws(StoreError) -> Register {
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

        /// A number that is no `Int` (`1.5`, `99999999999999999999`) makes JSONDecoder throw
        /// an error of its own, which reaches us as "not valid JSON" for a file that is valid
        /// JSON; name the field instead.
        init(from decoder: Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            do {
                schemaVersion = try c.decode(Int.self, forKey: .schemaVersion)
            } catch let error as DecodingError {
                throw error
            } catch {
                throw DecodingError.dataCorruptedError(forKey: .schemaVersion, in: c, debugDescription: "expected a whole number")
            }
        }

        private enum CodingKeys: String, CodingKey {
            case schemaVersion
        }
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

    /// JSONDecoder does not say where the syntax broke; JSONSerialization does (a byte
    /// offset, or "end of file"), so ask it once the file has failed.
    private static func syntaxError(in data: Data) -> (line: Int?, column: Int?, detail: String) {
        let detail: String
        do {
            _ = try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
            return (nil, nil, "not valid JSON")
        } catch {
            detail = ((error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String) ?? "\(error)"
        }
        if let offset = offset(in: detail) ?? unpairedSurrogate(in: data) {
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

    /// The byte offset in JSONSerialization's message: the last number after "character "
    /// or " at " (`Unescaped control character around character 69`, `Invalid hex encoded
    /// sequence in "00"}" at 8`). The first "character " is not always the one.
    private static func offset(in detail: String) -> Int? {
        for marker in ["character ", " at "] {
            var found: Int?
            var rest = detail[...]
            while let range = rest.range(of: marker) {
                rest = rest[range.upperBound...]
                found = Int(rest.prefix(while: \.isASCIIDigit)) ?? found
            }
            if found != nil { return found }
        }
        return nil
    }

    /// Where a `\uD800`-style escape lacks its other half. JSONSerialization names no place
    /// for it, and calls a lone high half an unexpected end of file, which would point the
    /// user at the last line instead of the broken text.
    private static func unpairedSurrogate(in data: Data) -> Int? {
        let bytes = [UInt8](data)
        var i = 0
        while i + 1 < bytes.count {
            guard bytes[i] == UInt8(ascii: "\\") else { i += 1; continue }
            guard bytes[i + 1] == UInt8(ascii: "u"), let unit = hexEscape(in: bytes, at: i + 2) else { i += 2; continue }
            switch unit {
            case 0xD800...0xDBFF:
                guard i + 7 < bytes.count, bytes[i + 6] == UInt8(ascii: "\\"), bytes[i + 7] == UInt8(ascii: "u"),
                      let low = hexEscape(in: bytes, at: i + 8), (0xDC00...0xDFFF).contains(low) else { return i }
                i += 12
            case 0xDC00...0xDFFF:
                return i
            default:
                i += 6
            }
        }
        return nil
    }

    /// The four hex digits of a `\u` escape starting at `start`, if there are four.
    private static func hexEscape(in bytes: [UInt8], at start: Int) -> Int? {
        guard start + 4 <= bytes.count else { return nil }
        let digits = bytes[start..<start + 4]
        guard digits.allSatisfy({ Character(Unicode.Scalar($0)).isHexDigit }) else { return nil }
        return Int(String(decoding: digits, as: UTF8.self), radix: 16)
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
