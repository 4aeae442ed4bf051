"""Archive-wide jobs: the idf and register builds, consistency across stories, and sweeps of
many stories beyond one process (Dask)."""
