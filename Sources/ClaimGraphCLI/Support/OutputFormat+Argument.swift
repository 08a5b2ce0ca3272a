import ArgumentParser
import ClaimGraphFormats

extension OutputFormat: ExpressibleByArgument {}
