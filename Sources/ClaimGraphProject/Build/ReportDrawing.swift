import ClaimGraph
import ClaimGraphFormats

/// Draws the report's pictures with Graphviz's `dot` (``Graphviz``), in parallel.
enum ReportDrawing {
  /// The pictures drawn (those small enough), and a sentence for the page when `dot` is
  /// missing.
  static func draw(_ pictures: [ReportPicture], environment: [String: String]) -> (
    pictures: [ReportPicture], note: String?
  ) {
    guard let graphviz = Graphviz.find(path: environment["PATH"]) else {
      return (
        pictures,
        "Graphviz's dot program was not found when this report was made, so it has no "
          + "pictures; install Graphviz and run claimgraph report again to draw them."
      )
    }
    let drawn = ParallelMap.map(pictures) { picture -> ReportPicture in
      guard picture.isDrawable, let source = try? picture.dot() else { return picture }
      var result = picture
      result.svg = (try? graphviz.svg(of: source)).map { String(decoding: $0, as: UTF8.self) }
      return result
    }
    return (drawn, nil)
  }
}
