import NeuralNet

/// One layer of a format 2 file as its entry in `layers` describes it, before any parameter is
/// read: its kind, its input and output shapes, its activation and the shape of its weights.
///
/// Every field is checked when the plan is made (kind known, sizes ≥ 1, kernels and pools that
/// fit the maps below, a dropout rate in [0, 1), an `output` that agrees), and every size is
/// computed without overflow: the parameter count is checked against the budget left under
/// `Network.maximumParameterCount` before the output shape is formed, so nothing a file claims
/// is ever multiplied out or allocated unchecked.
struct LayerPlan {
    /// The layer's entry (`layers[2]`), for messages.
    let field: ModelField
    /// 1-based, as nns numbers layers (the input is layer 0): `layers[i]` is layer i + 1.
    let position: Int
    let kind: LayerKind
    let input: TensorShape
    let output: TensorShape
    /// σ; `.linear` for the kinds without one.
    let activation: Activation
    /// k for a convolution, p for a max-pooling, 0 otherwise.
    let size: Int
    /// p for a dropout layer, 0 otherwise.
    let rate: Float
    /// The weight matrix's shape (a fully connected layer: neurons × inputs; a convolution:
    /// maps × k·k·C), nil for a layer without parameters.
    let weightShape: (rows: Int, columns: Int)?
    /// Weights and biases, rows · (columns + 1); 0 without parameters.
    let parameterCount: Int

    /// The plan of the layer described by `field`, taking values of shape `input`.
    /// - Throws: the first problem, naming the field: `.invalidValue` with
    ///   "would bring the network to more than …" when the layer needs more than `budget`
    ///   weights and biases.
    init(_ field: ModelField, position: Int, input: TensorShape, budget: Int) throws(ModelFileProblem) {
        self.field = field
        self.position = position
        self.input = input
        kind = try field.member("kind").name(of: LayerKind.self, kind: "a layer kind")
        if kind.hasActivation {
            activation = try field.member("activation").name(of: Activation.self, kind: "an activation")
        } else {
            activation = .linear
            if let given = try field.optionalMember("activation") {
                throw .invalidValue(field: given.path, problem: "is given, but \(kind.phrase) has no activation "
                                    + "(it passes on the values it selects); leave the field out")
            }
        }
        let below = position == 1 ? "the input (\(input))" : "layer \(position - 1) (\(input))"
        var size = 0, rate: Float = 0
        var weightShape: (rows: Int, columns: Int)?
        switch kind {
        case .fullyConnected:
            let neurons = try field.member("neurons").integer(atLeast: 1, "a fully connected layer has at least one neuron")
            weightShape = (neurons, input.count)
        case .convolution:
            let maps = try field.member("maps").integer(atLeast: 1, "a convolution layer has at least one feature map")
            size = try field.member("kernel").integer(atLeast: 1, "a kernel is at least 1×1")
            guard ConvolutionLayer.kernelFits(size, input) else {
                throw .invalidValue(field: field.childPath("kernel"), problem: "is \(size), but a \(size)×\(size) kernel "
                                    + "does not fit the \(input.height)×\(input.width) maps of \(below); "
                                    + "use a kernel of at most \(min(input.height, input.width))")
            }
            // k² ≤ height·width, so k²·C ≤ input.count, which fits in Int32.
            weightShape = (maps, size * size * input.channels)
        case .maxPooling:
            size = try field.member("pool").integer(atLeast: 1, "a pool is at least 1×1")
            guard MaxPoolingLayer.poolFits(size, input) else {
                throw .invalidValue(field: field.childPath("pool"), problem: "is \(size), but \(size)×\(size) pooling "
                                    + "does not fit the \(input.height)×\(input.width) maps of \(below); "
                                    + "pool by at most \(min(input.height, input.width))")
            }
        case .dropout:
            let rateField = try field.member("rate")
            rate = try rateField.real(Float.self)
            guard rate.isFinite, rate >= 0, rate < 1 else {
                throw .invalidValue(field: rateField.path, problem: "is \(rate); the probability p of dropping a value "
                                    + "is at least 0 and below 1")
            }
        }
        var parameterCount = 0
        if case let (rows, columns)? = weightShape {
            let (count, overflow) = rows.multipliedReportingOverflow(by: columns + 1)
            guard !overflow, count <= budget else {
                throw .invalidValue(field: field.path, problem: "(layer \(position), \(kind.phrase) of \(rows) "
                                    + "\(kind == .convolution ? "maps" : "neurons") on \(input)) would bring the network to "
                                    + "more than \(Network.maximumParameterCount.grouped) weights and biases, the most nns handles")
            }
            parameterCount = count
        }
        self.size = size
        self.rate = rate
        self.weightShape = weightShape
        self.parameterCount = parameterCount
        output = try Self.outputShape(kind: kind, input: input, size: size, rows: weightShape?.rows ?? 0, field: field)
        if let declared = try field.optionalMember("output") {
            let shape = try declared.shape()
            guard shape == output else {
                throw .invalidValue(field: declared.path, problem: "is \(shape.jsonDimensions), but \(summary) "
                                    + "gives \(output.jsonDimensions)")
            }
        }
    }

