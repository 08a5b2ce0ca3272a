import ArgumentParser
import ClaimGraph
import ClaimGraphProject

/// `claimgraph init`: start an article's graph from its text.
struct InitCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "init",
    abstract: "Start an article's graph from its text: its sections and claim stubs.",
    discussion: """
      Writes the article's folder (by default Graph/articles/ID, ID being the text's file \
      name in kebab case): article.yaml with the title (the text's first line) and the \
      sections its headings open (short lines that end no sentence), the text copied \
      beside it as article.txt, one claims/NN-SECTION.yaml per section holding each of \
      its sentences as a commented-out claim stub (a suggested id, the section, the \
      sentence quoted exactly, its article.txt:LINE:COLUMN), with citation stubs where \
      the sentence names an author and year or appeals to research, and sources.yaml \
      with those sources as commented-out stubs. Every YAML file names the authoring \
      format's JSON Schema (Exports/claimgraph-authoring.schema.json, written by 'build') \
      in a '# yaml-language-server: $schema=' line, for editors. The graph loads at once; \
      uncomment and complete a stub to write its claim, and see 'coverage --uncovered' \
      for the sentences still to do. Nothing is overwritten: when a file exists, init \
      names it and exits with 2 without writing anything.
      """)

  @Argument(help: ArgumentHelp("The article's text, a UTF-8 file.", valueName: "article.txt"))
  var text: String

  @Option(
    help: ArgumentHelp(
      "The article's folder (default: Graph/articles/ID, or articles/ID in --graph).",
      valueName: "folder"))
  var into: String?

  @OptionGroup var graphOptions: GraphOptions

  func run() throws {
    let start = try graphOptions.project().startArticle(from: text, into: into)
    let console = Console.current
    for file in start.files { console.write("wrote \(file)\n") }
    console.write(start.summary + "\n")
  }
}
