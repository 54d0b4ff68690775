"""The bottom layer: result types, paths, memos, garbage-collector policy, environment.

Everything else in the app may import ``app.core``; ``app.core`` imports nothing of the app
and no Qt.
"""
