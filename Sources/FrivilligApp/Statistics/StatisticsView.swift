import FrivilligCore
import FrivilligExchange
import FrivilligText
import TerminalUI

/// Draws the statistics tab: a title naming the period and filter, then the lines from
/// `top`: headings in bold, each bar as its label, the blocks and the number, each
/// series of months as a sparkline with its total.
struct StatisticsView {
    let screen: StatisticsScreen
    let l10n: Localizer

    /// Room for the labels; longer ones are cut.
    static let labelWidth = 30

    func render(into buffer: inout Buffer, in rect: Rect) {
        let (titleRow, body) = rect.splitTop(1)
        let scope = screen.statistics.scope
        let filter = scope.workplaces.first.flatMap { scope.workplaceID != nil ? l10n(.statsTitleWorkplace, $0.name) : nil } ?? ""
        buffer.write(l10n(.statsTitle, l10n.statisticsPeriod(scope.period), filter), x: titleRow.x, y: titleRow.y, style: Theme.title, maxWidth: titleRow.width)
        let labels = screen.lines.compactMap { line -> String? in
            if case .bar(let c, _) = line.content { return l10n.statisticsLabel(c.label) }
            return nil
        }
        let labelWidth = min(Self.labelWidth, labels.map { TextWidth.width(of: $0) }.max() ?? 0)
        let numberWidth = 7
        let room = max(1, body.width - 2 - labelWidth - 1 - 1 - numberWidth)
        for (offset, index) in (screen.top..<screen.lines.count).enumerated() where offset < body.height {
            let y = body.y + offset
            let selected = index == screen.selected
            let style = selected ? Theme.selection : Style.plain
            if selected { buffer.fill(Rect(x: body.x, y: y, width: body.width, height: 1), style: style) }
            switch screen.lines[index].content {
            case .heading(let kind):
                buffer.write(l10n.statisticsSection(kind), x: body.x, y: y, style: Theme.title, maxWidth: body.width)
            case .bar(let count, let most):
                var x = body.x + 2
                buffer.write(TextWidth.pad(TextWidth.truncate(l10n.statisticsLabel(count.label), to: labelWidth), to: labelWidth), x: x, y: y, style: style)
                x += labelWidth + 1
                let bar = BarText.bar(count.value, most: most, room: room)
                let used = buffer.write(bar, x: x, y: y, style: selected ? style : Theme.count, maxWidth: room)
                buffer.write(AppState.count(count.value), x: x + used + 1, y: y, style: style, maxWidth: numberWidth)
            case .series(let section):
                let values = section.counts.map(\.value)
                let spark = BarText.sparkline(values)
                let used = buffer.write(spark, x: body.x + 2, y: y, style: selected ? style : Theme.count, maxWidth: body.width - 2)
                let first = section.counts.first.map { l10n.statisticsLabel($0.label) } ?? ""
                let last = section.counts.last.map { l10n.statisticsLabel($0.label) } ?? ""
                let text = "\(first)–\(last)  " + l10n(.statsSum, AppState.count(values.reduce(0, +)))
                buffer.write(text, x: body.x + 2 + used + 2, y: y, style: style, maxWidth: max(0, body.width - used - 4))
            case .empty:
                buffer.write(l10n(.statsNothing), x: body.x + 2, y: y, style: Theme.dim, maxWidth: body.width - 2)
            }
        }
    }
}
