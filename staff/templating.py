"""The Jinja2 environment of the dashboard (autoescaped) and Japanese labels and formatters."""

from __future__ import annotations

import re
from datetime import date, datetime
from functools import cache
from pathlib import Path
from zoneinfo import ZoneInfo

from jinja2 import Environment, FileSystemLoader, pass_context, select_autoescape
from jinja2.runtime import Context
from starlette.templating import Jinja2Templates

TEMPLATES_DIR = Path(__file__).resolve().parent / "templates"
STATIC_DIR = Path(__file__).resolve().parent / "static"
TOKYO = ZoneInfo("Asia/Tokyo")  # when a page is rendered without the runtime time zone
WEEKDAYS_JA = ("月", "火", "水", "木", "金", "土", "日")

OUTCOME_LABELS = {"fine": "元気", "unwell": "体調不良", "help": "助けて"}
CHECKIN_STATUS_LABELS = {"open": "回答待ち", "escalated": "未回答(エスカレーション)", "answered": "回答済み",
                         "cancelled": "取り消し"}
ALERT_STATUS_LABELS = {"open": "未対応", "acknowledged": "対応中", "resolved": "対応完了"}
PRIORITY_LABELS = {"urgent": "緊急", "high": "高", "medium": "中"}
REASON_LABELS = {"no_answer": "応答なし", "unwell": "体調不良", "unwell_streak": "体調不良が続いています",
                 "help": "助けを求めています", "keyword": "気になる言葉",
                 "device_offline": "スピーカーが長時間つながっていません"}
RELATION_LABELS = {"family": "家族", "volunteer": "民生委員", "care_center": "地域包括支援センター",
                   "neighbour": "近隣の協力員", "key_holder": "鍵の預かり人"}
PROFILE_LABELS = {"same_day": "当日中に連絡(再度の問いかけ→家族→担当者)",
                  "gentle": "ゆるやか(再度の問いかけ→1日応答なしで家族→2日続けて応答なしで担当者)"}
CHANNEL_LABELS = {"tablet": "タブレット", "speaker": "スマートスピーカー", "web_chat": "ウェブチャット"}
ROLE_LABELS = {"admin": "管理者", "staff": "スタッフ"}
EVENT_LABELS = {
    "enrolled": "登録", "updated": "情報変更", "asked": "問いかけ", "asked_again": "再度の問いかけ",
    "delivered": "端末に配信", "answer": "回答", "answered": "回答", "contact_notified": "連絡先へ通知",
    "contact_unreachable": "連絡先に通知できません", "notification_failed": "通知の失敗",
    "call_requested": "ご本人から電話の依頼", "call_request_unmatched": "電話の依頼(連絡先なし)",
    "alert_opened": "アラート発生", "alert_escalated": "アラートの再通知", "alert_acknowledged": "アラートの受付",
    "alert_resolved": "アラートの対応完了", "quiet_added": "休止期間の追加", "quiet_removed": "休止期間の削除",
    "device_added": "端末の登録", "device_revoked": "端末の停止", "checkin_created": "問いかけ",
    "answered_with_case": "同じ日の問いかけにも回答", "alert_silenced": "再通知の停止",
    "answer_notice": "応答のお知らせ", "joined_case": "同じ方の問いかけとしてまとめる",
    "steps_stopped": "未回答の連絡を停止", "answer_repeated": "同じ内容の回答", "staff_call": "ご本人への電話",
    "undelivered": "未配信", "setup_code_issued": "端末の設定コードを発行", "setup_code_used": "設定コードで端末を設定",
}
NOTIFICATION_FATES = {"sent": "送信済み", "sending": "送信中", "pending": "送信待ち", "failed": "送信失敗",
                      "cancelled": "取り消し(ご本人が応答)"}


def _zone(context: Context) -> ZoneInfo:
    zone = context.get("tz")
    return zone if isinstance(zone, ZoneInfo) else TOKYO


