/// A binary min-heap ordered by a comparison given at creation.
struct MinHeap<Element> {
  private var elements: [Element] = []
  private let precedes: (Element, Element) -> Bool

  /// An empty heap whose first element is the one that precedes all others.
  init(by precedes: @escaping (Element, Element) -> Bool) { self.precedes = precedes }

  var isEmpty: Bool { elements.isEmpty }

  mutating func push(_ element: Element) {
    elements.append(element)
    var child = elements.count - 1
    while child > 0 {
      let parent = (child - 1) / 2
      guard precedes(elements[child], elements[parent]) else { break }
      elements.swapAt(child, parent)
      child = parent
    }
  }

  /// Removes and returns the first element.
  mutating func pop() -> Element? {
    guard !elements.isEmpty else { return nil }
    elements.swapAt(0, elements.count - 1)
    let first = elements.removeLast()
    var parent = 0
    while true {
      let (left, right) = (2 * parent + 1, 2 * parent + 2)
      var smallest = parent
      if left < elements.count, precedes(elements[left], elements[smallest]) { smallest = left }
      if right < elements.count, precedes(elements[right], elements[smallest]) { smallest = right }
      if smallest == parent { break }
      elements.swapAt(parent, smallest)
      parent = smallest
    }
    return first
  }
}
