"""What a reader hands to extraction: clean text plus any tables, with where it came from."""
from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

#: A table as rows of cell strings; the first row is the header when the source had one.
Table = list[list[str]]


class SourceDocument(BaseModel):
    """One document after reading and cleaning, before extraction."""

    model_config = ConfigDict(extra="forbid")

    doc_id: str = Field(description="content hash of the raw bytes (model.document_id)")
    path: str
    format: str = Field(description="txt, md, html, pdf, docx")
    encoding: str = Field(default="utf-8", description="encoding detected for text formats")
    text: str = Field(description="clean body text: boilerplate dropped, broken line wraps rejoined, "
                      "paragraphs separated by a blank line")
    tables: list[Table] = Field(default_factory=list)
    title: str = ""
