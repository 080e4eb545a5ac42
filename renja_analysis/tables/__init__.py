"""One module per document table; each turns its block(s) into one tidy DataFrame."""
