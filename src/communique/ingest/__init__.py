"""Bringing releases in as they are published: web pages, feeds, PDFs (`communique add`)."""
