// Disaster and safety notices (防災のお知らせ) on the chat page: the active notices of every district (the page does
// not know the citizen's district, so each notice names its districts), read from GET /api/notices when the page
// opens and every minute. Text is only inserted with textContent. No banner when the endpoint is missing or empty.
"use strict";

(function () {
  const REFRESH_MS = 60000;
  const TIME_ZONE = "Asia/Tokyo";
  const section = document.getElementById("notices");
  const list = document.getElementById("notice-list");
  if (!section || !list) return;

  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function until(value) {
    try {
      return new Intl.DateTimeFormat("ja-JP", { month: "long", day: "numeric", hour: "numeric", minute: "2-digit",
        timeZone: TIME_ZONE }).format(new Date(value));
    } catch (err) {
      return "";
    }
  }

  function render(notices) {
    list.replaceChildren();
    notices.forEach((notice) => {
      const item = el("li", "notice notice--" + String(notice.level || "info"));
      item.dataset.noticeId = String(notice.id);
      const head = el("h3", "notice__title");
      head.append(el("span", "notice__level", String(notice.level_label || "")), " ", String(notice.title || ""));
      const where = notice.all_districts ? "全地区" : (Array.isArray(notice.districts) ? notice.districts : []).join("、");
      const end = until(notice.expires_at);
      item.append(head, el("p", "notice__text", String(notice.text || "")),
        el("p", "notice__meta", `対象の地区：${where}` + (end ? `（${end}まで）` : "")));
      list.append(item);
    });
    section.hidden = notices.length === 0;
  }

  async function load() {
    try {
      const response = await fetch("/api/notices", { headers: { Accept: "application/json" } });
      if (!response.ok) return;  // (rate limited or not offered: keep what is shown)
      const data = await response.json();
      render(Array.isArray(data.notices) ? data.notices : []);
    } catch (err) {
      // offline: keep what is shown
    }
  }

  load();
  window.setInterval(load, REFRESH_MS);
})();
