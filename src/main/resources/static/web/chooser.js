// Choosing a concept or a theme shows it at once; choosing one clears the other.
document.addEventListener('DOMContentLoaded', function () {
  const form = document.getElementById('chooser');
  if (!form) { return; }
  form.concept.addEventListener('change', function () { form.theme.value = ''; form.submit(); });
  form.theme.addEventListener('change', function () { form.concept.value = ''; form.submit(); });
});
