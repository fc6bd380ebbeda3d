"""Spreadsheet exports of admin reports that never hold the whole report in memory.

Wagtail's `ReportView` counts the rows of an export by reading them all (`len` of the
queryset, for a listing nobody sees) before its `SpreadsheetExportMixin` streams CSV lines,
and builds an XLSX file in a `BytesIO`. Here an export skips the listing, rows come from the
database in chunks (`QuerySet.iterator`), and the XLSX file is written to a temporary file that
the response then streams from disk.
"""

import tempfile

from django.http import FileResponse

EXPORT_CHUNK_ROWS = 2000


class _Chunked:
    """A queryset read `EXPORT_CHUNK_ROWS` rows at a time; `model` as the export headings need it."""

    def __init__(self, queryset):
        self.queryset = queryset
        self.model = queryset.model

    def __iter__(self):
        return self.queryset.iterator(chunk_size=EXPORT_CHUNK_ROWS)


class StreamingExportMixin:
    """For a Wagtail `ReportView`."""

    def get(self, request, *args, **kwargs):
        if self.is_export:
            return self.as_spreadsheet(self.get_filtered_queryset(), request.GET["export"])
        return super().get(request, *args, **kwargs)

    def as_spreadsheet(self, queryset, spreadsheet_format):
        return super().as_spreadsheet(_Chunked(queryset), spreadsheet_format)

    def write_xlsx_response(self, queryset):
        output = tempfile.TemporaryFile()  # noqa: SIM115 - the response streams it, and closing it deletes it
        self.write_xlsx(queryset, output)
        output.seek(0)
        return FileResponse(output, as_attachment=True, filename=f"{self.get_filename()}.xlsx",
                            content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
