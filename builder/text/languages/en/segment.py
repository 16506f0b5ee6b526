"""English sentences and tokens: spaCy's rule-based English tokenizer and sentencizer.

``spacy.blank("en")`` ships its tokenizer exceptions and punctuation rules inside the wheel
(no model is downloaded), and the sentencizer splits on sentence-final punctuation, which is
what press releases need: abbreviations such as "Mr." and "Dr." are tokenizer exceptions, so
they do not end a sentence. Paragraphs (lines of the normalised text) are split first, so a
headline or a dateline without a full stop is a sentence of its own.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from builder.text.document import Doc, TextSpan, Token

if TYPE_CHECKING:
    from spacy.language import Language as SpacyLanguage


class Segmenter:
    """Fills ``doc.sents`` and ``doc.tokens`` (lemma: the lower-case word) for English text,
    with the spaCy pipeline it is given (:attr:`builder.text.nlp.Models.english`)."""

    def __init__(self, nlp: SpacyLanguage) -> None:
        self.nlp = nlp

    def __call__(self, doc: Doc) -> Doc:
        offset = 0
        for paragraph in doc.text.split("\n"):
            if paragraph.strip():
                for sent in self.nlp(paragraph).sents:
                    start, stop = offset + sent.start_char, offset + sent.end_char
                    index = len(doc.sents)
                    doc.sents.append(TextSpan(start, stop, doc.text[start:stop]))
                    for tok in sent:
                        if tok.is_space:
                            continue
                        a = offset + tok.idx
                        doc.tokens.append(
                            Token(a, a + len(tok.text), tok.text, lemma=tok.lower_, sent=index)
                        )
            offset += len(paragraph) + 1
        return doc
