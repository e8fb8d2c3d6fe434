// The workbench's few behaviours, without a build: installment rows added and removed on the registration form, a
// busy state on long operations (a form marked data-busy disables its button and shows its busy text), and photos
// from the phone's camera on the patrol, start and completion forms (see photos below).
document.addEventListener('DOMContentLoaded', function () {
  var rows = document.getElementById('installment-rows');
  var add = document.getElementById('add-installment');
  function renumber() {
    Array.prototype.forEach.call(rows.querySelectorAll('tr'), function (tr, i) {
      tr.querySelector('.no').textContent = i + 1;
      tr.querySelectorAll('input').forEach(function (input) {
        input.name = input.name.replace(/installments\[\d+\]/, 'installments[' + i + ']');
      });
    });
  }
  if (rows && add) {
    add.addEventListener('click', function () {
      var template = document.getElementById('installment-template').content.firstElementChild.cloneNode(true);
      rows.appendChild(template);
      renumber();
    });
    rows.addEventListener('click', function (e) {
      if (e.target.classList.contains('remove-installment')) {
        e.target.closest('tr').remove();
        renumber();
      }
    });
  }
  document.querySelectorAll('form[data-busy]').forEach(function (form) {
    form.addEventListener('submit', function () {
      var button = form.querySelector('button[type=submit]');
      if (button) {
        button.disabled = true;
        button.textContent = form.getAttribute('data-busy');
      }
    });
  });
  document.querySelectorAll('.photos[data-upload]').forEach(photos);
});

