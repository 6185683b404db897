"""Editors of the four workspaces and the action items list."""
