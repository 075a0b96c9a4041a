/// Why a whole spreadsheet file was refused; nothing is imported from it.
///
/// Carries no sentence: the interface says it in the user's language, naming the row as
/// the spreadsheet numbers it and the column by its header.
public enum ImportFileError: Error, Equatable, Sendable {
    /// UTF-16/UTF-32 ("Unicode text") or a UTF-8 byte order mark followed by invalid UTF-8.
    case unsupportedEncoding
    /// Some lines are UTF-8 and others Windows-1252 (rows pasted from another sheet):
    /// either reading would garble some names. The first rows of each kind.
    case mixedEncoding(utf8Rows: [Int], windows1252Rows: [Int])
    /// No header row: the file is empty or blank.
    case empty
    /// The file is larger than `SpreadsheetLimits.fileBytes`; its size in bytes.
    case fileTooLarge(bytes: Int)
    /// A cell holds more than `SpreadsheetLimits.cellBytes` of text; the row and column
    /// where it starts.
    case cellTooLarge(row: Int, column: String)
    /// A quote opened in this cell is never closed.
    case unterminatedQuote(row: Int, column: String)
    /// A quoted cell is followed by more text before the next separator.
    case textAfterQuote(row: Int, column: String)
    /// A column whose header says it holds CPR numbers; Frivillig keeps none.
    case cprColumn(column: String)
    /// A cell that looks like a CPR number (ddmmyy-xxxx) in a column with another name.
    case cprValue(row: Int, column: String)
    /// No column gives the name (Navn, or Fornavn and Efternavn); the headers there are.
    case noNameColumn(headers: [String])
    /// Two columns that both mean a field that holds one value.
    case duplicateColumn(first: String, second: String, field: String)
    /// `--map` names a column the file does not have.
    case mappedColumnMissing(column: String)
    /// `--map` names a field that does not exist for this kind of record.
    case unknownField(field: String, accepted: [String])
    /// A `--map` argument without `=`.
    case malformedMapping(String)
    /// An `.xlsx` that cannot be read, or a workbook of a kind that is not read at all.
    case workbook(XlsxProblem)
    /// A column of `/` dates none of which tells the day from the month (`2/3/1954`), and
    /// no `--date-order`: the first such cell.
    case ambiguousDateOrder(column: String, row: Int, value: String)
    /// A column of `/` dates where one row can only be day-first and another only
    /// month-first; the first row of each.
    case mixedDateOrder(column: String, dayFirstRow: Int, monthFirstRow: Int)
}
