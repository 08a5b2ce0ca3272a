import ClaimGraph
import ClaimGraphFormats
import ClaimGraphYAML
import Foundation

extension ClaimGraphProject {
  /// Starts an article's graph from its text, as `claimgraph init` does: writes the
  /// `ArticleScaffold` of the text into the article's folder.
  ///
  /// The article's id is the text's file name in kebab case (`Sleep and Memory.txt` is
  /// `sleep-and-memory`). Nothing is overwritten: when any file of the scaffold exists,
  /// nothing is written. The files are written all or none.
  ///
  /// - Parameters:
  ///   - textPath: the article's text, a UTF-8 file (relative to ``workingDirectory``).
  ///   - folder: the article's folder; nil is `articles/ID` in the graph's directory.
  ///   - schema: the authors' JSON Schema (relative to ``workingDirectory``), which the
  ///     YAML files name for editors; nil names none.
  /// - Throws: ``ProjectError/unusableFile(_:)`` when the text cannot be read or the files
  ///   cannot be written, ``ProjectError/wouldOverwrite(_:)`` naming the files that exist.
  public func startArticle(
    from textPath: String, into folder: String? = nil,
    schema: String? = "Exports/" + AuthoringSchema.fileName
  ) throws(ProjectError) -> ArticleStart {
    let directory = WorkingDirectory(workingDirectory)
    let text: String
    switch TextFile.read(directory.absolute(textPath), maxBytes: limits.yaml.maxFileBytes) {
    case .success(let read): text = read
    case .failure(let problem):
      throw .unusableFile("cannot start an article from '\(textPath)': \(problem.message)")
    }
    let name = ((textPath as NSString).lastPathComponent as NSString).deletingPathExtension
    let id = Self.articleID(fromFileName: name)
    let folder = folder ?? (graphPath as NSString).appendingPathComponent("articles/\(id)")
    let outline = ArticleOutline(ArticleText(path: textPath, text: text), fallbackTitle: name)
    let absoluteFolder = directory.absolute(folder)
    let scaffold = ArticleScaffold(
      id: id, outline: outline, text: text, origin: (textPath as NSString).lastPathComponent,
      schema: schema.map {
        Self.relativePath(from: absoluteFolder, to: directory.absolute($0))
      })
    let paths = scaffold.files.map { (folder as NSString).appendingPathComponent($0.path) }
    let existing = paths.filter { path in
      var status = stat()
      return lstat(directory.absolute(path), &status) == 0
    }
    guard existing.isEmpty else { throw .wouldOverwrite(existing) }
    do {
      let claims = absoluteFolder + "/claims"
      try FileManager.default.createDirectory(atPath: claims, withIntermediateDirectories: true)
      var batch = AtomicFileBatch()
      for (file, path) in zip(scaffold.files, paths) {
        try batch.stage(directory.absolute(path)) { sink in try sink.write(file.text) }
      }
      try batch.commit()
    } catch {
      throw .unusableFile("cannot write the article's files in '\(folder)': \(error)")
    }
    return ArticleStart(id: id, folder: folder, files: paths, outline: outline)
  }

  /// An article id from a file name: its first words in kebab case, or `article`.
  static func articleID(fromFileName name: String) -> String {
    let id = ArticleOutline.suggestedID(for: name, words: 8)
    return id.isEmpty ? "article" : id
  }

  /// The path of `target` seen from the folder `base` (both absolute and standardized).
  static func relativePath(from base: String, to target: String) -> String {
    let from = base.split(separator: "/")
    let to = target.split(separator: "/")
    var common = 0
    while common < min(from.count, to.count), from[common] == to[common] { common += 1 }
    let up = Array(repeating: "..", count: from.count - common)
    return (up + to[common...].map(String.init)).joined(separator: "/")
  }
}
