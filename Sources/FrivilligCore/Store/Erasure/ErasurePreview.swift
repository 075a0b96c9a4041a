import Foundation

/// Every place a person occurs before they are erased, so the coordinator sees what an
/// erasure will change before confirming it.
public struct ErasurePreview: Equatable, Sendable {
    public var agreements = 0
    public var eventsAttended = 0
    /// Other volunteers who have the person as an emergency contact.
    public var relativeOf: [String] = []
    /// Other records whose text names the person (a note, an event's title).
    public var mentionedIn = 0
    public var journalLines = 0
    public var historyLines = 0
    /// Earlier snapshots holding the person, and how many there are.
    public var backups = 0
    public var backupsTotal = 0
    public var inBak = false
    public var inIndex = false
    public var damagedCopies = 0
    /// Files written outside the store since the person was added, still there.
    public var exports: [ExportLog.Entry] = []
}

extension Store {
    /// What erasing `volunteer` takes with it: their agreements, in every version the
    /// journal and history hold (an agreement deleted since still names them there).
    public func erasure(of volunteer: Volunteer, relatives: Erasure.Relatives) -> Erasure {
        var agreements = Set(register.agreements.filter { $0.volunteerID == volunteer.id }.map(\.id))
        var former: [Volunteer] = []
        let id = Data(volunteer.id.uuidString.utf8)
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        for file in [files.history, files.journal] {
            guard let data = try? Store.read(file.path) else { continue }
            for line in data.split(separator: 0x0A) where line.range(of: id) != nil {
                switch (try? decoder.decode(Journal.Entry.self, from: Data(line)))?.change {
                case .putAgreement(let a)? where a.volunteerID == volunteer.id: agreements.insert(a.id)
                case .putVolunteer(let v)? where v.id == volunteer.id: former.append(v)
                default: break
                }
            }
        }
        return Erasure(volunteer: volunteer, agreementIDs: agreements, relatives: relatives, formerVersions: former)
    }

    /// What anonymising `volunteer` changes: their agreements (as `erasure(of:)` finds
    /// them), and the next free label of `year`.
    public func anonymisation(of volunteer: Volunteer, year: Int) -> Anonymisation {
        Anonymisation(volunteer: volunteer, agreementIDs: erasure(of: volunteer, relatives: .keep).agreementIDs,
                      label: Anonymisation.label(year: year, in: register))
    }

    /// The other volunteers who have the person as an emergency contact; from the
    /// register alone, so a command can ask about them before reading any file.
    public static func relativeOf(_ erasure: Erasure, in register: Register) -> [Volunteer] {
        register.volunteers.filter { $0.id != erasure.volunteerID && $0.emergencyContacts.contains(where: erasure.isThePerson) }
    }

    /// Where the person occurs now, file by file.
    public func preview(_ erasure: Erasure) -> ErasurePreview {
        let mentions = erasure.names
        let lines = { (file: URL) in
            ((try? Store.read(file.path)) ?? Data()).split(separator: 0x0A).filter { mentions(Data($0)) }.count
        }
        var preview = ErasurePreview()
        preview.agreements = register.agreements.filter { $0.volunteerID == erasure.volunteerID }.count
        preview.eventsAttended = register.events.filter { $0.attendeeIDs.contains(erasure.volunteerID) }.count
        let relatives = Self.relativeOf(erasure, in: register)
        preview.relativeOf = relatives.map(\.name)
        preview.mentionedIn = erasure.mentioning(in: register, references: false).subtracting(erasure.recordIDs).subtracting(relatives.map(\.id)).count
        preview.journalLines = lines(files.journal)
        preview.historyLines = lines(files.history)
        let backups = files.backupFiles()
        preview.backupsTotal = backups.count
        preview.backups = backups.filter { mentions((try? Store.read($0.path)) ?? Data()) }.count
        preview.inBak = mentions((try? Store.read(files.bak.path)) ?? Data())
        preview.inIndex = register.volunteers.contains { $0.id == erasure.volunteerID } && StoreFiles.exists(files.index.path)
        preview.damagedCopies = files.damagedCopies().filter { mentions((try? Store.read($0.path)) ?? Data()) }.count
        let added = register.volunteer(erasure.volunteerID)?.created ?? .distantPast
        preview.exports = ExportLog(files: files).entries().filter { $0.at >= added.addingTimeInterval(-1) && StoreFiles.exists($0.path) }
        return preview
    }
}
