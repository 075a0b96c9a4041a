import FrivilligCore

extension Localizer {
    /// "Dagcenter Kildebakken · f. 1956 · Vestergade 3, 4690 Haslev": what tells a person
    /// apart from others of the same name, the most telling first (where they help, then
    /// their age, then where they live), so a cut line keeps what matters. Empty when the
    /// register knows none of it.
    public func particulars(_ p: Particulars) -> String {
        let town = [p.postalCode, p.city].filter { !$0.isEmpty }.joined(separator: " ")
        let home = [p.address, town].filter { !$0.isEmpty }.joined(separator: ", ")
        let born = p.yearOfBirth.map { self(.lookupBorn, String($0)) } ?? ""
        return [p.workplaces.joined(separator: ", "), born, home].filter { !$0.isEmpty }.joined(separator: " · ")
    }
}
