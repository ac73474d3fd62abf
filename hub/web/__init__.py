"""Server-rendered pages (no front-end build step): the operator console and the reference diary.

``session`` signs a reader in with their token (kept in an HttpOnly cookie, never in a URL) and resolves the reader
of a page request; ``pages`` renders Jinja2 templates from ``templates/`` with autoescaping. The pages read the same
projections and policies as the JSON API; they add no data of their own.
"""
