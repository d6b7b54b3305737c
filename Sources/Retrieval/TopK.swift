/// A sentence (global number) with its BM25 score.
struct SentenceScore {
    var sentence: Int32
    var score: Double

    /// The ranking order: higher score first, ties by sentence (load order, which is document, then sentence).
    static func ranksBefore(_ a: SentenceScore, _ b: SentenceScore) -> Bool {
        a.score != b.score ? a.score > b.score : a.sentence < b.sentence
    }
}

/// The `limit` best sentences offered so far (`SentenceScore.ranksBefore`), in a heap whose root is the worst kept.
struct TopK {
    let limit: Int
    private var heap: [SentenceScore] = []

    init(limit: Int) {
        self.limit = max(limit, 0)
        heap.reserveCapacity(self.limit)
    }

    var isFull: Bool { heap.count >= limit }
    /// The score a sentence must beat (or tie with an earlier sentence) to be kept; meaningful when full.
    var threshold: Double { heap.first?.score ?? -.infinity }

    mutating func offer(_ s: SentenceScore) {
        guard limit > 0 else { return }
        if heap.count < limit {
            heap.append(s)
            siftUp(heap.count - 1)
        } else if SentenceScore.ranksBefore(s, heap[0]) {
            heap[0] = s
            siftDown(0)
        }
    }

    /// The kept sentences, best first.
    func ranked() -> [SentenceScore] { heap.sorted(by: SentenceScore.ranksBefore) }

    private mutating func siftUp(_ i: Int) {
        var child = i
        while child > 0 {
            let parent = (child - 1) / 2
            guard SentenceScore.ranksBefore(heap[parent], heap[child]) else { return }
            heap.swapAt(parent, child)
            child = parent
        }
    }

    private mutating func siftDown(_ i: Int) {
        var parent = i
        while true {
            let l = 2 * parent + 1, r = l + 1
            var worst = parent
            if l < heap.count && SentenceScore.ranksBefore(heap[worst], heap[l]) { worst = l }
            if r < heap.count && SentenceScore.ranksBefore(heap[worst], heap[r]) { worst = r }
            if worst == parent { return }
            heap.swapAt(parent, worst)
            parent = worst
        }
    }
}
