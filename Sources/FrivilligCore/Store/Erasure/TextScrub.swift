import Foundation

/// Replaces a person's words (name, phones, e-mail) in every text of a record by
/// `Erasure.placeholder`, whatever the field: a note of another volunteer, an event's
/// title, a workplace's guidelines.
///
/// Works on the record's JSON, so a field added to a model later is covered without a
/// list to keep up to date. Records that do not hold any of the words, by far the most,
/// are returned untouched after one byte search.
struct TextScrub {
    let words: [String]
    /// The words as they appear inside a JSON string (quotes and backslashes escaped).
    private let needles: [Data]

    init(words: [String]) {
        self.words = words
        let encoder = JSONEncoder()
        encoder.outputFormatting = .withoutEscapingSlashes
        needles = words.compactMap { word in
            (try? encoder.encode(word)).map { Data($0.dropFirst().dropLast()) }
        }
    }

    /// Whether encoded bytes contain one of the words.
    func mentions(_ data: Data) -> Bool {
        needles.contains { !$0.isEmpty && data.range(of: $0) != nil }
    }

    func scrub<T: Codable>(_ record: T) -> T {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .withoutEscapingSlashes
        encoder.dateEncodingStrategy = .iso8601
        guard let data = try? encoder.encode(record), mentions(data),
              let object = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]),
              let out = try? JSONSerialization.data(withJSONObject: replaced(object), options: [.fragmentsAllowed]) else { return record }
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return (try? decoder.decode(T.self, from: out)) ?? record
    }

    private func replaced(_ value: Any) -> Any {
        switch value {
        case let text as String:
            // Longest first, so a phone's digits do not cut into its displayed form.
            return words.sorted { $0.count > $1.count }.reduce(text) { $0.replacingOccurrences(of: $1, with: Erasure.placeholder) }
        case let list as [Any]: return list.map(replaced)
        case let object as [String: Any]: return object.mapValues(replaced)
        default: return value
        }
    }
}
