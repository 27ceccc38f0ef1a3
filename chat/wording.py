"""The one wording of FAQ answers, abstentions and contact lines, shared by the bot's actions and the chat's
degraded mode (so a citizen reads the same sentences whichever path answered)."""

from __future__ import annotations

MAX_ANSWER_CHARS = 1200  # longer FAQ answers are cut (the source page has the rest)
SOURCE_LINK_TITLE = "詳しくはこちら(市のページ)"


def shorten(text: str, limit: int = MAX_ANSWER_CHARS) -> str:
    """``text`` cut to ``limit`` characters with an ellipsis."""
    text = text.strip()
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def answer_lead(question: str) -> str:
    """The first line of an FAQ answer, naming the question it answers."""
    return f"「{question.strip()}」についてご案内します。"


def answer_body(question: str, answer: str, *, lead: str = "", limit: int = MAX_ANSWER_CHARS) -> str:
    """An FAQ answer's text: optional lead, the question line, the (shortened) answer."""
    lines = [lead] if lead else []
    lines.append(answer_lead(question))
    lines.append(shorten(answer, limit))
    return "\n".join(lines)


def contact_line(department: str, phone: str) -> str:
    """'お問い合わせ: 市民課(0229-23-5311)' or an empty string when nothing is known."""
    if department and phone:
        return f"お問い合わせ: {department}({phone})"
    if department or phone:
        return f"お問い合わせ: {department or phone}"
    return ""


# The first lines of an abstention and of the search-failed apology (the question log recognises them).
ABSTAIN_LEAD = "申し訳ありません。そのご質問に確実にお答えできる情報が見つかりませんでした。"
SEARCH_UNAVAILABLE_LEAD = "申し訳ありません。ただいま回答の検索ができません。"


def abstain_text(contact_name: str, contact_phone: str) -> str:
    """The honest 'I don't know' with the contact to call instead."""
    return f"{ABSTAIN_LEAD}\nお手数ですが、{contact_name}({contact_phone})にお問い合わせください。"


def search_unavailable_text(contact_name: str, contact_phone: str) -> str:
    """Apology when the knowledge search itself failed."""
    return f"{SEARCH_UNAVAILABLE_LEAD}\nお急ぎの場合は、{contact_name}({contact_phone})にお問い合わせください。"


DEGRADED_NOTICE = (
    "ただいま簡易モードでお答えしています。よくある質問の検索結果のみをご案内します"
    "(問題の報告などはご利用いただけません)。"
)

# After a safety message paused a form (a report in progress): the chat's own buttons and answers.
FORM_PAUSED_TEXT = "通報の入力は、いったん止めています。落ち着いてから、続けるか、やめるかを選んでください。"
RESUME_FORM_TITLE = "通報を続ける"
STOP_FORM_TITLE = "通報をやめる"
FORM_RESUMED_TEXT = "通報の続きです。"
FORM_STOPPED_TEXT = "通報の入力をやめました。ほかにご用件があれば、お気軽にどうぞ。"
NO_FORM_TEXT = "続きの通報はありません。ご用件をお聞かせください。"
# When the safety layer overrules Rasa's emergency answer (a topic such as 救急の日) and no search is loaded.
REPHRASE_TEXT = "申し訳ありません。うまく理解できませんでした。別の言葉で、もう一度お聞かせいただけますか?"
# A filed report: the link to the citizen's private status page (chat.messages, the report_filed message).
STATUS_LINK_TITLE = "対応状況を見る(ご本人専用のページ)"
