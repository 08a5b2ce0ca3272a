import ArgumentParser

/// The two formats every summary command offers.
enum TextOrJSON: String, ExpressibleByArgument, CaseIterable {
  case text
  case json
}
