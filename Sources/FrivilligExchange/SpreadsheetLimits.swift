/// The largest spreadsheet the import reads, and the largest cell in it.
///
/// Stated, so a user knows them before they meet them, and enforced before the memory
/// goes: the file's size is checked before it is read, a cell's while the text is scanned
/// for quoting mistakes, before CSV.swift builds any cell.
public enum SpreadsheetLimits {
    /// 64 MB (67,108,864 bytes). The export of the largest register Frivillig is measured
    /// with (100,000 volunteers, every column filled as `frivillig demo` fills it) is
    /// 36 MB, so a round trip of that fits with room to spare. An import holds every row
    /// and every new record at once, about 15 times the file's size for new volunteers:
    /// a dry run of a 63 MB sheet peaks at 0.94 GB, and the limit keeps it there. A
    /// municipality's real sheets are a few hundred kB.
    public static let fileBytes = 64 << 20

    /// 64 KB (65,536 bytes of UTF-8) in one cell. Excel keeps at most 32,767 characters in
    /// a cell, and even 32,767 letters æ, ø or å (two bytes each) fit; a page of notes is
    /// about 3 KB. A bigger cell is no note anybody typed, and would be copied several
    /// times over by the parser and the text rules.
    public static let cellBytes = 64 << 10

    /// 256 MB (268,435,456 bytes) unpacked from one `.xlsx`, over all the parts read. The
    /// export of 10,000 volunteers as `frivillig demo` fills them is a 2.1 MB file whose
    /// parts unpack to 14.5 MB (the CSV is 3.8 MB), so the largest register measured
    /// (100,000 volunteers, about 145 MB) gets through, while a zip bomb (a few hundred
    /// kB that inflate to gigabytes) is stopped before it fills the memory.
    public static let unpackedBytes = 256 << 20
}