@pass_context
def format_dt(context: Context, value: datetime | None) -> str:
    """A timestamp in the city's time zone (``tz`` in the context, Japan by default), e.g. 2026/05/01 09:30."""
    if value is None:
        return "—"
    return value.astimezone(_zone(context)).strftime("%Y/%m/%d %H:%M")


@pass_context
def format_time(context: Context, value: datetime | None) -> str:
    """Only the clock time in the city's time zone, e.g. 09:30."""
    if value is None:
        return "—"
    return value.astimezone(_zone(context)).strftime("%H:%M")


def format_date(value: date | None) -> str:
    """A date with its Japanese weekday, e.g. 2026/05/01(金)."""
    if value is None:
        return "—"
    return f"{value:%Y/%m/%d}({WEEKDAYS_JA[value.weekday()]})"


ANSWER_DETAIL = re.compile(r"^(fine|unwell|help|unclear) via (\w+): (.*)$", re.DOTALL)
WHY_LABELS = {"no answer": "応答がないため、もう一度たずねました",
              "unclear answer": "回答がわからず、もう一度たずねました"}
# The resident fields an "updated" history line names (watch.residents.update_resident writes the field names).
FIELD_LABELS = {"name": "氏名", "name_kana": "ふりがな", "district": "地区", "address": "住所",
                "birth_year": "生まれ年", "channel": "連絡手段", "phone": "電話番号",
                "escalation_profile": "連絡の段取り",
                "checkin_time": "確認の時刻", "checkin_days": "確認の曜日", "consent_date": "同意日",
                "active": "見守りの有効・停止", "note": "メモ", "contacts": "連絡先"}
SOURCE_LABELS = {"button": "ボタン", "rasa": "ことば", "keywords": "ことば", "safety": "ことば", "case": "まとめて"}


def plain_detail(kind: str, detail: str) -> str:
    """A history line's detail in plain Japanese (older lines and the answer recorder write English)."""
    match = ANSWER_DETAIL.match(detail) if kind == "answer" else None
    if match is not None:
        outcome, source, text = match.groups()
        said = OUTCOME_LABELS.get(outcome, "聞き取れず")
        words = "" if text in OUTCOME_LABELS or text == outcome else f"「{text}」"
        return f"{said}（{SOURCE_LABELS.get(source, source)}）{words}"
    if kind == "updated":
        return "、".join(FIELD_LABELS.get(field, field) for field in detail.split(", ")) + "を変更"
    if kind == "enrolled" and detail.startswith("consent "):
        return f"同意日 {detail.removeprefix('consent ')}"
    if kind in {"quiet_added", "quiet_removed"}:
        return detail.replace("..", "〜", 1)
    return WHY_LABELS.get(detail, detail)


def label(mapping: dict[str, str], key: str | None) -> str:
    """The Japanese label of a code (the code itself when unknown)."""
    if key is None:
        return "—"
    return mapping.get(key, key)


@cache
def templates() -> Jinja2Templates:
    """The dashboard's templates (created on first use)."""
    env = Environment(
        loader=FileSystemLoader(TEMPLATES_DIR),
        autoescape=select_autoescape(["html", "xml", "svg"]),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters.update(dt=format_dt, hm=format_time, d=format_date)
    env.globals.update(
        OUTCOME_LABELS=OUTCOME_LABELS, CHECKIN_STATUS_LABELS=CHECKIN_STATUS_LABELS,
        ALERT_STATUS_LABELS=ALERT_STATUS_LABELS, PRIORITY_LABELS=PRIORITY_LABELS, REASON_LABELS=REASON_LABELS,
        RELATION_LABELS=RELATION_LABELS, CHANNEL_LABELS=CHANNEL_LABELS, ROLE_LABELS=ROLE_LABELS,
        EVENT_LABELS=EVENT_LABELS, WEEKDAYS_JA=WEEKDAYS_JA,
        NOTIFICATION_FATES=NOTIFICATION_FATES, PROFILE_LABELS=PROFILE_LABELS,
        label=label, plain_detail=plain_detail,
    )
    return Jinja2Templates(env=env)
