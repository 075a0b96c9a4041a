import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Foundation's streaming XML parser as three closures, so each part of a workbook is read
/// by a few lines that say what they look for instead of a delegate class each.
///
/// Element names are the local names (`c`, not `x:c`): some writers put the spreadsheet
/// namespace under a prefix. Attribute names keep their prefix as written, except that the
/// namespaced attributes a part is read for (`r:id`) are looked up by local name too.
final class XlsxXMLScanner: NSObject, XMLParserDelegate {
    typealias Attributes = [String: String]

    private var onStart: (String, Attributes) -> Void = { _, _ in }
    private var onEnd: (String) -> Void = { _ in }
    private var onText: (String) -> Void = { _ in }

    /// Reads `data` from start to end; false when it is not well-formed XML.
    static func scan(
        _ data: Data, start: @escaping (String, Attributes) -> Void, end: @escaping (String) -> Void = { _ in },
        text: @escaping (String) -> Void = { _ in }
    ) -> Bool {
        let scanner = XlsxXMLScanner()
        scanner.onStart = start
        scanner.onEnd = end
        scanner.onText = text
        let parser = XMLParser(data: data)
        parser.shouldProcessNamespaces = false
        parser.shouldResolveExternalEntities = false
        parser.delegate = scanner
        return parser.parse()
    }

    private static func local(_ name: String) -> String {
        name.firstIndex(of: ":").map { String(name[name.index(after: $0)...]) } ?? name
    }

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]) {
        var attributes = attributeDict
        for (key, value) in attributeDict where key.contains(":") {
            attributes[XlsxXMLScanner.local(key)] = attributes[XlsxXMLScanner.local(key)] ?? value
        }
        onStart(XlsxXMLScanner.local(elementName), attributes)
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?) {
        onEnd(XlsxXMLScanner.local(elementName))
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        onText(string)
    }

    func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
        onText(String(decoding: CDATABlock, as: UTF8.self))
    }
}
