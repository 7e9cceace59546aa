/// What a view returns: one thing to show, with several representations — plain text always,
/// and PNG, SVG or HTML where they fit — each rendered only when a front end asks for it.
///
/// The REPL prints the text; the Jupyter kernel sends every representation as one
/// `display_data` bundle (the notebook shows the richest it can); `to=FILE` writes the one the
/// file's extension names. Commands never know which of these is listening: they hand the
/// displayable to `CommandContext.show(_:)`.
public struct Displayable: Sendable {
    /// Renders one representation: UTF-8 text for the text formats, the file's bytes for PNG.
    public typealias Renderer = @Sendable () throws(InspectionError) -> [UInt8]

    /// What is shown, for the line `to=` prints after writing it: "test[7]: label 7",
    /// "incoming weights of neuron 5 of layer 1".
    public let subject: String
    /// A representation's size in pixels when it is not a PNG (whose size is read from its
    /// bytes), for the same line: the SVG chart's 800×500.
    public let pictureSize: (width: Int, height: Int)?
    private var renderers: [DisplayFormat: Renderer]
    /// The HTML form, made from the PNG form when there is one (a figure embeds it), so a
    /// bundle encodes the PNG once.
    private var htmlRenderer: (@Sendable (_ png: [UInt8]?) throws(InspectionError) -> String)?

    /// A displayable whose text form is what `text` returns.
    public init(subject: String, pictureSize: (width: Int, height: Int)? = nil,
                text: @escaping @Sendable () throws(InspectionError) -> String) {
        self.subject = subject
        self.pictureSize = pictureSize
        renderers = [.text: { () throws(InspectionError) in Array(try text().utf8) }]
    }

    /// This displayable with a PNG or SVG form (replacing one of the same format); HTML is
    /// added with `addingHTML`.
    public func adding(_ format: DisplayFormat, _ render: @escaping Renderer) -> Displayable {
        var copy = self
        copy.renderers[format] = render
        return copy
    }

    /// This displayable with an HTML form, rendered from the PNG form's bytes (nil when it has
    /// none).
    public func addingHTML(_ html: @escaping @Sendable (_ png: [UInt8]?) throws(InspectionError) -> String) -> Displayable {
        var copy = self
        copy.htmlRenderer = html
        return copy
    }

    /// The formats it has, text first.
    public var formats: [DisplayFormat] {
        (Array(renderers.keys) + (htmlRenderer == nil ? [] : [.html])).sorted()
    }

    /// The formats it can be written to a file as (all but text).
    public var fileFormats: [DisplayFormat] { formats.filter { $0 != .text } }

    /// The bytes of `format`, or nil when it has no such representation.
    public func render(_ format: DisplayFormat) throws(InspectionError) -> [UInt8]? {
        if format == .html {
            guard let htmlRenderer else { return nil }
            return Array(try htmlRenderer(try render(.png)).utf8)
        }
        return try renderers[format]?()
    }

    /// The text form.
    public func text() throws(InspectionError) -> String {
        String(decoding: try render(.text) ?? [], as: UTF8.self)
    }

    /// Every representation among `wanted` (text always), rendered (the PNG once, also when
    /// the HTML form embeds it).
    public func bundle(_ wanted: Set<DisplayFormat>) throws(InspectionError) -> DisplayBundle {
        var representations: [DisplayBundle.Representation] = []
        var png: [UInt8]?
        for format in formats where format == .text || wanted.contains(format) {
            let bytes: [UInt8]?
            if format == .html, let htmlRenderer {
                let picture = png == nil ? try render(.png) : png
                bytes = Array(try htmlRenderer(picture).utf8)
            } else {
                bytes = try renderers[format]?()
                if format == .png { png = bytes }
            }
            if let bytes { representations.append(.init(format: format, bytes: bytes)) }
        }
        return DisplayBundle(representations: representations)
    }
}

/// A `Displayable` rendered: the representations a `DisplaySink` asked for, text first.
public struct DisplayBundle: Sendable, Equatable {
    /// One rendered representation.
    public struct Representation: Sendable, Equatable {
        /// Its format.
        public let format: DisplayFormat
        /// UTF-8 text for text formats, the file's bytes for PNG.
        public let bytes: [UInt8]

        /// A representation from its parts.
        public init(format: DisplayFormat, bytes: [UInt8]) {
            self.format = format
            self.bytes = bytes
        }

        /// The bytes as text (for text formats).
        public var text: String { String(decoding: bytes, as: UTF8.self) }
    }

    /// The representations, text first.
    public let representations: [Representation]

    /// A bundle of `representations`.
    public init(representations: [Representation]) {
        self.representations = representations
    }

    /// The representation of `format`, if present.
    public subscript(format: DisplayFormat) -> Representation? {
        representations.first { $0.format == format }
    }

    /// The text form ("" if absent).
    public var text: String { self[.text]?.text ?? "" }

    /// The PNG form's width and height in pixels, if it has one.
    public var pngSize: (width: Int, height: Int)? {
        self[.png].flatMap { PictureFile.pngSize($0.bytes) }
    }
}
