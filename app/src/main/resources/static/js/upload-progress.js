// Shows upload progress for extract uploads. Without JavaScript the form posts as usual and the browser shows its
// own progress; with it, the file is sent with XMLHttpRequest so the page can show how much has gone.
(function () {
  'use strict';
  var forms = document.querySelectorAll('form.joinery-upload');
  Array.prototype.forEach.call(forms, function (form) {
    form.addEventListener('submit', function (event) {
      var input = form.querySelector('input[type=file]');
      if (!window.FormData || !input || !input.files || input.files.length === 0) {
        return;
      }
      event.preventDefault();
      var box = form.querySelector('.joinery-upload__progress');
      var bar = form.querySelector('progress');
      var text = form.querySelector('[aria-live]');
      var label = form.getAttribute('data-progress-label') || 'Uploading';
      box.hidden = false;
      form.querySelector('button[type=submit]').disabled = true;
      var request = new XMLHttpRequest();
      request.open('POST', form.action);
      request.upload.addEventListener('progress', function (e) {
        if (e.lengthComputable) {
          var percent = Math.floor((e.loaded / e.total) * 100);
          bar.value = percent;
          text.textContent = label + ': ' + percent + '%';
        }
      });
      request.addEventListener('load', function () {
        // The server answers with a redirect to the batch page, which XMLHttpRequest has followed.
        window.location.href = request.responseURL;
      });
      request.addEventListener('error', function () {
        form.submit();
      });
      request.send(new FormData(form));
    });
  });
})();
