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
