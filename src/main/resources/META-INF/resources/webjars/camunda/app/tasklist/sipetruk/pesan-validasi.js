// Camunda Forms (form-js 1.x, bundled with Tasklist 7.24) has its validation messages in English, with no
// translation hook. This module, loaded by scripts/config.js, rewrites each field error into Bahasa Indonesia
// as soon as form-js renders it. It changes only the text of the error line, never the form's state, so the
// Complete button still follows form-js's own validation.
const TRANSLATIONS = [
  [/^Field is required\.$/, () => 'Wajib diisi.'],
  [/^Field must have minimum value of (.+)\.$/, (m) => `Nilai paling kecil ${m[1]}.`],
  [/^Field must have maximum value of (.+)\.$/, (m) => `Nilai paling besar ${m[1]}.`],
  [/^Field must have minimum length of (.+)\.$/, (m) => `Paling sedikit ${m[1]} karakter.`],
  [/^Field must have maximum length of (.+)\.$/, (m) => `Paling banyak ${m[1]} karakter.`],
  [/^Field must match pattern (.+)\.$/, () => 'Isian tidak sesuai format yang diminta.'],
  [/^Field must be a valid email\.$/, () => 'Alamat pos-el tidak valid.'],
  [/^Value is expected to be an integer\.$/, () => 'Harus bilangan bulat.'],
  [/^Value is expected to have at most (\d+) decimal digits?\.$/, (m) => `Paling banyak ${m[1]} angka di belakang koma.`],
  [/^Please select a valid value, the two nearest valid values are (.+) and (.+)\.$/,
    (m) => `Pilih nilai yang sah; yang terdekat ${m[1]} dan ${m[2]}.`]
];

function translate(text) {
  const trimmed = text.trim();
  for (const [pattern, replacement] of TRANSLATIONS) {
    const match = trimmed.match(pattern);
    if (match) {
      return replacement(match);
    }
  }
  return null;
}

function translateErrors(root) {
  const scope = root.querySelectorAll ? root : document;
  scope.querySelectorAll('.fjs-form-field-error li, .fjs-form-field-error span').forEach((element) => {
    element.childNodes.forEach((node) => {
      if (node.nodeType === Node.TEXT_NODE) {
        const translated = translate(node.data);
        if (translated !== null) {
          node.data = translated;
        }
      }
    });
  });
}

new MutationObserver((mutations) => {
  for (const mutation of mutations) {
    const target = mutation.target.nodeType === Node.TEXT_NODE ? mutation.target.parentElement : mutation.target;
    if (target && target.closest && target.closest('.fjs-container')) {
      translateErrors(target.closest('.fjs-container'));
    }
  }
}).observe(document.body, { childList: true, subtree: true, characterData: true });
