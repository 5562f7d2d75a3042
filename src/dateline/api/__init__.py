"""The HTTP API (FastAPI) over the store; the browser UI is served by the same app."""
