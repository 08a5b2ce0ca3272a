import ClaimGraph
import ClaimGraphFormats
import Foundation

/// The pictures `claimgraph build` renders with Graphviz into `EXPORTS/pictures/`: the
/// entity map and one per section (see ``GraphPicture/pictures(of:)``).
///
/// Without Graphviz they are skipped with a note. `--check` renders them again and
/// compares, but only pictures that the installed Graphviz version rendered: another
/// version lays the same DOT out differently, which is not staleness.
struct PictureArtifacts {
  /// The folder the pictures go to.
  let folder: String
  /// Each picture and the file it goes to.
  let planned: [(path: String, picture: GraphPicture)]
  /// Graphviz, when installed.
  let graphviz: Graphviz?
  /// Its version, when installed.
  let version: String?
  /// How many pictures the last ``stale()`` compared.
  private(set) var compared = 0

  init(graph: KnowledgeGraph, name: String, exports: String, graphviz: Graphviz? = .find()) throws {
    folder = "\(exports)/pictures"
    planned = GraphPicture.pictures(of: graph).map { picture in
      ("\(exports)/pictures/\(name)-\(picture.name).svg", picture)
    }
    self.graphviz = graphviz
    version = try graphviz?.version()
  }

  /// A note for standard error when the pictures cannot be rendered here.
  var note: String? {
    graphviz == nil
      ? "note: Graphviz ('dot') is not installed: the \(planned.count) pictures in \(folder) "
        + "were not rendered (install graphviz to render them)\n" : nil
  }

  /// Every picture as SVG, with its path; none without Graphviz.
  func render() throws -> [(path: String, svg: [UInt8])] {
    guard let graphviz else { return [] }
    return try planned.map { path, picture in (path, try graphviz.svg(of: try picture.dot())) }
  }

  /// The paths of pictures that are missing or differ from what this Graphviz renders
  /// now; pictures rendered by another version are skipped, with a note.
  mutating func stale() throws -> [String] {
    guard let graphviz, let version else { return [] }
    var stale: [String] = []
    var otherVersions = 0
    compared = 0
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
    if otherVersions > 0 {
      Console.current.writeError(
        "note: \(otherVersions) pictures in \(folder) were rendered by another Graphviz "
          + "version than \(version); not compared\n")
    }
    return stale
  }
}
