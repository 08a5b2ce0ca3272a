// swift-tools-version: 6.0
import PackageDescription

let package = Package(
  name: "ClaimGraph",
  platforms: [.macOS(.v15)],
  products: [
    // The model, rules, queries and the YAML reader: no libxml2.
    .library(name: "ClaimGraph", targets: ["ClaimGraph", "ClaimGraphYAML"]),
    // Graph exports and the GraphML and node-link JSON readers (GraphML needs libxml2).
    .library(name: "ClaimGraphFormats", targets: ["ClaimGraphFormats"]),
    // What the command line does, as a library: the project session over all of them.
    .library(name: "ClaimGraphProject", targets: ["ClaimGraphProject"]),
    .executable(name: "claimgraph", targets: ["claimgraph"]),
    .executable(name: "claimgraph-bench", targets: ["claimgraph-bench"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
    // `BitSet` (BitCollections): the claim sets that queries combine; `UniqueArray`
    // (BasicContainers): the exporters' output buffer.
    .package(url: "https://github.com/apple/swift-collections", from: "1.6.0"),
    // `swift package generate-documentation --target ClaimGraph` (and ClaimGraphFormats,
    // ClaimGraphProject): the DocC catalogs, the reference.
    .package(url: "https://github.com/swiftlang/swift-docc-plugin", exact: "1.5.0"),
  ],
  targets: [
    .systemLibrary(
      name: "CLibXML2",
      path: "Sources/CLibXML2",
      pkgConfig: "libxml-2.0",
      providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]
    ),
    // libfyaml's YAML 1.2 event parser: the loader builds the graph straight from its events.
    .systemLibrary(
      name: "CLibFYAML",
      path: "Sources/CLibFYAML",
      pkgConfig: "libfyaml",
      providers: [.apt(["libfyaml-dev"]), .brew(["libfyaml"])]
    ),
    .target(
      name: "ClaimGraph",
      dependencies: [.product(name: "BitCollections", package: "swift-collections")]
    ),
    .target(name: "ClaimGraphYAML", dependencies: ["ClaimGraph", "CLibFYAML"]),
    .target(
      name: "ClaimGraphFormats",
      dependencies: [
        "ClaimGraph", "ClaimGraphYAML", "CLibXML2", "CLibFYAML",
        .product(name: "BasicContainers", package: "swift-collections"),
      ]),
    .target(
      name: "ClaimGraphProject",
      dependencies: ["ClaimGraph", "ClaimGraphYAML", "ClaimGraphFormats"]
    ),
    .target(
      name: "ClaimGraphCLI",
      dependencies: [
        "ClaimGraph", "ClaimGraphYAML", "ClaimGraphFormats", "ClaimGraphProject",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .executableTarget(name: "claimgraph", dependencies: ["ClaimGraphCLI"]),
    // Benchmarks: a synthetic-catalogue generator and the `claimgraph-bench` command.
    .target(name: "ClaimGraphBenchmarks", dependencies: ["ClaimGraph", "ClaimGraphFormats"]),
    .executableTarget(
      name: "claimgraph-bench",
      dependencies: [
        "ClaimGraph", "ClaimGraphYAML", "ClaimGraphFormats", "ClaimGraphBenchmarks", "CLibFYAML",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    // Test support, in no product. Every test target reads the one `Fixtures` tree through
    // `Fixture` here; this layer needs only the core (no libxml2, no libfyaml).
    .target(
      name: "ClaimGraphTestSupport",
      dependencies: ["ClaimGraph"],
      path: "Tests/ClaimGraphTestSupport",
      resources: [.copy("Fixtures")]
    ),
    // Support for tests of the formats and above: schema validation of the exports
    // (XMLValidator, over libxml2) and graphs loaded from YAML.
    .target(
      name: "ClaimGraphFormatsTestSupport",
      dependencies: [
        "ClaimGraph", "ClaimGraphYAML", "ClaimGraphFormats", "ClaimGraphTestSupport", "CLibXML2",
      ],
      path: "Tests/ClaimGraphFormatsTestSupport"
    ),
    // The core: model, graph, queries, rules and anchoring on graphs built in Swift.
    .testTarget(
      name: "ClaimGraphCoreTests",
      dependencies: ["ClaimGraph", "ClaimGraphTestSupport"]
    ),
    // Reading YAML and foreign formats, the exporters, reports and schema validation.
    .testTarget(
      name: "ClaimGraphFormatsTests",
      dependencies: [
        "ClaimGraph", "ClaimGraphYAML", "ClaimGraphFormats", "ClaimGraphBenchmarks",
        "ClaimGraphTestSupport", "ClaimGraphFormatsTestSupport",
        .product(name: "PropertyBased", package: "swift-property-based"),
      ]
    ),
    // The command line and the project session: commands, workflows, the built executable.
    .testTarget(
      name: "ClaimGraphCLITests",
      dependencies: [
        "ClaimGraph", "ClaimGraphYAML", "ClaimGraphFormats", "ClaimGraphProject", "ClaimGraphCLI",
        "ClaimGraphBenchmarks", "ClaimGraphTestSupport", "ClaimGraphFormatsTestSupport",
        "CLibFYAML",
      ]
    ),
  ]
)
