"""Many inputs at once: the work beneath ``newsmodel convert``, ``newsmodel validate`` and
:mod:`newsmodel.dask`. Nothing here prints.

- :mod:`~newsmodel.batch.plan`: which files, cut into picklable tasks (ranges of lines for JSON
  Lines), and output names that would clash;
- :mod:`~newsmodel.batch.work`: one task converted, as plain data in and out;
- :mod:`~newsmodel.batch.pool`: tasks run in this process or in worker processes, with timeouts;
- :mod:`~newsmodel.batch.items`: the articles of one document, placed in the file;
- :mod:`~newsmodel.batch.check`: one file checked for ``validate``;
- :mod:`~newsmodel.batch.schemas`: the user's XML and JSON Schemas;
- :mod:`~newsmodel.batch.files`: reading inputs, naming and writing outputs (atomically, through
  :func:`newsmodel.api.open_atomic`);
- :mod:`~newsmodel.batch.outcome`: exit codes and usage errors.
"""
