import Foundation
import FrivilligCore
import FrivilligText

/// A list the municipality can put on its web page: the open tasks, or the directory of
/// associations that agreed to be listed. Built only from fields meant for the public
/// (a task's workplace contact is staff, reached at work); no volunteer's name, phone
/// or anything else of theirs is read, so none can end up in it.
public struct PublicList: Sendable {
    public let title: String
    public let headers: [String]
    public let rows: [[String]]

    /// Open tasks still short of volunteers, by workplace then title.
    public static func openTasks(_ register: Register, l10n: Localizer) -> PublicList {
        let open = register.tasks.filter { $0.status == .open && $0.volunteerIDs.count < $0.wanted }
        let rows = open.map { t -> (String, [String]) in
            let place = t.workplaceID.flatMap(register.workplace)
            let contact = t.contactID.flatMap(register.contact)
            let reach = [contact?.name, contact?.phone, contact?.email].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: ", ")
            return (place?.name ?? "", [t.title, t.description, place?.name ?? "", place?.area ?? "", l10n.taskTime(t.time),
                                        t.skills.joined(separator: ", "), String(t.wanted - t.volunteerIDs.count), reach])
        }
        .sorted { ($0.0, $0.1[0]) < ($1.0, $1.1[0]) }
        .map(\.1)
        return PublicList(
            title: l10n(.publicTasksTitle),
            headers: [l10n.field("title"), l10n.field("description"), l10n.field("workplace"), l10n.field("area"),
                      l10n.field("time"), l10n.field("skills"), l10n(.publicTasksWanted), l10n.field("contact")],
            rows: rows)
    }

    /// The associations and networks that agreed to be listed, by name.
    public static func directory(_ register: Register, l10n: Localizer) -> PublicList {
        let listed = register.associations.filter { $0.listedSince != nil }
            .sorted { SearchFold.sortKey($0.name) < SearchFold.sortKey($1.name) }
        return PublicList(
            title: l10n(.publicDirectoryTitle),
            headers: [l10n.field("name"), l10n.field("kind"), l10n.field("area"), l10n.field("phone"), l10n.field("email"),
                      l10n.field("web"), l10n.field("address")],
            rows: listed.map { [$0.name, l10n.associationKind($0.kind), $0.area, $0.phone, $0.email, $0.web, $0.address] })
    }

    /// The list in a format: a Markdown table, an HTML page, or CSV for Excel.
    public func render(_ format: ReportFormat) -> Data {
        switch format {
        case .csv:
            return CsvDocument(header: headers, rows: rows.map { $0.map(ReportText.plain) }).data
        case .md:
            let cell = { (text: String) in ReportText.plain(text).replacingOccurrences(of: "|", with: "\\|") }
            var lines = ["# " + cell(title), "", "| " + headers.map(cell).joined(separator: " | ") + " |",
                         "|" + String(repeating: "---|", count: headers.count)]
            lines += rows.map { "| " + $0.map(cell).joined(separator: " | ") + " |" }
            return Data((lines.joined(separator: "\n") + "\n").utf8)
        case .html:
            let h = ReportText.html
            var out = "<!DOCTYPE html>\n<html>\n<head><meta charset=\"utf-8\"><title>\(h(title))</title></head>\n<body>\n<h1>\(h(title))</h1>\n<table>\n"
            out += "<tr>" + headers.map { "<th>\(h($0))</th>" }.joined() + "</tr>\n"
            out += rows.map { "<tr>" + $0.map { "<td>\(h($0))</td>" }.joined() + "</tr>\n" }.joined()
            return Data((out + "</table>\n</body>\n</html>\n").utf8)
        }
    }
}
