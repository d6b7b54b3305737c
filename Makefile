# Beleg: two commands do all set-up on a fresh Debian machine.
#   make run    build (release) and start the REPL on the built-in corpus
#   make test   build (debug) and run the tests; corpus-scale evaluations run under make eval
SWIFT ?= swift
APT_PACKAGES = libedit-dev libstemmer-dev trans-de-en
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: run test build release deps grade bench bench-vs-anchors splitter-agreement timex-probe clean fuzz fuzz-build asan-test

deps:
	@missing=""; \
	[ -f /usr/include/histedit.h ] || missing="$$missing libedit-dev"; \
	[ -f /usr/include/libstemmer.h ] || missing="$$missing libstemmer-dev"; \
	[ -f /usr/share/trans/de-en ] || missing="$$missing trans-de-en"; \
	command -v tmux >/dev/null || missing="$$missing tmux"; \
	command -v python3 >/dev/null || missing="$$missing python3"; \
	if [ -n "$$missing" ]; then \
	  echo "installing:$$missing"; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing; \
	fi

build: deps
	$(SWIFT) build

release: deps
	$(SWIFT) build -c release --product beleg

run: release
	.build/release/beleg

# The tests run the debug `beleg` that `build --build-tests` makes (no release build needed). Corpus-scale
# evaluations are skipped here; `make eval` runs them (BELEG_EVAL=1).
test: deps
	$(SWIFT) build --build-tests
	BELEG_BIN=$(CURDIR)/.build/debug/beleg $(SWIFT) test --skip-build

# Speed figures (never timed unit tests). `make bench`: every stage and answer phase on the built-in corpus and S
# (beleg-bench --help). `make bench-vs-anchors`: Beleg beside tantivy-py, SQLite FTS5 and bm25s on S and L, pinned to
# one core and interleaved, median of 3 (QUICK=1: one run on S; RUNS=, SIZES=, MAX_QUESTIONS= to choose).
# `make splitter-agreement`: Beleg's sentence boundaries on S against SoMaJo's.
bench: deps
	$(SWIFT) build -c release --product beleg-bench
	.build/release/beleg-bench

bench-vs-anchors: deps
	Scripts/bench-vs-anchors.sh

splitter-agreement: deps
	$(SWIFT) build -c release --product beleg-bench
	mkdir -p .build/bench
	.build/release/beleg-bench --max-questions 0 --json --export-sentences .build/bench/beleg-sentences-s.jsonl \
	  ../shared/data/bench-s/articles.jsonl > /dev/null
	python3 Scripts/splitter_agreement.py .build/bench/beleg-sentences-s.jsonl

# Developer probe of the TIMEX tagger: make timex-probe TEXT='am 3. Mai' [REF=2011-02-16] [TIMEX_LANG=en]
timex-probe: deps
	$(SWIFT) build --product beleg-bench
	.build/debug/beleg-bench --timex '$(TEXT)' $(if $(REF),--ref $(REF)) $(if $(TIMEX_LANG),--lang $(TIMEX_LANG))

grade: release
	../shared/eval/run-all.sh .build/release/beleg

clean:
	rm -rf .build

# Evaluation on public gold data in ../shared/data (Scripts/eval_*.py, Python standard library only) and the
# corpus-scale test suites (named ...Evaluation, skipped in `make test`).
.PHONY: eval eval-attribution eval-time eval-persons eval-tests dev-eval

eval-attribution: release
	python3 Scripts/eval_attribution.py --cmd .build/release/beleg

eval-time: release
	python3 Scripts/eval_time.py --cmd .build/release/beleg

eval-persons: release
	python3 Scripts/eval_persons.py --cmd .build/release/beleg

eval-tests: deps
	$(SWIFT) build --build-tests
	BELEG_EVAL=1 BELEG_BIN=$(CURDIR)/.build/debug/beleg $(SWIFT) test --skip-build --filter 'Evaluation/'

eval: eval-attribution eval-time eval-persons eval-tests
	../shared/eval/run-all.sh .build/release/beleg

# Development questions (Tests/DevQuestions/{train,dev}.jsonl): the XGLUE corpus they cite, then one line per file.
dev-eval: release
	python3 Scripts/xglue_to_jsonl.py
	Scripts/dev-eval.sh .build/release/beleg

# Hardening. `make fuzz` builds beleg-fuzz with libFuzzer and AddressSanitizer (in .build-fuzz) and fuzzes each
# stage for FUZZ_SECONDS (default 60) from the seeds in Tests/Fuzz/STAGE; new inputs go to .build-fuzz/corpus,
# crashes to .build-fuzz/artifacts. Leak checks are off: Swift's lazily initialised globals look like leaks. `make asan-test` runs the test suite on an AddressSanitizer build.
FUZZ_SECONDS ?= 60
FUZZ_STAGES = jsonl frontmatter hygiene split annotate question

fuzz-build: deps
	$(SWIFT) build --scratch-path .build-fuzz --product beleg-fuzz -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library -Xswiftc -use-ld=lld

fuzz: fuzz-build
	@for stage in $(FUZZ_STAGES); do \
	  mkdir -p .build-fuzz/corpus/$$stage .build-fuzz/artifacts; \
	  echo "fuzzing $$stage for $(FUZZ_SECONDS) s"; \
	  ASAN_OPTIONS=detect_leaks=0 BELEG_FUZZ_STAGE=$$stage .build-fuzz/debug/beleg-fuzz -max_total_time=$(FUZZ_SECONDS) \
	    -detect_leaks=0 -max_len=65536 -timeout=20 -print_final_stats=1 \
	    -artifact_prefix=.build-fuzz/artifacts/$$stage- .build-fuzz/corpus/$$stage Tests/Fuzz/$$stage || exit 1; \
	done

asan-test: deps
	$(SWIFT) build --build-tests --scratch-path .build-asan -Xswiftc -sanitize=address
	ASAN_OPTIONS=detect_leaks=0 BELEG_BIN=$(CURDIR)/.build-asan/debug/beleg $(SWIFT) test --skip-build --scratch-path .build-asan
