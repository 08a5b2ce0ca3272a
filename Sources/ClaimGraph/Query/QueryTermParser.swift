/// Turns a lexed `field:value` pair or free text into a typed ``QueryTerm``, checking
/// the field name and the value.
enum QueryTermParser {
  static func term(
    field name: String?, column: Int, value: String, valueColumn: Int
  ) throws(QueryError) -> QueryTerm {
    let scalars = value.unicodeScalars
    if let star = scalars.firstIndex(of: "*"), scalars.index(after: star) != scalars.endIndex {
      let offset = scalars.distance(from: scalars.startIndex, to: star)
      throw QueryError(
        column: valueColumn + offset,
        message: "'*' works only at the end of a value, for a prefix (e.g. source:boeck*, "
          + "about:opioid*), or alone for everything")
    }
    guard let name else { return .text(value) }
    guard let field = QueryField(rawValue: name.lowercased()) else {
      let fields = QueryField.allCases.map(\.rawValue)
      let hint = Suggestion.hint(for: name.lowercased(), in: fields)
      throw QueryError(
        column: column,
        message: "unknown field '\(name)'"
          + (hint.isEmpty ? "; known fields: \(fields.joined(separator: ", "))" : hint))
    }
    func choice<T: RawRepresentable<String> & CaseIterable>(_: T.Type, _ what: String)
      throws(QueryError) -> T
    {
      let key = value.lowercased().replacingHyphens()
      if let match = T(rawValue: key) { return match }
      let names = T.allCases.map(\.rawValue)
      let hint = Suggestion.hint(for: key, in: names)
      throw QueryError(
        column: valueColumn,
        message: "unknown \(what) '\(value)'"
          + (hint.isEmpty ? "; expected one of: \(names.joined(separator: ", "))" : hint))
    }
    func flag() throws(QueryError) -> Bool {
      switch value.lowercased() {
      case "yes", "true": return true
      case "no", "false": return false
      default:
        throw QueryError(
          column: valueColumn, message: "expected yes or no after '\(name):', found '\(value)'")
      }
    }
    switch field {
    case .id: return .id(value)
    case .author: return .author(value)
    case .strength: return .strength(try choice(EvidenceStrength.self, "strength"))
    case .method: return .method(value)
    case .onlyMethod: return .onlyMethod(value)
    case .source: return .source(value)
    case .sourceType: return .sourceType(try choice(SourceType.self, "source type"))
    case .about: return .about(value)
    case .region: return .entity(.region, value)
    case .receptor: return .entity(.receptor, value)
    case .condition: return .entity(.condition, value)
    case .molecule: return .entity(.molecule, value)
    case .intervention: return .entity(.intervention, value)
    case .structure: return .entity(.structure, value)
    case .section: return .section(value)
    case .article: return .article(value)
    case .stance: return .stance(try choice(Stance.self, "stance"))
    case .cited: return .cited(try flag())
    case .listed: return .listed(try flag())
    case .year: return .year(try year(value, column: valueColumn))
    }
  }

  /// `2010`, `>=2010`, `<2000`, `2008..2015`, `2008..`, `..2015`.
  static func year(_ value: String, column: Int) throws(QueryError) -> YearConstraint {
    let characters = Array(value)
    if let dots = value.firstRange(of: "..") {
      let lower = String(value[..<dots.lowerBound])
      let upper = String(value[dots.upperBound...])
      let upperColumn = column + lower.unicodeScalars.count + 2
      let low = try lower.isEmpty ? nil : number(lower, column: column, after: "a year range")
      let high = try upper.isEmpty ? nil : number(upper, column: upperColumn, after: "'..'")
      switch (low, high) {
      case (let low?, let high?):
        guard low <= high else {
          throw QueryError(
            column: column, message: "empty range: \(low) is after \(high); write \(high)..\(low)")
        }
        return YearConstraint(low...high)
      case (let low?, nil): return YearConstraint(.greaterOrEqual, low)
      case (nil, let high?): return YearConstraint(.lessOrEqual, high)
      case (nil, nil):
        throw QueryError(
          column: column, message: "'..' needs a year on at least one side, e.g. 2008..2015")
      }
    }
    let operatorLength = characters.prefix { "<>=!".contains($0) }.count
    let symbol = String(characters.prefix(operatorLength))
    guard !symbol.isEmpty else {
      guard let year = Self.digits(value) else {
        throw QueryError(
          column: column,
          message: "expected a year, a comparison such as >=2010 or a range such as 2008..2015, "
            + "found '\(value)'")
      }
      return YearConstraint(.equal, year)
    }
    guard let comparison = YearConstraint.Comparison(rawValue: symbol) else {
      let reversed = String(symbol.reversed())
      let hint =
        YearConstraint.Comparison(rawValue: reversed) != nil
        ? "; did you mean '\(reversed)'?" : "; use one of >, >=, <, <=, ="
      throw QueryError(column: column, message: "'\(symbol)' is not a comparison\(hint)")
    }
    let rest = String(characters.dropFirst(operatorLength))
    return YearConstraint(
      comparison, try number(rest, column: column + operatorLength, after: "'\(symbol)'"))
  }

  private static func number(_ text: String, column: Int, after what: String) throws(QueryError)
    -> Int
  {
    guard let year = digits(text) else {
      let found = text.isEmpty ? "nothing" : "'\(text)'"
      throw QueryError(
        column: column, message: "expected a year after \(what), e.g. year:>=2010; found \(found)")
    }
    return year
  }

  private static func digits(_ text: String) -> Int? {
    guard !text.isEmpty, text.count <= 9, text.allSatisfy({ $0.isASCII && $0.isNumber }) else {
      return nil
    }
    return Int(text)
  }
}

extension String {
  /// `meta-analysis` → `meta_analysis`, so enum values can be typed either way.
  fileprivate func replacingHyphens() -> String {
    String(map { $0 == "-" ? "_" : $0 })
  }
}
