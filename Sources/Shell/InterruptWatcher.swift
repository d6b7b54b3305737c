import Foundation
import Synchronization

/// Turns Ctrl-C (SIGINT) into a flag that long work checks between steps, so that an interactive session
/// cancels a load or a question and returns to the prompt instead of dying.
///
/// `start()` blocks SIGINT in the calling thread (and so in every thread it creates later) and starts one thread
/// that waits for it with `sigwait` and sets the flag: no signal handler touches shared state, and nothing is
/// global. A do-nothing handler is installed as well, so that a SIGINT reaching a thread created earlier
/// (which does not block it) is harmless. Use in interactive sessions only: piped runs keep the default
/// (Ctrl-C ends the program).
public final class InterruptWatcher: Sendable {
    private let flag = Atomic<Bool>(false)

    public init() {}

    /// Blocks SIGINT and starts the waiting thread. Call once, early, from the main thread.
    public func start() {
        var action = sigaction()
        #if canImport(Darwin)
        action.__sigaction_u.__sa_handler = { _ in }
        #else
        action.__sigaction_handler.sa_handler = { _ in }
        #endif
        sigemptyset(&action.sa_mask)
        sigaction(SIGINT, &action, nil)
        var blocked = Self.interruptSet()
        pthread_sigmask(SIG_BLOCK, &blocked, nil)
        let thread = Thread { [self] in
            var set = Self.interruptSet()
            var signal: Int32 = 0
            while true {
                if sigwait(&set, &signal) == 0 { flag.store(true, ordering: .sequentiallyConsistent) }
            }
        }
        thread.name = "beleg-sigint"
        thread.start()
    }

    private static func interruptSet() -> sigset_t {
        var set = sigset_t()
        sigemptyset(&set)
        sigaddset(&set, SIGINT)
        return set
    }

    /// Whether Ctrl-C was pressed since the last `reset()`.
    public var isSet: Bool { flag.load(ordering: .sequentiallyConsistent) }

    /// Forgets an earlier Ctrl-C (before each new line).
    public func reset() { flag.store(false, ordering: .sequentiallyConsistent) }
}
