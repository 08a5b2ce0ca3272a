import ClaimGraph

/// Renders the summary tables as JSON.
///
/// The shape: `{"title","by","tables":[{"strength","title","claims","groups":[{"id","title","rows":[…],
/// "see_also":[…]}],"references":[…]}]}`. A row's `evidence` holds the citations the article
/// makes; `inferred` those it does not, which are never evidence; `stated` the methods the
/// claim's own sentence describes without naming a study.
public struct JSONTablesRenderer: SummaryTablesRenderer {
  /// The JSON renderer; it has no options (the output is always pretty-printed).
  public init() {}

  /// The tables as pretty-printed JSON.
  public func render(_ tables: SummaryTables) -> String {
    json(tables).serialized() + "\n"
  }

  /// The tables as a JSON value.
  public func json(_ tables: SummaryTables) -> JSONValue {
    .object([
      (ModelField.title.key, .string(tables.title)),
      ("by", .optional(tables.grouping?.rawValue)),
      ("tables", .array(tables.tables.map(json))),
    ])
  }

  private func json(_ table: SummaryTable) -> JSONValue {
    .object([
      (ModelField.strength.key, .string(table.strength.rawValue)),
      (ModelField.title.key, .string(table.title)),
      ("claims", .int(table.claimCount)),
      (
        "groups",
        .array(
          table.groups.map { group in
            .object([
              (ModelField.id.key, .optional(group.id)),
              (ModelField.title.key, .optional(group.title)),
              ("rows", .array(group.rows.map(json))),
              (
                "see_also",
                .array(
                  group.seeAlso.map { link in
                    .object([
                      (ModelField.id.key, .string(link.id)),
                      (ModelField.title.key, .string(link.title)),
                      ("claims", .int(link.count)),
                    ])
                  })
              ),
            ])
          })
      ),
      ("references", .array(table.references.map(json))),
    ])
  }

  private func json(_ row: SummaryRow) -> JSONValue {
    .object([
      (ModelField.claim.key, .string(row.claim.rawValue)),
      (ModelField.statement.key, .string(row.statement)),
      (ModelField.strength.key, .string(row.strength.rawValue)),
      ("listed_support", .bool(row.hasListedSupport)),
      ("backed", .bool(row.isBacked)),
      ("evidence", .array(row.evidence.map(json))),
      (ModelField.inferred.key, .array(row.inferred.map(json))),
      ("stated", .array(row.stated.map(json))),
      (ModelField.about.key, .array(row.about.map(json))),
    ])
  }

  private func json(_ evidence: SummaryEvidence) -> JSONValue {
    .object([
      (ModelField.source.key, .string(evidence.source.rawValue)),
      (ModelField.label.key, .string(evidence.label)),
      (ModelField.listed.key, .bool(evidence.isListed)),
      (ModelField.methods.key, .array(evidence.methods.map(json))),
      (ModelField.stance.key, .string(evidence.stance.rawValue)),
    ])
  }

  private func json(_ reference: SummaryReference) -> JSONValue {
    .object([
      (ModelField.source.key, .string(reference.source.rawValue)),
      (ModelField.label.key, .string(reference.label)),
      (ModelField.title.key, .string(reference.title)),
      (ModelField.mentionedAs.key, .optional(reference.mentionedAs)),
      (ModelField.venue.key, .optional(reference.venue)),
      (ModelField.listed.key, .bool(reference.isListed)),
      (ModelField.doi.key, .optional(reference.doi)),
      ("doi_added", .bool(reference.isDOIAdded)),
      ("inferred_only", .bool(reference.isInferredOnly)),
    ])
  }

  private func json(_ topic: SummaryTopic) -> JSONValue {
    .object([
      (ModelField.id.key, .string(topic.id.rawValue)),
      (ModelField.name.key, .string(topic.name)),
      (ModelField.kind.key, .optional(topic.kind?.rawValue)),
    ])
  }
}
