extension Volunteer {
    /// This volunteer as a save stores it, with the status date and the status periods
    /// following the status: the one place they are kept, run by the store for every put
    /// (`Register.keeping`), so a form, an import and a command all get the same.
    ///
    /// `stored` is the record as it is on disk before this save, nil for a new one; its
    /// periods are the truth, whatever this copy says. A status that differs from the
    /// stored one closes the last period and opens one of the new status on the day the
    /// save names as its status date (an import's `status-changed`), else on `today`. A
    /// new record starts with one period: of its status since its status date, an active
    /// one since its start date (never after `today`), else since `today`; a new record
    /// that does not start as active gets that day as its status date. With the status
    /// unchanged, a new status date (a correction) moves the start of the last period.
    func keepingStatusPeriods(from stored: Volunteer?, on today: Day) -> Volunteer {
        var out = self
        guard let stored else {
            if statusPeriods.last.map({ $0.status != status || $0.to != nil }) ?? true {
                let since = status == .active ? startDate.map { min($0, today) } : nil
                out.statusPeriods = [StatusPeriod(status, from: statusChanged ?? since ?? today)]
            }
            if status != .active, statusChanged == nil { out.statusChanged = out.statusPeriods.last?.from }
            return out
        }
        var periods = stored.statusPeriods.isEmpty
            ? StatusPeriod.legacy(status: stored.status, statusChanged: stored.statusChanged, startDate: stored.startDate, created: stored.created)
            : stored.statusPeriods
        let named = statusChanged != stored.statusChanged ? statusChanged : nil
        if status != stored.status {
            let day = named ?? today
            periods = StatusPeriod.changing(periods, to: status, on: day)
            out.statusChanged = day
        } else if let named {
            periods = StatusPeriod.moving(periods, lastFrom: named)
        }
        out.statusPeriods = periods
        return out
    }
}

extension StatusPeriod {
    /// `periods` with the status changed to `status` on `day`. Periods that began on
    /// that day or later never lasted a day and go; going back the same day to the
    /// status just left reopens that period instead of adding one.
    static func changing(_ periods: [StatusPeriod], to status: VolunteerStatus, on day: Day) -> [StatusPeriod] {
        var out = periods
        while let last = out.last, last.from >= day { out.removeLast() }
        if let last = out.indices.last {
            if out[last].status == status {
                out[last].to = nil
                return out
            }
            out[last].to = day
        }
        out.append(StatusPeriod(status, from: day))
        return out
    }

    /// `periods` with the last one beginning on `day` instead (and the one before it
    /// ending then), unless that would put it at or before the start of the one before.
    static func moving(_ periods: [StatusPeriod], lastFrom day: Day) -> [StatusPeriod] {
        guard let last = periods.indices.last else { return periods }
        var out = periods
        if last > 0 {
            guard day > out[last - 1].from else { return periods }
            out[last - 1].to = day
        }
        out[last].from = day
        return out
    }
}
