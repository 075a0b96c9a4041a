import Foundation
import FrivilligCore

/// The fields of the volunteer form, and the volunteer they make.
enum VolunteerForm {
    static func fields(_ v: Volunteer?, register: Register, l10n: Localizer) -> [FormField] {
        let statuses = VolunteerStatus.lifecycle.map { ChoiceControl.Option(id: $0.rawValue, label: l10n.status($0)) }
        let memberships = Membership.Kind.allCases.map {
            ChoiceControl.Option(id: $0.rawValue, label: l10n.membership(Membership(kind: $0)))
        }
        let availability = l10n.field("availability"), membership = l10n.field("membership")
        var fields: [FormField] = [
            .text("name", l10n.field("name"), v?.name ?? "", isRequired: true),
            .text("phone", l10n.field("phone"), (v?.phones ?? []).map(Phone.display).joined(separator: ", ")),
            .text("email", l10n.field("email"), v?.email ?? ""),
            .text("address", l10n.field("address"), v?.address ?? ""),
            .text("birth-date", l10n.field("birth-date"), l10n.date(v?.birthDate)),
            .choice("status", l10n.field("status"), ChoiceControl(options: statuses, selected: (v?.status ?? .active).rawValue)),
            .text("start-date", l10n.field("start-date"), l10n.date(v?.startDate)),
            .text("skills", l10n.field("skills"), (v?.skills ?? []).joined(separator: ", ")),
            .text("interests", l10n.field("interests"), (v?.interests ?? []).joined(separator: ", ")),
            .choice("workplaces", l10n.field("workplaces"), ChoiceControl(
                options: ChoiceOptions.workplaces(register), selectedMany: (v?.workplaceIDs ?? []).map(\.uuidString))),
            .text("weekdays", l10n(.formWeekdays), WeekdayList.format(v?.availability.weekdays ?? [], l10n: l10n),
                  section: availability, messageLabel: availability + " – " + l10n(.formWeekdays)),
            .text("parts-of-day", l10n(.formPartsOfDay), PartOfDayList.format(v?.availability.partsOfDay ?? [], l10n: l10n),
                  messageLabel: availability + " – " + l10n.field("parts-of-day")),
            .text("availability-note", l10n(.formAvailabilityNote), v?.availability.note ?? ""),
            .choice("membership", l10n.field("kind"), ChoiceControl(options: memberships, selected: v?.membership.kind.rawValue),
                    section: membership),
            .text("membership-name", l10n(.formMembershipName), v?.membership.name ?? ""),
        ]
        let contacts = v?.emergencyContacts ?? []
        for row in 1...max(2, contacts.count + 1) {
            fields += emergencyRow(row, contacts.indices.contains(row - 1) ? contacts[row - 1] : nil, l10n: l10n)
        }
        fields += consentFields(v?.consent ?? Consent(), l10n: l10n)
        fields += [
            .text("tags", l10n.field("tags"), (v?.tags ?? []).joined(separator: ", ")),
            .text("postal-code", l10n.field("postal-code"), v?.postalCode ?? ""),
            .text("city", l10n.field("city"), v?.city ?? ""),
            .text("notes", l10n.field("notes"), v?.notes ?? ""),
        ]
        return fields
    }

    /// When, to what and how consent was given, and its withdrawal, under one heading.
    private static func consentFields(_ c: Consent, l10n: Localizer) -> [FormField] {
        let heading = l10n.field("consent")
        let scopes = Consent.Scope.allCases.map { ChoiceControl.Option(id: $0.rawValue, label: l10n.consentScope($0)) }
        let methods = [ChoiceControl.Option(id: "", label: l10n(.consentMethodUnknown))]
            + Consent.Method.allCases.map { ChoiceControl.Option(id: $0.rawValue, label: l10n.consentMethod($0)) }
        let given = l10n.field("consent-date"), withdrawn = l10n.field("consent-withdrawn")
        return [
            .text("consent-date", given, l10n.date(c.given), section: heading, messageLabel: heading + " – " + given),
            .choice("consent-scopes", l10n.field("consent-scopes"), ChoiceControl(options: scopes, selectedMany: c.scopes.map(\.rawValue))),
            .choice("consent-how", l10n.field("consent-how"), ChoiceControl(options: methods, selected: c.method?.rawValue ?? "")),
            .text("consent-withdrawn", withdrawn, l10n.date(c.withdrawn), messageLabel: heading + " – " + withdrawn),
        ]
    }

    /// The consent the form's fields give. A date with nothing ticked means the register,
    /// as a consent date always did before consent had scopes.
    private static func consent(_ values: FormValues, _ v: inout Validator) -> (Consent, [FieldMessage]) {
        let given = v.day(values.text("consent-date"), field: "consent-date")
        let withdrawn = v.day(values.text("consent-withdrawn"), field: "consent-withdrawn")
        var scopes = values.choices("consent-scopes").compactMap(Consent.Scope.init(rawValue:))
        if given != nil, scopes.isEmpty { scopes = [.register] }
        let consent = Consent(given: given, scopes: scopes, method: values.choice("consent-how").flatMap(Consent.Method.init(rawValue:)),
                              withdrawn: withdrawn)
        guard let problem = consent.problem else { return (consent, []) }
        let field = problem == .withdrawnBeforeGiven ? "consent-withdrawn" : "consent-date"
        return (consent, [values.message(field, values.l10n.consentProblem(problem, label: values.label(field)))])
    }

