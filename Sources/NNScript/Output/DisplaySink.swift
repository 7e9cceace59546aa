/// An `OutputSink` that shows more than text: the Jupyter kernel. It receives each view as a
/// bundle of representations instead of its text, live displays (training progress) as
/// updates of one display in place, and the values of value statements as results.
///
/// A plain `OutputSink` gets the text form of all of these instead (`OutputSink.show`).
public protocol DisplaySink: OutputSink {
    /// The formats it wants besides text (text is always sent).
    var acceptedFormats: Set<DisplayFormat> { get }
    /// Shows a view.
    func display(_ bundle: DisplayBundle)
    /// Shows `bundle` as the live display `id`: the first time as a new display, afterwards
    /// replacing what that display shows.
    func updateLiveDisplay(_ bundle: DisplayBundle, id: String)
    /// Shows the value of a value statement (`$eta`): the notebook's `Out[n]`.
    func result(_ bundle: DisplayBundle)
}

extension OutputSink {
    /// Shows `displayable`: a `DisplaySink` gets every representation it accepts, any other sink
    /// its text and a new line. Rendering errors are thrown before anything is shown.
    func show(_ displayable: Displayable) throws(InspectionError) {
        if let rich = self as? DisplaySink {
            rich.display(try displayable.bundle(rich.acceptedFormats))
        } else {
            write(try displayable.text() + "\n")
        }
    }

    /// Shows the value of a value statement: a `DisplaySink`'s result, else the text and a new line.
    func showResult(_ displayable: Displayable) throws(InspectionError) {
        if let rich = self as? DisplaySink {
            rich.result(try displayable.bundle(rich.acceptedFormats))
        } else {
            write(try displayable.text() + "\n")
        }
    }
}
