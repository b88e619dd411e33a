// SI PETRUK's Tasklist configuration. It replaces the webjar's scripts/config.js (same path, earlier on the
// classpath); see docs/webapps.md. Differs from Camunda's default in locales,
// customScripts and the shortcuts' descriptions (shown in Bahasa Indonesia in the shortcut help).
export default {
  // Bahasa Indonesia (locales/id.json) for everybody, whatever language the browser asks for: many of the
  // regency's computers run an English Chrome, and Camunda picks the language only from the browser.
  locales: {
    availableLocales: ['id'],
    fallbackLocale: 'id'
  },

  customScripts: [
    // Camunda Forms (form-js) writes its field errors in English; this script shows them in Bahasa Indonesia.
    'sipetruk/pesan-validasi',
    // "Mulai proses" and "Buat tugas" only for whoever may use them (with styles/user-styles.css).
    'sipetruk/tindakan-sesuai-hak'
  ],

  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: 'mengambil tugas yang sedang dipilih'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: 'berpindah ke filter pertama di daftar'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: 'berpindah ke tugas pertama di daftar'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: 'berpindah ke kolom isian pertama di formulir tugas'
    },
    startProcess: {
      key: 'ctrl+alt+p',
      description: 'membuka jendela Mulai proses'
    }
  }
};
