// Asks before a form with data-confirm is sent (removing evidence, resetting settings). A script file rather than
// inline handlers, so that the pages' Content-Security-Policy can forbid inline script.
document.addEventListener('submit', function (event) {
  var question = event.target.getAttribute('data-confirm');
  if (question && !window.confirm(question)) {
    event.preventDefault();
  }
});
