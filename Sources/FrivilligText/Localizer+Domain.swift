import FrivilligCore
import Foundation

extension Localizer {
    /// Dates as the reader expects them: `24.12.2026` in Danish, ISO in English.
    public func date(_ day: Day?) -> String {
        guard let day else { return "" }
        return language == .da ? day.danish : day.iso
    }

    /// The field's label, e.g. `Telefon` for `Volunteer.schema`'s `phones`. A test holds
    /// every table's label keys to the language files, so the name is never shown.
    public func label<Record>(_ field: FieldSpec<Record>) -> String {
        field.label.flatMap(TextKey.init(rawValue:)).map { self($0) } ?? field.name
    }

    /// The label of a field by its name (`phone`, `emergency-phone.2`), as validation
    /// errors and history name fields: the tables' labels, and those of the parts of a
    /// field that forms and spreadsheets take one by one. Unknown names are shown as
    /// they are; a test checks every name the tables and the validator use.
    public func field(_ name: String) -> String {
        let stem = name.split(separator: ".").first.map(String.init) ?? name
        return Localizer.labelsByName[stem].map { self($0) } ?? name
    }

    /// Every field name the tables give, with the parts forms and spreadsheets take one by one.
    static let labelsByName: [String: TextKey] = {
        var out: [String: TextKey] = [
            "emergency-name": .fieldEmergencyName, "emergency-relation": .fieldEmergencyRelation,
            "emergency-phone": .fieldEmergencyPhone, "agreement-status": .fieldAgreementStatus,
            "availability-note": .fieldAvailabilityNote, "membership-name": .fieldMembershipName,
            "child-note": .fieldChildNote, "criminal-note": .fieldCriminalNote, "skill": .fieldSkill,
            "child-assessed-by": .fieldChildAssessedBy, "criminal-assessed-by": .fieldCriminalAssessedBy,
            "child-outcome": .fieldChildOutcome, "criminal-outcome": .fieldCriminalOutcome,
            "parts-of-day": .fieldPartsOfDay, "from": .fieldFrom, "until": .fieldUntil, "ongoing": .fieldOngoing,
        ]
        out.merge(consentPartLabels) { first, _ in first }
        let named: [(String, String?)] = Volunteer.schema.map { ($0.name, $0.label) } + Contact.schema.map { ($0.name, $0.label) }
            + Workplace.schema.map { ($0.name, $0.label) } + Agreement.schema.map { ($0.name, $0.label) }
            + RecognitionEvent.schema.map { ($0.name, $0.label) }
            + AccessRequest.schema.map { ($0.name, $0.label) }
            + VolunteerTask.schema.map { ($0.name, $0.label) } + Association.schema.map { ($0.name, $0.label) }
        for (name, label) in named where out[name] == nil {
            if let key = label.flatMap(TextKey.init(rawValue:)) { out[name] = key }
        }
        return out
    }()

    public func status(_ status: VolunteerStatus) -> String {
        switch status {
        case .active: return self(.statusActive)
        case .paused: return self(.statusPaused)
        case .stopped: return self(.statusStopped)
        case .applicant: return self(.statusApplicant)
        case .declined: return self(.statusDeclined)
        }
    }

    public func agreementStatus(_ status: AgreementStatus) -> String {
        switch status {
        case .draft: return self(.agreementDraft)
        case .signed: return self(.agreementSigned)
        case .reviewDue: return self(.agreementReviewDue)
        case .expired: return self(.agreementExpired)
        case .ended: return self(.agreementEnded)
        }
    }

    public func contactKind(_ kind: Contact.Kind) -> String {
        switch kind {
        case .staff: return self(.contactKindStaff)
        case .association: return self(.contactKindAssociation)
        case .other: return self(.contactKindOther)
        }
    }

    public func membership(_ membership: Membership) -> String {
        let kind: String
        switch membership.kind {
        case .individual: kind = self(.membershipIndividual)
        case .association: kind = self(.membershipAssociation)
        case .network: kind = self(.membershipNetwork)
        }
        return membership.name.isEmpty ? kind : "\(kind): \(membership.name)"
    }

    /// The kind's name in the interface language (the Danish word in Danish).
    public func eventKind(_ kind: EventKind) -> String {
        language == .da ? kind.danishName : kind.rawValue
    }

