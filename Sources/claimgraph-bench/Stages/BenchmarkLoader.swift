import ClaimGraphYAML

extension GraphLoader {
  /// The loader every stage uses: the default limits, except the size of one file.
  ///
  /// The benchmark reads only the files it generated, and its largest are meant to be
  /// large: the one-article corpus at 1M quotes has a 127 MB text, which the default
  /// 64 MiB limit refuses (as it should for a graph from a pull request; a user with such
  /// an article passes `--max-file-size`). A gibibyte keeps every generated file readable
  /// and every other guard in force.
  static let benchmark = GraphLoader(limits: .init(maxFileBytes: 1 << 30))
}
