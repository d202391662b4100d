"""Materialising an intermediate DataFrame that later steps read more than once."""
from __future__ import annotations


def materialize(df):
    """``df`` computed now and kept (memory, spilling to disk). Unlike ``localCheckpoint`` the data
    stays recomputable from its lineage if an executor is lost (dynamic allocation on a cluster)."""
    from pyspark import StorageLevel

    df = df.persist(StorageLevel.MEMORY_AND_DISK)
    df.count()
    return df
