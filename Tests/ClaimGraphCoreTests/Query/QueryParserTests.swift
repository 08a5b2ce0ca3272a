import ClaimGraph
import Testing

@Suite struct QueryParserTests {
  @Test func andBindsTighterThanOr() throws {
    let query = try Query(parsing: "strength:established method:pet OR cited:no")
    #expect(
      query
        == .or([
          .and([.term(.strength(.established)), .term(.method("pet"))]), .term(.cited(false)),
        ]))
    #expect(query.description == "strength:established method:pet OR cited:no")
  }

  @Test func parenthesesOverridePrecedence() throws {
    let query = try Query(parsing: "strength:established (method:pet OR cited:no)")
    #expect(
      query
        == .and([
          .term(.strength(.established)), .or([.term(.method("pet")), .term(.cited(false))]),
        ]))
    #expect(query.description == "strength:established (method:pet OR cited:no)")
  }

  @Test func explicitAndAndNestedGroupsFlatten() throws {
    let query = try Query(parsing: "(a AND b) c OR (d OR e)")
    #expect(
      query
        == .or([
          .and([.term(.text("a")), .term(.text("b")), .term(.text("c"))]),
          .term(.text("d")), .term(.text("e")),
        ]))
  }

  @Test func negationWithMinusAndNot() throws {
    #expect(try Query(parsing: "-cited:yes") == .not(.term(.cited(true))))
    #expect(try Query(parsing: "NOT cited:yes") == .not(.term(.cited(true))))
    let grouped = try Query(parsing: "-(method:pet OR method:fmri) about:mor")
    #expect(
      grouped
        == .and([
          .not(.or([.term(.method("pet")), .term(.method("fmri"))])), .term(.about("mor")),
        ]))
    #expect(grouped.description == "-(method:pet OR method:fmri) about:mor")
    #expect(try Query(parsing: "--x") == .not(.not(.term(.text("x")))))
  }

  @Test func hyphensInsideWordsAreNotNegation() throws {
    #expect(try Query(parsing: "mu-opioid") == .term(.text("mu-opioid")))
    #expect(try Query(parsing: "about:mu-opioid-receptor") == .term(.about("mu-opioid-receptor")))
  }

  @Test func quotedValuesAndText() throws {
    #expect(try Query(parsing: "\"mu opioid\"") == .term(.text("mu opioid")))
    #expect(
      try Query(parsing: "about:\"Mu-opioid receptor\"") == .term(.about("Mu-opioid receptor")))
    #expect(try Query(parsing: #""say \"hi\"""#) == .term(.text("say \"hi\"")))
    #expect(try Query(parsing: "\"OR\"") == .term(.text("OR")))
    #expect(try Query(parsing: "\"or\"") == .term(.text("or")))
  }

  @Test func canonicalDescriptionQuotesWhereNeeded() {
    let query = Query.and([
      .term(.text("mu opioid")), .term(.about("a:b")), .term(.text("OR")), .term(.text("-x")),
      .term(.section("say \"hi\"")),
    ])
    #expect(query.description == #""mu opioid" about:"a:b" "OR" "-x" section:"say \"hi\"""#)
  }

  @Test(arguments: [
    ("strength:established", QueryTerm.strength(.established)),
    ("strength:UNCERTAIN", .strength(.uncertain)),
    ("method:PET", .method("PET")),
    ("only-method:pet", .onlyMethod("pet")),
    ("source:boecker-2008", .source("boecker-2008")),
    ("source-type:meta-analysis", .sourceType(.metaAnalysis)),
    ("source-type:review_article", .sourceType(.reviewArticle)),
    ("about:mor", .about("mor")),
    ("region:PAG", .entity(.region, "PAG")),
    ("receptor:mor", .entity(.receptor, "mor")),
    ("condition:ptsd", .entity(.condition, "ptsd")),
    ("molecule:be", .entity(.molecule, "be")),
    ("intervention:exercise", .entity(.intervention, "exercise")),
    ("section:clinical", .section("clinical")),
    ("stance:contradicts", .stance(.contradicts)),
    ("cited:yes", .cited(true)),
    ("cited:false", .cited(false)),
    ("listed:no", .listed(false)),
    ("year:2010", .year(YearConstraint(.equal, 2010))),
    ("year:>=2010", .year(YearConstraint(.greaterOrEqual, 2010))),
    ("year:>2010", .year(YearConstraint(.greater, 2010))),
    ("year:<2010", .year(YearConstraint(.less, 2010))),
    ("year:<=2010", .year(YearConstraint(.lessOrEqual, 2010))),
    ("year:=2010", .year(YearConstraint(.equal, 2010))),
    ("year:2008..2015", .year(YearConstraint(2008...2015))),
    ("year:2008..", .year(YearConstraint(.greaterOrEqual, 2008))),
    ("Strength:refuted", .strength(.refuted)),
  ])
  func everyField(text: String, term: QueryTerm) throws {
    let query = try Query(parsing: text)
    #expect(query == .term(term))
    #expect(try Query(parsing: query.description) == query)
  }

  @Test func yearConstraintsBound() {
    #expect(YearConstraint(.greater, 2010).contains(2011))
    #expect(!YearConstraint(.greater, 2010).contains(2010))
    #expect(YearConstraint(.lessOrEqual, 2010).contains(2010))
    #expect(!YearConstraint(.less, 2010).contains(2010))
    #expect(YearConstraint(2008...2015).contains(2015))
    #expect(!YearConstraint(2008...2015).contains(2016))
  }

  @Test(arguments: [
    ("strenght:established", 1, "unknown field 'strenght'; did you mean 'strength'?"),
    (
      "cited:no zzz:1", 10,
      "unknown field 'zzz'; known fields: id, strength, method, only-method, source, author, source-type, "
        + "about, region, receptor, condition, molecule, intervention, structure, section, article, stance, "
        + "cited, listed, year"
    ),
    ("strength:", 10, "empty value after 'strength:'; write e.g. strength:established"),
    ("(cited:no method: )", 18, "empty value after 'method:'; write e.g. method:pet"),
    ("(method:pet OR cited:no", 1, "unbalanced parenthesis: this '(' is never closed"),
    ("method:pet) cited:no", 11, "unbalanced parenthesis: ')' has no matching '('"),
    ("a ()", 3, "empty parentheses; put a term inside, e.g. (cited:no)"),
    ("OR method:pet", 1, "'OR' needs a term before it, e.g. method:pet OR method:fmri"),
    ("method:pet OR", 12, "'OR' needs a term after it"),
    ("method:pet OR OR x", 15, "expected a term after 'OR', found 'OR'"),
    ("a AND )", 7, "expected a term after 'AND', found ')'"),
    ("- cited:no", 1, "'-' must be followed by a term with no space in between, e.g. -cited:yes"),
    ("x \"mu opioid", 3, "unterminated quote; close it with '\"'"),
    ("\"\"", 1, "empty quotes; put text between them"),
    (":pet", 1, "missing field name before ':'; write e.g. strength:established"),
    (
      "strength:establised", 10,
      "unknown strength 'establised'; did you mean 'established'?"
    ),
    (
      "stance:support", 8,
      "unknown stance 'support'; did you mean 'supports'?"
    ),
    ("stance:x", 8, "unknown stance 'x'; expected one of: supports, contradicts, mentions"),
    ("year:!2010", 6, "'!' is not a comparison; use one of >, >=, <, <=, ="),
    ("cited:maybe", 7, "expected yes or no after 'cited:', found 'maybe'"),
    ("year:=>2010", 6, "'=>' is not a comparison; did you mean '>='?"),
    ("year:>=20x0", 8, "expected a year after '>=', e.g. year:>=2010; found '20x0'"),
    ("year:>=", 8, "expected a year after '>=', e.g. year:>=2010; found nothing"),
    ("year:2015..2008", 6, "empty range: 2015 is after 2008; write 2008..2015"),
    ("year:2008..20x5", 12, "expected a year after '..', e.g. year:>=2010; found '20x5'"),
    (
      "year:recent", 6,
      "expected a year, a comparison such as >=2010 or a range such as 2008..2015, found 'recent'"
    ),
    (
      "", 1,
      "empty query; write a term such as strength:established or a word of the statement"
    ),
    ("β-endorphin strenth:x", 13, "unknown field 'strenth'; did you mean 'strength'?"),
  ])
  func errorsPointAtTheColumn(text: String, column: Int, message: String) {
    #expect(throws: QueryError(column: column, message: message)) { try Query(parsing: text) }
  }
}
