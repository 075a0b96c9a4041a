import Foundation

/// The history archive (`store.json.history`) without the changes saved before a cutoff:
/// a history line holds a record as it was (old phones, old addresses), so it is kept no
/// longer than the register's retention period (`Settings.historyMonths`).
///
/// Lines go commit by commit, in file order, up to the first commit saved at or after the
/// cutoff; from there on everything stays as it is (the archive is appended in time
/// order). The deletes of an old commit stay: they hold an id and nothing else, and keep
/// a row of an old export from bringing back someone deleted (`DeleteScan`). What stays
/// of a commit is sealed again with its own numbers and a countdown that holds, as
/// `HistoryScrub` does. A line that is neither intact nor plain (a torn write) ends the
/// pruning there, so nothing is dropped that cannot be read.
struct HistoryPruning {
    let cutoff: Date

    /// Whether `data`, read from its start, holds a line to drop; reading stops at the
    /// first commit at or after the cutoff, so a compaction reads no more than the old part.
    func hasOldLines(_ data: some Sequence<Data>) -> Bool {
        var verdict = false
        walk(data) { commit in
            guard commit.isOld else { return false }
            if commit.lines.contains(where: { !Self.isDelete($0) }) { verdict = true; return false }
            return true
        }
        return verdict
    }

    /// The archive without the old lines; nil when none goes.
    func prune(_ data: Data) -> Data? {
        var out = Data()
        var consumed = 0
        var changed = false
        walk([data]) { commit in
            guard commit.isOld else { return false }
            consumed += commit.lines.reduce(0) { $0 + $1.count + 1 }
            let kept = commit.lines.filter(Self.isDelete)
            if kept.count != commit.lines.count { changed = true }
            for (i, line) in kept.enumerated() {
                guard case .intact(let number, _) = JournalLine.check(line) else {
                    out.append(line + [0x0A])
                    continue
                }
                // The body after the line's own fields, `{"at":…`, sealed again.
                out.append(JournalLine.seal(Self.entry(of: line), number: number, remaining: kept.count - 1 - i))
            }
            return true
        }
        guard changed else { return nil }
        out.append(data.dropFirst(consumed))
        return out
    }

    /// One commit's lines (without their newlines) and whether it was saved before the cutoff.
    private struct Commit {
        var lines: [Data] = []
        var isOld = false
    }

    /// Hands each complete commit from the start to `body` while it returns true; stops at
    /// a line it cannot read or a commit not ended.
    private func walk(_ chunks: some Sequence<Data>, _ body: (Commit) -> Bool) {
        var pending = Data()
        var start = 0
        var commit = Commit()
        for chunk in chunks {
            if start > 0 {
                pending = Data(pending.dropFirst(start))
                start = 0
            }
            pending.append(chunk)
            while let newline = pending[(pending.startIndex + start)...].firstIndex(of: 0x0A) {
                let line = Data(pending[(pending.startIndex + start)..<newline])
                start = newline - pending.startIndex + 1
                guard let at = Self.savedAt(line) else { return }
                if commit.lines.isEmpty { commit.isOld = at < cutoff }
                commit.lines.append(line)
                guard line.withUnsafeBytes({ JournalLine.remaining(after: $0) }) == 0 else { continue }
                guard body(commit) else { return }
                commit = Commit()
            }
        }
    }

    private static let atKey = Data(#""at":""#.utf8)
    private static let plainStart = Data(#"{"at":""#.utf8)
    /// A delete's change is written `{"id":"…","op":"delete…"}`; the quotes cannot occur
    /// unescaped inside a string, so the bytes tell a delete from any put.
    private static let deleteOp = Data(#"","op":"delete"#.utf8)

    /// When the line's change was saved, for an intact sealed line or a plain one (format 1).
    private static func savedAt(_ line: Data) -> Date? {
        let sealed = JournalLine.check(line) != .damaged
        guard sealed || line.starts(with: plainStart), let key = line.range(of: atKey) else { return nil }
        let start = key.upperBound
        guard let end = line[start...].firstIndex(of: UInt8(ascii: "\"")) else { return nil }
        return moment(String(decoding: line[start..<end], as: UTF8.self))
    }

    /// `yyyy-MM-ddTHH:mm:ssZ`, as the journal writes its times.
    private static func moment(_ text: String) -> Date? {
        let parts = text.split(separator: "T")
        guard parts.count == 2, let day = Day.parse(String(parts[0])), parts[1].hasSuffix("Z") else { return nil }
        let clock = parts[1].dropLast().split(separator: ":").compactMap { Int($0) }
        guard clock.count == 3 else { return nil }
        return Date(timeIntervalSince1970: TimeInterval(day.ordinal * 86_400 + clock[0] * 3600 + clock[1] * 60 + clock[2]))
    }

    private static func isDelete(_ line: Data) -> Bool { line.range(of: deleteOp) != nil }

    /// The entry of a sealed line as `Journal.Entry` encodes it: `{` and what follows the
    /// line's own `"line"` and `"more"` fields.
    private static func entry(of line: Data) -> Data {
        let key = line.range(of: atKey)!
        return Data("{".utf8) + line[key.lowerBound...]
    }
}

extension Store {
    /// Drops the history's lines saved more than `Settings.historyMonths` before `now`
    /// (`HistoryPruning`), at a compaction. The file is replaced by a rename, so a reader
    /// sees it whole, old or new; one that cannot be read or written is left for the
    /// next compaction, which tries again.
    func pruneHistory(now: Date) {
        let months = register.settings.historyMonths
        let today = Day(now, timeZone: .utc)
        let cutoffDay = today.adding(months: -months)
        let pruning = HistoryPruning(cutoff: Date(timeIntervalSince1970: TimeInterval(cutoffDay.ordinal * 86_400)))
        guard let handle = FileHandle(forReadingAtPath: files.history.path) else { return }
        let old = pruning.hasOldLines(sequence(state: handle) { handle -> Data? in
            let chunk = handle.readData(ofLength: 1 << 16)
            return chunk.isEmpty ? nil : chunk
        })
        try? handle.close()
        guard old, let data = try? Store.read(files.history.path), let pruned = pruning.prune(data) else { return }
        try? AtomicFile.replace(files.history, with: pruned, backup: nil, files: files)
    }
}
