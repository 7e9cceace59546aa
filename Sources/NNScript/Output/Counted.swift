/// `count` followed by `noun`, with an "s" unless the count is 1: `1 epoch`, `3 epochs`,
/// `2 sgd runs`, `0 bytes`. For nouns whose plural is the noun plus "s".
func counted(_ count: Int, _ noun: String) -> String {
    "\(count) \(noun)\(count == 1 ? "" : "s")"
}
