import FrivilligCore
import Foundation

extension Benchmark {
    /// `frivillig-bench --tasks [RUNS] SIZES...`: opening a store as generated and the
    /// same store with 2,000 tasks and 300 associations added, and the ranking for one
    /// task ("who should I ask?"), medians of RUNS runs (default 5).
    static func measureTasks(_ arguments: [String]) throws {
        let (runs, sizes) = runsAndSizes(arguments)
        print("| volunteers | runs | open store | open with 2,000 tasks and 300 associations | ranking for one task |")
        print("|---:|---:|---:|---:|---:|")
        try withScratchFolder { folder in
            for n in sizes {
                let plain = folder.appendingPathComponent("plain-\(n).json"), full = folder.appendingPathComponent("tasks-\(n).json")
                let register = DemoGenerator(seed: 1, volunteers: n, today: today).make()
                try Store.open(at: plain).replace(with: register)
                try Store.open(at: full).replace(with: withTasks(register))
                var openPlain: [Double] = [], openFull: [Double] = [], ranking: [Double] = []
                let loaded = try Store.open(at: full).register
                let task = loaded.tasks[0]
                for _ in 0..<runs {
                    openPlain.append(try Stopwatch.time { try Store.open(at: plain) }.1)
                    openFull.append(try Stopwatch.time { try Store.open(at: full) }.1)
                    ranking.append(Stopwatch.time { TaskRanking(task, in: loaded) }.1)
                }
                let f = { (values: [Double]) in String(format: "%.1f ms", Stopwatch.median(values)) }
                print("| \(n) | \(runs) | \(f(openPlain)) | \(f(openFull)) | \(f(ranking)) |")
            }
        }
    }

    /// The register with 2,000 tasks spread over its workplaces, asking for the skills
    /// its volunteers have, and 300 associations.
    static func withTasks(_ register: Register) -> Register {
        var out = register
        var rng = SplitMix64(seed: 7)
        let skills = Array(Set(register.volunteers.flatMap(\.skills))).sorted()
        out.tasks = (0..<2000).map { i in
            VolunteerTask(
                title: "Opgave \(i)", description: "Beskrivelse af opgave \(i)",
                workplaceID: register.workplaces.isEmpty ? nil : register.workplaces[Int(rng.next() % UInt64(register.workplaces.count))].id,
                skills: skills.isEmpty ? [] : (0..<2).map { _ in skills[Int(rng.next() % UInt64(skills.count))] },
                time: TaskTime(weekdays: [Weekday.allCases[i % 7]], partsOfDay: [PartOfDay.allCases[i % 3]]), wanted: 1 + i % 3)
        }
        out.associations = (0..<300).map { i in
            Association(name: "Forening \(i)", area: "område \(i % 12)", phone: "+45\(20_000_000 + i)", email: "forening\(i)@example.dk")
        }
        return out
    }
}
