# Beleg: two commands do all set-up on a fresh Debian machine.
#   make run    build (release) and start the REPL on the built-in corpus
#   make test   build and run every test
SWIFT ?= swift
APT_PACKAGES = libedit-dev libstemmer-dev trans-de-en
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: run test build release deps grade bench clean

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

test: release
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

bench: deps
	$(SWIFT) build -c release --product beleg-bench
	.build/release/beleg-bench

grade: release
	../shared/eval/run-all.sh .build/release/beleg

clean:
	rm -rf .build

# Evaluation on public gold data in ../shared/data (Scripts/eval_*.py, Python standard library only).
.PHONY: eval eval-attribution eval-time eval-persons

eval-attribution: release
	python3 Scripts/eval_attribution.py --cmd .build/release/beleg

eval-time: release
	python3 Scripts/eval_time.py --cmd .build/release/beleg

eval-persons: release
	python3 Scripts/eval_persons.py --cmd .build/release/beleg

eval: eval-attribution eval-time eval-persons
	../shared/eval/run-all.sh .build/release/beleg
