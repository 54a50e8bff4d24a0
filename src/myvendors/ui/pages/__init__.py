"""The app's pages: overview, vendors, requests, reputation, shared."""
