import ClaimGraphBenchmarks

/// Everything measured for one catalogue size.
struct SizeResult {
  /// How a stage or Python operation turned out.
  enum Outcome {
    case measured(StageMeasurement)
    case pending(String)
    case failed(String)

    var measurement: StageMeasurement? {
      if case .measured(let measurement) = self { measurement } else { nil }
    }
  }

  var claims: Int
  /// The articles of the library.
  var articles: Int
  var files: Int
  var yamlBytes: Int
  /// The bytes of the articles' texts.
  var textBytes: Int
  /// The findings the catalogue plants.
  var planted: SyntheticCatalogue.Planted
  var generationSeconds: Double
  var runsPerStage: Int
  /// Our stages, in registry order.
  var stages: [(stage: BenchmarkStage, outcome: Outcome)] = []
  /// The Python operations, in ``PythonOperation`` order.
  var python: [(operation: PythonOperation, outcome: Outcome)] = []

  func python(_ operation: PythonOperation) -> StageMeasurement? {
    python.first { $0.operation == operation }?.outcome.measurement
  }
}
