"""Archive-wide jobs: sweeps of many stories beyond one process (Dask)."""
