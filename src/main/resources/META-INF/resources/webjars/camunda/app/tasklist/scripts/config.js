// SI PETRUK's Tasklist configuration. It replaces the webjar's scripts/config.js (same path, earlier on the
// classpath); see docs/browser-tests.md. Only customScripts differs from Camunda's default.
export default {
  // Camunda Forms (form-js) writes its field errors in English; this script shows them in Bahasa Indonesia.
  customScripts: ['sipetruk/pesan-validasi'],

  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: 'claims the currently selected task'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: 'set the focus to the first filter in the list'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: 'sets the focus to the first task in the list'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: 'sets the focus to the first input field in a task form'
    },
    startProcess: {
      key: 'ctrl+alt+p',
      description: 'opens the start process modal dialog'
    }
  }
};
