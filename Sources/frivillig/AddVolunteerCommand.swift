import ArgumentParser
import FrivilligApp
import FrivilligCore
import Foundation

/// Adds one volunteer; every value is validated first, with the rules the forms and the
/// import use, and nothing is written if any is wrong.
struct AddVolunteerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "volunteer",
        abstract: HelpText.l10n(.usageAddVolunteerAbstract))

    @OptionGroup var options: GlobalOptions

    @Option(help: HelpText.help(.usageAddVolunteerName, value: .usageValueName))
    var name: String

    @Option(help: HelpText.help(.usageAddVolunteerPhone, value: .usageValuePhone))
    var phone: [String] = []

    @Option(help: HelpText.help(.usageAddVolunteerEmail, value: .usageValueEmail))
    var email: String = ""

    @Option(help: HelpText.help(.usageAddVolunteerAddress, value: .usageValueAddress))
    var address: String = ""

    @Option(name: .customLong("postal-code"), help: HelpText.help(.usageAddVolunteerPostalCode, value: .usageValuePostalCode))
    var postalCode: String = ""

    @Option(help: HelpText.help(.usageAddVolunteerCity, value: .usageValueTown))
    var city: String = ""

    @Option(name: .customLong("emergency-name"), help: HelpText.help(.usageAddVolunteerEmergencyName, value: .usageValueName))
    var emergencyName: String = ""

    @Option(name: .customLong("emergency-relation"), help: HelpText.help(.usageAddVolunteerEmergencyRelation, value: .usageValueRelation))
    var emergencyRelation: String = ""

    @Option(name: .customLong("emergency-phone"), help: HelpText.help(.usageAddVolunteerEmergencyPhone, value: .usageValuePhone))
    var emergencyPhone: String = ""

    @Option(name: .customLong("start-date"), help: HelpText.help(.usageAddVolunteerStartDate, value: .usageValueDate))
    var startDate: String = ""

    @Option(name: .customLong("skill"), help: HelpText.help(.usageAddVolunteerSkill, value: .usageValueSkill))
    var skills: [String] = []

    @Flag(help: HelpText.help(.usageAddVolunteerJson))
    var json = false

    func run() throws {
        let console = Console(options)
        var v = Validator()
        let name = v.name(name)
        let phones = phone.compactMap { v.phone($0) }
        let email = v.email(email)
        let address = v.text(address, field: "address")
        let postalCode = v.text(postalCode, field: "postal-code"), city = v.text(city, field: "city")
        let start = v.day(startDate, field: "start-date")
        let skills = v.list(skills, field: "skill")
        var contacts: [EmergencyContact] = []
        let wantsContact = !(emergencyName + emergencyRelation + emergencyPhone).trimmingWhitespace.isEmpty
        if wantsContact {
            let contactName = v.name(emergencyName, field: "emergency-name")
            let relation = v.text(emergencyRelation, field: "emergency-relation")
            let contactPhone = v.phone(emergencyPhone, field: "emergency-phone", required: true)
            if let contactPhone {
                contacts.append(EmergencyContact(name: contactName, relation: relation, phone: contactPhone))
            }
        }
        guard v.errors.isEmpty else { try console.reject(v.errors) }
        let now = Date()
        let volunteer = Volunteer(
            name: name, phones: phones, email: email, address: address, postalCode: postalCode, city: city,
            status: .active,
            startDate: start, skills: skills, emergencyContacts: contacts, created: now)
        let store = try console.openStore(options)
        try console.commit([.putVolunteer(volunteer)], to: store)
        if json {
            try console.json(volunteer)
        } else {
            console.line(console.l10n(.cliAdded, volunteer.name, volunteer.id.uuidString))
        }
    }
}
