"""Adapters that run cleanseed's record functions on distributed engines; each needs its optional extra.

``cleanseed.integrations.dask`` (``pip install 'cleanseed[dask]'``) maps
:func:`cleanseed.batch.clean_records` over Dask bags and dataframe partitions. Ray Data,
Spark and datatrove need no adapter: ``docs/scale-out.md`` shows the same functions there.
"""
