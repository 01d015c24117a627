// Rewrites each <time class="local"> in the reader's own time zone: "14:20", with the day when it is not today.
// Without it the page keeps the server's text, which names its offset.
(function () {
  "use strict";
  var today = new Date().toDateString();
  Array.prototype.forEach.call(document.querySelectorAll("time.local[datetime]"), function (element) {
    var when = new Date(element.getAttribute("datetime"));
    if (isNaN(when.getTime())) { return; }
    var clock = when.toLocaleTimeString([], { hour: "numeric", minute: "2-digit" });
    element.textContent = when.toDateString() === today ? clock
      : when.toLocaleDateString([], { weekday: "short", day: "numeric", month: "short" }) + " " + clock;
  });
})();
