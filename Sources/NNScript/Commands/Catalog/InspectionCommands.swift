extension CommandTable {
    /// `to=`: where a view is written as a file instead of shown, in one of its formats (by the
    /// file's extension: `.png`, `.html`, or `.svg` for charts).
    static func imageFile(_ what: String, formats: String = ".png or .html") -> ArgumentSpec {
        .keyword("to", .path, help: "write \(what) to this \(formats) file instead of showing it")
    }

    /// The views of issue 4: images, predictions, weights, activations, confusion, errors, curves.
    static let inspectionCommands: [CommandSpec] = [
        CommandSpec(
            "show", category: .inspection,
            summary: "draw an image of a data set with its label",
            arguments: [
                .positional("image", .sample, required: true, help: "the image: a data set and a 0-based index"),
                imageFile("the image"),
            ],
            details: """
                Drawn with Unicode half-blocks in 256 greys on a colour terminal, with shade characters
                otherwise; in a notebook as a picture. to= writes a greyscale PNG instead, each pixel a 10×10
                square (280×280 for MNIST), or an HTML figure of it with its caption.
                """,
            examples: ["show test[7]", "show train[0] to=digit.png"]),
        CommandSpec(
            "predict", category: .inspection,
            summary: "the network's output for an image: activations as bars, predicted and true label, cost",
            arguments: [
                .positional("image", .sample, required: true, help: "the image: a data set and a 0-based index"),
                imageFile("the image and its bars"),
            ],
            details: """
                The bars are the output activations a^L, the largest one (the prediction) marked; the cost
                is C_x of this one image. The picture (a notebook's, or to=) shows the image beside the bars.
                """,
            examples: ["predict test[7]"]),
        CommandSpec(
            "weights", category: .inspection,
            summary: "weight statistics per layer, one neuron's incoming weights, or a grid of all of them",
            arguments: [
                .keyword("layer", .integer, range: .atLeast(1),
                         help: "layer l: 1 is the first hidden layer, fed by layer 0, the input"),
                .keyword("neuron", .integer, range: .atLeast(0),
                         help: "0-based neuron j of that layer, whose weights w_jk are drawn as a heat map; layer 1 if no layer= is given"),
                .flag("grid", help: "draw every neuron of the layer as a heat map"),
                imageFile("the heat maps"),
            ],
            details: """
                Without arguments: per layer the shape, mean, std, min and max of w and b, and a
                histogram of w. With neuron= or grid: the incoming weights of a neuron drawn as a square
                diverging heat map (28×28 for MNIST) — what the neuron "looks for": blue negative, red
                positive (#=- and +*@ without colour). The grid shrinks its maps to fit the terminal and
                scales each to its own largest |w|. to= writes PNG heat maps (the grid unless neuron= is
                given; .html: a figure of it under its heading). layer= alone shows the statistics of that
                layer only — but on a convolution layer it draws the layer's filters, one k×k map per
                feature map (with C input maps, their C slices side by side), as the book's figure of 20
                learned 5×5 filters.
                """,
            examples: ["weights", "weights layer=1 neuron=5", "weights layer=1 grid to=w1.png"]),
        CommandSpec(
            "activations", category: .inspection,
            summary: "every layer's weighted input z and activation a for one image",
            arguments: [
                .positional("image", .sample, required: true, help: "the image: a data set and a 0-based index"),
                imageFile("the image and the activations"),
            ],
            details: """
                One line per neuron j of each layer l: z^l_j and a bar for a^l_j = σ(z^l_j); the output
                layer's largest activation is marked. The picture shows each layer as a strip of cells,
                one per neuron, coloured by a^l_j (blue < 0 < red).
                """,
            examples: ["activations test[7]"]),
        CommandSpec(
            "confusion", category: .inspection,
            summary: "confusion matrix with per-class precision and recall and the most confused pairs",
            arguments: [
                .positional("set", .dataSet, default: .text("test"), help: "the data set to classify"),
                imageFile("the matrix"),
            ],
            details: """
                Rows are true classes, columns predicted classes; recall ends each row, precision is under
                each column. Fashion-MNIST's classes are named (by number, with a legend, when the names do
                not fit the terminal). to= writes the matrix as coloured cells (.png) or a table (.html).
                """,
            examples: ["confusion", "confusion validation"]),
        CommandSpec(
            "errors", category: .inspection,
            summary: "a gallery of misclassified images with predicted and true labels and confidence",
            arguments: [
                .positional("set", .dataSet, default: .text("test"), help: "the data set to search"),
                .keyword("n", .integer, default: .integer(20), range: .atLeast(1), help: "how many images to show"),
                imageFile("the gallery"),
            ],
            details: """
                The most confident mistakes first. Under each image: its index, true→predicted class, and
                the output activation of the predicted class. The picture (a notebook's, or to=) shows them
                at full size, ten to a row.
                """,
            examples: ["errors test n=20"]),
        CommandSpec(
            "history", category: .inspection,
            summary: "table of per-epoch accuracy and cost of the monitored sets, from every sgd run",
            arguments: [imageFile("the accuracy curves (.png), or the table with them (.html),")],
            details: """
                Every sgd run of the session, also of networks replaced since by net or open: a line naming
                each network (net 1, net 2, … with its layers and cost), under it one line per run with
                its hyper-parameters, then one row per epoch: accuracy and cost of each monitored set,
                and the seconds the epoch's training took (an accuracy table and a cost table when one
                table would not fit the terminal). In a notebook, the table with the accuracy curves under it.
                """,
            examples: ["history"]),
        CommandSpec(
            "plot", category: .inspection,
            summary: "chart of per-epoch accuracy (or cost) of the monitored sets",
            arguments: [
                .positional("metric", .choice(["accuracy", "cost", "speed"]), default: .text("accuracy"),
                            help: "what to plot: accuracy, cost, or the speed of learning of every layer (sgd … speed)"),
                imageFile("the chart", formats: ".png or .svg"),
            ],
            details: """
                One curve per monitored set and network of the session (net 1, net 2, … as history numbers
                them, with what differs between the networks, e.g. eta=0.5); several sgd runs on one network
                continue each other's epochs. to= writes an 800×500 PNG or SVG instead. plot speed
                draws chapter 5's speed of learning ‖∂C/∂b^l‖, one curve per layer, over the epochs
                of the runs that measured it (sgd … speed): in a deep sigmoid network the first
                hidden layer learns far more slowly than the last.
                """,
            examples: ["plot", "plot cost", "plot to=curve.png", "plot speed"]),
    ]
}
