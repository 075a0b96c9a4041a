extension RegisterCheck {
    /// Remembers the volunteers seen so far by folded name and phone and by e-mail, so
    /// each new one is compared by hashing instead of against everyone before it.
    struct DuplicateFinder {
        typealias Match = (record: RegisterProblem.Record, evidence: RegisterProblem.DuplicateEvidence)

        private var byNameAndPhone: [String: [Int]] = [:]
        private var byEmail: [String: [Int]] = [:]
        private var seen: [RegisterProblem.Record] = []

        /// The earlier volunteers `record` looks like, each once and with the first evidence
        /// found; then remembers `record` for the ones that follow. `phones` are in stored
        /// form where they can be, so "20 12 34 56" and "+4520123456" match. Records sharing
        /// its id are left to the duplicate-id check.
        mutating func matches(for record: RegisterProblem.Record, phones: [String], email: String) -> [Match] {
            var found: [Match] = []
            var reported = Set<Int>()
            func note(_ earlier: [Int]?, _ evidence: RegisterProblem.DuplicateEvidence) {
                for i in earlier ?? [] where seen[i].id != record.id && reported.insert(i).inserted {
                    found.append((seen[i], evidence))
                }
            }
            let name = SearchFold.collapsed(plain: SearchFold.plain(record.name.trimmingWhitespace))
            var keys: [String] = []
            if !name.isEmpty {
                for phone in phones {
                    let key = name + "\u{0}" + phone
                    guard !keys.contains(key) else { continue }
                    keys.append(key)
                    note(byNameAndPhone[key], .sameNameAndPhone(phone))
                }
            }
            let address = email.trimmingWhitespace.lowercased()
            if !address.isEmpty { note(byEmail[address], .sameEmail(address)) }
            for key in keys { byNameAndPhone[key, default: []].append(seen.count) }
            if !address.isEmpty { byEmail[address, default: []].append(seen.count) }
            seen.append(record)
            return found
        }
    }
}
