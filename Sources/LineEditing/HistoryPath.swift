/// Where the REPL keeps its line history, following the XDG base directory spec.
///
/// - Returns: `$XDG_STATE_HOME/beleg/history` when `XDG_STATE_HOME` is set to an
///   absolute path, else `$HOME/.local/state/beleg/history`. With neither
///   available it returns the relative path `.local/state/beleg/history`
///   (relative to the working directory).
/// - Parameter environment: The process environment (e.g.
///   `ProcessInfo.processInfo.environment`); passed in so the function stays pure.
public func defaultHistoryPath(environment: [String: String]) -> String {
    if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") {
        return joinPath(state, "beleg/history")
    }
    if let home = environment["HOME"], !home.isEmpty {
        return joinPath(home, ".local/state/beleg/history")
    }
    return ".local/state/beleg/history"
}

/// `base` + "/" + `relative`, without doubling the slash (`"/"` stays the root).
private func joinPath(_ base: String, _ relative: String) -> String {
    var base = Substring(base)
    while base.count > 1, base.hasSuffix("/") { base = base.dropLast() }
    return base == "/" ? "/" + relative : base + "/" + relative
}

/// The history file to use: `$BELEG_HISTORY` if set (set but empty: no history file, `nil`), else
/// ``defaultHistoryPath(environment:)``.
public func historyPath(environment: [String: String]) -> String? {
    if let own = environment["BELEG_HISTORY"] { return own.isEmpty ? nil : own }
    return defaultHistoryPath(environment: environment)
}
