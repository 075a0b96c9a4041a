import Foundation

/// Replaces a person's words (name, phones, e-mail) in the free text of a record by
/// `Erasure.placeholder`, whatever the field: a note of another volunteer, an event's
/// title, a workplace's guidelines. A record's own name, e-mail and phones are left alone.
///
/// Works on the record's JSON, so a field added to a model later is covered without a
/// list to keep up to date. Records that do not hold any of the words, by far the most,
/// are returned untouched after one byte search.
struct TextScrub {
    /// The keys of the fields that name a record's own person, never scrubbed: only
    /// free text mentions someone else.
    static let identityKeys: Set<String> = ["name", "email", "phones", "phone"]

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
        case let object as [String: Any]:
            // Another person's own name, e-mail and phones are theirs, even when they
            // equal the erased person's (a namesake, a shared family address or landline).
            return object.reduce(into: [String: Any]()) { out, field in
                out[field.key] = TextScrub.identityKeys.contains(field.key) ? field.value : replaced(field.value)
            }
        default: return value
        }
    }
}