    public func fieldError(_ error: FieldError, fieldLabel: String? = nil) -> String {
        let label = fieldLabel ?? field(error.field)
        switch error.rule {
        case .required: return self(.errorRequired, label)
        case .phone: return self(.errorPhone, label, error.value)
        case .email: return self(.errorEmail, label, error.value)
        case .date: return self(.errorDate, label, error.value)
        case .status: return self(.errorStatus, label, error.value)
        case .reference: return self(.errorReference, label, error.value)
        case .text(let violation): return textViolation(violation, subject: label)
        case .eventKind:
            let names = EventKind.allCases.map { language == .da ? "\($0.danishName)" : "\($0.rawValue)" }
            return self(.errorEventKind, label, error.value, names.joined(separator: ", "))
        }
    }

    public func reference(_ reference: Reference) -> String {
        switch reference {
        case .volunteer(_, let name): return self(.refVolunteer, name)
        case .agreement(_, let name): return self(.refAgreement, name)
        case .workplace(_, let name): return self(.refWorkplace, name)
        case .contact(_, let name): return self(.refContact, name)
        case .event(_, let title, let day): return self(.refEvent, title, date(day))
        case .accessRequest(_, let name, let day): return self(.refAccessRequest, name, date(day))
        case .task(_, let title): return self(.refTask, title)
        case .association(_, let name): return self(.refAssociation, name)
        }
    }

    /// One or more lines describing why a change was refused.
    public func registerError(_ error: RegisterError) -> [String] {
        switch error {
        case .notFound(let id): return [self(.errorNotFound, id.uuidString)]
        case .invalid(let errors): return errors.map { fieldError($0) }
        case .stillReferenced(let refs): return [self(.errorStillReferenced)] + refs.map { "  - " + reference($0) }
        case .conflict(let conflict): return revisionConflict(conflict) + [self(.errorConflictHint)]
        }
    }

    /// Says which record two saves collided on and, per field, both values.
    public func revisionConflict(_ conflict: RevisionConflict) -> [String] {
        let reference = reference(conflict.record)
        let name = reference.prefix(1).uppercased() + reference.dropFirst()
        guard !conflict.wasDeleted else { return [self(.errorConflictDeleted, name)] }
        return [self(.errorConflict, name)] + conflict.fields.map {
            self(.errorConflictField, fieldLabel(jsonKey: $0.key, of: conflict.record), Localizer.plain($0.mine), Localizer.plain($0.theirs))
        }
    }

    /// A record's JSON key as its table labels it ("email" → "E-mail"); the key itself
    /// for the bookkeeping fields no screen names.
    func fieldLabel(jsonKey key: String, of record: Reference) -> String {
        let label: String??
        switch record {
        case .volunteer: label = Volunteer.schema.first { $0.key == key }.map(\.label)
        case .agreement: label = Agreement.schema.first { $0.key == key }.map(\.label)
        case .workplace: label = Workplace.schema.first { $0.key == key }.map(\.label)
        case .contact: label = Contact.schema.first { $0.key == key }.map(\.label)
        case .event: label = RecognitionEvent.schema.first { $0.key == key }.map(\.label)
        case .accessRequest: label = AccessRequest.schema.first { $0.key == key }.map(\.label)
        case .task: label = VolunteerTask.schema.first { $0.key == key }.map(\.label)
        case .association: label = Association.schema.first { $0.key == key }.map(\.label)
        }
        return label.flatMap { $0 }.flatMap(TextKey.init(rawValue:)).map { self($0) } ?? key
    }

    /// A JSON value as a person reads it: a string without its quotes.
    static func plain(_ json: String) -> String {
        guard json.count >= 2, json.hasPrefix("\""), json.hasSuffix("\""),
              let text = try? JSONDecoder().decode(String.self, from: Data(json.utf8)) else { return json }
        return text
    }

    /// A notice about a load that succeeded.
    public func storeNotice(_ notice: StoreNotice) -> String {
        switch notice {
        case .tornJournalLine(let path): return self(.storeTornJournalLine, path)
        case .compactionFailed(.writeFailed(let path, let reason)): return self(.noticeCompactionFailed, "\(path): \(reason)")
        case .compactionFailed(let error): return self(.noticeCompactionFailed, storeError(error, backupPath: nil).joined(separator: " "))
        case .readableByOthers(let path): return self(.noticeReadableByOthers, path)
        case .journalSetAsideOnRestore(let error): return storeError(error, backupPath: nil)[0] + " " + self(.noticeJournalSetAsideOnRestore)
        case .folderReadableByOthers(let path, let mode): return self(.noticeFolderReadableByOthers, path, String(mode, radix: 8))
        case .erasureUnfinished(let error): return self(.noticeErasureUnfinished, storeError(error, backupPath: nil).joined(separator: " "))
        }
    }

