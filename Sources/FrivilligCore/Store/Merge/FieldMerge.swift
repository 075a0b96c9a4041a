import Foundation

/// A three-way merge of two versions of one record over its JSON keys (the same keys the
/// store file has), so every field of every kind is covered without a list to keep.
///
/// Without the version both started from, every field the two differ in is a conflict:
/// nothing the other save did is undone on a guess.
struct FieldMerge<T: Revisioned> {
    enum Side { case mine, theirs }

    private let mine: [String: Any]
    private let theirs: [String: Any]
    private let base: [String: Any]?
    /// The keys that are not a record's content: bookkeeping every save sets anew.
    private static var bookkeeping: Set<String> { ["revision", "updated"] }
    private(set) var conflicts: [RevisionConflict.Field] = []

    init(mine: T, theirs: T, base: T?) {
        self.mine = Self.object(mine)
        self.theirs = Self.object(theirs)
        self.base = base.map(Self.object)
        for key in Set(self.mine.keys).union(self.theirs.keys).sorted() where !Self.bookkeeping.contains(key) {
            let m = Self.text(self.mine[key]), t = Self.text(self.theirs[key])
            guard m != t else { continue }
            if let base = self.base {
                let b = Self.text(base[key])
                if m == b || t == b { continue }
            }
            conflicts.append(RevisionConflict.Field(key: key, mine: m, theirs: t))
        }
    }

    /// The merged record at `revision`, with `side`'s values where both changed a field.
    func record(preferring side: Side, revision: Int) -> T? {
        var merged = theirs
        for key in Set(mine.keys).union(theirs.keys) {
            let m = Self.text(mine[key]), t = Self.text(theirs[key])
            guard m != t else { continue }
            let mineWins: Bool
            if Self.bookkeeping.contains(key) {
                mineWins = true
            } else if conflicts.contains(where: { $0.key == key }) {
                mineWins = side == .mine
            } else {
                mineWins = base.map { Self.text($0[key]) != m } ?? (side == .mine)
            }
            if mineWins { merged[key] = mine[key] }
        }
        merged["revision"] = revision
        guard let data = try? JSONSerialization.data(withJSONObject: merged) else { return nil }
        return try? Self.decoder.decode(T.self, from: data)
    }

    private static func object(_ record: T) -> [String: Any] {
        guard let data = try? encoder.encode(record),
              let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else { return [:] }
        return object
    }

    /// A value as canonical JSON text (keys sorted), for comparing and for showing.
    private static func text(_ value: Any?) -> String {
        guard let value, let data = try? JSONSerialization.data(withJSONObject: value, options: [.sortedKeys, .fragmentsAllowed, .withoutEscapingSlashes]) else { return "" }
        return String(decoding: data, as: UTF8.self)
    }

    private static var encoder: JSONEncoder { Journal.encoder() }

    private static var decoder: JSONDecoder {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return decoder
    }
}