// The photos of a patrol, start or completion (DESIGN §6.6): each photo chosen is sent at once to the session's
// evidence upload (POST /evidence with the form's CSRF token), with a progress bar; once stored it shows as its
// thumbnail, and its hash joins the form's photos field, which the form sends. That field is the one the page shows
// for typing hashes where no script runs: here it is hidden, and a form sent back refused keeps its photos. While a
// photo is still uploading the form is not sent, so that no patrol goes without the photos taken for it.
function photos(box) {
  var form = box.closest('form');
  var camera = box.querySelector('input[type=file]');
  var field = box.querySelector('input[name=photos]');
  var list = box.querySelector('.photo-list');
  var token = form.querySelector('input[name=_csrf]');
  var msg = box.dataset;
  var hashes = field.value.split(',').map(function (h) { return h.trim(); }).filter(Boolean);
  var uploading = 0;
  var status = document.createElement('p');
  status.className = 'photo-status muted';
  status.setAttribute('aria-live', 'polite');
  list.parentNode.insertBefore(status, list.nextSibling);
  field.type = 'hidden';
  box.querySelector('.photo-hashes').hidden = true;
  hashes.forEach(function (hash) { stored(item(hash.substring(0, 12) + '…'), {sha256: hash}); });

  camera.addEventListener('change', function () {
    Array.prototype.forEach.call(camera.files, upload);
    camera.value = '';
  });
  form.addEventListener('submit', function (e) {
    if (uploading > 0) {
      e.preventDefault();
      e.stopImmediatePropagation();
    }
  });

  function item(name) {
    var li = document.createElement('li');
    li.className = 'photo';
    li.innerHTML = '<span class="name"></span><progress max="100" value="0"></progress><small class="photo-note"></small>';
    li.querySelector('.name').textContent = name;
    list.appendChild(li);
    return li;
  }

  function upload(file) {
    var li = item(file.name);
    li.setAttribute('data-state', 'uploading');
    li.querySelector('.photo-note').textContent = msg.msgUploading;
    if (file.size > Number(msg.maxBytes)) {
      failed(li, msg.msgTooLarge);
      return;
    }
    var data = new FormData();
    data.append('file', file);
    var xhr = new XMLHttpRequest();
    xhr.open('POST', msg.upload);
    xhr.setRequestHeader('Accept', 'application/json');
    if (token && msg.csrfHeader) {
      xhr.setRequestHeader(msg.csrfHeader, token.value);
    }
    xhr.upload.addEventListener('progress', function (e) {
      if (e.lengthComputable) {
        li.querySelector('progress').value = Math.round(100 * e.loaded / e.total);
      }
    });
    xhr.addEventListener('load', function () {
      var answer = null;
      try {
        answer = JSON.parse(xhr.responseText);
      } catch (notJson) {
        // a login page or the forbidden page (the session ended), or a proxy's error page
      }
      if (xhr.status === 200 && answer && answer.sha256) {
        stored(li, answer);
      } else if (!answer && (xhr.status === 401 || xhr.status === 403 || /\/login([?#]|$)/.test(xhr.responseURL || ''))) {
        // the officer must sign in again before the photo can go in; the photo itself was fine
        failed(li, msg.msgSignedOut);
      } else {
        failed(li, refusal(answer));
      }
      busy(-1);
    });
    xhr.addEventListener('error', function () {
      failed(li, msg.msgFailed);
      busy(-1);
    });
    busy(1);
    xhr.send(data);
  }

  function refusal(problem) {
    var code = problem && problem.code;
    if (code === 'EVIDENCE_NOT_AN_IMAGE') return msg.msgNotImage;
    if (code === 'EVIDENCE_CORRUPT') return msg.msgCorrupt;
    if (code === 'PAYLOAD_TOO_LARGE') return msg.msgTooLarge;
    return (problem && problem.title) || msg.msgFailed;
  }

  function busy(change) {
    uploading += change;
    form.querySelectorAll('button[type=submit]').forEach(function (b) { b.disabled = uploading > 0; });
    status.textContent = uploading > 0 ? msg.msgPending : '';
  }

  function stored(li, photo) {
    if (hashes.indexOf(photo.sha256) >= 0 && li.parentNode.querySelector('li[data-sha256="' + photo.sha256 + '"]')) {
      li.remove(); // the same photo chosen twice: it is in the list already
      return;
    }
    li.setAttribute('data-state', 'stored');
    li.setAttribute('data-sha256', photo.sha256);
    li.querySelector('progress').value = 100;
    var img = document.createElement('img');
    img.className = 'thumb';
    img.alt = li.querySelector('.name').textContent;
    img.src = msg.evidence + photo.sha256 + '?size=thumb';
    li.insertBefore(img, li.firstChild);
    var hash = document.createElement('code');
    hash.className = 'hash';
    hash.textContent = photo.sha256;
    hash.title = photo.sha256;
    li.insertBefore(hash, li.querySelector('.photo-note'));
    var note = li.querySelector('.photo-note');
    note.textContent = photo.bytes === undefined ? '' : [
      photo.takenAt ? msg.msgTakenAt.replace('{0}', photo.takenAt.replace('T', ' ')) : msg.msgNoTime,
      photo.gps ? msg.msgGps : msg.msgNoGps].join(' · ');
    var remove = document.createElement('button');
    remove.type = 'button';
    remove.className = 'secondary remove-photo';
    remove.textContent = msg.msgRemove;
    remove.addEventListener('click', function () {
      hashes = hashes.filter(function (h) { return h !== photo.sha256; });
      field.value = hashes.join(',');
      li.remove();
    });
    li.appendChild(remove);
    if (hashes.indexOf(photo.sha256) < 0) {
      hashes.push(photo.sha256);
    }
    field.value = hashes.join(',');
  }

  function failed(li, text) {
    li.setAttribute('data-state', 'failed');
    li.classList.add('failed');
    var note = li.querySelector('.photo-note');
    note.textContent = text;
    note.className = 'photo-note field-error';
    li.querySelector('progress').remove();
    var remove = document.createElement('button');
    remove.type = 'button';
    remove.className = 'secondary remove-photo';
    remove.textContent = msg.msgRemove;
    remove.addEventListener('click', function () { li.remove(); });
    li.appendChild(remove);
  }
}
