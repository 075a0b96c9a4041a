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
        /// The blocks between `!if KEY` and `!end`, shown only when the field applies.
        case section(condition: String, [Block])
    }

    let blocks: [Block]

    init(_ source: String) {
        var blocks: [Block] = []
        var pending: Block?
        /// The blocks outside the section being read, and the section's condition.
        var outer: (blocks: [Block], condition: String)?
        func flush() {
            if let p = pending { blocks.append(p) }
            pending = nil
        }
        for raw in source.split(separator: "\n", omittingEmptySubsequences: false) {
            let line = String(raw)
            if line.hasPrefix("!if "), outer == nil {
                flush()
                outer = (blocks, line.dropFirst(4).trimmingWhitespace)
                blocks = []
            } else if line.trimmingWhitespace == "!end", let section = outer {
                flush()
                blocks = section.blocks + [.section(condition: section.condition, blocks)]
                outer = nil
            } else if line.trimmingWhitespace.isEmpty {
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
        if let section = outer { blocks = section.blocks + [.section(condition: section.condition, blocks)] }
        self.blocks = blocks
    }

    private init(blocks: [Block]) {
        self.blocks = blocks
    }

    /// The template with each `!if` section either opened into its blocks, when
    /// `applies` says its condition holds, or left out.
    func keeping(_ applies: (String) -> Bool) -> WelcomeLetterTemplate {
        WelcomeLetterTemplate(blocks: blocks.flatMap { block -> [Block] in
            guard case .section(let condition, let inner) = block else { return [block] }
            return applies(condition) ? inner : []
        })
    }

    /// The keys the template asks for, sections' conditions among them, to check them
    /// against `WelcomeLetterFields`.
    var fieldKeys: Set<String> {
        Self.keys(blocks)
    }

    private static func keys(_ blocks: [Block]) -> Set<String> {
        var keys: Set<String> = []
        for block in blocks {
            let lines: [Line]
            switch block {
            case .heading(_, let l): lines = [l]
            case .paragraph(let ls), .list(let ls), .signatures(let ls): lines = ls
            case .section(let condition, let inner):
                keys.insert(condition)
                keys.formUnion(Self.keys(inner))
                lines = []
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
