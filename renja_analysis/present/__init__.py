"""Present: what a reader sees, built from the tables and findings, never changing them.

- ``escape``: document text shown safely (HTML, Markdown);
- ``colours``: the report's colours;
- ``plots``: one function per chart;
- ``styling``: styled tables (pandas Styler);
- ``summary``: summary tables of a document (headline figures, programs, counts);
- ``narrative``: Indonesian sentences from the tables;
- ``explorer``: the analysts' filter and its widgets;
- ``comparison``: documents compared (offices, quarters, years);
- ``pemda``: the pemda view of SIPD-RI data.
"""
