/// Who cites a source, with inferred citations kept apart: every list or count of a
/// source's citations is made from these, so none counts an inferred citation as backing.
extension KnowledgeGraph {
  /// Every citation of a source, with its claim, in claim order (a claim once per
  /// citation of the source), inferred ones included.
  public func citations(of source: NodeID) -> [(claim: Claim, citation: Citation)] {
    claims(citing: source).flatMap { claim in
      claim.citations.filter { $0.source == source }.map { (claim, $0) }
    }
  }

  /// The claims citing a source, split in two: those with a citation of it that the text
  /// makes (`made`) and those whose every citation of it is inferred (`inferred`), each in
  /// claim order.
  public func citingClaims(of source: NodeID) -> (made: [Claim], inferred: [Claim]) {
    var made: [Claim] = []
    var inferred: [Claim] = []
    for claim in claims(citing: source) {
      let isInferredOnly = claim.citations.allSatisfy { $0.source != source || $0.isInferred }
      if isInferredOnly { inferred.append(claim) } else { made.append(claim) }
    }
    return (made, inferred)
  }
}

extension KnowledgeGraph {
  /// Where a claim is stated in its article's text: the start of each passage its quotes
  /// were found at (every candidate of an ambiguous one), in reading order; empty for any
  /// other node or a claim without a text.
  ///
  /// Reports point here besides the YAML (SARIF `relatedLocations`), so a change that
  /// only edits the article is shown at its lines too.
  public func articleLocations(of node: NodeID) -> [SourceLocation] {
    guard let claim = claim(node), let grounding = grounding(of: claim) else { return [] }
    return grounding.passages(ofClaim: node).map {
      SourceLocation(file: grounding.text.path, line: $0.line, column: $0.column)
    }
  }
}
