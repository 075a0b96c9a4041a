/// Another volunteer with the person taken out: shared by the erasures of a volunteer
/// and of a contact, who may both be someone's emergency contact.
extension TextScrub {
    /// `v` with the person's words replaced in its free text; its emergency-contact
    /// entries that are the person kept whole or removed as `relatives` says, the other
    /// entries scrubbed like the rest of the record.
    func scrub(_ v: Volunteer, relatives: Erasure.Relatives, isThePerson: (EmergencyContact) -> Bool) -> Volunteer {
        var v = v
        var kept: [EmergencyContact] = []
        for relative in v.emergencyContacts {
            if isThePerson(relative) {
                if relatives == .keep { kept.append(relative) }
            } else {
                kept.append(scrub(relative))
            }
        }
        // The kept entries are left as they are; the scrub sees only the rest of the record.
        v.emergencyContacts = []
        var scrubbed = scrub(v)
        scrubbed.emergencyContacts = kept
        return scrubbed
    }
}
