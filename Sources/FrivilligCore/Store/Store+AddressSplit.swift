extension Store {
    /// Splits the addresses of volunteers stored before the postal code and town were
    /// fields of their own, once per store opened, the first time it is written to: all
    /// of them in one commit of their own (through the journal, so it is atomic and each
    /// volunteer's history shows the change), before the commit asked for. A refusal of
    /// that commit (a conflict with another program's save) leaves the addresses as they
    /// are, to be split the next time; it never stops the caller's commit.
    ///
    /// Returns `changes` with the same rule applied to their volunteers: a form opened
    /// before the split still holds the old address, and its save must not put it back.
    func withOldAddressesSplit(_ changes: [Change]) -> [Change] {
        if !oldAddressesLookedFor {
            oldAddressesLookedFor = true
            let splits = register.volunteers.compactMap(AddressSplit.split).map(Change.putVolunteer)
            if !splits.isEmpty { _ = try? commit(splits) }
        }
        return changes.map { change in
            guard case .putVolunteer(let v) = change, let split = AddressSplit.split(v) else { return change }
            return .putVolunteer(split)
        }
    }
}
