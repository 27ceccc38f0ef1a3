"""「FAQの改善」 (/staff/faq): the period's unanswered and unhelpful chat questions grouped by similarity, one
action per group, the requests' CSV per department, the weekly chart of what citizens ask.

Every logged-in staff member sees the page, asks a department for a new FAQ and downloads the CSV; attaching a
question to an entry changes the public FAQ and is for admins. Every change is written to the audit log.
"""

from __future__ import annotations

import logging
from typing import Annotated
from urllib.parse import quote, urlencode

from fastapi import APIRouter, FastAPI, Query, Request
from fastapi.responses import Response
from markupsafe import Markup

from chat.settings import QuestionLogSettings
from knowledge.alternatives import AlreadyPresentError, add_alternative_question, rebuild_searcher
from knowledge.errors import IndexNotBuiltError
from knowledge.web import SearchService
from staff import audit
from staff import faq_improvement as faq
from staff.deps import CurrentStaff, DbSession, FormFields, NowDep, RequireAdmin, RuntimeDep
from staff.errors import NotFoundError
from staff.faq_chart import category_table, legend, render_svg
from staff.faq_groups import EmbeddingSimilarity, NgramSimilarity, TextSimilarity
from staff.overview import local_today
from staff.views import done, render

log = logging.getLogger(__name__)
router = APIRouter(tags=["staff"], include_in_schema=False)
PAGE = "/staff/faq"
SIMILARITY_STATE = "faq_similarity"


def log_settings(app: FastAPI) -> QuestionLogSettings:
    """The question log's settings (the chat's lifespan reads them; read here when the chat is not mounted)."""
    settings: QuestionLogSettings | None = getattr(app.state, "question_log_settings", None)
    if settings is None:
        settings = QuestionLogSettings()
        app.state.question_log_settings = settings
    return settings


def _search(app: FastAPI) -> SearchService | None:
    search = getattr(app.state, "search", None)
    return search if isinstance(search, SearchService) else None


def similarity_of(app: FastAPI) -> TextSimilarity:
    """The knowledge embedder when the search is loaded (vectors cached across views), else character bigrams."""
    search = _search(app)
    if search is None:
        return NgramSimilarity()
    current = getattr(app.state, SIMILARITY_STATE, None)
    if not isinstance(current, EmbeddingSimilarity) or current.embedder is not search.searcher.embedder:
        current = EmbeddingSimilarity(search.searcher.embedder)
        setattr(app.state, SIMILARITY_STATE, current)
    return current


def _back(start: str, end: str) -> str:
    query = urlencode({k: v for k, v in (("start", start), ("end", end)) if v})
    return PAGE + (f"?{query}" if query else "")


@router.get(PAGE)
def faq_page(
    request: Request, staff: CurrentStaff, db: DbSession, runtime: RuntimeDep, now: NowDep,
    start: Annotated[str, Query(max_length=10)] = "", end: Annotated[str, Query(max_length=10)] = "",
) -> Response:
    """The groups of the period, the actions, the weekly chart and the departments' request lists."""
    settings = log_settings(request.app)
    today = local_today(now, runtime)
    period = faq.parse_period(start, end, today=today, default_days=settings.default_period_days)
    similarity = similarity_of(request.app)
    rows = faq.open_questions(db, period=period, tz=runtime.tz)
    embedding = isinstance(similarity, EmbeddingSimilarity)
    groups = faq.improvement_groups(
        rows, similarity, max_grouped=settings.max_grouped,
        threshold=settings.group_similarity if embedding else settings.group_ngram_similarity,
        entry_threshold=settings.group_entry_similarity if embedding else settings.group_entry_ngram_similarity)
    weeks, chart_rows = faq.chart_rows(db, today=today, weeks=settings.chart_weeks, tz=runtime.tz)
    swatches = legend(weeks)
    search = _search(request.app)
    entries = sorted(search.searcher.index.entries, key=lambda e: e.id) if search is not None else []
    departments = sorted({e.department for e in entries if e.department} |
                         {name for name, _ in faq.request_departments(db)})
    return render(request, "faq_improvement.html", {
        "period": period, "groups": groups, "similarity_name": similarity.name, "entries": entries,
        "entry_by_id": {e.id: e for e in entries}, "departments": departments,
        "requests": faq.request_departments(db), "weeks": weeks, "swatches": swatches,
        "chart_svg": Markup(render_svg(weeks, swatches)), "category_rows": category_table(chart_rows),
        "search_loaded": search is not None, "retention_days": settings.retention_days,
        "start": start, "end": end, "quote": quote,
    }, staff=staff)


