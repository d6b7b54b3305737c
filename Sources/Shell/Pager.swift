import Foundation

/// Shows long text through a pager (`$PAGER`, default `less -FRX`) on the terminal.
struct Pager: Sendable {
    /// A shell command line, run with `/bin/sh -c`.
    let command: String

    /// The pager for an interactive session: `$PAGER` if set (set but empty: none), else `less -FRX`.
    static func fromEnvironment(_ environment: [String: String]) -> Pager? {
        if let own = environment["PAGER"] { return own.trimmingCharacters(in: .whitespaces).isEmpty ? nil : Pager(command: own) }
        return Pager(command: "less -FRX")
    }

    /// Runs the pager with `text` (and a final newline) on its standard input and waits for it to end.
    /// The pager starts with SIGINT and SIGPIPE at their defaults and unblocked (the shell blocks and ignores
    /// them). Returns `false` when it could not be started, so that the caller writes the text itself.
    func show(_ text: String) -> Bool {
        var pipe: [Int32] = [0, 0]
        guard Foundation.pipe(&pipe) == 0 else { return false }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, pipe[0], STDIN_FILENO)
        posix_spawn_file_actions_addclose(&actions, pipe[1])
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var none = sigset_t(), defaults = sigset_t()
        sigemptyset(&none)
        sigemptyset(&defaults)
        sigaddset(&defaults, SIGINT)
        sigaddset(&defaults, SIGPIPE)
        posix_spawnattr_setsigmask(&attributes, &none)
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        let argv: [UnsafeMutablePointer<CChar>?] = [strdup("/bin/sh"), strdup("-c"), strdup(command), nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let started = posix_spawn(&pid, "/bin/sh", &actions, &attributes, argv, environ) == 0
        close(pipe[0])
        guard started else { close(pipe[1]); return false }
        // A pager quit early (q in less) closes its end: the broken pipe is not an error here.
        _ = FileDescriptorWriter(descriptor: pipe[1]).write(text + "\n")
        close(pipe[1])
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        return true
    }
}