    /// What the layer computes, for messages: "a convolution of 20 maps with 5×5 kernels on 28×28×1".
    var summary: String {
        switch kind {
        case .fullyConnected: return "a fully connected layer of \(counted(weightShape?.rows ?? 0, "neuron")) on \(input)"
        case .convolution: return "a convolution of \(counted(weightShape?.rows ?? 0, "map")) with \(size)×\(size) kernels on \(input)"
        case .maxPooling: return "\(size)×\(size) max-pooling of \(input)"
        case .dropout: return "a dropout layer on \(input)"
        }
    }

    /// The layer's output shape. A convolution's (H − k + 1)·(W − k + 1)·F is at most
    /// input.count · F ≤ 2³¹ · 10⁸, far from overflowing, and is refused above `Int32.max`.
    private static func outputShape(kind: LayerKind, input: TensorShape, size: Int, rows: Int,
                                    field: ModelField) throws(ModelFileProblem) -> TensorShape {
        switch kind {
        case .fullyConnected:
            return .vector(rows)
        case .convolution:
            guard let shape = TensorShape.checked(height: input.height - size + 1, width: input.width - size + 1,
                                                  channels: rows) else {
                throw .invalidValue(field: field.childPath("maps"), problem: "is \(rows): its maps would hold more than "
                                    + "\(Int(Int32.max).grouped) values per sample, the most nns handles")
            }
            return shape
        case .maxPooling:
            return TensorShape(height: input.height / size, width: input.width / size, channels: input.channels)
        case .dropout:
            return input
        }
    }

    /// The layer with `weights` and `biases` (of `weightShape`; ignored without one).
    func layer(weights: Matrix?, biases: [Float]) -> any Layer {
        switch kind {
        case .fullyConnected:
            return FullyConnectedLayer(inputShape: input, weights: weights ?? Matrix(rows: 0, columns: 0), biases: biases,
                                       activation: activation)
        case .convolution:
            return ConvolutionLayer(inputShape: input, kernelSize: size, weights: weights ?? Matrix(rows: 0, columns: 0),
                                    biases: biases, activation: activation)
        case .maxPooling:
            return MaxPoolingLayer(inputShape: input, poolSize: size)
        case .dropout:
            return DropoutLayer(inputShape: input, rate: rate)
        }
    }

    /// Why the layer has `weightShape.rows` biases and weight rows, for messages.
    var rowsReason: String {
        kind == .convolution ? "layer \(position) has \(counted(weightShape?.rows ?? 0, "feature map")), one filter each"
            : "layer \(position) has \(counted(weightShape?.rows ?? 0, "neuron"))"
    }

    /// Why each weight row has `weightShape.columns` values, for messages.
    var rowReason: String {
        let columns = weightShape?.columns ?? 0
        if kind == .convolution {
            return "a \(size)×\(size) kernel on \(counted(input.channels, "channel")) has k·k·C = \(columns) weights, "
                + "in (dy, dx, c) order"
        }
        let source = position == 1 ? "the input gives" : "layer \(position - 1) gives"
        return "one weight per value \(source) (\(input.isFlat ? "\(columns)" : "\(input) = \(columns)"))"
    }
}

extension ModelField {
    /// A shape: `[count]` (a flat vector) or `[height, width, channels]`, every dimension ≥ 1 and
    /// at most `Int32.max` values in all (the limit the language puts on input shapes).
    func shape() throws(ModelFileProblem) -> TensorShape {
        let dimensions = try elements()
        guard dimensions.count == 1 || dimensions.count == 3 else {
            throw .wrongShape(field: path, expected: "1 or 3 dimensions", found: counted(dimensions.count, "dimension"),
                              reason: "a shape is [count] for a flat vector or [height, width, channels], e.g. [784] or [28, 28, 1]")
        }
        var values: [Int] = []
        for dimension in dimensions {
            values.append(try dimension.integer(atLeast: 1, "every dimension of a shape is at least 1"))
        }
        let shape = values.count == 1 ? TensorShape.checked(height: 1, width: 1, channels: values[0])
            : TensorShape.checked(height: values[0], width: values[1], channels: values[2])
        guard let shape else {
            throw .invalidValue(field: path, problem: "is \(values): more than \(Int(Int32.max).grouped) values per sample, "
                                + "the most nns handles")
        }
        return shape
    }

    /// A row-major matrix of `rows` arrays of `columns` finite Float32s (`rowsReason` says why
    /// that many rows, `rowReason` why that many values in each). Memory grows only with the
    /// values actually present: each row's length is checked before it is copied.
    func matrix(rows: Int, columns: Int, rowsReason: @autoclosure () -> String,
                rowReason: @autoclosure () -> String) throws(ModelFileProblem) -> Matrix {
        if case .array(let values) = value, case .number = values.first {
            throw .wrongType(field: path, expected: "\(rows) rows of \(columns) numbers (an array of arrays, row-major)",
                             found: "a flat array of \(counted(values.count, "number"))")
        }
        let rowFields = try elements(count: rows, unit: "row", reason: rowsReason())
        var elements: [Float] = []
        for row in rowFields {
            elements += try row.parameters(count: columns, reason: rowReason())
        }
        return Matrix(rows: rows, columns: columns, elements: elements)
    }
}
