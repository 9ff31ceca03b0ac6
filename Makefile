# Two commands on a fresh machine:  make demo   (set up, run the examples)
#                                   make test   (set up, run the tests)
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
OUT    ?= out
AS_OF  ?= 2026-11-27
STANDARD ?= mandalika-motogp@2027.3

.PHONY: setup demo test quick bench clean fuzz

$(STAMP): pyproject.toml scripts/system-deps.sh
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[test]'
	./scripts/system-deps.sh
	touch $(STAMP)

setup: $(STAMP)

# The demo checks the examples as of AS_OF (the day their dates were written for); its PDFs are
# made today, because a real certificate is dated the day it is issued (another day: a draft);
# the organizer's supplier list (batch) gives drafts: the office issues the real ones.
# The demo office: a trial key, its settings and its register live under $(OUT)/demo, never in
# the user's own config or data directories.
DEMO     := $(abspath $(OUT))/demo
DEMO_ENV := XDG_CONFIG_HOME=$(DEMO)/config XDG_DATA_HOME=$(DEMO)/data \
            READINESS_DATABASE_URL=sqlite:///$(DEMO)/register.sqlite3

demo: setup
	@mkdir -p $(OUT)
	@test -f $(DEMO)/config/readiness/office-key.pem || $(DEMO_ENV) $(BIN)/readiness keys init \
	  --office "Dinas Perindustrian Provinsi Nusa Tenggara Barat" \
	  --signatory "Ir. Baiq Rahmawati, M.Si." --nip "197503122000032004" \
	  --position "Kepala Bidang Industri Kecil dan Menengah" --place Mataram \
	  --base-url http://127.0.0.1:8000
	$(BIN)/readiness standards list
	@for f in examples/dossiers/*.yaml; do \
	  n=$$(basename $$f .yaml); \
	  echo; echo "=== $$n"; \
	  for fmt in short "json -o $(OUT)/$$n.json"; do \
	    $(DEMO_ENV) $(BIN)/readiness check $$f --standard $(STANDARD) --as-of $(AS_OF) --format $$fmt; \
	    rc=$$?; [ $$rc -le 1 ] || exit $$rc; \
	  done; \
	  $(DEMO_ENV) $(BIN)/readiness check $$f --standard $(STANDARD) --format pdf -o $(OUT)/$$n.pdf; \
	  rc=$$?; [ $$rc -le 1 ] || exit $$rc; \
	done
	$(DEMO_ENV) $(BIN)/readiness batch examples/registrations-form-export.csv -o $(OUT)/batch --standard $(STANDARD) --as-of $(AS_OF) --draft || test $$? -le 2
	@echo; $(DEMO_ENV) $(BIN)/readiness register list
	@echo; $(DEMO_ENV) $(BIN)/readiness verify $(OUT)/tenun-sukarara.pdf
	@echo; echo "Documents and batch results are in $(OUT)/; the demo office's key and register in $(DEMO)/."
	@echo "Serve the verification page the QR codes open (http://127.0.0.1:8000/v/NUMBER)"
	@echo "and the self-assessment for IKM owners (http://127.0.0.1:8000/periksa):"
	@echo "  $(DEMO_ENV) $(BIN)/readiness serve"
	@echo "and the office desk (http://127.0.0.1:8000/masuk), after making its first account:"
	@echo "  $(DEMO_ENV) $(BIN)/readiness users add admin.demo --role admin"

test: setup
	$(BIN)/ruff check readiness tests benchmarks scripts
	$(BIN)/vulture
	$(BIN)/python -m pytest

# The core suite, for every change: no slow, browser or PostgreSQL tests (CI runs everything).
quick: setup
	$(BIN)/ruff check readiness tests benchmarks scripts
	$(BIN)/python -m pytest -m "not slow and not browser and not postgres" tests/test_layers.py tests/test_harness.py tests

bench: setup
	$(BIN)/python benchmarks/bench_io.py
	$(BIN)/python benchmarks/bench_check.py
	$(BIN)/python benchmarks/bench_signing.py
	$(BIN)/python benchmarks/bench_verify_page.py

fuzz: setup  # a larger property-testing budget than CI's
	READINESS_FUZZ_EXAMPLES=3000 $(BIN)/python -m pytest tests/hardening tests/io tests/checks/test_fast_paths.py -q

clean:
	rm -rf $(OUT) dist build *.egg-info .pytest_cache
