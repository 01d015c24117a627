// The "Copy the link" button: copies the field's text (the clipboard API needs https or localhost, so on a
// classroom network the older copy command is used), and says what happened.
(function () {
  document.querySelectorAll('button[data-copy]').forEach(function (button) {
    var field = document.getElementById(button.dataset.copy);
    var state = document.getElementById('copy-state');
    if (!field) {
      return;
    }
    function say(text) { if (state) { state.textContent = text; } }
    function fallback() {
      field.select();
      say(document.execCommand && document.execCommand('copy') ? 'Link copied.' : 'Press Ctrl+C to copy the selected link.');
    }
    button.hidden = false;
    button.addEventListener('click', function () {
      if (navigator.clipboard && window.isSecureContext) {
        navigator.clipboard.writeText(field.value).then(function () { say('Link copied.'); }, fallback);
      } else {
        fallback();
      }
    });
  });
})();
