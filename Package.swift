// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "Beleg",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "beleg", targets: ["beleg"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        // System libraries (Debian: libstemmer-dev, libedit-dev).
        .systemLibrary(name: "CStemmer", path: "Sources/CStemmer", providers: [.apt(["libstemmer-dev"])]),
        .systemLibrary(name: "CLibEdit", path: "Sources/CLibEdit", pkgConfig: "libedit", providers: [.apt(["libedit-dev"])]),

        // Layers, in the order data flows.
        // Word lists as text resources (Data/), read once at start-up.
        .target(name: "WordLists", resources: [.copy("Data")]),
        .target(name: "Corpus"),
        .target(name: "TextAnalysis", dependencies: ["Corpus", "CStemmer", "WordLists"]),
        .target(name: "Timex", dependencies: ["WordLists"]),
        .target(name: "Retrieval", dependencies: ["TextAnalysis"]),
        .target(name: "Facts", dependencies: ["TextAnalysis", "Timex", "WordLists"]),
        .target(name: "Answering", dependencies: ["Retrieval", "Facts", "WordLists"], resources: [.copy("Resources/question-words.txt")]),
        // The on-disk cache of analysed corpus files (documents, index, facts), under $XDG_CACHE_HOME/beleg.
        .target(name: "CorpusCache", dependencies: ["Corpus", "TextAnalysis", "Retrieval", "Facts", "Answering"]),
        .target(name: "Rendering", dependencies: ["Answering"]),
        .target(name: "LineEditing", dependencies: ["CLibEdit"]),
        .target(name: "Shell", dependencies: ["Rendering", "Answering", "LineEditing", "Corpus", "CorpusCache"]),
        .executableTarget(name: "beleg-bench", dependencies: [
            "Answering", "Corpus", "CorpusCache", "TextAnalysis", "Timex",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        // libFuzzer target (`make fuzz`): an ordinary build links too and replays inputs from files.
        .target(name: "CFuzzDriver"),
        .executableTarget(name: "beleg-fuzz", dependencies: ["CFuzzDriver", "Corpus", "TextAnalysis", "Facts", "Answering"]),
        .executableTarget(name: "beleg", dependencies: [
            "Shell", "Corpus",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),

        .testTarget(name: "WordListsTests", dependencies: ["WordLists"]),
        // Where tests find the package root and ../shared, and the skip policy for missing shared data.
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(name: "CorpusTests", dependencies: ["TestSupport", "Corpus"]),
        .testTarget(name: "TextAnalysisTests", dependencies: ["TestSupport", "TextAnalysis"]),
        .testTarget(name: "TimexTests", dependencies: ["TestSupport", "Timex"]),
        .testTarget(name: "RetrievalTests", dependencies: ["Retrieval"]),
        .testTarget(name: "FactsTests", dependencies: ["TestSupport", "Facts"]),
        .testTarget(name: "AnsweringTests", dependencies: ["TestSupport", "Answering", "Rendering", "Facts", "WordLists"]),
        .testTarget(name: "CorpusCacheTests", dependencies: ["TestSupport", "CorpusCache", "Answering", "Corpus"]),
        .testTarget(name: "RenderingTests", dependencies: ["Rendering"]),
        .testTarget(name: "LineEditingTests", dependencies: ["LineEditing"]),
        .testTarget(name: "ShellTests", dependencies: ["TestSupport", "Shell"], exclude: ["Transcripts"]),
    ],
    swiftLanguageModes: [.v6]
)
