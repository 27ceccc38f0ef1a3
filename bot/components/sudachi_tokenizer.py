"""Rasa 3.6 tokenizer for Japanese on SudachiPy: text = surface, lemma = normalized form, exact offsets."""

from __future__ import annotations

from typing import Any

from rasa.engine.graph import ExecutionContext
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.tokenizers.tokenizer import Token, Tokenizer
from rasa.shared.nlu.training_data.message import Message

from .sudachi_core import SudachiSegmenter


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.MESSAGE_TOKENIZER, is_trainable=False)
class SudachiTokenizer(Tokenizer):
    """Splits Japanese text into Sudachi morphemes (core dictionary)."""

    @staticmethod
    def supported_languages() -> list[str] | None:
        """Only Japanese."""
        return ["ja"]

    @staticmethod
    def required_packages() -> list[str]:
        """Python packages this component needs."""
        return ["sudachipy", "sudachidict_core"]

    @staticmethod
    def get_default_config() -> dict[str, Any]:
        """Default configuration (Rasa's tokenizer options plus the Sudachi split mode)."""
        return {
            "intent_tokenization_flag": False,
            "intent_split_symbol": "_",
            "token_pattern": None,
            "prefix_separator_symbol": None,
            # Sudachi split mode: "A" (short units), "B" (middle) or "C" (named-entity-like long units)
            "mode": "C",
            # Keep punctuation morphemes (、。？！) as tokens
            "keep_punctuation": False,
        }

    def __init__(self, config: dict[str, Any]) -> None:
        """Create the tokenizer; each instance owns its own (not thread-safe) Sudachi tokenizer."""
        super().__init__(config)
        self._segmenter = SudachiSegmenter(
            str(config.get("mode", "C")), keep_punctuation=bool(config.get("keep_punctuation", False))
        )

    @classmethod
    def create(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> SudachiTokenizer:
        """Create a new component (see the parent class)."""
        return cls(config)

    def tokenize(self, message: Message, attribute: str) -> list[Token]:
        """Tokenize one attribute of a message; offsets point into the unmodified text."""
        text = message.get(attribute) or ""
        tokens = [
            Token(span.text, span.start, end=span.end, lemma=span.lemma) for span in self._segmenter.spans(text)
        ]
        return self._apply_token_pattern(tokens)
