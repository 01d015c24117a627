// Optional help for the quiz page: saves each answer as soon as it changes and shows a countdown.
// The page works without it: every button posts the form, and the server saves what was shown.
(function () {
  "use strict";
  var form = document.querySelector("form.attempt");
  if (!form) { return; }
  var attemptId = form.getAttribute("data-attempt");
  var answered = document.getElementById("answered");

  function answerOf(fieldset) {
    var control = fieldset.getAttribute("data-control");
    var id = fieldset.getAttribute("data-question");
    if (control === "radio" || control === "checkbox") {
      return Array.prototype.filter.call(fieldset.querySelectorAll("input[name='q" + id + "']"),
        function (input) { return input.checked; }).map(function (input) { return input.value; });
    }
    var fields = fieldset.querySelectorAll("input[type=text], select");
    return Array.prototype.map.call(fields, function (field) { return field.value.trim(); })
      .filter(function (value) { return value !== ""; });
  }

  function show(fieldset, text, state) {
    var status = fieldset.querySelector(".save-state");
    status.textContent = text;
    status.className = "save-state " + state;
  }

  // The navigator entry of a question follows its saved state.
  function mark(questionId, answeredNow) {
    var entry = form.querySelector("[data-nav='" + questionId + "']");
    if (!entry) { return; }
    entry.className = answeredNow ? "answered" : "open";
    var hint = entry.querySelector(".visually-hidden");
    if (hint) { hint.textContent = answeredNow ? ", answered" : ", not answered"; }
  }

  function save(fieldset) {
    var answer = answerOf(fieldset);
    show(fieldset, "Saving…", "saving");
    fetch("/api/attempts/" + attemptId + "/answers/" + fieldset.getAttribute("data-question"), {
      method: "PUT", credentials: "same-origin",
      headers: { "Content-Type": "application/json", "Accept": "application/json" },
      body: JSON.stringify({ answer: answer })
    }).then(function (response) {
      if (response.status === 204) {
        var was = fieldset.getAttribute("data-saved") === "true";
        var now = answer.length > 0;
        if (answered && was !== now) { answered.textContent = String(Number(answered.textContent) + (now ? 1 : -1)); }
        fieldset.setAttribute("data-saved", String(now));
        show(fieldset, now ? "Saved" : "Not answered yet", "saved-now");
        mark(fieldset.getAttribute("data-question"), now);
      } else if (response.status === 410) {
        window.location.assign("/attempts/" + attemptId + "/result");
      } else if (response.status === 429 || response.status === 503) {
        var wait = Number(response.headers.get("Retry-After")) || 2;
        show(fieldset, "Saving again in a moment…", "saving");
        setTimeout(function () { save(fieldset); }, wait * 1000);
      } else {
        return response.json().then(function (problem) { show(fieldset, "Not saved: " + problem.error, "failed"); });
      }
    }).catch(function () {
      show(fieldset, "Not saved yet: no connection. Press a button below once you are back online and your "
        + "answers are sent.", "failed");
    });
  }

  if (form.getAttribute("data-autosave") === "true") {
    var typing = {};
    form.addEventListener("change", function (event) {
      var fieldset = event.target.closest("fieldset.question");
      if (fieldset) { save(fieldset); }
    });
    form.addEventListener("input", function (event) {
      var fieldset = event.target.closest("fieldset.question");
      if (!fieldset || event.target.tagName !== "INPUT" || event.target.type !== "text") { return; }
      var id = fieldset.getAttribute("data-question");
      clearTimeout(typing[id]);
      typing[id] = setTimeout(function () { save(fieldset); }, 800);
    });
  }

  var timer = document.querySelector(".timer[data-seconds-left]");
  if (timer) {
    var end = Date.now() + Number(timer.getAttribute("data-seconds-left")) * 1000;
    var countdown = timer.querySelector(".countdown");
    var tick = function () {
      var left = Math.max(0, Math.round((end - Date.now()) / 1000));
      countdown.textContent = "Time left: " + Math.floor(left / 60) + ":" + String(left % 60).padStart(2, "0") + ".";
      if (left === 0) {
        clearInterval(handle);
        var action = document.createElement("input");
        action.type = "hidden";
        action.name = "action";
        action.value = "submit";
        form.appendChild(action);
        form.submit();
      }
    };
    var handle = setInterval(tick, 1000);
    tick();
  }
})();
