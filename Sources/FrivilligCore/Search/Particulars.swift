import Foundation

/// What tells two volunteers of the same name apart: the workplaces they help at, the
/// year they were born and where they live. Every list that picks or looks up a person
/// shows them (the emergency lookup, `frivillig ice`, pickers, the attendee search), and
/// searching matches them, so `søren kildebakken` finds the one Søren at that day centre.
public struct Particulars: Codable, Equatable, Sendable {
    /// The names of their workplaces, in the volunteer's order; unknown ones left out.
    public let workplaces: [String]
    public let yearOfBirth: Int?
    /// The street and number.
    public let address: String
    public let postalCode: String
    public let city: String

    public init(workplaces: [String], yearOfBirth: Int?, address: String, postalCode: String, city: String) {
        self.workplaces = workplaces
        self.yearOfBirth = yearOfBirth
        self.address = address
        self.postalCode = postalCode
        self.city = city
    }

    /// The volunteer's particulars, with workplace names as `workplaceNames` has them.
    public init(_ v: Volunteer, workplaceNames: [UUID: String]) {
        self.init(workplaces: v.workplaceIDs.compactMap { workplaceNames[$0] }, yearOfBirth: v.yearOfBirth,
                  address: v.address, postalCode: v.postalCode, city: v.city)
    }

    /// The searchable particulars besides the workplaces (which an index keeps once each,
    /// so that a renamed workplace is renamed for everyone at it).
    static func searchLines(of v: Volunteer) -> [String] {
        [v.address, v.postalCode, v.city, v.yearOfBirth.map(String.init) ?? ""].filter { !$0.isEmpty }
    }

    public var isEmpty: Bool {
        workplaces.isEmpty && yearOfBirth == nil && address.isEmpty && postalCode.isEmpty && city.isEmpty
    }
}

extension Register {
    /// Each workplace's name by id, the first of an id if one were there twice (as
    /// `workplace(_:)` finds it).
    public var workplaceNames: [UUID: String] {
        var names = [UUID: String](minimumCapacity: workplaces.count)
        for w in workplaces where names[w.id] == nil { names[w.id] = w.name }
        return names
    }
}
