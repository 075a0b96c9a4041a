import Foundation

/// Every place a person occurs before they are erased, so the coordinator sees what an
/// erasure will change before confirming it.
public struct ErasurePreview: Equatable, Sendable {
    public var agreements = 0
    public var eventsAttended = 0
    /// A contact's references: the workplaces listing them, and the agreements naming
    /// them as contact person.
    public var contactOf: [String] = []
    public var contactOnAgreements = 0
    /// Other volunteers who have the person as an emergency contact (for a relative,
    /// every volunteer who lists them).
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
        for change in changes(holding: Data(volunteer.id.uuidString.utf8)) {
            switch change {
            case .putAgreement(let a) where a.volunteerID == volunteer.id: agreements.insert(a.id)
            case .putVolunteer(let v) where v.id == volunteer.id: former.append(v)
            default: break
            }
        }
        return Erasure(volunteer: volunteer, agreementIDs: agreements, relatives: relatives, formerVersions: former)
    }

    /// What erasing `contact` takes with it: the contact as every version in the journal
    /// and history knew them, so an old phone or e-mail goes too.
    public func erasure(of contact: Contact, relatives: Erasure.Relatives) -> ContactErasure {
        let former = changes(holding: Data(contact.id.uuidString.utf8)).compactMap { change -> Contact? in
            if case .putContact(let c) = change, c.id == contact.id { return c }
            return nil
        }
        return ContactErasure(contact: contact, relatives: relatives, formerVersions: former)
    }

    /// What erasing the relative listed as `entry` takes with it: their entries on every
    /// volunteer, and on those volunteers' earlier versions their name with whatever phone
    /// it had then.
    public func erasure(ofRelative entry: EmergencyContact) -> RelativeErasure {
        var probe = RelativeErasure(name: entry.name, entries: [entry], listedBy: [])
        var listedBy = Set(register.volunteers.filter { v in v.emergencyContacts.contains { probe.isThePerson($0, on: v.id) } }.map(\.id))
        probe = RelativeErasure(name: entry.name, entries: [entry], listedBy: listedBy)
        var entries = register.volunteers.flatMap { v in v.emergencyContacts.filter { probe.isThePerson($0, on: v.id) } }
        let scan = TextScrub(words: [entry.name])
        for change in changes(where: scan.mentions) {
            guard case .putVolunteer(let v) = change else { continue }
            let theirs = v.emergencyContacts.filter { probe.isThePerson($0, on: v.id) }
            if !theirs.isEmpty { listedBy.insert(v.id) }
            entries += theirs
        }
        return RelativeErasure(name: entry.name, entries: entries, listedBy: listedBy)
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

    /// The volunteers who have the contact as an emergency contact.
    public static func relativeOf(_ erasure: ContactErasure, in register: Register) -> [Volunteer] {
        register.volunteers.filter { $0.emergencyContacts.contains(where: erasure.isThePerson) }
    }

    /// The volunteers who list the relative now.
    public static func relativeOf(_ erasure: RelativeErasure, in register: Register) -> [Volunteer] {
        register.volunteers.filter { v in v.emergencyContacts.contains { erasure.isThePerson($0, on: v.id) } }
    }

    /// Where the volunteer occurs now, file by file.
    public func preview(_ erasure: Erasure) -> ErasurePreview {
        var preview = ErasurePreview()
        preview.agreements = register.agreements.filter { $0.volunteerID == erasure.volunteerID }.count
        preview.eventsAttended = register.events.filter { $0.attendeeIDs.contains(erasure.volunteerID) }.count
        let relatives = Self.relativeOf(erasure, in: register)
        preview.relativeOf = relatives.map(\.name)
        preview.mentionedIn = erasure.mentioning(in: register, references: false).subtracting(erasure.recordIDs).subtracting(relatives.map(\.id)).count
        preview.inIndex = register.volunteers.contains { $0.id == erasure.volunteerID } && StoreFiles.exists(files.index.path)
        let added = register.volunteer(erasure.volunteerID)?.created ?? .distantPast
        addFilePlaces(of: erasure, since: added, to: &preview)
        return preview
    }

    /// Where the contact occurs now: the records referring to them, then file by file.
    public func preview(_ erasure: ContactErasure) -> ErasurePreview {
        var preview = ErasurePreview()
        preview.contactOf = register.workplaces.filter { $0.contactIDs.contains(erasure.contactID) }.map(\.name)
        preview.contactOnAgreements = register.agreements.filter { $0.contactID == erasure.contactID }.count
        let relatives = Self.relativeOf(erasure, in: register)
        preview.relativeOf = relatives.map(\.name)
        preview.mentionedIn = erasure.mentioning(in: register, references: false).subtracting(erasure.recordIDs).subtracting(relatives.map(\.id)).count
        // The index holds volunteers only, and of them what the lookup shows.
        preview.inIndex = !relatives.isEmpty && StoreFiles.exists(files.index.path)
        // A contact has no date of their own: any export may hold them.
        addFilePlaces(of: erasure, since: .distantPast, to: &preview)
        return preview
    }

    /// Where the relative occurs now: the volunteers listing them, then file by file.
    public func preview(_ erasure: RelativeErasure) -> ErasurePreview {
        var preview = ErasurePreview()
        let relatives = Self.relativeOf(erasure, in: register)
        preview.relativeOf = relatives.map(\.name)
        preview.mentionedIn = erasure.mentioning(in: register, references: false).subtracting(relatives.map(\.id)).count
        preview.inIndex = !relatives.isEmpty && StoreFiles.exists(files.index.path)
        // Listed on a volunteer, they are in no export older than that volunteer.
        addFilePlaces(of: erasure, since: relatives.map(\.created).min() ?? .distantPast, to: &preview)
        return preview
    }

    /// The files holding the person, and the exports written since `added` still there.
    private func addFilePlaces(of removal: some PersonalDataRemoval, since added: Date, to preview: inout ErasurePreview) {
        let mentions = removal.names
        let lines = { (file: URL) in
            ((try? Store.read(file.path)) ?? Data()).split(separator: 0x0A).filter { mentions(Data($0)) }.count
        }
        preview.journalLines = lines(files.journal)
        preview.historyLines = lines(files.history)
        let backups = files.backupFiles()
        preview.backupsTotal = backups.count
        preview.backups = backups.filter { mentions((try? Store.read($0.path)) ?? Data()) }.count
        preview.inBak = mentions((try? Store.read(files.bak.path)) ?? Data())
        preview.damagedCopies = files.damagedCopies().filter { mentions((try? Store.read($0.path)) ?? Data()) }.count
        preview.exports = ExportLog(files: files).entries().filter { $0.at >= added.addingTimeInterval(-1) && StoreFiles.exists($0.path) }
    }

    /// The changes of the history and the journal whose line holds `bytes`.
    private func changes(holding bytes: Data) -> [Change] {
        changes { $0.range(of: bytes) != nil }
    }

    /// The changes of the history and the journal whose line `matches` says.
    private func changes(where matches: (Data) -> Bool) -> [Change] {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        var out: [Change] = []
        for file in [files.history, files.journal] {
            guard let data = try? Store.read(file.path) else { continue }
            for line in data.split(separator: 0x0A) where matches(line) {
                if let change = (try? decoder.decode(Journal.Entry.self, from: Data(line)))?.change { out.append(change) }
            }
        }
        return out
    }
}
