/// A small, seeded pseudo-random generator (SplitMix64) whose sequence is the same on every
/// platform and toolchain, so a synthetic graph is byte-identical wherever it is generated.
///
/// The standard library's `random(in:using:)` may change its algorithm between releases;
/// this type draws bounded values itself for that reason.
public struct SeededGenerator: RandomNumberGenerator, Sendable {
  private var state: UInt64

  /// Creates a generator from a seed and any number of stream labels, so that independent
  /// parts of a graph (file 7, source 123) each get their own reproducible stream.
  public init(seed: UInt64, stream: UInt64...) {
    var mixed = seed
    for label in stream { mixed = Self.mix(mixed ^ Self.mix(label &+ 0x9E37_79B9_7F4A_7C15)) }
    state = mixed
  }

  /// The next 64 random bits.
  public mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    return Self.mix(state)
  }

  /// A value in `0..<bound` (`bound` > 0), by multiply-high; the bias is below 2⁻³² for
  /// the bounds a synthetic graph uses.
  public mutating func below(_ bound: Int) -> Int {
    precondition(bound > 0, "the bound must be positive")
    return Int(next().multipliedFullWidth(by: UInt64(bound)).high)
  }

  /// Whether an event with probability `percent`/100 happens.
  public mutating func chance(_ percent: Int) -> Bool { below(100) < percent }

  /// An element of a non-empty array.
  public mutating func pick<Element>(_ elements: [Element]) -> Element {
    elements[below(elements.count)]
  }

  /// One of several values, each with a weight in percent (the weights sum to 100).
  public mutating func weighted<Value>(_ choices: KeyValuePairs<Value, Int>) -> Value {
    var roll = below(100)
    for (value, percent) in choices {
      if roll < percent { return value }
      roll -= percent
    }
    preconditionFailure("the weights must sum to 100")
  }

  /// A value in `0..<bound` skewed towards small values (density falling linearly), the way
  /// a few sources are cited far more often than most.
  public mutating func skewed(below bound: Int) -> Int {
    min(below(bound), below(bound))
  }

  private static func mix(_ value: UInt64) -> UInt64 {
    var z = value
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}
