extension Array {
  /// The first index whose element satisfies `isAfter`, in an array where every element
  /// that does follows every one that does not (binary search; `count` when none does).
  func partitionPoint(_ isAfter: (Element) -> Bool) -> Int {
    var low = 0
    var high = count
    while low < high {
      let middle = (low + high) / 2
      if isAfter(self[middle]) { high = middle } else { low = middle + 1 }
    }
    return low
  }
}
