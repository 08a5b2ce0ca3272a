import ClaimGraph
import ClaimGraphFormats
import Foundation

/// The pictures `claimgraph build` renders with Graphviz into `EXPORTS/pictures/`: the
/// entity map and one per section (see ``GraphPicture/pictures(of:)``).
///
/// Without Graphviz they are skipped with a note. A check renders them again and
/// compares, but only pictures that the installed Graphviz version rendered: another
/// version lays the same DOT out differently, which is not staleness.
struct BuildPictures: Sendable {
  /// The folder the pictures go to.
  let folder: String
  /// Each picture and the file it goes to.
  let planned: [(path: String, picture: GraphPicture)]
  /// Graphviz, when installed.
  let graphviz: Graphviz?

  /// The pictures of `graph`, named `NAME-PICTURE.svg` in `EXPORTS/pictures`.
  init(graph: KnowledgeGraph, name: String, exports: String, graphviz: Graphviz?) {
    folder = "\(exports)/pictures"
    planned = GraphPicture.pictures(of: graph).map { picture in
      ("\(exports)/pictures/\(name)-\(picture.name).svg", picture)
    }
    self.graphviz = graphviz
  }

  /// A note for standard error when the pictures cannot be rendered here.
  var note: String? {
    graphviz == nil
      ? "note: Graphviz ('dot') is not installed: the \(planned.count) pictures in \(folder) "
        + "were not rendered (install graphviz to render them)" : nil
  }

  /// Every picture as SVG, with its path; none without Graphviz.
  func render() throws -> [(path: String, svg: [UInt8])] {
    guard let graphviz else { return [] }
    return try planned.map { path, picture in (path, try graphviz.svg(of: try picture.dot())) }
  }

  /// The pictures that are missing or differ from what this Graphviz renders now, how
  /// many were compared, and a note when some were rendered by another version (those
  /// are skipped).
  func check() throws -> (stale: [String], compared: Int, note: String?) {
    guard let graphviz else { return ([], 0, nil) }
    let version = try graphviz.version()
    var stale: [String] = []
    var otherVersions = 0
    var compared = 0
    for (path, picture) in planned {
      guard let data = FileManager.default.contents(atPath: path) else {
        stale.append(path + " (missing)")
        continue
      }
      let existing = [UInt8](data)
      guard Graphviz.version(ofSVG: existing) == version else {
        otherVersions += 1
        continue
      }
      compared += 1
      if try graphviz.svg(of: try picture.dot()) != existing { stale.append(path) }
    }
    let note =
      otherVersions > 0
      ? "note: \(otherVersions) pictures in \(folder) were rendered by another Graphviz "
        + "version than \(version); not compared" : nil
    return (stale, compared, note)
  }
}
