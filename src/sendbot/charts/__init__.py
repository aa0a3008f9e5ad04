"""Pictures of the knowledge base (matplotlib; import the modules only where a chart is drawn)."""
