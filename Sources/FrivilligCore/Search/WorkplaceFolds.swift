import Foundation

/// Workplace names folded once each, which volunteers point into by place: a search
/// first asks each name which words of the query it holds (`masks`), then each volunteer
/// only combines the answers of their own workplaces.
struct WorkplaceFolds: Sendable {
    /// Each name's plain and collapsed fold, back to back.
    private let bytes: [UInt8]
    /// Per name, start and end of its plain and of its collapsed fold.
    private let bounds: [Int]

    var count: Int { bounds.count / 4 }

    /// Builds the table one name at a time, each id once.
    struct Builder {
        private var places: [UUID: UInt32] = [:]
        private var bytes: [UInt8] = []
        private var bounds: [Int] = []

        /// The place of the workplace `id` in the table, adding its name the first time.
        mutating func place(of id: UUID, name: String) -> UInt32 {
            if let known = places[id] { return known }
            let place = UInt32(bounds.count / 4)
            add(FoldedText(name))
            places[id] = place
            return place
        }

        /// A name at the next place, whatever its id.
        mutating func add(_ folded: FoldedText) {
            for part in [folded.plainBytes, folded.collapsedBytes] {
                bounds.append(bytes.count)
                bytes.append(contentsOf: part)
                bounds.append(bytes.count)
            }
        }

        var folds: WorkplaceFolds { WorkplaceFolds(bytes: bytes, bounds: bounds) }
    }

    /// For each name, the bits of the query's terms it holds (`VolunteerIndex.mask`).
    func masks(_ needles: VolunteerIndex.Needles) -> [UInt64] {
        bytes.withUnsafeBufferPointer { all in
            (0..<count).map { k in
                VolunteerIndex.mask(needles, plain: UnsafeBufferPointer(rebasing: all[bounds[4 * k]..<bounds[4 * k + 1]]),
                                    collapsed: UnsafeBufferPointer(rebasing: all[bounds[4 * k + 2]..<bounds[4 * k + 3]]))
            }
        }
    }
}
