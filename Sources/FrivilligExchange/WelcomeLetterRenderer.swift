/// Turns a parsed letter template and its values into Markdown, plain text or HTML.
struct WelcomeLetterRenderer {
    let format: WelcomeLetterFormat
    let fields: WelcomeLetterFields

    /// Room for a value to be written by hand.
    static let blankWidth = 24

    func body(_ template: WelcomeLetterTemplate) -> String {
        let blocks = template.blocks.map(render)
        return blocks.joined(separator: format == .html ? "\n" : "\n\n")
    }

    private func render(_ block: WelcomeLetterTemplate.Block) -> String {
        switch (block, format) {
        case (.heading(let level, let line), .md):
            return String(repeating: "#", count: level) + " " + inline(line)
        case (.heading(let level, let line), .txt):
            let text = inline(line)
            return text + "\n" + String(repeating: level == 1 ? "=" : "-", count: text.count)
        case (.heading(let level, let line), .html):
            return "<h\(level)>" + inline(line) + "</h\(level)>"
        case (.paragraph(let lines), .md):
            return lines.map(inline).joined(separator: "  \n")
        case (.paragraph(let lines), .txt):
            return lines.map(inline).joined(separator: "\n")
        case (.paragraph(let lines), .html):
            return "<p>" + lines.map(inline).joined(separator: "<br>\n") + "</p>"
        case (.list(let items), .md), (.list(let items), .txt):
            return items.map { "- " + inline($0) }.joined(separator: "\n")
        case (.list(let items), .html):
            return "<ul>\n" + items.map { "<li>" + inline($0) + "</li>" }.joined(separator: "\n") + "\n</ul>"
        case (.signatures(let captions), .md):
            let rule = String(repeating: "\\_", count: 36)
            return captions.map { rule + "  \n" + inline($0) }.joined(separator: "\n\n")
        case (.signatures(let captions), .txt):
            let rule = String(repeating: "_", count: 36)
            return captions.map { "\n" + rule + "\n" + inline($0) }.joined(separator: "\n\n")
        case (.signatures(let captions), .html):
            let boxes = captions.map { "<div class=\"signature\">" + inline($0) + "</div>" }
            return "<div class=\"signatures\">\n" + boxes.joined(separator: "\n") + "\n</div>"
        case (.section(_, let blocks), _):
            // A template not yet decided (`WelcomeLetterTemplate.keeping`) shows every section.
            return blocks.map(render).joined(separator: format == .html ? "\n" : "\n\n")
        }
    }

    private func inline(_ line: WelcomeLetterTemplate.Line) -> String {
        var out = ""
        var bold = false
        for segment in line {
            switch segment {
            case .text(let text):
                out += format == .html ? Self.htmlEscape(text) : text
            case .bold:
                bold.toggle()
                switch format {
                case .md: out += "**"
                case .txt: break
                case .html: out += bold ? "<strong>" : "</strong>"
                }
            case .field(let key):
                out += value(key)
            }
        }
        return out
    }

    /// A line's text without markup, for the HTML page's title.
    func inlinePlain(_ line: WelcomeLetterTemplate.Line) -> String {
        line.map { segment -> String in
            switch segment {
            case .text(let t): return t
            case .bold: return ""
            case .field(let key): return Self.clean(fields.text[key] ?? "")
            }
        }.joined()
    }

    private func value(_ key: String) -> String {
        if WelcomeLetterFields.markKeys.contains(key) {
            let ticked = fields.marks[key] ?? false
            switch format {
            case .md, .txt: return ticked ? "[x]" : "[ ]"
            case .html: return "<span class=\"mark\">" + (ticked ? "☒" : "☐") + "</span>"
            }
        }
        let text = Self.clean(fields.text[key] ?? "")
        guard !text.isEmpty else {
            switch format {
            case .md: return String(repeating: "\\_", count: Self.blankWidth)
            case .txt: return String(repeating: "_", count: Self.blankWidth)
            case .html: return "<span class=\"blank\"></span>"
            }
        }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        switch format {
        case .md: return lines.map(Self.markdownEscape).joined(separator: "  \n")
        case .txt: return lines.joined(separator: "\n")
        case .html: return lines.map(Self.htmlEscape).joined(separator: "<br>\n")
        }
    }

    /// Drops control characters (a line break stays one; a tab becomes a space) and the
    /// invisible bidirectional controls that could reorder a printed line; trims the ends.
    static func clean(_ text: String) -> String {
        var out = ""
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            defer { previousWasCR = scalar == "\r" }
            switch scalar.value {
            case 0x0A: if !previousWasCR { out += "\n" }
            case 0x0D: out += "\n"
            case 0x09: out += " "
            case 0x00...0x1F, 0x7F...0x9F, 0x061C, 0x200E, 0x200F, 0x2028, 0x2029, 0x202A...0x202E, 0x2066...0x2069: break
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out.trimmingWhitespace
    }

    static func htmlEscape(_ text: String) -> String {
        var out = ""
        for c in text {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(c)
            }
        }
        return out
    }

    /// Backslash-escapes the punctuation that means something in Markdown, and a list or
    /// heading marker at the start of a line, so a value is read as the text it is.
    static func markdownEscape(_ line: String) -> String {
        var out = ""
        for c in line {
            if "\\`*_[]<>#|~&".contains(c) { out.append("\\") }
            out.append(c)
        }
        if let first = out.first, "-+=".contains(first) { out = "\\" + out }
        if let dot = out.firstIndex(where: { !$0.isNumber }), dot != out.startIndex, ".)".contains(out[dot]) {
            out.insert("\\", at: dot)
        }
        return out
    }
}
