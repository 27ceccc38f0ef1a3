"""Japanese validation messages keyed on pydantic's error type."""

from __future__ import annotations

import pytest
from pydantic import BaseModel, Field, ValidationError

from core.text import NonBlankStr, NonBlankText
from core.validation import messages_by_field


class Form(BaseModel):
    name: NonBlankStr = Field(max_length=10)
    note: NonBlankText = "メモ"
    age: int = Field(0, ge=0)


def _errors(**data: object) -> dict[str, str]:
    with pytest.raises(ValidationError) as info:
        Form.model_validate(data)
    return messages_by_field(info.value.errors())


def test_messages_are_japanese_and_use_the_limits() -> None:
    assert _errors(name="あ" * 11) == {"name": "10文字以内で入力してください。"}
    assert _errors(name="太郎", age=-1) == {"age": "0以上の値を入力してください。"}
    assert _errors() == {"name": "入力してください。"}


def test_blank_and_control_characters_are_refused() -> None:
    assert _errors(name="   ") == {"name": "入力してください。"}
    assert _errors(name="大崎\r\nBcc: x") == {"name": "改行や制御文字は使えません。"}
    assert Form(name=" 大崎 花子 ", note="一行目\n二行目").name == "大崎 花子"
    assert _errors(name="花子", note="a\x00b") == {"note": "制御文字は使えません。"}
