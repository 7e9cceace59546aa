/// `show test[7]` draws one image with its label; `show test[7] to=digit.png` writes it as a
/// greyscale PNG instead.
struct ShowCommand: CommandExecutor {
    func execute(_ context: inout CommandContext) throws(Diagnostic) {
        let (set, index) = try context.inspectedImage("image")
        try context.show(ImageView.display(set, index: index, style: context.style))
    }
}
