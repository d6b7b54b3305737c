import TestSupport
import Foundation
import Testing

/// Issue 9: a closed or full standard output ends Beleg with one line on standard error and exit 1 (it trapped: exit 132).
@Suite(.serialized) struct OutputFailureTests {
    @Test(arguments: [
        #""$BELEG" 'Wer ist John Kirby?' >&-"#,
        #""$BELEG" 'Wer ist John Kirby?' > /dev/full"#,
        #"printf 'Wer ist John Kirby?\n.sources\n' | "$BELEG" > /dev/full"#,
        #"printf 'Wer ist John Kirby?\n' | "$BELEG" --format json >&-"#,
    ])
    func closedOrFullStandardOutputExitsOne(script: String) throws {
        let r = try runShell(script)
        #expect(r.status == 1, "\(r.stderr)")
        let lines = r.stderr.split(separator: "\n")
        #expect(lines.count == 1, "\(r.stderr)")
        #expect(lines.first?.hasPrefix("beleg: error: ") == true, "\(r.stderr)")
    }

    /// A reader that goes away early (`| head -c 1`): no trap, exit 1 and one line on standard error.
    @Test func brokenPipeExitsOne() throws {
        let r = try runShell(#"f=$(mktemp); yes 'Wer ist John Kirby?' | head -n 200 | "$BELEG" 2>"$f" | head -c 1 >/dev/null; cat "$f" >&2; rm -f "$f""#)
        #expect(r.stderr.hasPrefix("beleg: error: cannot write to standard output: Broken pipe"), "\(r.stderr)")
    }
}
