import FrivilligCore
import FrivilligExchange

extension Localizer {
    /// Why a spreadsheet file was refused, naming the file, and the row and column where
    /// there is one.
    public func importFileError(_ error: ImportFileError, file: String) -> String {
        switch error {
        case .unsupportedEncoding: return self(.importFileUnsupportedEncoding, file)
        case .mixedEncoding(let utf8, let windows1252):
            let list = { (rows: [Int]) in rows.map(String.init).joined(separator: ", ") }
            return self(.importFileMixedEncoding, file, list(utf8), list(windows1252))
        case .empty: return self(.importFileEmpty, file)
        case .fileTooLarge(let bytes):
            let megabytes = { (bytes: Int) in (bytes + (1 << 20) - 1) >> 20 }
            return self(.importFileTooLarge, file, megabytes(bytes), megabytes(SpreadsheetLimits.fileBytes))
        case .cellTooLarge(let row, let column): return self(.importFileCellTooLarge, file, row, column, SpreadsheetLimits.cellBytes >> 10)
        case .unterminatedQuote(let row, let column): return self(.importFileUnterminatedQuote, file, row, column)
        case .textAfterQuote(let row, let column): return self(.importFileTextAfterQuote, file, row, column)
        case .cprColumn(let column): return self(.importFileCprColumn, file, column)
        case .cprValue(let row, let column): return self(.importFileCprValue, file, row, column)
        case .noNameColumn(let headers): return self(.importFileNoNameColumn, file, headers.joined(separator: ", "))
        case .duplicateColumn(let first, let second, let field): return self(.importFileDuplicateColumn, file, first, second, self.field(field))
        case .mappedColumnMissing(let column): return self(.importFileMappedColumnMissing, file, column)
        case .unknownField(let field, let accepted): return self(.importFileUnknownField, field, accepted.joined(separator: ", "))
        case .malformedMapping(let text): return self(.importFileMalformedMapping, text)
        case .workbook(let problem): return workbookError(problem, file: file)
        case .ambiguousDateOrder(let column, let row, let value): return self(.importFileAmbiguousDateOrder, file, column, row, value)
        case .mixedDateOrder(let column, let dayFirst, let monthFirst): return self(.importFileMixedDateOrder, file, column, dayFirst, monthFirst)
        }
    }

    /// One rejected cell: `række 5, kolonne »Telefon«: »12« er ikke et telefonnummer …`.
    public func importRowError(_ error: ImportRowError) -> String {
        self(.importRowError, error.row, error.column, importReason(error))
    }

    private func importReason(_ error: ImportRowError) -> String {
        let value = error.value
        switch error.reason {
        case .required: return self(.importReasonRequired)
        case .phone: return self(.importReasonPhone, value)
        case .email: return self(.importReasonEmail, value)
        case .date: return self(.importReasonDate, value)
        case .status: return self(.importReasonStatus, value)
        case .weekday: return self(.importReasonWeekday, value)
        case .membership: return self(.importReasonMembership, value)
        case .consentScope: return self(.importReasonConsentScope, value)
        case .consentMethod: return self(.importReasonConsentMethod, value)
        case .consentWithdrawnBeforeGiven: return self(.importReasonConsentWithdrawnBeforeGiven, value)
        case .contactKind: return self(.importReasonContactKind, value)
        case .id: return self(.importReasonId, value)
        case .timestamp: return self(.importReasonTimestamp, value)
        case .revision: return self(.importReasonRevision, value)
        case .yesNo: return self(.importReasonYesNo, value)
        case .unknownWorkplace: return self(.importReasonUnknownWorkplace, value)
        case .unknownContact: return self(.importReasonUnknownContact, value)
        case .notExactlyOne(let count): return self(.importReasonNotExactlyOne, value, count)
        case .eventKind: return self(.importReasonEventKind, value)
        case .taskStatus: return self(.importReasonTaskStatus, value)
        case .partOfDay: return self(.importReasonPartOfDay, value)
        case .wanted: return self(.importReasonWanted, value)
        case .associationKind: return self(.importReasonAssociationKind, value)
        case .associationNameTaken: return self(.importReasonAssociationNameTaken, value)
        case .duplicateOf(let row): return self(.importReasonDuplicateOf, value, row)
        case .ambiguousMatch(let count): return self(.importReasonAmbiguousMatch, value, count)
        case .text(let violation): return textViolation(violation, subject: self(.textQuoted, value))
        case .emergencyPhoneMissing: return self(.importReasonEmergencyPhoneMissing)
        case .emergencyNameMissing: return self(.importReasonEmergencyNameMissing)
        }
    }

    /// A number of spreadsheet rows: `1 række`, `3 rækker`.
    public func rows(_ count: Int) -> String {
        self.count(.importRows, count)
    }

    /// What was found in the file: encoding, separator (or the workbook's sheet) and the
    /// number of rows.
    public func importRead(_ plan: ImportPlan, file: String) -> String {
        let encoding: TextKey
        switch plan.encoding {
        case .utf8: encoding = .importEncodingUtf8
        case .utf8WithBOM: encoding = .importEncodingUtf8WithBOM
        case .windows1252: encoding = .importEncodingWindows1252
        }
        let separator: TextKey = plan.separator == ";" ? .importSeparatorSemicolon : plan.separator == "," ? .importSeparatorComma : .importSeparatorTab
        let kind: TextKey
        switch plan.kind {
        case .volunteers: kind = .importKindVolunteers
        case .contacts: kind = .importKindContacts
        case .workplaces: kind = .importKindWorkplaces
        case .agreements: kind = .importKindAgreements
        case .events: kind = .importKindEvents
        case .tasks: kind = .importKindTasks
        case .associations: kind = .importKindAssociations
        }
        let rows = plan.added.count + plan.updated.count + plan.unchanged.count + plan.rejectedRows.count
        if let sheet = plan.sheet { return self(.importReadSheet, file, sheet, self.rows(rows), self(kind)) }
        return self(.importRead, file, self(encoding), self(separator), self.rows(rows), self(kind))
    }

    /// The plan as lines: unknown columns, how the date columns were read, the warnings,
    /// then the rows added, updated and rejected (each rejected cell with its row and
    /// column), at most `limit` lines per group.
    public func importPlanLines(_ plan: ImportPlan, limit: Int = .max) -> [String] {
        var lines: [String] = []
        if !plan.unknownColumns.isEmpty {
            lines.append(self(.importUnknownColumns, plan.unknownColumns.joined(separator: ", ")))
        }
        func group(_ title: TextKey, _ count: CustomStringConvertible, _ items: [String]) {
            lines.append(self(title, count))
            lines += items.prefix(limit).map { "  " + $0 }
            if items.count > limit { lines.append("  …") }
        }
        lines += plan.dateNotes.map(importDateNote)
        if !plan.warnings.isEmpty {
            group(.importWarnings, plan.warnings.count, plan.warnings.map(importWarning))
        }
        group(.importAdded, plan.added.count, plan.added.map { self(.importEntry, $0.row, $0.name) })
        group(.importUpdated, plan.updated.count, plan.updated.map { self(.importEntry, $0.row, $0.name) })
        lines.append(self(.importUnchanged, plan.unchanged.count))
        if !plan.rejected.isEmpty {
            group(.importRejected, rows(plan.rejectedRows.count), plan.rejected.map(importRowError))
        }
        return lines
    }
}
