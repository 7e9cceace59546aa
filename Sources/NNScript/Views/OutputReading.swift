import NNSDisplay

/// How the views read a network's output activations a^L: the predicted class is the index of
/// the largest a_j (the first on ties, NaN never wins — as `Network.predictions` decides), and
/// its a_j is the "confidence" shown next to it.
enum OutputReading {
    /// Colour of a correct prediction's verdict.
    static let rightColor = RGB(44, 160, 44)
    /// Colour of a wrong prediction's verdict.
    static let wrongColor = RGB(214, 39, 40)

    /// The index of the largest value (0 for an empty list).
    static func largest<Values: RandomAccessCollection<Float>>(_ values: Values) -> Int where Values.Index == Int {
        var best = values.startIndex
        for j in values.indices where values[j] > values[best] { best = j }
        return best - values.startIndex
    }
}
