import Dispatch

/// Maps work over every core, keeping the order of the results.
package enum ParallelMap {
  /// The transformed elements, in order; the transform runs on several threads at once.
  package static func map<Element: Sendable, Result: Sendable>(
    _ elements: [Element], _ transform: @Sendable (Element) -> Result
  ) -> [Result] {
    guard elements.count > 1 else { return elements.map(transform) }
    let slots = Slots<Result>(count: elements.count)
    DispatchQueue.concurrentPerform(iterations: elements.count) { index in
      slots.store(transform(elements[index]), at: index)
    }
    return slots.values
  }

  /// The results of `transform` over consecutive ranges of `0..<count`, in order.
  ///
  /// For cheap per-item work over many items: each thread takes a range of at least
  /// `minimumChunk` items, so that handing out work costs little beside the work itself.
  package static func mapChunks<Result: Sendable>(
    of count: Int, minimumChunk: Int = 1024, _ transform: @Sendable (Range<Int>) -> Result
  ) -> [Result] {
    let chunkCount = max(1, min(count / max(1, minimumChunk), 64))
    let chunks = (0..<chunkCount).map { chunk in
      (count * chunk / chunkCount)..<(count * (chunk + 1) / chunkCount)
    }
    return map(chunks, transform)
  }

  /// Result storage written once per index, each index by exactly one iteration, and
  /// read only after every iteration has finished.
  private final class Slots<Value>: @unchecked Sendable {
    private let buffer: UnsafeMutableBufferPointer<Value?>
    init(count: Int) {
      buffer = .allocate(capacity: count)
      buffer.initialize(repeating: nil)
    }
    deinit {
      buffer.deinitialize()
      buffer.deallocate()
    }
    func store(_ value: Value, at index: Int) { buffer[index] = value }
    var values: [Value] { buffer.map { $0! } }
  }
}
