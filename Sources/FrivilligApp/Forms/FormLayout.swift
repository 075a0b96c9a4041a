/// The form as a column of rows (headings, fields, their errors, search matches) before
/// it is cut to the screen, and which part of it to show so that the focused field is
/// on screen.
struct FormLayout {
    enum Row: Equatable {
        /// An error that belongs to no field, shown above them all.
        case general(String)
        case heading(String)
        case field(Int)
        case error(String)
        /// A volunteer offered by the attendee search in `field`, by position among its matches.
        case match(field: Int, index: Int)
        case noMatches
    }

    private(set) var rows: [Row] = []
    /// For each row, the field it belongs to.
    private(set) var owners: [Int?] = []

    /// Lays out `form`; error messages are wrapped to `errorWidth` columns.
    init(_ form: FormState, errorWidth: Int) {
        for message in form.generalErrors {
            for line in TextWrap.lines(message, width: errorWidth) { append(.general(line), owner: nil) }
        }
        for (index, field) in form.fields.enumerated() {
            if let section = field.section { append(.heading(section), owner: index) }
            append(.field(index), owner: index)
            for message in field.errors {
                for line in TextWrap.lines(message, width: errorWidth) { append(.error(line), owner: index) }
            }
            if case .attendeeSearch(let search) = field.control, search.isSearching {
                if search.matches.isEmpty { append(.noMatches, owner: index) }
                for match in search.matches.indices { append(.match(field: index, index: match), owner: index) }
            }
        }
    }

    private mutating func append(_ row: Row, owner: Int?) {
        rows.append(row)
        owners.append(owner)
    }

    /// The row that draws field `index` itself.
    func row(of index: Int) -> Int? { rows.firstIndex(of: .field(index)) }

    /// The first row to show in `height` rows: the focused field with its heading,
    /// errors and matches stays in view, about a third down the screen once the form
    /// has to scroll, so there is context above it and room for what follows.
    func top(showing index: Int, height: Int) -> Int {
        guard height > 0, rows.count > height,
              let first = owners.firstIndex(of: index), let last = owners.lastIndex(of: index) else { return 0 }
        let maxTop = rows.count - height
        let wanted = max(first - height / 3, last + 1 - height)
        return max(0, min(wanted, maxTop, first))
    }
}
