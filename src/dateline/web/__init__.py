"""The browser UI: static HTML, CSS and JS served by the API app."""
