@testable import FrivilligApp
import FrivilligCore
import Foundation
import TerminalUI
import XCTest

/// A store on disk with one person in every file it keeps, and the interface open on
/// it, whose effects are performed the way the full-screen runner performs them: a
/// removal by `RemovalPerformer`, each progress step given to `update` and drawn.
final class RemovalStoreFixture {
    static let name = "Kirsten Sletmig"
    /// The person's name, each phone in every form it is stored or shown in, the e-mail,
    /// and a note only their record holds.
    static let words = ["Kirsten Sletmig", "+4521436587", "+45 21 43 65 87", "21436587",
                        "+4529292929", "+45 29 29 29 29", "29292929", "kirsten@sletmig.dk", "Ringer helst"]

    let dir: URL
    let store: Store
    var state: AppState
    /// The ids of the person and of the volunteer who has them as an emergency contact.
    let person: UUID
    let other: UUID
    /// Every removal request performed, in order.
    private(set) var requests: [RemovalRequest] = []
    /// The screen as drawn at each progress step of a removal.
    private(set) var progressScreens: [String] = []

    /// Saved, edited, compacted three times (history, `.bak`, backups), with an agreement,
    /// an event, named in another volunteer's notes and as their emergency contact, and a
    /// new phone still in the journal.
    init(language: Language = .da) throws {
        dir = FileManager.default.temporaryDirectory.appendingPathComponent("frivillig-tui-erase-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        store = try Store.open(at: dir.appendingPathComponent("store.json"))
        var kirsten = Volunteer(name: Self.name, phones: ["+4521436587"], email: "kirsten@sletmig.dk",
                                emergencyContacts: [EmergencyContact(name: "Bo Sletmig", phone: "+4531313131")])
        let ole = Volunteer(name: "Ole Andersen", phones: ["+4522334455"],
                            emergencyContacts: [EmergencyContact(name: Self.name, relation: "veninde", phone: "+4521436587")],
                            notes: "Kører sammen med Kirsten Sletmig om tirsdagen")
        let lis = Volunteer(name: "Lis Hansen", phones: ["+4540404040"])
        try store.commit([.putVolunteer(kirsten), .putVolunteer(ole), .putVolunteer(lis)])
        try store.compact()
        kirsten = store.register.volunteer(kirsten.id)!
        kirsten.notes = "Ringer helst om formiddagen"
        try store.commit([.putVolunteer(kirsten), .putAgreement(Agreement(volunteerID: kirsten.id, allowedTasks: "Højtlæsning"))])
        try store.compact()
        try store.commit([.putEvent(RecognitionEvent(date: Day(year: 2026, month: 6, day: 20)!, kind: .excursion,
                                                     title: "Udflugt", attendeeIDs: [kirsten.id, lis.id]))])
        try store.compact()
        kirsten = store.register.volunteer(kirsten.id)!
        kirsten.phones.append("+4529292929")
        try store.commit([.putVolunteer(kirsten)])
        person = kirsten.id
        other = ole.id
        state = AppState(register: store.register, l10n: Localizer(language), today: AppFixture.today,
                         storePath: "~/store.json", width: 100, height: 30)
    }

    deinit {
        try? FileManager.default.removeItem(at: dir)
    }

    /// Presses the keys in turn, performing what each asks for.
    func press(_ keys: Key...) {
        for key in keys { perform(state.update(.key(key))) }
    }

    func type(_ text: String) {
        for c in text { press(.char(c)) }
    }

    /// The runner's side: a removal through the store, with its progress drawn; a
    /// history read; anything else is not this fixture's to do.
    func perform(_ effects: [Effect]) {
        for effect in effects {
            switch effect {
            case .removal(let request):
                requests.append(request)
                let answers = RemovalPerformer(store: store).perform(request) { step in
                    _ = state.update(step)
                    progressScreens.append(state.screen.joined(separator: "\n"))
                }
                for answer in answers { perform(state.update(answer)) }
            case .loadHistory(let id):
                perform(state.update(.historyLoaded(id, (try? store.history(ofVolunteer: id)) ?? [])))
            default:
                XCTFail("the removal dialog asked for \(effect)")
            }
        }
    }

    /// Opens the person's detail (first in name order) and presses `X`.
    func openTheDialog() {
        press(.char("2"), .enter, .char("X"))
    }

    /// Every file under the store's folder, byte for byte (the lock file aside, which
    /// holds nothing and is only ever created).
    func folderBytes() throws -> [String: Data] {
        var out: [String: Data] = [:]
        for file in FileManager.default.enumerator(atPath: dir.path)!.compactMap({ $0 as? String }) where !file.hasSuffix(".lock") {
            var isFolder: ObjCBool = false
            let path = dir.appendingPathComponent(file).path
            if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), !isFolder.boolValue {
                out[file] = try Data(contentsOf: URL(fileURLWithPath: path))
            }
        }
        return out
    }

    /// Which of `words` each file of the folder holds, for the files that hold any.
    func occurrences(of words: [String]) throws -> [String: [String]] {
        try folderBytes().compactMapValues { data in
            let hits = words.filter { data.range(of: Data($0.utf8)) != nil }
            return hits.isEmpty ? nil : hits
        }
    }

    var screen: String { state.screen.joined(separator: "\n") }
    var statusLine: String { state.screen.last ?? "" }
}
