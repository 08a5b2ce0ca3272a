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
      ("title", .string(tables.title)),
      ("by", .optional(tables.grouping?.rawValue)),
      ("tables", .array(tables.tables.map(json))),
    ])
  }

  private func json(_ table: SummaryTable) -> JSONValue {
    .object([
      ("strength", .string(table.strength.rawValue)),
      ("title", .string(table.title)),
      ("claims", .int(table.claimCount)),
      (
        "groups",
        .array(
          table.groups.map { group in
            .object([
              ("id", .optional(group.id)),
              ("title", .optional(group.title)),
              ("rows", .array(group.rows.map(json))),
              (
                "see_also",
                .array(
                  group.seeAlso.map { link in
                    .object([
                      ("id", .string(link.id)), ("title", .string(link.title)),
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
      ("claim", .string(row.claim.rawValue)),
      ("statement", .string(row.statement)),
      ("strength", .string(row.strength.rawValue)),
      ("listed_support", .bool(row.hasListedSupport)),
      ("backed", .bool(row.isBacked)),
      ("evidence", .array(row.evidence.map(json))),
      ("inferred", .array(row.inferred.map(json))),
      ("stated", .array(row.stated.map(json))),
      ("about", .array(row.about.map(json))),
    ])
  }

  private func json(_ evidence: SummaryEvidence) -> JSONValue {
    .object([
      ("source", .string(evidence.source.rawValue)),
      ("label", .string(evidence.label)),
      ("listed", .bool(evidence.isListed)),
      ("methods", .array(evidence.methods.map(json))),
      ("stance", .string(evidence.stance.rawValue)),
    ])
  }

  private func json(_ reference: SummaryReference) -> JSONValue {
    .object([
      ("source", .string(reference.source.rawValue)),
      ("label", .string(reference.label)),
      ("title", .string(reference.title)),
      ("mentioned_as", .optional(reference.mentionedAs)),
      ("venue", .optional(reference.venue)),
      ("listed", .bool(reference.isListed)),
      ("doi", .optional(reference.doi)),
      ("doi_added", .bool(reference.isDOIAdded)),
      ("inferred_only", .bool(reference.isInferredOnly)),
    ])
  }

  private func json(_ topic: SummaryTopic) -> JSONValue {
    .object([
      ("id", .string(topic.id.rawValue)),
      ("name", .string(topic.name)),
      ("kind", .optional(topic.kind?.rawValue)),
    ])
  }
}