    /// What went wrong with the store, and what to do about it.
    public func storeError(_ error: StoreError, backupPath: String?) -> [String] {
        let error = error.withDetailsTrimmed
        let untouched = backupPath.map { self(.storeUntouched, $0) } ?? self(.storeUntouchedNoBackup)
        switch error {
        case .unreadable(let path, let reason):
            return [self(.storeUnreadable, path, reason)]
        case .malformed(let path, let line?, let column?, let detail):
            return [self(.storeMalformed, path, line, column, detail), untouched]
        case .malformed(let path, _, _, let detail):
            return [self(.storeMalformedNoPosition, path, detail), untouched]
        case .invalidContent(let path, let field, let detail):
            return [self(.storeInvalidContent, path, field, detail), untouched]
        case .newerVersion(let path, let found, let supported):
            return [self(.storeNewerVersion, path, found, supported)]
        case .writeFailed(let path, let reason):
            return [self(.storeWriteFailed, path, reason)]
        case .journalMismatch(let path, let snapshot):
            return [self(.storeJournalMismatch, path, snapshot), self(.storeJournalUntouched)]
        case .journalDamaged(let path, let line, let damage):
            return [self(.storeJournalDamaged, path, line, journalDamage(damage)),
                    damage.isRepairable ? self(.storeJournalRepairHint, line) : self(.storeJournalUpdateHint)]
        case .snapshotMissing(let path, let present):
            return [self(.storeSnapshotMissing, path, present.joined(separator: ", ")), self(.storeSnapshotMissingHint)]
        case .linkedFile(let path):
            return [self(.storeLinkedFile, path)]
        case .filesBesideLink(let link, let target, let present):
            return [self(.storeFilesBesideLink, link, target, present.joined(separator: ", "))]
        case .notRegularFile(let path):
            return [self(.storeUnreadable, path, self(.storeNotRegular))]
        }
    }

    private func journalDamage(_ damage: JournalDamage) -> String {
        switch damage {
        case .header: return self(.storeDamageHeader)
        case .newerFormat(let format): return self(.storeDamageNewerFormat, format)
        case .checksum: return self(.storeDamageChecksum)
        case .notAChange: return self(.storeDamageNotAChange)
        case .unknownChange: return self(.storeDamageUnknownChange)
        case .commitBroken: return self(.storeDamageCommitBroken)
        case .outOfPlace: return self(.storeDamageOutOfPlace)
        case .doesNotFit: return self(.storeDamageDoesNotFit)
        }
    }
}

extension Localizer {
    /// The weekday's short name: "man", "tir" … or "Mon", "Tue" ….
    public func weekday(_ day: Weekday) -> String {
        switch day {
        case .monday: return self(.weekdayMonday)
        case .tuesday: return self(.weekdayTuesday)
        case .wednesday: return self(.weekdayWednesday)
        case .thursday: return self(.weekdayThursday)
        case .friday: return self(.weekdayFriday)
        case .saturday: return self(.weekdaySaturday)
        case .sunday: return self(.weekdaySunday)
        }
    }
}

private extension StoreError {
    /// System and parser texts end with a full stop of their own; the sentences they go
    /// into add one.
    var withDetailsTrimmed: StoreError {
        let trim = { (text: String) in text.hasSuffix(".") ? String(text.dropLast()) : text }
        switch self {
        case .unreadable(let path, let reason): return .unreadable(path: path, reason: trim(reason))
        case .malformed(let path, let line, let column, let detail): return .malformed(path: path, line: line, column: column, detail: trim(detail))
        case .invalidContent(let path, let field, let detail): return .invalidContent(path: path, field: field, detail: trim(detail))
        case .writeFailed(let path, let reason): return .writeFailed(path: path, reason: trim(reason))
        case .newerVersion, .journalMismatch, .journalDamaged, .snapshotMissing, .linkedFile, .notRegularFile, .filesBesideLink: return self
        }
    }
}
