import ClaimGraph

extension Baseline {
  /// The baseline as deterministic, pretty-printed JSON (reviewable in diffs).
  public var json: JSONValue {
    .object([
      ("version", .int(version)),
      ("tool", .string("claimgraph")),
      (
        "entries",
        .array(
          entries.map { entry in
            .object([
              ("rule", .string(entry.rule)),
              ("node", .optional(entry.node)),
              ("fingerprint", .string(entry.fingerprint)),
              ("count", .int(entry.count)),
              ("file", .optional(entry.file)),
              ("message", .string(entry.message)),
            ])
          })
      ),
    ])
  }
}
