// The /report form: geolocation with consent, multipart upload by fetch, receipt shown in the page.
// Server text is only ever put in place with textContent.
"use strict";

(function () {
  const form = document.getElementById("report-form");
  if (!form) { return; }
  const errorBox = document.getElementById("form-error");
  const statusBox = document.getElementById("location-status");
  const submit = document.getElementById("submit");

  function showError(message) {
    errorBox.textContent = message;
    errorBox.hidden = false;
    errorBox.focus();
  }

  document.getElementById("use-location").addEventListener("click", function () {
    if (!navigator.geolocation) {
      statusBox.textContent = "この端末では現在地を使えません。住所や目印を入力してください。";
      return;
    }
    statusBox.textContent = "現在地を調べています…";
    navigator.geolocation.getCurrentPosition(function (position) {
      document.getElementById("latitude").value = position.coords.latitude.toFixed(6);
      document.getElementById("longitude").value = position.coords.longitude.toFixed(6);
      statusBox.textContent = "現在地を設定しました(緯度 " + position.coords.latitude.toFixed(4) +
        "、経度 " + position.coords.longitude.toFixed(4) + ")。";
    }, function () {
      statusBox.textContent = "現在地を取得できませんでした。住所や目印を入力してください。";
    }, { enableHighAccuracy: true, timeout: 15000, maximumAge: 60000 });
  });

  form.addEventListener("submit", async function (event) {
    event.preventDefault();
    errorBox.hidden = true;
    if (!form.querySelector("input[name=category]:checked")) {
      showError("どんな困りごとか、種類を選んでください。");
      return;
    }
    if (!document.getElementById("what").value.trim()) {
      showError("くわしい様子を入力してください。");
      return;
    }
    if (!document.getElementById("where").value.trim() && !document.getElementById("latitude").value) {
      showError("場所を入力するか、「現在地を使う」を押してください。");
      return;
    }
    submit.disabled = true;
    submit.textContent = "送信しています…";
    try {
      const response = await fetch("/api/reports", { method: "POST", body: new FormData(form),
        headers: { "Accept": "application/json" } });
      let body = null;
      try { body = await response.json(); } catch (err) { body = null; }
      if (!response.ok || !body) {
        const message = body && body.error && body.error.message;
        showError(message || "送信できませんでした。時間をおいて、もう一度お試しください。");
        return;
      }
      document.getElementById("receipt-number").textContent = body.number;
      const link = document.getElementById("receipt-link");
      link.href = body.status_url;
      form.hidden = true;
      const receipt = document.getElementById("receipt");
      receipt.hidden = false;
      receipt.focus();
    } catch (err) {
      showError("通信できませんでした。電波の良い所で、もう一度お試しください。");
    } finally {
      submit.disabled = false;
      submit.textContent = "報告を送る";
    }
  });
}());
