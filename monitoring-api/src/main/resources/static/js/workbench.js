// The workbench's few behaviours, without a build: installment rows added and removed on the registration form, and
// a busy state on long operations (a form marked data-busy disables its button and shows its busy text).
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
});
