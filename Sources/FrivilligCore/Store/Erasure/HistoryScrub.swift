import Foundation

/// The history archive (`store.json.history`) without a person: the lines about their
/// records dropped or rewritten (as the removal says), the others that mention them
/// rewritten, commit by commit.
///
/// The archive keeps the journal's sealed lines, so a commit's lines that remain are
/// sealed again with their own numbers and a countdown that holds: the history still
/// reads commit by commit, and nothing in it says a line was there.
struct HistoryScrub {
    let removal: any PersonalDataRemoval

    func scrub(_ data: Data) -> Data {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        let encoder = Journal.encoder()
        var out = Data()
        var commit: [Data] = []
        func finish() {
            defer { commit.removeAll() }
            guard commit.contains(where: removal.names) else {
                for line in commit { out.append(line + [0x0A]) }
                return
            }
            var kept: [(number: Int, entry: Data)] = []
            for line in commit {
                guard let entry = try? decoder.decode(Journal.Entry.self, from: line) else {
                    // A change this version cannot read stays unless it names the person.
                    if !removal.names(line) { kept.append((0, line)) }
                    continue
                }
                guard let change = removal.scrub(entry.change),
                      let encoded = try? encoder.encode(Journal.Entry(at: entry.at, change: change)) else { continue }
                let number: Int
                if case .intact(let n, _) = JournalLine.check(line) { number = n } else { number = 0 }
                kept.append((number, encoded))
            }
            for (i, line) in kept.enumerated() {
                // A line of format 1 (no sum) stays plain.
                out.append(line.number > 0 ? JournalLine.seal(line.entry, number: line.number, remaining: kept.count - 1 - i)
                                           : line.entry + [0x0A])
            }
        }
        for line in data.split(separator: 0x0A, omittingEmptySubsequences: true) {
            let line = Data(line)
            commit.append(line)
            if line.withUnsafeBytes({ JournalLine.remaining(after: $0) }) == 0 { finish() }
        }
        finish()
        return out
    }
}
