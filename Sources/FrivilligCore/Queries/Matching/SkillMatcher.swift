/// Which of a task's skills a volunteer has among their skills and interests, compared
/// Danish-aware ("HØJTLÆSNING" is "Højtlæsning"). Volunteers share most of their skill
/// words, so each distinct spelling is folded once and remembered as the task skill it
/// is, if any.
struct SkillMatcher {
    /// The task's skills as the task spells them, those that fold to nothing left out.
    let spellings: [String]
    /// For each of `spellings`, the number of its fold among the task's distinct folds.
    private let wanted: [Int32]
    private let foldNumbers: [String: Int32]
    /// A spelling seen before, with the number of its fold, or -1: no skill of the task.
    private var known = SpellingTable()
    /// The fold numbers of the volunteer being matched; kept to spare an allocation each.
    private var held: [Int32] = []

    init(_ skills: [String]) {
        var numbers: [String: Int32] = [:], spellings: [String] = [], wanted: [Int32] = []
        for spelling in skills {
            let fold = SearchFold.plain(spelling.trimmingWhitespace)
            guard !fold.isEmpty else { continue }
            let number = numbers[fold] ?? Int32(numbers.count)
            numbers[fold] = number
            spellings.append(spelling)
            wanted.append(number)
        }
        self.spellings = spellings
        self.wanted = wanted
        foldNumbers = numbers
    }

    /// Appends the indices in `spellings` of the task's skills that `v` has to `matched`,
    /// in the task's order, and returns how many there were.
    mutating func match(_ v: Volunteer, into matched: inout [Int32]) -> Int {
        guard !wanted.isEmpty else { return 0 }
        // Both lists are read before either is walked, so that fetching them from memory,
        // which is most of the time here, overlaps.
        let skills = v.skills, interests = v.interests
        guard !skills.isEmpty || !interests.isEmpty else { return 0 }
        held.removeAll(keepingCapacity: true)
        for spelling in skills { note(spelling) }
        for spelling in interests { note(spelling) }
        guard !held.isEmpty else { return 0 }
        var count = 0
        for (i, number) in wanted.enumerated() where held.contains(number) {
            matched.append(Int32(i))
            count += 1
        }
        return count
    }

    private mutating func note(_ spelling: String) {
        let number: Int32
        if let seen = known[spelling] {
            number = seen
        } else {
            number = foldNumbers[SearchFold.plain(spelling.trimmingWhitespace)] ?? -1
            known.insert(spelling, number: number)
        }
        if number >= 0 { held.append(number) }
    }
}