    /// Name, relation and phone of one relative, under a numbered heading.
    private static func emergencyRow(_ row: Int, _ contact: EmergencyContact?, l10n: Localizer) -> [FormField] {
        let heading = l10n(.formEmergencyRow, row)
        let name = l10n.field("name"), relation = l10n.field("emergency-relation"), phone = l10n.field("phone")
        return [
            .text("emergency-name.\(row)", name, contact?.name ?? "", section: heading, messageLabel: heading + " – " + name),
            .text("emergency-relation.\(row)", relation, contact?.relation ?? "", messageLabel: heading + " – " + relation),
            .text("emergency-phone.\(row)", phone, contact.map { Phone.display($0.phone) } ?? "",
                  messageLabel: heading + " – " + phone),
        ]
    }

    /// Validates every field at once. Keeps the id and creation time of an edited
    /// volunteer, what they were asked about, and its status date and periods as they were: the store dates a
    /// change of status when it saves it (`Register.keeping`).
    static func build(_ values: FormValues, original: Volunteer?, _ environment: AppEnvironment) -> FormBuild {
        var v = Validator()
        let name = v.name(values.text("name"))
        let phones = values.list("phone").compactMap { v.phone($0) }
        let email = v.email(values.text("email"))
        let birthDate = v.day(values.text("birth-date"), field: "birth-date")
        let status = values.choice("status").flatMap(VolunteerStatus.init(rawValue:)) ?? .active
        let startDate = v.day(values.text("start-date"), field: "start-date")
        let (consent, consentErrors) = consent(values, &v)
        let weekdays = WeekdayList.parse(values.text("weekdays"))
        let parts = PartOfDayList.parse(values.text("parts-of-day"))
        let weekdayErrors = weekdays.unknown.map {
            values.message("weekdays", values.l10n(.formErrorWeekday, values.label("weekdays"), $0))
        } + parts.unknown.map {
            values.message("parts-of-day", values.l10n(.formErrorPartOfDay, values.label("parts-of-day"), $0))
        }
        let kind = values.choice("membership").flatMap(Membership.Kind.init(rawValue:)) ?? .individual
        let address = values.text("address", &v)
        let postalCode = values.text("postal-code", &v), city = values.text("city", &v)
        let skills = values.list("skills", &v), interests = values.list("interests", &v)
        let availabilityNote = values.text("availability-note", &v), membershipName = values.text("membership-name", &v)
        let contacts = emergencyContacts(values, &v)
        let tags = values.list("tags", &v), notes = values.text("notes", &v)
        return values.result(v, extra: weekdayErrors + consentErrors) {
            let now = environment.now()
            var volunteer = Volunteer(
                id: original?.id ?? environment.newID(), name: name, phones: phones, email: email,
                address: address, postalCode: postalCode, city: city, birthDate: birthDate, status: status,
                statusChanged: original?.statusChanged, startDate: startDate,
                skills: skills, interests: interests,
                availability: Availability(weekdays: weekdays.days, partsOfDay: parts.parts, note: availabilityNote),
                workplaceIDs: values.choices("workplaces").compactMap(UUID.init(uuidString:)),
                membership: membership(kind, membershipName, original: original?.membership),
                emergencyContacts: contacts, consent: consent, notes: notes,
                tags: tags, created: original?.created ?? now, updated: now)
            volunteer.statusPeriods = original?.statusPeriods ?? []
            volunteer.asked = original?.asked ?? []
            return [.putVolunteer(volunteer)]
        }
    }

    /// The membership as typed. It keeps pointing at its association record while the
    /// name is spelled as that record knows it; a new name is given its record when
    /// the store saves it (`Store.withAssociationsConverted`).
    private static func membership(_ kind: Membership.Kind, _ name: String, original: Membership?) -> Membership {
        let same = original.map { AssociationName($0.name) == AssociationName(name) } ?? false
        return Membership(kind: kind, name: name, associationID: same && kind != .individual ? original?.associationID : nil)
    }

    /// The filled-in rows in order; a wholly empty row is dropped, a row with anything in
    /// it needs both a name and a phone.
    private static func emergencyContacts(_ values: FormValues, _ v: inout Validator) -> [EmergencyContact] {
        var contacts: [EmergencyContact] = []
        var row = 1
        while values.fields.contains(where: { $0.id == "emergency-name.\(row)" }) {
            let name = values.text("emergency-name.\(row)"), relation = values.text("emergency-relation.\(row)")
            let phone = values.text("emergency-phone.\(row)")
            if !(name + relation + phone).trimmingWhitespace.isEmpty {
                let validName = v.name(name, field: "emergency-name.\(row)")
                let validRelation = v.text(relation, field: "emergency-relation.\(row)")
                if let validPhone = v.phone(phone, field: "emergency-phone.\(row)", required: true), !validName.isEmpty {
                    contacts.append(EmergencyContact(name: validName, relation: validRelation, phone: validPhone))
                }
            }
            row += 1
        }
        return contacts
    }
}
