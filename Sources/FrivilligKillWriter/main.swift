// A writer for the kill test (Tests/CLITests/KillTests.swift), not for people.
//
//     FrivilligKillWriter STORE TAG [SEED [groups]]
//
// Opens STORE and commits changes until it is killed: change n (from 1) adds a volunteer
// named "TAG-n", edits one of this process's earlier volunteers (a new phone, "TAG-n"
// appended to the notes), or logs a recognition event titled "TAG-n" with a few
// attendees. Only after `Store.commit` has returned does it write "ok TAG-n" to stdout,
// with one unbuffered write(2), so the harness knows exactly which changes were reported
// as saved. When the register's record count reaches a multiple of 40 it also compacts,
// between the lines "compacting" and "compacted", so kills land inside compactions too.
//
// With `groups`, every commit is one group of `groupSize` new volunteers all named
// "TAG-n", with long notes, as an import is: the harness checks that each group is in the
// register whole or not at all.
//
// Other lines: "ready" once the store is open; "notice ..." for a store notice. Errors go
// to stderr with exit status 1. As a safety net it stops by itself (status 3) after
// 60 seconds, in case the harness that should kill it has gone.

import Foundation
import FrivilligCore
#if canImport(Glibc)
import Glibc
#endif

/// Writes the whole line with write(2): no stdio buffer stands between a saved change
/// and the harness seeing it reported.
func say(_ line: String, fd: Int32 = 1) {
    let bytes = Array((line + "\n").utf8)
    var offset = 0
    while offset < bytes.count {
        let n = bytes.withUnsafeBytes { write(fd, $0.baseAddress! + offset, $0.count - offset) }
        if n < 0 {
            if errno == EINTR { continue }
            exit(4)
        }
        offset += n
    }
}

func fail(_ message: String) -> Never {
    say("error: " + message, fd: 2)
    exit(1)
}

let args = CommandLine.arguments
guard (3...5).contains(args.count) else {
    fail("usage: FrivilligKillWriter STORE TAG [SEED [groups]]")
}
let groups = args.count == 5 && args[4] == "groups"
let groupSize = 100
let storeURL = URL(fileURLWithPath: args[1])
let tag = args[2]
var rng = SplitMix64(seed: args.count >= 4 ? UInt64(args[3]) ?? 1 : UInt64(getpid()))

let store: Store
do {
    store = try Store.open(at: storeURL)
} catch {
    fail("open \(storeURL.path): \(error)")
}
for notice in store.notices { say("notice \(notice)") }
say("ready")

/// A Danish mobile number in the stored form, so `frivillig check` has nothing to say.
func phone() -> String {
    "+45" + String(Int.random(in: 2...9, using: &rng)) + String(Int.random(in: 1_000_000...9_999_999, using: &rng)).suffix(7)
}

let started = Date()
/// This process's volunteers, the ones it may edit (no other writer touches them).
var mine: [UUID] = []
var n = 0
let today = Day(year: 2026, month: 11, day: 22)!

while true {
    if Date().timeIntervalSince(started) > 60 { exit(3) }
    n += 1
    let marker = "\(tag)-\(n)"
    if groups {
        let filler = String(repeating: "Hjælper ved sommerudflugten og kører bus. ", count: 200)
        let group = (0..<groupSize).map { _ in
            Change.putVolunteer(Volunteer(name: marker, phones: [phone()], notes: filler, created: started))
        }
        do {
            try store.commit(group)
        } catch {
            fail("commit \(marker): \(error)")
        }
        say("ok " + marker)
        continue
    }
    let change: Change
    switch n % 4 {
    case 2 where !mine.isEmpty:
        let id = mine.randomElement(using: &rng)!
        guard var volunteer = store.register.volunteer(id) else { fail("my volunteer \(id) is gone before \(marker)") }
        volunteer.phones = [phone()]
        volunteer.notes += (volunteer.notes.isEmpty ? "" : " ") + marker
        volunteer.updated = Date()
        change = .putVolunteer(volunteer)
    case 0 where !store.register.volunteers.isEmpty:
        let everyone = store.register.volunteers
        let attendees = (0..<Int.random(in: 1...4, using: &rng)).map { _ in everyone.randomElement(using: &rng)!.id }
        change = .putEvent(RecognitionEvent(
            date: today.adding(days: -Int.random(in: 0...365, using: &rng)),
            kind: EventKind.allCases.randomElement(using: &rng)!,
            title: marker,
            attendeeIDs: Array(Set(attendees)),
            giftValue: "150 kr."))
    default:
        let volunteer = Volunteer(
            name: marker, phones: [phone()], email: "\(marker.lowercased())@example.dk",
            startDate: today, skills: ["kaffe"])
        mine.append(volunteer.id)
        change = .putVolunteer(volunteer)
    }
    let register: Register
    do {
        register = try store.commit([change])
    } catch {
        fail("commit \(marker): \(error)")
    }
    say("ok " + marker)
    if (register.volunteers.count + register.events.count) % 40 == 0 {
        say("compacting")
        do {
            try store.compact()
        } catch {
            fail("compact after \(marker): \(error)")
        }
        say("compacted")
    }
}
