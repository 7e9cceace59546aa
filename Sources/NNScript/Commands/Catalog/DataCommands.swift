extension CommandTable {
    /// `load`: MNIST, Fashion-MNIST or any IDX image/label pair.
    static let dataCommands: [CommandSpec] = [
        CommandSpec(
            "load", category: .data,
            summary: "load MNIST, Fashion-MNIST or any IDX image/label pair",
            arguments: [
                .positional("source", .choice(["mnist", "fashion", "idx"]), required: true,
                            help: "mnist or fashion (downloaded when missing), or idx for your own files"),
                .keyword("images", .path, condition: ArgumentCondition(when: "source", is: "idx", required: true),
                         help: "IDX image file, gzip or raw"),
                .keyword("labels", .path, condition: ArgumentCondition(when: "source", is: "idx", required: true),
                         help: "IDX label file, one label per image"),
                .keyword("as", .dataSet, default: .text("train"),
                         condition: ArgumentCondition(when: "source", is: "idx"),
                         help: "which data set the idx pair becomes"),
                .keyword("limit", .integer, range: .atLeast(1),
                         help: "read only the first N images (mnist, fashion: of the training file, before split=)"),
                .keyword("from", .path, defaultDescription: "$NNS_DATA, else ./data, else the download cache",
                         help: "directory to read the files from; for idx, where relative paths start"),
                .keyword("split", .integer, defaultDescription: "50000 for mnist and fashion (all if fewer); idx keeps all",
                         range: .atLeast(1),
                         help: "the first N training images stay training images, the rest become the validation set"),
                .keyword("expand", .choice(["none", "shifts"]), default: .text("none"),
                         help: "shifts: add each training image's 1-pixel shifts up, down, left and right (5× the images)"),
            ],
            details: """
                mnist and fashion give train (first 50,000 of the 60,000 training images, the book's
                split), validation (the last 10,000) and test (the separate 10,000), replacing any sets
                loaded before; with limit= below 50,000 there is no validation set unless split= makes
                one. idx replaces only the set named by as= (and validation when split= divides a
                training file). Each set keeps its own number of classes (10 for mnist and fashion, the
                largest label + 1 for idx). Pixels stay bytes in memory and are scaled to [0, 1] per
                mini-batch. expand=shifts is chapter 6's expansion of the training set after the split
                (the book's 50,000 become 250,000; validation and test are not expanded).
                """,
            examples: [
                "load mnist",
                "load mnist limit=5000 split=4000",
                "load mnist expand=shifts",
                "load fashion from=~/datasets/fashion",
                "load idx images=\"my data/train-images.gz\" labels=\"my data/train-labels.gz\"",
            ]),
    ]
}
