import Foundation

/// Takes every reference to one erased record out of another record: an id in a list
/// goes from the list, an id in a field leaves it empty (`null`).
///
/// Works on the record's JSON, as `TextScrub` does, so a field that later comes to hold
/// the id (a new kind of contact person) is cleared without a list to keep up to date.
struct ReferenceScrub {
    let id: UUID
    private var text: String { id.uuidString }

    func scrub<T: Codable>(_ record: T) -> T {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .withoutEscapingSlashes
        encoder.dateEncodingStrategy = .iso8601
        guard let data = try? encoder.encode(record), data.range(of: Data(text.utf8)) != nil,
              let object = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]),
              let out = try? JSONSerialization.data(withJSONObject: cleared(object), options: [.fragmentsAllowed]) else { return record }
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return (try? decoder.decode(T.self, from: out)) ?? record
    }

    private func cleared(_ value: Any) -> Any {
        switch value {
        case let list as [Any]: return list.filter { !isTheID($0) }.map(cleared)
        case let object as [String: Any]: return object.mapValues { isTheID($0) ? NSNull() : cleared($0) }
        default: return value
        }
    }

    private func isTheID(_ value: Any) -> Bool {
        (value as? String).flatMap(UUID.init(uuidString:)) == id
    }
}
