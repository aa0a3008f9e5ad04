# Shortcuts for the README's commands (which need no make): scripts/run and scripts/test.
.PHONY: run test bench
run:
	scripts/run
test:
	scripts/test
bench:
	scripts/run bench
