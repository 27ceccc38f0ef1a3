/* Staff dashboard: live updates over Server-Sent Events and fetch-based form posts (no external code).
   Without JavaScript every page still works: forms post normally and pages show the state at load time. */
(function () {
  "use strict";

  function csrfToken() {
    var meta = document.querySelector('meta[name="csrf-token"]');
    return meta ? meta.getAttribute("content") : "";
  }

  var announcer = document.querySelector("[data-live-announcer]");
  var statusLine = document.querySelector("[data-live-status]");
  var lastSummary = "";

  function announce(text) {
    if (announcer && text) { announcer.textContent = text; }
  }

  /* Live refreshes speak only when the summary changed; an action's refresh always says what was done. */
  function announceSummary(summary, prefix) {
    if (prefix) {
      announce(prefix + " " + summary);
    } else if (summary !== lastSummary) {
      announce(summary);
    }
    lastSummary = summary;
  }

  function userIsEditing(container) {
    var active = document.activeElement;
    if (!active || !container.contains(active)) { return false; }
    var tag = active.tagName;
    return tag === "TEXTAREA" || tag === "SELECT" || (tag === "INPUT" && active.type !== "submit" && active.type !== "button");
  }

  function refresh(container, prefix, focusAfter) {
    if (userIsEditing(container)) {
      container.setAttribute("data-stale", "1");
      return Promise.resolve();
    }
    var src = container.getAttribute("data-live-src");
    return fetch(src, { credentials: "same-origin", headers: { "Accept": "text/html" } })
      .then(function (response) {
        if (response.redirected || response.status === 401) { window.location.href = "/staff/login"; return null; }
        return response.ok ? response.text() : null;
      })
      .then(function (html) {
        if (html === null || html === undefined) { return; }
        var focusedId = document.activeElement && container.contains(document.activeElement) ? document.activeElement.id : "";
        container.innerHTML = html;
        container.removeAttribute("data-stale");
        var again = focusedId ? document.getElementById(focusedId) : null;
        if (!again && focusAfter) { again = document.getElementById(focusAfter); }
        if (again) { again.focus(); }
        var summary = container.querySelector("[data-announce]");
        announceSummary(summary ? summary.getAttribute("data-announce") : "", prefix);
        bindForms(container);
      })
      .catch(function () { /* the next change event retries */ });
  }

  /* Each live part follows one event of the stream (data-live-event, default "changed"); no name: all parts. */
  function refreshAll(eventName) {
    document.querySelectorAll("[data-live-src]").forEach(function (c) {
      if (!eventName || (c.getAttribute("data-live-event") || "changed") === eventName) { refresh(c); }
    });
  }

  function startLive() {
    if (!document.querySelector("[data-live-src]") || !window.EventSource) { return; }
    var seen = {};  /* the first event of each kind only says where the page starts from */
    var source = new EventSource("/staff/api/events");
    ["changed", "notices"].forEach(function (eventName) {
      source.addEventListener(eventName, function () {
        if (statusLine) { statusLine.textContent = "自動更新中です。"; }
        if (!seen[eventName]) { seen[eventName] = true; return; }
        refreshAll(eventName);
      });
    });
    source.addEventListener("logout", function () { source.close(); window.location.href = "/staff/login"; });
    source.onerror = function () {
      if (statusLine) { statusLine.textContent = "自動更新の接続が切れました。再接続しています。"; }
      seen = {};  /* a reconnect starts with fresh events: refresh now to catch up */
      refreshAll();
    };
    document.addEventListener("focusout", function () {
      window.setTimeout(function () {
        document.querySelectorAll("[data-live-src][data-stale]").forEach(function (c) { refresh(c); });
      }, 200);
    });
  }

  function showError(form, message) {
    var box = form.querySelector("[data-form-error]");
    if (!box) {
      box = document.createElement("p");
      box.className = "message error";
      box.setAttribute("role", "alert");
      box.setAttribute("data-form-error", "");
      form.appendChild(box);
    }
    box.textContent = message;
  }

  function bindForms(root) {
    root.querySelectorAll("form[data-fetch]").forEach(function (form) {
      if (form.getAttribute("data-bound")) { return; }
      form.setAttribute("data-bound", "1");
      form.addEventListener("submit", function (event) {
        event.preventDefault();
        var button = form.querySelector("button[type=submit]");
        if (button) { button.disabled = true; }
        fetch(form.action, {
          method: "POST", body: new FormData(form), credentials: "same-origin",
          headers: { "X-CSRF-Token": csrfToken(), "Accept": "application/json" }
        }).then(function (response) {
          if (response.ok) {
            var done = form.getAttribute("data-done") || "完了しました。";
            var container = form.closest("[data-live-src]");
            if (container) { return refresh(container, done, form.getAttribute("data-focus-after")); }
            announce(done);
            window.location.reload();
            return null;
          }
          return response.json().then(function (body) {
            showError(form, (body && body.error && body.error.message) || "操作できませんでした。");
          }, function () { showError(form, "操作できませんでした。"); });
        }).catch(function () {
          showError(form, "通信できませんでした。もう一度お試しください。");
        }).then(function () { if (button) { button.disabled = false; } });
      });
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    var initial = document.querySelector("[data-live-src] [data-announce]");
    if (initial) { lastSummary = initial.getAttribute("data-announce"); }
    bindForms(document);
    startLive();
  });
})();
