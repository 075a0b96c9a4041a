extension Buffer {
    /// Consecutive cells on one row that share a style: the unit a backend draws with a
    /// single attribute change.
    public struct Run: Hashable, Sendable {
        public let x: Int
        public let y: Int
        /// The cells from column `x` on. Continuation cells are included so that
        /// `x + index` is each cell's column; a backend skips them when drawing.
        public let cells: [Cell]

        public init(x: Int, y: Int, cells: [Cell]) {
            self.x = x
            self.y = y
            self.cells = cells
        }
    }

    /// The cells that differ from `previous`, grouped into runs: all a backend has to
    /// send to bring the terminal from the previous frame to this one. Without a previous
    /// frame, or after a resize, every cell is included. A wide character is always sent
    /// whole, even when only one of its halves changed.
    public func changedRuns(from previous: Buffer?) -> [Run] {
        let everything = previous.map { $0.width != width || $0.height != height } ?? true
        var runs: [Run] = []
        for y in 0 ..< height {
            var changed = (0 ..< width).map { x in everything || self[x, y] != previous![x, y] }
            for x in 0 ..< width where changed[x] {
                if self[x, y].isContinuation && x > 0 {
                    changed[x - 1] = true
                }
                if x + 1 < width && self[x + 1, y].isContinuation {
                    changed[x + 1] = true
                }
            }
            var x = 0
            while x < width {
                guard changed[x] else {
                    x += 1
                    continue
                }
                let start = x
                let style = self[x, y].style
                var run: [Cell] = []
                while x < width && changed[x] && self[x, y].style == style {
                    run.append(self[x, y])
                    x += 1
                }
                runs.append(Run(x: start, y: y, cells: run))
            }
        }
        return runs
    }
}
