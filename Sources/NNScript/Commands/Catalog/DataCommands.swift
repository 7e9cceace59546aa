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
            ],
            details: """
                mnist and fashion give train (first 50,000 of the 60,000 training images, the book's
                split), validation (the last 10,000) and test (the separate 10,000), replacing any sets
                loaded before; with limit= below 50,000 there is no validation set unless split= makes
                one. idx replaces only the set named by as= (and validation when split= divides a
                training file). Pixels stay bytes in memory and are scaled to [0, 1] per mini-batch.
                """,
            examples: [
                "load mnist",
                "load mnist limit=5000 split=4000",
                "load fashion from=~/datasets/fashion",
                "load idx images=\"my data/train-images.gz\" labels=\"my data/train-labels.gz\"",
            ]),
    ]
}
