"""Use cases over the store: validation, one transaction per action, plain records out."""
