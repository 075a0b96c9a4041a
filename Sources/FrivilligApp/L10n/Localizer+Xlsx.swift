import FrivilligCore
import FrivilligExchange

extension Localizer {
    /// Why a workbook was refused, in one line naming the file, and for `.ods` and `.xls`
    /// what to save it as instead.
    func workbookError(_ problem: XlsxProblem, file: String) -> String {
        switch problem {
        case .openDocument: return self(.xlsxOpenDocument, file)
        case .legacyExcel: return self(.xlsxLegacyExcel, file)
        case .damaged(let part): return self(.xlsxDamaged, file, part)
        case .unpackedTooLarge: return self(.xlsxUnpackedTooLarge, file, SpreadsheetLimits.unpackedBytes >> 20)
        case .noSuchSheet(let name, let sheets): return self(.xlsxNoSuchSheet, file, name, sheets.joined(separator: ", "))
        case .sheetOfCsv: return self(.xlsxSheetOfCsv, file)
        }
    }
}
