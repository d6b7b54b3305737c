import Testing
import LineEditing

@Suite struct HistoryPathTests {
    @Test(arguments: [
        (["XDG_STATE_HOME": "/xdg/state", "HOME": "/home/ada"], "/xdg/state/beleg/history"),
        (["XDG_STATE_HOME": "/xdg/state/", "HOME": "/home/ada"], "/xdg/state/beleg/history"),
        (["XDG_STATE_HOME": "/", "HOME": "/home/ada"], "/beleg/history"),
        (["HOME": "/home/ada"], "/home/ada/.local/state/beleg/history"),
        (["HOME": "/home/ada/"], "/home/ada/.local/state/beleg/history"),
        // XDG: relative values are invalid and ignored; so are empty ones.
        (["XDG_STATE_HOME": "state", "HOME": "/home/ada"], "/home/ada/.local/state/beleg/history"),
        (["XDG_STATE_HOME": "", "HOME": "/root"], "/root/.local/state/beleg/history"),
        ([:], ".local/state/beleg/history"),
    ])
    func historyPath(environment: [String: String], expected: String) {
        #expect(defaultHistoryPath(environment: environment) == expected)
    }
}
