"""communique: a knowledge base of diplomatic press releases."""
__version__ = "0.1.0"
