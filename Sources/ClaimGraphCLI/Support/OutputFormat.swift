import ArgumentParser

/// The two formats every summary command offers.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
  case text
  case json
}
