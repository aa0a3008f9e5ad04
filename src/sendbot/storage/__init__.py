"""All file and database I/O: reading a knowledge directory, the store, history, gaps, cache."""
