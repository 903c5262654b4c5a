"""Developer tools: translations, benchmarks, screenshots. Not shipped to users."""
