"""Official publishers: one module per site, the polite HTTP client, refresh and scheduling."""
