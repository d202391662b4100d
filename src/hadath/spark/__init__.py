"""hadath on Apache Spark: code whole archives per partition and write Parquet tables.

``hadath spark code --input 'data/*.jsonl' --output out/`` runs the same coder as ``hadath code`` in
Spark executors (``mapPartitions``; the lexicons are compiled once per executor Python process by
``get_lexicon``'s per-process cache); ``hadath import out/ --db hadath.duckdb`` loads the result into
the corpus store. pyspark is an optional dependency (``pip install 'hadath[spark]'``).
"""
