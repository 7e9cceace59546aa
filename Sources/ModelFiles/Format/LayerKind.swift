import NeuralNet

/// The kinds of layer a model file (format 2) and an export name, by the words the files use:
/// `"kind": "convolution"`. Each kind has its own fields (docs/model-format.md).
enum LayerKind: String, CaseIterable, Sendable {
    /// `FullyConnectedLayer`: fields `neurons`, `activation`.
    case fullyConnected = "fully-connected"
    /// `ConvolutionLayer`: fields `maps`, `kernel`, `activation`.
    case convolution
    /// `MaxPoolingLayer`: field `pool`.
    case maxPooling = "max-pooling"
    /// `DropoutLayer`: field `rate`.
    case dropout

    /// The kind of `layer`; nil for a layer type from outside NeuralNet (which `Network.validate`
    /// refuses, so no valid network has one).
    init?(_ layer: any Layer) {
        switch layer {
        case is FullyConnectedLayer: self = .fullyConnected
        case is ConvolutionLayer: self = .convolution
        case is MaxPoolingLayer: self = .maxPooling
        case is DropoutLayer: self = .dropout
        default: return nil
        }
    }

    /// Whether layers of this kind have an activation σ (and so an `activation` field).
    var hasActivation: Bool { self == .fullyConnected || self == .convolution }

    /// The kind as a noun phrase for messages: "a fully connected layer".
    var phrase: String {
        switch self {
        case .fullyConnected: return "a fully connected layer"
        case .convolution: return "a convolution layer"
        case .maxPooling: return "a max-pooling layer"
        case .dropout: return "a dropout layer"
        }
    }
}

extension TensorShape {
    /// The shape as model files and export metadata write it: `[count]` for a flat vector,
    /// `[height, width, channels]` otherwise.
    var jsonDimensions: [Int] { isFlat ? [channels] : [height, width, channels] }
}

extension JSONWriter {
    /// One layer's description as a single-line object, the same in model files (`layers`) and
    /// in export metadata: `{"kind": "convolution", "maps": 20, "kernel": 5, "activation":
    /// "relu", "output": [24, 24, 20]}`. Parameters are not part of it.
    /// - Precondition: `layer` is one of the four kinds of `LayerKind` (true of every layer of a
    ///   valid network).
    mutating func layerDescription(_ layer: any Layer) {
        guard let kind = LayerKind(layer) else { preconditionFailure("a \(layer.kindName) layer has no model-file form") }
        openObject(multiline: false)
        key("kind"); string(kind.rawValue)
        switch layer {
        case let layer as FullyConnectedLayer:
            key("neurons"); integer(layer.outputCount)
        case let layer as ConvolutionLayer:
            key("maps"); integer(layer.featureMaps)
            key("kernel"); integer(layer.kernelSize)
        case let layer as MaxPoolingLayer:
            key("pool"); integer(layer.poolSize)
        case let layer as DropoutLayer:
            key("rate"); float(layer.rate)
        default:
            break
        }
        if kind.hasActivation { key("activation"); string(layer.activation.rawValue) }
        key("output"); integerArray(layer.outputShape.jsonDimensions)
        closeObject()
    }
}