@router.post(f"{PAGE}/attach")
def attach_form(request: Request, staff: RequireAdmin, db: DbSession, now: NowDep, form: FormFields) -> Response:
    """Add the group's question to an entry as an alternative question; the index rebuilds incrementally and the
    new search replaces the old one."""
    rows = faq.rows_for_action(db, faq.parse_ids(form.get("ids", "")))
    question = faq.clean_alternative(form.get("question", "") or faq.representative(rows))
    entry_id = form.get("entry_id", "").strip()
    search = _search(request.app)
    if search is None:
        raise IndexNotBuiltError("検索の準備ができていないため、いまは追加できません。しばらくしてからお試しください。",
                                 detail="attach without a loaded search")
    if not entry_id or entry_id not in {e.id for e in search.searcher.index.entries}:
        raise NotFoundError("追加先のよくある質問を一覧から選んでください。", detail=f"entry {entry_id!r}")
    searcher = search.searcher
    try:
        add_alternative_question(searcher.settings, entry_id=entry_id, question=question)
    except AlreadyPresentError:
        log.info("alternative question already in %s; rebuilding and marking only", entry_id)
    rebuilt = rebuild_searcher(searcher.settings, embedder=searcher.embedder, runtime=searcher.runtime)
    request.app.state.search = SearchService(rebuilt)
    faq.mark_attached(db, rows=rows, entry_id=entry_id, actor=staff, now=now)
    return done(request, _back(form.get("start", ""), form.get("end", "")),
                {"ok": True, "entry_id": entry_id, "questions": len(rows)})


@router.post(f"{PAGE}/new")
def new_faq_form(request: Request, staff: CurrentStaff, db: DbSession, now: NowDep, form: FormFields) -> Response:
    """Ask a department for a new FAQ answering the group's questions."""
    rows = faq.rows_for_action(db, faq.parse_ids(form.get("ids", "")))
    created = faq.request_new_faq(db, rows=rows, department=form.get("department", ""),
                                  note=form.get("note", ""), actor=staff, now=now)
    return done(request, _back(form.get("start", ""), form.get("end", "")),
                {"ok": True, "request_id": created.id, "questions": len(rows)})


@router.get(f"{PAGE}/requests.csv")
def requests_csv(staff: CurrentStaff, db: DbSession, runtime: RuntimeDep, now: NowDep,
                 department: Annotated[str, Query(min_length=1, max_length=faq.MAX_DEPARTMENT_CHARS)]) -> Response:
    """A department's FAQ requests as CSV (UTF-8 with BOM, opens in Excel)."""
    requests = faq.requests_of(db, department=department)
    if not requests:
        raise NotFoundError("この担当課への依頼はありません。", detail=f"no requests for {department!r}")
    audit.record(db, actor=staff, action="faq.export", at=now, detail=f"department={department}")
    name = f"faq-requests-{now.astimezone(runtime.tz):%Y%m%d}.csv"
    return Response(faq.requests_csv(requests, tz=runtime.tz), media_type="text/csv; charset=utf-8", headers={
        "Content-Disposition": f"attachment; filename={name}; filename*=UTF-8''{quote(department)}-{name}",
        "Cache-Control": "no-store",
    })
