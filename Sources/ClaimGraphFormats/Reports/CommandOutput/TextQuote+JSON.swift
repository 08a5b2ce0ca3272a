import ClaimGraph

extension TextQuote {
  /// Quotes as JSON records, the same in exports and in command output.
  ///
  /// Each is `{"exact", "prefix", "suffix"}` as authored; with `matches` (from a
  /// ``Grounding``), also `"found"` (`once`, `ambiguous` or `no`) and, when found once,
  /// where: `line` and `column` from 1, and `start` and `end` as offsets in Unicode
  /// scalars (end excluded).
  package static func json(_ quotes: [TextQuote], _ matches: [QuoteMatch]?) -> [JSONValue] {
    quotes.enumerated().map { index, quote in
      var members: [(String, JSONValue)] = [(ModelField.exact.key, .string(quote.exact))]
      if let prefix = quote.prefix { members.append((ModelField.prefix.key, .string(prefix))) }
      if let suffix = quote.suffix { members.append((ModelField.suffix.key, .string(suffix))) }
      guard let matches, matches.indices.contains(index) else { return .object(members) }
      switch matches[index] {
      case .found(let span):
        members += [
          ("found", .string("once")), ("line", .int(span.line)), ("column", .int(span.column)),
          ("start", .int(span.start)), ("end", .int(span.end)),
        ]
      case .ambiguous: members.append(("found", .string("ambiguous")))
      case .notFound: members.append(("found", .string("no")))
      }
      return .object(members)
    }
  }
}
