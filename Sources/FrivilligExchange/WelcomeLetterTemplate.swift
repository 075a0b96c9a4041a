/// A letter template read into blocks before any value is filled in, so that a value
/// (a task list typed by a user) can never turn into a heading or a signature line.
/// The syntax is described in `Resources/letters/README.md`.
struct WelcomeLetterTemplate: Equatable {
    enum Segment: Equatable {
        case text(String)
        /// `**`: bold starts or ends.
        case bold
        case field(String)
    }

    typealias Line = [Segment]

    enum Block: Equatable {
        case heading(level: Int, Line)
        case paragraph([Line])
        case list([Line])
        case signatures([Line])
    }

    let blocks: [Block]

    init(_ source: String) {
        var blocks: [Block] = []
        var pending: Block?
        func flush() {
            if let p = pending { blocks.append(p) }
            pending = nil
        }
        for raw in source.split(separator: "\n", omittingEmptySubsequences: false) {
            let line = String(raw)
            if line.trimmingWhitespace.isEmpty {
                flush()
            } else if line.hasPrefix("## ") {
                flush()
                blocks.append(.heading(level: 2, Self.segments(String(line.dropFirst(3)))))
            } else if line.hasPrefix("# ") {
                flush()
                blocks.append(.heading(level: 1, Self.segments(String(line.dropFirst(2)))))
            } else if line.hasPrefix("- ") {
                let item = Self.segments(String(line.dropFirst(2)))
                if case .list(let items)? = pending { pending = .list(items + [item]) } else { flush(); pending = .list([item]) }
            } else if line.hasPrefix("!signature ") {
                let caption = Self.segments(String(line.dropFirst(11)))
                if case .signatures(let s)? = pending { pending = .signatures(s + [caption]) } else { flush(); pending = .signatures([caption]) }
            } else {
                let l = Self.segments(line)
                if case .paragraph(let lines)? = pending { pending = .paragraph(lines + [l]) } else { flush(); pending = .paragraph([l]) }
            }
        }
        flush()
        self.blocks = blocks
    }

    /// The keys the template asks for, to check them against `WelcomeLetterFields`.
    var fieldKeys: Set<String> {
        var keys: Set<String> = []
        for block in blocks {
            let lines: [Line]
            switch block {
            case .heading(_, let l): lines = [l]
            case .paragraph(let ls), .list(let ls), .signatures(let ls): lines = ls
            }
            for line in lines { for case .field(let key) in line { keys.insert(key) } }
        }
        return keys
    }

    static func segments(_ line: String) -> Line {
        var out: Line = []
        var text = ""
        var rest = Substring(line)
        while !rest.isEmpty {
            if rest.hasPrefix("**") {
                if !text.isEmpty { out.append(.text(text)); text = "" }
                out.append(.bold)
                rest = rest.dropFirst(2)
            } else if rest.hasPrefix("{{"), let end = rest.range(of: "}}") {
                if !text.isEmpty { out.append(.text(text)); text = "" }
                out.append(.field(String(rest[rest.index(rest.startIndex, offsetBy: 2)..<end.lowerBound])))
                rest = rest[end.upperBound...]
            } else {
                text.append(rest.removeFirst())
            }
        }
        if !text.isEmpty { out.append(.text(text)) }
        return out
    }
}
