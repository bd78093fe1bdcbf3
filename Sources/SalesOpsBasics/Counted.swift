/// A count and its noun, plural unless the count is one: `counted(3, "statement")` is
/// "3 statements"; `plural` is for nouns that do not just take an s.
package func counted(_ count: Int, _ noun: String, plural: String? = nil) -> String {
    "\(count) \(count == 1 ? noun : plural ?? noun + "s")"
}
