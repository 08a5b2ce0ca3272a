// swift-tools-version: 6.0
// libFuzzer targets for ClaimGraph. Kept in their own package so that a plain `swift build`
// of ClaimGraph never tries to link them; `Fuzz/run` builds them with the fuzzer and address
// sanitizers and runs each for a bounded time.
import PackageDescription

let package = Package(
  name: "ClaimGraphFuzz",
  dependencies: [.package(name: "ClaimGraph", path: "..")],
  targets: [
    .target(name: "FuzzSupport"),
    .target(
      name: "FuzzReaderRoundTrip",
      dependencies: [
        .product(name: "ClaimGraph", package: "ClaimGraph"),
        .product(name: "ClaimGraphFormats", package: "ClaimGraph"),
      ]
    ),
    .executableTarget(
      name: "FuzzYAMLLoader",
      dependencies: ["FuzzSupport", .product(name: "ClaimGraph", package: "ClaimGraph")]
    ),
    .executableTarget(
      name: "FuzzGraphMLReader",
      dependencies: [
        "FuzzSupport", "FuzzReaderRoundTrip",
        .product(name: "ClaimGraphFormats", package: "ClaimGraph"),
      ]
    ),
    .executableTarget(
      name: "FuzzNodeLinkJSONReader",
      dependencies: [
        "FuzzSupport", "FuzzReaderRoundTrip",
        .product(name: "ClaimGraphFormats", package: "ClaimGraph"),
      ]
    ),
    .executableTarget(
      name: "FuzzQueryParser",
      dependencies: ["FuzzSupport", .product(name: "ClaimGraph", package: "ClaimGraph")]
    ),
  ]
)
