/// `show test[7]` draws one image with its label; `show test[7] to=digit.png` writes it as a
/// greyscale PNG instead.
struct ShowCommand: CommandExecutor {
    func execute(_ context: inout CommandContext) throws(Diagnostic) {
        let (set, index) = try context.inspectedImage("image")
        if try context.pictureDestination(allowed: [.png]) != nil {
            let bytes = try context.drawing { () throws(InspectionError) in try ImageView.png(set, index: index) }
            try context.writePicture(bytes, what: ImageView.caption(set, index))
            return
        }
        let style = context.style
        context.say(try context.drawing { () throws(InspectionError) in try ImageView.render(set, index: index, style: style) })
    }
}
