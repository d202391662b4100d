"""``hadath serve``: REST API over the corpus store and an analyst's dashboard (FastAPI + uvicorn)."""
