import ClaimGraph

/// One mapping of the authoring format (a claim, a citation, a source…): the keys it
/// accepts, each with the shape of its value.
///
/// The YAML reader accepts exactly a table's keys (``GraphDocument`` declares its tables),
/// and the authors' JSON Schema is generated from the same tables, so the two cannot
/// drift: a key added to a table is read and described at once.
package struct FieldTable: Sendable {
  /// One key of a mapping.
  package struct Field: Sendable {
    /// The model's field, whose ``ClaimGraph/ModelField/key`` is the key.
    package let field: ModelField
    /// The key as written in YAML.
    package var key: String { field.key }
    /// What its value may be.
    package let shape: FieldShape
    /// Whether the reader reports the mapping when the key is missing (or null).
    package let isRequired: Bool
    /// What the key means, for the schema's descriptions (editors show them).
    package let summary: String

    /// The field `field`, of shape `shape`, required or not, meaning `summary`.
    package init(
      _ field: ModelField, _ shape: FieldShape, required: Bool = false, _ summary: String
    ) {
      self.field = field
      self.shape = shape
      self.isRequired = required
      self.summary = summary
    }
  }

  /// The table's name in the schema's definitions (`claim`).
  package let name: String
  /// How messages name a mapping of this table (`a claim`).
  package let what: String
  /// The keys, in the order authors write them.
  package let fields: [Field]
  /// The keys alone, for the reader's check of unknown keys.
  package let keys: [String]

  /// A table named `name`, whose mappings messages call `what`.
  package init(_ name: String, _ what: String, _ fields: [Field]) {
    self.name = name
    self.what = what
    self.fields = fields
    self.keys = fields.map(\.key)
  }

  /// The table of the mappings a field holds, named for the field's key (`evidence`).
  package init(of field: ModelField, _ what: String, _ fields: [Field]) {
    self.init(field.key, what, fields)
  }
}

/// What a key's value may be, as the reader reads it.
package indirect enum FieldShape: Sendable {
  /// Any scalar, read as text.
  case text
  /// A whole number (a scalar `Int` parses).
  case integer
  /// `true` or `false`.
  case boolean
  /// A kebab-case id (`beta-endorphin`).
  case identifier
  /// A list of kebab-case ids.
  case identifiers
  /// One kebab-case id, or a list of them.
  case identifierOrList
  /// A list of texts.
  case texts
  /// One of the given words.
  case choice([String])
  /// A quote of the article: a text or an `exact`/`prefix`/`suffix` mapping (the table
  /// given), or a list of them.
  case quotes(FieldTable)
  /// A mapping of the table given.
  case mapping(FieldTable)
  /// A list of mappings of the table given.
  case list(FieldTable)
}

/// The authoring format as the YAML reader reads it: the table of a graph file's top level,
/// which leads to every other.
package enum AuthoringFormat {
  /// The keys a graph file's top level accepts, and through them every mapping's.
  package static var file: FieldTable { GraphDocument.file }
}
