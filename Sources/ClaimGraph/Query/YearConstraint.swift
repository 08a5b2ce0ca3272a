/// A condition on a publication year: a comparison (`>=2010`) or an inclusive range
/// (`2008..2015`).
public struct YearConstraint: Hashable, Sendable, CustomStringConvertible {
  /// How a year is compared with the bound.
  public enum Comparison: String, CaseIterable, Hashable, Sendable {
    /// Equal to the bound.
    case equal = "="
    /// Before the bound.
    case less = "<"
    /// Before or equal to the bound.
    case lessOrEqual = "<="
    /// After the bound.
    case greater = ">"
    /// After or equal to the bound.
    case greaterOrEqual = ">="
  }

  /// The smallest year allowed.
  public let lowerBound: Int
  /// The largest year allowed.
  public let upperBound: Int
  private let text: String

  /// A comparison with one year: `year:>=2010`, `year:2010`.
  public init(_ comparison: Comparison, _ year: Int) {
    switch comparison {
    case .equal: (lowerBound, upperBound) = (year, year)
    case .less: (lowerBound, upperBound) = (Int.min, year - 1)
    case .lessOrEqual: (lowerBound, upperBound) = (Int.min, year)
    case .greater: (lowerBound, upperBound) = (year + 1, Int.max)
    case .greaterOrEqual: (lowerBound, upperBound) = (year, Int.max)
    }
    text = comparison == .equal ? String(year) : comparison.rawValue + String(year)
  }

  /// An inclusive range of years: `year:2008..2015`.
  ///
  /// - Precondition: `range` is not empty.
  public init(_ range: ClosedRange<Int>) {
    (lowerBound, upperBound) = (range.lowerBound, range.upperBound)
    text = "\(range.lowerBound)..\(range.upperBound)"
  }

  /// Whether the year satisfies the constraint.
  public func contains(_ year: Int) -> Bool { lowerBound <= year && year <= upperBound }

  /// The constraint as written in a query, without the `year:` field.
  public var description: String { text }
}
